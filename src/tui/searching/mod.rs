//! What the search keys do: `/` searches this document as you type (the view
//! follows the first match after the reading position), `S` or Ctrl-F
//! searches every document into a results list, Enter keeps the matches for
//! `n`/`N`, Esc drops them.
//!
//! [`Search`] is a component: it owns the query line, the matches, where
//! the search started and the last query, reads what it needs of the App
//! through a [`Context`], and asks for the rest (show a match, open or close
//! the results, say something) through effects.
//!
//! The search index is built on a thread of its own as the reader starts
//! ([`Indexing`]), not after entity recognition: a search typed before it is
//! ready says how far indexing has come, and runs as soon as it arrives.

use super::app::App;
use super::cursor::Cursor;
use super::entity_view::Find;
use super::panel::Effect;
use super::panels::search_results::SearchResultsPanel;
use super::search_view::{Edit, Scope, SearchView};
use crate::corpus::Corpus;
use crate::search::{IndexProgress, Query, SearchIndex};
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

    /// "indexing for search: 2 of 5 documents…", while the index is built.
    pub fn status(&self) -> String {
        match self.progress.of_documents() {
            Some(count) => format!("indexing for search: {count}…"),
            None => "indexing for search…".to_string(),
        }
    }
}

/// What the search reads of the App for one action.
pub struct Context {
    pub corpus: Arc<Corpus>,
    /// None while it is being built.
    pub index: Option<Arc<SearchIndex>>,
    /// The document shown.
    pub doc: usize,
    /// It shows its folded text (z): matches there count.
    pub unfolded: bool,
    /// The clean offset at the top of the reader.
    pub top: usize,
    /// The reading cursor and selection in the document shown.
    pub cursor: Cursor,
    /// Just after the reading cursor, when there is one.
    pub after_cursor: Option<usize>,
    /// What PgDn/PgUp move the current match by: the results a page of
    /// the list of all documents' matches shows.
    pub page: usize,
}

/// Where a search started: what Esc puts back, and where matches are
/// followed from.
#[derive(Debug, Clone)]
struct Origin {
    doc: usize,
    /// The top of the reader then.
    top: usize,
    /// The cursor and selection then.
    cursor: Cursor,
    /// The first match after this clean offset is shown while typing.
    from: usize,
}

/// The search: the query line and its matches, kept for `n`/`N`.
#[derive(Default)]
pub struct Search {
    /// The current search, typed or kept for n/N.
    pub view: Option<SearchView>,
    /// Where it started, for Esc.
    origin: Option<Origin>,
    /// The last confirmed query, for `/` and Enter.
    last_query: Option<Query>,
    /// The search index on its own thread, until the cross-references come.
    pub indexing: Indexing,
}

impl Search {
    pub fn typing(&self) -> bool {
        self.view.as_ref().is_some_and(|s| s.typing)
    }

    /// The documents were put in another order: document `d` is now
    /// `new_place[d]`. The matches follow their documents (in the new
    /// order), the current one stays current.
    pub fn renumber(&mut self, new_place: &[usize]) {
        let place = |d: usize| new_place.get(d).copied().unwrap_or(d);
        if let Some(o) = &mut self.origin {
            o.doc = place(o.doc);
        }
        if let Some(v) = &mut self.view {
            let current = v.hits.get(v.current).map(|h| (place(h.doc), h.clean.start));
            for h in &mut v.hits {
                h.doc = place(h.doc);
            }
            v.hits.sort_by_key(|h| (h.doc, h.clean.start));
            if let Some(c) = current {
                v.current = v
                    .hits
                    .iter()
                    .position(|h| (h.doc, h.clean.start) == c)
                    .unwrap_or(0);
            }
        }
    }

