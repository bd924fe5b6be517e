//! A search of all documents as the reader runs it, over the folder of
//! `vs_less --folder` (10,000 dated copies of the seeds, ~82 MB; `--reworded`
//! for reworded ones, BRIEF_BENCH_DOCS sets the count). In process: the
//! reader's `App` on the corpus as the reader holds it (sources let go),
//! `S`, then each query typed key by key; for the last key of a query it
//! prints
//!
//! - **key**: how long the key handler took (it searches the first
//!   documents, a key's share, and starts the workers on the rest), in
//!   wall time and in the main thread's CPU time (on a busy machine the
//!   first includes waits for a core);
//! - **full results**: from that key until every match is counted and the
//!   first 2,000 listed, taken as the event loop takes them (a poll every
//!   4 ms while the search runs);
//!
//! and, for comparison, what one search over the whole folder folded at once
//! costs (`SearchIndex::search_all_limited`, the reader's search before it
//! stopped holding that index: on the key thread, after 0.1 s and ~95 MB to
//! build the index). Memory: the process's VmRSS and VmHWM after reading,
//! after the searches, and after building that index.
//!
//! ```sh
//! cargo bench --bench search_all              # 3 rounds
//! cargo bench --bench search_all -- --runs 5
//! ```
//!
//! Under `cargo test --benches` (no `--bench` argument) it does nothing.

#[path = "gen/folder.rs"]
mod folder_gen;

use brief::corpus::{Corpus, Entry};
use brief::search::{Query, SearchIndex};
use brief::tui::{App, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

/// How often the event loop looks for results while a search runs.
const POLL: Duration = Duration::from_millis(4);

/// Queries: (text, regular expression).
const QUERIES: &[(&str, bool)] = &[
    ("rutte", false),
    ("oekraine", false),
    ("waarheidsvinding", false),
    ("Kamer", false),
    ("de", false),
    ("[0-9]{4}", true),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        eprintln!("search_all: a benchmark; run it with `cargo bench --bench search_all`");
        return;
    }
    let reworded = args.iter().any(|a| a == "--reworded");
    let runs: usize = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .map_or(3, |n| n.parse().expect("--runs N: a number"));
    let docs = std::env::var("BRIEF_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let folder = dir.path().join("documents");
    let made = folder_gen::generate(&folder, docs, reworded);
    let mut corpus = Corpus::from_args(&[folder]).into_reading_order();
    // As the reader does once a document is read (`tui/loading.rs`).
    for e in &mut corpus.entries {
        if let Entry::Doc(d) = e {
            d.release_source_for_reading();
        }
    }
    brief::free_memory::give_back();
    let text: usize = corpus.documents().map(|d| d.clean.len()).sum();
    println!(
        "{} documents ({} files), {:.0} MB of files, {:.1} MiB of clean text; {} cores",
        corpus.entries.len(),
        made.files.len(),
        made.bytes as f64 / 1e6,
        text as f64 / (1 << 20) as f64,
        brief::cores::cores()
    );
    memory("read and parsed");
    let mut app = App::new(corpus, Theme::plain());
    println!(
        "{:<18} {:>9} {:>7} {:>10} {:>10} {:>14} {:>10}",
        "query", "matches", "listed", "key: max", "key CPU", "full: median", "max"
    );
    for &(text, regex) in QUERIES {
        let mut keys = Vec::new();
        let mut cpu = Vec::new();
        let mut full = Vec::new();
        let mut found = (0, 0);
        for _ in 0..runs {
            let s = search(&mut app, text, regex);
            keys.push(s.key);
            cpu.push(s.key_cpu);
            full.push(s.full);
            found = (s.total, s.listed);
        }
        full.sort();
        println!(
            "{:<18} {:>9} {:>7} {:>7.2} ms {:>7.2} ms {:>11.1} ms {:>7.1} ms",
            shown(text, regex),
            found.0,
            found.1,
            ms(*keys.iter().max().unwrap()),
            ms(*cpu.iter().max().unwrap()),
            ms(full[full.len() / 2]),
            ms(*full.last().unwrap()),
        );
    }
    memory("after the searches");
    println!(
        "search state held after them: {:.1} MiB",
        app.search.heap_bytes() as f64 / (1 << 20) as f64
    );
    // The search before: every document folded at once, searched on the
    // key thread.
    let t = Instant::now();
    let index = SearchIndex::build(&app.corpus);
    let built = t.elapsed();
    memory("with the whole folder folded");
    println!(
        "whole folder folded at once: {:.0} ms, {:.1} MiB held",
        ms(built),
        index.heap_bytes() as f64 / (1 << 20) as f64
    );
    for &(text, regex) in QUERIES {
        let m = query(text, regex).compile().unwrap();
        let mut times: Vec<Duration> = (0..runs.max(3))
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(index.search_all_limited(&app.corpus, &m, false, 2000));
                t.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "  {:<18} all documents with it held: {:.1} ms (median)",
            shown(text, regex),
            ms(times[times.len() / 2])
        );
    }
}

/// One search, as timed.
struct Searched {
    /// The last key's handler: wall time, this thread's CPU time.
    key: Duration,
    key_cpu: Duration,
    /// From the last key to the full results.
    full: Duration,
    total: usize,
    listed: usize,
}

/// `S`, the query typed, the last key timed and the results waited for.
fn search(app: &mut App, text: &str, regex: bool) -> Searched {
    let key = |app: &mut App, code, modifiers| app.handle_key(KeyEvent::new(code, modifiers));
    key(app, KeyCode::Char('S'), KeyModifiers::NONE);
    if regex != app.search.view.as_ref().is_some_and(|v| v.query.regex) {
        key(app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    }
    let chars: Vec<char> = text.chars().collect();
    let (last, first) = chars.split_last().unwrap();
    for &c in first {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
    let (t, cpu) = (Instant::now(), thread_cpu());
    key(app, KeyCode::Char(*last), KeyModifiers::NONE);
    let (key_time, key_cpu) = (t.elapsed(), thread_cpu() - cpu);
    loop {
        app.poll_search();
        if !app.search.busy() {
            break;
        }
        std::thread::sleep(POLL);
    }
    let full = t.elapsed();
    let view = app.search.view.as_ref().unwrap();
    let (total, listed) = (view.total, view.hits.len());
    key(app, KeyCode::Esc, KeyModifiers::NONE);
    Searched {
        key: key_time,
        key_cpu,
        full,
        total,
        listed,
    }
}

/// The CPU time of this thread so far.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec we own.
    unsafe {
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn query(text: &str, regex: bool) -> Query {
    Query {
        text: text.into(),
        regex,
        whole_word: false,
    }
}

fn shown(text: &str, regex: bool) -> String {
    if regex {
        format!("regex {text}")
    } else {
        text.to_string()
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Prints VmRSS and VmHWM (Linux).
fn memory(stage: &str) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0.0, |kb| kb as f64 / 1024.0)
    };
    println!(
        "memory {stage}: RSS {:.0} MiB, peak {:.0} MiB",
        field("VmRSS:"),
        field("VmHWM:")
    );
}
