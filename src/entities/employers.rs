//! The body a person works for, named after the person's job and name:
//! "analist Pieter-Jan Clauwaert van Degroof Petercam", "woordvoerder Eva
//! Smit van Vionta". A capitalised run after "van" that nothing found yet is
//! the employer, an organisation. Only after jobs held at a body: a
//! mayor's or an alderman's "van" names a town ("burgemeester … van
//! Oosterhout"), and a person's relatives are no employers ("zoon van …").

use super::Found;
use super::cues;
use super::detector::name_link;
use super::kind::EntityType;

/// Jobs held at a company, a bank, a club or a newsroom.
const JOBS: &[&str] = &[
    "analist",
    "analiste",
    "econoom",
    "hoofdeconoom",
    "strateeg",
    "woordvoerder",
    "woordvoerster",
    "topman",
    "topvrouw",
    "ceo",
    "cfo",
    "cto",
    "directeur",
    "directrice",
    "bestuursvoorzitter",
    "oprichter",
    "medeoprichter",
    "bestuurder",
    "onderzoeker",
    "advocaat",
    "trainer",
    "coach",
    "manager",
    "hoofdredacteur",
    "redacteur",
    "correspondent",
    "verslaggever",
];

/// Adds the employers after people introduced by their job; `found` is
/// sorted by start. `is_other` says a word is no part of a body's name (a
/// common word, a given name, a place).
pub(super) fn add(text: &str, found: &mut Vec<Found>, is_other: impl Fn(&str) -> bool) {
    split_employers(text, found, &is_other);
    let mut added = Vec::new();
    let mut retyped = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.ty != EntityType::Person || !job_before(text, f.range.start) {
            continue;
        }
        let Some(rest) = text[f.range.end..].strip_prefix(" van ") else {
            continue;
        };
        let from = f.range.end + " van ".len();
        // "analist Sanne Oudshoorn van Kempen": the detector may have taken
        // "van Kempen" for a second person's surname; after a job and a
        // full name it is the employer.
        if let Some(n) = found.get(i + 1)
            && text[f.range.clone()].contains(' ')
            && n.ty == EntityType::Person
            && n.range.start == f.range.end + 1
            && text[n.range.clone()].starts_with("van ")
            && !text[from..n.range.end].contains(' ')
            && text[from..n.range.end].starts_with(char::is_uppercase)
        {
            retyped.push((i + 1, from..n.range.end));
            continue;
        }
        let mut end = from;
        for w in rest.split(' ').take(4) {
            let word = w.trim_end_matches([',', '.', ':', ';', '!', '?', ')', '"', '”']);
            let shaped = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().count() >= 2
                && word
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&'));
            // (A line break is no letter: a name ends at its line.)
            if !shaped || (end == from && is_other(word)) {
                break;
            }
            end = from + offset_of(rest, w) + word.len();
            if word.len() < w.len() {
                break;
            }
        }
        let range = from..end;
        if end == from
            || found.get(i + 1).is_some_and(|n| n.range.start < end)
            || cues::is_function_capital(&text[from..end])
        {
            continue;
        }
        added.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        });
    }
    for (i, range) in retyped {
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        };
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
}

/// A person after a job whose mention ran on over "van" and the employer
/// ("directeur Jeroen Hoogstad van de Aw", "bestuurder Marjolein Bos van
/// Stadgenoot"): a given name and a surname, then "van" (with "de" or
/// "het") and capitalised words, is the person and the employer. A given
/// name before "van" keeps the whole ("analist Jan Peter van Dam"), and a
/// person named without a job keeps it too ("Marie Tak van Poortvliet").
fn split_employers(text: &str, found: &mut Vec<Found>, is_other: &impl Fn(&str) -> bool) {
    let mut employers = Vec::new();
    for f in found.iter_mut() {
        if f.ty != EntityType::Person || !job_before(text, f.range.start) {
            continue;
        }
        let name = &text[f.range.clone()];
        let Some(at) = name.find(" van ") else {
            continue;
        };
        let person = &name[..at];
        let mut words = person.split(' ');
        let (Some(_given), Some(surname), None) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let after = &name[at + " van ".len()..];
        let body = after
            .strip_prefix("de ")
            .or_else(|| after.strip_prefix("het "))
            .unwrap_or(after);
        let shaped = !body.is_empty()
            && body.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !shaped || is_other(surname) || is_other(body) {
            continue;
        }
        let body_start = f.range.end - body.len();
        employers.push(Found {
            link: name_link(body),
            range: body_start..f.range.end,
            ty: EntityType::Organisation,
        });
        f.range.end = f.range.start + at;
        f.link = name_link(person);
    }
    if !employers.is_empty() {
        found.extend(employers);
        found.sort_by_key(|f| f.range.start);
    }
}

