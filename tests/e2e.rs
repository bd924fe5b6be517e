//! End-to-end tests: the real `brief` binary in a pseudo-terminal, its output
//! fed into a vt100 emulator, driven by key presses.
//!
//! Synchronisation is by polling the emulated screen (never the raw bytes, and
//! never a fixed sleep alone), with generous timeouts so a loaded CI machine
//! does not make the tests flaky.

#![cfg(unix)]

mod common;

use brief::tui::app::Pane;
use brief::tui::layout::layout;
use common::pty::{POLL, PtyCommand, Session, find};
use ratatui::layout::Rect;
use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

const ROWS: u16 = 30;
const COLS: u16 = 100;
const TIMEOUT: Duration = Duration::from_secs(10);

/// Leave the alternate screen.
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
/// Enter the alternate screen.
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
/// Show the cursor.
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
/// crossterm 0.29 `DisableMouseCapture` (event.rs): the inverse of
/// `EnableMouseCapture`, in reverse order.
const DISABLE_MOUSE: &[u8] = b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";

/// `brief` with `args` in `cwd`, on a ROWS×COLS terminal, colours allowed.
fn spawn(args: &[&OsStr], cwd: &Path) -> Session {
    PtyCommand::new(cwd)
        .args(args)
        .size(ROWS, COLS)
        .timeout(TIMEOUT)
        .env_remove("NO_COLOR")
        .spawn()
}

/// The panes with the bundled letter open (its tree is as wide as its
/// titles ask).
fn letter_layout(focus: Pane, nav: Pane, middle: Pane) -> brief::tui::layout::PaneLayout {
    let letter = common::seeds::seed("004_425c361073e3d6d9");
    let hints = brief::tui::layout::Hints {
        zoom: false,
        tree_width: Some(brief::tui::layout::tree_width(&letter)),
        list_rows: None,
    };
    brief::tui::layout::layout_with(full_area(), focus, nav, middle, hints)
}

/// Waits until the text of a pane (its rows joined, borders and wrapping
/// undone) contains `text`: for sentences the reader wraps over lines.
fn wait_for_in_pane(s: &Session, pane: Rect, text: &str) {
    let want = squash(text);
    s.wait_until(&format!("{text:?} in the pane at {pane:?}"), |sc| {
        pane_text(sc, pane).contains(&want)
    })
}

/// Words separated by single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The inside of a bordered pane as one line of text.
fn pane_text(s: &vt100::Screen, pane: Rect) -> String {
    squash(&pane_rows(s, pane).join(" "))
}

/// The rows inside a bordered pane's borders.
fn pane_rows(s: &vt100::Screen, pane: Rect) -> Vec<String> {
    let rows: Vec<String> = s.rows(pane.x + 1, pane.width.saturating_sub(2)).collect();
    rows[usize::from(pane.y + 1)..usize::from(pane.y + pane.height - 1)].to_vec()
}

/// The label of the selected tree item: the row that starts with the
/// highlight symbol (unselected rows start with blanks).
fn tree_selection(s: &vt100::Screen, tree: Rect) -> Option<String> {
    pane_rows(s, tree)
        .iter()
        .find(|r| r.starts_with('▶'))
        .map(|r| r.trim_start_matches('▶').trim().to_string())
}

