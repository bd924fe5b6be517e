//! How the search finds a query's matches without a key waiting for it: the
//! [`Finder`] owns the folded views of the documents in use
//! ([`FoldedViews`]), the workers that search all documents ([`Sweeper`])
//! and the search they run, and what a search waits for.
//!
//! - In the document shown: its folded view, kept or folded now when the
//!   text is a key's share; a larger one is folded on a thread and the
//!   search runs when it comes.
//! - In all documents: the first documents, a key's share of text, here
//!   (so a small briefing's results are there at once), the rest on the
//!   workers, whose matches are taken in order as they come, the first
//!   [`RESULT_LIMIT`] listed, all counted.
//! - Before every document is read: nothing runs; the search runs once
//!   they are.
//!
//! A new query stops what the last one started ([`Finder::stop`]); the
//! workers leave it at their next document.

use super::{Context, RESULT_LIMIT};
use crate::corpus::{Corpus, Entry};
use crate::search::views::INLINE_BYTES;
use crate::search::{
    FoldedText, FoldedViews, Hit, Matcher, Sweep, SweepJob, SweepProgress, Sweeper, scan_folded,
};
use crate::tui::search_view::{Scope, SearchView};
use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Progress alone is drawn at most this often (the results come in much
/// faster on a large briefing, and each frame costs the workers a core's
/// time).
const PROGRESS_FRAME: Duration = Duration::from_millis(30);

/// Whether [`Finder::find`] found the matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// All of them are in the view.
    Now,
    /// Some or none are: the rest come through [`Finder::poll`].
    Later,
}

/// What the search does after a poll.
#[derive(Debug, Default)]
pub enum Next {
    #[default]
    Nothing,
    /// What the search waited for is there: run it.
    Run,
    /// The first match of a search in all documents came in.
    FirstMatch,
    /// Something to say (a failure).
    Say(String),
}

/// What [`Finder::poll`] brought.
#[derive(Debug, Default)]
pub struct Polled {
    /// The matches or their progress changed on screen.
    pub redraw: bool,
    pub next: Next,
}

/// What a search waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Waiting {
    /// Every document to be read and in place.
    Reading,
    /// The folded view of `doc`. With `keep`, the search came from the
    /// results of all documents to this match, which stays current; else
    /// it runs again.
    View {
        doc: usize,
        keep: Option<Range<usize>>,
    },
}

/// A search in all documents running on the workers.
struct AllSearch {
    sweep: Sweep,
    /// Entries searched here before the workers took the rest, and the
    /// matches counted in them.
    first: usize,
    counted: usize,
    /// Entries in all.
    of: usize,
    progress: SweepProgress,
}

/// What finds the search's matches.
#[derive(Default)]
pub struct Finder {
    views: FoldedViews,
    sweeper: Sweeper,
    all: Option<AllSearch>,
    waiting: Option<Waiting>,
    /// The first documents of a search in all of them are folded into this.
    buffer: FoldedText,
    /// When progress was last drawn.
    drawn: Option<Instant>,
}

impl Finder {
    /// Stops what the last query started: the search of all documents ends,
    /// nothing waits.
    pub fn stop(&mut self) {
        self.all = None;
        self.waiting = None;
    }

    /// The entries were numbered again (the list put in reading order,
    /// before searches run): views of them are forgotten, and a search
    /// under way runs again (in the new numbers) once they may.
    pub fn renumbered(&mut self) {
        self.views.clear();
        if self.busy() {
            self.stop();
            self.waiting = Some(Waiting::Reading);
        }
    }

    /// Whether the matches are not all there yet.
    pub fn busy(&self) -> bool {
        self.all.is_some() || self.waiting.is_some()
    }

    /// Whether folded views came from the thread and wait to be taken.
    pub fn has_arrivals(&self) -> bool {
        self.views.has_arrivals()
    }

    /// Takes the folded views that came, for later searches.
    pub fn take_views(&mut self) {
        self.views.poll();
    }

    /// Heap memory of the views kept and the buffer.
    pub fn heap_bytes(&self) -> usize {
        self.views.heap_bytes() + self.buffer.heap_bytes()
    }

    /// Entry `doc` is shown: its view is folded on a thread if it is not
    /// kept.
    pub fn show(&mut self, corpus: &Arc<Corpus>, doc: usize) {
        self.views.show(corpus, doc);
    }

    /// How far a search is that is not done.
    pub fn status(&self) -> Option<String> {
        match &self.waiting {
            Some(Waiting::Reading) => return Some("waiting for every document to be read…".into()),
            Some(Waiting::View { .. }) => return Some("indexing this document for search…".into()),
            None => {}
        }
        let all = self.all.as_ref()?;
        let searched = all.first + all.progress.searched;
        Some(format!("searching: {searched} of {} documents…", all.of))
    }

