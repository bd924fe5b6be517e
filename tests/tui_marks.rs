//! Screen tests of marking: the cursor and selection, the label-and-note
//! form, marks drawn in their label's colour, counts in the list and the
//! tree, the marks pane with an orphaned mark, undo, and re-placing a
//! passage without retyping the note.

mod common;
use common::{ctrl, press, screen, screen_text as text};

use brief::corpus::Corpus;
use brief::marks::store::MarkStore;
use brief::tui::{App, Theme};
use ratatui::style::Color;

fn app_with_marks(dir: &std::path::Path, theme: Theme) -> App {
    let mut a = App::new(Corpus::bundled(), theme);
    a.open_marks(dir.join("marks.json"), "tester".into());
    a
}

/// Opens the Kamerbrief at its introduction, cursor on its first sentence.
fn at_introduction(a: &mut App) {
    press(a, "jjjj\n");
    screen(a, 120, 40);
    press(a, "]");
    screen(a, 120, 40);
    press(a, "s");
}

#[test]
fn mark_a_selection_with_label_and_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    at_introduction(&mut a);
    press(&mut a, "vw");
    let sel = a.views[4].cursor.selection().expect("a selection");
    let doc = a.doc().unwrap();
    assert!(
        doc.clean[sel.clone()].starts_with("Naar aanleiding"),
        "{:?}",
        &doc.clean[sel]
    );
    press(&mut a, "m");
    let t = screen(&mut a, 80, 24);
    assert!(text(&t).contains("Mark (Ctrl-S save"), "{}", text(&t));
    insta::assert_snapshot!("mark_form_80x24", t.backend());
    press(&mut a, "3\tNader uitzoeken.\nWie zegt dit?");
    ctrl(&mut a, 's');
    let store = MarkStore::open(dir.path().join("marks.json")).unwrap();
    let marks = store.marks();
    assert_eq!(marks.len(), 1, "saved at once");
    assert_eq!(marks[0].label, "betwist");
    assert_eq!(marks[0].note, "Nader uitzoeken.\nWie zegt dit?");
    assert_eq!(marks[0].reviewer, "tester");
    assert!(marks[0].quote.exact.starts_with("Naar aanleiding"));

    // Counts in the list and the tree; the marked text is reversed (plain theme).
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    assert!(s.contains("1 mark ·"), "{s}");
    assert!(s.contains("‹Introduction› (1)"), "{s}");
    insta::assert_snapshot!("marked_160x48", t.backend());
}

#[test]
fn without_a_selection_m_marks_the_sentence_and_colours_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::colored());
    at_introduction(&mut a);
    press(&mut a, "m1");
    ctrl(&mut a, 's');
    let m = a.marks.as_ref().unwrap().marks()[0].clone();
    assert!(m.quote.exact.ends_with("Oekraïne."), "{:?}", m.quote.exact);
    press(&mut a, "\u{1b}");
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    let row = s
        .lines()
        .position(|l| l.contains("│ Naar aanleiding"))
        .unwrap();
    let col = s.lines().nth(row).unwrap().find("Naar aanleiding").unwrap();
    let col = s.lines().nth(row).unwrap()[..col].chars().count();
    let cell = &t.backend().buffer()[(col as u16, row as u16)];
    assert_eq!(cell.bg, Color::Yellow, "the first label's colour: {cell:?}");
}

#[test]
fn marks_pane_filters_edits_replaces_deletes_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    at_introduction(&mut a);
    press(&mut a, "m1");
    ctrl(&mut a, 's');
    press(&mut a, "s");
    press(&mut a, "m2\tEen vraag");
    ctrl(&mut a, 's');
    press(&mut a, "M");
    let t = screen(&mut a, 120, 30);
    let s = text(&t);
    assert!(
        s.contains("Marks (2)") && s.contains("belangrijk") && s.contains("Een vraag"),
        "{s}"
    );
    // Documents by title, not by id.
    assert!(
        s.contains("Kamerbrief van de Ministers…") && !s.contains("004_425c"),
        "{s}"
    );
    // Dates change from day to day: the snapshot has none.
    let dated = regex::Regex::new(r"\d{4}-\d{2}-\d{2}").unwrap();
    insta::assert_snapshot!("marks_pane_120x30", dated.replace_all(&s, "YYYY-MM-DD"));
    // Filter by the second label.
    press(&mut a, "2");
    assert!(text(&screen(&mut a, 120, 30)).contains("Marks (1) · label vraag"));
    press(&mut a, "0");
    // Change the first mark's label without touching its note.
    press(&mut a, "gc");
    press(&mut a, "4");
    ctrl(&mut a, 's');
    let labels: Vec<String> = a
        .marks
        .as_ref()
        .unwrap()
        .marks()
        .iter()
        .map(|m| m.label.clone())
        .collect();
    assert!(labels.contains(&"actie".to_string()), "{labels:?}");
    // Re-place the second mark: its passage grows by a word, its note stays.
    press(&mut a, "M");
    press(&mut a, "Gv");
    press(&mut a, "w");
    press(&mut a, "m");
    let marks = a.marks.as_ref().unwrap().marks();
    let second = marks
        .iter()
        .find(|m| m.note == "Een vraag")
        .expect("note kept");
    let before_len = second.quote.exact.len();
    assert!(before_len > 0);
    // Delete it and undo.
    press(&mut a, "MGd");
    assert_eq!(a.marks.as_ref().unwrap().marks().len(), 1);
    // The last one was deleted: the one left is selected, as Enter would take it.
    let s = text(&screen(&mut a, 120, 30));
    assert!(s.contains("▶  actie"), "{s}");
    press(&mut a, "u");
    assert_eq!(a.marks.as_ref().unwrap().marks().len(), 2);
    press(&mut a, "\u{1b}");
    let store = MarkStore::open(dir.path().join("marks.json")).unwrap();
    assert_eq!(store.marks().len(), 2, "the undo is saved too");
}

