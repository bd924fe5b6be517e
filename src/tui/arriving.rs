//! The reader's side of a corpus read while it is open (see `loading`):
//! documents put in place as they arrive, the one on screen asked for first,
//! and, once all are in, the list put in reading order (the letter first,
//! then the press by date) with the document being read kept on screen.
//! Marks are placed in a document when it arrives; the background work
//! (entities, search index, cross-references) starts when the corpus is
//! complete and in order, as its indexes number the documents.

use super::app::{App, DocView, mark_same_titles};
use super::loading::Loading;
use super::theme::Theme;
use crate::corpus::Entry;
use crate::corpus::plan::Plan;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

/// How long a turn of the event loop spends putting documents in place.
const TURN_BUDGET: Duration = Duration::from_millis(8);

/// The start of a large file shown while the whole is read: some ten
/// screens of 160x48, parsed in about 4 ms (256 KiB took 16 ms, which
/// the first frame waited for).
pub const PREVIEW_BYTES: usize = 64 * 1024;

/// What the reading in the background has brought and the App has not put
/// in place yet.
#[derive(Default)]
pub struct Arriving {
    /// Documents read that wait to be put in place (while something else
    /// holds the corpus for a moment).
    pub arrivals: Vec<(usize, Entry)>,
    /// The document shown from its start while the whole is read (a large
    /// file): its entry, and the file's size. Replaced when the whole
    /// arrives, the view kept on the same text.
    pub preview: Option<(usize, u64)>,
    /// Every document is read, but the list is not in reading order yet:
    /// it is put in order once no overlay or search holds places in it.
    pub reorder_pending: bool,
}

impl App {
    /// The reader on a corpus to be read while it is open: every document
    /// pending but input `first` (read now, unless there is no such input),
    /// the rest read on `workers` threads.
    pub fn reading(plan: Plan, first: usize, theme: Theme, workers: usize) -> Self {
        let mut app = App::new(plan.pending(), theme);
        app.start_reading(plan, first, workers);
        app
    }

    /// Reads input `first` of `plan` now and the rest on `workers` threads;
    /// the corpus is `plan.pending()`. A large text file is shown from its
    /// start ([`PREVIEW_BYTES`]) while the whole of it is read first.
    pub fn start_reading(&mut self, plan: Plan, first: usize, workers: usize) {
        let mut read = Vec::new();
        if let Some(corpus) = Arc::get_mut(&mut self.corpus)
            && first < plan.len()
            && first < corpus.entries.len()
        {
            let size = plan.bytes_of(first);
            let head = (size > super::loading::READ_FIRST_BYTES)
                .then(|| plan.read_head(first, PREVIEW_BYTES))
                .flatten();
            match head {
                Some(head) => {
                    corpus.entries[first] = head;
                    self.arriving.preview = Some((first, size));
                }
                None => {
                    corpus.entries[first] = plan.read(first);
                    read.push(first);
                }
            }
            self.views[first] = DocView::of(&corpus.entries[first]);
        }
        let loading = Loading::start(plan, &read, workers);
        if let Some((i, _)) = self.arriving.preview {
            loading.want(i);
        }
        self.loading = Some(loading);
    }

    /// Whether entry `i` is the start of a document still being read.
    pub fn is_preview(&self, i: usize) -> bool {
        self.arriving.preview.is_some_and(|(p, _)| p == i)
    }

    /// The corpus is complete and in reading order: the background work
    /// that numbers its documents may start.
    pub fn corpus_ready(&self) -> bool {
        self.loading.is_none()
            && self.arriving.arrivals.is_empty()
            && !self.arriving.reorder_pending
    }

    /// "12 of 40 documents" while reading, for the status bar.
    pub fn reading_status(&self) -> Option<String> {
        let loading = self.loading.as_ref()?;
        if let Some((_, size)) = self.arriving.preview {
            let mb = size as f64 / 1e6;
            return Some(format!("showing the start; reading all {mb:.0} MB"));
        }
        loading
            .progress
            .of_documents()
            .map(|d| format!("reading {d}"))
    }

    /// Puts the documents read since the last turn in place, and when all
    /// are in, the list in reading order. True when the screen changed.
    pub fn poll_loading(&mut self) -> bool {
        let mut changed = false;
        if let Some(loading) = self.loading.as_mut() {
            for shown in [Some(self.selected), self.split].into_iter().flatten() {
                if matches!(self.corpus.entries.get(shown), Some(Entry::Pending { .. })) {
                    loading.want(shown);
                }
            }
            let got = loading.take(TURN_BUDGET);
            changed = !got.is_empty();
            self.arriving.arrivals.extend(got);
            if loading.done() {
                self.loading = None;
                self.arriving.reorder_pending = true;
                changed = true;
            }
        }
        if !self.arriving.arrivals.is_empty() {
            self.put_arrivals_in_place();
        }
        if self.arriving.reorder_pending && self.arriving.arrivals.is_empty() && self.may_reorder()
        {
            self.put_in_reading_order();
            changed = true;
        }
        changed
    }

