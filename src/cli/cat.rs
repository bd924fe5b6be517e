//! `brief cat`: the clean reading text of one document, or its original bytes.

use anyhow::{Context, Result, bail};
use brief::corpus::{Corpus, Entry};
use brief::outline::clean_text;
use std::io::Write;
use std::path::PathBuf;

pub fn cat(raw: bool, all: bool, width: Option<usize>, key: &str, paths: &[PathBuf]) -> Result<()> {
    let path = PathBuf::from(key);
    let corpus = if paths.is_empty() && path.is_file() {
        Corpus::open(&[path])
    } else {
        Corpus::from_args(paths)
    };
    let entry = if corpus.entries.len() == 1 && paths.is_empty() && PathBuf::from(key).is_file() {
        corpus.entries.first()
    } else {
        corpus.find(key)
    };
    let entry = entry.with_context(|| {
        format!("no document {key:?} (give an id such as a file stem, or a path)")
    })?;
    let mut out = std::io::stdout().lock();
    match entry {
        Entry::Failed { origin, error, .. } => bail!("{}: {error}", origin.display()),
        Entry::Doc(d) if raw => out.write_all(&d.bytes)?,
        Entry::Doc(d) => out.write_all(clean_text(d, all, width).as_bytes())?,
    }
    Ok(())
}
