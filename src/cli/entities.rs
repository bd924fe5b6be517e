//! `brief entities`: every entity mention, typed and linked, with raw offsets.

use anyhow::Result;
use brief::corpus::{Corpus, Entry};
use brief::entities::report::{report, text_table};
use brief::entities::{EntityIndex, Recogniser};
use std::io::Write;
use std::path::PathBuf;

pub fn entities(json: bool, paths: &[PathBuf]) -> Result<()> {
    let corpus = Corpus::from_args(paths);
    let recogniser = Recogniser::for_corpus(&corpus)?;
    let index = EntityIndex::build(&corpus, &recogniser);
    let r = report(&corpus, &index);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &r)?;
        writeln!(out)?;
    } else {
        out.write_all(text_table(&r).as_bytes())?;
    }
    for e in &corpus.entries {
        if let Entry::Failed { origin, error, .. } = e {
            eprintln!("brief: {}: {error}", origin.display());
        }
    }
    Ok(())
}
