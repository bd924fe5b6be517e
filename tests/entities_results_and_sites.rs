//! Entities of issue 12's twenty-third round, on texts of our own: sports
//! results and championships, sites named by their address, teams with
//! their sponsors, people written with a bracketed given name or named by
//! their surname alone, and a body's head before an article.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A results table and a results line: the riders are people, the Olympic
/// codes their countries; a lone row with a code is no ranking.
#[test]
fn sports_results_give_people_and_countries() {
    let docs = mentions(&[
        "Uitslag 500 meter\nPos Naam Land Tijd\n1 Anouk van Rijswijk NED 37,81\n2 Miho Takagawa JPN 37,95\n3 Greta Lindholm SWE 38,02\nMannen: 1. Verbrugge (BEL) 58.10; 2. De Smet (BEL) +0.44; 3. Aalders (NED) z.t.",
        "Tabel 2 Kosten PER 2025\nDe kosten stijgen.",
    ]);
    let d = &docs[0];
    for name in [
        "Anouk van Rijswijk",
        "Miho Takagawa",
        "Greta Lindholm",
        "Verbrugge",
        "De Smet",
        "Aalders",
    ] {
        assert!(has(d, name, EntityType::Person), "{name}: {d:?}");
    }
    for code in ["NED", "JPN", "SWE", "BEL"] {
        assert!(has(d, code, EntityType::Location), "{code}: {d:?}");
    }
    assert!(!tagged(&docs[1], "Kosten"), "{:?}", docs[1]);
    assert!(!has(&docs[1], "PER", EntityType::Location), "{:?}", docs[1]);
}

/// "het EK sprint", "1500 meter": a championship takes its discipline, and
/// a distance is no year.
#[test]
fn championships_take_their_discipline_and_distances_are_no_years() {
    let docs = mentions(&[
        "Zij won het EK sprint en werd tweede op de 1500 meter. Het EK in Heerenveen begint in 1998 opnieuw.",
    ]);
    let d = &docs[0];
    assert!(has(d, "EK sprint", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "1500"), "{d:?}");
    assert!(has(d, "1998", EntityType::Date), "{d:?}");
}

/// A site called by its address is an organisation; an address to go to is
/// not.
#[test]
fn a_site_called_by_its_address_is_an_organisation() {
    let docs = mentions(&[
        "Dat zei de trainer tegen Wielerflits.nl na de rit. Kaarten zijn te koop via Sportpaleis.be en op www.sportpaleis.be.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wielerflits.nl", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "Sportpaleis.be"), "{d:?}");
}

