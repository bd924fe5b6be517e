//! The marks file: one JSON file per corpus that holds every mark, deleted
//! ones as tombstones. This module owns its format, reading it, and saving it
//! safely while other `brief` processes (a second reader, a script) save too.
//!
//! The format is made for git: `{"version": 1, "marks": [` on the first line,
//! then one mark per line with its keys sorted, marks sorted by document,
//! position and id, then `]}`. Two reviewers adding or editing marks change
//! their own lines, so their commits usually merge cleanly; a conflict that
//! git leaves in the file makes it unreadable, and then it is kept as it is
//! (see below) until someone resolves it. An empty file (0 bytes, or only
//! white space) holds no marks; the first save writes a proper one.
//!
//! A save takes an advisory lock on a sibling lock file, re-reads the file,
//! merges it with the marks in memory (by id, the later `modified` wins,
//! tombstones included), writes a temp file in the same folder, syncs it,
//! renames it over the old file and syncs the folder. A killed process
//! therefore leaves either the old file or the new one, never a torn one; its
//! temp file is cleaned up by the next [`MarkStore::open`]. A marks file that
//! is a symbolic link is saved through to the file it points to (see
//! [`super::disk`]).
//!
//! A file that cannot be read as marks is never written over: the store
//! holds its changes in memory and keeps the reason, so the reviewer can
//! repair the file instead of losing it; a save after the repair merges them
//! in. The store knows which marks are not on disk yet ([`MarkStore::unsaved`]),
//! so nothing in memory is dropped without a warning.

use super::disk::{self, io_err};
use super::mark::Mark;
use super::stamp::{compare_stamps, stamp_after};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The version of the file format this code reads and writes.
pub const FORMAT_VERSION: u64 = 1;

#[derive(Debug)]
pub enum StoreError {
    /// The file is not a marks file this version can read. It is left as it is.
    Corrupt {
        path: PathBuf,
        /// 1-based line of the problem, as serde_json reports it.
        line: usize,
        message: String,
    },
    /// The file system refused: disk full, read-only folder, no permission.
    Io {
        path: PathBuf,
        /// What was being done, for the message: "write", "lock", ...
        action: &'static str,
        source: io::Error,
    },
    /// `update` or `delete` of an id that the store does not hold.
    UnknownId(String),
}

impl StoreError {
    /// The same error again, for a read-only store that is asked to save
    /// more than once (io::Error is not Clone).
    fn again(&self) -> StoreError {
        match self {
            StoreError::Corrupt {
                path,
                line,
                message,
            } => StoreError::Corrupt {
                path: path.clone(),
                line: *line,
                message: message.clone(),
            },
            StoreError::Io {
                path,
                action,
                source,
            } => StoreError::Io {
                path: path.clone(),
                action,
                source: io::Error::new(source.kind(), source.to_string()),
            },
            StoreError::UnknownId(id) => StoreError::UnknownId(id.clone()),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Corrupt {
                path,
                line,
                message,
            } => write!(
                f,
                "{}: line {line}: {message}; the marks file is left untouched \
                 (repair it or move it away)",
                path.display()
            ),
            StoreError::Io {
                path,
                action,
                source,
            } => write!(f, "{}: cannot {action}: {source}", path.display()),
            StoreError::UnknownId(id) => write!(f, "no mark with id {id:?}"),
        }
    }
}

/// No `source`: the message already holds the OS error, and an error chain
/// printed with its causes would tell it twice.
impl std::error::Error for StoreError {}

/// The marks of one file, in memory, saved after every change.
#[derive(Debug)]
pub struct MarkStore {
    path: PathBuf,
    /// By id; tombstones included.
    marks: BTreeMap<String, Mark>,
    /// The ids changed since the last save that succeeded: what is only in
    /// memory (a save failed, or the file cannot be written).
    unsaved: BTreeSet<String>,
    /// Why the file must not be written (it is corrupt or of another version).
    read_only: Option<StoreError>,
}

