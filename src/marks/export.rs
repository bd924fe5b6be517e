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
//!
//! The command line and the reader export through the same functions here:
//! [`view`] (what a mark shows: its document's title, its section now),
//! [`render`] (a format, with W3C sources from [`source_iri`]) and, for the
//! reader's files, [`write_new`] (a dated name, never over another file).

use super::mark::{Mark, PreviousAnchor};
use crate::corpus::{Corpus, Entry};
use crate::document::{Document, Origin};
use crate::output::inert::inert_text;
use crate::output::json::to_string_pretty as inert_json;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

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
    let doc = corpus
        .entries
        .iter()
        .find(|e| e.id() == mark.doc)
        .and_then(Entry::doc);
    let section = match (doc, &range) {
        (Some(d), Some(r)) => section_at(d, r.start),
        _ => None,
    };
    MarkView {
        mark,
        doc_title: doc.map_or_else(|| mark.doc.clone(), Document::display_title),
        section,
        orphaned: range.is_none(),
    }
}

/// The title of the section that holds the clean offset `at`, if any.
pub fn section_at(doc: &Document, at: usize) -> Option<String> {
    doc.section_of_block(doc.block_at_clean(at))
        .map(|s| doc.sections[s].title.clone())
}

// ---------------------------------------------------------------------------
// Sources

/// The IRI (RFC 3987) that a W3C annotation names as the source of a mark
/// on document `doc_id` of `corpus`:
///
/// - a file: `file://` and its canonical absolute path (links resolved;
///   the absolute path as given when the file is gone), each segment
///   percent-encoded as RFC 3986 asks of a path (a space is `%20`, `#`
///   `%23`, `%` `%25`), non-ASCII letters kept as they are ("Oekraïne"
///   stays, as an IRI allows), bytes that are not UTF-8 encoded;
/// - a bundled seed (it has no location of its own):
///   `urn:brief:seed:<file name>`, the same on every machine;
/// - standard input, or an id the corpus lacks: `urn:brief:doc:<id>`.
///
/// The command line and the reader both call this, so their exports agree.
pub fn source_iri(corpus: &Corpus, doc_id: &str) -> String {
    match corpus
        .entries
        .iter()
        .find(|e| e.id() == doc_id)
        .map(Entry::origin)
    {
        Some(Origin::File(p)) => file_iri(p),
        Some(Origin::Bundled(name)) => {
            format!("urn:brief:seed:{}", iri_escape(name.as_bytes()))
        }
        Some(Origin::Stdin) | None => format!("urn:brief:doc:{}", iri_escape(doc_id.as_bytes())),
    }
}

/// `file://` and the canonical absolute path of `path`, escaped.
pub fn file_iri(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    format!("file://{}", iri_escape(&path_bytes(&abs)))
}

#[cfg(unix)]
fn path_bytes(p: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    p.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(p: &Path) -> Vec<u8> {
    let s = p.to_string_lossy().replace('\\', "/");
    if s.starts_with('/') {
        s.into_bytes()
    } else {
        format!("/{s}").into_bytes()
    }
}

/// Percent-encodes what may not stand in an IRI path: every ASCII byte but
/// the unreserved ones, the sub-delimiters, `:`, `@` and `/`; characters outside RFC 3987's `ucschar` (controls, white space,
/// bidi formatting, private use, non-characters); and bytes that are not
/// UTF-8. Letters such as "ï" are kept.
fn iri_escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let encode = |out: &mut String, b: &[u8]| {
        for byte in b {
            out.push_str(&format!("%{byte:02X}"));
        }
    };
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            let keep = if c.is_ascii() {
                c.is_ascii_alphanumeric()
                    || matches!(
                        c,
                        '-' | '.'
                            | '_'
                            | '~'
                            | '!'
                            | '$'
                            | '&'
                            | '\''
                            | '('
                            | ')'
                            | '*'
                            | '+'
                            | ','
                            | ';'
                            | '='
                            | ':'
                            | '@'
                            | '/'
                    )
            } else {
                is_ucschar(c)
            };
            if keep {
                out.push(c);
            } else {
                let mut buf = [0u8; 4];
                encode(&mut out, c.encode_utf8(&mut buf).as_bytes());
            }
        }
        encode(&mut out, chunk.invalid());
    }
    out
}

/// RFC 3987's `ucschar`, less white space and the bidi formatting
/// characters (which RFC 3987 section 4.1 forbids in an IRI).
fn is_ucschar(c: char) -> bool {
    let u = u32::from(c);
    let bmp = matches!(u, 0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF);
    // %x10000-1FFFD … %xD0000-DFFFD and %xE1000-EFFFD: each plane but its
    // last two code points (non-characters), plane 14 without its tags.
    let astral = matches!(u, 0x10000..=0xDFFFF | 0xE1000..=0xEFFFF) && (u & 0xFFFF) <= 0xFFFD;
    (bmp || astral)
        && !c.is_whitespace()
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

// ---------------------------------------------------------------------------
// Export files

/// The file name of an export made on `date` (`YYYY-MM-DD`): `marks-DATE.EXT`,
/// or with `-2`, `-3`… for the `n`th of that day.
pub fn file_name(date: &str, format: Format, n: usize) -> String {
    let ext = format.extension();
    if n <= 1 {
        format!("marks-{date}.{ext}")
    } else {
        format!("marks-{date}-{n}.{ext}")
    }
}

/// Writes `text` to a new file in `dir` named for `date` and `format` (see
/// [`file_name`]): the first name that is free. The file is created with
/// `create_new` (O_EXCL), so an export never writes over a file, not even
/// one another process creates at the same moment. A file that cannot be
/// written whole is removed again. Returns the file's path.
pub fn write_new(dir: &Path, date: &str, format: Format, text: &str) -> io::Result<PathBuf> {
    // Far more than a day's exports; a bound, so a folder that refuses
    // every name cannot loop for ever.
    const MAX: usize = 10_000;
    for n in 1..=MAX {
        let path = dir.join(file_name(date, format, n));
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let written = file
            .write_all(text.as_bytes())
            .and_then(|()| file.sync_all());
        return match written {
            Ok(()) => Ok(path),
            Err(e) => {
                drop(file);
                let _ = std::fs::remove_file(&path);
                Err(e)
            }
        };
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{MAX} exports of {date} are there already"),
    ))
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
/// show as backslashes when pasted into a word processor), except that a
/// note line Markdown would read as a heading, quote, fence or rule is
/// escaped so it cannot break the grouping. A note keeps its line breaks
/// (see [`push_note`]).
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
        push_note(out, &m.note);
    }
}

