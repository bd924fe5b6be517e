//! Related passages: for a paragraph or a section of one document, the
//! passages of the other documents that speak about the same thing.
//!
//! This module owns the passage index and its ranking. A passage is one
//! block that a reader reads as text: a paragraph, a title or a heading that
//! is not folded away. Metadata, signatures, footnotes and folded chrome are
//! left out; they would relate documents by their letterheads.
//!
//! # Score
//!
//! A candidate passage `p` (of another document) scores, for the query `q`:
//!
//! ```text
//! score(p) = Σ_t  w(qf_t) · idf(t) · tf_t,p · (k1 + 1) / (tf_t,p + k1 · (1 − b + b · |p| / avg|p|))
//!          + W · Σ_e  w(qf_e) · idf(e)
//! ```
//!
//! - `t` runs over the distinct terms of the query ([`super::stem::terms`]),
//!   `tf_t,p` is how often `p` has it, `|p|` is `p`'s length in terms: BM25
//!   with `k1` = [`K1`] = 1.2 and `b` = [`B`] = 0.75.
//! - `e` runs over the entities named in both `q` and `p`: people,
//!   organisations, places and other names that the [`EntityIndex`] links,
//!   not dates, amounts or references (two passages naming "januari" or
//!   "EUR 2 mln." are not thereby about the same thing). `W` =
//!   [`ENTITY_WEIGHT`] = 1.5: a shared name counts half again as much as a
//!   shared word as rare, because the entity index knows that "Shmygal",
//!   "Sjmyhal" and "premier Shmygal" are one person, which terms cannot.
//!   For the same reason a name counts once: the words inside the query's
//!   name mentions are not also query terms.
//! - `qf` is how often the query says the term or names the entity, and
//!   `w(qf) = qf · (k3 + 1) / (qf + k3)` with `k3` = [`K3`] = 7 (BM25's
//!   query-term factor, Robertson's usual value): 1 when said once, 1.8
//!   when said twice, 3.3 for five times, so that a section naming "MH17"
//!   five times is about MH17 rather than about the people it also names.
//! - `idf(x) = ln(1 + (N − n_x + 0.5) / (n_x + 0.5))` over the `N` passages
//!   of the corpus, `n_x` of which contain the term or entity `x`.
//!
//! # Order
//!
//! Results are ordered by score with a diversity discount: the `k`-th
//! passage (from 0) of a document in the list is ranked as if it scored
//! `score · DOC_DECAY^k` ([`DOC_DECAY`] = 0.5), so that a second passage of
//! one article comes before another article only when it is clearly
//! better. [`Related::score`] is that discounted score, so a list reads in
//! score order; the best passage of each document keeps its full score.

use super::packed_lists::PackedLists;
use super::postings::PostingLists;
use super::stem::term_spans;
use super::term_dictionary::TermDictionary;
use super::varint;
use crate::corpus::Corpus;
use crate::document::BlockKind;
use crate::entities::words as entity_words;
use crate::entities::{EntityIndex, EntityType, portfolio};
use rustc_hash::FxHashMap;
use std::ops::Range;

mod build;

/// BM25 term-frequency saturation.
pub const K1: f64 = 1.2;
/// BM25 length normalisation.
pub const B: f64 = 0.75;
/// BM25 query-frequency saturation (Robertson's k3).
pub const K3: f64 = 7.0;
/// Weight of a shared entity's idf in the score.
pub const ENTITY_WEIGHT: f64 = 1.5;
/// Rank discount for each further passage of a document already listed.
pub const DOC_DECAY: f64 = 0.5;
/// How many matching terms a result reports.
const TOP_TERMS: usize = 5;

/// A passage related to the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Corpus entry of the passage.
    pub doc: usize,
    /// Block of the passage in its document.
    pub block: usize,
    /// The passage (the whole block) in the document's clean text.
    pub clean: Range<usize>,
    /// The score of the module documentation, with the diversity discount
    /// of a document's later passages: results come in this order.
    pub score: f64,
    /// Entities named in both (indexes into [`EntityIndex::entities`]),
    /// rarest first.
    pub shared: Vec<usize>,
    /// The passage's own words for the terms that matched best, best first.
    pub terms: Vec<String>,
}

