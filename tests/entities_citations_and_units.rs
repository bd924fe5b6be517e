//! Titles of reports, case numbers, police units, suspects named by an
//! initial, people of bodies, codes,
//! hospitals and a news site's sections, on texts of our own (issue 12,
//! nineteenth round). Each test says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A report's title with its subtitle, after "het rapport" or cited after
/// its body in a note, is one named thing with the places of its title
/// inside it, and so is a news article's headline cited in a note (since
/// the thirty-third round, as the gold of the eleventh set onward has it);
/// a quote after a verb of saying, or a term in guillemets is not.
#[test]
fn titles_of_reports_are_named_whole() {
    let docs = mentions(&[
        "Het rapport «Veilig varen. Toezicht op de veerdiensten bij Zwolle» verscheen gisteren.\n\n1 Inspectie Leefomgeving en Transport, «Dijken na de storm. Een eerste beeld van Zutphen».\n2 Omroep Gelderland, 4 november 2026, «Dijk bij Deventer lekt opnieuw».",
        "\"Dit kan niet. Nooit meer\", zei de burgemeester van Zwolle. De zogeheten «veiligheidsarchitectuur» van Europa wankelt.",
    ]);
    let d = &docs[0];
    for title in [
        "Veilig varen. Toezicht op de veerdiensten bij Zwolle",
        "Dijken na de storm. Een eerste beeld van Zutphen",
    ] {
        assert!(has(d, title, EntityType::Misc), "{title}: {d:?}");
    }
    assert!(!tagged(d, "Zutphen") && !tagged(d, "Zwolle"), "{d:?}");
    assert!(
        has(d, "Dijk bij Deventer lekt opnieuw", EntityType::Misc),
        "{d:?}"
    );
    assert!(!tagged(d, "Deventer"), "{d:?}");
    let d = &docs[1];
    assert!(has(d, "Zwolle", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Dit kan niet. Nooit meer") && !tagged(d, "veiligheidsarchitectuur"));
}

/// A criminal case's number is a reference; a fraction or a number with
/// a slash that has not its shape is not.
#[test]
fn case_numbers_are_references() {
    let docs = mentions(&[
        "De rechtbank deed uitspraak (parketnummers 13/751035-22 en 13/751036-22). Hij kreeg 15/20 van de stemmen en code 12/123456.",
    ]);
    let d = &docs[0];
    assert!(has(d, "13/751035-22", EntityType::Reference), "{d:?}");
    assert!(has(d, "13/751036-22", EntityType::Reference), "{d:?}");
    assert!(!tagged(d, "15/20") && !tagged(d, "12/123456"), "{d:?}");
}

/// A police unit with its region is one body; the place where the police
/// act is a place.
#[test]
fn police_units_are_bodies() {
    let docs = mentions(&[
        "Zij deed aangifte bij basisteam Zwolle van de politie Oost-Nederland. In Gent overlegt politiezone Gent met de burgemeester. De politie in Deventer hield twee mannen aan.",
    ]);
    let d = &docs[0];
    for unit in [
        "basisteam Zwolle",
        "politie Oost-Nederland",
        "politiezone Gent",
    ] {
        assert!(has(d, unit, EntityType::Organisation), "{unit}: {d:?}");
    }
    assert!(has(d, "Gent", EntityType::Location), "{d:?}");
    assert!(has(d, "Deventer", EntityType::Location), "{d:?}");
}

/// The letters ending a letter's kenmerk are no insurer; the insurer named
/// in a sentence is.
#[test]
fn the_end_of_a_code_is_no_name() {
    let docs = mentions(&[
        "Ons kenmerk 5521093-1187734-VGZ\n\nDe zorgverzekeraar VGZ en Menzis kopen samen in.",
    ]);
    let d = &docs[0];
    let vgz: Vec<_> = d.iter().filter(|m| m.0 == "VGZ").collect();
    assert_eq!(vgz.len(), 1, "{d:?}");
    assert!(has(d, "Menzis", EntityType::Organisation), "{d:?}");
}

/// Hospitals and mental-health institutions without a cue word are bodies;
/// the historical region "Gelre" and the landscape "Gelderse Vallei" stay
/// what they are.
#[test]
fn hospitals_without_a_cue_are_bodies() {
    let docs = mentions(&[
        "Zuyderland en VieCuri werken samen, net als Treant en Isala. Ook Altrecht en Dimence doen mee. Het hertogdom Gelre lag in de Gelderse Vallei.",
    ]);
    let d = &docs[0];
    for body in [
        "Zuyderland",
        "VieCuri",
        "Treant",
        "Isala",
        "Altrecht",
        "Dimence",
    ] {
        assert!(has(d, body, EntityType::Organisation), "{body}: {d:?}");
    }
    assert!(!has(d, "Gelre", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Gelderse Vallei", EntityType::Location), "{d:?}");
}

/// A news site's section after "in" is no place; a town after "in" is.
#[test]
fn a_sites_section_is_no_place() {
    let docs = mentions(&["Ook in Cultuur\nMeer in Economie\nEen brand in Zwolle"]);
    let d = &docs[0];
    assert!(!tagged(d, "Cultuur") && !tagged(d, "Economie"), "{d:?}");
    assert!(has(d, "Zwolle", EntityType::Location), "{d:?}");
}

/// A suspect named with an initial for a surname is named by that initial
/// alone later on; an initial before a surname or an appendix's letter is
/// no suspect.
#[test]
fn a_suspects_initial_alone_is_the_suspect() {
    let docs = mentions(&[
        "De rechtbank in Zwolle veroordeelde donderdag Kevin D. (29) tot een jaar cel. D. ontkende alles. Volgens de officier van justitie wist D. precies wat hij deed.\n\nHet rapport van D. Visser staat in Bijlage D. van het vonnis.",
    ]);
    let d = &docs[0];
    let alone = d
        .iter()
        .filter(|m| m.0 == "D." && m.1 == EntityType::Person)
        .count();
    assert_eq!(alone, 2, "{d:?}");
    assert!(has(d, "Kevin D.", EntityType::Person), "{d:?}");
}

/// A person of a body joined by "van de" is a person and a body; a body
/// named by the body it belongs to stays one.
#[test]
fn a_person_of_a_body_is_two_mentions() {
    let docs = mentions(&[
        "Ik laat mij adviseren door dr. Karin Lindqvist van de Universiteit van Uppsala. Het besluit ligt bij de Raad van de Europese Unie.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Karin Lindqvist", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Universiteit van Uppsala", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Raad van de Europese Unie", EntityType::Organisation),
        "{d:?}"
    );
}

/// Medicine brands without a cue word are named things; a common substance
/// in lower case is not. (A medicine's international name is, by its stem:
/// "semaglutide"; see `medicines_by_their_stem`.)
#[test]
fn medicine_brands_are_named_things() {
    let docs = mentions(&[
        "Apothekers melden tekorten aan Ritalin en Ozempic. Wie insuline of paracetamol gebruikt, krijgt soms Wegovy.",
    ]);
    let d = &docs[0];
    for brand in ["Ritalin", "Ozempic", "Wegovy"] {
        assert!(has(d, brand, EntityType::Misc), "{brand}: {d:?}");
    }
    assert!(!tagged(d, "insuline") && !tagged(d, "paracetamol"), "{d:?}");
}

/// Two towns joined by a hyphen are one place (a port, a municipality, a
/// region); two countries or a route with a dash stay two.
#[test]
fn two_towns_joined_by_a_hyphen_are_one_place() {
    let docs = mentions(&[
        "De haven van Gent-Terneuzen groeit, net als de gemeente Dinkelland-Tubbergen. Aan de grens Nederland-Duitsland en op de lijn Zwolle–Enschede is het rustig.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Gent-Terneuzen", EntityType::Location), "{d:?}");
    for place in ["Nederland", "Duitsland", "Zwolle", "Enschede"] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
}

/// Painters a culture page names without a cue are people, also by the
/// surname alone; the bodies named after them stay bodies ("Frans Hals"
/// and "Rembrandt" alone are not in the gazetteer for that reason).
#[test]
fn painters_are_people_and_their_funds_bodies() {
    let docs = mentions(&[
        "Het doek hangt naast werk van Kandinsky en Malevich. Het Mondriaan Fonds betaalde mee; het Van Gogh Museum leende een schets van Charley Toorop, het Frans Hals Museum een portret.",
    ]);
    let d = &docs[0];
    for painter in ["Kandinsky", "Malevich", "Charley Toorop"] {
        assert!(has(d, painter, EntityType::Person), "{painter}: {d:?}");
    }
    assert!(has(d, "Mondriaan Fonds", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Van Gogh Museum", EntityType::Organisation), "{d:?}");
    assert!(
        has(d, "Frans Hals Museum", EntityType::Organisation),
        "{d:?}"
    );
}
