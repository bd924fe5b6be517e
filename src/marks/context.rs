//! Does a place in the text stand where a mark stood? Its surroundings are
//! compared with the mark's stored context (the ~32 characters of prefix and
//! suffix of its TextQuoteSelector).
//!
//! Each side is compared on its own, from the passage's edge outwards, with
//! runs of white space folded to one space (a re-extraction moves line
//! breaks): the similarity is 1 − edit distance / length of the stored side,
//! where the comparison may stop anywhere on the text's side (the stored side
//! was cut at a character count, not at a word). A stored side that is
//! shorter than the usual context reached the start or end of the text when
//! the mark was made, so there the text must end too.
//!
//! A side that holds no letters at all (no context, or only white space) says
//! nothing and is left out.

use super::mark::TextQuote;
use std::ops::Range;

/// Context kept on each side of a quote, in code points (see `anchor`).
pub const CONTEXT_CHARS: usize = 32;

/// Lowest similarity at which a side of context agrees: a short word edited
/// next to the passage still agrees; a formulaic neighbour that shares
/// "van de", "van het" and a few letters does not (it reaches about 0.6).
pub const CONTEXT_AGREE: f64 = 0.75;

/// A quote of this many words, found exactly, needs only one side of its
/// context to agree (see [`ContextFit::agrees_with`]).
pub const LONG_QUOTE_WORDS: usize = 12;

/// How well the text around a candidate matches the stored context; `None`
/// for a side the mark has no context on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextFit {
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl ContextFit {
    fn sides(&self) -> impl Iterator<Item = f64> {
        self.before.into_iter().chain(self.after)
    }

    /// At least one side agrees (or the mark has no context at all).
    pub fn one_side_agrees(&self) -> bool {
        self.sides().next().is_none() || self.sides().any(|s| s >= CONTEXT_AGREE)
    }

    /// Every side the mark has context on agrees.
    pub fn all_sides_agree(&self) -> bool {
        self.sides().all(|s| s >= CONTEXT_AGREE)
    }

    /// Whether the very words of the quote found here are the marked
    /// passage: every side must agree, except that a long quote (at least
    /// [`LONG_QUOTE_WORDS`] words) is evidence enough to need only one, so
    /// that it is still found after the sentence before or after it was
    /// rewritten. A shorter one is not: formulaic texts repeat their openings
    /// ("Verder verwijst het kabinet u naar de beantwoording van de …").
    pub fn agrees_with(&self, exact: &str) -> bool {
        if exact.split_whitespace().count() >= LONG_QUOTE_WORDS {
            self.one_side_agrees()
        } else {
            self.all_sides_agree()
        }
    }

    /// For ranking candidates: the sum of the sides' similarities.
    pub fn score(&self) -> f64 {
        self.sides().sum()
    }
}

/// How the text around `range` (clean bytes, on char boundaries) matches the
/// context stored in `q`.
pub fn fit(text: &str, range: &Range<usize>, q: &TextQuote) -> ContextFit {
    ContextFit {
        before: before_at(text, range.start, q),
        after: after_at(text, range.end, q),
    }
}

/// How the text before byte `at` (a char boundary) matches the stored prefix.
pub fn before_at(text: &str, at: usize, q: &TextQuote) -> Option<f64> {
    side(&q.prefix, text[..at].chars().rev(), true)
}

/// How the text from byte `at` (a char boundary) matches the stored suffix.
pub fn after_at(text: &str, at: usize, q: &TextQuote) -> Option<f64> {
    side(&q.suffix, text[at..].chars(), false)
}

/// One side: `stored` as saved, `actual` the text from the passage's edge
/// outwards. `reversed`: `stored` reads towards the passage (a prefix).
fn side(stored: &str, actual: impl Iterator<Item = char>, reversed: bool) -> Option<f64> {
    if !stored.chars().any(|c| !c.is_whitespace()) {
        return None;
    }
    let reached_edge = stored.chars().count() + 4 < CONTEXT_CHARS;
    let stored: Vec<char> = if reversed {
        fold(stored.chars().rev())
    } else {
        fold(stored.chars())
    };
    let len = stored.len();
    // Room for a few inserted characters; beyond that the edit distance is
    // too high to agree anyway.
    let window = len + len / 2 + 2;
    let actual: Vec<char> = fold_at_most(actual, window + 1);
    let reaches_edge_too = actual.len() <= window;
    let dist = if reached_edge && !reaches_edge_too {
        // The text goes on where the stored context ended at the edge.
        len
    } else {
        crate::edit_distance::to_start(&stored, &actual, reached_edge)
    };
    Some((1.0 - dist as f64 / len as f64).max(0.0))
}

