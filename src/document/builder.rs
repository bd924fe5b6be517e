//! `CleanBuilder`: assembles the clean reading text block by block while
//! recording, for every piece of it, where it came from in the decoded text.
//!
//! Inside a block, runs of white space (spaces, tabs, line breaks) become one
//! space, control characters become visible control pictures (documents are
//! untrusted input: nothing in them may reach the terminal as a control
//! sequence), and lines are joined as the parser decided.

use super::span_map::SpanMap;
use super::{Block, BlockKind};
use std::ops::Range;

/// How two consecutive lines of one paragraph are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    /// With one space.
    Space,
    /// The line-end hyphen is dropped and the halves glued: "reisad-/viezen".
    DropHyphen,
    /// Glued as they are, hyphen kept: "Minister-/President", URLs.
    Glue,
}

pub struct CleanBuilder<'t> {
    text: &'t str,
    pub clean: String,
    pub map: SpanMap,
    pub blocks: Vec<Block>,
    block_start: Option<usize>,
    hull: Option<Range<usize>>,
    /// White space seen but not yet written (written as one space before the
    /// next visible character of the same block).
    pending_space: Option<Range<usize>>,
}

impl<'t> CleanBuilder<'t> {
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            clean: String::with_capacity(text.len()),
            map: SpanMap::new(),
            blocks: Vec::new(),
            block_start: None,
            hull: None,
            pending_space: None,
        }
    }

    pub fn begin_block(&mut self) {
        debug_assert!(self.block_start.is_none(), "block already open");
        if !self.clean.is_empty() {
            let at = self.clean.len();
            self.clean.push('\n');
            let src = self.blocks.last().map_or(0, |b| b.text.end);
            self.map.push_replaced(at, 1, src..src);
        }
        self.block_start = Some(self.clean.len());
        self.hull = None;
        self.pending_space = None;
    }

    fn grow_hull(&mut self, r: &Range<usize>) {
        self.hull = Some(match self.hull.take() {
            None => r.clone(),
            Some(h) => h.start.min(r.start)..h.end.max(r.end),
        });
    }

    /// Appends the decoded text in `range`, normalising white space and control
    /// characters, and replacing the given sub-ranges with other text (footnote
    /// markers become superscripts). Replacements must be sorted. An empty
    /// replacement leaves its text out of the clean text (Markdown's markup):
    /// the white space on both sides of it reads as one space, and a clean
    /// range across it maps over it.
    pub fn push_text(&mut self, range: Range<usize>, replacements: &[(Range<usize>, String)]) {
        if range.is_empty() {
            return;
        }
        self.grow_hull(&range);
        let mut pos = range.start;
        for (r, with) in replacements {
            if r.start < pos || r.end > range.end || r.start < range.start {
                continue;
            }
            self.push_normalised(pos..r.start);
            if with.is_empty() {
                pos = r.end;
                continue;
            }
            self.flush_space();
            let at = self.clean.len();
            self.clean.push_str(with);
            self.map.push_replaced(at, with.len(), r.clone());
            pos = r.end;
        }
        self.push_normalised(pos..range.end);
    }

    /// Joins the line pushed last and the next one; `gap` is the text between
    /// them that the join removes (white space, line break, a dropped hyphen).
    pub fn push_join(&mut self, joiner: Joiner, gap: Range<usize>) {
        self.grow_hull(&gap);
        match joiner {
            Joiner::Space => {
                self.pending_space = Some(match self.pending_space.take() {
                    Some(p) => p.start.min(gap.start)..gap.end,
                    None => gap,
                });
            }
            Joiner::DropHyphen | Joiner::Glue => self.pending_space = None,
        }
    }

    fn flush_space(&mut self) {
        if let Some(gap) = self.pending_space.take() {
            let at = self.clean.len();
            if self.block_start.is_some_and(|s| at > s) {
                self.clean.push(' ');
                self.map.push_replaced(at, 1, gap);
            }
        }
    }

    fn push_normalised(&mut self, range: Range<usize>) {
        let text = self.text;
        let s = &text[range.clone()];
        let bytes = s.as_bytes();
        let mut run_start: Option<usize> = None;
        let mut ws_start: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // Inside a run of visible characters, printable ASCII and a
            // single space before more of it stay in the run: the clean
            // text is the decoded text there, one piece of the map.
            if run_start.is_some()
                && (is_printable_ascii(b)
                    || (b == b' ' && bytes.get(i + 1).copied().is_some_and(is_printable_ascii)))
            {
                i = past_printable(bytes, i + 1);
                continue;
            }
            let c = s[i..].chars().next().expect("at a char boundary");
            let abs = range.start + i;
            i += c.len_utf8();
            if c.is_whitespace() {
                if let Some(rs) = run_start.take() {
                    self.copy(rs..abs);
                }
                ws_start.get_or_insert(abs);
                continue;
            }
            if let Some(ws) = ws_start.take() {
                self.pending_space = Some(match self.pending_space.take() {
                    Some(p) => p.start..abs,
                    None => ws..abs,
                });
            }
            if let Some(pic) = control_picture(c) {
                if let Some(rs) = run_start.take() {
                    self.copy(rs..abs);
                }
                self.flush_space();
                let at = self.clean.len();
                self.clean.push(pic);
                self.map
                    .push_replaced(at, pic.len_utf8(), abs..abs + c.len_utf8());
                continue;
            }
            if run_start.is_none() {
                self.flush_space();
                run_start = Some(abs);
            }
        }
        if let Some(rs) = run_start {
            self.copy(rs..range.end);
        }
        if let Some(ws) = ws_start {
            self.pending_space = Some(ws..range.end);
        }
    }

    fn copy(&mut self, r: Range<usize>) {
        let at = self.clean.len();
        self.clean.push_str(&self.text[r.clone()]);
        self.map.push_copy(at, r.start, r.len());
    }

    /// Closes the block; returns its index.
    pub fn end_block(&mut self, kind: BlockKind) -> usize {
        let start = self.block_start.take().expect("no block open");
        self.pending_space = None;
        let last_end = self.blocks.last().map_or(0, |b| b.text.end);
        let text = self.hull.take().unwrap_or(last_end..last_end);
        self.blocks.push(Block {
            kind,
            clean: start..self.clean.len(),
            text,
            raw: 0..0,
            page: None,
        });
        self.blocks.len() - 1
    }

    /// A whole block from one range of text.
    pub fn block(&mut self, kind: BlockKind, range: Range<usize>) -> usize {
        self.begin_block();
        self.push_text(range, &[]);
        self.end_block(kind)
    }
}

