//! Reading a large corpus while the reader is already open. The reader
//! starts with every document pending (its file name in the list), reads the
//! one on screen first, and hands the rest to worker threads that read them
//! in corpus order, the document the reader asks for next (`want`) before
//! the others. Each document read arrives on a channel; the event loop puts
//! it in place between keys (`App::poll_loading`, in `tui/arriving.rs`).
//!
//! A document shown from its start can be read in two steps: a larger
//! start first, then the whole ([`Loading::prepare`]). The workers start
//! when asked ([`Loading::start_workers`]): the reader asks once its first
//! frame is on screen, so the frame does not wait for their threads.
//!
//! The workers run at a lower priority than the reader (nice 10 on Linux):
//! on a machine with few cores a key is answered before the next document
//! is read.

use crate::corpus::Entry;
use crate::corpus::plan::Plan;
use crate::progress::Progress;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// A corpus of more bytes than this is opened while it is read; a smaller
/// one (the bundled briefing, a few letters) is read before the first frame,
/// which takes a few milliseconds.
pub const READ_FIRST_BYTES: u64 = 2 * 1024 * 1024;

/// A document read by a worker: the whole of input `index`, or (not
/// `whole`) a larger start of the document being shown from its start.
pub struct Arrival {
    pub index: usize,
    pub entry: Entry,
    pub whole: bool,
}

/// The reading in progress: documents read arrive on `arrived`.
pub struct Loading {
    /// Documents read of how many, for the status bar.
    pub progress: Arc<Progress>,
    shared: Arc<Shared>,
    arrived: mpsc::Receiver<Arrival>,
    /// Workers not started yet (see [`Loading::prepare`]): their channel's
    /// sending end, and how many.
    unstarted: Option<(mpsc::Sender<Arrival>, usize)>,
    /// Entries taken from the channel so far.
    taken: usize,
    /// Entries to be taken in all.
    expected: usize,
    /// Every worker has ended (the channel is closed): nothing more comes.
    gone: bool,
}

/// What the workers share with the reader.
struct Shared {
    plan: Plan,
    /// The next input in corpus order no worker took yet.
    next: AtomicUsize,
    /// Inputs a worker took (or the reader read itself).
    claimed: Vec<AtomicBool>,
    /// The input the reader wants next.
    wanted: Mutex<Option<usize>>,
    /// The reader went away: stop.
    stop: AtomicBool,
    /// An input whose larger start (this many bytes) is sent before the
    /// whole of it.
    start_first: Option<(usize, usize)>,
}

impl Loading {
    /// Reading every input of `plan` except those in `read` (the reader
    /// read them itself) on `workers` threads, once they are started
    /// ([`Loading::start_workers`]). Given `start` (input, bytes), the worker
    /// that takes that input sends its first `bytes` (cut as
    /// [`Plan::read_head`] cuts) before reading the whole of it.
    pub fn prepare(
        plan: Plan,
        read: &[usize],
        workers: usize,
        start: Option<(usize, usize)>,
    ) -> Self {
        let n = plan.len();
        let progress = Arc::new(Progress::default());
        progress.start(n);
        for _ in read {
            progress.step();
        }
        let mut shared = Shared::new(plan, read);
        shared.start_first = start;
        let shared = Arc::new(shared);
        let (tx, rx) = mpsc::channel();
        Loading {
            progress,
            shared,
            arrived: rx,
            unstarted: Some((tx, workers.max(1))),
            taken: 0,
            expected: n - read.len(),
            gone: false,
        }
    }

    /// Starts the workers, once.
    pub fn start_workers(&mut self) {
        let Some((tx, workers)) = self.unstarted.take() else {
            return;
        };
        for k in 0..workers {
            let (s, t, p) = (self.shared.clone(), tx.clone(), self.progress.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("brief-read-{k}"))
                .spawn(move || work(&s, &t, &p));
            if spawned.is_err() && k == 0 {
                // No thread at all: read here, now (slow, but complete).
                work(&self.shared, &tx, &self.progress);
            }
        }
    }

    /// The reader wants input `i` next (the document it shows is pending).
    pub fn want(&self, i: usize) {
        if let Ok(mut w) = self.shared.wanted.lock() {
            *w = Some(i);
        }
    }

