//! The reviewer's marks as the reader shows them: the store, where each mark
//! stands in its document now (or that it could not be placed), the labels
//! to choose from, who the reviewer is, what `u` can undo, the marks
//! pane's filters and cursor, and the marks that are only in memory (kept
//! in a rescue file when the reader quits with them).

use crate::corpus::Corpus;
use crate::marks::Mark;
use crate::marks::export::{self, MarkView};
use crate::marks::reanchoring::{self, Placements, spot_in};
use crate::marks::rescue::{self, RescueError, RescuePlan};
use crate::marks::store::{MarkStore, StoreError};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A mark placed in a document: its id, label and clean range.
pub use crate::marks::reanchoring::Placed;

/// The labels offered when a corpus names none (`.brief/labels.txt`).
pub const DEFAULT_LABELS: [&str; 4] = ["belangrijk", "vraag", "betwist", "actie"];

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MarksFilter {
    pub label: Option<String>,
    /// Only the marks of the document being read.
    pub this_doc: bool,
    pub reviewer: Option<String>,
}

pub struct MarksState {
    pub store: Option<MarkStore>,
    pub path: PathBuf,
    pub reviewer: String,
    pub labels: Vec<String>,
    /// Why marks cannot be saved right now (read-only, disk full, corrupt
    /// file kept): shown in the status bar until a save succeeds.
    pub problem: Option<String>,
    /// Per corpus entry, the marks placed in it, by start.
    pub placed: Vec<Vec<Placed>>,
    /// Marks that could not be placed: never dropped, shown in the pane.
    pub orphans: Vec<String>,
    /// Deleted this session, newest last: `u` brings them back.
    pub undo: Vec<Mark>,
    pub filter: MarksFilter,
    /// A mark whose passage is being changed (or re-attached): the next
    /// `m` moves it to the selection and keeps its label and note.
    pub repassage: Option<String>,
    /// The last save's error as the store said it, for the quit dialog.
    pub last_error: Option<String>,
    /// Where unsaved marks would be rescued: decided once, when first
    /// asked, so the dialog names the file that is then written.
    pub rescue_plan: Option<RescuePlan>,
    /// The rescue file written, and how many marks it holds.
    pub rescued: Option<(PathBuf, usize)>,
    /// Why the last attempt to write a rescue file failed.
    pub rescue_error: Option<String>,
}

impl MarksState {
    /// Opens the marks file for a corpus; a file that cannot be read or
    /// parsed is kept and reported, and the reader goes on read-only.
    pub fn open(corpus: &Corpus, path: PathBuf, reviewer: String) -> Self {
        let mut state = Self::open_unplaced(corpus, path, reviewer);
        state.settle(corpus);
        state
    }

    /// Opens the marks file without placing its marks: for a corpus still
    /// being read, whose documents are not all there to place them in (nor
    /// to tell old ids apart). [`MarksState::settle`] places them once they
    /// are; marks made meanwhile are placed as they are made.
    pub fn open_unplaced(corpus: &Corpus, path: PathBuf, reviewer: String) -> Self {
        let labels = labels_for(corpus.root.as_deref());
        let (store, problem) = match MarkStore::open(&path) {
            Ok(s) => {
                let problem = s.read_only().map(|e| format!("marks are read-only: {e}"));
                (Some(s), problem)
            }
            Err(e) => (None, Some(format!("marks cannot be opened: {e}"))),
        };
        MarksState {
            store,
            path,
            reviewer,
            labels,
            problem,
            placed: vec![Vec::new(); corpus.entries.len()],
            orphans: Vec::new(),
            undo: Vec::new(),
            filter: MarksFilter::default(),
            repassage: None,
            last_error: None,
            rescue_plan: None,
            rescued: None,
            rescue_error: None,
        }
    }

    /// With every document read: marks made under the ids of older versions
    /// moved to their documents' ids, and all of them placed.
    pub fn settle(&mut self, corpus: &Corpus) {
        if let Some(s) = self.store.as_mut() {
            let moved = crate::marks::migrate::migrate(corpus, s);
            if let Some(m) = crate::marks::migrate::summary(&moved) {
                self.problem.get_or_insert(m);
            }
        }
        self.place_all(corpus);
    }

    /// Live marks, in file order.
    pub fn marks(&self) -> Vec<&Mark> {
        self.store.as_ref().map_or_else(Vec::new, |s| s.marks())
    }

    pub fn get(&self, id: &str) -> Option<&Mark> {
        self.marks().into_iter().find(|m| m.id == id)
    }

    /// Where every mark stands in the documents as they are now.
    /// A mark found anywhere but at its position in the file it was made on
    /// is re-anchored there (see `anchor::reanchor`) and saved (the same
    /// placing the command line does: `reanchoring::place_and_reanchor`).
    pub fn place_all(&mut self, corpus: &Corpus) {
        let Some(store) = self.store.as_mut() else {
            self.placed = vec![Vec::new(); corpus.entries.len()];
            self.orphans = Vec::new();
            return;
        };
        let (Placements { placed, orphans }, saved) =
            reanchoring::place_and_reanchor(corpus, store);
        self.placed = placed;
        self.orphans = orphans;
        if let Err(e) = saved {
            self.saved(Some(Err(e)));
        }
    }

