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
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(make_line(text, start..i));
                start = i + 1;
            }
            b'\r' => {
                lines.push(make_line(text, start..i));
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

/// How many words `s` has: `s.split_whitespace().count()`, with runs of
/// ASCII counted byte by byte without branches (counted for every line and
/// every document).
pub fn count_words(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut n, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() {
        // The ASCII up to the next other character.
        let ascii_end = bytes[at..]
            .iter()
            .position(|b| !b.is_ascii())
            .map_or(bytes.len(), |i| at + i);
        for &b in &bytes[at..ascii_end] {
            let space = matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
            n += usize::from(!in_word & !space);
            in_word = !space;
        }
        at = ascii_end;
        if let Some(c) = s[at..].chars().next() {
            let space = c.is_whitespace();
            n += usize::from(!in_word && !space);
            in_word = !space;
            at += c.len_utf8();
        }
    }
    n
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
