//! `brief outline`: each document's kind, title, date, sections, footnotes,
//! signatories and folded blocks, as text or JSON.

use anyhow::{Result, bail};
use brief::corpus::Corpus;
use brief::outline::{outline_corpus, outline_text};
use std::io::Write;
use std::path::PathBuf;

pub fn outline(json: bool, paths: &[PathBuf]) -> Result<()> {
    let corpus = Corpus::from_args(paths);
    let (o, errors) = outline_corpus(&corpus);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &o)?;
        writeln!(out)?;
    } else {
        for d in &o.documents {
            write!(out, "{}", outline_text(d))?;
        }
    }
    for e in &errors {
        eprintln!("brief: {e}");
    }
    if !errors.is_empty() {
        bail!("{} file(s) could not be read as documents", errors.len());
    }
    Ok(())
}
