//! The related-passage index as it was first written, kept as the oracle of
//! the compact one: a `HashMap` from term to number, a `Vec` of
//! (passage, frequency) per term, one per entity and one of mentions per
//! passage, and a result's term frequencies read from the postings.

use crate::corpus::Corpus;
use crate::crossref::related::{B, DOC_DECAY, ENTITY_WEIGHT, K1, K3, Related, is_passage};
use crate::crossref::stem::term_spans;
use crate::document::Document;
use crate::entities::words as entity_words;
use crate::entities::{EntityIndex, portfolio};
use std::collections::HashMap;
use std::ops::Range;

const TOP_TERMS: usize = 5;

fn list<T>(lists: &[Vec<T>], key: usize) -> &[T] {
    lists.get(key).map_or(&[], Vec::as_slice)
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
#[derive(Debug, Clone, Default)]
pub struct PlainIndex {
    passages: Vec<Passage>,
    /// Passages of each corpus entry, as a range of `passages`.
    by_doc: Vec<Range<usize>>,
    vocab: HashMap<String, u32>,
    /// Per term: (passage, term frequency), by passage.
    postings: Vec<Vec<(u32, u32)>>,
    /// Per entity: the passages naming it, by passage.
    entity_postings: Vec<Vec<u32>>,
    /// Per passage: the name entities in it, as (clean start, clean end,
    /// entity) of each mention.
    mentions: Vec<Vec<(u32, u32, u32)>>,
    avg_len: f64,
}

impl PlainIndex {
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> Self {
        let mut ix = PlainIndex::default();
        let mut total_len = 0u64;
        // Built as a list per key, packed at the end.
        let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut entity_postings: Vec<Vec<u32>> = vec![Vec::new(); entities.entities.len()];
        let mut passage_mentions: Vec<Vec<(u32, u32, u32)>> = Vec::new();
        let offset = |at: usize| u32::try_from(at).expect("a document under 4 GiB");
        for (d, entry) in corpus.entries.iter().enumerate() {
            let first = ix.passages.len();
            if let Some(doc) = entry.doc() {
                let mentions = entities.mentions(d);
                for (b, block) in doc.blocks.iter().enumerate() {
                    if !is_passage(block.kind) {
                        continue;
                    }
                    let p = ix.passages.len() as u32;
                    let mut tf: HashMap<u32, u32> = HashMap::new();
                    let mut len = 0u32;
                    for (_, t) in term_spans(doc.block_text(b)) {
                        let next = ix.vocab.len() as u32;
                        let id = *ix.vocab.entry(t).or_insert(next);
                        if id as usize == postings.len() {
                            postings.push(Vec::new());
                        }
                        *tf.entry(id).or_default() += 1;
                        len += 1;
                    }
                    let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
                    tf.sort_unstable();
                    for (id, n) in tf {
                        postings[id as usize].push((p, n));
                    }
                    let from = mentions.partition_point(|m| m.clean.end <= block.clean.start);
                    let named: Vec<(u32, u32, u32)> = mentions[from..]
                        .iter()
                        .take_while(|m| m.clean.start < block.clean.end)
                        .filter(|m| m.ty.is_name() && !m.boilerplate)
                        .map(|m| (offset(m.clean.start), offset(m.clean.end), m.entity as u32))
                        .collect();
                    let mut distinct: Vec<u32> = named.iter().map(|&(.., e)| e).collect();
                    distinct.sort_unstable();
                    distinct.dedup();
                    for e in distinct {
                        entity_postings[e as usize].push(p);
                    }
                    passage_mentions.push(named);
                    total_len += u64::from(len);
                    ix.passages.push(Passage {
                        doc: d as u32,
                        block: b as u32,
                        clean: (offset(block.clean.start), offset(block.clean.end)),
                        len,
                    });
                }
            }
            ix.by_doc.push(first..ix.passages.len());
        }
        ix.postings = postings;
        ix.entity_postings = entity_postings;
        ix.mentions = passage_mentions;
        ix.avg_len = if ix.passages.is_empty() {
            1.0
        } else {
            (total_len as f64 / ix.passages.len() as f64).max(1.0)
        };
        ix
    }

    /// Number of passages indexed.
    pub fn len(&self) -> usize {
        self.passages.len()
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
                    for &(start, end, e) in list(&self.mentions, range.start + i) {
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
        let mut qtf: HashMap<u32, u32> = HashMap::new();
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
                if let Some(&id) = self.vocab.get(&t) {
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
        let mut scores: HashMap<u32, f64> = HashMap::new();
        for &(t, qtf) in &q.terms {
            let postings = list(&self.postings, t as usize);
            let w = query_weight(qtf) * self.idf(postings.len());
            for &(p, tf) in postings {
                if own.contains(&(p as usize)) {
                    continue;
                }
                *scores.entry(p).or_default() += w * self.tf_weight(tf, p as usize);
            }
        }
        for (e, qf) in &q.entities {
            let ps = list(&self.entity_postings, *e);
            if ps.is_empty() {
                continue;
            }
            let bonus = ENTITY_WEIGHT * query_weight(*qf) * self.idf(ps.len());
            for &p in ps {
                if !own.contains(&(p as usize)) {
                    *scores.entry(p).or_default() += bonus;
                }
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().filter(|&(_, s)| s > 0.0).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // Diversity discount: the k-th passage of a document ranks at score·DECAY^k.
        let mut seen: HashMap<usize, i32> = HashMap::new();
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

    /// A result with what it shares with the query.
    fn explain(&self, corpus: &Corpus, q: &Query, p: usize, score: f64) -> Related {
        let passage = &self.passages[p];
        let mut contributions: Vec<(f64, u32)> = q
            .terms
            .iter()
            .filter_map(|&(t, qtf)| {
                let postings = list(&self.postings, t as usize);
                let i = postings.binary_search_by_key(&(p as u32), |x| x.0).ok()?;
                let w = query_weight(qtf) * self.idf(postings.len());
                Some((w * self.tf_weight(postings[i].1, p), t))
            })
            .collect();
        contributions.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut shared: Vec<(f64, usize)> = q
            .entities
            .iter()
            .filter_map(|(e, _)| {
                let ps = list(&self.entity_postings, *e);
                ps.binary_search(&(p as u32))
                    .ok()
                    .map(|_| (self.idf(ps.len()), *e))
            })
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let terms = corpus
            .entries
            .get(passage.doc as usize)
            .and_then(|e| e.doc())
            .map(|d| self.surfaces(d, passage, &contributions))
            .unwrap_or_default();
        Related {
            doc: passage.doc as usize,
            block: passage.block as usize,
            clean: passage.clean(),
            score,
            shared: shared.into_iter().map(|(_, e)| e).collect(),
            terms,
        }
    }

    /// The passage's own words for its best matching terms, without repeats.
    fn surfaces(&self, d: &Document, passage: &Passage, best: &[(f64, u32)]) -> Vec<String> {
        let text = &d.clean[passage.clean()];
        let spans: Vec<(Range<usize>, String)> = term_spans(text).collect();
        let mut out: Vec<String> = Vec::new();
        for &(_, t) in best {
            if out.len() == TOP_TERMS {
                break;
            }
            let found = spans
                .iter()
                .find(|(_, term)| self.vocab.get(term) == Some(&t));
            if let Some((r, _)) = found {
                let word = text[r.clone()].to_string();
                if !out.iter().any(|w| w.eq_ignore_ascii_case(&word)) {
                    out.push(word);
                }
            }
        }
        out
    }
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
