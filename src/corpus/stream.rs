//! A corpus read a slice at a time, for a command that handles each document
//! once and never needs two at the same time (`brief outline`, `brief
//! search`): the documents of a slice are read and handled on every core,
//! handed on in corpus order, and dropped before the next slice is read. So
//! memory holds one slice, not the corpus: a folder of 10,000 documents
//! takes what 256 of them take.
//!
//! The entries and their order are the ones [`Corpus::from_args`](super::Corpus::from_args) gives
//! (the same ids, the same failed entries); only when they are in memory
//! differs.

use super::plan::Plan;
use super::{Entry, bundled, load_bytes, stem};
use crate::document::Origin;
use rayon::prelude::*;
use std::path::PathBuf;

/// Documents read and handled at a time. Enough to keep every core busy
/// between two hand-overs (a slice of seed-sized letters takes tens of
/// milliseconds), few enough that a slice of large files stays small next
/// to the whole.
pub const SLICE: usize = 256;

/// The inputs of a corpus, read on demand.
pub enum Stream {
    /// The briefing bundled in the binary.
    Bundled,
    /// Files, folders and standard input.
    Planned(Plan),
}

impl Stream {
    /// The bundled briefing when no paths are given, else the paths, as
    /// [`Corpus::from_args`](super::Corpus::from_args) reads them.
    pub fn from_args(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            Stream::Bundled
        } else {
            Stream::Planned(Plan::of(paths))
        }
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        match self {
            Stream::Bundled => bundled::BUNDLED.len(),
            Stream::Planned(plan) => plan.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entry `i` read: the document, or why not.
    pub fn read(&self, i: usize) -> Entry {
        match self {
            Stream::Bundled => {
                let (name, bytes) = bundled::BUNDLED[i];
                load_bytes(
                    stem(name),
                    Origin::Bundled(name.to_string()),
                    bytes.to_vec(),
                )
            }
            Stream::Planned(plan) => plan.read(i),
        }
    }

    /// Reads every entry and hands it to `handle` (with its index), on
    /// every core, [`SLICE`] entries at a time; `take` gets each slice's
    /// results in corpus order, on this thread, while the next slice is
    /// read (so writing one slice out overlaps reading the next, and at
    /// most two are in memory), and may stop the stream with an error (a
    /// closed pipe, say), which is returned.
    pub fn for_each_slice<T, E>(
        &self,
        handle: impl Fn(usize, Entry) -> T + Sync,
        mut take: impl FnMut(Vec<T>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        T: Send,
    {
        let n = self.len();
        let read = |from: usize| -> Vec<T> {
            (from..(from + SLICE).min(n))
                .into_par_iter()
                .map(|i| handle(i, self.read(i)))
                .collect()
        };
        let mut from = 0;
        let mut current = (n > 0).then(|| read(0));
        while let Some(slice) = current.take() {
            from += SLICE;
            let mut next = None;
            let taken = rayon::in_place_scope(|s| {
                if from < n {
                    s.spawn(|_| next = Some(read(from)));
                }
                take(slice)
            });
            taken?;
            current = next;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn slices_hand_on_the_entries_of_the_whole_in_order() {
        let dir = tempfile::tempdir().unwrap();
        // More than two slices, with a file that cannot be read among them.
        for i in 0..(2 * SLICE + 7) {
            let text = format!("Geachte voorzitter,\n\nBrief nummer {i}.\n");
            std::fs::write(dir.path().join(format!("{i:04}.txt")), text).unwrap();
        }
        std::fs::write(dir.path().join("0300.txt"), b"\xff\xfe\x00\x00binary\x00").unwrap();
        let paths = [dir.path().to_path_buf()];
        let whole = Corpus::from_args(&paths);
        let mut seen = Vec::new();
        let mut slices = 0;
        Stream::from_args(&paths)
            .for_each_slice(
                |i, e| (i, e.id().to_string(), e.doc().map(|d| d.clean.clone())),
                |slice| {
                    slices += 1;
                    seen.extend(slice);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
        assert_eq!(slices, 3);
        assert_eq!(seen.len(), whole.entries.len());
        for (k, (i, id, clean)) in seen.into_iter().enumerate() {
            assert_eq!(i, k);
            assert_eq!(id, whole.entries[k].id());
            assert_eq!(
                clean.as_deref(),
                whole.entries[k].doc().map(|d| d.clean.as_str())
            );
        }
        assert!(whole.entries.iter().any(|e| e.doc().is_none()));
    }

    #[test]
    fn the_bundled_stream_is_the_bundled_corpus() {
        let stream = Stream::from_args(&[]);
        let whole = Corpus::bundled();
        assert_eq!(stream.len(), whole.entries.len());
        for (i, e) in whole.entries.iter().enumerate() {
            let read = stream.read(i);
            assert_eq!((read.id(), read.origin()), (e.id(), e.origin()));
        }
    }

    #[test]
    fn a_refusal_stops_the_stream() {
        let stream = Stream::from_args(&[]);
        let mut calls = 0;
        let r = stream.for_each_slice(
            |i, _| i,
            |_| {
                calls += 1;
                Err("closed")
            },
        );
        assert_eq!(r, Err("closed"));
        assert_eq!(calls, 1);
    }
}