#[derive(Debug, Clone)]
struct Passage {
    doc: u32,
    block: u32,
    /// The passage's clean range, start and end.
    clean: (u32, u32),
    /// Terms in the passage.
    len: u32,
}

impl Passage {
    fn clean(&self) -> Range<usize> {
        self.clean.0 as usize..self.clean.1 as usize
    }
}

/// The passages of a corpus, indexed for ranking. Build once per corpus.
///
/// What it holds is what ranking every passage needs: each passage's
/// length, the postings of every term and name, and the name mentions of
/// every passage (a query's own names). What a result's explanation needs
/// besides (how often its passage says each query term) is read again from
/// the passage's text when asked, for the few passages shown.
#[derive(Debug, Clone, Default)]
pub struct RelatedIndex {
    passages: Vec<Passage>,
    /// Passages of each corpus entry, as a range of `passages`.
    by_doc: Vec<Range<usize>>,
    /// The terms, numbered in the order the passages first say them.
    terms: TermDictionary,
    /// Per term: (passage, term frequency), by passage.
    postings: PostingLists,
    /// Per entity: the passages naming it (each with a count of 1), by passage.
    entity_postings: PostingLists,
    /// Per passage: its name mentions, in text order, as bytes
    /// ([`encode_mention`]).
    mentions: PackedLists<u8>,
    avg_len: f64,
}

/// Appends a name mention (clean start, clean end, entity) of a passage:
/// its start from the one before (from the passage's start for the first;
/// a mention may begin before its passage), its length and its entity.
fn encode_mention(out: &mut Vec<u8>, before: &mut u32, (start, end, e): (u32, u32, u32)) {
    varint::push(out, varint::zigzag(i64::from(start) - i64::from(*before)));
    varint::push(out, u64::from(end - start));
    varint::push(out, u64::from(e));
    *before = start;
}

/// The mentions [`encode_mention`] wrote, from the passage's start.
fn decode_mentions(bytes: &[u8], mut before: u32) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at == bytes.len() {
            return None;
        }
        let start = (i64::from(before) + varint::unzigzag(varint::read(bytes, &mut at))) as u32;
        let end = start + varint::read(bytes, &mut at) as u32;
        let e = varint::read(bytes, &mut at) as u32;
        before = start;
        Some((start, end, e))
    })
}

/// Whether a block is a passage: text a reader reads, not apparatus.
pub fn is_passage(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::Title | BlockKind::Heading { .. }
    )
}

/// Entities worth relating passages by: names, not dates, amounts or references.
fn relates_by(ty: EntityType) -> bool {
    ty.is_name()
}

impl RelatedIndex {
    /// The index of the passages of `corpus`, built on every core in
    /// slices of documents (see `build`).
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> Self {
        build::build(corpus, entities)
    }

    /// Heap bytes held (the vectors' capacity).
    pub fn heap_bytes(&self) -> usize {
        self.passages.capacity() * std::mem::size_of::<Passage>()
            + self.by_doc.capacity() * std::mem::size_of::<Range<usize>>()
            + self.terms.heap_bytes()
            + self.postings.heap_bytes()
            + self.entity_postings.heap_bytes()
            + self.mentions.heap_bytes()
    }

