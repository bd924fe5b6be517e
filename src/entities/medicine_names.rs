//! Medicines by their international non-proprietary name: "lecanemab",
//! "semaglutide", "osimertinib". An INN is written in lower case, so no
//! capital marks it as a name; its stem does. The WHO gives each class of
//! medicine a stem that ends the name ("-mab" for monoclonal antibodies,
//! "-tinib" for kinase inhibitors), and Dutch has no common words ending in
//! them. A medicine is a product: a named thing (MISC).
//!
//! Only the distinctive stems are used; short words and words of capitals
//! are left alone ("Punjab" does not end in a stem, "MAB" is an acronym).

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds, is_covered, letters_before};
use aho_corasick::{AhoCorasick, packed};
use std::ops::Range;
use std::sync::LazyLock;

/// WHO stems that end a medicine's name, each distinctive in Dutch and
/// English text.
const STEMS: &[&str] = &[
    "mab",
    "tinib",
    "ciclib",
    "parib",
    "rafenib",
    "glutide",
    "gliflozin",
    "lisib",
    "degib",
];

/// The fewest letters a medicine's name has ("ixekizumab" has ten, the
/// shortest in use seven: "rituximab" nine, "abemaciclib" eleven).
const LEAST_LETTERS: usize = 7;

/// The stems' searcher: the packed SIMD one where the processor has it (the
/// general one picks a prefilter on "b" and "g", common letters in Dutch,
/// and a full-text pass then costs a few per cent of recognising).
enum StemSearch {
    Packed(packed::Searcher),
    General(AhoCorasick),
}

static STEM_SEARCH: LazyLock<StemSearch> = LazyLock::new(|| {
    match packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(STEMS)
        .build()
    {
        Some(s) => StemSearch::Packed(s),
        None => StemSearch::General(AhoCorasick::new(STEMS).expect("the stems make a searcher")),
    }
});

/// The ends of the stems found in `hay`.
fn stem_ends(hay: &str) -> Vec<usize> {
    match &*STEM_SEARCH {
        StemSearch::Packed(s) => s.find_iter(hay).map(|m| m.end()).collect(),
        StemSearch::General(s) => s.find_iter(hay).map(|m| m.end()).collect(),
    }
}

/// Adds every medicine's name in `within` that no mention of `found` (kept
/// sorted by start) covers.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    for stem_end in stem_ends(&text[within.clone()]) {
        let end = within.start + stem_end;
        // The stem ends the word; a compound may follow a hyphen
        // ("lecanemab-behandeling": only the name).
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let start = letters_before(text, end);
        let word = &text[start..end];
        let mut chars = word.chars();
        let first_ok = chars.next().is_some_and(char::is_alphabetic);
        // Lower case after a first letter that may be a capital.
        if !first_ok
            || !chars.all(char::is_lowercase)
            || word.chars().count() < LEAST_LETTERS
            || text[..start].ends_with(['-', '@', '/', '.', '_'])
        {
            continue;
        }
        let range = start..end;
        if !is_covered(found, &range) {
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Misc,
            });
        }
    }
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn medicines(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn names_that_end_in_a_stem() {
        assert_eq!(
            medicines(
                "Het middel werkt als lecanemab en donanemab. Semaglutide en osimertinib ook; de lecanemab-behandeling."
            ),
            vec![
                "lecanemab",
                "donanemab",
                "Semaglutide",
                "osimertinib",
                "lecanemab"
            ]
        );
    }

    #[test]
    fn words_that_only_look_like_one() {
        assert!(
            medicines(
                "In Punjab at men kebab. De MAB-regeling, het domein www.example-mab en dab."
            )
            .is_empty()
        );
        // Too short, or a stem inside a word.
        assert!(medicines("Het lab van Ahmab en de mabvorm.").is_empty());
    }
}
