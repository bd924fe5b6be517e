//! Names whose parts the words around them join or split, on texts of our
//! own (issue 12, twenty-sixth round, from the twenty-fourth unseen set's
//! errors): places named with lower-case words, a group's company for a
//! region, clubs with a lower-case kind, nature areas, ships after their
//! kind, a resolution's number, a footnote marker after a name, a body's
//! last word before its foreign acronym, a person's name before a business
//! noun, unlisted given names, particles that join two parts of one name,
//! a surname's capitalised particle after a title, a venue named after a
//! king; and from the twenty-fifth set's: a maker's product, surnames that
//! end like streets, storms, a motion by a full name, Aruba's florin, a
//! learned person's genitive. Each test says what must be found and what
//! must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "Wijk aan Zee", "Bergen op Zoom": one place each; "Bergen aan de kust"
/// is no place's name.
#[test]
fn places_named_with_lower_case_words() {
    let docs = mentions(&[
        "De lucht in Wijk aan Zee en Velsen verbetert. In Berkel en Rodenrijs en Huis ter \
         Heide ook. De schepen bergen aan de kust hun netten.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wijk aan Zee", EntityType::Location), "{d:?}");
    assert!(has(d, "Berkel en Rodenrijs", EntityType::Location), "{d:?}");
    assert!(has(d, "Huis ter Heide", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Wijk"), "{d:?}");
}

/// "Dow Benelux" is a company; "de Benelux" is the union.
#[test]
fn a_groups_company_for_the_benelux() {
    let docs = mentions(&[
        "Met Dow Benelux in Terneuzen lopen gesprekken. De handel binnen de Benelux groeit.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Dow Benelux", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Benelux", EntityType::Organisation), "{d:?}");
}

/// "sc Heerenveen", "vv Katwijk": clubs, the kind with them; the town
/// alone stays a place.
#[test]
fn clubs_with_a_lower_case_kind() {
    let docs = mentions(&[
        "Voor sc Heerenveen scoorde de spits twee keer. Ook vv Katwijk won. Het stadion \
         staat in Heerenveen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "sc Heerenveen", EntityType::Organisation), "{d:?}");
    assert!(has(d, "vv Katwijk", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Heerenveen", EntityType::Location), "{d:?}");
}

/// "de Ginkelse Heide": a nature area; "de Ginkelse heide" and a national
/// park's name with its article are read as written.
#[test]
fn nature_areas_and_national_parks() {
    let docs = mentions(&[
        "Wandelaars op de Ginkelse Heide zagen een wolf. Het gebied grenst aan Nationaal Park \
         De Hoge Veluwe. Op de Ginkelse heide is het stil.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ginkelse Heide", EntityType::Location), "{d:?}");
    assert!(
        has(d, "Nationaal Park De Hoge Veluwe", EntityType::Location),
        "{d:?}"
    );
    assert!(!tagged(d, "Ginkelse heide"), "{d:?}");
}

/// "het cruiseschip Ocean Majesty" is a ship; "het schip van staat" names
/// none.
#[test]
fn ships_after_their_kind() {
    let docs = mentions(&[
        "Het cruiseschip Ocean Majesty ligt in de haven. Het schip van staat koerst verder.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ocean Majesty", EntityType::Misc), "{d:?}");
    assert_eq!(
        d.iter().filter(|(_, t)| *t == EntityType::Misc).count(),
        1,
        "{d:?}"
    );
}

/// "resolutie 2722" is a reference; "resolutie 12" is none.
#[test]
fn a_resolutions_number_is_a_reference() {
    let docs =
        mentions(&["Het akkoord volgt resolutie 2722 van de Veiligheidsraad, niet resolutie 12."]);
    let d = &docs[0];
    assert!(has(d, "resolutie 2722", EntityType::Reference), "{d:?}");
    assert!(!tagged(d, "resolutie 12"), "{d:?}");
}

/// "Bosnië en Herzegovina.³": the place before the stop and the marker.
#[test]
fn a_footnote_marker_after_the_stop_leaves_the_name() {
    let docs =
        mentions(&["Er zijn pushbacks aan de grens met Bosnië en Herzegovina.³ En in Spanje.⁴"]);
    let d = &docs[0];
    assert!(
        has(d, "Bosnië en Herzegovina", EntityType::Location),
        "{d:?}"
    );
    assert!(has(d, "Spanje", EntityType::Location), "{d:?}");
}

/// "onder de Milieusteunrichtsnoeren (CEEAG)": a thing's last word before
/// its acronym is no member of a party; "de leden Stultiens (GroenLinks-
/// PvdA) en Kuiper-Daalmeijer (NSC)" are.
#[test]
fn a_word_before_a_foreign_acronym_is_no_member() {
    let docs = mentions(&[
        "De steun valt onder de Milieusteunrichtsnoeren (CEEAG). Geld gaat naar het fonds \
         voor de Vluchtelingen (UNHCR). Vragen van de leden Stultiens (GroenLinks-PvdA) en \
         Kuiper-Daalmeijer (NSC).",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "Milieusteunrichtsnoeren"), "{d:?}");
    assert!(!tagged(d, "Vluchtelingen"), "{d:?}");
    assert!(has(d, "Stultiens", EntityType::Person), "{d:?}");
    assert!(has(d, "Kuiper-Daalmeijer", EntityType::Person), "{d:?}");
}

/// "een Van der Valk-hotel" names the hotel chain; "de Bart de Graaff-show"
/// the person; "Kim Min-sun" is a person's whole name.
#[test]
fn a_persons_name_before_a_noun() {
    let docs = mentions(&[
        "De gasten slapen in een Van der Valk-hotel. Hij zat in de Bart de Graaff-show. \
         De Koreaanse schaatser Kim Min-sun won.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Van der Valk", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Bart de Graaff", EntityType::Person), "{d:?}");
    assert!(has(d, "Kim Min-sun", EntityType::Person), "{d:?}");
}

/// "scoorde Hylke Hoekstra": a given name no list holds, before a known
/// surname; "van Buitenlandse Zaken Hoekstra" and "ook: Emotionele
/// Hoekstra" are no given names.
#[test]
fn unlisted_given_names_before_known_surnames() {
    let docs = mentions(&[
        "In de rust scoorde Hylke Hoekstra. De minister van Buitenlandse Zaken Hoekstra \
         reisde af.\nBekijk ook: Emotionele Hoekstra in Brussel",
    ]);
    let d = &docs[0];
    assert!(has(d, "Hylke Hoekstra", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Zaken Hoekstra"), "{d:?}");
    assert!(!tagged(d, "Emotionele Hoekstra"), "{d:?}");
}

/// "Ilias ben Haddou", "Marcos Paulo da Silva": particles inside one
/// person's name; "Minister Van den Akker-Bos": the title's capitalised
/// particle starts the surname.
#[test]
fn particles_inside_a_name_and_after_a_title() {
    let docs = mentions(&[
        "Ilias ben Haddou viel in voor Marcos Paulo da Silva. Antwoord van Minister Van den \
         Akker-Bos (Asiel en Migratie). Kinderombudsvrouw Margrite Kalverboer reageert.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ilias ben Haddou", EntityType::Person), "{d:?}");
    assert!(has(d, "Marcos Paulo da Silva", EntityType::Person), "{d:?}");
    assert!(has(d, "Van den Akker-Bos", EntityType::Person), "{d:?}");
    assert!(has(d, "Margrite Kalverboer", EntityType::Person), "{d:?}");
}

/// "het Koning Abdulaziz Congrescentrum": a venue, its title with it, no
/// person.
#[test]
fn a_venue_named_after_a_king() {
    let docs = mentions(&["De top was in het Koning Abdulaziz Congrescentrum in Jeddah."]);
    let d = &docs[0];
    assert!(
        has(d, "Koning Abdulaziz Congrescentrum", EntityType::Location),
        "{d:?}"
    );
    assert!(!d.iter().any(|(_, t)| *t == EntityType::Person), "{d:?}");
}

/// "Airbus A321neo's", "Boeing 737-800": a maker and a model's code are one
/// product; a score or a law's name after a body is not ("AZ 2-1", "de AP
/// en NIS2").
#[test]
fn a_maker_and_a_models_code_are_a_product() {
    let docs = mentions(&[
        "Transavia least zes Airbus A321neo's van AerCap; de Boeing 737-800's gaan weg. \
         Uitslag: AZ 2-1.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Airbus A321neo's", EntityType::Misc), "{d:?}");
    assert!(has(d, "Boeing 737-800's", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "AZ 2-1"), "{d:?}");
}

/// "Verkade" (a surname of "Ver" and "kade") is no street; "de Prinsenkade"
/// is one.
#[test]
fn ver_surnames_are_no_streets() {
    let docs = mentions(&["De fabriek van Verkade sluit. Het kantoor staat aan de Prinsenkade."]);
    let d = &docs[0];
    assert!(!has(d, "Verkade", EntityType::Location), "{d:?}");
    assert!(has(d, "Prinsenkade", EntityType::Location), "{d:?}");
}

/// "orkaan Gonzalo in het Caribisch deel": the storm is a named thing and
/// the region's adjective no part of a person's name.
#[test]
fn a_storm_by_its_name() {
    let docs = mentions(&["Na orkaan Gonzalo in het Caribisch deel van het Koninkrijk."]);
    let d = &docs[0];
    assert!(has(d, "Gonzalo", EntityType::Misc), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("Caribisch")), "{d:?}");
}

/// "de motie-Inge van Dijk": a given name and particles after the hyphen;
/// "Afl. 38 miljoen": Aruba's florin; "Putters’ pleidooi": a learned
/// person's genitive.
#[test]
fn a_motion_by_full_name_a_florin_and_a_genitive() {
    let docs = mentions(&[
        "SER-voorzitter Kim Putters adviseerde. Wij nemen Putters’ pleidooi over. De \
         motie-Inge van Dijk vraagt om Afl. 38 miljoen.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "motie-Inge van Dijk", EntityType::Reference),
        "{d:?}"
    );
    assert!(has(d, "Afl. 38 miljoen", EntityType::Money), "{d:?}");
    assert!(has(d, "Putters’", EntityType::Person), "{d:?}");
}
