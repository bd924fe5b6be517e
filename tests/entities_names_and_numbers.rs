//! Names with numbers, firms, foreign bodies and surnames that look like
//! bodies, on texts of our own (issue 12, thirteenth round): products and
//! versions, titles of a year's edition, the EU's Official Journal, a
//! signature's title in capitals, "jr.", firms named with "&", German
//! bodies' names, a body's English name led by its place, programmes and
//! reviews defined by an acronym, a surname that is a head word ("van 't
//! Hof") and a common noun glued to a name. Each test says what must be
//! found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A product and its version or model, with the maker's name before it and
/// a model's word after it, is one named thing; a counted document part, a
/// place, a person, a score or a dose with a number is not.
#[test]
fn a_product_with_its_version_is_one_name() {
    let docs = mentions(&[
        "Het bedrijf levert de Lantern L2, sneller dan de Nvidia L4, en draait op Windows Server 2025 met de Beacon SDK 2.1 en modellen als Llama 4 Scout. Een Falcon 9-raket bracht hem omhoog.",
        "Vraag 4 en Bijlage 2 gaan daarover, net als Kamerstuk 36 600. Premier Rutte 2025 zei niets; in Rotterdam 2025 was het druk. NEC - Sparta 3 - 1. Zij nam Concerta 36 mg.",
    ]);
    let d = &docs[0];
    for name in [
        "Lantern L2",
        "Nvidia L4",
        "Windows Server 2025",
        "Beacon SDK 2.1",
        "Llama 4 Scout",
        "Falcon 9",
    ] {
        assert!(has(d, name, EntityType::Misc), "{name}: {d:?}");
    }
    assert!(!tagged(d, "2025") && !tagged(d, "Nvidia"), "{d:?}");
    let d = &docs[1];
    for part in [
        "Vraag 4",
        "Bijlage 2",
        "Rutte 2025",
        "Rotterdam 2025",
        "Sparta 3",
        "Concerta 36",
    ] {
        assert!(!tagged(d, part), "{part}: {d:?}");
    }
    assert!(has(d, "Kamerstuk 36 600", EntityType::Reference), "{d:?}");
}

/// A list of names with a count each (scorers) and a table's row of
/// figures after a name are no products with a number; versions in a list
/// and a product in a sentence still are.
#[test]
fn a_count_or_a_row_of_figures_is_no_version() {
    let docs = mentions(&[
        "Doelpunten Vlietland: Bosmans 7, Terpstra 6, Van Heemskerk 5 en Oudejans 4.\nStand\n3 Wilgenhof 9 6 3 12 +14\n4 Berkelaar 9 5 4 10 -3\n",
        "De app draait op Windows 10, Windows 11 en Windows 12. Later volgde de Falcon 9, gebouwd door de Amerikanen.",
    ]);
    let d = &docs[0];
    for part in [
        "Bosmans 7",
        "Terpstra 6",
        "Van Heemskerk 5",
        "Oudejans 4",
        "Wilgenhof 9",
        "Berkelaar 9",
    ] {
        assert!(!tagged(d, part), "{part}: {d:?}");
    }
    let d = &docs[1];
    for name in ["Windows 11", "Falcon 9"] {
        assert!(has(d, name, EntityType::Misc), "{name}: {d:?}");
    }
}

/// A title of two capitalised words or more before a year, or a paper,
/// plan or law of one word, is the edition's name; an event's edition and
/// a budget keep the year as a date.
#[test]
fn a_title_of_a_year_is_one_name() {
    let docs = mentions(&[
        "Volgens de Kottervisie 2030 en de Staat van de Digitale Overheid 2026 moet het beter; zo ook het rapport Publieke Waarden Digitaal 2026. De Mediabegroting 2027 is klaar en de Boekenweek 2026 begint.",
    ]);
    let d = &docs[0];
    for name in [
        "Kottervisie 2030",
        "Staat van de Digitale Overheid 2026",
        "Publieke Waarden Digitaal 2026",
    ] {
        assert!(has(d, name, EntityType::Misc), "{name}: {d:?}");
    }
    assert!(has(d, "2027", EntityType::Date), "{d:?}");
    assert!(has(d, "2026", EntityType::Date), "{d:?}");
    assert!(!tagged(d, "Mediabegroting 2027"), "{d:?}");
}

