//! Rescue files: marks that could not be saved to their marks file (a full
//! disk, a read-only folder, a marks file that does not parse), written
//! somewhere safe when the reader quits, is killed by a signal or crashes,
//! so that they can be merged back with `brief marks merge`.
//!
//! A rescue file is a marks file (the format of [`store::serialise`], so the
//! same code opens, lists and merges it) whose header also says which marks
//! file it belongs to, when it was written and why the marks were not
//! saved. Its name says what it is and when: `brief-rescue-<UTC time>-<pid>.json`.
//!
//! Where it goes, in the order tried: `$BRIEF_RESCUE_DIR` if set; else the
//! user's state folder (`~/.local/state/brief/rescue/` on Linux), else the
//! data folder (`…/brief/rescue/`); else beside the marks file; else the
//! temp folder. It is written atomically, like the marks file.
//!
//! [`store::serialise`]: super::store::serialise

use super::clock;
use super::disk;
use super::mark::Mark;
use super::store::{self, StoreError};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Set to a folder to keep rescue files there (tests, or a user who wants
/// them in a place of their own).
pub const RESCUE_DIR_ENV: &str = "BRIEF_RESCUE_DIR";

/// Every rescue file's name starts so.
pub const PREFIX: &str = "brief-rescue-";

/// The header field naming the marks file the marks belong to.
const MARKS_FILE_KEY: &str = "rescue_of";

/// The preferred folder for rescue files: `$BRIEF_RESCUE_DIR`, else
/// `rescue/` in the user's state folder, else in the data folder.
pub fn rescue_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(RESCUE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "brief")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_dir())
            .join("rescue"),
    )
}

/// Where the marks of `marks_file` would be rescued, decided before they
/// are: the file name (fixed now, so a dialog can name it) and the folders
/// to try, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RescuePlan {
    pub name: String,
    pub folders: Vec<PathBuf>,
}

impl RescuePlan {
    pub fn new(marks_file: &Path) -> RescuePlan {
        let mut folders: Vec<PathBuf> = rescue_dir().into_iter().collect();
        folders.push(disk::folder_of(marks_file));
        folders.push(std::env::temp_dir());
        folders.dedup();
        RescuePlan {
            name: file_name(clock::now_millis(), std::process::id()),
            folders,
        }
    }

    /// Where the file goes if the first folder takes it.
    pub fn first(&self) -> PathBuf {
        self.folders
            .first()
            .map_or_else(|| PathBuf::from(&self.name), |f| f.join(&self.name))
    }
}

/// `brief-rescue-2024-05-01T100000.123Z-4242.json`: UTC time to the
/// millisecond (no colons, so it is a valid name everywhere) and the pid.
pub fn file_name(millis: u64, pid: u32) -> String {
    let time = clock::rfc3339_from_millis(millis).replace(':', "");
    format!("{PREFIX}{time}-{pid}.json")
}

/// No folder would take the rescue file: why, per folder tried.
#[derive(Debug)]
pub struct RescueError {
    pub tries: Vec<StoreError>,
}

impl fmt::Display for RescueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no rescue file could be written")?;
        for (i, e) in self.tries.iter().enumerate() {
            write!(f, "{} {e}", if i == 0 { ":" } else { ";" })?;
        }
        Ok(())
    }
}

impl std::error::Error for RescueError {}

/// Writes `marks` to a rescue file for `marks_file` in the first folder of
/// the plan that takes it; `reason` says why they were not saved. Returns
/// the file written.
pub fn write(
    plan: &RescuePlan,
    marks_file: &Path,
    marks: &[&Mark],
    reason: Option<&str>,
) -> Result<PathBuf, RescueError> {
    let owner = std::path::absolute(marks_file).unwrap_or_else(|_| marks_file.to_path_buf());
    let owner = owner.to_string_lossy();
    let created = clock::now_rfc3339();
    let mut header = vec![
        (MARKS_FILE_KEY, owner.as_ref()),
        ("created", created.as_str()),
    ];
    if let Some(r) = reason {
        header.push(("reason", r));
    }
    let text = store::serialise_with(&header, marks.iter().copied());
    let mut tries = Vec::new();
    for folder in &plan.folders {
        let path = folder.join(&plan.name);
        let written = fs::create_dir_all(folder)
            .map_err(|e| disk::io_err(folder, "create the rescue folder", e))
            .and_then(|()| disk::write_atomically(&path, text.as_bytes()));
        match written {
            Ok(()) => return Ok(path),
            Err(e) => tries.push(e),
        }
    }
    Err(RescueError { tries })
}

