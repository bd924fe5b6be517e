//! A text folded for searching (kept for a document in use, or folded again
//! into a buffer by a search of all documents): diacritics removed
//! (Unicode compatibility decomposition, NFKD, without its combining marks),
//! in two views — `lower` (lower case too, for case-insensitive queries) and
//! `cased` (case kept, for queries with a capital letter, see smart case in
//! [`super::query`]).
//!
//! Folding a text once and matching a folded query against it with plain
//! byte matching is what makes a search over 50 MB fast: the regex crate
//! finds a literal with `memchr::memmem`, which it cannot do for a
//! case-insensitive or accent-insensitive pattern on the original text.
//!
//! A folded view is not the same length as the clean text ("ë" is two
//! bytes, "e" one; "ﬁ" is three, "fi" two), so every view keeps a map back to
//! clean offsets. Most characters fold to one character of the same length
//! (all of ASCII, and the case pairs of Greek and Cyrillic), so the map only
//! records the exceptions, *units*: a clean character whose folded form
//! differs in length or is not exactly one character. Between two units the
//! offsets of both texts advance together. That keeps the map at 12 bytes per
//! accented letter — a few hundred kilobytes for a 50 MB Dutch text — instead
//! of an offset per byte, and an offset is found by binary search.

use super::case_marks::{CaseMarks, same_length_lower};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Which folded view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// Diacritics removed and lower case: for case-insensitive search.
    Lower,
    /// Diacritics removed, case kept: for queries with a capital letter.
    Cased,
}

/// One clean character whose folded form is not a single character of the
/// same byte length. Offsets are u32 to keep the map small: documents are at
/// most 512 MiB (see [`crate::document::source::MAX_DOCUMENT_BYTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unit {
    /// Where its folded form starts in the view.
    folded: u32,
    /// Where the character starts in the clean text.
    clean: u32,
    /// Bytes of the folded form (0 for a dropped combining mark).
    folded_len: u16,
    /// Bytes of the clean character (1 to 4).
    clean_len: u8,
}

/// The map from a view back to the clean text (and forth).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct OffsetMap {
    /// In text order; several empty units (dropped marks) may share a folded
    /// offset, followed by at most one non-empty unit there.
    units: Vec<Unit>,
}

impl OffsetMap {
    /// The clean offset of folded offset `f`: see [`clean_of`].
    fn to_clean(&self, f: usize, round_up: bool) -> usize {
        let i = self.units.partition_point(|u| u.folded as usize <= f);
        clean_of(&self.units, i, f, round_up)
    }

    /// The folded offset of clean offset `c`, rounded down or up when `c` is
    /// not on a character boundary.
    fn to_folded(&self, c: usize, round_up: bool) -> usize {
        let i = self.units.partition_point(|u| u.clean as usize <= c);
        let Some(u) = i.checked_sub(1).map(|i| self.units[i]) else {
            return c;
        };
        let (uf, uc) = (u.folded as usize, u.clean as usize);
        let (fl, cl) = (usize::from(u.folded_len), usize::from(u.clean_len));
        if c == uc {
            return uf;
        }
        if c < uc + cl {
            return if round_up { uf + fl } else { uf };
        }
        uf + fl + (c - uc - cl)
    }

    fn heap_bytes(&self) -> usize {
        self.units.capacity() * std::mem::size_of::<Unit>()
    }
}

/// A cursor for mapping many increasing folded offsets of one view, as a
/// search produces them: it walks the units forward instead of searching
/// them again for every match, so mapping all matches of a text costs
/// O(matches + units).
#[derive(Debug, Clone)]
pub(crate) struct ToClean<'a> {
    map: &'a OffsetMap,
    /// Units before this index start at or before the last offset asked.
    next: usize,
}

impl ToClean<'_> {
    /// Like [`FoldedText::to_clean`] for one offset; offsets must not
    /// decrease between calls (a start, then its end, then the next start...).
    pub(crate) fn offset(&mut self, f: usize, round_up: bool) -> usize {
        // Gallop, then binary search the bracket: matches are often far
        // apart compared to units, and sometimes closer.
        let rest = &self.map.units[self.next..];
        let mut hi = 1;
        while hi <= rest.len() && rest[hi - 1].folded as usize <= f {
            hi *= 2;
        }
        let lo = hi / 2;
        let hi = hi.min(rest.len());
        self.next += lo + rest[lo..hi].partition_point(|u| u.folded as usize <= f);
        clean_of(&self.map.units, self.next, f, round_up)
    }
}

