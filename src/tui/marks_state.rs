//! The reviewer's marks as the reader shows them: the store, where each mark
//! stands in its document now (or that it could not be placed), the labels
//! to choose from, who the reviewer is, what `u` can undo, and the marks
//! pane's filters and cursor.

use crate::corpus::Corpus;
use crate::marks::Mark;
use crate::marks::anchor::{Placement, locate};
use crate::marks::store::{MarkStore, StoreError};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The labels offered when a corpus names none (`.brief/labels.txt`).
pub const DEFAULT_LABELS: [&str; 4] = ["belangrijk", "vraag", "betwist", "actie"];

/// A mark placed in a document: its id, label and clean range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub id: String,
    pub label: String,
    pub range: Range<usize>,
}

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
}

impl MarksState {
    /// Opens the marks file for a corpus; a file that cannot be read or
    /// parsed is kept and reported, and the reader goes on read-only.
    pub fn open(corpus: &Corpus, path: PathBuf, reviewer: String) -> Self {
        let labels = labels_for(corpus.root.as_deref());
        let (store, problem) = match MarkStore::open(&path) {
            Ok(s) => {
                let problem = s.read_only().map(|e| format!("marks are read-only: {e}"));
                (Some(s), problem)
            }
            Err(e) => (None, Some(format!("marks cannot be opened: {e}"))),
        };
        let mut state = MarksState {
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
        };
        state.place_all(corpus);
        state
    }

    /// Live marks, in file order.
    pub fn marks(&self) -> Vec<&Mark> {
        self.store.as_ref().map_or_else(Vec::new, |s| s.marks())
    }

    pub fn get(&self, id: &str) -> Option<&Mark> {
        self.marks().into_iter().find(|m| m.id == id)
    }

    /// Where every mark stands in the documents as they are now.
    pub fn place_all(&mut self, corpus: &Corpus) {
        let mut placed = vec![Vec::new(); corpus.entries.len()];
        let mut orphans = Vec::new();
        for m in self.marks() {
            let entry = corpus.entries.iter().position(|e| e.id() == m.doc);
            let spot = entry.and_then(|i| {
                let doc = corpus.entries[i].doc()?;
                match locate(doc, m) {
                    Placement::Orphan => None,
                    p => p.range().map(|r| (i, r)),
                }
            });
            match spot {
                Some((i, range)) => placed[i].push(Placed {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    range,
                }),
                None => orphans.push(m.id.clone()),
            }
        }
        for p in &mut placed {
            p.sort_by_key(|x: &Placed| (x.range.start, x.range.end));
        }
        self.placed = placed;
        self.orphans = orphans;
    }

    /// Records how a change's save went: a failure keeps the marks in
    /// memory (the store retries at the next change) and says why.
    pub fn saved(&mut self, result: Option<Result<(), StoreError>>) {
        match result {
            Some(Err(e)) => self.problem = Some(format!("marks not saved (kept in memory): {e}")),
            _ => {
                self.problem = self
                    .store
                    .as_ref()
                    .and_then(|s| s.read_only())
                    .map(|e| format!("marks are read-only: {e}"))
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
