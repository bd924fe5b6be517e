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
//! Two blocks are duplicates when their containment
//! `|A ∩ B| / min(|A|, |B|)` is at least [`THRESHOLD`] = 0.6: containment
//! rather than Jaccard, because a copied paragraph is often cut or merged
//! with the next one, and the shorter block is then wholly inside the
//! longer. Duplicate block pairs of two documents that follow each other in
//! both (the next block considered, or the same one) are merged into one
//! [`Duplicate`] spanning the run.

use super::related::is_passage;
use super::stem::{fold, words};
use crate::corpus::Corpus;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Blocks shorter than this are ignored: short phrases repeat by chance.
pub const MIN_WORDS: usize = 8;
/// Containment from which two blocks are duplicates.
pub const THRESHOLD: f64 = 0.6;
/// A shingle found in more blocks than this is a formula ("in het kader
/// van de"), not evidence of copying; skipping it keeps the counting linear.
const MAX_POSTINGS: usize = 256;

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
struct Unit {
    doc: usize,
    clean: Range<usize>,
    words: usize,
    /// Distinct shingle hashes, sorted.
    shingles: Vec<u64>,
}

/// Keys that are already hashes need no more hashing.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type ShingleMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// FNV-1a of a word: cheap, and good enough to tell words apart.
fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in w.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combines word hashes FxHash-style, then mixes the bits (splitmix64's
/// finaliser) so a pass-through hash map sees well-spread keys.
fn shingle_hash(ws: &[u64]) -> u64 {
    let mut h: u64 = 0;
    for &w in ws {
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The distinct shingles of a text, sorted, and its number of words.
pub fn shingles(text: &str) -> (Vec<u64>, usize) {
    let hashes: Vec<u64> = words(text).map(|r| word_hash(&fold(&text[r]))).collect();
    let mut out: Vec<u64> = hashes.windows(SHINGLE).map(shingle_hash).collect();
    out.sort_unstable();
    out.dedup();
    (out, hashes.len())
}

fn units(corpus: &Corpus) -> Vec<Unit> {
    let mut out = Vec::new();
    for (d, entry) in corpus.entries.iter().enumerate() {
        let Some(doc) = entry.doc() else { continue };
        for (b, block) in doc.blocks.iter().enumerate() {
            if !is_passage(block.kind) {
                continue;
            }
            let (shingles, words) = shingles(doc.block_text(b));
            if words < MIN_WORDS || shingles.is_empty() {
                continue;
            }
            out.push(Unit {
                doc: d,
                clean: block.clean.clone(),
                words,
                shingles,
            });
        }
    }
    out
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

/// Every run of duplicated text between two documents of the corpus, by
/// the first document and position.
pub fn find(corpus: &Corpus) -> Vec<Duplicate> {
    let units = units(corpus);
    let mut index: ShingleMap<Vec<u32>> = ShingleMap::default();
    for (u, unit) in units.iter().enumerate() {
        for &s in &unit.shingles {
            index.entry(s).or_default().push(u as u32);
        }
    }
    // Duplicate unit pairs (i < j, different documents).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for (i, unit) in units.iter().enumerate() {
        counts.clear();
        for s in &unit.shingles {
            let posting = &index[s];
            if posting.len() > MAX_POSTINGS {
                continue;
            }
            // Postings are in unit order: only later units of other documents.
            let from = posting.partition_point(|&u| u as usize <= i);
            for &j in &posting[from..] {
                if units[j as usize].doc != unit.doc {
                    *counts.entry(j).or_default() += 1;
                }
            }
        }
        for (&j, &shared) in &counts {
            let other = &units[j as usize];
            let smaller = unit.shingles.len().min(other.shingles.len());
            if shared as f64 >= THRESHOLD * smaller as f64 {
                pairs.push((i, j as usize));
            }
        }
    }
    pairs.sort_unstable();
    merge(&units, &pairs)
}

/// Joins duplicate pairs that follow each other in both documents.
fn merge(units: &[Unit], pairs: &[(usize, usize)]) -> Vec<Duplicate> {
    // Runs as lists of pairs; pairs come sorted by (i, j), so a run can only
    // be continued from a pair one step back in either document or both.
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut open: HashMap<(usize, usize), usize> = HashMap::new();
    for &(i, j) in pairs {
        let (da, db) = (units[i].doc, units[j].doc);
        let before = [(1, 1), (1, 0), (0, 1)]
            .into_iter()
            .filter(|&(di, dj)| i >= di && j >= dj)
            .map(|(di, dj)| (i - di, j - dj))
            .find(|&(li, lj)| {
                units[li].doc == da && units[lj].doc == db && open.contains_key(&(li, lj))
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
    let mut out: Vec<Duplicate> = runs
        .into_iter()
        .map(|run| {
            let side = |pick: fn(&(usize, usize)) -> usize| {
                let mut us: Vec<usize> = run.iter().map(pick).collect();
                us.sort_unstable();
                us.dedup();
                let range = units[us[0]].clean.start..units[*us.last().unwrap()].clean.end;
                let words: usize = us.iter().map(|&u| units[u].words).sum();
                let mut sh: Vec<u64> = us
                    .iter()
                    .flat_map(|&u| units[u].shingles.iter().copied())
                    .collect();
                sh.sort_unstable();
                sh.dedup();
                (units[us[0]].doc, range, words, sh)
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
    let at = |(d, r): &(usize, Range<usize>)| *d == doc && r.start <= clean && clean <= r.end;
    dups.iter()
        .filter_map(|x| {
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
    fn shingles_ignore_case_diacritics_and_punctuation() {
        let (a, n) = shingles("De Oekraïense regering, zei hij, wil dit niet.");
        let (b, _) = shingles("de oekraiense regering zei hij wil dit niet");
        assert_eq!(n, 8);
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
    }

    #[test]
    fn containment_is_relative_to_the_smaller_set() {
        assert_eq!(containment(&[1, 2, 3, 4], &[2, 3]), 1.0);
        assert_eq!(containment(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(containment(&[], &[3, 4]), 0.0);
    }
}