    fn put_arrivals_in_place(&mut self) {
        // Something holds the corpus for a moment (it never keeps it while
        // reading goes on): the next turn tries again.
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return;
        };
        let preview = self.arriving.preview.map(|(i, _)| i);
        let mut arrived = Vec::with_capacity(self.arriving.arrivals.len());
        let mut shown_from = None;
        for (i, entry) in self.arriving.arrivals.drain(..) {
            let Some(slot) = corpus.entries.get_mut(i) else {
                continue;
            };
            if Some(i) == preview {
                // Where the start was being read, as an offset in the file
                // (the start's bytes are the file's first bytes).
                if let Entry::Doc(start) = &*slot {
                    let top = self.views[i].reader.top_clean(start);
                    shown_from = start.raw_range(top..top).map(|r| r.start);
                }
                self.arriving.preview = None;
            } else if !matches!(slot, Entry::Pending { .. }) {
                continue;
            }
            *slot = entry;
            arrived.push(i);
        }
        for &i in &arrived {
            self.views[i] = DocView::of(&self.corpus.entries[i]);
            if Some(i) == preview {
                // Shown at the same text; its reading place was applied.
                self.views[i].restored = true;
                if let (Some(raw), Entry::Doc(doc)) = (shown_from, &self.corpus.entries[i]) {
                    let clean = doc.clean_at_raw(raw);
                    self.views[i].reader.show_clean_offset(doc, clean);
                }
            }
        }
        if arrived.contains(&self.selected) {
            self.restore_place(self.selected);
            self.sync_tree();
        }
        if let Some(s) = self.split
            && arrived.contains(&s)
        {
            self.restore_place(s);
        }
        self.place_marks_in(&arrived);
    }

    /// Places the marks again when some are made on documents that arrived.
    fn place_marks_in(&mut self, arrived: &[usize]) {
        let Some(marks) = &self.marks else { return };
        let ids: HashSet<&str> = arrived
            .iter()
            .map(|&i| self.corpus.entries[i].id())
            .collect();
        if !marks.marks().iter().any(|m| ids.contains(m.doc.as_str())) {
            return;
        }
        let corpus = self.corpus.clone();
        if let Some(marks) = &mut self.marks {
            marks.place_all(&corpus);
        }
        self.refresh_mark_counts(arrived);
    }

    /// No overlay holds a document's number (a form, a list of results:
    /// they are open for a moment; the search is renumbered).
    fn may_reorder(&self) -> bool {
        self.panel.is_none()
    }

    /// The list in reading order, the documents shown kept on screen; then
    /// the marks settled (old ids moved, all placed).
    fn put_in_reading_order(&mut self) {
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return;
        };
        // Still pending when every document that was read is in place:
        // the reading's threads stopped (a bug). Listed as failed, not as
        // "reading…" for ever.
        for (entry, view) in corpus.entries.iter_mut().zip(&mut self.views) {
            if let Entry::Pending { id, origin } = entry {
                *entry = Entry::Failed {
                    id: std::mem::take(id),
                    origin: origin.clone(),
                    error: crate::document::source::LoadError::Bug(
                        "the threads reading the documents stopped before this one".into(),
                    ),
                };
                *view = DocView::of(entry);
            }
        }
        let n = corpus.entries.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| corpus.entries[i].reading_key());
        let mut entries: Vec<Option<Entry>> = std::mem::take(&mut corpus.entries)
            .into_iter()
            .map(Some)
            .collect();
        let mut views: Vec<Option<DocView>> = std::mem::take(&mut self.views)
            .into_iter()
            .map(Some)
            .collect();
        corpus.entries = order.iter().filter_map(|&i| entries[i].take()).collect();
        self.views = order.iter().filter_map(|&i| views[i].take()).collect();
        let mut new_place = vec![0; n];
        for (new, &old) in order.iter().enumerate() {
            new_place[old] = new;
        }
        self.selected = new_place.get(self.selected).copied().unwrap_or(0);
        self.list.selected = self.selected;
        self.split = self.split.and_then(|s| new_place.get(s).copied());
        self.search.renumber(&new_place);
        self.arriving.reorder_pending = false;
        mark_same_titles(&self.corpus, &mut self.views);
        let corpus = self.corpus.clone();
        if let Some(marks) = &mut self.marks {
            marks.settle(&corpus);
        }
        let marked: Vec<usize> = self.marks.as_ref().map_or_else(Vec::new, |m| {
            (0..m.placed.len())
                .filter(|&i| !m.placed[i].is_empty())
                .collect()
        });
        self.refresh_mark_counts(&marked);
        self.refresh_entities();
    }
}
