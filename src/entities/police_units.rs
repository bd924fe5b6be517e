//! A police unit named by its region is a body: "de politie Noord-Holland",
//! "basisteam Alkmaar", "politiezone Antwerpen" (a Belgian local police).
//! The unit's lower-case word and the place make one organisation; the
//! place alone would say where something happened, which it does not.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;

/// The words of a police unit before its region's name.
const UNITS: &[&str] = &["politie", "politiezone", "basisteam", "politieteam"];

/// Joins a unit's word to the place right after it (one space) in `found`
/// (sorted by start, not overlapping), as one organisation.
pub fn join(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].ty != EntityType::Location {
            continue;
        }
        let Some(before) = text[..found[i].range.start].strip_suffix(' ') else {
            continue;
        };
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(at, c)| at + c.len_utf8());
        if !UNITS.contains(&&before[word_start..]) || (i > 0 && found[i - 1].range.end > word_start)
        {
            continue;
        }
        let f = &mut found[i];
        f.range.start = word_start;
        f.ty = EntityType::Organisation;
        f.link = name_link(&text[f.range.clone()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn joined(text: &str, places: &[&str]) -> Vec<(EntityType, String)> {
        let mut found: Vec<Found> = places
            .iter()
            .map(|p| test_mention(text, p, EntityType::Location, false))
            .collect();
        join(text, &mut found);
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_police_unit_and_its_region_are_one_body() {
        assert_eq!(
            joined(
                "bij basisteam Alkmaar van de politie Noord-Holland en politiezone Antwerpen",
                &["Alkmaar", "Noord-Holland", "Antwerpen"]
            ),
            [
                (EntityType::Organisation, "basisteam Alkmaar".to_string()),
                (
                    EntityType::Organisation,
                    "politie Noord-Holland".to_string()
                ),
                (
                    EntityType::Organisation,
                    "politiezone Antwerpen".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_place_where_the_police_act_stays_a_place() {
        // Counter-examples: a preposition between, a comma between,
        // another word ending in "politie".
        let found = joined(
            "de politie in Alkmaar, de politie, Zwolle en de vreemdelingenpolitie Ter Apel",
            &["Alkmaar", "Zwolle", "Ter Apel"],
        );
        assert!(found.iter().all(|(t, _)| *t == EntityType::Location));
        assert_eq!(found[2].1, "Ter Apel");
    }
}