fn status_row(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .nth(usize::from(ROWS - 1))
        .unwrap_or_default()
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Asserts the terminal was handed back: the bytes written after `from` (the
/// moment 'q' was pressed: nothing is drawn after it) restore the screen,
/// the cursor and the mouse, and the emulator agrees.
fn assert_restored(session: &Session, from: usize) {
    let tail = &session.raw_since(from)[..];
    let shown = String::from_utf8_lossy(tail);
    let leave = rfind(tail, LEAVE_ALT);
    assert!(
        leave.is_some(),
        "no leave-alternate-screen (ESC[?1049l) after quitting: {shown:?}"
    );
    assert!(
        find(tail, SHOW_CURSOR).is_some(),
        "no show-cursor (ESC[?25h) after quitting: {shown:?}"
    );
    let mouse = find(tail, DISABLE_MOUSE).or_else(|| find(tail, b"\x1b[?1000l"));
    assert!(
        mouse.is_some(),
        "mouse capture not disabled after quitting: {shown:?}"
    );
    assert!(
        rfind(tail, ENTER_ALT).is_none_or(|e| e < leave.unwrap()),
        "the alternate screen was entered again after leaving it: {shown:?}"
    );
    let s = session.screen();
    assert!(
        !s.alternate_screen(),
        "still in the alternate screen\n{}",
        session.dump()
    );
    assert!(
        !s.hide_cursor(),
        "the cursor is still hidden\n{}",
        session.dump()
    );
    assert_eq!(
        s.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting still on\n{}",
        session.dump()
    );
}

fn full_area() -> Rect {
    Rect::new(0, 0, COLS, ROWS)
}

#[test]
fn bundled_kamerbrief_section_navigation_and_clean_exit() {
    // An empty working directory: the documents must come from the binary.
    let cwd = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let mut s = spawn(&[], cwd.path());
    s.wait_for("Documents");
    s.wait_until("the mouse captured and the alternate screen on", |sc| {
        sc.alternate_screen() && sc.mouse_protocol_mode() != vt100::MouseProtocolMode::None
    });

    // The briefing opens on the letter (issue 10): it is listed first and
    // selected, with no key pressed.
    s.wait_until("the status bar to show the letter title", |sc| {
        status_row(sc).contains("Kamerbrief van de Ministers")
    });

    // Its section tree is on screen before any key: the header, the
    // sections and the signatories.
    s.wait_until("the letter's section tree, no key pressed", |sc| {
        let text = sc.contents();
        text.contains("‹Header›") && text.contains("‹Signatories›")
    });

    // The Sections tree: from its last item up to MH17.
    let tree = letter_layout(Pane::Tree, Pane::Tree, Pane::Tree)
        .tree
        .expect("a tree pane at 100 columns");
    s.press("\t");
    s.wait_until("the Sections pane to show MH17", |sc| {
        pane_rows(sc, tree)
            .iter()
            .any(|r| r.trim_start_matches('▶').trim() == "MH17")
    });
    s.press("G");
    s.wait_until("the last tree item to be selected", |sc| {
        let rows = pane_rows(sc, tree);
        let last = rows.iter().rposition(|r| !r.trim().is_empty());
        last.is_some_and(|i| rows[i].starts_with('▶'))
    });
    let mut presses = 0;
    loop {
        let selected = tree_selection(&s.screen(), tree);
        if selected.as_deref() == Some("MH17") {
            break;
        }
        assert!(
            presses < 20,
            "MH17 not reached with 'k' from the end of the tree\n{}",
            s.dump()
        );
        s.press("k");
        presses += 1;
        s.wait_until(
            &format!("the tree selection to move up from {selected:?}"),
            |sc| tree_selection(sc, tree) != selected,
        );
    }

    s.press("\r");
    let reader = letter_layout(Pane::Reader, Pane::Tree, Pane::Tree)
        .reader
        .expect("a reader pane");
    wait_for_in_pane(
        &s,
        reader,
        "Tijdens het bezoek was er bijzondere aandacht voor MH17",
    );
    s.wait_until("the status bar to show the MH17 section", |sc| {
        let status = status_row(sc);
        status.contains("Kamerbrief van de Ministers") && status.contains("· MH17 ·")
    });

    quit_and_check_restored(&mut s);
}

/// keys.toml in the configuration folder rebinds keys at start-up; a wrong
/// one leaves the default keys and says which line is wrong.
#[test]
fn keys_toml_rebinds_keys_and_a_wrong_one_is_named() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir(&config).unwrap();
    let run = |keys: &str| {
        std::fs::write(config.join("keys.toml"), keys).unwrap();
        PtyCommand::new(dir.path())
            .size(ROWS, COLS)
            .timeout(TIMEOUT)
            .env("BRIEF_CONFIG_DIR", &config)
            .spawn()
    };
    let mut s = run("[global]\n\"Q\" = \"quit\"\n");
    s.wait_until("the status bar to name the new key", |sc| {
        status_row(sc).contains("Q quit")
    });
    s.press("Q");
    assert!(s.wait_exit().success(), "{}", s.dump());

    let mut s = run("[global]\n\"Q\" = \"qiut\"\n");
    s.wait_until("the status bar to name the wrong line", |sc| {
        let status = status_row(sc);
        status.contains("keys.toml, line 2") && status.contains("qiut")
    });
    // The default keys: q quits.
    quit_and_check_restored(&mut s);
}

#[test]
fn folder_with_bad_files_shows_errors_and_quits() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(
        docs.join("a_binary.txt"),
        b"PK\x03\x04\x00\x00binary\x00data\xff\xfe",
    )
    .unwrap();
    std::fs::write(docs.join("b_empty.txt"), b"").unwrap();
    std::fs::write(
        docs.join("c_good.txt"),
        "Den Haag, 3 februari 2022\n\nKabinet steunt Oekraïne\n\nHet kabinet blijft volop inzetten op de-escalatie en dialoog.\n",
    )
    .unwrap();

    let mut s = spawn(&[docs.as_os_str()], dir.path());
    s.wait_for("Documents (3)");
    let list = layout(full_area(), Pane::List, Pane::List, Pane::Tree)
        .list
        .expect("a list pane");
    s.wait_until("two ⚠ entries in the document list", |sc| {
        pane_rows(sc, list)
            .iter()
            .filter(|r| r.contains('⚠'))
            .count()
            == 2
    });
    // The readable document comes first and is open (issue 10: documents
    // that cannot be read are listed last).
    let good = brief::corpus::load_file("good".into(), &docs.join("c_good.txt"));
    let hints = brief::tui::layout::Hints {
        zoom: false,
        tree_width: good.doc().map(brief::tui::layout::tree_width),
        list_rows: None,
    };
    let reader =
        brief::tui::layout::layout_with(full_area(), Pane::List, Pane::List, Pane::Tree, hints)
            .reader
            .expect("a reader pane");
    s.wait_until("the status bar to show the good file title", |sc| {
        status_row(sc).contains("Den Haag, 3 februari 2022")
    });
    wait_for_in_pane(&s, reader, "volop inzetten op de-escalatie");
    // Then the binary file: the reader says why it cannot be opened.
    s.press("j");
    s.wait_for("This file could not be opened.");
    wait_for_in_pane(&s, reader, "not a text file: a NUL byte at offset 4");
    s.wait_until("the status bar to say the file cannot be opened", |sc| {
        status_row(sc).contains("cannot open")
    });
    s.press("j");
    wait_for_in_pane(&s, reader, "the file is empty");

    quit_and_check_restored(&mut s);
}

