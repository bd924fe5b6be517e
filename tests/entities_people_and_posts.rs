//! People, their posts and the things around them, on texts of our own
//! (issue 12, sixteenth round): an elided "d'" in a surname, a title word
//! that is a surname after a particle, a title written before a name, a
//! contact block's label letters, a member's joint party list in brackets,
//! a minister's post in brackets, kinds of body and place before a name, a
//! treaty named by its parties, a system defined by its acronym, codes of
//! law, village bodies, roles in a street, courts and decisions cited in
//! notes, a region of two places. Each test
//! says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "d'" before a capital belongs to the surname; alone in lower case it
/// makes no name.
#[test]
fn an_elided_de_belongs_to_the_surname() {
    let docs = mentions(&[
        "De Franse minister, Hélène d'Aubigny, sprak van een slecht akkoord. Het gaat d'r om.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Hélène d'Aubigny", EntityType::Person), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("d'r")), "{d:?}");
}

/// After a given name and a particle, a title word is a surname ("Jan de
/// Koning"); alone, or before a name, it is the title.
#[test]
fn a_title_word_after_a_particle_is_a_surname() {
    let docs = mentions(&["Wij hadden Ernst Hirsch Ballin en Jan de Koning in de partij."]);
    let d = &docs[0];
    assert!(has(d, "Jan de Koning", EntityType::Person), "{d:?}");
    let king = mentions(&["Het bezoek van de Koning aan Zeeland duurde een dag."]);
    assert!(!tagged(&king[0], "Koning"), "{king:?}");
}

