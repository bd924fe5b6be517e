//! The set of documents a session reads: the briefing bundled in the binary, or
//! the files and folders named on the command line (`-` for standard input).
//! A file that cannot be read as a document stays in the corpus as a failed
//! entry with its reason, so the reader can say what is wrong with it.
//!
//! - [`walk`]: the documents in a folder, links followed without looping.
//! - [`ids`]: ids unique in the corpus and stable across runs.
//! - [`load`]: reading one input (regular files only, capped) into an entry.
//! - [`plan`]: the inputs and their ids before anything is read, for a
//!   reader that opens documents as they are read.
//! - [`stream`]: the entries read a slice at a time, for a command that
//!   handles each document once.

pub mod ids;
pub mod load;
pub mod plan;
pub mod stream;
pub mod walk;

use crate::document::source::LoadError;
use crate::document::{Document, Origin};
use std::fmt;
use std::path::{Path, PathBuf};

pub use load::{load_bytes, load_file};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

#[derive(Debug)]
pub enum Entry {
    Doc(Box<Document>),
    Failed {
        id: String,
        origin: Origin,
        error: LoadError,
    },
    /// Not read yet: the reader opens a large corpus while it is being read
    /// (see [`plan`]). Like a failed entry it has no document.
    Pending {
        id: String,
        origin: Origin,
    },
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Doc(d) => &d.id,
            Entry::Failed { id, .. } | Entry::Pending { id, .. } => id,
        }
    }

    pub fn origin(&self) -> &Origin {
        match self {
            Entry::Doc(d) => &d.origin,
            Entry::Failed { origin, .. } | Entry::Pending { origin, .. } => origin,
        }
    }

    pub fn doc(&self) -> Option<&Document> {
        match self {
            Entry::Doc(d) => Some(d),
            Entry::Failed { .. } | Entry::Pending { .. } => None,
        }
    }

    /// What a reader calls this entry in a list of results or the status
    /// bar: the document's title cut at a word to at most `max` characters,
    /// or the file name of an entry that could not be read. Never the id.
    pub fn short_name(&self, max: usize) -> String {
        match self {
            Entry::Doc(d) => d.short_title(max),
            Entry::Failed { origin, .. } | Entry::Pending { origin, .. } => {
                let shown = origin.display();
                let name = shown.rsplit('/').next().unwrap_or(&shown);
                name.chars().take(max.max(1)).collect()
            }
        }
    }

    /// The name of the file it was read from (`<stdin>` for standard
    /// input), without the folders.
    pub fn file_name(&self) -> String {
        let shown = self.origin().display();
        match shown.rsplit_once('/') {
            Some((_, name)) if !name.is_empty() => name.to_string(),
            _ => shown,
        }
    }

    /// The id this entry had before ids were unique: the file stem (bytes
    /// that are not UTF-8 replaced). Marks made then carry it.
    pub fn stem_id(&self) -> String {
        match self.origin() {
            Origin::File(p) => stem(&p.to_string_lossy()),
            Origin::Bundled(name) => stem(name),
            Origin::Stdin => "stdin".to_string(),
        }
    }
}

/// Why a key names no single document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    NotFound(String),
    /// Several documents answer to the key: their ids, short titles and
    /// paths.
    Ambiguous {
        key: String,
        candidates: Vec<(String, String, String)>,
    },
}

