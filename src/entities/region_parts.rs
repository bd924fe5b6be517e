//! A body named after a region of a place and a compass part after a
//! hyphen takes the part: "Veiligheidsregio Gelderland-Midden", "GGD
//! Hollands-Noorden"; one named after a district of two places takes the
//! second place: "Gerechtshof Arnhem-Leeuwarden". Without this the name
//! stops at the hyphen and the part after it is lost or taken for a place
//! of its own. (A place alone takes its compass part in
//! `widening::take_place_parts`.)
//!
//! Only a compass part, or a second known place, is taken: "NAVO-landen" is
//! a compound whose second part is a common noun, and a place followed by
//! another place alone ("de grens Nederland-Duitsland") names two places;
//! after "regio" two places joined by a hyphen name one region
//! ([`join_region_pairs`]); a country's adjective before a place names
//! the part of it that belongs to the country ([`join_adjective_regions`]).

use super::detector::name_link;
use super::kind::EntityType;
use super::widening::PLACE_PARTS;
use super::{Found, drop_finds};

/// Joins to each organisation of several words in `found` (sorted by
/// start) that ends in a place the compass part or the second place after
/// its hyphen; `is_place` says a word is a known place. Finds on the joined
/// part go into the name.
pub fn join(text: &str, found: &mut Vec<Found>, is_place: impl Fn(&str) -> bool) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Organisation {
            continue;
        }
        let Some((part, after)) = super::letters_after_hyphen(text, f.range.end) else {
            continue;
        };
        let len = part.len();
        // Not the first part of a longer compound ("Midden-Oosten").
        if !part.starts_with(char::is_uppercase) || after.starts_with('-') {
            continue;
        }
        let surface = &text[f.range.clone()];
        let Some((_, last_word)) = surface.rsplit_once(' ') else {
            continue;
        };
        if !is_place(last_word) || !(PLACE_PARTS.contains(&part) || is_place(part)) {
            continue;
        }
        let end = f.range.end + 1 + len;
        // Finds on the part go into the name; one running past it leaves
        // the name as it was.
        let inside: Vec<usize> = (i + 1..found.len())
            .take_while(|&j| found[j].range.start < end)
            .collect();
        if inside.iter().any(|&j| found[j].range.end > end) {
            continue;
        }
        gone.extend(inside);
        let f = &mut found[i];
        f.range.end = end;
        f.link = name_link(&text[f.range.clone()]);
    }
    drop_finds(found, gone);
}

/// "de regio Arnhem-Nijmegen", "regio Hart van Brabant-Tilburg": after
/// "regio", two places joined by a hyphen name one region; so do two towns
/// anywhere ("de haven van Antwerpen-Brugge", the municipality
/// "Dinkelland-Tubbergen", the airport "Londen-Heathrow"). Two countries
/// stay two ("de grens Nederland-Duitsland"), as do places joined by a
/// dash, a route ("Zwolle–Enschede"). `found` is sorted by start;
/// `is_country` says a find is a country, `is_known_place` a word a place.
pub fn join_region_pairs(
    text: &str,
    found: &mut Vec<Found>,
    is_country: impl Fn(&Found) -> bool,
    is_known_place: impl Fn(&str) -> bool,
) {
    let mut gone = Vec::new();
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let before = &text[..a.range.start];
        if a.ty == EntityType::Location
            && b.ty == EntityType::Location
            && text.get(a.range.end..b.range.start) == Some("-")
            && (before.ends_with("regio ")
                || before.ends_with("Regio ")
                || !(is_country(a) || is_country(b)))
            && !text[b.range.end..].starts_with(['-', '\u{2011}'])
        {
            let range = a.range.start..b.range.end;
            found[i] = Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            };
            gone.push(i + 1);
            i += 2;
        } else {
            i += 1;
        }
    }
    drop_finds(found, gone);
    // "Gent-Terneuzen": a name after a hyphen is no find of its own; a
    // known place there joins the town before it.
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location || is_country(f) {
            continue;
        }
        let Some(word) = super::word_after_hyphen(text, f.range.end) else {
            continue;
        };
        let len = word.len();
        let after = &text[f.range.end + 1..];
        let end = f.range.end + 1 + len;
        if !word.starts_with(char::is_uppercase)
            || !is_known_place(word)
            || after[len..].starts_with(['-', '\u{2011}'])
            || found.get(i + 1).is_some_and(|n| n.range.start < end)
        {
            continue;
        }
        let f = &mut found[i];
        f.range.end = end;
        f.link = name_link(&text[f.range.clone()]);
    }
}

