//! What a name's head word says it is: an organisation or a named thing
//! by a head word in it ("Opruimingsdienst", "Omgevingswet"), a place by a
//! square's, park's, station's or stadium's head at its end ("Museumplein",
//! "Lotto Park"), a bare head that "voor" may follow ("Raad voor de
//! Kinderbescherming"), and a kind of document whose "van" says what it is
//! about ("Verslag van de Raad").

use super::cues::{self, MISC_HEADS, ORG_HEADS};
use super::kind::EntityType;

pub(super) fn head_type(surface: &str) -> Option<EntityType> {
    // "Baseline Informatiebeveiliging Overheid", "Programma Digitale
    // Overheid": a Dutch name that opens with its head names the words
    // after it as what it is about; the head is its first word.
    // (A company's legal form at the end says more: "Sportrapport Media
    // B.V.".)
    let legal_form = surface.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w.trim_end_matches('.'),
            "B.V" | "BV" | "N.V" | "NV" | "Ltd" | "Inc" | "GmbH" | "AG" | "S.A" | "SA" | "plc"
        )
    });
    if let Some((first, _)) = surface.split_once(' ')
        && !first.contains('-')
        && !legal_form
    {
        // "Project Beethoven", "Project Mercurius": a project named after
        // its word (a body's English name ends in it: "… Data Project").
        if first == "Project" {
            return Some(EntityType::Misc);
        }
        if cues::has_head(first, MISC_HEADS) && !cues::has_head(first, ORG_HEADS) {
            return Some(EntityType::Misc);
        }
        if cues::has_head(first, ORG_HEADS) && !cues::has_head(first, MISC_HEADS) {
            return Some(EntityType::Organisation);
        }
    }
    let in_name = surface.contains(' ');
    for w in surface.split([' ', '-']).rev() {
        if cues::has_head(w, ORG_HEADS) {
            return Some(EntityType::Organisation);
        }
        if cues::has_head(w, MISC_HEADS)
            || (in_name && cues::has_head(w, super::head_words::MISC_HEADS_IN_NAMES))
        {
            return Some(EntityType::Misc);
        }
    }
    None
}

/// "Raad", "College": a head word alone, which "voor" may follow in a name
/// ("Raad voor de Kinderbescherming"); a compound's "voor" introduces what it
/// serves ("Opruimingsdienst voor de Task Force").
pub(super) fn bare_head(word: &str) -> bool {
    let lower = cues::lower(word);
    ORG_HEADS.contains(&lower.as_ref())
}

/// "Verslag van de Raad", "Nota van Toelichting": a kind of document, whose
/// "van" says what it is about, not a name.
pub(super) fn is_document_word(word: &str) -> bool {
    [
        "verslag",
        "rapport",
        "rapportage",
        "nota",
        "brief",
        "memorie",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(word))
}

/// Heads of the names of squares, parks, stations, stadiums, arenas,
/// palaces and the works of roads and water: tunnels, bridges, locks and
/// viaducts, harbours and quarters ("Sloehaven", "Stationskwartier"). (Not
/// "veld": surnames end in it, "Rietveld", "Grootveld"; not "lijn":
/// "Richtlijn"; not "kanaal": "YouTubekanaal"; not "poort": "Verpoort"; not
/// "markt": streets end in it, "Turfmarkt 147" in a letterhead.)
const PLACE_COMPOUND_HEADS: &[&str] = &[
    "park",
    "plein",
    "station",
    "stadion",
    "paleis",
    "arena",
    "tunnel",
    "brug",
    "sluis",
    "viaduct",
    "aquaduct",
    "haven",
    "kwartier",
    // Playhouses: "Koninklijke Schouwburg", "de Stadsschouwburg".
    "schouwburg",
    // Barracks, named after a person: "Johan Willem Frisokazerne",
    // "Johannes Postkazerne" (twenty-fifth round).
    "kazerne",
    // Venues: "Koning Abdulaziz Congrescentrum", "TT Circuit" (twenty-sixth
    // round).
    "congrescentrum",
    "circuit",
];

