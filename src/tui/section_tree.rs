//! The section tree beside the reader: its items made from a document's
//! sections (with the number of marks in each), moving in it, showing the
//! section chosen, and following the reading place so that the section
//! being read is the one selected.

use super::action::Action;
use super::app::{App, Pane};
use crate::corpus::Entry;
use crate::document::{Document, SectionKind};
use tui_tree_widget::TreeItem;

impl App {
    pub(super) fn update_tree(&mut self, action: Action) {
        let Some(view) = self.views.get_mut(self.selected) else {
            return;
        };
        let t = &mut view.tree;
        match action {
            Action::Down => {
                t.key_down();
            }
            Action::Up => {
                t.key_up();
            }
            Action::PageDown => {
                for _ in 0..10 {
                    t.key_down();
                }
            }
            Action::PageUp => {
                for _ in 0..10 {
                    t.key_up();
                }
            }
            Action::Top => {
                t.select_first();
            }
            Action::Bottom => {
                t.select_last();
            }
            Action::Collapse => {
                t.key_left();
            }
            Action::Expand => {
                t.key_right();
            }
            Action::Open => {
                if let Some(&section) = t.selected().last() {
                    self.show_section(section);
                    self.set_focus(Pane::Reader);
                }
            }
            _ => {}
        }
    }

    /// Puts a section's first block at the top of the reader.
    pub fn show_section(&mut self, section: usize) {
        self.with_reader(|r, d, _| {
            if let Some(s) = d.sections.get(section) {
                let clean = d.blocks.get(s.blocks.start).map_or(0, |b| b.clean.start);
                if r.raw {
                    r.toggle_raw(d);
                }
                r.show_clean_offset(d, clean);
            }
        });
    }

    pub(super) fn jump_section(&mut self, forward: bool) {
        let Some(doc) = self.doc() else { return };
        let mut starts: Vec<(usize, usize)> = doc
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.blocks.start, i))
            .collect();
        starts.sort();
        let view = &mut self.views[self.selected];
        let doc = self.corpus.entries[self.selected].doc().unwrap();
        let top = view.reader.top_block(doc);
        let at_start = view.reader.top.line == 0;
        let target = if forward {
            starts.iter().find(|(b, _)| *b > top).map(|&(_, i)| i)
        } else {
            starts
                .iter()
                .rev()
                .find(|(b, _)| *b < top || (*b == top && !at_start))
                .map(|&(_, i)| i)
        };
        if let Some(i) = target {
            self.show_section(i);
        }
    }

    /// Selects the section being read in the tree (opening its parents).
    pub fn sync_tree(&mut self) {
        let corpus = self.corpus.clone();
        let Some(Entry::Doc(doc)) = corpus.entries.get(self.selected) else {
            return;
        };
        if doc.blocks.is_empty() {
            return;
        }
        let block = self.reading_block();
        let view = &mut self.views[self.selected];
        let Some(sec) = doc.section_of_block(block) else {
            return;
        };
        let mut path = vec![sec];
        let mut p = doc.sections[sec].parent;
        while let Some(x) = p {
            path.insert(0, x);
            p = doc.sections[x].parent;
        }
        for k in 1..path.len() {
            view.tree.open(path[..k].to_vec());
        }
        if view.tree.selected() != path.as_slice() {
            view.tree.select(path);
        }
    }

    /// The block being read: the reading cursor's while it is on screen (a
    /// jump puts it at the place jumped to, below some lines of context),
    /// else the one at the top of the view. The tree and the status bar
    /// follow it.
    fn reading_block(&mut self) -> usize {
        let rows = self.page();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        let view = &mut self.views[self.selected];
        if let (Some(at), Some(shown)) =
            (view.cursor.at.clone(), view.reader.clean_in_view(doc, rows))
            && at.start >= shown.start
            && at.start < shown.end.max(shown.start + 1)
        {
            return doc.block_at_clean(at.start);
        }
        view.reader.top_block(doc)
    }

    /// The section being read, for the status bar.
    pub fn current_section(&mut self) -> Option<String> {
        let corpus = self.corpus.clone();
        let Some(Entry::Doc(doc)) = corpus.entries.get(self.selected) else {
            return None;
        };
        let block = self.reading_block();
        doc.section_of_block(block)
            .map(|s| doc.sections[s].title.clone())
    }
}

/// The section tree of a document as tree-widget items.
pub fn tree_items(doc: &Document) -> Vec<TreeItem<'static, usize>> {
    tree_items_with_marks(doc, &[])
}

/// The section tree with the number of marks in each section ("MH17 (2)").
pub fn tree_items_with_marks(
    doc: &Document,
    marks: &[std::ops::Range<usize>],
) -> Vec<TreeItem<'static, usize>> {
    fn item(
        doc: &Document,
        i: usize,
        marks: &[std::ops::Range<usize>],
    ) -> TreeItem<'static, usize> {
        let s = &doc.sections[i];
        let mut label = match s.kind {
            SectionKind::Heading => s.title.clone(),
            _ => format!("‹{}›", s.title),
        };
        let (from, to) = (
            doc.blocks.get(s.blocks.start).map_or(0, |b| b.clean.start),
            doc.blocks
                .get(s.blocks.end.saturating_sub(1))
                .map_or(0, |b| b.clean.end),
        );
        let n = marks
            .iter()
            .filter(|r| r.start >= from && r.start < to)
            .count();
        if n > 0 {
            label.push_str(&format!(" ({n})"));
        }
        let children: Vec<_> = s.children.iter().map(|&c| item(doc, c, marks)).collect();
        if children.is_empty() {
            TreeItem::new_leaf(i, label)
        } else {
            // Identifiers are section indexes, unique by construction.
            TreeItem::new(i, label, children)
                .unwrap_or_else(|_| TreeItem::new_leaf(i, s.title.clone()))
        }
    }
    (0..doc.sections.len())
        .filter(|&i| doc.sections[i].parent.is_none())
        .map(|i| item(doc, i, marks))
        .collect()
}
