//! Anchoring marks to the text and finding them again.
//!
//! Owns two directions:
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
//!   occurrence of the quote whose context best matches the stored context;
//!   the quote with white space compared loosely (re-extraction changes line
//!   breaks); a bounded approximate match (words changed a little); else the
//!   mark is orphaned, never moved to a wrong place silently.
//!
//! Everything here takes arbitrary input (stale marks, hand-edited files) and
//! never panics: offsets are clamped and snapped before any slicing.
//!
//! Also [`find_quote`], the search a command line uses to turn a typed quote
//! into a selection.

use super::mark::{Mark, RawRange, TextPosition, TextQuote};
use crate::document::Document;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// Context kept on each side of a quote, in code points. The W3C model leaves
/// the length open; 32 is enough to tell repeated phrases apart in a letter.
const CONTEXT_CHARS: usize = 32;
/// How far from the old position the approximate match looks first, in code
/// points: edits near a passage rarely move it further.
const NEAR_CHARS: usize = 5000;
/// Above this size (bytes of clean text) the approximate match only looks near
/// the old position, so that opening a huge file with stale marks stays fast.
const WHOLE_TEXT_FUZZY_LIMIT: usize = 2 * 1024 * 1024;
/// Quotes longer than this (code points) are not matched approximately: the
/// cost grows with the quote's length times the text's.
const MAX_FUZZY_CHARS: usize = 8192;
/// Lowest similarity (1 − edit distance / length) accepted as the same passage.
pub const MIN_SIMILARITY: f64 = 0.85;

/// Lower-case hex SHA-256 of a document's original bytes.
pub fn doc_sha256(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

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
        .map_or(RawRange { start: 0, end: 0 }, |r| RawRange {
            start: r.start,
            end: r.end,
        });

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
    // versions while the file stays the same. Comparing the text there is as
    // cheap as comparing hashes and covers both.
    if let Some(r) = char_range_to_bytes(text, mark.position.start, mark.position.end)
        && text[r.clone()] == q.exact
    {
        return Placement::Position(r);
    }
    if q.exact.trim().is_empty() {
        // Nothing to search for: an empty (or blank) quote only lives at its position.
        return Placement::Orphan;
    }
    let old_char = mark.position.start;

    // 2. Every occurrence of the quote; the context decides.
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

    // 3b. Approximate.
    if let Some((range, similarity)) = fuzzy(text, &q.exact, old_char) {
        return Placement::Fuzzy { range, similarity };
    }
    Placement::Orphan
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
// Offsets

fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn is_grapheme_boundary(s: &str, i: usize) -> bool {
    if i > s.len() || !s.is_char_boundary(i) {
        return false;
    }
    // The whole text is one chunk starting at 0, so the cursor never asks
    // for more context; treat a request as a boundary rather than panic.
    GraphemeCursor::new(i, s.len(), true)
        .is_boundary(s, 0)
        .unwrap_or(true)
}

/// The grapheme boundary at or before `i`.
fn floor_grapheme(s: &str, i: usize) -> usize {
    let i = floor_char(s, i);
    if is_grapheme_boundary(s, i) {
        return i;
    }
    let mut c = GraphemeCursor::new(i, s.len(), true);
    match c.prev_boundary(s, 0) {
        Ok(Some(b)) => b,
        _ => i,
    }
}

/// The grapheme boundary at or after `i`.
fn ceil_grapheme(s: &str, i: usize) -> usize {
    let i = ceil_char(s, i);
    if is_grapheme_boundary(s, i) {
        return i;
    }
    let mut c = GraphemeCursor::new(i, s.len(), true);
    match c.next_boundary(s, 0) {
        Ok(Some(b)) => b,
        _ => i,
    }
}

/// The byte offset `n` code points before `at` (or 0).
fn back_chars(s: &str, at: usize, n: usize) -> usize {
    if n == 0 {
        return at;
    }
    s[..at]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(at, |(i, _)| i)
}

/// The byte offset `n` code points after `at` (or the end).
fn fwd_chars(s: &str, at: usize, n: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(i, _)| at + i)
}

