//! Building the related-passage index: in slices of documents, on every
//! core, merged in corpus order, so the index is the same on any number of
//! threads.
//!
//! Each slice (about [`SLICE_BYTES`] of text) reads its passages' terms
//! (stemming is most of the work) into terms of its own, and writes every
//! passage's distinct terms with their counts as bytes: term numbers in
//! order, each as the gap from the one before, tagged when the count is 1.
//! Slices are built [`WAVE`] per thread at a time and merged in order: a
//! slice's terms are numbered in the whole index as they come (so a term
//! has the number it gets when the passages are read one after the other,
//! the order the ranking's sums are taken in), and its bytes are kept with
//! the map from its numbers to the index's. Once every slice is in, the
//! postings are written from those bytes in two passes (counted, then
//! written into room made once: [`postings`](super::super::postings)), and
//! the bytes dropped. What is held on the way is about a byte a posting,
//! not the lists of pairs the index was first collected in.

use super::{Passage, RelatedIndex, encode_mention, is_passage, relates_by};
use crate::corpus::Corpus;
use crate::crossref::packed_lists::PackedLists;
use crate::crossref::postings::{Counting, PostingLists};
use crate::crossref::stem::term_spans;
use crate::crossref::term_dictionary::TermDictionary;
use crate::crossref::varint;
use crate::entities::EntityIndex;
use rayon::prelude::*;
use std::ops::Range;

/// Clean text a slice holds, at least (a document is never split).
const SLICE_BYTES: usize = 256 * 1024;
/// Slices a thread gets in a wave.
const WAVE: usize = 4;

/// What one slice of documents gives.
struct Slice {
    passages: Vec<Passage>,
    /// The slice's own terms, numbered as first said in it.
    terms: TermDictionary,
    /// Every passage's distinct terms with their counts ([`write_terms`]).
    forward: Vec<u8>,
    /// Every passage's name mentions.
    mentions: PackedLists<u8>,
}

/// A slice's passages' terms and the map from its term numbers to the index's.
struct Forward {
    bytes: Vec<u8>,
    map: Vec<u32>,
}

pub(super) fn build(corpus: &Corpus, entities: &EntityIndex) -> RelatedIndex {
    let mut ix = RelatedIndex::default();
    let passages = corpus
        .documents()
        .map(|d| d.blocks.iter().filter(|b| is_passage(b.kind)).count())
        .sum();
    ix.passages.reserve_exact(passages);
    let mut forwards: Vec<Forward> = Vec::new();
    let slices = slices(corpus);
    let wave = WAVE * rayon::current_num_threads().max(1);
    for some in slices.chunks(wave) {
        let built: Vec<Slice> = some
            .par_iter()
            .map(|docs| slice(corpus, entities, docs.clone()))
            .collect();
        for s in built {
            let map = (0..s.terms.len() as u32)
                .map(|t| ix.terms.insert(s.terms.term(t)))
                .collect();
            ix.passages.extend(s.passages);
            ix.mentions.append(&s.mentions);
            let mut bytes = s.forward;
            bytes.shrink_to_fit();
            forwards.push(Forward { bytes, map });
        }
    }
    // The slices were read on the workers, whose heaps keep what they
    // free: given back before the postings are written.
    crate::free_memory::give_back();
    ix.passages.shrink_to_fit();
    ix.mentions.shrink_to_fit();
    ix.terms.shrink_to_fit();
    let mut at = 0;
    ix.by_doc = (0..corpus.entries.len())
        .map(|d| {
            let first = at;
            while ix.passages.get(at).is_some_and(|p| p.doc as usize == d) {
                at += 1;
            }
            first..at
        })
        .collect();
    let total_len: u64 = ix.passages.iter().map(|p| u64::from(p.len)).sum();
    ix.avg_len = if ix.passages.is_empty() {
        1.0
    } else {
        (total_len as f64 / ix.passages.len() as f64).max(1.0)
    };
    ix.postings = postings(ix.terms.len(), &forwards);
    drop(forwards);
    ix.entity_postings = entity_postings(&ix, entities.entities.len());
    ix
}

/// The corpus entries in slices of about [`SLICE_BYTES`] of text.
fn slices(corpus: &Corpus) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut first, mut bytes) = (0, 0);
    for (d, entry) in corpus.entries.iter().enumerate() {
        bytes += entry.doc().map_or(0, |doc| doc.clean.len());
        if bytes >= SLICE_BYTES {
            out.push(first..d + 1);
            (first, bytes) = (d + 1, 0);
        }
    }
    if first < corpus.entries.len() {
        out.push(first..corpus.entries.len());
    }
    out
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("a document under 4 GiB")
}

