//! Names from issue 12's twenty-eighth round, on texts of our own, written
//! from the twenty-seventh unseen set's errors: a person before "van" and a
//! portfolio or a body, a water board's members, a listed place whose last
//! word is a place of its own, a barracks named after a person, Frisian
//! dates, a month's name in a compound, a count after an article, the
//! Handelingen appendix's serial number, amounts written with ",-".
//! Each test says what must be found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "minister X van Volksgezondheid", "mr. X van de Huurcommissie": the
/// person ends before "van" and a portfolio or a body's word; a surname's
/// own "van" goes on.
#[test]
fn a_person_before_van_and_a_portfolio_or_a_body() {
    let docs = mentions(&[
        "Zij wil een debat met minister Hatice Kaya-Verbeek van Volksgezondheid. Voorzitter \
         mr. P.J.M. ter Horst van de Huurcommissie heeft mij gemeld dat het kan. Ook Jan \
         Peter van Gent en Jan Derck van Karnebeek spraken.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Hatice Kaya-Verbeek", EntityType::Person), "{d:?}");
    assert!(has(d, "P.J.M. ter Horst", EntityType::Person), "{d:?}");
    assert!(has(d, "Huurcommissie", EntityType::Organisation), "{d:?}");
    // Counter-examples: a surname's particles after given names.
    assert!(has(d, "Jan Peter van Gent", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Jan Derck van Karnebeek", EntityType::Person),
        "{d:?}"
    );
    assert!(!tagged(d, "Volksgezondheid"), "{d:?}");
}

/// "Heemraad Said El Khatib": a water board's member is a person with a
/// title, not a body named "…raad".
#[test]
fn a_water_boards_members() {
    let docs = mentions(&["Heemraad Said El Khatib wil eerst weten wat de kabel doet."]);
    let d = &docs[0];
    assert!(has(d, "Said El Khatib", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Heemraad Said El Khatib"), "{d:?}");
}

/// "Oude Pekela", "Nieuwe Pekela": a listed place whose last word is a
/// place of its own is one place, after a comma too; a word before a place
/// that makes no listed place stays out.
#[test]
fn a_listed_place_whose_last_word_is_a_place() {
    let docs = mentions(&[
        "Op 1 januari stonden in Oude Pekela, Nieuwe Pekela, Stadskanaal en Veendam minder \
         mensen ingeschreven. In de Leidsche Rijn ook. Grote Pekela bestaat niet.",
    ]);
    let d = &docs[0];
    for place in [
        "Oude Pekela",
        "Nieuwe Pekela",
        "Stadskanaal",
        "Leidsche Rijn",
    ] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    assert!(!tagged(d, "Oude"), "{d:?}");
    assert!(!tagged(d, "Grote Pekela"), "{d:?}");
}

/// "de Van Ghentkazerne": a barracks named after a person is a place; a
/// surname with a capital "Van" alone stays a person.
#[test]
fn a_barracks_named_after_a_person() {
    let docs = mentions(&[
        "Op het terrein van de Van Ghentkazerne komen woningen, zei wethouder Van Dam.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Van Ghentkazerne", EntityType::Location), "{d:?}");
    assert!(has(d, "Van Dam", EntityType::Person), "{d:?}");
}

/// Frisian dates, a month in a compound, a distance after an article, the
/// appendix's serial number and ",-" amounts.
#[test]
fn dates_counts_and_amounts() {
    let docs = mentions(&[
        "Publisearre op 12 novimber 2026. De campagne Mei-inoar foarút begint in mei. \
         Beune wint de 1500. Zij kreeg € 12.500,- subsidie.",
    ]);
    let d = &docs[0];
    assert!(has(d, "12 novimber 2026", EntityType::Date), "{d:?}");
    assert!(has(d, "mei", EntityType::Date), "{d:?}");
    assert!(!tagged(d, "Mei"), "{d:?}");
    assert!(!tagged(d, "1500"), "{d:?}");
    assert!(has(d, "€ 12.500,-", EntityType::Money), "{d:?}");
}

/// "Team IKO", "het Noorse Team Hamar Sprint", "Team Nuis powered by
/// Worldstream": a sports team is "Team" and its name, without a country's
/// adjective before it and with its "powered by" sponsor.
#[test]
fn sports_teams_named_team() {
    let docs = mentions(&[
        "Sinds ze bij het Noorse Team Hamar Sprint traint, gaat het beter. Beune rijdt bij \
         Team IKO. Hij rijdt voor zijn eigen ploeg, Team Nuis powered by Worldstream. Het \
         Belgische Team Ice Skating Flanders bestaat tien jaar. Het team wint.",
    ]);
    let d = &docs[0];
    for team in [
        "Team Hamar Sprint",
        "Team IKO",
        "Team Nuis powered by Worldstream",
        "Team Ice Skating Flanders",
    ] {
        assert!(has(d, team, EntityType::Organisation), "{team}: {d:?}");
    }
    assert!(!tagged(d, "Noorse Team Hamar Sprint"), "{d:?}");
    assert!(!tagged(d, "IKO"), "{d:?}");
}

/// "advocatenkantoor Hoekstra & Van Dijk": a firm whose second name has a
/// capitalised particle; a place before the ampersand is no firm's name.
#[test]
fn firms_with_a_particle_after_the_ampersand() {
    let docs = mentions(&[
        "Advocaat Pieter-Jan de Boer van advocatenkantoor Hoekstra & Van Dijk in Leeuwarden \
         verwacht een taaie zaak. De stikstof in de Nieuwkoopse Plassen & De Haeck daalt.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Hoekstra & Van Dijk", EntityType::Organisation),
        "{d:?}"
    );
    assert!(!tagged(d, "Van Dijk"), "{d:?}");
    assert!(!tagged(d, "Plassen & De Haeck"), "{d:?}");
}

/// "de Woontop", "de Woontop 2027": a summit named by its subject, mid-
/// sentence; the kind in lower case and a headline's first word are not.
#[test]
fn summits_named_by_their_subject() {
    let docs = mentions(&[
        "Voortgang Woontop 2027\nOp de Woontop 2027 spraken wij af te bouwen. Na de Woontop \
         volgt een klimaattop.\nKlimaattop in Antalya eindigt met een akkoord.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Woontop 2027", EntityType::Misc), "{d:?}");
    assert!(has(d, "Woontop", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "Klimaattop"), "{d:?}");
    assert!(!tagged(d, "klimaattop"), "{d:?}");
}

/// "de Raad van Bestuur", "de Cliëntenraad": an organ inside a body is no
/// body of its own, also where another document's name would take its
/// words; "de Raad van Bestuur van X" names X. A council that is a body
/// stays one.
#[test]
fn organs_inside_a_body() {
    let docs = mentions(&[
        "Klopt het dat de Raad van Bestuur van Zuyderland Medisch Centrum heeft besloten de \
         afdeling te sluiten? Zuyderland meldt dat de Raad van Bestuur het voornemen heeft. \
         Eerst moeten de Cliëntenraad en de Verpleegkundige Adviesraad advies uitbrengen.",
        "De Raad van State adviseert. De Raad vergadert morgen.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Zuyderland Medisch Centrum", EntityType::Organisation),
        "{d:?}"
    );
    for organ in [
        "Raad van Bestuur",
        "Raad",
        "Cliëntenraad",
        "Verpleegkundige Adviesraad",
    ] {
        assert!(!tagged(d, organ), "{organ}: {d:?}");
    }
    assert!(
        has(&docs[1], "Raad van State", EntityType::Organisation),
        "{:?}",
        docs[1]
    );
}

/// "36,49 BR", "37,02 NR": a record's code after a result is no body.
#[test]
fn records_after_results() {
    let docs = mentions(&[
        "Uitslag 500 meter vrouwen\n1. Jutta Leerdam (NED) 36,49 BR\n2. Miho Takagi (JPN) \
         36,81\n3. Kaja Ziomek-Nogal (POL) 37,02 NR\n4. Erin Jackson (USA) 37,05",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "BR"), "{d:?}");
    assert!(!tagged(d, "NR"), "{d:?}");
    assert!(has(d, "Jutta Leerdam", EntityType::Person), "{d:?}");
}

/// "Windpark Fryslân": a park named after a place is one place; a
/// forecast published under a name is a named thing, as is its acronym.
#[test]
fn parks_named_after_places_and_named_forecasts() {
    let docs = mentions(&[
        "De bouw van Windpark Fryslân begon in 2019; de turbines draaien. Het CPB zei bij de \
         presentatie van de Macro Economische Verkenning (MEV) dat de koopkracht daalt. De MEV \
         verschijnt in september.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Windpark Fryslân", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Windpark"), "{d:?}");
    assert!(
        has(d, "Macro Economische Verkenning", EntityType::Misc),
        "{d:?}"
    );
    assert!(has(d, "MEV", EntityType::Misc), "{d:?}");
}

/// "Utrecht-Overvecht": a place and its district after the hyphen are one
/// place; two known places, a surname with "Van" and a credit rating are
/// not; an English body goes on past its ampersand.
#[test]
fn districts_ratings_and_english_bodies() {
    let docs = mentions(&[
        "In Utrecht-Overvecht en Vlaardingen-Westwijk komen woningen, ook aan de grens \
         Nederland-Duitsland. Antwoord van Minister Van Oosten-Baldewsingh. Moody's houdt \
         Nederland op de hoogste AAA-status. Zij werkt bij de London School of Hygiene & \
         Tropical Medicine in Engeland.",
    ]);
    let d = &docs[0];
    for place in [
        "Utrecht-Overvecht",
        "Vlaardingen-Westwijk",
        "Nederland",
        "Duitsland",
    ] {
        assert!(has(d, place, EntityType::Location), "{place}: {d:?}");
    }
    assert!(!tagged(d, "Nederland-Duitsland"), "{d:?}");
    assert!(!tagged(d, "Oosten-Baldewsingh"), "{d:?}");
    assert!(!tagged(d, "AAA"), "{d:?}");
    assert!(
        has(
            d,
            "London School of Hygiene & Tropical Medicine",
            EntityType::Organisation
        ),
        "{d:?}"
    );
}

/// "1. Joy Beune 180": a standing's points are no version of a name.
#[test]
fn standings_rows() {
    let docs = mentions(&[
        "Stand World Cup 1500 m vrouwen na 2 van 6 wedstrijden\n1. Joy Beune 180\n2. Antoinette \
         Rijpma-de Jong 156\n3. Ivanie Blondin 140\n4. Ragne Wiklund 129\nHet Airbus A350 en de \
         Boeing 737 vliegen.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "Beune 180"), "{d:?}");
    assert!(!tagged(d, "Blondin 140"), "{d:?}");
    assert!(
        has(d, "Antoinette Rijpma-de Jong", EntityType::Person),
        "{d:?}"
    );
}

/// "Jenning de Boo": a name with "de" is a person's when the document also
/// writes the surname alone with its capital particle inside a sentence;
/// "Tour de France" is not.
#[test]
fn a_surname_with_de_seen_alone() {
    let docs = mentions(&[
        "Jordan Stolz reed de 1000 meter, met Jenning de Boo in zijn kielzog. Stolz loopt \
         60 punten uit op De Boo. Daarna rijdt hij de Tour de France niet, en Oranje de \
         Kampioen ook niet.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Jenning de Boo", EntityType::Person), "{d:?}");
    assert!(has(d, "De Boo", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Oranje de Kampioen"), "{d:?}");
    assert!(!has(d, "Tour de France", EntityType::Person), "{d:?}");
}

/// "de Algemene Politieke Beschouwingen", "de Nationale Woon- en
/// Bouwagenda": parliament's yearly debates are named things; a name's own
/// adjective opens a name with a suspended part.
#[test]
fn debates_and_suspended_names_with_their_adjective() {
    let docs = mentions(&[
        "Tijdens de Algemene Politieke Beschouwingen ging het over de Nationale Woon- en \
         Bouwagenda. De Duitse Land- en Tuinbouworganisatie reageerde.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Algemene Politieke Beschouwingen", EntityType::Misc),
        "{d:?}"
    );
    assert!(
        has(d, "Nationale Woon- en Bouwagenda", EntityType::Misc),
        "{d:?}"
    );
    assert!(!tagged(d, "Duitse Land- en Tuinbouworganisatie"), "{d:?}");
}

/// "de EU-Gezondheidsraad", "de NAVO-Raad": a council of a body named by
/// its acronym is one body; a council named after a place, or a place
/// after the hyphen, leaves the acronym alone.
#[test]
fn councils_of_a_body_named_by_its_acronym() {
    let docs = mentions(&[
        "Zie het verslag van de EU-Gezondheidsraad van 9 december en van de NAVO-Raad. De \
         NAVO-Oekraïneraad kwam bijeen; de NAVO-Oekraïne-relatie is goed.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "EU-Gezondheidsraad", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "NAVO-Raad", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "NAVO-Oekraïneraad"), "{d:?}");
}

/// "de SERverkenning" (pdftotext's join of "SER-verkenning") is a council's
/// report, no named forecast; the named forecast of several words is one.
#[test]
fn a_joined_acronym_compound_is_no_named_forecast() {
    let docs = mentions(&[
        "Bij het opstellen zijn de aanbevelingen van de SERverkenning meegenomen, net als de \
         Macro Economische Verkenning van het CPB.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "SERverkenning"), "{d:?}");
    assert!(
        has(d, "Macro Economische Verkenning", EntityType::Misc),
        "{d:?}"
    );
}
