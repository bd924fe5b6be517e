//! Reading across documents: `R` lists passages elsewhere that report on
//! the paragraph at the cursor (or the section being read), `T` lists every
//! dated statement in date order, `D` goes to the other copy of a passage
//! that appears in two documents. Enter in a list goes there.

use super::action::Action;
use super::app::{App, Overlay, Pane};
use crate::corpus::Entry;
use std::ops::Range;

impl App {
    /// The passage `R` asks about: the paragraph under the cursor, else the
    /// section at the top of the view.
    fn related_query(&mut self) -> Option<Range<usize>> {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return None;
        };
        let view = &mut self.views[self.selected];
        if let Some(at) = &view.cursor.at {
            let b = &doc.blocks[doc.block_at_clean(at.start)];
            return Some(b.clean.clone());
        }
        let top = view.reader.top_block(doc);
        let section = doc.section_of_block(top)?;
        let s = &doc.sections[section];
        let start = doc.blocks.get(s.blocks.start)?.clean.start;
        let end = doc.blocks.get(s.blocks.end.checked_sub(1)?)?.clean.end;
        Some(start..end)
    }

    pub(super) fn open_related(&mut self) {
        let Some(cross) = self.crossref.clone() else {
            self.message = Some("Still reading the briefing; try again in a moment".into());
            return;
        };
        let Some(query) = self.related_query() else {
            return;
        };
        self.related = cross
            .related
            .related(&self.corpus, self.selected, query, 20);
        if self.related.is_empty() {
            self.message = Some("Nothing related found in the other documents".into());
            return;
        }
        self.overlay = Some(Overlay::Related { selected: 0 });
    }

    pub(super) fn update_related(&mut self, selected: usize, action: Action) {
        let last = self.related.len().saturating_sub(1);
        let selected = match action {
            Action::Down => (selected + 1).min(last),
            Action::Up => selected.saturating_sub(1),
            Action::PageDown => (selected + 5).min(last),
            Action::PageUp => selected.saturating_sub(5),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Related => {
                self.overlay = None;
                return;
            }
            Action::Open => {
                self.overlay = None;
                if let Some(r) = self.related.get(selected).cloned() {
                    self.jump_to(r.doc, r.clean.start);
                    self.focus = Pane::Reader;
                }
                return;
            }
            _ => selected,
        };
        self.overlay = Some(Overlay::Related { selected });
    }

    pub(super) fn open_timeline(&mut self) {
        let Some(cross) = self.crossref.clone() else {
            self.message = Some("Still reading the briefing; try again in a moment".into());
            return;
        };
        if cross.timeline.is_empty() {
            self.message = Some("No dated statements".into());
            return;
        }
        // Start at the first statement of the document being read.
        let selected = cross
            .timeline
            .iter()
            .position(|t| t.doc == self.selected)
            .unwrap_or(0);
        self.overlay = Some(Overlay::Timeline { selected });
    }

    pub(super) fn update_timeline(&mut self, selected: usize, action: Action) {
        let Some(cross) = self.crossref.clone() else {
            self.overlay = None;
            return;
        };
        let last = cross.timeline.len().saturating_sub(1);
        let page = usize::from(self.areas.reader_rows.max(10) as u16 / 2).max(1);
        let selected = match action {
            Action::Down => (selected + 1).min(last),
            Action::Up => selected.saturating_sub(1),
            Action::PageDown => (selected + page).min(last),
            Action::PageUp => selected.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Timeline => {
                self.overlay = None;
                return;
            }
            Action::Open => {
                self.overlay = None;
                if let Some(t) = cross.timeline.get(selected) {
                    self.jump_to(t.doc, t.sentence.start);
                    self.focus = Pane::Reader;
                }
                return;
            }
            _ => selected,
        };
        self.overlay = Some(Overlay::Timeline { selected });
    }

    /// Other copies of the passage at the cursor, or of the first repeated
    /// passage on screen: (corpus entry, clean range).
    pub fn copies_here(&self) -> Vec<(usize, Range<usize>)> {
        let Some(cross) = &self.crossref else {
            return Vec::new();
        };
        let doc = self.selected;
        if let Some(c) = self.views.get(doc).and_then(|v| v.cursor.at.clone()) {
            return crate::crossref::duplicates::also_in(&cross.duplicates, doc, c.start);
        }
        let Some(span) = self.areas.reader_span.clone() else {
            return Vec::new();
        };
        let seen =
            |(d, r): &(usize, Range<usize>)| *d == doc && r.start < span.end && r.end > span.start;
        let mut copies: Vec<(usize, Range<usize>, usize)> = cross
            .duplicates
            .iter()
            .filter_map(|x| {
                if seen(&x.a) {
                    Some((x.b.0, x.b.1.clone(), x.a.1.start))
                } else if seen(&x.b) {
                    Some((x.a.0, x.a.1.clone(), x.b.1.start))
                } else {
                    None
                }
            })
            .collect();
        // The copy of what stands highest on screen first.
        copies.sort_by_key(|c| c.2);
        copies.into_iter().map(|(d, r, _)| (d, r)).collect()
    }

    /// `D`: to the other copy of a repeated passage.
    pub(super) fn jump_to_duplicate(&mut self) {
        let copies = self.copies_here();
        match copies.first() {
            Some((doc, range)) => {
                let (doc, start) = (*doc, range.start);
                self.jump_to(doc, start);
                self.message = Some(format!(
                    "The same text in {} ({} goes back)",
                    self.corpus.entries[doc].id(),
                    super::keymap::keys_for(Action::Duplicate)
                ));
            }
            None => self.message = Some("This passage appears in no other document".into()),
        }
    }
}
