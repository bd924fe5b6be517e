//! The real reader in a pseudo-terminal on real Kamervragen
//! (`tests/fixtures/corpus/`): the background recognition of entities
//! finishes (the legend replaces "recognising entities…"), nothing is
//! printed over the screen, and `q` quits cleanly. Before the fix the
//! background thread panicked on "Vergaderjaar 2023–2024", the panic hook
//! tore the screen down while the reader kept running, and the legend said
//! "recognising entities…" for ever.

#![cfg(unix)]

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 120;

#[test]
fn the_reader_recognises_entities_in_real_kamervragen_and_quits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.arg(&dir);
    cmd.arg("--marks");
    cmd.arg(std::env::temp_dir().join(format!("brief-e2e-real-{}.json", std::process::id())));
    cmd.cwd(&dir);
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).expect("spawn brief");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut writer = pair.master.take_writer().expect("pty writer");
    let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
    let raw = Arc::new(Mutex::new(Vec::new()));
    {
        let (parser, raw) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 16 * 1024];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                parser.lock().unwrap().process(&buf[..n]);
                raw.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
    }
    let screen = || parser.lock().unwrap().screen().contents();
    let wait_for = |what: &str, ok: &dyn Fn(&str) -> bool| {
        let start = Instant::now();
        while !ok(&screen()) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waiting for {what}; screen:\n{}",
                screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    // The legend lists the types once the entities are in.
    wait_for("the entity legend", &|s| {
        s.contains("PER") && !s.contains("recognising")
    });
    let s = screen();
    assert!(!s.contains("panicked"), "{s}");
    assert!(!s.contains("failed"), "{s}");
    assert!(!String::from_utf8_lossy(&raw.lock().unwrap()).contains("panicked"));
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "brief did not quit"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
}
