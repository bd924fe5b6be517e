//! Organisations named after their place: "Omroep Gelderland", "Universiteit
//! Leiden", "CE Delft", "LTO Nederland". The place is part of the name, so
//! an organisation's head word or an unknown acronym directly before a place
//! makes one organisation, not an organisation and a place.

use super::cues::{self, ORG_HEADS};
use super::detector::name_link;
use super::kind::EntityType;
use super::menu_lines::on_menu_line;
use super::rewrite::Rewrite;
use super::shapes::is_street_of_address;
use super::widening::PLACE_PARTS;
use super::{Found, Link};

/// Heads of places named after another place: "Golf van Guinee".
const PLACE_HEADS: &[&str] = &["golf", "zee", "baai", "kaap", "meer", "eiland", "eilanden"];

/// "Akkoord van Algiers", "Golf van Guinee", "Universiteit van Amsterdam":
/// a head word, "van", a place make one name of the head's type. Returns
/// the merged mentions in place of the place (sorted by start).
pub fn merge_of_place(text: &str, found: &mut Vec<Found>) {
    let mut out = Rewrite::of_finds(found);
    while let Some(f) = out.next() {
        if f.ty == EntityType::Location
            && let Some((head, english)) = [" van ", " van het ", " van de ", " of "]
                .iter()
                .find_map(|of| Some((text[..f.range.start].strip_suffix(of)?, *of == " of ")))
        {
            let word_start = last_word_start(head);
            let word = &head[word_start..];
            let ty = if english {
                english_head_of(word)
            } else {
                head_of(word)
            };
            if let Some(ty) = ty {
                // The head may have been a mention of its own ("Akkoord"),
                // or the end of one ("Gedeputeerde Staten").
                let mut start = word_start;
                if let Some(p) = out.last()
                    && p.range.end == head.len()
                    && p.range.start <= word_start
                    && p.ty != EntityType::Person
                {
                    start = p.range.start;
                    out.pop();
                }
                let range = start..f.range.end;
                if out.last().is_none_or(|p| p.range.end <= range.start) {
                    let link = name_link(&text[range.clone()]);
                    out.push(Found { range, ty, link });
                    continue;
                }
            }
        }
        out.push(f);
    }
}

/// The type an English head word before "of" gives: "Port of Amsterdam",
/// "University of Ghent" an organisation, "Gulf of Mexico" a place. Other
/// words before "of" ("Best of Amsterdam") make nothing.
fn english_head_of(word: &str) -> Option<EntityType> {
    match word {
        "Port" | "University" | "Bank" | "Museum" | "College" | "Institute" | "School" => {
            Some(EntityType::Organisation)
        }
        "Gulf" | "Bay" | "Isle" | "Cape" | "Sea" => Some(EntityType::Location),
        _ => None,
    }
}

/// Where the word that ends `head` starts (letters and hyphens).
fn last_word_start(head: &str) -> usize {
    head.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map_or(head.len(), |(i, _)| i)
}

/// The type a capitalised head word gives: "Akkoord" a named thing,
/// "Universiteit" an organisation, "Golf" a place.
fn head_of(word: &str) -> Option<EntityType> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = cues::lower(word);
    if PLACE_HEADS.contains(&lower.as_ref()) {
        Some(EntityType::Location)
    } else if cues::has_head(&lower, ORG_HEADS) {
        Some(EntityType::Organisation)
    } else if cues::has_head(&lower, cues::MISC_HEADS) {
        Some(EntityType::Misc)
    } else {
        None
    }
}

