//! Mentions widened or added once the three layers have run: initials
//! before a known surname, a genitive apostrophe after a name that ends in
//! a sibilant, a period of years after a programme, a compass part after a
//! place, and a short form defined in brackets wherever else it stands.

use super::kind::EntityType;
use super::rules::overlaps;
use super::words;
use super::{Found, Link};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// "Nationaal Programma Circulaire Economie 2023-2030", "Elektriciteitswet
/// 1998", "Voorjaarsnota 2025": a named thing takes the period of years
/// right after it, and the year of its version or edition. An event's year
/// is a date of its own ("de NAVO-top 2023", "de Boekenweek 2026": the event
/// is named without it).
pub(crate) fn take_periods(text: &str, found: &mut Vec<Found>) {
    join_neighbours(found, |a, b| {
        if a.ty != EntityType::Misc || b.ty != EntityType::Date {
            return None;
        }
        let year = &text[b.range.clone()];
        let span = year.len() > 4;
        let name = text[a.range.clone()].to_lowercase();
        let event = EVENT_HEADS.iter().any(|h| name.ends_with(h));
        let joins = &text[a.range.end..b.range.start] == " "
            && year.starts_with(|c: char| c.is_ascii_digit())
            && year
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' '))
            && (span || (!event && year.len() == 4));
        joins.then(|| Found {
            range: a.range.start..b.range.end,
            ..a.clone()
        })
    });
}

/// "Stabiliteits- en Groeipact", "Land- en Tuinbouworganisatie": a name
/// whose first word shares its head with a capitalised part before it,
/// left out with a hyphen and joined by "en" or "of", starts at that part.
/// Counter-examples: a lower-case part ("land- en tuinbouw") or a hyphen
/// that ends no part ("EU- en NAVO-landen" names two bodies, each found).
pub(crate) fn take_suspended_parts(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if !matches!(f.ty, EntityType::Organisation | EntityType::Misc) {
            continue;
        }
        let Some(head) = ["- en ", "- of "]
            .iter()
            .find_map(|j| text[..f.range.start].strip_suffix(j))
        else {
            continue;
        };
        let part_len = head
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        let start = head.len() - part_len;
        let part = &head[start..];
        let free = i == 0 || found[i - 1].range.end <= start;
        let stands = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if free
            && stands
            && part.chars().count() >= 3
            && part.chars().next().is_some_and(char::is_uppercase)
            && !part.chars().all(char::is_uppercase)
        {
            // "de Nationale Woon- en Bouwagenda": a name's own adjective
            // before the part (not a country's: "Duitse Land- en …").
            let start = text[..start]
                .strip_suffix(' ')
                .and_then(|b| {
                    NAME_ADJECTIVES
                        .iter()
                        .find_map(|a| b.strip_suffix(a))
                        .filter(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
                        .map(str::len)
                })
                .filter(|&s| i == 0 || found[i - 1].range.end <= s)
                .unwrap_or(start);
            let range = start..f.range.end;
            found[i] = Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: f.ty,
            };
        }
    }
}

/// Adjectives a Dutch name of a body or a programme opens with ("Nationaal
/// Groeifonds", "Landelijke Woon- en Bouwagenda"), unlike a country's.
const NAME_ADJECTIVES: &[&str] = &[
    "Nationaal",
    "Nationale",
    "Landelijk",
    "Landelijke",
    "Centraal",
    "Centrale",
    "Algemeen",
    "Algemene",
];

/// Heads of bodies named after the areas they serve, which may be two
/// areas joined by "en": "Waterschap Aa en Maas", "Omgevingsdienst Midden-
/// en West-Brabant".
const AREA_BODY_HEADS: &[&str] = &[
    "waterschap",
    "hoogheemraadschap",
    "omgevingsdienst",
    "veiligheidsregio",
    "regio",
    "ggd",
];

