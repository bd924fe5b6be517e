//! The marks file: its format, merging what two processes saved, corrupt
//! files kept as they are, failing folders, temp files left by killed
//! processes, empty files, marks files that are symbolic links, and knowing
//! which marks are not on disk yet.

use brief::marks::store::{MarkStore, StoreError, merge};
use brief::marks::{Mark, RawRange, TextPosition, TextQuote};
use std::fs;
use std::path::{Path, PathBuf};

fn mark(id: &str, doc: &str, start: usize, modified: &str) -> Mark {
    Mark {
        id: id.into(),
        doc: doc.into(),
        doc_sha256: "ab".repeat(32),
        quote: TextQuote {
            exact: format!("passage {id}"),
            prefix: "before ".into(),
            suffix: " after".into(),
        },
        position: TextPosition {
            start,
            end: start + 10,
        },
        raw: RawRange {
            start: start + 3,
            end: start + 13,
            page: None,
        },
        label: "check".into(),
        note: String::new(),
        reviewer: "anna".into(),
        created: "2024-05-01T10:00:00.000Z".into(),
        modified: modified.into(),
        deleted: false,
        previous: Vec::new(),
    }
}

fn marks_file(dir: &Path) -> PathBuf {
    dir.join(".brief").join("marks.json")
}

fn ids(marks: &[&Mark]) -> Vec<String> {
    marks.iter().map(|m| m.id.clone()).collect()
}

