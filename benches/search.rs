//! Search over a ~50 MiB generated Kamerbrief (see `gen/mod.rs`):
//!
//! - `search_index/build`: [`SearchIndex::build`], folding the clean text
//!   into both views with their offset maps.
//! - `search_all/*`: [`SearchIndex::search_all`] for a query with many hits
//!   ("oekraine", case- and diacritic-insensitive), a cased one ("Rutte"), a
//!   rare one ("waarheidsvinding"), a whole-word one ("Kamer" as a word) and
//!   a regex ("[0-9]{4}"); `search_all_limited/oekraine_2000` is what the
//!   reader asks for (count all, list the first 2000).
//! - `fastpath/*`: why the text is folded beforehand — a literal regex
//!   (memmem) against `(?i)` on the same text, and std's `str::matches`.
//!
//! Throughput is over clean-text bytes. Then, for comparison, the same
//! queries with `rg -c` (or, when ripgrep is not installed, `grep -c`,
//! labelled so) on the clean text written to a temporary file, printed side
//! by side with one timed run of `search_all` (best of five). The target: a
//! literal query over 50 MB within a frame (16.7 ms).
//!
//! `cargo bench --bench search` (BRIEF_BENCH_MIB=N sets the size in MiB).

#[path = "gen/mod.rs"]
mod kamerbrief_gen;

use brief::corpus::{Corpus, Entry};
use brief::document::{DocKind, Origin};
use brief::search::{Query, SearchIndex, View};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use regex::Regex;
use std::hint::black_box;
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

struct Inputs {
    corpus: Corpus,
    index: SearchIndex,
    clean: usize,
}

/// The queries: (name, query).
fn queries() -> Vec<(&'static str, Query)> {
    let q = |text: &str, regex, whole_word| Query {
        text: text.into(),
        regex,
        whole_word,
    };
    vec![
        ("oekraine", q("oekraine", false, false)),
        ("Rutte", q("Rutte", false, false)),
        ("waarheidsvinding", q("waarheidsvinding", false, false)),
        ("word_Kamer", q("Kamer", false, true)),
        ("regex_year", q("[0-9]{4}", true, false)),
    ]
}

fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let t = Instant::now();
        let g = kamerbrief_gen::kamerbrief(kamerbrief_gen::min_bytes());
        let raw = g.bytes.len();
        let doc = brief::parse::document_from_bytes(
            "big_kamerbrief".into(),
            Origin::Bundled("big_kamerbrief.txt".into()),
            g.bytes,
        )
        .expect("the generated document opens");
        assert_eq!(doc.kind, DocKind::Kamerbrief);
        let clean = doc.clean.len();
        eprintln!(
            "generated Kamerbrief: {raw} raw bytes, {clean} clean bytes ({:.1} MiB), {} blocks, {} copies of the seed's body ({} footnotes, {} headings); made and parsed in {:.2?}",
            clean as f64 / (1024.0 * 1024.0),
            doc.blocks.len(),
            g.copies,
            g.copies * g.notes_per_copy,
            g.copies * g.headings_per_copy,
            t.elapsed()
        );
        let corpus = Corpus {
            entries: vec![Entry::Doc(Box::new(doc))],
            root: None,
        };
        let t = Instant::now();
        let index = SearchIndex::build(&corpus);
        let d = t.elapsed();
        let (lu, cu) = index.folded(0).map_or((0, 0), |f| f.units());
        eprintln!(
            "SUMMARY SearchIndex::build: {:.1} ms ({:.0} MB/s); heap {:.1} MiB for {:.1} MiB of clean text ({:.2}x); map units: {lu} lower, {cu} cased",
            d.as_secs_f64() * 1e3,
            clean as f64 / 1e6 / d.as_secs_f64(),
            index.heap_bytes() as f64 / (1024.0 * 1024.0),
            clean as f64 / (1024.0 * 1024.0),
            index.heap_bytes() as f64 / clean as f64,
        );
        Inputs {
            corpus,
            index,
            clean,
        }
    })
}

fn build(c: &mut Criterion) {
    let i = inputs();
    let mut g = c.benchmark_group("search_index");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(i.clean as u64));
    g.bench_function("build", |b| {
        b.iter(|| black_box(SearchIndex::build(&i.corpus)))
    });
    g.finish();
}

