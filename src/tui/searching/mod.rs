//! What the search keys do: `/` searches this document as you type (the view
//! follows the first match after the reading position), `S` or Ctrl-F
//! searches every document into a results list, Enter keeps the matches for
//! `n`/`N`, Esc drops them.
//!
//! [`Search`] is a component: it owns the query line, the matches, where
//! the search started, the last query, and what finds the matches (the
//! [`matching::Finder`]); it reads what it needs of the App through a
//! [`Context`], and asks for the rest (show a match, open or close the
//! results, say something) through effects.
//!
//! No key waits for a search. The matches of a query come now when the work
//! is a key's share (a document's text folded here is at most
//! [`crate::search::views::INLINE_BYTES`]); otherwise a larger document is
//! folded on a thread, the documents of a search in all of them after the
//! first few are searched on workers, and the event loop takes what they
//! bring ([`Search::poll`]): the results fill in as they come, a search that
//! waited runs, and a search confirmed before its first match was known goes
//! there once it is. Until then the query line says how far it is. Searches
//! wait, too, until every document is read and in place (the search
//! numbers documents as the list does).

use super::app::App;
use super::cursor::Cursor;
use super::entity_view::Find;
use super::panel::Effect;
use super::panels::search_results::SearchResultsPanel;
use super::search_view::{Edit, Scope, SearchView};
use crate::corpus::Corpus;
use crate::search::Query;
use crossterm::event::KeyEvent;
use matching::{Finder, Found, Next};
use std::sync::Arc;

mod matching;

/// Said when `n` goes on from the first match after the last one.
pub const WRAPPED_TO_TOP: &str = "passed the end, went on from the top";
/// Said when `N` goes on from the last match before the first one.
pub const WRAPPED_TO_END: &str = "passed the top, went on from the end";

/// Results listed at most; the count says how many there are in all.
pub const RESULT_LIMIT: usize = 2000;

/// What the search reads of the App for one action.
pub struct Context {
    pub corpus: Arc<Corpus>,
    /// Every document is read and in place: searches run (until then they
    /// wait, and run once it is so).
    pub ready: bool,
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
    /// What finds the matches: folded views, the workers, what waits.
    finder: Finder,
}

impl Search {
    pub fn typing(&self) -> bool {
        self.view.as_ref().is_some_and(|s| s.typing)
    }