/// The clean offset of folded offset `f`, where `i` units start at or before
/// it, rounded down (a range's start) or up (a range's end) when `f` falls
/// inside the folded form of one character. Dropped combining marks go with
/// the character before them: a range never starts with one, and an end
/// includes those that follow.
fn clean_of(units: &[Unit], i: usize, f: usize, round_up: bool) -> usize {
    let Some(u) = i.checked_sub(1).map(|i| units[i]) else {
        return f; // before the first unit the texts agree
    };
    let (uf, uc) = (u.folded as usize, u.clean as usize);
    let (fl, cl) = (usize::from(u.folded_len), usize::from(u.clean_len));
    if f == uf {
        // At the start of a non-empty unit (after any marks before it), or
        // just after an empty one.
        return if fl == 0 { uc + cl } else { uc };
    }
    if f < uf + fl {
        return if round_up { uc + cl } else { uc };
    }
    uc + cl + (f - uf - fl)
}

/// One folded view: its text and its map back to the clean text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Folded {
    text: String,
    map: OffsetMap,
}

/// The cased view, kept as little as it can be (see [`super::case_marks`]).
#[derive(Debug, Clone)]
enum Cased {
    /// The lower view's offsets and its capitals: the view itself is made
    /// from them when a regular expression asks for it.
    Marks {
        marks: CaseMarks,
        view: OnceLock<String>,
    },
    /// A text where some character's cases differ in length: the view.
    View(Folded),
}

