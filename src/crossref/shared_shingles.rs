//! Which blocks share a shingle: for every shingle of two to
//! [`MAX_POSTINGS`] blocks, its blocks. Duplicates are counted from these.
//!
//! # By parts, and only what may be shared
//!
//! Every (shingle, block) is one `u64` ([`Packed`]); sorted, the pairs of
//! one shingle stand together, in block order, and a run of two to
//! [`MAX_POSTINGS`] blocks is kept (one pairs nothing; more is a formula, "in
//! het kader van de"). Sorting every pair of a briefing at once held 8 bytes
//! a word of its text: 90 MB for 10,000 documents. So the blocks are hashed
//! a few times over instead, each time keeping less:
//!
//! 1. While the blocks considered are listed, every block's shingles are
//!    counted in a [`Sketch`], a count per slot stopped at 255: a shingle
//!    alone in its slot is in one block, and none in a slot under 255 is a
//!    formula.
//! 2. The shingles of full slots are counted exactly: the formulas.
//! 3. When more is left than a part, [`Twice`] marks what may be in two
//!    blocks: most shingles of one block are left out.
//! 4. What is left is sorted in parts, by the low bits of what a pair keeps
//!    of the hash, a part of about [`PART_BYTES`] on each core at a time.
//!
//! Each step leaves out only shingles of one block or of more than
//! [`MAX_POSTINGS`], so the runs kept are those of sorting everything at
//! once (`reference` holds `find` to that). Ten thousand copies of five
//! texts are formulas almost all, and end after step 2; text written once
//! is mostly shingles of one block, and leaves step 3 with about a sixth.

use super::shingles::{Block, Packed, each_shingle, slices};
use crate::corpus::Corpus;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

/// A shingle found in more blocks than this is a formula ("in het kader
/// van de"), not evidence of copying; skipping it keeps the counting linear.
pub(super) const MAX_POSTINGS: usize = 256;
/// The pairs a part sorts at once, at most (about: a part takes the pairs
/// whose hash falls in it).
pub(super) const PART_BYTES: usize = 8 << 20;

/// The shingles shared by two to [`MAX_POSTINGS`] blocks: for each, its
/// blocks (units), in unit order.
#[derive(Debug, Default)]
pub(super) struct Shared {
    units: Vec<u32>,
    /// Shingle `s`'s blocks are `units[ends[s - 1]..ends[s]]` (from 0).
    ends: Vec<u32>,
}

impl Shared {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, s: usize) -> &[u32] {
        let start = if s == 0 { 0 } else { self.ends[s - 1] };
        &self.units[start as usize..self.ends[s] as usize]
    }

    fn append(&mut self, other: Shared) {
        let base = self.units.len() as u32;
        self.units.extend(other.units);
        self.ends.extend(other.ends.into_iter().map(|e| base + e));
    }
}

/// How many blocks have each shingle, at least: a count per slot, the
/// shingles spread over the slots by their kept hash, stopped at 255. A
/// slot's count is at least that of each shingle in it, so a count under 2
/// says its shingles are in one block, and one under 255 that none is a
/// formula; the shingles of a full slot are counted again exactly ([`shared`]).
#[derive(Debug)]
pub(super) struct Sketch {
    counts: Vec<AtomicU8>,
    bits: u32,
}

impl Sketch {
    /// A slot for about every 64 bytes of the `text` compared, a power of two.
    pub(super) fn for_text(text: usize) -> Sketch {
        let slots = (text / 64).max(1024).next_power_of_two();
        Sketch {
            counts: (0..slots).map(|_| AtomicU8::new(0)).collect(),
            bits: slots.trailing_zeros(),
        }
    }

    fn slot(&self, key: u64) -> &AtomicU8 {
        let at = key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits);
        &self.counts[at as usize]
    }

    /// Counts one more block with the shingle of kept hash `key`.
    pub(super) fn add(&self, key: u64) {
        let _ = self
            .slot(key)
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_add(1));
    }

    fn count(&self, key: u64) -> u8 {
        self.slot(key).load(Ordering::Relaxed)
    }

    fn any_full(&self) -> bool {
        self.counts
            .iter()
            .any(|n| n.load(Ordering::Relaxed) == u8::MAX)
    }
}

