//! The real reader in a pseudo-terminal on real Kamervragen
//! (`tests/fixtures/corpus/`): the background recognition of entities
//! finishes (the legend replaces "recognising entities…"), nothing is
//! printed over the screen, and `q` quits cleanly. Before the fix the
//! background thread panicked on "Vergaderjaar 2023–2024", the panic hook
//! tore the screen down while the reader kept running, and the legend said
//! "recognising entities…" for ever.

#![cfg(unix)]

mod common;

use common::pty::PtyCommand;
use std::path::Path;
use std::time::Duration;

#[test]
fn the_reader_recognises_entities_in_real_kamervragen_and_quits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let mut s = PtyCommand::new(&dir)
        .arg(&dir)
        .arg("--marks")
        .arg(std::env::temp_dir().join(format!("brief-e2e-real-{}.json", std::process::id())))
        .size(30, 120)
        .timeout(Duration::from_secs(20))
        .spawn();
    // The legend lists the types once the entities are in.
    s.wait_until("the entity legend", |sc| {
        let text = sc.contents();
        text.contains("PER") && !text.contains("recognising")
    });
    let text = s.screen().contents();
    assert!(!text.contains("panicked"), "{text}");
    assert!(!text.contains("failed"), "{text}");
    assert!(!s.output().contains("panicked"));
    s.press("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
}
