//! Quitting with marks that could not be saved: `q` warns and asks (try
//! again, quit keeping them in a rescue file, stay) instead of dropping them;
//! nothing unsaved quits at once. And the mark form refuses a blank label.

mod common;
use common::{ctrl, press, screen, screen_text as text};

use brief::corpus::Corpus;
use brief::marks::rescue::{self, RescuePlan};
use brief::marks::store::MarkStore;
use brief::tui::{App, Theme};
use std::fs;
use std::path::{Path, PathBuf};

/// The reader on the bundled briefing with its marks in `marks`, and rescue
/// files going to `rescue_dir` (never the user's own folders).
fn app(marks: &Path, rescue_dir: &Path) -> App {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.open_marks(marks.to_path_buf(), "tester".into());
    a.marks.as_mut().unwrap().rescue_plan = Some(RescuePlan {
        name: "brief-rescue-test.json".into(),
        folders: vec![rescue_dir.to_path_buf()],
    });
    a
}

/// Marks the first sentence of the Kamerbrief's introduction as `belangrijk`.
fn mark_a_sentence(a: &mut App) {
    press(a, "jjjj\n");
    screen(a, 120, 40);
    press(a, "]");
    screen(a, 120, 40);
    press(a, "sm1");
    ctrl(a, 's');
}

/// A marks file whose folder is a regular file: every save fails, for root too.
fn unwritable(dir: &Path) -> (PathBuf, PathBuf) {
    let blocker = dir.join("project");
    fs::write(&blocker, b"a file where the folder should be").unwrap();
    (blocker.clone(), blocker.join("marks.json"))
}

#[test]
fn nothing_unsaved_quits_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(&dir.path().join("marks.json"), &dir.path().join("rescue"));
    mark_a_sentence(&mut a);
    assert!(a.marks.as_ref().unwrap().problem.is_none());
    press(&mut a, "q");
    assert!(a.requests.quit);
    assert!(brief::tui::unsaved::rescue_on_exit(&mut a).is_none());
    assert!(!dir.path().join("rescue").exists(), "no rescue file");
}

#[test]
fn q_with_unsaved_marks_asks_and_stay_keeps_reading() {
    let dir = tempfile::tempdir().unwrap();
    let (blocker, marks) = unwritable(dir.path());
    let rescue_dir = dir.path().join("rescue");
    let mut a = app(&marks, &rescue_dir);
    mark_a_sentence(&mut a);
    assert_eq!(a.marks.as_ref().unwrap().unsaved_count(), 1);

    press(&mut a, "q");
    assert!(!a.requests.quit, "unsaved marks are not dropped by q");
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("Marks not saved"), "{s}");
    assert!(s.contains("1 mark is only in memory"), "{s}");
    assert!(s.contains("Why:") && s.contains("cannot"), "{s}");
    assert!(s.contains("Try saving again"), "{s}");
    assert!(
        s.contains("brief-rescue-test.json"),
        "the rescue file is named: {s}"
    );
    assert!(s.contains("Stay in brief"), "{s}");
    insta::assert_snapshot!(
        "unsaved_dialog_120x40",
        s.replace(&*dir.path().to_string_lossy(), "TMP")
    );

    // Esc stays; Ctrl-C asks again.
    press(&mut a, "\u{1b}");
    assert!(!a.requests.quit && !a.covered());
    ctrl(&mut a, 'c');
    assert!(!a.requests.quit && a.covered());

    // r while the folder is still a file: the dialog stays.
    press(&mut a, "r");
    assert!(!a.requests.quit && a.covered());
    // The reviewer fixes the folder; r saves and quits, no rescue file.
    fs::remove_file(&blocker).unwrap();
    press(&mut a, "r");
    assert!(a.requests.quit, "saved, so it quits");
    assert_eq!(MarkStore::open(&marks).unwrap().marks().len(), 1);
    assert!(brief::tui::unsaved::rescue_on_exit(&mut a).is_none());
    assert!(!rescue_dir.exists());
}

#[test]
fn quit_keeping_the_marks_writes_the_rescue_file_it_named() {
    let dir = tempfile::tempdir().unwrap();
    let (_blocker, marks) = unwritable(dir.path());
    let rescue_dir = dir.path().join("rescue");
    let mut a = app(&marks, &rescue_dir);
    mark_a_sentence(&mut a);
    // In the marks pane q closes the pane (issue 10); from the main view
    // it asks first.
    press(&mut a, "M");
    press(&mut a, "q");
    assert!(!a.requests.quit && !a.covered());
    press(&mut a, "q");
    assert!(!a.requests.quit && a.covered());
    // Down to "Quit, keeping them…" and Enter.
    press(&mut a, "j\n");
    assert!(a.requests.quit);
    let file = rescue_dir.join("brief-rescue-test.json");
    let found = rescue::read(&file).unwrap();
    assert_eq!(found.marks.len(), 1);
    assert_eq!(found.marks[0].label, "belangrijk");
    assert_eq!(found.marks_file.as_deref(), Some(marks.as_path()));
    assert!(found.reason.unwrap().contains("cannot"));
    let said = brief::tui::unsaved::rescue_on_exit(&mut a).unwrap();
    assert!(
        said.starts_with("1 unsaved mark kept in ")
            && said.contains(&format!("brief marks merge {}", file.display())),
        "{said}"
    );
}

#[test]
fn when_no_rescue_file_can_be_written_it_says_so_and_stays() {
    let dir = tempfile::tempdir().unwrap();
    let (blocker, marks) = unwritable(dir.path());
    let mut a = app(&marks, &blocker.join("rescue"));
    mark_a_sentence(&mut a);
    press(&mut a, "qq");
    assert!(!a.requests.quit, "the marks are in no file yet");
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("no rescue file could be written"), "{s}");
}

#[test]
fn the_form_refuses_a_blank_label() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("marks.json");
    let mut a = app(&path, &dir.path().join("rescue"));
    mark_a_sentence(&mut a);
    // A file edited by hand left the mark without a label.
    let mut store = MarkStore::open(&path).unwrap();
    let mut m = store.marks()[0].clone();
    m.label = "  ".into();
    store.put(m).unwrap();
    let mut a = app(&path, &dir.path().join("rescue"));
    press(&mut a, "Mc");
    ctrl(&mut a, 's');
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("A mark needs a label"), "{s}");
    assert!(a.covered(), "the form stays open");
    assert_eq!(MarkStore::open(&path).unwrap().marks()[0].label, "  ");
    // Choosing a label saves.
    press(&mut a, "2");
    ctrl(&mut a, 's');
    assert!(!a.covered());
    assert_eq!(MarkStore::open(&path).unwrap().marks()[0].label, "vraag");
}
