//! Near-duplicate text across documents: news sites reprint agency copy and
//! each other, so one briefing often holds the same paragraphs twice. This
//! module owns finding those copies, so the reader can say "this passage also
//! appears in …" instead of making the user read it twice.
//!
//! # Method
//!
//! Every passage block (paragraph, title, heading; not folded) of at least
//! [`MIN_WORDS`] words becomes the set of its word [`SHINGLE`]-grams
//! ("shingles"), over lower-cased, diacritic-free words, each hashed to 64
//! bits. An inverted index from shingle to blocks finds, for every block,
//! the blocks of other documents that share shingles with it, counting the
//! shared ones; only pairs that share at least one shingle are ever looked
//! at, so the work follows the amount of copying, not the square of the
//! corpus.
//!
//! The index is built by sorting, not in a hash map: every (shingle, block)
//! is one `u64`, sorted, and the runs of one shingle are its postings
//! (`shared_shingles`: in parts, and only the shingles that may be shared).
//! Most shingles of a briefing occur once (a year of letters is mostly text
//! written once), and a run of one is dropped at once; a hash map held a
//! table slot and a posting list for each of them, about 80 bytes a word:
//! 1.1 GB for 10,000 letters of 90 MB. The hash keeps its top `64 - b` bits
//! for `b` bits of block number (at least 40 bits of hash for up to 16
//! million blocks), so two different shingles are taken for one about once
//! in 2^40 pairs: a shared count one too high, now and then, in a corpus of
//! millions of words. The blocks' own shingles are hashed again, in full,
//! only for the duplicates found, to measure their similarity.
//!
//! Two blocks are duplicates when their containment
//! `|A ∩ B| / min(|A|, |B|)` is at least [`THRESHOLD`] = 0.6: containment
//! rather than Jaccard, because a copied paragraph is often cut or merged
//! with the next one, and the shorter block is then wholly inside the
//! longer. Duplicate block pairs of two documents that follow each other in
//! both (the next block considered, or the same one) are merged into one
//! [`Duplicate`] spanning the run.

use super::related::is_passage;
use super::shared_shingles::{self, Sketch};
use super::shingles::{self, Block, Packed, each_shingle};
use crate::corpus::Corpus;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::ops::Range;

pub use super::shingles::{SHINGLE, shingles};

/// Blocks shorter than this are ignored: short phrases repeat by chance.
pub const MIN_WORDS: usize = 8;
/// Containment from which two blocks are duplicates.
pub const THRESHOLD: f64 = 0.6;
/// Documents a core reads at a time for the blocks considered.
const DOCS_A_SLICE: usize = 64;

/// Text that appears in two documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    /// (corpus entry, clean range): the lower entry of the two.
    pub a: (usize, Range<usize>),
    /// (corpus entry, clean range) of the copy in the other document.
    pub b: (usize, Range<usize>),
    /// Words of the duplicated text: the shorter side's.
    pub words: usize,
    /// Shingle containment of the two ranges, 0–1.
    pub similarity: f64,
}

/// A block considered for duplicates.
#[derive(Debug, Clone, Copy)]
struct Unit {
    at: Block,
    words: u32,
    /// Distinct shingles.
    shingles: u32,
}

impl Unit {
    fn doc(&self) -> usize {
        self.at.doc as usize
    }

    fn clean(&self, corpus: &Corpus) -> Range<usize> {
        let doc = corpus.entries[self.doc()].doc().expect("a unit's document");
        doc.blocks[self.at.block as usize].clean.clone()
    }
}

