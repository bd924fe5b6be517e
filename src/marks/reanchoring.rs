//! Where a store's marks stand in the documents as they are now, and
//! re-anchoring them there; the command line and the reader both place
//! marks through [`place_and_reanchor`]. Every mark found anywhere but at
//! its position in the file it was made on takes its passage as it is now,
//! the old selectors kept in `previous` (see [`super::anchor::reanchor`]),
//! and the store is saved once. Marks that cannot be placed, and marks of
//! documents not in the corpus, are left as they are: orphans.

use super::anchor::{Placement, locate, reanchor};
use super::mark::Mark;
use super::stamp::compare_stamps;
use super::store::{MarkStore, StoreError};
use crate::corpus::Corpus;
use std::cmp::Ordering;
use std::ops::Range;

/// A mark placed in a document: its id, label and clean range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub id: String,
    pub label: String,
    pub range: Range<usize>,
}

/// Where live marks stand in a corpus now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placements {
    /// Per corpus entry, the marks placed in it, by start (then end).
    pub placed: Vec<Vec<Placed>>,
    /// The ids of the marks that could not be placed, in the order given.
    pub orphans: Vec<String>,
}

impl Placements {
    /// The corpus entry and clean range of a mark, when it was placed.
    pub fn spot(&self, id: &str) -> Option<(usize, Range<usize>)> {
        spot_in(&self.placed, id)
    }

    /// The clean range of a mark in its document, when it was placed.
    pub fn range_of(&self, id: &str) -> Option<Range<usize>> {
        self.spot(id).map(|(_, r)| r)
    }
}

/// The corpus entry and clean range of a mark in per-entry placements.
pub fn spot_in(placed: &[Vec<Placed>], id: &str) -> Option<(usize, Range<usize>)> {
    placed
        .iter()
        .enumerate()
        .find_map(|(d, ps)| ps.iter().find(|p| p.id == id).map(|p| (d, p.range.clone())))
}

/// Places `marks` (tombstones are skipped) in `corpus`, and returns them
/// with the marks that re-anchoring changes, re-anchored. Each mark is
/// located once.
pub fn place<'m>(
    corpus: &Corpus,
    marks: impl IntoIterator<Item = &'m Mark>,
) -> (Placements, Vec<Mark>) {
    let mut placed = vec![Vec::new(); corpus.entries.len()];
    let mut orphans = Vec::new();
    let mut changed = Vec::new();
    for m in marks {
        if m.deleted {
            continue;
        }
        let entry = corpus.entries.iter().position(|e| e.id() == m.doc);
        let spot = entry.and_then(|i| {
            let doc = corpus.entries[i].doc()?;
            match locate(doc, m) {
                Placement::Orphan => None,
                p => {
                    changed.extend(reanchor(doc, m, &p));
                    p.range().map(|r| (i, r))
                }
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
    (Placements { placed, orphans }, changed)
}

/// The marks of `marks` that re-anchoring changes, re-anchored.
pub fn reanchored<'m>(corpus: &Corpus, marks: impl IntoIterator<Item = &'m Mark>) -> Vec<Mark> {
    place(corpus, marks).1
}

/// Places the store's live marks in `corpus`, re-anchors those found
/// elsewhere than they were, and saves them; returns the placements and
/// how the save went (how many marks changed). A store that cannot be
/// written is placed all the same and left alone (Ok(0)); so is one whose
/// marks all stand where they were.
pub fn place_and_reanchor(
    corpus: &Corpus,
    store: &mut MarkStore,
) -> (Placements, Result<usize, StoreError>) {
    let (placements, changed) = place(corpus, store.marks());
    if store.read_only().is_some() || changed.is_empty() {
        return (placements, Ok(0));
    }
    let saved = save_reanchored(store, changed);
    (placements, saved)
}

/// Re-anchors the store's marks and saves; returns how many changed. A
/// store that cannot be written is left alone (Ok(0)).
pub fn reanchor_store(corpus: &Corpus, store: &mut MarkStore) -> Result<usize, StoreError> {
    place_and_reanchor(corpus, store).1
}

/// Saves re-anchored marks (stamped now by `reanchor`) with one merge; a
/// mark stamped ahead of this clock is put on its own, so that the store
/// stamps it after its own time.
fn save_reanchored(store: &mut MarkStore, changed: Vec<Mark>) -> Result<usize, StoreError> {
    let n = changed.len();
    let mut batch = Vec::new();
    let mut result = Ok(());
    for m in changed {
        let ahead = store
            .get(&m.id)
            .is_some_and(|old| compare_stamps(&m.modified, &old.modified) != Ordering::Greater);
        if ahead {
            result = result.and(store.put(m));
        } else {
            batch.push(m);
        }
    }
    if !batch.is_empty() {
        result = result.and(store.merge_in(batch).map(|_| ()));
    }
    result.map(|()| n)
}