    /// `/` or `S`: a new query line, with the options of the last search.
    pub fn start(&mut self, scope: Scope, cx: &Context) -> Vec<Effect> {
        let mut view = SearchView::new(scope);
        if let Some(last) = &self.view {
            view.query.regex = last.query.regex;
            view.query.whole_word = last.query.whole_word;
            view.include_folded = last.include_folded;
        }
        self.origin = Some(Origin {
            doc: cx.doc,
            top: cx.top,
            cursor: cx.cursor.clone(),
            from: cx.top,
        });
        self.view = Some(view);
        if scope == Scope::All {
            return vec![open_results()];
        }
        Vec::new()
    }

    /// A key while the query line is open.
    pub fn key(&mut self, key: KeyEvent, cx: &Context) -> Vec<Effect> {
        let Some(view) = &mut self.view else {
            return Vec::new();
        };
        match view.key(key, cx.page) {
            Edit::Changed => self.run(true, cx),
            Edit::Moved | Edit::None => Vec::new(),
            Edit::Cancel => {
                let mut effects = Vec::new();
                // Back to where the search started, exactly as it was (the
                // same top line, cursor and selection), matches gone.
                if let Some(o) = self.origin.take()
                    && view.scope == Scope::Document
                {
                    effects.push(Effect::Restore {
                        doc: o.doc,
                        top: o.top,
                        cursor: o.cursor,
                    });
                }
                // The results of a search in all documents close with it
                // (nothing else can open while the query line has the keys).
                if view.scope == Scope::All {
                    effects.push(Effect::Close);
                }
                self.view = None;
                effects
            }
            Edit::Confirm if view.query.text.is_empty() => self.repeat_last(cx),
            Edit::Confirm => {
                view.typing = false;
                self.last_query = Some(view.query.clone());
                let mut effects = vec![Effect::Find(Find::Search)];
                if view.scope == Scope::All {
                    effects.push(Effect::Close);
                    let current = view.current;
                    effects.extend(self.go_to(current, cx));
                }
                effects
            }
        }
    }

    /// `/` then Enter with nothing typed: the last query again, from just
    /// after the reading cursor (or the top of the view), as in less and vim.
    fn repeat_last(&mut self, cx: &Context) -> Vec<Effect> {
        let Some(last) = self.last_query.clone() else {
            let all = self.view.as_ref().is_some_and(|s| s.scope == Scope::All);
            self.view = None;
            let mut effects = vec![Effect::Say("No previous search to repeat".into())];
            if all {
                effects.insert(0, Effect::Close);
            }
            return effects;
        };
        if let (Some(at), Some(origin)) = (cx.after_cursor, &mut self.origin) {
            origin.from = at;
        }
        let Some(view) = &mut self.view else {
            return Vec::new();
        };
        view.query = last;
        // In all documents the results open to choose from, the query
        // line with them.
        let all = view.scope == Scope::All;
        view.typing = all;
        let mut effects = vec![Effect::Find(Find::Search)];
        effects.extend(self.run(true, cx));
        if all {
            effects.push(open_results());
        }
        if !effects.iter().any(|e| matches!(e, Effect::Say(_))) {
            effects.extend(self.count(cx.index.is_some()).map(Effect::Say));
        }
        effects
    }

    /// Matches the query again: in this document (following the first match
    /// after where the search started), or in all documents.
    pub fn run(&mut self, follow: bool, cx: &Context) -> Vec<Effect> {
        let Some(index) = cx.index.clone() else {
            return Vec::new();
        };
        let Some(view) = &mut self.view else {
            return Vec::new();
        };
        view.recompile();
        view.hits.clear();
        view.total = 0;
        view.current = 0;
        let Some(Ok(m)) = &view.matcher else {
            return Vec::new();
        };
        match view.scope {
            Scope::Document => {
                // Folded boilerplate counts while it is shown, or when asked for.
                let folded = view.include_folded || cx.unfolded;
                view.hits = index.search_doc(&cx.corpus, cx.doc, m, folded);
                view.total = view.hits.len();
            }
            Scope::All => {
                let (hits, total) =
                    index.search_all_limited(&cx.corpus, m, view.include_folded, RESULT_LIMIT);
                view.hits = hits;
                view.total = total;
            }
        }
        if !follow || view.hits.is_empty() {
            return Vec::new();
        }
        // A search in all documents confirmed before the index was there:
        // its first match opens, as Enter on the results would have.
        if view.scope == Scope::All {
            return if view.typing {
                Vec::new()
            } else {
                self.go_to(0, cx)
            };
        }
        let from = self.origin.as_ref().map_or(0, |o| o.from);
        let after = view.hits.iter().position(|h| h.clean.start >= from);
        // Only a confirmed search says it wrapped: while typing, every
        // key would say it again.
        let wrapped = after.is_none() && from > 0 && !view.typing;
        let mut effects = self.go_to(after.unwrap_or(0), cx);
        if wrapped {
            let count = self.count(true).unwrap_or_default();
            effects.push(Effect::Say(format!("{count} · {WRAPPED_TO_TOP}")));
        }
        effects
    }

