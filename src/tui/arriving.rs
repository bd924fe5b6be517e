//! The reader's side of a corpus read while it is open (see `loading`):
//! documents put in place as they arrive, the one on screen asked for first,
//! and, once all are in, the list put in reading order (the letter first,
//! then the press by date) with the document being read kept on screen.
//! Marks are placed in a document when it arrives; the background work
//! (entities, cross-references) starts, and searches run, when the corpus
//! is complete and in order, as they number the documents.

use super::app::{App, DocView, mark_same_titles};
use super::loading::{Arrival, Loading};
use super::theme::Theme;
use crate::corpus::Entry;
use crate::corpus::plan::Plan;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

/// How long a turn of the event loop spends putting documents in place.
const TURN_BUDGET: Duration = Duration::from_millis(8);

/// The start of a file parsed for the first frame while the whole is read,
/// on a terminal of unknown size: a screen of 160x48 and more (the first
/// frame waits for it: 64 KiB took 4 ms, the whole of a 29 KB letter 2 ms).
pub const FIRST_SCREEN_BYTES: usize = 12 * 1024;

/// The start of a file parsed for the first frame on a terminal of `cols` x
/// `rows`: a byte for every cell of the screen, twice what the reading pane
/// shows beside the lists (a letter's first screen at 160x48 is its first
/// 2.7 KB), and room for a sidebar's columns in text laid out by position.
pub fn first_screen_bytes(cols: u16, rows: u16) -> usize {
    (usize::from(cols) * usize::from(rows)).clamp(4 * 1024, 64 * 1024)
}

/// The larger start of a very large file, read in the background before the
/// whole of it (some forty screens of 160x48, about 16 ms), so that paging
/// on does not reach the end of the first start while the whole is read.
pub const PREVIEW_BYTES: usize = 256 * 1024;

/// The document shown first, read before the first frame: the whole of it,
/// or the start of a text file larger than a first screen.
pub struct FirstRead {
    /// Its input in the plan.
    pub index: usize,
    pub entry: Entry,
    /// The file's size when `entry` is its start.
    pub start_of: Option<u64>,
}

impl FirstRead {
    /// Reads input `first` of `plan`, only its first `screen` bytes when it
    /// is a longer text file (none when there is no such input).
    pub fn of(plan: &Plan, first: usize, screen: usize) -> Option<FirstRead> {
        if first >= plan.len() {
            return None;
        }
        let (entry, start_of) = match plan.read_head(first, screen) {
            Some(head) => (head, Some(plan.bytes_of(first))),
            None => (plan.read(first), None),
        };
        Some(FirstRead {
            index: first,
            entry,
            start_of,
        })
    }
}

/// What the reading in the background has brought and the App has not put
/// in place yet.
#[derive(Default)]
pub struct Arriving {
    /// Documents read that wait to be put in place (while something else
    /// holds the corpus for a moment).
    pub arrivals: Vec<Arrival>,
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
    /// the corpus is `plan.pending()`. A text file larger than
    /// [`FIRST_SCREEN_BYTES`] is shown from its start while the whole of it
    /// is read first.
    pub fn start_reading(&mut self, plan: Plan, first: usize, workers: usize) {
        let first = FirstRead::of(&plan, first, FIRST_SCREEN_BYTES);
        self.start_reading_from(plan, first, workers);
    }

    /// As [`App::start_reading`], with the document shown first read
    /// already (on another thread, while the terminal was taken).
    pub fn start_reading_from(&mut self, plan: Plan, first: Option<FirstRead>, workers: usize) {
        let mut read = Vec::new();
        if let Some(corpus) = Arc::get_mut(&mut self.corpus)
            && let Some(first) = first
            && first.index < corpus.entries.len()
        {
            let i = first.index;
            corpus.entries[i] = first.entry;
            match first.start_of {
                Some(size) => self.arriving.preview = Some((i, size)),
                None => read.push(i),
            }
            self.views[i] = DocView::of(&corpus.entries[i]);
        }
        // A very large file: a larger start before the whole.
        let larger_start = self
            .arriving
            .preview
            .filter(|&(_, size)| size > 4 * PREVIEW_BYTES as u64)
            .map(|(i, _)| (i, PREVIEW_BYTES));
        // Its workers start at the first turn of the event loop, after the
        // first frame.
        let loading = Loading::prepare(plan, &read, workers, larger_start);
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
            return Some(format!(
                "showing the start; reading all {}",
                file_size(size)
            ));
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
            loading.start_workers();
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
        for Arrival {
            index: i,
            entry,
            whole,
        } in self.arriving.arrivals.drain(..)
        {
            let Some(slot) = corpus.entries.get_mut(i) else {
                continue;
            };
            if Some(i) == preview {
                // Where the start was being read, as an offset in the file
                // (the start's bytes are the file's first bytes; a larger
                // start and the whole may come in one turn). At its top it
                // was not moved: the reading place kept, if any, counts.
                if shown_from.is_none()
                    && let Entry::Doc(start) = &*slot
                {
                    let top = self.views[i].reader.top_clean(start);
                    shown_from = (top > 0)
                        .then(|| start.raw_range(top..top).map(|r| r.start))
                        .flatten();
                }
                if whole {
                    self.arriving.preview = None;
                }
            } else if !matches!(slot, Entry::Pending { .. }) {
                continue;
            }
            *slot = entry;
            // Only the document shown from its start comes twice.
            if Some(i) != preview || !arrived.contains(&i) {
                arrived.push(i);
            }
        }
        for &i in &arrived {
            self.views[i] = DocView::of(&self.corpus.entries[i]);
            if Some(i) == preview
                && let (Some(raw), Entry::Doc(doc)) = (shown_from, &self.corpus.entries[i])
            {
                // Shown at the same text: where the reader was taken
                // counts, not the place kept from before.
                self.views[i].restored = true;
                let clean = doc.clean_at_raw(raw);
                self.views[i].reader.show_clean_offset(doc, clean);
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

/// A file's size as the status bar says it: "29 KB", "52 MB".
fn file_size(bytes: u64) -> String {
    match bytes {
        ..1_000_000 => format!("{} KB", bytes.div_ceil(1000)),
        _ => format!("{:.0} MB", bytes as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_sizes_in_kilobytes_then_megabytes() {
        assert_eq!(super::file_size(28_686), "29 KB");
        assert_eq!(super::file_size(999_999), "1000 KB");
        assert_eq!(super::file_size(1_000_000), "1 MB");
        assert_eq!(super::file_size(52_400_000), "52 MB");
    }
}
