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
//! Every format lists marks in the same order: documents in the order their
//! first mark is given, then by position in the document, then by id, so the
//! same marks always give the same bytes (exports can be diffed and committed).
//!
//! Exports are inert: Markdown and CSV show control characters as pictures,
//! JSON escapes them (and the bidi controls) as `\uXXXX`.

use super::mark::{Mark, PreviousAnchor};
use crate::output::inert::inert_text;
use crate::output::json::to_string_pretty as inert_json;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;

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
                doc_rank[v.mark.doc.as_str()],
                v.mark.position.start,
                v.mark.position.end,
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.mark.id.cmp(&b.mark.id))
    });
    out
}

/// The date part of an RFC 3339 timestamp ("2026-11-22T…" → "2026-11-22").
fn date_of(ts: &str) -> &str {
    ts.split('T').next().unwrap_or(ts)
}

// ---------------------------------------------------------------------------
// Markdown

/// Markdown ready to paste into a memo: a heading per document (title and
/// id), a sub-heading per section, each mark as a block quote of the passage
/// followed by its label, reviewer, date and note. Marks that could not be
/// placed close the text under "Could not be placed", with their quote.
///
/// Passages and notes are kept verbatim (they are text, and escaping would
/// show as backslashes when pasted into a word processor), except that a note
/// line starting with `#` is escaped so it cannot break the grouping.
/// Titles and labels are escaped, as they sit inside headings and bold text.
/// Control characters but line feed, tab and CR LF line ends show as
/// pictures (␛, a lone CR as ␍), in every text export: a shared marks file
/// never drives the terminal.
pub fn markdown(views: &[MarkView]) -> String {
    let all = ordered(views);
    let mut out = String::from("# Review marks\n");
    if all.is_empty() {
        out.push_str("\nNo marks.\n");
        return out;
    }
    let mut last_doc: Option<&str> = None;
    let mut last_section: Option<Option<&str>> = None;
    for v in all.iter().filter(|v| !v.orphaned) {
        let m = v.mark;
        if last_doc != Some(m.doc.as_str()) {
            out.push_str(&format!(
                "\n## {} — `{}`\n",
                escape_inline(&v.doc_title),
                m.doc
            ));
            last_doc = Some(&m.doc);
            last_section = None;
        }
        let section = v.section.as_deref();
        if last_section != Some(section) {
            let title = section.map_or_else(|| "(no section)".to_string(), escape_inline);
            out.push_str(&format!("\n### {title}\n"));
            last_section = Some(section);
        }
        push_mark(&mut out, v, false);
    }
    let orphans: Vec<&&MarkView> = all.iter().filter(|v| v.orphaned).collect();
    if !orphans.is_empty() {
        out.push_str("\n## Could not be placed\n");
        out.push_str(
            "\nThese passages are no longer in their documents; the marks are kept with their quote.\n",
        );
        for v in orphans {
            push_mark(&mut out, v, true);
        }
    }
    inert_text(&out).into_owned()
}

fn push_mark(out: &mut String, v: &MarkView, with_doc: bool) {
    let m = v.mark;
    out.push('\n');
    for line in m.quote.exact.trim().split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str(&format!("> {line}\n"));
        }
    }
    let mut meta = Vec::new();
    if !m.label.is_empty() {
        meta.push(format!("**{}**", escape_inline(&m.label)));
    }
    meta.push(escape_inline(&m.reviewer));
    meta.push(date_of(&m.created).to_string());
    if with_doc {
        meta.push(format!("{} (`{}`)", escape_inline(&v.doc_title), m.doc));
    }
    out.push_str(&format!("\n{}\n", meta.join(" · ")));
    if !m.note.trim().is_empty() {
        out.push('\n');
        for line in m.note.trim_end().lines() {
            if line.trim_start().starts_with('#') {
                out.push('\\');
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}

/// Escapes characters that Markdown would read as formatting inside a line.
fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // Headings and bold text are one line.
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// JSON

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

// ---------------------------------------------------------------------------
// W3C Web Annotation

/// A W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/,
/// JSON-LD with the `anno.jsonld` context): every mark an `Annotation` in
/// one `AnnotationPage`.
///
/// - `motivation`: `commenting` when there is a note, `tagging` when there
///   is only a label, `highlighting` when there is neither.
/// - `body`: a `TextualBody` with purpose `tagging` for the label and one with
///   purpose `commenting` for the note (omitted when empty).
/// - `target`: `source` is `source_iri(mark)`; the selectors are
///   alternatives: a `TextQuoteSelector` (the robust one), a
///   `TextPositionSelector` in code points of the reading text brief shows,
///   and a `DataPositionSelector` in bytes of the original file.
pub fn w3c(views: &[MarkView], source_iri: impl Fn(&Mark) -> String) -> String {
    let items: Vec<Value> = ordered(views)
        .into_iter()
        .map(|v| {
            let m = v.mark;
            let mut body = Vec::new();
            if !m.label.is_empty() {
                body.push(json!({
                    "type": "TextualBody",
                    "purpose": "tagging",
                    "value": m.label,
                }));
            }
            if !m.note.is_empty() {
                body.push(json!({
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": m.note,
                    "format": "text/plain",
                }));
            }
            let motivation = if !m.note.is_empty() {
                "commenting"
            } else if !m.label.is_empty() {
                "tagging"
            } else {
                "highlighting"
            };
            let mut a = json!({
                "id": format!("urn:brief:mark:{}", m.id),
                "type": "Annotation",
                "motivation": motivation,
                "created": m.created,
                "modified": m.modified,
                "creator": {"type": "Person", "name": m.reviewer},
                "target": {
                    "source": source_iri(m),
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": m.quote.exact,
                            "prefix": m.quote.prefix,
                            "suffix": m.quote.suffix,
                        },
                        {
                            "type": "TextPositionSelector",
                            "start": m.position.start,
                            "end": m.position.end,
                        },
                        {
                            "type": "DataPositionSelector",
                            "start": m.raw.start,
                            "end": m.raw.end,
                        },
                    ],
                },
            });
            if !body.is_empty() {
                a["body"] = Value::Array(body);
            }
            a
        })
        .collect();
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:brief:marks",
        "type": "AnnotationCollection",
        "label": "brief review marks",
        "total": items.len(),
        "first": {
            "id": "urn:brief:marks:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    let mut s = inert_json(&doc).unwrap_or_default();
    s.push('\n');
    s
}

// ---------------------------------------------------------------------------
// CSV

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
