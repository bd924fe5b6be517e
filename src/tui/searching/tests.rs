use super::*;
use crate::corpus::{Corpus, Entry};
use crate::search::{FoldedText, Hit, SearchIndex, View};
use crate::tui::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(app: &mut App) -> String {
    let mut t = Terminal::new(TestBackend::new(120, 30)).unwrap();
    t.draw(|f| crate::tui::draw(app, f)).unwrap();
    let b = t.backend().buffer();
    (0..30)
        .map(|y| (0..120).map(|x| b[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

fn type_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle_key(KeyEvent::from(KeyCode::Char(c)));
    }
}

fn clear_query(app: &mut App) {
    app.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
}

/// Polls as the event loop does until the search's threads have brought
/// everything (no time limit is asserted: the loop only keeps a broken
/// build from hanging the test run).
fn wait_for_search(app: &mut App) {
    for _ in 0..60_000 {
        app.poll_search();
        if !app.search.busy() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    panic!("the search never finished");
}

/// `n` copies of the bundled briefing, one corpus: about 41 KB a copy.
fn copies(n: usize) -> Corpus {
    let mut corpus = Corpus::default();
    for _ in 0..n {
        corpus.entries.extend(Corpus::bundled().entries);
    }
    corpus
}

/// A document of `text`, parsed as a file of the briefing would be.
fn document(name: &str, text: String) -> Entry {
    crate::corpus::load_bytes(
        name.into(),
        crate::document::Origin::Bundled(format!("{name}.txt")),
        text.into_bytes(),
    )
}

/// The bundled briefing in reading order with a letter larger than a key
/// folds (seed 004's file, many times) first.
fn with_a_large_letter() -> Corpus {
    let mut corpus = Corpus::bundled().into_reading_order();
    let letter = String::from_utf8(corpus.entries[0].doc().unwrap().bytes().to_vec()).unwrap();
    let times = crate::search::views::INLINE_BYTES / letter.len() + 2;
    corpus.entries[0] = document("large", format!("{letter}\n\n").repeat(times));
    corpus
}

/// The hits the search of all documents listed, checked against the whole
/// corpus folded at once: the same first [`RESULT_LIMIT`], the same count,
/// in document then text order.
fn assert_as_the_index_finds(app: &App, index: &SearchIndex) {
    let view = app.search.view.as_ref().unwrap();
    let m = view.matcher.clone().unwrap().unwrap();
    let (want, total) =
        index.search_all_limited(&app.corpus, &m, view.include_folded, RESULT_LIMIT);
    assert_eq!(view.total, total, "every match counted: {:?}", view.query);
    assert_eq!(view.hits, want, "{:?}", view.query);
    assert!(
        view.hits
            .windows(2)
            .all(|w| (w[0].doc, w[0].clean.start) < (w[1].doc, w[1].clean.start)),
        "by document, then text order"
    );
}

/// S before every document is read says so, instead of "no matches"; once
/// they are, the query typed meanwhile runs.
#[test]
fn a_search_typed_while_reading_says_so_and_runs_when_ready() {
    let mut app = App::new(Corpus::bundled(), Theme::plain());
    // The list not in reading order yet: the corpus is not complete.
    app.arriving.reorder_pending = true;
    type_keys(&mut app, "Soekraine");
    app.poll_search();
    let s = screen(&mut app);
    assert!(s.contains("waiting for every document to be read"), "{s}");
    assert!(
        s.contains("Search all documents (waiting for every document"),
        "{s}"
    );
    assert!(!s.contains("no matches") && !s.contains("0 matches"), "{s}");
    app.arriving.reorder_pending = false;
    wait_for_search(&mut app);
    let view = app.search.view.as_ref().unwrap();
    assert!(
        view.total > 0 && !view.hits.is_empty(),
        "the pending query ran"
    );
    let total = view.total;
    let s = screen(&mut app);
    assert!(!s.contains("waiting"), "{s}");
    assert!(s.contains(&format!("({total} matches")), "{s}");
}

/// `/query` and Enter before every document is read: once they are, the
/// reader goes to the first match, as it does when they were.
#[test]
fn a_search_confirmed_while_reading_goes_to_its_match_when_ready() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    app.arriving.reorder_pending = true;
    type_keys(&mut app, "/bijzondere aandacht voor MH17");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    let s = screen(&mut app);
    assert!(s.contains("waiting for every document to be read"), "{s}");
    // The list put in order (the search renumbered), then the search runs.
    app.poll_loading();
    assert!(app.corpus_ready());
    wait_for_search(&mut app);
    let s = screen(&mut app);
    assert!(s.contains("/bijzondere aandacht voor MH17 1/1"), "{s}");
    assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
}

/// The same for S: the first match in all documents opens, and n/N go
/// on in that document.
#[test]
fn a_search_in_all_confirmed_while_reading_opens_its_first_match() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    app.arriving.reorder_pending = true;
    type_keys(&mut app, "Sbijzondere aandacht voor MH17");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    app.poll_loading();
    assert!(app.corpus_ready());
    wait_for_search(&mut app);
    let s = screen(&mut app);
    assert!(!s.contains("Search all documents"), "{s}");
    assert!(s.contains("/bijzondere aandacht voor MH17 1/1"), "{s}");
    assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
}

/// A letter larger than a key folds: `/` says it is being indexed, the key
/// returns, and the search runs when its folded view comes, the reader at
/// its first match; the view is kept for the next search.
#[test]
fn a_search_in_a_large_letter_waits_for_its_view_not_the_key() {
    let mut app = App::new(with_a_large_letter(), Theme::plain());
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    type_keys(&mut app, "/bijzondere aandacht voor MH17");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    let s = screen(&mut app);
    assert!(s.contains("indexing this document for search"), "{s}");
    assert!(app.search.view.as_ref().unwrap().hits.is_empty());
    wait_for_search(&mut app);
    let s = screen(&mut app);
    let view = app.search.view.as_ref().unwrap();
    assert!(view.total > 1, "the letter repeats it: {}", view.total);
    let count = format!("/bijzondere aandacht voor MH17 1/{}", view.total);
    assert!(s.contains(&count), "{s}");
    assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
    // Found in the letter's view as the whole corpus folded finds it.
    let index = SearchIndex::build(&app.corpus);
    let m = view.matcher.clone().unwrap().unwrap();
    assert_eq!(view.hits, index.search_doc(&app.corpus, 0, &m, false));
    // The view is kept: the next search in it runs at once. (Views of other
    // documents in use may still arrive from the folding thread meanwhile:
    // the search itself waits for nothing.)
    type_keys(&mut app, "/kiev");
    assert!(!app.search.finder.busy());
    assert!(app.search.view.as_ref().unwrap().total > 0);
}

/// Enter on a result in a large letter whose view is not folded yet: the
/// letter opens at once on that match, with the matches listed for it,
/// and takes all of its own when its view comes.
#[test]
fn a_result_in_a_large_letter_opens_before_its_view_is_folded() {
    let mut app = App::new(with_a_large_letter(), Theme::plain());
    type_keys(&mut app, "Skiev");
    wait_for_search(&mut app);
    app.handle_key(KeyEvent::from(KeyCode::Down));
    let chosen = app.search.view.as_ref().unwrap().hits[1].clone();
    assert_eq!(chosen.doc, 0, "the letter comes first");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    assert_eq!(app.selected, 0);
    let view = app.search.view.as_ref().unwrap();
    assert_eq!(view.hits[view.current], chosen, "on the chosen match");
    wait_for_search(&mut app);
    let view = app.search.view.as_ref().unwrap();
    assert_eq!(view.hits[view.current], chosen, "still on it");
    let index = SearchIndex::build(&app.corpus);
    let m = view.matcher.clone().unwrap().unwrap();
    assert_eq!(view.hits, index.search_doc(&app.corpus, 0, &m, false));
}

/// Typing a query over a large briefing: every key returns with the
/// results of the first documents only (a key's share), the status says
/// how far the search is, and it ends with every match of the whole
/// briefing folded at once, by document then text order, all counted.
#[test]
fn typing_does_not_wait_for_the_search_of_all_documents() {
    let mut app = App::new(copies(200), Theme::plain());
    let index = SearchIndex::build(&app.corpus);
    let n = app.corpus.entries.len();
    type_keys(&mut app, "S");
    for c in "rutte".chars() {
        app.handle_key(KeyEvent::from(KeyCode::Char(c)));
        let count = app.search_count().unwrap();
        let searched: usize = count
            .split("searching: ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("says how far it is: {count}"));
        assert!(searched < n, "{count}");
        assert!(count.ends_with(&format!("of {n} documents…")), "{count}");
        let view = app.search.view.as_ref().unwrap();
        assert!(view.hits.iter().all(|h| h.doc < searched), "{count}");
    }
    let s = screen(&mut app);
    assert!(s.contains("searching: "), "{s}");
    wait_for_search(&mut app);
    assert_as_the_index_finds(&app, &index);
    let s = screen(&mut app);
    assert!(!s.contains("searching"), "{s}");
    // More matches than are listed; others with a capital, a regular
    // expression, whole words, boilerplate too.
    for (query, ctrl) in [
        ("de", None),
        ("Oekraïne", None),
        ("[0-9]{4}", Some('r')),
        ("kamer", Some('w')),
        ("kamer", Some('b')),
    ] {
        clear_query(&mut app);
        if let Some(c) = ctrl {
            app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        }
        type_keys(&mut app, query);
        wait_for_search(&mut app);
        assert_as_the_index_finds(&app, &index);
        if query == "de" {
            let view = app.search.view.as_ref().unwrap();
            assert!(view.total > view.hits.len() && view.hits.len() == RESULT_LIMIT);
        }
        if let Some(c) = ctrl {
            app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        }
    }
}

/// A query changed while the search of the one before runs: no match of
/// the old query is ever listed, whatever the workers were doing.
#[test]
fn a_changed_query_never_shows_the_old_querys_matches() {
    let mut app = App::new(copies(200), Theme::plain());
    let index = SearchIndex::build(&app.corpus);
    type_keys(&mut app, "Srutte");
    for _ in 0..3 {
        app.poll_search();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    clear_query(&mut app);
    type_keys(&mut app, "navo");
    let corpus = app.corpus.clone();
    let is_navo = |h: &Hit| {
        let doc = corpus.entries[h.doc].doc().unwrap();
        let text = FoldedText::new(&doc.clean[h.clean.clone()]);
        text.text(View::Lower) == "navo"
    };
    for _ in 0..60_000 {
        app.poll_search();
        let view = app.search.view.as_ref().unwrap();
        let old = view.hits.iter().find(|h| !is_navo(h));
        assert!(old.is_none(), "{old:?} listed for /navo");
        if !app.search.busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    assert_as_the_index_finds(&app, &index);
}

/// Enter before the first match of a large briefing is known (it is in the
/// last document): the results close, and the reader goes to it once it is.
#[test]
fn a_search_in_all_confirmed_before_its_first_match_opens_it_when_found() {
    let mut corpus = copies(100);
    let last = "Slotbrief\n\nDe zeepbelslotzin staat alleen hier.\n";
    corpus.entries.push(document("last", last.into()));
    let mut app = App::new(corpus, Theme::plain());
    type_keys(&mut app, "Szeepbelslotzin");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    assert!(app.search.busy(), "confirmed before it is found");
    assert_eq!(app.selected, 0);
    wait_for_search(&mut app);
    let s = screen(&mut app);
    assert_eq!(app.selected, app.corpus.entries.len() - 1, "{s}");
    assert!(s.contains("/zeepbelslotzin 1/1"), "{s}");
}

/// `/` moves the reader to matches while typing; Esc puts back the very
/// top line, cursor and selection it had, not a place near them.
#[test]
fn esc_puts_the_view_back_as_it_was() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    screen(&mut app);
    for _ in 0..3 {
        app.handle_key(KeyEvent::from(KeyCode::PageDown));
    }
    type_keys(&mut app, "svs");
    let before = screen(&mut app);
    let top = app.reading_offset_now();
    let cursor = app.views[app.selected].cursor.clone();
    assert!(cursor.selection().is_some());
    type_keys(&mut app, "/kiev");
    assert_ne!(app.reading_offset_now(), top, "the search moved the view");
    app.handle_key(KeyEvent::from(KeyCode::Esc));
    assert_eq!(app.reading_offset_now(), top);
    assert_eq!(app.views[app.selected].cursor, cursor);
    assert_eq!(screen(&mut app), before);
}

#[test]
fn one_result_is_one_match() {
    let mut app = App::new(Corpus::bundled(), Theme::plain());
    type_keys(&mut app, "Srobuust sanctiepakket");
    let s = screen(&mut app);
    assert!(s.contains("Search all documents (1 match)"), "{s}");
}

/// The component alone: keys in, effects out, no App and no drawing.
mod component {
    use super::super::*;
    use crossterm::event::{KeyCode, KeyEvent};

    fn context(doc: usize, top: usize) -> Context {
        let corpus = Arc::new(Corpus::bundled().into_reading_order());
        Context {
            corpus,
            ready: true,
            doc,
            unfolded: false,
            top,
            cursor: Cursor::default(),
            after_cursor: None,
            page: 7,
        }
    }

    fn typed(search: &mut Search, text: &str, cx: &Context) -> Vec<Effect> {
        let mut last = Vec::new();
        for c in text.chars() {
            last = search.key(KeyEvent::from(KeyCode::Char(c)), cx);
        }
        last
    }

    #[test]
    fn typing_shows_the_first_match_after_the_start_and_esc_goes_back() {
        let cx = context(0, 4000);
        let mut s = Search::default();
        assert!(s.start(Scope::Document, &cx).is_empty());
        let effects = typed(&mut s, "oekraine", &cx);
        let view = s.view.as_ref().unwrap();
        let hit = &view.hits[view.current];
        assert!(hit.clean.start >= 4000, "{hit:?}");
        assert!(view.current > 0, "matches before the start are counted");
        assert_eq!(
            effects,
            vec![Effect::Show {
                doc: 0,
                range: hit.clean.clone()
            }]
        );
        let back = s.key(KeyEvent::from(KeyCode::Esc), &cx);
        // Back to where it started: the same top line, no cursor.
        assert_eq!(
            back,
            vec![Effect::Restore {
                doc: 0,
                top: 4000,
                cursor: Default::default()
            }]
        );
        assert!(s.view.is_none());
    }

    #[test]
    fn enter_on_a_result_in_all_documents_opens_it_and_n_goes_on_there() {
        let cx = context(0, 0);
        let mut s = Search::default();
        assert_eq!(s.start(Scope::All, &cx).len(), 1, "the results open");
        typed(&mut s, "rutte", &cx);
        let all = s.view.as_ref().unwrap().total;
        let chosen = s.view.as_ref().unwrap().hits[1].clone();
        s.view.as_mut().unwrap().current = 1;
        let effects = s.key(KeyEvent::from(KeyCode::Enter), &cx);
        assert_eq!(
            effects,
            vec![
                Effect::Find(Find::Search),
                Effect::Close,
                Effect::Show {
                    doc: chosen.doc,
                    range: chosen.clean.clone()
                }
            ]
        );
        let view = s.view.as_ref().unwrap();
        assert_eq!(view.scope, Scope::Document);
        assert!(view.total < all, "{} of {all}", view.total);
        assert!(view.hits.iter().all(|h| h.doc == chosen.doc));
    }

    #[test]
    fn page_keys_move_the_results_a_page_as_shown() {
        let cx = context(0, 0);
        let mut s = Search::default();
        s.start(Scope::All, &cx);
        typed(&mut s, "de", &cx);
        let key = |s: &mut Search, code| {
            s.key(KeyEvent::from(code), &cx);
            s.view.as_ref().unwrap().current
        };
        assert_eq!(key(&mut s, KeyCode::PageDown), 7, "the context's page");
        assert_eq!(key(&mut s, KeyCode::Down), 8);
        assert_eq!(key(&mut s, KeyCode::PageUp), 1);
        assert_eq!(key(&mut s, KeyCode::Up), 0);
        assert_eq!(key(&mut s, KeyCode::Up), 0, "not above the first");
    }

    /// The documents are put in another order while a search is kept (a
    /// folder finished reading): the matches follow their documents and
    /// the current match stays the same text.
    #[test]
    fn renumbering_keeps_the_current_match_on_its_text() {
        let cx = context(0, 0);
        let mut s = Search::default();
        s.start(Scope::All, &cx);
        typed(&mut s, "rutte", &cx);
        let view = s.view.as_mut().unwrap();
        let docs: std::collections::BTreeSet<usize> = view.hits.iter().map(|h| h.doc).collect();
        assert!(docs.len() > 1, "{docs:?}");
        view.current = view.hits.len() - 1;
        let current = view.hits[view.current].clone();
        let n = cx.corpus.entries.len();
        let reversed: Vec<usize> = (0..n).map(|d| n - 1 - d).collect();
        s.renumber(&reversed);
        let view = s.view.as_ref().unwrap();
        let now = &view.hits[view.current];
        assert_eq!(now.doc, n - 1 - current.doc);
        assert_eq!(now.clean, current.clean);
        assert!(
            view.hits
                .windows(2)
                .all(|w| (w[0].doc, w[0].clean.start) <= (w[1].doc, w[1].clean.start)),
            "in the new order"
        );
    }

    #[test]
    fn n_past_the_last_match_says_it_went_on_from_the_top() {
        let cx = context(0, 0);
        let mut s = Search::default();
        s.start(Scope::Document, &cx);
        typed(&mut s, "MH17", &cx);
        s.key(KeyEvent::from(KeyCode::Enter), &cx);
        let n = s.view.as_ref().unwrap().hits.len();
        assert!(n > 1);
        for _ in 1..n {
            let effects = s.next(true, &cx);
            assert!(
                !effects
                    .iter()
                    .any(|e| matches!(e, Effect::Say(m) if m.contains(WRAPPED_TO_TOP)))
            );
        }
        let effects = s.next(true, &cx);
        let said = format!("/MH17 1/{n} · {WRAPPED_TO_TOP}");
        assert!(effects.contains(&Effect::Say(said)), "{effects:?}");
    }

    #[test]
    fn before_every_document_is_read_the_count_says_so() {
        let mut cx = context(0, 0);
        cx.ready = false;
        let mut s = Search::default();
        s.start(Scope::Document, &cx);
        assert!(typed(&mut s, "kiev", &cx).is_empty());
        let count = s.count().unwrap();
        assert!(
            count.starts_with("/kiev: waiting for every document to be read"),
            "{count}"
        );
        // n says so too, rather than "no matches".
        s.key(KeyEvent::from(KeyCode::Enter), &cx);
        assert_eq!(s.next(true, &cx), vec![Effect::Say(count)]);
    }
}

#[test]
fn progress_counts_documents() {
    let p = crate::search::IndexProgress::default();
    let corpus = Corpus::bundled();
    let _ = SearchIndex::build_with_progress(&corpus, &p);
    assert_eq!(p.get(), (corpus.entries.len(), corpus.entries.len()));
}