/// Presses q and checks that brief exits cleanly and gives the terminal back.
fn quit_and_check_restored(s: &mut Session) {
    let before_quit = s.raw_len();
    s.press("q");
    let status = s.wait_exit();
    assert!(
        status.success(),
        "brief exited with {status:?}\n{}",
        s.dump()
    );
    assert_restored(s, before_quit);
}

#[test]
fn selecting_rutte_and_n_jumps_to_the_next_document() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let mut s = spawn(&[], dir.path());
    s.wait_for("Documents (5)");
    // The letter opens first; 000 is the fourth in reading order (the
    // dated news first, then the undated).
    s.wait_until("the status bar to show the letter", |sc| {
        status_row(sc).contains("Kamerbrief van de Ministers")
    });
    for _ in 0..3 {
        s.press("j");
    }
    s.wait_until("the status bar to show 000", |sc| {
        status_row(sc).contains("Nederlandse specialisten gaan")
    });

    // The entities pane takes the middle column; 1 keeps the people.
    let pane = layout(full_area(), Pane::Entities, Pane::Entities, Pane::Entities)
        .entities
        .expect("an entities pane at 100 columns");
    s.press("e");
    s.wait_until("the entities pane to list people", |sc| {
        pane_rows(sc, pane).iter().any(|r| r.contains("PER"))
    });
    s.press("1");
    s.wait_until("only people in the pane", |sc| {
        let rows = pane_rows(sc, pane);
        let filled: Vec<&String> = rows.iter().filter(|r| !r.trim().is_empty()).collect();
        !filled.is_empty() && filled.iter().all(|r| r.contains("PER"))
    });
    let mut presses = 0;
    loop {
        let selected = tree_selection(&s.screen(), pane);
        if selected.as_deref().is_some_and(|r| r.contains("Rutte")) {
            break;
        }
        assert!(presses < 40, "no Rutte in the people of 000\n{}", s.dump());
        s.press("j");
        presses += 1;
        s.wait_until("the selection to move", |sc| {
            tree_selection(sc, pane) != selected
        });
    }

    // n walks Rutte's mentions; past the last one in 000 it opens the next document.
    let reader = layout(full_area(), Pane::Entities, Pane::Entities, Pane::Entities)
        .reader
        .expect("a reader pane");
    // The status bar counts the mentions over the briefing in list order:
    // each n moves the count on by one.
    let count = |st: &str| -> Option<usize> {
        let at = st.find("Rutte ")? + "Rutte ".len();
        st[at..].split('/').next()?.trim().parse().ok()
    };
    let mut jumps = 0;
    let mut last: Option<usize> = None;
    loop {
        s.press("n");
        jumps += 1;
        s.wait_until("the status bar to count Rutte's mentions", |sc| {
            let now = count(&status_row(sc));
            now.is_some() && (last.is_none() || now == last.map(|n| n + 1))
        });
        let screen = s.screen();
        last = count(&status_row(&screen));
        if !status_row(&screen).contains("Nederlandse specialisten gaan") {
            // 000 is followed by 002 in reading order, which names him once.
            assert!(
                status_row(&screen).contains("Oekraïne accepteert"),
                "n left 000 for another document than the next\n{}",
                s.dump()
            );
            assert!(
                pane_text(&screen, reader).contains("Rutte"),
                "the reader does not show Rutte\n{}",
                s.dump()
            );
            break;
        }
        assert!(jumps < 30, "n never left the first document\n{}", s.dump());
    }
    quit_and_check_restored(&mut s);
}

