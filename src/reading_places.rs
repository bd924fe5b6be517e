//! Where each document of a corpus was being read, kept between sessions so
//! the reader reopens there: one small JSON file per corpus in the user's
//! state folder (`$BRIEF_STATE_DIR`, else the platform's state or data
//! folder, `places/`).
//!
//! A place is a clean-text offset, kept with the document's length and
//! SHA-256: a document that changed since opens at its top instead of at an
//! offset that now means other text. A file that cannot be read, is not
//! JSON, or belongs to another corpus or format is ignored with a reason
//! the reader shows once; it never stops the reader, and the next save
//! replaces it.

use crate::corpus::Corpus;
use crate::document::Document;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Overrides the state folder (tests, portable installs).
pub const STATE_DIR_ENV: &str = "BRIEF_STATE_DIR";

/// The format's name and version, the first field of every file.
const FORMAT: &str = "brief reading places";
const VERSION: u32 = 1;

/// A places file larger than this is not ours: ignored, not read.
const MAX_BYTES: u64 = 4 << 20;

/// Where one document was being read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Clean-text offset of the top of the view.
    pub clean: usize,
    /// The document's size in bytes and SHA-256 when it was read there.
    pub len: usize,
    pub sha256: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    corpus: String,
    #[serde(default)]
    last: Option<String>,
    #[serde(default)]
    documents: BTreeMap<String, Place>,
}

/// The reading places of one corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadingPlaces {
    /// None when there is no state folder to keep them in.
    path: Option<PathBuf>,
    corpus: String,
    /// The document read last, by id.
    pub last: Option<String>,
    places: BTreeMap<String, Place>,
}

impl ReadingPlaces {
    /// The places remembered for `corpus`, and why none could be read when a
    /// file was there but unusable (said to the user, never fatal).
    pub fn load(corpus: &Corpus) -> (ReadingPlaces, Option<String>) {
        let key = corpus_key(corpus);
        let Some(path) = state_dir().map(|d| d.join("places").join(file_name(&key))) else {
            let places = ReadingPlaces {
                corpus: key,
                ..ReadingPlaces::default()
            };
            return (places, None);
        };
        let shown = crate::document::path_text::escaped(path.as_os_str());
        let (places, why) = Self::at(path, corpus);
        let said = why.map(|why| {
            format!("reading places in {shown} ignored ({why}); documents open at the top")
        });
        (places, said)
    }

    /// Places kept in a given file (tests, and a state folder decided elsewhere).
    pub fn at(path: PathBuf, corpus: &Corpus) -> (ReadingPlaces, Option<String>) {
        let key = corpus_key(corpus);
        let mut places = ReadingPlaces {
            path: Some(path.clone()),
            corpus: key,
            ..ReadingPlaces::default()
        };
        match read(&path, &places.corpus) {
            Ok(Some(file)) => {
                places.last = file.last;
                places.places = file.documents;
                (places, None)
            }
            Ok(None) => (places, None),
            Err(why) => (places, Some(why)),
        }
    }

    /// Where `doc` was being read, if it is the same text as then.
    pub fn place(&self, doc: &Document) -> Option<usize> {
        let p = self.places.get(&doc.id)?;
        (p.len == doc.raw_len() && p.sha256 == doc.sha256() && p.clean <= doc.clean.len())
            .then_some(p.clean)
    }

    /// Remembers that `doc` is being read at clean offset `clean`.
    pub fn remember(&mut self, doc: &Document, clean: usize) {
        self.places.insert(
            doc.id.clone(),
            Place {
                clean: clean.min(doc.clean.len()),
                len: doc.raw_len(),
                sha256: doc.sha256().to_string(),
            },
        );
    }

    /// The file the places are kept in.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Writes the places the way marks are written (a synced temporary file
    /// beside the old one, renamed over it), so a crash leaves the old file
    /// or the new one.
    pub fn save(&self) -> std::io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let file = File {
            format: FORMAT.to_string(),
            version: VERSION,
            corpus: self.corpus.clone(),
            last: self.last.clone(),
            documents: self.places.clone(),
        };
        let json = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        crate::marks::disk::write_atomically(path, &json).map_err(std::io::Error::other)
    }
}

