//! What the search keys do: `/` searches this document as you type (the view
//! follows the first match after the reading position), `S` or Ctrl-F
//! searches every document into a results list, Enter keeps the matches for
//! `n`/`N`, Esc drops them.
//!
//! The search index is built on a thread of its own as the reader starts
//! ([`Indexing`]), not after entity recognition: a search typed before it is
//! ready says how far indexing has come, and runs as soon as it arrives.

use super::app::App;
use super::entity_view::Find;
use super::panels::search_results::SearchResultsPanel;
use super::search_view::{Edit, Scope, SearchView};
use crate::search::{IndexProgress, SearchIndex};
use crossterm::event::KeyEvent;
use std::sync::{Arc, Mutex};

/// Said when `n` goes on from the first match after the last one.
pub const WRAPPED_TO_TOP: &str = "passed the end, went on from the top";
/// Said when `N` goes on from the last match before the first one.
pub const WRAPPED_TO_END: &str = "passed the top, went on from the end";

/// Results listed at most; the count says how many there are in all.
pub const RESULT_LIMIT: usize = 2000;

/// The search index being built on its own thread, and how far it is.
#[derive(Debug, Default)]
pub struct Indexing {
    progress: Arc<IndexProgress>,
    /// Filled by the thread when it is done.
    built: Arc<Mutex<Option<Arc<SearchIndex>>>>,
    /// The index, once it arrived.
    index: Option<Arc<SearchIndex>>,
    /// The progress last drawn, to redraw only when it moved.
    shown: (usize, usize),
}

impl Indexing {
    /// `(done, total)` documents, while the index is being built.
    pub fn progress(&self) -> (usize, usize) {
        self.progress.get()
    }
}

impl App {
    /// Starts building the search index on a thread of its own.
    pub fn start_search_indexing(&mut self) {
        let corpus = self.corpus.clone();
        let progress = self.indexing.progress.clone();
        let built = self.indexing.built.clone();
        let _ = std::thread::Builder::new()
            .name("brief-search-index".into())
            .spawn(move || {
                let index = SearchIndex::build_with_progress(&corpus, &progress);
                if let Ok(mut slot) = built.lock() {
                    *slot = Some(Arc::new(index));
                }
            });
    }

    /// Takes the search index when its thread is done (a search typed
    /// meanwhile runs then). True when the screen should be drawn again:
    /// the index arrived, or indexing moved on while a search is shown.
    pub fn poll_search_index(&mut self) -> bool {
        let arrived = self.indexing.built.lock().ok().and_then(|mut s| s.take());
        if self.crossref.is_some() {
            // The cross-references hold the same index: one is enough.
            self.indexing.index = None;
            return false;
        }
        if self.indexing.index.is_some() {
            return false;
        }
        if let Some(index) = arrived {
            self.indexing.index = Some(index);
            // Typed or already confirmed: either way the reader goes to
            // the first match, as it would have with the index there.
            if self.search.is_some() {
                self.run_search(true);
            }
            return true;
        }
        let now = self.indexing.progress();
        let moved = now != self.indexing.shown;
        self.indexing.shown = now;
        moved && self.search.is_some()
    }

    /// "indexing for search: 2 of 5 documents…", while the index is built.
    pub fn indexing_status(&self) -> String {
        match self.indexing.progress() {
            (_, 0) => "indexing for search…".to_string(),
            (done, 1) => format!("indexing for search: {done} of 1 document…"),
            (done, total) => format!("indexing for search: {done} of {total} documents…"),
        }
    }

    /// The search index, once it is built (by its own thread, or with the
    /// cross-references).
    pub fn search_index(&self) -> Option<Arc<SearchIndex>> {
        self.indexing
            .index
            .clone()
            .or_else(|| self.crossref.as_ref().map(|c| c.search.clone()))
    }

    /// The search index and the rest arrived: a search typed meanwhile runs now.
    pub fn set_crossref(&mut self, c: std::sync::Arc<super::app::CrossRef>) {
        let had_index = self.search_index().is_some();
        self.crossref = Some(c);
        // Its index folds the same texts: matches found meanwhile stay valid.
        self.indexing.index = None;
        if self.search.is_some() && !had_index {
            self.run_search(true);
        }
    }