/// Runs of white space as one space.
fn fold(chars: impl Iterator<Item = char>) -> Vec<char> {
    fold_at_most(chars, usize::MAX)
}

/// The first `limit` characters of the folded text; reads no further.
fn fold_at_most(chars: impl Iterator<Item = char>, limit: usize) -> Vec<char> {
    let mut out = Vec::new();
    for c in chars {
        if c.is_whitespace() {
            if out.last() != Some(&' ') {
                if out.len() == limit {
                    break;
                }
                out.push(' ');
            }
        } else {
            if out.len() == limit {
                break;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(prefix: &str, suffix: &str) -> TextQuote {
        TextQuote {
            exact: String::new(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn the_same_surroundings_agree_fully() {
        let text =
            "Het kabinet heeft besloten dat de steun doorgaat. Daarna volgt meer tekst hier.";
        let at = text.find("de steun").unwrap();
        let r = at..at + "de steun".len();
        let q = quote(&text[..at], &text[r.end..]);
        let f = fit(text, &r, &q);
        assert_eq!(f.before, Some(1.0));
        assert_eq!(f.after, Some(1.0));
        assert!(f.all_sides_agree());
    }

    #[test]
    fn other_surroundings_do_not_agree() {
        let q = quote(
            "ie is met het oog op de situatie geactualiseerd. ",
            " van het lid Brekelmans (Aanhangsel",
        );
        let text = "biedt het kabinet echter graag alle mogelijke transparantie. XXX van het Kamerlid Van Dijk (SP) (Aanhangsel";
        let at = text.find("XXX").unwrap();
        let f = fit(text, &(at..at + 3), &q);
        assert!(f.before.unwrap() < CONTEXT_AGREE, "{f:?}");
        assert!(f.after.unwrap() < CONTEXT_AGREE, "{f:?}");
        assert!(!f.one_side_agrees());

        // Seed 004: after "… naar de beantwoording van", the deleted sentence
        // went on " de Kamervragen van het lid Brek", its look-alike goes on
        // " de vragen van het Kamerlid Van Dijk". Alike, but not the same.
        let q = quote("", " de Kamervragen van het lid Brek");
        let text = "XXX de vragen van het Kamerlid Van Dijk (SP) (Aanhangsel";
        let after = fit(text, &(0..3), &q).after.unwrap();
        assert!((0.5..CONTEXT_AGREE).contains(&after), "{after}");
    }

    #[test]
    fn one_edited_word_and_other_line_breaks_still_agree() {
        let q = quote(
            "lang werd gezegd dat het kabinet heeft ",
            " en dat\nde Kamer\n\ndaarover wordt geïnformeerd",
        );
        let text =
            "lang werd gezegd dat het kabinet had XXX en dat de Kamer daarover wordt geïnformeerd";
        let at = text.find("XXX").unwrap();
        let f = fit(text, &(at..at + 3), &q);
        assert!(f.before.unwrap() >= CONTEXT_AGREE, "{f:?}");
        assert_eq!(f.after, Some(1.0));
    }

    #[test]
    fn context_that_reached_the_edge_needs_the_edge() {
        // Made at the start of the text: the prefix is short.
        let q = quote("Titel. ", "");
        let text = "Een nieuwe inleiding die er eerder niet stond. Titel. XXX";
        let at = text.find("XXX").unwrap();
        let f = fit(text, &(at..at + 3), &q);
        assert!(f.before.unwrap() < CONTEXT_AGREE, "{f:?}");
        assert_eq!(f.after, None, "no suffix: says nothing");
        let text = "Titel. XXX";
        assert_eq!(fit(text, &(7..10), &q).before, Some(1.0));
        // No context at all: nothing to disagree with.
        assert!(fit(text, &(7..10), &quote("", " \n")).one_side_agrees());
    }
}