#[test]
fn the_file_round_trips_one_sorted_mark_per_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = marks_file(tmp.path());
    let mut store = MarkStore::open(&path).unwrap();
    assert!(store.marks().is_empty());
    assert!(!path.parent().unwrap().exists(), "open creates nothing");

    let t = "2024-05-01T10:00:00.000Z";
    store.add(mark("c", "doc2", 5, t)).unwrap();
    store.add(mark("b", "doc1", 50, t)).unwrap();
    store.add(mark("a", "doc1", 50, t)).unwrap();
    let mut with_note = mark("z", "doc1", 7, t);
    with_note.note = "line one\nline \"two\" — ü".into();
    store.add(with_note).unwrap();
    assert!(!store.is_dirty());

    let text = fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], r#"{"version": 1, "marks": ["#);
    assert_eq!(*lines.last().unwrap(), "]}");
    assert_eq!(lines.len(), 6, "one line per mark:\n{text}");
    // Sorted by document, position, id; each line a compact object with
    // sorted keys (what serde_json's Value writes).
    let order: Vec<String> = lines[1..5]
        .iter()
        .map(|l| {
            let l = l.trim_end_matches(',');
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                l,
                "keys sorted, compact"
            );
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(order, ["z", "a", "b", "c"]);
    assert!(lines[1].starts_with(r#"{"created":"#), "{}", lines[1]);

    let again = MarkStore::open(&path).unwrap();
    assert!(again.read_only().is_none());
    assert_eq!(again.all(), store.all());
    assert_eq!(again.get("z").unwrap().note, "line one\nline \"two\" — ü");
    // Saving what was read changes no byte: files diff cleanly.
    let mut again = again;
    again.save().unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn deleted_marks_stay_as_tombstones() {
    let tmp = tempfile::tempdir().unwrap();
    let path = marks_file(tmp.path());
    let mut store = MarkStore::open(&path).unwrap();
    store
        .add(mark("a", "d", 1, "2024-05-01T10:00:00.000Z"))
        .unwrap();
    store
        .add(mark("b", "d", 2, "2024-05-01T10:00:00.000Z"))
        .unwrap();
    store.delete("a").unwrap();
    assert_eq!(ids(&store.marks()), ["b"]);
    assert_eq!(ids(&store.all()), ["a", "b"]);
    let a = store.get("a").unwrap();
    assert!(a.deleted);
    assert!(a.modified.as_str() > "2024-05-01T10:00:00.000Z");

    let reread = MarkStore::open(&path).unwrap();
    assert_eq!(ids(&reread.marks()), ["b"]);
    assert!(reread.get("a").unwrap().deleted);
    assert!(matches!(
        store.delete("nope"),
        Err(StoreError::UnknownId(id)) if id == "nope"
    ));
    assert!(matches!(
        store.update(mark("nope", "d", 1, "")),
        Err(StoreError::UnknownId(_))
    ));
}

#[test]
fn update_and_put_win_over_the_version_they_replace() {
    let tmp = tempfile::tempdir().unwrap();
    let path = marks_file(tmp.path());
    let mut store = MarkStore::open(&path).unwrap();
    // A modified time in the future: the update must still be newer.
    let future = "2999-01-01T00:00:00.000Z";
    store.add(mark("a", "d", 1, future)).unwrap();
    let mut m = store.get("a").unwrap().clone();
    m.note = "changed".into();
    store.update(m).unwrap();
    assert!(store.get("a").unwrap().modified.as_str() > future);

    // Undo of a delete puts the old mark back; it must beat its tombstone.
    let before = store.get("a").unwrap().clone();
    store.delete("a").unwrap();
    store.put(before).unwrap();
    let reread = MarkStore::open(&path).unwrap();
    assert_eq!(ids(&reread.marks()), ["a"]);
    assert_eq!(reread.get("a").unwrap().note, "changed");
}

#[test]
fn two_stores_written_independently_merge() {
    let tmp = tempfile::tempdir().unwrap();
    let path = marks_file(tmp.path());
    let t0 = "2024-05-01T10:00:00.000Z";
    let mut first = MarkStore::open(&path).unwrap();
    first.add(mark("shared", "d", 1, t0)).unwrap();
    first.add(mark("doomed", "d", 2, t0)).unwrap();
    first.add(mark("kept", "d", 3, t0)).unwrap();

    // A second process opens the file, then both change it.
    let mut second = MarkStore::open(&path).unwrap();
    assert_eq!(second.marks().len(), 3);

    first.add(mark("from-first", "d", 10, t0)).unwrap();
    let mut edited = first.get("shared").unwrap().clone();
    edited.note = "first's edit".into();
    first.update(edited).unwrap();
    first.delete("doomed").unwrap();

    // The second still holds the old versions of "shared" and "doomed";
    // its save must not bring them back.
    second.add(mark("from-second", "d", 11, t0)).unwrap();
    let on_disk = MarkStore::open(&path).unwrap();
    assert_eq!(
        ids(&on_disk.marks()),
        ["shared", "kept", "from-first", "from-second"]
    );
    assert_eq!(on_disk.get("shared").unwrap().note, "first's edit");
    assert!(on_disk.get("doomed").unwrap().deleted);
    // The second store now holds the merge too.
    assert_eq!(second.all(), on_disk.all());

    // The first learns of the second's mark on its next save.
    first.add(mark("late", "d", 12, t0)).unwrap();
    assert!(first.get("from-second").is_some());
}

#[test]
fn merge_keeps_every_id_and_the_later_version() {
    let old = "2024-05-01T10:00:00.000Z";
    let new = "2024-05-01T10:00:00.5Z"; // later, though it sorts first as text
    let mut a_new = mark("a", "d", 1, new);
    a_new.note = "newer".into();
    let mut tomb_old = mark("t", "d", 2, old);
    tomb_old.deleted = true;
    let live_new = mark("t", "d", 2, new);
    let mut tomb_new = mark("u", "d", 3, new);
    tomb_new.deleted = true;
    let live_old = mark("u", "d", 3, old);
    let mut tie_tomb = mark("v", "d", 4, old);
    tie_tomb.deleted = true;
    let tie_live = mark("v", "d", 4, old);

    let ours = vec![
        mark("a", "d", 1, old),
        mark("only-ours", "d", 5, old),
        tomb_old,
        tomb_new.clone(),
        tie_live.clone(),
    ];
    let theirs = vec![
        a_new.clone(),
        mark("only-theirs", "d", 6, old),
        live_new.clone(),
        live_old.clone(),
        tie_tomb.clone(),
    ];
    for (x, y) in [(ours.clone(), theirs.clone()), (theirs, ours)] {
        let m = merge(x, y);
        let keys: Vec<&str> = m.keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "only-ours", "only-theirs", "t", "u", "v"]);
        assert_eq!(m["a"], a_new, "later modified wins");
        assert_eq!(m["t"], live_new, "an older tombstone loses");
        assert_eq!(m["u"], tomb_new, "a later tombstone wins");
        assert_eq!(m["v"], tie_tomb, "on a tie the tombstone wins");
    }
}

#[test]
fn corrupt_files_are_kept_and_reported_with_their_line() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], usize); 3] = [
        (
            "invalid JSON",
            b"{\"version\": 1, \"marks\": [\n{\"id\": \"a\",,}\n]}\n",
            2,
        ),
        (
            "unknown version",
            b"{\n  \"version\": 99,\n  \"marks\": []\n}\n",
            2,
        ),
        (
            "a mark lacking fields",
            b"{\"version\": 1, \"marks\": [\n{\"id\": \"a\"}\n]}\n",
            2,
        ),
    ];
    for (what, bytes, line) in cases {
        let path = tmp.path().join(format!("{}.json", what.replace(' ', "-")));
        fs::write(&path, bytes).unwrap();
        let mut store = MarkStore::open(&path).unwrap();
        match store.read_only() {
            Some(StoreError::Corrupt {
                path: p, line: l, ..
            }) => {
                assert_eq!(p, &path, "{what}");
                assert_eq!(*l, line, "{what}: {}", store.read_only().unwrap());
            }
            other => panic!("{what}: {other:?}"),
        }
        let message = store.read_only().unwrap().to_string();
        assert!(message.contains(&format!("line {line}")), "{message}");
        if what == "unknown version" {
            assert!(message.contains("99"), "{message}");
        }
        let err = store
            .add(mark("new", "d", 1, "2024-05-01T10:00:00.000Z"))
            .unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{what}: {err}");
        assert!(matches!(store.save(), Err(StoreError::Corrupt { .. })));
        assert!(store.is_dirty(), "the new mark stays in memory");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{what}: byte-identical");
    }
}

