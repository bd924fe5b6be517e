//! Anchoring marks to the text and finding them again.
//!
//! Owns three steps:
//!
//! - [`anchor`]: from a selection in the clean text to the selectors a
//!   [`Mark`] stores — a W3C TextQuoteSelector (the passage with about 32
//!   characters of context on each side), a TextPositionSelector in code
//!   points, and the byte range in the original file. Selections are widened
//!   to grapheme-cluster boundaries first, so a mark never cuts "ë" written as
//!   "e" + combining diaeresis, or an emoji sequence, in two.
//! - [`locate`]: from a stored mark back to a range of the document as it is
//!   now, which may have been edited or re-extracted since. In order of
//!   trust: the stored position if the text there is still the quote; the
//!   occurrence of the exact quote whose context agrees best; the quote with
//!   white space compared loosely (re-extraction changes line breaks); a
//!   bounded approximate match of the whole quote (words changed a little,
//!   see [`super::fuzzy`]); else the mark is orphaned. Every one of them must
//!   stand in the mark's stored context, on both sides (one side will do for
//!   an exact quote of many words; see [`super::context`]). So a mark is never
//!   put on text that is not its passage: a deleted passage is not placed,
//!   even where a neighbour says nearly the same, and a short quote is only
//!   ever found exactly, in its context.
//! - [`reanchor`]: a mark found anywhere but its stored position in the
//!   unchanged document gets new selectors, the old ones kept in
//!   [`Mark::previous`].
//!
//! Everything here takes arbitrary input (stale marks, hand-edited files) and
//! never panics: offsets are clamped and snapped before any slicing.
//!
//! Also [`find_quote`], the search a command line uses to turn a typed quote
//! into a selection.

use super::clock;
use super::context::{self, CONTEXT_CHARS};
use super::fuzzy;
use super::mark::{Mark, PreviousAnchor, RawRange, TextPosition, TextQuote};
use super::offsets::{
    back_chars, ceil_grapheme, char_range_to_bytes, floor_grapheme, fwd_chars, is_grapheme_boundary,
};
use crate::document::Document;
use std::ops::Range;

pub use super::fuzzy::{MIN_FUZZY_WORDS, MIN_SIMILARITY};

/// Lower-case hex SHA-256 of a document's original bytes ([`Document::sha256`]
/// keeps it for a loaded document).
pub use crate::document::sha256_hex as doc_sha256;

/// The selectors for a selection, ready to be put into a [`Mark`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub quote: TextQuote,
    pub position: TextPosition,
    pub raw: RawRange,
    /// The selection after widening to grapheme clusters, in clean bytes.
    pub clean: Range<usize>,
}

/// Selectors for the clean byte range `clean` of `doc`.
///
/// The range may be reversed, reach past the end or fall inside a character
/// or a grapheme cluster: it is ordered, clamped and widened outward to
/// cluster boundaries.
pub fn anchor(doc: &Document, clean: Range<usize>) -> Anchor {
    let text = doc.clean.as_str();
    let (lo, hi) = if clean.start <= clean.end {
        (clean.start, clean.end)
    } else {
        (clean.end, clean.start)
    };
    let start = floor_grapheme(text, lo);
    let end = ceil_grapheme(text, hi).max(start);

    let cstart = text[..start].chars().count();
    let cend = cstart + text[start..end].chars().count();

    // Context on grapheme boundaries too, so prefix and suffix are valid text
    // on their own (no dangling combining mark at the start of the suffix…).
    let pre = ceil_grapheme(text, back_chars(text, start, CONTEXT_CHARS)).min(start);
    let post = floor_grapheme(text, fwd_chars(text, end, CONTEXT_CHARS)).max(end);

    let raw = doc
        .raw_range(start..end)
        .or_else(|| doc.raw_range(start..start))
        .map_or(
            RawRange {
                start: 0,
                end: 0,
                page: None,
            },
            |r| RawRange {
                start: r.start,
                end: r.end,
                page: doc.layout.as_ref().and_then(|_| doc.page_at_raw(r.start)),
            },
        );

    Anchor {
        quote: TextQuote {
            exact: text[start..end].to_string(),
            prefix: text[pre..start].to_string(),
            suffix: text[end..post].to_string(),
        },
        position: TextPosition {
            start: cstart,
            end: cend,
        },
        raw,
        clean: start..end,
    }
}