/// "Team Zuidwest | Van Dam Bouw": a team and its sponsor are one body.
#[test]
fn a_team_takes_its_sponsor_after_a_bar() {
    let docs = mentions(&[
        "De rijder van Team Zuidwest | Van Dam Bouw won.\nTeam Zuidwest | Uitslagen | Agenda",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Team Zuidwest | Van Dam Bouw", EntityType::Organisation),
        "{d:?}"
    );
    assert!(!tagged(d, "Team Zuidwest | Uitslagen"), "{d:?}");
}

/// "mr. P.W. (Pieter) Oosterbeek": one person; and the bare surname the
/// text keeps using is that person, not a body.
#[test]
fn a_bracketed_given_name_and_a_bare_surname_are_the_person() {
    let docs = mentions(&[
        "Verkenner mr. P.W. (Pieter) Oosterbeek sprak met de partijen. Volgens Oosterbeek is er haast, en Oosterbeek wil snel door. Ook zei Oosterbeek dat het lukt. Informateur Pieter Oosterbeek rondt af.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "P.W. (Pieter) Oosterbeek", EntityType::Person),
        "{d:?}"
    );
    assert!(
        !d.iter()
            .any(|(s, t)| s == "Oosterbeek" && *t == EntityType::Organisation),
        "{d:?}"
    );
}

/// "de Europese Commissie het … Plan": a body's head before an article is
/// no part of the next name; "Raad van State" still is one.
#[test]
fn a_body_head_takes_no_article_after_it() {
    let docs = mentions(&[
        "In mei heeft de Europese Commissie het Northern Energy Action Plan gepresenteerd. De Raad van State adviseert.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Europese Commissie", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        !tagged(d, "Europese Commissie het Northern Energy Action Plan"),
        "{d:?}"
    );
    assert!(has(d, "Raad van State", EntityType::Organisation), "{d:?}");
}

/// A list's items are of one kind: beside a body found, or after a plural
/// noun of bodies, capitalised items are bodies; a list with a place is
/// left alone.
#[test]
fn the_items_of_a_list_of_bodies_are_bodies() {
    let docs = mentions(&[
        "In de regio delen Rabobank, Vredeveld en Oosterkamp een kantoor. Ook de woningcorporaties Woonkracht en Stadsgenoot doen mee. Zij reden via Amsterdam, Zwanenburg en Vijfhuizen.",
    ]);
    let d = &docs[0];
    for name in ["Vredeveld", "Oosterkamp", "Woonkracht", "Stadsgenoot"] {
        assert!(has(d, name, EntityType::Organisation), "{name}: {d:?}");
    }
    assert!(!has(d, "Zwanenburg", EntityType::Organisation), "{d:?}");
}

/// Issue 12's thirty-third round: clubs without a cue word are known by the
/// rows of a sports page (a scoreboard's row, a standings table) and are
/// the club wherever they stand alone; the table's header names nothing, a
/// postcode's letters are no part of the place after it, and a ranking of
/// players keeps its people.
#[test]
fn clubs_are_known_by_their_rows_and_headers_name_nothing() {
    let docs = mentions(&[
        "LIVE | Hoofdklasse dames\nLaren 2 – 1 Hurley | Einde\n\nVerslag\n\nLaren nam de koppositie over. \
         De thuisploeg was sterker dan Hurley. Joris Kempers van Hurley scoorde twee keer; \
         Kees van Hurley keek toe.\n\nStand\n# | Club | G | W | GL | V | DV–DT | P\n\
         1 | Laren | 6 | 5 | 0 | 1 | 20–8 | 15\n2 | Hurley | 6 | 4 | 1 | 1 | 15–9 | 13\n\n\
         Redactie: Stationsweg 4, 1251 KD Laren\n",
        "Topscorers\n1. Anna Vermeer 9 3 12\n2. Fleur Bakker 8 2 10\n3. Iris Smit 7 1 8\n\nVermeer is de beste.\n",
    ]);
    let d = &docs[0];
    assert!(has(d, "Hurley", EntityType::Organisation), "{d:?}");
    // "Laren" is a club in the rows and where it acts, a place in the
    // address (after its postcode).
    assert!(has(d, "Laren", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Laren", EntityType::Location), "{d:?}");
    for label in ["GL", "DV", "DT", "KD Laren"] {
        assert!(!tagged(d, label), "{label}: {d:?}");
    }
    // A player read with his club is the player and the club; a given name
    // alone before "van" and the club's name is a surname (counter-example).
    assert!(has(d, "Joris Kempers", EntityType::Person), "{d:?}");
    assert!(has(d, "Kees van Hurley", EntityType::Person), "{d:?}");
    // Counter-example: the players of a ranking stay people.
    for person in ["Anna Vermeer", "Fleur Bakker", "Iris Smit"] {
        assert!(
            has(&docs[1], person, EntityType::Person),
            "{person}: {:?}",
            docs[1]
        );
    }
}

/// A page that says who publishes it ("© 2026 Stadsbode Oost", "… is een
/// uitgave van …", "… en haar partners gebruiken cookies"): the site's
/// name is an organisation wherever the page uses it, in the masthead's
/// capitals too; not in a handle. Counter-examples: "Deze site en haar
/// partners", a credit after the year, and a page that states no
/// publisher.
#[test]
fn a_page_names_its_publisher_everywhere() {
    let docs = mentions(&[
        "STADSBODE OOST\nHet onderzoek gebeurde in opdracht van Stadsbode Oost, zegt Kees Jansen.\n\
         Een reactie van stadsbode_redactie volgt.\nStadsbode Oost is een uitgave van Voorwaarts Media B.V.\n\
         © 2026 Stadsbode Oost. Alle rechten voorbehouden.",
        "Deze site en haar partners gebruiken cookies.\nHet onderzoek gebeurde in opdracht van Stadsbode Oost.\n\
         © 2026 Foto: Jan Smit",
    ]);
    let d = &docs[0];
    let orgs: Vec<&str> = d
        .iter()
        .filter(|(_, ty)| *ty == EntityType::Organisation)
        .map(|(s, _)| s.as_str())
        .collect();
    assert_eq!(
        orgs.iter().filter(|s| **s == "Stadsbode Oost").count(),
        3,
        "{d:?}"
    );
    assert!(has(d, "STADSBODE OOST", EntityType::Organisation), "{d:?}");
    assert!(!tagged(&docs[1], "Deze site"), "{:?}", docs[1]);
    assert!(
        !has(&docs[1], "Foto", EntityType::Organisation),
        "{:?}",
        docs[1]
    );
}
