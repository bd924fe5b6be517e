//! End-to-end tests: the real `brief` binary in a pseudo-terminal, its output
//! fed into a vt100 emulator, driven by key presses.
//!
//! Synchronisation is by polling the emulated screen (never the raw bytes, and
//! never a fixed sleep alone), with generous timeouts so a loaded CI machine
//! does not make the tests flaky.

#![cfg(unix)]

use brief::tui::app::Pane;
use brief::tui::layout::layout;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use ratatui::layout::Rect;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 100;
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// Leave the alternate screen.
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
/// Enter the alternate screen.
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
/// Show the cursor.
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
/// crossterm 0.29 `DisableMouseCapture` (event.rs): the inverse of
/// `EnableMouseCapture`, in reverse order.
const DISABLE_MOUSE: &[u8] = b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";

/// The binary running in a pseudo-terminal.
struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    eof: Arc<AtomicBool>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    // Kept open for the whole session: closing the master hangs up the child.
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn spawn(args: &[&OsStr], cwd: &Path) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).expect("spawn brief");
        // Only the child holds the slave side now, so the reader sees EOF when
        // the child exits.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");

        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let eof = Arc::new(AtomicBool::new(false));
        let thread = {
            let (parser, raw, eof) = (parser.clone(), raw.clone(), eof.clone());
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                loop {
                    match reader.read(&mut buf) {
                        // EIO on Linux once the slave side is closed.
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            raw.lock().unwrap().extend_from_slice(&buf[..n]);
                            parser.lock().unwrap().process(&buf[..n]);
                        }
                    }
                }
                eof.store(true, Ordering::SeqCst);
            })
        };
        Session {
            parser,
            raw,
            eof,
            writer,
            child,
            reader: Some(thread),
            _master: pair.master,
        }
    }

    /// The screen as text, one line per row, with row numbers.
    fn dump(&self) -> String {
        let p = self.parser.lock().unwrap();
        let s = p.screen();
        let mut out = format!(
            "--- screen ({}x{}, alternate screen: {}, cursor hidden: {}) ---\n",
            COLS,
            ROWS,
            s.alternate_screen(),
            s.hide_cursor()
        );
        for (i, row) in s.rows(0, COLS).enumerate() {
            out.push_str(&format!("{i:2}|{row}\n"));
        }
        out
    }

    /// Polls the parsed screen until `pred` holds; panics with a screen dump
    /// after `timeout`, or at once when the child has gone away without it.
    fn wait_until(&self, what: &str, timeout: Duration, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + timeout;
        loop {
            // Read the flag before looking, so output that came before EOF is seen.
            let eof = self.eof.load(Ordering::SeqCst);
            if pred(self.parser.lock().unwrap().screen()) {
                return;
            }
            if eof {
                panic!(
                    "brief exited (pty closed) before {what}\n{}\nlast output: {:?}",
                    self.dump(),
                    self.raw_tail(600)
                );
            }
            if Instant::now() >= deadline {
                panic!(
                    "timed out after {timeout:?} waiting for {what}\n{}",
                    self.dump()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until `text` is on screen (within one row).
    fn wait_for(&self, text: &str, timeout: Duration) {
        self.wait_until(&format!("{text:?} on screen"), timeout, |s| {
            s.contents().contains(text)
        });
    }

    /// Waits until the text of a pane (its rows joined, borders and wrapping
    /// undone) contains `text`: for sentences the reader wraps over lines.
    fn wait_for_in_pane(&self, pane: Rect, text: &str, timeout: Duration) {
        let want = squash(text);
        self.wait_until(&format!("{text:?} in the pane at {pane:?}"), timeout, |s| {
            pane_text(s, pane).contains(&want)
        })
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    fn raw_len(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    fn raw_tail(&self, n: usize) -> String {
        let raw = self.raw.lock().unwrap();
        String::from_utf8_lossy(&raw[raw.len().saturating_sub(n)..]).into_owned()
    }

    /// Waits for the child to exit and for the reader to drain the pty.
    fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            if Instant::now() >= deadline {
                panic!("brief did not exit within {timeout:?}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        };
        while !self.eof.load(Ordering::SeqCst) {
            if Instant::now() >= deadline {
                panic!(
                    "the pty did not close within {timeout:?} after brief exited\n{}",
                    self.dump()
                );
            }
            std::thread::sleep(POLL);
        }
        if let Some(t) = self.reader.take() {
            t.join().expect("reader thread");
        }
        status
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave the child running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
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

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Asserts the terminal was handed back: the bytes written after `from` (the
/// moment 'q' was pressed: nothing is drawn after it) restore the screen,
/// the cursor and the mouse, and the emulator agrees.
fn assert_restored(session: &Session, from: usize) {
    let raw = session.raw.lock().unwrap();
    let tail = &raw[from.min(raw.len())..];
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
    drop(raw);
    let p = session.parser.lock().unwrap();
    let s = p.screen();
    assert!(
        !s.alternate_screen(),
        "still in the alternate screen\n{}",
        session_dump(s)
    );
    assert!(
        !s.hide_cursor(),
        "the cursor is still hidden\n{}",
        session_dump(s)
    );
    assert_eq!(
        s.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting still on\n{}",
        session_dump(s)
    );
}

fn session_dump(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .enumerate()
        .map(|(i, r)| format!("{i:2}|{r}\n"))
        .collect()
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
    let mut s = Session::spawn(&[], cwd.path());
    s.wait_for("Documents", TIMEOUT);
    s.wait_until(
        "the mouse captured and the alternate screen on",
        TIMEOUT,
        |sc| sc.alternate_screen() && sc.mouse_protocol_mode() != vt100::MouseProtocolMode::None,
    );

    // The fifth document is the Kamerbrief.
    for _ in 0..4 {
        s.press("j");
    }
    s.wait_until(
        "the status bar to show 004_425c361073e3d6d9",
        TIMEOUT,
        |sc| status_row(sc).contains("004_425c361073e3d6d9"),
    );

    // The Sections tree: from its last item up to MH17.
    let tree = layout(full_area(), Pane::Tree, Pane::Tree, Pane::Tree)
        .tree
        .expect("a tree pane at 100 columns");
    s.press("\t");
    s.wait_until("the Sections pane to show MH17", TIMEOUT, |sc| {
        pane_rows(sc, tree)
            .iter()
            .any(|r| r.trim_start_matches('▶').trim() == "MH17")
    });
    s.press("G");
    s.wait_until("the last tree item to be selected", TIMEOUT, |sc| {
        let rows = pane_rows(sc, tree);
        let last = rows.iter().rposition(|r| !r.trim().is_empty());
        last.is_some_and(|i| rows[i].starts_with('▶'))
    });
    let mut presses = 0;
    loop {
        let selected = tree_selection(s.parser.lock().unwrap().screen(), tree);
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
            TIMEOUT,
            |sc| tree_selection(sc, tree) != selected,
        );
    }

    s.press("\r");
    let reader = layout(full_area(), Pane::Reader, Pane::Tree, Pane::Tree)
        .reader
        .expect("a reader pane");
    s.wait_for_in_pane(
        reader,
        "Tijdens het bezoek was er bijzondere aandacht voor MH17",
        TIMEOUT,
    );
    s.wait_until("the status bar to show the MH17 section", TIMEOUT, |sc| {
        let status = status_row(sc);
        status.contains("004_425c361073e3d6d9") && status.contains("· MH17 ·")
    });

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

    let mut s = Session::spawn(&[docs.as_os_str()], dir.path());
    s.wait_for("Documents (3)", TIMEOUT);
    let list = layout(full_area(), Pane::List, Pane::List, Pane::Tree)
        .list
        .expect("a list pane");
    s.wait_until("two ⚠ entries in the document list", TIMEOUT, |sc| {
        pane_rows(sc, list)
            .iter()
            .filter(|r| r.contains('⚠'))
            .count()
            == 2
    });
    // The first entry (the binary file) is selected: the reader says why it
    // cannot be opened.
    let reader = layout(full_area(), Pane::List, Pane::List, Pane::Tree)
        .reader
        .expect("a reader pane");
    s.wait_for("This file could not be opened.", TIMEOUT);
    s.wait_for_in_pane(reader, "not a text file: a NUL byte at offset 4", TIMEOUT);
    s.wait_until(
        "the status bar to say the file cannot be opened",
        TIMEOUT,
        |sc| status_row(sc).contains("cannot open"),
    );
    s.press("j");
    s.wait_for_in_pane(reader, "the file is empty", TIMEOUT);
    s.press("j");
    s.wait_until("the status bar to show c_good", TIMEOUT, |sc| {
        status_row(sc).contains("c_good")
    });
    s.wait_for_in_pane(reader, "volop inzetten op de-escalatie", TIMEOUT);

    quit_and_check_restored(&mut s);
}

/// Presses q and checks that brief exits cleanly and gives the terminal back.
fn quit_and_check_restored(s: &mut Session) {
    let before_quit = s.raw_len();
    s.press("q");
    let status = s.wait_exit(TIMEOUT);
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
    let mut s = Session::spawn(&[], dir.path());
    s.wait_for("Documents (5)", TIMEOUT);
    s.wait_until("the status bar to show the first document", TIMEOUT, |sc| {
        status_row(sc).contains("000_41a71a60a2f546d1")
    });

    // The entities pane takes the middle column; 1 keeps the people.
    let pane = layout(full_area(), Pane::Entities, Pane::Entities, Pane::Entities)
        .entities
        .expect("an entities pane at 100 columns");
    s.press("e");
    s.wait_until("the entities pane to list people", TIMEOUT, |sc| {
        pane_rows(sc, pane).iter().any(|r| r.contains("PER"))
    });
    s.press("1");
    s.wait_until("only people in the pane", TIMEOUT, |sc| {
        let rows = pane_rows(sc, pane);
        let filled: Vec<&String> = rows.iter().filter(|r| !r.trim().is_empty()).collect();
        !filled.is_empty() && filled.iter().all(|r| r.contains("PER"))
    });
    let mut presses = 0;
    loop {
        let selected = tree_selection(s.parser.lock().unwrap().screen(), pane);
        if selected.as_deref().is_some_and(|r| r.contains("Rutte")) {
            break;
        }
        assert!(presses < 40, "no Rutte in the people of 000\n{}", s.dump());
        s.press("j");
        presses += 1;
        s.wait_until("the selection to move", TIMEOUT, |sc| {
            tree_selection(sc, pane) != selected
        });
    }

    // n walks Rutte's mentions; past the last one in 000 it opens the next document.
    let reader = layout(full_area(), Pane::Entities, Pane::Entities, Pane::Entities)
        .reader
        .expect("a reader pane");
    let mut jumps = 0;
    loop {
        s.press("n");
        jumps += 1;
        s.wait_until("the status bar to count Rutte's mentions", TIMEOUT, |sc| {
            let st = status_row(sc);
            st.contains("Rutte") && st.contains(&format!(" {jumps}/"))
        });
        let screen = s.parser.lock().unwrap().screen().clone();
        if !status_row(&screen).contains("000_41a71a60a2f546d1") {
            assert!(
                status_row(&screen).contains("001_db6bec3f799fe721"),
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
    let mut s = Session::spawn(&args, dir.path());
    s.wait_for("Documents (5)", TIMEOUT);
    // The Kamerbrief, in the reader: the cursor on the sentence at the top,
    // a selection grown by one sentence, then m.
    for _ in 0..4 {
        s.press("j");
    }
    s.press("\r");
    s.wait_for("Aan de Voorzitter", TIMEOUT);
    s.press("]");
    s.wait_until("the introduction at the top", TIMEOUT, |sc| {
        status_row(sc).contains("Introduction")
    });
    s.press("s");
    s.press("v");
    s.press("s");
    s.press("m");
    s.wait_for("Mark (Ctrl-S save", TIMEOUT);
    s.press("2");
    s.press("\t");
    s.press("Klopt dit bedrag?");
    s.press("\x13");
    s.wait_until("the mark to be saved", TIMEOUT, |sc| {
        status_row(sc).contains("Marked as vraag")
    });
    assert!(marks.is_file(), "the marks file is written at once");
    quit_and_check_restored(&mut s);

    // Reopened, the marks pane lists it; Enter goes to the passage.
    let mut s = Session::spawn(&args, dir.path());
    s.wait_for("Documents (5)", TIMEOUT);
    s.press("M");
    s.wait_for("Marks (1)", TIMEOUT);
    s.wait_for("Klopt dit bedrag?", TIMEOUT);
    s.wait_for("tester", TIMEOUT);
    s.press("\r");
    s.wait_until("the Kamerbrief at the passage", TIMEOUT, |sc| {
        status_row(sc).contains("004_425c361073e3d6d9")
    });
    // x, 1: Markdown next to the marks file.
    s.press("x");
    s.wait_for("Export", TIMEOUT);
    s.press("1");
    let export = dir.path().join("marks-export.md");
    s.wait_until("the export to be written", TIMEOUT, |sc| {
        status_row(sc).contains("marks-export.md")
    });
    let md = std::fs::read_to_string(&export).unwrap();
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
    let mut s = Session::spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir.path());
    s.wait_for("Documents (5)", TIMEOUT);
    // S: every document; typing without diacritics finds "Oekraïne".
    s.press("S");
    s.wait_for("Search all documents", TIMEOUT);
    s.press("oekraine");
    s.wait_until("matches in several documents", TIMEOUT, |sc| {
        let t = sc.contents();
        t.contains("matches") && t.contains("000_41a71a60a2f546d1") && t.contains("Oekraïne")
    });
    // Down to a match in the Kamerbrief, Enter: it opens there.
    let mut presses = 0;
    loop {
        let on_letter = s
            .parser
            .lock()
            .unwrap()
            .screen()
            .contents()
            .lines()
            .any(|l| l.contains("▶ 004_425c361073e3d6d9"));
        if on_letter {
            break;
        }
        assert!(presses < 200, "no match in the Kamerbrief\n{}", s.dump());
        s.press("\x1b[B");
        presses += 1;
        std::thread::sleep(POLL);
    }
    s.press("\r");
    s.wait_until("the Kamerbrief at a match", TIMEOUT, |sc| {
        let st = status_row(sc);
        st.contains("004_425c361073e3d6d9") && st.contains("/oekraine ")
    });
    let first = status_row(s.parser.lock().unwrap().screen());
    // n and N walk the matches of the letter.
    s.press("n");
    s.wait_until("n to move to the next match", TIMEOUT, |sc| {
        status_row(sc) != first && status_row(sc).contains("/oekraine ")
    });
    s.press("N");
    s.wait_until("N to come back", TIMEOUT, |sc| {
        let st = status_row(sc);
        st.split(" · ").next() == first.split(" · ").next()
    });
    // / in this document: a bad regex is a message, not a crash.
    s.press("/");
    s.press("\x12");
    s.press("(");
    s.wait_until("the regex error on the query line", TIMEOUT, |sc| {
        status_row(sc).to_lowercase().contains("unclosed")
    });
    s.press("\x1b");
    // A lone Esc is told from an escape sequence by a pause: wait for it.
    s.wait_until("the query line to close", TIMEOUT, |sc| {
        !status_row(sc).to_lowercase().contains("unclosed")
    });
    quit_and_check_restored(&mut s);
}