    /// The corpus entry and clean range of a placed mark.
    pub fn spot(&self, id: &str) -> Option<(usize, Range<usize>)> {
        spot_in(&self.placed, id)
    }

    /// A mark as the exports and the marks pane show it, where it is placed now.
    pub fn view<'a>(&self, corpus: &Corpus, mark: &'a Mark) -> MarkView<'a> {
        export::view(corpus, mark, self.spot(&mark.id).map(|(_, r)| r))
    }

    /// Records how a change's save went: a failure keeps the marks in
    /// memory (the store retries at the next change) and says why.
    pub fn saved(&mut self, result: Option<Result<(), StoreError>>) {
        self.record(result);
        super::unsaved::publish(self);
    }

    fn record(&mut self, result: Option<Result<(), StoreError>>) {
        match result {
            Some(Err(e)) => {
                self.problem = Some(format!("marks not saved (kept in memory): {e}"));
                self.last_error = Some(e.to_string());
            }
            _ => {
                self.last_error = None;
                self.problem = self
                    .store
                    .as_ref()
                    .and_then(|s| s.read_only())
                    .map(|e| format!("marks are read-only: {e}"))
            }
        }
    }

    /// How many marks are only in memory (changes a save did not write).
    pub fn unsaved_count(&self) -> usize {
        self.store.as_ref().map_or(0, |s| s.unsaved().len())
    }

    /// Where unsaved marks go: the plan made the first time this is asked.
    pub fn rescue_plan(&mut self) -> &RescuePlan {
        self.rescue_plan
            .get_or_insert_with(|| RescuePlan::new(&self.path))
    }

    /// Why marks are not saved: the last save's error, or why the file is
    /// read-only.
    pub fn why_unsaved(&self) -> Option<String> {
        self.last_error.clone().or_else(|| {
            self.store
                .as_ref()
                .and_then(|s| s.read_only())
                .map(|e| e.to_string())
        })
    }

    /// Tries to save what is only in memory (the dialog's "try again").
    pub fn retry_save(&mut self) {
        let saved = self.store.as_mut().map(MarkStore::save);
        self.saved(saved);
    }

    /// Writes the marks that are only in memory to a rescue file (none is
    /// written when everything is saved). Records and returns the file.
    pub fn rescue(&mut self) -> Result<Option<(PathBuf, usize)>, RescueError> {
        let Some(store) = &self.store else {
            return Ok(None);
        };
        let unsaved: Vec<Mark> = store.unsaved().into_iter().cloned().collect();
        if unsaved.is_empty() {
            return Ok(self.rescued.clone());
        }
        let reason = self.why_unsaved();
        let plan = self
            .rescue_plan
            .get_or_insert_with(|| RescuePlan::new(&self.path))
            .clone();
        let refs: Vec<&Mark> = unsaved.iter().collect();
        match rescue::write(&plan, &self.path, &refs, reason.as_deref()) {
            Ok(file) => {
                self.rescue_error = None;
                self.rescued = Some((file, unsaved.len()));
                Ok(self.rescued.clone())
            }
            Err(e) => {
                self.rescue_error = Some(e.to_string());
                Err(e)
            }
        }
    }

    pub fn label_index(&self, label: &str) -> usize {
        self.labels
            .iter()
            .position(|l| l == label)
            .unwrap_or(self.labels.len())
    }

    /// The marks the pane shows, with their current placement.
    pub fn listed(&self, corpus: &Corpus, current_doc: usize) -> Vec<&Mark> {
        let current = corpus.entries.get(current_doc).map(|e| e.id().to_string());
        let mut out: Vec<&Mark> = self
            .marks()
            .into_iter()
            .filter(|m| self.filter.label.as_ref().is_none_or(|l| &m.label == l))
            .filter(|m| {
                self.filter
                    .reviewer
                    .as_ref()
                    .is_none_or(|r| &m.reviewer == r)
            })
            .filter(|m| !self.filter.this_doc || current.as_deref() == Some(m.doc.as_str()))
            .collect();
        let order = |m: &Mark| {
            let doc = corpus
                .entries
                .iter()
                .position(|e| e.id() == m.doc)
                .unwrap_or(usize::MAX);
            (doc, m.position.start, m.id.clone())
        };
        out.sort_by_cached_key(|m| order(m));
        out
    }

    /// How many marks a document has, for the list.
    pub fn count_in(&self, entry: usize) -> usize {
        self.placed.get(entry).map_or(0, Vec::len)
    }

    /// The reviewers whose marks are in the store, sorted.
    pub fn reviewers(&self) -> Vec<String> {
        let mut r: Vec<String> = self.marks().iter().map(|m| m.reviewer.clone()).collect();
        r.sort();
        r.dedup();
        r
    }
}

/// The labels of a corpus: `.brief/labels.txt` (one a line) when it exists,
/// else the defaults.
pub fn labels_for(root: Option<&Path>) -> Vec<String> {
    let from_file = root
        .map(|r| r.join(".brief/labels.txt"))
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.is_empty());
    from_file.unwrap_or_else(|| DEFAULT_LABELS.iter().map(|s| s.to_string()).collect())
}