/// A rescue file as read back.
#[derive(Debug, Clone)]
pub struct RescueFile {
    pub path: PathBuf,
    /// The marks file the marks belong to (absent in a plain marks file).
    pub marks_file: Option<PathBuf>,
    pub created: Option<String>,
    pub reason: Option<String>,
    /// Tombstones too: a deletion that was not saved.
    pub marks: Vec<Mark>,
}

impl RescueFile {
    /// Whether this is a rescue file (it names its marks file), not a
    /// plain marks file given in its place.
    pub fn is_rescue(&self) -> bool {
        self.marks_file.is_some()
    }
}

/// Reads a rescue file (or any marks file: then it has no owner).
pub fn read(path: &Path) -> Result<RescueFile, StoreError> {
    #[derive(serde::Deserialize, Default)]
    struct Header {
        rescue_of: Option<String>,
        created: Option<String>,
        reason: Option<String>,
    }
    let bytes = fs::read(path).map_err(|e| disk::io_err(path, "read", e))?;
    let marks = store::parse(path, &bytes)?;
    let header: Header = serde_json::from_slice(&bytes).unwrap_or_default();
    Ok(RescueFile {
        path: path.to_path_buf(),
        marks_file: header.rescue_of.map(PathBuf::from),
        created: header.created,
        reason: header.reason,
        marks,
    })
}

/// The rescue files in the rescue folder, the temp folder and `extra`
/// folders (where a marks file lives), newest first.
pub fn find(extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = rescue_dir().into_iter().collect();
    folders.push(std::env::temp_dir());
    folders.extend(extra.iter().cloned());
    let mut seen = Vec::new();
    let mut out: Vec<(String, PathBuf)> = Vec::new();
    for folder in folders {
        let key = fs::canonicalize(&folder).unwrap_or_else(|_| folder.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with(PREFIX) && name.ends_with(".json") && e.path().is_file() {
                out.push((name, e.path()));
            }
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    out.into_iter().map(|(_, p)| p).collect()
}

/// What to tell the user once marks were rescued: how many, where, and
/// the command that merges them back.
pub fn kept_message(count: usize, rescue: &Path, marks_file: &Path) -> String {
    format!(
        "{count} unsaved mark{} kept in {}; merge them with: brief marks merge {} --marks {}",
        if count == 1 { "" } else { "s" },
        shown(rescue),
        shell_word(rescue),
        shell_word(marks_file),
    )
}

/// A path as text that cannot drive a terminal (control characters shown
/// as pictures).
pub fn shown(path: &Path) -> String {
    crate::document::builder::inert(&path.to_string_lossy()).into_owned()
}

/// A path as one shell word: quoted when it holds anything but plain
/// characters, control characters shown as pictures.
fn shell_word(path: &Path) -> String {
    let s = shown(path);
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "/._-+,:@%=~".contains(c));
    if plain {
        s
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_what_and_when() {
        let n = file_name(1_714_557_600_123, 4242);
        assert_eq!(n, "brief-rescue-2024-05-01T100000.123Z-4242.json");
    }

    #[test]
    fn the_message_quotes_odd_paths() {
        let m = kept_message(
            2,
            Path::new("/tmp/r/brief-rescue-x.json"),
            Path::new("/home/a b/it's\x1b.json"),
        );
        assert_eq!(
            m,
            "2 unsaved marks kept in /tmp/r/brief-rescue-x.json; merge them with: \
             brief marks merge /tmp/r/brief-rescue-x.json --marks '/home/a b/it'\\''s␛.json'"
        );
    }
}
