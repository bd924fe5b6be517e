//! The terms of the related-passage index, each held once: every term's
//! text in one string, numbered in the order the terms were first added,
//! and found again through a table of numbers. A `HashMap<String, u32>`
//! held a 24-byte `String` and its own allocation for every term, about 80
//! bytes a term before its letters; here a term costs its letters and about
//! 11 bytes (its end in the string, and a table slot at most three quarters
//! full).

use rustc_hash::FxHasher;
use std::hash::Hasher;

/// Terms numbered `0..len()` in the order first added.
#[derive(Debug, Clone)]
pub struct TermDictionary {
    /// Every term's text, one after the other.
    text: String,
    /// Term `i` is `text[ends[i - 1]..ends[i]]` (from 0 for the first).
    ends: Vec<u32>,
    /// Open addressing with linear probing: term number + 1, or 0 for an
    /// empty slot. Its length is a power of two.
    table: Vec<u32>,
}

impl Default for TermDictionary {
    fn default() -> Self {
        TermDictionary {
            text: String::new(),
            ends: Vec::new(),
            table: vec![0; 8],
        }
    }
}

fn hash(term: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(term.as_bytes());
    // Fibonacci hashing: the slot comes from the high bits.
    h.finish().wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl TermDictionary {
    /// Number of terms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Term `id`'s text.
    pub fn term(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.text[start as usize..self.ends[id] as usize]
    }

    fn slot(&self, term: &str) -> usize {
        let bits = self.table.len().trailing_zeros();
        (hash(term) >> (64 - bits)) as usize
    }

    /// The slot holding `term`, or the empty slot where it would go.
    fn find(&self, term: &str) -> usize {
        let mask = self.table.len() - 1;
        let mut at = self.slot(term);
        loop {
            match self.table[at] {
                0 => return at,
                n if self.term(n - 1) == term => return at,
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// The number of `term`, if it is a term.
    pub fn get(&self, term: &str) -> Option<u32> {
        self.table[self.find(term)].checked_sub(1)
    }

    /// The number of `term`, numbered next when new.
    ///
    /// # Panics
    /// When the terms' text reaches 4 GiB (the ends are `u32`).
    pub fn insert(&mut self, term: &str) -> u32 {
        let at = self.find(term);
        if let Some(id) = self.table[at].checked_sub(1) {
            return id;
        }
        let id = self.ends.len() as u32;
        self.text.push_str(term);
        self.ends
            .push(u32::try_from(self.text.len()).expect("terms under 4 GiB"));
        self.table[at] = id + 1;
        // At most three quarters full.
        if self.ends.len() * 4 > self.table.len() * 3 {
            self.grow();
        }
        id
    }

    fn grow(&mut self) {
        let bigger = vec![0; self.table.len() * 2];
        let table = std::mem::replace(&mut self.table, bigger);
        for n in table.into_iter().filter(|&n| n != 0) {
            let at = self.find(self.term(n - 1));
            self.table[at] = n;
        }
    }

    /// Lets go of the room kept for more terms.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + (self.ends.capacity() + self.table.capacity()) * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    proptest! {
        /// Numbered as a `HashMap` numbers terms in the order first seen.
        #[test]
        fn terms_are_numbered_in_the_order_first_added(
            terms in prop::collection::vec("[a-zé]{0,6}", 0..300),
            others in prop::collection::vec("[a-z]{0,7}", 0..30),
        ) {
            let mut dict = TermDictionary::default();
            let mut plain: HashMap<String, u32> = HashMap::new();
            for t in &terms {
                let next = plain.len() as u32;
                let want = *plain.entry(t.clone()).or_insert(next);
                prop_assert_eq!(dict.insert(t), want);
            }
            prop_assert_eq!(dict.len(), plain.len());
            for (t, &id) in &plain {
                prop_assert_eq!(dict.get(t), Some(id));
                prop_assert_eq!(dict.term(id), t.as_str());
            }
            for t in &others {
                prop_assert_eq!(dict.get(t), plain.get(t).copied());
            }
        }
    }

    #[test]
    fn an_empty_dictionary_finds_nothing() {
        let d = TermDictionary::default();
        assert_eq!(d.get("land"), None);
        assert_eq!(d.len(), 0);
    }
}
