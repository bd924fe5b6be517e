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

/// Last words of a competition's name ("Conference League", "World Cup").
const COMPETITION_HEADS: &[&str] = &[
    "beker",
    "championship",
    "cup",
    "games",
    "league",
    "open",
    "series",
    "tour",
    "trofee",
    "trophy",
];

/// A competition named with its organiser's acronym is one event: "UEFA
/// Conference League", "FIH Pro League", "FIFA World Cup" (the acronym was
/// a body, the rest an event). `found` sorted by start. Only an acronym
/// right before the event: "RSC Anderlecht Champions League" is a club and
/// an event, and so is "de UEFA en de Champions League".
pub(super) fn join_organisers(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i + 1 < found.len() {
        let (org, event) = (&found[i], &found[i + 1]);
        let acronym = &text[org.range.clone()];
        let next_to = org.ty == EntityType::Organisation
            && event.ty == EntityType::Misc
            && org.range.end + 1 == event.range.start
            && text.as_bytes()[org.range.end] == b' '
            && (2..=6).contains(&acronym.len())
            && acronym.bytes().all(|b| b.is_ascii_uppercase());
        // (Lower-cased only for the few pairs that stand so.)
        if next_to
            && text[event.range.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|last| COMPETITION_HEADS.contains(&last.to_lowercase().as_str()))
        {
            let range = org.range.start..event.range.end;
            found[i] = Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: EntityType::Misc,
            };
            found.remove(i + 1);
        }
        i += 1;
    }
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

    #[test]
    fn a_competition_with_its_organisers_acronym_is_one_event() {
        let (o, m) = (EntityType::Organisation, EntityType::Misc);
        let text = "in de UEFA Conference League en de FIFA World Cup";
        let mut found: Vec<Found> = [
            ("UEFA", o),
            ("Conference League", m),
            ("FIFA", o),
            ("World Cup", m),
        ]
        .iter()
        .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
        .collect();
        join_organisers(text, &mut found);
        let got: Vec<(&str, EntityType)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.ty))
            .collect();
        assert_eq!(got, [("UEFA Conference League", m), ("FIFA World Cup", m)]);
        // Counter-examples: a club's name, a word between, an event of
        // another kind, a body of two words in capitals.
        let text = "RSC Anderlecht Champions League, de UEFA en de Europa League, NAVO Response Force, VN Klimaattop";
        let mut found: Vec<Found> = [
            ("RSC Anderlecht", o),
            ("Champions League", m),
            ("UEFA", o),
            ("Europa League", m),
            ("NAVO", o),
            ("Response Force", m),
            ("VN", o),
            ("Klimaattop", m),
        ]
        .iter()
        .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
        .collect();
        let before = found.clone();
        join_organisers(text, &mut found);
        assert_eq!(found, before);
    }
}
