//! Named things and names on text the rules were not written for (issue 12,
//! eleventh round): European acts by their number, English names joined by
//! "and", on texts of our own. Each test says what must be found and what
//! must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions};

/// A European act named by its number is one named thing, the Union's
/// abbreviation in brackets included; a council's numbered decision is not.
#[test]
fn a_european_act_by_its_number() {
    let docs = mentions(&[
        "De Commissie wijst op Verordening (EU) 2023/1115 en op richtlijn 2008/98/EG. De gemeente nam het besluit 2024/17 over de markt. Volgens Gedelegeerde Verordening (EU) 2021/2139 telt dat mee.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Verordening (EU) 2023/1115", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "richtlijn 2008/98/EG", EntityType::Misc), "{d:?}");
    assert!(
        has(
            d,
            "Gedelegeerde Verordening (EU) 2021/2139",
            EntityType::Misc
        ),
        "{d:?}"
    );
    assert!(!d.iter().any(|(t, _)| t.contains("2024/17")), "{d:?}");
    assert!(!has(d, "EU", EntityType::Organisation), "{d:?}");
}

/// An English name whose last words carry its head takes the capitalised
/// word before "and": "Trade and Cooperation Agreement". Counter-examples:
/// two people joined by "and", a sentence's first word, a name found on its
/// own before "and", and Dutch "en".
#[test]
fn an_english_name_joined_by_and() {
    let docs = mentions(&[
        "Londen en Brussel praten over de Trade and Cooperation Agreement. Ook de Science and Innovation Programme van de Commissie liep uit. Gisteren spraken Jansen and Cooper over Nederland.",
        "Trade and Cooperation Agreement bleef buiten schot. Het overleg van Shell and Energy Council en de Handel en Technology Council duurde lang.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Trade and Cooperation Agreement", EntityType::Misc),
        "{d:?}"
    );
    assert!(
        has(d, "Science and Innovation Programme", EntityType::Misc),
        "{d:?}"
    );
    assert!(!d.iter().any(|(t, _)| t.contains("Jansen and")), "{d:?}");
    let d = &docs[1];
    assert!(!d.iter().any(|(t, _)| t.starts_with("Trade and")), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.starts_with("Shell and")), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.starts_with("Handel en")), "{d:?}");
}

/// A people's noun before a given name is context, and the surname's
/// particles after the given name belong to the name: "de Nederlander
/// Joris van der Lugt", also after a sentence's first word ("De Belg …").
/// Counter-example: the noun without a given name names nobody.
#[test]
fn a_name_after_a_peoples_noun_keeps_its_particles() {
    let docs = mentions(&[
        "De Belg Wout van Aert won de sprint. Tweede werd de Nederlander Joris van der Lugt. Een Nederlander in Den Haag zag het.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wout van Aert", EntityType::Person), "{d:?}");
    assert!(has(d, "Joris van der Lugt", EntityType::Person), "{d:?}");
    assert!(!has(d, "Joris", EntityType::Person), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("Nederlander")), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("Belg")), "{d:?}");
}

/// A footnote marker after a full stop does not join the sentences: the
/// name before it ends there. Counter-example: an abbreviation's inner
/// stop still joins ("o.a.").
#[test]
fn a_footnote_marker_ends_the_sentence_before_it() {
    let docs = mentions(&[
        "De minister sprak met Ilan Shor.⁵ De Moldavische regering zweeg. Hij sprak o.a.⁶ Maia Sandu.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ilan Shor", EntityType::Person), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("Moldavische")), "{d:?}");
    assert!(has(d, "Maia Sandu", EntityType::Person), "{d:?}");
}

