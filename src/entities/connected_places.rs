//! Places whose names join capitalised words with lower-case ones: "Wijk
//! aan Zee", "Bergen op Zoom", "Huis ter Heide", "Ústí nad Labem". A chain
//! of capitals stops at the lower-case word, so the detector sees "Wijk" and
//! "Zee"; the lists of places hold the whole name, which is the place
//! wherever the text writes it word for word. A longer name around it (a
//! body: "Gemeente Bergen op Zoom") keeps it.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, put_over_inner};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// The places of the lists whose names hold a lower-case word, and the
/// first words of those names (a capital's word is looked up in these
/// before any longer name is built).
#[derive(Default)]
pub struct ConnectedPlaces {
    names: FxHashSet<String>,
    first_words: FxHashSet<String>,
    /// The most words a name holds.
    longest: usize,
}

impl ConnectedPlaces {
    /// The names of `places` that join words with a lower-case word.
    pub fn new<'a>(places: impl IntoIterator<Item = &'a String>) -> Self {
        let mut out = ConnectedPlaces::default();
        for p in places {
            let mut words = p.split(' ');
            let first = words.next().unwrap_or_default();
            let rest: Vec<&str> = words.collect();
            let connected = first.starts_with(char::is_uppercase)
                && rest.iter().any(|w| w.starts_with(char::is_lowercase))
                && rest
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if connected {
                out.first_words.insert(first.to_string());
                out.longest = out.longest.max(rest.len() + 1);
                out.names.insert(p.clone());
            }
        }
        out
    }

    /// Puts a place over each of the names in `text[within]`, in place of
    /// the mentions found inside it.
    pub fn add(&self, text: &str, within: Range<usize>, found: &mut Vec<Found>) {
        if self.names.is_empty() {
            return;
        }
        let bytes = &text.as_bytes()[..within.end];
        let mut added: Vec<Found> = Vec::new();
        let mut at = within.start;
        // (Read from each capital: capitals are few.)
        while let Some(start) = super::words::next_capital_byte(bytes, at) {
            at = start + 1;
            if !text.is_char_boundary(start)
                || text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(super::words::is_word_char)
            {
                continue;
            }
            let first_end = word_end(text, start, within.end);
            if !self.first_words.contains(&text[start..first_end]) {
                continue;
            }
            // The longest name of the list that the words from here make,
            // each after one space.
            let mut best = None;
            let mut end = first_end;
            for _ in 1..self.longest {
                if !text[end..within.end].starts_with(' ') {
                    break;
                }
                end = word_end(text, end + 1, within.end);
                if self.names.contains(&text[start..end]) {
                    best = Some(start..end);
                }
            }
            if let Some(range) = best
                // (Not a compound's first part: "Bergen op Zoom-Oost".)
                && !text[range.end..].starts_with(['-', '\''])
            {
                at = range.end;
                added.push(Found {
                    link: name_link(&text[range.clone()]),
                    range,
                    ty: EntityType::Location,
                });
            }
        }
        if !added.is_empty() {
            put_over_inner(found, added);
        }
    }
}

/// Where the word starting at `start` ends (letters, digits, a hyphen
/// inside), at most at `limit`.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let rest = &text[start..limit];
    let len = rest
        .find(|c: char| !(super::words::is_word_char(c) || c == '-'))
        .unwrap_or(rest.len());
    start + len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn places() -> ConnectedPlaces {
        let names: Vec<String> = ["Wijk aan Zee", "Bergen op Zoom", "Velsen-Noord", "Den Haag"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        ConnectedPlaces::new(&names)
    }

    fn read(text: &str, found: Vec<Found>) -> Vec<(EntityType, String)> {
        let mut found = found;
        places().add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_listed_name_with_lower_case_words_is_one_place() {
        let text = "De lucht in Wijk aan Zee en Bergen op Zoom verbetert.";
        let found = vec![test_mention(text, "Wijk", EntityType::Location, false)];
        assert_eq!(
            read(text, found),
            [
                (EntityType::Location, "Wijk aan Zee".to_string()),
                (EntityType::Location, "Bergen op Zoom".to_string())
            ]
        );
    }

    #[test]
    fn other_words_and_longer_names_keep_their_reading() {
        // Counter-examples: the words not as listed, a body's longer name.
        let text = "Bergen aan de kust; de Wijk aan de Zee; Gemeente Bergen op Zoom.";
        let found = vec![test_mention(
            text,
            "Gemeente Bergen op Zoom",
            EntityType::Organisation,
            false,
        )];
        assert_eq!(
            read(text, found),
            [(
                EntityType::Organisation,
                "Gemeente Bergen op Zoom".to_string()
            )]
        );
    }
}