/// "Waterschap Vallei en Veluwe", "Waterschap Aa en Maas": a body named
/// after an area takes a known place after "en" as the rest of its name.
/// Counter-examples: a place after "en" beside a body named after a place
/// is a place of its own ("Waterschap Limburg en Utrecht"), as it is after
/// a body named in more words ("GGD Hollands Midden en Leiden") or of
/// another kind ("Stichting Vallei en Veluwe").
pub(crate) fn take_place_fields(
    text: &str,
    found: &mut Vec<Found>,
    is_place: impl Fn(&str) -> bool,
) {
    join_neighbours(found, |a, b| {
        if a.ty != EntityType::Organisation || b.ty != EntityType::Location {
            return None;
        }
        let between = &text[a.range.end..b.range.start];
        if between != " en " && between != "- en " {
            return None;
        }
        let name = &text[a.range.clone()];
        let (head, field) = name.split_once(' ')?;
        let head = head.to_lowercase();
        // One word that names no place itself ("Aa", "Vallei", "Midden").
        let one_area =
            !field.contains(' ') && field.starts_with(char::is_uppercase) && !is_place(field);
        if !(AREA_BODY_HEADS.contains(&head.as_str()) && one_area) {
            return None;
        }
        let range = a.range.start..b.range.end;
        Some(Found {
            link: super::detector::name_link(&text[range.clone()]),
            range,
            ty: a.ty,
        })
    });
}

/// English heads that a name joined by "and" ends in: "Trade and
/// Cooperation Agreement", "Cloud and AI Development Act", "Trade and
/// Technology Council".
const ENGLISH_HEADS: &[&str] = &[
    "Act",
    "Agreement",
    "Council",
    "Committee",
    "Programme",
    "Program",
    "Regulation",
    "Directive",
    "Fund",
    "Facility",
    "Partnership",
    "Initiative",
    "Strategy",
    "Authority",
    "Agency",
    "Institute",
    "Foundation",
    "Alliance",
    "Treaty",
    "Convention",
    "Forum",
    "Board",
    "Commission",
    "Centre",
    "Center",
    "Group",
    "Office",
    "Service",
    "Unit",
    "Undertaking",
    "Organisation",
    "Organization",
    "Association",
];

/// "Trade and Cooperation Agreement", "Research and Innovation Act": an
/// English name found from its words after "and" (they end in its head)
/// starts at the capitalised word before "and". Counter-examples: a name
/// without an English head ("Rutte and Hoekstra"), a word that starts the
/// sentence or is a name of its own before "and", a lower-case word ("trade
/// and Technology Council"), and Dutch "en" ("Handel en Technology Council").
pub(crate) fn take_english_and_parts(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if !matches!(f.ty, EntityType::Organisation | EntityType::Misc) {
            continue;
        }
        if !text[..f.range.start].ends_with(" and ") {
            continue;
        }
        let name = &text[f.range.clone()];
        let english = name.is_ascii()
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|last| ENGLISH_HEADS.contains(&last))
            && name
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let Some(head) = text[..f.range.start].strip_suffix(" and ") else {
            continue;
        };
        if !english {
            continue;
        }
        let part_len = head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        let start = head.len() - part_len;
        let part = &head[start..];
        let free = i == 0 || found[i - 1].range.end <= start;
        // The part stands after a word of the sentence (a space and a
        // letter, a digit or a comma before it), not at its start.
        let mut before = text[..start].chars().rev();
        let inside = before.next() == Some(' ')
            && before
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == ',');
        if free
            && inside
            && part.len() >= 3
            && part.starts_with(|c: char| c.is_ascii_uppercase())
            && part[1..].bytes().all(|b| b.is_ascii_lowercase())
        {
            let range = start..f.range.end;
            found[i] = Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: f.ty,
            };
        }
    }
}

/// Ends of German bodies' first words ("Bundespolizei", "Landeskriminalamt").
const GERMAN_HEADS: &[&str] = &[
    "polizei",
    "amt",
    "anstalt",
    "ministerium",
    "staatsanwaltschaft",
    "gericht",
    "stiftung",
    "gesellschaft",
    "verband",
    "tag",
];