/// The blocks considered, in corpus order, read on every core; every
/// block's distinct shingles counted in `sketch`.
fn units(corpus: &Corpus, packed: Packed, sketch: &Sketch) -> Vec<Unit> {
    let found: Vec<Vec<Unit>> = shingles::slices(corpus.entries.len(), DOCS_A_SLICE)
        .into_par_iter()
        .map(|docs| {
            let mut units = Vec::new();
            let (mut hashes, mut distinct) = (Vec::new(), Vec::new());
            for d in docs {
                let Some(doc) = corpus.entries[d].doc() else {
                    continue;
                };
                for (b, block) in doc.blocks.iter().enumerate() {
                    if !is_passage(block.kind) {
                        continue;
                    }
                    distinct.clear();
                    let words = each_shingle(doc.block_text(b), &mut hashes, |s| distinct.push(s));
                    distinct.sort_unstable();
                    distinct.dedup();
                    if words < MIN_WORDS || distinct.is_empty() {
                        continue;
                    }
                    // Sorted by hash, so by kept hash: each once.
                    let mut keys: Vec<u64> = distinct
                        .iter()
                        .map(|&s| packed.shingle(packed.pack(s, 0)))
                        .collect();
                    keys.dedup();
                    keys.iter().for_each(|&k| sketch.add(k));
                    units.push(Unit {
                        at: Block {
                            doc: d as u32,
                            block: b as u32,
                        },
                        words: words as u32,
                        shingles: distinct.len() as u32,
                    });
                }
            }
            units
        })
        .collect();
    found.concat()
}

/// Shared shingles / the smaller set's size.
fn containment(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        0.0
    } else {
        shared as f64 / smaller as f64
    }
}

/// Near-duplicate passages across the documents of `corpus`, sorted by
/// (first document, start, second document, start).
pub fn find(corpus: &Corpus) -> Vec<Duplicate> {
    find_in_parts(corpus, shared_shingles::PART_BYTES)
}

/// [`find`], sorting about `part_bytes` of shingles a core at a time.
pub(super) fn find_in_parts(corpus: &Corpus, part_bytes: usize) -> Vec<Duplicate> {
    // Room for a number for every passage: the blocks considered are some.
    let (mut passages, mut text) = (0, 0);
    for doc in corpus.documents() {
        for b in doc.blocks.iter().filter(|b| is_passage(b.kind)) {
            passages += 1;
            text += b.clean.len();
        }
    }
    let packed = Packed::for_units(passages);
    let sketch = Sketch::for_text(text);
    let units = units(corpus, packed, &sketch);
    let blocks: Vec<Block> = units.iter().map(|u| u.at).collect();
    let total = units.iter().map(|u| u.shingles as usize).sum();
    let shared = shared_shingles::shared(corpus, &blocks, total, packed, &sketch, part_bytes);
    drop((blocks, sketch));
    // For every block the shared shingles it is in, in order: block `u`'s
    // are `member[starts[u]..starts[u + 1]]`.
    let mut starts = vec![0u32; units.len() + 1];
    for s in 0..shared.len() {
        for &u in shared.get(s) {
            starts[u as usize + 1] += 1;
        }
    }
    for u in 0..units.len() {
        starts[u + 1] += starts[u];
    }
    let mut next = starts.clone();
    let mut member = vec![0u32; starts[units.len()] as usize];
    for s in 0..shared.len() {
        for &u in shared.get(s) {
            member[next[u as usize] as usize] = s as u32;
            next[u as usize] += 1;
        }
    }
    drop(next);
    // Duplicate unit pairs (i < j, different documents), blocks counted on
    // every core.
    let mut pairs: Vec<(usize, usize)> = shingles::slices(units.len(), 1024)
        .into_par_iter()
        .flat_map_iter(|some| {
            let mut found = Vec::new();
            let mut counts: FxHashMap<u32, u32> = FxHashMap::default();
            for i in some {
                let unit = &units[i];
                counts.clear();
                for &s in &member[starts[i] as usize..starts[i + 1] as usize] {
                    let posting = shared.get(s as usize);
                    // Postings are in unit order: only later units of other documents.
                    let from = posting.partition_point(|&u| u as usize <= i);
                    for &j in &posting[from..] {
                        if units[j as usize].doc() != unit.doc() {
                            *counts.entry(j).or_default() += 1;
                        }
                    }
                }
                for (&j, &shared) in &counts {
                    let other = &units[j as usize];
                    let smaller = unit.shingles.min(other.shingles);
                    if shared as f64 >= THRESHOLD * smaller as f64 {
                        found.push((i, j as usize));
                    }
                }
            }
            found
        })
        .collect();
    drop((starts, member, shared));
    pairs.sort_unstable();
    merge(corpus, &units, &pairs)
}

