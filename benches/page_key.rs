//! A page key inside the reader, without a terminal: the work brief does
//! between reading a key and writing the frame (the key handled, the frame
//! drawn at 160x48 and compared with the screen, the bytes made), on seed
//! 004 opened by path with its entities highlighted, paging forward and
//! back as `vs_less` does. `vs_less` times the same key from outside, with
//! the pseudo-terminal and process wake-ups; this is the part brief owns.
//!
//! `PAGE_KEY_FOLDER=DIR` opens a folder instead, with its whole briefing
//! built (the cost of a key on a large briefing).
//!
//! ```sh
//! cargo bench --bench page_key
//! # the instructions of 200 keys (less those of 0: the opening), a count
//! # that does not vary from run to run as times do:
//! PAGE_KEY_PRESSES=200 valgrind --tool=cachegrind --cache-sim=no \
//!     target/release/deps/page_key-<hash> --bench
//! ```

use brief::entities::EntityIndex;
use brief::tui::screen_writer::{ScreenWriter, draw_frame};
use brief::tui::{App, Theme, draw};
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::layout::Size;
use std::path::PathBuf;
use std::sync::Arc;

/// The frame's bytes go nowhere: only making them is timed.
struct Sink;

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn seed_004() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::read_dir(&dir)
        .expect("the seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("004_"))
        })
        .expect("seed 004")
}

/// The `i`th key: four pages forward (Space), four back (Ctrl-B), and
/// again, as `vs_less` presses them.
fn page_key_number(i: usize) -> KeyEvent {
    if (i / 4).is_multiple_of(2) {
        KeyEvent::from(KeyCode::Char(' '))
    } else {
        KeyEvent::new(KeyCode::Char('b'), KeyModifiers::CONTROL)
    }
}

fn page_key(c: &mut Criterion) {
    // PAGE_KEY_FOLDER: a folder instead (the 10,000 documents of `vs_less
    // --folder`, say), opened as the reader opens it, with its whole
    // briefing built (entities, search, related passages, duplicates) and
    // the reader given the keys (Enter), as `vs_less` does.
    let folder = std::env::var_os("PAGE_KEY_FOLDER").map(PathBuf::from);
    let opened = folder.clone().unwrap_or_else(seed_004);
    let corpus = brief::corpus::plan::Plan::of(&[opened])
        .read_all()
        .into_reading_order();
    let mut app = if folder.is_some() {
        let mut app = App::new(corpus, Theme::colored());
        app.load_entities();
        app
    } else {
        let (recogniser, _) = brief::briefing::recogniser(&corpus);
        let index = Arc::new(EntityIndex::build(&corpus, &recogniser));
        let mut app = App::new(corpus, Theme::colored());
        app.set_entities(index, None);
        app
    };
    let mut terminal =
        Terminal::new(ScreenWriter::with_size(Sink, Size::new(160, 48))).expect("a terminal");
    draw_frame(&mut terminal, |f| draw(&mut app, f)).expect("the first frame");
    if folder.is_some() {
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        draw_frame(&mut terminal, |f| draw(&mut app, f)).expect("a frame");
    }
    let mut presses = 0usize;
    // A fixed number of keys and no timing, for a count of instructions
    // (`valgrind --tool=cachegrind`): times on a shared machine vary by a
    // tenth from run to run, the count does not.
    if let Some(n) = std::env::var("PAGE_KEY_PRESSES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        for i in 0..n {
            let key = page_key_number(i);
            app.handle_key(key);
            draw_frame(&mut terminal, |f| draw(&mut app, f)).expect("a frame");
        }
        return;
    }
    c.bench_function("page key, seed 004 at 160x48", |b| {
        b.iter(|| {
            let key = page_key_number(presses);
            presses += 1;
            app.handle_key(key);
            draw_frame(&mut terminal, |f| draw(&mut app, f)).expect("a frame");
        })
    });
    // Between a reader's keys other programs run: the caches hold little
    // of brief's. Each key after 16 MiB of other memory is touched.
    let mut other = vec![0u8; 16 << 20];
    c.bench_function("page key, seed 004 at 160x48, cold caches", |b| {
        b.iter_custom(|n| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..n {
                for (i, byte) in other.iter_mut().enumerate().step_by(64) {
                    *byte = byte.wrapping_add(i as u8);
                }
                std::hint::black_box(&other);
                let key = page_key_number(presses);
                presses += 1;
                let t = std::time::Instant::now();
                app.handle_key(key);
                draw_frame(&mut terminal, |f| draw(&mut app, f)).expect("a frame");
                total += t.elapsed();
            }
            total
        })
    });
}

criterion_group!(benches, page_key);
criterion_main!(benches);