/// Where a mark was found in the current text, and how much to trust it.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// At its stored position: the text there is still the quote.
    Position(Range<usize>),
    /// The quote was found elsewhere (text moved), chosen by its context; also
    /// when only white space differs (the document was re-extracted).
    Quote(Range<usize>),
    /// A passage like the quote: the words changed a little.
    Fuzzy {
        range: Range<usize>,
        similarity: f64,
    },
    /// Not found: the passage is gone. The mark is kept, never moved.
    Orphan,
}

impl Placement {
    /// The clean byte range, unless orphaned.
    pub fn range(&self) -> Option<Range<usize>> {
        match self {
            Placement::Position(r) | Placement::Quote(r) => Some(r.clone()),
            Placement::Fuzzy { range, .. } => Some(range.clone()),
            Placement::Orphan => None,
        }
    }

    pub fn is_orphan(&self) -> bool {
        matches!(self, Placement::Orphan)
    }
}

/// Finds a mark in the document as it is now. See the module docs for the
/// order of attempts.
pub fn locate(doc: &Document, mark: &Mark) -> Placement {
    let text = doc.clean.as_str();
    let q = &mark.quote;

    // 1. The stored position. The document hash is not trusted on its own: the
    // clean text also depends on the parser, which can change between
    // versions while the file stays the same. The text there must still be
    // the quote, and stand in its context: when a passage is deleted, the
    // text after it slides into its position, and may start the same way.
    if let Some(r) = char_range_to_bytes(text, mark.position.start, mark.position.end)
        && text[r.clone()] == q.exact
        && (q.exact.is_empty() || context::fit(text, &r, q).agrees_with(&q.exact))
    {
        return Placement::Position(r);
    }
    if q.exact.trim().is_empty() {
        // Nothing to search for: an empty (or blank) quote only lives at its position.
        return Placement::Orphan;
    }
    let old_char = mark.position.start;

    // 2. Every occurrence of the quote; the context decides, and must agree.
    if let Some(r) = best_candidate(text, exact_matches(text, &q.exact), q, old_char) {
        return Placement::Quote(r);
    }

    // 3a. White space compared loosely: a re-extraction that moved line breaks
    // or doubled spaces still has the very same words, so this is as good as
    // a quote match. (A quote without any white space was settled by step 2.)
    if q.exact.contains(char::is_whitespace) {
        let tokens: Vec<&str> = q.exact.split_whitespace().collect();
        if let Some(r) = best_candidate(text, ws_matches(text, &tokens, true), q, old_char) {
            return Placement::Quote(extend_blank_edges(text, r, &q.exact));
        }
    }

    // 3b. Approximate, in context.
    if let Some(found) = fuzzy::find(text, q, old_char) {
        return Placement::Fuzzy {
            range: found.range,
            similarity: found.similarity,
        };
    }
    Placement::Orphan
}

/// The mark with its selectors taken from where it was found, if that
/// changes anything: a new quote (exact, prefix, suffix), position, byte
/// range and document hash, `modified` set to now, and the selectors it had
/// kept at the end of [`Mark::previous`] with the time they were replaced.
/// `None` for an orphan (it keeps what it had) and for a mark found at its
/// position in the document it was made on.
pub fn reanchor(doc: &Document, mark: &Mark, placement: &Placement) -> Option<Mark> {
    let doc_sha256 = doc.sha256();
    let range = placement.range()?;
    let a = anchor(doc, range);
    if a.quote == mark.quote
        && a.position == mark.position
        && a.raw == mark.raw
        && doc_sha256 == mark.doc_sha256
    {
        return None;
    }
    let now = clock::now_rfc3339();
    let mut m = mark.clone();
    m.previous.push(PreviousAnchor {
        doc_sha256: std::mem::replace(&mut m.doc_sha256, doc_sha256.to_string()),
        quote: std::mem::replace(&mut m.quote, a.quote),
        position: std::mem::replace(&mut m.position, a.position),
        raw: std::mem::replace(&mut m.raw, a.raw),
        replaced: now.clone(),
    });
    m.modified = now;
    Some(m)
}

