//! The cased view of a folded text kept as its differences from the lower
//! view: which letters are capitals.
//!
//! In nearly every text each character folds to forms of the same length in
//! both views ("O" and "o", "Ø" and "ø", "Ω" and "ω"): the two views are
//! then the same bytes at the same offsets but for the capitals. Keeping
//! the cased view as a second copy of the text doubled the search index;
//! [`CaseMarks`] keeps one bit per byte of the lower view for the ASCII
//! capitals and a list of the other capitals, an eighth of the text. A
//! query with a capital is searched in the lower view and each match kept
//! only if the cased view holds the query there ([`CaseMarks::cased_is`]);
//! a regular expression with a capital gets the cased view made from the
//! marks ([`CaseMarks::cased_text`]) the first time it is asked.
//!
//! A text with a character whose cases differ in length ("ẞ" and "ß", the
//! Kelvin sign and "k") keeps its whole cased view instead (see
//! [`super::folded`]).

use std::ops::Range;

/// The capitals of a cased view whose lower view has the same offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseMarks {
    /// Bit `i` set: byte `i` of the lower view is an ASCII letter that is a
    /// capital in the cased view.
    ascii: Vec<u64>,
    /// The other characters that differ, by offset in the lower view:
    /// (offset, the cased view's character there), in offset order.
    other: Vec<(u32, char)>,
}

impl CaseMarks {
    /// Marks byte `at` of the lower view as an ASCII capital.
    pub fn ascii_capital(&mut self, at: usize) {
        let word = at / 64;
        if word >= self.ascii.len() {
            self.ascii.resize(word + 1, 0);
        }
        self.ascii[word] |= 1 << (at % 64);
    }

    /// Records that the cased view has `cased` where the lower view has a
    /// character of the same length at `at` (offsets increasing).
    pub fn other(&mut self, at: usize, cased: char) {
        self.other.push((at as u32, cased));
    }

    /// No capitals, the room kept (for a text folded again).
    pub fn clear(&mut self) {
        self.ascii.clear();
        self.other.clear();
    }

    /// Gives back spare room once the text is folded.
    pub fn shrink_to_fit(&mut self) {
        self.ascii.shrink_to_fit();
        self.other.shrink_to_fit();
    }

    pub fn heap_bytes(&self) -> usize {
        self.ascii.capacity() * 8 + self.other.capacity() * std::mem::size_of::<(u32, char)>()
    }

    fn is_ascii_capital(&self, at: usize) -> bool {
        self.ascii
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    /// The cased view's character at offset `at`, where the lower view has
    /// `lower`; `other` is the index of the first other capital at or after
    /// `at` (moved on past it when it is used).
    fn cased_char(&self, at: usize, lower: char, other: &mut usize) -> char {
        if lower.is_ascii() {
            return if self.is_ascii_capital(at) {
                lower.to_ascii_uppercase()
            } else {
                lower
            };
        }
        match self.other.get(*other) {
            Some(&(o, c)) if o as usize == at => {
                *other += 1;
                c
            }
            _ => lower,
        }
    }

    /// Whether the cased view holds `cased` at `range` of the lower view
    /// `lower` (a range on character boundaries).
    pub fn cased_is(&self, lower: &str, range: Range<usize>, cased: &str) -> bool {
        if range.len() != cased.len() {
            return false;
        }
        let mut other = self
            .other
            .partition_point(|&(o, _)| (o as usize) < range.start);
        let mut expected = cased.chars();
        lower[range.clone()]
            .char_indices()
            .all(|(i, l)| expected.next() == Some(self.cased_char(range.start + i, l, &mut other)))
    }

    /// The whole cased view of the lower view `lower`.
    pub fn cased_text(&self, lower: &str) -> String {
        let mut out = String::with_capacity(lower.len());
        let mut other = 0;
        for (i, l) in lower.char_indices() {
            out.push(self.cased_char(i, l, &mut other));
        }
        out
    }
}

/// The one lower-case character of `c` if it has the same length in UTF-8
/// (combining marks left out, as the views leave them out); `None` when the
/// cases differ in length or number.
pub fn same_length_lower(c: char, is_mark: impl Fn(char) -> bool) -> Option<char> {
    let mut lower = c.to_lowercase().filter(|l| !is_mark(*l));
    let l = lower.next()?;
    (lower.next().is_none() && l.len_utf8() == c.len_utf8()).then_some(l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks_of(cased: &str) -> (String, CaseMarks) {
        let mut marks = CaseMarks::default();
        let mut lower = String::new();
        for c in cased.chars() {
            let l = same_length_lower(c, |_| false).expect("same length");
            if c.is_ascii_uppercase() {
                marks.ascii_capital(lower.len());
            } else if l != c {
                marks.other(lower.len(), c);
            }
            lower.push(l);
        }
        (lower, marks)
    }

    #[test]
    fn the_cased_view_comes_back_from_the_marks() {
        for cased in [
            "",
            "De NAVO en Oekraine",
            "ØRSTED Ωμεγα ПРИВЕТ x",
            &"Ab".repeat(100),
        ] {
            let (lower, marks) = marks_of(cased);
            assert_eq!(marks.cased_text(&lower), cased);
        }
    }

    #[test]
    fn a_range_holds_the_cased_text_or_not() {
        let (lower, marks) = marks_of("de Navo, de NAVO en ØRSTED Ørsted");
        let at = |s: &str| lower.find(s).unwrap();
        let navo = at("navo");
        assert!(marks.cased_is(&lower, navo..navo + 4, "Navo"));
        assert!(!marks.cased_is(&lower, navo..navo + 4, "NAVO"));
        let second = lower[navo + 1..].find("navo").unwrap() + navo + 1;
        assert!(marks.cased_is(&lower, second..second + 4, "NAVO"));
        let orsted = at("ørsted");
        let len = "ørsted".len();
        assert!(marks.cased_is(&lower, orsted..orsted + len, "ØRSTED"));
        assert!(!marks.cased_is(&lower, orsted..orsted + len, "Ørsted"));
        let last = lower.rfind("ørsted").unwrap();
        assert!(marks.cased_is(&lower, last..last + len, "Ørsted"));
        // A different length is never the same text.
        assert!(!marks.cased_is(&lower, navo..navo + 3, "Navo"));
    }

    #[test]
    fn cases_of_different_length_have_no_marks() {
        assert_eq!(same_length_lower('A', |_| false), Some('a'));
        assert_eq!(same_length_lower('Ø', |_| false), Some('ø'));
        assert_eq!(same_length_lower('a', |_| false), Some('a'));
        // Capital sharp s (3 bytes) → "ß" (2), Kelvin sign → "k", "İ" → "i̇".
        assert_eq!(same_length_lower('ẞ', |_| false), None);
        assert_eq!(same_length_lower('\u{212A}', |_| false), None);
        assert_eq!(same_length_lower('İ', |_| false), None);
    }
}
