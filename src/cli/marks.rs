//! `brief marks ...`: the review marks from the command line, through the
//! same store the reader uses (locked, merged, atomic saves).

use anyhow::{Context, Result, bail};
use brief::corpus::{Corpus, Entry};
use brief::document::Document;
use brief::marks::anchor;
use brief::marks::edit::new_mark;
use brief::marks::export::{self, Format, MarkView};
use brief::marks::location::{marks_path, reviewer};
use brief::marks::reanchoring::{self, Placements};
use brief::marks::rescue;
use brief::marks::store::MarkStore;
use brief::marks::{RawRange, TextPosition};
use brief::output::inert::inert_line;
use clap::Subcommand;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum MarksCommand {
    /// Mark a passage of a document; prints the new mark's id once it is saved.
    Add {
        /// Document id (file stem) or path.
        #[arg(long)]
        doc: String,
        /// The passage, as it reads in the clean text (`brief cat`).
        #[arg(long)]
        quote: String,
        /// Which occurrence of the passage to mark (1 = the first).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
        occurrence: u64,
        #[arg(long)]
        label: String,
        #[arg(long, default_value = "")]
        note: String,
        /// Default: $BRIEF_REVIEWER, else the login name.
        #[arg(long)]
        reviewer: Option<String>,
        /// The marks file (default: <folder>/.brief/marks.json, or the user's
        /// data folder for the bundled briefing).
        #[arg(long, value_name = "FILE")]
        marks: Option<PathBuf>,
        /// Files and folders of the corpus (default: the bundled briefing).
        paths: Vec<PathBuf>,
    },
    /// List the marks, flagging those whose passage is no longer found.
    List {
        /// JSON instead of a table (start/end: the stored text position in
        /// code points of the clean text; raw_start/raw_end: byte offsets
        /// into the file when the mark was made).
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "FILE")]
        marks: Option<PathBuf>,
        paths: Vec<PathBuf>,
    },
    /// Print the marks as Markdown, JSON, W3C Web Annotations or CSV.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long, value_name = "FILE")]
        marks: Option<PathBuf>,
        paths: Vec<PathBuf>,
    },
    /// List the rescue files: marks the reader could not save and kept
    /// aside when it quit, was killed or crashed (in $BRIEF_RESCUE_DIR, the
    /// user's state folder, the temp folder, or beside the marks file).
    Rescued {
        #[arg(long)]
        json: bool,
        /// Also look beside this marks file.
        #[arg(long, value_name = "FILE")]
        marks: Option<PathBuf>,
        paths: Vec<PathBuf>,
    },
    /// Merge the marks of a rescue file (or any marks file) into the marks
    /// file, by id and modified time; a rescue file is removed once the
    /// merged marks are saved.
    Merge {
        /// The rescue file.
        rescue: PathBuf,
        /// The marks file to merge into (default: the one the rescue file
        /// names, else the corpus's).
        #[arg(long, value_name = "FILE")]
        marks: Option<PathBuf>,
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
    W3c,
    Csv,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Json => Format::Json,
            ExportFormat::W3c => Format::W3c,
            ExportFormat::Csv => Format::Csv,
        }
    }
}

pub fn run(action: MarksCommand) -> Result<()> {
    match action {
        MarksCommand::Add {
            doc,
            quote,
            occurrence,
            label,
            note,
            reviewer: who,
            marks,
            paths,
        } => {
            // Like `cat`: a path to a file needs no corpus around it.
            let corpus = if paths.is_empty() && Path::new(&doc).is_file() {
                Corpus::open(&[PathBuf::from(&doc)])
            } else {
                Corpus::from_args(&paths)
            };
            let new = NewMark {
                doc: &doc,
                quote: &quote,
                occurrence: usize::try_from(occurrence).unwrap_or(usize::MAX),
                label: &label,
                note: &note,
                reviewer: reviewer(who.as_deref()),
            };
            add(&corpus, marks.as_deref(), new)?;
            super::check_inputs(&corpus)
        }
        MarksCommand::List { json, marks, paths } => {
            let corpus = Corpus::from_args(&paths);
            list(&corpus, marks.as_deref(), json)?;
            super::check_inputs(&corpus)
        }
        MarksCommand::Export {
            format,
            marks,
            paths,
        } => {
            let corpus = Corpus::from_args(&paths);
            export(&corpus, marks.as_deref(), format)?;
            super::check_inputs(&corpus)
        }
        MarksCommand::Rescued { json, marks, paths } => {
            let beside = if marks.is_some() || !paths.is_empty() {
                Some(marks_path(&Corpus::from_args(&paths), marks.as_deref()))
            } else {
                None
            };
            rescued(beside.as_deref(), json)
        }
        MarksCommand::Merge {
            rescue,
            marks,
            paths,
        } => merge(&rescue, marks.as_deref(), &paths),
    }
}

