//! Places in a list: "in Sneek, Drachten en Heerenveen". A capitalised word
//! that nothing found, between two places of one list (after a comma, before
//! a comma, "en" or "of"), is a place too; a list's items are of one kind.

use super::name_links::name_link;
use super::{EntityType, Found};

/// Adds the places between two found places of a list to `found` (sorted
/// by start). `is_common` says a word is an ordinary word of the text.
pub(super) fn take_list_items(
    text: &str,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) {
    let mut made = Vec::new();
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.ty != EntityType::Location
            || b.ty != EntityType::Location
            || a.range.end >= b.range.start
        {
            continue;
        }
        let gap = &text[a.range.end..b.range.start];
        let Some(inner) = gap.strip_prefix(", ") else {
            continue;
        };
        let Some(inner) = [", ", " en ", " of "]
            .iter()
            .find_map(|j| inner.strip_suffix(j))
        else {
            continue;
        };
        let items: Vec<&str> = inner.split(", ").collect();
        if items.len() > 4 || !items.iter().all(|item| is_place_like(item, &is_common)) {
            continue;
        }
        let mut at = a.range.end + 2;
        for item in items {
            let range = at..at + item.len();
            made.push(Found {
                link: name_link(item),
                range,
                ty: EntityType::Location,
            });
            at += item.len() + 2;
        }
    }
    if !made.is_empty() {
        found.extend(made);
        found.sort_by_key(|f| f.range.start);
    }
}

/// One to three capitalised words of letters and hyphens, the first no
/// ordinary word.
fn is_place_like(item: &str, is_common: &impl Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = item.split(' ').collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().count() > 1
                && w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && !is_common(words[0])
}

#[cfg(test)]
mod tests {
    use super::take_list_items;
    use crate::entities::{EntityType, Found, Link};

    fn places(text: &str, known: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = known
            .iter()
            .map(|k| {
                let at = text.find(k).unwrap();
                Found {
                    range: at..at + k.len(),
                    ty: EntityType::Location,
                    link: Link::Key(k.to_string()),
                }
            })
            .collect();
        take_list_items(text, &mut found, |w| w == "Volgens");
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn items_between_places_of_a_list_are_places() {
        assert_eq!(
            places("in Sneek, Drachten en Heerenveen", &["Sneek", "Heerenveen"]),
            ["Sneek", "Drachten", "Heerenveen"]
        );
        assert_eq!(
            places(
                "in Sneek, Drachten, Joure of Heerenveen",
                &["Sneek", "Heerenveen"]
            ),
            ["Sneek", "Drachten", "Joure", "Heerenveen"]
        );
    }

    #[test]
    fn no_list_or_no_name_between_makes_nothing() {
        // Lower case, an ordinary word, a sentence between, no comma first.
        for (text, known) in [
            (
                "in Sneek, veel mensen en Heerenveen",
                ["Sneek", "Heerenveen"],
            ),
            ("in Sneek, Volgens en Heerenveen", ["Sneek", "Heerenveen"]),
            ("in Sneek. Drachten en Heerenveen", ["Sneek", "Heerenveen"]),
            (
                "in Sneek en Drachten en Heerenveen",
                ["Sneek", "Heerenveen"],
            ),
        ] {
            assert_eq!(places(text, &known).len(), 2, "{text}");
        }
    }
}
