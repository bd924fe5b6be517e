//! Dutch places whose names are also words ("Wierden", "Beek", "Woerden",
//! "Kampen"): no list may make them a place wherever they stand, as a
//! capital at a sentence's start or in a title says nothing. They are a
//! place where the text says so: after a word for where ("bij Wierden",
//! "tussen Zwolle en Wierden", "richting Kampen") or beside a known place
//! in a list ("Wierden en Hengelo", "Zwolle, Kampen"). The names are in
//! `assets/places_nl_words.txt`.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds, is_covered, letters_before};
use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

const NAMES: &str = include_str!("../../assets/places_nl_words.txt");

static PLACES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    NAMES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Whether `w` is one of the Dutch places whose names are also words.
pub fn is_word_place(w: &str) -> bool {
    PLACES.contains(w)
}

/// Words that say where, before a place.
const WHERE: &[&str] = &[
    " in ",
    " bij ",
    " naar ",
    " te ",
    " nabij ",
    " vanuit ",
    " tussen ",
    " rond ",
    " richting ",
    " uit ",
    " via ",
];

/// The starts of the capitalised words in `within` that one of [`WHERE`]
/// stands before (read from each capital back: capitals are few).
fn after_where(text: &str, within: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let bytes = &text.as_bytes()[..within.end];
    let mut at = within.start;
    std::iter::from_fn(move || {
        while let Some(i) = super::words::next_capital_byte(bytes, at) {
            at = i + 1;
            if bytes[i].is_ascii_uppercase()
                && i > 0
                && bytes[i - 1] == b' '
                && WHERE.iter().any(|w| text[..i].ends_with(w))
            {
                return Some(i);
            }
        }
        None
    })
}

/// The capitalised word starting at `at`, if it is one of the places.
fn place_at(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    // ("Beek-Elsloo", "Kampen's": a compound or a possessive is no place
    // of the list.)
    let after = rest[len..].chars().next();
    (word.starts_with(char::is_uppercase)
        && PLACES.contains(word)
        && !after.is_some_and(|c| matches!(c, '-' | '\'' | '’')))
    .then_some(at..at + len)
}

/// The place ending at `end`, if it is one of the places.
fn place_before(text: &str, end: usize) -> Option<Range<usize>> {
    let start = letters_before(text, end);
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    place_at(text, start).filter(|r| r.end == end)
}

/// Adds the places in `within` that the text says are places and no
/// mention of `found` (sorted by start) covers.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut spans: Vec<Range<usize>> = after_where(text, within.clone())
        .filter_map(|at| place_at(text, at))
        .collect();
    // Beside a known place in a list: "Zwolle en Wierden", "Wierden en
    // Hengelo", "Zwolle, Kampen".
    for f in found.iter().filter(|f| {
        f.ty == EntityType::Location && within.start <= f.range.start && f.range.end <= within.end
    }) {
        for sep in [" en ", ", "] {
            if let Some(r) = text[f.range.end..]
                .strip_prefix(sep)
                .and_then(|_| place_at(text, f.range.end + sep.len()))
            {
                spans.push(r);
            }
            if let Some(r) = text[..f.range.start]
                .strip_suffix(sep)
                .and_then(|_| place_before(text, f.range.start - sep.len()))
            {
                spans.push(r);
            }
        }
    }
    spans.sort_by_key(|r| r.start);
    spans.dedup();
    let added: Vec<Found> = spans
        .into_iter()
        .filter(|r| !is_covered(found, r))
        .map(|range| Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Location,
        })
        .collect();
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str, known: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = known
            .iter()
            .map(|k| crate::entities::test_mention(text, k, EntityType::Location, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .filter(|s| !known.contains(&s.as_str()))
            .collect()
    }

    #[test]
    fn after_a_word_for_where_or_beside_a_place() {
        assert_eq!(
            places(
                "De storing bij Wierden duurde lang; het spoor tussen Zwolle en Woerden ook.",
                &["Zwolle"]
            ),
            ["Wierden", "Woerden"]
        );
        assert_eq!(
            places(
                "Overwegen bij Wierden en Hengelo, en Kampen, Zwolle.",
                &["Hengelo", "Zwolle"]
            ),
            ["Wierden", "Kampen"]
        );
    }

    #[test]
    fn words_stay_words() {
        // Counter-examples: a sentence's start, lower case, no word for
        // where, a compound, a known mention there already.
        assert!(
            places(
                "Beek stroomt. De beek bij de weg. Kampen-lijn bij Kampen-Zuid.",
                &[]
            )
            .is_empty()
        );
        assert!(places("Hij zit in Houten en Woerden.", &["Houten en Woerden"]).is_empty());
    }
}