/// The `occurrence`-th (1-based) occurrence of `quote` in the clean text, as
/// a clean byte range. Runs of white space in the quote match any run of white
/// space in the text (so a quote typed on one line finds text that wraps, and
/// a space finds a no-break space); white space around the quote is ignored.
/// Occurrences do not overlap and never cut a grapheme cluster.
pub fn find_quote(doc: &Document, quote: &str, occurrence: usize) -> Option<Range<usize>> {
    let tokens: Vec<&str> = quote.split_whitespace().collect();
    if tokens.is_empty() || occurrence == 0 {
        return None;
    }
    let text = doc.clean.as_str();
    ws_matches(text, &tokens, false)
        .filter(|r| is_grapheme_boundary(text, r.start) && is_grapheme_boundary(text, r.end))
        .nth(occurrence - 1)
}

// ---------------------------------------------------------------------------
// Quote matching

/// Every occurrence of `needle`, overlapping ones included (a repeated phrase
/// can overlap itself, and any of them may be the marked one).
fn exact_matches<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
    let step = needle.chars().next().map_or(1, char::len_utf8);
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let at = from + text.get(from..)?.find(needle)?;
        from = at + step;
        Some(at..at + needle.len())
    })
}

/// Where `tokens` follow each other separated by at least one white-space
/// character each, in text order.
fn ws_matches<'a>(
    text: &'a str,
    tokens: &'a [&'a str],
    overlapping: bool,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let first = *tokens.first()?;
        loop {
            let at = from + text.get(from..)?.find(first)?;
            let step = first.chars().next().map_or(1, char::len_utf8);
            match ws_match_at(text, at, tokens) {
                Some(end) => {
                    from = if overlapping { at + step } else { end };
                    return Some(at..end);
                }
                None => from = at + step,
            }
        }
    })
}

fn ws_match_at(text: &str, at: usize, tokens: &[&str]) -> Option<usize> {
    let mut pos = at;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            let rest = &text[pos..];
            let ws = rest.len() - rest.trim_start().len();
            if ws == 0 {
                return None;
            }
            pos += ws;
        }
        if !text[pos..].starts_with(t) {
            return None;
        }
        pos += t.len();
    }
    Some(pos)
}

/// A quote that began or ended with white space keeps the white space next to
/// the loose match, so the range covers what was marked.
fn extend_blank_edges(text: &str, r: Range<usize>, exact: &str) -> Range<usize> {
    let mut start = r.start;
    let mut end = r.end;
    if exact.starts_with(char::is_whitespace) {
        start = text[..start].trim_end().len();
    }
    if exact.ends_with(char::is_whitespace) {
        let rest = &text[end..];
        end += rest.len() - rest.trim_start().len();
    }
    start..end
}

/// Of candidate ranges (in text order), the one on grapheme boundaries whose
/// surroundings agree with the stored context (see
/// [`context::ContextFit::agrees_with`]) and best overall; ties go to the one nearest the old
/// position, then the first. None when no candidate stands in its context:
/// the same words elsewhere are another passage.
fn best_candidate(
    text: &str,
    candidates: impl Iterator<Item = Range<usize>>,
    q: &TextQuote,
    old_char: usize,
) -> Option<Range<usize>> {
    let mut best: Option<(f64, usize, Range<usize>)> = None;
    // Code-point offset of `byte_at`, advanced incrementally so that many
    // candidates cost one pass over the text.
    let (mut byte_at, mut char_at) = (0, 0);
    for r in candidates {
        if !is_grapheme_boundary(text, r.start) || !is_grapheme_boundary(text, r.end) {
            continue;
        }
        char_at += text[byte_at..r.start].chars().count();
        byte_at = r.start;
        let fit = context::fit(text, &r, q);
        if !fit.agrees_with(&q.exact) {
            continue;
        }
        let score = fit.score();
        let dist = char_at.abs_diff(old_char);
        let better = match &best {
            None => true,
            Some((s, d, _)) => score > *s || (score == *s && dist < *d),
        };
        if better {
            best = Some((score, dist, r));
        }
    }
    best.map(|(_, _, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_hex() {
        assert_eq!(
            doc_sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
