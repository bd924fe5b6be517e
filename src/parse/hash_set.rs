//! A set of 64-bit hashes (of words, for the letter-spacing vocabulary):
//! open addressing with linear probing, as the keys are hashes already.

/// A set of 64-bit hashes, open addressing with linear probing: the keys
/// are hashes already, so a slot is found with one multiplication (a
/// general set hashes them again and keeps control bytes beside them).
#[derive(Debug, Default)]
pub struct HashSet64 {
    /// 0 for an empty slot (a hash of 0 is kept as 1: both ways).
    slots: Vec<u64>,
    len: usize,
}

impl HashSet64 {
    pub fn with_capacity(n: usize) -> Self {
        Self {
            slots: vec![0; (n * 2).next_power_of_two().max(16)],
            len: 0,
        }
    }

    fn slot(&self, h: u64) -> usize {
        // The high bits of a Fibonacci product, as many as the table needs.
        let bits = self.slots.len().trailing_zeros();
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    pub fn insert(&mut self, h: u64) {
        let h = h.max(1);
        let mask = self.slots.len() - 1;
        let mut i = self.slot(h);
        loop {
            match self.slots[i] {
                0 => break,
                s if s == h => return,
                _ => i = (i + 1) & mask,
            }
        }
        self.slots[i] = h;
        self.len += 1;
        if self.len * 2 > self.slots.len() {
            let grown = vec![0; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            self.len = 0;
            for s in old.into_iter().filter(|&s| s != 0) {
                self.insert(s);
            }
        }
    }

    pub fn contains(&self, h: u64) -> bool {
        if self.slots.is_empty() {
            return false;
        }
        let h = h.max(1);
        let mask = self.slots.len() - 1;
        let mut i = self.slot(h);
        loop {
            match self.slots[i] {
                0 => return false,
                s if s == h => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_hash_set_holds_what_was_put_in(
            put in proptest::collection::vec(0u64..64, 0..200),
            asked in proptest::collection::vec(0u64..64, 0..50),
        ) {
            // Few distinct keys, many repeats and growth; 0 and 1 share a slot.
            let mut set = HashSet64::with_capacity(2);
            for &h in &put {
                set.insert(h);
            }
            for h in asked {
                let want = put.iter().any(|&p| p.max(1) == h.max(1));
                proptest::prop_assert_eq!(set.contains(h), want);
            }
        }
    }
}
