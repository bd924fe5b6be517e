//! End to end, the real binary in a pseudo-terminal: marks that cannot be
//! saved are never dropped. `q` warns and asks; quitting keeps them in a
//! rescue file that brief names (exit status non-zero); SIGTERM rescues
//! them too and gives the terminal back; `brief marks merge` brings them
//! into a working marks file. Rescue files go to a temp dir
//! (`BRIEF_RESCUE_DIR`), never into the real home.

#![cfg(unix)]

use brief::marks::rescue;
use brief::marks::store::MarkStore;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 100;
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// `brief` in a pseudo-terminal with its home, XDG folders and rescue
/// folder inside `dir`.
struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    eof: Arc<AtomicBool>,
    writer: Option<Box<dyn Write + Send>>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    stop: Arc<AtomicBool>,
    reading: Option<std::thread::JoinHandle<()>>,
}

impl Session {
    fn spawn(args: &[&OsStr], dir: &Path) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", dir.join("home"));
        cmd.env("XDG_DATA_HOME", dir.join("home/data"));
        cmd.env("XDG_STATE_HOME", dir.join("home/state"));
        cmd.env("XDG_CONFIG_HOME", dir.join("home/config"));
        cmd.env(rescue::RESCUE_DIR_ENV, dir.join("rescue"));
        let child = pair.slave.spawn_command(cmd).expect("spawn brief");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let eof = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let fd = pair.master.as_raw_fd().expect("the pty's fd");
        let reading = {
            let (parser, raw, eof, stop) = (parser.clone(), raw.clone(), eof.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                // Reads only when there is something, so that `hang_up`
                // can stop it and close every handle on the terminal.
                while !stop.load(Ordering::SeqCst) {
                    let mut p = libc::pollfd {
                        fd,
                        events: libc::POLLIN,
                        revents: 0,
                    };
                    // SAFETY: one pollfd we own; the fd outlives this thread.
                    if unsafe { libc::poll(&mut p, 1, 20) } <= 0 {
                        continue;
                    }
                    match reader.read(&mut buf) {
                        Ok(n @ 1..) => {
                            raw.lock().unwrap().extend_from_slice(&buf[..n]);
                            parser.lock().unwrap().process(&buf[..n]);
                        }
                        _ => break,
                    }
                }
                eof.store(true, Ordering::SeqCst);
            })
        };
        Session {
            parser,
            raw,
            eof,
            writer: Some(writer),
            child,
            master: Some(pair.master),
            stop,
            reading: Some(reading),
        }
    }

    fn dump(&self) -> String {
        let p = self.parser.lock().unwrap();
        p.screen()
            .rows(0, COLS)
            .enumerate()
            .map(|(i, r)| format!("{i:2}|{r}\n"))
            .collect()
    }

    fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let eof = self.eof.load(Ordering::SeqCst);
            if pred(self.parser.lock().unwrap().screen()) {
                return;
            }
            assert!(!eof, "brief exited before {what}\n{}", self.dump());
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}\n{}",
                self.dump()
            );
            std::thread::sleep(POLL);
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        });
    }

    fn press(&mut self, keys: &str) {
        let w = self.writer.as_mut().expect("the terminal is open");
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "brief did not exit\n{}",
                self.dump()
            );
            std::thread::sleep(POLL);
        };
        while !self.eof.load(Ordering::SeqCst) && Instant::now() < deadline {
            std::thread::sleep(POLL);
        }
        status
    }

    /// Closes the terminal, as closing its window does.
    fn hang_up(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.reading.take() {
            t.join().unwrap();
        }
        self.writer = None;
        self.master = None;
    }

    /// Everything brief wrote, as text (stderr included).
    fn output(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }
}

/// The status bar.
fn status(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .nth(usize::from(ROWS - 1))
        .unwrap_or_default()
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Opens the Kamerbrief, marks the first sentence of its introduction with
/// the first label, and waits for the save to fail.
fn mark_and_fail_to_save(s: &mut Session) {
    s.wait_for("Documents (5)");
    s.press("jjjj\r");
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
    // A regular file where the marks folder should be: every save fails,
    // for root too.
    std::fs::write(dir.join("project"), b"not a folder").unwrap();
    let marks = dir.join("project").join("marks.json");
    let mut s = Session::spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);

    s.press("q");
    s.wait_for("Marks not saved");
    s.wait_for("1 mark is only in memory");
    s.wait_for("Try saving again");
    s.wait_for("brief-rescue-");
    assert!(s.child.try_wait().unwrap().is_none(), "q did not quit");
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
    assert!(!s.parser.lock().unwrap().screen().alternate_screen());

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
    let mut s = Session::spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);

    let pid = s.child.process_id().expect("a pid");
    // SAFETY: sending a signal to the child we started.
    assert_eq!(unsafe { libc::kill(pid as libc::pid_t, libc::SIGTERM) }, 0);
    let status = s.wait_exit();
    assert!(!status.success(), "exit status {status:?}");
    {
        let p = s.parser.lock().unwrap();
        let sc = p.screen();
        assert!(!sc.alternate_screen(), "still in the alternate screen");
        assert!(!sc.hide_cursor(), "the cursor is still hidden");
        assert_eq!(sc.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
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
    std::fs::write(dir.join("project"), b"not a folder").unwrap();
    let marks = dir.join("project").join("marks.json");
    let mut s = Session::spawn(&[OsStr::new("--marks"), marks.as_os_str()], dir);
    mark_and_fail_to_save(&mut s);
    s.hang_up();
    // It must end (not spin on the dead terminal) and keep the mark.
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "brief did not end after a hang-up"
        );
        std::thread::sleep(POLL);
    };
    assert!(!status.success(), "exit status {status:?}");
    let found = rescue::read(&the_rescue_file(dir)).unwrap();
    assert_eq!(found.marks.len(), 1);
    assert_eq!(found.marks_file.as_deref(), Some(marks.as_path()));
}
