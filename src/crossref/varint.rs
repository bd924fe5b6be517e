//! Unsigned numbers in as few bytes as they need (LEB128: seven bits a
//! byte, the high bit set on every byte but the last), for the lists of the
//! cross-references that are mostly small numbers: the gaps between passage
//! numbers, term frequencies, offsets within a paragraph.

/// Bytes `v` takes.
pub(super) fn len(v: u64) -> usize {
    let bits = 64 - (v | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

/// Appends `v`.
pub(super) fn push(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Writes `v` at `at` (advanced past it) into room made beforehand.
pub(super) fn write(out: &mut [u8], at: &mut usize, mut v: u64) {
    while v >= 0x80 {
        out[*at] = v as u8 | 0x80;
        *at += 1;
        v >>= 7;
    }
    out[*at] = v as u8;
    *at += 1;
}

/// Reads the number at `at` (advanced past it).
///
/// # Panics
/// When the bytes end inside the number: the lists are only read as written.
pub(super) fn read(bytes: &[u8], at: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = bytes[*at];
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return v;
        }
        shift += 7;
    }
}

/// A signed number as an unsigned one, small for small magnitudes
/// (0, -1, 1, -2 … → 0, 1, 2, 3 …).
pub(super) fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

/// The inverse of [`zigzag`].
pub(super) fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn numbers_read_back_as_written(vs in prop::collection::vec(any::<u64>(), 0..50), small in prop::collection::vec(0u64..300, 0..50)) {
            let all: Vec<u64> = vs.into_iter().chain(small).collect();
            let mut out = Vec::new();
            for &v in &all {
                push(&mut out, v);
            }
            prop_assert_eq!(out.len(), all.iter().map(|&v| len(v)).sum::<usize>());
            let mut room = vec![0u8; out.len()];
            let mut at = 0;
            for &v in &all {
                write(&mut room, &mut at, v);
            }
            prop_assert_eq!(&room, &out);
            let mut at = 0;
            for &v in &all {
                prop_assert_eq!(read(&out, &mut at), v);
            }
            prop_assert_eq!(at, out.len());
        }

        #[test]
        fn zigzag_round_trips(v in any::<i64>()) {
            prop_assert_eq!(unzigzag(zigzag(v)), v);
        }
    }

    #[test]
    fn small_numbers_take_one_byte() {
        assert_eq!((len(0), len(127), len(128), len(u64::MAX)), (1, 1, 2, 10));
        assert_eq!((zigzag(0), zigzag(-1), zigzag(1), zigzag(-2)), (0, 1, 2, 3));
    }
}