#[test]
fn an_orphaned_mark_is_listed_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    at_introduction(&mut a);
    press(&mut a, "m1");
    ctrl(&mut a, 's');
    // Rewrite the stored mark to text no document has, as if the document changed.
    let path = dir.path().join("marks.json");
    let mut store = MarkStore::open(&path).unwrap();
    let mut m = store.marks()[0].clone();
    m.quote.exact =
        "Deze zin staat nergens in het document en kan niet worden teruggevonden".into();
    m.quote.prefix = "xxxxxxxx".into();
    m.quote.suffix = "yyyyyyyy".into();
    m.position.start = 999_999;
    m.position.end = 1_000_070;
    m.doc_sha256 = "0".repeat(64);
    store.put(m).unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    assert_eq!(a.marks.as_ref().unwrap().orphans.len(), 1);
    press(&mut a, "M");
    let s = text(&screen(&mut a, 120, 30));
    assert!(
        s.contains("NOT PLACED") && s.contains("Deze zin staat nergens"),
        "{s}"
    );
    // v on it, then a new passage in the Kamerbrief and m: re-attached,
    // with its label kept.
    press(&mut a, "v");
    press(&mut a, "\tjjjj\n");
    screen(&mut a, 120, 40);
    press(&mut a, "]");
    screen(&mut a, 120, 40);
    press(&mut a, "sm");
    let marks = a.marks.as_ref().unwrap();
    assert!(marks.orphans.is_empty(), "re-attached");
    assert_eq!(marks.marks()[0].label, "belangrijk");
    assert!(marks.marks()[0].quote.exact.starts_with("Naar aanleiding"));
}

/// The form keeps a long note in view by wrapping it, and Esc asks before
/// it drops a note that was typed; n goes back to it, y drops it.
#[test]
fn the_form_wraps_a_long_note_and_asks_before_dropping_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    at_introduction(&mut a);
    press(&mut a, "m2\t");
    press(
        &mut a,
        "Dit bedrag klopt niet met de Voorjaarsnota: daar staat een ander getal, \
         en de Kamer vroeg om een uitsplitsing per maatregel. Navragen bij Defensie \
         voor het debat van donderdag.",
    );
    let t = screen(&mut a, 80, 24);
    let s = text(&t);
    // Every word is on screen: wrapped, not scrolled out to the left.
    for word in ["Dit bedrag", "uitsplitsing", "donderdag."] {
        assert!(s.contains(word), "{word:?} not shown:\n{s}");
    }
    insta::assert_snapshot!("mark_form_long_note_80x24", t.backend());
    press(&mut a, "\u{1b}");
    let s = text(&screen(&mut a, 80, 24));
    assert!(s.contains("Drop the note you typed?"), "{s}");
    assert!(a.covered(), "still open while it asks");
    press(&mut a, "n");
    let s = text(&screen(&mut a, 80, 24));
    assert!(!s.contains("Drop the note"), "{s}");
    assert!(s.contains("donderdag."), "the note is kept: {s}");
    press(&mut a, "\u{1b}y");
    assert!(!a.covered(), "y drops it");
    assert!(
        a.marks.as_ref().unwrap().marks().is_empty(),
        "nothing saved"
    );
    // An empty form closes at once.
    press(&mut a, "m");
    assert!(a.covered());
    press(&mut a, "\u{1b}");
    assert!(!a.covered());
}

/// `x` writes a new file each time, named for the day; the second export
/// of a day gets `-2` and leaves the first as it was; the status bar names
/// the file.
#[test]
fn exporting_twice_writes_two_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_with_marks(dir.path(), Theme::plain());
    at_introduction(&mut a);
    press(&mut a, "m1\tEerste notitie");
    ctrl(&mut a, 's');
    press(&mut a, "x");
    let s = text(&screen(&mut a, 120, 40));
    let date = brief::marks::clock::today_local();
    assert!(s.contains(&format!("markdown (marks-{date}.md)")), "{s}");
    press(&mut a, "1");
    let first = dir.path().join(format!("marks-{date}.md"));
    let said = a.message.clone().unwrap_or_default();
    assert!(
        said.contains(&format!("written to marks-{date}.md")),
        "{said}"
    );
    let before = std::fs::read(&first).unwrap();
    assert!(String::from_utf8_lossy(&before).contains("Eerste notitie"));

    // A second mark, a second export: a new file; the first is unchanged.
    press(&mut a, "s");
    press(&mut a, "m2\tTweede notitie");
    ctrl(&mut a, 's');
    press(&mut a, "x1");
    let second = dir.path().join(format!("marks-{date}-2.md"));
    let said = a.message.clone().unwrap_or_default();
    assert!(
        said.contains(&format!("written to marks-{date}-2.md")),
        "{said}"
    );
    assert!(text(&screen(&mut a, 160, 40)).contains(&format!("marks-{date}-2.md")));
    assert_eq!(
        std::fs::read(&first).unwrap(),
        before,
        "the first is left alone"
    );
    let now = std::fs::read_to_string(&second).unwrap();
    assert!(
        now.contains("Eerste notitie") && now.contains("Tweede notitie"),
        "{now}"
    );
}