impl MarkStore {
    /// Reads the marks file at `path` (none yet, or an empty file, is an
    /// empty store). Creates nothing; removes temp files that killed
    /// processes left beside it. A file that does not parse gives a
    /// read-only store that keeps the error. A symbolic link is followed;
    /// a loop of links is an error.
    pub fn open(path: impl Into<PathBuf>) -> Result<MarkStore, StoreError> {
        let path = path.into();
        let target = disk::resolve_links(&path)?;
        disk::clean_stale_temps(&target);
        let mut store = MarkStore {
            path,
            marks: BTreeMap::new(),
            unsaved: BTreeSet::new(),
            read_only: None,
        };
        if let Some(bytes) = read_bytes(&target)? {
            match parse(&store.path, &bytes) {
                Ok(marks) => store.marks = by_id(marks),
                Err(corrupt) => store.read_only = Some(corrupt),
            }
        }
        Ok(store)
    }

    /// The marks file as given (a symbolic link stays a link).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Some changes are only in memory: the last save failed.
    pub fn is_dirty(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// The marks (tombstones too: a deletion is a change) that are not on
    /// disk yet, in file order.
    pub fn unsaved(&self) -> Vec<&Mark> {
        self.all()
            .into_iter()
            .filter(|m| self.unsaved.contains(&m.id))
            .collect()
    }

    /// Why this store will not write its file, if it will not.
    pub fn read_only(&self) -> Option<&StoreError> {
        self.read_only.as_ref()
    }

    /// The live marks (no tombstones), in file order: document, position, id.
    pub fn marks(&self) -> Vec<&Mark> {
        self.all().into_iter().filter(|m| !m.deleted).collect()
    }

    /// Every mark, tombstones included, in file order.
    pub fn all(&self) -> Vec<&Mark> {
        let mut v: Vec<&Mark> = self.marks.values().collect();
        v.sort_by(|a, b| file_order(a, b));
        v
    }

    /// A mark by id, tombstone or not.
    pub fn get(&self, id: &str) -> Option<&Mark> {
        self.marks.get(id)
    }

    /// Adds a new mark (as given: the caller sets created and modified) and
    /// saves. The mark stays in memory if the save fails.
    pub fn add(&mut self, mark: Mark) -> Result<(), StoreError> {
        self.unsaved.insert(mark.id.clone());
        self.marks.insert(mark.id.clone(), mark);
        self.save()
    }

    /// Replaces a mark that exists, stamps `modified` and saves.
    pub fn update(&mut self, mark: Mark) -> Result<(), StoreError> {
        if !self.marks.contains_key(&mark.id) {
            return Err(StoreError::UnknownId(mark.id));
        }
        self.put(mark)
    }

    /// Inserts or replaces a mark by id, stamps `modified` so this version
    /// wins the next merge (an undo that restores a deleted mark must beat
    /// its tombstone), and saves.
    pub fn put(&mut self, mut mark: Mark) -> Result<(), StoreError> {
        let previous = self.marks.get(&mark.id).map(|m| m.modified.as_str());
        mark.modified = stamp_after(previous.into_iter().chain([mark.modified.as_str()]));
        self.unsaved.insert(mark.id.clone());
        self.marks.insert(mark.id.clone(), mark);
        self.save()
    }

    /// Deletes a mark: it stays as a tombstone so that a merge with an older
    /// copy of the file cannot bring it back.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        let Some(mark) = self.marks.get(id) else {
            return Err(StoreError::UnknownId(id.to_string()));
        };
        let mut mark = mark.clone();
        mark.deleted = true;
        self.put(mark)
    }

    /// Merges marks from elsewhere (a rescue file, another marks file) by
    /// id and modified time, as they are (not re-stamped), and saves.
    /// Returns how many of them changed this store: new ids, or versions
    /// newer than the ones held.
    pub fn merge_in(&mut self, marks: impl IntoIterator<Item = Mark>) -> Result<usize, StoreError> {
        let mut changed = 0;
        for m in marks {
            let wins = self
                .marks
                .get(&m.id)
                .is_none_or(|have| newer(&m, have) == Ordering::Greater);
            if wins {
                changed += 1;
                self.unsaved.insert(m.id.clone());
                self.marks.insert(m.id.clone(), m);
            }
        }
        self.save()?;
        Ok(changed)
    }

    /// Writes the marks to disk, merged with what other processes saved
    /// meanwhile. On failure the marks stay in memory and [`unsaved`]
    /// says which; a later save retries. A file that did not parse is read
    /// again: once someone repaired it, the marks are merged into it.
    ///
    /// [`unsaved`]: MarkStore::unsaved
    pub fn save(&mut self) -> Result<(), StoreError> {
        let target = disk::resolve_links(&self.path)?;
        let dir = disk::folder_of(&target);
        fs::create_dir_all(&dir).map_err(|e| io_err(&dir, "create the folder", e))?;
        let lock_path = disk::sibling(&target, ".lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_err(&lock_path, "create the lock file", e))?;
        lock.lock()
            .map_err(|e| io_err(&lock_path, "lock the marks file", e))?;
        // Everything from reading to renaming happens under the lock, so a
        // concurrent save cannot slip in between and be lost.
        let result = self.save_locked(&target);
        // Closing the file releases the lock too; unlocking first says so.
        let _ = lock.unlock();
        result
    }

    fn save_locked(&mut self, target: &Path) -> Result<(), StoreError> {
        let bytes = read_bytes(target)?;
        let on_disk = match bytes.as_deref().map(|b| parse(&self.path, b)) {
            None => Vec::new(),
            Some(Ok(marks)) => marks,
            Some(Err(corrupt)) => {
                // Something we cannot read (since we opened it, or still):
                // keep it, and do not write (our marks stay in memory).
                let err = corrupt.again();
                self.read_only = Some(corrupt);
                return Err(err);
            }
        };
        self.read_only = None;
        let merged = merge(self.marks.values().cloned(), on_disk);
        let text = serialise(merged.values());
        // Nothing new: leave the file (and its modification time) alone.
        if bytes.as_deref() != Some(text.as_bytes()) {
            disk::write_atomically(target, text.as_bytes())?;
        }
        self.marks = merged;
        self.unsaved.clear();
        Ok(())
    }
}

