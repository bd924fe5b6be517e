//! Real parliamentary documents (`tests/fixtures/corpus/`, see SOURCES.md
//! there) as extractors leave them: two Kamervragen and two Kamerbrieven in
//! pdftotext, layout and interleaved forms. Every stage runs on them without
//! a panic, through the library and through the real binary; the first of
//! them used to make `brief entities` panic on "Vergaderjaar 2023–2024".

use brief::corpus::Corpus;
use brief::crossref::{RelatedIndex, duplicates, timeline};
use brief::entities::{EntityIndex, Recogniser};
use brief::outline::{clean_text, outline, outline_text};
use brief::search::{Query, SearchIndex, section_title, snippet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn corpus() -> Corpus {
    let c = Corpus::open(&[folder()]);
    let texts = std::fs::read_dir(folder())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert!(texts >= 5);
    assert_eq!(c.entries.len(), texts, "every fixture text");
    assert!(c.entries.iter().all(|e| e.doc().is_some()));
    c
}

#[test]
fn outline_entities_search_and_cross_references_run_on_real_documents() {
    let corpus = corpus();
    for d in corpus.documents() {
        let o = outline(d);
        assert!(!outline_text(&o).is_empty());
        assert!(!clean_text(d, true, Some(72)).is_empty());
    }
    let index = EntityIndex::build(&corpus, &Recogniser::bundled());
    let (contained, failed) = EntityIndex::build_contained(&corpus, &Recogniser::bundled());
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(contained.docs, index.docs);
    for (i, e) in corpus.entries.iter().enumerate() {
        let d = e.doc().unwrap();
        assert!(!index.mentions(i).is_empty(), "{}: no mentions", d.id);
        for m in index.mentions(i) {
            assert!(d.clean.get(m.clean.clone()).is_some(), "{:?}", m.clean);
            assert!(
                d.raw_range(m.clean.clone())
                    .is_some_and(|r| r.end <= d.bytes().len())
            );
        }
    }
    let search = SearchIndex::build(&corpus);
    for q in [
        Query::literal("kamer"),
        Query::literal("–"),
        Query {
            text: "[0-9]{4}–[0-9]{4}".into(),
            regex: true,
            whole_word: false,
        },
        Query {
            text: "Vergaderjaar".into(),
            regex: false,
            whole_word: true,
        },
    ] {
        let m = q.compile().unwrap();
        for h in search.search_all(&corpus, &m, true) {
            let d = corpus.entries[h.doc].doc().unwrap();
            assert!(d.clean.get(h.clean.clone()).is_some());
            let _ = snippet(d, &h.clean, 72);
            let _ = section_title(d, h.clean.start);
        }
    }
    let related = RelatedIndex::build(&corpus, &index);
    for (i, e) in corpus.entries.iter().enumerate() {
        let d = e.doc().unwrap();
        for b in &d.blocks {
            let _ = related.related(&corpus, i, b.clean.clone(), 3);
        }
    }
    let _ = duplicates::find(&corpus);
    assert!(!timeline::build(&corpus, &index).is_empty());
}

fn brief(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .arg(folder())
        .output()
        .expect("brief runs")
}

#[test]
fn the_binary_reads_real_documents_without_a_panic() {
    for args in [
        &["entities"][..],
        &["entities", "--json"],
        &["outline", "--json"],
        &["search", "kamer"],
    ] {
        let out = brief(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "brief {args:?}: {:?}\n{stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "brief {args:?}: {stderr}");
        assert!(!out.stdout.is_empty(), "brief {args:?} printed nothing");
    }
}
