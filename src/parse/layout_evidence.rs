//! What a PDF's layout knows about its text beyond the characters: which
//! digits are raised and small (footnote markers) and which lines are the
//! small print at a page's foot. The text parsers read every text form the
//! same way and take this as extra evidence when the text came from a PDF;
//! for a text file it is empty and changes nothing.

use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LayoutEvidence {
    /// Text ranges of raised, smaller digits, sorted.
    superscripts: Vec<Range<usize>>,
    /// Text offsets where a line of footnote print starts, sorted.
    footnote_lines: Vec<usize>,
}

impl LayoutEvidence {
    pub fn new(mut superscripts: Vec<Range<usize>>, mut footnote_lines: Vec<usize>) -> Self {
        superscripts.sort_by_key(|r| r.start);
        footnote_lines.sort_unstable();
        footnote_lines.dedup();
        Self {
            superscripts,
            footnote_lines,
        }
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
    }
}
