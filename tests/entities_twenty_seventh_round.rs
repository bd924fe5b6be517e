//! Names from issue 12's twenty-seventh round, on texts of our own, written
//! from the twenty-sixth unseen set's errors: rivers and canals, streets
//! named by a dike, a market, a gate or a harbour, regulations named by an
//! acronym, a country's adjective before a coined name, a news page's
//! labels in capitals, an ECLI broken over a line, an English body's "of"
//! part after "School", a person whose surname ends in a body's head.
//! Each test says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// Dutch rivers and canals are places; a surname "De Waal" is no river.
#[test]
fn rivers_and_canals() {
    let docs = mentions(&[
        "Het water van de IJssel en de Amstel stijgt. Schepen varen over het Twentekanaal \
         en het Noordzeekanaal naar de Nieuwe Waterweg.",
    ]);
    let d = &docs[0];
    for place in [
        "IJssel",
        "Amstel",
        "Twentekanaal",
        "Noordzeekanaal",
        "Nieuwe Waterweg",
    ] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
}

/// "de Zwartendijk", "de Turfmarkt", "Hessenpoort": one word ending in a
/// dike, a market, a gate or a harbour is a place; a surname that ends so
/// after a given name is a person's, and a common compound the text also
/// writes in lower case ("Arbeidsmarkt") is no place.
#[test]
fn dikes_markets_gates_and_harbours() {
    let docs = mentions(&[
        "Het land ligt aan de Zwartendijk, het kantoor aan de Turfmarkt en de loodsen op \
         Hessenpoort. Clubvoorzitter Peter Zomerdijk is blij. De arbeidsmarkt is krap. \
         Het rapport Arbeidsmarkt in cijfers verschijnt. Ook bij Dekamarkt is het druk.",
    ]);
    let d = &docs[0];
    for place in ["Zwartendijk", "Turfmarkt", "Hessenpoort"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    assert!(has(d, "Peter Zomerdijk", EntityType::Person), "{d:?}");
    // (A supermarket chain named like a market square is the chain.)
    assert!(has(d, "Dekamarkt", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "Arbeidsmarkt"), "{d:?}");
}

/// "de AI-verordening", "de eIDAS-verordening": regulations by their
/// acronym, whole, without an adjective before them; "een EU-verordening"
/// is any regulation.
#[test]
fn regulations_named_by_an_acronym() {
    let docs = mentions(&[
        "De eIDAS-verordening en de Europese AI-verordening gelden. Er komt ook een \
         EU-verordening over verpakkingen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "eIDAS-verordening", EntityType::Misc), "{d:?}");
    assert!(has(d, "AI-verordening", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "Europese AI-verordening"), "{d:?}");
    assert!(!tagged(d, "EU-verordening"), "{d:?}");
}

/// "het Britse National Cyber Security Centre": the adjective is the
/// sentence's; "de Nederlandse Zorgautoriteit" keeps it.
#[test]
fn a_countrys_adjective_before_a_foreign_or_coined_name() {
    let docs = mentions(&[
        "Het Britse National Cyber Security Centre waarschuwt, net als het Nederlandse \
         ChipNL Competence Centre. De Nederlandse Zorgautoriteit zwijgt.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "National Cyber Security Centre",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(d, "ChipNL Competence Centre", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Nederlandse Zorgautoriteit", EntityType::Organisation),
        "{d:?}"
    );
}

/// A news page's labels in capitals ("NIEUWS", "RECENSIE", "FILM", a
/// section's word the article writes in lower case) are no bodies; an unknown
/// acronym stays one, and a dateline's place stays a place.
#[test]
fn labels_in_capitals_are_no_bodies() {
    let docs = mentions(&[
        "NIEUWS ARBEIDSMARKT\nDe arbeidsmarkt in het onderwijs blijft krap, zegt de \
         AOb.\nRECENSIE\nKAMPEN - In de kampen van de scouting is het stil. Ook het NEPROM \
         reageert.",
    ]);
    let d = &docs[0];
    for label in ["NIEUWS", "ARBEIDSMARKT", "RECENSIE"] {
        assert!(!tagged(d, label), "{label}: {d:?}");
    }
    assert!(has(d, "KAMPEN", EntityType::Location), "{d:?}");
    assert!(has(d, "NEPROM", EntityType::Organisation), "{d:?}");
    // Four letters too ("FILM | ★★★☆☆" over a review of a film); an
    // acronym of four letters the text never writes small stays a body.
    let docs = mentions(&["FILM | ★★★☆☆
De lange zomer is een film over een zomer in Friesland.
         EXPO
Het museum toont een expo over de Waddenzee, met steun van de KNAW."]);
    let d = &docs[0];
    for label in ["FILM", "EXPO"] {
        assert!(!tagged(d, label), "{label}: {d:?}");
    }
    assert!(has(d, "KNAW", EntityType::Organisation), "{d:?}");
}

/// An ECLI whose line break after a colon became a space is one
/// reference.
#[test]
fn an_ecli_broken_after_a_colon() {
    let docs = mentions(&["De rechtbank oordeelde (ECLI:NL:RBROT:2027: 412) dat het mocht."]);
    let d = &docs[0];
    assert!(
        has(d, "ECLI:NL:RBROT:2027: 412", EntityType::Reference),
        "{d:?}"
    );
}

/// "Erasmus School of Economics" is one body; "School of werk" is Dutch.
#[test]
fn an_english_schools_of_part() {
    let docs = mentions(&["Onderzoekers van de Erasmus School of Economics rekenden het door."]);
    let d = &docs[0];
    assert!(
        has(d, "Erasmus School of Economics", EntityType::Organisation),
        "{d:?}"
    );
}

/// "Pieter-Bas van 't Hof van Stichting Kralingse Scholen": a person whose
/// surname ends in a court's head ("Hof"), then the body; "het Hof van
/// Justitie" still takes its "van".
#[test]
fn a_surname_that_ends_in_a_bodys_head() {
    let docs = mentions(&[
        "Bestuurder Pieter-Bas van 't Hof van Stichting Kralingse Scholen is tevreden. Het \
         Hof van Justitie oordeelde anders.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Pieter-Bas van 't Hof", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Stichting Kralingse Scholen", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Hof van Justitie", EntityType::Organisation),
        "{d:?}"
    );
}

/// "FIU-Nederland": a body's national branch before its country is one
/// body; a region ("Noord-Nederland") and a match of two countries
/// ("Duitsland-Nederland") stay places.
#[test]
fn a_bodys_branch_named_with_its_country() {
    let docs = mentions(&[
        "De FIU-Nederland meldde meer transacties. In Noord-Nederland regent het. De \
         wedstrijd Duitsland-Nederland eindigde gelijk.",
    ]);
    let d = &docs[0];
    assert!(has(d, "FIU-Nederland", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Noord-Nederland", EntityType::Location), "{d:?}");
    assert!(has(d, "Duitsland", EntityType::Location), "{d:?}");
    assert!(has(d, "Nederland", EntityType::Location), "{d:?}");
}