/// Whether a shingle may be in two blocks or more: two bits for each of
/// two places its kept hash picks, one set when a block is counted there,
/// the other when one was before. A shingle of two blocks has both second
/// bits set; one of a single block, unless others set them (about one in
/// seven, at four places a pair). Set with atomic `or`s, so the bits are
/// the same whatever order the cores count in.
#[derive(Debug)]
struct Twice {
    once: Vec<AtomicU64>,
    twice: Vec<AtomicU64>,
}

impl Twice {
    /// Room for `pairs` (shingle, block) pairs: four places a pair.
    fn for_pairs(pairs: usize) -> Twice {
        let words = (pairs * 4).div_ceil(64).clamp(1, 1 << 26);
        let words = || (0..words).map(|_| AtomicU64::new(0)).collect();
        Twice {
            once: words(),
            twice: words(),
        }
    }

    /// Lets go of the first bits once every block is counted: asking
    /// [`may_be_twice`](Self::may_be_twice) needs only the second.
    fn counted(mut self) -> Twice {
        self.once = Vec::new();
        self
    }

    /// Two places from the high bits of two products, each taken into the
    /// range of places by a multiplication (not a power of two of them).
    fn places(&self, key: u64) -> [usize; 2] {
        let n = (self.twice.len() * 64) as u64;
        let at = |m: u64| (((key.wrapping_mul(m) >> 32) * n) >> 32) as usize;
        [at(0x9e37_79b9_7f4a_7c15), at(0xc2b2_ae3d_27d4_eb4f)]
    }

    /// Counts a block with the shingle of kept hash `key`; whether both
    /// its places were counted before.
    fn add(&self, key: u64) -> bool {
        let mut before = true;
        for at in self.places(key) {
            let bit = 1u64 << (at % 64);
            if self.once[at / 64].fetch_or(bit, Ordering::Relaxed) & bit != 0 {
                self.twice[at / 64].fetch_or(bit, Ordering::Relaxed);
            } else {
                before = false;
            }
        }
        before
    }

    fn may_be_twice(&self, key: u64) -> bool {
        self.places(key)
            .into_iter()
            .all(|at| self.twice[at / 64].load(Ordering::Relaxed) & 1 << (at % 64) != 0)
    }
}

/// The shingles of `blocks` (units, numbered in this order) that two to
/// [`MAX_POSTINGS`] of them share, with `pairs` (shingle, block) pairs in
/// all, packed by `packed`, counted in `sketch`.
///
/// Only the pairs of shingles that may be shared are sorted: the formulas
/// (more blocks) are found first, in the full slots of the sketch, and left
/// out with what the sketch shows in one block; when what is left is more
/// than a part, the blocks are hashed again to set the bits of [`Twice`],
/// which leave out most shingles of one block. The rest is sorted in parts
/// of about `part_bytes` of pairs ([`PART_BYTES`]), one on each core at a
/// time.
pub(super) fn shared(
    corpus: &Corpus,
    blocks: &[Block],
    pairs: usize,
    packed: Packed,
    sketch: &Sketch,
    part_bytes: usize,
) -> Shared {
    let part_bytes = part_bytes.max(1);
    let (formulas, in_formulas) = formulas(corpus, blocks, packed, sketch);
    let maybe = |key: u64| match sketch.count(key) {
        0 | 1 => false,
        u8::MAX => !formulas.contains(&key),
        _ => true,
    };
    let mut kept = pairs.saturating_sub(in_formulas);
    let twice = (kept * 8 > part_bytes).then(|| {
        let twice = Twice::for_pairs(kept);
        // Pairs that found their shingle counted before: a shingle of `n`
        // blocks makes `n - 1` of them, so about half of what is kept.
        let again: usize = slices(blocks.len(), 256)
            .into_par_iter()
            .map(|units| {
                let (mut hashes, mut again) = (Vec::new(), 0);
                for b in &blocks[units] {
                    each_shingle(b.text(corpus), &mut hashes, |s| {
                        let key = packed.shingle(packed.pack(s, 0));
                        if maybe(key) && twice.add(key) {
                            again += 1;
                        }
                    });
                }
                again
            })
            .sum();
        kept = kept.min(again * 2);
        twice.counted()
    });
    let keep = |key: u64| maybe(key) && twice.as_ref().is_none_or(|t| t.may_be_twice(key));
    // More than one part: at least one a core, which takes no longer.
    let threads = rayon::current_num_threads() as u64;
    let parts = match (kept * 8).div_ceil(part_bytes) as u64 {
        0 | 1 => 1,
        n => n.max(threads),
    };
    let found: Vec<Shared> = (0..parts)
        .into_par_iter()
        .map(|part| {
            let room = kept / parts as usize;
            shared_in(corpus, blocks, packed, room, |k| {
                k % parts == part && keep(k)
            })
        })
        .collect();
    // The parts' pairs were sorted on the workers, whose heaps keep what
    // they free: given back before the parts are joined.
    crate::free_memory::give_back();
    let mut out = Shared {
        units: Vec::with_capacity(found.iter().map(|s| s.units.len()).sum()),
        ends: Vec::with_capacity(found.iter().map(|s| s.ends.len()).sum()),
    };
    for s in found {
        out.append(s);
    }
    out
}

