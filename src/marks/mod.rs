//! Review marks: passages a reviewer marks with a label and a note, anchored
//! to the text so they survive edits to the documents, kept safe on disk, and
//! exported in formats other tools read. No terminal code here.
//!
//! - [`mark`]: the mark and its W3C-style selectors.
//! - [`anchor`]: selectors from a selection, and finding a mark again
//!   (position, then quote with context, then a bounded fuzzy match, else orphaned).
//! - [`clock`]: timestamps and ids.
//! - [`store`]: the marks file: atomic saves, a lock around read-merge-write,
//!   merging by id and modified time with tombstones, corrupt files kept.
//! - [`location`]: where a corpus's marks live, and who the reviewer is.
//! - [`export`]: Markdown, JSON, W3C Web Annotation and CSV.

pub mod anchor;
pub mod clock;
pub mod export;
pub mod location;
pub mod mark;
pub mod store;

pub use mark::{Mark, RawRange, TextPosition, TextQuote};
