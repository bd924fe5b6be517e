//! Mentions read from what stands around them, on texts of our own (issue
//! 12, twenty-fifth round, from the twenty-second and twenty-third unseen
//! sets' errors): amounts without a currency, decades, the platform one
//! posts on, a repeated name where places stand,
//! a language standing alone, a company's short form that is a given name,
//! a unit's number, a place's lot, two signatories on one line. Each test
//! says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "Het deel kost 1,5 miljard.": money the sentence speaks of; a count of
/// people or animals, or a number in a sentence about no money, is none.
#[test]
fn amounts_without_a_currency_in_sentences_about_money() {
    let docs = mentions(&[
        "Het Belgische deel van de spoorlijn kost 1,5 miljard. Daarvan betaalt Vlaanderen \
         410 miljoen. Het land telt 12 miljoen. Er wonen 1,2 miljoen mensen langs de lijn.",
    ]);
    let d = &docs[0];
    assert!(has(d, "1,5 miljard", EntityType::Money), "{d:?}");
    assert!(has(d, "410 miljoen", EntityType::Money), "{d:?}");
    assert!(!tagged(d, "12 miljoen"), "{d:?}");
    assert!(!tagged(d, "1,2 miljoen"), "{d:?}");
}

/// "de jaren zeventig" is a named period; "vijf jaren later" is none.
#[test]
fn decades_are_dates() {
    let docs = mentions(&["Ze woont er sinds de jaren zeventig; vijf jaren later kwam de ring."]);
    let d = &docs[0];
    assert!(has(d, "jaren zeventig", EntityType::Date), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("vijf")), "{d:?}");
}

/// "Op X schreef hij", "Bekijk op X": the platform; "de X-as" and "Willem
/// X" are not.
#[test]
fn x_one_posts_on_is_the_platform() {
    let docs = mentions(&[
        "Op X schreef de wethouder dat het klaar is.\nBekijk op X\nDe X-as loopt horizontaal.",
    ]);
    let d = &docs[0];
    assert_eq!(d.iter().filter(|(t, _)| t == "X").count(), 2, "{d:?}");
}

/// A name the text repeats where places stand ("via Kapellen", "bewoners
/// in Kapellen") is a place; a company a stake is held "in" stays a body;
/// a language the text keeps naming ("Duits") is neither.
#[test]
fn repeated_names_where_places_stand_and_languages() {
    let places = mentions(&[
        "De goederenlijn loopt via Kapellen naar het noorden. Bewoners in Kapellen zijn \
         boos, maar Kapellen wacht af. De burgemeester van Kapellen wil een tunnel.",
    ]);
    let company = mentions(&[
        "Het fonds nam een belang in Tessavo. Toen zei Tessavo nee, en Tessavo wacht, \
         want Tessavo twijfelt.",
    ]);
    let language = mentions(&[
        "Steeds minder scholieren kiezen Duits. Het aantal leraren Duits daalt, want \
         leerlingen spreken liever Engels dan Duits.",
    ]);
    assert!(
        has(&places[0], "Kapellen", EntityType::Location),
        "{:?}",
        places[0]
    );
    assert!(
        !has(&places[0], "Kapellen", EntityType::Organisation),
        "{:?}",
        places[0]
    );
    assert!(
        has(&company[0], "Tessavo", EntityType::Organisation),
        "{:?}",
        company[0]
    );
    assert!(
        !has(&company[0], "Tessavo", EntityType::Location),
        "{:?}",
        company[0]
    );
    assert!(!tagged(&language[0], "Duits"), "{:?}", language[0]);
}

/// "Brennan" of "Brennan Dynamics Inc." is the company where no person is
/// named "Brennan"; where "Brennan Walsh" is named, the given name is no
/// short form of the company.
#[test]
fn a_companys_short_form_unless_another_name_starts_with_it() {
    // (Separate briefings: a short form one document teaches is looked
    // for in the others.)
    let alone = mentions(&[
        "Het Amerikaanse Brennan Dynamics Inc. biedt veel. Volgens Brennan is het bod eerlijk.",
    ]);
    let beside = mentions(&[
        "Het Amerikaanse Brennan Dynamics Inc. biedt veel, zegt topman Brennan Walsh. \
         Volgens Brennan is het bod eerlijk.",
    ]);
    assert!(
        has(&alone[0], "Brennan", EntityType::Organisation),
        "{:?}",
        alone[0]
    );
    assert!(
        !has(&beside[0], "Brennan", EntityType::Organisation),
        "{:?}",
        beside[0]
    );
}

