//! Entities on text the rules were not written for (issue 12, tenth round):
//! companies, medical centres, Frisian regions, plural acronyms and codes,
//! on texts of our own. Each test says what must be found and what must not
//! (the earlier classes are in `entities_unseen.rs`).

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A company named once in full is named by its short form after: the
/// words before a trade word ("Technologies") or a legal form ("Inc."),
/// also when its founder bears that name.
#[test]
fn a_company_is_known_by_its_short_form() {
    let docs = mentions(&[
        "Het Amerikaanse Halvorsen Controls Inc. biedt op Brandsma Technologies, dat in 1987 werd opgericht door Pieter Brandsma. Volgens Halvorsen is het bod eerlijk. Brandsma steunt het bod. De aandeelhouders van Brandsma beslissen in maart.",
        "Analisten vinden dat Halvorsen te weinig biedt. Het bod loopt via Halvorsen Netherlands Bidco B.V., een dochter van Halvorsen.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Halvorsen Controls Inc.", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Brandsma Technologies", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Pieter Brandsma", EntityType::Person), "{d:?}");
    assert!(has(d, "Brandsma", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Brandsma", EntityType::Person), "{d:?}");
    assert!(has(d, "Halvorsen", EntityType::Organisation), "{d:?}");
    assert!(
        has(&docs[1], "Halvorsen", EntityType::Organisation),
        "{:?}",
        docs[1]
    );
    // Counter-examples: a place before a trade word stays a place, and a
    // person's surname without such a company stays the person.
    let docs = mentions(&[
        "Het fonds Rotterdam Capital investeert in de haven. In Rotterdam groeit de werkgelegenheid.",
        "Het bedrijf werd opgericht door Pieter Brandsma. Brandsma werkte er veertig jaar.",
    ]);
    assert!(
        has(&docs[0], "Rotterdam", EntityType::Location),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[1], "Brandsma", EntityType::Person),
        "{:?}",
        docs[1]
    );
}

/// Capitalised words before a legal form are a company, the legal form
/// with them; a number or an ordinary word before it is not.
#[test]
fn a_name_before_a_legal_form_is_a_company() {
    let docs = mentions(&[
        "De zorgfraude liep via Noorderzorg Advies B.V. in Assen. De curator van Zandvliet Bouw N.V. meldde zich ook. Het bestuur van een nieuwe B.V. tekende.\n\n© 2026 Veenstra Media B.V.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Noorderzorg Advies B.V.", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Zandvliet Bouw N.V.", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Veenstra Media B.V.", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Assen", EntityType::Location), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("2026 Veenstra")), "{d:?}");
    assert!(
        !d.iter().any(|(t, _)| t.ends_with("een nieuwe B.V.")),
        "{d:?}"
    );
}

/// "Frisius MC", "Amsterdam UMC": the word before a medical centre's "MC"
/// names it; "het MC" alone is no more than it was.
#[test]
fn a_medical_centre_is_named_by_the_word_before_mc() {
    let docs = mentions(&[
        "Patiënten worden verwezen naar Tjaarda MC in Leeuwarden en naar Amsterdam UMC. Het MC zegt dat de zorg veilig blijft.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Tjaarda MC", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Amsterdam UMC", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Leeuwarden", EntityType::Location), "{d:?}");
    assert!(!has(d, "Amsterdam", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Het MC"), "{d:?}");
}

/// Frisian compass parts make one region with the place: "Súdwest-Fryslân".
#[test]
fn a_frisian_compass_part_makes_one_region() {
    let docs =
        mentions(&["De gemeenten Súdwest-Fryslân en Noardeast-Fryslân werken samen met Fryslân."]);
    let d = &docs[0];
    assert!(has(d, "Súdwest-Fryslân", EntityType::Location), "{d:?}");
    assert!(has(d, "Noardeast-Fryslân", EntityType::Location), "{d:?}");
    // Counter-example: the province alone is still found.
    assert!(has(d, "Fryslân", EntityType::Location), "{d:?}");
}

/// "de SEH's", "alle regionale GGD's": an acronym in the plural after a
/// word that counts is a kind of thing; a genitive stays a name.
#[test]
fn a_plural_acronym_after_a_determiner_is_no_name() {
    let docs = mentions(&[
        "Alle regionale SEH's moeten open blijven. De SEH's in het noorden sluiten 's nachts. KLM's vloot groeit en de NAVO vergadert.",
    ]);
    let d = &docs[0];
    assert!(!d.iter().any(|(t, _)| t.starts_with("SEH")), "{d:?}");
    assert!(
        has(d, "KLM's", EntityType::Organisation) || has(d, "KLM", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "NAVO", EntityType::Organisation), "{d:?}");
}

/// "Ons kenmerk DGKE-NS / 102736418": an acronym inside a code before a
/// spaced slash and a number is no organisation.
#[test]
fn an_acronym_inside_a_spaced_file_number_is_no_name() {
    let docs =
        mentions(&["Ons kenmerk\nDGKE-NS / 102736418\n\nDe NS en ProRail rijden minder treinen."]);
    let d = &docs[0];
    let ns = d.iter().filter(|(t, _)| t == "NS").count();
    assert_eq!(ns, 1, "{d:?}");
    // A code without a hyphen before a long number is one too; an acronym
    // before a short number or another acronym stays a name.
    let docs =
        mentions(&["Ons kenmerk DGMB / 104583327\n\nDe RDW en de VVD / 40 zetels; de NAVO / EU."]);
    let d = &docs[0];
    assert!(!tagged(d, "DGMB"), "{d:?}");
    assert!(has(d, "VVD", EntityType::Organisation), "{d:?}");
    assert!(has(d, "NAVO", EntityType::Organisation), "{d:?}");
}

/// "in Sneek" after "Antonius Sneek": a listed town after a preposition of
/// place stays the town, though a name of the document ends in it; the
/// surname alone elsewhere is still the person ("Nuis won").
#[test]
fn a_town_after_in_stays_a_town_beside_a_name_ending_in_it() {
    let docs = mentions(&[
        "Schaatser Jorrit Dokkum won in Heerenveen. Dokkum was de snelste. Zijn ouders komen uit Dokkum en wonen nu in Dokkum.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Jorrit Dokkum", EntityType::Person), "{d:?}");
    let places = d
        .iter()
        .filter(|(t, y)| t == "Dokkum" && *y == EntityType::Location)
        .count();
    let people = d
        .iter()
        .filter(|(t, y)| t == "Dokkum" && *y == EntityType::Person)
        .count();
    assert_eq!((places, people), (2, 1), "{d:?}");
}

/// English "X of Place" with an organisation's head is one organisation
/// ("Port of Amsterdam"); other words before "of" leave the place alone.
#[test]
fn an_english_head_of_a_place_is_one_name() {
    let docs = mentions(&[
        "De Port of Rotterdam en de University of Ghent tekenden. Het festival Best of Rotterdam begint in Rotterdam.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Port of Rotterdam", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "University of Ghent", EntityType::Organisation),
        "{d:?}"
    );
    assert_eq!(
        d.iter()
            .filter(|(t, y)| t == "Rotterdam" && *y == EntityType::Location)
            .count(),
        2,
        "{d:?}"
    );
}

/// Municipalities named after a region or with lower-case words are
/// places; a trader's compound ("Mosselhandel") heads a company, the
/// portfolio "Handel" alone does not.
#[test]
fn municipalities_and_traders() {
    let docs = mentions(&[
        "De gemeenten Hollands Kroon, Peel en Maas en Reimerswaal kregen geld. Volgens Zeeuwse Mosselhandel was dat nodig. De Europese ministers van Handel vergaderden.",
    ]);
    let d = &docs[0];
    for place in ["Hollands Kroon", "Peel en Maas", "Reimerswaal"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    assert!(
        has(d, "Zeeuwse Mosselhandel", EntityType::Organisation),
        "{d:?}"
    );
    assert!(!tagged(d, "Handel"), "{d:?}");
}

/// "Anna Bakker-van Dijk", "Jildou Hiemstra-van der Wal": a double surname
/// whose second part has particles is one person, though a known person's
/// surname ends it; "Harry van der Maas", "Pieter van Zutphen": a given
/// name, particles and a place's name are a person. Counter-examples: a
/// full name before "van" and a place, a country after "van", a trip.
#[test]
fn particles_before_a_known_name_or_a_place_make_a_surname() {
    let docs = mentions(&[
        "Volgens Anna Bakker-van Dijk gaat het goed. Directeur Jildou Hiemstra-van der Wal is het eens. Gedeputeerde Harry van der Maas en Pieter van Zutphen zijn het eens.",
        "Burgemeester Femke Halsema van Amsterdam sprak met koningin Máxima van Nederland. Daarna reed zij van Amsterdam naar Zutphen.",
    ]);
    let d = &docs[0];
    for person in [
        "Anna Bakker-van Dijk",
        "Jildou Hiemstra-van der Wal",
        "Harry van der Maas",
        "Pieter van Zutphen",
    ] {
        assert!(has(d, person, EntityType::Person), "{person}: {d:?}");
    }
    assert!(!tagged(d, "Maas"), "{d:?}");
    let d = &docs[1];
    assert!(has(d, "Femke Halsema", EntityType::Person), "{d:?}");
    assert!(has(d, "Nederland", EntityType::Location), "{d:?}");
    assert_eq!(
        d.iter()
            .filter(|(t, y)| t == "Amsterdam" && *y == EntityType::Location)
            .count(),
        2,
        "{d:?}"
    );
    assert!(has(d, "Zutphen", EntityType::Location), "{d:?}");
}

/// Parties and parliaments of neighbours that are written like names of
/// people ("Fine Gael", "Sinn Féin") are organisations; a court of a
/// two-place district is one organisation.
#[test]
fn foreign_parties_and_two_place_courts() {
    let docs = mentions(&[
        "In de Dáil stemden Fine Gael en Sinn Féin tegen, Fianna Fáil voor. Ook Open VLD en DéFI waren tegen. De rechtbank Oost-Brabant-Limburg en het gerechtshof Arnhem-Leeuwarden oordeelden anders.",
    ]);
    let d = &docs[0];
    for org in [
        "Dáil",
        "Fine Gael",
        "Sinn Féin",
        "Fianna Fáil",
        "Open VLD",
        "DéFI",
        "gerechtshof Arnhem-Leeuwarden",
    ] {
        assert!(has(d, org, EntityType::Organisation), "{org}: {d:?}");
    }
    assert!(!has(d, "Leeuwarden", EntityType::Location), "{d:?}");
}

/// Market indices and competitions are named things, not organisations:
/// "de AEX", "de Nasdaq", "de Ronde van Italië".
#[test]
fn indices_and_competitions_are_named_things() {
    let docs = mentions(&[
        "De AEX sloot hoger en de DAX ook; in New York steeg de Nasdaq. Brent werd duurder. De Ronde van Italië en de Premier League beginnen later.",
    ]);
    let d = &docs[0];
    for misc in [
        "AEX",
        "DAX",
        "Nasdaq",
        "Brent",
        "Ronde van Italië",
        "Premier League",
    ] {
        assert!(has(d, misc, EntityType::Misc), "{misc}: {d:?}");
    }
    assert!(has(d, "New York", EntityType::Location), "{d:?}");
}

/// A capitalised word with a street's ending is a street, with the title
/// it is named by; in an address, before its number, it is the letter's
/// furniture; a verb with such an ending ("Opslaan") is no street.
#[test]
fn streets_by_their_ending() {
    let docs = mentions(&[
        "De stoet trok over de Vondelstraat naar de Koningin Wilhelminalaan. Het bezoekadres is Stationsweg 12, Leiden.\n\nDelen Opslaan",
    ]);
    let d = &docs[0];
    assert!(has(d, "Vondelstraat", EntityType::Location), "{d:?}");
    assert!(
        has(d, "Koningin Wilhelminalaan", EntityType::Location),
        "{d:?}"
    );
    assert!(!tagged(d, "Stationsweg"), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("Opslaan")), "{d:?}");
}

/// Districts and villages (from GeoNames) are places without a cue, and a
/// capitalised word between two places of a list is a place too.
#[test]
fn districts_and_places_in_a_list() {
    let docs = mentions(&[
        "Bewoners van Scheveningen en Hoogvliet protesteren. Er komen spreekuren in Sneek, Tjalleberd en Heerenveen. Volgens Sneek, Wouter en vele anderen niet.",
    ]);
    let d = &docs[0];
    for place in ["Scheveningen", "Hoogvliet", "Tjalleberd"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    // Counter-example: the list must end in a place.
    assert!(!tagged(d, "Wouter"), "{d:?}");
}

/// Places whose names are Dutch words in lower case ("Essen", "Lier") are
/// places when capitalised; the word in lower case is not.
#[test]
fn places_named_like_words() {
    let docs = mentions(&[
        "Op Wall Street daalden de koersen. In Essen en Lier regende het. De lier van de kraan brak.",
    ]);
    let d = &docs[0];
    for place in ["Wall Street", "Essen", "Lier"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    assert!(!tagged(d, "lier"), "{d:?}");
}

/// Firms of advisers and investors by their English head word ("Bayshore
/// Partners", "Prime Ventures", "Kepler Securities") are organisations,
/// not people. Counter-examples: the head word alone ("Partners van de
/// gemeente …") names nothing, and "Capital" heads no firm ("de Capital
/// Requirements Regulation" is a law).
#[test]
fn advisers_and_investors_are_firms() {
    let docs = mentions(&[
        "Volgens Bayshore Partners is het bod te laag; Prime Ventures en Kepler Securities zijn het eens.\n\
         Partners van de gemeente reageerden verdeeld. De Capital Requirements Regulation geldt ook.",
    ]);
    let d = &docs[0];
    for firm in ["Bayshore Partners", "Prime Ventures", "Kepler Securities"] {
        assert!(has(d, firm, EntityType::Organisation), "{firm}: {d:?}");
    }
    assert!(!tagged(d, "Partners"), "{d:?}");
    assert!(
        !has(
            d,
            "Capital Requirements Regulation",
            EntityType::Organisation
        ),
        "{d:?}"
    );
}
