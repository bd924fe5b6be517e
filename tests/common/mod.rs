//! Helpers shared by the tests: find text in a document's clean text or raw
//! bytes and the block that holds it; draw the app into a TestBackend, read
//! it as text and press keys; compare clean text with raw bytes. In their
//! own files: the seed documents (`seeds`), the binary on the command line
//! (`cli`) and in a pseudo-terminal (`pty`), and the entity mentions of
//! texts (`entity_mentions`).
//!
//! Every test crate that says `mod common;` compiles all of it and uses a
//! part, hence `dead_code` is allowed here (the allow covers the submodules).
#![allow(dead_code)]

pub mod cli;
pub mod entity_mentions;
#[cfg(unix)]
pub mod pty;
pub mod seeds;

use brief::corpus::{Corpus, load_bytes};
use brief::document::{Document, Origin};
use std::ops::Range;

/// The bytes of `tests/fixtures/<name>`.
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `bytes` parsed as the file `name` would be.
pub fn parse_named(name: &str, bytes: Vec<u8>) -> Document {
    brief::parse::document_from_bytes(name.into(), Origin::File(name.into()), bytes)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The fixture `name`, parsed.
pub fn load_fixture(name: &str) -> Document {
    parse_named(name, fixture_bytes(name))
}

/// The text a reader sees with the chrome folded away: the unfolded blocks,
/// one a line.
pub fn reading_text(d: &Document) -> String {
    d.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.kind.is_folded())
        .map(|(i, _)| d.block_text(i))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A corpus of texts given in the test, ids `d0`, `d1`, …
pub fn corpus_of(texts: &[&str]) -> Corpus {
    Corpus {
        entries: texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                load_bytes(
                    format!("d{i}"),
                    Origin::Bundled(format!("d{i}.txt")),
                    t.as_bytes().to_vec(),
                )
            })
            .collect(),
        root: None,
    }
}

/// The clean range of the first occurrence of `needle`.
pub fn clean_of(d: &Document, needle: &str) -> Range<usize> {
    let at = d
        .clean
        .find(needle)
        .unwrap_or_else(|| panic!("{}: clean text lacks {needle:?}", d.id));
    at..at + needle.len()
}

/// The raw range of the first occurrence of `needle` in the file's bytes.
pub fn raw_of(d: &Document, needle: &str) -> Range<usize> {
    let n = needle.as_bytes();
    let at = d
        .bytes()
        .windows(n.len())
        .position(|w| w == n)
        .unwrap_or_else(|| panic!("{}: raw bytes lack {needle:?}", d.id));
    at..at + n.len()
}

/// The index of the block whose clean text contains `needle`.
pub fn block_with(d: &Document, needle: &str) -> usize {
    let r = clean_of(d, needle);
    let i = d.block_at_clean(r.start);
    assert!(
        d.blocks[i].clean.start <= r.start && r.end <= d.blocks[i].clean.end,
        "{}: {needle:?} is not inside one block",
        d.id
    );
    i
}

/// A TestBackend screen as text, one line per row.
pub fn screen_text(t: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

/// Draws the app once into a TestBackend of this size.
pub fn screen(
    app: &mut brief::tui::App,
    w: u16,
    h: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| brief::tui::draw(app, f)).unwrap();
    t
}

/// Presses keys: characters as themselves, `\t` Tab, `\n` Enter, `\u{1b}` Esc.
pub fn press(app: &mut brief::tui::App, keys: &str) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in keys.chars() {
        let code = match c {
            '\t' => KeyCode::Tab,
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// Presses Ctrl and a letter.
pub fn ctrl(app: &mut brief::tui::App, c: char) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Text without white space or line-end hyphens: how a span of the clean
/// text and its raw bytes are compared.
pub fn squeeze(s: &str) -> String {
    s.replace("-\r\n", "")
        .replace("-\n", "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}