    /// `/` or `S`: a new query line.
    pub(super) fn start_search(&mut self, scope: Scope) {
        let mut view = SearchView::new(scope);
        // Keep the options of the last search.
        if let Some(last) = &self.search {
            view.query.regex = last.query.regex;
            view.query.whole_word = last.query.whole_word;
            view.include_folded = last.include_folded;
        }
        self.search_origin = Some((self.selected, self.reading_offset_now()));
        self.search = Some(view);
        if scope == Scope::All {
            self.open_panel(SearchResultsPanel);
        }
    }

    pub(super) fn reading_offset_now(&mut self) -> usize {
        let Some(crate::corpus::Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        self.views[self.selected].reader.top_clean(doc)
    }

    /// Whether the query line has the keys.
    pub fn typing_search(&self) -> bool {
        self.search.as_ref().is_some_and(|s| s.typing)
    }

    pub(super) fn search_key(&mut self, key: KeyEvent) {
        let Some(view) = &mut self.search else { return };
        match view.key(key) {
            Edit::Changed => self.run_search(true),
            Edit::Moved => {}
            Edit::None => {}
            Edit::Cancel => {
                // Back to where the search started, matches gone.
                if let Some((doc, at)) = self.search_origin.take()
                    && self
                        .search
                        .as_ref()
                        .is_some_and(|s| s.scope == Scope::Document)
                {
                    self.jump_to(doc, at);
                }
                // The results of a search in all documents close with it
                // (nothing else can open while the query line has the keys).
                if self.search.as_ref().is_some_and(|s| s.scope == Scope::All) {
                    self.panel = None;
                }
                self.search = None;
            }
            Edit::Confirm if view.query.text.is_empty() => self.repeat_last_search(),
            Edit::Confirm => {
                let scope = view.scope;
                view.typing = false;
                self.last_query = Some(view.query.clone());
                self.entities.last_find = Some(Find::Search);
                if scope == Scope::All {
                    self.panel = None;
                    let current = self.search.as_ref().map_or(0, |s| s.current);
                    self.go_to_hit(current);
                }
            }
        }
    }

    /// `/` then Enter with nothing typed: the last query again, from just
    /// after the reading cursor (or the top of the view), as in less and vim.
    fn repeat_last_search(&mut self) {
        let Some(last) = self.last_query.clone() else {
            if self.search.as_ref().is_some_and(|s| s.scope == Scope::All) {
                self.panel = None;
            }
            self.search = None;
            self.message = Some("No previous search to repeat".into());
            return;
        };
        let selected = self.selected;
        let after_cursor = self
            .views
            .get(selected)
            .and_then(|v| v.cursor.at.as_ref())
            .map(|c| c.start + 1);
        if let (Some(at), Some(origin)) = (after_cursor, &mut self.search_origin) {
            origin.1 = at;
        }
        let Some(view) = &mut self.search else { return };
        view.query = last;
        view.typing = false;
        self.entities.last_find = Some(Find::Search);
        self.run_search(true);
        if self.search.as_ref().is_some_and(|v| v.scope == Scope::All) {
            self.open_panel(SearchResultsPanel);
            if let Some(v) = &mut self.search {
                v.typing = true;
            }
        }
        if self.message.is_none() {
            self.message = self.search_count();
        }
    }

    /// Matches the query again: in this document (following the first match
    /// after where the search started), or in all documents.
    pub(super) fn run_search(&mut self, follow: bool) {
        let Some(index) = self.search_index() else {
            return;
        };
        let corpus = self.corpus.clone();
        let selected = self.selected;
        // Folded boilerplate counts while it is shown, or when asked for.
        let unfolded = self
            .views
            .get(selected)
            .is_some_and(|v| v.reader.show_folded);
        let Some(view) = &mut self.search else { return };
        view.recompile();
        view.hits.clear();
        view.total = 0;
        view.current = 0;
        let Some(Ok(m)) = &view.matcher else {
            return;
        };
        match view.scope {
            Scope::Document => {
                view.hits = index.search_doc(&corpus, selected, m, view.include_folded || unfolded);
                view.total = view.hits.len();
            }
            Scope::All => {
                let (hits, total) =
                    index.search_all_limited(&corpus, m, view.include_folded, RESULT_LIMIT);
                view.hits = hits;
                view.total = total;
            }
        }
        // A search in all documents confirmed before the index was there:
        // its first match opens, as Enter on the results would have.
        if follow && view.scope == Scope::All && !view.typing && !view.hits.is_empty() {
            self.go_to_hit(0);
            return;
        }
        if follow && view.scope == Scope::Document && !view.hits.is_empty() {
            let from = self.search_origin.map_or(0, |(_, at)| at);
            let after = view.hits.iter().position(|h| h.clean.start >= from);
            let first = after.unwrap_or(0);
            view.current = first;
            // Only a confirmed search says it wrapped: while typing, every
            // key would say it again.
            let wrapped = after.is_none() && from > 0 && !view.typing;
            self.go_to_hit(first);
            if wrapped {
                self.message = self
                    .search_count()
                    .map(|c| format!("{c} · {WRAPPED_TO_TOP}"));
            }
        }
    }

    /// Shows match `i` of the current search.
    pub(super) fn go_to_hit(&mut self, i: usize) {
        let index = self.search_index();
        let Some(view) = &mut self.search else { return };
        let Some(hit) = view.hits.get(i).cloned() else {
            return;
        };
        view.current = i;
        // A match in the results list of all documents opens that document and
        // makes the search this document's, so n/N go on there.
        if view.scope == Scope::All && !view.typing {
            let corpus = self.corpus.clone();
            if let (Some(index), Some(Ok(m))) = (index, view.matcher.clone()) {
                view.scope = Scope::Document;
                view.hits = index.search_doc(&corpus, hit.doc, &m, view.include_folded);
                view.total = view.hits.len();
                view.current = view
                    .hits
                    .iter()
                    .position(|h| h.clean == hit.clean)
                    .unwrap_or(0);
            }
        }
        self.jump_to_range(hit.doc, hit.clean.clone());
    }

    /// `n`/`N` after a search: the next or previous match, wrapping around.
    pub(super) fn search_next(&mut self, forward: bool) {
        let selected = self.selected;
        let Some(view) = &mut self.search else {
            return;
        };
        if view.hits.is_empty() {
            self.message = Some("No matches".into());
            return;
        }
        // The search may belong to another document than the one shown now.
        if view.hits.first().is_some_and(|h| h.doc != selected) {
            self.run_search(false);
        }
        let Some(view) = &mut self.search else { return };
        if view.hits.is_empty() {
            self.message = Some("No matches in this document".into());
            return;
        }
        let n = view.hits.len();
        let next = if forward {
            (view.current + 1) % n
        } else {
            (view.current + n - 1) % n
        };
        let wrapped = if forward {
            next <= view.current
        } else {
            next >= view.current
        };
        self.go_to_hit(next);
        let count = self.search_count();
        self.message = match (count, wrapped) {
            (Some(c), true) if forward => Some(format!("{c} · {WRAPPED_TO_TOP}")),
            (Some(c), true) => Some(format!("{c} · {WRAPPED_TO_END}")),
            (count, _) => count,
        };
    }

    /// "3/17" for the status bar.
    pub fn search_count(&self) -> Option<String> {
        let v = self.search.as_ref()?;
        if let Some(e) = v.error() {
            return Some(format!("/{}: {e}", v.query.text));
        }
        if v.query.text.is_empty() {
            return None;
        }
        if self.search_index().is_none() {
            return Some(format!("/{}: {}", v.query.text, self.indexing_status()));
        }
        Some(if v.total == 0 {
            format!("/{}: no matches", v.query.text)
        } else {
            format!("/{} {}/{}", v.query.text, v.current + 1, v.total)
        })
    }
}

#[cfg(test)]
mod tests {
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
        app.start_search_indexing();
        wait_for_index(&mut app);
        let view = app.search.as_ref().unwrap();
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
        app.start_search_indexing();
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
        app.start_search_indexing();
        wait_for_index(&mut app);
        let s = screen(&mut app);
        assert!(!s.contains("Search all documents"), "{s}");
        assert!(s.contains("/bijzondere aandacht voor MH17 1/1"), "{s}");
        assert!(s.contains("· MH17 ·"), "the reader is at the match: {s}");
    }

    #[test]
    fn progress_counts_documents() {
        let app = App::new(Corpus::bundled(), Theme::plain());
        assert_eq!(app.indexing.progress(), (0, 0));
        let p = IndexProgress::default();
        let corpus = Corpus::bundled();
        let _ = SearchIndex::build_with_progress(&corpus, &p);
        assert_eq!(p.get(), (corpus.entries.len(), corpus.entries.len()));
    }
}
