//! `SpanMap`: maps byte offsets in a derived text (the clean reading text, or a
//! decoded string) back to byte offsets in the text it was derived from.
//!
//! A derived text is built from pieces. A *copied* piece has the same bytes as its
//! source, so offsets inside it map one to one. A *replaced* piece (a space standing
//! for a line break, a joined hyphen, a control picture) maps as a whole: any
//! offset inside it maps to the start of its source range, and a range that ends
//! inside it ends at the end of its source range. Pieces may come from anywhere in
//! the source (footnotes are moved to the end of the reading text), so lookups go
//! through the derived side, which is always increasing.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    derived: usize,
    source: usize,
    derived_len: usize,
    source_len: usize,
}

/// A piece as it is kept: offsets as u32, half the memory (a map holds a
/// piece for every change in a text, some two million for 95 MB of letters).
/// Texts are at most [`MAX_DOCUMENT_BYTES`](super::source::MAX_DOCUMENT_BYTES),
/// a PDF's text layer too, well within u32.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    derived: u32,
    source: u32,
    derived_len: u32,
    source_len: u32,
}

impl Packed {
    fn of(p: Piece) -> Packed {
        let small = |n: usize| u32::try_from(n).expect("texts are under 4 GiB");
        Packed {
            derived: small(p.derived),
            source: small(p.source),
            derived_len: small(p.derived_len),
            source_len: small(p.source_len),
        }
    }

    fn open(&self) -> Piece {
        Piece {
            derived: self.derived as usize,
            source: self.source as usize,
            derived_len: self.derived_len as usize,
            source_len: self.source_len as usize,
        }
    }
}

impl Piece {
    fn is_copy(&self) -> bool {
        self.derived_len == self.source_len
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanMap {
    pieces: Vec<Packed>,
}

impl SpanMap {
    pub fn new() -> Self {
        Self::default()
    }

    /// Bytes the map holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        self.pieces.capacity() * std::mem::size_of::<Packed>()
    }

    /// A map for a text that is its source shifted by `offset` bytes.
    pub fn identity(len: usize, offset: usize) -> Self {
        let mut map = Self::new();
        map.push_copy(0, offset, len);
        map
    }

    /// Gives back the room the pieces were pushed into beyond what they take.
    pub fn shrink_to_fit(&mut self) {
        self.pieces.shrink_to_fit();
    }

    /// Records that `len` bytes at `derived` are a copy of the bytes at `source`.
    pub fn push_copy(&mut self, derived: usize, source: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(packed) = self.pieces.last_mut() {
            let last = packed.open();
            if last.is_copy()
                && last.derived + last.derived_len == derived
                && last.source + last.source_len == source
            {
                *packed = Packed::of(Piece {
                    derived_len: last.derived_len + len,
                    source_len: last.source_len + len,
                    ..last
                });
                return;
            }
        }
        self.pieces.push(Packed::of(Piece {
            derived,
            source,
            derived_len: len,
            source_len: len,
        }));
    }

    /// Records that `derived_len` bytes at `derived` stand for the source range.
    /// A zero-length derived piece (deleted source text) is kept only through its
    /// neighbours: ranges that span it cover it, because they map start and end.
    pub fn push_replaced(&mut self, derived: usize, derived_len: usize, source: Range<usize>) {
        if derived_len == 0 {
            return;
        }
        // As long as what it stands for, it maps byte for byte, as a copy
        // does (a space for one line break or one space): kept as one, it
        // joins the copies around it instead of cutting them at every word.
        if derived_len == source.end - source.start {
            self.push_copy(derived, source.start, derived_len);
            return;
        }
        self.pieces.push(Packed::of(Piece {
            derived,
            source: source.start,
            derived_len,
            source_len: source.end - source.start,
        }));
    }

    fn piece_at(&self, derived: usize) -> Option<Piece> {
        let idx = self.first_ending_after(derived);
        self.pieces
            .get(idx)
            .map(Packed::open)
            .filter(|p| p.derived <= derived)
    }

    /// The index of the first piece that ends after derived offset `at`.
    fn first_ending_after(&self, at: usize) -> usize {
        self.pieces
            .partition_point(|p| p.derived as usize + p.derived_len as usize <= at)
    }

    /// The source offset of the byte at `derived`.
    pub fn map_offset(&self, derived: usize) -> Option<usize> {
        let p = self.piece_at(derived)?;
        Some(if p.is_copy() {
            p.source + (derived - p.derived)
        } else {
            p.source
        })
    }

    /// The source range covered by a derived range. Start and end are mapped
    /// separately, so a range across moved pieces yields their hull in source
    /// order only when the pieces are in source order; callers wanting exact
    /// pieces use [`SpanMap::map_pieces`].
    pub fn map_range(&self, derived: Range<usize>) -> Option<Range<usize>> {
        if derived.is_empty() {
            let s = self
                .map_offset(derived.start)
                .or_else(|| self.map_end(derived.start))?;
            return Some(s..s);
        }
        let start = self.map_offset(derived.start)?;
        let end = self.map_end(derived.end)?;
        Some(start.min(end)..end.max(start))
    }

    /// The source offset just after the derived byte before `derived_end`.
    fn map_end(&self, derived_end: usize) -> Option<usize> {
        if derived_end == 0 {
            return self.pieces.first().map(|p| p.source as usize);
        }
        let p = self.piece_at(derived_end - 1)?;
        Some(if p.is_copy() {
            p.source + (derived_end - p.derived)
        } else {
            p.source + p.source_len
        })
    }

    /// The source ranges of the pieces a derived range touches, in derived order,
    /// with adjacent ranges merged.
    pub fn map_pieces(&self, derived: Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        let first = self.first_ending_after(derived.start);
        for p in self.pieces[first..].iter().map(Packed::open) {
            if p.derived >= derived.end {
                break;
            }
            let (s, e) = if p.is_copy() {
                let s = derived.start.max(p.derived) - p.derived + p.source;
                let e = derived.end.min(p.derived + p.derived_len) - p.derived + p.source;
                (s, e)
            } else {
                (p.source, p.source + p.source_len)
            };
            match out.last_mut() {
                Some(last) if last.end == s => last.end = e,
                _ => out.push(s..e),
            }
        }
        out
    }

    /// The first derived offset, within the derived range `within`, whose source
    /// range contains or follows `source`: the inverse lookup used to place the
    /// reading view at a raw position. Linear in the pieces of `within`, so callers
    /// narrow it to one block first.
    pub fn derived_for_source(&self, source: usize, within: Range<usize>) -> Option<usize> {
        self.derived_containing(source, within.clone())
            .map(|(d, _)| d)
            .or_else(|| self.derived_following(source, within))
    }

    /// Like [`SpanMap::derived_for_source`], but only a piece whose source range
    /// contains `source` counts. The flag tells whether that piece is a copy (the
    /// source byte itself is shown) rather than a stand-in for a range around it,
    /// such as the space that joins two lines across a footnote.
    pub fn derived_containing(&self, source: usize, within: Range<usize>) -> Option<(usize, bool)> {
        let first = self.first_ending_after(within.start);
        self.pieces[first..]
            .iter()
            .map(Packed::open)
            .take_while(|p| p.derived < within.end)
            .find(|p| source >= p.source && source < p.source + p.source_len.max(1))
            .map(|p| {
                if p.is_copy() {
                    (p.derived + (source - p.source), true)
                } else {
                    (p.derived, false)
                }
            })
    }

    fn derived_following(&self, source: usize, within: Range<usize>) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None; // (distance, derived)
        let first = self.first_ending_after(within.start);
        for p in self.pieces[first..]
            .iter()
            .map(Packed::open)
            .take_while(|p| p.derived < within.end)
        {
            if p.source > source {
                let dist = p.source - source;
                if best.is_none_or(|(bd, _)| dist < bd) {
                    best = Some((dist, p.derived));
                }
            }
        }
        best.map(|(_, d)| d)
    }

