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
        let target = if self.current.is_some() {
            &mut self.after
        } else {
            &mut self.items
        };
        // Folded lines of a letter (a sidebar) run together; in one-paragraph-
        // a-line news every line is an item of its own.
        if let Some(Item::Folded { lines, reason: r }) = target.last_mut()
            && *r == reason
            && !self.line_per_paragraph
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
