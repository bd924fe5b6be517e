//! Reading across documents: `R` lists passages elsewhere that report on
//! the paragraph at the cursor (or the section being read), `T` lists every
//! dated statement of the reading text in date order (those without a year
//! after them, apart), `D` goes to the other copy of a passage that appears
//! in two documents and says which document that is by its title. Enter in
//! a list goes there.

use super::action::Action;
use super::app::{App, Pane};
use crate::corpus::Entry;
use std::ops::Range;

impl App {
    /// Why the cross-references (related passages, copies, the timeline)
    /// are not there yet, and how far the work before them has come: they
    /// are built once every document is read and its entities recognised.
    /// Short enough for the status bar of an 80-column terminal.
    pub(in crate::tui) fn cross_references_pending(&self) -> String {
        if let Some(loading) = &self.loading {
            return match loading.progress.get() {
                (_, 0) => "Cross-references come after reading the briefing".to_string(),
                (done, total) => format!(
                    "Cross-references come after reading ({done} of {total} documents read)"
                ),
            };
        }
        if self.entities.state == super::entity_view::IndexState::Building {
            return match self.entities.progress.get() {
                (_, 0) => "Cross-references come after the entities".to_string(),
                (done, total) => format!(
                    "Cross-references come after the entities ({done} of {total} documents recognised)"
                ),
            };
        }
        match self.crossref_part() {
            Some((part, n, total)) => format!(
                "Building the cross-references: {part} ({n} of {total}); try again in a moment"
            ),
            None => "Building the cross-references; try again in a moment".to_string(),
        }
    }

    /// The part of the cross-references being built, its number (from 1)
    /// and how many there are, while the background builds them.
    fn crossref_part(&self) -> Option<(&'static str, usize, usize)> {
        if self.crossref.is_some() {
            return None;
        }
        let (done, total) = self.crossref_parts.get();
        let part = crate::briefing::CROSSREF_PARTS
            .get(done)
            .filter(|_| done < total)?;
        Some((part, done + 1, total))
    }

    /// "building cross-references: copies (2 of 3)…" while the background
    /// builds them (for the status bar); nothing before it starts or once
    /// they are in.
    pub(in crate::tui) fn crossref_status(&self) -> Option<String> {
        let (part, n, total) = self.crossref_part()?;
        Some(format!(
            "building cross-references: {part} ({n} of {total})…"
        ))
    }

    /// True when the building of the cross-references moved on since this
    /// was last asked (the status on screen is then out of date).
    pub(in crate::tui) fn crossref_parts_moved(&mut self) -> bool {
        if self.crossref.is_some() {
            return false;
        }
        let now = self.crossref_parts.get();
        std::mem::replace(&mut self.crossref_parts_shown, now) != now
    }

    /// The passage `R` asks about: the paragraph under the cursor, else the
    /// section at the top of the view.
    pub(in crate::tui) fn related_query(&mut self) -> Option<Range<usize>> {
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

    /// Other copies of the passage at the cursor, or of the first repeated
    /// passage on screen: (corpus entry, clean range).
    pub fn copies_here(&self) -> Vec<(usize, Range<usize>)> {
        let Some(cross) = &self.crossref else {
            return Vec::new();
        };
        let doc = self.selected;
        if let Some(c) = self.views.get(doc).and_then(|v| v.cursor.at.clone()) {
            return cross.duplicates.also_in(doc, c.start);
        }
        let Some(span) = self.areas.reader_span.clone() else {
            return Vec::new();
        };
        let seen =
            |(d, r): &(usize, Range<usize>)| *d == doc && r.start < span.end && r.end > span.start;
        let mut copies: Vec<(usize, Range<usize>, usize)> = cross
            .duplicates
            .involving(doc)
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

    /// Shows corpus entry `doc` at `clean` beside the document being read.
    pub(super) fn open_split(&mut self, doc: usize, clean: usize) {
        if doc == self.selected {
            return;
        }
        self.split = Some(doc);
        let rows = self.areas.split_rows.max(self.areas.reader_rows).max(1);
        if let Some(Entry::Doc(d)) = self.corpus.entries.get(doc) {
            let r = &mut self.views[doc].reader;
            if r.raw {
                r.toggle_raw(d);
            }
            let block = d.block_at_clean(clean);
            if d.blocks.get(block).is_some_and(|b| b.kind.is_folded()) {
                r.set_show_folded(true);
            }
            r.show_clean_offset(d, clean);
            r.scroll_up(d, rows / 3);
        }
        self.focus = Pane::Split;
    }

    /// `|`: side by side with the other copy of the passage at hand, or with
    /// the best related passage; closes the comparison when one is open.
    pub(super) fn toggle_split(&mut self) {
        if self.split.take().is_some() {
            if self.focus == Pane::Split {
                self.focus = Pane::Reader;
            }
            return;
        }
        if let Some((doc, range)) = self.copies_here().first().cloned() {
            self.open_split(doc, range.start);
            return;
        }
        let Some(cross) = self.crossref.clone() else {
            self.message = Some(self.cross_references_pending());
            return;
        };
        let Some(query) = self.related_query() else {
            return;
        };
        match cross
            .related
            .related(&self.corpus, self.selected, query, 1)
            .first()
        {
            Some(r) => {
                let (doc, at) = (r.doc, r.clean.start);
                self.open_split(doc, at);
            }
            None => self.message = Some("Nothing related to put beside it".into()),
        }
    }

    /// Keys for the second reading pane of a comparison.
    pub(super) fn update_split_reader(&mut self, action: Action) {
        let Some(doc) = self.split else {
            self.focus = Pane::Reader;
            return;
        };
        let page = self.areas.split_rows.max(1);
        let Some(Entry::Doc(d)) = self.corpus.entries.get(doc) else {
            return;
        };
        let r = &mut self.views[doc].reader;
        if r.scroll(action, d, page) {
            return;
        }
        // Enter reads the compared document in full.
        if action == Action::Open {
            let at = r.top_clean(d);
            self.split = None;
            self.jump_to(doc, at);
            self.focus = Pane::Reader;
        }
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
                    super::panels::overlay::doc_name(self, doc, super::panels::overlay::TITLE_MAX),
                    self.keymap.keys_for(Action::Duplicate)
                ));
            }
            None => self.message = Some("This passage appears in no other document".into()),
        }
    }
}
