//! Organisations in a list: "Amphia, het Bravis ziekenhuis, Tante Louise en
//! Surplus", "woningcorporaties als Acantus en Groninger Huis". A list's
//! items are of one kind: when one item is a body found, or a plural noun
//! of bodies introduces the list, the capitalised items nothing found are
//! bodies too. A list with a place or a person among its items, or an
//! item that is an ordinary word, a given name or a place, is left alone.

use super::name_links::name_link;
use super::{EntityType, Found, add_finds};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// Plural nouns of bodies that introduce a list of their names.
const BODY_NOUNS: &[&str] = &[
    "banken",
    "bedrijven",
    "corporaties",
    "energiebedrijven",
    "fabrikanten",
    "hogescholen",
    "kranten",
    "netbeheerders",
    "omroepen",
    "pensioenfondsen",
    "supermarkten",
    "uitgeverijen",
    "universiteiten",
    "vakbonden",
    "verzekeraars",
    "vervoerders",
    "woningcorporaties",
    "zorgaanbieders",
    "zorginstellingen",
    "zorgorganisaties",
    "zorgverzekeraars",
    "ziekenhuizen",
];

/// The most items a list may have, and words an item.
const MOST_ITEMS: usize = 8;
const MOST_WORDS: usize = 3;

static BODY_NOUN_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(BODY_NOUNS)
        .expect("the nouns of bodies")
});

/// An item of a list: a mention found (its index) or capitalised words.
#[derive(Clone)]
enum Item {
    Found(usize),
    Words(Range<usize>),
}

/// Adds the unfound items of the lists in `within` whose items are bodies
/// to `found` (sorted by start). `is_other` says a word is an ordinary
/// word, a given name or a place.
pub(super) fn take_list_items(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_other: impl Fn(&str) -> bool,
) {
    let mut lists: Vec<Vec<Item>> = Vec::new();
    // Lists around a body found.
    let mut i = 0;
    while i < found.len() {
        if found[i].ty == EntityType::Organisation
            && lists.last().is_none_or(|l| !holds(l, i))
            && let Some(list) = list_around(text, found, i)
        {
            lists.push(list);
        }
        i += 1;
    }
    // Lists after a plural noun of bodies.
    for m in BODY_NOUN_SEARCH.find_iter(&text[within.clone()]) {
        let end = within.start + m.end();
        let start = within.start + m.start();
        let word_start = start == 0 || !text[..start].ends_with(char::is_alphanumeric);
        let word_end = !text[end..].starts_with(char::is_alphanumeric);
        if !(word_start && word_end) {
            continue;
        }
        let rest = &text[end..];
        let skip = [" als ", " zoals ", " "]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map_or(0, |p| p.len());
        if skip == 0 {
            continue;
        }
        if let Some(list) = items_from(text, found, end + skip, Vec::new())
            && list.len() >= 2
        {
            lists.push(list);
        } else if skip > 1
            && let Some(Item::Words(r)) = first_item(text, found, end + skip)
        {
            // "woningcorporaties als Acantus": one is a list too.
            lists.push(vec![Item::Words(r)]);
        }
    }
    let mut added = Vec::new();
    for list in lists {
        let mut unfound = Vec::new();
        for item in &list {
            match item {
                Item::Found(k) if found[*k].ty != EntityType::Organisation => {
                    unfound.clear();
                    break;
                }
                Item::Found(_) => {}
                Item::Words(r) => unfound.push(r.clone()),
            }
        }
        let names_only = unfound.iter().all(|r| {
            let first = text[r.clone()].split(' ').next().unwrap_or("");
            !is_other(first) && !is_plural_of_kind(&text[r.clone()])
        });
        if names_only {
            for r in unfound {
                if !added.iter().any(|f: &Found| f.range == r) {
                    added.push(Found {
                        link: name_link(&text[r.clone()]),
                        range: r,
                        ty: EntityType::Organisation,
                    });
                }
            }
        }
    }
    add_finds(found, added);
}

/// "Omgevingsdiensten", "Zorginstellingen": one capitalised plural of a
/// kind of body is no name ("de ILT en Omgevingsdiensten").
fn is_plural_of_kind(item: &str) -> bool {
    const KINDS: &[&str] = &[
        "diensten",
        "instellingen",
        "instanties",
        "organisaties",
        "autoriteiten",
        "overheden",
        "partijen",
        "gemeenten",
        "provincies",
        "schappen",
    ];
    let lower = item.to_lowercase();
    !item.contains(' ')
        && (KINDS.iter().any(|k| lower.ends_with(k))
            || BODY_NOUNS.iter().any(|k| lower.ends_with(k)))
}

