//! A military unit's number is part of its name: "43 Gemechaniseerde
//! Brigade", "11 Luchtmobiele Brigade", "101 Geniebataljon", "1 Duits-
//! Nederlands Legerkorps". A number of one to three digits right before a
//! unit's name joins it; a year ("in 2026 Gemechaniseerde Brigade …" is
//! no unit number) and a count of its people ("300 Luchtmobiele
//! Brigade-militairen") do not.

use super::Found;
use super::kind::EntityType;

/// The heads a unit's name ends in (compared in lower case, also as a
/// compound's end: "Geniebataljon", "Legerkorps").
const UNIT_HEADS: &[&str] = &[
    "brigade", "bataljon", "regiment", "korps", "eskader", "divisie",
];

/// Widens each organisation in `found` (sorted by start) whose last word
/// ends in a unit's head over the unit number right before it.
pub fn take_numbers(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Organisation {
            continue;
        }
        let surface = &text[f.range.clone()];
        let last = surface
            .rsplit([' ', '-'])
            .next()
            .unwrap_or(surface)
            .to_lowercase();
        // (Not a compound with the unit's people after it.)
        if !UNIT_HEADS.iter().any(|h| last.ends_with(h)) || text[f.range.end..].starts_with('-') {
            continue;
        }
        let Some(before) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        let start = before.len() - digits;
        let lead = &before[..start];
        if !(1..=3).contains(&digits)
            || !(lead.is_empty() || lead.ends_with([' ', '\n', '(']))
            || (i > 0 && found[i - 1].range.end > start)
        {
            continue;
        }
        found[i].range.start = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn widened(text: &str, unit: &str) -> String {
        let mut found = vec![test_mention(text, unit, EntityType::Organisation, false)];
        take_numbers(text, &mut found);
        text[found[0].range.clone()].to_string()
    }

    #[test]
    fn a_units_number_is_its_name() {
        assert_eq!(
            widened(
                "De 43 Gemechaniseerde Brigade oefent.",
                "Gemechaniseerde Brigade"
            ),
            "43 Gemechaniseerde Brigade"
        );
        assert_eq!(
            widened("bij 101 Geniebataljon in Wezep", "Geniebataljon"),
            "101 Geniebataljon"
        );
    }

    #[test]
    fn years_counts_and_other_bodies_keep_their_span() {
        assert_eq!(
            widened(
                "Sinds 2019 Gemechaniseerde Brigade",
                "Gemechaniseerde Brigade"
            ),
            "Gemechaniseerde Brigade"
        );
        assert_eq!(
            widened(
                "ruim 300 Luchtmobiele Brigade-militairen",
                "Luchtmobiele Brigade"
            ),
            "Luchtmobiele Brigade"
        );
        assert_eq!(widened("met 12 Rabobank kantoren", "Rabobank"), "Rabobank");
        assert_eq!(
            widened("nr.12 Luchtmobiele Brigade", "Luchtmobiele Brigade"),
            "Luchtmobiele Brigade"
        );
    }
}
