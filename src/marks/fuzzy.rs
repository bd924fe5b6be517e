//! Approximate matching: where a marked passage stands now that some of its
//! characters changed (a typo fixed, a word replaced).
//!
//! A match must be the quote as a whole, not a piece of it: the whole quote
//! is aligned (see [`super::align`]), the edges are put where the stored
//! context fits (the alignment with fewest edits may stop short of a changed
//! word) and on whole words where the quote had whole words, and the
//! similarity 1 − edit distance / the longer length is computed over the
//! full range, with white space folded. It must also stand where the mark
//! stood: every side of stored context must agree (see [`super::context`]). A quote of a few words is never matched
//! approximately: too many other places are a few letters away from it.

use super::align::{best_start, bounded_distance, match_ends};
use super::context;
use super::mark::TextQuote;
use super::offsets::{back_chars, ceil_grapheme, char_to_byte, floor_grapheme, fwd_chars};
use std::ops::Range;

/// Lowest similarity (1 − edit distance / the longer length) accepted as the
/// same passage.
pub const MIN_SIMILARITY: f64 = 0.85;
/// Quotes of fewer words are not matched approximately.
pub const MIN_FUZZY_WORDS: usize = 5;
/// How far from the old position the approximate match looks first, in code
/// points: edits near a passage rarely move it further.
const NEAR_CHARS: usize = 5000;
/// Above this size (bytes of clean text) the approximate match only looks near
/// the old position, so that opening a huge file with stale marks stays fast.
const WHOLE_TEXT_FUZZY_LIMIT: usize = 2 * 1024 * 1024;
/// Quotes longer than this (code points) are not matched approximately: the
/// cost grows with the quote's length times the text's.
const MAX_FUZZY_CHARS: usize = 8192;
/// Places within reach that are weighed, the closest matches first.
const MAX_CANDIDATES: usize = 16;

/// A passage found approximately.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzyMatch {
    /// Clean bytes, on grapheme boundaries, no white space at the edges.
    pub range: Range<usize>,
    pub similarity: f64,
}

/// The passage most like the quote `q` whose surroundings agree with the
/// stored context, near the old position (code point `old_char`) first,
/// then anywhere in a text of reasonable size.
pub fn find(text: &str, q: &TextQuote, old_char: usize) -> Option<FuzzyMatch> {
    let pattern: Vec<char> = folded_chars(&q.exact);
    let m = pattern.len();
    if q.exact.split_whitespace().count() < MIN_FUZZY_WORDS || m > MAX_FUZZY_CHARS {
        return None;
    }
    let k = max_edits(m);
    let old_byte = char_to_byte(text, old_char).unwrap_or(text.len());
    let near =
        back_chars(text, old_byte, NEAR_CHARS)..fwd_chars(text, old_byte, NEAR_CHARS + m + k);
    let whole = 0..text.len();
    let mut tries = vec![near.clone()];
    if text.len() <= WHOLE_TEXT_FUZZY_LIMIT && near != whole {
        tries.push(whole);
    }
    for range in tries {
        let f = fold(text, range);
        let prefer = f.starts.partition_point(|&b| b < old_byte);
        let mut best: Option<(FuzzyMatch, f64, usize)> = None;
        for (end, dist) in match_ends(&pattern, &f.chars, k, prefer, MAX_CANDIDATES) {
            let start = best_start(&pattern, &f.chars, end, dist);
            let Some(found) = settle(text, &f, start..end, &pattern, q) else {
                continue;
            };
            let fit = context::fit(text, &found.range, q);
            if !fit.all_sides_agree() {
                continue;
            }
            let away = found.range.start.abs_diff(old_byte);
            let better = best.as_ref().is_none_or(|(b, score, d)| {
                (found.similarity, fit.score())
                    .partial_cmp(&(b.similarity, *score))
                    .is_some_and(|o| o.is_gt() || (o.is_eq() && away < *d))
            });
            if better {
                best = Some((found, fit.score(), away));
            }
        }
        if let Some((found, _, _)) = best {
            return Some(found);
        }
    }
    None
}

/// The most edits a quote of `m` folded code points may have taken.
fn max_edits(m: usize) -> usize {
    ((m as f64) * (1.0 - MIN_SIMILARITY)).floor() as usize
}

/// Text with runs of white space as one space, trimmed, as code points.
fn folded_chars(s: &str) -> Vec<char> {
    let f = fold(s, 0..s.len());
    let mut chars = f.chars;
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    if chars.first() == Some(&' ') {
        chars.remove(0);
    }
    chars
}

