//! Export files: a dated name (`marks-2026-12-02.md`, then `-2`, `-3`…),
//! created new, so an export never writes over another file.

use super::Format;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The file name of an export made on `date` (`YYYY-MM-DD`): `marks-DATE.EXT`,
/// or with `-2`, `-3`… for the `n`th of that day.
pub fn file_name(date: &str, format: Format, n: usize) -> String {
    let ext = format.extension();
    if n <= 1 {
        format!("marks-{date}.{ext}")
    } else {
        format!("marks-{date}-{n}.{ext}")
    }
}

/// Writes `text` to a new file in `dir` named for `date` and `format` (see
/// [`file_name`]): the first name that is free. The file is created with
/// `create_new` (O_EXCL), so an export never writes over a file, not even
/// one another process creates at the same moment. A file that cannot be
/// written whole is removed again. Returns the file's path.
pub fn write_new(dir: &Path, date: &str, format: Format, text: &str) -> io::Result<PathBuf> {
    // Far more than a day's exports; a bound, so a folder that refuses
    // every name cannot loop for ever.
    const MAX: usize = 10_000;
    for n in 1..=MAX {
        let path = dir.join(file_name(date, format, n));
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let written = file
            .write_all(text.as_bytes())
            .and_then(|()| file.sync_all());
        return match written {
            Ok(()) => Ok(path),
            Err(e) => {
                drop(file);
                let _ = std::fs::remove_file(&path);
                Err(e)
            }
        };
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{MAX} exports of {date} are there already"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_file_never_overwrites_one() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new(dir.path(), "2026-12-02", Format::Markdown, "eerste\n").unwrap();
        assert_eq!(first, dir.path().join("marks-2026-12-02.md"));
        let second = write_new(dir.path(), "2026-12-02", Format::Markdown, "tweede\n").unwrap();
        assert_eq!(second, dir.path().join("marks-2026-12-02-2.md"));
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "eerste\n");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "tweede\n");
        // A name taken by something else (a folder) is skipped too.
        std::fs::create_dir(dir.path().join("marks-2026-12-02-3.md")).unwrap();
        let fourth = write_new(dir.path(), "2026-12-02", Format::Markdown, "vierde\n").unwrap();
        assert_eq!(fourth, dir.path().join("marks-2026-12-02-4.md"));
        // Another format has names of its own.
        let csv = write_new(dir.path(), "2026-12-02", Format::Csv, "id\n").unwrap();
        assert_eq!(csv, dir.path().join("marks-2026-12-02.csv"));
    }

    #[test]
    fn an_export_into_a_missing_folder_fails_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_new(&dir.path().join("nope"), "2026-12-02", Format::Json, "{}").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }
}
