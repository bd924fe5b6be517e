//! A club whose name starts with a lower-case kind: "sc Heerenveen", "vv
//! Katwijk", "rkvv Wilhelmina". The kind ("sportclub", "voetbalvereniging")
//! makes the town after it a club, and belongs to the name, as "FC" in "FC
//! Twente" does. The kinds are written in lower case nowhere else: a lower-case
//! word that is no kind ("de Heerenveen") leaves the place a place.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, put_over_inner};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// The lower-case kinds a club's name may start with, with the space after.
const KINDS: &[&str] = &["sc ", "fc ", "vv ", "sv ", "rkvv ", "rksv ", "svv ", "vvv "];

/// All of [`KINDS`] in one search.
static KIND_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(KINDS)
        .expect("the clubs' kinds make a searcher")
});

/// Adds, in `within`, each club whose name starts with one of [`KINDS`],
/// over the place or name found after the kind.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    for m in KIND_SEARCH.find_iter(&text[within.clone()]) {
        let start = within.start + m.start();
        // (A word of its own: "disc " and "ISC " are no kind.)
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        let name = within.start + m.end();
        let Some(end) = name_end(text, name, found) else {
            continue;
        };
        let range = start..end;
        added.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        });
    }
    if !added.is_empty() {
        put_over_inner(found, added);
    }
}

/// Where the club's name starting at `name` ends: a place, body or name
/// found there, or else up to three capitalised words.
fn name_end(text: &str, name: usize, found: &[Found]) -> Option<usize> {
    if !text[name..].starts_with(char::is_uppercase) {
        return None;
    }
    if let Some(f) = found.iter().find(|f| f.range.start == name) {
        return matches!(
            f.ty,
            EntityType::Location | EntityType::Organisation | EntityType::Person
        )
        .then_some(f.range.end);
    }
    let mut end = name;
    for _ in 0..3 {
        let rest = &text[end..];
        if !rest.starts_with(char::is_uppercase) {
            break;
        }
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        end += len;
        if !text[end..].starts_with(' ') || !text[end + 1..].starts_with(char::is_uppercase) {
            break;
        }
        end += 1;
    }
    (end > name).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn clubs(text: &str, found: Vec<Found>) -> Vec<(EntityType, String)> {
        let mut found = found;
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_lower_case_kind_makes_a_club() {
        let text = "De wedstrijd tussen sc Heerenveen en vv Noordwijk Zuid eindigde gelijk.";
        let found = vec![test_mention(
            text,
            "Heerenveen",
            EntityType::Location,
            false,
        )];
        assert_eq!(
            clubs(text, found),
            [
                (EntityType::Organisation, "sc Heerenveen".to_string()),
                (EntityType::Organisation, "vv Noordwijk Zuid".to_string())
            ]
        );
    }

    #[test]
    fn no_kind_no_club() {
        // Counter-examples: a kind inside a word, a lower-case word after.
        let text = "De disc Heerenveen en het ISC Forum; sc lijkt niets.";
        let found = vec![test_mention(
            text,
            "Heerenveen",
            EntityType::Location,
            false,
        )];
        assert_eq!(
            clubs(text, found),
            [(EntityType::Location, "Heerenveen".to_string())]
        );
    }
}
