//! Entities of issue 12's twenty-fourth round, on texts of our own: works
//! named after their kind, places named after theirs (a polder, an
//! interchange, a playhouse), the acronym of a law written in lower case,
//! accords named after a place and a numeral, and a law's title that ends
//! before the sentence's verb.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "haar bundel Salann", "het album Zoutwater": a work after its kind is a
/// named thing; the kind without a name after it names nothing.
#[test]
fn a_work_after_its_kind_is_a_named_thing() {
    let docs = mentions(&[
        "Ze las uit haar bundel Salann en speelde daarna het album Zoutwater. Het album verschijnt in maart; de roman is uitverkocht.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Salann", EntityType::Misc), "{d:?}");
    assert!(has(d, "Zoutwater", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "Het"), "{d:?}");
}

/// "de polder Rijnenburg", "knooppunt Oudenrijn": a place after its kind;
/// "de Koninklijke Schouwburg" by its head.
#[test]
fn places_after_their_kind_and_playhouses() {
    let docs = mentions(&[
        "De gemeente bouwt in de polder Rijnenburg, vlak bij knooppunt Oudenrijn. Het concert in de Koninklijke Schouwburg was uitverkocht.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Rijnenburg", EntityType::Location), "{d:?}");
    assert!(has(d, "Oudenrijn", EntityType::Location), "{d:?}");
    assert!(
        has(d, "Koninklijke Schouwburg", EntityType::Location),
        "{d:?}"
    );
}

/// "de anti-witwasverordening (AMLR)": the acronym of a law written in
/// lower case is a named thing, the lower-case words are none; a body's
/// noun leaves its acronym an organisation.
#[test]
fn the_acronym_of_a_law_in_lower_case_is_a_thing() {
    let docs = mentions(&[
        "Vanaf 2027 geldt de Europese anti-witwasverordening (AMLR) in alle lidstaten. Onder de AMLR krijgen journalisten toegang. De nieuwe toezichthouder (AMLA) zit in Frankfurt.",
    ]);
    let d = &docs[0];
    assert!(has(d, "AMLR", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "anti-witwasverordening"), "{d:?}");
    assert!(has(d, "AMLA", EntityType::Organisation), "{d:?}");
}

/// "Bazel III" is an accord; "de Wet bankenbelasting stijgt het tarief"
/// names the law only.
#[test]
fn accords_with_numerals_and_laws_before_their_verb() {
    let docs = mentions(&[
        "Daarmee zijn de laatste Bazel III-standaarden omgezet. Op grond van de Wet bankenbelasting stijgt het tarief per 2027.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Bazel III", EntityType::Misc), "{d:?}");
    assert!(!has(d, "Bazel", EntityType::Location), "{d:?}");
    assert!(has(d, "Wet bankenbelasting", EntityType::Misc), "{d:?}");
}

/// "analist … van Degroof Petercam": the employer of a person introduced
/// by a job is an organisation; "Georgia Ellery" is a person, "naar
/// Virginia" a place.
#[test]
fn employers_and_people_named_like_places() {
    let docs = mentions(&[
        "Analist Pieter-Jan Clauwaert van Degroof Petercam noemt het bod ruim. Het nummer is op muziek gezet door Georgia Ellery. Daarna vloog de band naar Virginia.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Degroof Petercam", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Georgia Ellery", EntityType::Person), "{d:?}");
    assert!(has(d, "Virginia", EntityType::Location), "{d:?}");
}

/// "tussen De Meern en Nieuwegein": a listed place that opens with an
/// article is whole; glued to a word before by a hyphen it is the end of
/// a longer name; an article before a capitalised word that is no listed
/// place makes no place.
#[test]
fn places_that_open_with_an_article() {
    let docs = mentions(&[
        "De polder ligt tussen De Meern, IJsselstein en Nieuwegein. Bewoners uit De Meern kwamen ook.\nNieuws › Politiek › Vleuten-De Meern\nDe Heer sprak in De Kerkbode.",
    ]);
    let d = &docs[0];
    assert_eq!(
        d.iter().filter(|(t, _)| t == "De Meern").count(),
        2,
        "{d:?}"
    );
    assert!(has(d, "De Meern", EntityType::Location), "{d:?}");
    assert!(!has(d, "De Heer", EntityType::Location), "{d:?}");
    assert!(!has(d, "De Kerkbode", EntityType::Location), "{d:?}");
}

/// A body's head in the plural names a kind of body, not one: "de
/// regionale Computer Emergency Response Teams"; one team is a body.
#[test]
fn a_plural_team_is_no_body() {
    let docs = mentions(&[
        "Het geld gaat naar de regionale Computer Emergency Response Teams. Het Cyber Rapid Response Team rukte uit.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "Computer Emergency Response Teams"), "{d:?}");
    assert!(
        has(d, "Cyber Rapid Response Team", EntityType::Organisation),
        "{d:?}"
    );
}

/// "Crossing Border, het festival dat …": a thing's kind after a comma;
/// "de Nieuwe Kerk" is a building, "de Protestantse Kerk" a body; "de
/// Booker Prize" a prize.
#[test]
fn festivals_by_apposition_churches_and_prizes() {
    let docs = mentions(&[
        "Dat blijft van Crossing Border, het festival dat elk najaar de stad vult. Zij speelde in een uitverkochte Nieuwe Kerk. De Protestantse Kerk zweeg. Hij stond op de shortlist van de Booker Prize.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Crossing Border", EntityType::Misc), "{d:?}");
    assert!(has(d, "Nieuwe Kerk", EntityType::Location), "{d:?}");
    assert!(!has(d, "Protestantse Kerk", EntityType::Location), "{d:?}");
    assert!(has(d, "Booker Prize", EntityType::Misc), "{d:?}");
}
