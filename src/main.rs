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
    /// Keep review marks in this file (default: .brief/marks.json in the
    /// documents' folder, or the user's data directory for the bundled briefing).
    #[arg(long, value_name = "FILE")]
    marks: Option<PathBuf>,
    /// The reviewer's name on new marks (default: $BRIEF_REVIEWER, then the login name).
    #[arg(long, value_name = "NAME")]
    reviewer: Option<String>,
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
    /// Review marks: add one, list them, export them.
    Marks {
        #[command(subcommand)]
        action: MarksCommand,
    },
    /// Search the clean text of the documents. Diacritics never matter
    /// ("oekraine" finds "Oekraïne"); case matters only when the query has a
    /// capital letter. One line per match: document, section, raw byte
    /// offsets, snippet. Exit code 2 for a bad regex.
    Search {
        /// JSON: {"query", "hits": [{"doc", "section", "raw_start", "raw_end",
        /// "clean_start", "clean_end", "text", "snippet", "boilerplate"}]}.
        #[arg(long)]
        json: bool,
        /// QUERY is a regular expression (regex crate syntax).
        #[arg(long)]
        regex: bool,
        /// Whole words only (a hyphen separates words).
        #[arg(long)]
        word: bool,
        /// Search folded boilerplate too (site chrome, sidebars).
        #[arg(long)]
        all: bool,
        query: String,
        /// Files and folders to search (default: the bundled briefing).
        paths: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum MarksCommand {
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
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Markdown,
    Json,
    W3c,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => brief::tui::run(
            Corpus::from_args(&cli.paths),
            brief::tui::RunOptions {
                marks: cli.marks,
                reviewer: cli.reviewer,
            },
        ),
        Some(Command::Outline { json, paths }) => outline(json, &paths),
        Some(Command::Entities { json, paths }) => entities(json, &paths),
        Some(Command::Cat {
            raw,
            all,
            width,
            doc,
            paths,
        }) => cat(raw, all, width, &doc, &paths),
        Some(Command::Marks { action }) => marks::run(action),
        Some(Command::Search {
            json,
            regex,
            word,
            all,
            query,
            paths,
        }) => search(json, regex, word, all, query, &paths),
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

/// `brief search`: every match in the corpus, through the same index and
/// matcher the reader uses.
fn search(
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

/// `brief marks ...`: the review marks from the command line, through the
/// same store the reader uses (locked, merged, atomic saves).
mod marks {
    use super::{ExportFormat, MarksCommand};
    use anyhow::{Context, Result, bail};
    use brief::corpus::{Corpus, Entry};
    use brief::document::{Document, Origin};
    use brief::marks::anchor::{self, Placement};
    use brief::marks::export::{self, MarkView};
    use brief::marks::location::{marks_path, reviewer};
    use brief::marks::store::MarkStore;
    use brief::marks::{Mark, RawRange, TextPosition, clock};
    use std::io::Write;
    use std::path::{Path, PathBuf};

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
                add(&corpus, marks.as_deref(), new)
            }
            MarksCommand::List { json, marks, paths } => {
                let corpus = Corpus::from_args(&paths);
                list(&corpus, marks.as_deref(), json)
            }
            MarksCommand::Export {
                format,
                marks,
                paths,
            } => {
                let corpus = Corpus::from_args(&paths);
                export(&corpus, marks.as_deref(), format)
            }
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
        let store = MarkStore::open(&path)?;
        if let Some(e) = store.read_only() {
            bail!("{e}");
        }
        Ok(store)
    }

    fn document<'c>(corpus: &'c Corpus, key: &str) -> Result<&'c Document> {
        match corpus.find(key) {
            None => bail!("no document {key:?} (give an id such as a file stem, or a path)"),
            Some(Entry::Failed { origin, error, .. }) => bail!("{}: {error}", origin.display()),
            Some(Entry::Doc(d)) => Ok(d),
        }
    }

    fn add(corpus: &Corpus, over: Option<&Path>, new: NewMark) -> Result<()> {
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
        let a = anchor::anchor(doc, range);
        let now = clock::now_rfc3339();
        let mark = Mark {
            id: clock::new_id(&new.reviewer),
            doc: doc.id.clone(),
            doc_sha256: anchor::doc_sha256(&doc.bytes),
            quote: a.quote,
            position: a.position,
            raw: a.raw,
            label: new.label.to_string(),
            note: new.note.to_string(),
            reviewer: new.reviewer,
            created: now.clone(),
            modified: now,
            deleted: false,
        };
        let id = mark.id.clone();
        store.add(mark)?;
        // The id on stdout is the acknowledgement: printed only once the
        // mark is on disk.
        let mut out = std::io::stdout().lock();
        writeln!(out, "{id}")?;
        out.flush()?;
        Ok(())
    }

    /// Where a mark is in the current text of its document, if anywhere.
    struct Found<'c> {
        doc: Option<&'c Document>,
        placement: Placement,
    }

    impl Found<'_> {
        fn orphaned(&self) -> bool {
            matches!(self.placement, Placement::Orphan)
        }

        fn section(&self) -> Option<String> {
            let doc = self.doc?;
            let range = self.placement.range()?;
            let block = doc.block_at_clean(range.start);
            let s = doc.section_of_block(block)?;
            Some(doc.sections[s].title.clone())
        }

        fn title(&self, mark: &Mark) -> String {
            self.doc
                .map_or_else(|| mark.doc.clone(), Document::display_title)
        }
    }

    fn find<'c>(corpus: &'c Corpus, mark: &Mark) -> Found<'c> {
        let doc = corpus.find(&mark.doc).and_then(Entry::doc);
        let placement = doc.map_or(Placement::Orphan, |d| anchor::locate(d, mark));
        Found { doc, placement }
    }

    fn list(corpus: &Corpus, over: Option<&Path>, json: bool) -> Result<()> {
        let store = open_store(corpus, over)?;
        let marks = store.marks();
        let mut out = std::io::stdout().lock();
        if json {
            let items: Vec<serde_json::Value> = marks
                .iter()
                .map(|m| {
                    let f = find(corpus, m);
                    let TextPosition { start, end } = m.position;
                    let RawRange {
                        start: raw_start,
                        end: raw_end,
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
                        "orphaned": f.orphaned(),
                        "section": f.section(),
                        "start": start,
                        "end": end,
                        "raw_start": raw_start,
                        "raw_end": raw_end,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "marks": items }))?;
            writeln!(out)?;
            return Ok(());
        }
        if marks.is_empty() {
            writeln!(out, "no marks in {}", store.path().display())?;
            return Ok(());
        }
        let rows: Vec<[String; 7]> = marks
            .iter()
            .map(|m| {
                let f = find(corpus, m);
                [
                    m.id.clone(),
                    m.doc.clone(),
                    m.label.clone(),
                    m.reviewer.clone(),
                    m.created.chars().take(10).collect(),
                    first_words(&m.quote.exact, 8),
                    if f.orphaned() { "ORPHANED" } else { "" }.to_string(),
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
            writeln!(out, "{}", line.join("  ").trim_end())?;
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
        let store = open_store(corpus, over)?;
        let marks = store.marks();
        let views: Vec<MarkView> = marks
            .iter()
            .map(|m| {
                let f = find(corpus, m);
                MarkView {
                    mark: m,
                    doc_title: f.title(m),
                    section: f.section(),
                    orphaned: f.orphaned(),
                }
            })
            .collect();
        let text = match format {
            ExportFormat::Markdown => export::markdown(&views),
            ExportFormat::Json => export::json(&views),
            ExportFormat::W3c => export::w3c(&views, |m| source_iri(corpus, m)),
            ExportFormat::Csv => export::csv(&views),
        };
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            writeln!(out)?;
        }
        Ok(())
    }

    /// The W3C annotation's source: a file URL for a file, a URN naming the
    /// seed for a bundled document (it has no location of its own).
    fn source_iri(corpus: &Corpus, mark: &Mark) -> String {
        match corpus.find(&mark.doc).map(Entry::origin) {
            Some(Origin::File(p)) => {
                let abs = std::path::absolute(p).unwrap_or_else(|_| PathBuf::from(p));
                format!("file://{}", iri_escape(&abs.to_string_lossy()))
            }
            Some(Origin::Bundled(name)) => format!("urn:brief:seed:{}", iri_escape(name)),
            None => format!("urn:brief:doc:{}", iri_escape(&mark.doc)),
        }
    }

    /// Escapes what may not stand in an IRI (spaces, %, #, ?, controls...);
    /// other non-ASCII letters may.
    fn iri_escape(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_ascii_control()
                || matches!(
                    c,
                    ' ' | '%' | '#' | '?' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}'
                )
                || (!c.is_ascii() && (c.is_whitespace() || c.is_control()))
            {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