    pub fn derived_len(&self) -> usize {
        self.pieces
            .last()
            .map_or(0, |p| p.derived as usize + p.derived_len as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_map_one_to_one_and_merge() {
        let mut m = SpanMap::new();
        m.push_copy(0, 10, 3);
        m.push_copy(3, 13, 2);
        assert_eq!(m.pieces.len(), 1);
        assert_eq!(m.map_offset(4), Some(14));
        assert_eq!(m.map_range(1..5), Some(11..15));
    }

    /// "Oekraïne\nheeft geëist": words copied, the line break and the space
    /// each replaced by one space. Byte for byte, they join one copy: a map
    /// the size of the lines, not of the words, that maps exactly as before.
    #[test]
    fn a_one_for_one_replacement_joins_the_copies_around_it() {
        let source = "Oekraïne\nheeft geëist";
        let mut m = SpanMap::new();
        m.push_copy(0, 0, 9);
        m.push_replaced(9, 1, 9..10);
        m.push_copy(10, 10, 5);
        m.push_replaced(15, 1, 15..16);
        m.push_copy(16, 16, source.len() - 16);
        assert_eq!(m.pieces.len(), 1);
        for at in 0..source.len() {
            assert_eq!(m.map_offset(at), Some(at));
        }
        assert_eq!(m.map_range(10..15), Some(10..15));
        assert_eq!(m.derived_containing(9, 0..source.len()), Some((9, true)));
        // Two spaces for one: a real replacement, kept as its own piece.
        m.push_replaced(source.len(), 1, source.len()..source.len() + 2);
        assert_eq!(m.pieces.len(), 2);
        assert_eq!(
            m.map_range(source.len()..source.len() + 1),
            Some(source.len()..source.len() + 2)
        );
    }

    #[test]
    fn replaced_pieces_map_as_a_whole() {
        // "reisad" + deleted "-\n" + "viezen"
        let mut m = SpanMap::new();
        m.push_copy(0, 0, 6);
        m.push_replaced(6, 0, 6..8);
        m.push_copy(6, 8, 6);
        assert_eq!(m.map_range(0..12), Some(0..14));
        // a space standing for " \n"
        let mut m = SpanMap::new();
        m.push_copy(0, 0, 2);
        m.push_replaced(2, 1, 2..4);
        m.push_copy(3, 4, 2);
        assert_eq!(m.map_offset(2), Some(2));
        assert_eq!(m.map_range(2..3), Some(2..4));
        assert_eq!(m.map_range(0..5), Some(0..6));
    }

    #[test]
    fn moved_pieces_and_inverse_lookup() {
        let mut m = SpanMap::new();
        m.push_copy(0, 100, 5);
        m.push_copy(5, 10, 5);
        assert_eq!(m.map_pieces(3..7), vec![103..105, 10..12]);
        assert_eq!(m.derived_for_source(12, 0..10), Some(7));
        assert_eq!(m.derived_for_source(50, 0..10), Some(0));
    }
}
