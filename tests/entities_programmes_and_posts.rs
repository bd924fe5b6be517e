//! Programmes by their kind and a title's own article, channels with their
//! number, laws of the EU and temporary schemes by their title, acronyms of
//! a named thing in another language, titles before initials, double
//! surnames after a known surname, and the place a mayor serves, on texts
//! of our own (issue 12, twenty-first round). Each test says what must be
//! found and what must not.

mod common;

use brief::entities::EntityType;
use common::entity_mentions::{has, mentions, tagged};

/// A programme introduced by its kind is a named thing, with its own
/// article; a capitalised article without a kind before it stays out.
#[test]
fn programmes_by_their_kind_keep_their_article() {
    let docs = mentions(&[
        "Ook het spelprogramma Lichtflits van Omroep MAX stopt, net als de documentairereeks Oude Sporen. Zij presenteerde het programma De Nachtwacht Live. De NTR houdt programma’s als Het Klokhuis. Een reeks Kamervragen volgde.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Lichtflits", EntityType::Misc), "{d:?}");
    assert!(has(d, "Oude Sporen", EntityType::Misc), "{d:?}");
    assert!(has(d, "De Nachtwacht Live", EntityType::Misc), "{d:?}");
    assert!(has(d, "Het Klokhuis", EntityType::Misc), "{d:?}");
    // "reeks" alone counts things.
    assert!(!has(d, "Kamervragen", EntityType::Misc), "{d:?}");
}

/// A channel with its number is the channel, a streaming service a body.
#[test]
fn channels_and_streaming_services_are_bodies() {
    let docs = mentions(&[
        "De uitzending is op NPO 1 en later op NPO Start; Videoland en Disney+ groeien.",
    ]);
    let d = &docs[0];
    assert!(has(d, "NPO 1", EntityType::Organisation), "{d:?}");
    assert!(has(d, "NPO Start", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Videoland", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "1 en"), "{d:?}");
}

/// EU acts and temporary schemes by their sentence-case title; the
/// sentence's verb after it stays out, and an adjective alone names nothing.
#[test]
fn eu_acts_and_temporary_schemes_by_their_title() {
    let docs = mentions(&[
        "Wij spraken over de Verordening ontbossingsvrije producten (EUDR). De EUDR geldt straks. Ik heb de Tijdelijke regeling afbouw subsidies ingesteld. Tijdelijke maatregelen helpen.",
    ]);
    let d = &docs[0];
    assert!(
        has(
            d,
            "Verordening ontbossingsvrije producten",
            EntityType::Misc
        ),
        "{d:?}"
    );
    assert!(has(d, "EUDR", EntityType::Misc), "{d:?}");
    assert!(
        has(d, "Tijdelijke regeling afbouw subsidies", EntityType::Misc),
        "{d:?}"
    );
    assert!(!tagged(d, "Tijdelijke maatregelen"), "{d:?}");
}

/// An acronym in brackets after a named thing is its short form, also when
/// it spells the name in English; a party after a person is no such thing.
#[test]
fn an_acronym_after_a_named_thing_is_that_thing() {
    let docs = mentions(&[
        "Het akkoord kent een Partnerschapsovereenkomst EU-Chili (PQEA). De PQEA moet nog worden geratificeerd, zei het lid Mulder (CDA).",
    ]);
    let d = &docs[0];
    assert!(has(d, "PQEA", EntityType::Misc), "{d:?}");
    assert!(!has(d, "PQEA", EntityType::Organisation), "{d:?}");
    assert!(has(d, "CDA", EntityType::Organisation), "{d:?}");
}

/// A title and initials take the surname's particles, also at a
/// sentence's start; a known surname's double surname goes on after the
/// hyphen; "van" and a place after a mayor's full name is the place served.
#[test]
fn people_by_title_initials_and_double_surnames() {
    let docs = mentions(&[
        "Directeur K.L. van der Steen zei het gisteren. Gedeputeerde Anouk Brouwers-Tak laat het onderzoeken. Burgemeester Jeanne Huijbregts-Oomen van Moerdijk wil meer toezicht. Het rijk sprak met Pieter Heerma van Voss.",
    ]);
    let d = &docs[0];
    assert!(has(d, "K.L. van der Steen", EntityType::Person), "{d:?}");
    assert!(has(d, "Anouk Brouwers-Tak", EntityType::Person), "{d:?}");
    assert!(
        has(d, "Jeanne Huijbregts-Oomen", EntityType::Person),
        "{d:?}"
    );
    assert!(has(d, "Moerdijk", EntityType::Location), "{d:?}");
    assert!(!tagged(d, "Huijbregts-Oomen van Moerdijk"), "{d:?}");
    // No post before it: no place is made of a patrician double surname.
    assert!(!has(d, "Voss", EntityType::Location), "{d:?}");
}
