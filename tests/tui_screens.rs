//! Every overlay, and the screens issue 10 changed, at the two sizes people
//! use most, 80x24 and 160x48: one snapshot a screen and size, from the
//! bundled briefing with its entities, cross-references and one mark. The
//! mark's date (today) is written as YYYY-MM-DD, so the snapshots hold on
//! any day.

mod common;

use brief::corpus::Corpus;
use brief::tui::action::Action;
use brief::tui::panels::Overlay;
use brief::tui::{App, Theme};
use common::{ctrl, press, screen, screen_text};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// The briefing, letter first, with one mark on the sentence at the
/// reading cursor (in a marks file of its own, which the caller keeps).
fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let mut a = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    a.load_entities();
    a.open_marks(dir.path().join("marks.json"), "tester".into());
    screen(&mut a, 160, 48);
    press(&mut a, "wm3\tNa te gaan.");
    ctrl(&mut a, 's');
    assert_eq!(a.marks.as_ref().unwrap().marks().len(), 1);
    (dir, a)
}

/// The screen as text, today's date made a placeholder.
fn shown(a: &mut App, w: u16, h: u16) -> String {
    let today = brief::marks::clock::today_local();
    screen_text(&screen(a, w, h)).replace(&today, "YYYY-MM-DD")
}

fn at_both_sizes(name: &str, a: &mut App) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), shown(a, w, h));
    }
}

#[test]
fn every_overlay_at_80x24_and_160x48() {
    for &overlay in Overlay::ALL {
        let (_dir, mut a) = app();
        a.update(Action::Show(overlay));
        assert!(a.covered(), "{overlay:?} opened nothing: {:?}", a.message);
        at_both_sizes(overlay.name(), &mut a);
    }
}

#[test]
fn the_overlays_opened_from_elsewhere_at_80x24_and_160x48() {
    // An entity's occurrences, from the entities pane.
    let (_dir, mut a) = app();
    press(&mut a, "e\n");
    assert!(a.covered());
    at_both_sizes("occurrences", &mut a);
    // A search in all documents, typed.
    let (_dir, mut a) = app();
    press(&mut a, "Srutte");
    at_both_sizes("search_all", &mut a);
    // The mark form, on the sentence at the cursor.
    let (_dir, mut a) = app();
    press(&mut a, "w m");
    assert!(a.covered());
    at_both_sizes("mark_form", &mut a);
    // The reader zoomed to the full width.
    let (_dir, mut a) = app();
    press(&mut a, "Z");
    at_both_sizes("zoomed", &mut a);
}
