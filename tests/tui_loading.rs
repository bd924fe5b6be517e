//! A corpus read while the reader is open (`tui/loading`, `tui/arriving`):
//! the list shows every file at once, the document read first is on screen
//! before the others are read, marks made or kept meanwhile stay on their
//! text, and once all are in the list takes reading order with the document
//! being read kept on screen.

mod common;
use common::{ctrl, press, screen, screen_text as text};

use brief::corpus::Corpus;
use brief::corpus::plan::Plan;
use brief::marks::store::MarkStore;
use brief::tui::{App, Theme};
use std::path::Path;
use std::time::{Duration, Instant};

/// A folder with the seeds under names that put a news article first and
/// the Kamerbrief last (walk order is by name), and `extra` copies of the
/// news seeds behind them.
fn folder(dir: &Path, extra: usize) {
    let seeds = Corpus::bundled();
    for (k, e) in seeds.entries.iter().enumerate() {
        let d = e.doc().unwrap();
        let rank = if d.kind == brief::document::DocKind::Kamerbrief {
            9
        } else {
            k
        };
        std::fs::write(dir.join(format!("{rank}_{}.txt", d.id)), d.bytes()).unwrap();
    }
    for i in 0..extra {
        let d = seeds.entries[i % 4].doc().unwrap();
        std::fs::write(dir.join(format!("x{i:04}.txt")), d.bytes()).unwrap();
    }
}

/// Turns of the event loop until every document is in and in order.
fn until_ready(a: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !a.corpus_ready() {
        assert!(Instant::now() < deadline, "the corpus was never complete");
        a.poll_loading();
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// The clean offset at the top of the document being read.
fn top_of(a: &mut App) -> usize {
    let corpus = a.corpus.clone();
    let doc = corpus.entries[a.selected].doc().unwrap();
    a.views[a.selected].reader.top_clean(doc)
}

fn title(a: &App, i: usize) -> String {
    a.corpus.entries[i]
        .doc()
        .map_or_else(|| "(pending)".into(), |d| d.display_title())
}

#[test]
fn the_first_document_shows_before_the_rest_and_stays_when_the_list_is_ordered() {
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path(), 40);
    let mut a = App::reading(Plan::of(&[dir.path().to_path_buf()]), 0, Theme::plain(), 2);
    assert_eq!(a.corpus.entries.len(), 45);
    let first = title(&a, 0);
    assert_ne!(first, "(pending)");
    // Before any turn: the first document on screen, the others by file name.
    let t = screen(&mut a, 120, 40);
    let s = text(&t);
    assert!(s.contains("Documents (45)"), "{s}");
    assert!(s.contains("reading…"), "{s}");
    // How many the workers read by now varies; the count is there.
    assert!(s.contains(" of 45 documents"), "{s}");
    assert!(s.contains(&first[..20]), "{s}");
    press(&mut a, "\n");
    press(&mut a, " ");
    let top = top_of(&mut a);
    assert!(top > 0, "paged down");
    // The timeline says it comes after the reading, and how far that is.
    press(&mut a, "T");
    let m = a.message.take().expect("a message");
    assert!(
        m.starts_with("Cross-references come after reading (")
            && m.ends_with(" of 45 documents read)"),
        "{m}"
    );

    until_ready(&mut a);
    // Reading order: the Kamerbrief first; the document read still shown
    // where it was.
    assert_eq!(
        a.corpus.entries[0].doc().unwrap().kind,
        brief::document::DocKind::Kamerbrief
    );
    assert_eq!(title(&a, a.selected), first);
    assert_eq!(a.list.selected, a.selected);
    assert_eq!(top_of(&mut a), top);
    let ordered = Corpus::open(&[dir.path().to_path_buf()]).into_reading_order();
    let ids: Vec<&str> = a.corpus.entries.iter().map(|e| e.id()).collect();
    let want: Vec<&str> = ordered.entries.iter().map(|e| e.id()).collect();
    assert_eq!(ids, want, "the order `brief` gives a corpus read at once");
    let s = text(&screen(&mut a, 120, 40));
    assert!(!s.contains("reading…"), "{s}");
}

#[test]
fn a_mark_made_while_reading_and_one_kept_from_before_stay_on_their_text() {
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path(), 40);
    let marks = dir.path().join(".brief").join("marks.json");
    let paths = [dir.path().to_path_buf()];
    // A mark on the Kamerbrief (read last) from an earlier session.
    {
        let mut a = App::new(Corpus::open(&paths).into_reading_order(), Theme::plain());
        a.open_marks(marks.clone(), "tester".into());
        press(&mut a, "\n");
        screen(&mut a, 120, 40);
        press(&mut a, "]s");
        press(&mut a, "m1");
        ctrl(&mut a, 's');
    }
    let before = MarkStore::open(&marks).unwrap().marks()[0].clone();
    assert!(before.doc.starts_with("9_"), "{}", before.doc);

    let mut a = App::reading(Plan::of(&paths), 0, Theme::plain(), 1);
    a.open_marks_unplaced(marks.clone(), "tester".into());
    // A mark on the news article on screen while the rest is being read.
    press(&mut a, "\n");
    screen(&mut a, 120, 40);
    press(&mut a, "s");
    press(&mut a, "m2");
    ctrl(&mut a, 's');
    let all = a.marks.as_ref().unwrap().marks();
    assert_eq!(all.len(), 2);
    let made = (*all.into_iter().find(|m| m.id != before.id).unwrap()).clone();
    let news = a.doc().unwrap().id.clone();
    assert_eq!(made.doc, news);

    until_ready(&mut a);
    let state = a.marks.as_ref().unwrap();
    assert!(state.orphans.is_empty(), "{:?}", state.orphans);
    for m in [&before, &made] {
        let (i, range) = state.spot(&m.id).expect("placed");
        let doc = a.corpus.entries[i].doc().unwrap();
        assert_eq!(doc.id, m.doc);
        assert_eq!(&doc.clean[range], m.quote.exact);
    }
    // Neither mark was changed (re-anchored) by being placed late.
    let store = MarkStore::open(&marks).unwrap();
    assert_eq!(store.get(&before.id), Some(&before));
    assert_eq!(store.get(&made.id), Some(&made));
    let s = text(&screen(&mut a, 160, 48));
    assert!(s.contains("‹Introduction› (1)"), "{s}");
}