/// The visible stand-in for a control character: the U+2400 pictures for C0 and
/// DEL, a replacement character for C1 controls and bidirectional overrides.
/// A byte that is a visible ASCII character: "!" to "~".
/// Past the printable ASCII from `i` on, with single spaces between it:
/// where a run of visible characters goes on unchanged. Eight bytes at a
/// time while they are all printable or spaces, no two spaces in a row and
/// the last no space (told by bit tricks that may say no when the answer is
/// yes, never the other way: then a byte at a time).
fn past_printable(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // A byte under 0x20, or from 0x7F on.
            let outside = (x.wrapping_sub(ONES * 0x20) & !x) | (x.wrapping_add(ONES) | x);
            let s = x ^ (ONES * 0x20);
            // Bytes that may be spaces (a true space always shows).
            let spaces = s.wrapping_sub(ONES) & !s & HIGH;
            if outside & HIGH != 0 || spaces & (spaces >> 8) != 0 || chunk[7] == b' ' {
                break;
            }
            i += 8;
        }
        // A step a byte at a time past what stopped the eight, then eight
        // again.
        match bytes.get(i) {
            Some(&b) if is_printable_ascii(b) => i += 1,
            Some(b' ') if bytes.get(i + 1).copied().is_some_and(is_printable_ascii) => i += 2,
            _ => return i,
        }
    }
}

fn is_printable_ascii(b: u8) -> bool {
    (b'!'..=b'~').contains(&b)
}

pub fn control_picture(c: char) -> Option<char> {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32),
        '\u{7F}' => Some('\u{2421}'),
        '\u{80}'..='\u{9F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some('\u{FFFD}'),
        _ => None,
    }
}

/// `s` with every control character replaced by its picture: for showing raw text.
pub fn inert(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| control_picture(c).is_some() || c == '\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c == '\t' {
                    ' '
                } else {
                    control_picture(c).unwrap_or(c)
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_space_controls_and_joins() {
        let t = "reisad-\nviezen  en\tzo\u{1b}[31m";
        let mut b = CleanBuilder::new(t);
        b.begin_block();
        b.push_text(0..6, &[]);
        b.push_join(Joiner::DropHyphen, 6..8);
        b.push_text(8..t.len(), &[]);
        b.end_block(BlockKind::Paragraph);
        assert_eq!(b.clean, "reisadviezen en zo\u{241b}[31m");
        assert_eq!(b.map.map_range(0..12), Some(0..14));
        assert_eq!(b.blocks[0].text, 0..t.len());
    }

    #[test]
    fn an_empty_replacement_leaves_its_text_out_and_one_space_around_it() {
        let t = "Lees **dit** en [](x) dat\n> verder";
        let mut b = CleanBuilder::new(t);
        let gone = |r: Range<usize>| (r, String::new());
        b.begin_block();
        b.push_text(
            0..t.len(),
            &[gone(5..7), gone(10..12), gone(16..21), gone(26..27)],
        );
        b.end_block(BlockKind::Paragraph);
        assert_eq!(b.clean, "Lees dit en dat verder");
        // "dit" is its own source; "en dat" maps over the empty link.
        assert_eq!(b.map.map_range(5..8), Some(7..10));
        assert_eq!(b.map.map_range(9..15), Some(13..25));
        assert_eq!(b.blocks[0].text, 0..t.len());
    }

    /// The clean text a block of `s` should read as: white space runs as one
    /// space, none at the ends, control characters as their pictures.
    fn normalised(s: &str) -> String {
        s.split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().map(|c| control_picture(c).unwrap_or(c)).collect())
            .collect::<Vec<String>>()
            .join(" ")
    }

    proptest::proptest! {
        #[test]
        fn a_block_reads_normalised_and_every_character_maps_to_its_own(
            t in "[a-zé!~0-9 .,\t\n\u{85}\u{A0}\u{2003}\u{1b}\u{7f}\u{202E}]{0,60}"
        ) {
            let mut b = CleanBuilder::new(&t);
            b.block(BlockKind::Paragraph, 0..t.len());
            proptest::prop_assert_eq!(&b.clean, &normalised(&t));
            for (at, c) in b.clean.char_indices() {
                let source = b.map.map_offset(at).expect("every clean byte maps");
                let shown = t[source..].chars().next().expect("within the text");
                if c == ' ' {
                    proptest::prop_assert!(shown.is_whitespace(), "{:?} at {}", shown, source);
                } else {
                    proptest::prop_assert_eq!(control_picture(shown).unwrap_or(shown), c);
                }
            }
        }
    }
}
