//! The real binary in a pseudo-terminal on inputs of more than 2 MiB, which
//! it reads while it is open (`tui/loading`, `tui/arriving`): a folder ends
//! with its list in reading order and the document first on screen still
//! shown; a large file is shown from its start and then whole.

#![cfg(unix)]

mod common;

use brief::corpus::Corpus;
use brief::document::DocKind;
use common::pty::{PtyCommand, Session};
use std::path::Path;
use std::time::Duration;

const ROWS: u16 = 30;
const COLS: u16 = 120;

fn spawn(dir: &Path, input: &Path) -> Session {
    PtyCommand::new(dir)
        .arg("--marks")
        .arg(dir.join("marks.json"))
        .arg(input)
        .env("BRIEF_STATE_DIR", dir.join("state"))
        .size(ROWS, COLS)
        .timeout(Duration::from_secs(30))
        .spawn()
}

fn status(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .nth(usize::from(ROWS - 1))
        .unwrap_or_default()
}

/// The document list's first row (below its border, left of the next pane).
fn first_listed(s: &vt100::Screen) -> String {
    s.rows(0, COLS).nth(1).unwrap_or_default()
}

/// 64 copies of the seeds (about 2.6 MB) under names that put a news
/// article first and every Kamerbrief last in the folder's order.
#[test]
fn a_large_folder_ends_in_reading_order_with_the_first_document_still_shown() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let seeds = Corpus::bundled();
    let mut first_title = String::new();
    for copy in 0..64 {
        for (k, e) in seeds.entries.iter().enumerate() {
            let d = e.doc().unwrap();
            let rank = if d.kind == DocKind::Kamerbrief { 9 } else { k };
            let name = format!("{rank}_{copy:02}_{}.txt", d.id);
            if rank == 0 && copy == 0 {
                first_title = d.display_title();
            }
            std::fs::write(docs.join(name), d.bytes()).unwrap();
        }
    }
    assert!(!first_title.is_empty());
    let mut s = spawn(dir.path(), &docs);
    s.wait_for("Documents (320)");
    // All read, then the cross-references built (they start only once every
    // document is in and the list is in reading order): the reader marks
    // passages repeated elsewhere.
    s.wait_until("the cross-references", |sc| {
        sc.contents().contains("repeated elsewhere") && !status(sc).contains("reading")
    });
    let shown = status(&s.screen());
    let head: String = first_title.chars().take(12).collect();
    assert!(
        shown.contains(&head),
        "the document first on screen is still shown: {shown:?}, expected {head:?}\n{}",
        s.dump()
    );
    // The list's top: the Kamerbrief copies, before every news article.
    s.press("g");
    s.wait_until("the first document selected", |sc| {
        status(sc).contains("Kamerbrief")
    });
    assert!(
        first_listed(&s.screen()).contains("Kamerbrief"),
        "{}",
        s.dump()
    );
    s.press("q");
    assert!(s.wait_exit().success());
}

/// A 3.1 MB letter: seed 004's body many times, with a last line of its
/// own. It opens on its start; once read whole, a search finds that line.
#[test]
fn a_large_file_opens_on_its_start_and_is_then_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let letter = common::seeds::seed_letter();
    let text = std::str::from_utf8(letter.bytes()).unwrap();
    let mut big = String::new();
    while big.len() < 3 << 20 {
        big.push_str(text);
        big.push_str("\n\n");
    }
    big.push_str("Hier eindigt het zeepbelslotbestand.\n");
    let file = dir.path().join("lang.txt");
    std::fs::write(&file, &big).unwrap();
    let mut s = spawn(dir.path(), &file);
    // The first screen: the letter's start, said to be only the start.
    s.wait_for("Aan de Voorzitter");
    // A search runs once the whole is read and indexed: it finds the line
    // that only the whole holds.
    s.press("/zeepbelslot\r");
    s.wait_for("Hier eindigt het zeepbelslotbestand.");
    assert!(
        !status(&s.screen()).contains("showing the start"),
        "{}",
        s.dump()
    );
    s.press("q");
    assert!(s.wait_exit().success());
}
