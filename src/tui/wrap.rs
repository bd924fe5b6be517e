//! Wrapping text to a width into lines that remember their byte ranges, so that
//! styles, search hits and clicks can be mapped between screen and text. Uses
//! textwrap's word splitting and first-fit algorithm on borrowed words (display
//! widths from unicode-width; over-long words broken between graphemes).

use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;

/// Byte ranges of `text` (relative to it), one a screen line, without the
/// white space at the break. An empty text gives one empty line.
pub fn wrap_ranges(text: &str, width: u16) -> Vec<Range<usize>> {
    wrap_hanging(text, width, 0)
}

/// As [`wrap_ranges`], with lines after the first `hang` columns narrower
/// (room for a mark that says the line goes on).
pub fn wrap_hanging(text: &str, width: u16, hang: u16) -> Vec<Range<usize>> {
    let width = usize::from(width.max(1));
    let rest = width.saturating_sub(usize::from(hang)).max(1);
    let base = text.as_ptr() as usize;
    let words: Vec<_> = WordSeparator::AsciiSpace.find_words(text).collect();
    let words = break_words(words, rest);
    let lines = wrap_first_fit(&words, &[width as f64, rest as f64]);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let start = first.word.as_ptr() as usize - base;
        let end = last.word.as_ptr() as usize - base + last.word.len();
        out.push(start..end);
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str, w: u16) -> Vec<&str> {
        wrap_ranges(t, w).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn wraps_by_display_width_with_offsets() {
        assert_eq!(
            lines("Oekraïne heeft geëist dat", 14),
            ["Oekraïne heeft", "geëist dat"]
        );
        assert_eq!(lines("日本語のテキスト", 6), ["日本語", "のテキ", "スト"]);
        assert_eq!(lines("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(lines("", 10), [""]);
        assert_eq!(lines("a b", 0), ["a", "b"]);
    }

    #[test]
    fn a_hanging_wrap_leaves_room_after_the_first_line() {
        let t = "Bij het opstellen van het NPCE door de";
        let r: Vec<&str> = wrap_hanging(t, 20, 2).into_iter().map(|r| &t[r]).collect();
        assert_eq!(r, ["Bij het opstellen", "van het NPCE door", "de"]);
        assert!(r[1..].iter().all(|l| l.chars().count() <= 18));
    }
}
