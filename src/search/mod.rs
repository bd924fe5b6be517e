//! Searching the clean text of a corpus: diacritic-insensitive, smart case,
//! literal or regex, whole words or not, with folded boilerplate left out
//! unless asked for. No terminal code: the reader and the `brief search`
//! command both build on this.
//!
//! - [`folded`]: each text folded once (diacritics removed; lower-cased and
//!   cased views) with a compact map back to clean offsets.
//! - [`case_marks`]: the cased view kept as the lower view's capitals.
//! - [`query`]: a [`Query`] compiles to a [`Matcher`] that runs on a folded
//!   view and answers in clean offsets.
//! - [`index`]: the matches of one folded document, the folded texts of a
//!   whole corpus at once (what the tests hold the others to), and the
//!   section title a results list shows.
//! - [`views`]: the folded views of the few documents in use, within a
//!   budget, the large ones folded on a thread of their own.
//! - [`sweep`]: every document searched on worker threads, folded one at a
//!   time, the matches handed over in order as they are found.
//! - [`snippet`]: the words around a match, at a cost bounded by the snippet.

pub mod case_marks;
pub mod folded;
pub mod index;
pub mod query;
pub mod snippet;
pub mod sweep;
pub mod views;

pub use folded::{FoldedText, View};
pub use index::{Hit, IndexProgress, SearchIndex, scan_folded, search_document, section_title};
pub use query::{Matcher, Query, QueryError};
pub use snippet::snippet;
pub use sweep::{Sweep, SweepJob, SweepProgress, Sweeper};
pub use views::FoldedViews;
