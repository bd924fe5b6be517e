//! `brief entities`: the JSON a script reads (every mention with raw byte
//! offsets into the original file), the user's gazetteer file next to a
//! corpus, and the warning a bad or unreadable one gives (the bundled
//! gazetteer is used then, as in the reader).

mod common;
use brief::corpus::{Entry, load_bytes};
use brief::document::Origin;
use common::squeeze;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// Runs brief with a config directory of its own, so a user's real
/// gazetteer file never leaks into a test.
fn brief(args: &[&str], config: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("HOME", config)
        .output()
        .expect("run brief")
}

#[test]
fn json_mentions_point_at_their_raw_bytes() {
    let config = tempfile::tempdir().unwrap();
    let out = brief(&["entities", "--json"], config.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut checked = 0;
    let mut boilerplate = 0;
    for d in docs {
        let id = d["id"].as_str().unwrap();
        let raw = std::fs::read(seeds.join(format!("{id}.txt"))).unwrap();
        for m in d["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["raw_start"].as_u64().unwrap() as usize,
                m["raw_end"].as_u64().unwrap() as usize,
            );
            let text = m["text"].as_str().unwrap();
            let original = String::from_utf8_lossy(&raw[s..e]);
            assert_eq!(squeeze(&original), squeeze(text), "{id} {m}");
            assert!(
                ["PER", "ORG", "LOC", "DATE", "MONEY", "REF", "MISC"]
                    .contains(&m["type"].as_str().unwrap())
            );
            assert!(m["entity"].as_str().unwrap().contains(':'));
            boilerplate += usize::from(m["boilerplate"].as_bool().unwrap());
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} mentions");
    assert!(boilerplate > 0, "mentions in folded chrome are flagged");
    let entities = v["entities"].as_array().unwrap();
    let rutte = entities
        .iter()
        .find(|e| e["id"] == "per:mark-rutte")
        .expect("Mark Rutte");
    assert_eq!(rutte["type"], "PER");
    assert!(rutte["mentions"].as_u64().unwrap() >= 20);
    let aliases: Vec<&str> = rutte["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(aliases.contains(&"Rutte"), "{aliases:?}");
}

#[test]
fn a_corpus_gazetteer_extends_and_a_bad_one_is_named_and_passed_over() {
    let config = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("brief.txt"),
        "Den Haag, 1 maart 2024\n\nGisteren sprak Kees Zwartkruis met de Stichting Vrije Polder over de Veluwe.\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join(".brief")).unwrap();
    let user = dir.path().join(".brief/entities.toml");
    std::fs::write(
        &user,
        "version = 1\n\n[[entity]]\nname = \"Kees Zwartkruis\"\ntype = \"PER\"\ngiven = \"Kees\"\nsurname = \"Zwartkruis\"\ndescription = \"directeur\"\n",
    )
    .unwrap();
    let folder = dir.path().to_str().unwrap();
    let out = brief(&["entities", "--json", folder], config.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kees = |v: &Value| {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == "Kees Zwartkruis")
            .cloned()
    };
    let user_kees = kees(&v).expect("the user's entity");
    assert_eq!(user_kees["id"], "per:kees-zwartkruis");
    assert_eq!(user_kees["description"], "directeur");

    std::fs::write(
        &user,
        "version = 1\n\n[[entity]]\nname = \"Kees Zwartkruis\"\ntype = \"PERSON\"\n",
    )
    .unwrap();
    let out = brief(&["entities", "--json", folder], config.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.starts_with("brief: "), "{err}");
    assert!(err.contains("entities.toml, line 5"), "{err}");
    assert!(err.contains("PERSON"), "{err}");
    // The bundled gazetteer alone: the user's description is gone.
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        kees(&v).is_none_or(|k| k["description"] != "directeur"),
        "{v}"
    );
}

#[test]
fn an_unreadable_user_gazetteer_is_a_warning_and_the_bundled_one_is_used() {
    let home = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path())
            .env("BRIEF_CONFIG_DIR", config.path())
            .output()
            .expect("run brief")
    };
    let bundled = run(&["entities", "--json"]);
    assert!(bundled.status.success());
    assert!(bundled.stderr.is_empty(), "{:?}", bundled.stderr);

    // Not UTF-8: the file is there but cannot be read as text.
    let user = config.path().join("entities.toml");
    std::fs::write(&user, b"version = 1\n\n[[entity]]\nname = \"K\xe9es\"\n").unwrap();
    let out = run(&["entities", "--json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("brief: "), "{err}");
    assert!(
        err.contains(&format!("{}: cannot be read", user.display())),
        "{err}"
    );
    assert_eq!(
        out.stdout, bundled.stdout,
        "the bundled gazetteer's entities"
    );

    // The exit status is the inputs' own: a missing file still fails it.
    let out = run(&["entities", "--json", "no-such-file.txt"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot be read"), "{err}");
    assert!(err.contains("no-such-file.txt"), "{err}");
}

/// `brief entities` lets go of the sources (`Document::release_source`):
/// every clean range must map to the raw offsets it mapped to before.
#[test]
fn a_released_source_maps_clean_ranges_as_before() {
    // A UTF-8 letter with a hyphen undone, a footnote and diacritics,
    // and one with a byte-order mark (which keeps its bytes).
    let letter =
        "Geachte voorzitter,\n\nDe reisad-\nviezen voor Oekraïne1 blijven.\n\n1 Zie de brief.\n";
    for bytes in [
        letter.as_bytes().to_vec(),
        [b"\xEF\xBB\xBF", letter.as_bytes()].concat(),
    ] {
        let Entry::Doc(mut d) = load_bytes("x".into(), Origin::Stdin, bytes.clone()) else {
            panic!("not read");
        };
        let n = d.clean.len();
        let ranges: Vec<_> = (0..=n)
            .flat_map(|a| (a..=n).map(move |b| a..b))
            .filter(|r| d.clean.is_char_boundary(r.start) && d.clean.is_char_boundary(r.end))
            .collect();
        let before: Vec<_> = ranges.iter().map(|r| d.raw_range(r.clone())).collect();
        let clean = d.clean.clone();
        d.release_source();
        let after: Vec<_> = ranges.iter().map(|r| d.raw_range(r.clone())).collect();
        assert_eq!(before, after);
        assert_eq!(d.clean, clean);
        assert_eq!(d.raw_len(), bytes.len());
    }
}
