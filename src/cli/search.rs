//! `brief search`: every match in the corpus, with section, raw offsets and
//! a snippet. Each match costs its snippet and a few look-ups, never a walk
//! over its block: a 50 MB line with half a million matches prints them in
//! time proportional to the output.

use super::contained::Left;
use anyhow::Result;
use brief::contain::{Failure, contain};
use brief::corpus::Entry;
use brief::corpus::stream::Stream;
use brief::document::Document;
use brief::output::inert::inert_line;
use brief::search::{Matcher, Query, search_document, section_title, snippet};
use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;

/// Characters of context a snippet shows.
const SNIPPET_WIDTH: usize = 72;

/// One match in `--json` (keys in alphabetical order, as before).
#[derive(Serialize)]
struct JsonHit {
    boilerplate: bool,
    clean_end: usize,
    clean_start: usize,
    doc: String,
    raw_end: Option<usize>,
    raw_start: Option<usize>,
    section: Option<String>,
    snippet: String,
    text: String,
}

/// What searching one entry gave.
enum Searched {
    /// Its matches, ready to print (as JSON or as lines of text).
    Hits(Vec<Printed>),
    /// The file could not be read: the failed entry, named at the end.
    Unread(Entry),
    /// Searching it failed (a bug, contained): its file and what failed.
    Failed(String, Failure),
}

enum Printed {
    Json(JsonHit),
    Line(String),
}

/// `brief search`: every match in the corpus, with the matcher and the
/// folded text the reader uses. The corpus is read a slice at a time
/// ([`Stream`]): each document is folded, searched and its matches printed
/// as its slice is read, and then let go.
pub fn search(
    json: bool,
    regex: bool,
    word: bool,
    all: bool,
    text: String,
    paths: &[PathBuf],
) -> Result<()> {
    let query = Query {
        text,
        regex,
        whole_word: word,
    };
    let matcher = match query.compile() {
        Ok(m) => m,
        Err(e) => {
            // A usage error, told apart from a failed search by its code.
            super::warn(&e.to_string());
            std::process::exit(2);
        }
    };
    let stream = Stream::from_args(paths);
    let left = RefCell::new(Left::default());
    let hits = Hits {
        stream: &stream,
        left: &left,
        search: &|i, entry| searched(i, entry, &matcher, all, json),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        let result = JsonResult {
            hits: &hits,
            query: &query.text,
        };
        brief::output::json::to_writer_pretty(&mut out, &result)?;
        writeln!(out)?;
    } else {
        hits.each(|p| match p {
            Printed::Line(line) => writeln!(out, "{line}"),
            Printed::Json(_) => Ok(()),
        })?;
    }
    out.flush()?;
    left.into_inner().finish("search")
}

/// Searches one entry (on a worker thread) and makes its matches ready to
/// print.
fn searched(doc: usize, entry: Entry, matcher: &Matcher, all: bool, json: bool) -> Searched {
    let d = match &entry {
        Entry::Doc(d) => d,
        Entry::Failed { .. } | Entry::Pending { .. } => return Searched::Unread(entry),
    };
    match contain(|| printed(d, doc, matcher, all, json)) {
        Ok(p) => Searched::Hits(p),
        Err(f) => Searched::Failed(d.origin.display(), f),
    }
}

/// The matches in one document, each as it is printed.
fn printed(doc: &Document, i: usize, matcher: &Matcher, all: bool, json: bool) -> Vec<Printed> {
    let hits = search_document(doc, i, matcher, all);
    // Matches come by block: look a section up once per block.
    let mut last: Option<(usize, Option<String>)> = None;
    let mut printed = Vec::with_capacity(hits.len());
    for h in &hits {
        let section = match &last {
            Some((block, s)) if *block == h.block => s.clone(),
            _ => {
                let s = section_title(doc, h.clean.start);
                last = Some((h.block, s.clone()));
                s
            }
        };
        let raw = doc.raw_range(h.clean.clone());
        let (before, matched, after) = snippet(doc, &h.clean, SNIPPET_WIDTH);
        let snip = [before, matched, after].concat();
        if json {
            printed.push(Printed::Json(JsonHit {
                boilerplate: h.boilerplate,
                clean_end: h.clean.end,
                clean_start: h.clean.start,
                doc: doc.id.clone(),
                raw_end: raw.as_ref().map(|r| r.end),
                raw_start: raw.as_ref().map(|r| r.start),
                section,
                snippet: snip,
                text: doc.clean[h.clean.clone()].to_string(),
            }));
        } else {
            let raw = raw.map_or_else(|| "?".to_string(), |r| format!("{}-{}", r.start, r.end));
            let folded = if h.boilerplate { "[folded] " } else { "" };
            let line = format!(
                "{}  {}  {raw}  {folded}{snip}",
                doc.id,
                section.as_deref().unwrap_or("-")
            );
            printed.push(Printed::Line(inert_line(&line).into_owned()));
        }
    }
    printed
}

/// Every match of the corpus, found as it is written.
struct Hits<'a> {
    stream: &'a Stream,
    left: &'a RefCell<Left>,
    search: &'a (dyn Fn(usize, Entry) -> Searched + Sync),
}

impl Hits<'_> {
    /// Gives each match to `write` in corpus order, keeping what failed.
    fn each<E>(&self, mut write: impl FnMut(&Printed) -> Result<(), E>) -> Result<(), E> {
        self.stream.for_each_slice(self.search, |slice| {
            for s in slice {
                match s {
                    Searched::Hits(printed) => printed.iter().try_for_each(&mut write)?,
                    Searched::Unread(e) => self.left.borrow_mut().unread.push(e),
                    Searched::Failed(file, f) => self.left.borrow_mut().failed.push((file, f)),
                }
            }
            Ok(())
        })
    }
}

#[derive(Serialize)]
struct JsonResult<'a> {
    hits: &'a Hits<'a>,
    query: &'a str,
}

impl Serialize for Hits<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        self.each(|p| match p {
            Printed::Json(hit) => seq.serialize_element(hit),
            Printed::Line(_) => Ok(()),
        })?;
        seq.end()
    }
}
