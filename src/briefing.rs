//! The briefing a session reads, beyond its documents: the entity index and
//! the cross-references (search index, related passages, near-duplicates,
//! timeline) built over the whole corpus. The reader builds them on a thread
//! of its own as it starts; tests, benchmarks and the CLI build them here
//! and now. No terminal code.
//!
//! The reader and the commands build the recogniser, the entity index and
//! the search index through these functions, so both read the same
//! gazetteer the same way: a user's gazetteer file that cannot be read is a
//! warning (the bundled gazetteer is used), never a failure.

use crate::contain::Failure;
use crate::corpus::Corpus;
use crate::entities::{EntityIndex, Recogniser};
use crate::progress::Progress;
use crate::search::SearchIndex;
use std::sync::Arc;

/// What the reader derives from the whole briefing besides entities: the
/// search index, related passages, near-duplicates and the timeline.
pub struct CrossRef {
    pub search: Arc<SearchIndex>,
    pub related: crate::crossref::related::RelatedIndex,
    pub duplicates: Vec<crate::crossref::duplicates::Duplicate>,
    pub timeline: Vec<crate::crossref::timeline::TimelineEntry>,
}

/// Builds [`CrossRef`] (after the entities, which related passages and the
/// timeline use).
pub fn build_crossref(corpus: &Corpus, entities: &EntityIndex) -> Arc<CrossRef> {
    Arc::new(CrossRef {
        search: Arc::new(build_search(corpus)),
        related: crate::crossref::related::RelatedIndex::build(corpus, entities),
        duplicates: crate::crossref::duplicates::find(corpus),
        timeline: crate::crossref::timeline::build(corpus, entities),
    })
}

/// The entity index of a corpus, and a warning when the user's gazetteer
/// file could not be read (the bundled gazetteer is used then).
pub fn build_entities(corpus: &Corpus) -> (Arc<EntityIndex>, Option<String>) {
    let (recogniser, warning) = recogniser(corpus);
    (Arc::new(EntityIndex::build(corpus, &recogniser)), warning)
}

/// The entity index of a corpus built with each document's work contained,
/// as the reader and the `entities` command build it.
pub struct ContainedEntities {
    pub index: EntityIndex,
    /// Why the user's gazetteer file was left out (the bundled gazetteer was
    /// used), when it could not be read.
    pub warning: Option<String>,
    /// The documents whose recognition panicked (corpus entry, failure):
    /// they have no mentions; the other documents' are complete.
    pub failed: Vec<(usize, Failure)>,
}

/// [`build_entities`] with each document's work contained (see
/// [`EntityIndex::build_contained`]), counting the documents recognised in
/// `progress`.
pub fn build_entities_contained(corpus: &Corpus, progress: &Progress) -> ContainedEntities {
    let (recogniser, warning) = recogniser(corpus);
    let (index, failed) = EntityIndex::build_contained_with_progress(corpus, &recogniser, progress);
    ContainedEntities {
        index,
        warning,
        failed,
    }
}

/// The search index of a corpus: the one the `search` command searches and
/// [`CrossRef::search`] holds.
pub fn build_search(corpus: &Corpus) -> SearchIndex {
    SearchIndex::build(corpus)
}

/// The recogniser for a corpus (the user's gazetteer file included), or the
/// bundled one and why, when that file cannot be read: reading goes on.
pub fn recogniser(corpus: &Corpus) -> (Recogniser, Option<String>) {
    match Recogniser::for_corpus(corpus) {
        Ok(r) => (r, None),
        Err(e) => (Recogniser::bundled(), Some(e.to_string())),
    }
}
