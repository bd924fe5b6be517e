//! A search of every document of a corpus without an index: the documents
//! folded one at a time on worker threads of their own, each into a buffer
//! the worker keeps (or the folded view the caller holds for it, see
//! [`super::views`]), and the matches handed over in document then text
//! order as they are found.
//!
//! The documents are cut into *chunks* of consecutive documents, about
//! [`CHUNK_BYTES`] of text each (a larger document is a chunk of its own),
//! which the workers take in order. A chunk's matches are handed over only
//! once every chunk before it is done, so what [`Sweep::take`] has given is
//! always the corpus's first matches, and its count that of the documents
//! before. Only the first `limit` matches become [`Hit`]s, the rest are
//! counted: a chunk searched after the chunks before it have found `limit`
//! keeps none, so the hits held stay about `limit` however many match.
//!
//! A [`Sweeper`] runs one search at a time. Starting another ends the one
//! before, and so does dropping its [`Sweep`]: each search has a generation,
//! and a worker leaves a search that is no longer the current one at its
//! next document. The threads start with the first search, wait for the
//! next one when idle, and give way to the process's other threads (nice
//! 10 on Linux: a key typed meanwhile does not wait for a core). No
//! terminal code.

use super::folded::FoldedText;
use super::index::{Hit, scan_folded};
use super::query::Matcher;
use crate::corpus::{Corpus, Entry};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

/// Text a chunk holds at least: a chunk takes about half a millisecond to
/// fold and search, so the count of documents searched moves many times a
/// frame, and taking a chunk costs nothing next to searching it.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// A worker's buffer holding more than this after a document is let go: a
/// large document's fold is not kept for the searches after it.
const KEEP_BUFFER_BYTES: usize = 8 << 20;

/// What a search of all documents is asked.
pub struct SweepJob {
    pub corpus: Arc<Corpus>,
    pub matcher: Matcher,
    /// Matches in folded boilerplate count too.
    pub include_folded: bool,
    /// Hits made at most; the matches after them are counted only.
    pub limit: usize,
    /// The entries searched, in order (a caller may have searched the first
    /// ones itself).
    pub docs: Range<usize>,
    /// Folded views the caller holds, by entry: searched instead of folding
    /// the document again (a view of another text is not used).
    pub views: Vec<(usize, Arc<FoldedText>)>,
}

/// How far a [`Sweep`] is, as far as its results were taken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepProgress {
    /// Documents searched, from the first of the job's in order.
    pub searched: usize,
    /// Documents the job searches.
    pub of: usize,
    /// Matches in the documents searched (the hits given and the rest).
    pub matches: usize,
    /// Documents whose search failed (a bug): they count no matches.
    pub failed: usize,
    /// Every document is searched and its results taken.
    pub done: bool,
}

/// The worker threads searching all documents, one search at a time.
pub struct Sweeper {
    shared: Arc<Shared>,
    threads: usize,
    chunk_bytes: usize,
    /// The threads started (with the first search), or none could be.
    started: Option<bool>,
}

/// What the sweeper and its workers share.
struct Shared {
    /// The current search's generation (none runs when no job has it).
    generation: AtomicU64,
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Default)]
struct State {
    /// The current search, for workers to join.
    job: Option<Arc<Job>>,
    /// The sweeper is gone: the workers end.
    quit: bool,
}

/// One search: what was asked, its chunks, and what was found.
struct Job {
    generation: u64,
    ask: SweepJob,
    chunks: Vec<Range<usize>>,
    /// The next chunk a worker takes.
    next: AtomicUsize,
    found: Mutex<Found>,
}

/// A chunk's results.
struct Chunk {
    hits: Vec<Hit>,
    matches: usize,
    docs: usize,
    failed: usize,
}

/// The chunks' results, and what of them was taken.
#[derive(Default)]
struct Found {
    /// By chunk: its results once it is done (until taken).
    chunks: Vec<Option<Chunk>>,
    /// Chunks taken, in order.
    taken: usize,
    hits_taken: usize,
    progress: SweepProgress,
}

