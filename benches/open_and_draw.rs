//! Opening and drawing: parse a ~50 MB Kamerbrief, draw one frame of it from
//! the middle at 160x48, and the same for the bundled seeds.
//!
//! `cargo bench --bench open_and_draw`

#[path = "gen/mod.rs"]
mod kamerbrief_gen;

use brief::corpus::{Corpus, Entry};
use brief::document::{DocKind, Document, Origin};
use brief::tui::{App, Theme};
use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The generated document's bytes, made once per run.
fn big() -> &'static [u8] {
    static BIG: OnceLock<Vec<u8>> = OnceLock::new();
    BIG.get_or_init(|| {
        let t = Instant::now();
        let g = kamerbrief_gen::kamerbrief(kamerbrief_gen::min_bytes());
        eprintln!(
            "generated Kamerbrief: {} bytes ({:.1} MiB) in {:.2?}: {} copies of the seed's body, {} footnotes, {} headings",
            g.bytes.len(),
            g.bytes.len() as f64 / (1024.0 * 1024.0),
            t.elapsed(),
            g.copies,
            g.copies * g.notes_per_copy,
            g.copies * g.headings_per_copy + g.copies.saturating_sub(1),
        );
        // The parser must see what was meant: every note, every heading.
        let doc = open(g.bytes.clone());
        assert_eq!(doc.kind, DocKind::Kamerbrief);
        // Notes are numbered on through the copies; a note number has at
        // most three digits (as in every real letter), so the parser takes
        // the first 999 and reads the rest as text.
        assert_eq!(
            doc.footnotes.len(),
            (g.copies * g.notes_per_copy).min(999),
            "all footnotes found"
        );
        let markers = doc.footnotes.iter().filter(|f| f.marker.is_some()).count();
        let headings = doc.sections.iter().filter(|s| s.kind == brief::document::SectionKind::Heading).count();
        eprintln!(
            "parsed: {} blocks, {} sections ({headings} headings), {} footnotes ({markers} with markers), {} pages, {} signatories",
            doc.blocks.len(),
            doc.sections.len(),
            doc.footnotes.len(),
            doc.pages.len(),
            doc.signatories.len()
        );
        assert_eq!(headings, g.copies * g.headings_per_copy + g.copies - 1, "all headings found");
        assert_eq!(doc.signatories.len(), 2, "the signatures at the end");
        g.bytes
    })
}

fn open(bytes: Vec<u8>) -> Document {
    brief::parse::document_from_bytes(
        "big_kamerbrief".into(),
        Origin::Bundled("big_kamerbrief.txt".into()),
        bytes,
    )
    .expect("the generated document opens")
}

fn open_50mb(c: &mut Criterion) {
    let bytes = big();
    let mut g = c.benchmark_group("open");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(60))
        .throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("open_50mb", |b| {
        b.iter_batched(
            || bytes.to_vec(),
            |v| black_box(open(v)),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn open_seeds(c: &mut Criterion) {
    c.bench_function("open_seeds", |b| b.iter(|| black_box(Corpus::bundled())));
}

/// An app on `corpus` showing entry `index` from the middle, drawn once at
/// 160x48 so the reader knows its width.
fn app_in_middle(corpus: Corpus, index: usize) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(corpus, Theme::colored());
    for _ in 0..index {
        app.update(brief::tui::action::Action::Down);
    }
    assert_eq!(app.selected, index);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    terminal.draw(|f| brief::tui::draw(&mut app, f)).unwrap();
    let doc = app.corpus.entries[index].doc().expect("a document");
    app.views[index]
        .reader
        .show_clean_offset(doc, doc.clean.len() / 2);
    app.sync_tree();
    terminal.draw(|f| brief::tui::draw(&mut app, f)).unwrap();
    (app, terminal)
}

fn draw_middle_160x48(c: &mut Criterion) {
    let t = Instant::now();
    let doc = open(big().to_vec());
    eprintln!(
        "opened the generated document for drawing in {:.2?}",
        t.elapsed()
    );
    let corpus = Corpus {
        entries: vec![Entry::Doc(Box::new(doc))],
        root: None,
    };
    let (mut app, mut terminal) = app_in_middle(corpus, 0);
    let status = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .skip(160 * 47)
        .map(|c| c.symbol())
        .collect::<String>();
    eprintln!("status bar: {}", status.trim_end());
    let mut g = c.benchmark_group("draw");
    g.sample_size(50);
    g.bench_function("draw_middle_160x48", |b| {
        b.iter(|| {
            terminal.draw(|f| brief::tui::draw(&mut app, f)).unwrap();
        })
    });
    g.finish();
}

fn draw_seed004_160x48(c: &mut Criterion) {
    let corpus = Corpus::bundled();
    let index = corpus
        .entries
        .iter()
        .position(|e| e.id() == kamerbrief_gen::SEED_ID)
        .expect("seed 004 is bundled");
    let (mut app, mut terminal) = app_in_middle(corpus, index);
    c.bench_function("draw_seed004_160x48", |b| {
        b.iter(|| {
            terminal.draw(|f| brief::tui::draw(&mut app, f)).unwrap();
        })
    });
}

criterion_group!(
    benches,
    open_50mb,
    draw_middle_160x48,
    open_seeds,
    draw_seed004_160x48
);
criterion_main!(benches);