#[test]
fn mark_a_passage_quit_reopen_find_it_and_export_markdown() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let marks = dir.path().join("marks.json");
    let args: Vec<&OsStr> = vec![
        OsStr::new("--marks"),
        marks.as_os_str(),
        OsStr::new("--reviewer"),
        OsStr::new("tester"),
    ];
    let mut s = spawn(&args, dir.path());
    s.wait_for("Documents (5)");
    // The Kamerbrief (selected at start) opened in the reader, its
    // introduction at the top: the cursor on its first sentence, a selection
    // grown by one sentence, then m.
    s.press("\r");
    s.press("]");
    s.wait_until("the letter's introduction at the top", |sc| {
        let st = status_row(sc);
        st.contains("Kamerbrief van de Ministers") && st.contains("Introduction")
    });
    s.press("s");
    s.press("v");
    s.press("s");
    s.press("m");
    s.wait_for("Mark (Ctrl-S save");
    s.press("2");
    s.press("\t");
    s.press("Klopt dit bedrag?");
    s.press("\x13");
    s.wait_until("the mark to be saved", |sc| {
        status_row(sc).contains("Marked as vraag")
    });
    assert!(marks.is_file(), "the marks file is written at once");
    quit_and_check_restored(&mut s);

    // Reopened, the marks pane lists it; Enter goes to the passage.
    let mut s = spawn(&args, dir.path());
    s.wait_for("Documents (5)");
    s.press("M");
    s.wait_for("Marks (1)");
    s.wait_for("Klopt dit bedrag?");
    s.wait_for("tester");
    s.press("\r");
    s.wait_until("the Kamerbrief at the passage", |sc| {
        status_row(sc).contains("Kamerbrief van de Ministers")
    });
    // x, 1: Markdown next to the marks file, in a file named for the day.
    s.press("x");
    s.wait_for("Export");
    s.press("1");
    s.wait_until("the export to be written", |sc| {
        status_row(sc).contains("1 mark written to marks-")
    });
    let exports: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("marks-") && name.ends_with(".md")
        })
        .collect();
    assert_eq!(exports.len(), 1, "{exports:?}");
    let md = std::fs::read_to_string(&exports[0]).unwrap();
    assert!(
        md.contains("vraag") && md.contains("Klopt dit bedrag?") && md.contains("tester"),
        "{md}"
    );
    assert!(md.contains("> "), "the passage is quoted: {md}");
    quit_and_check_restored(&mut s);

    // The CLI exports the same mark.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["marks", "export", "--format", "markdown", "--marks"])
        .arg(&marks)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains("Klopt dit bedrag?") && md.contains("vraag"),
        "{md}"
    );
}

