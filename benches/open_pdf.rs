//! Opening a PDF: a generated 30-page Kamerbrief (benches/gen/pdf.rs) read
//! as its text layer only, opened (layer, parse, clean text and maps), and
//! opened with the first frame drawn at 160x48; the same letter's text
//! forms (pdftotext, pdftotext -layout) opened and drawn; and the four real
//! PDFs in tests/fixtures/pdf/ opened, for scale.
//!
//! `cargo bench --bench open_pdf`. With BRIEF_BENCH_WRITE=DIR the letter's
//! three forms are written to DIR (letter.pdf, letter.txt, letter.layout.txt)
//! to look at or to time the binary on.

#[path = "gen/pdf.rs"]
mod letter_gen;

use brief::corpus::{Corpus, Entry};
use brief::document::{DocKind, Document, Origin, SectionKind};
use brief::tui::{App, Theme};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The generated letter, made and checked once per run.
fn letter() -> &'static letter_gen::Letter {
    static LETTER: OnceLock<letter_gen::Letter> = OnceLock::new();
    LETTER.get_or_init(|| {
        let t = Instant::now();
        let l = letter_gen::letter();
        eprintln!(
            "generated letter in {:.2?}: {} pages, {} headings, {} footnotes ({} after an acronym); PDF {} bytes, text {} bytes, layout text {} bytes",
            t.elapsed(),
            l.pages,
            l.headings.len(),
            l.footnotes,
            l.after_acronym,
            l.pdf.len(),
            l.text.len(),
            l.layout_text.len()
        );
        if let Some(dir) = std::env::var_os("BRIEF_BENCH_WRITE") {
            let dir = std::path::PathBuf::from(dir);
            std::fs::create_dir_all(&dir).expect("the output folder");
            std::fs::write(dir.join("letter.pdf"), &l.pdf).expect("write letter.pdf");
            std::fs::write(dir.join("letter.txt"), &l.text).expect("write letter.txt");
            std::fs::write(dir.join("letter.layout.txt"), &l.layout_text)
                .expect("write letter.layout.txt");
        }
        for (form, bytes) in forms(&l) {
            check(form, &open(form, bytes.to_vec()), &l);
        }
        text_rise_gap(&l);
        l
    })
}

/// The letter's forms by name.
fn forms(l: &letter_gen::Letter) -> [(&'static str, &[u8]); 3] {
    [
        ("letter.pdf", &l.pdf),
        ("letter.txt", l.text.as_bytes()),
        ("letter.layout.txt", l.layout_text.as_bytes()),
    ]
}

/// The reader must see the letter as it was made: a Kamerbrief of that
/// date and subject, every heading, every note with its marker, the
/// signatory, and (for the PDF) every page.
fn check(form: &str, doc: &Document, l: &letter_gen::Letter) {
    let headings: Vec<&str> = doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| s.title.as_str())
        .collect();
    let markers = doc.footnotes.iter().filter(|f| f.marker.is_some()).count();
    eprintln!(
        "{form}: {:?}, date {:?}, subject {:?}, {} headings, {} footnotes ({markers} with markers), {} signatories, {} pages",
        doc.kind,
        doc.meta.date.map(|d| d.to_string()),
        doc.meta.subject,
        headings.len(),
        doc.footnotes.len(),
        doc.signatories.len(),
        doc.pages.len()
    );
    assert_eq!(doc.kind, DocKind::Kamerbrief, "{form}: a Kamerbrief");
    assert_eq!(
        doc.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2023-02-03"),
        "{form}: the date"
    );
    assert_eq!(
        doc.meta.subject.as_deref(),
        Some(letter_gen::SUBJECT),
        "{form}: the subject"
    );
    let expected: Vec<&str> = l.headings.iter().map(String::as_str).collect();
    assert_eq!(headings, expected, "{form}: every heading, in order");
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    let unmarked: Vec<u32> = doc
        .footnotes
        .iter()
        .filter(|f| f.marker.is_none())
        .map(|f| f.number)
        .collect();
    // Every form: every note, numbered in sequence, each with its marker
    // (also those glued to a word in capitals, "ABOARD13)").
    let all: Vec<u32> = (1..=l.footnotes as u32).collect();
    assert_eq!(
        numbers, all,
        "{form}: every footnote, numbered 1 to {}",
        l.footnotes
    );
    assert_eq!(
        markers, l.footnotes,
        "{form}: every marker (none for {unmarked:?}; {} glued to an acronym)",
        l.after_acronym
    );
    assert_eq!(doc.signatories.len(), 1, "{form}: the signatory");
    assert_eq!(doc.pages.len(), l.pages, "{form}: every page");
}

