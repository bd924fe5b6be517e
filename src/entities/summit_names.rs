//! Summits named by their subject: "de Woontop", "op de Klimaattop", "de
//! Stikstoftop 2026". One word, a subject and "top", capitalised inside a
//! sentence, names one meeting; "een klimaattop" in lower case is the kind.
//! A year right after it is the edition's ("Woontop 2027").
//!
//! Not a summit: a word at a sentence's or a heading's start ("Klimaattop in
//! Antalya eindigt": capitalised because it opens the line), a word the text
//! also writes in lower case, a short word ("Stop"), or one glued to a
//! hyphen ("NAVO-top": the acronym is the body, found on its own).

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, is_covered};
use std::ops::Range;

/// The shortest subject before "top" ("Woon", "Asiel").
const SHORTEST_SUBJECT: usize = 3;

/// Adds, in `within`, each summit named by one capitalised word ending in
/// "top" mid-sentence that nothing covers; a year found right after it goes
/// into the name. `is_common` tells a word the text writes in lower case.
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) {
    let mut added = Vec::new();
    let mut gone = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for at in memchr::memmem::find_iter(bytes, b"top").map(|i| within.start + i) {
        let end = at + 3;
        if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let start = super::letters_before(text, at);
        let stem = &text[start..at];
        // (After a lower-case word, a comma or a line's first word:
        // "Voortgang Woontop 2027" is a heading; "de EU-Afrikaanse
        // Unietop" is named by more than its one word.)
        let mid_sentence = text[..start].strip_suffix(' ').is_some_and(|b| {
            let word_start = super::letters_before(b, b.len());
            b.ends_with(',')
                || b[word_start..].starts_with(char::is_lowercase)
                || (word_start < b.len() && (word_start == 0 || b[..word_start].ends_with('\n')))
        });
        if stem.chars().count() < SHORTEST_SUBJECT
            || !stem.starts_with(char::is_uppercase)
            || !stem.chars().skip(1).all(char::is_lowercase)
            || !mid_sentence
            || is_common(&text[start..end])
        {
            continue;
        }
        let mut range = start..end;
        // "Woontop 2027": the edition's year.
        let year = found.iter().position(|f| {
            f.ty == EntityType::Date
                && f.range.start == end + 1
                && text[f.range.clone()].len() == 4
                && text.as_bytes()[end] == b' '
        });
        if let Some(y) = year {
            range.end = found[y].range.end;
            gone.push(y);
        }
        if !is_covered(found, &range) || year.is_some() && !is_covered(found, &(start..end)) {
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Misc,
            });
        } else if let Some(y) = year {
            gone.retain(|&g| g != y);
        }
    }
    super::drop_finds(found, gone);
    super::add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summits(text: &str, years: &[&str], common: &[&str]) -> Vec<(String, EntityType)> {
        let mut found: Vec<Found> = years
            .iter()
            .map(|y| crate::entities::test_mention(text, y, EntityType::Date, false))
            .collect();
        add(text, 0..text.len(), &mut found, |w| {
            common.contains(&w.to_lowercase().as_str())
        });
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn a_capitalised_summit_mid_sentence() {
        use EntityType::{Date, Misc};
        assert_eq!(
            summits(
                "Voortgang na de Woontop 2027: op de Woontop zei zij, net als op de Stikstoftop.\n\
                 Verslag Asieltop",
                &["2027"],
                &[]
            ),
            [
                ("Woontop 2027".to_string(), Misc),
                ("Woontop".to_string(), Misc),
                ("Stikstoftop".to_string(), Misc),
                ("Asieltop".to_string(), Misc)
            ]
        );
        // Counter-examples: a line's first word, lower case, a word the
        // text writes in lower case, a short word, a hyphen, a glued word.
        assert_eq!(
            summits(
                "Klimaattop in Antalya eindigt in 2027. een klimaattop, de Banentop en een \
                 banentop; bij de Stop, de NAVO-top en de Topografie, met een Laptopje, op \
                 de EU-Afrikaanse Unietop.",
                &["2027"],
                &["banentop"]
            ),
            [("2027".to_string(), Date)]
        );
    }
}
