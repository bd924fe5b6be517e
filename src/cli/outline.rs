//! `brief outline`: each document's kind, title, date, sections, footnotes,
//! signatories and folded blocks, as text or JSON.

use anyhow::Result;
use brief::contain::contain;
use brief::corpus::Corpus;
use brief::outline::{CorpusOutline, outline as outline_of, outline_text};
use brief::output::inert::inert_text;
use std::io::Write;
use std::path::PathBuf;

pub fn outline(json: bool, paths: &[PathBuf]) -> Result<()> {
    let corpus = Corpus::from_args(paths);
    // Per document: a bug that trips on one leaves the others complete.
    let mut o = CorpusOutline {
        documents: Vec::new(),
    };
    let mut failed = Vec::new();
    for (i, d) in corpus.entries.iter().enumerate() {
        let Some(d) = d.doc() else { continue };
        match contain(|| outline_of(d)) {
            Ok(x) => o.documents.push(x),
            Err(f) => failed.push((i, f)),
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        brief::output::json::to_writer_pretty(&mut out, &o)?;
        writeln!(out)?;
    } else {
        for d in &o.documents {
            write!(out, "{}", inert_text(&outline_text(d)))?;
        }
    }
    out.flush()?;
    let inputs = super::check_inputs(&corpus);
    super::contained::report(&corpus, "outline", &failed)?;
    inputs
}
