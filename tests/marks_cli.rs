//! `brief marks add|list|export`: the binary end to end, on the bundled
//! briefing and on a folder of documents. Every run gets its own marks file
//! and a home folder in a temp dir, so no test touches the user's files.

mod common;

use common::cli::isolated_brief;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

const DOC: &str = "000_41a71a60a2f546d1";
/// A document with headed sections.
const SECTIONED: &str = "001_db6bec3f799fe721";

struct Env {
    tmp: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            tmp: tempfile::tempdir().unwrap(),
        }
    }

    fn marks(&self) -> PathBuf {
        self.tmp.path().join("marks.json")
    }

    fn rescue_dir(&self) -> PathBuf {
        self.tmp.path().join("rescue")
    }

    fn home(&self) -> PathBuf {
        self.tmp.path().join("home")
    }

    /// `brief <args>` with HOME, the XDG folders and the rescue folder
    /// inside the temp dir.
    fn run(&self, args: &[&str]) -> Output {
        isolated_brief(self.tmp.path()).args(args).output().unwrap()
    }

    /// `brief marks <sub> <args> --marks <file>`.
    fn marks_cmd(&self, sub: &str, args: &[&str]) -> Output {
        let marks = self.marks();
        let mut all = vec!["marks", sub];
        all.extend_from_slice(args);
        all.extend(["--marks", marks.to_str().unwrap()]);
        self.run(&all)
    }

    /// Adds a mark and returns its id.
    fn add(&self, args: &[&str]) -> String {
        let out = self.marks_cmd("add", args);
        assert!(out.status.success(), "add {args:?}: {}", stderr(&out));
        let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
        assert!(!id.is_empty() && !id.contains('\n'), "one id: {id:?}");
        id
    }

    fn list_json(&self, paths: &[&str]) -> Vec<serde_json::Value> {
        let mut args = vec!["--json"];
        args.extend_from_slice(paths);
        let out = self.marks_cmd("list", &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["marks"].as_array().unwrap().clone()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn by_id<'a>(marks: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    marks
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no mark {id} in {marks:?}"))
}

#[test]
fn two_adds_then_list_shows_both() {
    let env = Env::new();
    let a = env.add(&["--doc", DOC, "--quote", "Rutte", "--label", "check"]);
    let b = env.add(&[
        "--doc",
        DOC,
        "--quote",
        "robuust sanctiepakket",
        "--label",
        "fact",
        "--note",
        "source?",
        "--reviewer",
        "anna",
    ]);
    assert_ne!(a, b);
    let marks = env.list_json(&[]);
    assert_eq!(marks.len(), 2, "{marks:?}");
    let ma = by_id(&marks, &a);
    assert_eq!(ma["doc"], DOC);
    assert_eq!(ma["label"], "check");
    assert_eq!(ma["note"], "");
    assert_eq!(ma["reviewer"], "tester", "from $BRIEF_REVIEWER");
    assert_eq!(ma["quote"], "Rutte");
    assert_eq!(ma["orphaned"], false);
    assert_eq!(
        ma["end"].as_u64().unwrap() - ma["start"].as_u64().unwrap(),
        5
    );
    assert!(ma["raw_end"].as_u64() > ma["raw_start"].as_u64());
    for key in ["created", "modified", "section"] {
        assert!(ma.get(key).is_some(), "{key} in {ma}");
    }
    let mb = by_id(&marks, &b);
    assert_eq!(mb["reviewer"], "anna", "--reviewer wins");
    assert_eq!(mb["note"], "source?");
    assert_eq!(mb["quote"], "robuust sanctiepakket");

    // The table: a header, one row per mark.
    let out = env.marks_cmd("list", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.lines().next().unwrap().starts_with("ID"), "{table}");
    assert!(table.contains(&a) && table.contains(&b), "{table}");
    assert!(table.contains("robuust sanctiepakket"), "{table}");
    assert!(!table.contains("ORPHANED"), "{table}");

    // Only the --marks file was written: nothing in the home folder.
    assert!(!env.home().exists(), "the home folder was touched");
}

#[test]
fn occurrence_picks_a_later_match() {
    let env = Env::new();
    let first = env.add(&["--doc", DOC, "--quote", "Rutte", "--label", "l"]);
    let second = env.add(&[
        "--doc",
        DOC,
        "--quote",
        "Rutte",
        "--occurrence",
        "2",
        "--label",
        "l",
    ]);
    let marks = env.list_json(&[]);
    let (s1, s2) = (
        by_id(&marks, &first)["start"].as_u64().unwrap(),
        by_id(&marks, &second)["start"].as_u64().unwrap(),
    );
    assert!(s2 > s1, "occurrence 2 at {s2}, the first at {s1}");

    let out = env.marks_cmd(
        "add",
        &[
            "--doc",
            DOC,
            "--quote",
            "Rutte",
            "--occurrence",
            "999",
            "--label",
            "l",
        ],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("999"), "{}", stderr(&out));
    assert_eq!(env.list_json(&[]).len(), 2);
}

#[test]
fn a_quote_or_document_not_found_fails_and_writes_nothing() {
    let env = Env::new();
    let out = env.marks_cmd(
        "add",
        &["--doc", DOC, "--quote", "geen zulke tekst", "--label", "l"],
    );
    assert!(!out.status.success());
    assert!(stdout(&out).is_empty(), "no id printed");
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
    assert!(!env.marks().exists());

    let out = env.marks_cmd(
        "add",
        &["--doc", "nope", "--quote", "Rutte", "--label", "l"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("nope"), "{}", stderr(&out));
    assert!(!env.marks().exists());
}

#[test]
fn export_in_every_format() {
    let env = Env::new();
    let a = env.add(&[
        "--doc",
        SECTIONED,
        "--quote",
        "Shmyhal",
        "--label",
        "check",
        "--note",
        "spelling, \"Sjmyhal\"?",
    ]);
    let b = env.add(&["--doc", DOC, "--quote", "MH17", "--label", "fact"]);

    let export = |format: &str| -> String {
        let out = env.marks_cmd("export", &["--format", format]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        stdout(&out)
    };

    let md = export("markdown");
    // Ids need not appear in the Markdown; the passages and labels do.
    for needle in ["Shmyhal", "MH17", "check", "fact"] {
        assert!(md.contains(needle), "markdown lacks {needle}:\n{md}");
    }

    let json: serde_json::Value = serde_json::from_str(&export("json")).unwrap();
    let text = json.to_string();
    for needle in [a.as_str(), b.as_str(), "Shmyhal", "MH17"] {
        assert!(text.contains(needle), "json lacks {needle}: {text}");
    }

    let w3c: serde_json::Value = serde_json::from_str(&export("w3c")).unwrap();
    let text = w3c.to_string();
    for needle in [a.as_str(), b.as_str(), "Shmyhal", "MH17"] {
        assert!(text.contains(needle), "w3c lacks {needle}: {text}");
    }
    assert!(
        text.contains(&format!("urn:brief:seed:{DOC}.txt")),
        "bundled source IRI: {text}"
    );

    let csv = export("csv");
    assert!(csv.lines().count() >= 3, "a header and two rows:\n{csv}");
    for needle in [a.as_str(), b.as_str(), "Shmyhal", "MH17"] {
        assert!(csv.contains(needle), "csv lacks {needle}:\n{csv}");
    }

    let out = env.marks_cmd("export", &["--format", "pdf"]);
    assert!(!out.status.success());
}

/// A folder of documents: marks default to `<folder>/.brief/marks.json`, the
/// W3C source is a file URL, and a mark whose passage is gone is orphaned.
#[test]
fn a_folder_corpus_keeps_its_marks_beside_it() {
    let env = Env::new();
    let folder = env.tmp.path().join("my briefing");
    fs::create_dir(&folder).unwrap();
    let doc = folder.join("brief.txt");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(format!("{DOC}.txt"));
    fs::copy(&seed, &doc).unwrap();
    let folder_arg = folder.to_str().unwrap();

    let out = env.run(&[
        "marks",
        "add",
        "--doc",
        "brief",
        "--quote",
        "cyberaanvallen",
        "--label",
        "l",
        folder_arg,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    let file = folder.join(".brief").join("marks.json");
    assert!(fs::read_to_string(&file).unwrap().contains(&id));

    // A path as --doc, no corpus named: the file's folder is the corpus.
    let out = env.run(&[
        "marks",
        "add",
        "--doc",
        doc.to_str().unwrap(),
        "--quote",
        "Zelensky",
        "--label",
        "l",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let by_path = stdout(&out).trim().to_string();
    assert!(fs::read_to_string(&file).unwrap().contains(&by_path));

    let out = env.run(&["marks", "export", "--format", "w3c", folder_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let w3c = stdout(&out);
    serde_json::from_str::<serde_json::Value>(&w3c).unwrap();
    assert!(w3c.contains("file:///"), "{w3c}");
    assert!(w3c.contains("my%20briefing/brief.txt"), "{w3c}");

    // The document is rewritten completely: the mark has nowhere to go.
    fs::write(
        &doc,
        "Een heel andere tekst over de begroting van het Rijk.\n\nNiets meer over Kiev.\n",
    )
    .unwrap();
    let out = env.run(&["marks", "list", "--json", folder_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed = v["marks"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(|m| m["orphaned"] == true), "{v}");
    assert!(listed.iter().any(|m| m["id"] == id.as_str()));
    let out = env.run(&["marks", "list", folder_arg]);
    assert!(stdout(&out).contains("ORPHANED"), "{}", stdout(&out));
}

#[test]
fn a_corrupt_marks_file_is_left_untouched() {
    let env = Env::new();
    let corrupt = b"{\"version\": 1, \"marks\": [\n{\"id\": oops}\n]}\n";
    fs::write(env.marks(), corrupt).unwrap();
    let out = env.marks_cmd("add", &["--doc", DOC, "--quote", "Rutte", "--label", "l"]);
    assert!(!out.status.success());
    assert!(stdout(&out).is_empty(), "no id printed");
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    assert_eq!(fs::read(env.marks()).unwrap(), corrupt);

    for sub in ["list", "export"] {
        let args: &[&str] = if sub == "export" {
            &["--format", "json"]
        } else {
            &[]
        };
        let out = env.marks_cmd(sub, args);
        assert!(!out.status.success(), "{sub}");
        assert_eq!(fs::read(env.marks()).unwrap(), corrupt);
    }

    let future = b"{\"version\": 99, \"marks\": []}\n";
    fs::write(env.marks(), future).unwrap();
    let out = env.marks_cmd("add", &["--doc", DOC, "--quote", "Rutte", "--label", "l"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("99"), "{}", stderr(&out));
    assert_eq!(fs::read(env.marks()).unwrap(), future);
}

#[test]
fn a_blank_label_is_refused() {
    let env = Env::new();
    for label in ["", "  ", "\t \n"] {
        let out = env.marks_cmd("add", &["--doc", DOC, "--quote", "Rutte", "--label", label]);
        assert!(!out.status.success(), "{label:?} was accepted");
        assert!(stderr(&out).contains("label is empty"), "{}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
    assert!(!env.marks().exists(), "nothing written");
}

/// Two marks made in a scratch marks file, written as a rescue file that
/// belongs to `owner` (as the reader does when it cannot save): its path.
fn rescue_two_marks(env: &Env, owner: &Path) -> PathBuf {
    use brief::marks::rescue::{RescuePlan, write};
    use brief::marks::store::MarkStore;
    let scratch = env.tmp.path().join("scratch.json");
    for quote in ["Rutte", "MH17"] {
        let out = env.run(&[
            "marks",
            "add",
            "--doc",
            DOC,
            "--quote",
            quote,
            "--label",
            "vraag",
            "--marks",
            scratch.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let store = MarkStore::open(&scratch).unwrap();
    let plan = RescuePlan {
        name: format!("brief-rescue-test-{}.json", store.marks().len()),
        folders: vec![env.rescue_dir()],
    };
    write(&plan, owner, &store.marks(), Some("disk full")).unwrap()
}

#[test]
fn rescued_marks_are_listed_and_merged_back_then_the_rescue_file_goes() {
    let env = Env::new();
    let rescue = rescue_two_marks(&env, &env.marks());
    assert!(rescue.starts_with(env.rescue_dir()));

    // `marks rescued` finds it, with its count and its marks file.
    let out = env.run(&["marks", "rescued"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(rescue.to_str().unwrap()), "{text}");
    assert!(text.contains("2 marks"), "{text}");
    assert!(text.contains(env.marks().to_str().unwrap()), "{text}");
    let out = env.run(&["marks", "rescued", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rescued"][0]["marks"], 2, "{v}");
    assert_eq!(v["rescued"][0]["reason"], "disk full", "{v}");

    // A rescue file is a marks file: `list --marks` reads it.
    let out = env.run(&[
        "marks",
        "list",
        "--json",
        "--marks",
        rescue.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["marks"].as_array().unwrap().len(), 2);

    // The marks file it names already holds a mark of its own.
    let own = env.add(&["--doc", DOC, "--quote", "Oekraïne", "--label", "actie"]);
    let out = env.run(&["marks", "merge", rescue.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("merged 2 of 2 marks"), "{said}");
    assert!(said.contains("removed"), "{said}");
    assert!(
        !rescue.exists(),
        "the rescue file goes once the marks are saved"
    );
    let marks = env.list_json(&[]);
    assert_eq!(marks.len(), 3);
    by_id(&marks, &own);
    assert_eq!(
        marks.iter().filter(|m| m["label"] == "vraag").count(),
        2,
        "{marks:?}"
    );
    let out = env.run(&["marks", "rescued"]);
    assert!(stdout(&out).contains("no rescue files"), "{}", stdout(&out));
}

#[test]
fn a_merge_that_cannot_save_keeps_the_rescue_file() {
    let env = Env::new();
    // The marks file it names cannot be written: a file where its folder
    // should be (this fails for root too).
    let blocker = env.tmp.path().join("blocked");
    fs::write(&blocker, b"a file, not a folder").unwrap();
    let owner = blocker.join("marks.json");
    let rescue = rescue_two_marks(&env, &owner);
    let out = env.run(&["marks", "merge", rescue.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("is kept"), "{err}");
    assert!(rescue.exists(), "kept when the save failed");
    // --marks puts them elsewhere; then it goes.
    let out = env.run(&[
        "marks",
        "merge",
        rescue.to_str().unwrap(),
        "--marks",
        env.marks().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!rescue.exists());
    assert_eq!(env.list_json(&[]).len(), 2);
}

#[test]
fn merging_a_plain_marks_file_leaves_it_in_place() {
    let env = Env::new();
    let _ = rescue_two_marks(&env, &env.marks());
    let scratch = env.tmp.path().join("scratch.json");
    let before = fs::read(&scratch).unwrap();
    let out = env.marks_cmd("merge", &[scratch.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("not a rescue file"),
        "{}",
        stdout(&out)
    );
    assert_eq!(fs::read(&scratch).unwrap(), before);
    assert_eq!(env.list_json(&[]).len(), 2);
    // Merging a file into itself is refused.
    let out = env.run(&[
        "marks",
        "merge",
        scratch.to_str().unwrap(),
        "--marks",
        scratch.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("the marks file itself"),
        "{}",
        stderr(&out)
    );
}

/// A mark in a PDF anchors to its text layer as to a text file, records the
/// page, and leaves the folder holding the PDF as it was (the marks file is
/// elsewhere).
#[test]
fn a_mark_in_a_pdf_records_its_page() {
    let env = Env::new();
    let folder = env.tmp.path().join("pdfs");
    fs::create_dir(&folder).unwrap();
    let pdf = folder.join("letter.pdf");
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf/ienw-circulaire-economie-2023.pdf");
    fs::copy(&src, &pdf).unwrap();
    let pdf_arg = pdf.to_str().unwrap();
    let on_page_5 = env.add(&[
        "--doc",
        pdf_arg,
        "--quote",
        "Bij het opstellen van het NPCE",
        "--label",
        "data",
    ]);
    let on_page_1 = env.add(&[
        "--doc",
        pdf_arg,
        "--quote",
        "Met deze Kamerbrief bied ik u",
        "--label",
        "opening",
    ]);
    let marks = env.list_json(&[pdf_arg]);
    for (id, page) in [(&on_page_5, 5), (&on_page_1, 1)] {
        let m = by_id(&marks, id);
        assert_eq!(m["page"], page, "{m}");
        assert_eq!(m["orphaned"], false, "{m}");
        // The raw offsets are the text layer's, as `cat --raw` prints it.
        let raw = env.run(&["cat", "--raw", pdf_arg]);
        let layer = String::from_utf8(raw.stdout).unwrap();
        let (a, b) = (
            m["raw_start"].as_u64().unwrap() as usize,
            m["raw_end"].as_u64().unwrap() as usize,
        );
        assert!(
            layer[a..b].starts_with(m["quote"].as_str().unwrap().split(' ').next().unwrap()),
            "{}",
            &layer[a..b]
        );
    }
    let names: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("letter.pdf")]);
    assert_eq!(fs::read(&pdf).unwrap(), fs::read(&src).unwrap());
}
