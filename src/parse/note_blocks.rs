//! Footnotes into the clean text, for every kind that has them: a
//! "Footnotes" section after the text with one block per note, and each
//! note's marker found again in the clean text (the superscript that
//! replaced it), so a reader can go from one to the other.

use super::reflow::{HyphenEvidence, push_lines};
use super::sections::SectionStart;
use super::superscript;
use crate::document::builder::{CleanBuilder, Joiner};
use crate::document::lines::Line;
use crate::document::{BlockKind, Footnote, SectionKind};
use std::ops::Range;

/// A note as a finder read it from the source lines.
pub struct NoteLines<'a> {
    pub number: u32,
    /// A line with only the number, printed before the note's text and not
    /// one of `lines`: it opens the block.
    pub lead: Option<usize>,
    pub lines: &'a [usize],
    /// The marker in the running text (text offsets of its digits).
    pub marker: Option<Range<usize>>,
}

/// Writes the notes as blocks under a "Footnotes" section (none when there
/// are no notes) and returns them with their markers placed.
pub fn push_notes(
    b: &mut CleanBuilder<'_>,
    text: &str,
    lines: &[Line],
    notes: &[NoteLines<'_>],
    evidence: &HyphenEvidence,
    starts: &mut Vec<SectionStart>,
) -> Vec<Footnote> {
    if notes.is_empty() {
        return Vec::new();
    }
    starts.push(SectionStart {
        block: b.blocks.len(),
        level: 1,
        title: "Footnotes".into(),
        kind: SectionKind::Footnotes,
    });
    let mut footnotes = Vec::with_capacity(notes.len());
    for note in notes {
        let texts: Vec<&Line> = note.lines.iter().map(|&l| &lines[l]).collect();
        b.begin_block();
        if let Some(lead) = note.lead {
            let num = &lines[lead];
            b.push_text(num.content.clone(), &[]);
            if let Some(first) = texts.first() {
                let gap = if num.content.end <= first.content.start {
                    num.content.end..first.content.start
                } else {
                    num.content.end..num.content.end
                };
                b.push_join(Joiner::Space, gap);
            }
        }
        push_lines(b, text, &texts, evidence, &[]);
        let block = b.end_block(BlockKind::Footnote {
            number: note.number,
        });
        footnotes.push(Footnote {
            number: note.number,
            block,
            marker: note
                .marker
                .as_ref()
                .and_then(|m| marker_in_clean(b, m, note.number)),
        });
    }
    footnotes
}

/// Where a marker's superscript stands in the clean text.
fn marker_in_clean(b: &CleanBuilder<'_>, m: &Range<usize>, number: u32) -> Option<Range<usize>> {
    let block = b.blocks.iter().find(|bl| {
        bl.text.start <= m.start
            && m.end <= bl.text.end
            && !matches!(bl.kind, BlockKind::Footnote { .. })
    })?;
    let at = b.map.derived_for_source(m.start, block.clean.clone())?;
    Some(at..at + superscript(number).len())
}