/// The file's contents as text: a header line, one mark per line with sorted
/// keys, marks in file order, and the closing line.
pub fn serialise<'a>(marks: impl IntoIterator<Item = &'a Mark>) -> String {
    serialise_with(&[], marks)
}

/// [`serialise`] with more fields on the header line, before `"marks"`
/// (a rescue file says whose marks it holds). Readers of the format
/// ignore fields they do not know.
pub fn serialise_with<'a>(
    header: &[(&str, &str)],
    marks: impl IntoIterator<Item = &'a Mark>,
) -> String {
    let mut marks: Vec<&Mark> = marks.into_iter().collect();
    marks.sort_by(|a, b| file_order(a, b));
    let mut out = format!("{{\"version\": {FORMAT_VERSION}, ");
    for (key, value) in header {
        let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
        out.push_str(&format!("{}: {}, ", json(key), json(value)));
    }
    out.push_str("\"marks\": [\n");
    for (i, m) in marks.iter().enumerate() {
        out.push_str(&mark_line(m));
        out.push_str(if i + 1 < marks.len() { ",\n" } else { "\n" });
    }
    out.push_str("]}\n");
    out
}

/// One mark as compact JSON with sorted keys, at every level. serde_json's
/// Value sorts keys already unless some crate in the build turns on its
/// `preserve_order` feature; sorting here keeps the file stable either way.
fn mark_line(m: &Mark) -> String {
    let value = sorted(serde_json::to_value(m).expect("a mark serialises"));
    serde_json::to_string(&value).expect("a JSON value serialises")
}