    /// Finds the matches of the view's query (compiled, its hits cleared):
    /// in the document shown or in all documents.
    pub fn find(&mut self, view: &mut SearchView, cx: &Context) -> Found {
        let Some(Ok(m)) = &view.matcher else {
            return Found::Now;
        };
        if m.matches_nothing() {
            return Found::Now;
        }
        if !cx.ready {
            self.waiting = Some(Waiting::Reading);
            return Found::Later;
        }
        let m = m.clone();
        match view.scope {
            Scope::Document => {
                // Folded boilerplate counts while it is shown, or when asked for.
                let folded = view.include_folded || cx.unfolded;
                match self.doc_hits(&cx.corpus, cx.doc, &m, folded) {
                    Some(hits) => {
                        view.total = hits.len();
                        view.hits = hits;
                        Found::Now
                    }
                    None => {
                        self.waiting = Some(Waiting::View {
                            doc: cx.doc,
                            keep: None,
                        });
                        Found::Later
                    }
                }
            }
            Scope::All => self.find_all(view, m, &cx.corpus),
        }
    }

    /// The search of all documents becomes document `doc`'s, on match
    /// `at` (Enter on a result): its matches, or, while its view is folded
    /// on the thread, the ones listed there until it comes.
    pub fn settle_in(&mut self, view: &mut SearchView, doc: usize, at: Range<usize>, cx: &Context) {
        let Some(Ok(m)) = &view.matcher else {
            return;
        };
        match self.doc_hits(&cx.corpus, doc, m, view.include_folded) {
            Some(hits) => view.hits = hits,
            None => {
                view.hits.retain(|h| h.doc == doc);
                self.waiting = Some(Waiting::View {
                    doc,
                    keep: Some(at.clone()),
                });
            }
        }
        view.total = view.hits.len();
        view.current = view.hits.iter().position(|h| h.clean == at).unwrap_or(0);
    }

    /// Takes what came for the view's search: matches of all documents,
    /// the folded view it waited for.
    pub fn poll(&mut self, view: &mut SearchView, cx: &Context) -> Polled {
        let arrived = self.views.poll();
        let mut polled = Polled::default();
        match self.waiting.clone() {
            Some(Waiting::Reading) if cx.ready => polled.next = Next::Run,
            Some(Waiting::View { doc, keep }) if arrived.views.contains(&doc) => match keep {
                None => polled.next = Next::Run,
                Some(at) => {
                    self.waiting = None;
                    self.settle_in(view, doc, at, cx);
                    polled.redraw = true;
                }
            },
            Some(Waiting::View { doc, .. }) => {
                if let Some((_, why)) = arrived.failed.iter().find(|(d, _)| *d == doc) {
                    self.waiting = None;
                    polled.redraw = true;
                    polled.next = Next::Say(format!("could not index this document: {why}"));
                }
            }
            _ => {}
        }
        if let Some(all) = &mut self.all {
            let had = view.hits.len();
            let progress = all.sweep.take(&mut view.hits);
            view.total = all.counted + progress.matches;
            let moved = progress != all.progress;
            all.progress = progress;
            let due = self.drawn.is_none_or(|t| t.elapsed() >= PROGRESS_FRAME);
            if had == 0 && !view.hits.is_empty() {
                polled.next = Next::FirstMatch;
                polled.redraw = true;
            }
            if progress.done {
                self.all = None;
                polled.redraw = true;
                if progress.failed > 0 {
                    polled.next = Next::Say(format!(
                        "{} documents could not be searched (a bug); their matches are missing",
                        progress.failed
                    ));
                }
            } else if moved && due {
                polled.redraw = true;
            }
            if polled.redraw {
                self.drawn = Some(Instant::now());
            }
        }
        polled
    }

    /// The matches of entry `doc` now (none for an entry that is no
    /// document), or `None` while its view is folded on the thread.
    fn doc_hits(
        &mut self,
        corpus: &Arc<Corpus>,
        doc: usize,
        m: &Matcher,
        include_folded: bool,
    ) -> Option<Vec<Hit>> {
        let Some(d) = corpus.entries.get(doc).and_then(Entry::doc) else {
            return Some(Vec::new());
        };
        let folded = self.views.fold(corpus, doc)?;
        let mut hits = Vec::new();
        scan_folded(d, doc, &folded, m, include_folded, usize::MAX, &mut hits);
        Some(hits)
    }

    /// The first documents here (a key's share of text), the rest started
    /// on the workers.
    fn find_all(&mut self, view: &mut SearchView, m: Matcher, corpus: &Arc<Corpus>) -> Found {
        let n = corpus.entries.len();
        let mut share = INLINE_BYTES;
        let mut doc = 0;
        while doc < n {
            let Some(d) = corpus.entries[doc].doc() else {
                doc += 1;
                continue;
            };
            if d.clean.len() > share {
                break;
            }
            share -= d.clean.len();
            let held = self.views.get(corpus, doc);
            let folded = match &held {
                Some(v) => &**v,
                None => {
                    self.buffer.refold(&d.clean);
                    &self.buffer
                }
            };
            let room = RESULT_LIMIT.saturating_sub(view.hits.len());
            view.total += scan_folded(
                d,
                doc,
                folded,
                &m,
                view.include_folded,
                room,
                &mut view.hits,
            );
            doc += 1;
        }
        if doc == n {
            return Found::Now;
        }
        let sweep = self.sweeper.start(SweepJob {
            corpus: corpus.clone(),
            matcher: m,
            include_folded: view.include_folded,
            limit: RESULT_LIMIT.saturating_sub(view.hits.len()),
            docs: doc..n,
            views: self.views.held(),
        });
        self.all = Some(AllSearch {
            sweep,
            first: doc,
            counted: view.total,
            of: n,
            progress: SweepProgress::default(),
        });
        self.drawn = None;
        Found::Later
    }
}
