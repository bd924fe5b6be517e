//! Marks made when document ids were file stems. Ids are now unique paths
//! ("a/doc"), so a mark whose document id is no longer in the corpus is
//! given the one document whose stem is that id: the only one, or the only
//! one of several whose bytes have the SHA-256 the mark was made on. When
//! that does not settle it, the mark is left as it is (and so shown as not
//! placed, never put on a document that may be the wrong one) and a message
//! names it and the candidates.

use super::Mark;
use super::stamp::compare_stamps;
use super::store::MarkStore;
use crate::corpus::{Corpus, Entry};
use crate::document::Document;
use std::cmp::Ordering;

/// What to do with the marks of a store: which move to which document, and
/// what to tell the reviewer about those that cannot.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// (mark id, the document id it moves to).
    pub moves: Vec<(String, String)>,
    /// One line per mark left where it was, saying why.
    pub messages: Vec<String>,
}

/// Decides, without changing anything, where marks with a stem-only id go.
pub fn plan<'m>(corpus: &Corpus, marks: impl IntoIterator<Item = &'m Mark>) -> Plan {
    let mut plan = Plan::default();
    for m in marks {
        if m.deleted || corpus.entries.iter().any(|e| e.id() == m.doc) {
            continue;
        }
        let candidates: Vec<usize> = (0..corpus.entries.len())
            .filter(|&i| corpus.entries[i].stem_id() == m.doc)
            .collect();
        let chosen = match candidates.as_slice() {
            [] => continue,
            [one] => Some(*one),
            many => {
                let same: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| {
                        corpus.entries[i].doc().map(Document::sha256) == Some(m.doc_sha256.as_str())
                    })
                    .collect();
                match same.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            }
        };
        match chosen {
            Some(i) => plan
                .moves
                .push((m.id.clone(), corpus.entries[i].id().to_string())),
            None => plan.messages.push(ambiguous(m, &candidates, corpus)),
        }
    }
    plan
}

/// Moves the marks `plan` settles (their `modified` time stamped now, so
/// the move wins a merge with an older copy) and saves once. Returns the
/// messages for the reviewer, a failed save among them. A store that
/// cannot be written keeps the moves in memory.
pub fn migrate(corpus: &Corpus, store: &mut MarkStore) -> Vec<String> {
    let plan = plan(corpus, store.marks());
    let mut messages = plan.messages;
    if plan.moves.is_empty() {
        return messages;
    }
    let now = super::clock::now_rfc3339();
    // Marks stamped ahead of this clock are put one by one (the store
    // stamps them after their own time); the rest are merged in one save.
    let mut batch = Vec::new();
    let mut result = Ok(());
    for (id, doc) in &plan.moves {
        let Some(mut m) = store.get(id).cloned() else {
            continue;
        };
        m.doc = doc.clone();
        if compare_stamps(&now, &m.modified) == Ordering::Greater {
            m.modified = now.clone();
            batch.push(m);
        } else {
            result = result.and(store.put(m));
        }
    }
    if !batch.is_empty() {
        result = result.and(store.merge_in(batch).map(|_| ()));
    }
    if let Err(e) = result {
        messages.push(format!(
            "marks moved to their documents' new ids, but not saved: {e}"
        ));
    }
    messages
}

fn ambiguous(m: &Mark, candidates: &[usize], corpus: &Corpus) -> String {
    let names: Vec<String> = candidates
        .iter()
        .map(|&i| {
            let e: &Entry = &corpus.entries[i];
            format!("{} ({})", e.id(), e.origin().display())
        })
        .collect();
    let quote: String = m.quote.exact.chars().take(40).collect();
    format!(
        "mark {} ({quote:?}) was made on document {:?}, which could be {}: it is left not placed",
        m.id,
        m.doc,
        names.join(" or ")
    )
}

/// The messages in one line, for a status bar: the first, and how many more.
pub fn summary(messages: &[String]) -> Option<String> {
    let first = messages.first()?;
    Some(match messages.len() {
        1 => first.clone(),
        n => format!("{first} (and {} more like it)", n - 1),
    })
}
