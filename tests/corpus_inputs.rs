//! What a corpus is made of, from the real file system and the real binary:
//! ids unique per document (a/doc.txt and b/doc.txt), marks kept apart and
//! moved from old stem-only ids, devices and FIFOs refused without reading,
//! folder links that loop walked once, UTF-16 files, standard input, and
//! file names that are not UTF-8. The binary runs with a deadline, so a
//! regression that blocks or reads without end fails instead of hanging.

#![cfg(unix)]

use brief::corpus::{Corpus, Entry};
use brief::marks::anchor::{anchor, doc_sha256};
use brief::marks::store::MarkStore;
use brief::marks::{Mark, migrate};
use brief::tui::marks_state::MarksState;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
}

/// Runs the binary with `stdin` as its input, killed at the deadline.
fn brief(args: &[&OsStr], stdin: Option<&[u8]>) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run brief");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
    }
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("brief {args:?} still running after {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: out.join().unwrap(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
        took: start.elapsed(),
    }
}

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

const TEXT_A: &str = "Notitie A\n\nDe minister schrijft de Kamer over de steun aan Oekraïne.\n";
const TEXT_B: &str = "Notitie B\n\nDe minister schrijft de Kamer over de steun aan Oekraïne.\n";

/// a/doc.txt and b/doc.txt: the same sentence, different titles.
fn two_docs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (sub, text) in [("a", TEXT_A), ("b", TEXT_B)] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("doc.txt"), text).unwrap();
    }
    dir
}

fn ids(corpus: &Corpus) -> Vec<&str> {
    corpus.entries.iter().map(Entry::id).collect()
}

/// A mark on `needle` in the entry with this id, stored under `doc_id`.
fn mark_on(corpus: &Corpus, entry_id: &str, doc_id: &str, needle: &str) -> Mark {
    let doc = corpus.find(entry_id).and_then(Entry::doc).unwrap();
    let at = doc.clean.find(needle).unwrap();
    let a = anchor(doc, at..at + needle.len());
    // Through JSON, as a marks file holds it: fields added later keep their defaults.
    serde_json::from_value(serde_json::json!({
        "id": format!("tester-{entry_id}-{}", doc_id.len()).replace('/', "_"),
        "doc": doc_id,
        "doc_sha256": doc_sha256(doc.bytes()),
        "quote": a.quote,
        "position": a.position,
        "raw": a.raw,
        "label": "vraag",
        "note": "",
        "reviewer": "tester",
        "created": "2024-01-01T00:00:00.000Z",
        "modified": "2024-01-01T00:00:00.000Z",
        "deleted": false,
    }))
    .unwrap()
}

fn store_with(path: &Path, marks: Vec<Mark>) {
    let mut store = MarkStore::open(path).unwrap();
    for m in marks {
        store.add(m).unwrap();
    }
}

#[test]
fn same_name_in_two_folders_gets_two_ids_and_a_mark_stays_on_its_own() {
    let dir = two_docs();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]);
    assert_eq!(ids(&corpus), ["a/doc", "b/doc"]);
    // The same ids on the next run.
    assert_eq!(
        ids(&Corpus::open(&[dir.path().to_path_buf()])),
        ids(&corpus)
    );

    let m = mark_on(&corpus, "b/doc", "b/doc", "steun aan Oekraïne");
    let marks = dir.path().join(".brief/marks.json");
    store_with(&marks, vec![m.clone()]);
    let state = MarksState::open(&corpus, marks, "tester".into());
    assert_eq!(state.count_in(0), 0, "the mark on b/doc shows on a/doc");
    assert_eq!(state.count_in(1), 1);
    assert!(state.orphans.is_empty());
}

#[test]
fn files_named_from_two_folders_get_two_ids() {
    let dir = two_docs();
    let corpus = Corpus::open(&[dir.path().join("a/doc.txt"), dir.path().join("b/doc.txt")]);
    assert_eq!(ids(&corpus), ["a/doc", "b/doc"]);
}

/// Issue 10: a unique prefix of an id, or of a word of the title (without
/// diacritics), names a document; a prefix of several names them all.
#[test]
fn cat_takes_a_unique_prefix_of_an_id_or_a_title_word() {
    let r = brief(&[os("cat"), os("004")], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("Aan de Voorzitter"));
    let r = brief(&[os("cat"), os("specialisten")], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("Nederlandse specialisten"));
    let dir = two_docs();
    let r = brief(&[os("cat"), os("notitie"), dir.path().as_os_str()], None);
    assert_ne!(r.code, Some(0));
    assert!(r.stderr.contains("matches 2 documents"), "{}", r.stderr);
    // The documents are named by their titles too, not their ids alone.
    let r = brief(&[os("cat"), os("00")], None);
    assert!(
        r.stderr.contains("«Kamerbrief van de Ministers van…»"),
        "{}",
        r.stderr
    );
    // Counter-example: a key that starts no id and no title word.
    let r = brief(&[os("cat"), os("zzz")], None);
    assert_ne!(r.code, Some(0));
    assert!(r.stderr.contains("no document"), "{}", r.stderr);
}