/// Merges each such pair in `found` (sorted by start) into one organisation.
/// `is_country` says which mentions name a country: a known organisation
/// stays apart from one ("de NAVO Oekraïne"), unless it is a country a
/// branch is named after ("Shell Nederland").
pub fn merge(text: &str, found: &mut Vec<Found>, is_country: impl Fn(&Found) -> bool) {
    let mut out = Rewrite::of_finds(found);
    while let Some(f) = out.next() {
        if let Some(next) = out.peek()
            && names_its_place(text, &f, next)
            && !on_menu_line(text, f.range.start)
            && !(matches!(f.link, Link::Gazetteer(_))
                && is_country(next)
                && !BRANCH_COUNTRIES.contains(&&text[next.range.clone()]))
        {
            let mut range = f.range.start..next.range.end;
            out.next();
            // "Open Society Georgia Foundation": a head right after the
            // place goes on with the name.
            if let Some(head) = out.peek()
                && head.ty == EntityType::Organisation
                && head.range.start == range.end + 1
                && &text[range.end..head.range.start] == " "
                && is_head_alone(text, head)
            {
                range.end = head.range.end;
                out.next();
            }
            // "Lelystad Airport", "Maastricht Aachen Airport": an airport
            // is a place, named after one or two.
            let ty = if f.ty == EntityType::Location && is_airport(&text[range.clone()]) {
                if let Some(p) = out.last()
                    && p.ty == EntityType::Location
                    && p.range.end + 1 == range.start
                    && &text[p.range.end..range.start] == " "
                {
                    range.start = p.range.start;
                    out.pop();
                }
                EntityType::Location
            } else {
                EntityType::Organisation
            };
            let link = name_link(&text[range.clone()]);
            out.push(Found { range, ty, link });
            continue;
        }
        out.push(f);
    }
}

/// "Kassel Paderborn Airport", "Zagreb Franjo Tuđman Airport": a name the
/// detector found that ends in "Airport" is a place, as one merged from a
/// place and the head is ([`merge`]). A known name keeps its type ("Brussels
/// Airport", the company), and so does a company's legal name ("Eindhoven
/// Airport N.V.": it does not end in the head).
pub fn airports_are_places(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if f.ty == EntityType::Organisation
            && matches!(f.link, Link::Key(_))
            && text[f.range.clone()].contains(' ')
            && is_airport(&text[f.range.clone()])
        {
            f.ty = EntityType::Location;
        }
    }
}

/// Whether a place-and-head name is an airport's ("Eindhoven Airport").
fn is_airport(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "Airport" | "Airfield"))
}

/// A mention that is one word and an organisation's head ("Foundation",
/// "Seaports"), found by the detector.
fn is_head_alone(text: &str, f: &Found) -> bool {
    let head = &text[f.range.clone()];
    !head.contains(' ')
        && matches!(f.link, Link::Key(_))
        && cues::has_head(&cues::lower(head), ORG_HEADS)
}

fn names_its_place(text: &str, org: &Found, place: &Found) -> bool {
    // "Groningen Seaports", "Rotterdam Airport": the place first, then the head.
    if org.ty == EntityType::Location
        && place.ty == EntityType::Organisation
        && org.range.end + 1 == place.range.start
        && &text[org.range.end..place.range.start] == " "
    {
        return is_head_alone(text, place);
    }
    if org.ty != EntityType::Organisation
        || place.ty != EntityType::Location
        || org.range.end + 1 != place.range.start
        || &text[org.range.end..place.range.start] != " "
    {
        return false;
    }
    // "Omroep Gelderland-redactie" is a compound; leave it alone. ("GGD
    // Gelderland-Zuid": a compass part after the hyphen is the region's,
    // joined to the name afterwards by `region_parts::join`.)
    if let Some(rest) = text[place.range.end..].strip_prefix(['-', '\u{2011}'])
        && !PLACE_PARTS.iter().any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        })
    {
        return false;
    }
    // "Omroep Gelderland", "Havenbedrijf Rotterdam", "Rabobank
    // Rivierenland", "Stedelijk Museum Amsterdam": a place right after an
    // organisation's name, with nothing between, is the name's end; not
    // the street of an address in a letterhead's block ("Directie
    // Pensioenen Parnassusplein 5 2511 VX Den Haag").
    !is_street_of_address(text, &place.range)
}

/// Countries an association or a company's national branch is named after.
const BRANCH_COUNTRIES: &[&str] = &["Nederland", "België", "Vlaanderen"];

/// Words before a place that make no organisation with it: quantities
/// and compass words ("heel Nederland", "Noord Nederland"), and words that
/// make a place of it ("Station Utrecht", "Kamp Zeist", "Port Sudan",
/// "Nieuw Amsterdam").
const NOT_BEFORE_PLACE: &[&str] = &[
    "heel",
    "geheel",
    "noord",
    "zuid",
    "oost",
    "west",
    "midden",
    "klein",
    "groot",
    "ganz",
    "station",
    "vliegveld",
    "luchthaven",
    "haven",
    "kamp",
    "fort",
    "port",
    "sint",
    "saint",
    "san",
    "santa",
    "nieuw",
    "oud",
    "hoog",
    "laag",
    "bad",
    "stad",
    "centrum",
    "regio",
    "provincie",
    "boven",
    "beneden",
    "neder",
    "opper",
];

