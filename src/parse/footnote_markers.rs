//! The shapes a footnote marker takes in running text, as extractors print
//! it: digits glued to a word ("jaren4", "c.s.1", "zijn5."), to a year
//! ("december 20212", "per 1 januari 2028.6"), set apart by a space
//! ("Zweden 4."), or glued to a word in capitals ("ABOARD13)"), and the
//! numbers that are quantities or references instead ("nr. 117", "versie
//! 2.6"). Which note a marker belongs to, and where it is looked for, is
//! [`super::footnotes`]' business.

use crate::document::date::DUTCH_MONTHS;
use std::ops::Range;

/// Words after which a number is a quantity or a reference, not a marker
/// (and month names, [`DUTCH_MONTHS`]).
const NOT_BEFORE_MARKER: &[&str] = &[
    "nr",
    "nr.",
    "nrs.",
    "artikel",
    "art.",
    "lid",
    "pagina",
    "p.",
    "blz.",
    "hoofdstuk",
    "bijlage",
    "stap",
    "fase",
    "punt",
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "op",
    "te",
    "voor",
    "met",
    "aan",
    "tot",
    "per",
    "dan",
    "om",
    "of",
    "bij",
    "uit",
    "over",
    "na",
    "door",
    "ruim",
    "circa",
    "ca.",
    "zo'n",
    "bijna",
    "ongeveer",
    "vanaf",
    "week",
    "jaar",
    "dag",
    "maand",
    "versie",
    "niveau",
    "groep",
    "categorie",
    "motie",
    "vraag",
];