/// The byte offset of `part`, a slice of `whole`, in it.
fn offset_of(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// Whether one of [`JOBS`] stands right before `at`.
fn job_before(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word = &before[before.rfind([' ', '\n', '(']).map_or(0, |i| i + 1)..];
    let word = word.rsplit('-').next().unwrap_or(word);
    // ("beveiligingsonderzoeker", "marketingdirecteur": a compound's job.)
    cues::with_lower(word, |w| {
        JOBS.contains(&w)
            || JOBS
                .iter()
                .any(|j| j.len() >= 7 && w.len() >= j.len() + 3 && w.ends_with(j))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn employers(text: &str, people: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = people
            .iter()
            .map(|p| test_mention(text, p, EntityType::Person, false))
            .collect();
        add(text, &mut found, |w| matches!(w, "Jan" | "Utrecht"));
        found
            .iter()
            .filter(|f| f.ty == EntityType::Organisation)
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_job_and_a_name_then_the_employer() {
        let t = "Analist Pieter-Jan Clauwaert van Degroof Petercam noemt het bod ruim, zegt VEB-directeur Machteld Ruijs van Vionta.";
        assert_eq!(
            employers(t, &["Pieter-Jan Clauwaert", "Machteld Ruijs"]),
            ["Degroof Petercam", "Vionta"]
        );
    }

    /// "van Kempen" taken for a second person's surname is the employer;
    /// without a job before the name it stays as it was.
    #[test]
    fn a_surname_after_a_job_and_a_name_is_the_employer() {
        let t = "Volgens analist Sanne Oudshoorn van Kempen is het bod net.";
        assert_eq!(employers(t, &["Sanne Oudshoorn", "van Kempen"]), ["Kempen"]);
        let t = "Volgens Sanne Oudshoorn van Kempen is het bod net.";
        assert!(employers(t, &["Sanne Oudshoorn", "van Kempen"]).is_empty());
        // A given name alone: "van Rossum" is the person's own surname.
        let t = "zegt analist Jurriën van Rossum.";
        assert!(employers(t, &["Jurriën", "van Rossum"]).is_empty());
    }

    /// A person's mention that ran on over "van" and the employer is
    /// split after a job; a given name before "van", or no job, keeps it.
    #[test]
    fn a_job_splits_a_person_from_the_employer_in_one_mention() {
        let split = |t: &str, person: &str| -> Vec<String> {
            let mut found = vec![test_mention(t, person, EntityType::Person, false)];
            add(t, &mut found, |w| matches!(w, "Jan" | "Peter"));
            found
                .iter()
                .map(|f| format!("{:?} {}", f.ty, &t[f.range.clone()]))
                .collect()
        };
        assert_eq!(
            split(
                "zegt directeur Jeroen Hoogstad van de Aw.",
                "Jeroen Hoogstad van de Aw"
            ),
            ["Person Jeroen Hoogstad", "Organisation Aw"]
        );
        assert_eq!(
            split(
                "zegt beveiligingsonderzoeker Eva Smit van Secura.",
                "Eva Smit van Secura"
            ),
            ["Person Eva Smit", "Organisation Secura"]
        );
        // Counter-examples: a given name before "van", no job.
        assert_eq!(
            split("zegt analist Jan Peter van Dam.", "Jan Peter van Dam"),
            ["Person Jan Peter van Dam"]
        );
        assert_eq!(
            split(
                "de verzameling van Marie Tak van Poortvliet, de",
                "Marie Tak van Poortvliet"
            ),
            ["Person Marie Tak van Poortvliet"]
        );
    }

    /// Counter-examples: no job before the person, a mayor's town, a
    /// lower-case word, a given name or a place after "van".
    #[test]
    fn no_employer_without_a_job() {
        for (t, person) in [
            ("Zij sprak met Eva Smit van Vionta.", "Eva Smit"),
            ("burgemeester Eva Smit van Oosterhout", "Eva Smit"),
            ("analist Eva Smit van de bank", "Eva Smit"),
            ("analist Eva Smit van Jan Smit Holding", "Eva Smit"),
            ("analist Eva Smit van Utrecht", "Eva Smit"),
        ] {
            assert!(employers(t, &[person]).is_empty(), "{t}");
        }
    }
}
