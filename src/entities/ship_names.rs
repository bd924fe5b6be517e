//! Ships and their classes, as a defence letter names them: a navy ship by
//! its prefix ("Zr.Ms. Zwaardvis", "Hr.Ms. Karel Doorman", "Zr. Ms. De
//! Ruyter") and a class by its lead ship ("de Orka-klasse", "fregatten van
//! de Anti-Submarine Warfare-klasse"). Both are named things; a place or a
//! person inside ("Zr.Ms. Vlissingen", "Hr.Ms. Karel Doorman") is the ship's
//! name, not a mention of its own.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// The prefixes of Dutch navy ships, with and without the space.
const PREFIXES: &[&str] = &["Zr.Ms. ", "Hr.Ms. ", "Zr. Ms. ", "Hr. Ms. "];

/// Adds the ships and classes of ships in `within` to `found` (sorted by
/// start), in place of the mentions inside them.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for at in memchr::memmem::find_iter(bytes, b"Ms. ").map(|i| within.start + i) {
        let Some(prefix) = PREFIXES.iter().find(|p| {
            let start = (at + "Ms. ".len()).checked_sub(p.len());
            start.is_some_and(|s| text.is_char_boundary(s) && text[s..].starts_with(**p))
        }) else {
            continue;
        };
        let start = at + "Ms. ".len() - prefix.len();
        let name_start = at + "Ms. ".len();
        let end = name_start + name_len(&text[name_start..]);
        if end > name_start {
            added.push(misc(text, start..end));
        }
    }
    for at in memchr::memmem::find_iter(bytes, b"-klasse").map(|i| within.start + i) {
        let end = at + "-klasse".len();
        if text[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let start = class_start(text, at);
        if start < at {
            added.push(misc(text, start..end));
        }
    }
    added.extend(after_kinds(text, within));
    if added.is_empty() {
        return;
    }
    added.sort_by_key(|f| f.range.start);
    // A mention inside a ship's name gives way; one that runs over its
    // edges keeps its place.
    super::put_over_inner(found, added);
}

/// Kinds of ship a ship's name follows: "het cruiseschip Ocean Majesty",
/// "de tanker Sea Voyager".
const SHIP_KINDS: &[&str] = &[
    "schip ",
    "cruiseschip ",
    "containerschip ",
    "vrachtschip ",
    "patrouilleschip ",
    "bevoorradingsschip ",
    "marineschip ",
    "opvangschip ",
    "hotelschip ",
    "fregat ",
    "tanker ",
    "olietanker ",
    "veerboot ",
    "onderzeeër ",
    "mijnenjager ",
];

/// All of [`SHIP_KINDS`] in one search.
static SHIP_KIND_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(SHIP_KINDS)
        .expect("the kinds of ship make a searcher")
});

/// The ships named right after a kind of ship in `within` (a name of
/// capitalised words, [`name_len`]). Counter-examples: a lower-case word
/// after the kind ("het schip van staat"), a navy prefix ("het schip Zr. Ms.
/// Tromp" is named with its prefix), a capital glued to the kind
/// ("Vrachtschip Zeeland" starts no name of this list).
fn after_kinds(text: &str, within: Range<usize>) -> Vec<Found> {
    let mut out = Vec::new();
    for m in SHIP_KIND_SEARCH.find_iter(&text[within.clone()]) {
        let at = within.start + m.start();
        // (The kind as a word of its own, in lower case: "Vrachtschip" at a
        // sentence's start is no kind of this list, "koopvaardijschip" is
        // none either.)
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let start = within.start + m.end();
        let end = start + name_len(&text[start..within.end]);
        // (Not a prefix's first part: "schip Zr.Ms. Groningen" is named by
        // the prefix.)
        let rest = &text[end..];
        let abbreviation = rest.starts_with('.')
            && rest[1..].starts_with(|c: char| c.is_alphanumeric() || c == ' ');
        if end > start && !rest.starts_with('-') && !abbreviation {
            out.push(misc(text, start..end));
        }
    }
    out
}

fn misc(text: &str, range: Range<usize>) -> Found {
    Found {
        link: name_link(&text[range.clone()]),
        range,
        ty: EntityType::Misc,
    }
}

/// The length of a ship's name at the start of `rest`: capitalised words,
/// with the particles between them ("Karel Doorman", "Johan de Witt", "De
/// Ruyter"), at most four words.
fn name_len(rest: &str) -> usize {
    let mut len = 0;
    let mut words = 0;
    let mut at = 0;
    while words < 4 {
        let word_end = rest[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(rest.len(), |i| at + i);
        let word = &rest[at..word_end];
        let capital = word.starts_with(char::is_uppercase);
        let particle = matches!(word, "de" | "van" | "der" | "den");
        if !(capital || (particle && words > 0)) {
            break;
        }
        if capital {
            len = word_end;
        }
        words += 1;
        if !rest[word_end..].starts_with(' ') {
            break;
        }
        at = word_end + 1;
    }
    len
}

/// Where a class's name ending at `hyphen` ("…-klasse") begins: its lead
/// ship's word, and the capitalised words before it on the line ("Anti-
/// Submarine Warfare-klasse"), at most three.
fn class_start(text: &str, hyphen: usize) -> usize {
    let head = &text[..hyphen];
    let word_start = |end: usize| {
        head[..end]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            })
    };
    let mut start = word_start(hyphen);
    if !head[start..].starts_with(char::is_uppercase) {
        return hyphen;
    }
    for _ in 0..2 {
        let Some(before) = head[..start].strip_suffix(' ') else {
            break;
        };
        let s = word_start(before.len());
        let word = &head[s..before.len()];
        // ("De Orka-klasse", "Van de Walrus-klasse": an article or a
        // particle at a sentence's start is no part of the name.)
        if !word.starts_with(char::is_uppercase) || matches!(word, "De" | "Het" | "Een" | "Van") {
            break;
        }
        start = s;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ship_after_its_kind_is_named() {
        let text = "het cruiseschip Ocean Majesty in de haven, het schip van staat, het schip \
                    Zr. Ms. Tromp en de tanker";
        let ships: Vec<&str> = after_kinds(text, 0..text.len())
            .iter()
            .map(|f| &text[f.range.clone()])
            .collect();
        assert_eq!(ships, ["Ocean Majesty"]);
    }

    #[test]
    fn a_ships_name_is_its_capitalised_words() {
        assert_eq!(name_len("Zwaardvis en Zr.Ms. Orka"), "Zwaardvis".len());
        assert_eq!(name_len("Karel Doorman vertrekt"), "Karel Doorman".len());
        assert_eq!(name_len("Johan de Witt, het schip"), "Johan de Witt".len());
        assert_eq!(name_len("in 2023"), 0);
    }

    #[test]
    fn a_class_starts_at_its_lead_ship() {
        let t = "de fregatten van de Anti-Submarine Warfare-klasse";
        assert_eq!(
            &t[class_start(t, t.len() - 7)..],
            "Anti-Submarine Warfare-klasse"
        );
        let t = "van de Orka-klasse";
        assert_eq!(&t[class_start(t, t.len() - 7)..], "Orka-klasse");
        let t = "de middel-klasse";
        assert_eq!(class_start(t, t.len() - 7), t.len() - 7);
    }
}
