//! Words, sentences and paragraphs of the clean text, for moving a cursor
//! and growing a selection by them. Boundaries come from Unicode text
//! segmentation (UAX #29) within one block, so a unit never crosses a block
//! and never splits a grapheme cluster.

use super::Document;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// How far a cursor moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Word,
    Sentence,
    Paragraph,
}

/// The units of one kind in a block, as clean ranges.
fn units_in_block(doc: &Document, block: usize, unit: Unit) -> Vec<Range<usize>> {
    let b = &doc.blocks[block];
    let text = &doc.clean[b.clean.clone()];
    let base = b.clean.start;
    match unit {
        Unit::Word => text
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| base + i..base + i + w.len())
            .collect(),
        Unit::Sentence => text
            .split_sentence_bound_indices()
            .filter_map(|(i, s)| {
                let lead = s.len() - s.trim_start().len();
                let t = s.trim();
                (!t.is_empty()).then(|| base + i + lead..base + i + lead + t.len())
            })
            .collect(),
        Unit::Paragraph => {
            if text.trim().is_empty() {
                Vec::new()
            } else {
                vec![b.clean.clone()]
            }
        }
    }
}

/// The unit containing `at`, or the first one after it (in this or a later
/// block); the last one of the text when nothing follows.
pub fn unit_at(doc: &Document, at: usize, unit: Unit) -> Option<Range<usize>> {
    if doc.blocks.is_empty() {
        return None;
    }
    let first = doc.block_at_clean(at);
    for block in first..doc.blocks.len() {
        if let Some(r) = units_in_block(doc, block, unit)
            .into_iter()
            .find(|r| r.end > at)
        {
            return Some(r);
        }
    }
    last_unit(doc, unit)
}

fn last_unit(doc: &Document, unit: Unit) -> Option<Range<usize>> {
    (0..doc.blocks.len())
        .rev()
        .find_map(|b| units_in_block(doc, b, unit).pop())
}

/// The next unit after `current` (which may be of another kind: the next
/// sentence after a word is the one after the word's sentence).
pub fn next(doc: &Document, current: &Range<usize>, unit: Unit) -> Option<Range<usize>> {
    let first = doc.block_at_clean(current.start);
    for block in first..doc.blocks.len() {
        if let Some(r) = units_in_block(doc, block, unit)
            .into_iter()
            .find(|r| r.start >= current.end)
        {
            return Some(r);
        }
    }
    None
}

/// The unit before `current`.
pub fn prev(doc: &Document, current: &Range<usize>, unit: Unit) -> Option<Range<usize>> {
    let last = doc.block_at_clean(current.start);
    for block in (0..=last.min(doc.blocks.len().saturating_sub(1))).rev() {
        if let Some(r) = units_in_block(doc, block, unit)
            .into_iter()
            .rev()
            .find(|r| r.end <= current.start)
        {
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Entry, load_bytes};
    use crate::document::Origin;

    fn doc(text: &str) -> Document {
        match load_bytes(
            "t".into(),
            Origin::Bundled("t.txt".into()),
            text.as_bytes().to_vec(),
        ) {
            Entry::Doc(d) => *d,
            Entry::Failed { error, .. } => panic!("{error}"),
            Entry::Pending { .. } => unreachable!("load_bytes reads what it is given"),
        }
    }

    #[test]
    fn words_sentences_and_paragraphs() {
        let d = doc(
            "Oekraïne heeft geëist dat Rusland stopt. Daarna sprak Rutte.\n\nTweede alinea hier.\n",
        );
        let w = unit_at(&d, 0, Unit::Word).unwrap();
        assert_eq!(&d.clean[w.clone()], "Oekraïne");
        let w2 = next(&d, &w, Unit::Word).unwrap();
        assert_eq!(&d.clean[w2.clone()], "heeft");
        assert_eq!(&d.clean[next(&d, &w2, Unit::Word).unwrap()], "geëist");
        let s = unit_at(&d, w2.start, Unit::Sentence).unwrap();
        assert_eq!(
            &d.clean[s.clone()],
            "Oekraïne heeft geëist dat Rusland stopt."
        );
        let s2 = next(&d, &s, Unit::Sentence).unwrap();
        assert_eq!(&d.clean[s2.clone()], "Daarna sprak Rutte.");
        assert_eq!(prev(&d, &s2, Unit::Sentence).unwrap(), s);
        let p = next(&d, &s2, Unit::Paragraph).unwrap();
        assert_eq!(&d.clean[p.clone()], "Tweede alinea hier.");
        assert!(next(&d, &p, Unit::Paragraph).is_none());
        assert_eq!(&d.clean[prev(&d, &p, Unit::Word).unwrap()], "Rutte");
    }
}