#[test]
fn cat_with_a_key_of_two_documents_names_both() {
    let dir = two_docs();
    let r = brief(&[os("cat"), os("doc"), dir.path().as_os_str()], None);
    assert_ne!(
        r.code,
        Some(0),
        "picked one: {}",
        String::from_utf8_lossy(&r.stdout)
    );
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("a/doc") && r.stderr.contains("b/doc"),
        "{}",
        r.stderr
    );
    let r = brief(&[os("cat"), os("b/doc"), dir.path().as_os_str()], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("Notitie B"));
}

#[test]
fn a_mark_under_an_old_stem_id_moves_to_the_one_document_it_names() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/doc.txt"), TEXT_A).unwrap();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]);
    assert_eq!(ids(&corpus), ["sub/doc"]);
    let old = mark_on(&corpus, "sub/doc", "doc", "steun aan Oekraïne");
    let marks = dir.path().join(".brief/marks.json");
    store_with(&marks, vec![old.clone()]);

    let state = MarksState::open(&corpus, marks.clone(), "tester".into());
    assert_eq!(state.count_in(0), 1, "the old mark is not placed");
    // Kept on disk under the new id, stamped later than before.
    let reopened = MarkStore::open(&marks).unwrap();
    let m = reopened.get(&old.id).unwrap();
    assert_eq!(m.doc, "sub/doc");
    assert!(m.modified > old.modified);
    assert_eq!(m.quote, old.quote);
}

#[test]
fn of_two_candidates_the_one_with_the_marked_bytes_wins() {
    let dir = two_docs();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]);
    let old = mark_on(&corpus, "b/doc", "doc", "steun aan Oekraïne");
    let marks = dir.path().join(".brief/marks.json");
    store_with(&marks, vec![old.clone()]);
    let state = MarksState::open(&corpus, marks, "tester".into());
    assert_eq!((state.count_in(0), state.count_in(1)), (0, 1));
}

#[test]
fn an_old_mark_that_could_be_either_document_is_left_unplaced_with_a_message() {
    let dir = two_docs();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]);
    let mut old = mark_on(&corpus, "a/doc", "doc", "steun aan Oekraïne");
    old.doc_sha256 = "0".repeat(64); // made on a version of neither
    let marks = dir.path().join(".brief/marks.json");
    store_with(&marks, vec![old.clone()]);

    let store = MarkStore::open(&marks).unwrap();
    let plan = migrate::plan(&corpus, store.marks());
    assert!(plan.moves.is_empty());
    let message = &plan.messages[0];
    assert!(
        message.contains(&old.id) && message.contains("a/doc") && message.contains("b/doc"),
        "{message}"
    );

    let state = MarksState::open(&corpus, marks.clone(), "tester".into());
    assert_eq!((state.count_in(0), state.count_in(1)), (0, 0));
    assert_eq!(state.orphans, [old.id.clone()]);
    assert!(
        state
            .problem
            .as_deref()
            .is_some_and(|p| p.contains("b/doc"))
    );
    // The mark is not changed on disk.
    assert_eq!(MarkStore::open(&marks).unwrap().get(&old.id), Some(&old));

    // The command line says it on stderr.
    let r = brief(&[os("marks"), os("list"), dir.path().as_os_str()], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr.contains(&old.id) && r.stderr.contains("b/doc"),
        "{}",
        r.stderr
    );
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[test]
fn devices_and_fifos_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let cases: [(&[&OsStr], &str); 4] = [
        (
            &[os("outline"), os("/dev/zero")],
            "/dev/zero: is a character device, not a file",
        ),
        (
            &[os("cat"), os("/dev/zero")],
            "/dev/zero: is a character device, not a file",
        ),
        (
            &[os("outline"), fifo.as_os_str()],
            "is a FIFO (named pipe), not a file",
        ),
        // Inside a folder too: listed with the reason, never waited on.
        (
            &[os("outline"), dir.path().as_os_str()],
            "pipe.txt: is a FIFO (named pipe), not a file",
        ),
    ];
    for (args, says) in cases {
        let r = brief(args, None);
        assert_ne!(r.code, Some(0), "{args:?}");
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
        assert!(
            r.took < Duration::from_secs(10),
            "{args:?} took {:?}",
            r.took
        );
    }
}

#[test]
fn a_link_back_up_lists_each_document_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("sub")).unwrap();
    std::fs::write(root.join("top.txt"), TEXT_A).unwrap();
    std::fs::write(root.join("sub/doc.txt"), TEXT_B).unwrap();
    std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
    // A link to a file already listed is not a second document either.
    std::os::unix::fs::symlink("top.txt", root.join("zz-link.txt")).unwrap();
    let corpus = Corpus::open(&[root.to_path_buf()]);
    assert_eq!(ids(&corpus), ["sub/doc", "top"]);
}

