//! Headings a PDF sets apart by type: a short line in bold or italic between
//! lines that are not, or two such lines (a heading wrapped over two lines),
//! is a heading whatever the lines around it end or start with. Text files
//! carry no type, and nothing here applies to them.

use super::kamerbrief::Role;
use super::layout_evidence::{Emphasis, LayoutEvidence};
use crate::document::lines::Line;

/// Longest heading, in words, when it is wrapped over two lines.
const MAX_WRAPPED_WORDS: usize = 16;

pub struct TypesetHeadings<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    pub roles: &'a [Role],
    /// The first line after the letter's head.
    pub header_end: usize,
    pub evidence: &'a LayoutEvidence,
}

impl TypesetHeadings<'_> {
    pub fn emphasis(&self, i: usize) -> Option<Emphasis> {
        self.evidence.emphasis_at(self.lines[i].content.start)
    }

    /// The nearest line of running text after (or before) line `i`.
    fn body_line(&self, i: usize, forward: bool) -> Option<usize> {
        if forward {
            (i + 1..self.lines.len()).find(|&k| self.roles[k] == Role::Body)
        } else {
            (self.header_end..i)
                .rev()
                .find(|&k| self.roles[k] == Role::Body)
        }
    }

    fn plain(&self, k: Option<usize>) -> bool {
        k.is_none_or(|k| self.emphasis(k).is_none())
    }

    fn opens_like_a_heading(&self, i: usize) -> bool {
        self.lines[i]
            .text(self.text)
            .trim()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    fn ends_like_a_heading(&self, i: usize) -> bool {
        !self.lines[i]
            .text(self.text)
            .trim()
            .ends_with([',', ';', '.'])
    }

    fn candidate(&self, i: usize) -> bool {
        i >= self.header_end && self.roles[i] == Role::Body && self.emphasis(i).is_some()
    }

    /// Line `i` alone is a heading.
    pub fn single(&self, i: usize) -> bool {
        self.candidate(i)
            && self.plain(self.body_line(i, false))
            && self.body_line(i, true).is_some() // text follows
            && self.plain(self.body_line(i, true))
            && self.ends_like_a_heading(i)
            && self.opens_like_a_heading(i)
    }

    /// Lines `i` and `i + 1` are one heading wrapped over two lines.
    pub fn wrapped(&self, i: usize) -> bool {
        let j = i + 1;
        if !(self.candidate(i) && j < self.lines.len() && self.candidate(j)) {
            return false;
        }
        let words = self.lines[i].text(self.text).split_whitespace().count()
            + self.lines[j].text(self.text).split_whitespace().count();
        self.emphasis(i) == self.emphasis(j)
            && self.plain(self.body_line(i, false))
            && self.body_line(j, true).is_some()
            && self.plain(self.body_line(j, true))
            && words <= MAX_WRAPPED_WORDS
            && !self.lines[i]
                .text(self.text)
                .trim()
                .ends_with(['.', ':', ';', ','])
            && self.ends_like_a_heading(j)
            && self.opens_like_a_heading(i)
    }
}
