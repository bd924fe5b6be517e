//! The tagger's tokens: runs of letters and digits, and every other visible
//! character on its own. Superscript digits (footnote markers the parser
//! put back) are tokens of their own, so "Darfur⁴" is a word and a marker.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the clean text.
    pub range: Range<usize>,
    /// A line break lies between this token and the one before.
    pub after_break: bool,
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰'..='⁹')
}

pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric() && !is_superscript_digit(c)
}

/// The tokens of `text`, in order.
#[cfg(test)]
pub fn tokens(text: &str) -> Vec<Token> {
    tokens_in(text, 0..text.len())
}

/// The tokens of `text[within]`, in order, with ranges in `text`. The first
/// counts as after a break.
pub fn tokens_in(text: &str, within: Range<usize>) -> Vec<Token> {
    let mut out = Vec::with_capacity(within.len() / 5);
    let mut after_break = true;
    let mut word: Option<usize> = None;
    let at = within.start;
    for (i, c) in text[within.clone()].char_indices() {
        let i = at + i;
        if is_word_char(c) {
            word.get_or_insert(i);
            continue;
        }
        if let Some(start) = word.take() {
            out.push(Token {
                range: start..i,
                after_break,
            });
            after_break = false;
        }
        if c == '\n' {
            after_break = true;
        } else if !c.is_whitespace() {
            out.push(Token {
                range: i..i + c.len_utf8(),
                after_break,
            });
            after_break = false;
        }
    }
    if let Some(start) = word {
        out.push(Token {
            range: start..within.end,
            after_break,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(text: &str) -> Vec<(&str, bool)> {
        tokens(text)
            .into_iter()
            .map(|t| (&text[t.range], t.after_break))
            .collect()
    }

    #[test]
    fn words_signs_markers_and_breaks() {
        assert_eq!(
            listed("Noord-Darfur⁴ en\nOekraïne's"),
            vec![
                ("Noord", true),
                ("-", false),
                ("Darfur", false),
                ("⁴", false),
                ("en", false),
                ("Oekraïne", true),
                ("'", false),
                ("s", false),
            ]
        );
        assert_eq!(
            listed(" € 12,5 "),
            vec![("€", true), ("12", false), (",", false), ("5", false)]
        );
        assert!(tokens("").is_empty());
    }

    #[test]
    fn tokens_within_a_part_keep_the_texts_offsets() {
        let text = "de Raad van State\nzegt";
        let toks = tokens_in(text, 3..22);
        assert_eq!(&text[toks[0].range.clone()], "Raad");
        assert_eq!(toks[0].range, 3..7);
        assert!(toks[3].after_break);
        assert_eq!(&text[toks[3].range.clone()], "zegt");
    }
}