impl Found {
    /// Hits given or held by the chunks done before chunk `c`: a chunk at
    /// `c` needs at most `limit` minus this many (the chunks not yet done
    /// before it can only add to them).
    fn kept_before(&self, c: usize) -> usize {
        let held: usize = self.chunks[self.taken..c]
            .iter()
            .flatten()
            .map(|k| k.hits.len())
            .sum();
        self.hits_taken + held
    }

    /// Chunk `c` is done: its results kept, and the hits of the chunks done
    /// after it cut to what the limit leaves them.
    fn put(&mut self, c: usize, chunk: Chunk, limit: usize) {
        self.chunks[c] = Some(chunk);
        let mut kept = self.hits_taken;
        for k in self.chunks[self.taken..].iter_mut().flatten() {
            k.hits.truncate(limit.saturating_sub(kept));
            kept += k.hits.len();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Default for Sweeper {
    /// A worker a core.
    fn default() -> Self {
        Sweeper::new(crate::cores::cores())
    }
}

impl Sweeper {
    /// A sweeper of `threads` workers (started with the first search).
    pub fn new(threads: usize) -> Sweeper {
        Self::with_chunk_bytes(threads, CHUNK_BYTES)
    }

    /// With chunks of `chunk_bytes` (tests cut small corpora into many).
    pub fn with_chunk_bytes(threads: usize, chunk_bytes: usize) -> Sweeper {
        Sweeper {
            shared: Arc::new(Shared {
                generation: AtomicU64::new(0),
                state: Mutex::new(State::default()),
                wake: Condvar::new(),
            }),
            threads: threads.max(1),
            chunk_bytes: chunk_bytes.max(1),
            started: None,
        }
    }

    /// Starts searching, ending the search before. Its results are taken
    /// from the [`Sweep`]; dropping it ends the search.
    pub fn start(&mut self, ask: SweepJob) -> Sweep {
        let chunks = if ask.matcher.matches_nothing() {
            Vec::new()
        } else {
            cut(&ask.corpus, ask.docs.clone(), self.chunk_bytes)
        };
        let generation = self.shared.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let found = Found {
            chunks: chunks.iter().map(|_| None).collect(),
            progress: SweepProgress {
                of: ask.docs.len(),
                ..SweepProgress::default()
            },
            ..Found::default()
        };
        let job = Arc::new(Job {
            generation,
            ask,
            chunks,
            next: AtomicUsize::new(0),
            found: Mutex::new(found),
        });
        if *self
            .started
            .get_or_insert_with(|| spawn(&self.shared, self.threads))
        {
            lock(&self.shared.state).job = Some(job.clone());
            self.shared.wake.notify_all();
        } else {
            // No thread could be started: searched here rather than never.
            job.run(&self.shared.generation, &mut FoldedText::default());
        }
        Sweep {
            job,
            shared: self.shared.clone(),
        }
    }
}

impl Drop for Sweeper {
    fn drop(&mut self) {
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
        let mut state = lock(&self.shared.state);
        state.quit = true;
        state.job = None;
        drop(state);
        self.shared.wake.notify_all();
    }
}

/// Starts the workers; false when none could be.
fn spawn(shared: &Arc<Shared>, threads: usize) -> bool {
    let mut any = false;
    for i in 0..threads {
        let shared = shared.clone();
        any |= std::thread::Builder::new()
            .name(format!("brief-search-{i}"))
            .spawn(move || work(&shared))
            .is_ok();
    }
    any
}

/// A worker: joins each new search, takes its chunks until none are left
/// or it is no longer the current one, then waits for the next.
fn work(shared: &Shared) {
    crate::cores::lower_priority();
    let mut buffer = FoldedText::default();
    let mut last = 0;
    loop {
        let job = {
            let mut state = lock(&shared.state);
            loop {
                if state.quit {
                    return;
                }
                if let Some(job) = state.job.as_ref().filter(|j| j.generation != last) {
                    break job.clone();
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        last = job.generation;
        job.run(&shared.generation, &mut buffer);
    }
}

/// Consecutive entries of `docs` holding at least `bytes` of text each (the
/// last may hold less).
fn cut(corpus: &Corpus, docs: Range<usize>, bytes: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let (mut from, mut size) = (docs.start, 0);
    for i in docs.clone() {
        size += corpus
            .entries
            .get(i)
            .and_then(Entry::doc)
            .map_or(0, |d| d.clean.len());
        if size >= bytes {
            chunks.push(from..i + 1);
            (from, size) = (i + 1, 0);
        }
    }
    if from < docs.end {
        chunks.push(from..docs.end);
    }
    chunks
}

impl Job {
    /// Takes chunks in order and searches them while this is the current
    /// search.
    fn run(&self, current: &AtomicU64, buffer: &mut FoldedText) {
        loop {
            let c = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(docs) = self.chunks.get(c) else {
                return;
            };
            let room = {
                let found = lock(&self.found);
                self.ask.limit.saturating_sub(found.kept_before(c))
            };
            let Some(chunk) = self.search(docs.clone(), room, current, buffer) else {
                return;
            };
            lock(&self.found).put(c, chunk, self.ask.limit);
        }
    }

    /// The matches of a chunk, its first `room` as hits; none when the
    /// search ended meanwhile.
    fn search(
        &self,
        docs: Range<usize>,
        room: usize,
        current: &AtomicU64,
        buffer: &mut FoldedText,
    ) -> Option<Chunk> {
        let ask = &self.ask;
        let mut chunk = Chunk {
            hits: Vec::new(),
            matches: 0,
            docs: docs.len(),
            failed: 0,
        };
        for doc in docs {
            if current.load(Ordering::Relaxed) != self.generation {
                return None;
            }
            let Some(Entry::Doc(d)) = ask.corpus.entries.get(doc) else {
                continue;
            };
            let held = ask
                .views
                .iter()
                .find(|(i, v)| *i == doc && v.is_of(&d.clean))
                .map(|(_, v)| v);
            let hits = &mut chunk.hits;
            let before = hits.len();
            let searched = crate::contain::contain(|| {
                let folded = match held {
                    Some(v) => &**v,
                    None => {
                        buffer.refold(&d.clean);
                        &*buffer
                    }
                };
                let room = room.saturating_sub(hits.len());
                scan_folded(d, doc, folded, &ask.matcher, ask.include_folded, room, hits)
            });
            match searched {
                Ok(n) => chunk.matches += n,
                Err(_) => {
                    chunk.hits.truncate(before);
                    chunk.failed += 1;
                    *buffer = FoldedText::default();
                }
            }
            if buffer.heap_bytes() > KEEP_BUFFER_BYTES {
                *buffer = FoldedText::default();
            }
        }
        Some(chunk)
    }
}

/// A search of all documents started by [`Sweeper::start`]: its results,
/// taken in order. Dropping it ends the search.
pub struct Sweep {
    job: Arc<Job>,
    shared: Arc<Shared>,
}

impl Sweep {
    /// Appends the hits found in order since the last call to `out` (the
    /// job's `limit` at most over all calls), and says how far the search
    /// is.
    pub fn take(&self, out: &mut Vec<Hit>) -> SweepProgress {
        let limit = self.job.ask.limit;
        let mut found = lock(&self.job.found);
        let found = &mut *found;
        while let Some(slot) = found.chunks.get_mut(found.taken) {
            let Some(chunk) = slot.take() else { break };
            let room = limit.saturating_sub(found.hits_taken);
            let hits = chunk.hits.into_iter().take(room);
            let before = out.len();
            out.extend(hits);
            found.hits_taken += out.len() - before;
            found.progress.searched += chunk.docs;
            found.progress.matches += chunk.matches;
            found.progress.failed += chunk.failed;
            found.taken += 1;
        }
        if found.taken == found.chunks.len() {
            found.progress.searched = found.progress.of;
            found.progress.done = true;
        }
        found.progress
    }
}

impl Drop for Sweep {
    fn drop(&mut self) {
        // Ends the search if it is still the current one; a newer one goes on.
        let g = self.job.generation;
        let ended = self
            .shared
            .generation
            .compare_exchange(g, g + 1, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        if ended {
            let mut state = lock(&self.shared.state);
            if state.job.as_ref().is_some_and(|j| j.generation == g) {
                state.job = None;
            }
        }
    }
}

#[cfg(test)]
mod tests;