/// A given name written with accents is known by the list's spelling
/// without them, and Irish particles stay inside the name.
#[test]
fn irish_given_names_with_accents() {
    let docs = mentions(&[
        "Volgens Ciarán Ó Súilleabháin kwam de motie te laat. Róisín Nic Giolla Phádraig diende haar in.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ciarán Ó Súilleabháin", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Róisín Nic Giolla Phádraig", EntityType::Person),
        "{d:?}"
    );
}

/// A body named after the area it serves takes a second area after "en",
/// also a known place ("Waterschap Aa en Maas") and also after a part whose
/// head is left out with a hyphen ("Omgevingsdienst Midden- en
/// West-Brabant"). Counter-examples: a body named after a place, a body
/// named in more words, and a body of another kind keep the place after
/// "en" as a place.
#[test]
fn a_body_named_after_two_areas() {
    let docs = mentions(&[
        "Het Waterschap Aa en Maas en de Omgevingsdienst Midden- en West-Brabant overleggen met de Toezichtscommissie Inlichtingen- en Veiligheidsdiensten.",
        "Het Waterschap Limburg en Utrecht werken samen, net als de GGD Hollands Midden en Leiden en de Stichting Vallei en Veluwe.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Waterschap Aa en Maas", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Omgevingsdienst Midden- en West-Brabant",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Toezichtscommissie Inlichtingen- en Veiligheidsdiensten",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    let d = &docs[1];
    assert!(has(d, "Utrecht", EntityType::Location), "{d:?}");
    assert!(has(d, "Leiden", EntityType::Location), "{d:?}");
    assert!(has(d, "Veluwe", EntityType::Location), "{d:?}");
}

/// Towns of Europe and Dutch names of places abroad are places without a
/// cue. Counter-examples: a cyclist's surname that is also a small Spanish
/// town stays unnamed, and a place name the document also writes as a
/// lower-case word ("namen") needs a cue.
#[test]
fn towns_of_europe_and_dutch_exonyms() {
    let docs = mentions(&[
        "Volgens de politie is Esbjerg de thuishaven. De A3 richting Kleef en Neurenberg was dicht, ook Passau meldde files.",
        "Gisteren won Valverde de sprint. De namen van de winnaars zijn bekend. Namen volgt later.",
    ]);
    let d = &docs[0];
    for place in ["Esbjerg", "Kleef", "Neurenberg", "Passau"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    let d = &docs[1];
    assert!(!has(d, "Valverde", EntityType::Location), "{d:?}");
    assert!(!has(d, "Namen", EntityType::Location), "{d:?}");
}

/// English bodies are named by their heads ("Organisation", "Society",
/// "Authority", "Party"), also after a given name, and a head right after
/// an organisation's place goes on with its name. Counter-example: a given
/// name and a surname without a head stay a person.
#[test]
fn english_bodies_by_their_heads() {
    let docs = mentions(&[
        "De Tour wordt georganiseerd door de Amaury Sport Organisation. Volgens de Open Society Georgia Foundation en de Civil Aviation Authority is dat zo. Daarna sprak Amaury Roux.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Amaury Sport Organisation", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Open Society Georgia Foundation",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(d, "Civil Aviation Authority", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Amaury Roux", EntityType::Person), "{d:?}");
}

/// A Dutch adjective before an English name is not part of it ("de
/// Europese Chips Act" names the "Chips Act"). Counter-examples: Dutch
/// names keep theirs.
#[test]
fn a_dutch_adjective_before_an_english_name() {
    let docs = mentions(&[
        "De Europese Chips Act en de Amerikaanse Inflation Reduction Act gelden. De Europese Commissie en de Europese Centrale Bank zwijgen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Chips Act", EntityType::Misc), "{d:?}");
    assert!(has(d, "Inflation Reduction Act", EntityType::Misc), "{d:?}");
    assert!(
        !d.iter().any(|(t, _)| t.starts_with("Europese Chips")),
        "{d:?}"
    );
    assert!(
        has(d, "Europese Commissie", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Europese Centrale Bank", EntityType::Organisation),
        "{d:?}"
    );
}

/// A law's title takes the year of its version and ends there; the year is
/// not a date of its own. (A title over a year made two overlapping
/// mentions, and joining them failed the whole document's recognition.)
/// Compound heads take words only up to a year or after "wetsvoorstel".
/// Counter-example: a compound law followed by the sentence's words.
#[test]
fn a_laws_title_takes_its_year() {
    let docs = mentions(&[
        "Zie de Wet inkomstenbelasting 2001 voor de regels. Het kabinet stuurt de Verzamelwet pensioenen 2026 naar de Kamer. De Jeugdwet schiet tekort in 2015.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Wet inkomstenbelasting 2001", EntityType::Misc),
        "{d:?}"
    );
    assert!(
        has(d, "Verzamelwet pensioenen 2026", EntityType::Misc),
        "{d:?}"
    );
    assert!(!has(d, "2001", EntityType::Date), "{d:?}");
    assert!(has(d, "Jeugdwet", EntityType::Misc), "{d:?}");
    assert!(has(d, "2015", EntityType::Date), "{d:?}");
}

/// After a person's given name and surname, "van" and a body of two
/// capitalised words or a word with a digit is the person's team, not
/// more of the name. Counter-examples: given names before the particles
/// ("Jan Peter van Gent"), and a surname of one word after them.
#[test]
fn a_team_after_a_persons_name() {
    let docs = mentions(&[
        "De sprint werd gewonnen door Wout Verbelen van Pauwels Sauzen-Cibel Clementines. Tweede werd Tom Pidcock van Q36.5 Pro Cycling. Ook Jan Peter van Gent en Maria Jansen van der Berg reden mee.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wout Verbelen", EntityType::Person), "{d:?}");
    assert!(has(d, "Tom Pidcock", EntityType::Person), "{d:?}");
    assert!(has(d, "Jan Peter van Gent", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Maria Jansen van der Berg", EntityType::Person),
        "{d:?}"
    );
}

/// A place and a trade word after it inside a sentence name a company, and
/// the same pair does so at a sentence's start too. Counter-examples: the
/// trade in lower case, and a pair seen only at a sentence's start.
#[test]
fn a_company_named_by_its_place_and_trade() {
    let docs = mentions(&[
        "Het bedrijf Betuwe Metaal uit Tiel groeit. Betuwe Metaal zelf zwijgt. De Betuwe metaal is zwaar.",
        "Zeeland Transport zoekt chauffeurs.",
    ]);
    let d = &docs[0];
    assert_eq!(
        d.iter()
            .filter(|(t, ty)| t == "Betuwe Metaal" && *ty == EntityType::Organisation)
            .count(),
        2,
        "{d:?}"
    );
    assert!(has(d, "Betuwe", EntityType::Location), "{d:?}");
    let d = &docs[1];
    assert!(
        !has(d, "Zeeland Transport", EntityType::Organisation),
        "{d:?}"
    );
}

/// A harbour's or a quarter's name is a place by its ending. Counter-
/// example: the common noun in lower case.
#[test]
fn harbours_and_quarters_by_their_ending() {
    let docs = mentions(&[
        "Het schip lag in de Sloehaven bij het nieuwe Stationskwartier. De luchthaven bleef open.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Sloehaven", EntityType::Location), "{d:?}");
    assert!(has(d, "Stationskwartier", EntityType::Location), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t == "luchthaven"), "{d:?}");
}
