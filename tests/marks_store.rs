//! The marks file: its format, merging what two processes saved, corrupt
//! files kept as they are, failing folders, and temp files left by killed
//! processes.

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
        },
        label: "check".into(),
        note: String::new(),
        reviewer: "anna".into(),
        created: "2024-05-01T10:00:00.000Z".into(),
        modified: modified.into(),
        deleted: false,
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
    let cases: [(&str, &[u8], usize); 4] = [
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
        ("empty", b"", 1),
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
        StoreError::Io { path: p, .. } => assert!(p.starts_with(&blocker), "{err}"),
        other => panic!("{other}"),
    }
    assert!(std::error::Error::source(&err).is_some());
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
