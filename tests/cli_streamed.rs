//! `brief outline` and `brief search` read a corpus a slice at a time and
//! print as they go (see `brief::corpus::stream`). On a folder of more
//! documents than a slice holds, with files that cannot be read among them,
//! they print exactly what the whole corpus read at once gives, in corpus
//! order, and still name the unreadable files and fail.

mod common;

use brief::corpus::Corpus;
use brief::corpus::stream::SLICE;
use brief::outline::{CorpusOutline, outline};
use brief::search::{Query, SearchIndex};
use common::cli::isolated_brief;
use std::path::Path;

/// A folder of `2 * SLICE + 40` documents: copies of the seeds with their
/// own names and years, two files that are not text, in subfolders too.
fn big_folder(dir: &Path) -> std::path::PathBuf {
    let docs = dir.join("docs");
    std::fs::create_dir_all(docs.join("ouder")).unwrap();
    let seeds = Corpus::bundled();
    for i in 0..(2 * SLICE + 40) {
        let d = seeds.entries[i % seeds.entries.len()].doc().unwrap();
        let text = std::str::from_utf8(d.bytes()).unwrap();
        let text = text.replace("2023", &(1990 + i % 30).to_string());
        let sub = if i % 7 == 0 { "ouder/" } else { "" };
        std::fs::write(docs.join(format!("{sub}{i:04}_{}.txt", d.id)), text).unwrap();
    }
    std::fs::write(docs.join("0100_kapot.txt"), b"\x00\x01\x02binary\xff").unwrap();
    std::fs::write(docs.join("ouder/0400_leeg.txt"), b"").unwrap();
    docs
}

#[test]
fn outline_of_a_large_folder_is_the_whole_corpus_outline() {
    let dir = tempfile::tempdir().unwrap();
    let docs = big_folder(dir.path());
    let out = isolated_brief(dir.path())
        .args(["outline", "--json"])
        .arg(&docs)
        .output()
        .unwrap();
    let corpus = Corpus::open(&[docs]);
    let whole = CorpusOutline {
        documents: corpus.documents().map(outline).collect(),
    };
    let mut want = Vec::new();
    brief::output::json::to_writer_pretty(&mut want, &whole).unwrap();
    want.push(b'\n');
    assert!(whole.documents.len() > 2 * SLICE);
    assert!(
        out.stdout == want,
        "streamed outline differs from the whole"
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0100_kapot.txt"), "{stderr}");
    assert!(stderr.contains("0400_leeg.txt"), "{stderr}");
    assert!(stderr.contains("2 files could not be read"), "{stderr}");
}

#[test]
fn search_of_a_large_folder_finds_what_the_index_finds_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let docs = big_folder(dir.path());
    let out = isolated_brief(dir.path())
        .args(["search", "--json", "Oekraïne"])
        .arg(&docs)
        .output()
        .unwrap();
    assert!(!out.status.success(), "unreadable files fail the command");
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, u64, u64)> = got["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let n = |k: &str| h[k].as_u64().unwrap();
            let doc = h["doc"].as_str().unwrap().to_string();
            (doc, n("clean_start"), n("clean_end"))
        })
        .collect();
    let corpus = Corpus::open(&[docs]);
    let matcher = Query {
        text: "Oekraïne".into(),
        regex: false,
        whole_word: false,
    }
    .compile()
    .unwrap();
    let want: Vec<(String, u64, u64)> = SearchIndex::build(&corpus)
        .search_all(&corpus, &matcher, false)
        .into_iter()
        .map(|h| {
            let id = corpus.entries[h.doc].id().to_string();
            (id, h.clean.start as u64, h.clean.end as u64)
        })
        .collect();
    assert!(want.len() > 1000);
    assert_eq!(got, want);
}