#[test]
fn a_file_that_turns_corrupt_is_not_written_over() {
    let tmp = tempfile::tempdir().unwrap();
    let path = marks_file(tmp.path());
    let mut store = MarkStore::open(&path).unwrap();
    store
        .add(mark("a", "d", 1, "2024-05-01T10:00:00.000Z"))
        .unwrap();
    let garbage = b"{\"version\": 1, \"marks\": [\n<<<<<<< HEAD\n";
    fs::write(&path, garbage).unwrap();
    let err = store
        .add(mark("b", "d", 2, "2024-05-01T10:00:00.000Z"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { line: 2, .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), garbage);
    assert!(store.is_dirty());
    assert!(store.read_only().is_some());
    assert_eq!(ids(&store.marks()), ["a", "b"]);
}

#[test]
fn a_folder_that_cannot_be_written_keeps_the_marks_in_memory() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("locked");
    fs::create_dir(&dir).unwrap();
    let path = dir.join("marks.json");
    let mut store = MarkStore::open(&path).unwrap();
    store
        .add(mark("a", "d", 1, "2024-05-01T10:00:00.000Z"))
        .unwrap();
    let saved = fs::read(&path).unwrap();

    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anyway: then there is nothing to test here (the next test
    // covers the same path with a failure root cannot bypass).
    let probe = dir.join("probe");
    let writable = fs::write(&probe, b"x").is_ok();
    let _ = fs::remove_file(&probe);
    if !writable {
        let err = store
            .add(mark("b", "d", 2, "2024-05-01T10:00:00.000Z"))
            .unwrap_err();
        assert!(matches!(err, StoreError::Io { .. }), "{err}");
        assert!(err.to_string().contains("cannot"), "{err}");
        assert!(store.is_dirty());
        assert_eq!(ids(&store.marks()), ["a", "b"]);
        assert_eq!(fs::read(&path).unwrap(), saved);
    } else {
        eprintln!("running as root: a read-only folder is writable, skipped");
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    if !writable {
        store.save().unwrap();
        assert!(!store.is_dirty());
        let reread = MarkStore::open(&path).unwrap();
        assert_eq!(ids(&reread.marks()), ["a", "b"]);
    }
}

#[test]
fn a_failing_save_keeps_the_marks_and_a_later_save_retries() {
    // A file where the folder should be: creating the folder fails, even
    // for root.
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("project");
    fs::write(&blocker, b"not a folder").unwrap();
    let path = blocker.join(".brief").join("marks.json");
    let mut store = MarkStore::open(&path).unwrap();
    let err = store
        .add(mark("a", "d", 1, "2024-05-01T10:00:00.000Z"))
        .unwrap_err();
    match &err {
        // The OS error is told in the message (and not again as a source).
        StoreError::Io {
            path: p, source, ..
        } => {
            assert!(p.starts_with(&blocker), "{err}");
            assert!(err.to_string().contains(&source.to_string()), "{err}");
            assert!(std::error::Error::source(&err).is_none());
        }
        other => panic!("{other}"),
    }
    assert!(store.is_dirty());
    assert_eq!(ids(&store.marks()), ["a"]);

    fs::remove_file(&blocker).unwrap();
    store.save().unwrap();
    assert!(!store.is_dirty());
    assert_eq!(ids(&MarkStore::open(&path).unwrap().marks()), ["a"]);
}

#[test]
fn stale_temp_files_are_removed_on_open() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("marks.json");
    let me = std::process::id();
    // No such process (above Linux's pid limit).
    let dead = tmp.path().join(".marks.json.tmp-999999999-0");
    // Not a pid at all.
    let junk = tmp.path().join(".marks.json.tmp-junk");
    // This process, alive, written just now: a save in progress.
    let live = tmp.path().join(format!(".marks.json.tmp-{me}-77"));
    // This process, but two minutes old: the pid was reused.
    let old = tmp.path().join(format!(".marks.json.tmp-{me}-78"));
    // Someone else's file.
    let other = tmp.path().join(".other.json.tmp-999999999-0");
    for p in [&dead, &junk, &live, &old, &other] {
        fs::write(p, b"{").unwrap();
    }
    let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_minutes_ago)
        .unwrap();

    let store = MarkStore::open(&path).unwrap();
    assert!(store.marks().is_empty());
    assert!(!dead.exists());
    assert!(!junk.exists());
    assert!(!old.exists());
    assert!(live.exists(), "a live process's temp file is left alone");
    assert!(other.exists());
    assert!(!path.exists(), "open creates nothing");
}

