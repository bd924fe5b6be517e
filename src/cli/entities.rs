//! `brief entities`: every entity mention, typed and linked, with raw offsets.

use anyhow::Result;
use brief::corpus::Corpus;
use brief::entities::report::{report, text_table};
use brief::entities::{EntityIndex, Recogniser};
use brief::output::inert::inert_text;
use std::io::Write;
use std::path::PathBuf;

pub fn entities(json: bool, paths: &[PathBuf]) -> Result<()> {
    let corpus = Corpus::from_args(paths);
    let recogniser = Recogniser::for_corpus(&corpus)?;
    // Per document: a bug that trips on one leaves the others complete.
    let (index, failed) = EntityIndex::build_contained(&corpus, &recogniser);
    let r = report(&corpus, &index);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        brief::output::json::to_writer_pretty(&mut out, &r)?;
        writeln!(out)?;
    } else {
        out.write_all(inert_text(&text_table(&r)).as_bytes())?;
    }
    out.flush()?;
    let inputs = super::check_inputs(&corpus);
    super::contained::report(&corpus, "entity recognition", &failed)?;
    inputs
}
