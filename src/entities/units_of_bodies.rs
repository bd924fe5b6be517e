//! A name, "van de" or "van het", and a known body's name are two mentions
//! when the first part is a name of its own: a unit with a capitalised name
//! ("het Functioneel Parket van het Openbaar Ministerie", "Team High Tech
//! Crime van de Nationale Politie") or a person ("prof. Ingrid Østergaard
//! van de Universiteit van Aarhus"). A body whose first part is a bare head
//! or a unit in lower case stays whole ("Raad van de Europese Unie",
//! "Afdeling bestuursrechtspraak van de Raad van State"), as does a name
//! the gazetteer knows whole ("Internationaal Comité van het Rode Kruis").
//! A person's name that ran on into the body's head takes the place after
//! it into the body ("Karin Lindqvist van de Universiteit" "van Uppsala").

use super::detector::name_link;
use super::gazetteer::is_particle;
use super::head_words::{ORG_HEADS, has_head};
use super::kind::EntityType;
use super::{Found, Link};

/// The joins between a part and the body it belongs to.
const JOINS: &[&str] = &[" van de ", " van het ", " van der "];

/// Splits the organisations and people in `found` (sorted by start) that
/// a detector joined over "van de"/"van het" and are a named unit or a
/// person of a (known) body. `known_org` gives a known organisation's gazetteer entry by
/// its whole name; `is_given` says whether a word is a given name.
pub fn split(
    text: &str,
    found: &mut Vec<Found>,
    known_org: impl Fn(&str) -> Option<usize>,
    is_given: impl Fn(&str) -> bool,
) {
    let mut splits = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let detected = !matches!(f.link, Link::Gazetteer(_));
        if !matches!(f.ty, EntityType::Organisation | EntityType::Person) || !detected {
            continue;
        }
        let surface = &text[f.range.clone()];
        let Some((at, join)) = JOINS
            .iter()
            .filter_map(|j| surface.find(j).map(|at| (at, *j)))
            .min()
        else {
            continue;
        };
        let (left, right) = (&surface[..at], &surface[at + join.len()..]);
        let words: Vec<&str> = left.split(' ').collect();
        let named = words.len() >= 2
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_particle(w));
        if !named {
            continue;
        }
        let person = is_given(words[0])
            && words.len() <= 3
            && !words.iter().any(|w| has_head(w, ORG_HEADS))
            && right
                .split(' ')
                .next()
                .is_some_and(|w| has_head(w, ORG_HEADS));
        let body = known_org(right);
        if !person && body.is_none() {
            continue;
        }
        let start = f.range.start;
        let right_start = start + at + join.len();
        // A person's name ran on into a body's head ("Karin Lindqvist van
        // de Universiteit" before "van Uppsala"): the body is the head and
        // the place after it, or its own words if it has two.
        let mut right_end = f.range.end;
        let mut place_taken = None;
        if f.ty == EntityType::Person {
            match found.get(i + 1) {
                Some(next)
                    if next.ty == EntityType::Location
                        && &text[f.range.end..next.range.start] == " van " =>
                {
                    right_end = next.range.end;
                    place_taken = Some(i + 1);
                }
                _ if right.contains(' ') => {}
                _ => continue,
            }
        }
        let right = &text[right_start..right_end];
        let first = Found {
            range: start..start + at,
            ty: if person {
                EntityType::Person
            } else {
                EntityType::Organisation
            },
            link: name_link(left),
        };
        let second = Found {
            range: right_start..right_end,
            ty: EntityType::Organisation,
            link: body.map_or_else(|| name_link(right), Link::Gazetteer),
        };
        splits.push((i, first, second, place_taken));
    }
    for (i, first, second, place_taken) in splits.into_iter().rev() {
        found[i] = first;
        match place_taken {
            Some(p) => found[p] = second,
            None => found.insert(i + 1, second),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn split_names(text: &str, orgs: &[&str]) -> Vec<(EntityType, String)> {
        let mut found: Vec<Found> = orgs
            .iter()
            .map(|o| test_mention(text, o, EntityType::Organisation, false))
            .collect();
        let known = |n: &str| {
            [
                "Openbaar Ministerie",
                "Nationale Politie",
                "Europese Unie",
                "Raad van State",
                "Rode Kruis",
            ]
            .iter()
            .position(|k| *k == n)
        };
        split(text, &mut found, known, |w| w == "Ingrid");
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_named_unit_or_a_person_of_a_body_are_two_mentions() {
        let text = "het Functioneel Parket van het Openbaar Ministerie, Team High Tech Crime van de Nationale Politie en prof. Ingrid Østergaard van de Universiteit van Aarhus";
        let got = split_names(
            text,
            &[
                "Functioneel Parket van het Openbaar Ministerie",
                "Team High Tech Crime van de Nationale Politie",
                "Ingrid Østergaard van de Universiteit van Aarhus",
            ],
        );
        let want = [
            (EntityType::Organisation, "Functioneel Parket"),
            (EntityType::Organisation, "Openbaar Ministerie"),
            (EntityType::Organisation, "Team High Tech Crime"),
            (EntityType::Organisation, "Nationale Politie"),
            (EntityType::Person, "Ingrid Østergaard"),
            (EntityType::Organisation, "Universiteit van Aarhus"),
        ];
        assert_eq!(
            got.iter()
                .map(|(t, s)| (*t, s.as_str()))
                .collect::<Vec<_>>(),
            want
        );
    }

    #[test]
    fn a_body_named_by_its_parent_stays_whole() {
        // Counter-examples: a bare head, a unit in lower case, a name with
        // its own "van", a body of a body nobody knows, a surname with
        // particles.
        let orgs = [
            "Raad van de Europese Unie",
            "Afdeling bestuursrechtspraak van de Raad van State",
            "Hof van Justitie van de Europese Unie",
            "Centrale Bank van de Russische Federatie",
            "Stichting Jan van de Kamp",
        ];
        let text = orgs.join(", ");
        let got = split_names(&text, &orgs);
        assert_eq!(got.len(), orgs.len(), "{got:?}");
    }
}