/// The passages of documents `docs`, their terms and their names.
fn slice(corpus: &Corpus, entities: &EntityIndex, docs: Range<usize>) -> Slice {
    let mut s = Slice {
        passages: Vec::new(),
        terms: TermDictionary::default(),
        forward: Vec::new(),
        mentions: PackedLists::default(),
    };
    let mut ids: Vec<u32> = Vec::new();
    let mut named: Vec<u8> = Vec::new();
    for d in docs {
        let Some(doc) = corpus.entries[d].doc() else {
            continue;
        };
        let mentions = entities.mentions(d);
        for (b, block) in doc.blocks.iter().enumerate() {
            if !is_passage(block.kind) {
                continue;
            }
            ids.clear();
            ids.extend(term_spans(doc.block_text(b)).map(|(_, t)| s.terms.insert(&t)));
            let len = ids.len() as u32;
            ids.sort_unstable();
            write_terms(&mut s.forward, &ids);
            let from = mentions.partition_point(|m| m.clean.end <= block.clean.start);
            let mut before = offset(block.clean.start);
            named.clear();
            for m in mentions[from..]
                .iter()
                .take_while(|m| m.clean.start < block.clean.end)
                .filter(|m| relates_by(m.ty) && !m.boilerplate)
            {
                let mention = (offset(m.clean.start), offset(m.clean.end), m.entity as u32);
                encode_mention(&mut named, &mut before, mention);
            }
            s.mentions.push(&named);
            s.passages.push(Passage {
                doc: d as u32,
                block: b as u32,
                clean: (offset(block.clean.start), offset(block.clean.end)),
                len,
            });
        }
    }
    s
}

/// Appends a passage's terms (numbers, sorted, with repeats) as its distinct
/// terms and their counts: how many, then each as the gap from the one
/// before (from 0) shifted left by one, the low bit set for a count of 1,
/// followed by the count when it is not.
fn write_terms(out: &mut Vec<u8>, sorted: &[u32]) {
    let distinct = 1 + sorted.windows(2).filter(|w| w[0] != w[1]).count();
    varint::push(
        out,
        if sorted.is_empty() {
            0
        } else {
            distinct as u64
        },
    );
    let mut before = 0;
    for run in sorted.chunk_by(|a, b| a == b) {
        let (t, n) = (run[0], run.len() as u64);
        varint::push(out, u64::from(t - before) << 1 | u64::from(n == 1));
        if n != 1 {
            varint::push(out, n);
        }
        before = t;
    }
}

/// Every passage's (term, count), in passage order, as [`write_terms`]
/// wrote them, with the slice's map applied.
fn read_terms(forwards: &[Forward], mut each: impl FnMut(usize, u32, u32)) {
    let mut p = 0u32;
    for f in forwards {
        let mut at = 0;
        while at < f.bytes.len() {
            let distinct = varint::read(&f.bytes, &mut at);
            let mut t = 0u32;
            for _ in 0..distinct {
                let code = varint::read(&f.bytes, &mut at);
                t += (code >> 1) as u32;
                let n = if code & 1 == 1 {
                    1
                } else {
                    varint::read(&f.bytes, &mut at) as u32
                };
                each(f.map[t as usize] as usize, p, n);
            }
            p += 1;
        }
    }
}

/// The term postings, from every passage's terms.
fn postings(terms: usize, forwards: &[Forward]) -> PostingLists {
    let mut counting = Counting::new(terms);
    read_terms(forwards, |t, p, n| counting.add(t, p, n));
    let mut writing = counting.writing();
    read_terms(forwards, |t, p, n| writing.add(t, p, n));
    writing.finish()
}

/// The entity postings, from every passage's name mentions: a passage once
/// for each entity it names.
fn entity_postings(ix: &RelatedIndex, entities: usize) -> PostingLists {
    let mut named: Vec<u32> = Vec::new();
    let mut each = |add: &mut dyn FnMut(usize, u32, u32)| {
        for p in 0..ix.passages.len() {
            named.clear();
            named.extend(ix.mentions_of(p).map(|(.., e)| e));
            named.sort_unstable();
            named.dedup();
            for &e in &named {
                add(e as usize, p as u32, 1);
            }
        }
    };
    let mut counting = Counting::new(entities);
    each(&mut |e, p, n| counting.add(e, p, n));
    let mut writing = counting.writing();
    each(&mut |e, p, n| writing.add(e, p, n));
    writing.finish()
}