/// The EU's Official Journal is cited as a reference; its letters alone
/// before a year are not.
#[test]
fn the_official_journal_is_a_reference() {
    let docs = mentions(&[
        "De verordening (PbEU 2024, L 1689) en de richtlijn (PB L 119 van 4.5.2016) gelden. De PB 2024 kwam later.",
    ]);
    let d = &docs[0];
    assert!(has(d, "PbEU 2024, L 1689", EntityType::Reference), "{d:?}");
    assert!(
        has(d, "PB L 119 van 4.5.2016", EntityType::Reference),
        "{d:?}"
    );
    assert!(has(d, "2024", EntityType::Date), "{d:?}");
    assert!(!tagged(d, "L 1689"), "{d:?}");
}

/// A signature's title in capitals with a part after a dash names a post:
/// no place, no body; the name under it is the person.
#[test]
fn a_title_in_capitals_with_a_dash_is_a_post() {
    let docs = mentions(&[
        "Geachte Voorzitter,\n\nHet kabinet werkt hieraan.\n\nDE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES - DIGITALISERING EN KONINKRIJKSRELATIES,\n\nS.M. de Vries\n\nHASSELT - Op de E313 botsten twee auto's.",
    ]);
    let d = &docs[0];
    assert!(
        d.iter()
            .all(|(t, _)| !t.contains("STAATSSECRETARIS") && !t.contains("DIGITALISERING")),
        "{d:?}"
    );
    assert!(!tagged(d, "KONINKRIJKSRELATIES"), "{d:?}");
    assert!(has(d, "S.M. de Vries", EntityType::Person), "{d:?}");
    // Counter-example: a dateline in capitals is still a place.
    assert!(has(d, "HASSELT", EntityType::Location), "{d:?}");
}