fn sorted(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The marks file's bytes; None if there is none yet.
fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        // No file, or not even its folder (a file stands where the folder
        // should be): nothing saved yet; the save will say what is wrong.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(io_err(path, "read", e)),
    }
}

/// Parses the file's bytes: first only the version (so a future format is
/// reported as such, not as a field error), then the marks.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Vec<Mark>, StoreError> {
    #[derive(serde::Deserialize)]
    struct Header {
        version: Option<serde_json::Value>,
    }
    #[derive(serde::Deserialize)]
    struct File {
        marks: Vec<Mark>,
    }
    // An empty file (created by hand, or truncated) holds no marks yet.
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Vec::new());
    }
    let corrupt = |e: serde_json::Error| StoreError::Corrupt {
        path: path.to_path_buf(),
        line: e.line(),
        message: e.to_string(),
    };
    let header: Header = serde_json::from_slice(bytes).map_err(corrupt)?;
    if header.version.as_ref().and_then(|v| v.as_u64()) != Some(FORMAT_VERSION) {
        let found = header
            .version
            .map_or_else(|| "no version".to_string(), |v| format!("version {v}"));
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            line: line_of(bytes, b"\"version\"").unwrap_or(1),
            message: format!(
                "{found}, but this brief reads version {FORMAT_VERSION} (a newer brief may read it)"
            ),
        });
    }
    let file: File = serde_json::from_slice(bytes).map_err(corrupt)?;
    Ok(file.marks)
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    let at = bytes.windows(needle.len()).position(|w| w == needle)?;
    Some(bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1)
}

/// Merges two sets of marks by id: for an id both hold, the version modified
/// later wins (a tombstone too); ids only one side holds are kept.
pub fn merge(
    ours: impl IntoIterator<Item = Mark>,
    theirs: impl IntoIterator<Item = Mark>,
) -> BTreeMap<String, Mark> {
    let mut out = by_id(ours);
    for m in theirs {
        match out.get(&m.id) {
            Some(have) if newer(have, &m) != Ordering::Less => {}
            _ => {
                out.insert(m.id.clone(), m);
            }
        }
    }
    out
}

/// Which of two versions of a mark wins. Later `modified` first; on a tie a
/// tombstone wins, then the larger serialisation, so that every process
/// picks the same version whatever the order it sees them in.
fn newer(a: &Mark, b: &Mark) -> Ordering {
    compare_stamps(&a.modified, &b.modified)
        .then(a.deleted.cmp(&b.deleted))
        .then_with(|| mark_line(a).cmp(&mark_line(b)))
}

fn by_id(marks: impl IntoIterator<Item = Mark>) -> BTreeMap<String, Mark> {
    let mut out: BTreeMap<String, Mark> = BTreeMap::new();
    for m in marks {
        // A file edited by hand may hold an id twice: keep the newer.
        match out.get(&m.id) {
            Some(have) if newer(have, &m) != Ordering::Less => {}
            _ => {
                out.insert(m.id.clone(), m);
            }
        }
    }
    out
}

/// The order of marks in the file: by document, position, id.
fn file_order(a: &Mark, b: &Mark) -> Ordering {
    (&a.doc, a.position.start, &a.id).cmp(&(&b.doc, b.position.start, &b.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_os_error_is_told_once_in_an_error_chain() {
        let io = io::Error::from_raw_os_error(21);
        let os = io.to_string();
        let e = anyhow::Error::new(StoreError::Io {
            path: PathBuf::from("marks.json"),
            action: "read",
            source: io,
        })
        .context("cannot open the marks");
        let text = format!("{e:#}");
        assert_eq!(text.matches(&os).count(), 1, "{text}");
        assert_eq!(
            text,
            format!("cannot open the marks: marks.json: cannot read: {os}")
        );
    }
}
