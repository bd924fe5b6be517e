//! Splitting text into lines that remember where they are: the unit every
//! parser works on. Handles `\n`, `\r\n` and lone `\r` line ends.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The whole line without its line end.
    pub full: Range<usize>,
    /// The line without leading and trailing white space.
    pub content: Range<usize>,
    /// The line starts with white space before its content. In PDF extracts of
    /// Kamerbrieven this marks the first line of a new page.
    pub indented: bool,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.content.clone()]
    }
}

pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 60 + 1);
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The "\n" of a "\r\n" ended its line at the "\r".
        if i < start {
            continue;
        }
        lines.push(make_line(text, start..i));
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            start += 1;
        }
    }
    if start < bytes.len() {
        lines.push(make_line(text, start..bytes.len()));
    }
    lines
}

fn make_line(text: &str, full: Range<usize>) -> Line {
    let s = &text[full.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    let content = if trimmed.is_empty() {
        full.end..full.end
    } else {
        let start = full.start + lead;
        start..start + trimmed.len()
    };
    Line {
        indented: lead > 0 && !trimmed.is_empty(),
        full,
        content,
    }
}

/// How many words `s` has: `s.split_whitespace().count()` (counted for every
/// line and every document). Text without white space outside ASCII, which
/// is most text, is counted as the word starts among its bytes, a loop the
/// compiler runs many bytes at a time.
pub fn count_words(s: &str) -> usize {
    if has_wide_space(s) {
        return s.split_whitespace().count();
    }
    let b = s.as_bytes();
    let space = |x: u8| (x == b' ') | (x.wrapping_sub(b'\t') < 5);
    let mut n = usize::from(b.first().is_some_and(|&x| !space(x)));
    let (before, after) = (b, b.get(1..).unwrap_or_default());
    // Counted in bytes, 255 pairs at a time, so that a vector register
    // holds many counts.
    for (xs, ys) in before.chunks(255).zip(after.chunks(255)) {
        let mut starts = 0u8;
        for (&x, &y) in xs.iter().zip(ys) {
            starts += u8::from(space(x) & !space(y));
        }
        n += usize::from(starts);
    }
    n
}

/// Whether `s` has a white-space character outside ASCII (U+0085, U+00A0,
/// U+1680, U+2000–U+205F, U+3000): only characters whose first byte is one
/// of four are looked at.
pub fn has_wide_space(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(0xC2, 0xE1, 0xE2, b)
        .chain(memchr::memchr_iter(0xE3, b))
        .any(|i| s[i..].chars().next().is_some_and(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for t in [
            "",
            " ",
            "a",
            " De  minister\tgeëist\n",
            "x\u{0B}y\u{1C}z",
            "Oekraïne\u{A0}en\u{3000}MH17\u{2028}",
            "één  ",
        ] {
            assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn every_whitespace_character_is_told_from_its_neighbours() {
        // Every character that is whitespace, and the other characters that
        // share its first byte, between two words.
        let neighbours = [
            '\u{80}', '\u{BF}', 'é', 'ĳ', '\u{1681}', '–', '’', '€', '\u{3001}',
        ];
        let spaces = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        for c in spaces.chain(neighbours) {
            let t = format!("a{c}b {c} {c}{c}x");
            assert_eq!(count_words(&t), t.split_whitespace().count(), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_count_as_split_whitespace_on_any_text(t in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(count_words(&t), t.split_whitespace().count());
        }

        #[test]
        fn lines_split_as_a_byte_by_byte_reading_splits_them(t in "[a \r\n\t]{0,30}") {
            // The reading before memchr found the line ends.
            let bytes = t.as_bytes();
            let (mut want, mut start, mut i) = (Vec::new(), 0, 0);
            while i < bytes.len() {
                match bytes[i] {
                    b'\n' => {
                        want.push(make_line(&t, start..i));
                        start = i + 1;
                    }
                    b'\r' => {
                        want.push(make_line(&t, start..i));
                        if bytes.get(i + 1) == Some(&b'\n') {
                            i += 1;
                        }
                        start = i + 1;
                    }
                    _ => {}
                }
                i += 1;
            }
            if start < bytes.len() {
                want.push(make_line(&t, start..bytes.len()));
            }
            proptest::prop_assert_eq!(split_lines(&t), want);
        }

        #[test]
        fn words_count_as_split_whitespace_among_spaces(
            t in "[a-zé ĳ\t\n\u{85}\u{A0}\u{1680}\u{2000}-\u{2030}\u{205F}\u{3000}]{0,40}"
        ) {
            proptest::prop_assert_eq!(count_words(&t), t.split_whitespace().count());
        }
    }

    #[test]
    fn handles_crlf_lone_cr_and_indent() {
        let t = "a b \r\n  c\rd\n\n";
        let l = split_lines(t);
        assert_eq!(l.len(), 4);
        assert_eq!(l[0].text(t), "a b");
        assert!(l[1].indented);
        assert_eq!(l[1].text(t), "c");
        assert_eq!(l[2].text(t), "d");
        assert!(l[3].is_blank());
    }
}