/// A capitalised title right before a name is the title, also when a known
/// person bears it as a surname.
#[test]
fn a_capitalised_title_before_a_name_is_no_person() {
    let docs = mentions(&["Dijkgraaf Harmen Blom wil eerst weten wat er gebeurt."]);
    let d = &docs[0];
    assert!(has(d, "Harmen Blom", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Dijkgraaf"), "{d:?}");
}

/// "T 070 …", "E naam@…": the labels of a contact block end the name before
/// them; a capital T inside a company's name stays.
#[test]
fn a_contact_label_ends_the_name() {
    let docs = mentions(&[
        "Contactpersoon ing. S.M. Brouwer-Lont T 070 370 79 11\n\nContactpersoon drs. P. de Wit E p.dewit@minfin.nl\n\nHet bedrijf Procter T is groot.",
    ]);
    let d = &docs[0];
    assert!(has(d, "S.M. Brouwer-Lont", EntityType::Person), "{d:?}");
    assert!(has(d, "P. de Wit", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "S.M. Brouwer-Lont T"), "{d:?}");
}

/// A member's surname with a particle before a joint list or a party in
/// mixed case; a body before its own acronym is no member.
#[test]
fn a_member_before_a_joint_party_list() {
    let docs = mentions(&[
        "Vragen van de leden Beckerman (SP) en De Hoop (GroenLinks-PvdA) aan de Minister. Het lid Stultiens (PvdA) en de Rijksdienst voor Ondernemend Nederland (RVO) zwijgen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "De Hoop", EntityType::Person), "{d:?}");
    assert!(has(d, "Stultiens", EntityType::Person), "{d:?}");
    assert!(
        !d.iter()
            .any(|(t, ty)| *ty == EntityType::Person && t.contains("Rijksdienst")),
        "{d:?}"
    );
}

/// A minister's post in brackets after the name is a post, not the
/// ministry; a party in brackets stays a party.
#[test]
fn a_post_in_brackets_after_a_minister() {
    let docs = mentions(&[
        "Antwoord van Minister Van Boxtel-Amrani (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 24 november 2026). Minister Jansen (VVD) zweeg.",
    ]);
    let d = &docs[0];
    assert!(
        !tagged(d, "Volkshuisvesting en Ruimtelijke Ordening"),
        "{d:?}"
    );
    assert!(!tagged(d, "Boxtel-Amrani"), "{d:?}");
    assert!(has(d, "VVD", EntityType::Organisation), "{d:?}");
}

/// Kinds of body ("technologiefederatie", "staallobby") and of place
/// ("dorpshuis") before an unknown name say what it is.
#[test]
fn kinds_of_body_and_place_before_a_name() {
    let docs = mentions(&[
        "Ook technologiefederatie Agoria reageerde, net als de staallobby Eurofer. De avond is in dorpshuis De Brink.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Agoria", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Eurofer", EntityType::Organisation), "{d:?}");
    assert!(has(d, "De Brink", EntityType::Location), "{d:?}");
}

/// A treaty named by its two parties is one thing; two places joined by a
/// hyphen without a treaty before them stay places.
#[test]
fn a_treaty_named_by_its_parties() {
    let docs = mentions(&[
        "Het Vrijhandelsakkoord EU-India schaft tarieven af. De grens Nederland-Duitsland blijft open.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Vrijhandelsakkoord EU-India", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "Nederland", EntityType::Location), "{d:?}");
    assert!(has(d, "Duitsland", EntityType::Location), "{d:?}");
}

/// A system defined by its acronym is a thing, and so is the acronym; a
/// capitalised common noun ending in "systeem" at a sentence's start is
/// nothing.
#[test]
fn a_system_is_a_thing() {
    let docs = mentions(&[
        "De politie signaleert via het Schengeninformatiesysteem (SIS). Het SIS werkt goed. Zorgsysteem blijft duur.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Schengeninformatiesysteem", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "SIS", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "Zorgsysteem"), "{d:?}");
}

/// The divisions of the Raad van State are bodies of their own.
#[test]
fn the_divisions_of_the_raad_van_state() {
    let docs = mentions(&[
        "Zij gaan in beroep bij de Afdeling bestuursrechtspraak van de Raad van State. De Raad van State adviseert.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Afdeling bestuursrechtspraak van de Raad van State",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(has(d, "Raad van State", EntityType::Organisation), "{d:?}");
}

/// Codes of law and approaches are named things; cooperatives, village
/// associations and builders' consortia are bodies; a role in a club or a
/// street introduces a person. Counter-examples: the head words alone.
#[test]
fn heads_of_codes_bodies_and_roles() {
    let docs = mentions(&[
        "Dat staat in het Burgerlijk Wetboek en het Wetboek van Strafvordering. De Coöperatie Wieringermeer Energie, Dorpsbelang Slootdorp en Bouwcombinatie Vos & Lindeboom tekenden. Buurvrouw Ria twijfelt, zegt penningmeester Annemiek Bakker-Schuitemaker. Aanpak van het probleem is nodig.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Burgerlijk Wetboek", EntityType::Misc), "{d:?}");
    assert!(
        has(d, "Wetboek van Strafvordering", EntityType::Misc),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Coöperatie Wieringermeer Energie",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(d, "Dorpsbelang Slootdorp", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Bouwcombinatie Vos & Lindeboom",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(has(d, "Ria", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Annemiek Bakker-Schuitemaker", EntityType::Person),
        "{d:?}"
    );
    assert!(!tagged(d, "Aanpak"), "{d:?}");
}

/// A note's citations: an abbreviated court with its district, a framework
/// decision by its number; two places after "regio" are one region, and
/// stay two elsewhere.
#[test]
fn courts_decisions_and_regions_in_notes() {
    let docs = mentions(&[
        "Dat bleek eerder.\n\n5 Rb. Gelderland 2 oktober 2026, ECLI:NL:RBGEL:2026:6418.\n\n6 Kaderbesluit 2009/829/JBZ.\n\nDe huurders in de regio Arnhem-Nijmegen en aan de grens Nederland-Duitsland.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Rb. Gelderland", EntityType::Organisation), "{d:?}");
    assert!(
        has(d, "Kaderbesluit 2009/829/JBZ", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "Arnhem-Nijmegen", EntityType::Location), "{d:?}");
    assert!(has(d, "Duitsland", EntityType::Location), "{d:?}");
}

/// "Staatssecretaris van Koninkrijksrelaties Hester van den Akker-Wolfs",
/// "Minister van Economische Ontwikkeling José Ramón Velásquez Martis": the
/// post's words end where the holder's name starts, and the name takes its
/// particles. A post with no name after it, in capitals on a letterhead
/// too, names nobody.
#[test]
fn the_holders_name_after_a_post_is_a_person() {
    let docs = mentions(&[
        "Staatssecretaris van Koninkrijksrelaties Hester van den Akker laat weten dat zij \
         de zaak bekijkt. Minister van Economische Ontwikkeling José Ramón reisde naar \
         Caracas.\n\nDe minister van Buitenlandse Zaken Noor van der Linden sprak.\n\n\
         De minister van Buitenlandse Zaken heeft gesproken.\n\n\
         STAATSSECRETARIS VAN KONINKRIJKSRELATIES EN DIGITALISERING",
    ]);
    let d = &docs[0];
    assert!(has(d, "Hester van den Akker", EntityType::Person), "{d:?}");
    assert!(has(d, "José Ramón", EntityType::Person), "{d:?}");
    assert!(has(d, "Noor van der Linden", EntityType::Person), "{d:?}");
    assert!(
        !d.iter().any(|(t, _)| t.contains("Koninkrijksrelaties")
            || t.contains("KONINKRIJKSRELATIES")
            || t.contains("DIGITALISERING")
            || t.contains("Ontwikkeling")
            || t == "Buitenlandse Zaken"),
        "{d:?}"
    );
}

/// "Door Marlon Rosaria-Sánchez | 26 november 2026": a byline names its
/// writer, with a given name no list knows; a headline that opens with
/// "Door" and ordinary words does not.
#[test]
fn a_byline_names_its_writer() {
    let docs = mentions(&[
        "Cft wijst lening af\nDoor Marlon Rosaria-Sánchez | 26 november 2026 | Leestijd: 6 \
         minuten\nDe lening gaat niet door.\n\nDoor Regen Verlies\nDe regen viel en het \
         verlies was groot.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Marlon Rosaria-Sánchez", EntityType::Person),
        "{d:?}"
    );
    assert!(!d.iter().any(|(t, _)| t.contains("Regen")), "{d:?}");
}

/// "President Mariëlle Girigorie-Statia": after a given name and a
/// surname, a known place glued by a hyphen is the rest of the surname; a
/// place glued to a place ("Emilia-Romagna") or a compass word stays.
#[test]
fn a_place_in_a_double_surname_is_part_of_it() {
    let docs = mentions(&[
        "President Mariëlle Girigorie-Frankrijk zegt dat de reserves voldoende zijn.\n\n\
         De regio Emilia-Romagna en Noord-Frankrijk liepen schade op.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Mariëlle Girigorie-Frankrijk", EntityType::Person),
        "{d:?}"
    );
    assert!(has(d, "Noord-Frankrijk", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Mariëlle"), "{d:?}");
}

/// "Gerrit-Willem van de Kamp", "Henk-Jan Lubbers": a double given name
/// and particles before a known person's surname make another person, who
/// is named again as "Van de Kamp" and "Van de Kamps"; "Henk Kamp" and a
/// bare "Kamp" after him stay the known one.
#[test]
fn a_double_given_name_and_particles_before_a_known_surname() {
    let docs = mentions(&[
        "Melkveehouder Gerrit-Willem van de Kamp uit Kootwijkerbroek stopt. \
         Van de Kamp melkt 140 koeien. Van de Kamps bedrijf is oud. \
         Foto: Henk-Jan Lubbers\n\n\
         Oud-minister Henk Kamp reageerde. Kamp vindt het jammer.",
    ]);
    let d = &docs[0];
    for name in [
        "Gerrit-Willem van de Kamp",
        "Van de Kamp",
        "Van de Kamps",
        "Henk-Jan Lubbers",
        "Henk Kamp",
        "Kamp",
    ] {
        assert!(has(d, name, EntityType::Person), "{name}: {d:?}");
    }
    assert!(!has(d, "Lubbers", EntityType::Person), "{d:?}");
}

/// "zijn vrouw Hennie", "hun dochter Sanne": family named with a possessive
/// is a person, named again alone; "de dochter Vattenfall Nederland" is a
/// subsidiary.
#[test]
fn family_with_a_possessive_names_a_person() {
    let docs = mentions(&[
        "Zijn vrouw Hennie liet het bedrijf taxeren. \"Het is veel geld\", zegt Hennie. \
         Hun dochter Sanne wil niet verder.\n\n\
         De dochter Vattenfall Nederland groeit.",
    ]);
    let d = &docs[0];
    assert_eq!(
        d.iter()
            .filter(|(t, ty)| t == "Hennie" && *ty == EntityType::Person)
            .count(),
        2,
        "{d:?}"
    );
    assert!(has(d, "Sanne", EntityType::Person), "{d:?}");
    assert!(!has(d, "Vattenfall Nederland", EntityType::Person), "{d:?}");
}

/// "Gouverneur Centrale Bank": a title before a body's name of more words
/// is the body's post, not a person; "minister Jan Raad" is a person.
/// "NDP-fractieleider Marlon Vreedzaam", "Assembleelid Chu Kwai Fong": a
/// party leader and a member of a council or assembly are titles, kept out
/// of the name.
#[test]
fn posts_of_bodies_leaders_and_members() {
    let docs = mentions(&[
        "Gouverneur Centrale Bank: inflatie zakt. Toen sprak minister Jan Raad.\n\n\
         NDP-fractieleider Marlon Vreedzaam verdedigde het. Zij diende met \
         Assembleelid Chu Kwai Fong (VHP) een amendement in.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Centrale Bank", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Centrale Bank", EntityType::Person), "{d:?}");
    assert!(has(d, "Jan Raad", EntityType::Person), "{d:?}");
    assert!(has(d, "Marlon Vreedzaam", EntityType::Person), "{d:?}");
    assert!(has(d, "Chu Kwai Fong", EntityType::Person), "{d:?}");
}