/// "de Nieuwe Kerk": a church is a building by its head only as a word of its own after another ("Nieuwe Kerk",
/// "Oude Kerk"; surnames end in "kerk": "Verkerk", "Ouwerkerk"), and not
/// after a denomination, which names the church as a body ("Protestantse
/// Kerk").
pub(super) fn is_church_building(surface: &str) -> bool {
    const DENOMINATIONS: &[&str] = &[
        "Protestantse",
        "Katholieke",
        "Rooms-Katholieke",
        "Oud-Katholieke",
        "Gereformeerde",
        "Hervormde",
        "Orthodoxe",
        "Russisch-Orthodoxe",
        "Grieks-Orthodoxe",
        "Anglicaanse",
        "Lutherse",
        "Evangelische",
        "Remonstrantse",
        "Christelijke",
        "Verenigde",
        "Nederlandse",
    ];
    let last = surface.rsplit(' ').next().unwrap_or_default();
    surface.contains(' ')
        && matches!(
            last,
            "Kerk" | "Kathedraal" | "Basiliek" | "Synagoge" | "Moskee"
        )
        && !surface.split(' ').any(|w| DENOMINATIONS.contains(&w))
}

/// The part of a one-word place compound before its head ("Zeeland" of
/// "Zeelandbrug", "Kennedy" of "Kennedytunnel"), when the word ends in one
/// of [`PLACE_COMPOUND_HEADS`] (any case) after at least three bytes. Read
/// in place, without lowering a copy: the detector asks it of every
/// capitalised word that starts a sentence.
pub(super) fn place_compound_stem(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    PLACE_COMPOUND_HEADS.iter().find_map(|h| {
        let at = b.len().checked_sub(h.len())?;
        (at > 2 && b[at..].eq_ignore_ascii_case(h.as_bytes())).then(|| &word[..at])
    })
}

/// Whether a name's last word makes it a square, park, station, stadium or
/// another place of [`PLACE_COMPOUND_HEADS`]: ending in one ("Museumplein",
/// "Zuidstation", "Roertunnel"), or being one after other words
/// (`after_words`: "Lotto Park", "Cegeka Arena").
pub(super) fn is_place_compound(last: &str, after_words: bool) -> bool {
    place_compound_stem(last).is_some()
        || (after_words
            && PLACE_COMPOUND_HEADS
                .iter()
                .any(|h| last.eq_ignore_ascii_case(h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dutch_name_opens_with_its_head() {
        for (name, ty) in [
            ("Baseline Informatiebeveiliging Overheid", EntityType::Misc),
            ("Basisregistratie Personen", EntityType::Misc),
            ("Programma Digitale Overheid", EntityType::Misc),
            (
                "Taskforce Infrastructuur Klimaatakkoord Industrie",
                EntityType::Organisation,
            ),
            ("Autoriteit Financiële Markten", EntityType::Organisation),
        ] {
            assert_eq!(head_type(name), Some(ty), "{name}");
        }
    }

    #[test]
    fn churches_as_buildings_and_as_bodies() {
        assert!(is_church_building("Nieuwe Kerk"));
        assert!(is_church_building("Oude Kerk"));
        // Counter-examples: a denomination, a compound, a surname.
        for no in [
            "Protestantse Kerk",
            "Rooms-Katholieke Kerk",
            "Kerk",
            "Westerkerk",
            "Harm Verkerk",
        ] {
            assert!(!is_church_building(no), "{no}");
        }
    }

    /// Counter-examples: an English name ends with its head, a one-word
    /// compound too, and a company's legal form outweighs its first word.
    #[test]
    fn english_names_and_companies_end_with_theirs() {
        for (name, ty) in [
            ("Civil Aviation Authority", EntityType::Organisation),
            ("European Green Deal", EntityType::Misc),
            ("Opruimingsdienst", EntityType::Organisation),
            ("Sportrapport Media B.V.", EntityType::Organisation),
        ] {
            assert_eq!(head_type(name), Some(ty), "{name}");
        }
    }
}