struct NewMark<'a> {
    doc: &'a str,
    quote: &'a str,
    occurrence: usize,
    label: &'a str,
    note: &'a str,
    reviewer: String,
}

/// Opens the store, refusing one that cannot be written: better to stop
/// than to write over a file someone may still repair.
fn open_store(corpus: &Corpus, over: Option<&Path>) -> Result<MarkStore> {
    let path = marks_path(corpus, over);
    let mut store = MarkStore::open(&path)?;
    if let Some(e) = store.read_only() {
        bail!("{e}");
    }
    for message in brief::marks::migrate::migrate(corpus, &mut store) {
        super::warn(&message);
    }
    Ok(store)
}

/// Opens the store with every mark placed and re-anchored to its document
/// as it is now (and saved so), so lists and exports show the passages as
/// they read now. A failed save is said on stderr; the marks are shown all
/// the same.
fn placed_now(corpus: &Corpus, over: Option<&Path>) -> Result<(MarkStore, Placements)> {
    let mut store = open_store(corpus, over)?;
    let (placements, saved) = reanchoring::place_and_reanchor(corpus, &mut store);
    if let Err(e) = saved {
        super::warn(&format!("re-anchored marks not saved: {e}"));
    }
    Ok((store, placements))
}

fn document<'c>(corpus: &'c Corpus, key: &str) -> Result<&'c Document> {
    match corpus.lookup(key)? {
        Entry::Failed { origin, error, .. } => bail!("{}: {error}", origin.display()),
        Entry::Pending { origin, .. } => bail!("{}: not read yet", origin.display()),
        Entry::Doc(d) => Ok(d),
    }
}

fn add(corpus: &Corpus, over: Option<&Path>, new: NewMark) -> Result<()> {
    if new.label.trim().is_empty() {
        bail!("the label is empty (give --label a word such as vraag)");
    }
    let doc = document(corpus, new.doc)?;
    if new.quote.is_empty() {
        bail!("the quote is empty");
    }
    let range = anchor::find_quote(doc, new.quote, new.occurrence).with_context(|| {
        if new.occurrence > 1 {
            format!(
                "{}: occurrence {} of {:?} not found in the clean text",
                doc.id, new.occurrence, new.quote
            )
        } else {
            format!("{}: {:?} not found in the clean text", doc.id, new.quote)
        }
    })?;
    let mut store = open_store(corpus, over)?;
    let mark = new_mark(doc, range, new.label, new.note, &new.reviewer);
    let id = mark.id.clone();
    store.add(mark)?;
    // The id on stdout is the acknowledgement: printed only once the
    // mark is on disk.
    let mut out = std::io::stdout().lock();
    writeln!(out, "{id}")?;
    out.flush()?;
    Ok(())
}

fn list(corpus: &Corpus, over: Option<&Path>, json: bool) -> Result<()> {
    let (store, placements) = placed_now(corpus, over)?;
    let marks = store.marks();
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<serde_json::Value> = marks
            .iter()
            .map(|m| {
                let f = export::view(corpus, m, placements.range_of(&m.id));
                let TextPosition { start, end } = m.position;
                let RawRange {
                    start: raw_start,
                    end: raw_end,
                    page,
                } = m.raw;
                serde_json::json!({
                    "id": m.id,
                    "doc": m.doc,
                    "label": m.label,
                    "note": m.note,
                    "reviewer": m.reviewer,
                    "created": m.created,
                    "modified": m.modified,
                    "quote": m.quote.exact,
                    "orphaned": f.orphaned,
                    "section": f.section,
                    "start": start,
                    "end": end,
                    "raw_start": raw_start,
                    "raw_end": raw_end,
                    "page": page,
                })
            })
            .collect();
        brief::output::json::to_writer_pretty(&mut out, &serde_json::json!({ "marks": items }))?;
        writeln!(out)?;
        return Ok(());
    }
    if marks.is_empty() {
        let path = store.path().display().to_string();
        writeln!(out, "no marks in {}", inert_line(&path))?;
        return Ok(());
    }
    let rows: Vec<[String; 7]> = marks
        .iter()
        .map(|m| {
            let orphaned = placements.range_of(&m.id).is_none();
            [
                m.id.clone(),
                m.doc.clone(),
                m.label.clone(),
                m.reviewer.clone(),
                m.created.chars().take(10).collect(),
                first_words(&m.quote.exact, 8),
                if orphaned { "ORPHANED" } else { "" }.to_string(),
            ]
        })
        .collect();
    let header = ["ID", "DOC", "LABEL", "REVIEWER", "CREATED", "QUOTE", ""].map(String::from);
    let mut widths = [0usize; 7];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        writeln!(out, "{}", inert_line(line.join("  ").trim_end()))?;
    }
    Ok(())
}

