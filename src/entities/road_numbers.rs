//! Road numbers: "de A73", "op de N271", "rijksweg A2", and the European
//! routes Belgian text names its motorways by ("de E313", "de E19"). A
//! motorway's or a provincial road's number is a place, as a street's name
//! is; it is a
//! mention only after the article or a word for a road, where nothing else
//! with that shape stands ("een A4'tje" is paper, "N95-maskers" masks, "de
//! A400M" an aircraft).

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds, is_covered};
use std::ops::Range;

/// What may stand right before a road's number.
const BEFORE: &[&str] = &["de ", "De ", "snelweg ", "rijksweg ", "weg "];

/// Adds every road number in `within` that no mention of `found` (kept
/// sorted by start) covers, as a place.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    let letters = memchr::memchr3_iter(b'A', b'N', b'E', &bytes[within.clone()]);
    for at in letters.map(|i| within.start + i) {
        let digits = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        // A European route has two or three digits ("E5" is no road's).
        let least = if bytes[at] == b'E' { 2 } else { 1 };
        let end = at + 1 + digits;
        // (The article as a word: not the end of "Zuidzijde A4".)
        let after_cue = BEFORE.iter().any(|b| {
            text[..at]
                .strip_suffix(b)
                .is_some_and(|h| h.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        });
        if !(least..=3).contains(&digits) || !after_cue {
            continue;
        }
        // The number ends the word ("A400M" is no road) and no compound
        // starts with it ("N95-maskers", "A4'tje").
        let rest = &text[end..];
        let mut after = rest.chars();
        let ends = match after.next() {
            None => true,
            Some('-' | '\'' | '’') => !after.next().is_some_and(char::is_alphanumeric),
            Some(c) => !c.is_alphanumeric(),
        };
        let range = at..end;
        if ends && !is_covered(found, &range) {
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

    fn roads(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn road_numbers_after_the_article_or_a_road_word() {
        assert_eq!(
            roads("Een ongeluk op de A73 bij Venlo; de N271 en rijksweg A2 waren dicht."),
            vec!["A73", "N271", "A2"]
        );
        assert_eq!(roads("De A12 is afgesloten."), vec!["A12"]);
        assert_eq!(
            roads("Een ongeval op de E313 in Lummen ; de E19 bleef open."),
            vec!["E313", "E19"]
        );
    }

    #[test]
    fn other_letters_with_digits_are_no_roads() {
        // Paper, masks, an aircraft, a party, a code without an article.
        assert!(roads("Print het op een A4 of de A4'tje.").is_empty());
        assert!(roads("De N95-maskers en de A400M van de N-VA.").is_empty());
        assert!(roads("Formulier A12 en bijlage N3 zijn nodig.").is_empty());
        assert!(roads("de A1234 is geen weg").is_empty());
        assert!(roads("aan de Zuidzijde A4 en de Westweg N2").is_empty());
        // Food additives, petrol, a single digit.
        assert!(roads("E-nummers als E330 en de E10-benzine; de E5 bestaat niet.").is_empty());
    }
}
