//! `brief marks list|export` after the documents changed: a mark found again
//! elsewhere is re-anchored and saved, so every export quotes the passage as
//! it reads now at its current positions (the JSON export also keeps the old
//! selectors in `previous`, the W3C one only the current selectors); a mark
//! whose passage was deleted is exported as not placed and its stored
//! selectors stay as they were.

mod common;

use common::cli::isolated_brief;
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Output;

const LETTER: &str = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal \n\
Den Haag, 3 februari 2022 \n\n\
Geachte voorzitter, \n\n\
Het kabinet heeft besloten de steun aan de missie voort te zetten. \n\
De Kamer wordt over de voortgang per brief geïnformeerd. \n\n\
Verder verwijst het kabinet u naar de beantwoording van de vragen van het lid \n\
Jansen over de inzet in het gebied. \n\n\
Verder verwijst het kabinet u naar de beantwoording van de vragen van het lid \n\
De Vries over de kosten van de missie. \n\n\
De minister, \n";

fn brief(dir: &Path, args: &[&str]) -> Output {
    isolated_brief(dir).args(args).output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn export(dir: &Path, docs: &Path, format: &str) -> String {
    ok(brief(
        dir,
        &[
            "marks",
            "export",
            "--format",
            format,
            docs.to_str().unwrap(),
        ],
    ))
}

fn json_marks(text: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(text).unwrap();
    v["marks"].as_array().unwrap().clone()
}

#[test]
fn exports_after_an_edit_quote_the_passage_as_it_is_now() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    fs::create_dir_all(&docs).unwrap();
    let file = docs.join("brief.txt");
    fs::write(&file, LETTER).unwrap();
    let d = docs.to_str().unwrap();
    let moving = "De Kamer wordt over de voortgang per brief geïnformeerd.";
    let doomed = "Jansen over de inzet in het gebied.";
    let id = ok(brief(
        tmp.path(),
        &[
            "marks", "add", "--doc", "brief", "--quote", moving, "--label", "vraag", d,
        ],
    ))
    .trim()
    .to_string();
    let gone = ok(brief(
        tmp.path(),
        &[
            "marks", "add", "--doc", "brief", "--quote", doomed, "--label", "actie", d,
        ],
    ))
    .trim()
    .to_string();
    let before = json_marks(&export(tmp.path(), &docs, "json"));
    let old = before
        .iter()
        .find(|m| m["id"] == id.as_str())
        .unwrap()
        .clone();
    assert!(old.get("previous").is_none(), "never moved: no record");

    // A sentence inserted before the marked one, a word changed in it, and
    // the paragraph of the other mark deleted.
    let edited = LETTER
        .replace(
            "Het kabinet heeft besloten",
            "Na lang overleg met de bondgenoten heeft het kabinet besloten. Het kabinet heeft besloten",
        )
        .replace("per brief geïnformeerd", "per kamerbrief geïnformeerd")
        .replace(
            "Verder verwijst het kabinet u naar de beantwoording van de vragen van het lid \nJansen over de inzet in het gebied. \n\n",
            "",
        );
    fs::write(&file, &edited).unwrap();
    let marks_file = docs.join(".brief").join("marks.json");

    let now = json_marks(&export(tmp.path(), &docs, "json"));
    let m = now.iter().find(|m| m["id"] == id.as_str()).unwrap();
    let want = "De Kamer wordt over de voortgang per kamerbrief geïnformeerd.";
    assert_eq!(m["quote"], want);
    assert_eq!(m["orphaned"], false);
    let at = edited.find(want).unwrap();
    assert_eq!(m["raw_start"], at);
    assert_eq!(m["raw_end"], at + want.len());
    assert!(m["start"].as_u64() > old["start"].as_u64());
    let prev = m["previous"]
        .as_array()
        .expect("the old selectors are kept");
    assert_eq!(prev.len(), 1);
    assert_eq!(prev[0]["quote"]["exact"], moving);
    assert_eq!(prev[0]["position"]["start"], old["start"]);
    assert_eq!(prev[0]["raw"]["start"], old["raw_start"]);

    // The deleted passage: not placed, not moved to the paragraph that
    // reads the same, and its selectors untouched.
    let g = now.iter().find(|m| m["id"] == gone.as_str()).unwrap();
    assert_eq!(g["orphaned"], true);
    assert_eq!(g["quote"], doomed);
    assert!(g.get("previous").is_none());

    // The W3C export: the current selectors, and only those.
    let w3c: Value = serde_json::from_str(&export(tmp.path(), &docs, "w3c")).unwrap();
    let items = w3c["first"]["items"].as_array().unwrap();
    let a = items
        .iter()
        .find(|a| a["id"].as_str().unwrap().ends_with(&id))
        .unwrap();
    let selectors = a["target"]["selector"].as_array().unwrap();
    assert_eq!(selectors.len(), 3);
    assert_eq!(selectors[0]["exact"], want);
    assert_eq!(selectors[1]["start"], m["start"]);
    assert_eq!(selectors[2]["start"], at);
    assert!(!a.to_string().contains("previous"));
    // Markdown quotes it as it reads now; the orphan is listed as not placed.
    let md = export(tmp.path(), &docs, "markdown");
    assert!(md.contains(&format!("> {want}")), "{md}");
    let (placed, orphans) = md.split_once("## Could not be placed").unwrap();
    assert!(orphans.contains(doomed) && !placed.contains(doomed), "{md}");

    // Saved once: a second export changes nothing and prints the same.
    let saved = fs::read(&marks_file).unwrap();
    assert_eq!(json_marks(&export(tmp.path(), &docs, "json")), now);
    assert_eq!(fs::read(&marks_file).unwrap(), saved);
}
