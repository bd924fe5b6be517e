//! The overlays that are [`Panel`](super::panel::Panel)s, one file each:
//! the help, a document's footnotes, an entity's occurrences, related
//! passages and the timeline.

pub mod footnotes;
pub mod help;
pub mod occurrences;
pub mod related;
pub mod timeline;
