//! Dates the text writes without a year ("in mei", "eind januari", "14
//! januari", "2 okt '25"): what such a mention says ([`partial`]), whether a
//! mention writes a year at all ([`has_year`]), and the year of a bare month
//! against the document's date, read from the words around it
//! ([`resolve_month`]). The [`timeline`](super::timeline) first gives a bare
//! month the year of the date it makes a range with, and lists apart what
//! has no year at all.

use crate::document::date::month_number;
use crate::document::{DocDate, Document};
use std::ops::Range;

/// What a date mention without a year in its id says: "eind januari" (the
/// mention is "januari"), "14 januari", "2 okt '25".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Partial {
    pub(super) month: u8,
    pub(super) day: Option<u8>,
    /// From an apostrophe and two digits: "'25" → 2025.
    pub(super) year: Option<i32>,
}

/// The month, day and short year a date mention writes, when it names a
/// month; None when it does not.
pub(super) fn partial(text: &str) -> Option<Partial> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let at = words.iter().position(|w| month_number(w).is_some())?;
    let month = month_number(&words[at])?;
    let day = words[..at]
        .iter()
        .find_map(|w| w.parse::<u8>().ok())
        .filter(|d| (1..=31).contains(d));
    let year = words[at + 1..].iter().find_map(|w| {
        let yy = w.strip_prefix(['\'', '’'])?;
        (yy.len() == 2 && yy.bytes().all(|b| b.is_ascii_digit()))
            .then(|| yy.parse::<i32>().ok())
            .flatten()
            .map(|y| if y < 70 { 2000 + y } else { 1900 + y })
    });
    Some(Partial { month, day, year })
}

/// Whether a mention's text writes a year: four digits ("2022",
/// "03-02-2022") or an apostrophe and two ("okt '25").
pub(super) fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|p| p.len() == 4)
        || partial(text).is_some_and(|p| p.year.is_some())
}

/// The words around a mention that tell which year a bare month is in.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Context {
    /// Up to two words before the mention in its sentence, lower case,
    /// without the punctuation around them ("a.s." reads "a.s").
    before: Vec<String>,
    /// Up to three words after it.
    after: Vec<String>,
    /// The sentence says what will happen ("zal", "zullen").
    future_tense: bool,
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The [`Context`] of a mention in its sentence.
pub(super) fn context(doc: &Document, mention: &Range<usize>, sentence: &Range<usize>) -> Context {
    let before = doc
        .clean
        .get(sentence.start.min(mention.start)..mention.start)
        .map(words_of)
        .unwrap_or_default();
    let after = doc
        .clean
        .get(mention.end..sentence.end.max(mention.end))
        .map(words_of)
        .unwrap_or_default();
    let whole = doc
        .clean
        .get(sentence.clone())
        .map(words_of)
        .unwrap_or_default();
    Context {
        before: before[before.len().saturating_sub(2)..].to_vec(),
        after: after.into_iter().take(3).collect(),
        future_tense: whole.iter().any(|w| w == "zal" || w == "zullen"),
    }
}

/// The year of a month the text names without one, against the document's
/// date: kept simple and predictable.
///
/// 1. "vorig jaar", "volgend jaar", "dit jaar" after the month say it:
///    the document's year less one, plus one, or itself.
/// 2. Otherwise the month is the most recent one at or before the document's
///    month ("april" or "eind januari" in a letter of June 2024: 2024;
///    "afgelopen december": 2023), unless the month is in the future: a word
///    beside it says so ("komende oktober", "september
///    a.s.") or the sentence speaks of what will happen ("In september
///    zal ik …"); then it is the first one at or after the document's month
///    ("in mei" in a letter of February 2022: 2022; "komende januari" in one
///    of June 2024: 2025). A word of the past beside it ("afgelopen",
///    "vorige", "jl.") outweighs the future tense.
/// 3. A document dated by its year alone puts every month in that year.
pub(super) fn resolve_month(month: u8, doc: DocDate, ctx: &Context) -> i32 {
    let year = i32::from(doc.year);
    let after = ctx.after.join(" ");
    let after = after.strip_prefix("van ").unwrap_or(&after);
    if after.starts_with("vorig jaar") {
        return year - 1;
    }
    if after.starts_with("volgend jaar") || after.starts_with("volgende jaar") {
        return year + 1;
    }
    if after.starts_with("dit jaar") {
        return year;
    }
    let near = || ctx.before.iter().chain(ctx.after.iter().take(1));
    let past = near().any(|w| {
        matches!(
            w.as_str(),
            "afgelopen" | "vorige" | "jl" | "j.l" | "jongstleden" | "laatstleden" | "l.l"
        )
    });
    let coming = near().any(|w| {
        matches!(
            w.as_str(),
            "komende" | "aanstaande" | "a.s" | "volgende" | "eerstvolgende" | "eerstkomende"
        )
    });
    let future = !past && (coming || ctx.future_tense);
    match doc.month {
        None => year,
        Some(m) if future => {
            if month >= m {
                year
            } else {
                year + 1
            }
        }
        Some(m) => {
            if month <= m {
                year
            } else {
                year - 1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_rules() {
        let june = DocDate {
            year: 2024,
            month: Some(6),
            day: Some(10),
        };
        let ctx = |before: &[&str], after: &[&str], future_tense| Context {
            before: before.iter().map(|w| w.to_string()).collect(),
            after: after.iter().map(|w| w.to_string()).collect(),
            future_tense,
        };
        assert_eq!(resolve_month(4, june, &ctx(&["in"], &[], false)), 2024);
        assert_eq!(resolve_month(6, june, &ctx(&[], &[], false)), 2024);
        assert_eq!(
            resolve_month(12, june, &ctx(&["afgelopen"], &[], false)),
            2023
        );
        assert_eq!(
            resolve_month(12, june, &ctx(&["afgelopen"], &[], true)),
            2023
        );
        assert_eq!(resolve_month(9, june, &ctx(&[], &[], true)), 2024);
        assert_eq!(resolve_month(3, june, &ctx(&["komende"], &[], false)), 2025);
        assert_eq!(resolve_month(3, june, &ctx(&[], &["a.s"], false)), 2025);
        assert_eq!(
            resolve_month(9, june, &ctx(&[], &["volgend", "jaar"], false)),
            2025
        );
        assert_eq!(
            resolve_month(1, june, &ctx(&[], &["van", "dit", "jaar"], true)),
            2024
        );
        let year_only = DocDate {
            year: 2022,
            month: None,
            day: None,
        };
        assert_eq!(resolve_month(11, year_only, &ctx(&[], &[], true)), 2022);
        assert_eq!(
            resolve_month(11, year_only, &ctx(&[], &["vorig", "jaar"], false)),
            2021
        );
    }

    #[test]
    fn partial_dates() {
        let p = |s| partial(s).map(|p| (p.month, p.day, p.year));
        assert_eq!(p("april"), Some((4, None, None)));
        assert_eq!(p("14 januari"), Some((1, Some(14), None)));
        assert_eq!(p("16 en 17 Februari"), Some((2, Some(16), None)));
        assert_eq!(p("2 okt '25"), Some((10, Some(2), Some(2025))));
        assert_eq!(p("3 sept. ’98"), Some((9, Some(3), Some(1998))));
        assert_eq!(p("2014"), None);
        assert!(has_year("03-02-2022") && has_year("okt '25") && !has_year("14 januari"));
    }
}