impl fmt::Display for FindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FindError::NotFound(key) => write!(
                f,
                "no document {key:?} (give an id such as a file stem, or a path)"
            ),
            FindError::Ambiguous { key, candidates } => {
                let list: Vec<String> = candidates
                    .iter()
                    .map(|(id, title, path)| format!("{id} «{title}» ({path})"))
                    .collect();
                write!(
                    f,
                    "{key:?} matches {} documents: {}; give the id or the path",
                    candidates.len(),
                    list.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for FindError {}

#[derive(Debug, Default)]
pub struct Corpus {
    pub entries: Vec<Entry>,
    /// The folder the corpus lives in, where its `.brief/` settings are:
    /// the folder named, or the folder of the files named. None for the
    /// bundled briefing (and for standard input alone).
    pub root: Option<PathBuf>,
}

impl Corpus {
    /// The briefing bundled in the binary.
    pub fn bundled() -> Self {
        let entries = bundled::BUNDLED
            .iter()
            .map(|(name, bytes)| {
                load_bytes(
                    stem(name),
                    Origin::Bundled(name.to_string()),
                    bytes.to_vec(),
                )
            })
            .collect();
        Corpus {
            entries,
            root: None,
        }
    }

    /// The files named, every .txt file inside the folders named (see
    /// [`walk`]), and standard input for `-`. A file reached twice (named
    /// twice, or also inside a folder named) is read once.
    pub fn open(paths: &[PathBuf]) -> Self {
        plan::Plan::of(paths).read_all()
    }

    /// The bundled briefing when no paths are given, else the paths.
    pub fn from_args(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            Self::bundled()
        } else {
            Self::open(paths)
        }
    }

    /// [`Corpus::from_args`] with each document's source let go as soon as
    /// it is parsed ([`Document::release_source`]), for a command that needs
    /// the clean texts and their maps only: the sources of a large folder
    /// are then never all in memory at once.
    pub fn from_args_without_sources(paths: &[PathBuf]) -> Self {
        let release = |e: &mut Entry| {
            if let Entry::Doc(d) = e {
                d.release_source();
            }
        };
        if paths.is_empty() {
            let mut c = Self::bundled();
            c.entries.iter_mut().for_each(release);
            c
        } else {
            plan::Plan::of(paths).read_all_then(release)
        }
    }

    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.entries.iter().filter_map(Entry::doc)
    }

    /// An entry by id or path; None when no entry or several answer.
    pub fn find(&self, key: &str) -> Option<&Entry> {
        self.lookup(key).ok()
    }

    /// An entry by key: an exact id first, then a path (as given, or the
    /// same file), then `-` for standard input, then a file stem or the end
    /// of an id ("doc" for "a/doc") when only one entry has it, and last a
    /// unique prefix of an id or of a word of the title ("004", "moldavie").
    pub fn lookup(&self, key: &str) -> Result<&Entry, FindError> {
        if let Some(e) = self.entries.iter().find(|e| e.id() == key) {
            return Ok(e);
        }
        let key_file = same_file_key(Path::new(key));
        let named = |e: &&Entry| names_path(e.origin(), key, key_file.as_ref());
        if let Some(e) = self.entries.iter().find(named) {
            return Ok(e);
        }
        let suffix = format!("/{key}");
        let candidates: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| e.id().ends_with(&suffix) || e.stem_id() == key)
            .collect();
        let candidates = if candidates.is_empty() {
            self.by_prefix(key)
        } else {
            candidates
        };
        match candidates.as_slice() {
            [] => Err(FindError::NotFound(key.to_string())),
            [one] => Ok(one),
            many => Err(FindError::Ambiguous {
                key: key.to_string(),
                candidates: many
                    .iter()
                    .map(|e| {
                        let name = e.short_name(32);
                        let title = crate::output::inert::inert_line(&name).into_owned();
                        (e.id().to_string(), title, e.origin().display())
                    })
                    .collect(),
            }),
        }
    }
}

/// Where a document goes in reading order: smaller first (see
/// [`Corpus::into_reading_order`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReadingKey(u8, bool, Option<(u16, Option<u8>, Option<u8>)>);

impl ReadingKey {
    /// A document that is not in the corpus: after all of them.
    pub const UNKNOWN: ReadingKey = ReadingKey(4, true, None);
}

impl Entry {
    /// Its place in reading order: letters, then questions, then the rest,
    /// each by date (undated after dated); unreadable entries last.
    pub fn reading_key(&self) -> ReadingKey {
        use crate::document::DocKind;
        let doc = self.doc();
        let rank = match doc.map(|d| d.kind) {
            Some(DocKind::Kamerbrief) => 0,
            Some(DocKind::Kamervragen) => 1,
            Some(_) => 2,
            None => 3,
        };
        let date = doc
            .and_then(|d| d.meta.date.as_ref())
            .map(|d| (d.year, d.month, d.day));
        ReadingKey(rank, date.is_none(), date)
    }
}

impl Corpus {
    /// Puts the entries in reading order: the parliamentary documents
    /// (letters, then questions) first, then the rest (the press) by date,
    /// undated and unreadable ones last; otherwise the order they were given in.
    pub fn into_reading_order(mut self) -> Self {
        self.entries.sort_by_key(Entry::reading_key);
        self
    }

    /// The entries a short key may mean: those whose id (or its last part)
    /// starts with it ("004" for "004_425c361073e3d6d9"), or else those with
    /// a word of the title that starts with it, diacritics and case aside
    /// ("oekraine" for "Oekraïne accepteert …").
    fn by_prefix(&self, key: &str) -> Vec<&Entry> {
        if key.is_empty() {
            return Vec::new();
        }
        let by_id: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| {
                let id = e.id();
                id.starts_with(key)
                    || id
                        .rsplit('/')
                        .next()
                        .is_some_and(|last| last.starts_with(key))
            })
            .collect();
        if !by_id.is_empty() {
            return by_id;
        }
        let key = crate::entities::fold::fold(key);
        self.entries
            .iter()
            .filter(|e| {
                e.doc().is_some_and(|d| {
                    crate::entities::fold::fold(&d.display_title())
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.starts_with(&key))
                })
            })
            .collect()
    }
}

/// `-` stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Does `key` name the entry's origin: its path as given, the same file
/// (`key_file` is the key's, when it names a file), or the name shown?
fn names_path(origin: &Origin, key: &str, key_file: Option<&walk::FileKey>) -> bool {
    match origin {
        Origin::File(p) => {
            p == Path::new(key)
                || origin.display() == key
                || key_file.is_some_and(|k| same_file_key(p).as_ref() == Some(k))
        }
        Origin::Bundled(name) => name == key || origin.display() == key,
        Origin::Stdin => key == "-" || key == origin.display(),
    }
}

fn same_file_key(p: &Path) -> Option<walk::FileKey> {
    let meta = std::fs::metadata(p).ok()?;
    walk::file_key(p, &meta)
}

fn stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
}