/// Known gap, said out loud rather than checked away: pdf_oxide 0.3.78
/// places glyphs without the text rise (`Ts`), so markers raised that way
/// reach brief on the baseline and are found only where the text alone
/// shows them ("grondstoffen1." yes, "ABOARD13)" no). Everything else must
/// still be read as in the other forms.
fn text_rise_gap(l: &letter_gen::Letter) {
    let doc = open("letter-text-rise.pdf", l.pdf_text_rise.clone());
    let layer = doc.layout.as_ref().expect("a PDF has a layout");
    let raised: usize = layer.lines.iter().map(|x| x.superscripts.len()).sum();
    let markers = doc.footnotes.iter().filter(|f| f.marker.is_some()).count();
    eprintln!(
        "KNOWN GAP letter-text-rise.pdf (markers raised with Ts): {raised} raised digits seen in the layer, {markers} of {} markers found",
        l.footnotes
    );
    // The rest is checked as for the text forms, whose markers are found
    // by the text alone too.
    check("letter-text-rise.pdf (Ts)", &doc, l);
}

fn open(name: &str, bytes: Vec<u8>) -> Document {
    brief::parse::document_from_bytes(name.into(), Origin::Bundled(name.into()), bytes)
        .unwrap_or_else(|e| panic!("{name} opens: {e}"))
}

/// Opens `bytes` and draws the first frame at 160x48, as the reader does
/// when it starts on one file.
fn open_and_draw(name: &str, bytes: Vec<u8>) -> Terminal<TestBackend> {
    let doc = open(name, bytes);
    let corpus = Corpus {
        entries: vec![Entry::Doc(Box::new(doc))],
        root: None,
    };
    let mut app = App::new(corpus, Theme::colored());
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("a test terminal");
    terminal
        .draw(|f| brief::tui::draw(&mut app, f))
        .expect("a frame");
    terminal
}

/// The screen's text, row by row.
fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .chunks(buffer.area.width as usize)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect()
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    bytes: usize,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(20)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6))
        .throughput(Throughput::Bytes(bytes as u64));
    g
}

/// (a) The PDF: text layer only, full open, open and first frame.
fn letter_pdf(c: &mut Criterion) {
    let l = letter();
    let first = screen(&open_and_draw("letter.pdf", l.pdf.clone()));
    assert!(
        first.iter().any(|row| row.contains("Geachte voorzitter")),
        "the first frame shows the letter's start:\n{}",
        first.join("\n")
    );
    let mut g = group(c, "letter_pdf", l.pdf.len());
    g.bench_function("text_layer", |b| {
        b.iter(|| black_box(brief::pdf::text_layer(&l.pdf).expect("a text layer")))
    });
    g.bench_function("open", |b| {
        b.iter(|| black_box(open("letter.pdf", l.pdf.clone())))
    });
    g.bench_function("open_and_draw_160x48", |b| {
        b.iter(|| black_box(open_and_draw("letter.pdf", l.pdf.clone())))
    });
    g.finish();
}

/// (b) The same letter as text: pdftotext's form and its -layout form.
fn letter_text(c: &mut Criterion) {
    let l = letter();
    for (form, bytes) in forms(l).into_iter().skip(1) {
        let mut g = group(c, &format!("letter_text/{form}"), bytes.len());
        g.bench_function("open", |b| b.iter(|| black_box(open(form, bytes.to_vec()))));
        g.bench_function("open_and_draw_160x48", |b| {
            b.iter(|| black_box(open_and_draw(form, bytes.to_vec())))
        });
        g.finish();
    }
}

/// (c) The real PDFs of the test corpus, opened.
fn corpus_pdfs(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/pdf")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 4, "the four corpus PDFs");
    for path in files {
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).expect("a corpus PDF");
        let doc = open(&name, bytes.clone());
        eprintln!(
            "{name}: {} bytes, {} pages, {:?}",
            bytes.len(),
            doc.pages.len(),
            doc.kind
        );
        let mut g = group(c, &format!("corpus_pdf/{name}"), bytes.len());
        g.bench_function("open", |b| b.iter(|| black_box(open(&name, bytes.clone()))));
        g.finish();
    }
}

criterion_group!(benches, letter_pdf, letter_text, corpus_pdfs);
criterion_main!(benches);