    /// Documents read since the last call, for at most about `budget`
    /// (putting each in place takes time too).
    pub fn take(&mut self, budget: Duration) -> Vec<Arrival> {
        let start = Instant::now();
        let mut out = Vec::new();
        while start.elapsed() < budget {
            match self.arrived.try_recv() {
                Ok(e) => out.push(e),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.gone = true;
                    break;
                }
            }
        }
        self.taken += out.iter().filter(|a| a.whole).count();
        out
    }

    /// Every document has arrived, or every worker is gone (a document
    /// still pending then will not come).
    pub fn done(&self) -> bool {
        self.taken >= self.expected || self.gone
    }
}

impl Shared {
    fn new(plan: Plan, read: &[usize]) -> Self {
        let claimed: Vec<AtomicBool> = (0..plan.len()).map(|_| AtomicBool::new(false)).collect();
        for &i in read {
            claimed[i].store(true, Ordering::Relaxed);
        }
        Shared {
            plan,
            next: AtomicUsize::new(0),
            claimed,
            wanted: Mutex::new(None),
            stop: AtomicBool::new(false),
            start_first: None,
        }
    }
}

impl Drop for Loading {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }
}

/// A worker: the wanted input if no one took it, else the next in order,
/// until every input is taken or the reader is gone.
fn work(shared: &Shared, tx: &mpsc::Sender<Arrival>, progress: &Progress) {
    crate::cores::lower_priority();
    loop {
        if shared.stop.load(Ordering::Relaxed) {
            return;
        }
        let wanted = shared.wanted.lock().ok().and_then(|mut w| w.take());
        let i = match wanted.filter(|&i| claim(shared, i)) {
            Some(i) => i,
            None => match next_unclaimed(shared) {
                Some(i) => i,
                None => return,
            },
        };
        if let Some((at, bytes)) = shared.start_first
            && at == i
            && let Some(entry) = shared.plan.read_head(i, bytes)
        {
            let start = Arrival {
                index: i,
                entry,
                whole: false,
            };
            if tx.send(start).is_err() {
                return;
            }
        }
        let mut entry = shared.plan.read(i);
        // The reader reads a text file's source again when the raw view asks
        // for it: a folder's sources are not all held beside their clean texts.
        if let Entry::Doc(d) = &mut entry {
            d.release_source_for_reading();
        }
        progress.step();
        let whole = Arrival {
            index: i,
            entry,
            whole: true,
        };
        if tx.send(whole).is_err() {
            return;
        }
    }
}

fn claim(shared: &Shared, i: usize) -> bool {
    shared
        .claimed
        .get(i)
        .is_some_and(|c| !c.swap(true, Ordering::AcqRel))
}

