//! Railway lines named after a place or a river: "de Maaslijn", "de
//! Nedersaksenlijn", "de Brabantlijn". The name is one word, the place and
//! "lijn", and the line is a place, as a road is ("de A73"). Only a known
//! place before "lijn" makes a line: "Berlijn" is a city, "Richtlijn" and
//! "Tijdlijn" are common nouns, and a line named after a person or a
//! project ("de Lelylijn", "de Zoomlijn") is no place.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds, is_covered, letters_before};
use std::ops::Range;

/// Adds every railway line in `within` that no mention of `found` (kept
/// sorted by start) covers; `is_known_place` says a word is a place.
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_known_place: impl Fn(&str) -> bool,
) {
    let mut added = Vec::new();
    for at in memchr::memmem::find_iter(&text.as_bytes()[within.clone()], b"lijn") {
        let end = within.start + at + "lijn".len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let stem_at = end - "lijn".len();
        let start = letters_before(text, stem_at);
        let place = &text[start..stem_at];
        let starts_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '‘'));
        if !starts_word
            || place.chars().count() < 3
            || !place.starts_with(char::is_uppercase)
            || !is_known_place(place)
        {
            continue;
        }
        let range = start..end;
        if !is_covered(found, &range) {
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            });
        }
    }
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found, |w| {
            matches!(w, "Maas" | "Nedersaksen" | "Brabant")
        });
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn a_line_named_after_a_place() {
        assert_eq!(
            lines("Op de Maaslijn en de Nedersaksenlijn; (Brabantlijn) ook."),
            ["Maaslijn", "Nedersaksenlijn", "Brabantlijn"]
        );
    }

    #[test]
    fn common_nouns_cities_and_other_lines_are_not() {
        // Counter-examples: a city, common nouns, a line named after a
        // person, a compound's part, a line in lower case.
        assert!(
            lines(
                "In Berlijn volgt de Richtlijn; de Tijdlijn, de Lelylijn, de Noord-Maaslijn, de maaslijn en lijn 63."
            )
            .is_empty()
        );
    }
}
