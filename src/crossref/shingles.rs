//! Shingles for the duplicates: a block's runs of [`SHINGLE`] words, each
//! hashed to 64 bits over lower-cased, diacritic-free words, and a
//! (shingle, block) pair packed in one `u64` ([`Packed`]). Which blocks
//! share a shingle is `shared_shingles`' to find.
//!
//! Hashing a word does not build its folded form (an ASCII word is
//! lower-cased byte by byte): the shingles of a briefing are hashed a few
//! times over, which is cheaper than holding them.

use super::stem::words;
use crate::corpus::Corpus;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Words per shingle.
pub const SHINGLE: usize = 5;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a of a word folded (`stem::fold`: lower case, no diacritics):
/// cheap, and good enough to tell words apart. The folded form is hashed as
/// it is made, not built.
pub(super) fn word_hash(w: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut byte = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    };
    if w.is_ascii() {
        // Nothing to decompose and no marks: lower case, byte by byte.
        w.bytes().for_each(|b| byte(b.to_ascii_lowercase()));
    } else {
        let mut utf8 = [0u8; 4];
        for c in w
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
        {
            c.encode_utf8(&mut utf8).bytes().for_each(&mut byte);
        }
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

/// Calls `each` with every shingle of `text`, in text order (repeats
/// included); returns the number of words. `words` is room to reuse.
pub(super) fn each_shingle(text: &str, hashes: &mut Vec<u64>, mut each: impl FnMut(u64)) -> usize {
    hashes.clear();
    hashes.extend(words(text).map(|r| word_hash(&text[r])));
    hashes.windows(SHINGLE).for_each(|w| each(shingle_hash(w)));
    hashes.len()
}

/// The distinct shingles of a text, sorted, and its number of words.
pub fn shingles(text: &str) -> (Vec<u64>, usize) {
    let mut out = Vec::new();
    let words = each_shingle(text, &mut Vec::new(), |s| out.push(s));
    out.sort_unstable();
    out.dedup();
    (out, words)
}

/// A (shingle, block) pair in one `u64`: the shingle's hash in the high
/// bits, the block (unit) number in the low `bits`. Sorted, the pairs of
/// one shingle stand together, in block order.
#[derive(Debug, Clone, Copy)]
pub(super) struct Packed {
    pub(super) bits: u32,
}

impl Packed {
    /// Room for `units` block numbers (at least one bit).
    pub(super) fn for_units(units: usize) -> Packed {
        Packed {
            bits: (usize::BITS - units.leading_zeros()).max(1),
        }
    }

    pub(super) fn pack(self, shingle: u64, unit: u32) -> u64 {
        (shingle & !self.unit_mask()) | u64::from(unit)
    }

    pub(super) fn shingle(self, packed: u64) -> u64 {
        packed >> self.bits
    }

    pub(super) fn unit(self, packed: u64) -> u32 {
        (packed & self.unit_mask()) as u32
    }

    fn unit_mask(self) -> u64 {
        (1u64 << self.bits) - 1
    }
}

/// A block whose shingles are compared: corpus entry and block.
#[derive(Debug, Clone, Copy)]
pub(super) struct Block {
    pub(super) doc: u32,
    pub(super) block: u32,
}

impl Block {
    pub(super) fn text(self, corpus: &Corpus) -> &str {
        corpus.entries[self.doc as usize]
            .doc()
            .expect("a unit's document")
            .block_text(self.block as usize)
    }
}

/// Slices of `0..n` for the cores: about `per` each.
pub(super) fn slices(n: usize, per: usize) -> Vec<Range<usize>> {
    (0..n.div_ceil(per.max(1)))
        .map(|i| i * per..((i + 1) * per).min(n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crossref::stem::fold;

    fn fnv(w: &str) -> u64 {
        let mut h = FNV_OFFSET;
        for b in w.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
        h
    }

    #[test]
    fn a_word_hashes_as_its_folded_form() {
        for w in [
            "Oekraïense",
            "REGERING",
            "zo'n",
            "EU-landen",
            "Ærø",
            "İstanbul",
            "ǅemal",
            "café",
            "naïef",
            "ﬁets",
            "",
        ] {
            assert_eq!(word_hash(w), fnv(&fold(w)), "{w}");
        }
    }

    #[test]
    fn shingles_ignore_case_diacritics_and_punctuation() {
        let (a, n) = shingles("De Oekraïense regering, zei hij, wil dit niet.");
        let (b, _) = shingles("de oekraiense regering zei hij wil dit niet");
        assert_eq!(n, 8);
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
    }

    #[test]
    fn a_packed_pair_keeps_its_block_and_the_high_bits_of_its_shingle() {
        // One block needs one bit; 2^20 blocks (numbers 0 to 2^20 - 1) need
        // 20, and one more needs 21.
        assert_eq!(Packed::for_units(0).bits, 1);
        assert_eq!(Packed::for_units(1).bits, 1);
        assert_eq!(Packed::for_units(1 << 20).bits, 21);
        assert_eq!(Packed::for_units((1 << 20) - 1).bits, 20);
        let packed = Packed::for_units(1 << 20);
        let (a, b) = (0xdead_beef_0123_4567_u64, 0xdead_beef_0323_4567_u64);
        for unit in [0, 1, (1 << 20) - 1, 1 << 20] {
            assert_eq!(packed.unit(packed.pack(a, unit)), unit);
            assert_eq!(packed.shingle(packed.pack(a, unit)), a >> 21);
        }
        // Shingles that differ only in the low bits are one; in the high
        // bits, two, and they sort by shingle before block.
        assert_eq!(
            packed.shingle(packed.pack(a, 5)),
            packed.shingle(packed.pack(a ^ 0xff, 9))
        );
        assert_ne!(
            packed.shingle(packed.pack(a, 5)),
            packed.shingle(packed.pack(b, 5))
        );
        assert!(packed.pack(a, 1 << 20) < packed.pack(b, 0));
    }

    #[test]
    fn slices_cover_every_number_once() {
        assert_eq!(slices(10, 4), vec![0..4, 4..8, 8..10]);
        assert!(slices(0, 4).is_empty());
    }
}
