//! The cross-references as they were first written, plainly, kept as the
//! oracles of the compact ones (tests only): the related passages with
//! their postings in a `Vec` per term ([`related`]), the duplicates with
//! every shingle pair sorted at once ([`duplicates`]), the timeline built
//! on one thread and sorted stably. The tests below hold the index, the
//! duplicates and the timeline to them, result for result and bit for bit,
//! on the seeds, the fixtures and copies of the seeds changed line by line,
//! on one thread and on three.

mod duplicates;
mod related;

use crate::corpus::{Corpus, load_bytes};
use crate::crossref::duplicates as compact_duplicates;
use crate::crossref::related::{RelatedIndex, is_passage};
use crate::crossref::timeline::{self, TimelineEntry};
use crate::document::Origin;
use crate::entities::{EntityIndex, Recogniser};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The timeline on one thread, sorted stably.
fn plain_timeline(corpus: &Corpus, entities: &EntityIndex) -> Vec<TimelineEntry> {
    let mut out = Vec::new();
    for (d, entry) in corpus.entries.iter().enumerate() {
        let Some(doc) = entry.doc() else { continue };
        let found = timeline::date_mentions(doc, d, entities);
        out.extend(timeline::resolve(doc, d, &found));
    }
    out.sort_by_key(|e| (e.sort_key, e.doc, e.mention.start));
    out
}

/// Ranges to ask related passages for: every passage, every section, a
/// position a third in and a range cutting characters, of every document.
fn queries(corpus: &Corpus) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    for (d, entry) in corpus.entries.iter().enumerate() {
        let Some(doc) = entry.doc() else { continue };
        for b in doc.blocks.iter().filter(|b| is_passage(b.kind)) {
            out.push((d, b.clean.clone()));
        }
        for s in &doc.sections {
            let first = doc.blocks.get(s.blocks.start);
            let last = s.blocks.end.checked_sub(1).and_then(|l| doc.blocks.get(l));
            if let (Some(f), Some(l)) = (first, last) {
                out.push((d, f.clean.start..l.clean.end));
            }
        }
        let n = doc.clean.len();
        out.push((d, n / 3..n / 3));
        out.push((d, n / 4 + 1..n / 2 + 1));
    }
    out
}

/// Builds everything on `threads` threads and holds it to the plain versions.
fn same_as_plain(corpus: &Corpus, threads: usize) {
    let entities = EntityIndex::build(corpus, &Recogniser::bundled());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    let (index, dups, parted, entries) = pool.install(|| {
        (
            RelatedIndex::build(corpus, &entities),
            compact_duplicates::find(corpus),
            // Many small parts, so that the shingles are taken in several.
            compact_duplicates::find_in_parts(corpus, 16 << 10),
            timeline::build(corpus, &entities),
        )
    });
    let plain = related::PlainIndex::build(corpus, &entities);
    assert_eq!(index.len(), plain.len());
    let mut results = 0;
    for (d, range) in queries(corpus) {
        let got = index.related(corpus, d, range.clone(), 20);
        let want = plain.related(corpus, d, range.clone(), 20);
        assert_eq!(got, want, "related to {d} {range:?}");
        results += got.len();
    }
    assert!(results > 0, "something is related");
    let plain_dups = duplicates::find(corpus);
    assert_eq!(dups, plain_dups);
    assert_eq!(parted, plain_dups, "in parts");
    assert_eq!(entries, plain_timeline(corpus, &entities));
}

fn fixtures() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the fixtures")
        .map(|e| e.expect("a fixture").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.push(dir.join("corpus"));
    Corpus::open(&paths)
}

/// Eight copies of every seed: the first as it is, the others with the
/// words of some lines turned round (new shingles, the same terms), the
/// last word of others dropped, and their years moved.
fn changed_copies() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the seeds")
        .map(|e| e.expect("a seed").path())
        .collect();
    seeds.sort();
    let mut entries = Vec::new();
    for k in 0..8usize {
        for path in &seeds {
            let text = std::fs::read_to_string(path).expect("a seed's text");
            let text = if k == 0 {
                text
            } else {
                changed(&text, k).replace("2022", &(2014 + k).to_string())
            };
            let id = format!("{k}-{}", path.file_stem().unwrap().to_string_lossy());
            entries.push(load_bytes(
                id.clone(),
                Origin::Bundled(format!("{id}.txt")),
                text.into_bytes(),
            ));
        }
    }
    Corpus {
        entries,
        root: None,
    }
}

fn changed(text: &str, k: usize) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let mut words: Vec<&str> = line.split(' ').collect();
        if (i * 7 + k * 3).is_multiple_of(5) && words.len() >= 6 {
            let by = k % words.len();
            words.rotate_left(by);
        } else if (i + k).is_multiple_of(11) && words.len() >= 2 {
            words.pop();
        }
        out.push_str(&words.join(" "));
        out.push('\n');
    }
    out
}

#[test]
fn the_seeds_give_what_the_plain_versions_give() {
    let corpus = Corpus::bundled();
    same_as_plain(&corpus, 1);
    same_as_plain(&corpus, 3);
}

#[test]
fn the_fixtures_give_what_the_plain_versions_give() {
    let corpus = fixtures();
    assert!(corpus.entries.len() > 50);
    same_as_plain(&corpus, 2);
}

#[test]
fn changed_copies_give_what_the_plain_versions_give() {
    let corpus = changed_copies();
    let dups = compact_duplicates::find(&corpus);
    assert!(dups.len() > 100, "copies are duplicates: {}", dups.len());
    same_as_plain(&corpus, 1);
    same_as_plain(&corpus, 3);
}

/// Three hundred notes with one paragraph in every one (a formula: more
/// blocks than a shingle may be in), each with a sentence of its own and
/// every tenth with the next one's paragraph copied.
#[test]
fn formulas_are_left_out_as_the_plain_version_leaves_them() {
    const FORMULA: &str = "Deze notitie is opgesteld in het kader van de periodieke \
        rapportage aan de Tweede Kamer over de voortgang van het programma.";
    let own = |i: usize| {
        format!(
            "Het overleg nummer {i} ging over de {} van de provincie {} en de gemeente {}.",
            ["dijken", "wegen", "scholen", "havens", "bossen"][i % 5],
            ["Utrecht", "Zeeland", "Drenthe", "Limburg"][i % 4],
            ["Ede", "Oss", "Epe", "Ulft", "Baarn", "Tiel", "Zeist"][i % 7]
        )
    };
    let entries = (0..300usize)
        .map(|i| {
            let copied = if i.is_multiple_of(10) {
                own(i + 1)
            } else {
                String::new()
            };
            let text = format!("Notitie {i}\n\n{FORMULA}\n\n{}\n\n{copied}\n", own(i));
            let id = format!("n{i}");
            load_bytes(
                id.clone(),
                Origin::Bundled(format!("{id}.txt")),
                text.into_bytes(),
            )
        })
        .collect();
    let corpus = Corpus {
        entries,
        root: None,
    };
    let dups = compact_duplicates::find(&corpus);
    assert_eq!(dups, duplicates::find(&corpus));
    assert_eq!(
        compact_duplicates::find_in_parts(&corpus, 4 << 10),
        dups,
        "in parts"
    );
    assert!(!dups.is_empty(), "the copied paragraphs");
    let doc = |d: usize| corpus.entries[d].doc().expect("a note");
    assert!(
        dups.iter()
            .all(|x| !doc(x.a.0).clean[x.a.1.clone()].contains("periodieke")),
        "the formula is no duplicate"
    );
}
