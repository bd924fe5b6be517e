//! The real binary in a pseudo-terminal remembers where each document was
//! being read: quit, start again, and the document read last is open at the
//! same line. A places file that cannot be used is said once and ignored.

#![cfg(unix)]

mod common;

use common::pty::{PtyCommand, Session};
use std::path::Path;
use std::time::Duration;

const ROWS: u16 = 24;
const COLS: u16 = 80;

fn spawn(dir: &Path, state: &Path) -> Session {
    let marks = dir.join("marks.json");
    PtyCommand::new(dir)
        .arg("--marks")
        .arg(&marks)
        .env("BRIEF_STATE_DIR", state)
        .size(ROWS, COLS)
        .timeout(Duration::from_secs(10))
        .spawn()
}

/// The reader's first three lines of text (right of the list at 80
/// columns; a blank line at the top is the space between two blocks, and a
/// place is kept as the text after it).
fn reader_top(screen: &vt100::Screen) -> String {
    let rows: Vec<String> = screen
        .rows(24, COLS - 24)
        .skip(1)
        .take(usize::from(ROWS) - 3)
        .map(|r| {
            r.trim_matches(|c: char| c == '│' || c.is_whitespace())
                .to_string()
        })
        .filter(|r| !r.is_empty())
        .take(3)
        .collect();
    rows.join("|")
}

/// `times` pages down, one at a time, each seen on screen before the next.
fn page_down(s: &mut Session, times: usize) {
    for _ in 0..times {
        let before = reader_top(&s.screen());
        s.press(" ");
        s.wait_until("a page down", |sc| reader_top(sc) != before);
    }
}

fn status(s: &Session) -> String {
    s.screen().rows(0, COLS).nth(usize::from(ROWS - 1)).unwrap()
}

#[test]
fn the_document_read_last_reopens_where_it_was_left() {
    let dir = tempfile::tempdir().unwrap();
    let state = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), state.path());
    s.wait_for("Documents (5)");
    // The second document of the list, into the reader, three pages down.
    s.press("j");
    s.wait_until("the second document selected", |sc| {
        !sc.contents()
            .lines()
            .last()
            .unwrap_or("")
            .contains("Kamerbrief")
    });
    s.press("\r");
    page_down(&mut s, 3);
    let top = reader_top(&s.screen());
    let title = status(&s);
    assert!(!top.is_empty(), "{}", s.dump());
    s.press("q");
    assert!(s.wait_exit().success());

    let s = spawn(dir.path(), state.path());
    s.wait_until("the same document at the same line", |sc| {
        reader_top(sc) == top
    });
    let again = status(&s);
    let doc = |st: &str| st.split(" · ").next().unwrap_or("").trim().to_string();
    assert_eq!(doc(&again), doc(&title), "{}", s.dump());
}

#[test]
fn an_unusable_places_file_is_said_and_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let state = tempfile::tempdir().unwrap();
    // Where the places folder should be, a file: nothing can be read there.
    std::fs::write(state.path().join("places"), b"not a folder").unwrap();
    let mut s = spawn(dir.path(), state.path());
    s.wait_until("the reason in the status bar", |sc| {
        let st = sc.rows(0, COLS).nth(usize::from(ROWS - 1)).unwrap();
        st.contains("reading places in")
    });
    // It reads on as usual.
    s.wait_for("Documents (5)");
    s.press("q");
    let status = s.wait_exit();
    assert!(status.success());
    // Keeping them failed too, and it says so on the way out.
    assert!(
        s.output().contains("could not keep the reading places"),
        "{}",
        s.output()
    );
}

/// One letter opened by its path: the first frame shows its start while the
/// whole of it is read, and the place kept from before is applied once the
/// whole is in (a start alone cannot be matched to it).
#[test]
fn a_letter_opened_alone_reopens_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let state = tempfile::tempdir().unwrap();
    let letter = dir.path().join("brief.txt");
    std::fs::write(&letter, common::seeds::seed_letter().bytes()).unwrap();
    let open = || {
        PtyCommand::new(dir.path())
            .arg(&letter)
            .env("BRIEF_STATE_DIR", state.path())
            .size(ROWS, COLS)
            .timeout(Duration::from_secs(10))
            .spawn()
    };
    let mut s = open();
    s.wait_for("Header");
    page_down(&mut s, 4);
    let top = reader_top(&s.screen());
    let place = status(&s);
    assert!(!place.contains("Header"), "{}", s.dump());
    s.press("q");
    assert!(s.wait_exit().success());

    let s = open();
    s.wait_until("the letter at the same line", |sc| reader_top(sc) == top);
    assert_eq!(status(&s), place, "{}", s.dump());
}
