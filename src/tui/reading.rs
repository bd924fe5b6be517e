//! The reader as a component: a [`DocView`] a document, kept while the
//! reader goes to other documents. It owns where the view is (a
//! [`ReaderView`]), the reading cursor and selection, and the document's
//! section tree, and takes the actions meant for the reader: scrolling,
//! folds and the raw view, the section jumps `[`/`]`, the cursor's moves
//! and `v`. What it needs of the rest it asks for as effects (the focus
//! on the reader).

use super::action::Action;
use super::app::Pane;
use super::cursor::Cursor;
use super::panel::Effect;
use super::reader::ReaderView;
use super::section_outline::SectionOutline;
use crate::corpus::Entry;
use crate::document::Document;
use crate::document::units::Unit;
use std::ops::Range;

/// Per-document view state, kept while switching documents.
pub struct DocView {
    pub reader: ReaderView,
    pub cursor: Cursor,
    /// Its section tree: what is open and selected, with mark counts.
    pub outline: SectionOutline,
    /// Its remembered reading place was applied (or there was none).
    pub restored: bool,
    /// Columns its section tree's longest line takes (see `layout`).
    pub tree_width: u16,
    /// Another document of the briefing has the same title (four
    /// extractions of one letter): the list names its file to tell them
    /// apart.
    pub same_title: bool,
}

/// What the reader knows of the last frame: its page (text rows) and the
/// clean text it showed.
#[derive(Debug, Clone, Default)]
pub struct ReadingFrame {
    pub page: usize,
    pub on_screen: Option<Range<usize>>,
}

impl DocView {
    /// The view of an entry not shown yet: at its top, the tree closed.
    pub fn of(entry: &Entry) -> Self {
        DocView {
            same_title: false,
            reader: ReaderView::default(),
            restored: false,
            tree_width: entry.doc().map_or(0, super::layout::tree_width),
            cursor: Cursor::default(),
            outline: entry.doc().map(SectionOutline::new).unwrap_or_default(),
        }
    }

    /// An action for the reader of `doc`; false when it is not one.
    pub fn update(
        &mut self,
        action: Action,
        doc: &Document,
        frame: &ReadingFrame,
        fx: &mut Vec<Effect>,
    ) -> bool {
        match action {
            Action::WordNext
            | Action::WordPrev
            | Action::SentenceNext
            | Action::SentencePrev
            | Action::ParagraphNext
            | Action::ParagraphPrev => {
                self.move_cursor(action, doc, frame);
                fx.push(Effect::Focus(Pane::Reader));
            }
            Action::Select => {
                let top = self.reader.top_clean(doc);
                self.cursor.toggle_selection(doc, top);
                fx.push(Effect::Focus(Pane::Reader));
            }
            Action::ToggleFold => {
                let top = self.reader.top_clean(doc);
                self.reader.set_show_folded(!self.reader.show_folded);
                self.reader.show_clean_offset(doc, top);
            }
            Action::ToggleRaw => self.reader.toggle_raw(doc),
            Action::PrevSection | Action::NextSection => {
                self.jump_section(doc, action == Action::NextSection)
            }
            _ => return self.reader.scroll(action, doc, frame.page),
        }
        true
    }

    /// Moves the reading cursor a word, sentence or paragraph (leaving the
    /// raw view, where there is no cursor) and keeps it on screen.
    fn move_cursor(&mut self, action: Action, doc: &Document, frame: &ReadingFrame) {
        let (unit, forward) = match action {
            Action::WordNext => (Unit::Word, true),
            Action::WordPrev => (Unit::Word, false),
            Action::SentenceNext => (Unit::Sentence, true),
            Action::SentencePrev => (Unit::Sentence, false),
            Action::ParagraphNext => (Unit::Paragraph, true),
            _ => (Unit::Paragraph, false),
        };
        let top = self.reader.top_clean(doc);
        if self.reader.raw {
            self.reader.toggle_raw(doc);
        }
        self.cursor
            .step(doc, unit, forward, frame.on_screen.clone(), top);
        self.keep_cursor_in_view(doc, frame);
    }

    /// Scrolls so the cursor is on screen, with some context above it.
    fn keep_cursor_in_view(&mut self, doc: &Document, frame: &ReadingFrame) {
        let Some(at) = self.cursor.at.clone() else {
            return;
        };
        let in_view = frame
            .on_screen
            .as_ref()
            .is_some_and(|s| at.start >= s.start && at.end <= s.end);
        if !in_view {
            self.reader.show_clean_offset(doc, at.start);
            self.reader.scroll_up(doc, frame.page.max(1) / 3);
        }
    }

    /// Puts a section's first block at the top of the view (in the clean
    /// view).
    pub fn show_section(&mut self, doc: &Document, section: usize) {
        if let Some(s) = doc.sections.get(section) {
            let clean = doc.blocks.get(s.blocks.start).map_or(0, |b| b.clean.start);
            if self.reader.raw {
                self.reader.toggle_raw(doc);
            }
            self.reader.show_clean_offset(doc, clean);
        }
    }

    /// `]` and `[`: the start of the next section, or of this one (then the
    /// one before) going back.
    fn jump_section(&mut self, doc: &Document, forward: bool) {
        let mut starts: Vec<(usize, usize)> = doc
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.blocks.start, i))
            .collect();
        starts.sort();
        let top = self.reader.top_block(doc);
        let at_start = self.reader.top.line == 0;
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
            self.show_section(doc, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn the_reader_takes_its_actions_and_asks_for_the_focus() {
        let corpus = Corpus::bundled();
        let entry = corpus
            .entries
            .iter()
            .find(|e| e.id().starts_with("004"))
            .unwrap();
        let doc = entry.doc().unwrap();
        let mut view = DocView::of(entry);
        view.reader.set_width(doc, 80);
        let frame = ReadingFrame {
            page: 20,
            on_screen: view.reader.clean_in_view(doc, 20),
        };
        let mut fx = Vec::new();
        // A cursor move puts the cursor on a word and asks for the reader.
        assert!(view.update(Action::WordNext, doc, &frame, &mut fx));
        assert_eq!(fx, [Effect::Focus(Pane::Reader)]);
        let word = view.cursor.at.clone().expect("a word");
        assert!(!doc.clean[word].trim().is_empty());
        // `]` goes to the next section's start.
        fx.clear();
        let before = view.reader.top_block(doc);
        assert!(view.update(Action::NextSection, doc, &frame, &mut fx));
        let after = view.reader.top_block(doc);
        assert!(after > before, "{before} → {after}");
        assert!(doc.sections.iter().any(|s| s.blocks.start == after));
        // Scrolling is the reader's; a list's Enter is not.
        assert!(view.update(Action::PageDown, doc, &frame, &mut fx));
        assert!(!view.update(Action::Open, doc, &frame, &mut fx));
        assert!(fx.is_empty());
        // The raw view and back.
        view.update(Action::ToggleRaw, doc, &frame, &mut fx);
        assert!(view.reader.raw);
        view.update(Action::ToggleRaw, doc, &frame, &mut fx);
        assert!(!view.reader.raw);
    }
}
