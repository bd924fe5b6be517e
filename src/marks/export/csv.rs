//! The CSV export (RFC 4180), for spreadsheets: a header row, then a row
//! per mark.

use super::{MarkView, ordered};
use crate::output::inert::inert_text;

const CSV_HEADER: [&str; 15] = [
    "id",
    "doc",
    "doc_title",
    "section",
    "label",
    "note",
    "reviewer",
    "created",
    "modified",
    "quote",
    "start",
    "end",
    "raw_start",
    "raw_end",
    "orphaned",
];

/// CSV (RFC 4180): a header row, then one row per mark. Records end in LF
/// (not CRLF): every spreadsheet reads it and it diffs cleanly. Fields with a
/// comma, a double quote, CR or LF are quoted, with quotes doubled; line
/// breaks inside notes and quotes are kept as they are. A section-less mark
/// has an empty `section`; `orphaned` is `true`/`false`.
///
/// Values are written as they are, so a field starting with `=` is text to a
/// CSV reader but a formula to a spreadsheet that guesses: import as text
/// when the marks come from someone you do not trust.
pub fn csv(views: &[MarkView]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|s| s.to_string()));
    for v in ordered(views) {
        let m = v.mark;
        push_row(
            &mut out,
            [
                m.id.clone(),
                m.doc.clone(),
                v.doc_title.clone(),
                v.section.clone().unwrap_or_default(),
                m.label.clone(),
                m.note.clone(),
                m.reviewer.clone(),
                m.created.clone(),
                m.modified.clone(),
                m.quote.exact.clone(),
                m.position.start.to_string(),
                m.position.end.to_string(),
                m.raw.start.to_string(),
                m.raw.end.to_string(),
                v.orphaned.to_string(),
            ]
            .into_iter(),
        );
    }
    inert_text(&out).into_owned()
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push('\n');
}
