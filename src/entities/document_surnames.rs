//! A word taken for a body or a place that is the surname of a person the
//! document names is that person: "een woordvoerder van Dagalo" after
//! "Mohamed Hamdan Dagalo", "Nuis won" after "Kjeld Nuis". A listed town
//! after a preposition of place stays the town ("in Sneek" after "Antonius
//! Sneek").

use super::kind::EntityType;
use super::person_name_shapes::surname_of;
use super::{Found, Link};
use rustc_hash::FxHashMap;

/// Retypes the organisations, and the places of the place lists, in
/// `detected` whose surface is the surname of a person in `detected`.
pub(super) fn retype(text: &str, detected: &mut [Found], is_given: &dyn Fn(&str) -> bool) {
    let surnames: FxHashMap<&str, Link> = people_by_surname(text, detected, is_given).collect();
    if surnames.is_empty() {
        return;
    }
    for f in detected.iter_mut() {
        let retype = match f.ty {
            EntityType::Organisation => true,
            EntityType::Location => {
                matches!(f.link, Link::Key(_)) && !after_place_preposition(text, f.range.start)
            }
            _ => false,
        };
        if retype && let Some(link) = surnames.get(&text[f.range.clone()]) {
            f.ty = EntityType::Person;
            f.link = link.clone();
        }
    }
}

/// The surnames of the people in `found` named with more than one word
/// ("Kjeld Nuis" → "Nuis"), each with the person's link.
pub(super) fn people_by_surname<'t, 'f>(
    text: &'t str,
    found: &'f [Found],
    is_given: &'f dyn Fn(&str) -> bool,
) -> impl Iterator<Item = (&'t str, Link)> + 'f
where
    't: 'f,
{
    found
        .iter()
        .filter(|f| f.ty == EntityType::Person)
        .filter_map(move |f| {
            Some((
                surname_of(&text[f.range.clone()], is_given)?,
                f.link.clone(),
            ))
        })
}

/// "in Sneek", "uit Sneek": a word after a preposition of place.
fn after_place_preposition(text: &str, at: usize) -> bool {
    let before = text[..at].strip_suffix(' ').unwrap_or("");
    ["in", "uit", "te", "nabij", "rond", "richting"]
        .iter()
        .any(|p| {
            before
                .strip_suffix(p)
                .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n', '(']))
        })
}

#[cfg(test)]
mod tests {
    use super::after_place_preposition;

    #[test]
    fn prepositions_of_place() {
        for (text, yes) in [
            ("wonen in Sneek", true),
            ("(in Sneek", true),
            ("komen uit Sneek", true),
            ("won Sneek", false),
            ("begin Sneek", false),
        ] {
            let at = text.rfind("Sneek").unwrap();
            assert_eq!(after_place_preposition(text, at), yes, "{text}");
        }
    }
}
