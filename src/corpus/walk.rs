//! Finding the documents in a folder: every `.txt` and `.pdf` file below it, sorted,
//! hidden folders (such as `.brief`) skipped. Symbolic links are followed,
//! to files and to folders, but a folder already visited (by device and
//! inode) is never entered again, so a link back up (`sub/up -> ..`) cannot
//! loop; real folders are walked before linked ones, so a file reached both
//! ways is listed once, under its real path.

use std::collections::{HashSet, VecDeque};
use std::ffi::OsStr;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// The identity of a file or folder, whatever path reaches it.
#[cfg(unix)]
pub type FileKey = (u64, u64);
#[cfg(not(unix))]
pub type FileKey = PathBuf;

/// The key of a file or folder from its metadata (links followed).
pub fn file_key(path: &Path, meta: &Metadata) -> Option<FileKey> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        path.canonicalize().ok()
    }
}

/// True for a key not seen before (recording it), and for no key at all.
#[allow(clippy::clone_on_copy)] // FileKey is a path off unix
pub fn first_time(seen: &mut HashSet<FileKey>, key: Option<&FileKey>) -> bool {
    key.is_none_or(|k| seen.insert(k.clone()))
}

/// A document found in a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The folder named, joined with the path below it.
    pub path: PathBuf,
    /// How many components the path has below the folder named (1: directly in it).
    pub depth: usize,
    /// None for a broken link (listed, so the reader can say what is wrong).
    pub key: Option<FileKey>,
    /// Its size when it was found (0 for a broken link).
    pub len: u64,
}

/// The documents below `root`, sorted by path, each file once.
pub fn documents_in(root: &Path) -> Vec<Found> {
    let mut walk = Walk::default();
    if let Ok(meta) = std::fs::metadata(root)
        && let Some(key) = file_key(root, &meta)
    {
        walk.folders.insert(key);
    }
    walk.folder(root, 0, false);
    // Linked folders last, in the order found: a folder that is also
    // reached through its real path has been visited by then.
    while let Some((dir, depth)) = walk.linked.pop_front() {
        let Ok(meta) = std::fs::metadata(&dir) else {
            continue;
        };
        if file_key(&dir, &meta).is_none_or(|k| walk.folders.insert(k)) {
            walk.folder(&dir, depth, true);
        }
    }
    // A file reached twice: its real path wins, else the first in order.
    walk.found
        .sort_by(|a, b| a.1.cmp(&b.1).then_with(|| path_order(&a.0.path, &b.0.path)));
    let mut seen = HashSet::new();
    let mut out: Vec<Found> = walk
        .found
        .into_iter()
        .filter(|(f, _)| first_time(&mut seen, f.key.as_ref()))
        .map(|(f, _)| f)
        .collect();
    out.sort_by(|a, b| path_order(&a.path, &b.path));
    out
}

/// The order of `Path`'s `cmp`, component by component, for paths below
/// one folder as a walk makes them (joined names, no `.` or doubled
/// separators after the folder's own path): their bytes with each separator
/// read as the smallest byte, so that a name ends before any longer one.
/// Comparing `Path`s parses both into components every time, which took a
/// third of listing a folder of 10,000 files.
fn path_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    let (x, y) = (
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    );
    // Most pairs differ after a shared start: compare from there.
    let shared = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    if shared == x.len().min(y.len()) {
        return x.len().cmp(&y.len());
    }
    let key = |c: u8| {
        if std::path::is_separator(char::from(c)) {
            0
        } else {
            c
        }
    };
    key(x[shared]).cmp(&key(y[shared]))
}

#[derive(Default)]
struct Walk {
    /// Folders entered (or about to be).
    folders: HashSet<FileKey>,
    /// Links to folders, to walk once the real folders are done.
    linked: VecDeque<(PathBuf, usize)>,
    /// Each document with whether a link led to it.
    found: Vec<(Found, bool)>,
}

impl Walk {
    fn folder(&mut self, dir: &Path, depth: usize, via_link: bool) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        entries.sort_by(|a, b| path_order(a, b));
        for path in entries {
            let Ok(own) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let is_link = own.file_type().is_symlink();
            let hidden = path
                .file_name()
                .and_then(OsStr::to_str)
                .is_some_and(|n| n.starts_with('.'));
            // A file that is no link is what it says of itself.
            let meta = if is_link {
                std::fs::metadata(&path)
            } else {
                Ok(own)
            };
            let Ok(meta) = meta else {
                // A broken link: listed when it names a document.
                if is_document(&path) {
                    let found = Found {
                        path,
                        depth: depth + 1,
                        key: None,
                        len: 0,
                    };
                    self.found.push((found, true));
                }
                continue;
            };
            if meta.is_dir() {
                if hidden {
                    continue;
                }
                if is_link {
                    self.linked.push_back((path, depth + 1));
                } else if file_key(&path, &meta).is_none_or(|k| self.folders.insert(k)) {
                    self.folder(&path, depth + 1, via_link);
                }
            } else if is_document(&path) {
                let key = file_key(&path, &meta);
                let found = Found {
                    path,
                    depth: depth + 1,
                    key,
                    len: meta.len(),
                };
                self.found.push((found, via_link || is_link));
            }
        }
    }
}

/// Documents are `.txt` and `.pdf` files (any case).
fn is_document(path: &Path) -> bool {
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("txt") || x.eq_ignore_ascii_case("pdf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn paths_are_ordered_as_path_orders_them(
            a in proptest::collection::vec("(a|a\\.b|a-b|b|ab|é|A|0)", 1..4),
            b in proptest::collection::vec("(a|a\\.b|a-b|b|ab|é|A|0)", 1..4),
        ) {
            let (a, b) = (Path::new("/docs").join(a.join("/")), Path::new("/docs").join(b.join("/")));
            proptest::prop_assert_eq!(path_order(&a, &b), a.cmp(&b), "{:?} {:?}", a, b);
        }
    }

    #[test]
    fn a_folder_lists_pdf_and_txt_files_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["brief.PDF", "nota.txt", "foto.png", "brief.pdf.bak"] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let names: Vec<String> = documents_in(dir.path())
            .iter()
            .map(|f| f.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["brief.PDF", "nota.txt"]);
    }
}
