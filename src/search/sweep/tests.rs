use super::*;
use crate::search::{Query, SearchIndex};

/// `n` copies of the bundled briefing, one corpus.
fn copies(n: usize) -> Arc<Corpus> {
    let mut corpus = Corpus::default();
    for _ in 0..n {
        corpus.entries.extend(Corpus::bundled().entries);
    }
    Arc::new(corpus)
}

fn job(corpus: &Arc<Corpus>, query: &str, limit: usize) -> SweepJob {
    SweepJob {
        corpus: corpus.clone(),
        matcher: Query::literal(query).compile().unwrap(),
        include_folded: false,
        limit,
        docs: 0..corpus.entries.len(),
        views: Vec::new(),
    }
}

/// Takes until the search is done (no time limit is asserted: the loop
/// only keeps a broken build from hanging the test run).
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

#[test]
fn finds_what_the_index_finds_in_order_and_counts_the_rest() {
    let corpus = copies(4);
    let index = SearchIndex::build(&corpus);
    let m = Query::literal("oekraine").compile().unwrap();
    let (want, total) = index.search_all_limited(&corpus, &m, false, 50);
    let mut sweeper = Sweeper::with_chunk_bytes(2, 10_000);
    let (hits, p) = finish(&sweeper.start(job(&corpus, "oekraine", 50)));
    assert_eq!(hits, want);
    assert_eq!((p.matches, p.searched, p.of), (total, 20, 20));
    assert!(total > 50, "{total}");
}

/// A second search ends the first at its next document: the first is
/// never done, and the second finds what it would alone.
#[test]
fn a_newer_search_ends_the_one_before() {
    let corpus = copies(200);
    let mut sweeper = Sweeper::with_chunk_bytes(2, 64 * 1024);
    let first = sweeper.start(job(&corpus, "rutte", 100));
    let second = sweeper.start(job(&corpus, "kamer", 100));
    let (hits, p) = finish(&second);
    assert!(p.done && p.matches > 100);
    let m = Query::literal("kamer").compile().unwrap();
    let index = SearchIndex::build(&corpus);
    assert_eq!(hits, index.search_all_limited(&corpus, &m, false, 100).0);
    let p = first.take(&mut Vec::new());
    assert!(!p.done, "the first search went on: {p:?}");
    // Dropping the ended search leaves the current one alone.
    let third = sweeper.start(job(&corpus, "navo", 10));
    drop(first);
    assert!(finish(&third).1.done);
}

#[test]
fn chunks_done_out_of_order_keep_only_what_the_limit_leaves() {
    let hit = |doc| Hit {
        doc,
        clean: 0..1,
        block: 0,
        boilerplate: false,
    };
    let chunk = |doc, n| Chunk {
        hits: (0..n).map(|_| hit(doc)).collect(),
        matches: n,
        docs: 1,
        failed: 0,
    };
    let mut found = Found {
        chunks: (0..4).map(|_| None).collect(),
        ..Found::default()
    };
    // Chunks 1 and 2 before chunk 0: chunk 2 keeps what chunk 1 leaves.
    found.put(1, chunk(1, 3), 5);
    found.put(2, chunk(2, 3), 5);
    assert_eq!(found.kept_before(3), 5);
    assert_eq!(found.kept_before(2), 3);
    // Chunk 0 fills the limit with chunk 1: chunk 2 keeps none.
    found.put(0, chunk(0, 2), 5);
    let kept: Vec<usize> = found
        .chunks
        .iter()
        .map(|c| c.as_ref().map_or(0, |c| c.hits.len()))
        .collect();
    assert_eq!(kept, [2, 3, 0, 0]);
}

#[test]
fn a_query_that_matches_nothing_is_done_at_once() {
    let corpus = copies(1);
    let mut sweeper = Sweeper::new(1);
    let mut ask = job(&corpus, "x", 10);
    ask.matcher = Query::literal("\u{0301}").compile().unwrap();
    assert!(ask.matcher.matches_nothing());
    let p = sweeper.start(ask).take(&mut Vec::new());
    assert_eq!((p.done, p.searched, p.matches), (true, 5, 0));
}
