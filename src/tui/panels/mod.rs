//! The overlays that are [`Panel`](super::panel::Panel)s, one file each:
//! the help, the highlight chooser, the marks pane, the export menu, a document's
//! footnotes, an entity's occurrences, related passages and the timeline.

pub mod export;
pub mod footnotes;
pub mod help;
pub mod highlight;
pub mod marks;
pub mod occurrences;
pub mod related;
pub mod timeline;
