//! Bodies, firms and their names known by what stands around them, on texts
//! of our own (issue 12, seventeenth round): a kind of firm or group before
//! an unknown name, a neuter article and an adjective of a people before a
//! firm, a capital article that belongs to a body's name. Each test says
//! what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "kaasfabriek Noardmolke", "de flitsbezorger Flink", "het handelshuis
/// Orient Precision Trading": the kind makes the unknown name a firm, and
/// the firm is the same wherever the text names it again.
#[test]
fn a_kind_of_firm_before_a_name_makes_it_a_firm() {
    let docs = mentions(&[
        "De provincie weigert de uitbreiding van zuivelfabriek Grietsma bij Wirdum. \
         Grietsma wil de productie verdubbelen. Veel boeren leveren aan Grietsma.\n\n\
         Bezorgdiensten zoals de flitsbezorger Snapko groeien. Het Haagse handelshuis \
         Orion Atlas Trading ging in beroep.",
    ]);
    let d = &docs[0];
    assert_eq!(
        d.iter()
            .filter(|(t, ty)| t == "Grietsma" && *ty == EntityType::Organisation)
            .count(),
        3,
        "{d:?}"
    );
    assert!(has(d, "Snapko", EntityType::Organisation), "{d:?}");
    assert!(
        has(d, "Orion Atlas Trading", EntityType::Organisation),
        "{d:?}"
    );
}