/// Byte offset of code point `n`; `Some(len)` for `n` = number of code points.
fn char_to_byte(s: &str, n: usize) -> Option<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .nth(n)
}

fn char_range_to_bytes(s: &str, start: usize, end: usize) -> Option<Range<usize>> {
    if end < start {
        return None;
    }
    let a = char_to_byte(s, start)?;
    let b = a + char_to_byte(&s[a..], end - start)?;
    Some(a..b)
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
/// surroundings best match the stored prefix and suffix; ties go to the one
/// nearest the old position, then the first.
fn best_candidate(
    text: &str,
    candidates: impl Iterator<Item = Range<usize>>,
    q: &TextQuote,
    old_char: usize,
) -> Option<Range<usize>> {
    let mut best: Option<(usize, usize, Range<usize>)> = None;
    // Code-point offset of `byte_at`, advanced incrementally so that many
    // candidates cost one pass over the text.
    let (mut byte_at, mut char_at) = (0, 0);
    for r in candidates {
        if !is_grapheme_boundary(text, r.start) || !is_grapheme_boundary(text, r.end) {
            continue;
        }
        char_at += text[byte_at..r.start].chars().count();
        byte_at = r.start;
        let score = context_score(text, &r, q);
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

/// How many characters of the stored prefix end right before the range plus
/// how many of the stored suffix start right after it. White space matches
/// white space of any kind.
fn context_score(text: &str, r: &Range<usize>, q: &TextQuote) -> usize {
    let same = |a: char, b: char| a == b || (a.is_whitespace() && b.is_whitespace());
    let before = q
        .prefix
        .chars()
        .rev()
        .zip(text[..r.start].chars().rev())
        .take_while(|&(a, b)| same(a, b))
        .count();
    let after = q
        .suffix
        .chars()
        .zip(text[r.end..].chars())
        .take_while(|&(a, b)| same(a, b))
        .count();
    before + after
}

// ---------------------------------------------------------------------------
// Approximate matching

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

/// The passage most like `exact` (white space folded on both sides), near the
/// old position first, then anywhere in a text of reasonable size.
fn fuzzy(text: &str, exact: &str, old_char: usize) -> Option<(Range<usize>, f64)> {
    let pattern: Vec<char> = fold(exact, 0..exact.len())
        .chars
        .into_iter()
        .collect::<String>()
        .trim()
        .chars()
        .collect();
    let m = pattern.len();
    // Allowed edits; below one the loose quote match has already decided.
    let k = m * 15 / 100;
    if m == 0 || m > MAX_FUZZY_CHARS || k == 0 {
        return None;
    }
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
        let Some((end, dist)) = best_end(&pattern, &f.chars, k, prefer) else {
            continue;
        };
        let start = best_start(&pattern, &f.chars, end, dist);
        let len = end - start;
        let similarity = 1.0 - dist as f64 / m.max(len) as f64;
        if similarity < MIN_SIMILARITY {
            continue;
        }
        // Folded spaces at the edges (from substitutions) are not part of
        // the passage; then widen to whole clusters as `anchor` does.
        let (a, b) = (f.starts[start], f.starts[end]);
        let slice = &text[a..b];
        let a = a + (slice.len() - slice.trim_start().len());
        let b = a + slice.trim().len();
        let a = floor_grapheme(text, a);
        let b = ceil_grapheme(text, b).max(a);
        if a < b {
            return Some((a..b, similarity));
        }
    }
    None
}

/// Myers' bit-parallel approximate matching (Hyyrö's multi-word form): the
/// end (exclusive, in `text`) of the substring with the least edit distance
/// to `pattern`, if that is at most `k`. Ties go to the end nearest `prefer`.
/// O(len(text) × len(pattern) / 64).
fn best_end(pattern: &[char], text: &[char], k: usize, prefer: usize) -> Option<(usize, usize)> {
    let m = pattern.len();
    if m == 0 {
        return None;
    }
    let words = m.div_ceil(64);
    // Match masks per pattern character; index `alphabet.len()` (all zero)
    // stands for every character not in the pattern.
    let mut alphabet: HashMap<char, usize> = HashMap::new();
    let mut ascii = [usize::MAX; 128];
    for &c in pattern {
        let n = alphabet.len();
        let id = *alphabet.entry(c).or_insert(n);
        if (c as u32) < 128 {
            ascii[c as usize] = id;
        }
    }
    let other = alphabet.len();
    let mut peq = vec![0u64; (other + 1) * words];
    for (i, c) in pattern.iter().enumerate() {
        peq[alphabet[c] * words + i / 64] |= 1 << (i % 64);
    }
    let last_bit = ((m - 1) % 64) as u32;

    // Column 0: D[i][0] = i, all vertical deltas +1.
    let mut pv = vec![!0u64; words];
    let mut mv = vec![0u64; words];
    let mut score = m; // D[m][j]
    let mut best: Option<(usize, usize)> = None;
    for (j, &c) in text.iter().enumerate() {
        let id = if (c as u32) < 128 && ascii[c as usize] != usize::MAX {
            ascii[c as usize]
        } else {
            alphabet.get(&c).copied().unwrap_or(other)
        };
        let eq = &peq[id * words..(id + 1) * words];
        // Row 0 is all zeros (the match may start anywhere): no carry in.
        let mut hin = 0i64;
        for b in 0..words {
            let bit = if b + 1 == words { last_bit } else { 63 };
            let (hout, at) = advance_block(&mut pv[b], &mut mv[b], eq[b], hin, bit);
            hin = hout;
            if b + 1 == words {
                score = (score as i64 + at) as usize;
            }
        }
        if score <= k {
            let end = j + 1;
            let better = match best {
                None => true,
                Some((e, d)) => {
                    score < d || (score == d && end.abs_diff(prefer) < e.abs_diff(prefer))
                }
            };
            if better {
                best = Some((end, score));
            }
        }
    }
    best
}

/// One 64-row block of one column. `hin` is the horizontal delta entering at
/// the top (−1, 0 or +1); returns the delta leaving at the bottom row and the
/// one at row `bit` (the pattern's last row sits inside the last block).
#[inline]
fn advance_block(pv: &mut u64, mv: &mut u64, eq: u64, hin: i64, bit: u32) -> (i64, i64) {
    let hin_neg = u64::from(hin < 0);
    let xv = eq | *mv;
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let hout = (ph >> 63) as i64 - (mh >> 63) as i64;
    let at = ((ph >> bit) & 1) as i64 - ((mh >> bit) & 1) as i64;
    ph <<= 1;
    mh <<= 1;
    mh |= hin_neg;
    ph |= u64::from(hin > 0);
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    (hout, at)
}

/// Where the best match ending at `end` with `dist` edits starts: the pattern
/// and the text before `end`, both reversed, aligned from `end` backwards.
/// Only cells within `dist` of the diagonal can be on such an alignment, so
/// the table is banded: O(len(pattern) × dist).
fn best_start(pattern: &[char], text: &[char], end: usize, dist: usize) -> usize {
    let m = pattern.len();
    let width = (m + dist).min(end);
    const INF: usize = usize::MAX / 2;
    // row[j] = edit distance of the last i pattern chars and the j text chars
    // before `end`.
    let mut row: Vec<usize> = (0..=width)
        .map(|j| if j <= dist { j } else { INF })
        .collect();
    let mut next = vec![INF; width + 1];
    for i in 1..=m {
        let pc = pattern[m - i];
        let lo = i.saturating_sub(dist);
        let hi = (i + dist).min(width);
        next.iter_mut().for_each(|v| *v = INF);
        if lo == 0 {
            next[0] = i;
        }
        for j in lo.max(1)..=hi {
            let tc = text[end - j];
            let sub = row[j - 1] + usize::from(pc != tc);
            let del = row[j] + 1;
            let ins = next[j - 1] + 1;
            next[j] = sub.min(del).min(ins);
        }
        std::mem::swap(&mut row, &mut next);
    }
    let mut best_j = m.min(width);
    let mut best_v = INF;
    for (j, &v) in row.iter().enumerate() {
        if v < best_v || (v == best_v && j.abs_diff(m) < best_j.abs_diff(m)) {
            best_v = v;
            best_j = j;
        }
    }
    end - best_j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_best(p: &[char], t: &[char]) -> Vec<usize> {
        // D[m][j] for every j, semi-global (free start in the text).
        let m = p.len();
        let mut col: Vec<usize> = (0..=m).collect();
        let mut out = vec![m];
        for &tc in t {
            let mut next = vec![0; m + 1];
            for i in 1..=m {
                next[i] = (col[i - 1] + usize::from(p[i - 1] != tc))
                    .min(col[i] + 1)
                    .min(next[i - 1] + 1);
            }
            out.push(next[m]);
            col = next;
        }
        out
    }

    fn levenshtein(a: &[char], b: &[char]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, &ac) in a.iter().enumerate() {
            let mut next = vec![i + 1; b.len() + 1];
            for (j, &bc) in b.iter().enumerate() {
                next[j + 1] = (row[j] + usize::from(ac != bc))
                    .min(row[j + 1] + 1)
                    .min(next[j] + 1);
            }
            row = next;
        }
        row[b.len()]
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn myers_agrees_with_the_table() {
        let mut seed = 7;
        let alphabet: Vec<char> = "abcë é".chars().collect();
        for round in 0..300 {
            let m = 1 + (lcg(&mut seed) % if round % 3 == 0 { 200 } else { 70 }) as usize;
            let n = (lcg(&mut seed) % 300) as usize;
            let p: Vec<char> = (0..m)
                .map(|_| alphabet[(lcg(&mut seed) % alphabet.len() as u64) as usize])
                .collect();
            let t: Vec<char> = (0..n)
                .map(|_| alphabet[(lcg(&mut seed) % alphabet.len() as u64) as usize])
                .collect();
            let table = naive_best(&p, &t);
            let min = *table.iter().min().unwrap();
            match best_end(&p, &t, m, 0) {
                Some((end, d)) => {
                    assert_eq!(d, min, "round {round}");
                    assert_eq!(table[end], d);
                    // And the start found gives an alignment of that cost.
                    let start = best_start(&p, &t, end, d);
                    assert_eq!(levenshtein(&p, &t[start..end]), d, "round {round}");
                }
                None => assert!(t.is_empty(), "round {round}: min {min}"),
            }
            // With a tighter bound: found exactly when the best is within it.
            let k = m / 4;
            assert_eq!(
                best_end(&p, &t, k, 0).map(|(_, d)| d),
                (min <= k && !t.is_empty()).then_some(min)
            );
        }
    }

    #[test]
    fn fuzzy_finds_a_changed_passage() {
        let text = "Het kabinet blijft volop inzetten op de-escalatie en dialoog. Alles moet \
                    erop zijn gericht een diplomatieke oplossing te bewerkstelligen.";
        let exact = "Alles moet erop zijn gericht een diplomatieke oplossing te bereiken.";
        let (r, sim) = fuzzy(text, exact, 0).expect("found");
        assert!(sim >= MIN_SIMILARITY, "{sim}");
        assert!(text[r.clone()].starts_with("Alles moet"), "{:?}", &text[r]);
        assert!(fuzzy(text, "Iets heel anders dat nergens in de tekst staat.", 0).is_none());
    }

    #[test]
    fn grapheme_snapping() {
        let s = "ae\u{301}b👩\u{200d}🔬c";
        assert_eq!(floor_grapheme(s, 2), 1);
        assert_eq!(ceil_grapheme(s, 2), 4);
        assert_eq!(ceil_grapheme(s, 6), 16);
        assert_eq!(floor_grapheme(s, 100), s.len());
        assert!(char_range_to_bytes(s, 3, 2).is_none());
        assert_eq!(char_range_to_bytes(s, 0, 3), Some(0..4));
        assert_eq!(char_range_to_bytes(s, 0, 100), None);
    }

    #[test]
    fn sha256_hex() {
        assert_eq!(
            doc_sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
