//! Screen tests of the timeline (`T`) on documents of our own: only the
//! reading text is listed, a month without a year shows the year taken from
//! the document's date as "≈", dates no year can be found for stand apart
//! under "Without a year", and every document is named by its title (made
//! inert), never its id; the `D` message names the other copy by title too.

mod common;
use common::{corpus_of, press, screen, screen_text as text};

use brief::corpus::Corpus;
use brief::tui::{App, Theme};

/// A letter dated 10 June 2024 ("Voortgang van de regeling"), a news page of
/// February 2022 with another article's date in its chrome, and a note
/// without a date whose title holds an escape sequence.
fn corpus() -> Corpus {
    corpus_of(&[
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\
         Postbus 20018\n2500 EA Den Haag\n\n\
         Datum 10 juni 2024\n\
         Betreft Voortgang van de regeling\n\n\
         Geachte Voorzitter,\n\n\
         In april is de regeling gestart. Eind januari besprak ik dit met de provincies. \
         In september zal ik uw Kamer opnieuw informeren. \
         Het loket is open van april tot en met december 2022.\n\n\
         Hoogachtend,\n\n\
         de minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\
         J. Jansen\n",
        " date 2022-02 Kabinet stuurt brief over de regeling\n\
         DEN HAAG (ANP) - Het kabinet heeft eind januari een brief gestuurd.\n\
         Lees ook: Protest op het Malieveld op 20 september 2025\n",
        "Aantekening \u{1b}[31mbij het overleg\n\n\
         Het overleg van 14 januari verliep goed. In maart volgt meer.\n",
    ])
}

fn app() -> App {
    app_of(corpus)
}

/// A reader of the corpus `make` makes, with its entities and timeline.
fn app_of(make: impl Fn() -> Corpus) -> App {
    let mut a = App::new(make(), Theme::plain());
    a.load_entities();
    a
}

#[test]
fn timeline_lists_the_undated_apart_and_names_documents_by_title() {
    let mut a = app();
    press(&mut a, "\nT");
    let t = screen(&mut a, 100, 30);
    let s = text(&t);
    // Titles, inert; no ids.
    assert!(s.contains("Voortgang van de regeling"), "{s}");
    assert!(s.contains("Kabinet stuurt brief over de regeling"), "{s}");
    assert!(s.contains("Aantekening ␛[31mbij het overleg"), "{s}");
    assert!(!s.contains('\u{1b}'), "{s}");
    assert!(
        !s.lines()
            .any(|l| l.contains("d0 ") || l.contains("d1 ") || l.contains("d2 ")),
        "{s}"
    );
    // Months resolved against the document's date, marked ≈.
    assert!(s.contains("≈2024-04") && s.contains("≈2024-01"), "{s}");
    assert!(s.contains("≈2024-09") && s.contains("≈2022-01"), "{s}");
    assert!(s.contains("2022-04 ") && !s.contains("≈2022-04"), "{s}");
    // Not the header's date, the news page's date line or the chrome's date.
    assert!(!s.contains("10 juni 2024") && !s.contains("2025"), "{s}");
    assert!(!s.contains("date 2022-02"), "{s}");
    // The note's dates have no year: apart, after the dated, under a heading.
    let heading = s
        .lines()
        .position(|l| l.contains("── Without a year (2)"))
        .expect("the heading");
    let row = |needle: &str| {
        s.lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {s}"))
    };
    assert!(row("≈2024-09") < heading);
    assert!(heading < row("14 januari  ") && row("14 januari  ") < row("maart  "));
    assert!(
        s.contains("Timeline (6 dated statements, 2 without a year)"),
        "{s}"
    );
    insta::assert_snapshot!("timeline_without_a_year_100x30", t.backend());
    // G goes to the last, the note's "maart"; Enter reads it there.
    press(&mut a, "G\n");
    assert!(!a.covered());
    assert_eq!(a.doc().unwrap().id, "d2");
}

#[test]
fn the_duplicate_message_names_the_other_copy_by_title() {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.load_entities();
    // Seed 003 repeats much of 001.
    press(&mut a, "j\n");
    screen(&mut a, 160, 48);
    press(&mut a, "D");
    assert_eq!(a.doc().unwrap().id, "003_64af60602162f07a");
    let m = a.message.clone().expect("a message");
    assert!(m.starts_with("The same text in De Verenigde Staten"), "{m}");
    assert!(!m.contains("001_") && !m.contains("003_"), "{m}");
}

#[test]
fn a_sentence_longer_than_the_timeline_ends_in_an_ellipsis() {
    let mut a = app_of(|| {
        corpus_of(&["Aantekening bij het overleg\n\n\
             Op 3 maart 2023 besprak de minister met de provincies, de gemeenten en \
             de waterschappen hoe de regeling na de zomer verder moet.\n"])
    });
    press(&mut a, "\nT");
    let t = screen(&mut a, 60, 30);
    let s = text(&t);
    // The date and what follows it as far as the box goes, then "…"
    // (before, the sentence just stopped at the edge).
    let row = s
        .lines()
        .find(|l| l.contains("3 maart 2023"))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(
        row.trim_end_matches(['│', ' ']).ends_with('…'),
        "{row}\n{s}"
    );
    assert!(!s.contains("verder moet"), "{s}");
}
