//! Helpers shared by the tests: find text in a document's clean text or raw
//! bytes and the block that holds it, and read a TestBackend screen as text.
#![allow(dead_code)]

use brief::document::Document;
use std::ops::Range;

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
        .bytes
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