#[test]
fn two_crossing_loops_finish() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for sub in ["a", "b"] {
        std::fs::create_dir(root.join(sub)).unwrap();
        std::fs::write(root.join(sub).join("doc.txt"), TEXT_A).unwrap();
        std::os::unix::fs::symlink("..", root.join(sub).join("up")).unwrap();
    }
    std::os::unix::fs::symlink("../b", root.join("a/to-b")).unwrap();
    std::os::unix::fs::symlink("../a", root.join("b/to-a")).unwrap();
    // A folder outside, reached only through a link, is walked.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("extra.txt"), TEXT_B).unwrap();
    std::os::unix::fs::symlink(outside.path(), root.join("elsewhere")).unwrap();
    let r = brief(&[os("outline"), os("--json"), root.as_os_str()], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(got, ["a/doc", "b/doc", "elsewhere/extra"]);
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_files_are_read_with_raw_offsets_into_their_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Steun 🇺🇦\n\nDe minister schrijft over Oekraïne en de NAVO.\n";
    std::fs::write(dir.path().join("le.txt"), utf16(text, false)).unwrap();
    std::fs::write(dir.path().join("be.txt"), utf16(text, true)).unwrap();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]);
    for (id, big_endian) in [("le", false), ("be", true)] {
        let d = corpus
            .find(id)
            .and_then(Entry::doc)
            .unwrap_or_else(|| panic!("{id} not read: {:?}", corpus.find(id)));
        assert!(d.note.as_deref().unwrap().contains("UTF-16"));
        let word = "Oekraïne";
        let at = d.clean.find(word).unwrap();
        let raw = d.raw_range(at..at + word.len()).unwrap();
        // The same word's bytes, found in the file.
        let want = utf16(word, big_endian)[2..].to_vec();
        let found = d
            .bytes()
            .windows(want.len())
            .position(|w| w == want)
            .unwrap();
        assert_eq!(raw, found..found + want.len(), "{id}");
    }
}

#[test]
fn a_dash_reads_standard_input() {
    let input = TEXT_A.as_bytes();
    let r = brief(&[os("outline"), os("-")], Some(input));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(out.contains("stdin") && out.contains("<stdin>"), "{out}");

    let r = brief(&[os("cat"), os("-")], Some(input));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        String::from_utf8_lossy(&r.stdout),
        "Notitie A\nDe minister schrijft de Kamer over de steun aan Oekraïne.\n"
    );

    let r = brief(&[os("search"), os("oekraine"), os("-")], Some(input));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("stdin "));

    // The reader needs the terminal: it says so instead of reading.
    let r = brief(&[os("-")], Some(input));
    assert_ne!(r.code, Some(0));
    assert!(r.stderr.contains("standard input"), "{}", r.stderr);
}

#[test]
fn a_file_name_that_is_not_utf8_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = OsStr::from_bytes(b"nota\xFF.txt");
    std::fs::write(dir.path().join(name), TEXT_A).unwrap();
    let r = brief(&[os("outline"), dir.path().as_os_str()], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out = String::from_utf8(r.stdout).expect("UTF-8 output");
    assert!(out.contains("nota\\xFF.txt"), "{out}");
    assert!(!out.contains('\u{FFFD}'), "{out}");
}

/// Issue 10: the reader with no terminal says it needs one, instead of a
/// panic and a stack trace.
#[test]
fn the_reader_without_a_terminal_says_it_needs_one() {
    let r = brief(&[], None);
    assert_ne!(r.code, Some(0));
    assert!(r.stderr.contains("needs a terminal"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

/// Issue 10: "brief cat … | head" ends quietly with status 0 when the
/// reader of its output goes away, for every command that prints much.
#[test]
fn a_closed_pipe_ends_quietly_with_status_0() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("groot.txt");
    let body = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/004_425c361073e3d6d9.txt"),
    )
    .unwrap();
    std::fs::write(&big, body.repeat(40)).unwrap();
    let big = big.to_str().unwrap();
    // Each prints more than a pipe holds (64 KiB), so it meets the closed end.
    for args in [
        vec!["cat", "--all", big],
        vec!["outline", "--json", big],
        vec!["entities", "--json", big],
        vec!["search", "--all", "e", big],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        let mut out = child.stdout.take().unwrap();
        out.read_exact(&mut first).unwrap();
        drop(out);
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

/// Issue 10: the reader lists the letter first, then the press by date,
/// undated documents after the dated ones and unreadable files last.
#[test]
fn reading_order_is_letter_first_then_the_press_by_date() {
    let order: Vec<String> = Corpus::bundled()
        .into_reading_order()
        .entries
        .iter()
        .map(|e| e.id().to_string())
        .collect();
    let short: Vec<&str> = order.iter().map(|id| &id[..3]).collect();
    // 004 is the Kamerbrief; 001 and 003 are dated February 2022; 000 and
    // 002 carry no date and keep their order.
    assert_eq!(short, ["004", "001", "003", "000", "002"]);
    let dir = two_docs();
    std::fs::write(dir.path().join("kapot.txt"), b"\x00\x01binary").unwrap();
    let c = Corpus::from_args(&[dir.path().to_path_buf()]).into_reading_order();
    assert!(
        c.entries.last().unwrap().doc().is_none(),
        "the unreadable file is last"
    );
}
