//! Reading one input into a corpus entry: a file (only a regular file: a
//! FIFO would block, a device never ends), standard input, or bytes already
//! in memory. Every read stops at [`MAX_DOCUMENT_BYTES`], so nothing that
//! grows while it is read can exceed it.
//!
//! Decoding and parsing are contained ([`crate::contain`]): should they
//! panic on some input (a bug), that document becomes a failed entry
//! ([`LoadError::Bug`]) and every other document loads as before.

use super::Entry;
use crate::contain::contain;
use crate::document::source::{LoadError, MAX_DOCUMENT_BYTES, read_capped, read_capped_sized};
use crate::document::{Document, Origin};
use std::fs::{File, FileType, Metadata};
use std::path::Path;

/// The file at `path` as an entry with this id: the document, or why not.
pub fn load_file(id: String, path: &Path) -> Entry {
    let origin = Origin::File(path.to_path_buf());
    match read_regular_file(path) {
        Ok(bytes) => load_bytes(id, origin, bytes),
        Err(error) => Entry::Failed { id, origin, error },
    }
}

/// The start of a large text file as a document of its own, to show while
/// the whole is read: its first `max` bytes at most, cut after the last
/// blank line (else the last line) in them, so the cut falls between
/// paragraphs and characters. Its bytes are the file's first bytes, so an
/// offset in them is the same offset in the file. None when there is
/// nothing to gain or no clean cut: a file of at most `max` bytes, a PDF
/// (its text is not in file order), text that is not UTF-8 at its start
/// (the whole file decides its encoding), or no line end.
pub fn load_file_head(id: String, path: &Path, max: usize) -> Option<Entry> {
    use std::io::Read;
    let meta = std::fs::metadata(path).ok()?;
    check_regular(&meta).ok()?;
    if meta.len() <= max as u64 {
        return None;
    }
    let file = open_without_blocking(path).ok()?;
    let mut head = Vec::with_capacity(max);
    file.take(max as u64).read_to_end(&mut head).ok()?;
    if crate::pdf::is_pdf(&head) {
        return None;
    }
    let cut = head
        .windows(2)
        .rposition(|w| w == b"\n\n")
        .map(|at| at + 2)
        .or_else(|| head.iter().rposition(|&b| b == b'\n').map(|at| at + 1))?;
    head.truncate(cut);
    std::str::from_utf8(&head).ok()?;
    match load_bytes(id, Origin::File(path.to_path_buf()), head) {
        e @ Entry::Doc(_) => Some(e),
        _ => None,
    }
}

/// Standard input, read to its end (with the cap), as the document "stdin".
pub fn load_stdin(id: String) -> Entry {
    match read_capped(std::io::stdin().lock()) {
        Ok(bytes) => load_bytes(id, Origin::Stdin, bytes),
        Err(error) => Entry::Failed {
            id,
            origin: Origin::Stdin,
            error,
        },
    }
}

/// Bytes already read as an entry with this id: the document, or why not.
pub fn load_bytes(id: String, origin: Origin, bytes: Vec<u8>) -> Entry {
    load_with(id, origin, bytes, crate::parse::document_from_bytes)
}

/// The signature of [`crate::parse::document_from_bytes`].
type Parse = fn(String, Origin, Vec<u8>) -> Result<Document, LoadError>;

/// Runs `parse` contained: a panic in it is a failed entry saying so.
fn load_with(id: String, origin: Origin, bytes: Vec<u8>, parse: Parse) -> Entry {
    let parsed = contain(|| parse(id.clone(), origin.clone(), bytes))
        .unwrap_or_else(|failure| Err(LoadError::Bug(failure.summary())));
    match parsed {
        Ok(d) => Entry::Doc(Box::new(d)),
        Err(error) => Entry::Failed { id, origin, error },
    }
}

/// The bytes of a regular file. Anything else is refused before it is
/// opened (opening a FIFO waits for a writer), and checked again on the
/// open file in case the path changed in between.
fn read_regular_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| stat_error(path, e))?;
    check_regular(&meta)?;
    let file = open_without_blocking(path).map_err(|e| LoadError::Io(e.to_string()))?;
    let meta = file.metadata().map_err(|e| LoadError::Io(e.to_string()))?;
    check_regular(&meta)?;
    read_capped_sized(file, meta.len())
}

fn check_regular(meta: &Metadata) -> Result<(), LoadError> {
    if let Some(what) = not_a_file(meta.file_type()) {
        return Err(LoadError::NotAFile(what.to_string()));
    }
    let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    if len > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: len });
    }
    Ok(())
}

