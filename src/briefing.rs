//! The briefing a session reads, beyond its documents: the entity index and
//! the cross-references (search index, related passages, near-duplicates,
//! timeline) built over the whole corpus. The reader builds them on a thread
//! of its own as it starts; tests, benchmarks and the CLI build them here
//! and now. No terminal code.

use crate::corpus::Corpus;
use crate::entities::{EntityIndex, Recogniser};
use std::sync::Arc;

/// What the reader derives from the whole briefing besides entities: the
/// search index, related passages, near-duplicates and the timeline.
pub struct CrossRef {
    pub search: Arc<crate::search::SearchIndex>,
    pub related: crate::crossref::related::RelatedIndex,
    pub duplicates: Vec<crate::crossref::duplicates::Duplicate>,
    pub timeline: Vec<crate::crossref::timeline::TimelineEntry>,
}

/// Builds [`CrossRef`] (after the entities, which related passages and the
/// timeline use).
pub fn build_crossref(corpus: &Corpus, entities: &EntityIndex) -> Arc<CrossRef> {
    Arc::new(CrossRef {
        search: Arc::new(crate::search::SearchIndex::build(corpus)),
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

/// The recogniser for a corpus (the user's gazetteer file included), or the
/// bundled one and why, when that file cannot be read: reading goes on.
pub fn recogniser(corpus: &Corpus) -> (Recogniser, Option<String>) {
    match Recogniser::for_corpus(corpus) {
        Ok(r) => (r, None),
        Err(e) => (Recogniser::bundled(), Some(e.to_string())),
    }
}