/// A marker set apart by a space: "Zweden 4.", "innovatiebeleid 2 bundelen",
/// "jl. 1,". Returns the range from the space to the end of the digits, so the
/// superscript takes the space's place.
pub fn spaced_marker_in(s: &str, n: u32) -> Option<Range<usize>> {
    let want = n.to_string();
    let mut from = 0;
    while let Some(pos) = s[from..].find(want.as_str()) {
        let start = from + pos;
        let end = start + want.len();
        from = end;
        let before = &s[..start];
        let Some(word_end) = before.strip_suffix(' ') else {
            continue;
        };
        if word_end.ends_with(' ') {
            continue;
        }
        let next_ok = s[end..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || ".,;:)".contains(c));
        if !next_ok {
            continue;
        }
        // "in 2 stappen": digits of a longer number, or a number that goes on.
        if s[end..].starts_with(|c: char| c.is_ascii_digit())
            || s[end..].starts_with(". ") && s[end + 2..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let word = word_end.rsplit(' ').next().unwrap_or("");
        let last = word.chars().last();
        let fits = last.is_some_and(|c| c.is_alphabetic() || ".)’”'\"".contains(c))
            && !word.chars().any(|c| c.is_ascii_digit())
            && !NOT_BEFORE_MARKER.contains(&word.to_lowercase().as_str())
            && !DUTCH_MONTHS.contains(&word.to_lowercase().as_str())
            // "(zoals ABOARD 11)": after an acronym only right before a
            // closing bracket ("NAVO 2 en" is a name and a number).
            && (word.chars().count() < 2
                || !word.chars().all(char::is_uppercase)
                || s[end..].starts_with(')'));
        if fits {
            return Some(start - 1..end);
        }
    }
    None
}

/// A footnote marker for `n` in `s`: digits glued to the end of a word.
pub fn marker_in(s: &str, n: u32) -> Option<Range<usize>> {
    let want = n.to_string();
    // Every marker found below is the number's digits: most lines do not
    // hold them at all, and are told so by one search.
    if !s.contains(want.as_str()) {
        return None;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = &s[start..i];
        let next_ok = s[i..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ".,;:)!?".contains(c));
        if !next_ok {
            continue;
        }
        let prev = s[..start].chars().next_back();
        let glued_to_word = match prev {
            Some(c) if c.is_alphabetic() => !is_acronym_before(&s[..start]),
            // "c.s.1", "jl.3": a dot after a letter, not a decimal point
            Some('.') => {
                s[..start - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphabetic() || c == ')')
                    || year_ends_sentence(&s[..start - 1], &s[i..])
            }
            Some(')' | '»' | '”' | '"' | '’' | '\'') => true,
            _ => false,
        };
        if glued_to_word && run == want {
            return Some(start..i);
        }
        // A year with the note number glued on: "december 20212".
        if prev.is_none_or(|c| c.is_whitespace())
            && run.len() > 4
            && run.len() <= 4 + want.len()
            && run.ends_with(&want)
            && run.len() - want.len() == 4
            && matches!(&run[..2], "19" | "20")
            && !want.starts_with('0')
        {
            return Some(start + 4..i);
        }
    }
    None
}

/// Whether `before` (the text up to a full stop) ends in a year that ends the
/// sentence, and `after` (the text after the digits that follow the stop)
/// ends the line or goes on after a space: "per 1 januari 2028.6 Tot …".
/// Not after a word that numbers things ("versie 2028.6", "artikel 2028.6"),
/// nor a number of any other length ("versie 2.6", "€ 2.6", "3.6").
fn year_ends_sentence(before: &str, after: &str) -> bool {
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let year = &before[before.len() - digits..];
    let word_before = before[..before.len() - digits]
        .strip_suffix(' ')
        .map(|b| b.rsplit(' ').next().unwrap_or("").to_lowercase());
    digits == 4
        && matches!(&year[..2], "19" | "20")
        && (before.len() == 4 || word_before.is_some())
        && !word_before.is_some_and(|w| NUMBERING_WORDS.contains(&w.as_str()))
        && after.chars().next().is_none_or(char::is_whitespace)
}

/// Words before a number with a point in it that is one number: a version,
/// an article, an amount.
const NUMBERING_WORDS: &[&str] = &[
    "versie",
    "release",
    "artikel",
    "art.",
    "lid",
    "hoofdstuk",
    "paragraaf",
    "par.",
    "bijlage",
    "tabel",
    "figuur",
    "nr.",
    "nr",
    "nummer",
    "€",
    "eur",
    "euro",
    "$",
];

/// Note `n`'s number glued to a word in capitals: "(zoals ABOARD13)".
pub(super) fn acronym_marker_in(s: &str, n: u32) -> Option<Range<usize>> {
    let want = n.to_string();
    let mut from = 0;
    while let Some(k) = s[from..].find(&want) {
        let start = from + k;
        let end = start + want.len();
        from = start + 1;
        let after_ok = s[end..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ".,;:)!?".contains(c));
        let before_digit = s[..start].ends_with(|c: char| c.is_ascii_digit());
        if after_ok && !before_digit && is_acronym_before(&s[..start]) {
            return Some(start..end);
        }
    }
    None
}

/// "MH17", "SNMG1": digits after an all-capitals word are part of a name.
fn is_acronym_before(s: &str) -> bool {
    let word: String = s.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_glued_to_words() {
        assert_eq!(marker_in("de motie Brekelmans c.s.1 voor", 1), Some(24..25));
        assert_eq!(marker_in("voorgaande jaren4 en", 4), Some(16..17));
        assert_eq!(marker_in("voorbereid te zijn5. Deze", 5), Some(18..19));
        assert_eq!(marker_in("16 december 20212 en", 2), Some(16..17));
        assert_eq!(marker_in("24 januari jl.3, waarin", 3), Some(14..15));
        assert_eq!(marker_in("14.000 slachtoffers", 0), None);
        assert_eq!(marker_in("EUR 1.5 mln", 5), None);
        assert_eq!(marker_in("vlucht MH17 en", 17), None);
        assert_eq!(marker_in("Kamerstuk 21 501-08, nr. 235", 8), None);
        assert_eq!(marker_in("in 2014 gebeurde", 4), None);
        assert_eq!(marker_in("lid Mulder (CDA).5", 5), Some(17..18));
    }

    #[test]
    fn a_marker_after_a_year_that_ends_a_sentence() {
        assert_eq!(marker_in("geldt per 1 januari 2028.6", 6), Some(25..26));
        assert_eq!(marker_in("per 1 januari 2028.6 Tot die", 6), Some(19..20));
        assert_eq!(marker_in("2028.12 Daarna", 12), Some(5..7));
        // Counter-examples: a version, an article, an amount, a number
        // going on, a year after a numbering word.
        assert_eq!(marker_in("zoals in versie 2.6 van", 6), None);
        assert_eq!(marker_in("volgens artikel 3.6 is", 6), None);
        assert_eq!(marker_in("het kost € 2.6", 6), None);
        assert_eq!(marker_in("in 2028.6.1 staat", 6), None);
        assert_eq!(marker_in("sinds versie 2024.6 werkt", 6), None);
        assert_eq!(marker_in("sinds 12028.6 werkt", 6), None);
    }

    #[test]
    fn a_marker_glued_to_capitals_is_a_last_resort() {
        assert_eq!(acronym_marker_in("(zoals ABOARD13) om", 13), Some(13..15));
        assert_eq!(acronym_marker_in("vlucht MH17 en", 17), Some(9..11));
        // Counter-examples: other digits, digits inside a longer number.
        assert_eq!(acronym_marker_in("vlucht MH17 en", 7), None);
        assert_eq!(acronym_marker_in("de F35 en", 5), None);
        assert_eq!(acronym_marker_in("de NL2030 visie", 30), None);
    }

    #[test]
    fn markers_set_apart_by_a_space() {
        assert_eq!(
            spaced_marker_in("van 11 november jl. 1, heb ik", 1),
            Some(19..21)
        );
        assert_eq!(
            spaced_marker_in("Noorwegen en Zweden 4. We gaan", 4),
            Some(19..21)
        );
        assert_eq!(
            spaced_marker_in("innovatiebeleid 2 bundelen we", 2),
            Some(15..17)
        );
        // Counter-examples: quantities and references are no markers.
        assert_eq!(spaced_marker_in("Kamerstuk 33009, nr. 117.", 117), None);
        assert_eq!(spaced_marker_in("in 2 stappen", 2), None);
        assert_eq!(spaced_marker_in("van 2 tot 4 jaar", 4), None);
        assert_eq!(spaced_marker_in("de CO 2-reductie", 2), None);
        assert_eq!(spaced_marker_in("NAVO 2 en", 2), None);
        assert_eq!(spaced_marker_in("(zoals ABOARD 11) om", 11), Some(13..16));
        assert_eq!(spaced_marker_in("3 februari 2023 4 keer", 4), None);
    }
}
