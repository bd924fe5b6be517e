//! Entities of issue 12's twenty-second round, on texts of our own: amounts
//! written out with a multiplier, works of roads and water named after a
//! place at a sentence's start, and committees named by their portfolio.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// "twee miljard euro": a number written out, a multiplier and a currency
/// are one amount; a number of other things is none.
#[test]
fn amounts_written_out_with_a_multiplier_are_money() {
    let docs = mentions(&[
        "Het kabinet trekt twee miljard euro uit, en de provincie vijfenveertig miljoen euro. De stad telt twee miljoen inwoners en vele miljoenen bezoekers.",
    ]);
    let d = &docs[0];
    assert!(has(d, "twee miljard euro", EntityType::Money), "{d:?}");
    assert!(
        has(d, "vijfenveertig miljoen euro", EntityType::Money),
        "{d:?}"
    );
    assert!(!tagged(d, "twee miljoen"), "{d:?}");
}

/// "Zeelandbrug dicht": at a sentence's start a bridge or tunnel named after
/// a place is that place; a kind of bridge at a sentence's start is not.
#[test]
fn a_work_named_after_a_place_is_a_place_at_a_sentence_start() {
    let docs = mentions(&[
        "Verkeer: Zeelandbrug dicht door storm.\nFietsbrug dicht door storm. Verderop ligt een fietsbrug.\nUtrechttunnel blijft open.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Zeelandbrug", EntityType::Location), "{d:?}");
    assert!(has(d, "Utrechttunnel", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Fietsbrug"), "{d:?}");
}

/// "de vaste commissie voor Financiën": a parliament's committee is one
/// body named by its portfolio, which names no ministry inside it; the
/// ministry named as itself stays one.
#[test]
fn a_committee_named_by_its_portfolio_is_one_body() {
    let docs = mentions(&[
        "Ik ga met de vaste commissie voor Landbouw, Visserij en Natuur op werkbezoek. Het ministerie van Financiën betaalt.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "vaste commissie voor Landbouw, Visserij en Natuur",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(!tagged(d, "Landbouw"), "{d:?}");
}

/// German police and prosecutors are bodies by their head words, and a
/// Dutch adjective before a German name is the sentence's word; a Dutch
/// name keeps its adjective.
#[test]
fn german_bodies_are_bodies_without_the_dutch_adjective() {
    let docs = mentions(&[
        "De Duitse Bundespolizei en het Landeskriminalamt Niedersachsen onderzoeken de zaak. De Staatsanwaltschaft Osnabrück vervolgt. De Nederlandse Spoorwegen rijden minder.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Bundespolizei", EntityType::Organisation), "{d:?}");
    assert!(
        has(
            d,
            "Landeskriminalamt Niedersachsen",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    assert!(
        has(d, "Staatsanwaltschaft Osnabrück", EntityType::Organisation),
        "{d:?}"
    );
    assert!(
        has(d, "Nederlandse Spoorwegen", EntityType::Organisation),
        "{d:?}"
    );
}

/// Well-known companies are named without a cue word; a company whose name
/// is also an ordinary word is not taken from the word.
#[test]
fn well_known_companies_need_no_cue() {
    let docs = mentions(&[
        "Volgens analisten verliest Nissan terrein aan Hyundai. Capgemini en Tencent investeren. Plus een extra bonus voor het personeel.",
    ]);
    let d = &docs[0];
    for name in ["Nissan", "Hyundai", "Capgemini", "Tencent"] {
        assert!(has(d, name, EntityType::Organisation), "{name}: {d:?}");
    }
    assert!(!tagged(d, "Plus"), "{d:?}");
}

/// "Helmond FM", "Drenthe Vandaag": a regional broadcaster's channel is one
/// organisation and its programme one named thing; the region alone stays
/// a place.
#[test]
fn channels_and_programmes_named_after_a_region_are_whole() {
    let docs = mentions(&[
        "Het nieuws is te horen op Drenthe FM en te zien in Drenthe Vandaag. In Drenthe regent het vandaag.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Drenthe FM", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Drenthe Vandaag", EntityType::Misc), "{d:?}");
    assert!(has(d, "Drenthe", EntityType::Location), "{d:?}");
}

/// "naar Kongsberg Defence Systems": after a preposition of place, a name
/// ending in a company's head word, or built on a known organisation, is
/// no place; a place after the same preposition still is.
#[test]
fn a_company_after_a_preposition_of_place_is_no_place() {
    let docs =
        mentions(&["De order ging naar Kongsberg Defence Systems en de levering naar Den Haag."]);
    let d = &docs[0];
    assert!(
        has(d, "Kongsberg Defence Systems", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Den Haag", EntityType::Location), "{d:?}");
}