/// "43 Gemechaniseerde Brigade" with its number; "in 2026 Gemechaniseerde
/// Brigade" without the year; a barracks named after a person is a place.
#[test]
fn units_with_their_number_and_barracks_as_places() {
    let docs = mentions(&[
        "De 43 Gemechaniseerde Brigade oefent in de Johan Willem Frisokazerne. In 2026 \
         Gemechaniseerde Brigade-oefeningen.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "43 Gemechaniseerde Brigade", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Johan Willem Frisokazerne", EntityType::Location),
        "{d:?}"
    );
    assert!(!d.iter().any(|(t, _)| t.starts_with("2026 ")), "{d:?}");
}

/// Two signatories a letter's columns ran onto one line are two people.
#[test]
fn two_signatories_on_one_line() {
    let docs =
        mentions(&["Hoogachtend,\n\nir. P.J. van der Veen-Schouten J.A. (Jolanda) Tuinstra"]);
    let d = &docs[0];
    assert!(
        has(d, "P.J. van der Veen-Schouten", EntityType::Person),
        "{d:?}"
    );
    assert!(
        !d.iter().any(|(t, _)| t.ends_with("Schouten J.A.")),
        "{d:?}"
    );
}

/// "Project Beethoven", "de Startbouwimpuls", "het Prognosemodel
/// Justitiële Ketens": named programmes and models; a heading's
/// "Sportbeleid" and a sentence's "het project" are no names.
#[test]
fn programmes_by_their_head() {
    let docs = mentions(&[
        "Het kabinet trekt geld uit voor Project Beethoven en verlengt de Startbouwimpuls. \
         Het Prognosemodel Justitiële Ketens rekent verder. Het project loopt.\n\nSportbeleid\n\n\
         De gemeente schrijft een nota.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Project Beethoven", EntityType::Misc), "{d:?}");
    assert!(has(d, "Startbouwimpuls", EntityType::Misc), "{d:?}");
    assert!(
        has(d, "Prognosemodel Justitiële Ketens", EntityType::Misc),
        "{d:?}"
    );
    assert!(!tagged(d, "Sportbeleid"), "{d:?}");
}

/// English titles of works in a Dutch text are named things; a newspaper,
/// a band and an English sentence are not.
#[test]
fn english_titles_of_works() {
    let docs = mentions(&[
        "Haar roman The Weight of Rain verscheen in 2025; de film The Drowned Archive volgde. \
         Volgens The Irish Times speelden The Beatles daar. \"The minister said no.\"",
    ]);
    let d = &docs[0];
    assert!(has(d, "The Weight of Rain", EntityType::Misc), "{d:?}");
    assert!(has(d, "The Drowned Archive", EntityType::Misc), "{d:?}");
    assert!(!has(d, "The Irish Times", EntityType::Misc), "{d:?}");
    assert!(!has(d, "The Beatles", EntityType::Misc), "{d:?}");
    assert!(
        !d.iter().any(|(t, _)| t.starts_with("The minister")),
        "{d:?}"
    );
}

/// A language standing alone is no place ("in het Duits en het Frans",
/// "naar Frans voorbeeld"); a person named by it still is one.
#[test]
fn languages_are_no_places() {
    let docs = mentions(&[
        "Het boek wordt vertaald in het Duits en het Frans. De wet komt er naar Frans \
         voorbeeld. Minister Frans Timmermans was er ook.",
    ]);
    let d = &docs[0];
    assert!(!has(d, "Frans", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Duits"), "{d:?}");
    assert!(has(d, "Frans Timmermans", EntityType::Person), "{d:?}");
}
