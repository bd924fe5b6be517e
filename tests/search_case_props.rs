//! A search with a capital letter finds the same places whichever way the
//! cased view is held: as case marks over the lower view (a literal's lower
//! form found and its cased form checked), or made whole (a regular
//! expression). Texts mix ASCII and other capitals, letters that fold to
//! two ("ﬁ"), combining marks, and "ẞ", whose lower case is shorter (such a
//! text keeps its whole cased view).

use brief::search::{FoldedText, Query, View};
use proptest::prelude::*;

fn literal(text: &str, whole_word: bool) -> Query {
    Query {
        text: text.into(),
        regex: false,
        whole_word,
    }
}

/// The same literal as a regular expression: searched in the whole cased
/// view.
fn as_regex(text: &str) -> Query {
    Query {
        text: regex::escape(text),
        regex: true,
        whole_word: false,
    }
}

fn found(q: &Query, text: &str) -> Vec<String> {
    let folded = FoldedText::new(text);
    q.compile()
        .unwrap()
        .find_all(&folded)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

#[test]
fn capitals_are_checked_on_the_lower_views_matches() {
    let text = "navo NAVO Navo nAVO, de NAVO-top; ØRSTED ørsted Ørsted";
    assert_eq!(found(&literal("NAVO", false), text), ["NAVO", "NAVO"]);
    assert_eq!(found(&literal("Navo", false), text), ["Navo"]);
    assert_eq!(found(&literal("Ørsted", false), text), ["Ørsted"]);
    // "ø" is a letter of its own, not an "o" with a mark.
    assert!(found(&literal("Orsted", false), text).is_empty());
    // Diacritics never matter, capitals do.
    let text = "Oekraïne OEKRAÏNE oekraine";
    assert_eq!(found(&literal("OEKRAINE", false), text), ["OEKRAÏNE"]);
    assert_eq!(found(&literal("Oekraïne", false), text), ["Oekraïne"]);
    // Whole words: "NAVO" of "NAVO-top" is one, of "NAVOS" not.
    assert_eq!(found(&literal("NAVO", true), "NAVOS NAVO-top"), ["NAVO"]);
    // A match that fails the check does not hide an overlapping one.
    assert_eq!(found(&literal("Aa", false), "aAa"), ["Aa"]);
    assert_eq!(found(&literal("AA", false), "aAAA"), ["AA"]);
    // Counter-example: a text with "ẞ" keeps its cased view whole, and a
    // query with it finds it; in a text without one it finds nothing.
    assert_eq!(found(&literal("GROẞ", false), "groß GROẞ"), ["GROẞ"]);
    assert!(found(&literal("GROẞ", false), "GROSS gross").is_empty());
    // The cased view of a text kept with marks is made when asked for.
    let f = FoldedText::new("De Oekraïne, ØRSTED");
    assert_eq!(f.text(View::Cased), "De Oekraine, ØRSTED");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_capital_literal_finds_what_its_regex_finds(
        text in "[aAbBéÉøØ ﬁẞß\u{0308}.-]{0,40}",
        query in "[aAbBéÉøØﬁ.]{0,3}[ABÉØ][aAbBéÉøØ.]{0,3}",
    ) {
        prop_assert_eq!(found(&literal(&query, false), &text), found(&as_regex(&query), &text));
    }
}