#[test]
fn search_oekraine_everywhere_and_jump_through_the_matches() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let marks = dir.path().join("marks.json");
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir.path());
    s.wait_for("Documents (5)");
    // S: every document; typing without diacritics finds "Oekraïne".
    s.press("S");
    s.wait_for("Search all documents");
    s.press("oekraine");
    // The results follow the list: the letter's come first (issue 10).
    s.wait_until("matches, the letter's first", |sc| {
        let t = sc.contents();
        t.contains("matches")
            && t.contains("▶ Kamerbrief van de Ministers van…")
            && t.contains("Oekraïne")
    });
    // Down to a match in the Kamerbrief, Enter: it opens there.
    let mut presses = 0;
    loop {
        let on_letter = s
            .screen()
            .contents()
            .lines()
            .any(|l| l.contains("▶ Kamerbrief van de Ministers van…"));
        if on_letter {
            break;
        }
        assert!(presses < 200, "no match in the Kamerbrief\n{}", s.dump());
        s.press("\x1b[B");
        presses += 1;
        std::thread::sleep(POLL);
    }
    s.press("\r");
    // While the results are open the status bar counts all documents'
    // matches: wait for them to close, the search now the letter's.
    s.wait_until("the Kamerbrief at a match", |sc| {
        let st = status_row(sc);
        !sc.contents().contains("Search all documents")
            && st.contains("Kamerbrief van de Ministers")
            && st.contains("/oekraine ")
    });
    let first = status_row(&s.screen());
    // n and N walk the matches of the letter.
    s.press("n");
    s.wait_until("n to move to the next match", |sc| {
        status_row(sc) != first && status_row(sc).contains("/oekraine ")
    });
    s.press("N");
    s.wait_until(&format!("N to come back to {first:?}"), |sc| {
        let st = status_row(sc);
        st.split(" · ").next() == first.split(" · ").next()
    });
    // / in this document: a bad regex is a message, not a crash.
    s.press("/");
    s.press("\x12");
    s.press("(");
    s.wait_until("the regex error on the query line", |sc| {
        status_row(sc).to_lowercase().contains("unclosed")
    });
    s.press("\x1b");
    // A lone Esc is told from an escape sequence by a pause: wait for it.
    s.wait_until("the query line to close", |sc| {
        !status_row(sc).to_lowercase().contains("unclosed")
    });
    quit_and_check_restored(&mut s);
}

/// The text of the first complete OSC 52 sequence (`ESC ] 52 ; c ; <base64>`
/// ended by ST or BEL) in `raw`, decoded.
fn osc52_text(raw: &[u8]) -> Option<String> {
    use base64::Engine;
    const OPEN: &[u8] = b"\x1b]52;c;";
    let start = find(raw, OPEN)? + OPEN.len();
    let len = raw[start..].iter().position(|&b| b == 0x1b || b == 0x07)?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..start + len])
        .ok()?;
    String::from_utf8(bytes).ok()
}

