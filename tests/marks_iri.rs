//! One source IRI for a document, whoever exports: the reader's `x` and
//! `brief marks export` name a file by the same `file://` IRI (the
//! canonical absolute path, a space as `%20`, "Oekraïne" kept), so the two
//! W3C exports of the same marks are the same bytes.

mod common;

use brief::corpus::Corpus;
use brief::marks::export::{file_iri, source_iri};
use brief::tui::{App, Theme};
use common::cli::isolated_brief;
use common::{press, screen, screen_text};
use std::fs;
use std::path::{Path, PathBuf};

const TEXT: &str = "Minister Rutte sprak in Den Haag met de Tweede Kamer over Oekraïne.\n\n\
Het kabinet steunt Oekraïne met geld en materieel.\n";

/// `dir/map met spatie/Oekraïne brief.txt`.
fn awkward_folder(dir: &Path) -> PathBuf {
    let docs = dir.join("map met spatie");
    fs::create_dir(&docs).unwrap();
    fs::write(docs.join("Oekraïne brief.txt"), TEXT).unwrap();
    docs
}

#[test]
fn a_file_iri_escapes_the_space_and_keeps_the_letters() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = awkward_folder(tmp.path());
    let corpus = Corpus::open(std::slice::from_ref(&docs));
    let id = corpus.entries[0].id().to_string();
    let iri = source_iri(&corpus, &id);
    let canonical = fs::canonicalize(docs.join("Oekraïne brief.txt")).unwrap();
    assert!(iri.starts_with("file:///"), "{iri}");
    assert!(
        iri.ends_with("/map%20met%20spatie/Oekraïne%20brief.txt"),
        "{iri}"
    );
    assert!(!iri.contains(' '), "{iri}");
    assert_eq!(iri, file_iri(&canonical));
    // A link names the file it stands for.
    #[cfg(unix)]
    {
        let link = tmp.path().join("link.txt");
        std::os::unix::fs::symlink(&canonical, &link).unwrap();
        assert_eq!(file_iri(&link), iri);
    }
    // A bundled seed has a stable name of its own, on every machine.
    let bundled = Corpus::bundled();
    let seed = bundled.entries[0].id().to_string();
    assert_eq!(
        source_iri(&bundled, &seed),
        format!("urn:brief:seed:{seed}.txt")
    );
    assert_eq!(source_iri(&bundled, "weg"), "urn:brief:doc:weg");
}

#[test]
fn the_reader_and_the_command_line_export_the_same_w3c_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = awkward_folder(tmp.path());
    let marks = tmp.path().join("marks").join("marks.json");
    fs::create_dir(marks.parent().unwrap()).unwrap();
    let brief = |args: &[&str]| {
        let out = isolated_brief(tmp.path())
            .args(args)
            .arg("--marks")
            .arg(&marks)
            .arg(&docs)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let corpus = Corpus::from_args(std::slice::from_ref(&docs));
    let id = corpus.entries[0].id().to_string();
    brief(&[
        "marks",
        "add",
        "--doc",
        &id,
        "--quote",
        "steunt Oekraïne",
        "--label",
        "vraag",
        "--note",
        "eerste regel\ntweede regel",
    ]);
    let cli = brief(&["marks", "export", "--format", "w3c"]);
    assert!(
        cli.contains("map%20met%20spatie/Oekraïne%20brief.txt"),
        "{cli}"
    );

    // The reader: x, then 3 (W3C), next to the marks file.
    let mut app = App::new(corpus, Theme::plain());
    app.open_marks(marks.clone(), "tester".into());
    press(&mut app, "x3");
    let status = screen_text(&screen(&mut app, 160, 30));
    let written: Vec<PathBuf> = fs::read_dir(marks.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonld"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}\n{status}");
    let name = written[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert!(
        status.contains(&format!("1 mark written to {name}")),
        "{status}"
    );
    let reader = fs::read_to_string(&written[0]).unwrap();
    assert_eq!(
        reader, cli,
        "the reader's export and the command line's differ"
    );
}
