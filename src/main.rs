//! The `brief` binary: the terminal reader, and the scriptable subcommands that
//! reuse the same library.

use anyhow::{Context, Result, bail};
use brief::corpus::{Corpus, Entry};
use brief::entities::report::{report, text_table};
use brief::entities::{EntityIndex, Recogniser};
use brief::outline::{clean_text, outline_corpus, outline_text};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "brief",
    version,
    about = "A terminal reader for political briefings",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files and folders to open (default: the bundled briefing).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print each document's kind, title, date, sections, footnotes, signatories and folded blocks.
    Outline {
        #[arg(long)]
        json: bool,
        paths: Vec<PathBuf>,
    },
    /// List the named entities: people, organisations, places, dates, amounts,
    /// references and other names, with every mention's raw byte offsets.
    Entities {
        #[arg(long)]
        json: bool,
        paths: Vec<PathBuf>,
    },
    /// Print the clean reading text of one document.
    Cat {
        /// The original bytes, unchanged.
        #[arg(long)]
        raw: bool,
        /// Include folded blocks (site chrome, sidebars).
        #[arg(long)]
        all: bool,
        /// Wrap paragraphs to this many columns.
        #[arg(long)]
        width: Option<usize>,
        /// Document id (file stem) or path.
        doc: String,
        /// Where to look the id up (default: the bundled briefing).
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => brief::tui::run(Corpus::from_args(&cli.paths)),
        Some(Command::Outline { json, paths }) => outline(json, &paths),
        Some(Command::Entities { json, paths }) => entities(json, &paths),
        Some(Command::Cat {
            raw,
            all,
            width,
            doc,
            paths,
        }) => cat(raw, all, width, &doc, &paths),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn outline(json: bool, paths: &[PathBuf]) -> Result<()> {
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

fn entities(json: bool, paths: &[PathBuf]) -> Result<()> {
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

fn cat(raw: bool, all: bool, width: Option<usize>, key: &str, paths: &[PathBuf]) -> Result<()> {
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
