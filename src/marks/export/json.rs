//! The JSON export, for scripts: `{"marks": [...]}`, one flat object per
//! mark.

use super::{MarkView, ordered};
use crate::marks::mark::PreviousAnchor;
use crate::output::json::to_string_pretty as inert_json;
use serde::Serialize;

#[derive(Serialize)]
struct JsonExport<'a> {
    marks: Vec<JsonMark<'a>>,
}

/// Field order is the order written; keep it readable.
#[derive(Serialize)]
struct JsonMark<'a> {
    id: &'a str,
    doc: &'a str,
    doc_title: &'a str,
    section: Option<&'a str>,
    label: &'a str,
    note: &'a str,
    reviewer: &'a str,
    created: &'a str,
    modified: &'a str,
    quote: &'a str,
    prefix: &'a str,
    suffix: &'a str,
    /// Code points in the clean text.
    start: usize,
    end: usize,
    /// Bytes of the original file.
    raw_start: usize,
    raw_end: usize,
    orphaned: bool,
    /// The selectors the mark had before it was re-anchored, oldest first;
    /// left out when it never was.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    previous: &'a [PreviousAnchor],
}

/// `{"marks": [...]}`, pretty-printed, one flat object per mark; a mark
/// that was re-anchored has `previous`: its earlier selectors, each with
/// `doc_sha256`, `quote` {`exact`, `prefix`, `suffix`}, `position` and `raw`
/// {`start`, `end`} and the time they were `replaced`.
pub fn json(views: &[MarkView]) -> String {
    let marks = ordered(views)
        .into_iter()
        .map(|v| {
            let m = v.mark;
            JsonMark {
                id: &m.id,
                doc: &m.doc,
                doc_title: &v.doc_title,
                section: v.section.as_deref(),
                label: &m.label,
                note: &m.note,
                reviewer: &m.reviewer,
                created: &m.created,
                modified: &m.modified,
                quote: &m.quote.exact,
                prefix: &m.quote.prefix,
                suffix: &m.quote.suffix,
                start: m.position.start,
                end: m.position.end,
                raw_start: m.raw.start,
                raw_end: m.raw.end,
                orphaned: v.orphaned,
                previous: &m.previous,
            }
        })
        .collect();
    let mut s = inert_json(&JsonExport { marks }).unwrap_or_default();
    s.push('\n');
    s
}
