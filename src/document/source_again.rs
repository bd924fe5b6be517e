//! The source of a document that was let go while reading: a folder of
//! thousands of letters need not hold every file's text beside its clean
//! text. The reader lets go of a text file's source once it is parsed
//! ([`Document::release_source_for_reading`]), after taking the SHA-256 that
//! marks and reading places are keyed by, and reads the file again when the
//! raw view asks for it ([`Document::source_text`]), checking that it is
//! still the file that was read: a file changed since is said, never shown
//! as if it were the one the clean text came from.

use super::{Document, Origin, Raw, sha256_hex};
use std::borrow::Cow;
use std::io::Read;

/// A source at least this long is kept: reading and checking it again would
/// make the raw view wait (the 52 MB Kamerbrief takes a third of a second).
pub const KEEP_SOURCE_FROM: usize = 1 << 20;

/// Why a document's source cannot be shown again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceGone {
    /// The file cannot be read again (moved, removed, no longer a file).
    Unreadable(String),
    /// The file is not the one that was read: its length or its SHA-256
    /// differ.
    Changed,
}

impl std::fmt::Display for SourceGone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceGone::Unreadable(why) => {
                write!(f, "the file cannot be read again ({why})")
            }
            SourceGone::Changed => write!(f, "the file has changed since it was read"),
        }
    }
}

impl Document {
    /// Lets go of the source of a text file shorter than
    /// [`KEEP_SOURCE_FROM`], once its SHA-256 is taken; the clean text,
    /// blocks and maps stay, so raw offsets are the same. A PDF, a
    /// re-encoded file, a bundled document and standard input keep theirs.
    pub fn release_source_for_reading(&mut self) {
        if matches!(self.raw, Raw::Text)
            && self.layout.is_none()
            && matches!(self.origin, Origin::File(_))
            && self.text.len() < KEEP_SOURCE_FROM
        {
            // Taken now: it is the identity of what was read.
            self.sha256();
            self.release_source();
        }
    }

    /// Whether the source text is held (not let go).
    pub fn holds_source(&self) -> bool {
        !matches!(self.raw, Raw::Released(_))
    }

    /// The decoded source text: the one held, or the file read again when
    /// it was let go, if it is still the file that was read.
    pub fn source_text(&self) -> Result<Cow<'_, str>, SourceGone> {
        let Raw::Released(len) = self.raw else {
            return Ok(Cow::Borrowed(&self.text));
        };
        let Origin::File(path) = &self.origin else {
            return Err(SourceGone::Unreadable("not a file".into()));
        };
        let unreadable = |e: std::io::Error| SourceGone::Unreadable(e.to_string());
        // Opened without waiting (a FIFO put in the file's place must not
        // hang the reader), and read only if it is still a plain file, at
        // most one byte more than was read.
        let file = {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(path)
                .map_err(unreadable)?
        };
        if !file.metadata().map_err(unreadable)?.is_file() {
            return Err(SourceGone::Unreadable("no longer a plain file".into()));
        }
        let mut bytes = Vec::with_capacity(len + 1);
        file.take(len as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if bytes.len() != len || sha256_hex(&bytes) != self.sha256() {
            return Err(SourceGone::Changed);
        }
        String::from_utf8(bytes)
            .map(Cow::Owned)
            .map_err(|_| SourceGone::Changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Entry;
    use crate::corpus::load::load_file;

    fn loaded(path: &std::path::Path) -> Document {
        match load_file("a".into(), path) {
            Entry::Doc(d) => *d,
            _ => panic!("not read"),
        }
    }

    #[test]
    fn a_released_source_is_read_again_while_the_file_is_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.txt");
        let text = "Geachte voorzitter,\n\nDe Kamer is geïnformeerd over Oekraïne.\n";
        std::fs::write(&path, text).unwrap();
        let mut d = loaded(&path);
        let (sha, raw_range) = (d.sha256().to_string(), d.raw_range(0..d.clean.len()));
        d.release_source_for_reading();
        assert!(!d.holds_source());
        assert_eq!(d.raw_len(), text.len());
        assert_eq!(d.sha256(), sha, "the identity is kept");
        assert_eq!(
            d.raw_range(0..d.clean.len()),
            raw_range,
            "raw offsets as before"
        );
        assert_eq!(d.text_at_raw(text.len()), text.len());
        assert_eq!(d.raw_at_text(text.len()), text.len());
        assert_eq!(d.source_text().unwrap(), text);

        // Changed in place, same length: said, not shown.
        std::fs::write(&path, text.replace("Kamer", "kamer")).unwrap();
        assert_eq!(d.source_text(), Err(SourceGone::Changed));
        // Longer, or gone.
        std::fs::write(&path, format!("{text}!")).unwrap();
        assert_eq!(d.source_text(), Err(SourceGone::Changed));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(d.source_text(), Err(SourceGone::Unreadable(_))));
    }

    #[test]
    fn a_fifo_in_the_files_place_is_not_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.txt");
        std::fs::write(&path, "Geachte voorzitter,\n\nTekst.\n").unwrap();
        let mut d = loaded(&path);
        d.release_source_for_reading();
        std::fs::remove_file(&path).unwrap();
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid C string naming a path in a private folder.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(d.source_text(), Err(SourceGone::Unreadable(_))));
    }

    #[test]
    fn what_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        // A large file keeps its source.
        let big = dir.path().join("big.txt");
        std::fs::write(
            &big,
            "Geachte voorzitter,\n\n".repeat(KEEP_SOURCE_FROM / 20),
        )
        .unwrap();
        let mut d = loaded(&big);
        d.release_source_for_reading();
        assert!(d.holds_source());
        // A re-encoded file keeps its own bytes.
        let latin = dir.path().join("latin.txt");
        std::fs::write(&latin, b"Geachte voorzitter,\n\nCaf\xe9.\n").unwrap();
        let mut d = loaded(&latin);
        d.release_source_for_reading();
        assert!(d.holds_source());
        // A bundled document keeps its own.
        let mut corpus = crate::corpus::Corpus::bundled();
        let Entry::Doc(d) = &mut corpus.entries[0] else {
            panic!()
        };
        d.release_source_for_reading();
        assert!(d.holds_source());
    }
}
