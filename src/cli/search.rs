//! `brief search`: every match in the corpus, with section, raw offsets and
//! a snippet. Each match costs its snippet and a few look-ups, never a walk
//! over its block: a 50 MB line with half a million matches prints them in
//! time proportional to the output.

use anyhow::Result;
use brief::briefing::Briefing;
use brief::contain::contain;
use brief::corpus::Corpus;
use brief::output::inert::inert_line;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// Characters of context a snippet shows.
const SNIPPET_WIDTH: usize = 72;

/// One match in `--json` (keys in alphabetical order, as before).
#[derive(Serialize)]
struct JsonHit<'a> {
    boilerplate: bool,
    clean_end: usize,
    clean_start: usize,
    doc: &'a str,
    raw_end: Option<usize>,
    raw_start: Option<usize>,
    section: Option<String>,
    snippet: String,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonResult<'a> {
    hits: Vec<JsonHit<'a>>,
    query: &'a str,
}

/// `brief search`: every match in the corpus, through the same index and
/// matcher the reader uses.
pub fn search(
    json: bool,
    regex: bool,
    word: bool,
    all: bool,
    text: String,
    paths: &[PathBuf],
) -> Result<()> {
    use brief::search::{Query, section_title, snippet};
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
    let briefing = Briefing::new(std::sync::Arc::new(Corpus::from_args(paths)));
    let index = briefing
        .search(&Default::default())
        .map_err(|f| anyhow::anyhow!("building the search index failed: {}", f.summary()))?;
    let corpus = &*briefing.corpus;
    // Per document: a bug that trips on one leaves the others complete.
    let mut hits = Vec::new();
    let mut failed = Vec::new();
    for d in 0..corpus.entries.len() {
        match contain(|| index.search_doc(corpus, d, &matcher, all)) {
            Ok(h) => hits.extend(h),
            Err(f) => failed.push((d, f)),
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // Matches come by document and block: look a section up once per block.
    let mut last: Option<((usize, usize), Option<String>)> = None;
    let mut items = Vec::new();
    for h in &hits {
        let Some(doc) = corpus.entries[h.doc].doc() else {
            continue;
        };
        let section = match &last {
            Some((key, s)) if *key == (h.doc, h.block) => s.clone(),
            _ => {
                let s = section_title(doc, h.clean.start);
                last = Some(((h.doc, h.block), s.clone()));
                s
            }
        };
        let raw = doc.raw_range(h.clean.clone());
        let (before, matched, after) = snippet(doc, &h.clean, SNIPPET_WIDTH);
        let snip = format!("{before}{matched}{after}");
        if json {
            items.push(JsonHit {
                boilerplate: h.boilerplate,
                clean_end: h.clean.end,
                clean_start: h.clean.start,
                doc: &doc.id,
                raw_end: raw.as_ref().map(|r| r.end),
                raw_start: raw.as_ref().map(|r| r.start),
                section,
                snippet: snip,
                text: &doc.clean[h.clean.clone()],
            });
        } else {
            let raw = raw.map_or_else(|| "?".to_string(), |r| format!("{}-{}", r.start, r.end));
            let folded = if h.boilerplate { "[folded] " } else { "" };
            let line = format!(
                "{}  {}  {raw}  {folded}{snip}",
                doc.id,
                section.as_deref().unwrap_or("-")
            );
            writeln!(out, "{}", inert_line(&line))?;
        }
    }
    if json {
        let result = JsonResult {
            hits: items,
            query: &query.text,
        };
        brief::output::json::to_writer_pretty(&mut out, &result)?;
        writeln!(out)?;
    }
    out.flush()?;
    let inputs = super::check_inputs(corpus);
    super::contained::report(corpus, "search", &failed)?;
    inputs
}
