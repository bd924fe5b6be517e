//! The folded views of the documents in use — the one shown and a few
//! searched lately — kept within a budget of bytes, rather than a view of
//! every document (which held 1.15x the text of a briefing).
//!
//! A view is folded where it is asked for when the text is small (at most
//! [`INLINE_BYTES`], about half a millisecond), and otherwise on a thread of
//! its own, so that a key never waits for a fold (a 50 MB letter takes about
//! a tenth of a second): [`FoldedViews::fold`] then answers `None`, and the
//! view comes in through [`FoldedViews::poll`]. The thread folds the latest
//! document asked for (one asked for before it and not started yet is
//! dropped), giving way to the threads that answer keys (nice 10 on Linux).
//!
//! Views are kept by entry, with the text they were folded from (where it
//! lives and its length): a view whose entry now holds another text is not
//! given out. No terminal code.

use super::folded::FoldedText;
use crate::corpus::{Corpus, Entry};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

/// A text this long or shorter is folded where it is asked for.
pub const INLINE_BYTES: usize = 256 * 1024;

/// Views kept besides the one of the document shown, in bytes.
pub const BUDGET_BYTES: usize = 32 << 20;

/// The text a view was folded from: where it lives and how long it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextId {
    at: usize,
    len: usize,
}

impl TextId {
    fn of(corpus: &Corpus, doc: usize) -> Option<TextId> {
        let d = corpus.entries.get(doc).and_then(Entry::doc)?;
        Some(TextId {
            at: d.clean.as_ptr() as usize,
            len: d.clean.len(),
        })
    }
}

struct Kept {
    doc: usize,
    text: TextId,
    view: Arc<FoldedText>,
    bytes: usize,
}

/// A view folded on the thread, or why it could not be.
type Folded = (usize, TextId, Result<Arc<FoldedText>, String>);

/// What the reader and the folding thread share.
#[derive(Default)]
struct Shared {
    state: Mutex<ThreadState>,
    wake: Condvar,
}

#[derive(Default)]
struct ThreadState {
    /// The document to fold next.
    want: Option<(usize, TextId, Arc<Corpus>)>,
    /// The document being folded.
    folding: Option<usize>,
    done: Vec<Folded>,
    quit: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The folded views of the documents in use.
pub struct FoldedViews {
    /// Most recently used last.
    kept: Vec<Kept>,
    budget: usize,
    /// The document shown: its view is kept whatever the budget.
    shown: Option<usize>,
    shared: Arc<Shared>,
    /// The folding thread started, or it could not be.
    started: Option<bool>,
}

impl Default for FoldedViews {
    fn default() -> Self {
        FoldedViews::new(BUDGET_BYTES)
    }
}

impl Drop for FoldedViews {
    fn drop(&mut self) {
        let mut state = lock(&self.shared.state);
        state.quit = true;
        state.want = None;
        drop(state);
        self.shared.wake.notify_all();
    }
}

/// What [`FoldedViews::poll`] brought.
#[derive(Debug, Default)]
pub struct Arrived {
    /// Documents whose views are kept now.
    pub views: Vec<usize>,
    /// Documents that could not be folded, and why (a bug).
    pub failed: Vec<(usize, String)>,
}

impl FoldedViews {
    /// Views of at most `budget` bytes besides the shown document's.
    pub fn new(budget: usize) -> FoldedViews {
        FoldedViews {
            kept: Vec::new(),
            budget,
            shown: None,
            shared: Arc::default(),
            started: None,
        }
    }

    /// The view of entry `doc` if it is kept (it becomes the most recently
    /// used).
    pub fn get(&mut self, corpus: &Corpus, doc: usize) -> Option<Arc<FoldedText>> {
        let text = TextId::of(corpus, doc)?;
        let i = self
            .kept
            .iter()
            .position(|k| k.doc == doc && k.text == text)?;
        let k = self.kept.remove(i);
        let view = k.view.clone();
        self.kept.push(k);
        Some(view)
    }

