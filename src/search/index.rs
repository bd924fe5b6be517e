//! Searching a corpus with every document folded at once
//! ([`SearchIndex::build`]), then any number of queries over one document or
//! all of them; and what every way of searching shares: the matches of one
//! folded document ([`scan_folded`], in text order), and the section a
//! results list shows for a match (its snippet is [`super::snippet`]).
//!
//! The reader does not hold an index (it folds the documents it shows, see
//! [`super::views`], and searches all documents on workers, see
//! [`super::sweep`]); the index is the whole-corpus form the tests and
//! benchmarks measure those against: the same matches, in the same order.
//!
//! A search over a large corpus can have a hundred thousand matches, more
//! than anyone reads: [`SearchIndex::search_all_limited`] counts them all but
//! makes [`Hit`]s of the first few only. Matches come from the matcher in
//! text order, so the block of each is found by walking the blocks forward
//! once, not by a search per match.

use super::folded::FoldedText;
use super::query::Matcher;
use crate::corpus::{Corpus, Entry};
use crate::document::{Block, Document};
use std::borrow::Cow;
use std::ops::{ControlFlow, Range};

/// How far a [`SearchIndex::build_with_progress`] has come: entries folded,
/// of how many.
pub type IndexProgress = crate::progress::Progress;

/// One match in a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Hit {
    /// Index of the document's entry in [`Corpus::entries`].
    pub doc: usize,
    /// The match in the clean text (on character boundaries).
    pub clean: Range<usize>,
    /// The block the match starts in.
    pub block: usize,
    /// The match is in (or runs into) folded boilerplate.
    pub boilerplate: bool,
}

/// The folded text of every document of a corpus, by entry index.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    docs: Vec<Option<FoldedText>>,
}

impl SearchIndex {
    /// Folds every document once. Documents are shared out over the cores
    /// (a corpus of many news items folds in parallel; one large document
    /// takes one core).
    pub fn build(corpus: &Corpus) -> SearchIndex {
        Self::build_with_progress(corpus, &IndexProgress::default())
    }

