//! Searching a corpus: every document folded once ([`SearchIndex::build`]),
//! then any number of queries over one document or all of them, with what a
//! results list shows of a match (its section, a snippet around it).
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
use unicode_segmentation::UnicodeSegmentation;

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
        let n = corpus.entries.len();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(n)
            .max(1);
        let total: usize = corpus.documents().map(|d| d.clean.len()).sum();
        if threads == 1 || total < 1 << 20 {
            return SearchIndex {
                docs: corpus.entries.iter().map(fold_entry).collect(),
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
                    s.spawn(move || entries.iter().map(fold_entry).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("folding does not panic"))
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
            Some(f) if f.clean_len() == d.clean.len() => Cow::Borrowed(f),
            _ => Cow::Owned(FoldedText::new(&d.clean)),
        };
        let blocks = &d.blocks;
        let mut walk = BlockWalk { blocks, next: 0 };
        let mut total = 0;
        let mut kept = 0;
        let _ = m.each_clean(&folded, None, |clean| {
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

/// The text around a match, within its block: `(before, match, after)`, at
/// most `width_chars` characters in all, with "…" where the block's text
/// was cut. Cuts fall between grapheme clusters (between words when that
/// costs little room), and the match is widened to whole clusters. Line
/// breaks and other control characters become spaces, so a snippet is one
/// line.
pub fn snippet(doc: &Document, hit: &Range<usize>, width_chars: usize) -> (String, String, String) {
    let text = doc.clean.as_str();
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let (start, end) = (floor(hit.start), ceil(hit.end.max(hit.start)));
    // The block around the match (grown to hold all of it).
    let (bs, be) = if doc.blocks.is_empty() {
        (0, text.len())
    } else {
        let b = &doc.blocks[doc.block_at_clean(start)].clean;
        (b.start.min(start), b.end.max(end))
    };
    // Look at a window, not the whole block: a block may be megabytes long.
    // Clusters are rarely more than a few bytes; 16 per character is ample.
    let reach = width_chars.saturating_mul(16).saturating_add(64);
    let shown_end = if end - start > reach {
        ceil(start + reach)
    } else {
        end
    };
    let ws = floor(bs.max(start.saturating_sub(reach)));
    let we = if shown_end < end {
        shown_end
    } else {
        ceil(be.min(end.saturating_add(reach)))
    };
    // The window's clusters; one cut by the window's edge is dropped.
    let mut gs: Vec<Cluster> = text[ws..we]
        .grapheme_indices(true)
        .map(|(i, g)| Cluster {
            start: ws + i,
            end: ws + i + g.len(),
            chars: g.chars().count(),
            space: g.chars().all(char::is_whitespace),
        })
        .collect();
    if ws > bs && !gs.is_empty() {
        gs.remove(0);
    }
    if we < be && shown_end == end && gs.last().is_some_and(|g| g.end == we) {
        gs.pop();
    }
    // The match's clusters: from the one holding its start to the one
    // holding its last byte.
    let mi = gs.partition_point(|g| g.end <= start);
    let mj = if end > start {
        gs.partition_point(|g| g.start < shown_end)
    } else {
        mi
    }
    .max(mi);
    let width = width_chars.max(1);
    let show = |r: &[Cluster]| match (r.first(), r.last()) {
        (Some(a), Some(b)) => one_line(&text[a.start..b.end]),
        _ => String::new(),
    };
    // The match first: whole if it fits, else cut with "…".
    let mut m_end = mj;
    let mut m_cut = shown_end < end;
    while m_end > mi && chars(&gs[mi..m_end]) + usize::from(m_cut) > width {
        m_end -= 1;
        m_cut = true;
    }
    let mut matched = show(&gs[mi..m_end]);
    if m_cut {
        matched.push('…');
        return (String::new(), matched, String::new());
    }
    let room = width - chars(&gs[mi..m_end]);
    // Then the context: half of what is left before the match (more when
    // the text after it is short), the rest after it.
    let before_all = &gs[..mi];
    let after_all = &gs[m_end..];
    let block_start_seen = before_all
        .first()
        .map_or(ws == bs || mi == 0, |g| g.start == bs);
    let block_end_seen = after_all.last().map_or(we == be, |g| g.end == be);
    let before_room = (room / 2).max(room.saturating_sub(chars(after_all)));
    let from = keep_back(before_all, before_room, block_start_seen);
    let mut before = show(&before_all[from..]);
    let cut_before = (from > 0 || !block_start_seen) && before_room > 0;
    if cut_before {
        before = format!("…{}", before.trim_start());
    }
    let used = chars(&before_all[from..]) + usize::from(cut_before);
    let after_room = room.saturating_sub(used);
    let to = keep_front(after_all, after_room, block_end_seen);
    let mut after = show(&after_all[..to]);
    if (to < after_all.len() || !block_end_seen) && after_room > 0 {
        after = format!("{}…", after.trim_end());
    }
    (before, matched, after)
}

/// A grapheme cluster of a snippet's window.
#[derive(Debug, Clone, Copy)]
struct Cluster {
    start: usize,
    end: usize,
    chars: usize,
    space: bool,
}

fn chars(gs: &[Cluster]) -> usize {
    gs.iter().map(|g| g.chars).sum()
}

/// Where to start showing the clusters before a match so that they, and a
/// "…" if cut, fit in `room`: preferably at a word's start.
fn keep_back(gs: &[Cluster], room: usize, complete: bool) -> usize {
    if complete && chars(gs) <= room {
        return 0;
    }
    // One character for the "…".
    let room = room.saturating_sub(1);
    let mut from = gs.len();
    let mut used = 0;
    while from > 0 && used + gs[from - 1].chars <= room {
        from -= 1;
        used += gs[from].chars;
    }
    // Start after a space if that gives up at most a third of the room.
    let limit = (from + room / 3).min(gs.len());
    (from..limit)
        .find(|&k| k > 0 && gs[k - 1].space && !gs[k].space)
        .unwrap_or(from)
}

/// How many clusters after a match to show so that they, and a "…" if cut,
/// fit in `room`: preferably ending at a word's end.
fn keep_front(gs: &[Cluster], room: usize, complete: bool) -> usize {
    if complete && chars(gs) <= room {
        return gs.len();
    }
    let room = room.saturating_sub(1);
    let mut to = 0;
    let mut used = 0;
    while to < gs.len() && used + gs[to].chars <= room {
        used += gs[to].chars;
        to += 1;
    }
    if to == gs.len() {
        return to;
    }
    let limit = to.saturating_sub(room / 3);
    (limit..=to)
        .rev()
        .find(|&k| k < gs.len() && gs[k].space && k > 0 && !gs[k - 1].space)
        .unwrap_or(to)
}

/// Control characters (line breaks, tabs) as spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
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