/// "Europese Chips Act", "Amerikaanse Inflation Reduction Act": a Dutch
/// adjective of a people or a place before an English name is the
/// sentence's word, not the name's (the name is "Chips Act"). Counter-
/// examples: a Dutch name keeps its adjective ("Europese Commissie",
/// "Europese Centrale Bank"), as does a name of two words ("Europese Act").
pub(crate) fn drop_dutch_adjective_before_english(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if !matches!(f.ty, EntityType::Organisation | EntityType::Misc) {
            continue;
        }
        let name = &text[f.range.clone()];
        let Some((adjective, rest)) = name.split_once(' ') else {
            continue;
        };
        // ("Amerikaanse Bureau of Industry and Security": a head before
        // its "of" part.)
        let head_part = rest.split(" of ").next().unwrap_or(rest);
        let english = rest.contains(' ')
            && rest.is_ascii()
            && rest.split(' ').all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    || (head_part.len() < rest.len() && matches!(w, "of" | "and" | "the"))
            })
            && head_part.rsplit(' ').next().is_some_and(|last| {
                ENGLISH_HEADS.contains(&last)
                    || (head_part.len() < rest.len()
                        && matches!(
                            last,
                            "Bureau" | "Department" | "Office" | "University" | "Ministry"
                        ))
            });
        // "Duitse Bundespolizei", "Duitse Bundesamt für Sicherheit": a
        // German name is no Dutch name either.
        let german = rest.contains(" für ")
            || rest.split(' ').next().is_some_and(|first| {
                let first = first.to_lowercase();
                GERMAN_HEADS.iter().any(|h| first.ends_with(h))
            });
        // "Europese AI-verordening", "Nederlandse ChipNL Competence Centre",
        // "Duitse IONOS": a name that starts with capitals inside a word (an
        // acronym, a brand) is no Dutch name the adjective belongs to.
        let coined = rest.split([' ', '-']).next().is_some_and(|first| {
            first.chars().filter(char::is_ascii_uppercase).count() >= 2
                && first.chars().all(|c| c.is_alphanumeric())
        });
        // "het Noorse Team Hamar Sprint", "het Belgische Team Ice Skating
        // Flanders": a sports team is named "Team" and its sponsor or place.
        let team = rest
            .strip_prefix("Team ")
            .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        if (english || german || coined || team) && super::cues::is_adjective_form(adjective) {
            let start = f.range.start + adjective.len() + 1;
            f.range.start = start;
            f.link = super::detector::name_link(&text[f.range.clone()]);
        }
    }
}

/// Heads of the names of events, which are named without their year.
const EVENT_HEADS: &[&str] = &[
    "top",
    "summit",
    "conferentie",
    "week",
    "dag",
    "spelen",
    "toernooi",
    "race",
    "festival",
    "kampioenschap",
    "kampioenschappen",
];

/// Joins neighbouring mentions in one pass over `found`: where `join(a, b)`
/// gives a mention, it replaces the pair and meets the next one in turn.
/// (Removing from the middle of the list instead costs the list's length
/// for every join: quadratic in a long document.)
pub(super) fn join_neighbours(
    found: &mut Vec<Found>,
    mut join: impl FnMut(&Found, &Found) -> Option<Found>,
) {
    if found.len() < 2 {
        return;
    }
    // `found[..=kept]` is the joined list so far; `found[kept]` its last.
    let mut kept = 0;
    for next in 1..found.len() {
        // (Overlapping mentions are never joined: `join` may read the text
        // between the two.)
        let apart = found[kept].range.end <= found[next].range.start;
        match apart.then(|| join(&found[kept], &found[next])).flatten() {
            Some(joined) => found[kept] = joined,
            None => {
                kept += 1;
                found.swap(kept, next);
            }
        }
    }
    found.truncate(kept + 1);
}

/// "E.N.A.J. Schreinemacher": initials right before a known person's
/// surname belong to that mention (the detector found them on their own,
/// as it may not build on a known person).
pub(super) fn take_initials(text: &str, found: &mut Vec<Found>) {
    join_neighbours(found, |a, b| {
        let initials = &text[a.range.clone()];
        let is_initials = initials.len() >= 2
            && initials.ends_with('.')
            && initials
                .split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.starts_with(char::is_uppercase));
        let joins = a.ty == EntityType::Person
            && b.ty == EntityType::Person
            && matches!(b.link, Link::Gazetteer(_))
            && is_initials
            && &text[a.range.end..b.range.start] == " ";
        joins.then(|| Found {
            range: a.range.start..b.range.end,
            ..b.clone()
        })
    });
}