fn next_unclaimed(shared: &Shared) -> Option<usize> {
    loop {
        let i = shared.next.fetch_add(1, Ordering::AcqRel);
        if i >= shared.claimed.len() {
            return None;
        }
        if claim(shared, i) {
            return Some(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            let text = format!("Geachte voorzitter,\n\nDit is brief nummer {i}.\n");
            std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
        }
        dir
    }

    fn started(
        plan: Plan,
        read: &[usize],
        workers: usize,
        start: Option<(usize, usize)>,
    ) -> Loading {
        let mut loading = Loading::prepare(plan, read, workers, start);
        loading.start_workers();
        loading
    }

    fn take_all(loading: &mut Loading) -> Vec<Arrival> {
        let mut got = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while !loading.done() {
            assert!(Instant::now() < deadline, "the reading never ended");
            got.extend(loading.take(Duration::from_millis(5)));
            std::thread::sleep(Duration::from_millis(1));
        }
        got
    }

    #[test]
    fn every_input_arrives_once_as_reading_it_gives_it() {
        let dir = folder(40);
        let paths = [dir.path().to_path_buf()];
        let whole = Plan::of(&paths).read_all();
        for workers in [1, 2, 4] {
            let mut loading = started(Plan::of(&paths), &[0], workers, None);
            let mut got = take_all(&mut loading);
            got.sort_by_key(|a| a.index);
            let indices: Vec<usize> = got.iter().map(|a| a.index).collect();
            assert_eq!(indices, (1..40).collect::<Vec<_>>(), "{workers} workers");
            assert!(got.iter().all(|a| a.whole));
            for Arrival {
                index, entry: e, ..
            } in &got
            {
                let w = &whole.entries[*index];
                assert_eq!(e.id(), w.id());
                assert_eq!(
                    e.doc().map(|d| d.clean.as_str()),
                    w.doc().map(|d| d.clean.as_str())
                );
            }
            assert_eq!(loading.progress.get(), (40, 40));
        }
    }

    #[test]
    fn a_wanted_document_is_read_before_the_rest() {
        let dir = folder(8);
        let shared = Shared::new(Plan::of(&[dir.path().to_path_buf()]), &[0]);
        *shared.wanted.lock().unwrap() = Some(6);
        let (tx, rx) = mpsc::channel();
        work(&shared, &tx, &Progress::default());
        let order: Vec<usize> = rx.try_iter().map(|a| a.index).collect();
        assert_eq!(order, [6, 1, 2, 3, 4, 5, 7]);
    }

    /// Prepared, nothing is read until the workers are started (the
    /// reader's first frame comes before them); then everything comes.
    #[test]
    fn prepared_workers_read_nothing_until_started() {
        let dir = folder(5);
        let mut loading = Loading::prepare(Plan::of(&[dir.path().to_path_buf()]), &[0], 2, None);
        std::thread::sleep(Duration::from_millis(50));
        assert!(loading.take(Duration::from_millis(5)).is_empty());
        assert!(!loading.done());
        assert_eq!(loading.progress.get(), (1, 5));
        loading.start_workers();
        loading.start_workers();
        let got = take_all(&mut loading);
        assert_eq!(got.len(), 4, "each once, though started twice");
        assert_eq!(loading.progress.get(), (5, 5));
    }

    /// A file shown from its start: a larger start arrives first (not
    /// counted as read), then the whole, which ends the reading.
    #[test]
    fn a_larger_start_comes_before_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        let para = "Geachte voorzitter,\n\nDit is een alinea van een lange brief.\n\n";
        let path = dir.path().join("lang.txt");
        std::fs::write(&path, para.repeat(2000)).unwrap();
        let plan = Plan::of(std::slice::from_ref(&path));
        let mut loading = started(plan, &[], 1, Some((0, 4096)));
        let got = take_all(&mut loading);
        assert_eq!(got.len(), 2);
        assert!(!got[0].whole && got[1].whole);
        let start = got[0].entry.doc().unwrap().bytes();
        let whole = got[1].entry.doc().unwrap();
        assert!(start.len() <= 4096 && start.len() > 2000);
        // The whole let go of its source (read again when asked for).
        assert!(!whole.holds_source());
        assert_eq!(whole.raw_len(), para.len() * 2000);
        assert!(whole.source_text().unwrap().as_bytes().starts_with(start));
        assert_eq!(loading.progress.get(), (1, 1));
        // A file no larger than the start asked for comes once, whole.
        let plan = Plan::of(std::slice::from_ref(&path));
        let mut loading = started(plan, &[], 1, Some((0, 1 << 20)));
        let got = take_all(&mut loading);
        assert_eq!(got.len(), 1);
        assert!(got[0].whole);
    }

    /// The workers are gone before every document came (a bug): the
    /// reading is over all the same, so the reader does not wait for ever.
    #[test]
    fn the_reading_ends_when_the_workers_are_gone() {
        let dir = folder(3);
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(Arrival {
            index: 1,
            entry: Plan::of(&[dir.path().to_path_buf()]).read(1),
            whole: true,
        });
        drop(tx);
        let mut loading = Loading {
            progress: Arc::new(Progress::default()),
            shared: Arc::new(Shared::new(Plan::of(&[dir.path().to_path_buf()]), &[0])),
            arrived: rx,
            unstarted: None,
            taken: 0,
            expected: 2,
            gone: false,
        };
        assert!(!loading.done());
        assert_eq!(loading.take(Duration::from_secs(1)).len(), 1);
        loading.take(Duration::from_secs(1));
        assert!(loading.done(), "one of two came, and no more will");
    }
}
