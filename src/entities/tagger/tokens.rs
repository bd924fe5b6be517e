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

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && !is_superscript_digit(c)
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut after_break = true;
    let mut word: Option<usize> = None;
    for (i, c) in text.char_indices() {
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
            range: start..text.len(),
            after_break,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        tokens(text)
            .into_iter()
            .map(|t| (&text[t.range], t.after_break))
            .collect()
    }

    #[test]
    fn words_signs_markers_and_breaks() {
        assert_eq!(
            words("Noord-Darfur⁴ en\nOekraïne's"),
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
            words(" € 12,5 "),
            vec![("€", true), ("12", false), (",", false), ("5", false)]
        );
        assert!(tokens("").is_empty());
    }
}
