//! A championship named by its discipline: "EK allround", "NK Afstanden",
//! "WK veldrijden". The abbreviation (a listed event) and the discipline
//! after it are one event; a place, a year or any other word after it is
//! not part of the name ("het EK in Heerenveen", "het WK 2027").

use super::kind::EntityType;
use super::{Found, widen_to};

/// Sports and disciplines a championship is named by.
const DISCIPLINES: &[&str] = &[
    "afstanden",
    "allround",
    "atletiek",
    "baanwielrennen",
    "badminton",
    "biatlon",
    "boksen",
    "dammen",
    "darts",
    "handbal",
    "hockey",
    "judo",
    "korfbal",
    "langlaufen",
    "marathon",
    "marathonschaatsen",
    "mountainbike",
    "mountainbiken",
    "roeien",
    "schaatsen",
    "schaken",
    "shorttrack",
    "skiën",
    "sprint",
    "sprinten",
    "squash",
    "taekwondo",
    "tafeltennis",
    "tennis",
    "tijdrijden",
    "triatlon",
    "turnen",
    "veldloop",
    "veldlopen",
    "veldrijden",
    "voetbal",
    "volleybal",
    "waterpolo",
    "wielrennen",
    "worstelen",
    "zeilen",
    "zwemmen",
];

/// The abbreviations of championships.
const CHAMPIONSHIPS: &[&str] = &["EK", "WK", "NK", "BK"];

/// Widens every championship of `found` (sorted by start) over the
/// discipline written right after it, dropping what was found inside.
pub(super) fn join_disciplines(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        let end = (f.ty == EntityType::Misc && CHAMPIONSHIPS.contains(&&text[f.range.clone()]))
            .then(|| discipline_end(text, f.range.end))
            .flatten();
        if let Some(end) = end {
            widen_to(found, i, end);
        }
        i += 1;
    }
}

/// Where " discipline" after `at` ends, if a discipline follows.
fn discipline_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let known = DISCIPLINES
        .binary_search(&word.to_lowercase().as_str())
        .is_ok();
    // Lower case, or capitalised as in a title ("NK Afstanden"): not all
    // capitals, which is another name or a code.
    let cased = word.chars().skip(1).all(char::is_lowercase);
    (known && cased).then_some(at + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widened(text: &str, found: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = found
            .iter()
            .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
            .collect();
        join_disciplines(text, &mut found);
        found.iter().map(|f| text[f.range.clone()].into()).collect()
    }

    #[test]
    fn the_list_is_sorted() {
        assert!(DISCIPLINES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_championship_and_its_discipline_are_one_event() {
        let m = EntityType::Misc;
        assert_eq!(
            widened("op het EK allround van", &[("EK", m)]),
            ["EK allround"]
        );
        assert_eq!(
            widened("NK Afstanden in Thialf", &[("NK", m)]),
            ["NK Afstanden"]
        );
        assert_eq!(
            widened("het WK veldrijden.", &[("WK", m)]),
            ["WK veldrijden"]
        );
    }

    #[test]
    fn other_words_after_a_championship_stay_out() {
        // Counter-examples: a place, a year, a verb; a discipline after a
        // body that is no championship; capitals.
        let m = EntityType::Misc;
        assert_eq!(widened("het EK in Heerenveen", &[("EK", m)]), ["EK"]);
        assert_eq!(widened("het WK 2027", &[("WK", m)]), ["WK"]);
        assert_eq!(widened("het NK begint", &[("NK", m)]), ["NK"]);
        assert_eq!(
            widened("de KNSB schaatsen", &[("KNSB", EntityType::Organisation)]),
            ["KNSB"]
        );
        assert_eq!(widened("het EK BMX", &[("EK", m)]), ["EK"]);
    }
}