    /// [`SearchIndex::build`], counting the documents folded in `progress`
    /// (for a reader that shows how far indexing has come).
    pub fn build_with_progress(corpus: &Corpus, progress: &IndexProgress) -> SearchIndex {
        progress.start(corpus.entries.len());
        let fold_entry = |e: &Entry| {
            let f = fold_entry(e);
            progress.step();
            f
        };
        let n = corpus.entries.len();
        let threads = crate::cores::cores().min(n).max(1);
        let total: usize = corpus.documents().map(|d| d.clean.len()).sum();
        if threads == 1 || total < 1 << 20 {
            return SearchIndex {
                docs: corpus.entries.iter().map(&fold_entry).collect(),
            };
        }
        // Contiguous runs of entries of about equal size, one per thread.
        let mut runs: Vec<Range<usize>> = Vec::with_capacity(threads);
        let share = total.div_ceil(threads);
        let (mut from, mut size) = (0, 0);
        for (i, e) in corpus.entries.iter().enumerate() {
            size += e.doc().map_or(0, |d| d.clean.len());
            if size >= share && runs.len() + 1 < threads {
                runs.push(from..i + 1);
                (from, size) = (i + 1, 0);
            }
        }
        runs.push(from..n);
        let docs = std::thread::scope(|s| {
            let handles: Vec<_> = runs
                .iter()
                .map(|r| {
                    let entries = &corpus.entries[r.clone()];
                    // Contained, so a panic reaches the joining thread with
                    // its message, and is not printed over a reader's screen.
                    s.spawn(move || {
                        crate::contain::contain(|| {
                            entries.iter().map(&fold_entry).collect::<Vec<_>>()
                        })
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| match h.join() {
                    Ok(Ok(folded)) => folded,
                    Ok(Err(failure)) => crate::contain::rethrow(failure),
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        });
        SearchIndex { docs }
    }

    /// The folded text of an entry, if it is a document.
    pub fn folded(&self, doc: usize) -> Option<&FoldedText> {
        self.docs.get(doc)?.as_ref()
    }

    /// Heap memory held by the folded texts and their maps.
    pub fn heap_bytes(&self) -> usize {
        self.docs.iter().flatten().map(FoldedText::heap_bytes).sum()
    }

    /// The matches in one document, in text order. Folded boilerplate is
    /// searched only when `include_folded`.
    pub fn search_doc(
        &self,
        corpus: &Corpus,
        doc: usize,
        m: &Matcher,
        include_folded: bool,
    ) -> Vec<Hit> {
        self.search_doc_limited(corpus, doc, m, include_folded, usize::MAX)
            .0
    }

    /// The first `limit` matches in one document, and how many there are.
    pub fn search_doc_limited(
        &self,
        corpus: &Corpus,
        doc: usize,
        m: &Matcher,
        include_folded: bool,
        limit: usize,
    ) -> (Vec<Hit>, usize) {
        let mut hits = Vec::new();
        let total = self.scan(corpus, doc, m, include_folded, limit, &mut hits);
        (hits, total)
    }

    /// The matches in every document, by document then text order.
    pub fn search_all(&self, corpus: &Corpus, m: &Matcher, include_folded: bool) -> Vec<Hit> {
        self.search_all_limited(corpus, m, include_folded, usize::MAX)
            .0
    }

    /// The first `limit` matches over every document (by document, then text
    /// order), and how many there are in all. Only the first `limit` are
    /// made into [`Hit`]s; the rest are only counted.
    pub fn search_all_limited(
        &self,
        corpus: &Corpus,
        m: &Matcher,
        include_folded: bool,
        limit: usize,
    ) -> (Vec<Hit>, usize) {
        let mut hits = Vec::new();
        let mut total = 0;
        for doc in 0..corpus.entries.len() {
            let room = limit.saturating_sub(hits.len());
            total += self.scan(corpus, doc, m, include_folded, room, &mut hits);
        }
        (hits, total)
    }

    /// Appends the first `limit` matches of one document to `out`; returns
    /// how many there are.
    fn scan(
        &self,
        corpus: &Corpus,
        doc: usize,
        m: &Matcher,
        include_folded: bool,
        limit: usize,
        out: &mut Vec<Hit>,
    ) -> usize {
        let Some(Entry::Doc(d)) = corpus.entries.get(doc) else {
            return 0;
        };
        if m.matches_nothing() {
            return 0;
        }
        // An index built from another corpus (or an older one) would map
        // matches to the wrong text: fold afresh then.
        let folded = match self.folded(doc) {
            Some(f) if f.is_of(&d.clean) => Cow::Borrowed(f),
            _ => Cow::Owned(FoldedText::new(&d.clean)),
        };
        scan_folded(d, doc, &folded, m, include_folded, limit, out)
    }
}

/// The matches in one document read on its own, without an index: its text
/// folded, searched and let go (for a command that reads a corpus a slice
/// at a time). The same matches, in the same order, as
/// [`SearchIndex::search_doc`] finds for entry `doc`.
pub fn search_document(d: &Document, doc: usize, m: &Matcher, include_folded: bool) -> Vec<Hit> {
    let mut hits = Vec::new();
    if !m.matches_nothing() {
        let folded = FoldedText::new(&d.clean);
        scan_folded(d, doc, &folded, m, include_folded, usize::MAX, &mut hits);
    }
    hits
}

/// Appends the first `limit` matches in `d` (entry `doc`, its text folded
/// as `folded`) to `out`, in text order; returns how many there are.
pub fn scan_folded(
    d: &Document,
    doc: usize,
    folded: &FoldedText,
    m: &Matcher,
    include_folded: bool,
    limit: usize,
    out: &mut Vec<Hit>,
) -> usize {
    let blocks = &d.blocks;
    let mut walk = BlockWalk { blocks, next: 0 };
    let mut total = 0;
    let mut kept = 0;
    let _ = m.each_clean(folded, None, |clean| {
        let (block, boilerplate) = walk.place(&clean);
        if boilerplate && !include_folded {
            return ControlFlow::Continue(());
        }
        total += 1;
        if kept < limit {
            kept += 1;
            out.push(Hit {
                doc,
                clean,
                block,
                boilerplate,
            });
        }
        ControlFlow::Continue(())
    });
    total
}

fn fold_entry(e: &Entry) -> Option<FoldedText> {
    e.doc().map(|d| FoldedText::new(&d.clean))
}

/// Finds the blocks of matches given in text order.
struct BlockWalk<'a> {
    blocks: &'a [Block],
    /// Blocks before this end at or before the last match's start.
    next: usize,
}

impl BlockWalk<'_> {
    /// The block a match starts in (the next block when it starts on the
    /// `\n` between two), and whether any block it touches is folded.
    fn place(&mut self, clean: &Range<usize>) -> (usize, bool) {
        let b = self.blocks;
        while self.next < b.len() && b[self.next].clean.end <= clean.start {
            self.next += 1;
        }
        let block = self.next.min(b.len().saturating_sub(1));
        let folded = b[self.next.min(b.len())..]
            .iter()
            .take_while(|x| x.clean.start < clean.end.max(clean.start + 1))
            .any(|x| x.kind.is_folded());
        (block, folded)
    }
}

/// The title of the innermost section holding a clean offset.
///
/// Sections are in document order, each after its parent, so the innermost
/// one is found by a binary search and a walk up the parents, rather than
/// by looking at every section (a 50 MB letter has thousands).
pub fn section_title(doc: &Document, clean_offset: usize) -> Option<String> {
    if doc.blocks.is_empty() {
        return None;
    }
    let block = doc.block_at_clean(clean_offset);
    let s = &doc.sections;
    let mut i = s
        .partition_point(|x| x.blocks.start <= block)
        .checked_sub(1);
    while let Some(k) = i {
        if s[k].blocks.contains(&block) {
            return Some(s[k].title.clone());
        }
        i = s[k].parent;
    }
    // Sections out of order (not made by the parser): look at all of them.
    doc.section_of_block(block).map(|k| s[k].title.clone())
}
