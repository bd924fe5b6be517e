//! The timeline of a briefing: every date any document mentions, with the
//! sentence that mentions it, in date order. This module owns that order;
//! the dates themselves come from the [`EntityIndex`], which resolves "26
//! januari jl." against the letter's own date, so a relative date sorts where
//! it happened, not where it was written.

use crate::corpus::Corpus;
use crate::entities::{EntityIndex, EntityType};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Sort key of dates whose year is unknown ("14 januari"): after all others,
/// where the document and position keep them in text order.
pub const UNKNOWN: (i32, u8, u8) = (i32::MAX, 0, 0);

/// One date mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// ISO 8601 as precise as known ("2014", "2021-12", "2022-01-26"), or the
    /// mention's text when the year is unknown.
    pub date: String,
    /// (year, month or 0, day or 0); [`UNKNOWN`] without a year.
    pub sort_key: (i32, u8, u8),
    /// Corpus entry.
    pub doc: usize,
    /// The mention, in the document's clean text.
    pub mention: Range<usize>,
    /// The sentence holding the mention (clean range, trimmed).
    pub sentence: Range<usize>,
    /// In folded boilerplate (site chrome, a letter's sidebar).
    pub boilerplate: bool,
}

/// (year, month, day) from an entity id "date:YYYY[-MM[-DD]]".
pub fn sort_key(id: &str) -> Option<(i32, u8, u8)> {
    let iso = id.strip_prefix("date:")?;
    let mut parts = iso.split('-');
    let year = parts.next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |p: Option<&str>| -> Option<u8> {
        match p {
            None => Some(0),
            Some(p) if p.len() == 2 => p.parse().ok(),
            Some(_) => None,
        }
    };
    let month = num(parts.next())?;
    let day = num(parts.next())?;
    if parts.next().is_some() || month > 12 || day > 31 {
        return None;
    }
    Some((year.parse().ok()?, month, day))
}

/// Every DATE mention of the corpus, by date, then corpus entry, then position.
pub fn build(corpus: &Corpus, entities: &EntityIndex) -> Vec<TimelineEntry> {
    let mut out = Vec::new();
    for (d, entry) in corpus.entries.iter().enumerate() {
        let Some(doc) = entry.doc() else { continue };
        for m in entities.mentions(d) {
            if m.ty != EntityType::Date {
                continue;
            }
            let Some(entity) = entities.entities.get(m.entity) else {
                continue;
            };
            let key = sort_key(&entity.id);
            let date = match key {
                Some(_) => entity.id["date:".len()..].to_string(),
                None => doc.clean[m.clean.clone()].to_string(),
            };
            out.push(TimelineEntry {
                date,
                sort_key: key.unwrap_or(UNKNOWN),
                doc: d,
                mention: m.clean.clone(),
                sentence: sentence_around(doc, m.clean.clone()),
                boilerplate: m.boilerplate,
            });
        }
    }
    out.sort_by_key(|e| (e.sort_key, e.doc, e.mention.start));
    out
}

/// The sentence (or sentences, if the mention spans a boundary) around a
/// clean range, within its block: a date is read with what happened on it.
fn sentence_around(doc: &crate::document::Document, mention: Range<usize>) -> Range<usize> {
    if doc.blocks.is_empty() {
        return mention;
    }
    let block = &doc.blocks[doc.block_at_clean(mention.start)];
    if block.clean.start > mention.start || mention.end > block.clean.end {
        return mention;
    }
    let text = &doc.clean[block.clean.clone()];
    let base = block.clean.start;
    let mut hull: Option<Range<usize>> = None;
    for r in sentences(text) {
        let r = base + r.start..base + r.end;
        let overlaps = r.start < mention.end && mention.start < r.end;
        if overlaps || r.contains(&mention.start) {
            hull = Some(match hull {
                Some(h) => h.start.min(r.start)..h.end.max(r.end),
                None => r,
            });
        }
    }
    hull.unwrap_or(mention)
}

/// Abbreviations after which Dutch official prose goes on with the same
/// sentence; UAX #29 breaks after them when a capital or a parenthesis follows
/// ("op 25 januari jl. (Handelingen II …)").
const ABBREVIATIONS: &[&str] = &[
    "jl.", "a.s.", "nr.", "o.a.", "mln.", "mrd.", "c.s.", "cf.", "t.o.v.", "e.d.", "bijv.",
    "resp.", "art.", "z.s.m.", "m.b.t.", "i.v.m.",
];

/// Sentences of a block's text (trimmed byte ranges), UAX #29 boundaries
/// joined again where they fall after an abbreviation or before a lower-case
/// word or an opening parenthesis.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, s) in text.split_sentence_bound_indices() {
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        if t.is_empty() {
            continue;
        }
        let r = i + lead..i + lead + t.len();
        let glue = out.last().is_some_and(|prev| {
            let before = text[prev.clone()].trim_end_matches([')', '"', '\'', '»', '’', '”']);
            let after = t.chars().next().unwrap_or(' ');
            let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            ABBREVIATIONS
                .iter()
                .any(|a| last_word.eq_ignore_ascii_case(a))
                || after.is_lowercase()
                || after == '('
        });
        match out.last_mut() {
            Some(prev) if glue => prev.end = r.end,
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_from_ids() {
        assert_eq!(sort_key("date:2022-01-26"), Some((2022, 1, 26)));
        assert_eq!(sort_key("date:2021-12"), Some((2021, 12, 0)));
        assert_eq!(sort_key("date:2014"), Some((2014, 0, 0)));
        assert_eq!(sort_key("date:14 januari"), None);
        assert_eq!(sort_key("date:januari"), None);
        assert_eq!(sort_key("per:mark-rutte"), None);
        assert!(sort_key("date:2014").unwrap() < sort_key("date:2014-01").unwrap());
    }

    #[test]
    fn sentences_go_on_after_abbreviations() {
        let text =
            "In het vragenuur op 25 januari jl. (Handelingen II) gaf hij uitleg. Dat was goed.";
        let s: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            s,
            vec![
                "In het vragenuur op 25 januari jl. (Handelingen II) gaf hij uitleg.",
                "Dat was goed."
            ]
        );
    }
}
