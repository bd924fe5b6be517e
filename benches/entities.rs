//! Entity recognition throughput, on all cores, over more than 50 MB of clean
//! text: the ~50 MiB generated Kamerbrief (see `gen/mod.rs`) plus a news-shaped
//! part made of many copies of the bundled news seeds, each its own document,
//! so that cross-document learning and linking have work to do.
//!
//! - `recognise/big_kamerbrief`: [`Recogniser::recognise`] on the generated
//!   Kamerbrief alone (its clean text).
//! - `index/corpus`: [`EntityIndex::build`] on the whole corpus (the Kamerbrief
//!   and the news copies): recognition, cross-document learning, linking.
//! - `construct/recogniser_bundled`: [`Recogniser::bundled`], loading the
//!   bundled gazetteer and building its Aho-Corasick automaton.
//! - `seeds/recognise_each` and `seeds/index`: the five bundled seeds.
//!
//! Throughput is over clean-text bytes (`Document::clean`); criterion prints it
//! in MiB/s. The inputs are generated and parsed once, outside the timing, and
//! a plain summary line in MB/s (10^6 bytes) of one timed run of each of the
//! first two is printed to stderr.
//!
//! `cargo bench --bench entities` (BRIEF_BENCH_MIB=N sets the Kamerbrief's size
//! in MiB, 50 by default; the news part grows with it).

#[path = "gen/mod.rs"]
mod kamerbrief_gen;

use brief::corpus::{Corpus, Entry};
use brief::document::{DocKind, Document, Origin};
use brief::entities::{EntityIndex, Recogniser};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The corpus, parsed once per run, and the recogniser.
struct Inputs {
    rec: Recogniser,
    /// The generated Kamerbrief first, then the news copies.
    corpus: Corpus,
    /// Clean bytes of the Kamerbrief.
    big_clean: usize,
    /// Clean bytes of the whole corpus.
    total_clean: usize,
    /// One run of `recognise` on the Kamerbrief, and of the index build.
    once: (Duration, Duration),
}

impl Inputs {
    fn big(&self) -> &Document {
        self.corpus.entries[0].doc().expect("the Kamerbrief opened")
    }
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let t = Instant::now();
        let g = kamerbrief_gen::kamerbrief(kamerbrief_gen::min_bytes());
        let raw = g.bytes.len();
        let shape = format!(
            "{} copies of seed {}'s body, {} footnotes, {} headings",
            g.copies,
            kamerbrief_gen::SEED_ID,
            g.copies * g.notes_per_copy,
            g.copies * g.headings_per_copy,
        );
        let big = brief::parse::document_from_bytes(
            "big_kamerbrief".into(),
            Origin::Bundled("big_kamerbrief.txt".into()),
            g.bytes,
        )
        .expect("the generated document opens");
        assert_eq!(big.kind, DocKind::Kamerbrief);
        let big_clean = big.clean.len();

        // The news part: copies of the bundled news seeds, round after round,
        // each a document of its own, until the corpus has at least
        // `min_bytes` of clean text (and the news at least an eighth of it).
        let news: Vec<Document> = Corpus::bundled()
            .entries
            .into_iter()
            .filter_map(|e| match e {
                Entry::Doc(d) if d.kind == DocKind::News => Some(*d),
                _ => None,
            })
            .collect();
        assert!(!news.is_empty(), "news seeds are bundled");
        let round: usize = news.iter().map(|d| d.clean.len()).sum();
        let want = (kamerbrief_gen::min_bytes() / 8)
            .max(kamerbrief_gen::min_bytes().saturating_sub(big_clean));
        let rounds = want.div_ceil(round);
        let mut entries = Vec::with_capacity(1 + rounds * news.len());
        entries.push(Entry::Doc(Box::new(big)));
        for r in 0..rounds {
            for d in &news {
                let copy = brief::parse::document_from_bytes(
                    format!("{}_{r}", d.id),
                    Origin::Bundled(format!("{}_{r}.txt", d.id)),
                    d.bytes().to_vec(),
                )
                .expect("a news seed opens");
                entries.push(Entry::Doc(Box::new(copy)));
            }
        }
        let corpus = Corpus {
            entries,
            root: None,
        };
        let total_clean: usize = corpus
            .entries
            .iter()
            .filter_map(Entry::doc)
            .map(|d| d.clean.len())
            .sum();
        eprintln!(
            "corpus: generated Kamerbrief ({shape}) of {raw} raw bytes -> {big_clean} clean bytes; \
             {rounds} copies of {} news seeds ({round} clean bytes each round) -> {} clean bytes; \
             total {total_clean} clean bytes = {:.3} MB ({:.2} MiB), {} documents; made in {:.2?}",
            news.len(),
            total_clean - big_clean,
            total_clean as f64 / 1e6,
            total_clean as f64 / (1024.0 * 1024.0),
            corpus.entries.len(),
            t.elapsed(),
        );

