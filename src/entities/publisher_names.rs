//! A site's own name, as its page says who publishes it: "© 2026
//! BeursPlein24", "BeursPlein24 is een uitgave van Damrak Digital Media
//! B.V.", "De Nieuwe Koerier is onderdeel van Koerier Media Groep", "De
//! Nieuwe Koerier en haar partners gebruiken cookies". The name is the
//! publisher, an organisation, wherever the page uses it ("in opdracht van
//! De Nieuwe Koerier", "zegt hij tegen BeursPlein24"), in the masthead's
//! capitals too ("DE NIEUWE KOERIER").

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use aho_corasick::AhoCorasick;
use std::ops::Range;

/// The most words of a publisher's name.
const MAX_WORDS: usize = 5;

/// What follows a publisher's name at the start of a line.
const STATEMENTS: &[&str] = &[
    " is een uitgave van ",
    " is onderdeel van ",
    " is een onderdeel van ",
    " en haar partners ",
    " en onze partners ",
];

/// Words that open no publisher's name ("Deze site en haar partners").
const NO_NAME: &[&str] = &["Deze", "Dit", "Wij", "We", "Onze", "Alle", "Foto", "Beeld"];

/// The publishers' names `text` states, each once.
pub(super) fn names(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let bytes = text.as_bytes();
    // "© 2026 BeursPlein24", "Copyright 2026 De Nieuwe Koerier. Alle …".
    for at in memchr::memmem::find_iter(bytes, "©".as_bytes()) {
        let rest = &text[at + "©".len()..];
        let mut words = rest.split_whitespace();
        if words
            .next()
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        {
            let from = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(0) + 4;
            let start = at + "©".len() + from;
            if let Some(r) = name_at(text, start) {
                out.push(&text[r]);
            }
        }
    }
    for statement in STATEMENTS {
        for at in memchr::memmem::find_iter(bytes, statement.as_bytes()) {
            let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
            let name = text[line_start..at].trim();
            // ("De NOS is onderdeel van …": the article before an
            // acronym is no part of it.)
            let name = match name.split_once(' ') {
                Some(("De" | "Het", rest)) if is_acronym(rest) => rest,
                _ => name,
            };
            if is_name(name) {
                out.push(name);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The name that starts at `start` (after spaces) and runs to a full stop,
/// a comma, a sign or the line's end: "De Nieuwe Koerier", "DPG Media
/// B.V.".
fn name_at(text: &str, start: usize) -> Option<Range<usize>> {
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
    let line = &text[start..line_end];
    let words = crate::parse::results_line::pieces(line, char::is_whitespace);
    let first = words.first()?.0;
    let mut end = first;
    for (i, &(a, b)) in words.iter().enumerate() {
        let w = &line[a..b];
        if i == MAX_WORDS || ["|", "·", "–", "-", "•"].contains(&w) {
            break;
        }
        if matches!(w, "B.V." | "N.V.") {
            end = b;
            break;
        }
        let bare = w.trim_end_matches(['.', ',', ';', ':']);
        end = a + bare.len();
        if bare.len() != w.len() {
            break;
        }
    }
    let r = start + first..start + end;
    is_name(&text[r.clone()]).then_some(r)
}

/// An acronym: capitals only, two or more ("NOS", "ANP").
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
}

/// A publisher's name: one to five words, the first capitalised and no
/// word of a sentence's opening.
fn is_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=MAX_WORDS).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !NO_NAME.contains(&words[0])
        && t.chars().any(char::is_alphabetic)
        && !t.contains(['"', '\'', '“', '(', ':'])
}

/// One search for the names of `publishers` and their capitals, built once
/// for the whole document (none where the page states no publisher).
pub(super) fn search(publishers: &[&str]) -> Option<AhoCorasick> {
    if publishers.is_empty() {
        return None;
    }
    let mut patterns: Vec<String> = publishers.iter().map(|p| p.to_string()).collect();
    patterns.extend(
        publishers
            .iter()
            .filter(|p| p.chars().any(char::is_lowercase))
            .map(|p| p.to_uppercase()),
    );
    let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
    super::sports_clubs::search(&patterns)
}

/// Makes every use of a publisher's name that `search` finds in `within`
/// the publisher (and its capitals in a masthead), keeping `found` sorted
/// by start.
pub(super) fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    search: Option<&AhoCorasick>,
) {
    let Some(search) = search else {
        return;
    };
    super::sports_clubs::claim_each(text, within, found, search, make_publisher, |range, _| {
        let before = text[..range.start].chars().next_back();
        let after = text[range.end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "-_@".contains(c));
        // ("Spreekbuis_redactie": a handle.)
        !glued(before) && !glued(after)
    });
}

/// Makes `f` the publisher: an organisation known by its name (in
/// capitals or not).
fn make_publisher(text: &str, f: &mut Found) {
    f.ty = EntityType::Organisation;
    f.link = name_link(&text[f.range.clone()]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_names_its_publisher() {
        let text = "DE NIEUWE KOERIER\nIn opdracht van De Nieuwe Koerier peilde Ipsos.\n\
                    BeursPlein24 is een uitgave van Damrak Digital Media B.V.\n\
                    De NOS is onderdeel van de NPO\n\
                    © 2026 De Nieuwe Koerier. Alle rechten voorbehouden.\n© 2025 DPG Media B.V.\n";
        assert_eq!(
            names(text),
            ["BeursPlein24", "DPG Media B.V.", "De Nieuwe Koerier", "NOS"]
        );
    }

    #[test]
    fn words_that_only_stand_where_a_publisher_would() {
        // Counter-examples: the site itself, a credit after the year, a
        // sentence before "en haar partners", a year alone.
        let text = "Deze site en haar partners gebruiken cookies.\n© 2026 Foto: ANP\n\
                    De minister zei dat het kabinet en haar partners het eens zijn\n© 2026\n";
        assert!(names(text).is_empty(), "{:?}", names(text));
    }
}
