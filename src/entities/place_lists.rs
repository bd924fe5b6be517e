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
    // "in Amstelveen, Wassenaar en Laren": after a preposition of place, a
    // list of two places or more ends in one.
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.ty != EntityType::Location
            || b.ty != EntityType::Location
            || text.get(a.range.end..b.range.start) != Some(", ")
        {
            continue;
        }
        let before = text[..a.range.start].trim_end_matches(' ');
        let cue = before.rsplit([' ', '\n']).next().unwrap_or_default();
        if !matches!(
            cue,
            "in" | "naar" | "uit" | "te" | "rond" | "tussen" | "vanuit"
        ) {
            continue;
        }
        let Some(rest) = [" en ", " of "]
            .iter()
            .find_map(|j| text[b.range.end..].strip_prefix(j))
        else {
            continue;
        };
        let item_end = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let item = &rest[..item_end];
        let start = text.len() - rest.len();
        let taken = found
            .iter()
            .any(|f| f.range.start < start + item.len() && f.range.end > start);
        // One word ending the sentence's list, not the first of a name.
        let next = rest[item_end..].chars().nth(1);
        if !taken && is_place_like(item, &is_common) && !next.is_some_and(char::is_uppercase) {
            made.push(Found {
                link: name_link(item),
                range: start..start + item.len(),
                ty: EntityType::Location,
            });
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
    fn a_list_after_a_preposition_of_place_ends_in_a_place() {
        assert_eq!(
            places(
                "zijn in Amstelveen, Wassenaar en Laren doorzoekingen verricht",
                &["Amstelveen", "Wassenaar"]
            ),
            ["Amstelveen", "Wassenaar", "Laren"]
        );
        // Counter-examples: no preposition of place before the list, one
        // place only, a name of two capitalised words going on.
        assert_eq!(
            places(
                "Amstelveen, Wassenaar en Volgens",
                &["Amstelveen", "Wassenaar"]
            ),
            ["Amstelveen", "Wassenaar"]
        );
        assert_eq!(
            places("wonen in Wassenaar en Laren", &["Wassenaar"]),
            ["Wassenaar"]
        );
        assert_eq!(
            places("in Sneek, Joure en Jan Smit zei", &["Sneek", "Joure"]),
            ["Sneek", "Joure"]
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