/// "Belgisch-Limburg", "Frans-Guyana", "Brits-Columbia": a country's
/// adjective joined by a hyphen to a place names one region, the part of
/// the place that belongs to it. The adjective ends in "-isch" or "-s"
/// and is no place itself ("Parijs-Roubaix" is a race between two); an
/// adjective before an adjective stays out ("Frans-Duitse grens" has no
/// place in it).
pub fn join_adjective_regions(
    text: &str,
    found: &mut [Found],
    is_known_place: impl Fn(&str) -> bool,
) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location {
            continue;
        }
        let Some(before) = text[..f.range.start].strip_suffix('-') else {
            continue;
        };
        let start = super::letters_before(before, before.len());
        let word = &before[start..];
        let starts_word = before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '‘'));
        let is_adjective = (word.ends_with("isch") || word.ends_with('s'))
            && word.chars().count() >= 5
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase);
        let taken = i > 0 && found[i - 1].range.end > start;
        if starts_word && is_adjective && !is_known_place(word) && !taken {
            let f = &mut found[i];
            f.range.start = start;
            f.link = name_link(&text[f.range.clone()]);
        }
    }
}

/// "het Korte Voorhout", "aan de Lange Vijverberg": "Korte" or "Lange"
/// before a place names a street by it, one place. (Not a word glued
/// before: "de Lange" after a given name is a surname's particle, which a
/// person's mention already holds.)
pub fn join_street_adjectives(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location || text[f.range.clone()].contains(' ') {
            continue;
        }
        let before = &text[..f.range.start];
        let Some(adjective) = ["Korte ", "Lange "].iter().find(|a| before.ends_with(**a)) else {
            continue;
        };
        let start = f.range.start - adjective.len();
        let starts_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '‘'));
        let taken = i > 0 && found[i - 1].range.end > start;
        if starts_word && !taken {
            let f = &mut found[i];
            f.range.start = start;
            f.link = name_link(&text[f.range.clone()]);
        }
    }
}

/// "Oude Pekela", "Nieuwe Pekela": a capitalised word before a known
/// place that makes a listed place with it names that place, not an
/// adjective and the place it is named after ("Pekela" is a municipality
/// of its own). A place of the word alone found before goes into it.
/// (Not over a line's end, nor a word glued to another before it.)
pub fn join_listed_places(
    text: &str,
    found: &mut Vec<Found>,
    is_listed_place: impl Fn(&str) -> bool,
) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if !matches!(f.ty, EntityType::Location | EntityType::Organisation) {
            continue;
        }
        // ("Veendam, Nieuwe Pekela": a listed place of two words taken
        // for a body of a word and a place is the place.)
        if text[f.range.clone()].contains(' ') {
            if is_listed_place(&text[f.range.clone()]) {
                found[i].ty = EntityType::Location;
            }
            continue;
        }
        let Some(before) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let start = super::letters_before(before, before.len());
        let word = &before[start..];
        let starts_word = before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '‘' | ','));
        if word.is_empty()
            || !word.starts_with(char::is_uppercase)
            || !starts_word
            || !is_listed_place(&text[start..f.range.end])
        {
            continue;
        }
        // A find on the word itself goes; one running into it stays.
        if i > 0 && found[i - 1].range.end > start {
            if found[i - 1].range.start == start {
                gone.push(i - 1);
            } else {
                continue;
            }
        }
        let f = &mut found[i];
        f.range.start = start;
        f.ty = EntityType::Location;
        f.link = name_link(&text[f.range.clone()]);
    }
    drop_finds(found, gone);
}

