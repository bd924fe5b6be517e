//! Offsets in a text: code points to bytes and back, and snapping to
//! character and grapheme-cluster boundaries. Every function takes offsets
//! from anywhere (stale marks, hand-edited files) and clamps instead of
//! panicking.

use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

pub fn is_grapheme_boundary(s: &str, i: usize) -> bool {
    if i > s.len() || !s.is_char_boundary(i) {
        return false;
    }
    // The whole text is one chunk starting at 0, so the cursor never asks
    // for more context; treat a request as a boundary rather than panic.
    GraphemeCursor::new(i, s.len(), true)
        .is_boundary(s, 0)
        .unwrap_or(true)
}

/// The grapheme boundary at or before `i`.
pub fn floor_grapheme(s: &str, i: usize) -> usize {
    let i = floor_char(s, i);
    if is_grapheme_boundary(s, i) {
        return i;
    }
    let mut c = GraphemeCursor::new(i, s.len(), true);
    match c.prev_boundary(s, 0) {
        Ok(Some(b)) => b,
        _ => i,
    }
}

/// The grapheme boundary at or after `i`.
pub fn ceil_grapheme(s: &str, i: usize) -> usize {
    let i = ceil_char(s, i);
    if is_grapheme_boundary(s, i) {
        return i;
    }
    let mut c = GraphemeCursor::new(i, s.len(), true);
    match c.next_boundary(s, 0) {
        Ok(Some(b)) => b,
        _ => i,
    }
}

/// The byte offset `n` code points before `at` (or 0).
pub fn back_chars(s: &str, at: usize, n: usize) -> usize {
    if n == 0 {
        return at;
    }
    s[..at]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(at, |(i, _)| i)
}

/// The byte offset `n` code points after `at` (or the end).
pub fn fwd_chars(s: &str, at: usize, n: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(i, _)| at + i)
}

/// Byte offset of code point `n`; `Some(len)` for `n` = number of code points.
pub fn char_to_byte(s: &str, n: usize) -> Option<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .nth(n)
}

pub fn char_range_to_bytes(s: &str, start: usize, end: usize) -> Option<Range<usize>> {
    if end < start {
        return None;
    }
    let a = char_to_byte(s, start)?;
    let b = a + char_to_byte(&s[a..], end - start)?;
    Some(a..b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grapheme_snapping() {
        let s = "ae\u{301}b👩\u{200d}🔬c";
        assert_eq!(floor_grapheme(s, 2), 1);
        assert_eq!(ceil_grapheme(s, 2), 4);
        assert_eq!(ceil_grapheme(s, 6), 16);
        assert_eq!(floor_grapheme(s, 100), s.len());
        assert!(char_range_to_bytes(s, 3, 2).is_none());
        assert_eq!(char_range_to_bytes(s, 0, 3), Some(0..4));
        assert_eq!(char_range_to_bytes(s, 0, 100), None);
    }
}