/// "de criminele groep Ravenloft", "de hackersgroep Akira": a group's name;
/// "een groep Syriërs", "een groep Polen" are people, not a group's name.
#[test]
fn a_group_before_a_name_but_not_before_people() {
    let docs = mentions(&[
        "De criminele groep Zwartwater eist losgeld. Ook de hackersgroep Kolibri dreigt.\n\n\
         Een groep Syriërs wachtte bij de poort. Daarna kwam een groep Polen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Zwartwater", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Kolibri", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Syriërs", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Polen", EntityType::Organisation), "{d:?}");
}

/// "het Duitse Infineon", "Het Turkse Denizkaya": after a neuter article
/// and an adjective of a people an unknown single name is a firm, without
/// the adjective. A place takes "het" too: after a preposition of place
/// ("in het Oostenrijkse Obertauern") or when listed it is no firm; an
/// uninflected adjective belongs to a thing's name ("het Europees
/// Netwerkpakket"), and a suspended compound is no name alone.
#[test]
fn a_neuter_article_and_an_adjective_of_a_people_before_a_firm() {
    let docs = mentions(&[
        "Ook het Duitse Halbrecht doet mee. Het Turkse Denizkaya leverde aggregaten.\n\n\
         De wedstrijd gaat verder in het Oostenrijkse Obertauern. Het Duitse Dresden \
         groeit.\n\nDe Commissie presenteerde het Europees Netwerkpakket en het \
         Europese Asiel- en Migratiepact.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Halbrecht", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Denizkaya", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "Duitse Halbrecht"), "{d:?}");
    assert!(!has(d, "Obertauern", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Dresden", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Netwerkpakket", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Asiel", EntityType::Organisation), "{d:?}");
}

/// "de vakbond De Unie": a capital article after the kind is part of the
/// body's name; a lower-case one ("de bank de Volksbank") is not.
#[test]
fn a_capital_article_after_a_kind_of_body_is_its_name() {
    let docs = mentions(&["Werkgevers en de vakbond De Eendracht zijn betrokken."]);
    let d = &docs[0];
    assert!(has(d, "De Eendracht", EntityType::Organisation), "{d:?}");
}

/// "in de Staten": a province's or a country's parliament, as "uw Kamer"
/// is; "de Verenigde Staten" is a country and "de Staten-Generaal" a name
/// of its own.
#[test]
fn de_staten_is_a_parliament() {
    let docs = mentions(&[
        "In de Staten is de oppositie verdeeld. Het lid wil dat het besluit in de Staten \
         wordt besproken. De Verenigde Staten reageren niet; de Staten-Generaal vergaderen.",
    ]);
    let d = &docs[0];
    assert_eq!(
        d.iter()
            .filter(|(t, ty)| t == "Staten" && *ty == EntityType::Organisation)
            .count(),
        2,
        "{d:?}"
    );
    assert!(has(d, "Verenigde Staten", EntityType::Location), "{d:?}");
}

/// "het Verdrag betreffende de werking van de Europese Unie (VWEU)": the
/// head before the first connecting word types the long form and its
/// acronym, not the body named at its end; "het Ministerie van Sociale
/// Zaken (SZW)" stays a body.
#[test]
fn a_long_forms_head_types_its_acronym() {
    let docs = mentions(&[
        "Dit volgt uit artikel 107 van het Verdrag betreffende de werking van de Europese \
         Unie (VWEU). Het VWEU geldt ook hier. Het Europees Fonds voor Regionale \
         Ontwikkeling (EFRO) betaalt mee, net als het Agentschap voor Samenwerking van \
         Energieregulators (ACER).",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Verdrag betreffende de werking van de Europese Unie",
            EntityType::Misc
        ),
        "{d:?}"
    );
    assert!(has(d, "VWEU", EntityType::Misc), "{d:?}");
    assert!(has(d, "EFRO", EntityType::Misc), "{d:?}");
    assert!(has(d, "ACER", EntityType::Organisation), "{d:?}");
}

/// Firms, institutes and products every tech page names are known by name
/// ("Tweakers", "imec", "Invest-NL", "Android"); a firm whose short name is
/// a common surname is not known by it ("Jeroen Bosch-van Ommen" is a
/// person, not the firm Robert Bosch).
#[test]
fn well_known_firms_by_name_but_not_common_surnames() {
    let docs = mentions(&[
        "Volgens Tweakers werken imec en Invest-NL samen aan een app voor Android en iOS.\n\n\
         Het lid Jeroen Bosch-van Ommen stelde vragen.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Tweakers", EntityType::Organisation), "{d:?}");
    assert!(has(d, "imec", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Invest-NL", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Android", EntityType::Misc), "{d:?}");
    assert!(!has(d, "Bosch", EntityType::Organisation), "{d:?}");
}

/// "Hoogheemraadschap Hollands Noorderkwartier": a name that starts with a
/// body's head is the body, though its last word ends as a quarter's or a
/// harbour's name does; "het Stationskwartier" and "Lotto Park" stay places.
#[test]
fn a_body_head_first_outweighs_a_place_head_last() {
    let docs = mentions(&[
        "Het Hoogheemraadschap Zuider Havenkwartier versterkt de dijk. Daarna \
         liepen we door het Stationskwartier naar Lotto Park.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Hoogheemraadschap Zuider Havenkwartier",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(has(d, "Stationskwartier", EntityType::Location), "{d:?}");
    assert!(has(d, "Lotto Park", EntityType::Location), "{d:?}");
}

/// "in De Nationale Assemblée (DNA)": a capital article inside a sentence
/// belongs to the body's name, and an acronym of the stop list ("DNA")
/// defined in brackets names that body in this text, also before a hyphen
/// ("DNA-voorzitter"); "mln. Het Fonds" and "(ANP) - Het …" begin a
/// sentence, and "DNA" undefined names nothing.
#[test]
fn a_capital_article_and_a_defined_stop_acronym() {
    let docs = mentions(&[
        "Het debat in De Nationale Assemblée (DNA) liep uit. De DNA stemt donderdag. \
         DNA-voorzitter Ashwin Adhin-Sewdien sprak. Zij zei het tegenover De Nederlandsche Bank.",
        "Het DNA-onderzoek is klaar. Samen EUR 100 mln. Het Investeringsfonds Zuid investeert.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "De Nationale Assemblée", EntityType::Organisation),
        "{d:?}"
    );
    assert_eq!(
        d.iter()
            .filter(|(t, ty)| t == "DNA" && *ty == EntityType::Organisation)
            .count(),
        3,
        "{d:?}"
    );
    assert!(
        has(d, "De Nederlandsche Bank", EntityType::Organisation),
        "{d:?}"
    );
    let other = &docs[1];
    assert!(!other.iter().any(|(t, _)| t == "DNA"), "{other:?}");
    assert!(
        !other.iter().any(|(t, _)| t.starts_with("Het ")),
        "{other:?}"
    );
}

/// "Saft, een dochteronderneming van …", "Coelo, het onderzoeksinstituut
/// van …", "Fox-IT, onderdeel van …": a kind of body set off by a comma
/// after an unknown name makes it a body; a list ("het Rijk, de
/// netbeheerders, …"), a person described ("Jansen, een bekende
/// ondernemer") and a listed place ("Utrecht, de gemeente …") do not.
#[test]
fn a_kind_of_body_in_apposition_after_a_name() {
    let docs = mentions(&[
        "De levering door Saft, een dochteronderneming van TotalEnergies, loopt. Volgens \
         Coelo, het onderzoeksinstituut van de universiteit, stijgt het. Het onderzoek van \
         Fox-IT, onderdeel van het Britse NCC Group, loopt.\n\n\
         Het is een samenwerking van het Rijk, de netbeheerders, de provincies en de \
         gemeenten. Volgens Jansen, een bekende ondernemer, klopt het. Utrecht, de \
         gemeente met de meeste fietsen, doet mee.",
    ]);
    let d = &docs[0];
    for name in ["Saft", "Coelo", "Fox-IT"] {
        assert!(has(d, name, EntityType::Organisation), "{name}: {d:?}");
    }
    assert!(!has(d, "Rijk", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Jansen", EntityType::Organisation), "{d:?}");
    assert!(!has(d, "Utrecht", EntityType::Organisation), "{d:?}");
}

/// "het Finse IT-bedrijf Tietoevry", "het consortium Kership": a kind
/// capitalised only by a common acronym is context, not part of the name,
/// and names nothing on its own ("het IT-bedrijf"); software by its kind
/// ("de leeromgeving Brightspace") is a named thing.
#[test]
fn kinds_with_a_common_acronym_and_kinds_of_software() {
    let docs = mentions(&[
        "Het gaat om het Finse IT-bedrijf Tietoevry. Ook het IT-bedrijf zelf zwijgt. \
         Het consortium Kership bouwt. De studentenadministratie Osiris en de \
         leeromgeving Brightspace lagen plat.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Tietoevry", EntityType::Organisation), "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains("IT-bedrijf")), "{d:?}");
    assert!(has(d, "Kership", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Osiris", EntityType::Misc), "{d:?}");
    assert!(has(d, "Brightspace", EntityType::Misc), "{d:?}");
}