/// "Utrecht-Overvecht", "Rotterdam-Delfshaven", "Den Haag-Ypenburg": a
/// place takes a district's name after its hyphen, a capitalised word of
/// letters that nothing else found and the text never writes in lower
/// case. Not two known places ("Nederland-Duitsland", "Parijs-Roubaix": the
/// second is found), a compound going on ("Utrecht-Overvecht-Noord" is
/// read part by part), or a lower-case word ("Brussel-gezind").
pub fn take_districts(text: &str, found: &mut [Found], is_common: impl Fn(&str) -> bool) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location {
            continue;
        }
        let Some(district) = super::word_after_hyphen(text, f.range.end) else {
            continue;
        };
        let len = district.len();
        let rest = &text[f.range.end + 1..];
        let free = found
            .get(i + 1)
            .is_none_or(|n| n.range.start > f.range.end + 1 + len);
        // ("Minister Van Oosten-Baldewsingh": after a particle, a surname.)
        let after_particle = ["Van ", "van ", "De ", "de ", "Den ", "den ", "Ter ", "ter "]
            .iter()
            .any(|p| text[..f.range.start].ends_with(p));
        if free
            && !after_particle
            && district.chars().count() >= 4
            && district.starts_with(char::is_uppercase)
            && district.chars().skip(1).all(char::is_lowercase)
            && !rest[len..].starts_with(['-', '\u{2011}'])
            && !is_common(district)
        {
            let range = f.range.start..f.range.end + 1 + len;
            found[i] = Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    #[test]
    fn a_place_takes_its_districts_name_after_the_hyphen() {
        let text = "In Utrecht-Overvecht en Rotterdam-Delfshaven, niet Nederland-Duitsland, \
                    Brussel-gezind, Emmen-Zuid-Oost, Assen-Centrum of Van Oosten-Baldewsingh.";
        let mut found: Vec<Found> = [
            "Utrecht",
            "Rotterdam",
            "Nederland",
            "Duitsland",
            "Brussel",
            "Emmen",
            "Assen",
            "Oosten",
        ]
        .iter()
        .map(|p| test_mention(text, p, EntityType::Location, false))
        .collect();
        found.sort_by_key(|f| f.range.start);
        take_districts(text, &mut found, |w| w == "Centrum");
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // Counter-examples: a second known place, a lower-case word, a
        // compound going on, a word the text writes in lower case.
        assert_eq!(
            names,
            [
                "Utrecht-Overvecht",
                "Rotterdam-Delfshaven",
                "Nederland",
                "Duitsland",
                "Brussel",
                "Emmen",
                "Assen",
                "Oosten"
            ]
        );
    }

    fn joined(text: &str, names: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = names
            .iter()
            .map(|(s, ty)| test_mention(text, s, *ty, true))
            .collect();
        found.sort_by_key(|f| f.range.start);
        join(text, &mut found, |w| {
            matches!(
                w,
                "Arnhem" | "Leeuwarden" | "Nederland" | "Duitsland" | "Gelderland" | "Utrecht"
            )
        });
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn korte_and_lange_make_a_street_of_a_place() {
        let text = "tussen het Korte Voorhout en het Spui; aan de Lange Vijverberg. Zij liep naar Voorhout. Piet de Lange Voorhout";
        let mut found: Vec<Found> = [
            ("Voorhout en", EntityType::Location),
            ("Vijverberg", EntityType::Location),
            ("Voorhout.", EntityType::Location),
        ]
        .iter()
        .map(|(s, ty)| {
            let mut f = test_mention(text, s, *ty, true);
            f.range.end = f.range.start + s.split([' ', '.']).next().unwrap().len();
            f
        })
        .collect();
        join_street_adjectives(text, &mut found);
        let got: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // Counter-example: a place without the adjective stays itself.
        assert_eq!(got, ["Korte Voorhout", "Lange Vijverberg", "Voorhout"]);
    }

    #[test]
    fn a_compass_part_and_a_district_join_the_name() {
        let text = "De Veiligheidsregio Gelderland-Midden en het Gerechtshof Arnhem-Leeuwarden.";
        assert_eq!(
            joined(
                text,
                &[
                    ("Veiligheidsregio Gelderland", EntityType::Organisation),
                    ("Gerechtshof Arnhem", EntityType::Organisation),
                    ("Leeuwarden", EntityType::Location),
                ]
            ),
            [
                "Veiligheidsregio Gelderland-Midden",
                "Gerechtshof Arnhem-Leeuwarden"
            ]
        );
    }

    #[test]
    fn compounds_and_two_places_stay_apart() {
        // Counter-examples: a common noun after the hyphen, two places
        // alone, a body not ending in a place, a longer compound.
        let text = "de NAVO-landen, de grens Nederland-Duitsland, Omroep West-Midden en Provincie Utrecht-Midden-Oost.";
        assert_eq!(
            joined(
                text,
                &[
                    ("NAVO", EntityType::Organisation),
                    ("Nederland", EntityType::Location),
                    ("Duitsland", EntityType::Location),
                    ("Omroep West", EntityType::Organisation),
                    ("Provincie Utrecht", EntityType::Organisation),
                ]
            ),
            [
                "NAVO",
                "Nederland",
                "Duitsland",
                "Omroep West",
                "Provincie Utrecht"
            ]
        );
    }

    #[test]
    fn two_places_after_regio_or_two_towns_are_one_place() {
        let text = "in de regio Arnhem-Nijmegen, de haven van Antwerpen-Brugge en Gent-Terneuzen, aan de grens Nederland-Duitsland en op de lijn Zwolle–Enschede";
        let mut found: Vec<Found> = [
            "Arnhem",
            "Nijmegen",
            "Antwerpen",
            "Brugge",
            "Gent",
            "Nederland",
            "Duitsland",
            "Zwolle",
            "Enschede",
        ]
        .iter()
        .map(|s| test_mention(text, s, EntityType::Location, true))
        .collect();
        join_region_pairs(
            text,
            &mut found,
            |f| matches!(&text[f.range.clone()], "Nederland" | "Duitsland"),
            |w| w == "Terneuzen",
        );
        let names: Vec<_> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // (Counter-examples: two countries and a route with a dash stay two.)
        assert_eq!(
            names,
            [
                "Arnhem-Nijmegen",
                "Antwerpen-Brugge",
                "Gent-Terneuzen",
                "Nederland",
                "Duitsland",
                "Zwolle",
                "Enschede"
            ]
        );
    }

    #[test]
    fn a_country_adjective_joins_the_place_after_it() {
        let text = "Voor Belgisch-Limburg en Frans-Guyana, niet de Frans-Duitse grens, niet Parijs-Roubaix, niet x-Frans-Limburg.";
        let mut found: Vec<Found> = ["Limburg", "Guyana", "Roubaix"]
            .iter()
            .map(|s| test_mention(text, s, EntityType::Location, true))
            .collect();
        let last = text.rfind("Limburg").unwrap();
        found.push(Found {
            range: last..last + "Limburg".len(),
            ty: EntityType::Location,
            link: name_link("Limburg"),
        });
        join_adjective_regions(text, &mut found, |w| w == "Parijs");
        let got: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // ("x-Frans-Limburg": the adjective must start a word.)
        assert_eq!(
            got,
            ["Belgisch-Limburg", "Frans-Guyana", "Roubaix", "Limburg"]
        );
    }
}
