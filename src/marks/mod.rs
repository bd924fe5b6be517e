//! Review marks: passages a reviewer marks with a label and a note, anchored
//! to the text so they survive edits to the documents, kept safe on disk, and
//! exported in formats other tools read. No terminal code here.
//!
//! - [`mark`]: the mark and its W3C-style selectors.
//! - [`anchor`]: selectors from a selection, and finding a mark again
//!   (position, then quote with context, then a bounded fuzzy match, else orphaned),
//!   and re-anchoring a mark found in a changed document.
//! - [`context`]: does a place's surroundings agree with a mark's stored context.
//! - [`fuzzy`]: approximate matching of a whole quote, in context.
//! - [`reanchoring`]: where a store's marks stand in the documents now, and
//!   re-anchoring them there.
//! - [`edit`]: making, changing, moving and restoring a mark: what the
//!   command line and the reader both call.
//! - [`clock`]: timestamps and ids.
//! - [`store`]: the marks file: atomic saves, a lock around read-merge-write,
//!   merging by id and modified time with tombstones, corrupt files kept.
//! - [`stamp`]: timestamps compared in time, and a change stamped after what
//!   it replaces.
//! - [`disk`]: following a marks file that is a symbolic link, atomic
//!   writes, temp files of killed processes.
//! - [`rescue`]: marks that could not be saved, kept in a rescue file on
//!   quit, signal or crash, to be merged back later.
//! - [`location`]: where a corpus's marks live, and who the reviewer is.
//! - [`export`]: Markdown, JSON, W3C Web Annotation and CSV, the source IRI
//!   of a document, and export files that never overwrite.

mod align;
pub mod anchor;
pub mod clock;
pub mod context;
pub mod disk;
pub mod edit;
pub mod export;
pub mod fuzzy;
pub mod location;
pub mod mark;
pub mod migrate;
mod offsets;
pub mod reanchoring;
pub mod rescue;
pub mod stamp;
pub mod store;

pub use mark::{Mark, PreviousAnchor, RawRange, TextPosition, TextQuote};
