//! Exports of review marks: Markdown for a memo, JSON for scripts, a W3C Web
//! Annotation collection (JSON-LD) for annotation tools, CSV for
//! spreadsheets.
//!
//! Pure functions from marks to strings: the caller locates each mark first
//! (see [`super::anchor::locate`]) and passes what the reader needs to know —
//! the document's title, the section the passage is in now, whether it could
//! be placed at all. The marks are passed as they stand now: a mark found
//! again in a changed document has been re-anchored (see
//! [`super::anchor::reanchor`]), so every format quotes the passage as it
//! reads now, at its current positions; the JSON export also lists the
//! selectors it had before (`previous`). Deleted marks (tombstones) are
//! never exported.
//!
//! Every format lists marks in the same order: documents in the briefing's
//! reading order (the letter first, then the press by date, as the reader
//! lists them; documents not in the corpus last, in the order their first
//! mark is given), then by position in the document, then by id, so the same
//! marks always give the same bytes (exports can be diffed and committed).
//!
//! Exports are inert: Markdown and CSV show control characters as pictures,
//! JSON escapes them (and the bidi controls) as `\uXXXX`.
//!
//! The command line and the reader export through the same functions here:
//! [`view`] (what a mark shows: its document's title, its section now),
//! [`render`] (a format, with W3C sources from [`source_iri`]) and, for the
//! reader's files, [`write_new`] (a dated name, never over another file).
//!
//! Each format is a module of its own (`markdown`, `json`, `w3c`, `csv`), as
//! are the source IRI of a document (`iri`) and the export files (`file`);
//! what they offer is re-exported here, so callers name `marks::export` only.

mod csv;
mod file;
mod iri;
mod json;
mod markdown;
mod w3c;

pub use csv::csv;
pub use file::{file_name, write_new};
pub use iri::{file_iri, source_iri};
pub use json::json;
pub use markdown::markdown;
pub use w3c::w3c;

use super::mark::Mark;
use crate::corpus::{Corpus, Entry, ReadingKey};
use crate::document::Document;
use crate::document::citation::Citation;
use std::collections::HashMap;
use std::ops::Range;

/// A mark as an export shows it.
#[derive(Debug, Clone)]
pub struct MarkView<'a> {
    /// The mark as it stands now (re-anchored if its document changed).
    pub mark: &'a Mark,
    /// The document's title (see `Document::display_title`).
    pub doc_title: String,
    /// Title of the section the passage is in now, when it has one.
    pub section: Option<String>,
    /// The passage could not be found in the document as it is now.
    pub orphaned: bool,
    /// The pages of the original it stands on ("p. 8", "pp. 8–9"), when
    /// the document has pages.
    pub pages: Option<String>,
    /// Where its document goes in reading order.
    pub order: ReadingKey,
}

/// The formats an export is written in, in the order the reader's menu
/// lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
    W3c,
    Csv,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Json, Format::W3c, Format::Csv];

    /// The name the command line takes (`--format`) and the menu shows.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::W3c => "w3c",
            Format::Csv => "csv",
        }
    }

    /// The extension of an export file in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::W3c => "jsonld",
            Format::Csv => "csv",
        }
    }
}

/// The marks in `format`; a W3C annotation's source is [`source_iri`] of
/// its document in `corpus`.
pub fn render(format: Format, views: &[MarkView], corpus: &Corpus) -> String {
    match format {
        Format::Markdown => markdown(views),
        Format::Json => json(views),
        Format::W3c => w3c(views, |m| source_iri(corpus, &m.doc)),
        Format::Csv => csv(views),
    }
}

/// A mark as the exports show it: `range` is where its passage stands in
/// its document now (clean bytes), None when it could not be placed. The
/// document is the corpus entry whose id is the mark's (ids are exact here:
/// a mark never lands on another document by a prefix of its id).
pub fn view<'a>(corpus: &Corpus, mark: &'a Mark, range: Option<Range<usize>>) -> MarkView<'a> {
    let entry = corpus.entries.iter().find(|e| e.id() == mark.doc);
    let doc = entry.and_then(Entry::doc);
    let section = match (doc, &range) {
        (Some(d), Some(r)) => section_at(d, r.start),
        _ => None,
    };
    let pages = match (doc, &range) {
        (Some(d), Some(r)) => Citation::of(d, r.clone()).page_label(),
        _ => None,
    };
    MarkView {
        mark,
        doc_title: doc.map_or_else(|| mark.doc.clone(), Document::display_title),
        section,
        orphaned: range.is_none(),
        pages,
        order: entry.map_or(ReadingKey::UNKNOWN, Entry::reading_key),
    }
}

/// The title of the section that holds the clean offset `at`, if any.
pub fn section_at(doc: &Document, at: usize) -> Option<String> {
    doc.section_of_block(doc.block_at_clean(at))
        .map(|s| doc.sections[s].title.clone())
}

/// Live marks in export order (see the module docs).
fn ordered<'v, 'a>(views: &'v [MarkView<'a>]) -> Vec<&'v MarkView<'a>> {
    let mut doc_rank: HashMap<&str, usize> = HashMap::new();
    for v in views {
        let n = doc_rank.len();
        doc_rank.entry(v.mark.doc.as_str()).or_insert(n);
    }
    let mut out: Vec<&MarkView> = views.iter().filter(|v| !v.mark.deleted).collect();
    out.sort_by(|a, b| {
        let key = |v: &MarkView| {
            (
                v.order,
                doc_rank[v.mark.doc.as_str()],
                v.mark.position.start,
                v.mark.position.end,
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.mark.id.cmp(&b.mark.id))
    });
    out
}