/// What a file that is not a regular file is, said for people.
pub fn not_a_file(t: FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// A path that cannot be looked at: a dangling symbolic link says so.
fn stat_error(path: &Path, e: std::io::Error) -> LoadError {
    let dangling = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        let target = std::fs::read_link(path)
            .map(|t| crate::document::path_text::escaped(t.as_os_str()))
            .unwrap_or_default();
        return LoadError::Io(format!("a broken symbolic link (to {target:?}): {e}"));
    }
    LoadError::Io(e.to_string())
}

/// Opens for reading without waiting: should the path have become a FIFO
/// since it was looked at, the open returns at once instead of waiting for
/// a writer (and the check on the open file refuses it).
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod contained {
    use super::*;

    fn panicking(_: String, _: Origin, bytes: Vec<u8>) -> Result<Document, LoadError> {
        let text = String::from_utf8(bytes).unwrap();
        // A real slicing bug: inside the en dash of "2023–2024".
        let at = text.find('–').unwrap() + 1;
        panic!("cannot parse {:?}", &text[at..])
    }

    #[test]
    fn a_panic_while_parsing_is_a_failed_entry_naming_the_bug() {
        let origin = Origin::File("kamerbrief.txt".into());
        let bytes = "Vergaderjaar 2023–2024\n".as_bytes().to_vec();
        match load_with("kamerbrief".into(), origin.clone(), bytes, panicking) {
            Entry::Failed {
                id,
                origin: o,
                error: LoadError::Bug(what),
            } => {
                assert_eq!((id.as_str(), o), ("kamerbrief", origin));
                assert!(what.contains("is not a char boundary"), "{what}");
                assert!(what.contains("(at src/corpus/load.rs:"), "{what}");
                assert!(!crate::contain::is_contained());
            }
            other => panic!("not a failed entry for the bug: {other:?}"),
        }
    }

    #[test]
    fn without_a_panic_nothing_changes() {
        let ok = load_bytes("a".into(), Origin::Stdin, b"Geachte voorzitter,\n".to_vec());
        assert!(matches!(ok, Entry::Doc(d) if d.id == "a"));
        let empty = load_bytes("b".into(), Origin::Stdin, b"\n".to_vec());
        assert!(matches!(
            empty,
            Entry::Failed {
                error: LoadError::Empty,
                ..
            }
        ));
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn devices_fifos_and_folders_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let cases = [
            (fifo.as_path(), "is a FIFO (named pipe), not a file"),
            (Path::new("/dev/zero"), "is a character device, not a file"),
            (dir.path(), "is a folder, not a file"),
        ];
        for (path, says) in cases {
            match load_file("x".into(), path) {
                Entry::Failed { error, .. } => assert_eq!(error.to_string(), says),
                Entry::Doc(_) | Entry::Pending { .. } => panic!("{} was read", path.display()),
            }
        }
    }

    #[test]
    fn the_head_of_a_large_file_is_cut_between_paragraphs_at_the_same_offsets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groot.txt");
        let para = "De Kamer is geïnformeerd over Oekraïne en de steun.\nTweede regel.\n\n";
        std::fs::write(&path, para.repeat(100)).unwrap();
        let max = para.len() * 3 + 10;
        let Some(Entry::Doc(head)) = load_file_head("g".into(), &path, max) else {
            panic!("no head");
        };
        assert_eq!(head.bytes().len(), para.len() * 3);
        assert!(head.bytes().ends_with(b"\n\n"));
        let whole = match load_file("g".into(), &path) {
            Entry::Doc(d) => d,
            other => panic!("{other:?}"),
        };
        assert!(whole.bytes().starts_with(head.bytes()));
        // An offset in the head is that offset in the file.
        let at = head.clean.find("Tweede").unwrap();
        let raw = head.raw_range(at..at + 6).unwrap();
        assert_eq!(&whole.bytes()[raw], b"Tweede");
        // Nothing to gain, or no clean cut: no head.
        assert!(load_file_head("g".into(), &path, para.len() * 100).is_none());
        std::fs::write(&path, "x".repeat(5000)).unwrap();
        assert!(load_file_head("g".into(), &path, 1000).is_none());
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend(para.repeat(100).as_bytes());
        std::fs::write(&path, pdf).unwrap();
        assert!(load_file_head("g".into(), &path, 1000).is_none());
    }

    #[test]
    fn a_broken_link_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("weg.txt");
        std::os::unix::fs::symlink("nergens.txt", &link).unwrap();
        match load_file("weg".into(), &link) {
            Entry::Failed { error, .. } => {
                let e = error.to_string();
                assert!(
                    e.contains("broken symbolic link") && e.contains("nergens.txt"),
                    "{e}"
                );
            }
            Entry::Doc(_) | Entry::Pending { .. } => panic!("read a broken link"),
        }
    }
}
