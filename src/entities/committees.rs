//! A parliament's committees named by their portfolio: "de vaste commissie
//! voor Financiën", "de vaste Kamercommissie voor Onderwijs, Cultuur en
//! Wetenschap", "de algemene commissie voor Wonen en Ruimtelijke Ordening".
//! The whole name is the body, its lower-case head included; the portfolio
//! inside it names no ministry of its own.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, drop_finds};
use std::ops::Range;

/// The heads a committee's name starts with, before " voor ".
const HEADS: &[&str] = &[
    "vaste commissie",
    "vaste Kamercommissie",
    "algemene commissie",
    "Vaste commissie",
    "Vaste Kamercommissie",
    "Algemene commissie",
];

/// Adds each committee named in `within`, in place of the mentions inside
/// it (a gazetteer's exact mention of it is kept), keeping `found` sorted.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    let mut gone = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for at in memchr::memmem::find_iter(bytes, b"ommissie voor ").map(|i| within.start + i) {
        let head_end = at + "ommissie".len();
        let Some(start) = HEADS
            .iter()
            .find(|h| text[..head_end].ends_with(*h))
            .map(|h| head_end - h.len())
        else {
            continue;
        };
        // The head is a phrase of its own: not "Rekenkamercommissie".
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(end) = portfolio_end(text, head_end + " voor ".len()) else {
            continue;
        };
        let from = found.partition_point(|f| f.range.end <= start);
        let to = found.partition_point(|f| f.range.start < end);
        if found[from..to].iter().any(|f| f.range == (start..end)) {
            continue;
        }
        // A mention reaching out of the name (a longer one) is left alone.
        if found[from..to]
            .iter()
            .any(|f| f.range.start < start || f.range.end > end)
        {
            continue;
        }
        gone.extend(from..to);
        added.push(Found {
            range: start..end,
            ty: EntityType::Organisation,
            link: name_link(&text[start..end]),
        });
    }
    if added.is_empty() {
        return;
    }
    drop_finds(found, gone);
    found.extend(added);
    found.sort_by_key(|f| f.range.start);
}

/// The end of a portfolio starting at `start`: capitalised words, joined by
/// ", " and " en " only where a capitalised word follows ("Justitie en
/// Veiligheid", "Onderwijs, Cultuur en Wetenschap"); `None` when no
/// capitalised word starts there.
fn portfolio_end(text: &str, start: usize) -> Option<usize> {
    let word_end = |at: usize| -> Option<usize> {
        let rest = &text[at..];
        if !rest.starts_with(char::is_uppercase) {
            return None;
        }
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        Some(at + len)
    };
    let mut end = word_end(start)?;
    loop {
        let rest = &text[end..];
        let gap = [" en ", ", ", " "]
            .iter()
            .find(|g| rest.starts_with(*g))
            .map(|g| g.len());
        match gap.and_then(|g| word_end(end + g)) {
            Some(next) => end = next,
            None => return Some(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn committees(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn a_committee_is_named_by_its_portfolio() {
        assert_eq!(
            committees("een briefing voor de vaste commissie voor Financiën. Daarna"),
            ["vaste commissie voor Financiën"]
        );
        assert_eq!(
            committees(
                "de vaste Kamercommissie voor Onderwijs, Cultuur en Wetenschap en de minister"
            ),
            ["vaste Kamercommissie voor Onderwijs, Cultuur en Wetenschap"]
        );
        assert_eq!(
            committees("met de vaste commissie voor Economische Zaken een werkbezoek"),
            ["vaste commissie voor Economische Zaken"]
        );
    }

    #[test]
    fn other_commissions_and_lower_case_are_none() {
        // Counter-examples: a commission for a cause in lower case, a
        // compound's "commissie", a commission without the head.
        assert!(committees("de vaste commissie voor de begroting").is_empty());
        assert!(committees("de Rekenkamercommissie voor Utrecht").is_empty());
        assert!(committees("een commissie voor Financiën").is_empty());
    }

    #[test]
    fn the_mentions_inside_go() {
        let text = "de vaste commissie voor Financiën vergadert";
        let at = text.find("Financiën").unwrap();
        let mut found = vec![Found {
            range: at..at + "Financiën".len(),
            ty: EntityType::Organisation,
            link: name_link("Financiën"),
        }];
        add(text, 0..text.len(), &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].range.clone()],
            "vaste commissie voor Financiën"
        );
    }
}