    /// Shows match `i` of the current search.
    pub fn go_to(&mut self, i: usize, cx: &Context) -> Vec<Effect> {
        let Some(view) = &mut self.view else {
            return Vec::new();
        };
        let Some(hit) = view.hits.get(i).cloned() else {
            return Vec::new();
        };
        view.current = i;
        // A match in the results list of all documents opens that document and
        // makes the search this document's, so n/N go on there.
        if view.scope == Scope::All
            && !view.typing
            && let (Some(index), Some(Ok(m))) = (&cx.index, &view.matcher)
        {
            view.hits = index.search_doc(&cx.corpus, hit.doc, m, view.include_folded);
            view.scope = Scope::Document;
            view.total = view.hits.len();
            view.current = view
                .hits
                .iter()
                .position(|h| h.clean == hit.clean)
                .unwrap_or(0);
        }
        vec![Effect::Show {
            doc: hit.doc,
            range: hit.clean,
        }]
    }

    /// `n`/`N` after a search: the next or previous match, wrapping around.
    pub fn next(&mut self, forward: bool, cx: &Context) -> Vec<Effect> {
        let Some(view) = &self.view else {
            return Vec::new();
        };
        if view.hits.is_empty() {
            return vec![Effect::Say("No matches".into())];
        }
        // The search may belong to another document than the one shown now.
        if view.hits.first().is_some_and(|h| h.doc != cx.doc) {
            self.run(false, cx);
        }
        let Some(view) = &self.view else {
            return Vec::new();
        };
        if view.hits.is_empty() {
            return vec![Effect::Say("No matches in this document".into())];
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
        let mut effects = self.go_to(next, cx);
        let count = self.count(true);
        effects.extend(
            match (count, wrapped) {
                (Some(c), true) if forward => Some(format!("{c} · {WRAPPED_TO_TOP}")),
                (Some(c), true) => Some(format!("{c} · {WRAPPED_TO_END}")),
                (count, _) => count,
            }
            .map(Effect::Say),
        );
        effects
    }

    /// "3/17" for the status bar; `ready`: the index is there.
    pub fn count(&self, ready: bool) -> Option<String> {
        let v = self.view.as_ref()?;
        if let Some(e) = v.error() {
            return Some(format!("/{}: {e}", v.query.text));
        }
        if v.query.text.is_empty() {
            return None;
        }
        if !ready {
            return Some(format!("/{}: {}", v.query.text, self.indexing.status()));
        }
        Some(if v.total == 0 {
            format!("/{}: no matches", v.query.text)
        } else {
            format!("/{} {}/{}", v.query.text, v.current + 1, v.total)
        })
    }
}

fn open_results() -> Effect {
    Effect::Open(Box::new(SearchResultsPanel))
}

/// The App's side: the index thread, and what the search reads and asks.
impl App {
    /// Starts building the briefing's search index on a thread of its own
    /// (the one its cross-references will hold: see `Briefing::search`).
    pub fn start_search_indexing(&mut self, briefing: &Arc<crate::briefing::Briefing>) {
        let briefing = briefing.clone();
        let progress = self.search.indexing.progress.clone();
        let built = self.search.indexing.built.clone();
        let _ = std::thread::Builder::new()
            .name("brief-search-index".into())
            .spawn(move || {
                // A failure is said by the cross-references, which share it.
                if let Ok(index) = briefing.search(&progress)
                    && let Ok(mut slot) = built.lock()
                {
                    *slot = Some(index.clone());
                }
            });
    }