/// Whether the quote began at the start of a word and ended at the end of
/// one: then so must the passage it is matched to.
#[derive(Debug, Clone, Copy)]
struct WordEdges {
    start: bool,
    end: bool,
}

impl WordEdges {
    fn of(q: &TextQuote) -> WordEdges {
        let exact = q.exact.trim();
        let first = exact.chars().next();
        let last = exact.chars().next_back();
        let before = if q.exact.starts_with(char::is_whitespace) {
            Some(' ')
        } else {
            q.prefix.chars().next_back()
        };
        let after = if q.exact.ends_with(char::is_whitespace) {
            Some(' ')
        } else {
            q.suffix.chars().next()
        };
        WordEdges {
            start: first.is_some_and(char::is_alphanumeric)
                && !before.is_some_and(char::is_alphanumeric),
            end: last.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric),
        }
    }
}

/// The aligned stretch `span` (folded chars) as a clean byte range: white
/// space off the edges, whole words where the quote had whole words (the
/// better of widening and narrowing), whole grapheme clusters; kept only if
/// the whole range is similar enough to the whole quote.
fn settle(
    text: &str,
    f: &Folded,
    span: Range<usize>,
    pattern: &[char],
    q: &TextQuote,
) -> Option<FuzzyMatch> {
    let edges = WordEdges::of(q);
    let (a, b) = (f.starts[span.start], f.starts[span.end]);
    // The alignment with fewest edits may stop short of a changed word at an
    // edge; where the stored context fits is where the passage ends.
    let reach = max_edits(pattern.len()) + 2;
    let a = edge_by_context(text, a, reach, |p| context::before_at(text, p, q));
    let b = edge_by_context(text, b, reach, |p| context::after_at(text, p, q));
    let slice = text.get(a..b)?;
    let a = a + (slice.len() - slice.trim_start().len());
    let b = a + text[a..b].trim_end().len();
    if a >= b {
        return None;
    }
    let starts = if edges.start {
        word_start_options(text, a)
    } else {
        vec![a]
    };
    let ends = if edges.end {
        word_end_options(text, b)
    } else {
        vec![b]
    };
    let mut best: Option<FuzzyMatch> = None;
    for &s in &starts {
        for &e in &ends {
            let s = floor_grapheme(text, s);
            let e = ceil_grapheme(text, e).max(s);
            if s >= e {
                continue;
            }
            let Some(similarity) = similarity(pattern, &folded_chars(&text[s..e])) else {
                continue;
            };
            if best.as_ref().is_none_or(|b| similarity > b.similarity) {
                best = Some(FuzzyMatch {
                    range: s..e,
                    similarity,
                });
            }
        }
    }
    best
}

/// Of the char boundaries within `reach` code points of `at`, the one where
/// a side of context fits best (and agrees), the nearest on a tie; `at`
/// when none agrees.
fn edge_by_context(
    text: &str,
    at: usize,
    reach: usize,
    fit: impl Fn(usize) -> Option<f64>,
) -> usize {
    let lo = back_chars(text, at, reach);
    let hi = fwd_chars(text, at, reach);
    let mut best: Option<(f64, usize)> = None;
    for p in (lo..=hi).filter(|&p| text.is_char_boundary(p)) {
        let Some(s) = fit(p) else {
            return at;
        };
        if s < context::CONTEXT_AGREE {
            continue;
        }
        let better =
            best.is_none_or(|(bs, bp)| s > bs || (s == bs && p.abs_diff(at) < bp.abs_diff(at)));
        if better {
            best = Some((s, p));
        }
    }
    best.map_or(at, |(_, p)| p)
}

fn is_word_char(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

fn is_word_char_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// `at` if a word starts there; else the start of the word it is in and
/// the start of the next word.
fn word_start_options(text: &str, at: usize) -> Vec<usize> {
    if !is_word_char_before(text, at) || !is_word_char(text, at) {
        return vec![at];
    }
    let back = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(at, |(i, _)| i);
    let fwd = text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map(|(i, _)| at + i)
        .map(|i| i + (text[i..].len() - text[i..].trim_start().len()))
        .unwrap_or(text.len());
    vec![back, fwd]
}

/// `at` if a word ends there; else the end of the word it is in and the end
/// of the word before.
fn word_end_options(text: &str, at: usize) -> Vec<usize> {
    if !is_word_char_before(text, at) || !is_word_char(text, at) {
        return vec![at];
    }
    let fwd = text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| at + i);
    let back = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, _)| i);
    let back = text[..back].trim_end().len();
    vec![fwd, back]
}

