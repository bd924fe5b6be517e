//! `brief entities`: every entity mention, typed and linked, with raw offsets.

use anyhow::Result;
use brief::briefing::Briefing;
use brief::corpus::Corpus;
use brief::entities::report::{report, text_table};
use brief::output::inert::inert_text;
use brief::progress::Progress;
use std::io::Write;
use std::path::PathBuf;

pub fn entities(json: bool, paths: &[PathBuf]) -> Result<()> {
    // The report needs the clean texts and their maps, not the sources:
    // letting go of each as it is parsed keeps a third of the corpus out
    // of memory.
    let corpus = Corpus::from_args_without_sources(paths);
    let briefing = Briefing::new(std::sync::Arc::new(corpus));
    let corpus = &*briefing.corpus;
    // Per document: a bug that trips on one leaves the others complete.
    let built = briefing.entities(&Progress::default());
    if let Some(f) = &built.broken {
        anyhow::bail!("entity recognition failed: {}", f.summary());
    }
    // As in the reader: a gazetteer file that cannot be read is said, and
    // the bundled gazetteer is used.
    if let Some(warning) = &built.warning {
        super::warn(warning);
    }
    let r = report(corpus, &built.index);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        brief::entities::report::write_json(&r, &mut out)?;
        writeln!(out)?;
    } else {
        out.write_all(inert_text(&text_table(&r)).as_bytes())?;
    }
    out.flush()?;
    let inputs = super::check_inputs(corpus);
    super::contained::report(corpus, "entity recognition", &built.failed)?;
    inputs
}