    /// Takes the search index when its thread is done (a search typed
    /// meanwhile runs then). True when the screen should be drawn again:
    /// the index arrived, or indexing moved on while a search is shown.
    pub fn poll_search_index(&mut self) -> bool {
        let indexing = &mut self.search.indexing;
        let arrived = indexing.built.lock().ok().and_then(|mut s| s.take());
        if self.crossref.is_some() {
            // The cross-references hold the same index: one is enough.
            indexing.index = None;
            return false;
        }
        if indexing.index.is_some() {
            return false;
        }
        if let Some(index) = arrived {
            indexing.index = Some(index);
            self.index_arrived();
            return true;
        }
        let now = indexing.progress();
        let moved = now != indexing.shown;
        indexing.shown = now;
        moved && self.search.view.is_some()
    }

    /// The search index and the rest arrived: a search typed meanwhile runs now.
    pub fn set_crossref(&mut self, c: std::sync::Arc<super::app::CrossRef>) {
        let had_index = self.search_index().is_some();
        self.crossref = Some(c);
        // Its index folds the same texts: matches found meanwhile stay valid.
        self.search.indexing.index = None;
        if !had_index {
            self.index_arrived();
        }
    }

    /// A search typed or already confirmed while the index was built runs
    /// now, and the reader goes to its first match as it would have.
    fn index_arrived(&mut self) {
        if self.search.view.is_some() {
            let cx = self.search_context();
            let effects = self.search.run(true, &cx);
            self.apply(effects);
        }
    }

    /// The search index, once it is built (by its own thread, or with the
    /// cross-references).
    pub fn search_index(&self) -> Option<Arc<SearchIndex>> {
        self.search
            .indexing
            .index
            .clone()
            .or_else(|| self.crossref.as_ref().map(|c| c.search.clone()))
    }

    /// What the search reads of the App now.
    pub(super) fn search_context(&mut self) -> Context {
        let doc = self.selected;
        let after_cursor = self
            .views
            .get(doc)
            .and_then(|v| v.cursor.at.as_ref())
            .map(|c| c.start + 1);
        Context {
            corpus: self.corpus.clone(),
            index: self.search_index(),
            doc,
            unfolded: self.views.get(doc).is_some_and(|v| v.reader.show_folded),
            top: self.reading_offset_now(),
            cursor: self
                .views
                .get(doc)
                .map(|v| v.cursor.clone())
                .unwrap_or_default(),
            after_cursor,
            page: super::panels::search_results::page(self.areas.screen),
        }
    }

    /// Shows document `doc` as it was: `top` at the top of the reader, the
    /// cursor and selection as they were.
    pub(super) fn restore_view(&mut self, doc: usize, top: usize, cursor: Cursor) {
        self.select_doc(doc);
        if let Some(v) = self.views.get_mut(doc) {
            v.cursor = cursor;
        }
        self.with_reader(|r, d, _| r.show_clean_offset(d, top));
        self.sync_tree();
    }

    /// Runs a step of the search with what it reads of the App now, and
    /// applies what it asks.
    pub(super) fn with_search(&mut self, step: impl FnOnce(&mut Search, &Context) -> Vec<Effect>) {
        let cx = self.search_context();
        let effects = step(&mut self.search, &cx);
        self.apply(effects);
    }

    pub(super) fn reading_offset_now(&mut self) -> usize {
        let Some(crate::corpus::Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        self.views[self.selected].reader.top_clean(doc)
    }

    /// "3/17" for the status bar.
    pub fn search_count(&self) -> Option<String> {
        self.search.count(self.search_index().is_some())
    }
}

#[cfg(test)]
mod tests;
