//! How far a piece of background work has come: items done of how many,
//! shared between the thread doing it and a reader that shows it
//! ("recognising entities: 2 of 5 documents…"). Counts only; the work owns
//! its results.

use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Progress {
    /// The work has `total` items; none done yet.
    pub fn start(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    /// One more item done.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    /// `(done, total)`; `(0, 0)` before the work started.
    pub fn get(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// "2 of 5 documents", "1 of 1 document", or nothing before the start.
    pub fn of_documents(&self) -> Option<String> {
        match self.get() {
            (_, 0) => None,
            (done, 1) => Some(format!("{done} of 1 document")),
            (done, total) => Some(format!("{done} of {total} documents")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_says_so() {
        let p = Progress::default();
        assert_eq!(p.of_documents(), None);
        p.start(5);
        p.step();
        p.step();
        assert_eq!(p.get(), (2, 5));
        assert_eq!(p.of_documents().unwrap(), "2 of 5 documents");
        p.start(1);
        assert_eq!(p.of_documents().unwrap(), "0 of 1 document");
    }
}
