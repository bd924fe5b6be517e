//! The briefing a session reads: its corpus, and what is derived from the
//! whole of it — the entity index and the cross-references (related
//! passages, near-duplicates, timeline). A [`Briefing`] builds each once,
//! when first asked, each stage contained; the reader asks for them on a
//! thread of its own as it starts, the CLI and tests ask here and now. Two
//! threads asking for one stage share one build. No terminal code.
//!
//! Search is not a stage: nothing is derived from the whole briefing for it
//! (the reader folds the documents it shows and searches all of them on
//! workers, see [`crate::search`]).
//!
//! The reader and the commands build the recogniser and the entity index
//! through here, so both read the same gazetteer the same way: a user's
//! gazetteer file that cannot be read is a warning (the bundled gazetteer
//! is used), never a failure.

use crate::contain::{self, Failure};
use crate::corpus::Corpus;
use crate::entities::{EntityIndex, Recogniser};
use crate::progress::Progress;
use std::sync::{Arc, OnceLock};

/// What the reader derives from the whole briefing besides entities:
/// related passages, near-duplicates and the timeline.
pub struct CrossRef {
    pub related: crate::crossref::related::RelatedIndex,
    pub duplicates: crate::crossref::DuplicateIndex,
    /// Built first, and handed to the reader before the other two.
    pub timeline: Timeline,
}

/// The briefing's dated statements in date order, shared.
pub type Timeline = Arc<Vec<crate::crossref::timeline::TimelineEntry>>;

impl CrossRef {
    /// Nothing cross-referenced: what a failed stage leaves.
    pub fn empty() -> CrossRef {
        CrossRef {
            related: Default::default(),
            duplicates: Default::default(),
            timeline: Timeline::default(),
        }
    }
}

/// The entities of a briefing as built: the index, and what went wrong on
/// the way (each said, none fatal).
pub struct Entities {
    pub index: Arc<EntityIndex>,
    /// Why the user's gazetteer file was left out, when it could not be read.
    pub warning: Option<String>,
    /// The documents whose recognition panicked (corpus entry, failure):
    /// they have no mentions; the other documents' are complete.
    pub failed: Vec<(usize, Failure)>,
    /// The whole recognition panicked: no entities at all.
    pub broken: Option<Failure>,
}

/// A corpus and what is derived from it, each built once, when first asked.
pub struct Briefing {
    pub corpus: Arc<Corpus>,
    entities: OnceLock<Entities>,
    timeline: OnceLock<Result<Timeline, Failure>>,
    crossref: OnceLock<Result<Arc<CrossRef>, Failure>>,
}

impl Briefing {
    pub fn new(corpus: Arc<Corpus>) -> Briefing {
        Briefing {
            corpus,
            entities: OnceLock::new(),
            timeline: OnceLock::new(),
            crossref: OnceLock::new(),
        }
    }

    /// The entity index, each document's recognition contained, counting the
    /// documents recognised in `progress`.
    pub fn entities(&self, progress: &Progress) -> &Entities {
        self.entities.get_or_init(|| {
            let built = contain::contain(|| {
                let (recogniser, warning) = recogniser(&self.corpus);
                let (index, failed) =
                    EntityIndex::build_contained_with_progress(&self.corpus, &recogniser, progress);
                drop(recogniser);
                // The recognition's passing finds were most of the memory.
                crate::free_memory::give_back();
                (index, warning, failed)
            });
            match built {
                Ok((index, warning, failed)) => Entities {
                    index: Arc::new(index),
                    warning,
                    failed,
                    broken: None,
                },
                Err(f) => Entities {
                    index: Arc::new(EntityIndex::default()),
                    warning: None,
                    failed: Vec::new(),
                    broken: Some(f),
                },
            }
        })
    }

    /// Related passages, duplicates and timeline (after the entities,
    /// which related passages and the timeline use).
    pub fn crossref(&self, progress: &Progress) -> Result<&Arc<CrossRef>, &Failure> {
        self.crossref_counted(progress, &Progress::default())
    }

    /// [`Briefing::crossref`], counting the parts built in `parts` (the
    /// [`CROSSREF_PARTS`], in their order) for a status bar.
    pub fn crossref_counted(
        &self,
        progress: &Progress,
        parts: &Progress,
    ) -> Result<&Arc<CrossRef>, &Failure> {
        self.crossref
            .get_or_init(|| {
                parts.start(CROSSREF_PARTS.len());
                let timeline = self.timeline(progress).cloned().map_err(Clone::clone);
                parts.step();
                let entities = self.entities(progress).index.clone();
                contain::contain(|| {
                    let related =
                        crate::crossref::related::RelatedIndex::build(&self.corpus, &entities);
                    parts.step();
                    // The lists the index was built in, packed: their memory too.
                    crate::free_memory::give_back();
                    let duplicates = crate::crossref::DuplicateIndex::new(
                        crate::crossref::duplicates::find(&self.corpus),
                    );
                    parts.step();
                    // The shingle index is gone: its memory too.
                    crate::free_memory::give_back();
                    (related, duplicates)
                })
                .and_then(|(related, duplicates)| {
                    Ok(Arc::new(CrossRef {
                        related,
                        duplicates,
                        timeline: timeline?,
                    }))
                })
            })
            .as_ref()
    }

    /// The timeline (after the entities, whose dates it orders): the first
    /// part of the cross-references, and the quickest, so the reader has it
    /// before the others.
    pub fn timeline(&self, progress: &Progress) -> Result<&Timeline, &Failure> {
        self.timeline
            .get_or_init(|| {
                let entities = self.entities(progress).index.clone();
                contain::contain(|| {
                    Arc::new(crate::crossref::timeline::build(&self.corpus, &entities))
                })
            })
            .as_ref()
    }
}

/// The parts of the cross-references, in the order they are built.
pub const CROSSREF_PARTS: [&str; 3] = ["timeline", "related passages", "copies"];

/// The recogniser for a corpus (the user's gazetteer file included), or the
/// bundled one and why, when that file cannot be read: reading goes on.
pub fn recogniser(corpus: &Corpus) -> (Recogniser, Option<String>) {
    match Recogniser::for_corpus(corpus) {
        Ok(r) => (r, None),
        Err(e) => (Recogniser::bundled(), Some(e.to_string())),
    }
}
