//! English titles of works in a Dutch text: "The Salt Road", "The Weight of
//! Rain", "The Spy Who Came in from the Cold", "Who Paid the Piper?" opens
//! no such run. A run that opens with "The" and goes on in title case (its
//! small words in lower case: "of", "in", "from", "the") is a named thing
//! where the lists know none of it. Not a newspaper ("The Irish Times": a
//! paper's word ends it), not a band or a team ("The Beatles": a plural
//! ends it), not a known name ("The Hague", "The Guardian", "The
//! Netherlands is ready": a listed place inside), not an English sentence
//! ("The minister said": a lower-case word follows "The").

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link, put_over_inner};
use std::ops::Range;

/// English words a title keeps in lower case between its capitalised ones.
const SMALL_WORDS: &[&str] = &[
    "of", "in", "from", "the", "and", "for", "on", "to", "a", "an", "with", "at", "by", "or",
];

/// Last words of a newspaper's or a journal's name.
const PAPER_WORDS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Guardian",
    "Economist",
    "Telegraph",
    "Observer",
    "Independent",
    "Tribune",
    "Review",
    "Magazine",
    "News",
    "Daily",
    "Gazette",
    "Chronicle",
];

/// Adds the English titles in `within`, taking in the mentions found inside
/// one (none of them the lists'; none running out of it); `found` stays
/// sorted by start.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for at in memchr::memmem::find_iter(bytes, b"The ").map(|i| within.start + i) {
        let free_before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '\'' | '"' | '‘' | '“' | '«'));
        if !free_before || added.last().is_some_and(|a| a.range.end > at) {
            continue;
        }
        let Some(end) = title_end(text, at + "The ".len()) else {
            continue;
        };
        let range = at..end;
        let first = found.partition_point(|f| f.range.end <= range.start);
        let inside: Vec<&Found> = found[first..]
            .iter()
            .take_while(|f| f.range.start < range.end)
            .collect();
        if inside.iter().any(|f| matches!(f.link, Link::Gazetteer(_))) {
            continue;
        }
        added.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Misc,
        });
    }
    // (A title a mention runs out of is none.)
    put_over_inner(found, added);
}

/// Where a title that goes on at `from` (after "The ") ends: after its
/// last capitalised word, with small words between; `None` when no
/// capitalised word follows, the run ends in a small word's place, or the
/// last word names a paper or is a plural.
fn title_end(text: &str, from: usize) -> Option<usize> {
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    let mut end = None;
    let mut last = "";
    let mut pos = from;
    for (n, raw) in text[from..line_end].split(' ').enumerate() {
        if n >= 10 {
            break;
        }
        let word = raw.trim_end_matches([',', '.', ':', ';', '!', '?', ')', '"', '”', '’', '»']);
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'));
        if capital {
            end = Some(pos + word.len());
            last = word;
        } else if !SMALL_WORDS.contains(&word) || n == 0 {
            break;
        }
        if word.len() < raw.len() {
            break; // punctuation ends the title
        }
        pos += raw.len() + 1;
    }
    let plural = last.ends_with('s') && !last.ends_with("'s") && !last.ends_with("’s");
    let end = end?;
    (!PAPER_WORDS.contains(&last) && !plural).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str, found: Vec<Found>) -> Vec<(String, EntityType)> {
        let mut found = found;
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn english_titles_are_named_things() {
        let t = "Ze schreef The Salt Road, daarna The Weight of Water en The Spy Who Came in from the Cold.";
        let at = t.find("Water").unwrap();
        let water = Found {
            range: at..at + 5,
            ty: EntityType::Misc,
            link: name_link("Water"),
        };
        let got = titles(t, vec![water]);
        let names: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "The Salt Road",
                "The Weight of Water",
                "The Spy Who Came in from the Cold"
            ]
        );
        assert!(got.iter().all(|(_, ty)| *ty == EntityType::Misc));
    }

    #[test]
    fn papers_bands_known_names_and_sentences_are_not() {
        let t = "Volgens The Irish Times speelden The Beatles. The minister said no. \
                 The Netherlands is ready.";
        let at = t.find("Netherlands").unwrap();
        let known = Found {
            range: at..at + "Netherlands".len(),
            ty: EntityType::Location,
            link: Link::Gazetteer(0),
        };
        let got = titles(t, vec![known]);
        assert_eq!(got, [("Netherlands".to_string(), EntityType::Location)]);
    }
}