/// Two cased views are equal when they hold the same text: whether one was
/// already made from its marks does not count.
impl PartialEq for Cased {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Cased::Marks { marks: a, .. }, Cased::Marks { marks: b, .. }) => a == b,
            (Cased::View(a), Cased::View(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Cased {}

impl Default for Cased {
    fn default() -> Self {
        Cased::Marks {
            marks: CaseMarks::default(),
            view: OnceLock::new(),
        }
    }
}

/// A clean text folded for searching: the lower view, and the cased view
/// (see [`Cased`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldedText {
    lower: Folded,
    cased: Cased,
    clean_len: usize,
    /// Where the clean text folded lay in memory: with its length, what
    /// tells a view of a document's own text from a view of another text of
    /// the same length (see [`FoldedText::is_of`]).
    clean_at: usize,
}

impl FoldedText {
    /// Folds `clean` once: the lower view and the case marks (or, rarely,
    /// the whole cased view).
    ///
    /// # Panics
    /// For a text of 2 GiB or more (documents are at most 512 MiB).
    pub fn new(clean: &str) -> Self {
        let mut f = FoldedText::default();
        f.fold(clean, true);
        f
    }

    /// Folds `clean` in place of the text held, reusing its room: the same
    /// views as [`FoldedText::new`] (equal to them), for a search that folds
    /// document after document into one buffer. The room is kept, not given
    /// back.
    ///
    /// # Panics
    /// For a text of 2 GiB or more.
    pub fn refold(&mut self, clean: &str) {
        self.fold(clean, false);
    }

    /// Folds `clean` into this text's buffers; `shrink`: give spare room back.
    fn fold(&mut self, clean: &str, shrink: bool) {
        assert!(
            clean.len() < u32::MAX as usize / 2,
            "texts of 2 GiB or more cannot be folded for search"
        );
        let (mut marks, mut cased) = match std::mem::take(&mut self.cased) {
            Cased::Marks { marks, .. } => (marks, Folded::default()),
            Cased::View(f) => (CaseMarks::default(), f),
        };
        marks.clear();
        let mut marks = Some(marks);
        fold_view(&mut self.lower, clean, View::Lower, &mut marks, shrink);
        self.cased = match marks {
            Some(mut marks) => {
                if shrink {
                    marks.shrink_to_fit();
                }
                Cased::Marks {
                    marks,
                    view: OnceLock::new(),
                }
            }
            None => {
                fold_view(&mut cased, clean, View::Cased, &mut None, shrink);
                Cased::View(cased)
            }
        };
        self.clean_len = clean.len();
        self.clean_at = clean.as_ptr() as usize;
    }

    /// The case marks, when the cased view is kept as the lower view's
    /// capitals (the two views then share offsets and map).
    pub(crate) fn case_marks(&self) -> Option<&CaseMarks> {
        match &self.cased {
            Cased::Marks { marks, .. } => Some(marks),
            Cased::View(_) => None,
        }
    }

    /// The map of a view back to the clean text.
    fn map(&self, view: View) -> &OffsetMap {
        match (view, &self.cased) {
            (View::Cased, Cased::View(f)) => &f.map,
            _ => &self.lower.map,
        }
    }

    /// The folded text of a view (the cased view of a text kept as case
    /// marks is made the first time it is asked for, and kept).
    pub fn text(&self, view: View) -> &str {
        match (view, &self.cased) {
            (View::Lower, _) => &self.lower.text,
            (View::Cased, Cased::View(f)) => &f.text,
            (View::Cased, Cased::Marks { marks, view }) => {
                view.get_or_init(|| marks.cased_text(&self.lower.text))
            }
        }
    }

    /// Length of the clean text this was folded from.
    pub fn clean_len(&self) -> usize {
        self.clean_len
    }

    /// Whether this was folded from `clean` itself (the same text in the
    /// same place, as a document's views are): a view of another text, or
    /// of a copy, is not taken for it, even of the same length. (A copy is
    /// folded afresh, which costs time, never a wrong match.)
    pub fn is_of(&self, clean: &str) -> bool {
        self.clean_len == clean.len() && self.clean_at == clean.as_ptr() as usize
    }

    /// The clean range shown by a range of a view. It lands on character
    /// boundaries of the clean text: a range that starts or ends inside the
    /// folded form of one character ("i" of "fi" from "ﬁ") covers all of it,
    /// and combining marks that were dropped after its last character are
    /// included.
    pub fn to_clean(&self, view: View, folded: Range<usize>) -> Range<usize> {
        let map = self.map(view);
        let start = map.to_clean(folded.start, false).min(self.clean_len);
        let end = map.to_clean(folded.end, true).min(self.clean_len);
        start..end.max(start)
    }

    /// The range of a view that shows a clean range (rounded outwards to
    /// whole folded forms when the clean range cuts a character).
    pub fn to_folded(&self, view: View, clean: Range<usize>) -> Range<usize> {
        let (map, len) = (self.map(view), self.lower_or_cased_len(view));
        let start = map.to_folded(clean.start, false).min(len);
        let end = map.to_folded(clean.end, true).min(len);
        start..end.max(start)
    }

    /// A cursor for mapping increasing offsets of a view to clean offsets.
    pub(crate) fn cursor(&self, view: View) -> ToClean<'_> {
        ToClean {
            map: self.map(view),
            next: 0,
        }
    }

    /// The length of a view: the cased one is as long as the lower one
    /// unless it is kept whole.
    fn lower_or_cased_len(&self, view: View) -> usize {
        match (view, &self.cased) {
            (View::Cased, Cased::View(f)) => f.text.len(),
            _ => self.lower.text.len(),
        }
    }

    /// Heap memory held: the lower view, its map and the cased view as
    /// kept (marks, and the view if it was made or is kept whole).
    pub fn heap_bytes(&self) -> usize {
        let folded = |v: &Folded| v.text.capacity() + v.map.heap_bytes();
        folded(&self.lower)
            + match &self.cased {
                Cased::Marks { marks, view } => {
                    marks.heap_bytes() + view.get().map_or(0, String::capacity)
                }
                Cased::View(f) => folded(f),
            }
    }

    /// Characters whose folded form differs in length, in each view
    /// (lower, cased): the size of the maps.
    pub fn units(&self) -> (usize, usize) {
        (
            self.lower.map.units.len(),
            self.map(View::Cased).units.len(),
        )
    }
}

