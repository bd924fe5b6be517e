//! The opening view of the bundled briefing, as `brief` with no arguments
//! shows it: the documents in reading order, the letter selected and open,
//! and its section tree in view at every size, beside the reader.

mod common;

use brief::corpus::Corpus;
use brief::tui::{App, Theme};
use common::{screen, screen_text};

fn opening() -> App {
    App::new(Corpus::bundled().into_reading_order(), Theme::plain())
}

/// What a reader of the letter sees first: its list entry, its sections
/// and its opening lines.
fn assert_letter_with_its_tree(s: &str) {
    assert!(s.contains("Documents (5)"), "{s}");
    assert!(s.contains("Sections"), "the tree is in view:\n{s}");
    for section in ["Militaire steun", "MH17"] {
        assert!(s.contains(section), "{section}:\n{s}");
    }
    assert!(
        s.contains("Aan de Voorzitter van de Tweede Kamer"),
        "the letter is open:\n{s}"
    );
}

#[test]
fn the_letter_opens_with_its_tree_at_80x24() {
    let mut a = opening();
    let t = screen(&mut a, 80, 24);
    let s = screen_text(&t);
    assert_letter_with_its_tree(&s);
    // The list above the tree, the letter first.
    let list = s.find("Documents (5)").unwrap();
    let tree = s.find("Sections").unwrap();
    assert!(list < tree, "{s}");
    assert!(s.contains("Kamerbrief van de Min"), "{s}");
    insta::assert_snapshot!("opening_80x24", t.backend());
}

#[test]
fn the_letter_opens_with_its_tree_at_160x48() {
    let mut a = opening();
    let t = screen(&mut a, 160, 48);
    assert_letter_with_its_tree(&screen_text(&t));
    insta::assert_snapshot!("opening_160x48", t.backend());
}

#[test]
fn a_short_screen_keeps_the_list_alone() {
    // 80x12: too short to share the side column; the list, as before.
    let mut a = opening();
    let s = screen_text(&screen(&mut a, 80, 12));
    assert!(
        s.contains("Documents (5)") && !s.contains("Sections"),
        "{s}"
    );
}
