//! A search of all documents on the workers ([`Sweeper`]) finds exactly
//! what the whole corpus folded at once ([`SearchIndex`], the index the
//! reader held before) finds: the same first hits, in document then text
//! order, and the same count, whatever the chunks, the number of workers,
//! the limit, the first document searched and the folded views handed in.
//! Corpora are generated: short paragraphs of Dutch words with diacritics,
//! capitals, ligatures and combining marks, some empty (an entry that is
//! no document), with seeds among them (letters, and news with folded
//! furniture); queries literal, regular, whole-word or with a capital.

mod common;

use brief::corpus::Corpus;
use brief::search::{FoldedText, Hit, Query, SearchIndex, Sweep, SweepJob, SweepProgress, Sweeper};
use proptest::prelude::*;
use std::sync::Arc;

const WORDS: &[&str] = &[
    "de",
    "De",
    "kamer",
    "Kamer",
    "KAMER",
    "Oekraïne",
    "oekraine",
    "geëist",
    "ﬁnanciën",
    "NAVO",
    "navo",
    "Rutte",
    "e\u{0308}e",
    "1998",
    "2023",
    "brief",
    "Groß",
    "straẞe",
    "café",
    "Lees",
    "meer",
    "Nieuws",
    "MH17",
];

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..12).prop_map(|w| w.join(" "))
}

/// A text of paragraphs (none: an empty file, which is no document).
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(paragraph(), 0..6).prop_map(|ps| ps.join("\n\n"))
}

fn query() -> impl Strategy<Value = Query> {
    (prop::sample::select(WORDS), 0..4u8).prop_map(|(w, kind)| match kind {
        0 => Query::literal(w),
        1 => Query {
            text: w.into(),
            regex: false,
            whole_word: true,
        },
        2 => Query {
            text: format!(
                "{}[a-z]*",
                regex::escape(&w[..w.char_indices().nth(1).map_or(w.len(), |(i, _)| i)])
            ),
            regex: true,
            whole_word: false,
        },
        _ => Query::literal(w.to_uppercase()),
    })
}

fn finish(sweep: &Sweep) -> (Vec<Hit>, SweepProgress) {
    let mut hits = Vec::new();
    for _ in 0..60_000 {
        let p = sweep.take(&mut hits);
        if p.done {
            return (hits, p);
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    panic!("the search never finished");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_workers_find_what_the_whole_corpus_folded_finds(
        texts in prop::collection::vec(text(), 1..10),
        q in query(),
        include_folded in any::<bool>(),
        limit in 0..30usize,
        chunk_bytes in 1..400usize,
        threads in 1..4usize,
        first in 0..14usize,
        held in prop::collection::vec(any::<bool>(), 16),
        seeds in prop::collection::vec((0..5usize, 0..10usize), 0..3),
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut corpus = common::corpus_of(&refs);
        // Seeds among them: letters and news with folded furniture.
        let mut bundled: Vec<Option<_>> = Corpus::bundled().entries.into_iter().map(Some).collect();
        for (seed, at) in seeds {
            if let Some(entry) = bundled[seed].take() {
                let at = at.min(corpus.entries.len());
                corpus.entries.insert(at, entry);
            }
        }
        let corpus = Arc::new(corpus);
        let Ok(m) = q.compile() else { return Ok(()) };
        let n = corpus.entries.len();
        let first = first.min(n);
        let index = SearchIndex::build(&corpus);
        let mut want: Vec<Hit> = (first..n)
            .flat_map(|d| index.search_doc(&corpus, d, &m, include_folded))
            .collect();
        let total = want.len();
        want.truncate(limit);
        // Views handed in for some documents, and a view of another text
        // (which must not be searched in its place).
        let mut views: Vec<(usize, Arc<FoldedText>)> = (0..n)
            .filter(|&d| held[d])
            .filter_map(|d| Some((d, Arc::new(FoldedText::new(&corpus.entries[d].doc()?.clean)))))
            .collect();
        views.push((first, Arc::new(FoldedText::new("kamer Kamer de navo, niet dit document"))));
        let mut sweeper = Sweeper::with_chunk_bytes(threads, chunk_bytes);
        let sweep = sweeper.start(SweepJob {
            corpus: corpus.clone(),
            matcher: m,
            include_folded,
            limit,
            docs: first..n,
            views,
        });
        let (hits, p) = finish(&sweep);
        prop_assert_eq!(hits, want);
        prop_assert_eq!(p.matches, total);
        prop_assert_eq!((p.searched, p.of, p.failed), (n - first, n - first, 0));
    }
}

/// The bundled briefing with every document's view handed in, and with
/// none: the same as the index, over the limit and under it.
#[test]
fn the_bundled_briefing_as_the_index_finds_it() {
    let corpus = Arc::new(Corpus::bundled());
    let index = SearchIndex::build(&corpus);
    let mut sweeper = Sweeper::default();
    for text in ["oekraine", "Rutte", "de", "MH17"] {
        let m = Query::literal(text).compile().unwrap();
        for limit in [0, 10, usize::MAX] {
            for views in [
                Vec::new(),
                (0..5)
                    .map(|d| (d, Arc::new(index.folded(d).unwrap().clone())))
                    .collect(),
            ] {
                let sweep = sweeper.start(SweepJob {
                    corpus: corpus.clone(),
                    matcher: m.clone(),
                    include_folded: false,
                    limit,
                    docs: 0..corpus.entries.len(),
                    views,
                });
                let (hits, p) = finish(&sweep);
                let (want, total) = index.search_all_limited(&corpus, &m, false, limit);
                assert_eq!(hits, want, "{text} {limit}");
                assert_eq!(p.matches, total, "{text}");
            }
        }
    }
}
