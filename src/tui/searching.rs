//! What the search keys do: `/` searches this document as you type (the view
//! follows the first match after the reading position), `S` or Ctrl-F
//! searches every document into a results list, Enter keeps the matches for
//! `n`/`N`, Esc drops them.

use super::app::{App, Overlay};
use super::entity_view::Find;
use super::search_view::{Edit, Scope, SearchView};
use crossterm::event::KeyEvent;

/// Results listed at most; the count says how many there are in all.
pub const RESULT_LIMIT: usize = 2000;

impl App {
    /// The search index and the rest arrived: a search typed meanwhile runs now.
    pub fn set_crossref(&mut self, c: std::sync::Arc<super::app::CrossRef>) {
        self.crossref = Some(c);
        if self.search.is_some() {
            self.run_search(self.typing_search());
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
            self.overlay = Some(Overlay::SearchResults);
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
                self.search = None;
                if self.overlay == Some(Overlay::SearchResults) {
                    self.overlay = None;
                }
            }
            Edit::Confirm => {
                let scope = view.scope;
                view.typing = false;
                self.entities.last_find = Some(Find::Search);
                if scope == Scope::All {
                    self.overlay = None;
                    let current = self.search.as_ref().map_or(0, |s| s.current);
                    self.go_to_hit(current);
                }
            }
        }
    }

    /// Matches the query again: in this document (following the first match
    /// after where the search started), or in all documents.
    pub(super) fn run_search(&mut self, follow: bool) {
        let Some(index) = self.crossref.as_ref().map(|c| c.search.clone()) else {
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
        if follow && view.scope == Scope::Document && !view.hits.is_empty() {
            let from = self.search_origin.map_or(0, |(_, at)| at);
            let first = view
                .hits
                .iter()
                .position(|h| h.clean.start >= from)
                .unwrap_or(0);
            view.current = first;
            self.go_to_hit(first);
        }
    }

    /// Shows match `i` of the current search.
    pub(super) fn go_to_hit(&mut self, i: usize) {
        let Some(view) = &mut self.search else { return };
        let Some(hit) = view.hits.get(i).cloned() else {
            return;
        };
        view.current = i;
        // A match in the results list of all documents opens that document and
        // makes the search this document's, so n/N go on there.
        if view.scope == Scope::All && !view.typing {
            let corpus = self.corpus.clone();
            if let (Some(index), Some(Ok(m))) = (
                self.crossref.as_ref().map(|c| c.search.clone()),
                view.matcher.clone(),
            ) {
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
        self.jump_to(hit.doc, hit.clean.start);
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
        self.go_to_hit(next);
        let count = self.search_count();
        self.message = count;
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
        Some(if v.total == 0 {
            format!("/{}: no matches", v.query.text)
        } else {
            format!("/{} {}/{}", v.query.text, v.current + 1, v.total)
        })
    }
}
