//! The set of documents a session reads: the briefing bundled in the binary, or
//! the files and folders named on the command line. A file that cannot be read
//! as a document stays in the corpus as a failed entry with its reason, so the
//! reader can say what is wrong with it.

use crate::document::source::{LoadError, MAX_DOCUMENT_BYTES};
use crate::document::{Document, Origin};
use std::path::{Path, PathBuf};

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
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Doc(d) => &d.id,
            Entry::Failed { id, .. } => id,
        }
    }

    pub fn origin(&self) -> &Origin {
        match self {
            Entry::Doc(d) => &d.origin,
            Entry::Failed { origin, .. } => origin,
        }
    }

    pub fn doc(&self) -> Option<&Document> {
        match self {
            Entry::Doc(d) => Some(d),
            Entry::Failed { .. } => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct Corpus {
    pub entries: Vec<Entry>,
    /// The folder the corpus lives in, where its `.brief/` settings are:
    /// the folder named, or the folder of the files named. None for the
    /// bundled briefing.
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

    /// The files named, and every .txt file inside the folders named
    /// (recursively, sorted; hidden folders such as .brief are skipped).
    pub fn open(paths: &[PathBuf]) -> Self {
        let mut files = Vec::new();
        for p in paths {
            if p.is_dir() {
                let mut found = Vec::new();
                collect_txt(p, &mut found);
                found.sort();
                files.extend(found);
            } else {
                files.push(p.clone());
            }
        }
        let root = match paths {
            [p] if p.is_dir() => Some(p.clone()),
            _ => files
                .first()
                .and_then(|f| f.parent())
                .map(|p| {
                    if p.as_os_str().is_empty() {
                        Path::new(".")
                    } else {
                        p
                    }
                })
                .map(Path::to_path_buf),
        };
        Corpus {
            entries: files.iter().map(|f| load_file(f)).collect(),
            root,
        }
    }

    /// The bundled briefing when no paths are given, else the paths.
    pub fn from_args(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            Self::bundled()
        } else {
            Self::open(paths)
        }
    }

    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.entries.iter().filter_map(Entry::doc)
    }

    /// An entry by id (file stem) or by path as given or as shown.
    pub fn find(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id() == key).or_else(|| {
            let key_path = Path::new(key);
            self.entries.iter().find(|e| match e.origin() {
                Origin::File(p) => {
                    p == key_path || p.canonicalize().ok() == key_path.canonicalize().ok()
                }
                Origin::Bundled(name) => name == key || e.origin().display() == key,
            })
        })
    }
}

fn stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        if p.is_dir() {
            if !hidden {
                collect_txt(&p, out);
            }
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
            out.push(p);
        }
    }
}

pub fn load_file(path: &Path) -> Entry {
    let id = stem(&path.to_string_lossy());
    let origin = Origin::File(path.to_path_buf());
    match std::fs::metadata(path) {
        Ok(m) if m.len() as usize > MAX_DOCUMENT_BYTES => {
            return Entry::Failed {
                id,
                origin,
                error: LoadError::TooLarge {
                    bytes: m.len() as usize,
                },
            };
        }
        Ok(m) if m.is_dir() => {
            return Entry::Failed {
                id,
                origin,
                error: LoadError::Io("is a folder".into()),
            };
        }
        Err(e) => {
            return Entry::Failed {
                id,
                origin,
                error: LoadError::Io(e.to_string()),
            };
        }
        _ => {}
    }
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(id, origin, bytes),
        Err(e) => Entry::Failed {
            id,
            origin,
            error: LoadError::Io(e.to_string()),
        },
    }
}

pub fn load_bytes(id: String, origin: Origin, bytes: Vec<u8>) -> Entry {
    match Document::from_bytes(id.clone(), origin.clone(), bytes) {
        Ok(d) => Entry::Doc(Box::new(d)),
        Err(error) => Entry::Failed { id, origin, error },
    }
}