    /// The name mentions of passage `p`: (clean start, clean end, entity).
    fn mentions_of(&self, p: usize) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        decode_mentions(self.mentions.get(p), self.passages[p].clean.0)
    }

    /// Number of passages indexed.
    pub fn len(&self) -> usize {
        self.passages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.passages.is_empty()
    }

    fn idf(&self, n: usize) -> f64 {
        let total = self.passages.len() as f64;
        let n = n as f64;
        (1.0 + (total - n + 0.5) / (n + 0.5)).ln()
    }

    /// BM25 weight of a term frequency in passage `p`, before idf.
    fn tf_weight(&self, tf: u32, p: usize) -> f64 {
        let tf = f64::from(tf);
        let len = f64::from(self.passages[p].len);
        tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len))
    }

    /// The terms (as ids, with query frequency) and entities of a query range.
    fn query(&self, corpus: &Corpus, doc: usize, clean: &Range<usize>) -> Query {
        let mut q = Query::default();
        let Some(d) = corpus.entries.get(doc).and_then(|e| e.doc()) else {
            return q;
        };
        let mut pieces: Vec<Range<usize>> = Vec::new();
        let mut entities: Vec<usize> = Vec::new();
        let mut names: Vec<Range<usize>> = Vec::new();
        if let Some(range) = self.by_doc.get(doc) {
            for (i, p) in self.passages[range.clone()].iter().enumerate() {
                let p_clean = p.clean();
                let from = p_clean.start.max(clean.start);
                let to = p_clean.end.min(clean.end);
                // A passage overlaps the query, or an empty query sits in it.
                let inside = p_clean.start <= clean.start && clean.start <= p_clean.end;
                if from < to || (clean.is_empty() && inside) {
                    let piece = if from < to { from..to } else { p_clean };
                    for (start, end, e) in self.mentions_of(range.start + i) {
                        if piece.contains(&(start as usize)) {
                            entities.push(e as usize);
                            names.push(start as usize..end as usize);
                        }
                    }
                    pieces.push(piece);
                }
            }
        }
        if pieces.is_empty() {
            // Not in any passage (a footnote, say): its own words still count.
            let end = clean.end.min(d.clean.len());
            pieces.push(clean.start.min(end)..end);
        }
        let mut qtf: FxHashMap<u32, u32> = FxHashMap::default();
        for piece in pieces {
            // A range from outside may cut a character: widen it to whole ones.
            let piece = char_floor(&d.clean, piece.start)..char_ceil(&d.clean, piece.end);
            // "de Minister van Buitenlandse Zaken": a title says nothing of
            // the subject, as the name after it already counts.
            names.extend(portfolio::spans(
                &d.clean,
                &entity_words::words_in(&d.clean, piece.clone()),
            ));
            for (r, t) in term_spans(&d.clean[piece.clone()]) {
                let at = piece.start + r.start;
                // A name counts once, through its entity (which knows its
                // other spellings), not again through its words.
                if names.iter().any(|n| n.contains(&at)) {
                    continue;
                }
                if let Some(id) = self.terms.get(&t) {
                    *qtf.entry(id).or_default() += 1;
                }
            }
        }
        q.terms = qtf.into_iter().collect();
        q.terms.sort_unstable();
        entities.sort_unstable();
        for e in entities {
            match q.entities.last_mut() {
                Some((last, n)) if *last == e => *n += 1,
                _ => q.entities.push((e, 1)),
            }
        }
        q
    }

    /// Passages of other documents related to the clean range `clean` of
    /// corpus entry `doc` (a paragraph, a section, or a position in one),
    /// best first, at most `limit`.
    pub fn related(
        &self,
        corpus: &Corpus,
        doc: usize,
        clean: Range<usize>,
        limit: usize,
    ) -> Vec<Related> {
        let q = self.query(corpus, doc, &clean);
        let own = self.by_doc.get(doc).cloned().unwrap_or(0..0);
        // Summed term by term in term order, then sorted by a total order:
        // the map's own order does not matter.
        let mut scores: FxHashMap<u32, f64> = FxHashMap::default();
        for &(t, qtf) in &q.terms {
            let postings = self.postings.get(t as usize);
            let w = query_weight(qtf) * self.idf(postings.len());
            for (p, tf) in postings {
                if own.contains(&(p as usize)) {
                    continue;
                }
                *scores.entry(p).or_default() += w * self.tf_weight(tf, p as usize);
            }
        }
        for (e, qf) in &q.entities {
            let ps = self.entity_postings.get(*e);
            if ps.is_empty() {
                continue;
            }
            let bonus = ENTITY_WEIGHT * query_weight(*qf) * self.idf(ps.len());
            for (p, _) in ps {
                if !own.contains(&(p as usize)) {
                    *scores.entry(p).or_default() += bonus;
                }
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().filter(|&(_, s)| s > 0.0).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // Diversity discount: the k-th passage of a document ranks at score·DECAY^k.
        let mut seen: FxHashMap<usize, i32> = FxHashMap::default();
        let mut order: Vec<(u32, f64)> = ranked
            .into_iter()
            .map(|(p, s)| {
                let k = seen
                    .entry(self.passages[p as usize].doc as usize)
                    .or_insert(0);
                let rank = s * DOC_DECAY.powi(*k);
                *k += 1;
                (p, rank)
            })
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        order.truncate(limit);
        order
            .into_iter()
            .map(|(p, score)| self.explain(corpus, &q, p as usize, score))
            .collect()
    }

    /// A result with what it shares with the query. How often the passage
    /// says each query term is counted again from its text (as the index
    /// counted it), and its names read from its mentions.
    fn explain(&self, corpus: &Corpus, q: &Query, p: usize, score: f64) -> Related {
        let passage = &self.passages[p];
        let doc = corpus
            .entries
            .get(passage.doc as usize)
            .and_then(|e| e.doc());
        // The passage's terms as the index numbered them, in text order.
        let text = doc.map_or("", |d| &d.clean[passage.clean()]);
        let spans: Vec<(Range<usize>, Option<u32>)> = term_spans(text)
            .map(|(r, t)| (r, self.terms.get(&t)))
            .collect();
        let mut ids: Vec<u32> = spans.iter().filter_map(|(_, id)| *id).collect();
        ids.sort_unstable();
        let mut contributions: Vec<(f64, u32)> = q
            .terms
            .iter()
            .filter_map(|&(t, qtf)| {
                let from = ids.partition_point(|&id| id < t);
                let tf = ids[from..].partition_point(|&id| id == t) as u32;
                if tf == 0 {
                    return None;
                }
                let w = query_weight(qtf) * self.idf(self.postings.len(t as usize));
                Some((w * self.tf_weight(tf, p), t))
            })
            .collect();
        contributions.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let named: Vec<u32> = self.mentions_of(p).map(|(.., e)| e).collect();
        let mut shared: Vec<(f64, usize)> = q
            .entities
            .iter()
            .filter(|(e, _)| named.contains(&(*e as u32)))
            .map(|(e, _)| (self.idf(self.entity_postings.len(*e)), *e))
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Related {
            doc: passage.doc as usize,
            block: passage.block as usize,
            clean: passage.clean(),
            score,
            shared: shared.into_iter().map(|(_, e)| e).collect(),
            terms: surfaces(text, &spans, &contributions),
        }
    }
}

/// The passage's own words for its best matching terms, without repeats.
fn surfaces(text: &str, spans: &[(Range<usize>, Option<u32>)], best: &[(f64, u32)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &(_, t) in best {
        if out.len() == TOP_TERMS {
            break;
        }
        if let Some((r, _)) = spans.iter().find(|(_, id)| *id == Some(t)) {
            let word = text[r.clone()].to_string();
            if !out.iter().any(|w| w.eq_ignore_ascii_case(&word)) {
                out.push(word);
            }
        }
    }
    out
}

#[derive(Debug, Default)]
struct Query {
    /// (term id, frequency in the query), by term id.
    terms: Vec<(u32, u32)>,
    /// Name entities of the query with their number of mentions, sorted.
    entities: Vec<(usize, u32)>,
}

fn char_floor(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn char_ceil(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The weight of a term or entity the query names `qf` times (BM25's k3 factor).
fn query_weight(qf: u32) -> f64 {
    let qf = f64::from(qf);
    qf * (K3 + 1.0) / (qf + K3)
}
