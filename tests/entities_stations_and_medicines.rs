//! Given names of other lists, stations and regions after a space, airports
//! and their towns, a letterhead's address after a body, provincial
//! proposals, medicines by their stem, a country's part of a region, party
//! titles and posts in brackets after particles, railway lines, towns whose
//! names are words, lone names used again and again, on
//! texts of our own (issue 12, twentieth round). Each test says what must be
//! found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A Dutch first name that only mimesis lists makes a person of the name
/// it starts; a word that is a name elsewhere but a Dutch word is no
/// first name.
#[test]
fn dutch_first_names_start_people() {
    let docs = mentions(&[
        "Huub Verstappen uit Nuth is sceptisch. Janneke Brouwers uit Venlo niet.\n\nStorm Ciarán trok over het land; Joy Division speelde.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Huub Verstappen", EntityType::Person), "{d:?}");
    assert!(has(d, "Janneke Brouwers", EntityType::Person), "{d:?}");
    assert!(!has(d, "Storm Ciarán", EntityType::Person), "{d:?}");
    assert!(!has(d, "Joy Division", EntityType::Person), "{d:?}");
}

/// A town and "Centraal" after a space is the station; a region takes its
/// compass part after a space; not the first part of a compound.
#[test]
fn stations_and_regions_take_their_part_after_a_space() {
    let docs = mentions(&[
        "Reizigers stonden vast op Zwolle Centraal en bij Arnhem Centraal. In Noord-Brabant Oost wachten bedrijven. Zwolle Oost-Europese werknemers zijn er niet.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Zwolle Centraal", EntityType::Location), "{d:?}");
    assert!(has(d, "Arnhem Centraal", EntityType::Location), "{d:?}");
    assert!(has(d, "Noord-Brabant Oost", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Zwolle Oost"), "{d:?}");
}

/// "in" after a body's head says where the body is: "Twente Airport in
/// Enschede" is the airport and the town, not "Airport in Enschede".
#[test]
fn a_town_after_in_is_not_part_of_a_body() {
    let docs = mentions(&["Ook bij Twente Airport in Enschede zijn ze blij, zegt de directie."]);
    let d = &docs[0];
    assert!(!tagged(d, "Airport in Enschede"), "{d:?}");
    assert!(has(d, "Enschede", EntityType::Location), "{d:?}");
}

/// A sidebar's address line after a directorate that has "en" in its
/// name ends the name.
#[test]
fn an_address_word_ends_a_body_with_two_fields() {
    let docs = mentions(&[
        "Directoraat-generaal Wonen en Bouwen Bezoekadres Turfmarkt 147 2511 DP Den Haag\n\nDe brief volgt.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Directoraat-generaal Wonen en Bouwen",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(!d.iter().any(|(t, _)| t.contains("Bezoekadres")), "{d:?}");
}

/// A province's or council's proposal by its number is a reference; a
/// proposal named by words is not.
#[test]
fn numbered_proposals_are_references() {
    let docs = mentions(&[
        "Volgens Statenvoorstel G-2026-117 en Raadsvoorstel 2026/48 komt het geld er. Het Statenvoorstel Brainport volgt.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Statenvoorstel G-2026-117", EntityType::Reference),
        "{d:?}"
    );
    assert!(
        has(d, "Raadsvoorstel 2026/48", EntityType::Reference),
        "{d:?}"
    );
    assert!(
        !has(d, "Statenvoorstel Brainport", EntityType::Reference),
        "{d:?}"
    );
}

/// A medicine's international name ends in its class's stem; a word that
/// merely ends in those letters, or an acronym, is none.
#[test]
fn medicines_by_their_stem() {
    let docs = mentions(&[
        "Het middel werkt als aducanumab en osimertinib; semaglutide is duurder. In Punjab aten zij kebab, de MAB-directeur vertrok.",
    ]);
    let d = &docs[0];
    for m in ["aducanumab", "osimertinib", "semaglutide"] {
        assert!(has(d, m, EntityType::Misc), "{m}: {d:?}");
    }
    // (An unknown acronym may be a body; it is no medicine.)
    assert!(
        !tagged(d, "kebab") && !has(d, "MAB", EntityType::Misc),
        "{d:?}"
    );
}

/// A country's adjective and a hyphen before a place name the country's
/// part of it; two adjectives, or two places, do not.
#[test]
fn a_country_part_of_a_region_is_one_place() {
    let docs = mentions(&[
        "Tussen Zuid-Limburg en Belgisch-Limburg pendelen velen; ook Frans-Guyana telt mee. De Frans-Duitse grens en de wielerkoers Parijs-Roubaix niet.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Belgisch-Limburg", EntityType::Location), "{d:?}");
    assert!(has(d, "Frans-Guyana", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Frans-Duitse"), "{d:?}");
    assert!(
        !tagged(d, "Parijs-Roubaix") || has(d, "Parijs-Roubaix", EntityType::Misc),
        "{d:?}"
    );
}

/// A party's short name before a title makes the next name a person's,
/// whatever its first name; a body before a hyphen does not.
#[test]
fn a_party_title_cues_the_person() {
    let docs = mentions(&[
        "SP-leider Wieske Stolk en D66-wethouder Fokje Brinkman reageerden. Het NAVO-hoofdkwartier Mons bleef stil.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wieske Stolk", EntityType::Person), "{d:?}");
    assert!(has(d, "Fokje Brinkman", EntityType::Person), "{d:?}");
    assert!(!has(d, "Mons", EntityType::Person), "{d:?}");
}

/// The post in brackets after a titled name with particles is no body;
/// a body in brackets after a name that is no title's is.
#[test]
fn the_post_after_a_name_with_particles_is_no_body() {
    let docs = mentions(&[
        "Antwoord van Staatssecretaris Van der Meer-Ootes (Infrastructuur en Waterstaat) (ontvangen 26 november 2026).\n\nHet rapport van de Inspectie (Inspectie Leefomgeving en Transport) volgt.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "Infrastructuur en Waterstaat"), "{d:?}");
    assert!(
        has(
            d,
            "Inspectie Leefomgeving en Transport",
            EntityType::Organisation
        ),
        "{d:?}"
    );
}

/// A railway line named after a known place or river is a place; one named
/// after a person, and a common noun ending in "lijn", are not.
#[test]
fn rail_lines_named_after_places() {
    let docs = mentions(&[
        "Arriva rijdt minder op de Maaslijn en de Nedersaksenlijn wacht. De Lelylijn blijft een plan; de Richtlijn geldt.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Maaslijn", EntityType::Location), "{d:?}");
    assert!(has(d, "Nedersaksenlijn", EntityType::Location), "{d:?}");
    assert!(!has(d, "Lelylijn", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Richtlijn"), "{d:?}");
}

/// A town whose name is a word is a place where the text says where, or
/// beside a known place; at a sentence's start or in lower case it is the
/// word.
#[test]
fn towns_that_are_words_in_context() {
    let docs = mentions(&[
        "De storing bij Wierden duurde lang. Het spoor tussen Zwolle en Woerden ligt er goed bij.\n\nKampen is een woord hier. De beek liep over.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wierden", EntityType::Location), "{d:?}");
    assert!(has(d, "Woerden", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Kampen") && !tagged(d, "beek"), "{d:?}");
}

/// A lone word a text keeps using mid-sentence, that no list knows, is an
/// organisation; a word mostly after an article, a portfolio, people of a
/// place, or a word used twice only is not.
#[test]
fn a_lone_name_used_again_and_again() {
    let docs = mentions(&[
        "Het bod van Vantrix kwam laat. Volgens Vantrix is de prijs redelijk, zegt men bij Vantrix. Ook zei Vantrix niets over banen.\n\nHet Rijk betaalt; door het Rijk, van het Rijk, met het Rijk. De Flamingos kwamen, de Flamingos gingen.\n\nVeel Brabanders, alle Brabanders, geen Brabanders.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Vantrix", EntityType::Organisation), "{d:?}");
    assert!(
        !tagged(d, "Rijk") && !tagged(d, "Flamingos") && !tagged(d, "Brabanders"),
        "{d:?}"
    );
}
