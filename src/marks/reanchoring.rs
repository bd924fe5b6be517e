//! Re-anchoring a store's marks to the documents as they are now, for the
//! command line (the reader does the same while it places the marks, see
//! `tui::marks_state`): every mark found anywhere but at its position in
//! the file it was made on takes its passage as it is now, the old selectors
//! kept in `previous` (see [`super::anchor::reanchor`]), and the store is
//! saved once. Marks that cannot be placed, and marks of documents not in
//! the corpus, are left as they are.

use super::anchor::{locate, reanchor};
use super::mark::Mark;
use super::store::{MarkStore, StoreError, compare_stamps};
use crate::corpus::Corpus;
use std::cmp::Ordering;

/// The marks of `marks` that re-anchoring changes, re-anchored.
pub fn reanchored<'m>(corpus: &Corpus, marks: impl IntoIterator<Item = &'m Mark>) -> Vec<Mark> {
    let mut out = Vec::new();
    for m in marks {
        if m.deleted {
            continue;
        }
        let Some(i) = corpus.entries.iter().position(|e| e.id() == m.doc) else {
            continue;
        };
        let Some(doc) = corpus.entries[i].doc() else {
            continue;
        };
        let p = locate(doc, m);
        if p.is_orphan() {
            continue;
        }
        out.extend(reanchor(doc, m, &p));
    }
    out
}

/// Re-anchors the store's marks and saves; returns how many changed. A
/// store that cannot be written is left alone (Ok(0)).
pub fn reanchor_store(corpus: &Corpus, store: &mut MarkStore) -> Result<usize, StoreError> {
    if store.read_only().is_some() {
        return Ok(0);
    }
    let changed = reanchored(corpus, store.marks());
    let n = changed.len();
    let mut batch = Vec::new();
    let mut result = Ok(());
    for m in changed {
        // Stamped now by `reanchor`; a mark stamped ahead of this clock is
        // put on its own, so that the store stamps it after its own time.
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
