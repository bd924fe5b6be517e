//! Changing marks: the one set of functions the command line and the reader
//! use to make a mark on a passage, change its label and note, move it to
//! another passage, and bring back a deleted one. Each change goes through
//! the store, which stamps it and saves at once (see [`super::store`]);
//! deleting is [`MarkStore::delete`].

use super::anchor::anchor;
use super::clock;
use super::mark::Mark;
use super::store::{MarkStore, StoreError};
use crate::document::Document;
use std::ops::Range;

/// A new mark on the clean range `range` of `doc`, anchored there (quote
/// with context, position, raw bytes, the document's hash), created and
/// modified now, with an id made from the reviewer's name and the same
/// reading of the clock. Not saved yet: give it to [`MarkStore::add`].
pub fn new_mark(
    doc: &Document,
    range: Range<usize>,
    label: &str,
    note: &str,
    reviewer: &str,
) -> Mark {
    let a = anchor(doc, range);
    let ms = clock::now_millis();
    let now = clock::rfc3339_from_millis(ms);
    Mark {
        id: clock::new_id_at(reviewer, ms),
        doc: doc.id.clone(),
        doc_sha256: doc.sha256().to_string(),
        quote: a.quote,
        position: a.position,
        raw: a.raw,
        label: label.to_string(),
        note: note.to_string(),
        reviewer: reviewer.to_string(),
        created: now.clone(),
        modified: now,
        deleted: false,
        previous: Vec::new(),
    }
}

impl MarkStore {
    /// The live mark with this id (a tombstone is not one).
    pub fn live(&self, id: &str) -> Result<&Mark, StoreError> {
        self.get(id)
            .filter(|m| !m.deleted)
            .ok_or_else(|| StoreError::UnknownId(id.to_string()))
    }

    /// Changes a live mark's label and note, and saves.
    pub fn change(&mut self, id: &str, label: &str, note: &str) -> Result<(), StoreError> {
        let mut m = self.live(id)?.clone();
        m.label = label.to_string();
        m.note = note.to_string();
        self.put(m)
    }

    /// Moves a live mark to the clean range `range` of `doc` (another
    /// document, too), keeping its label, note, reviewer and creation time;
    /// saves.
    pub fn move_to(
        &mut self,
        id: &str,
        doc: &Document,
        range: Range<usize>,
    ) -> Result<(), StoreError> {
        let mut m = self.live(id)?.clone();
        let a = anchor(doc, range);
        m.doc = doc.id.clone();
        m.doc_sha256 = doc.sha256().to_string();
        m.quote = a.quote;
        m.position = a.position;
        m.raw = a.raw;
        self.put(m)
    }

    /// Brings back a deleted mark as it was before it was deleted: `mark`
    /// is the copy kept then (an undo); stamped now, so it wins over its
    /// tombstone in every merge. Saves.
    pub fn restore(&mut self, mut mark: Mark) -> Result<(), StoreError> {
        mark.deleted = false;
        self.put(mark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn letter(corpus: &Corpus) -> &Document {
        corpus
            .documents()
            .find(|d| d.id.starts_with("004"))
            .expect("the bundled letter")
    }

    fn range_of(d: &Document, needle: &str) -> Range<usize> {
        let at = d.clean.find(needle).expect("in the letter");
        at..at + needle.len()
    }

    #[test]
    fn make_change_move_delete_and_restore_a_mark() {
        let corpus = Corpus::bundled();
        let d = letter(&corpus);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("marks.json");
        let mut store = MarkStore::open(&path).unwrap();

        let m = new_mark(d, range_of(d, "MH17"), "vraag", "Wie?", "Anne de Vries");
        assert!(m.id.starts_with("anne-de-vries-"), "{}", m.id);
        assert_eq!(
            (m.quote.exact.as_str(), m.doc.as_str()),
            ("MH17", d.id.as_str())
        );
        assert_eq!(m.created, m.modified);
        let id = m.id.clone();
        store.add(m).unwrap();

        store
            .change(&id, "actie", "eerste regel\ntweede regel")
            .unwrap();
        let changed = MarkStore::open(&path).unwrap().get(&id).cloned().unwrap();
        assert_eq!(changed.label, "actie");
        assert_eq!(changed.note, "eerste regel\ntweede regel");

        store
            .move_to(&id, d, range_of(d, "Militaire steun"))
            .unwrap();
        let moved = MarkStore::open(&path).unwrap().get(&id).cloned().unwrap();
        assert_eq!(moved.quote.exact, "Militaire steun");
        assert_eq!(moved.note, "eerste regel\ntweede regel", "the note stays");
        assert_eq!(moved.created, changed.created);

        let kept = store.live(&id).unwrap().clone();
        store.delete(&id).unwrap();
        assert!(matches!(
            store.change(&id, "x", ""),
            Err(StoreError::UnknownId(_))
        ));
        store.restore(kept).unwrap();
        let back = MarkStore::open(&path).unwrap();
        assert_eq!(back.marks().len(), 1);
        assert_eq!(back.marks()[0].quote.exact, "Militaire steun");
    }
}