#[test]
fn y_copies_the_sentence_at_the_cursor_with_its_citation_through_osc_52() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let marks = dir.path().join("marks.json");
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir.path());
    s.wait_until("the letter to be selected", |sc| {
        status_row(sc).contains("Kamerbrief van de Ministers")
    });
    // Into the letter; a search puts the reading cursor on its match.
    s.press("\r");
    s.press("/bijzondere aandacht voor MH17");
    s.press("\r");
    s.wait_until("the status bar to show the MH17 section", |sc| {
        status_row(sc).contains("· MH17 ·")
    });
    let before = s.raw_len();
    s.press("y");
    s.wait_until("the status bar to say what was copied", |sc| {
        status_row(sc).contains("Copied 9 words with citation (MH17, p. 8) to the clipboard")
    });
    // The sequence never shows on the screen, so here (and only here, once
    // the screen has said it was copied) the raw bytes are polled, until the
    // whole sequence, written just after that draw, is there.
    let deadline = std::time::Instant::now() + TIMEOUT;
    let copied = loop {
        if let Some(t) = osc52_text(&s.raw_since(before)) {
            break t;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no OSC 52 sequence after y: {:?}",
            String::from_utf8_lossy(&s.raw_since(before))
        );
        std::thread::sleep(POLL);
    };
    assert_eq!(
        copied,
        "Tijdens het bezoek was er bijzondere aandacht voor MH17.\n\
         — Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022 · MH17 · p. 8"
    );
    quit_and_check_restored(&mut s);
}

/// q in an overlay closes it and the reader stays; q in the main view quits
/// and gives the terminal back.
#[test]
fn q_closes_an_overlay_then_quits() {
    let dir = tempfile::Builder::new()
        .prefix("brief-e2e")
        .tempdir()
        .unwrap();
    let marks = dir.path().join("marks.json");
    let mut s = spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir.path());
    s.wait_for("Documents (5)");
    for (key, shown) in [("?", "Keys ("), ("f", "Footnotes ·")] {
        s.press(key);
        s.wait_for(shown);
        s.press("q");
        s.wait_until(&format!("{shown} closed by q"), |sc| {
            !sc.contents().contains(shown) && sc.contents().contains("Documents (5)")
        });
        assert!(s.try_wait().is_none(), "q in an overlay quit\n{}", s.dump());
    }
    quit_and_check_restored(&mut s);
}

/// Ctrl-L draws the whole screen again (as in less and vim): the terminal
/// is cleared and every pane written anew, not only what changed.
#[test]
fn ctrl_l_draws_the_whole_screen_again() {
    let cwd = tempfile::tempdir().unwrap();
    let mut s = spawn(&[], cwd.path());
    s.wait_until("the status bar to show the letter title", |sc| {
        status_row(sc).contains("Kamerbrief van de Ministers")
    });
    // The background work done, the screen stays as it is.
    s.wait_until("the entities to be recognised", |sc| {
        !sc.contents().contains("recognising")
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    let before = s.screen().contents();

    let from = s.raw_len();
    s.press("\x0c");
    // The frame is one write, but the pseudo-terminal may hand it over in
    // pieces: wait for the last row (the status bar) to be written again.
    s.wait_until("the screen to be drawn again", |_| {
        let out = String::from_utf8_lossy(&s.raw_since(from)).into_owned();
        out.contains("Documents (5)") && out.contains("q quit")
    });
    s.wait_until("the same screen, drawn again", |sc| sc.contents() == before);
    let out = s.raw_since(from);
    assert!(
        find(&out, b"\x1b[2J").is_some(),
        "no clear screen in {out:?}"
    );

    quit_and_check_restored(&mut s);
}
