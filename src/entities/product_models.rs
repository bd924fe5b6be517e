//! A maker's name and a model's code are one product: "Airbus A321neo",
//! "Boeing 737-800's", "Embraer E195-E2", "Boeing 737-800 MAX". The maker is
//! found as a body; the code after it (letters and digits, a digit in it)
//! makes the two a named thing, as "F-35" is one. Counter-examples: a year
//! after a body ("KLM 2026"), a number that counts ("NS 10 minuten", "ING 3,5
//! procent"), a score ("AZ 2-1"), a law's name ("NIS2"), a file's number.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, put_over_inner};

/// Puts a product over each organisation of `found` that a model's code
/// follows, in place of the mentions inside it.
pub fn join(text: &str, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in found.iter() {
        if f.ty != EntityType::Organisation {
            continue;
        }
        let Some(end) = model_end(text, f.range.end) else {
            continue;
        };
        let range = f.range.start..end;
        added.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Misc,
        });
    }
    if !added.is_empty() {
        put_over_inner(found, added);
    }
}

/// Where the model's code after a maker ending at `at` ends: the code, up
/// to two more parts of it ("MAX", "8"), and a plural's "'s".
fn model_end(text: &str, at: usize) -> Option<usize> {
    let token = |from: usize| -> Option<(usize, &str)> {
        let rest = text[from..].strip_prefix(' ')?;
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        let word = rest[..len].trim_end_matches('-');
        (!word.is_empty()).then(|| (from + 1 + word.len(), word))
    };
    let (mut end, code) = token(at)?;
    if !is_code(code) {
        return None;
    }
    // "737 MAX 8": capitals or a short number after the code.
    for _ in 0..2 {
        match token(end) {
            Some((e, w))
                if (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
                    || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())) =>
            {
                // (Not a count before a noun: "737 10 toestellen".)
                if w.len() == 2
                    && w.chars().all(|c| c.is_ascii_digit())
                    && token(e).is_some_and(|(_, n)| n.starts_with(char::is_lowercase))
                {
                    break;
                }
                end = e;
            }
            _ => break,
        }
    }
    for plural in ["'s", "’s"] {
        if text[end..].starts_with(plural)
            && !text[end + plural.len()..].starts_with(char::is_alphanumeric)
        {
            end += plural.len();
        }
    }
    Some(end)
}

/// A model's code: at most two letters, then a digit, with letters, digits
/// and hyphens after ("A321neo", "E195-E2", "PW1100G-JM"), or three digits
/// or more, a hyphen and digits ("737-800"). Not an acronym with a number
/// ("NIS2", a law's), not a score ("2-1"), not a number alone ("312", a
/// count or a file's number).
fn is_code(w: &str) -> bool {
    let lead = w.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &w[lead..];
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if lead > 0 {
        return lead <= 2;
    }
    let first_group = rest.chars().take_while(char::is_ascii_digit).count();
    first_group >= 3 && rest[first_group..].starts_with('-') && rest.len() > first_group + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn products(text: &str, makers: &[&str]) -> Vec<(EntityType, String)> {
        let mut found: Vec<Found> = makers
            .iter()
            .map(|m| test_mention(text, m, EntityType::Organisation, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        join(text, &mut found);
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_maker_and_a_code_are_a_product() {
        let text = "Zes Airbus A321neo's, twee Boeing 737-800 MAX 8 en een Embraer E195-E2.";
        assert_eq!(
            products(text, &["Airbus", "Boeing", "Embraer"]),
            [
                (EntityType::Misc, "Airbus A321neo's".to_string()),
                (EntityType::Misc, "Boeing 737-800 MAX 8".to_string()),
                (EntityType::Misc, "Embraer E195-E2".to_string()),
            ]
        );
    }

    #[test]
    fn a_year_a_count_a_score_or_a_laws_name_after_a_body_is_no_code() {
        let text = "Bij KLM 2026 en NS 10 minuten, ING 3,5 procent, AZ 2-1, AP NIS2, CDIU 214.";
        let out = products(text, &["KLM", "NS", "ING", "AZ", "AP", "CDIU"]);
        assert!(
            out.iter().all(|(t, _)| *t == EntityType::Organisation),
            "{out:?}"
        );
    }
}
