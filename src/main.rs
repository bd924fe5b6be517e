//! The `brief` binary: the terminal reader, and the scriptable subcommands that
//! reuse the same library.

mod cli;

use clap::{Parser, Subcommand};
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
        /// Only this section, with its subsections: its title, or the start
        /// or a part of it that names one section (case and diacritics aside).
        #[arg(long, value_name = "TITLE", conflicts_with = "raw")]
        section: Option<String>,
        /// Document id (file stem) or path.
        doc: String,
        /// Where to look the id up (default: the bundled briefing).
        paths: Vec<PathBuf>,
    },
    /// Review marks: add one, list them, export them.
    Marks {
        #[command(subcommand)]
        action: cli::marks::MarksCommand,
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

/// Does the command read standard input (`-` as a path, or as `cat`'s document)?
fn reads_stdin(cli: &Cli) -> bool {
    let (paths, key): (&[PathBuf], Option<&str>) = match &cli.command {
        None => (&cli.paths, None),
        Some(
            Command::Outline { paths, .. }
            | Command::Entities { paths, .. }
            | Command::Search { paths, .. },
        ) => (paths, None),
        Some(Command::Cat { paths, doc, .. }) => (paths, Some(doc)),
        Some(Command::Marks { .. }) => return false,
    };
    key == Some("-") || paths.iter().any(|p| brief::corpus::is_stdin(p))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdin = reads_stdin(&cli);
    if stdin && cli.command.is_some() && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        eprintln!("brief: reading the document from standard input (end it with Ctrl-D)");
    }
    let result = match cli.command {
        // The reader takes its keys from the terminal: it reads files only.
        None if stdin => Err(anyhow::anyhow!(
            "`-` (standard input) works with outline, entities, cat and search; \
             the reader opens files and folders"
        )),
        // The reader draws on a terminal and reads its keys from one.
        None if !std::io::IsTerminal::is_terminal(&std::io::stdin())
            || !std::io::IsTerminal::is_terminal(&std::io::stdout()) =>
        {
            Err(anyhow::anyhow!(
                "the reader needs a terminal (standard input and output); \
                 in a pipe or a script use outline, entities, cat, search or marks"
            ))
        }
        None => brief::tui::run(
            if cli.paths.is_empty() {
                brief::tui::Opening::Bundled
            } else {
                brief::tui::Opening::Paths(cli.paths)
            },
            brief::tui::RunOptions {
                marks: cli.marks,
                reviewer: cli.reviewer,
            },
        ),
        Some(Command::Outline { json, paths }) => cli::outline::outline(json, &paths),
        Some(Command::Entities { json, paths }) => cli::entities::entities(json, &paths),
        Some(Command::Cat {
            raw,
            all,
            width,
            section,
            doc,
            paths,
        }) => {
            let options = cli::cat::CatOptions {
                raw,
                all,
                width,
                section: section.as_deref(),
            };
            cli::cat::cat(options, &doc, &paths)
        }
        Some(Command::Marks { action }) => cli::marks::run(action),
        Some(Command::Search {
            json,
            regex,
            word,
            all,
            query,
            paths,
        }) => cli::search::search(json, regex, word, all, query, &paths),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // "brief outline | head": the reader of the output went away, as
        // other Unix tools take it: quietly, and not as a failure.
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            cli::warn(&cli::error_text(&e));
            ExitCode::FAILURE
        }
    }
}
