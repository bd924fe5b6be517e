//! What a PDF's layout knows about its text beyond the characters: which
//! digits are raised and small (footnote markers) and which lines are the
//! small print at a page's foot. The text parsers read every text form the
//! same way and take this as extra evidence when the text came from a PDF;
//! for a text file it is empty and changes nothing. [`LayoutEvidence::of_layer`]
//! reads it off a PDF's text layer.

use crate::pdf::{LineRole, TextLayer};
use std::ops::Range;

/// How a line of running text is set apart by its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Bold,
    /// Italic and not bold.
    Italic,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LayoutEvidence {
    /// Text ranges of raised, smaller digits, sorted.
    superscripts: Vec<Range<usize>>,
    /// Text offsets where a line of footnote print starts, sorted.
    footnote_lines: Vec<usize>,
    /// Lines of running text (not smaller than the body) set in bold or
    /// italic, by the text offset where they start, sorted.
    emphasised: Vec<(usize, Emphasis)>,
}

impl LayoutEvidence {
    pub fn new(mut superscripts: Vec<Range<usize>>, mut footnote_lines: Vec<usize>) -> Self {
        superscripts.sort_by_key(|r| r.start);
        footnote_lines.sort_unstable();
        footnote_lines.dedup();
        Self {
            superscripts,
            footnote_lines,
            emphasised: Vec::new(),
        }
    }

    /// What a PDF's text layer tells the text parsers: its raised digits,
    /// its lines of footnote print, and the lines of running text (not
    /// smaller than the body) set in bold or italic.
    pub fn of_layer(layer: &TextLayer) -> Self {
        // The body's size: the one most characters of running text have.
        let mut sizes: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
        for l in layer.lines.iter().filter(|l| l.role == LineRole::Body) {
            *sizes.entry((l.size * 2.0).round() as i32).or_default() += l.range.len();
        }
        let body = sizes
            .into_iter()
            .max_by_key(|&(s, n)| (n, s))
            .map_or(0.0, |(s, _)| s as f32 / 2.0);
        let emphasised = layer
            .lines
            .iter()
            .filter(|l| l.role == LineRole::Body && l.size >= body - 0.5)
            .filter_map(|l| match (l.bold, l.italic) {
                (true, _) => Some((l.range.start, Emphasis::Bold)),
                (false, true) => Some((l.range.start, Emphasis::Italic)),
                _ => None,
            })
            .collect();
        Self::new(
            layer
                .lines
                .iter()
                .flat_map(|l| l.superscripts.iter().cloned())
                .collect(),
            layer
                .lines
                .iter()
                .filter(|l| l.role == LineRole::Footnote)
                .map(|l| l.range.start)
                .collect(),
        )
        .with_emphasis(emphasised)
    }

    /// With the lines set in bold or italic (text offset of each line's start).
    pub fn with_emphasis(mut self, mut emphasised: Vec<(usize, Emphasis)>) -> Self {
        emphasised.sort_unstable_by_key(|&(start, _)| start);
        emphasised.dedup_by_key(|&mut (start, _)| start);
        self.emphasised = emphasised;
        self
    }

    /// How the line starting at text offset `start` is emphasised, if it is.
    pub fn emphasis_at(&self, start: usize) -> Option<Emphasis> {
        self.emphasised
            .binary_search_by_key(&start, |&(s, _)| s)
            .ok()
            .map(|k| self.emphasised[k].1)
    }

    /// Whether the line starting at text offset `start` is footnote print.
    pub fn is_footnote_line(&self, start: usize) -> bool {
        self.footnote_lines.binary_search(&start).is_ok()
    }

    /// The raised digits inside `within`, in text order.
    pub fn superscripts_in(&self, within: Range<usize>) -> &[Range<usize>] {
        let a = self
            .superscripts
            .partition_point(|r| r.start < within.start);
        let b = self.superscripts.partition_point(|r| r.start < within.end);
        &self.superscripts[a..b.max(a)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let e = LayoutEvidence::new(vec![30..32, 5..6], vec![40, 10]);
        assert!(e.is_footnote_line(10) && e.is_footnote_line(40));
        assert!(!e.is_footnote_line(11));
        assert_eq!(e.superscripts_in(0..31), &[5..6, 30..32]);
        assert_eq!(e.superscripts_in(6..30), &[] as &[Range<usize>]);
        assert!(LayoutEvidence::default().superscripts_in(0..100).is_empty());
        let e = e.with_emphasis(vec![(50, Emphasis::Italic), (7, Emphasis::Bold)]);
        assert_eq!(e.emphasis_at(7), Some(Emphasis::Bold));
        assert_eq!(e.emphasis_at(50), Some(Emphasis::Italic));
        assert_eq!(e.emphasis_at(8), None);
    }
}