/// "Netbeheer Nederland", "Greenpeace Nederland", "Woonstad Rotterdam",
/// "Lokaal Tiel": an unknown capitalised word inside a sentence right
/// before a place names an association, a company or its branch; so do
/// two or three ("Penitentiaire Inrichting Almelo", "Justitieel Complex
/// Zaanstad"). Returns the merged mentions in place of the place's (`found`
/// sorted by start).
pub fn merge_before_place(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location {
            continue;
        }
        let mut start = f.range.start;
        let mut taken_words = 0;
        // Capitalised words back from the place, at most three, each a
        // possible name word.
        while taken_words < 3 {
            let Some(head) = text[..start].strip_suffix(' ') else {
                break;
            };
            let word_start = last_word_start(head);
            let word = &head[word_start..];
            if !word.starts_with(char::is_uppercase)
                || word.chars().count() < 3
                || cues::is_never_alone(word)
                || cues::is_adjective_form(word)
                || NOT_BEFORE_PLACE.contains(&cues::lower(word).as_ref())
                || cues::is_person_cue(word)
            {
                break;
            }
            start = word_start;
            taken_words += 1;
        }
        // Inside a sentence: a word ending in lower case, a comma or a
        // bracket before them.
        let inside = taken_words > 0
            && text[..start]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_lowercase() || c == ',' || c == '(');
        let taken = i > 0 && found[i - 1].range.end > start;
        if !inside || taken {
            continue;
        }
        let range = start..f.range.end;
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        };
    }
}

/// Courts, named by their district or seat: "rechtbank Midden-Nederland",
/// "Gerechtshof Arnhem-Leeuwarden" (in lower case too, as running text
/// writes them).
const COURTS: &[&str] = &["rechtbank", "gerechtshof", "kantongerecht", "hof"];