    /// The view of entry `doc` now: kept, or folded here when its text is
    /// small; else it is asked of the thread and `None` (it comes through
    /// [`FoldedViews::poll`]). `None` too for an entry that is no document.
    pub fn fold(&mut self, corpus: &Arc<Corpus>, doc: usize) -> Option<Arc<FoldedText>> {
        if let Some(view) = self.get(corpus, doc) {
            return Some(view);
        }
        let d = corpus.entries.get(doc).and_then(Entry::doc)?;
        if d.clean.len() > INLINE_BYTES {
            if !self.folding(doc) {
                self.ask(corpus, doc);
            }
            return None;
        }
        let view = Arc::new(FoldedText::new(&d.clean));
        self.keep(doc, TextId::of(corpus, doc)?, view.clone());
        Some(view)
    }

    /// Entry `doc` is shown: its view is kept whatever the budget, and
    /// folded on the thread unless it is kept or being folded.
    pub fn show(&mut self, corpus: &Arc<Corpus>, doc: usize) {
        if self.shown == Some(doc) {
            return;
        }
        self.shown = Some(doc);
        if corpus.entries.get(doc).and_then(Entry::doc).is_none() {
            return;
        }
        if self.get(corpus, doc).is_none() && !self.folding(doc) {
            self.ask(corpus, doc);
        }
        self.trim();
    }

    /// Whether the thread is folding `doc` or about to.
    pub fn folding(&self, doc: usize) -> bool {
        let state = lock(&self.shared.state);
        state.folding == Some(doc) || state.want.as_ref().is_some_and(|w| w.0 == doc)
    }

    /// Whether the thread has folded views not taken yet.
    pub fn has_arrivals(&self) -> bool {
        !lock(&self.shared.state).done.is_empty()
    }

    /// Takes the views the thread folded since the last call and keeps
    /// them.
    pub fn poll(&mut self) -> Arrived {
        let done = std::mem::take(&mut lock(&self.shared.state).done);
        let mut arrived = Arrived::default();
        for (doc, text, folded) in done {
            match folded {
                Ok(view) => {
                    self.kept.retain(|k| k.doc != doc);
                    self.keep(doc, text, view);
                    arrived.views.push(doc);
                }
                Err(why) => arrived.failed.push((doc, why)),
            }
        }
        arrived
    }

    /// The views kept, by entry, for a search of all documents.
    pub fn held(&self) -> Vec<(usize, Arc<FoldedText>)> {
        self.kept.iter().map(|k| (k.doc, k.view.clone())).collect()
    }

    /// Forgets every view (the entries were numbered again).
    pub fn clear(&mut self) {
        self.kept.clear();
        self.shown = None;
        lock(&self.shared.state).want = None;
    }

    /// Heap memory of the views kept.
    pub fn heap_bytes(&self) -> usize {
        self.kept.iter().map(|k| k.bytes).sum()
    }

    fn keep(&mut self, doc: usize, text: TextId, view: Arc<FoldedText>) {
        let bytes = view.heap_bytes();
        self.kept.push(Kept {
            doc,
            text,
            view,
            bytes,
        });
        self.trim();
    }

    /// Lets the least recently used views go until the others fit the
    /// budget; the shown document's and the latest are kept.
    fn trim(&mut self) {
        let shown = self.shown;
        let mut total: usize = self
            .kept
            .iter()
            .filter(|k| Some(k.doc) != shown)
            .map(|k| k.bytes)
            .sum();
        let mut i = 0;
        while total > self.budget && i + 1 < self.kept.len() {
            if Some(self.kept[i].doc) == shown {
                i += 1;
                continue;
            }
            total -= self.kept.remove(i).bytes;
        }
    }