/// Whether `list` holds the mention `k`.
fn holds(list: &[Item], k: usize) -> bool {
    list.iter().any(|i| matches!(i, Item::Found(x) if *x == k))
}

/// The list whose items include the body `found[k]`, if it is in one
/// (joined by commas and a last "en" or "of").
fn list_around(text: &str, found: &[Found], k: usize) -> Option<Vec<Item>> {
    // Back over ", item" before it.
    let mut items = vec![Item::Found(k)];
    let mut start = without_article_before(text, found[k].range.start);
    while items.len() < MOST_ITEMS {
        let Some(head) = text[..start].strip_suffix(", ") else {
            break;
        };
        let Some(item) = item_before(text, found, head.len()) else {
            break;
        };
        start = without_article_before(
            text,
            match &item {
                Item::Found(x) => found[*x].range.start,
                Item::Words(r) => r.start,
            },
        );
        items.insert(0, item);
    }
    // The list's first item starts a name: no capitalised word right
    // before it ("de Deurnsche Peel & Mariapeel" is one place).
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    let word_before = &before[before.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
    if word_before.starts_with(char::is_uppercase) {
        return None;
    }
    let list = items_from(text, found, item_end(text, found, &Item::Found(k)), items)?;
    (list.len() >= 2).then_some(list)
}

/// The items after `at` (right after an item, or a list's start when
/// `items` is empty), until one joined by "en" or "of"; `None` when the
/// list ends without one.
fn items_from(text: &str, found: &[Found], at: usize, mut items: Vec<Item>) -> Option<Vec<Item>> {
    let mut at = at;
    if items.is_empty() {
        let first = first_item(text, found, at)?;
        at = item_end(text, found, &first);
        items.push(first);
    }
    while items.len() < MOST_ITEMS {
        let rest = &text[at..];
        let (sep, last) = if rest.starts_with(", ") {
            (2, false)
        } else if rest.starts_with(" en ") || (rest.starts_with(" of ") && items.len() >= 2) {
            // (A lone " of " may be English: "Code of Practice".)
            (4, true)
        } else {
            return None;
        };
        let item = first_item(text, found, at + sep)?;
        at = item_end(text, found, &item);
        items.push(item);
        if last {
            return Some(items);
        }
    }
    None
}

/// The item starting at `at` (after an article "het" or "de").
fn first_item(text: &str, found: &[Found], at: usize) -> Option<Item> {
    let at = ["het ", "de "]
        .iter()
        .find(|a| text[at..].starts_with(**a))
        .map_or(at, |a| at + a.len());
    let k = found.partition_point(|f| f.range.start < at);
    if found.get(k).is_some_and(|f| f.range.start == at) {
        return Some(Item::Found(k));
    }
    // Nothing found may overlap capitalised words taken as an item.
    let end = words_end(text, at)?;
    let overlaps = found.get(k).is_some_and(|f| f.range.start < end)
        || k.checked_sub(1).is_some_and(|p| found[p].range.end > at);
    (!overlaps).then_some(Item::Words(at..end))
}

/// Where the item ends, past a bracketed short form after it ("(ADRZ)").
fn item_end(text: &str, found: &[Found], item: &Item) -> usize {
    let end = match item {
        Item::Found(k) => found[*k].range.end,
        Item::Words(r) => r.end,
    };
    match text[end..]
        .strip_prefix(" (")
        .and_then(|r| r.find(')').map(|c| (r, c)))
    {
        Some((r, c)) if c <= 10 && r[..c].chars().all(|ch| ch.is_uppercase()) => end + 2 + c + 1,
        _ => end,
    }
}

/// The end of one to three capitalised words at `at`.
fn words_end(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    let mut n = 0;
    for word in text[at..].split(' ') {
        let w = word.trim_end_matches([',', '.', ';', ':', ')', '\n']);
        if !is_name_word(w) || n == MOST_WORDS {
            break;
        }
        end = at + (word.as_ptr() as usize - text[at..].as_ptr() as usize) + w.len();
        n += 1;
        if w.len() < word.len() {
            break;
        }
    }
    (n > 0).then_some(end)
}

/// The item that ends at `end` (before ", "), found or capitalised words.
fn item_before(text: &str, found: &[Found], end: usize) -> Option<Item> {
    // Past a bracketed short form.
    let end = match text[..end].strip_suffix(')').and_then(|h| h.rfind(" (")) {
        Some(open) if end - open <= 13 => open,
        _ => end,
    };
    let k = found.partition_point(|f| f.range.end < end);
    if found.get(k).is_some_and(|f| f.range.end == end) {
        return Some(Item::Found(k));
    }
    let mut start = end;
    let mut n = 0;
    for word in text[..end].rsplit(' ') {
        if !is_name_word(word) || n == MOST_WORDS {
            break;
        }
        start -= word.len() + usize::from(n > 0);
        n += 1;
    }
    let overlaps = k.checked_sub(1).is_some_and(|p| found[p].range.end > start)
        || found.get(k).is_some_and(|f| f.range.start < end);
    (n > 0 && !overlaps).then_some(Item::Words(start..end))
}

/// A capitalised word of letters, hyphens and apostrophes ("Groninger",
/// "Bo-Ex"), or an acronym ("CZ").
fn is_name_word(w: &str) -> bool {
    w.chars().count() > 1
        && w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        // ("Bo-Ex", not "Hydrix-regelkleppen": a compound is no name.)
        && w.split('-').skip(1).all(|p| p.starts_with(char::is_uppercase))
}

/// `at`, or the start of "het " / "de " right before it.
fn without_article_before(text: &str, at: usize) -> usize {
    ["het ", "de "]
        .iter()
        .find(|a| text[..at].ends_with(**a))
        .map_or(at, |a| at - a.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str, found: &[(&str, EntityType)]) -> Vec<(EntityType, String)> {
        let mut found: Vec<Found> = found
            .iter()
            .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        take_list_items(text, 0..text.len(), &mut found, |w| {
            matches!(w, "Jan" | "Utrecht" | "Volgens")
        });
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    fn names(list: Vec<(EntityType, String)>) -> Vec<String> {
        list.into_iter()
            .filter(|(t, _)| *t == EntityType::Organisation)
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn the_items_of_a_list_with_a_body_are_bodies() {
        use EntityType::Organisation as O;
        assert_eq!(
            names(bodies(
                "In West-Brabant delen Amphia, het Bravis ziekenhuis, Tante Louise en Surplus een pool.",
                &[("Amphia", O), ("Bravis ziekenhuis", O)]
            )),
            ["Amphia", "Bravis ziekenhuis", "Tante Louise", "Surplus"]
        );
        assert_eq!(
            names(bodies(
                "In Zeeland werken Zorgsaam, het Admiraal De Ruyter Ziekenhuis (ADRZ) en Zeeuwse Gronden samen.",
                &[("Admiraal De Ruyter Ziekenhuis", O), ("ADRZ", O)]
            )),
            [
                "Zorgsaam",
                "Admiraal De Ruyter Ziekenhuis",
                "ADRZ",
                "Zeeuwse Gronden"
            ]
        );
    }

    #[test]
    fn a_plural_noun_of_bodies_introduces_bodies() {
        assert_eq!(
            names(bodies(
                "met woningcorporaties als Acantus en Groninger Huis.",
                &[]
            )),
            ["Acantus", "Groninger Huis"]
        );
        assert_eq!(
            names(bodies(
                "de zorgverzekeraars Menzis, Zilveren Kruis en CZ.",
                &[]
            )),
            ["Menzis", "Zilveren Kruis", "CZ"]
        );
    }

    #[test]
    fn mixed_lists_and_ordinary_words_are_left_alone() {
        // Counter-examples: a place or a person in the list; a given name
        // or a known place as an item; no "en" closing the list; a noun
        // that is no plural of bodies.
        use EntityType::{Location as L, Organisation as O, Person as P};
        assert!(
            names(bodies(
                "met Shell, Rotterdam en Velsen",
                &[("Shell", O), ("Rotterdam", L)]
            )) == ["Shell"]
        );
        assert!(
            names(bodies(
                "Shell, Klaas Prins en Zuidhoek",
                &[("Shell", O), ("Klaas Prins", P)]
            )) == ["Shell"]
        );
        assert!(names(bodies("met Shell, Jan en Piet", &[("Shell", O)])) == ["Shell"]);
        assert!(names(bodies("met Shell, Utrecht en Velsen", &[("Shell", O)])) == ["Shell"]);
        assert!(names(bodies("Shell, Norrvik, Tessaro", &[("Shell", O)])) == ["Shell"]);
        assert!(names(bodies("de gemeenten Velsen en Zuidhoek", &[])).is_empty());
        assert!(
            names(bodies(
                "(o.a. de Inspectie (ILT) en Omgevingsdiensten)",
                &[("Inspectie", O), ("ILT", O)]
            )) == ["Inspectie", "ILT"]
        );
        assert!(
            names(bodies(
                "de Deurnsche Peel & Mariapeel en het Bargerveen",
                &[("Peel & Mariapeel", O)]
            )) == ["Peel & Mariapeel"]
        );
        assert!(names(bodies("de WHO Code of Practice", &[("WHO Code", O)])) == ["WHO Code"]);
        assert!(
            names(bodies(
                "met Hydrix en Hydrix-regelkleppen",
                &[("Hydrix", O)]
            )) == ["Hydrix"]
        );
    }
}
