//! A corpus before it is read: the inputs (files found in the folders named,
//! standard input), in corpus order, with their ids and the corpus's root.
//! Making a plan only looks at the file system; reading is separate, so a
//! reader can show the list of documents at once and read them afterwards,
//! the one on screen first (see [`Plan::pending`] and [`Plan::read`]).

use super::ids::{self, IdSource};
use super::load::{self, load_file};
use super::{Corpus, Entry, is_stdin, walk};
use crate::document::Origin;
use std::collections::HashSet;
use std::path::PathBuf;

/// One input to read, in corpus order.
#[derive(Debug)]
enum Input {
    /// A file, with its size when the plan was made.
    File {
        path: PathBuf,
        depth: usize,
        len: u64,
    },
    Stdin,
}

/// The inputs of a corpus and their ids, nothing read yet.
#[derive(Debug)]
pub struct Plan {
    inputs: Vec<Input>,
    ids: Vec<String>,
    root: Option<PathBuf>,
}

impl Plan {
    /// The files named, every .txt file inside the folders named (see
    /// [`walk`]), and standard input for `-`. A file reached twice (named
    /// twice, or also inside a folder named) is read once.
    pub fn of(paths: &[PathBuf]) -> Self {
        let mut inputs = Vec::new();
        let mut seen = HashSet::new();
        let mut stdin = false;
        for p in paths {
            if is_stdin(p) {
                if !std::mem::replace(&mut stdin, true) {
                    inputs.push(Input::Stdin);
                }
                continue;
            }
            let meta = std::fs::metadata(p);
            if meta.as_ref().is_ok_and(|m| m.is_dir()) {
                for f in walk::documents_in(p) {
                    if walk::first_time(&mut seen, f.key.as_ref()) {
                        inputs.push(Input::File {
                            path: f.path,
                            depth: f.depth,
                            len: f.len,
                        });
                    }
                }
            } else {
                let key = meta.as_ref().ok().and_then(|m| walk::file_key(p, m));
                if key.is_none_or(|k| seen.insert(k)) {
                    inputs.push(Input::File {
                        path: p.clone(),
                        depth: 1,
                        len: meta.map_or(0, |m| m.len()),
                    });
                }
            }
        }
        let root = root_of(paths, &inputs);
        let sources: Vec<IdSource> = inputs
            .iter()
            .map(|i| match i {
                Input::File { path, depth, .. } => IdSource::File {
                    path,
                    depth: *depth,
                },
                Input::Stdin => IdSource::Stdin,
            })
            .collect();
        let ids = ids::assign(&sources);
        Plan { inputs, ids, root }
    }

    /// How many inputs.
    pub fn len(&self) -> usize {
        self.inputs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty()
    }

    /// Standard input is one of the inputs (it can be read only once, and
    /// only now: a reader does not open it).
    pub fn reads_stdin(&self) -> bool {
        self.inputs.iter().any(|i| matches!(i, Input::Stdin))
    }

    /// The bytes the files take on disk, as the file system says (0 for
    /// what cannot be looked at, and for standard input).
    pub fn bytes_on_disk(&self) -> u64 {
        (0..self.len()).map(|i| self.bytes_of(i)).sum()
    }

    /// The corpus with every entry [`Entry::Pending`]: ids, origins and
    /// root as reading them will give.
    pub fn pending(&self) -> Corpus {
        let entries = (0..self.len())
            .map(|i| Entry::Pending {
                id: self.ids[i].clone(),
                origin: self.origin(i),
            })
            .collect();
        Corpus {
            entries,
            root: self.root.clone(),
        }
    }

    /// Input `i` read: the document, or why not.
    pub fn read(&self, i: usize) -> Entry {
        let id = self.ids[i].clone();
        match &self.inputs[i] {
            Input::File { path, .. } => load_file(id, path),
            Input::Stdin => load::load_stdin(id),
        }
    }

    /// The start of input `i` as a document to show while the whole is
    /// read, when it is a text file larger than `max` bytes (see
    /// [`load::load_file_head`]).
    pub fn read_head(&self, i: usize, max: usize) -> Option<Entry> {
        match &self.inputs[i] {
            Input::File { path, .. } => load::load_file_head(self.ids[i].clone(), path, max),
            Input::Stdin => None,
        }
    }

    /// The size of input `i` on disk when the plan was made, as the walk
    /// saw it (0 for standard input, or when it cannot be looked at).
    pub fn bytes_of(&self, i: usize) -> u64 {
        match &self.inputs[i] {
            Input::File { len, .. } => *len,
            Input::Stdin => 0,
        }
    }

    /// Every input read, on every core; the entries keep the inputs' order
    /// (each document's parse contains its own panic).
    pub fn read_all(self) -> Corpus {
        self.read_all_then(|_| {})
    }

    /// [`Plan::read_all`], with `then` done to each entry as soon as it is
    /// read, on the thread that read it (letting go of what a command does
    /// not need before the next document is read).
    pub fn read_all_then(self, then: impl Fn(&mut Entry) + Sync + Send) -> Corpus {
        use rayon::prelude::*;
        let entries = (0..self.len())
            .into_par_iter()
            .map(|i| {
                let mut e = self.read(i);
                then(&mut e);
                e
            })
            .collect();
        Corpus {
            entries,
            root: self.root,
        }
    }

    fn origin(&self, i: usize) -> Origin {
        match &self.inputs[i] {
            Input::File { path, .. } => Origin::File(path.clone()),
            Input::Stdin => Origin::Stdin,
        }
    }
}

/// The folder named alone, else the folder of the first file.
fn root_of(paths: &[PathBuf], inputs: &[Input]) -> Option<PathBuf> {
    if let [p] = paths
        && p.is_dir()
    {
        return Some(p.clone());
    }
    inputs.iter().find_map(|i| match i {
        Input::File { path, .. } => path.parent().map(|p| {
            if p.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                p.to_path_buf()
            }
        }),
        Input::Stdin => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_entries_are_what_reading_gives_without_documents() {
        let dir = tempfile::tempdir().unwrap();
        let letter = "Geachte voorzitter,\n\nDe Kamer is geïnformeerd.\n";
        std::fs::write(dir.path().join("b.txt"), letter).unwrap();
        std::fs::write(dir.path().join("a.txt"), letter).unwrap();
        std::fs::write(dir.path().join("leeg.txt"), "").unwrap();
        let plan = Plan::of(&[dir.path().to_path_buf()]);
        assert_eq!(plan.len(), 3);
        assert!(!plan.reads_stdin());
        assert_eq!(plan.bytes_on_disk(), 2 * letter.len() as u64);
        let pending = plan.pending();
        assert!(pending.entries.iter().all(|e| e.doc().is_none()));
        let read = Plan::of(&[dir.path().to_path_buf()]).read_all();
        assert_eq!(pending.root, read.root);
        for (i, (p, r)) in pending.entries.iter().zip(&read.entries).enumerate() {
            assert_eq!((p.id(), p.origin()), (r.id(), r.origin()));
            assert_eq!(plan.read(i).id(), r.id());
        }
        assert!(read.entries[0].doc().is_some());
        assert!(matches!(read.entries[1], Entry::Failed { .. }) || read.entries[2].doc().is_none());
    }
}