    /// Asks the thread to fold `doc` next (instead of one asked before and
    /// not started).
    fn ask(&mut self, corpus: &Arc<Corpus>, doc: usize) {
        let Some(text) = TextId::of(corpus, doc) else {
            return;
        };
        if !*self.started.get_or_insert_with(|| spawn(&self.shared)) {
            // No thread: folded here rather than never.
            let view = corpus.entries[doc].doc().map(|d| FoldedText::new(&d.clean));
            if let Some(view) = view {
                lock(&self.shared.state)
                    .done
                    .push((doc, text, Ok(Arc::new(view))));
            }
            return;
        }
        lock(&self.shared.state).want = Some((doc, text, corpus.clone()));
        self.shared.wake.notify_all();
    }
}

fn spawn(shared: &Arc<Shared>) -> bool {
    let shared = shared.clone();
    std::thread::Builder::new()
        .name("brief-search-fold".into())
        .spawn(move || fold_wanted(&shared))
        .is_ok()
}

/// The folding thread: folds the document wanted, hands it over, waits.
fn fold_wanted(shared: &Shared) {
    crate::cores::lower_priority();
    loop {
        let (doc, text, corpus) = {
            let mut state = lock(&shared.state);
            loop {
                if state.quit {
                    return;
                }
                if let Some(want) = state.want.take() {
                    state.folding = Some(want.0);
                    break want;
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let folded = crate::contain::contain(|| {
            let d = corpus.entries[doc].doc().expect("asked for a document");
            Arc::new(FoldedText::new(&d.clean))
        })
        .map_err(|f| f.summary());
        drop(corpus);
        let mut state = lock(&shared.state);
        state.folding = None;
        state.done.push((doc, text, folded));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copies(n: usize) -> Arc<Corpus> {
        let mut corpus = Corpus::default();
        for _ in 0..n {
            corpus.entries.extend(Corpus::bundled().entries);
        }
        Arc::new(corpus)
    }

    /// A corpus with one document larger than [`INLINE_BYTES`].
    fn with_a_large_document() -> Arc<Corpus> {
        let letter = Corpus::bundled()
            .documents()
            .map(|d| d.clean.clone())
            .max_by_key(String::len)
            .unwrap();
        let text = letter.repeat(INLINE_BYTES / letter.len() + 2);
        let large = crate::corpus::load_bytes(
            "large".into(),
            crate::document::Origin::Bundled("large.txt".into()),
            text.into_bytes(),
        );
        let mut corpus = Corpus::bundled();
        corpus.entries.push(large);
        Arc::new(corpus)
    }

    fn wait_for(views: &mut FoldedViews, doc: usize) -> Arrived {
        for _ in 0..6000 {
            let arrived = views.poll();
            if arrived.views.contains(&doc) {
                return arrived;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the view never came");
    }

    #[test]
    fn a_small_text_is_folded_at_once_and_kept() {
        let corpus = copies(1);
        let mut views = FoldedViews::default();
        let view = views.fold(&corpus, 0).expect("folded here");
        assert_eq!(
            *view,
            FoldedText::new(&corpus.entries[0].doc().unwrap().clean)
        );
        assert!(Arc::ptr_eq(&view, &views.get(&corpus, 0).unwrap()), "kept");
    }

    #[test]
    fn a_large_text_is_folded_on_the_thread() {
        let corpus = with_a_large_document();
        let large = corpus.entries.len() - 1;
        let mut views = FoldedViews::default();
        assert!(views.fold(&corpus, large).is_none(), "not folded here");
        assert!(views.folding(large) || views.has_arrivals());
        wait_for(&mut views, large);
        let view = views.get(&corpus, large).expect("kept once it came");
        let clean = &corpus.entries[large].doc().unwrap().clean;
        assert_eq!(*view, FoldedText::new(clean));
    }

    #[test]
    fn the_budget_lets_the_least_recently_used_go_but_not_the_shown() {
        let corpus = copies(4);
        let one = FoldedText::new(&corpus.entries[0].doc().unwrap().clean).heap_bytes();
        let mut views = FoldedViews::new(one * 2);
        views.show(&corpus, 0);
        wait_for(&mut views, 0);
        for doc in [5, 10, 15] {
            assert!(views.fold(&corpus, doc).is_some());
        }
        // Copies of one document: each view as large as the first.
        let kept: Vec<usize> = views.held().iter().map(|(d, _)| *d).collect();
        assert_eq!(kept, [0, 10, 15]);
        assert!(views.heap_bytes() <= one * 3);
    }

    #[test]
    fn a_view_of_another_text_is_not_given_out() {
        let corpus = copies(1);
        let mut views = FoldedViews::default();
        assert!(views.fold(&corpus, 0).is_some());
        // The same entry numbers over other documents.
        let other = copies(1);
        assert!(views.get(&other, 0).is_none());
    }
}
