//! Finding duplicates as it was first written, kept as the oracle of the
//! one that takes its shingles in parts: every (shingle, block) pair of the
//! corpus collected and sorted at once, words folded into strings before
//! they are hashed, the shingles of every block in a pair held in a map.

use crate::corpus::Corpus;
use crate::crossref::duplicates::{Duplicate, MIN_WORDS, SHINGLE, THRESHOLD};
use crate::crossref::related::is_passage;
use crate::crossref::stem::{fold, words};
use std::collections::HashMap;
use std::ops::Range;

const MAX_POSTINGS: usize = 256;

/// A block considered for duplicates.
struct Unit {
    doc: usize,
    clean: Range<usize>,
    words: usize,
    /// Its block in the document.
    block: usize,
    /// Distinct shingles.
    shingles: u32,
}

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
/// finaliser) so that the high bits, which the index sorts by, are spread.
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
fn shingles(text: &str) -> (Vec<u64>, usize) {
    let hashes: Vec<u64> = words(text).map(|r| word_hash(&fold(&text[r]))).collect();
    let mut out: Vec<u64> = hashes.windows(SHINGLE).map(shingle_hash).collect();
    out.sort_unstable();
    out.dedup();
    (out, hashes.len())
}

/// The blocks considered, and every (shingle, block) of them packed,
/// unsorted.
fn units(corpus: &Corpus) -> (Vec<Unit>, Packed, Vec<u64>) {
    // Room for a number for every passage: the blocks considered are some.
    let passages = corpus
        .documents()
        .map(|doc| doc.blocks.iter().filter(|b| is_passage(b.kind)).count())
        .sum();
    let packed = Packed::for_units(passages);
    let mut units = Vec::new();
    let mut pairs = Vec::new();
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
            let u = units.len() as u32;
            pairs.extend(shingles.iter().map(|&s| packed.pack(s, u)));
            units.push(Unit {
                doc: d,
                clean: block.clean.clone(),
                words,
                block: b,
                shingles: shingles.len() as u32,
            });
        }
    }
    (units, packed, pairs)
}

/// A (shingle, block) pair in one `u64`: the shingle's hash in the high
/// bits, the block (unit) number in the low `bits`. Sorted, the pairs of
/// one shingle stand together, in block order.
#[derive(Debug, Clone, Copy)]
struct Packed {
    bits: u32,
}

impl Packed {
    /// Room for `units` block numbers (at least one bit).
    fn for_units(units: usize) -> Packed {
        Packed {
            bits: (usize::BITS - units.leading_zeros()).max(1),
        }
    }

    fn pack(self, shingle: u64, unit: u32) -> u64 {
        (shingle & !self.unit_mask()) | u64::from(unit)
    }

    fn shingle(self, packed: u64) -> u64 {
        packed >> self.bits
    }

    fn unit(self, packed: u64) -> u32 {
        (packed & self.unit_mask()) as u32
    }

    fn unit_mask(self) -> u64 {
        (1u64 << self.bits) - 1
    }
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
    let (units, packed, mut pairs_of_shingles) = units(corpus);
    pairs_of_shingles.sort_unstable();
    // A block's two shingles may share their high bits: once is enough.
    pairs_of_shingles.dedup();
    // The postings of the shingles found in two to MAX_POSTINGS blocks (a
    // shingle in one block pairs nothing; one in more is a formula), and
    // for every block the postings it is in: (block << 32 | posting).
    let mut postings: Vec<Range<u32>> = Vec::new();
    let mut member_of: Vec<u64> = Vec::new();
    let mut at = 0;
    while at < pairs_of_shingles.len() {
        let shingle = packed.shingle(pairs_of_shingles[at]);
        let run = pairs_of_shingles[at..]
            .iter()
            .take_while(|&&p| packed.shingle(p) == shingle)
            .count();
        if (2..=MAX_POSTINGS).contains(&run) {
            let p = postings.len() as u64;
            postings.push(at as u32..(at + run) as u32);
            for &x in &pairs_of_shingles[at..at + run] {
                member_of.push(u64::from(packed.unit(x)) << 32 | p);
            }
        }
        at += run;
    }
    member_of.sort_unstable();
    // Duplicate unit pairs (i < j, different documents).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut m = 0;
    while m < member_of.len() {
        let i = (member_of[m] >> 32) as usize;
        let unit = &units[i];
        counts.clear();
        while m < member_of.len() && (member_of[m] >> 32) as usize == i {
            let posting = &postings[(member_of[m] & u64::from(u32::MAX)) as usize];
            let posting = &pairs_of_shingles[posting.start as usize..posting.end as usize];
            // Postings are in unit order: only later units of other documents.
            let from = posting.partition_point(|&p| packed.unit(p) as usize <= i);
            for &p in &posting[from..] {
                let j = packed.unit(p);
                if units[j as usize].doc != unit.doc {
                    *counts.entry(j).or_default() += 1;
                }
            }
            m += 1;
        }
        for (&j, &shared) in &counts {
            let other = &units[j as usize];
            let smaller = unit.shingles.min(other.shingles);
            if shared as f64 >= THRESHOLD * smaller as f64 {
                pairs.push((i, j as usize));
            }
        }
    }
    pairs.sort_unstable();
    merge(corpus, &units, &pairs)
}

/// Joins duplicate pairs that follow each other in both documents.
fn merge(corpus: &Corpus, units: &[Unit], pairs: &[(usize, usize)]) -> Vec<Duplicate> {
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
    // The shingles of the blocks in pairs, hashed again in full, once each:
    // few blocks of a briefing are duplicates.
    let mut full: HashMap<usize, Vec<u64>> = HashMap::new();
    for &(i, j) in pairs {
        for u in [i, j] {
            full.entry(u).or_insert_with(|| {
                let unit = &units[u];
                let doc = corpus.entries[unit.doc].doc().expect("a unit's document");
                shingles(doc.block_text(unit.block)).0
            });
        }
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
                let mut sh: Vec<u64> = us.iter().flat_map(|u| full[u].iter().copied()).collect();
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
