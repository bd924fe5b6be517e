//! Names told by their context, on texts of our own (issue 12, twelfth
//! round): a head word alone, airports, European routes, reports in quotes,
//! amounts written out, storms and people by first name and age, the rest
//! of a body's name after "en" or "of", two-word surnames, and two names a
//! letter apart that are not one entity. Each test says what must be found
//! and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A head word alone names nothing ("de Holding", "wetgevingsoverleg
/// Media"), and so cannot take the place of the body it ends ("het
/// Commissariaat voor de Media"); "uw Kamer" and "de Raad" still do.
#[test]
fn a_head_word_alone_is_no_name() {
    let docs = mentions(&[
        "De Holding en de Groep spraken over Media. Zij werkt met de Directie Media samen, en het Commissariaat voor de Media ziet erop toe. De Raad besloot en uw Kamer stemde in.",
    ]);
    let d = &docs[0];
    assert!(
        !tagged(d, "Holding") && !tagged(d, "Groep") && !tagged(d, "Media"),
        "{d:?}"
    );
    assert!(
        has(d, "Commissariaat voor de Media", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Directie Media", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Raad", EntityType::Organisation), "{d:?}");
}

/// An airport named after its place or two is a place; a port authority
/// named the same way is a body.
#[test]
fn an_airport_is_a_place() {
    let docs = mentions(&[
        "Vrachtvluchten vertrekken vanaf Lelystad Airport en Kassel Paderborn Airport, met hulp van Groningen Seaports.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Lelystad Airport", EntityType::Location), "{d:?}");
    assert!(
        has(d, "Kassel Paderborn Airport", EntityType::Location),
        "{d:?}"
    );
    assert!(
        has(d, "Groningen Seaports", EntityType::Organisation),
        "{d:?}"
    );
}

/// A European route after the article is a road; an additive or a fuel is
/// not.
#[test]
fn a_european_route_is_a_road() {
    let docs = mentions(&[
        "Op de E40 bij Aalter stond een file. Frisdrank met E211 en de E10-benzine bleven duur.",
    ]);
    let d = &docs[0];
    assert!(has(d, "E40", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "E211") && !tagged(d, "E10"), "{d:?}");
}

/// A report's title in quotes is a named thing, and so is a news
/// article's (since the thirty-third round); a quoted word is not.
#[test]
fn a_report_in_quotes_is_a_named_thing() {
    let docs = mentions(&[
        "Het SCP-rapport „Wonen op de grens” en het rapport ‘Water in de wijk’ verschenen. Kent u het artikel „Wonen wordt onbetaalbaar”? De wethouder noemt het „Onzin”.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wonen op de grens", EntityType::Misc), "{d:?}");
    assert!(has(d, "Water in de wijk", EntityType::Misc), "{d:?}");
    assert!(
        has(d, "Wonen wordt onbetaalbaar", EntityType::Misc),
        "{d:?}"
    );
    assert!(!tagged(d, "Onzin"), "{d:?}");
}

/// Amounts written out and in cents; percentages and weights are not.
#[test]
fn amounts_written_out_and_in_cents() {
    let docs = mentions(&[
        "Een brood kost nu vijfendertig cent meer, een krat vijftig euro en een liter melk 89 cent. De rente steeg met vijf procent en zij kocht vier pond kaas.",
    ]);
    let d = &docs[0];
    assert!(has(d, "vijfendertig cent", EntityType::Money), "{d:?}");
    assert!(has(d, "vijftig euro", EntityType::Money), "{d:?}");
    assert!(has(d, "89 cent", EntityType::Money), "{d:?}");
    assert!(
        !d.iter()
            .any(|(t, y)| *y == EntityType::Money && (t.contains("procent") || t.contains("pond"))),
        "{d:?}"
    );
}

/// A storm is named after a person; a news article names people by first
/// name and age.
#[test]
fn a_storm_and_a_person_by_age() {
    let docs = mentions(&[
        "Storm Ingrid trekt over Friesland. \"We hebben alles vastgebonden\", zegt Marieke (38) uit Dokkum. Ook Pieter (71) bleef binnen. De storm raasde door.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Storm Ingrid", EntityType::Misc), "{d:?}");
    assert!(has(d, "Marieke", EntityType::Person), "{d:?}");
    assert!(has(d, "Pieter", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Ingrid"), "{d:?}");
}

/// A body's name goes on after "en" and a list of topics ("Raad
/// Onderwijs, Jeugd, Cultuur en Sport"), and an English body's after "of";
/// a person or a second body after "en" stays apart.
#[test]
fn the_rest_of_a_bodys_name() {
    let docs = mentions(&[
        "Het Nederlands Instituut voor Klank en Beeld werkt met de Raad Onderwijs, Jeugd, Cultuur en Sport. Het US Department of Health and Human Services reageerde.",
        "De Directie Bouw en Jan Jansen overlegden, net als de Directie Wonen en Directie Ruimte.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Nederlands Instituut voor Klank en Beeld",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(
            d,
            "Raad Onderwijs, Jeugd, Cultuur en Sport",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        d.iter().any(
            |(t, y)| t.ends_with("Department of Health and Human Services")
                && *y == EntityType::Organisation
        ),
        "{d:?}"
    );
    let d = &docs[1];
    assert!(has(d, "Directie Bouw", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Jan Jansen", EntityType::Person), "{d:?}");
    assert!(has(d, "Directie Wonen", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Directie Ruimte", EntityType::Organisation), "{d:?}");
}

/// A two-word Dutch surname ("Klein Hesselink") is one name with the given
/// name before it.
#[test]
fn a_two_word_surname() {
    let docs = mentions(&[
        "Directeur Gerrit Klein Wolterink en wethouder Anouk Oude Elferink reageerden. Jan Klein zei niets.",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "Gerrit Klein Wolterink", EntityType::Person),
        "{d:?}"
    );
    assert!(has(d, "Anouk Oude Elferink", EntityType::Person), "{d:?}");
    assert!(
        !d.iter().any(|(t, _)| t.starts_with("Jan Klein z")),
        "{d:?}"
    );
}

/// Names a letter apart are not one entity: a person "Henk" in one text and
/// the town "Genk" in another keep their own types.
#[test]
fn names_a_letter_apart_are_two_entities() {
    let docs = mentions(&[
        "Henk (58) uit Hasselt kijkt elke week naar de wedstrijd.",
        "In Genk en in Vaals gingen de winkels dicht; de Franse oud-premier Manuel Valls sprak.",
    ]);
    assert!(has(&docs[0], "Henk", EntityType::Person), "{:?}", docs[0]);
    assert!(has(&docs[1], "Genk", EntityType::Location), "{:?}", docs[1]);
    assert!(
        has(&docs[1], "Vaals", EntityType::Location),
        "{:?}",
        docs[1]
    );
}