/// "de rechtbank Midden-Nederland": a court's word right before a place
/// makes one organisation, the court ("de rechtbank in Zwolle" is a court
/// and a place). Returns the merged mentions in place of the place's.
pub fn merge_court_place(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location {
            continue;
        }
        let Some(head) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        // "Rb. Gelderland", "Hof Arnhem-Leeuwarden": a note's citation
        // abbreviates the court.
        let abbreviated = head
            .strip_suffix("Rb.")
            .or_else(|| head.strip_suffix("rb."))
            .filter(|h| !h.ends_with(char::is_alphanumeric));
        let word_start = abbreviated.map_or_else(|| last_word_start(head), str::len);
        if !(abbreviated.is_some() || COURTS.contains(&cues::lower(&head[word_start..]).as_ref()))
            || (i > 0 && found[i - 1].range.end > word_start)
        {
            continue;
        }
        // "rechtbank Zeeland-West-Brabant", "gerechtshof Arnhem-Leeuwarden":
        // a district of two places takes the parts after its hyphens.
        let mut end = f.range.end;
        while let Some(rest) = text[end..].strip_prefix('-')
            && rest.starts_with(char::is_uppercase)
        {
            end += 1 + rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
        }
        // Finds on those parts go into the court; one running past them
        // leaves the court at its first place.
        let mut inside = Vec::new();
        let mut j = i + 1;
        while j < found.len() && found[j].range.start < end {
            if found[j].range.end > end {
                end = f.range.end;
                inside.clear();
                break;
            }
            inside.push(j);
            j += 1;
        }
        gone.extend(inside);
        let range = word_start..end;
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        };
    }
    super::drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::entities::test_mention as found;

    #[test]
    fn a_head_word_or_an_unknown_acronym_takes_its_place() {
        let text = "Volgens Omroep Gelderland en CE Delft niet.";
        let mut f = vec![
            found(text, "Omroep", EntityType::Organisation, false),
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "CE", EntityType::Organisation, false),
            found(text, "Delft", EntityType::Location, true),
        ];
        merge(text, &mut f, |_| false);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("Omroep Gelderland", EntityType::Organisation),
                ("CE Delft", EntityType::Organisation)
            ]
        );
    }

    #[test]
    fn a_place_with_a_compass_part_after_it_is_still_the_names_end() {
        let text = "de GGD Gelderland-Zuid en Omroep Gelderland-redactie";
        let mut f = vec![
            found(text, "GGD", EntityType::Organisation, true),
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "Omroep", EntityType::Organisation, false),
        ];
        let at = text.rfind("Gelderland").unwrap();
        f.push(Found {
            range: at..at + "Gelderland".len(),
            ty: EntityType::Location,
            link: Link::Gazetteer(0),
        });
        merge(text, &mut f, |_| false);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        // (Counter-example: a compound's first part stays apart.)
        assert_eq!(names, ["GGD Gelderland", "Omroep", "Gelderland"]);
    }

    #[test]
    fn a_street_before_its_number_and_postcode_is_no_part_of_a_name() {
        let text =
            "Directie Pensioenen Parnassusplein 5 2511 VX Den Haag; Omroep Gelderland 5 keer";
        let mut f = vec![
            found(text, "Directie Pensioenen", EntityType::Organisation, false),
            found(text, "Parnassusplein", EntityType::Location, false),
            found(text, "Den Haag", EntityType::Location, true),
            found(text, "Omroep", EntityType::Organisation, false),
            found(text, "Gelderland", EntityType::Location, true),
        ];
        merge(text, &mut f, |_| false);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(
            names,
            [
                "Directie Pensioenen",
                "Parnassusplein",
                "Den Haag",
                "Omroep Gelderland"
            ]
        );
    }

    #[test]
    fn a_head_van_a_place_is_one_name() {
        let text = "het Akkoord van Algiers, de Golf van Guinee en de minister van Nederland";
        let mut f = vec![
            found(text, "Akkoord", EntityType::Misc, false),
            found(text, "Algiers", EntityType::Location, true),
            found(text, "Guinee", EntityType::Location, true),
            found(text, "Nederland", EntityType::Location, true),
        ];
        merge_of_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("Akkoord van Algiers", EntityType::Misc),
                ("Golf van Guinee", EntityType::Location),
                // Counter-example: a title is no head.
                ("Nederland", EntityType::Location)
            ]
        );
    }

    #[test]
    fn a_place_before_an_organisations_head_is_one_organisation() {
        let text = "bij Groningen Seaports en Rotterdam Airport";
        let mut f = vec![
            found(text, "Groningen", EntityType::Location, true),
            found(text, "Seaports", EntityType::Organisation, false),
            found(text, "Rotterdam", EntityType::Location, true),
            found(text, "Airport", EntityType::Organisation, false),
        ];
        merge(text, &mut f, |_| false);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Groningen Seaports", "Rotterdam Airport"]);
        // The port authority is a body; the airport a place.
        let types: Vec<_> = f.iter().map(|f| f.ty).collect();
        assert_eq!(types, [EntityType::Organisation, EntityType::Location]);
    }

    #[test]
    fn an_airport_named_after_two_places_is_one_place() {
        let text = "vanaf Kassel Paderborn Airport en Twente Groep";
        let mut f = vec![
            found(text, "Kassel", EntityType::Location, true),
            found(text, "Paderborn", EntityType::Location, true),
            found(text, "Airport", EntityType::Organisation, false),
            found(text, "Twente", EntityType::Location, true),
            found(text, "Groep", EntityType::Organisation, false),
        ];
        merge(text, &mut f, |_| false);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        // Counter-example: two places before another head stay apart from
        // it ("Twente Groep" is a body, and takes no place before it).
        assert_eq!(
            names,
            [
                ("Kassel Paderborn Airport", EntityType::Location),
                ("Twente Groep", EntityType::Organisation)
            ]
        );
    }

    #[test]
    fn a_known_organisation_and_a_place_stay_apart() {
        // Counter-examples: "de NAVO Oekraïne" (a known organisation), a
        // place after a comma, and a compound after the place.
        let text = "de NAVO Oekraïne, Omroep, Gelderland en RTV Noord-redactie";
        let mut f = vec![
            found(text, "NAVO", EntityType::Organisation, true),
            found(text, "Oekraïne", EntityType::Location, true),
            found(text, "Omroep", EntityType::Organisation, false),
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "RTV", EntityType::Organisation, false),
            found(text, "Noord", EntityType::Location, true),
        ];
        merge(text, &mut f, |f| &text[f.range.clone()] == "Oekraïne");
        assert_eq!(f.len(), 6);
    }

    #[test]
    fn an_unknown_word_before_a_city_names_a_company_or_party() {
        let text = "bij Portaal, Woonstad Rotterdam en Ymere; wethouder Bos (Lokaal Tiel) en Station Utrecht, bij Nieuw Vennep";
        let mut f = vec![
            found(text, "Rotterdam", EntityType::Location, true),
            found(text, "Tiel", EntityType::Location, true),
            found(text, "Utrecht", EntityType::Location, true),
            found(text, "Vennep", EntityType::Location, true),
        ];
        merge_before_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("Woonstad Rotterdam", EntityType::Organisation),
                ("Lokaal Tiel", EntityType::Organisation),
                // Counter-examples: words that make a place of a place.
                ("Utrecht", EntityType::Location),
                ("Vennep", EntityType::Location)
            ]
        );
    }

    #[test]
    fn a_known_organisation_takes_a_city_not_a_country() {
        let text = "de Rabobank Rivierenland en de NAVO Oekraïne";
        let mut f = vec![
            found(text, "Rabobank", EntityType::Organisation, true),
            found(text, "Rivierenland", EntityType::Location, true),
            found(text, "NAVO", EntityType::Organisation, true),
            found(text, "Oekraïne", EntityType::Location, true),
        ];
        merge(text, &mut f, |f| &text[f.range.clone()] == "Oekraïne");
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Rabobank Rivierenland", "NAVO", "Oekraïne"]);
    }

    #[test]
    fn an_unknown_word_before_the_country_names_an_association() {
        let text = "zegt Netbeheer Nederland, terwijl heel Nederland en Noord Nederland. Nederland";
        let mut f = vec![
            found(text, "Nederland,", EntityType::Location, true),
            found(text, "Nederland en", EntityType::Location, true),
            found(text, "Nederland.", EntityType::Location, true),
        ];
        for x in &mut f {
            x.range.end = x.range.start + "Nederland".len();
        }
        merge_before_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("Netbeheer Nederland", EntityType::Organisation),
                // Counter-examples: a quantifier and a compass word.
                ("Nederland", EntityType::Location),
                ("Nederland", EntityType::Location)
            ]
        );
    }

    #[test]
    fn a_court_takes_its_district() {
        let text =
            "De rechtbank Midden-Nederland en het Gerechtshof Den Haag; de rechtbank in Zwolle.";
        let mut f = vec![
            found(text, "Midden-Nederland", EntityType::Location, false),
            found(text, "Den Haag", EntityType::Location, true),
            found(text, "Zwolle", EntityType::Location, true),
        ];
        merge_court_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("rechtbank Midden-Nederland", EntityType::Organisation),
                ("Gerechtshof Den Haag", EntityType::Organisation),
                // Counter-example: where the court sits.
                ("Zwolle", EntityType::Location)
            ]
        );
        // A district of two places, with a find on the second.
        let text =
            "De rechtbank Zeeland-West-Brabant en het gerechtshof Arnhem-Leeuwarden; Arnhem-Noord.";
        let mut f = vec![
            found(text, "Zeeland", EntityType::Location, true),
            found(text, "Arnhem", EntityType::Location, true),
            found(text, "Leeuwarden", EntityType::Location, true),
        ];
        merge_court_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(
            names,
            [
                "rechtbank Zeeland-West-Brabant",
                "gerechtshof Arnhem-Leeuwarden"
            ]
        );
        // A citation's abbreviations; counter-example: "Rb." ending a word.
        let text = "5 Rb. Gelderland 2 oktober, Hof Den Haag 3 mei; Grb. Zeeland.";
        let mut f = vec![
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "Den Haag", EntityType::Location, true),
            found(text, "Zeeland", EntityType::Location, true),
        ];
        merge_court_place(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Rb. Gelderland", "Hof Den Haag", "Zeeland"]);
    }
}