#[test]
fn a_large_file_shows_its_start_then_the_whole_at_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    let letter = common::seeds::seed_letter();
    let mut big = Vec::new();
    while big.len() <= 3 * 1024 * 1024 {
        big.extend_from_slice(letter.bytes());
        big.extend_from_slice(b"\n\n");
    }
    let path = dir.path().join("groot.txt");
    std::fs::write(&path, &big).unwrap();
    let marks = dir.path().join("marks.json");
    let mut a = App::reading(Plan::of(std::slice::from_ref(&path)), 0, Theme::plain(), 1);
    a.open_marks_unplaced(marks.clone(), "tester".into());
    assert!(a.is_preview(0));
    let start = a.doc().unwrap().bytes().len();
    assert!(start <= brief::tui::arriving::PREVIEW_BYTES && start > 0);
    let s = text(&screen(&mut a, 120, 40));
    assert!(s.contains("showing the start; reading all 3 MB"), "{s}");
    press(&mut a, "   ");
    let s = text(&screen(&mut a, 120, 40));
    let first_line = |s: &str| {
        s.lines()
            .nth(1)
            .and_then(|l| l.rsplit('│').nth(1))
            .unwrap()
            .trim()
            .to_string()
    };
    let shown = first_line(&s);
    assert!(!shown.is_empty());
    // No mark on a start: a mark names its file by all of its bytes.
    press(&mut a, "m");
    assert!(
        a.message
            .as_deref()
            .unwrap()
            .contains("once the whole document is read")
    );
    assert!(a.panel.is_none());

    until_ready(&mut a);
    assert!(!a.is_preview(0));
    assert_eq!(a.doc().unwrap().bytes().len(), big.len());
    let s = text(&screen(&mut a, 120, 40));
    assert_eq!(first_line(&s), shown, "{s}");
    assert!(!s.contains("showing the start"), "{s}");
    press(&mut a, "m");
    assert!(a.panel.is_some(), "the mark form opens now");
}