#[test]
fn an_empty_file_is_an_empty_store_and_the_first_save_writes_a_proper_one() {
    let tmp = tempfile::tempdir().unwrap();
    for (what, bytes) in [("0 bytes", &b""[..]), ("white space", &b"  \n\t\r\n"[..])] {
        let path = tmp.path().join(format!("{}.json", what.replace(' ', "-")));
        fs::write(&path, bytes).unwrap();
        let mut store = MarkStore::open(&path).unwrap();
        assert!(
            store.read_only().is_none(),
            "{what}: {:?}",
            store.read_only()
        );
        assert!(store.marks().is_empty());
        // Opening writes nothing.
        assert_eq!(fs::read(&path).unwrap(), bytes);
        store
            .add(mark("a", "d", 1, "2024-05-01T10:00:00.000Z"))
            .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(r#"{"version": 1, "marks": ["#), "{text}");
        assert_eq!(ids(&MarkStore::open(&path).unwrap().marks()), ["a"]);
    }
}

#[cfg(unix)]
mod links {
    use super::*;
    use std::os::unix::fs::symlink;

    fn is_link(p: &Path) -> bool {
        fs::symlink_metadata(p).unwrap().file_type().is_symlink()
    }

    /// No temp or lock file next to the link when the target is elsewhere.
    fn only(dir: &Path, names: &[&str]) {
        let mut found: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        assert_eq!(found, names, "in {}", dir.display());
    }

    #[test]
    fn a_chain_of_links_is_saved_through_to_the_shared_file() {
        let tmp = tempfile::tempdir().unwrap();
        let shared_dir = tmp.path().join("shared");
        let project = tmp.path().join("project").join(".brief");
        fs::create_dir_all(&shared_dir).unwrap();
        fs::create_dir_all(&project).unwrap();
        let shared = shared_dir.join("team-marks.json");
        let t = "2024-05-01T10:00:00.000Z";
        let mut other = MarkStore::open(&shared).unwrap();
        other.add(mark("theirs", "d", 1, t)).unwrap();
        // .brief/marks.json -> middle.json (relative) -> the shared file (absolute).
        let middle = project.join("middle.json");
        symlink(&shared, &middle).unwrap();
        let link = project.join("marks.json");
        symlink("middle.json", &link).unwrap();

        let mut store = MarkStore::open(&link).unwrap();
        assert_eq!(ids(&store.marks()), ["theirs"], "read through the links");
        store.add(mark("mine", "d", 2, t)).unwrap();
        store.delete("theirs").unwrap();

        assert!(is_link(&link) && is_link(&middle), "the links stay links");
        assert_eq!(store.path(), link.as_path());
        let shared_now = MarkStore::open(&shared).unwrap();
        assert_eq!(ids(&shared_now.marks()), ["mine"]);
        assert!(shared_now.get("theirs").unwrap().deleted);
        // The lock file sits beside the target, temp files are gone.
        only(&shared_dir, &[".team-marks.json.lock", "team-marks.json"]);
        only(&project, &["marks.json", "middle.json"]);
        // The other writer's next save merges with ours.
        other.add(mark("theirs-2", "d", 3, t)).unwrap();
        assert_eq!(
            ids(&MarkStore::open(&link).unwrap().marks()),
            ["mine", "theirs-2"]
        );
    }

    #[test]
    fn a_relative_link_into_another_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a");
        let b = tmp.path().join("b");
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        fs::write(b.join("real.json"), b"").unwrap();
        let link = a.join("marks.json");
        symlink("../b/real.json", &link).unwrap();
        let mut store = MarkStore::open(&link).unwrap();
        store
            .add(mark("x", "d", 1, "2024-05-01T10:00:00.000Z"))
            .unwrap();
        assert!(is_link(&link));
        assert_eq!(
            ids(&MarkStore::open(b.join("real.json")).unwrap().marks()),
            ["x"]
        );
        only(&a, &["marks.json"]);
    }

    #[test]
    fn a_dangling_link_creates_its_target() {
        let tmp = tempfile::tempdir().unwrap();
        let link = tmp.path().join("marks.json");
        let target = tmp.path().join("not-yet").join("marks.json");
        symlink(&target, &link).unwrap();
        let mut store = MarkStore::open(&link).unwrap();
        assert!(store.marks().is_empty());
        store
            .add(mark("x", "d", 1, "2024-05-01T10:00:00.000Z"))
            .unwrap();
        assert!(is_link(&link), "the link is not replaced by a file");
        assert_eq!(ids(&MarkStore::open(&target).unwrap().marks()), ["x"]);
    }

    #[test]
    fn a_loop_of_links_is_a_clear_error_not_a_hang() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a.json");
        let b = tmp.path().join("b.json");
        symlink("b.json", &a).unwrap();
        symlink("a.json", &b).unwrap();
        let err = MarkStore::open(&a).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("symbolic link"), "{message}");
        assert!(message.contains("a.json"), "{message}");

        // A store whose file turns into a loop after it was opened.
        let path = tmp.path().join("marks.json");
        let mut store = MarkStore::open(&path).unwrap();
        symlink("marks.json", &path).unwrap();
        let err = store
            .add(mark("x", "d", 1, "2024-05-01T10:00:00.000Z"))
            .unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(ids(&store.unsaved()), ["x"]);
        assert!(is_link(&path));
    }
}

