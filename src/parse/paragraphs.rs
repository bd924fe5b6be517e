//! Grouping lines into paragraphs and folded runs, in reading order. A blank
//! line or a page break ends a paragraph unless the text plainly runs on (no
//! sentence end before, a lower-case word after); folded lines and footnotes that
//! interrupt a paragraph are set aside and emitted after it.

use super::reflow::{ends_sentence, starts_lowercase};
use crate::document::FoldReason;
use crate::document::lines::Line;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Para(Vec<usize>),
    Folded {
        lines: Vec<usize>,
        reason: FoldReason,
    },
}

/// Bullets that open a list item: the usual ones, and the private-use code
/// points of Word's Symbol and Wingdings bullets as extractors print them.
const BULLETS: &[char] = &[
    '•', '▪', '◦', '➢', '❖', '✓', '→', '●', '■', '*', '-', '\u{F0B7}', '\u{F0A7}', '\u{F0D8}',
];

/// A line that starts with a bullet and a space ("• Voor meer …", "- In 2040 …").
/// An en dash is left out: it also opens a line inside a sentence ("– zoals
/// gezegd –").
pub fn starts_list_item(line: &str) -> bool {
    let mut cs = line.trim_start().chars();
    cs.next().is_some_and(|c| BULLETS.contains(&c)) && cs.next().is_some_and(char::is_whitespace)
}

pub struct Grouper<'a> {
    text: &'a str,
    lines: &'a [Line],
    /// Every line is a paragraph of its own (news scraped one paragraph a line).
    line_per_paragraph: bool,
    items: Vec<Item>,
    current: Option<Vec<usize>>,
    after: Vec<Item>,
    gap_blank: bool,
    gap_page: bool,
}

impl<'a> Grouper<'a> {
    pub fn new(text: &'a str, lines: &'a [Line], line_per_paragraph: bool) -> Self {
        Self {
            text,
            lines,
            line_per_paragraph,
            items: Vec::new(),
            current: None,
            after: Vec::new(),
            gap_blank: false,
            gap_page: false,
        }
    }

    pub fn blank(&mut self) {
        self.gap_blank = true;
    }

    pub fn page_break(&mut self) {
        self.gap_page = true;
    }

    pub fn folded(&mut self, line: usize, reason: FoldReason) {
        // Folded lines of a letter (a sidebar) run together; in one-paragraph-
        // a-line news every line is an item of its own.
        self.push_folded(line, reason, !self.line_per_paragraph);
    }

    /// A folded line that goes on the folded item before it (a site's menu,
    /// one item a line, is one folded block even where every other line is
    /// a paragraph of its own).
    pub fn folded_on(&mut self, line: usize, reason: FoldReason) {
        self.push_folded(line, reason, true);
    }

    /// Adds a folded line, to the folded item before it when `join` and the
    /// reasons agree, else as an item of its own.
    fn push_folded(&mut self, line: usize, reason: FoldReason, join: bool) {
        let target = if self.current.is_some() {
            &mut self.after
        } else {
            &mut self.items
        };
        if let Some(Item::Folded { lines, reason: r }) = target.last_mut()
            && *r == reason
            && join
        {
            lines.push(line);
            return;
        }
        target.push(Item::Folded {
            lines: vec![line],
            reason,
        });
    }

    pub fn body(&mut self, line: usize) {
        let this = self.lines[line].text(self.text);
        let join = match &self.current {
            None => false,
            Some(_) if self.line_per_paragraph => false,
            // A bullet opens a list item of its own.
            Some(_) if starts_list_item(this) => false,
            Some(cur) => {
                let prev = self.lines[*cur.last().unwrap()].text(self.text);
                match (self.gap_blank, self.gap_page) {
                    (false, false) => true,
                    (false, true) => !ends_sentence(prev),
                    (true, _) => !ends_sentence(prev) && starts_lowercase(this),
                }
            }
        };
        self.gap_blank = false;
        self.gap_page = false;
        if join {
            self.current.as_mut().unwrap().push(line);
        } else {
            self.close();
            self.current = Some(vec![line]);
        }
    }

    /// Ends the open paragraph, as a heading or other fixed boundary does.
    pub fn close(&mut self) {
        if let Some(p) = self.current.take() {
            self.items.push(Item::Para(p));
        }
        self.items.append(&mut self.after);
    }

    pub fn finish(mut self) -> Vec<Item> {
        self.close();
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items() {
        assert!(starts_list_item("• Voor meer productgroepen"));
        assert!(starts_list_item("- In 2040 is de ziektelast"));
        assert!(starts_list_item("\u{F0B7} Inzet op data"));
        // Counter-examples: a dash inside a sentence, a hyphenated word.
        assert!(!starts_list_item("– zoals gezegd – is dat"));
        assert!(!starts_list_item("-reductie van 2 Mton"));
        assert!(!starts_list_item("Voor meer"));
    }

    #[test]
    fn a_bullet_opens_a_paragraph() {
        let t = "De maatregelen:\n• Circulair uitvoeren van transities;\n• Opschaling van de regeling;\nen verder.\n";
        let lines = crate::document::lines::split_lines(t);
        let mut g = Grouper::new(t, &lines, false);
        for i in 0..lines.len() {
            g.body(i);
        }
        let items = g.finish();
        assert_eq!(
            items,
            vec![
                Item::Para(vec![0]),
                Item::Para(vec![1]),
                Item::Para(vec![2, 3])
            ]
        );
    }
}