        let t = Instant::now();
        let rec = Recogniser::bundled();
        eprintln!("Recogniser::bundled() in {:.2?}", t.elapsed());

        let mut inputs = Inputs {
            rec,
            corpus,
            big_clean,
            total_clean,
            once: (Duration::ZERO, Duration::ZERO),
        };
        inputs.once = summary(&inputs);
        inputs
    })
}

/// One timed run of each of the two big measurements, in plain figures.
fn summary(i: &Inputs) -> (Duration, Duration) {
    let t = Instant::now();
    let finds = black_box(i.rec.recognise(i.big()));
    let d = t.elapsed();
    eprintln!(
        "SUMMARY recognise(big_kamerbrief): {} clean bytes, {:.3} s, {:.1} MB/s ({} mentions, {} names learned)",
        i.big_clean,
        d.as_secs_f64(),
        mb_per_s(i.big_clean, d),
        finds.found.len(),
        finds.learned.len(),
    );
    drop(finds);
    let recognise = d;

    let t = Instant::now();
    let index = black_box(EntityIndex::build(&i.corpus, &i.rec));
    let d = t.elapsed();
    eprintln!(
        "SUMMARY EntityIndex::build(corpus): {} clean bytes, {:.3} s, {:.1} MB/s ({} documents, {} mentions, {} entities)",
        i.total_clean,
        d.as_secs_f64(),
        mb_per_s(i.total_clean, d),
        index.docs.len(),
        index.docs.iter().map(Vec::len).sum::<usize>(),
        index.entities.len(),
    );
    (recognise, d)
}

/// A target time for ten flat samples of one run each, what took `once`.
/// Criterion rounds the runs per sample up, so asking for less than ten runs
/// keeps it at one (and it then says it is "unable to complete 10
/// samples" in that time: expected, the run just takes ~10 runs).
fn ten_runs(once: Duration) -> Duration {
    (once * 8).max(Duration::from_secs(5))
}

fn recognise_big(c: &mut Criterion) {
    let i = inputs();
    let mut g = c.benchmark_group("recognise");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(ten_runs(i.once.0))
        .throughput(Throughput::Bytes(i.big_clean as u64));
    g.bench_function("big_kamerbrief", |b| {
        b.iter(|| black_box(i.rec.recognise(black_box(i.big()))))
    });
    g.finish();
}

fn index_corpus(c: &mut Criterion) {
    let i = inputs();
    let mut g = c.benchmark_group("index");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(ten_runs(i.once.1))
        .throughput(Throughput::Bytes(i.total_clean as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| black_box(EntityIndex::build(black_box(&i.corpus), &i.rec)))
    });
    g.finish();
}

fn construct(c: &mut Criterion) {
    let mut g = c.benchmark_group("construct");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    g.bench_function("recogniser_bundled", |b| {
        b.iter(|| black_box(Recogniser::bundled()))
    });
    g.finish();
}

fn seeds(c: &mut Criterion) {
    let corpus = Corpus::bundled();
    let docs: Vec<&Document> = corpus.entries.iter().filter_map(Entry::doc).collect();
    assert_eq!(docs.len(), 5, "five seeds are bundled");
    let clean: usize = docs.iter().map(|d| d.clean.len()).sum();
    let rec = Recogniser::bundled();
    let mut g = c.benchmark_group("seeds");
    g.sample_size(50)
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(clean as u64));
    g.bench_function("recognise_each", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(rec.recognise(black_box(d)));
            }
        })
    });
    g.bench_function("index", |b| {
        b.iter(|| black_box(EntityIndex::build(black_box(&corpus), &rec)))
    });
    g.finish();
}

criterion_group!(benches, recognise_big, index_corpus, construct, seeds);
criterion_main!(benches);
