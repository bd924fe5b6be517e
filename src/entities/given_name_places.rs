//! A place that is also a given name, right before a surname, is a person:
//! "op muziek gezet door Georgia Ellery", "noemde Virginia Woolfs De
//! golven". The lists found the place; the word after it says otherwise
//! when it is capitalised, found as nothing, and no word the document
//! writes in lower case, no place and no head of a body's name. (Not
//! after a preposition of place: "naar Virginia Beach" is where.)

use super::Found;
use super::cues;
use super::detector::name_link;
use super::kind::EntityType;

/// First names of Faker's person providers (the source of
/// assets/given_names.txt, MIT) that the list leaves out because the
/// gazetteer or the place lists know them as places.
const PLACE_FIRST_NAMES: &[&str] = &[
    "Breda", "Brooklyn", "Carolina", "Georgia", "India", "Paris", "Santiago", "Sydney", "Virginia",
];

/// Joins such a place to the surname after it, as one person. `found` is
/// sorted by start; `is_given` says a word is a given name, `is_other` that
/// a word is a common word or a place (no surname). (A given name after
/// it is the person's second: "Georgia Ellery", "Florence Anna".)
pub(super) fn join(
    text: &str,
    found: &mut [Found],
    is_given: impl Fn(&str) -> bool,
    is_other: impl Fn(&str) -> bool,
) {
    for i in 0..found.len() {
        let f = &found[i];
        let name = &text[f.range.clone()];
        if f.ty != EntityType::Location
            || name.contains([' ', '-'])
            || name.chars().count() < 3
            || !(is_given(name) || PLACE_FIRST_NAMES.contains(&name))
            || after_place_preposition(text, f.range.start)
        {
            continue;
        }
        let Some(rest) = text[f.range.end..].strip_prefix(' ') else {
            continue;
        };
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        let surname = &rest[..len];
        let mut chars = surname.chars();
        let shaped = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() >= 2
            && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’');
        let end = f.range.end + 1 + len;
        let free = found.get(i + 1).is_none_or(|n| n.range.start >= end);
        // ("Georgia-Pacific", "Virginia Tech": a hyphen or a body's head.)
        if !shaped
            || !free
            || rest[len..].starts_with('-')
            || is_other(surname)
            || is_other(surname.trim_end_matches(['s', '\'', '’']))
            || cues::has_head(surname, cues::ORG_HEADS)
            || cues::has_head(surname, cues::MISC_HEADS)
            || cues::is_never_alone(surname)
            || cues::is_adjective_form(surname)
        {
            continue;
        }
        let range = f.range.start..end;
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Person,
        };
    }
}

/// Whether a preposition of place stands right before `at`.
fn after_place_preposition(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let word = &before[before.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
    matches!(
        cues::lower(word).as_ref(),
        "in" | "naar" | "uit" | "vanuit" | "rond" | "nabij" | "richting" | "bij" | "te"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn joined(text: &str, places: &[&str]) -> Vec<(String, EntityType)> {
        let mut found: Vec<Found> = places
            .iter()
            .map(|p| test_mention(text, p, EntityType::Location, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        let given = ["Florence", "Anna"];
        join(
            text,
            &mut found,
            |w| given.contains(&w),
            |w| matches!(w, "Oekraïne" | "staat" | "Staat"),
        );
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn a_given_name_place_before_a_surname_is_a_person() {
        let t = "op muziek gezet door Georgia Ellery. Hyde noemde Virginia Woolfs boek.";
        assert_eq!(
            joined(t, &["Georgia", "Virginia"]),
            [
                ("Georgia Ellery".to_string(), EntityType::Person),
                ("Virginia Woolfs".to_string(), EntityType::Person)
            ]
        );
    }

    /// Counter-examples: after a preposition of place, before a place, a
    /// common word, a body's head or a hyphen; a place that is no given
    /// name.
    #[test]
    fn a_place_before_other_words_stays_a_place() {
        for (t, place) in [
            ("De reis naar Virginia Beach.", "Virginia"),
            ("Georgia Oekraïne en Moldavië.", "Georgia"),
            ("Virginia Staat.", "Virginia"),
            ("Florence University.", "Florence"),
            ("Georgia-Pacific groeit.", "Georgia"),
            ("Parijs Hilton.", "Parijs"),
            ("Sydney Opera House.", "Sydney"),
        ] {
            let got = joined(t, &[place]);
            assert_eq!(got, [(place.to_string(), EntityType::Location)], "{t}");
        }
    }
}