/// 1 − edit distance / the longer length, if at least [`MIN_SIMILARITY`].
fn similarity(a: &[char], b: &[char]) -> Option<f64> {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return None;
    }
    let d = bounded_distance(a, b, max_edits(longer))?;
    let s = 1.0 - d as f64 / longer as f64;
    (s >= MIN_SIMILARITY).then_some(s)
}

/// A stretch of text with runs of white space folded into one space, as code
/// points, remembering where each came from.
struct Folded {
    chars: Vec<char>,
    /// Byte offset in the text of each char, plus the end of the stretch:
    /// char `i` came from `starts[i]..starts[i + 1]`.
    starts: Vec<usize>,
}

fn fold(text: &str, range: Range<usize>) -> Folded {
    let mut chars = Vec::new();
    let mut starts = Vec::new();
    let mut in_ws = false;
    for (i, c) in text[range.clone()].char_indices() {
        if c.is_whitespace() {
            if !in_ws {
                chars.push(' ');
                starts.push(range.start + i);
            }
            in_ws = true;
        } else {
            chars.push(c);
            starts.push(range.start + i);
            in_ws = false;
        }
    }
    starts.push(range.end);
    Folded { chars, starts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, exact: &str) -> TextQuote {
        let at = text.find(exact).unwrap_or(0);
        let pre = text[..at]
            .char_indices()
            .rev()
            .nth(31)
            .map_or(0, |(i, _)| i);
        let end = (at + exact.len()).min(text.len());
        let post = text[end..]
            .char_indices()
            .nth(32)
            .map_or(text.len(), |(i, _)| end + i);
        TextQuote {
            exact: exact.into(),
            prefix: text.get(pre..at).unwrap_or("").into(),
            suffix: text.get(end..post).unwrap_or("").into(),
        }
    }

    #[test]
    fn fuzzy_finds_a_changed_passage() {
        let before = "Het kabinet blijft volop inzetten op de-escalatie en dialoog. Alles moet \
                      erop zijn gericht een diplomatieke oplossing te bereiken. Zo luidt het.";
        let exact = "Alles moet erop zijn gericht een diplomatieke oplossing te bereiken.";
        let q = quote(before, exact);
        let text = before.replace("te bereiken", "te bewerkstelligen");
        let found = find(&text, &q, 0).expect("found");
        assert!(found.similarity >= MIN_SIMILARITY, "{found:?}");
        assert_eq!(
            &text[found.range.clone()],
            "Alles moet erop zijn gericht een diplomatieke oplossing te bewerkstelligen."
        );
        let mut gone = q.clone();
        gone.exact = "Iets heel anders dat nergens in de tekst staat.".into();
        assert!(find(&text, &gone, 0).is_none());
    }

    #[test]
    fn fuzzy_matches_whole_words_where_the_quote_had_them() {
        // The alignment with fewest edits ends inside "Kamerlid"; the match
        // is widened or narrowed to whole words, whichever is closer.
        let q = TextQuote {
            exact:
                "Verder verwijst het kabinet u naar de beantwoording van de Kamervragen van het lid"
                    .into(),
            prefix: "situatie geactualiseerd. ".into(),
            suffix: " Brekelmans (Aanhangsel Handelingen".into(),
        };
        let text = "situatie geactualiseerd. Verder verwijst het kabinet u naar de beantwoording van de vragen van het Kamerlid Brekelmans (Aanhangsel Handelingen";
        let found = find(text, &q, 0).expect("context agrees, one word changed");
        assert_eq!(
            &text[found.range.clone()],
            "Verder verwijst het kabinet u naar de beantwoording van de vragen van het Kamerlid"
        );
    }

    #[test]
    fn fuzzy_needs_every_side_of_context_and_enough_words() {
        let before = "Eerste zin staat hier. Het kabinet steunt de missie in Mali met twee helikopters. Slot van de alinea volgt.";
        let exact = "Het kabinet steunt de missie in Mali met twee helikopters.";
        let q = quote(before, exact);
        // One word changed, context kept: found.
        let text = before.replace("twee", "drie");
        assert!(find(&text, &q, 0).is_some());
        // The same changed sentence with other text after it: not found.
        let text = text.replace("Slot van de alinea volgt.", "Iets totaal anders na de zin.");
        assert_eq!(find(&text, &q, 0), None);
        // A short quote is never matched approximately.
        let q = quote(before, "de missie in Mali");
        assert_eq!(find(&before.replace("Mali", "Mal"), &q, 0), None);
    }
}