#[test]
fn the_store_knows_which_marks_are_not_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("project");
    fs::write(&blocker, b"not a folder").unwrap();
    let path = blocker.join("marks.json");
    let t = "2024-05-01T10:00:00.000Z";
    let mut store = MarkStore::open(&path).unwrap();
    assert!(store.unsaved().is_empty());
    assert!(store.add(mark("a", "d", 1, t)).is_err());
    assert!(store.add(mark("b", "d", 2, t)).is_err());
    assert!(store.delete("a").is_err());
    assert!(store.is_dirty());
    let unsaved = store.unsaved();
    assert_eq!(ids(&unsaved), ["a", "b"]);
    assert!(unsaved[0].deleted, "a deletion is a change too");
    fs::remove_file(&blocker).unwrap();
    store.save().unwrap();
    assert!(store.unsaved().is_empty() && !store.is_dirty());
}

#[test]
fn a_repaired_file_takes_the_marks_kept_in_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("marks.json");
    let t = "2024-05-01T10:00:00.000Z";
    let mut first = MarkStore::open(&path).unwrap();
    first.add(mark("old", "d", 1, t)).unwrap();
    let good = fs::read(&path).unwrap();
    let conflict = b"{\"version\": 1, \"marks\": [\n<<<<<<< HEAD\n";
    fs::write(&path, conflict).unwrap();
    let mut store = MarkStore::open(&path).unwrap();
    assert!(store.read_only().is_some());
    assert!(store.add(mark("new", "d", 2, t)).is_err());
    assert_eq!(fs::read(&path).unwrap(), conflict, "never written over");
    // Someone resolves the conflict; the next save merges into the file.
    fs::write(&path, &good).unwrap();
    store.save().unwrap();
    assert!(store.read_only().is_none() && !store.is_dirty());
    assert_eq!(
        ids(&MarkStore::open(&path).unwrap().marks()),
        ["old", "new"]
    );
}

#[test]
fn merge_in_takes_new_and_newer_marks_as_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("marks.json");
    let old = "2024-05-01T10:00:00.000Z";
    let new = "2024-05-02T10:00:00.000Z";
    let mut store = MarkStore::open(&path).unwrap();
    store.add(mark("same", "d", 1, old)).unwrap();
    store.add(mark("edited", "d", 2, old)).unwrap();
    store.add(mark("kept", "d", 3, new)).unwrap();
    let mut edited = mark("edited", "d", 2, new);
    edited.note = "rescued edit".into();
    let mut stale = mark("kept", "d", 3, old);
    stale.note = "older".into();
    let changed = store
        .merge_in([
            mark("same", "d", 1, old),
            edited,
            stale,
            mark("fresh", "d", 4, old),
        ])
        .unwrap();
    assert_eq!(changed, 2, "the edit and the new mark");
    let reread = MarkStore::open(&path).unwrap();
    assert_eq!(ids(&reread.marks()), ["same", "edited", "kept", "fresh"]);
    assert_eq!(reread.get("edited").unwrap().note, "rescued edit");
    assert_eq!(
        reread.get("edited").unwrap().modified,
        new,
        "not re-stamped"
    );
    assert_eq!(reread.get("kept").unwrap().note, "");
}
