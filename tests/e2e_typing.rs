//! Text that comes in a burst (pasted, or typed faster than a frame) in the
//! real binary, in a pseudo-terminal: it all arrives, and quickly.
//!
//! crossterm reads everything the terminal holds at once and hands it out
//! an event at a time. The reader used to wait for the terminal (up to 50
//! ms) before taking each of those events, which it already had: a note of
//! 400 pasted characters took 20 s to show. The wait here (10 s) is far
//! above what the burst needs now and far below what it needed then.

mod common;

use common::pty::{PtyCommand, Session};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);

fn spawn(dir: &std::path::Path) -> Session {
    let marks = dir.join("marks.json");
    PtyCommand::new(dir)
        .arg("--marks")
        .arg(&marks)
        .arg("--reviewer")
        .arg("tester")
        .size(30, 100)
        .timeout(TIMEOUT)
        .spawn()
}

#[test]
fn a_pasted_note_arrives_whole_and_at_once() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e-typing")
        .tempdir()
        .unwrap();
    let mut s = spawn(dir.path());
    s.wait_for("Documents (5)");
    // The letter in the reader; the cursor on its first sentence; m.
    s.press("\r");
    s.press("]");
    s.press("s");
    s.press("m");
    s.wait_for("Mark (Ctrl-S save");
    s.press("\t");
    // 400 characters in one write, as a terminal pastes them: words, so
    // the note wraps, and an end to look for.
    let words = "garanties geëist ".repeat(24);
    let pasted = format!("{words}EINDE");
    assert!(pasted.chars().count() >= 400);
    s.press(&pasted);
    s.wait_for("EINDE");
    // Nothing dropped on the way: saved, the note is all there.
    s.press("\x13");
    s.wait_for("Marked as");
    let marks = std::fs::read_to_string(dir.path().join("marks.json")).unwrap();
    assert!(marks.contains(&pasted), "the whole note is kept:\n{marks}");
    s.press("q");
}
