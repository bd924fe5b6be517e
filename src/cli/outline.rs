//! `brief outline`: each document's kind, title, date, sections, footnotes,
//! signatories and folded blocks, as text or JSON.
//!
//! The corpus is read a slice at a time ([`Stream`]): each document's
//! outline is printed as soon as its slice is read, and the documents are
//! dropped then, so a folder of any size takes the memory of one slice.

use super::contained::Left;
use anyhow::Result;
use brief::contain::{Failure, contain};
use brief::corpus::Entry;
use brief::corpus::stream::Stream;
use brief::outline::{DocOutline, outline as outline_of, outline_text};
use brief::output::inert::inert_text;
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;

/// What reading and outlining one entry gave.
enum Outlined {
    Done(Box<DocOutline>),
    /// The file could not be read: the failed entry, named at the end.
    Unread(Entry),
    /// Outlining it failed (a bug, contained): its file and what failed.
    Failed(String, Failure),
}

pub fn outline(json: bool, paths: &[PathBuf]) -> Result<()> {
    let stream = Stream::from_args(paths);
    let left = RefCell::new(Left::default());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let all = Documents {
        stream: &stream,
        left: &left,
    };
    if json {
        // Serialized as the whole `CorpusOutline` was: `{"documents": [..]}`.
        brief::output::json::to_writer_pretty(&mut out, &Whole(&all))?;
        writeln!(out)?;
    } else {
        all.each(|d| {
            write!(out, "{}", inert_text(&outline_text(d)))?;
            Ok::<(), std::io::Error>(())
        })?;
    }
    out.flush()?;
    left.into_inner().finish("outline")
}

/// Every document's outline, read as it is written.
struct Documents<'a> {
    stream: &'a Stream,
    left: &'a RefCell<Left>,
}

impl Documents<'_> {
    /// Gives each outline to `write` in corpus order, keeping what failed.
    fn each<E>(&self, mut write: impl FnMut(&DocOutline) -> Result<(), E>) -> Result<(), E> {
        self.stream.for_each_slice(outlined, |slice| {
            for o in slice {
                match o {
                    Outlined::Done(d) => write(&d)?,
                    Outlined::Unread(e) => self.left.borrow_mut().unread.push(e),
                    Outlined::Failed(file, f) => self.left.borrow_mut().failed.push((file, f)),
                }
            }
            Ok(())
        })
    }
}

/// Reads and outlines one entry (on a worker thread).
fn outlined(_: usize, entry: Entry) -> Outlined {
    match &entry {
        Entry::Doc(d) => match contain(|| outline_of(d)) {
            Ok(o) => Outlined::Done(Box::new(o)),
            Err(f) => Outlined::Failed(d.origin.display(), f),
        },
        Entry::Failed { .. } | Entry::Pending { .. } => Outlined::Unread(entry),
    }
}

/// `{"documents": [...]}`, the documents streamed.
struct Whole<'a>(&'a Documents<'a>);

impl Serialize for Whole<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut whole = s.serialize_struct("CorpusOutline", 1)?;
        whole.serialize_field("documents", self.0)?;
        whole.end()
    }
}

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        self.each(|d| seq.serialize_element(d))?;
        seq.end()
    }
}