/// The kept hashes of the shingles in more than [`MAX_POSTINGS`] blocks,
/// counted exactly among those of the sketch's full slots, and how many
/// (shingle, block) pairs they make.
fn formulas(
    corpus: &Corpus,
    blocks: &[Block],
    packed: Packed,
    sketch: &Sketch,
) -> (FxHashSet<u64>, usize) {
    if !sketch.any_full() {
        return Default::default();
    }
    let counts = slices(blocks.len(), 256)
        .into_par_iter()
        .map(|units| {
            let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
            let (mut hashes, mut keys) = (Vec::new(), Vec::new());
            for b in &blocks[units] {
                keys.clear();
                each_shingle(b.text(corpus), &mut hashes, |s| {
                    let key = packed.shingle(packed.pack(s, 0));
                    if sketch.count(key) == u8::MAX {
                        keys.push(key);
                    }
                });
                keys.sort_unstable();
                keys.dedup();
                for &k in &keys {
                    *counts.entry(k).or_default() += 1;
                }
            }
            counts
        })
        .reduce(FxHashMap::default, |mut a, b| {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
            a
        });
    let mut pairs = 0;
    let formulas = counts
        .into_iter()
        .filter(|&(_, n)| n as usize > MAX_POSTINGS)
        .map(|(k, n)| {
            pairs += n as usize;
            k
        })
        .collect();
    (formulas, pairs)
}

/// [`shared`] for the shingles whose kept hash `keep` says, about `room`
/// pairs.
fn shared_in(
    corpus: &Corpus,
    blocks: &[Block],
    packed: Packed,
    room: usize,
    keep: impl Fn(u64) -> bool,
) -> Shared {
    let mut pairs: Vec<u64> = Vec::with_capacity(room);
    let mut hashes = Vec::new();
    for (u, b) in blocks.iter().enumerate() {
        each_shingle(b.text(corpus), &mut hashes, |s| {
            let p = packed.pack(s, u as u32);
            if keep(packed.shingle(p)) {
                pairs.push(p);
            }
        });
    }
    pairs.sort_unstable();
    // A block's two shingles may share their high bits: once is enough.
    pairs.dedup();
    let mut out = Shared::default();
    for run in pairs.chunk_by(|a, b| packed.shingle(*a) == packed.shingle(*b)) {
        if (2..=MAX_POSTINGS).contains(&run.len()) {
            out.units.extend(run.iter().map(|&p| packed.unit(p)));
            out.ends.push(out.units.len() as u32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sketch_counts_up_to_255() {
        let sketch = Sketch::for_text(0);
        assert_eq!(sketch.counts.len(), 1024);
        for _ in 0..300 {
            sketch.add(7);
        }
        sketch.add(8);
        assert_eq!(sketch.count(7), u8::MAX);
        assert!(sketch.count(8) >= 1);
        assert!(sketch.any_full());
        assert!(!Sketch::for_text(1 << 20).any_full());
    }

    #[test]
    fn a_shingle_counted_twice_may_be_twice_one_counted_once_mostly_not() {
        let twice = Twice::for_pairs(1000);
        for key in 0..1000u64 {
            twice.add(key * 7919);
        }
        for key in (0..1000u64).step_by(10) {
            twice.add(key * 7919);
        }
        let sure = (0..1000u64).step_by(10);
        assert!(sure.clone().all(|k| twice.may_be_twice(k * 7919)));
        let once = (0..1000u64).filter(|k| !k.is_multiple_of(10));
        let taken = once.filter(|k| twice.may_be_twice(k * 7919)).count();
        assert!(taken < 300, "{taken} of 900 taken for twice");
    }
}