/// "J.H. Wiersma" found as "H. Wiersma" (a known person's initials form
/// inside longer initials): the initials glued before it belong to the
/// name, and the person is not the one the shorter initials name.
pub(super) fn take_glued_initials(text: &str, found: &mut Vec<Found>) {
    // Initials the detector found on their own, glued to the next name's
    // ("A.J." before "H. Wiersma"), join it first.
    let only_initials = |s: &str| {
        s.ends_with('.')
            && s.split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.starts_with(char::is_uppercase))
    };
    join_neighbours(found, |a, b| {
        let joins = a.ty == EntityType::Person
            && b.ty == EntityType::Person
            && a.range.end == b.range.start
            && only_initials(&text[a.range.clone()])
            && text[b.range.clone()].chars().nth(1) == Some('.');
        joins.then(|| {
            let range = a.range.start..b.range.end;
            Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: EntityType::Person,
            }
        })
    });
    let mut prev_end = 0;
    for f in found.iter_mut() {
        let floor = prev_end;
        prev_end = f.range.end;
        let surface = &text[f.range.clone()];
        let mut cs = surface.chars();
        let starts_with_initial =
            cs.next().is_some_and(char::is_uppercase) && cs.next() == Some('.');
        if f.ty != EntityType::Person || !starts_with_initial {
            continue;
        }
        let mut start = f.range.start;
        // Back over "X." pairs glued to the name and to each other.
        while let Some(head) = text[floor..start].strip_suffix('.')
            && let Some(c) = head.chars().next_back()
            && c.is_uppercase()
        {
            start = floor + head.len() - c.len_utf8();
        }
        let free_before = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.');
        if start < f.range.start && free_before {
            f.range.start = start;
            if matches!(f.link, Link::Gazetteer(_)) {
                f.link = super::detector::name_link(&text[f.range.clone()]);
            }
        }
    }
}

/// The length of a genitive apostrophe after a name that ends in a
/// sibilant ("Remkes' advies", "Yeşilgöz' plan"): it belongs to the name,
/// as the "'s" of "Zelensky's" does. Zero when there is none (a closing
/// quote after a vowel, an apostrophe before a letter).
pub(super) fn possessive_apostrophe(text: &str, end: usize) -> usize {
    let sibilant = text[..end]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, 's' | 'z' | 'x' | 'S' | 'Z' | 'X'));
    let mut after = text[end..].chars();
    match (after.next(), after.next()) {
        (Some(q @ ('\'' | '’')), next) if sibilant && !next.is_some_and(char::is_alphanumeric) => {
            q.len_utf8()
        }
        _ => 0,
    }
}

/// The length of an "'s" after a name that ends in a capital or a digit
/// ("ASML's omzet", "de CV90’s", "twee F-35's"): a genitive or a plural
/// glued to a code or an acronym belongs to the name, as a person's does.
/// Zero after a name in lower case, and before a letter ("ASML'sche").
pub(super) fn code_genitive(text: &str, end: usize) -> usize {
    let coded = text[..end]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let mut after = text[end..].chars();
    match (after.next(), after.next(), after.next()) {
        (Some(q @ ('\'' | '’')), Some('s'), next)
            if coded && !next.is_some_and(char::is_alphanumeric) =>
        {
            q.len_utf8() + 1
        }
        _ => 0,
    }
}

/// The length of a generation after a person's name, " jr." or " sr."
/// ("Ferdinand Marcos jr.", "Martin Luther King Jr."): part of the name.
/// Zero when there is none ("jr" without its period is another word).
pub(super) fn generation_suffix(text: &str, end: usize) -> usize {
    [" jr.", " sr.", " Jr.", " Sr."]
        .iter()
        .find(|s| text[end..].starts_with(**s))
        .map_or(0, |s| s.len())
}

