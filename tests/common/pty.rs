//! The real `brief` binary in a pseudo-terminal (portable-pty), its output
//! fed into a vt100 emulator: spawn it with arguments and environment, read
//! the screen, wait until something shows, press keys, signal it, hang up,
//! and wait for it to exit.
//!
//! Synchronisation is by polling the emulated screen (never the raw bytes,
//! and never a fixed sleep alone), with a generous timeout so that a loaded
//! CI machine does not make the tests flaky. The screen looked at is the
//! last one shown whole: a frame the reader sends as a synchronized update
//! (`ESC [ ? 2026 h` … `l`) may reach the terminal in pieces, and a test
//! must not see its top half over the frame before. Dropping a `Session` kills a
//! child that is still running, so a failed test leaves nothing behind.

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often the screen and the child are looked at while waiting.
pub const POLL: Duration = Duration::from_millis(20);

/// How `brief` is to be started: arguments, working directory, environment,
/// terminal size, and how long any wait may take. `TERM` is
/// `xterm-256color`; the rest of the environment is the test's own.
pub struct PtyCommand {
    args: Vec<OsString>,
    cwd: PathBuf,
    env: Vec<(OsString, OsString)>,
    env_remove: Vec<OsString>,
    rows: u16,
    cols: u16,
    timeout: Duration,
}

