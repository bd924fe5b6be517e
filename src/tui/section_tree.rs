//! The section tree beside the reader (its state is a
//! [`SectionOutline`](super::section_outline::SectionOutline) per document):
//! moving in it, showing the section chosen, and following the reading place
//! so that the section being read is the one selected.

use super::action::Action;
use super::app::App;
use crate::corpus::Entry;

impl App {
    pub(super) fn update_tree(&mut self, action: Action) {
        let corpus = self.corpus.clone();
        let Some(doc) = corpus.entries.get(self.selected).and_then(Entry::doc) else {
            return;
        };
        let Some(view) = self.views.get_mut(self.selected) else {
            return;
        };
        let page = self.areas.tree.map_or(10, |r| {
            usize::from(super::pane_frame::PaneFrame::inner_of(r).height)
        });
        let mut fx = Vec::new();
        view.outline.update(action, doc, page, &mut fx);
        self.apply(fx);
    }

    /// Puts a section's first block at the top of the reader.
    pub fn show_section(&mut self, section: usize) {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        self.views[self.selected].show_section(doc, section);
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
        if view.outline.selected() != Some(sec) {
            view.outline.select(doc, sec);
        }
    }

    /// The block being read: the reading cursor's while it is on screen (a
    /// jump puts it at the place jumped to, below some lines of context),
    /// else the one at the top of the view. The tree and the status bar
    /// follow it.
    fn reading_block(&mut self) -> usize {
        self.reading_block_in(None)
    }

    /// [`App::reading_block`], with the clean text on screen when the
    /// frame's layout knows it already (else it is worked out).
    fn reading_block_in(&mut self, on_screen: Option<std::ops::Range<usize>>) -> usize {
        let rows = self.page();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        let view = &mut self.views[self.selected];
        let shown = on_screen.or_else(|| view.reader.clean_in_view(doc, rows));
        if let (Some(at), Some(shown)) = (view.cursor.at.clone(), shown)
            && at.start >= shown.start
            && at.start < shown.end.max(shown.start + 1)
        {
            return doc.block_at_clean(at.start);
        }
        view.reader.top_block(doc)
    }

    /// The section being read, for the status bar (`on_screen`: the clean
    /// text the frame shows, when laid out already).
    pub fn current_section(&mut self, on_screen: Option<std::ops::Range<usize>>) -> Option<String> {
        let corpus = self.corpus.clone();
        let Some(Entry::Doc(doc)) = corpus.entries.get(self.selected) else {
            return None;
        };
        let block = self.reading_block_in(on_screen);
        doc.section_of_block(block)
            .map(|s| doc.sections[s].title.clone())
    }
}