/// Every other place a short form in mixed case stands ("de Cbw", defined
/// as "Cyberbeveiligingswet (Cbw)"), or an acronym of the stop list defined
/// in brackets ("De Nationale Assemblée (DNA)"; also before a hyphen:
/// "DNA-voorzitter"): the detector does not take such a word for a name on
/// its own. Other capitals-only acronyms it finds itself.
pub(super) fn short_forms(
    text: &str,
    acronyms: &FxHashMap<String, Option<(EntityType, Link)>>,
    found: &[Found],
    detected: &[Found],
    is_stop: impl Fn(&str) -> bool,
) -> Vec<Found> {
    let shorts: Vec<(&str, EntityType, &Link)> = acronyms
        .iter()
        .filter(|(k, _)| !words::is_acronym(k) || is_stop(k))
        .filter_map(|(k, v)| v.as_ref().map(|(t, l)| (k.as_str(), *t, l)))
        .collect();
    if shorts.is_empty() {
        return Vec::new();
    }
    let Ok(ac) = aho_corasick::AhoCorasick::new(shorts.iter().map(|s| s.0)) else {
        return Vec::new();
    };
    let mut taken: Vec<Range<usize>> = found
        .iter()
        .chain(detected)
        .map(|f| f.range.clone())
        .collect();
    taken.sort_unstable_by_key(|r| r.start);
    let mut out = Vec::new();
    for m in ac.find_iter(text) {
        let r = m.range();
        // A whole word, not the head of a compound ("Lbv-plus") nor a glued one.
        let before = text[..r.start].chars().next_back();
        let after = text[r.end..].chars().next();
        let glued_ok = words::is_acronym(&text[r.clone()]);
        let bounded = !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || (c == '-' && !glued_ok));
        if bounded && !overlaps(&taken, &r) {
            let (_, ty, link) = shorts[m.pattern().as_usize()];
            out.push(Found {
                range: r,
                ty,
                link: link.clone(),
            });
        }
    }
    out
}

/// Parts of a place named by a compass point or its centre, after a hyphen.
pub(super) const PLACE_PARTS: &[&str] = &[
    "Midden",
    "Noord",
    "Zuid",
    "Oost",
    "West",
    "Noordoost",
    "Noordwest",
    "Zuidoost",
    "Zuidwest",
    "Centrum",
    "Centraal",
];

/// "Brussel-Zuid", "Amsterdam-Noord", "Utrecht-Centraal": a place takes the
/// compass part after its hyphen (the station, the district). A lower-case
/// word after the hyphen is a compound and stays out ("Brussel-gezind").
/// After a space too: "Utrecht Centraal" (the station), "Noord-Holland
/// Noord" (the region); not the first part of a compound or a suspended
/// one ("Limburg Oost-Europese", "Brabant West- en Midden-").
pub(crate) fn take_place_parts(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location {
            continue;
        }
        let Some(rest) = text[f.range.end..]
            .strip_prefix('-')
            .or_else(|| text[f.range.end..].strip_prefix(' '))
        else {
            continue;
        };
        let part_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let spaced = text[f.range.end..].starts_with(' ');
        let compound = rest[part_len..].starts_with(['-', '\u{2011}']);
        let free = found
            .get(i + 1)
            .is_none_or(|n| n.range.start > f.range.end + 1 + part_len);
        if free && !(spaced && compound) && PLACE_PARTS.contains(&&rest[..part_len]) {
            let range = f.range.start..f.range.end + 1 + part_len;
            found[i] = Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The joining loop as the passes wrote it before [`join_neighbours`]:
    /// the pair replaced by removing from the middle of the list.
    fn join_by_removing(found: &mut Vec<Found>, join: impl Fn(&Found, &Found) -> Option<Found>) {
        let mut i = 1;
        while i < found.len() {
            if let Some(joined) = join(&found[i - 1], &found[i]) {
                found[i - 1] = joined;
                found.remove(i);
                continue;
            }
            i += 1;
        }
    }

    proptest::proptest! {
        #[test]
        fn joining_neighbours_is_the_removing_loop(
            spec in proptest::collection::vec((0usize..3, 0usize..3, 0u8..3), 0..24)
        ) {
            // Mentions one after another, with gaps of 0–2 bytes and one of
            // three types; a pair joins when it touches or has one space
            // between and the types allow it.
            let types = [EntityType::Person, EntityType::Date, EntityType::Misc];
            let mut at = 0;
            let mut found = Vec::new();
            for (gap, len, ty) in spec {
                at += gap;
                found.push(Found {
                    range: at..at + len + 1,
                    ty: types[usize::from(ty)],
                    link: Link::Key(format!("k{at}")),
                });
                at += len + 1;
            }
            let join = |a: &Found, b: &Found| {
                (b.range.start - a.range.end <= 1 && a.ty != EntityType::Date)
                    .then(|| Found { range: a.range.start..b.range.end, ..b.clone() })
            };
            let mut want = found.clone();
            join_by_removing(&mut want, join);
            join_neighbours(&mut found, join);
            proptest::prop_assert_eq!(found, want);
        }
    }
}
