//! Screen tests of searching and reading across documents: the query line
//! and its count, matches highlighted, a bad regex as a message, the results
//! of a search in all documents, related passages, the timeline, and the
//! "also in" of a repeated passage.

mod common;
use common::{ctrl, press, screen, screen_text as text};

use brief::briefing::Briefing;
use brief::corpus::Corpus;
use brief::entities::EntityIndex;
use brief::tui::app::CrossRef;
use brief::tui::{App, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use std::sync::{Arc, OnceLock};

fn derived() -> &'static (Arc<EntityIndex>, Arc<CrossRef>) {
    static D: OnceLock<(Arc<EntityIndex>, Arc<CrossRef>)> = OnceLock::new();
    D.get_or_init(|| {
        let briefing = Briefing::new(Arc::new(Corpus::bundled()));
        let progress = Default::default();
        let e = briefing.entities(&progress).index.clone();
        let x = briefing.crossref(&progress).unwrap().clone();
        (e, x)
    })
}

fn app() -> App {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    let (e, x) = derived();
    a.set_entities(e.clone(), None);
    a.crossref = Some(x.clone());
    a
}

#[test]
fn search_in_the_document_counts_highlights_and_follows() {
    let mut a = app();
    press(&mut a, "jjjj\n");
    screen(&mut a, 120, 40);
    press(&mut a, "/geeist");
    let t = screen(&mut a, 120, 40);
    let s = text(&t);
    assert!(s.contains("/geeist▏") && s.contains("1/2"), "{s}");
    // The current match is on screen, picked out.
    let row = s
        .lines()
        .position(|l| l.contains("geëist"))
        .expect("the match in view");
    let line = s.lines().nth(row).unwrap();
    let col = line[..line.find("geëist").unwrap()].chars().count() as u16;
    let cell = &t.backend().buffer()[(col, row as u16)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD),
        "{cell:?}"
    );
    insta::assert_snapshot!("search_typing_120x40", t.backend());
    // Enter keeps the matches; n goes on, the status bar counts.
    press(&mut a, "\nn");
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("/geeist 2/2"), "{s}");
    // Esc after a new /: the matches are dropped.
    press(&mut a, "/x\u{1b}");
    assert!(a.search.view.is_none());
}

#[test]
fn smart_case_and_a_bad_regex() {
    let mut a = app();
    press(&mut a, "jjjj\n/navo");
    let lower = a.search.view.as_ref().unwrap().total;
    press(&mut a, "\u{1b}/NAVO");
    let upper = a.search.view.as_ref().unwrap().total;
    assert!(lower >= upper && upper > 0, "{lower} {upper}");
    press(&mut a, "\u{1b}/");
    ctrl(&mut a, 'r');
    press(&mut a, "(");
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.to_lowercase().contains("unclosed"), "{s}");
}

#[test]
fn search_all_documents_lists_and_opens() {
    let mut a = app();
    press(&mut a, "Soekraine");
    let t = screen(&mut a, 120, 40);
    let s = text(&t);
    assert!(
        s.contains("Search all documents") && s.contains("matches"),
        "{s}"
    );
    insta::assert_snapshot!("search_all_120x40", t.backend());
    let hits = &a.search.view.as_ref().unwrap().hits;
    let in_letter = hits
        .iter()
        .position(|h| h.doc == 4)
        .expect("a match in the letter");
    for _ in 0..in_letter {
        a.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    }
    press(&mut a, "\n");
    assert_eq!(a.doc().unwrap().id, "004_425c361073e3d6d9");
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("/oekraine 1/"), "{s}");
}

#[test]
fn related_passages_and_timeline_panes() {
    let mut a = app();
    press(&mut a, "jjjj\n");
    let doc = a.doc().unwrap();
    let mh17 = doc.sections.iter().position(|s| s.title == "MH17").unwrap();
    a.show_section(mh17);
    press(&mut a, "R");
    let t = screen(&mut a, 120, 40);
    let s = text(&t);
    assert!(
        s.contains("Related in other documents") && s.contains("MH17"),
        "{s}"
    );
    insta::assert_snapshot!("related_mh17_120x40", t.backend());
    press(&mut a, "\n");
    assert_ne!(
        a.doc().unwrap().id,
        "004_425c361073e3d6d9",
        "Enter opens the other document"
    );

    press(&mut a, "T");
    let t = screen(&mut a, 120, 40);
    let s = text(&t);
    assert!(
        s.contains("Timeline") && s.contains("dated statements"),
        "{s}"
    );
    insta::assert_snapshot!("timeline_120x40", t.backend());
    let x = a.crossref.as_ref().unwrap();
    assert!(
        x.timeline
            .windows(2)
            .all(|w| w[0].sort_key <= w[1].sort_key)
    );
}

#[test]
fn a_repeated_passage_says_also_in_and_d_goes_there() {
    let mut a = app();
    // Seed 003 repeats much of 001.
    press(&mut a, "j\n");
    let s = text(&screen(&mut a, 160, 48));
    assert!(s.contains("also in De Verenigde Staten sturen…"), "{s}");
    // The list says which documents repeat each other; the reader marks the
    // repeated lines in its margin.
    assert!(
        s.contains("≡ De Verenigde… · news") && s.contains("≡ Nederland is… · news"),
        "{s}"
    );
    assert!(s.lines().any(|l| l.contains("││≡")), "{s}");
    press(&mut a, "D");
    assert_eq!(a.doc().unwrap().id, "003_64af60602162f07a");
    press(&mut a, "D");
    assert_eq!(a.doc().unwrap().id, "001_db6bec3f799fe721");
}

#[test]
fn side_by_side_with_a_related_passage() {
    let mut a = app();
    press(&mut a, "jjjj\n");
    let doc = a.doc().unwrap();
    let mh17 = doc.sections.iter().position(|s| s.title == "MH17").unwrap();
    a.show_section(mh17);
    screen(&mut a, 160, 40);
    press(&mut a, "R|");
    let other = a.split.expect("a document beside the letter");
    assert_ne!(other, 4);
    let t = screen(&mut a, 160, 40);
    let s = text(&t);
    assert!(
        s.contains("Tijdens het bezoek was er bijzondere aandacht voor MH17"),
        "{s}"
    );
    assert!(
        !s.contains("Documents (5)"),
        "the two readers take the screen: {s}"
    );
    insta::assert_snapshot!("side_by_side_160x40", t.backend());
    // Keys move the compared document (it has the focus), not the letter.
    let letter = a.views[4].reader.top;
    assert_ne!(a.views[other].reader.top.unit, 0, "opened at the passage");
    press(&mut a, "g");
    assert_eq!(a.views[other].reader.top.unit, 0);
    assert_eq!(a.views[4].reader.top, letter);
    press(&mut a, "\t");
    assert_eq!(a.focus, brief::tui::app::Pane::Reader);
    press(&mut a, "|");
    assert!(a.split.is_none());
    assert!(text(&screen(&mut a, 160, 40)).contains("Documents (5)"));
}