/// Joins duplicate pairs that follow each other in both documents.
fn merge(corpus: &Corpus, units: &[Unit], pairs: &[(usize, usize)]) -> Vec<Duplicate> {
    // Runs as lists of pairs; pairs come sorted by (i, j), so a run can only
    // be continued from a pair one step back in either document or both.
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut open: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for &(i, j) in pairs {
        let (da, db) = (units[i].doc(), units[j].doc());
        let before = [(1, 1), (1, 0), (0, 1)]
            .into_iter()
            .filter(|&(di, dj)| i >= di && j >= dj)
            .map(|(di, dj)| (i - di, j - dj))
            .find(|&(li, lj)| {
                units[li].doc() == da && units[lj].doc() == db && open.contains_key(&(li, lj))
            });
        let run = match before {
            Some(last) => open.remove(&last).expect("found above"),
            None => {
                runs.push(Vec::new());
                runs.len() - 1
            }
        };
        runs[run].push((i, j));
        open.insert((i, j), run);
    }
    drop(open);
    // The shingles of a run's blocks, hashed again in full, run by run on
    // every core: few blocks of a briefing are duplicates.
    let mut out: Vec<Duplicate> = runs
        .into_par_iter()
        .map(|run| {
            let side = |pick: fn(&(usize, usize)) -> usize| {
                let mut us: Vec<usize> = run.iter().map(pick).collect();
                us.sort_unstable();
                us.dedup();
                let first = &units[us[0]];
                let range = first.clean(corpus).start..units[*us.last().unwrap()].clean(corpus).end;
                let words: usize = us.iter().map(|&u| units[u].words as usize).sum();
                let mut sh: Vec<u64> = us
                    .iter()
                    .flat_map(|&u| shingles(units[u].at.text(corpus)).0)
                    .collect();
                sh.sort_unstable();
                sh.dedup();
                (first.doc(), range, words, sh)
            };
            let (da, ra, wa, sa) = side(|p| p.0);
            let (db, rb, wb, sb) = side(|p| p.1);
            Duplicate {
                a: (da, ra),
                b: (db, rb),
                words: wa.min(wb),
                similarity: containment(&sa, &sb),
            }
        })
        .collect();
    out.sort_by(|x, y| {
        (x.a.0, x.a.1.start, x.b.0, x.b.1.start).cmp(&(y.a.0, y.a.1.start, y.b.0, y.b.1.start))
    });
    out
}

/// Where else the text at clean offset `clean` of corpus entry `doc`
/// appears: (corpus entry, clean range) of each copy.
pub fn also_in(dups: &[Duplicate], doc: usize, clean: usize) -> Vec<(usize, Range<usize>)> {
    also_in_pairs(dups.iter(), doc, clean)
}

/// [`also_in`] over some of the pairs (those of one document, say).
pub fn also_in_pairs<'a>(
    dups: impl Iterator<Item = &'a Duplicate>,
    doc: usize,
    clean: usize,
) -> Vec<(usize, Range<usize>)> {
    let at = |(d, r): &(usize, Range<usize>)| *d == doc && r.start <= clean && clean <= r.end;
    dups.filter_map(|x| {
        if at(&x.a) {
            Some(x.b.clone())
        } else if at(&x.b) {
            Some(x.a.clone())
        } else {
            None
        }
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment_is_relative_to_the_smaller_set() {
        assert_eq!(containment(&[1, 2, 3, 4], &[2, 3]), 1.0);
        assert_eq!(containment(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(containment(&[], &[3, 4]), 0.0);
    }
}
