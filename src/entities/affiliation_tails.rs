//! A person's name read on over "van" and where they work: "Sandra
//! Oudejans-Pinto van Antes", "Joost de Wit-Haring van Rabobank". After a
//! double surname (two capitalised parts joined by a hyphen) a "van" opens
//! no more of the name: the person ends before it, and what follows is
//! their organisation (or their place, when it is a known place). A "van"
//! after a given name is a particle ("Jan-Willem van Dijk", "Gerrit Jan
//! van Wijk"), and stays.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds};

/// Cuts the people of `found` (sorted by start) at a "van" after a double
/// surname, adding the part after it as an organisation or a place.
pub(super) fn cut(text: &str, found: &mut Vec<Found>, is_known_place: impl Fn(&str) -> bool) {
    let mut added = Vec::new();
    for f in found.iter_mut().filter(|f| f.ty == EntityType::Person) {
        let surface = &text[f.range.clone()];
        let Some(at) = surface.find(" van ") else {
            continue;
        };
        let (name, rest) = (&surface[..at], &surface[at + " van ".len()..]);
        let words: Vec<&str> = name.split_whitespace().collect();
        let double = words.last().is_some_and(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() == 2
                && parts
                    .iter()
                    .all(|p| p.chars().count() >= 2 && p.starts_with(char::is_uppercase))
        });
        if words.len() < 2 || !double || !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let tail = f.range.start + at + " van ".len()..f.range.end;
        f.range.end = f.range.start + at;
        f.link = name_link(&text[f.range.clone()]);
        let ty = if is_known_place(&text[tail.clone()]) {
            EntityType::Location
        } else {
            EntityType::Organisation
        };
        added.push(Found {
            link: name_link(&text[tail.clone()]),
            range: tail,
            ty,
        });
    }
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention as found;

    fn cut_names(text: &str, names: &[&str]) -> Vec<(String, EntityType)> {
        let mut f: Vec<Found> = names
            .iter()
            .map(|n| found(text, n, EntityType::Person, false))
            .collect();
        cut(text, &mut f, |w| w == "Zwolle");
        f.iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn a_double_surname_ends_before_van() {
        let text = "Directeur Sandra Oudejans-Pinto van Antes en wethouder Joost de Wit-Haring van Zwolle.";
        assert_eq!(
            cut_names(
                text,
                &[
                    "Sandra Oudejans-Pinto van Antes",
                    "Joost de Wit-Haring van Zwolle"
                ]
            ),
            [
                ("Sandra Oudejans-Pinto".to_string(), EntityType::Person),
                ("Antes".to_string(), EntityType::Organisation),
                ("Joost de Wit-Haring".to_string(), EntityType::Person),
                ("Zwolle".to_string(), EntityType::Location),
            ]
        );
    }

    #[test]
    fn a_van_after_a_given_name_is_a_particle() {
        // Counter-examples: a hyphenated given name, two given names, a
        // surname alone before "van", a lower-case word after it.
        let text = "Jan-Willem van Dijk, Gerrit Jan van Wijk, Smit-Jansen van Loon en Anna Smit-Jansen van de gemeente.";
        let names = [
            "Jan-Willem van Dijk",
            "Gerrit Jan van Wijk",
            "Smit-Jansen van Loon",
            "Anna Smit-Jansen van de gemeente",
        ];
        let got = cut_names(text, &names);
        let want: Vec<(String, EntityType)> = names
            .iter()
            .map(|n| (n.to_string(), EntityType::Person))
            .collect();
        assert_eq!(got, want);
    }
}
