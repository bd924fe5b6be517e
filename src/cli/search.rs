//! `brief search`: every match in the corpus, with section, raw offsets and
//! a snippet.

use anyhow::Result;
use brief::corpus::{Corpus, Entry};
use std::io::Write;
use std::path::PathBuf;

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
    use brief::search::{Query, SearchIndex, section_title, snippet};
    let query = Query {
        text,
        regex,
        whole_word: word,
    };
    let matcher = match query.compile() {
        Ok(m) => m,
        Err(e) => {
            // A usage error, told apart from a failed search by its code.
            eprintln!("brief: {e}");
            std::process::exit(2);
        }
    };
    let corpus = Corpus::from_args(paths);
    let index = SearchIndex::build(&corpus);
    let hits = index.search_all(&corpus, &matcher, all);
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
        let (before, matched, after) = snippet(doc, &h.clean, 72);
        let snip = format!("{before}{matched}{after}");
        if json {
            items.push(serde_json::json!({
                "doc": doc.id,
                "section": section,
                "raw_start": raw.as_ref().map(|r| r.start),
                "raw_end": raw.as_ref().map(|r| r.end),
                "clean_start": h.clean.start,
                "clean_end": h.clean.end,
                "text": &doc.clean[h.clean.clone()],
                "snippet": snip,
                "boilerplate": h.boilerplate,
            }));
        } else {
            let raw = raw.map_or_else(|| "?".to_string(), |r| format!("{}-{}", r.start, r.end));
            let folded = if h.boilerplate { "[folded] " } else { "" };
            writeln!(
                out,
                "{}  {}  {raw}  {folded}{snip}",
                doc.id,
                section.as_deref().unwrap_or("-")
            )?;
        }
    }
    if json {
        let v = serde_json::json!({ "query": query.text, "hits": items });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    }
    out.flush()?;
    for e in &corpus.entries {
        if let Entry::Failed { origin, error, .. } = e {
            eprintln!("brief: {}: {error}", origin.display());
        }
    }
    Ok(())
}