fn search_all(c: &mut Criterion) {
    let i = inputs();
    let mut g = c.benchmark_group("search_all");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(i.clean as u64));
    for (name, q) in queries() {
        let m = q.compile().unwrap();
        g.bench_function(name, |b| {
            b.iter(|| black_box(i.index.search_all(&i.corpus, &m, false)))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("search_all_limited");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(i.clean as u64));
    let m = Query::literal("oekraine").compile().unwrap();
    g.bench_function("oekraine_2000", |b| {
        b.iter(|| black_box(i.index.search_all_limited(&i.corpus, &m, false, 2000)))
    });
    g.finish();
}

/// The regex crate on the folded view: a literal (memmem) against the same
/// literal case-insensitively, and std's substring search.
fn fastpath(c: &mut Criterion) {
    let i = inputs();
    let lower = i.index.folded(0).unwrap().text(View::Lower);
    let mut g = c.benchmark_group("fastpath");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(lower.len() as u64));
    let literal = Regex::new("oekraine").unwrap();
    let insensitive = Regex::new("(?i)oekraine").unwrap();
    g.bench_function("regex_literal_count", |b| {
        b.iter(|| black_box(literal.find_iter(lower).count()))
    });
    g.bench_function("regex_case_insensitive_count", |b| {
        b.iter(|| black_box(insensitive.find_iter(lower).count()))
    });
    g.bench_function("std_str_matches_count", |b| {
        b.iter(|| black_box(lower.matches("oekraine").count()))
    });
    g.finish();
}

/// Best of `n` runs of `f`.
fn best_of<T>(n: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..n {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        out = Some(r);
    }
    (best, out.expect("n > 0"))
}

fn on_path(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `search_all` next to ripgrep (or grep) on the same clean text.
fn comparison(_: &mut Criterion) {
    let i = inputs();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("big_kamerbrief_clean.txt");
    let clean = &i.corpus.entries[0].doc().unwrap().clean;
    std::fs::write(&path, clean).expect("write the clean text");
    let (tool, label) = if on_path("rg") {
        ("rg", "rg -c")
    } else {
        eprintln!("COMPARE ripgrep (rg) is not on PATH: comparing with grep -c instead");
        ("grep", "grep -c")
    };
    // Warm the page cache.
    let _ = std::fs::read(&path);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    eprintln!(
        "COMPARE {:<18} {:>7} {:>10} {:>10} {:>10} | {:<34} {:>9} {:>8}",
        "query", "hits", "all (ms)", "lim (ms)", "MB/s", "external", "ms", "count"
    );
    for (name, q) in queries() {
        let m = q.compile().unwrap();
        let (d, hits) = best_of(5, || i.index.search_all(&i.corpus, &m, false));
        let (dl, (_, total)) =
            best_of(5, || i.index.search_all_limited(&i.corpus, &m, false, 2000));
        assert_eq!(total, hits.len());
        // The external tool: case-insensitive for queries without a capital
        // (it still does not fold diacritics: "oekraine" misses "Oekraïne").
        let mut args: Vec<&str> = vec!["-c"];
        if q.text.chars().all(|c| !c.is_uppercase()) && !q.regex {
            args.push("-i");
        }
        if q.whole_word {
            args.push("-w");
        }
        if tool == "grep" {
            args.push(if q.regex { "-E" } else { "-F" });
        } else if !q.regex {
            args.push("-F");
        }
        args.push(&q.text);
        let (de, out) = best_of(5, || {
            Command::new(tool)
                .args(&args)
                .arg(&path)
                .output()
                .expect("run the external tool")
        });
        let count = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let cmd = format!("{label} {}", args[1..].join(" "));
        eprintln!(
            "COMPARE {name:<18} {:>7} {:>10.2} {:>10.2} {:>10.0} | {cmd:<34} {:>9.2} {:>8}",
            hits.len(),
            ms(d),
            ms(dl),
            i.clean as f64 / 1e6 / d.as_secs_f64(),
            ms(de),
            count,
        );
    }
    // Regexes that also match the empty string make the matcher step over
    // every character that does not start a match: the worst case.
    for pattern in [r"x*", r"\b"] {
        let m = Query {
            text: pattern.into(),
            regex: true,
            whole_word: false,
        }
        .compile()
        .unwrap();
        let (d, (_, total)) = best_of(1, || i.index.search_all_limited(&i.corpus, &m, false, 2000));
        eprintln!(
            "COMPARE worst case: regex {pattern:?} (matches the empty string): {total} hits in {:.0} ms",
            ms(d)
        );
    }
    eprintln!(
        "COMPARE (brief: best of 5 runs of search_all / search_all_limited(2000) in process, \
         index built; external: best of 5 runs including process start; \
         grep -c and rg -c count lines, not matches; frame budget 16.7 ms)"
    );
}

criterion_group!(benches, build, search_all, fastpath, comparison);
criterion_main!(benches);