/// One view of `clean`. Folding the lower view with `marks` also records
/// its capitals there, until a character's cases differ in length: then
/// `marks` becomes `None` (the cased view must be folded on its own).
fn fold_view(
    out: &mut Folded,
    clean: &str,
    view: View,
    marks: &mut Option<CaseMarks>,
    shrink: bool,
) {
    out.text.clear();
    out.text.reserve(clean.len());
    out.map.units.clear();
    let bytes = clean.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII folds to itself (lower-cased in one view): copy runs of it
        // whole, which is most of a Dutch text.
        let run = ascii_run(&bytes[at..]);
        if run > 0 {
            let from = out.text.len();
            if view == View::Lower {
                push_ascii_lower(&mut out.text, &bytes[at..at + run], |i| {
                    if let Some(marks) = marks.as_mut() {
                        marks.ascii_capital(from + i);
                    }
                });
            } else {
                out.text.push_str(&clean[at..at + run]);
            }
            at += run;
            continue;
        }
        let c = clean[at..].chars().next().expect("at a char boundary");
        let clean_len = c.len_utf8();
        // Offsets are u32: once a view could outgrow them (only by absurd
        // expansions, "ﷺ" is 33 bytes folded) it keeps characters as they
        // are, so the rest of the text still fits.
        let room = out.text.len() + (bytes.len() - at) + 64 < u32::MAX as usize;
        let from = out.text.len();
        let mut chars = 0usize;
        if room {
            decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                match view {
                    View::Cased => {
                        out.text.push(d);
                        chars += 1;
                    }
                    View::Lower => {
                        if let Some(m) = marks.as_mut() {
                            match same_length_lower(d, is_combining_mark) {
                                Some(l) if l != d && d.is_ascii() => {
                                    m.ascii_capital(out.text.len());
                                }
                                Some(l) if l != d => m.other(out.text.len(), d),
                                Some(_) => {}
                                None => *marks = None,
                            }
                        }
                        for l in d.to_lowercase() {
                            if !is_combining_mark(l) {
                                out.text.push(l);
                                chars += 1;
                            }
                        }
                    }
                }
            });
        } else {
            out.text.push(c);
            chars = 1;
        }
        let folded_len = out.text.len() - from;
        if chars != 1 || folded_len != clean_len {
            out.map.units.push(Unit {
                folded: from as u32,
                clean: at as u32,
                folded_len: folded_len as u16,
                clean_len: clean_len as u8,
            });
        }
        at += clean_len;
    }
    if shrink {
        out.map.units.shrink_to_fit();
        if out.text.capacity() > out.text.len() + out.text.len() / 16 {
            out.text.shrink_to_fit();
        }
    }
}

/// Folds a string the way [`FoldedText`] folds a text, for one view: queries
/// are folded with this, so that they meet the text halfway.
pub fn fold(s: &str, view: View) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, view, &mut out);
    }
    out
}

/// Appends the folded form of one character.
pub(crate) fn fold_char(c: char, view: View, out: &mut String) {
    if c.is_ascii() {
        out.push(match view {
            View::Lower => c.to_ascii_lowercase(),
            View::Cased => c,
        });
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        match view {
            View::Cased => out.push(d),
            View::Lower => out.extend(d.to_lowercase().filter(|l| !is_combining_mark(*l))),
        }
    });
}

/// Length of the ASCII prefix of `bytes`, 16 bytes at a time where it can
/// (a loop the compiler vectorises).
/// Appends the ASCII bytes `run` to `out` lower-cased, calling `capital(i)`
/// for each byte `i` of `run` that is a capital, in order: eight bytes at a
/// time (a byte per step was most of folding a text).
fn push_ascii_lower(out: &mut String, run: &[u8], mut capital: impl FnMut(usize)) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let mut buf = [0u8; 64];
    for (k, block) in run.chunks(64).enumerate() {
        let base = k * 64;
        let words = block.chunks_exact(8);
        let tail = words.remainder();
        let mut n = 0;
        for w in words {
            let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
            // Bytes below 0x80: adding 0x80 - 'A' sets a byte's high bit
            // when it is 'A' or above, adding 0x80 - '[' when it is above
            // 'Z', and no sum carries into the next byte.
            let upper = x.wrapping_add(ONES * u64::from(0x80 - b'A'))
                & !x.wrapping_add(ONES * u64::from(0x80 - b'['))
                & HIGH;
            buf[n..n + 8].copy_from_slice(&(x | upper >> 2).to_le_bytes());
            let mut m = upper;
            while m != 0 {
                capital(base + n + (m.trailing_zeros() / 8) as usize);
                m &= m - 1;
            }
            n += 8;
        }
        for &b in tail {
            if b.is_ascii_uppercase() {
                capital(base + n);
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        out.push_str(std::str::from_utf8(&buf[..n]).expect("ASCII stays ASCII"));
    }
}

fn ascii_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(0u8, |a, b| a | b) >= 0x80 {
            break;
        }
        n += 16;
    }
    n + bytes[n..].iter().take_while(|b| b.is_ascii()).count()
}

#[cfg(test)]
mod tests;