/// The first `n` words, with an ellipsis if there were more.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        s.push('…');
    }
    s
}

fn export(corpus: &Corpus, over: Option<&Path>, format: ExportFormat) -> Result<()> {
    let (store, placements) = placed_now(corpus, over)?;
    let views: Vec<MarkView> = store
        .marks()
        .into_iter()
        .map(|m| export::view(corpus, m, placements.range_of(&m.id)))
        .collect();
    let text = export::render(format.into(), &views, corpus);
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(())
}

/// `marks rescued`: every rescue file found, with its number of marks and
/// the marks file it belongs to.
fn rescued(beside: Option<&Path>, json: bool) -> Result<()> {
    let extra: Vec<PathBuf> = beside
        .map(brief::marks::disk::folder_of)
        .into_iter()
        .collect();
    let files = rescue::find(&extra);
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<serde_json::Value> = files
            .iter()
            .map(|p| match rescue::read(p) {
                Ok(r) => serde_json::json!({
                    "path": p,
                    "marks": r.marks.iter().filter(|m| !m.deleted).count(),
                    "deletions": r.marks.iter().filter(|m| m.deleted).count(),
                    "marks_file": r.marks_file,
                    "created": r.created,
                    "reason": r.reason,
                }),
                Err(e) => serde_json::json!({ "path": p, "error": e.to_string() }),
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "rescued": items }))?;
        writeln!(out)?;
        return Ok(());
    }
    if files.is_empty() {
        let dir = rescue::rescue_dir().map_or_else(|| "-".into(), |d| rescue::shown(&d));
        writeln!(out, "no rescue files (looked in {dir} and the temp folder)")?;
        return Ok(());
    }
    for p in &files {
        match rescue::read(p) {
            Ok(r) => {
                let live = r.marks.iter().filter(|m| !m.deleted).count();
                let gone = r.marks.len() - live;
                let mut what = format!("{live} mark{}", if live == 1 { "" } else { "s" });
                if gone > 0 {
                    what.push_str(&format!(
                        ", {gone} deletion{}",
                        if gone == 1 { "" } else { "s" }
                    ));
                }
                let owner = r
                    .marks_file
                    .as_deref()
                    .map_or_else(|| "no marks file named".into(), rescue::shown);
                writeln!(out, "{}  {what}  for {owner}", rescue::shown(p))?;
            }
            Err(e) => writeln!(out, "{}  cannot be read: {e}", rescue::shown(p))?,
        }
    }
    Ok(())
}

/// `marks merge`: the rescued marks into the marks file, through the
/// store's locked merge-save; the rescue file goes only once they are saved.
fn merge(from: &Path, over: Option<&Path>, paths: &[PathBuf]) -> Result<()> {
    let found = rescue::read(from)?;
    let target = match (&found.marks_file, over, paths.is_empty()) {
        (Some(owner), None, true) => owner.clone(),
        _ => marks_path(&Corpus::from_args(paths), over),
    };
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(from, &target) {
        bail!("{} is the marks file itself", rescue::shown(from));
    }
    let mut store = MarkStore::open(&target)?;
    if let Some(e) = store.read_only() {
        bail!("{e}; {} is kept", rescue::shown(from));
    }
    let total = found.marks.len();
    let is_rescue = found.is_rescue();
    let changed = store
        .merge_in(found.marks)
        .with_context(|| format!("{} is kept", rescue::shown(from)))?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "merged {changed} of {total} mark{} into {} ({} already there or newer)",
        if total == 1 { "" } else { "s" },
        rescue::shown(&target),
        total - changed
    )?;
    if is_rescue {
        match std::fs::remove_file(from) {
            Ok(()) => writeln!(out, "removed {}", rescue::shown(from))?,
            Err(e) => writeln!(
                out,
                "{} is kept: cannot remove it: {e}",
                rescue::shown(from)
            )?,
        }
    } else {
        writeln!(
            out,
            "{} is left as it is (not a rescue file)",
            rescue::shown(from)
        )?;
    }
    Ok(())
}
