//! Footnotes of PDF extracts: the numbered block at the foot of a page, and the
//! marker glued to a word in the running text ("c.s.1", "jaren4", "zijn5.",
//! "december 20212" = the year 2021 and note 2).
//!
//! Footnotes are numbered in sequence, and that sequence is what tells a note
//! from a line that happens to start with a number: note N is looked for only
//! after note N-1, at the foot of a page, after a blank line, and its marker only
//! between marker N-1 and the note.

use crate::document::lines::Line;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNote {
    pub number: u32,
    /// The note's lines (first line starts with the number).
    pub lines: Vec<usize>,
    /// The text range of the number at the start of the first line.
    pub number_range: Range<usize>,
    /// The marker in the running text (text offsets of its digits).
    pub marker: Option<Range<usize>>,
}

/// Finds footnotes page by page. `pages` are line ranges; `is_body` says which
/// lines are running text (where markers are looked for) and may become notes.
pub fn find(
    text: &str,
    lines: &[Line],
    pages: &[Range<usize>],
    is_body: &dyn Fn(usize) -> bool,
) -> Vec<FoundNote> {
    let mut notes: Vec<FoundNote> = Vec::new();
    let mut marker_cursor = (0usize, 0usize); // (line, byte offset in text) after the last marker
    // Lines already taken by notes are no longer running text.
    let mut claimed = vec![false; lines.len()];
    for page in pages {
        let is_body = |k: usize| is_body(k) && !claimed[k];
        let mut j = page.start;
        while j < page.end {
            let expected = notes.last().map_or(1, |n| n.number + 1);
            if !is_body(j) || !starts_with_number(lines[j].text(text), expected) {
                j += 1;
                continue;
            }
            let after_blank = j == page.start || lines[j - 1].is_blank() || !is_body(j - 1);
            if !after_blank {
                j += 1;
                continue;
            }
            // The area from j to the page end, split at sequential numbers.
            let mut area: Vec<FoundNote> = Vec::new();
            let mut n = expected;
            for (k, line) in lines.iter().enumerate().take(page.end).skip(j) {
                if !is_body(k) || line.is_blank() {
                    continue;
                }
                let t = line.text(text);
                if starts_with_number(t, n) {
                    let len = n.to_string().len();
                    let s = line.content.start;
                    area.push(FoundNote {
                        number: n,
                        lines: vec![k],
                        number_range: s..s + len,
                        marker: None,
                    });
                    n += 1;
                } else if let Some(last) = area.last_mut() {
                    last.lines.push(k);
                }
            }
            let marker = find_marker(text, lines, marker_cursor, j, expected, &is_body);
            let first = lines[j].text(text);
            let first_words = first.split_whitespace().nth(1).unwrap_or("");
            let looks_like_note = marker.is_some()
                || area.len() >= 2
                || [
                    "http",
                    "www.",
                    "Kamerstuk",
                    "Handelingen",
                    "Zie",
                    "zie",
                    "Bron",
                    "Idem",
                    "Ibid",
                ]
                .iter()
                .any(|p| first_words.starts_with(p));
            if !looks_like_note {
                j += 1;
                continue;
            }
            // Markers for the notes of this area, in sequence.
            let mut cursor = marker_cursor;
            for note in &mut area {
                if let Some((line, r)) = find_marker(text, lines, cursor, j, note.number, &is_body)
                {
                    cursor = (line, r.end);
                    note.marker = Some(r);
                }
            }
            marker_cursor = cursor;
            for note in &area {
                for &k in &note.lines {
                    claimed[k] = true;
                }
            }
            notes.extend(area);
            break;
        }
    }
    notes
}

fn starts_with_number(line: &str, n: u32) -> bool {
    let digits = n.to_string();
    line.strip_prefix(digits.as_str()).is_some_and(|rest| {
        rest.starts_with([' ', '\t']) && rest.trim_start().chars().next().is_some()
    })
}

/// The first marker for note `n` in body lines from `from` up to line `before`.
fn find_marker(
    text: &str,
    lines: &[Line],
    from: (usize, usize),
    before: usize,
    n: u32,
    is_body: &dyn Fn(usize) -> bool,
) -> Option<(usize, Range<usize>)> {
    for (li, line) in lines.iter().enumerate().take(before).skip(from.0) {
        if !is_body(li) || line.is_blank() {
            continue;
        }
        let start = line
            .content
            .start
            .max(if li == from.0 { from.1 } else { 0 });
        if start >= line.content.end {
            continue;
        }
        if let Some(r) = marker_in(&text[start..line.content.end], n) {
            return Some((li, start + r.start..start + r.end));
        }
    }
    None
}

/// A footnote marker for `n` in `s`: digits glued to the end of a word.
pub fn marker_in(s: &str, n: u32) -> Option<Range<usize>> {
    let want = n.to_string();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = &s[start..i];
        let next_ok = s[i..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ".,;:)!?".contains(c));
        if !next_ok {
            continue;
        }
        let prev = s[..start].chars().next_back();
        let glued_to_word = match prev {
            Some(c) if c.is_alphabetic() => !is_acronym_before(&s[..start]),
            // "c.s.1", "jl.3": a dot after a letter, not a decimal point
            Some('.') => s[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic()),
            Some(')' | '»' | '”' | '"' | '’' | '\'') => true,
            _ => false,
        };
        if glued_to_word && run == want {
            return Some(start..i);
        }
        // A year with the note number glued on: "december 20212".
        if prev.is_none_or(|c| c.is_whitespace())
            && run.len() > 4
            && run.len() <= 4 + want.len()
            && run.ends_with(&want)
            && run.len() - want.len() == 4
            && matches!(&run[..2], "19" | "20")
            && !want.starts_with('0')
        {
            return Some(start + 4..i);
        }
    }
    None
}

/// "MH17", "SNMG1": digits after an all-capitals word are part of a name.
fn is_acronym_before(s: &str) -> bool {
    let word: String = s.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_glued_to_words() {
        assert_eq!(marker_in("de motie Brekelmans c.s.1 voor", 1), Some(24..25));
        assert_eq!(marker_in("voorgaande jaren4 en", 4), Some(16..17));
        assert_eq!(marker_in("voorbereid te zijn5. Deze", 5), Some(18..19));
        assert_eq!(marker_in("16 december 20212 en", 2), Some(16..17));
        assert_eq!(marker_in("24 januari jl.3, waarin", 3), Some(14..15));
        assert_eq!(marker_in("14.000 slachtoffers", 0), None);
        assert_eq!(marker_in("EUR 1.5 mln", 5), None);
        assert_eq!(marker_in("vlucht MH17 en", 17), None);
        assert_eq!(marker_in("Kamerstuk 21 501-08, nr. 235", 8), None);
        assert_eq!(marker_in("in 2014 gebeurde", 4), None);
    }
}
