//! What the briefing of a large folder holds, stage by stage: the corpus read
//! and parsed, the entity index, what the search holds (the folded view of
//! the document shown, and a search of all documents on the workers, each
//! folding one document at a time), related passages, duplicates and the
//! timeline, built one after the other in this process as the library
//! builds them for the reader and the CLI. After each stage
//! it prints the process's resident memory (VmRSS), its peak so far (VmHWM)
//! and the stage's time.
//!
//! The folder is made by `gen/folder.rs`: 10,000 documents (BRIEF_BENCH_DOCS
//! sets the count), reworded by default, so that the text is written once as
//! in a real year of letters; `--copies` makes plain dated copies of the seeds
//! instead (the folder of `vs_less --folder`).
//!
//! ```sh
//! cargo bench --bench briefing_memory              # 10,000 reworded documents
//! cargo bench --bench briefing_memory -- --copies  # 10,000 dated copies
//! ```
//!
//! Why: issue 11 asks for memory proportional to what is needed (at most
//! three times the text); `vs_less` gives the reader's peak, this says which
//! stage it comes from. The reader builds the entities and the
//! cross-references on a thread of their own while a search may run on
//! others, so its peak can be higher than any line here.
//!
//! Under `cargo test --benches` (no `--bench` argument) it does nothing.

#[path = "gen/folder.rs"]
mod folder_gen;

use brief::briefing::Briefing;
use brief::corpus::Corpus;
use brief::progress::Progress;
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        eprintln!(
            "briefing_memory: a benchmark; run it with `cargo bench --bench briefing_memory`"
        );
        return;
    }
    let reworded = !args.iter().any(|a| a == "--copies");
    let docs = std::env::var("BRIEF_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let folder = dir.path().join("documents");
    let t = Instant::now();
    let made = folder_gen::generate(&folder, docs, reworded);
    let what = if reworded {
        "reworded documents"
    } else {
        "dated copies"
    };
    let mb = |b: u64| b as f64 / 1e6;
    eprintln!(
        "briefing_memory: generated {} {what} ({:.0} MB) in {:.1?}",
        made.files.len(),
        mb(made.bytes),
        t.elapsed()
    );
    println!(
        "{docs} {what}, {:.0} MB of text ({} threads)",
        mb(made.bytes),
        rayon::current_num_threads()
    );
    println!(
        "{:<28} {:>9} {:>9} {:>11} {:>9}",
        "stage", "RSS", "peak", "peak/text", "time"
    );
    let report = |stage: &str, started: Instant| {
        let (rss, peak) = memory();
        println!(
            "{stage:<28} {:>6.0} MB {:>6.0} MB {:>10.1}x {:>8.2} s",
            mb(rss),
            mb(peak),
            peak as f64 / made.bytes as f64,
            started.elapsed().as_secs_f64()
        );
    };
    report("start", Instant::now());

    let t = Instant::now();
    let mut corpus = Corpus::from_args(&[folder]).into_reading_order();
    // As the reader does once a document is read (`tui/loading.rs`).
    for e in &mut corpus.entries {
        if let brief::corpus::Entry::Doc(d) = e {
            d.release_source_for_reading();
        }
    }
    brief::free_memory::give_back();
    let corpus = Arc::new(corpus);
    report("corpus read and parsed", t);
    let held = corpus
        .documents()
        .map(|d| d.heap_bytes())
        .fold(brief::document::HeapBytes::default(), |a, b| a + b);
    println!(
        "  held: clean {:.0} MB, maps {:.0} MB, structure {:.0} MB, sources {:.0} MB",
        mb(held.clean as u64),
        mb(held.maps as u64),
        mb(held.structure as u64),
        mb(held.source as u64)
    );
    let briefing = Briefing::new(corpus.clone());
    let progress = Progress::default();
    let t = Instant::now();
    let entities = briefing.entities(&progress);
    report("entity index", t);
    // What the search holds: the view of the document shown, folded on
    // its thread, and a search of all documents (on the workers, with that
    // view handed in).
    let t = Instant::now();
    let mut views = brief::search::FoldedViews::default();
    views.show(&corpus, 0);
    while views.poll().views.is_empty() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let mut sweeper = brief::search::Sweeper::default();
    let sweep = sweeper.start(brief::search::SweepJob {
        corpus: corpus.clone(),
        matcher: brief::search::Query::literal("oekraine").compile().unwrap(),
        include_folded: false,
        limit: 2000,
        docs: 0..corpus.entries.len(),
        views: views.held(),
    });
    let mut hits = Vec::new();
    while !sweep.take(&mut hits).done {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    drop(sweep);
    report("search (view, all docs)", t);
    let t = Instant::now();
    let related = brief::crossref::related::RelatedIndex::build(&corpus, &entities.index);
    brief::free_memory::give_back();
    report("related passages", t);
    let t = Instant::now();
    let duplicates = brief::crossref::duplicates::find(&corpus);
    // As the briefing does after it.
    brief::free_memory::give_back();
    report("duplicates", t);
    let t = Instant::now();
    let timeline = brief::crossref::timeline::build(&corpus, &entities.index);
    report("timeline", t);
    println!(
        "({} entities, {} mentions; search views {:.2} MB, {} hits listed; {} passages, index {:.0} MB; {} duplicates; {} timeline entries)",
        entities.index.entities.len(),
        entities.index.docs.iter().map(Vec::len).sum::<usize>(),
        mb(views.heap_bytes() as u64),
        hits.len(),
        related.len(),
        mb(related.heap_bytes() as u64),
        duplicates.len(),
        timeline.len()
    );
    std::hint::black_box((views, sweeper, hits, related, duplicates, timeline));
}

/// VmRSS and VmHWM in bytes (Linux; zero elsewhere).
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