/// A note as Markdown that keeps its lines: within a paragraph of the note
/// every line but the last ends in two spaces, Markdown's hard line break
/// (invisible when the text is pasted as it is, unlike a backslash); a blank
/// line stays a paragraph break. A line that Markdown would take for the
/// start of a heading, a quote, a code fence or (under a line of text) a
/// heading underline is escaped with a backslash, so a note cannot break
/// the grouping of the marks after it. Leading blank lines are dropped, and
/// runs of blank lines are one.
fn push_note(out: &mut String, note: &str) {
    let lines: Vec<&str> = note
        .trim_end()
        .lines()
        .map(str::trim_end)
        .skip_while(|l| l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            if i > 0 && !lines[i - 1].is_empty() {
                out.push('\n');
            }
            continue;
        }
        if starts_a_block(line) {
            // The backslash goes before the marker, after any indent.
            let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
            out.push_str(indent);
            out.push('\\');
            out.push_str(rest);
        } else {
            out.push_str(line);
        }
        if lines.get(i + 1).is_some_and(|next| !next.is_empty()) {
            out.push_str("  ");
        }
        out.push('\n');
    }
}

/// Whether Markdown would read a line of a note as more than text that
/// belongs to the note: a heading (`#`), a block quote (`>`), a code fence
/// (three backticks or tildes), or a line of `=`, `-`, `*` or `_` alone (a
/// heading underline or a rule). List items are left alone: a note may
/// hold a list, and it ends at the next mark's quote.
fn starts_a_block(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('#') || t.starts_with('>') || t.starts_with("```") || t.starts_with("~~~") {
        return true;
    }
    let marks: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    !marks.is_empty()
        && ['=', '-', '*', '_']
            .iter()
            .any(|&c| marks.chars().all(|x| x == c))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_escape_encodes_what_a_path_may_not_hold() {
        assert_eq!(
            iri_escape("/map met spatie/Oekraïne#1?%.txt".as_bytes()),
            "/map%20met%20spatie/Oekraïne%231%3F%25.txt"
        );
        // Delimiters and quotes RFC 3986 leaves out of a path, controls,
        // white space beyond ASCII, bidi controls, and bytes not UTF-8.
        assert_eq!(
            iri_escape(b"a[b]c\"d<e>f\\g^h`i{j|k}"),
            "a%5Bb%5Dc%22d%3Ce%3Ef%5Cg%5Eh%60i%7Bj%7Ck%7D"
        );
        assert_eq!(
            iri_escape("\t\u{7f}\u{a0}\u{202e}".as_bytes()),
            "%09%7F%C2%A0%E2%80%AE"
        );
        assert_eq!(iri_escape(b"caf\xe9.txt"), "caf%E9.txt");
        // What a path segment may hold stays.
        assert_eq!(
            iri_escape(b"a-b_c.d~e!$&'()*+,;=:@/f"),
            "a-b_c.d~e!$&'()*+,;=:@/f"
        );
        assert_eq!(iri_escape("한국어 🇺🇦".as_bytes()), "한국어%20🇺🇦");
    }

    #[test]
    fn an_export_file_never_overwrites_one() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new(dir.path(), "2026-12-02", Format::Markdown, "eerste\n").unwrap();
        assert_eq!(first, dir.path().join("marks-2026-12-02.md"));
        let second = write_new(dir.path(), "2026-12-02", Format::Markdown, "tweede\n").unwrap();
        assert_eq!(second, dir.path().join("marks-2026-12-02-2.md"));
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "eerste\n");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "tweede\n");
        // A name taken by something else (a folder) is skipped too.
        std::fs::create_dir(dir.path().join("marks-2026-12-02-3.md")).unwrap();
        let fourth = write_new(dir.path(), "2026-12-02", Format::Markdown, "vierde\n").unwrap();
        assert_eq!(fourth, dir.path().join("marks-2026-12-02-4.md"));
        // Another format has names of its own.
        let csv = write_new(dir.path(), "2026-12-02", Format::Csv, "id\n").unwrap();
        assert_eq!(csv, dir.path().join("marks-2026-12-02.csv"));
    }

    #[test]
    fn an_export_into_a_missing_folder_fails_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_new(&dir.path().join("nope"), "2026-12-02", Format::Json, "{}").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn a_note_keeps_its_line_breaks_and_cannot_break_the_grouping() {
        let mut out = String::new();
        push_note(&mut out, "eerste regel\ntweede regel");
        assert_eq!(out, "eerste regel  \ntweede regel\n");
        let mut out = String::new();
        push_note(
            &mut out,
            "\n\nkop\n---\n\n\n# geen kop\n> geen citaat\n```\n- een punt\n  * * *\n",
        );
        assert_eq!(
            out,
            "kop  \n\\---\n\n\\# geen kop  \n\\> geen citaat  \n\\```  \n- een punt  \n  \\* * *\n"
        );
    }
}
