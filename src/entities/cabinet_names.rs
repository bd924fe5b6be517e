//! A cabinet named after its prime minister: "het kabinet-Schoof",
//! "Kabinet-Verhoeven wankelt", "het kabinet-Den Uyl", "kabinet-Rutte IV".
//! The name after the hyphen is the person's surname (with its capitalised
//! particles), also when no list knows the person; the cabinet's number is
//! not part of it.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, drop_finds};
use std::ops::Range;

/// Capitalised particles that open a surname after "kabinet-".
const PARTICLES: &[&str] = &["Van", "De", "Den", "Der", "Ter", "Ten", "Op", "In"];

/// Adds (or makes a person of) the surname after every "kabinet-" in
/// `within`, keeping `found` sorted.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    let mut gone = Vec::new();
    let cabinets = memchr::memmem::find_iter(&text.as_bytes()[within.clone()], b"abinet-");
    for at in cabinets.map(|i| within.start + i) {
        if !text[..at].ends_with(['k', 'K']) {
            continue;
        }
        // The word before "kabinet" ends there: not "Schaduwkabinet-…".
        let k = at - 1;
        if text[..k]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        let start = at + "abinet-".len();
        let Some(end) = surname_end(text, start) else {
            continue;
        };
        // `found` is sorted by start: the finds starting inside the name,
        // and the one before it if it reaches in.
        let from = found.partition_point(|f| f.range.start < start);
        let to = found.partition_point(|f| f.range.start < end);
        let overlapping: Vec<usize> = (from.saturating_sub(1)..to)
            .filter(|&i| found[i].range.start < end && start < found[i].range.end)
            .collect();
        match overlapping.as_slice() {
            [] => added.push(Found {
                range: start..end,
                ty: EntityType::Person,
                link: name_link(&text[start..end]),
            }),
            [i] if found[*i].range == (start..end) && found[*i].ty != EntityType::Person => {
                gone.push(*i);
                added.push(Found {
                    range: start..end,
                    ty: EntityType::Person,
                    link: name_link(&text[start..end]),
                });
            }
            _ => {}
        }
    }
    if added.is_empty() {
        return;
    }
    drop_finds(found, gone);
    found.extend(added);
    found.sort_by_key(|f| f.range.start);
}

/// The end of the surname starting at `start`: capitalised particles, then
/// one capitalised word of letters (a hyphen inside it kept).
fn surname_end(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    loop {
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        let word = rest[..len].trim_end_matches(['-', '\'', '’']);
        // A compound ("kabinet-EU-beleid") names no one.
        if word
            .split('-')
            .skip(1)
            .any(|part| part.starts_with(char::is_lowercase))
        {
            return None;
        }
        if !word.starts_with(char::is_uppercase) || word.chars().count() < 2 {
            return None;
        }
        if PARTICLES.contains(&word) && rest[len..].starts_with(' ') {
            at += len + 1;
            continue;
        }
        // An all-capitals word is no surname ("kabinet-EU").
        if word.chars().all(|c| !c.is_lowercase()) {
            return None;
        }
        return Some(at + word.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn the_prime_minister_of_a_cabinet() {
        assert_eq!(
            people(
                "Het kabinet-Schoof besloot. Kabinet-Verhoeven wankelt. Het kabinet-Den Uyl viel; het kabinet-Rutte IV ook."
            ),
            ["Schoof", "Verhoeven", "Den Uyl", "Rutte"]
        );
    }

    /// Counter-examples: a compound before "kabinet" ("schaduwkabinet-"),
    /// a lower-case or all-capitals word after the hyphen, a particle alone.
    #[test]
    fn no_person_after_other_hyphens() {
        assert!(people("het schaduwkabinet-Wilders en het kabinet-beleid").is_empty());
        assert!(people("het kabinet-EU-beleid, het kabinet-Van en kabinet-").is_empty());
    }
}