/// "jr." and "sr." belong to a person's name; without the period, or after
/// no person, they do not.
#[test]
fn a_generation_belongs_to_the_name() {
    let docs = mentions(&[
        "President Ferdinand Marcos jr. bezocht Tacloban. Ook Martin Luther King sr. werd genoemd. Het jr-team van Ajax won.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ferdinand Marcos jr.", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Martin Luther King sr.", EntityType::Person),
        "{d:?}"
    );
    assert!(d.iter().all(|(t, _)| !t.contains("jr-")), "{d:?}");
}

/// Names joined by "&" are a firm; common words, a menu line and the
/// abbreviation of a phrase are not.
#[test]
fn names_joined_by_an_ampersand_are_a_firm() {
    let docs = mentions(&[
        "Uitgeverij Faber & Faber drukt bij. Het V&D-pand gaat naar Procter & Gamble.",
        "Nieuws Sport Regio 112 Tv & Radio Podcasts Luister live Zoeken Menu\nDe afdeling R&D van het bedrijf groeit; zorg en welzijn vallen onder Zorg & Welzijn.",
    ]);
    let d = &docs[0];
    for firm in ["Faber & Faber", "V&D", "Procter & Gamble"] {
        assert!(has(d, firm, EntityType::Organisation), "{firm}: {d:?}");
    }
    assert!(!tagged(d, "Faber"), "{d:?}");
    let d = &docs[1];
    for not in ["Tv & Radio", "R&D", "Zorg & Welzijn"] {
        assert!(!tagged(d, not), "{not}: {d:?}");
    }
}

/// A German body's name runs over "für", its commas, "und" and "der"; a
/// Dutch body's comma ends it.
#[test]
fn a_german_body_keeps_its_whole_name() {
    let docs = mentions(&[
        "Het Zentrum für Digitale Souveränität in Berlijn en het Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr werken samen. Het Federaal Parket en het Departement Landbouw en Visserij ook.",
    ]);
    let d = &docs[0];
    for body in [
        "Zentrum für Digitale Souveränität",
        "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr",
        "Federaal Parket",
        "Departement Landbouw en Visserij",
    ] {
        assert!(has(d, body, EntityType::Organisation), "{body}: {d:?}");
    }
    assert!(!tagged(d, "Digitale Souveränität"), "{d:?}");
}

/// A place right before an English body's name leads it; after "in" it
/// says where.
#[test]
fn a_place_leads_an_english_body() {
    let docs = mentions(&[
        "Onderzoekers van Wageningen Marine Research en het Eindhoven Hendrik Casimir Institute keken mee.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Wageningen Marine Research", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Eindhoven Hendrik Casimir Institute",
            EntityType::Organisation
        ),
        "{d:?}"
    );
}

/// A fund, a review and a package with an English head are named things,
/// and so is the acronym they define; a glued common noun is no part of
/// the name.
#[test]
fn an_english_fund_or_review_is_a_named_thing() {
    let docs = mentions(&[
        "Geld komt uit de Brexit Adjustment Reserve (BAR); de BAR loopt af. Elke overheid maakt een Impact Assessment Mensenrechten en Algoritmes. De lidstaten bespreken het Digital Omnibus-pakket.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Brexit Adjustment Reserve", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "BAR", EntityType::Misc), "{d:?}");
    assert!(
        has(
            d,
            "Impact Assessment Mensenrechten en Algoritmes",
            EntityType::Misc
        ),
        "{d:?}"
    );
    assert!(has(d, "Digital Omnibus", EntityType::Misc), "{d:?}");
}

/// After initials or a given name and particles, a head word is a surname
/// ("S.M. van 't Hof", "Jan de Raad"), and the body after it is where the
/// person works; a body's own "Hof van Justitie" stays a body.
#[test]
fn a_head_word_after_particles_is_a_surname() {
    let docs = mentions(&[
        "Het onderzoek van prof. dr. S.M. van 't Hof van de Universiteit Utrecht laat dat zien. Het kabinet sprak met Jan de Raad van de Universiteit Utrecht. Het Hof van Justitie oordeelde anders.",
    ]);
    let d = &docs[0];
    assert!(has(d, "S.M. van 't Hof", EntityType::Person), "{d:?}");
    assert!(has(d, "Jan de Raad", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Universiteit Utrecht", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        d.iter()
            .any(|(t, y)| t.starts_with("Hof van Justitie") && *y == EntityType::Organisation),
        "{d:?}"
    );
}

/// "SRD 2,5 miljard", "NAf 380 miljoen", "naf. 610 miljoen", "Cg 95
/// miljoen", "NT$ 231 miljard": a currency's code or a guilder's
/// abbreviation before an amount makes it money, normalised to the code. A
/// code alone names no body; a code glued to a number is a name ("COP30").
#[test]
fn currency_codes_and_guilders_before_an_amount() {
    let docs = mentions(&[
        "De lening van NAf 380 miljoen en de schuld van naf. 610 miljoen, waarvan Cg 95 \
         miljoen aan het land. Het fonds kreeg SRD 2,5 miljard en TSMC meldde NT$ 231 \
         miljard.\n\nDe koers van de SRD daalde. Op de COP30 in Belém werd niets besloten.",
    ]);
    let d = &docs[0];
    for amount in [
        "NAf 380 miljoen",
        "naf. 610 miljoen",
        "Cg 95 miljoen",
        "SRD 2,5 miljard",
        "NT$ 231 miljard",
    ] {
        assert!(has(d, amount, EntityType::Money), "{amount}: {d:?}");
    }
    assert!(!tagged(d, "SRD"), "{d:?}");
    assert!(!has(d, "COP30", EntityType::Money), "{d:?}");
}

/// "Zr.Ms. Zwaardvis", "Hr.Ms. Karel Doorman", "de Orka-klasse", "de
/// Anti-Submarine Warfare-klasse": navy ships and their classes are named
/// things, a place in a ship's name ("Zr.Ms. Vlissingen") is the ship's; a
/// class in lower case ("de middel-klasse") and a town alone stay what they
/// are.
#[test]
fn navy_ships_and_their_classes() {
    let docs = mentions(&[
        "De oplevering van de Orka-klasse, Zr.Ms. Orka en Zr.Ms. Zwaardvis, loopt uit. \
         Ook Hr.Ms. Karel Doorman en Zr.Ms. Vlissingen varen. De fregatten van de \
         Anti-Submarine Warfare-klasse blijven. De middel-klasse betaalt; in Vlissingen \
         is het rustig.",
    ]);
    let d = &docs[0];
    for name in [
        "Orka-klasse",
        "Zr.Ms. Orka",
        "Zr.Ms. Zwaardvis",
        "Hr.Ms. Karel Doorman",
        "Zr.Ms. Vlissingen",
        "Anti-Submarine Warfare-klasse",
    ] {
        assert!(has(d, name, EntityType::Misc), "{name}: {d:?}");
    }
    assert!(!d.iter().any(|(t, _)| t.contains("middel")), "{d:?}");
    assert!(has(d, "Vlissingen", EntityType::Location), "{d:?}");
}

/// Seas and the places of Suriname and the Dutch Caribbean, named without a
/// cue: "de Noorse Zee", "In Commewijne en Nickerie", "Kralendijk".
#[test]
fn seas_and_places_of_suriname_and_the_caribbean() {
    let docs = mentions(&[
        "De bewaking van de Noorse Zee en de Ierse Zee. In Commewijne en Nickerie \
         wachten mensen, net als in Pikin Slee. Het vliegtuig landde in Kralendijk.",
    ]);
    let d = &docs[0];
    for name in [
        "Noorse Zee",
        "Ierse Zee",
        "Commewijne",
        "Nickerie",
        "Pikin Slee",
        "Kralendijk",
    ] {
        assert!(has(d, name, EntityType::Location), "{name}: {d:?}");
    }
}
