//! Cross-references between the documents of a briefing: which passages of
//! other documents speak about the same thing ([`related`]), which text was
//! copied from one document into another ([`duplicates`], looked up per
//! document in [`duplicate_index`]), and every date the
//! documents mention, in date order ([`timeline`]), with the year of a date
//! written without one (`yearless`). [`stem`] owns the Dutch terms the
//! related-passage ranking compares.
//!
//! Everything here is computed from a [`Corpus`](crate::corpus::Corpus) (and
//! its [`EntityIndex`](crate::entities::EntityIndex) where entities help)
//! once, and queried cheaply; no terminal code.

mod date_text;
pub mod duplicate_index;
pub mod duplicates;
mod packed_lists;
mod postings;
pub mod related;
mod shared_shingles;
mod shingles;
pub mod stem;
mod term_dictionary;
pub mod timeline;
mod varint;
mod yearless;

pub use duplicate_index::DuplicateIndex;
pub use duplicates::Duplicate;
pub use related::{Related, RelatedIndex};
pub use timeline::TimelineEntry;

#[cfg(test)]
mod reference;