/// The state folder: `$BRIEF_STATE_DIR`, else the platform's.
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(STATE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "brief")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_dir())
            .to_path_buf(),
    )
}

/// What names a corpus across sessions: its folder, or "bundled".
fn corpus_key(corpus: &Corpus) -> String {
    match &corpus.root {
        Some(root) => {
            let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.clone());
            format!("folder:{}", root.to_string_lossy())
        }
        None => "bundled".to_string(),
    }
}

/// One file per corpus, named by a digest of its key.
fn file_name(key: &str) -> String {
    let digest = crate::document::sha256_hex(key.as_bytes());
    format!("{}.json", &digest[..16])
}

/// The file's places: None when there is no file yet; why not when there is
/// one that is not a places file of this corpus.
fn read(path: &Path, corpus: &str) -> Result<Option<File>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    // A FIFO or a device would block or never end.
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_BYTES {
        return Err(format!("larger than {} MB", MAX_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    let file: File =
        serde_json::from_slice(&bytes).map_err(|e| format!("not a reading-places file: {e}"))?;
    if file.format != FORMAT || file.version != VERSION {
        return Err(format!(
            "format {:?} version {}, not {FORMAT:?} version {VERSION}",
            file.format, file.version
        ));
    }
    if file.corpus != corpus {
        return Err(format!("kept for another corpus ({})", file.corpus));
    }
    Ok(Some(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        Corpus::bundled()
    }

    #[test]
    fn a_place_comes_back_and_a_changed_document_opens_at_the_top() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("places.json");
        let c = corpus();
        let doc = c.entries[0].doc().unwrap();
        let (mut places, warning) = ReadingPlaces::at(path.clone(), &c);
        assert_eq!(warning, None);
        places.remember(doc, 120);
        places.last = Some(doc.id.clone());
        places.save().unwrap();
        let (again, warning) = ReadingPlaces::at(path.clone(), &c);
        assert_eq!(warning, None);
        assert_eq!(again.place(doc), Some(120));
        assert_eq!(again.last.as_deref(), Some(doc.id.as_str()));
        // The same id with other bytes: not the text read then.
        let changed = crate::corpus::load_bytes(
            doc.id.clone(),
            crate::document::Origin::Bundled("changed.txt".into()),
            b"Een andere tekst onder dezelfde naam.\n".to_vec(),
        );
        assert_eq!(again.place(changed.doc().unwrap()), None);
        let unknown = crate::corpus::load_bytes(
            "elsewhere".into(),
            crate::document::Origin::Bundled("x.txt".into()),
            doc.bytes().to_vec(),
        );
        assert_eq!(again.place(unknown.doc().unwrap()), None);
    }

    #[test]
    fn bad_and_foreign_files_are_ignored_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let c = corpus();
        let cases: [(&str, &[u8]); 4] = [
            ("garbage", b"\xff\xfe not json"),
            (
                "other format",
                br#"{"format":"x","version":1,"corpus":"bundled"}"#,
            ),
            (
                "other corpus",
                br#"{"format":"brief reading places","version":1,"corpus":"folder:/x"}"#,
            ),
            ("empty", b""),
        ];
        for (name, bytes) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let (places, warning) = ReadingPlaces::at(path.clone(), &c);
            assert!(warning.is_some(), "{name}");
            assert_eq!(places.last, None, "{name}");
            // The next save replaces it with a good one.
            places.save().unwrap();
            assert_eq!(ReadingPlaces::at(path, &c).1, None, "{name}");
        }
        // A folder where the file should be: ignored, not fatal.
        let (_, warning) = ReadingPlaces::at(dir.path().to_path_buf(), &c);
        assert_eq!(warning.as_deref(), Some("not a regular file"));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fifo");
        let c_path = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let (_, warning) = ReadingPlaces::at(path, &corpus());
        assert_eq!(warning.as_deref(), Some("not a regular file"));
    }

    #[test]
    fn corpora_keep_their_own_files() {
        assert_ne!(file_name("bundled"), file_name("folder:/tmp/x"));
        assert_eq!(file_name("bundled").len(), "0123456789abcdef.json".len());
    }
}
