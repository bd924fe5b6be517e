use super::*;
use crate::corpus::Corpus;
use crate::tui::Theme;
use crossterm::event::{KeyCode, KeyEvent};
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

/// Waits for the index thread (no time limit is asserted: the loop only
/// keeps a broken build from hanging the test run).
fn wait_for_index(app: &mut App) {
    for _ in 0..6000 {
        if app.poll_search_index() && app.search_index().is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the index never arrived");
}

/// Starts indexing the app's corpus as the reader does, on a briefing of its own.
fn start_indexing(app: &mut App) {
    let briefing = Arc::new(crate::briefing::Briefing::new(app.corpus.clone()));
    app.start_search_indexing(&briefing);
}

/// S before the index is built says so, with progress, instead of "no
/// matches"; once the index arrives the query typed meanwhile runs.
#[test]
fn a_search_typed_while_indexing_says_so_and_runs_when_ready() {
    let mut app = App::new(Corpus::bundled(), Theme::plain());
    type_keys(&mut app, "Soekraine");
    let s = screen(&mut app);
    assert!(s.contains("indexing for search"), "{s}");
    assert!(s.contains("Search all documents (indexing…)"), "{s}");
    assert!(!s.contains("no matches") && !s.contains("0 matches"), "{s}");
    start_indexing(&mut app);
    wait_for_index(&mut app);
    let view = app.search.view.as_ref().unwrap();
    assert!(
        view.total > 0 && !view.hits.is_empty(),
        "the pending query ran"
    );
    let total = view.total;
    let s = screen(&mut app);
    assert!(!s.contains("indexing"), "{s}");
    assert!(s.contains(&format!("({total} matches")), "{s}");
}

/// `/query` and Enter before the index is built: once it arrives, the
/// reader goes to the first match, as it does when the index was there.
#[test]
fn a_search_confirmed_while_indexing_goes_to_its_match_when_ready() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    type_keys(&mut app, "/bijzondere aandacht voor MH17");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    let s = screen(&mut app);
    assert!(s.contains("indexing for search"), "{s}");
    start_indexing(&mut app);
    wait_for_index(&mut app);
    let s = screen(&mut app);
    assert!(s.contains("/bijzondere aandacht voor MH17 1/1"), "{s}");
    assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
}

/// The same for S: the first match in all documents opens, and n/N go
/// on in that document.
#[test]
fn a_search_in_all_confirmed_while_indexing_opens_its_first_match() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    type_keys(&mut app, "Sbijzondere aandacht voor MH17");
    app.handle_key(KeyEvent::from(KeyCode::Enter));
    start_indexing(&mut app);
    wait_for_index(&mut app);
    let s = screen(&mut app);
    assert!(!s.contains("Search all documents"), "{s}");
    assert!(s.contains("/bijzondere aandacht voor MH17 1/1"), "{s}");
    assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
}

/// `/` moves the reader to matches while typing; Esc puts back the very
/// top line, cursor and selection it had, not a place near them.
#[test]
fn esc_puts_the_view_back_as_it_was() {
    let mut app = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    start_indexing(&mut app);
    wait_for_index(&mut app);
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
    start_indexing(&mut app);
    wait_for_index(&mut app);
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
        let index = Some(Arc::new(SearchIndex::build(&corpus)));
        Context {
            corpus,
            index,
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
    fn without_the_index_the_count_says_how_far_indexing_is() {
        let mut cx = context(0, 0);
        cx.index = None;
        let mut s = Search::default();
        s.start(Scope::Document, &cx);
        assert!(typed(&mut s, "kiev", &cx).is_empty());
        let count = s.count(false).unwrap();
        assert!(count.starts_with("/kiev: indexing for search"), "{count}");
    }
}

#[test]
fn progress_counts_documents() {
    let app = App::new(Corpus::bundled(), Theme::plain());
    assert_eq!(app.search.indexing.progress(), (0, 0));
    let p = IndexProgress::default();
    let corpus = Corpus::bundled();
    let _ = SearchIndex::build_with_progress(&corpus, &p);
    assert_eq!(p.get(), (corpus.entries.len(), corpus.entries.len()));
}
