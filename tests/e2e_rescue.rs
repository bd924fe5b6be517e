//! End to end, the real binary in a pseudo-terminal: marks that cannot be
//! saved are never dropped. `q` warns and asks; quitting keeps them in a
//! rescue file that brief names (exit status non-zero); SIGTERM rescues
//! them too and gives the terminal back; `brief marks merge` brings them
//! into a working marks file. Rescue files go to a temp dir
//! (`BRIEF_RESCUE_DIR`), never into the real home.

#![cfg(unix)]

mod common;

use brief::marks::rescue;
use brief::marks::store::MarkStore;
use common::pty::{PtyCommand, Session};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// `brief` with `args` in a pseudo-terminal, its home, XDG folders and
/// rescue folder inside `dir`.
fn spawn(args: &[&OsStr], dir: &Path) -> Session {
    PtyCommand::new(dir)
        .args(args)
        .size(ROWS, COLS)
        .env("HOME", dir.join("home"))
        .env("XDG_DATA_HOME", dir.join("home/data"))
        .env("XDG_STATE_HOME", dir.join("home/state"))
        .env("XDG_CONFIG_HOME", dir.join("home/config"))
        .env(rescue::RESCUE_DIR_ENV, dir.join("rescue"))
        .spawn()
}

/// The status bar.
fn status(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .nth(usize::from(ROWS - 1))
        .unwrap_or_default()
}

/// Opens the Kamerbrief, marks the first sentence of its introduction with
/// the first label, and waits for the save to fail.
fn mark_and_fail_to_save(s: &mut Session) {
    s.wait_for("Documents (5)");
    // The letter is listed first and selected (issue 10): Enter opens it.
    s.press("\r");
    s.wait_for("Aan de Voorzitter");
    s.press("]");
    // The tree follows: its selected row is the introduction.
    s.wait_until("the introduction", |sc| {
        sc.contents()
            .lines()
            .any(|l| l.contains("▶") && l.contains("‹Introduction›"))
    });
    s.press("s");
    s.press("m");
    s.wait_for("Mark (Ctrl-S save");
    s.press("\x13");
    s.wait_until("the failed save in the status bar", |sc| {
        status(sc).contains("not saved")
    });
}

/// The one rescue file in `dir/rescue`.
fn the_rescue_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir.join("rescue"))
        .expect("a rescue folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("brief-rescue-") && name.ends_with(".json"),
        "{name}"
    );
    files[0].clone()
}

/// A marks file inside `dir` whose every save fails, for root too: a
/// regular file stands where its folder should be.
fn unsavable_marks(dir: &Path) -> PathBuf {
    std::fs::write(dir.join("project"), b"not a folder").unwrap();
    dir.join("project").join("marks.json")
}

fn brief(args: &[&OsStr], dir: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("HOME", dir.join("home"))
        .env(rescue::RESCUE_DIR_ENV, dir.join("rescue"))
        .output()
        .unwrap()
}

#[test]
fn quitting_with_unsaved_marks_asks_then_keeps_them_in_a_rescue_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let marks = unsavable_marks(dir);
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);

    s.press("q");
    s.wait_for("Marks not saved");
    s.wait_for("1 mark is only in memory");
    s.wait_for("Try saving again");
    s.wait_for("brief-rescue-");
    assert!(s.try_wait().is_none(), "q did not quit");
    // q again: quit, keeping the mark in the rescue file.
    s.press("q");
    let status = s.wait_exit();
    assert!(!status.success(), "exit status {status:?}");

    let file = the_rescue_file(dir);
    let found = rescue::read(&file).unwrap();
    assert_eq!(found.marks.len(), 1);
    assert_eq!(found.marks[0].label, "belangrijk");
    assert!(found.marks[0].quote.exact.starts_with("Naar aanleiding"));
    assert_eq!(found.marks_file.as_deref(), Some(marks.as_path()));
    let said = s.output().replace("\r\n", "\n");
    assert!(
        said.contains(&format!("brief: 1 unsaved mark kept in {}", file.display())),
        "{said:?}"
    );
    assert!(
        said.contains(&format!("brief marks merge {}", file.display())),
        "{said:?}"
    );
    assert!(!s.screen().alternate_screen());

    // Merged into a marks file that works; the rescue file goes.
    let good = dir.join("good").join("marks.json");
    let out = brief(
        &[
            OsStr::new("marks"),
            OsStr::new("merge"),
            file.as_os_str(),
            OsStr::new("--marks"),
            good.as_os_str(),
        ],
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = MarkStore::open(&good).unwrap();
    assert_eq!(merged.marks().len(), 1);
    assert_eq!(merged.marks()[0].id, found.marks[0].id);
    assert!(!file.exists());
}

#[test]
fn sigterm_rescues_unsaved_marks_and_gives_the_terminal_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // A marks file that does not parse: kept as it is, the store read-only.
    let marks = dir.join("marks.json");
    let corrupt = b"{\"version\": 1, \"marks\": [\n<<<<<<< HEAD\n";
    std::fs::write(&marks, corrupt).unwrap();
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);

    s.signal(libc::SIGTERM);
    let status = s.wait_exit();
    assert!(!status.success(), "exit status {status:?}");
    let sc = s.screen();
    assert!(!sc.alternate_screen(), "still in the alternate screen");
    assert!(!sc.hide_cursor(), "the cursor is still hidden");
    assert_eq!(sc.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert_eq!(std::fs::read(&marks).unwrap(), corrupt, "left untouched");
    let file = the_rescue_file(dir);
    let found = rescue::read(&file).unwrap();
    assert_eq!(found.marks.len(), 1);
    assert!(found.reason.unwrap().contains("line 2"));
    let said = s.output();
    assert!(said.contains("1 unsaved mark kept in"), "{said:?}");

    // The reviewer empties the broken file; merge (to the marks file the
    // rescue file names) brings the mark in.
    std::fs::write(&marks, b"").unwrap();
    let out = brief(
        &[OsStr::new("marks"), OsStr::new("merge"), file.as_os_str()],
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = MarkStore::open(&marks).unwrap();
    assert!(merged.read_only().is_none());
    assert_eq!(merged.marks().len(), 1);
    assert!(!file.exists());
}

#[test]
fn closing_the_terminal_rescues_unsaved_marks_and_ends_brief() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let marks = unsavable_marks(dir);
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);
    s.hang_up();
    // It must end (not spin on the dead terminal) and keep the mark.
    let status = s.wait_exit();
    assert!(!status.success(), "exit status {status:?}");
    let found = rescue::read(&the_rescue_file(dir)).unwrap();
    assert_eq!(found.marks.len(), 1);
    assert_eq!(found.marks_file.as_deref(), Some(marks.as_path()));
}