    /// The documents were put in another order: document `d` is now
    /// `new_place[d]`. The matches follow their documents (in the new
    /// order), the current one stays current.
    pub fn renumber(&mut self, new_place: &[usize]) {
        self.finder.renumbered();
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
        self.finder.stop();
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
                self.finder.stop();
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
            effects.extend(self.count().map(Effect::Say));
        }
        effects
    }

    /// Matches the query again: in this document (following the first match
    /// after where the search started), or in all documents. What is not
    /// found now comes through [`Search::poll`].
    pub fn run(&mut self, follow: bool, cx: &Context) -> Vec<Effect> {
        self.finder.stop();
        let Some(view) = &mut self.view else {
            return Vec::new();
        };
        view.recompile();
        view.hits.clear();
        view.total = 0;
        view.current = 0;
        let found = self.finder.find(view, cx);
        // The first matches of all documents are here, the rest to come: a
        // confirmed search opens the first now.
        if found == Found::Now || (view.scope == Scope::All && !view.hits.is_empty()) {
            return self.follow(follow, cx);
        }
        Vec::new()
    }

    /// The matches are found: the reader goes to the first after where the
    /// search started (when `follow`), or, for a search in all documents
    /// confirmed before they were, to the first of all.
    fn follow(&mut self, follow: bool, cx: &Context) -> Vec<Effect> {
        let Some(view) = &self.view else {
            return Vec::new();
        };
        if !follow || view.hits.is_empty() {
            return Vec::new();
        }
        // A search in all documents confirmed before its matches were
        // there: its first match opens, as Enter on the results would have.
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
            let count = self.count().unwrap_or_default();
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
        if view.scope == Scope::All && !view.typing {
            self.finder.stop();
            view.scope = Scope::Document;
            self.finder.settle_in(view, hit.doc, hit.clean.clone(), cx);
        }
        vec![Effect::Show {
            doc: hit.doc,
            range: hit.clean,
        }]
    }

    /// `n`/`N` after a search: the next or previous match, wrapping around.
    pub fn next(&mut self, forward: bool, cx: &Context) -> Vec<Effect> {
        // Its matches are not all known yet: how far it is.
        let how_far = |s: &Search| s.count().map(Effect::Say).into_iter().collect();
        if self.finder.busy() {
            return how_far(self);
        }
        let Some(view) = &self.view else {
            return Vec::new();
        };
        if view.hits.is_empty() {
            return vec![Effect::Say("No matches".into())];
        }
        // The search may belong to another document than the one shown now.
        if view.hits.first().is_some_and(|h| h.doc != cx.doc) {
            self.run(false, cx);
            if self.finder.busy() {
                return how_far(self);
            }
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
        let count = self.count();
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

    /// "3/17" for the status bar, with how far a search is that is not done.
    pub fn count(&self) -> Option<String> {
        let v = self.view.as_ref()?;
        if let Some(e) = v.error() {
            return Some(format!("/{}: {e}", v.query.text));
        }
        if v.query.text.is_empty() {
            return None;
        }
        let q = &v.query.text;
        Some(match (self.finder.status(), v.total) {
            (Some(how_far), 0) => format!("/{q}: {how_far}"),
            (Some(how_far), total) => format!("/{q} {}/{total} · {how_far}", v.current + 1),
            (None, 0) => format!("/{q}: no matches"),
            (None, total) => format!("/{q} {}/{total}", v.current + 1),
        })
    }

    /// How far a search is that is not done: "searching: 400 of 10000
    /// documents…", "indexing this document for search…"; none when its
    /// matches are all there.
    pub fn progress(&self) -> Option<String> {
        self.finder.status()
    }

    /// Whether work for the search is under way on other threads (the
    /// event loop then looks for what it brings more often).
    pub fn busy(&self) -> bool {
        self.finder.busy() || self.finder.has_arrivals()
    }

    /// Heap memory the search holds for finding matches: the folded views
    /// kept and the buffer the first documents are folded into.
    pub fn heap_bytes(&self) -> usize {
        self.finder.heap_bytes()
    }

    /// Document `doc` is shown: its folded view is made ready on a thread,
    /// for a search to come.
    pub fn show(&mut self, corpus: &Arc<Corpus>, doc: usize) {
        self.finder.show(corpus, doc);
    }

    /// Takes what the other threads brought: results of a search in all
    /// documents, folded views; runs a search that waited for them. True
    /// when the screen should be drawn again.
    pub fn poll(&mut self, cx: &Context) -> (bool, Vec<Effect>) {
        let Some(view) = &mut self.view else {
            self.finder.stop();
            self.finder.take_views();
            return (false, Vec::new());
        };
        let polled = self.finder.poll(view, cx);
        let effects = match polled.next {
            Next::Nothing => Vec::new(),
            Next::Run => self.run(true, cx),
            Next::FirstMatch => self.follow(true, cx),
            Next::Say(message) => vec![Effect::Say(message)],
        };
        (polled.redraw || !effects.is_empty(), effects)
    }
}

fn open_results() -> Effect {
    Effect::Open(Box::new(SearchResultsPanel))
}

/// The App's side: what the search reads and asks, and what the event
/// loop takes for it.
impl App {
    /// Takes what the search's threads brought (and starts folding the view
    /// of the document shown). True when the screen should be drawn again.
    pub fn poll_search(&mut self) -> bool {
        if self.corpus_ready() {
            let corpus = self.corpus.clone();
            self.search.show(&corpus, self.selected);
        }
        if !self.search.busy() {
            return false;
        }
        let cx = self.search_context();
        let (redraw, effects) = self.search.poll(&cx);
        self.apply(effects);
        redraw
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
            ready: self.corpus_ready(),
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
        self.search.count()
    }
}

#[cfg(test)]
mod tests;
