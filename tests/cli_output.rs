//! What the command line writes: never a control character that could drive
//! a terminal (file names with OSC 52 or title sequences, marks files with
//! escapes in notes, labels and reviewers), JSON that escapes them and parses
//! back to the same strings, `cat --raw` byte-exact, a non-zero exit whenever
//! an input could not be read (naming it), an OS error told once, and a
//! search over one huge line that costs in proportion to its matches.

mod common;

use common::cli::isolated_brief;
use std::fs;
use std::path::Path;
use std::process::Output;

/// OSC 52 (set the clipboard) and a title change (OSC 0), in a file name.
const EVIL_NAME: &str = "evil\u{1b}]52;c;aGVsbG8=\u{7}\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}txt.txt";

fn brief(dir: &Path, args: &[&str]) -> Output {
    isolated_brief(dir)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// The control characters a terminal acts on: C0 but newline and tab, DEL,
/// C1 (as UTF-8), and the bidi overrides and isolates.
fn raw_controls(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect()
}

fn assert_inert(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let found = raw_controls(bytes);
        assert!(
            found.is_empty(),
            "{what}: {stream} holds {found:?}: {:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// A folder with a good document and one whose name holds escapes.
fn evil_folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    fs::create_dir(&docs).unwrap();
    fs::write(
        docs.join("good.txt"),
        "Minister Rutte sprak in Den Haag met de Tweede Kamer over Oekraïne.\n",
    )
    .unwrap();
    fs::write(
        docs.join(EVIL_NAME),
        "Rutte zei in Brussel dat de NAVO Oekraïne steunt.\n",
    )
    .unwrap();
    tmp
}

#[test]
fn escapes_in_file_names_never_reach_the_terminal() {
    let tmp = evil_folder();
    let dir = tmp.path();
    for args in [
        &["outline", "docs"][..],
        &["search", "Rutte", "docs"],
        &["entities", "docs"],
    ] {
        let out = brief(dir, args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert_inert(&format!("{args:?}"), &out);
        let text = String::from_utf8_lossy(&out.stdout);
        if args[0] != "entities" {
            // The name is shown, its escapes as pictures.
            assert!(text.contains("evil␛]52;c;aGVsbG8=␇␛]0;pwned␇"), "{text}");
        }
    }
    // JSON: escaped, and the same name when parsed.
    let out = brief(dir, &["outline", "--json", "docs"]);
    assert_inert("outline --json", &out);
    let raw = String::from_utf8_lossy(&out.stdout);
    for esc in ["\\u001b", "\\u0007", "\\u009b", "\\u202e"] {
        assert!(raw.contains(esc), "{esc} in {raw}");
    }
    let paths: Vec<String> = json(&out)["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    assert!(paths.contains(&format!("docs/{EVIL_NAME}")), "{paths:?}");
    let out = brief(dir, &["search", "--json", "Rutte", "docs"]);
    assert_inert("search --json", &out);
    let docs: Vec<String> = json(&out)["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["doc"].as_str().unwrap().to_string())
        .collect();
    assert!(docs.iter().any(|d| d.contains("]52;c;")), "{docs:?}");
    let out = brief(dir, &["entities", "--json", "docs"]);
    assert!(out.status.success());
    assert_inert("entities --json", &out);
    json(&out);
}

#[test]
fn an_unreadable_file_with_escapes_in_its_name_is_named_inertly() {
    let tmp = evil_folder();
    let dir = tmp.path();
    fs::write(dir.join("docs").join(format!("empty{EVIL_NAME}")), "").unwrap();
    for args in [
        &["outline", "docs"][..],
        &["search", "Rutte", "docs"],
        &["entities", "docs"],
        &["outline", "--json", "docs"],
    ] {
        let out = brief(dir, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_inert(&format!("{args:?}"), &out);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("emptyevil␛]52;c;aGVsbG8=␇"), "{err}");
        assert!(err.contains("the file is empty"), "{err}");
    }
}

/// A marks file whose note, label and reviewer hold ESC, CSI (U+009B) and a
/// right-to-left override, as a shared marks.json from someone else could.
#[test]
fn escapes_in_a_shared_marks_file_never_reach_the_terminal() {
    let tmp = evil_folder();
    let dir = tmp.path();
    let note = "note\u{1b}]0;title\u{7} and \u{9b}31m red \u{202e}evil";
    let label = "lab\u{1b}[2Jel";
    let reviewer = "rev\u{9b}iewer\u{202e}";
    let marks = dir.join("marks.json");
    let m = marks.to_str().unwrap();
    let out = brief(
        dir,
        &[
            "marks",
            "add",
            "--doc",
            "good",
            "--quote",
            "Rutte",
            "--label",
            label,
            "--note",
            note,
            "--reviewer",
            reviewer,
            "--marks",
            m,
            "docs",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    assert_inert("marks add", &out);
    let out = brief(dir, &["marks", "list", "--marks", m, "docs"]);
    assert!(out.status.success(), "{out:?}");
    assert_inert("marks list", &out);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("lab␛[2Jel"), "{table}");
    for format in ["markdown", "csv"] {
        let out = brief(
            dir,
            &["marks", "export", "--format", format, "--marks", m, "docs"],
        );
        assert!(out.status.success(), "{format}: {out:?}");
        assert_inert(format, &out);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("note␛]0;title␇ and \u{fffd}31m red \u{fffd}evil"),
            "{text}"
        );
    }
    // JSON: \u escapes that parse back to the very strings stored.
    let list = brief(dir, &["marks", "list", "--json", "--marks", m, "docs"]);
    let export = brief(
        dir,
        &["marks", "export", "--format", "json", "--marks", m, "docs"],
    );
    for out in [&list, &export] {
        assert!(out.status.success(), "{out:?}");
        assert_inert("marks json", out);
        let raw = String::from_utf8_lossy(&out.stdout);
        for esc in ["\\u001b", "\\u009b", "\\u202e"] {
            assert!(raw.contains(esc), "{esc} in {raw}");
        }
        let v = json(out);
        let mark = &v["marks"][0];
        assert_eq!(mark["note"], note);
        assert_eq!(mark["label"], label);
        assert_eq!(mark["reviewer"], reviewer);
    }
    let out = brief(
        dir,
        &["marks", "export", "--format", "w3c", "--marks", m, "docs"],
    );
    assert!(out.status.success(), "{out:?}");
    assert_inert("w3c", &out);
    let v = json(&out);
    let a = &v["first"]["items"][0];
    assert_eq!(a["creator"]["name"], reviewer);
    let bodies = a["body"].as_array().unwrap();
    assert!(bodies.iter().any(|b| b["value"] == note), "{bodies:?}");
    assert!(bodies.iter().any(|b| b["value"] == label), "{bodies:?}");
}

#[test]
fn cat_raw_is_byte_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let bytes =
        b"Titel \x1b]52;c;aGVsbG8=\x07 en \x1b[31mrood\r\nmet\ttab \xc2\x9b en \xe2\x80\xae.\n";
    let f = tmp.path().join("doc.txt");
    fs::write(&f, bytes).unwrap();
    let out = brief(tmp.path(), &["cat", "--raw", "doc.txt"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, bytes);
    // The clean text is inert on its own.
    let out = brief(tmp.path(), &["cat", "doc.txt"]);
    assert!(out.status.success(), "{out:?}");
    assert_inert("cat", &out);
}

#[test]
fn every_command_fails_when_an_input_could_not_be_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::write(
        dir.join("good.txt"),
        "Rutte sprak met de Kamer in Den Haag.\n",
    )
    .unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    let cases: [(&[&str], &str); 4] = [
        (&["outline"], ""),
        (&["entities"], ""),
        (&["search", "Rutte"], "Rutte"),
        (&["cat", "good"], "Rutte"),
    ];
    for (cmd, expect) in cases {
        // One unreadable input among good ones: what could be read is
        // printed, the unreadable one named, and the exit code is 1.
        for bad in ["empty.txt", "missing.txt"] {
            let mut args = cmd.to_vec();
            args.extend(["good.txt", bad]);
            let out = brief(dir, &args);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(&format!("brief: {bad}: ")), "{args:?}: {err}");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                text.contains(expect) && !text.is_empty(),
                "{args:?}: {text}"
            );
        }
        // Only unreadable inputs.
        if cmd[0] != "cat" {
            let mut args = cmd.to_vec();
            args.extend(["empty.txt", "missing.txt"]);
            let out = brief(dir, &args);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("brief: empty.txt: ") && err.contains("brief: missing.txt: "),
                "{args:?}: {err}"
            );
        }
        // All good: success.
        let mut args = cmd.to_vec();
        args.push("good.txt");
        let out = brief(dir, &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
    }
    let out = brief(dir, &["cat", "missing.txt"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    // A bad regex stays a usage error.
    let out = brief(dir, &["search", "--regex", "(", "good.txt", "empty.txt"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

#[test]
fn marks_commands_fail_when_an_input_could_not_be_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let docs = dir.join("docs");
    fs::create_dir(&docs).unwrap();
    fs::write(
        docs.join("good.txt"),
        "Rutte sprak met de Kamer in Den Haag.\n",
    )
    .unwrap();
    fs::write(docs.join("empty.txt"), "").unwrap();
    let m = dir.join("marks.json");
    let m = m.to_str().unwrap();
    for args in [
        &["marks", "list", "--marks", m, "docs"][..],
        &["marks", "export", "--format", "csv", "--marks", m, "docs"],
    ] {
        let out = brief(dir, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("empty.txt: the file is empty"), "{err}");
    }
}

#[test]
fn an_os_error_is_told_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::write(dir.join("good.txt"), "Rutte sprak met de Kamer.\n").unwrap();
    // The marks "file" is a folder: the read fails with EISDIR.
    fs::create_dir(dir.join("marks")).unwrap();
    let out = brief(dir, &["marks", "list", "--marks", "marks", "good.txt"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let os = std::io::Error::from_raw_os_error(21).to_string();
    assert_eq!(err.matches(&os).count(), 1, "{err}");
}

/// One line of about 2 MB with a match every few words: every match is
/// printed, each line is short (a bounded snippet, not the line), and the
/// output grows with the matches, not with matches times the line.
#[test]
fn a_search_in_one_huge_line_prints_bounded_snippets() {
    let tmp = tempfile::tempdir().unwrap();
    let words = [
        "de",
        "minister",
        "Rutte",
        "zei",
        "dat",
        "het",
        "kabinet",
        "Oekraïne",
        "steunt",
    ];
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 2_000_000 {
        text.push_str(words[(i * 5 + i / 7) % words.len()]);
        text.push(' ');
        i += 1;
    }
    let hits = text.matches("Rutte").count();
    fs::write(tmp.path().join("one.txt"), &text).unwrap();
    let out = brief(tmp.path(), &["search", "Rutte", "one.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), hits);
    // id, section, raw offsets, and at most 72 characters of snippet.
    for l in &lines {
        assert!(l.chars().count() <= 120, "{l}");
        assert!(l.contains("Rutte"), "{l}");
    }
    assert!(
        stdout.len() <= hits * 130,
        "{} bytes for {hits} hits",
        stdout.len()
    );
}

/// `brief outline` names a document without a title as the reader does, by
/// its first words, and says so; the JSON keeps the title that was found
/// (none).
#[test]
fn outline_names_an_untitled_document_by_its_first_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bericht.txt"),
        "De Verenigde Staten sturen enkele duizenden militairen naar Oost-Europa.\n\nMeer tekst.\n",
    )
    .unwrap();
    let out = brief(dir.path(), &["outline", "bericht.txt"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap();
    assert!(
        first.ends_with("De Verenigde Staten sturen enkele duizenden militairen naar… (no title: its first words)"),
        "{first}"
    );
    let out = brief(dir.path(), &["outline", "--json", "bericht.txt"]);
    assert_eq!(json(&out)["documents"][0]["title"], serde_json::Value::Null);
}
