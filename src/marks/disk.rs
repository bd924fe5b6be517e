//! Files on disk for the marks store and its rescue files: following a
//! marks file that is a symbolic link to the file it stands for, writing a
//! file atomically beside its target, and removing the temp files that a
//! killed process left behind.
//!
//! A marks file may be a link (a chain of links, relative or absolute) to a
//! file shared with others. Saving goes *through* the link: the temp file is
//! written in the target's folder and renamed over the target, so the link
//! stays a link and the shared file gets the marks. A link to a file that
//! does not exist yet creates it; a loop is an error, found in a bounded
//! number of steps.

use super::store::StoreError;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// A temp file older than this is stale even if its pid is alive (the pid may
/// have been reused); a save takes milliseconds.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// How many links are followed before the chain is taken for a loop (the
/// limit Linux uses, SYMLOOP_MAX).
const MAX_LINKS: usize = 40;

pub(crate) fn io_err(path: &Path, action: &'static str, source: io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        action,
        source,
    }
}

/// The file `path` stands for: `path` itself unless it is a symbolic link,
/// else the end of the chain of links (which need not exist yet). Relative
/// links are read from the folder of the link. A chain longer than
/// [`MAX_LINKS`] is a loop and an error.
pub fn resolve_links(path: &Path) -> Result<PathBuf, StoreError> {
    let mut at = path.to_path_buf();
    for _ in 0..=MAX_LINKS {
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to =
                    fs::read_link(&at).map_err(|e| io_err(&at, "read the symbolic link", e))?;
                at = if to.is_absolute() {
                    to
                } else {
                    folder_of(&at).join(to)
                };
            }
            // A regular file, a folder, or nothing there (a dangling link's
            // target, a file not created yet): this is where the bytes go.
            _ => return Ok(at),
        }
    }
    Err(io_err(
        path,
        "follow the symbolic link",
        io::Error::other(format!(
            "more than {MAX_LINKS} links in a row (a loop of symbolic links?)"
        )),
    ))
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "marks.json".into(), |n| n.to_string_lossy().into_owned())
}

/// A hidden file beside `path`: `.marks.json<suffix>`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    folder_of(path).join(format!(".{}{suffix}", file_name(path)))
}

/// The prefix of temp file names: `.marks.json.tmp-`, then `<pid>-<n>`.
fn temp_prefix(path: &Path) -> String {
    format!(".{}.tmp-", file_name(path))
}

/// Writes `bytes` to a temp file beside `path` (a real file, not a link:
/// see [`resolve_links`]), syncs it, renames it over `path` and syncs the
/// folder. The temp file is removed on failure.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = folder_of(path);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!("{}{}-{n}", temp_prefix(path), std::process::id()));
    let written = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| io_err(&tmp, "create a temp file", e))?;
        f.write_all(bytes)
            .map_err(|e| io_err(&tmp, "write the marks", e))?;
        if let Ok(meta) = fs::metadata(path) {
            // Keep the permissions someone gave the file.
            let _ = f.set_permissions(meta.permissions());
        }
        f.sync_all()
            .map_err(|e| io_err(&tmp, "sync the marks", e))?;
        fs::rename(&tmp, path).map_err(|e| io_err(path, "replace the marks file", e))
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // The rename is durable only once the folder is synced. Some file
    // systems cannot sync a folder; the file is in place all the same.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes temp files beside `path` left by processes that were killed while
/// saving: those whose pid is gone, or that are older than a minute.
pub fn clean_stale_temps(path: &Path) {
    let dir = folder_of(path);
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        let dead = pid.is_none_or(|p| !process_alive(p));
        if old || dead {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // Signal 0 checks only that the process exists; EPERM means it does
    // but belongs to someone else.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    // No cheap check: rely on the age of the file.
    true
}
