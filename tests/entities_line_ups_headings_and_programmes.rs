//! Players in a team's line-up, a heading in capitals that is no dateline,
//! programmes and reports named by their head word ("Aanpak", "Monitor"),
//! and institutes named in other languages, on texts of our own (issue 12, the twenty-seventh session).
//! Each test says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// The players of a line-up are people and its team a body, whatever the
/// lists take a surname for (one named like a town too); an agenda or a list of countries in the same
/// shape names no people.
#[test]
fn a_line_up_names_its_players() {
    let docs = mentions(&[
        "Heracles speelde gelijk in Almelo.\n\nOpstellingen\n\nHeracles Almelo: Sterkenburg; Holm, Rente, De Jong, Berg; Vrieling, Kramer (74. Zwolle), Beekhuis; Noordam, Oyelade, Verhaar.\n\nScheidsrechter: Kees Bonsink.",
        "Vergadering\n\nAgenda: Opening; Mededelingen, Vaststelling van de agenda, Ingekomen stukken; Rondvraag, Sluiting, Borrel.\n\nLanden: Frankrijk; Duitsland, België, Italië; Spanje, Portugal, Polen.",
    ]);
    let d = &docs[0];
    for player in [
        "Sterkenburg",
        "De Jong",
        "Berg",
        "Kramer",
        "Zwolle",
        "Oyelade",
    ] {
        assert!(has(d, player, EntityType::Person), "{player}: {d:?}");
    }
    assert!(has(d, "Heracles Almelo", EntityType::Organisation), "{d:?}");
    let d = &docs[1];
    assert!(
        !tagged(d, "Mededelingen") && !tagged(d, "Rondvraag") && !tagged(d, "Borrel"),
        "{d:?}"
    );
    assert!(has(d, "Frankrijk", EntityType::Location), "{d:?}");
    assert!(has(d, "Polen", EntityType::Location), "{d:?}");
}

/// An approach or a monitor with a name is a named thing, and so is its
/// acronym; the common nouns alone are not.
#[test]
fn a_named_approach_or_monitor_is_a_thing() {
    let docs = mentions(&[
        "Aanpak\n\nDe Landelijke Aanpak Zwerfvuil (LAZ) loopt tot 2030. Volgens de Monitor Schone Stranden daalt het afval. De aanpak werkt; de monitor wordt jaarlijks herhaald. De LAZ krijgt geld.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Landelijke Aanpak Zwerfvuil", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "LAZ", EntityType::Misc), "{d:?}");
    assert!(has(d, "Monitor Schone Stranden", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "Aanpak") && !tagged(d, "aanpak"), "{d:?}");
}

/// A line in capitals before a bracket is a dateline when the bracket
/// holds a news agency; a heading of words the text also writes in lower
/// case, with a road's number in brackets, is no place and no body.
#[test]
fn a_heading_in_capitals_is_no_dateline() {
    let docs = mentions(&[
        "Stemming\n\nDe fracties stemden gisteren over de weg.\n\nZO STEMDEN DE FRACTIES (N340)\nVoor: elf leden.\n\nZWOLLE (ANP) - De weg wordt breder.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "ZO STEMDEN DE FRACTIES"), "{d:?}");
    assert!(
        !tagged(d, "FRACTIES") && !tagged(d, "STEMDEN DE FRACTIES"),
        "{d:?}"
    );
    assert!(has(d, "ZWOLLE", EntityType::Location), "{d:?}");
}

/// An institute or university named in a Scandinavian, Spanish or Italian
/// way is a body; the words alone in Dutch text are nothing.
#[test]
fn a_foreign_institute_is_a_body() {
    let docs = mentions(&[
        "Onderzoekers van het Karolinska Institutet in Stockholm en het Instituto Cervantes in Utrecht werkten samen met Lunds universitet.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Karolinska Institutet", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Instituto Cervantes", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Stockholm", EntityType::Location), "{d:?}");
}

/// An unknown acronym compounded with a programme's or a fund's head names
/// that programme; a known body's acronym stays the body, and an acronym
/// before a report is its writer.
#[test]
fn an_acronym_before_a_programme_names_it() {
    let docs = mentions(&[
        "Het geld komt uit het LIFE-programma en de KRANS-regeling, naast een EU-programma. Volgens een KWZ-rapport en de NAVO-bondgenoten werkt het.",
    ]);
    let d = &docs[0];
    assert!(has(d, "LIFE", EntityType::Misc), "{d:?}");
    assert!(has(d, "KRANS", EntityType::Misc), "{d:?}");
    assert!(has(d, "EU", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "KWZ", EntityType::Misc), "{d:?}");
    assert!(has(d, "NAVO", EntityType::Organisation), "{d:?}");
}
