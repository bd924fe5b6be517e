//! Portfolios in a minister's title: "de minister van Economische Zaken en
//! Klimaat", "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT". The words
//! after the title name the post, not the ministry as an organisation, so
//! mentions inside them are not entities; the title is a cue for the person
//! that may follow ("Minister van Buitenlandse Zaken Kuleba"), who stays.
//! The ministry itself is written "het ministerie van …" and is left alone.

use super::Found;
use super::kind::EntityType;
use super::words::{Word, is_capitalised};
use std::ops::Range;

/// Titles whose "van"/"voor" is followed by a portfolio (compared in lower case).
const TITLES: &[&str] = &[
    "minister",
    "ministers",
    "staatssecretaris",
    "staatssecretarissen",
    "bewindspersoon",
    "bewindspersonen",
    "oud-minister",
    "oud-staatssecretaris",
    "eurocommissaris",
];

/// Whether `word` (any case) is a title a portfolio follows.
pub fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// The portfolio spans in a block's `words`: from the first word after
/// "<title> van|voor" through its capitalised words joined by "en", "&" or
/// commas.
pub fn spans(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Titles and connectors are ASCII: compared without allocating.
    let is = |i: usize, list: &[&str]| {
        let w = &text[words[i].range.clone()];
        list.iter().any(|t| t.eq_ignore_ascii_case(w))
    };
    let mut i = 0;
    while i + 2 < words.len() {
        let gap = |j: usize| text[words[j - 1].range.end..words[j].range.start].trim();
        // Most words are no title: their length says so before any compare.
        let len = words[i].range.len();
        if !(8..=20).contains(&len)
            || !is_title(&text[words[i].range.clone()])
            || !is(i + 1, &["van", "voor"])
            || !gap(i + 1).is_empty()
            || !gap(i + 2).is_empty()
        {
            i += 1;
            continue;
        }
        let first = i + 2;
        let mut last = None;
        let mut j = first;
        // A line break may fall anywhere in it ("de minister van\nLandbouw").
        while j < words.len() {
            let w = &text[words[j].range.clone()];
            if j > first && !matches!(gap(j), "" | ",") {
                break;
            }
            if is_capitalised(w) {
                last = Some(j);
            } else if !is(j, &["en", "&"]) || j == first {
                break;
            }
            j += 1;
        }
        if let Some(last) = last {
            out.push(words[first].range.start..words[last].range.end);
        }
        i = j.max(i + 1);
    }
    out
}

/// Drops the organisations and named things that lie inside a portfolio.
/// `portfolios` is sorted by start.
pub fn drop_inside(found: &mut Vec<Found>, portfolios: &[Range<usize>]) {
    if portfolios.is_empty() {
        return;
    }
    // The spans do not overlap: the one that could hold a mention is the
    // last that starts at or before it.
    found.retain(|f| {
        if !matches!(f.ty, EntityType::Organisation | EntityType::Misc) {
            return true;
        }
        let i = portfolios.partition_point(|p| p.start <= f.range.start);
        i == 0 || f.range.end > portfolios[i - 1].end
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words::words;

    fn portfolio_texts(text: &str) -> Vec<&str> {
        spans(text, &words(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_portfolio_runs_through_its_capitalised_words() {
        assert_eq!(
            portfolio_texts(
                "mede namens de minister van Landbouw, Natuur en Voedselkwaliteit, de minister voor Klimaat en Energie en de staatssecretaris van Financiën."
            ),
            [
                "Landbouw, Natuur en Voedselkwaliteit",
                "Klimaat en Energie",
                "Financiën"
            ]
        );
        assert_eq!(
            portfolio_texts("de minister van\nLandbouw, Natuur en\nVoedselkwaliteit en de"),
            ["Landbouw, Natuur en\nVoedselkwaliteit"]
        );
        assert_eq!(
            portfolio_texts("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,"),
            ["INFRASTRUCTUUR EN WATERSTAAT"]
        );
    }

    #[test]
    fn a_ministry_and_a_lower_case_phrase_are_no_portfolio() {
        // Counter-examples: the ministry is an organisation, and "voor" before
        // a common word is no title.
        assert!(portfolio_texts("het ministerie van Defensie meldt").is_empty());
        assert!(portfolio_texts("de minister voor het eerst in Kyiv").is_empty());
    }
}
