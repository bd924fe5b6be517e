//! brief: a terminal reader for political briefings.
//!
//! The library holds the domain, free of terminal code: the document model
//! ([`document`]), the parsers that build it ([`parse`]), the corpus that
//! loads documents from files or the bundled seeds ([`corpus`]), and the
//! outline that the CLI prints ([`outline`]). The terminal interface is in
//! `tui` (behind the default `tui` feature), a thin layer that renders state
//! and maps keys to actions.

pub mod briefing;
pub mod config;
pub mod contain;
pub mod cores;
pub mod corpus;
pub mod crossref;
pub mod document;
pub mod edit_distance;
pub mod entities;
pub mod free_memory;
pub mod marks;
pub mod outline;
pub mod output;
pub mod parse;
pub mod pattern;
pub mod pdf;
pub mod progress;
pub mod reading_places;
pub mod search;
#[cfg(feature = "tui")]
pub mod tui;