impl PtyCommand {
    /// `brief` with no arguments in `cwd`, on a 30×100 terminal, waits of at
    /// most 10 s.
    pub fn new(cwd: &Path) -> PtyCommand {
        PtyCommand {
            args: Vec::new(),
            cwd: cwd.to_path_buf(),
            env: vec![("TERM".into(), "xterm-256color".into())],
            env_remove: Vec::new(),
            rows: 30,
            cols: 100,
            timeout: Duration::from_secs(10),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> PtyCommand {
        self.args.push(arg.as_ref().to_os_string());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> PtyCommand {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> PtyCommand {
        self.env
            .push((key.as_ref().to_os_string(), value.as_ref().to_os_string()));
        self
    }

    /// Leaves `key` out of the environment the test runs in.
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> PtyCommand {
        self.env_remove.push(key.as_ref().to_os_string());
        self
    }

    /// The terminal's size in rows and columns.
    pub fn size(mut self, rows: u16, cols: u16) -> PtyCommand {
        self.rows = rows;
        self.cols = cols;
        self
    }

    /// How long each wait of the session may take before the test fails.
    pub fn timeout(mut self, timeout: Duration) -> PtyCommand {
        self.timeout = timeout;
        self
    }

    /// Starts `brief` in a fresh pseudo-terminal.
    pub fn spawn(self) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: self.rows,
                cols: self.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(&self.args);
        cmd.cwd(&self.cwd);
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        for key in &self.env_remove {
            cmd.env_remove(key);
        }
        // A fresh state folder (reading places) and an empty configuration
        // folder (no keys.toml of the machine's user), unless given.
        let mut folders = Vec::new();
        for (var, prefix) in [
            ("BRIEF_STATE_DIR", "brief-state"),
            ("BRIEF_CONFIG_DIR", "brief-config"),
        ] {
            if self.env.iter().any(|(k, _)| k == var) {
                continue;
            }
            let dir = tempfile::Builder::new()
                .prefix(prefix)
                .tempdir()
                .expect("a folder");
            cmd.env(var, dir.path());
            folders.push(dir);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn brief");
        // Only the child holds the slave side now, so the reader sees EOF
        // when the child exits.
        drop(pair.slave);
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let fd = pair.master.as_raw_fd().expect("the pty's fd");

        let parser = Arc::new(Mutex::new(Emulator::new(self.rows, self.cols)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let eof = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let reading = {
            let (parser, raw, eof, stop) = (parser.clone(), raw.clone(), eof.clone(), stop.clone());
            std::thread::spawn(move || read_until_closed(reader, fd, &parser, &raw, &stop, &eof))
        };
        Session {
            parser,
            raw,
            eof,
            stop,
            reading: Some(reading),
            writer: Some(writer),
            master: Some(pair.master),
            child,
            _folders: folders,
            timeout: self.timeout,
        }
    }
}

/// Feeds what the child writes into the emulator and the raw log until the
/// terminal closes (EOF, or EIO on Linux once the slave side is closed) or
/// `stop` is set. It reads only when `poll` says there is something, so
/// that `Session::hang_up` can stop it and close every handle on the
/// terminal.
fn read_until_closed(
    mut reader: Box<dyn Read + Send>,
    fd: std::os::unix::io::RawFd,
    parser: &Mutex<Emulator>,
    raw: &Mutex<Vec<u8>>,
    stop: &AtomicBool,
    eof: &AtomicBool,
) {
    let mut buf = [0u8; 16 * 1024];
    while !stop.load(Ordering::SeqCst) {
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd we own; the master (and so the fd) is closed
        // only after this thread has been stopped and joined.
        if unsafe { libc::poll(&mut p, 1, POLL.as_millis() as libc::c_int) } <= 0 {
            continue;
        }
        match reader.read(&mut buf) {
            Ok(n @ 1..) => {
                raw.lock().unwrap().extend_from_slice(&buf[..n]);
                parser.lock().unwrap().feed(&buf[..n]);
            }
            _ => break,
        }
    }
    eof.store(true, Ordering::SeqCst);
}

/// Begins and ends a synchronized update.
const BEGIN_UPDATE: &[u8] = b"\x1b[?2026h";
const END_UPDATE: &[u8] = b"\x1b[?2026l";

/// A vt100 terminal that keeps the screen as last shown whole: inside a
/// synchronized update the screen shown stays the one before it, as on a
/// terminal that implements the mode.
struct Emulator {
    parser: vt100::Parser,
    shown: vt100::Screen,
    updating: bool,
    /// The end of the last input, when it may be the start of a mark.
    carry: Vec<u8>,
}

impl Emulator {
    fn new(rows: u16, cols: u16) -> Emulator {
        let parser = vt100::Parser::new(rows, cols, 0);
        let shown = parser.screen().clone();
        Emulator {
            parser,
            shown,
            updating: false,
            carry: Vec::new(),
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        let mut input = std::mem::take(&mut self.carry);
        input.extend_from_slice(bytes);
        let mut rest = &input[..];
        loop {
            let next = [BEGIN_UPDATE, END_UPDATE]
                .into_iter()
                .filter_map(|mark| find(rest, mark).map(|at| (at, mark)))
                .min();
            let Some((at, mark)) = next else { break };
            self.parser.process(&rest[..at + mark.len()]);
            self.updating = mark == BEGIN_UPDATE;
            if !self.updating {
                self.shown = self.parser.screen().clone();
            }
            rest = &rest[at + mark.len()..];
        }
        // A mark may be cut in two: keep back what could be its start.
        let keep = (1..BEGIN_UPDATE.len())
            .rev()
            .find(|&k| {
                k <= rest.len()
                    && (BEGIN_UPDATE.starts_with(&rest[rest.len() - k..])
                        || END_UPDATE.starts_with(&rest[rest.len() - k..]))
            })
            .unwrap_or(0);
        self.parser.process(&rest[..rest.len() - keep]);
        self.carry = rest[rest.len() - keep..].to_vec();
        if !self.updating {
            self.shown = self.parser.screen().clone();
        }
    }

    fn screen(&self) -> &vt100::Screen {
        &self.shown
    }
}

/// Where `needle` first stands in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `brief` running in a pseudo-terminal.
pub struct Session {
    parser: Arc<Mutex<Emulator>>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// Set once the reader has stopped: nothing more will reach the screen.
    eof: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    reading: Option<JoinHandle<()>>,
    writer: Option<Box<dyn Write + Send>>,
    // Kept open for the whole session: closing the master hangs up the child.
    master: Option<Box<dyn MasterPty + Send>>,
    child: Box<dyn Child + Send + Sync>,
    timeout: Duration,
    /// The state and configuration folders of this run, unless the test
    /// gave them: no run reopens where another test left a document, or
    /// reads the keys of the machine's user.
    _folders: Vec<tempfile::TempDir>,
}

impl Session {
    /// The emulated screen as it is now.
    pub fn screen(&self) -> vt100::Screen {
        self.parser.lock().unwrap().screen().clone()
    }

    /// The screen as text, one line per row, with row numbers: for failure
    /// messages.
    pub fn dump(&self) -> String {
        let p = self.parser.lock().unwrap();
        let s = p.screen();
        let (rows, cols) = s.size();
        let mut out = format!(
            "--- screen ({cols}x{rows}, alternate screen: {}, cursor hidden: {}) ---\n",
            s.alternate_screen(),
            s.hide_cursor()
        );
        for (i, row) in s.rows(0, cols).enumerate() {
            out.push_str(&format!("{i:2}|{row}\n"));
        }
        out
    }

    /// Polls the screen until `pred` holds; panics with a screen dump after
    /// the timeout, or at once when the child has gone away without it.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + self.timeout;
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
                    "timed out after {:?} waiting for {what}\n{}",
                    self.timeout,
                    self.dump()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until `text` is on screen (within one row).
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        });
    }

    /// Types `keys` (escape sequences included) into the terminal.
    pub fn press(&mut self, keys: &str) {
        self.send(keys.as_bytes());
    }

    /// Writes `bytes` into the terminal.
    pub fn send(&mut self, bytes: &[u8]) {
        let w = self.writer.as_mut().expect("the terminal is open");
        w.write_all(bytes).expect("write keys");
        w.flush().expect("flush keys");
    }

    /// How many bytes brief has written so far.
    pub fn raw_len(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    /// The bytes brief wrote from byte `from` on.
    pub fn raw_since(&self, from: usize) -> Vec<u8> {
        let raw = self.raw.lock().unwrap();
        raw[from.min(raw.len())..].to_vec()
    }

    /// The last `n` bytes brief wrote, as text.
    pub fn raw_tail(&self, n: usize) -> String {
        let raw = self.raw.lock().unwrap();
        String::from_utf8_lossy(&raw[raw.len().saturating_sub(n)..]).into_owned()
    }

    /// Everything brief wrote, as text (stderr included).
    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// The exit status, if brief has exited.
    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().expect("try_wait")
    }

    /// Waits for brief to exit and for the reader to drain the terminal;
    /// panics with a screen dump after the timeout.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let timeout = self.timeout;
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.try_wait() {
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
        if let Some(t) = self.reading.take() {
            t.join().expect("reader thread");
        }
        status
    }

    /// Sends `signal` to brief's process.
    pub fn signal(&self, signal: libc::c_int) {
        let pid = self.child.process_id().expect("a pid");
        // SAFETY: sending a signal to the child we started.
        assert_eq!(
            unsafe { libc::kill(pid as libc::pid_t, signal) },
            0,
            "kill({pid}, {signal})"
        );
    }

    /// Closes the terminal, as closing its window does: stops the reader and
    /// drops every handle on the master side.
    pub fn hang_up(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.reading.take() {
            t.join().expect("reader thread");
        }
        self.writer = None;
        self.master = None;
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave the child running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The reader polls the master's fd: it must be gone before the
        // master closes and the fd number can be reused.
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.reading.take() {
            let _ = t.join();
        }
    }
}
