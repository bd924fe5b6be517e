//! The place a local post belongs to, after its holder's name:
//! "Burgemeester Jeanne Huijbregts-Oomen van Moerdijk", "wethouder Piet
//! Smit van Goes". A given name and a surname are a whole name; a "van"
//! after them and a place is the municipality, province or water board
//! the mayor, alderman or dike-reeve serves, not the rest of a surname.
//! Only after such a post and before a known place (a patrician double
//! surname, "Pieter Heerma van Voss", has neither). The detector leaves
//! "van" and the place out of the person (`detector::run`); this adds the
//! place.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds};

/// Local posts whose holder is named with the place they serve.
const LOCAL_POSTS: &[&str] = &[
    "burgemeester",
    "loco-burgemeester",
    "waarnemend burgemeester",
    "wethouder",
    "gedeputeerde",
    "raadslid",
    "statenlid",
    "dijkgraaf",
    "heemraad",
    "hoogheemraad",
    "gemeentesecretaris",
    "bisschop",
];

/// Whether `w` (in any case) is one of the local posts.
pub fn is_local_post(w: &str) -> bool {
    LOCAL_POSTS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Adds the place served after every person of `found` (sorted by start)
/// that a local post stands right before, when the person is a given name
/// and a surname and " van " and a place follow: "Burgemeester Jeanne
/// Huijbregts-Oomen van Moerdijk". (The detector stops the person before
/// "van" there; a place also written as a word is known here.)
pub fn add_places_served(
    text: &str,
    found: &mut Vec<Found>,
    is_given: impl Fn(&str) -> bool,
    is_place: impl Fn(&str) -> bool,
) {
    let mut added = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.ty != EntityType::Person {
            continue;
        }
        let mut parts = text[f.range.clone()].split(' ');
        let (Some(given), Some(surname), None) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Some(rest) = text[f.range.end..].strip_prefix(" van ") else {
            continue;
        };
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let place = &rest[..len];
        let start = f.range.end + " van ".len();
        let range = start..start + len;
        let head = text[..f.range.start].trim_end_matches(' ');
        let post = &head[head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |(p, c)| p + c.len_utf8())..];
        if is_local_post(post)
            && is_given(given)
            && !is_given(surname)
            && is_place(place)
            && found.get(i + 1).is_none_or(|n| n.range.start >= range.end)
        {
            added.push(Found {
                link: name_link(place),
                range,
                ty: EntityType::Location,
            });
        }
    }
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn split(text: &str, person: &str) -> Vec<(String, EntityType)> {
        let mut found = vec![test_mention(text, person, EntityType::Person, false)];
        add_places_served(
            text,
            &mut found,
            |w| matches!(w, "Jeanne" | "Pieter" | "Piet" | "Jan"),
            |w| matches!(w, "Moerdijk" | "Goes" | "Voss"),
        );
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn a_mayor_is_named_with_the_place_served() {
        let text = "Burgemeester Jeanne Huijbregts-Oomen van Moerdijk wil toezicht.";
        assert_eq!(
            split(text, "Jeanne Huijbregts-Oomen"),
            [
                ("Jeanne Huijbregts-Oomen".to_string(), EntityType::Person),
                ("Moerdijk".to_string(), EntityType::Location)
            ]
        );
        let text = "Dat zei wethouder Piet Smit van Goes.";
        assert_eq!(split(text, "Piet Smit")[1].0, "Goes");
    }

    #[test]
    fn a_surname_with_van_stays_whole() {
        // No post before it: a patrician double surname.
        let text = "Hoogleraar Pieter Heerma van Voss schreef het.";
        assert_eq!(split(text, "Pieter Heerma").len(), 1);
        // "van" right after the given name starts the surname.
        let text = "Burgemeester Jan van Moerdijk opende.";
        assert_eq!(split(text, "Jan van Moerdijk").len(), 1);
        // Nor after a given name alone.
        let text = "Burgemeester Jeanne van Moerdijk opende.";
        assert_eq!(split(text, "Jeanne").len(), 1);
        // Not a place after "van".
        let text = "Burgemeester Jeanne Smit van Dam opende.";
        assert_eq!(split(text, "Jeanne Smit").len(), 1);
        // A character of several bytes glued before the post (found by
        // the property test): no panic, and no post.
        let text = "\u{e000}Burgemeester Jeanne Smit van Moerdijk opende.";
        assert_eq!(split(text, "Jeanne Smit").len(), 2);
        let text = "Nieuws\u{1edb5}Jeanne Smit van Moerdijk opende.";
        assert_eq!(split(text, "Jeanne Smit").len(), 1);
    }
}
