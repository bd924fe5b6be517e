//! Posting lists kept small: for every key (a term, an entity), the passages
//! that have it, each with a count (how often the passage has it), in one
//! array of bytes. The related-passage index holds one posting a distinct
//! term of every passage, millions on a large briefing; as `(u32, u32)`
//! pairs they were 8 bytes each, here about two.
//!
//! # Layout
//!
//! Key `k`'s list is `bytes[starts[k]..starts[k + 1]]`: its number of
//! postings, then for every posting, in passage order, the gap from the
//! passage before (the first from 0) shifted left by one with the low bit
//! set when the count is 1, followed by the count when it is not. All are
//! [`varint`](super::varint)s: a term in many passages has small gaps, and
//! most counts are 1.
//!
//! # Building
//!
//! The lists are written in two passes over the same postings, key by key
//! in passage order ([`Counting`], then [`Writing`]): the first measures
//! every list, so the second writes into one array allocated once, exactly.
//! Nothing is held per posting on the way.

use super::varint;

/// Lists of (passage, count) for the keys `0..keys()`, delta-coded.
#[derive(Debug, Clone)]
pub struct PostingLists {
    starts: Vec<u32>,
    bytes: Vec<u8>,
}

impl Default for PostingLists {
    fn default() -> Self {
        PostingLists {
            starts: vec![0],
            bytes: Vec::new(),
        }
    }
}

/// One posting's code: the gap and whether the count is 1.
fn code(gap: u32, count: u32) -> u64 {
    u64::from(gap) << 1 | u64::from(count == 1)
}

fn posting_len(gap: u32, count: u32) -> usize {
    varint::len(code(gap, count))
        + if count == 1 {
            0
        } else {
            varint::len(count.into())
        }
}

impl PostingLists {
    /// Number of keys.
    #[cfg(test)]
    pub fn keys(&self) -> usize {
        self.starts.len() - 1
    }

    fn list(&self, key: usize) -> &[u8] {
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&s), Some(&e)) => &self.bytes[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Number of postings of `key` (0 for a key past the end).
    pub fn len(&self, key: usize) -> usize {
        let list = self.list(key);
        if list.is_empty() {
            0
        } else {
            varint::read(list, &mut 0) as usize
        }
    }

    /// The postings of `key`, (passage, count) in passage order; none for a
    /// key past the end.
    pub fn get(&self, key: usize) -> Postings<'_> {
        let bytes = self.list(key);
        let mut at = 0;
        let left = if bytes.is_empty() {
            0
        } else {
            varint::read(bytes, &mut at) as usize
        };
        Postings {
            bytes,
            at,
            left,
            passage: 0,
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.starts.capacity() * 4 + self.bytes.capacity()
    }
}

/// The postings of one key, decoded as they are read.
#[derive(Debug, Clone)]
pub struct Postings<'a> {
    bytes: &'a [u8],
    at: usize,
    left: usize,
    passage: u32,
}

impl Postings<'_> {
    /// Number of postings not read yet.
    pub fn len(&self) -> usize {
        self.left
    }

    pub fn is_empty(&self) -> bool {
        self.left == 0
    }
}

impl Iterator for Postings<'_> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let code = varint::read(self.bytes, &mut self.at);
        self.passage += (code >> 1) as u32;
        let count = if code & 1 == 1 {
            1
        } else {
            varint::read(self.bytes, &mut self.at) as u32
        };
        Some((self.passage, count))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Postings<'_> {}

/// The first pass: every key's number of postings and bytes.
#[derive(Debug)]
pub struct Counting {
    lens: Vec<u32>,
    sizes: Vec<u32>,
    last: Vec<u32>,
}

impl Counting {
    pub fn new(keys: usize) -> Counting {
        Counting {
            lens: vec![0; keys],
            sizes: vec![0; keys],
            last: vec![0; keys],
        }
    }

    /// Counts a posting; a key's postings come in increasing passage order.
    pub fn add(&mut self, key: usize, passage: u32, count: u32) {
        let gap = passage - self.last[key];
        debug_assert!(self.lens[key] == 0 || gap > 0, "passages in order");
        self.lens[key] += 1;
        self.sizes[key] += posting_len(gap, count) as u32;
        self.last[key] = passage;
    }

    /// The room for the lists, made; the second pass writes them.
    ///
    /// # Panics
    /// When the lists take 4 GiB or more (the offsets are `u32`).
    pub fn writing(self) -> Writing {
        let Counting {
            lens,
            sizes,
            mut last,
        } = self;
        let mut starts = Vec::with_capacity(lens.len() + 1);
        starts.push(0u32);
        let mut total = 0usize;
        for (&n, &size) in lens.iter().zip(&sizes) {
            total += varint::len(n.into()) + size as usize;
            starts.push(u32::try_from(total).expect("posting lists under 4 GiB"));
        }
        drop(sizes);
        let mut bytes = vec![0u8; total];
        // The cursor of every list, after its length.
        let mut at = lens;
        for (k, cursor) in at.iter_mut().enumerate() {
            let mut i = starts[k] as usize;
            varint::write(&mut bytes, &mut i, u64::from(*cursor));
            *cursor = i as u32;
        }
        last.fill(0);
        Writing {
            lists: PostingLists { starts, bytes },
            at,
            last,
        }
    }
}

/// The second pass: the same postings as counted, written.
#[derive(Debug)]
pub struct Writing {
    lists: PostingLists,
    at: Vec<u32>,
    last: Vec<u32>,
}

impl Writing {
    /// Writes a posting, as it was counted.
    pub fn add(&mut self, key: usize, passage: u32, count: u32) {
        let gap = passage - self.last[key];
        self.last[key] = passage;
        let mut at = self.at[key] as usize;
        varint::write(&mut self.lists.bytes, &mut at, code(gap, count));
        if count != 1 {
            varint::write(&mut self.lists.bytes, &mut at, count.into());
        }
        self.at[key] = at as u32;
    }

    /// The lists written.
    pub fn finish(self) -> PostingLists {
        debug_assert!(
            self.at
                .iter()
                .zip(&self.lists.starts[1..])
                .all(|(a, e)| a == e),
            "every posting counted was written"
        );
        self.lists
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Postings as (key, passage, count), passages in order, each key once
    /// a passage: the order the index produces them in.
    fn pack(keys: usize, postings: &[(usize, u32, u32)]) -> PostingLists {
        let mut counting = Counting::new(keys);
        for &(k, p, n) in postings {
            counting.add(k, p, n);
        }
        let mut writing = counting.writing();
        for &(k, p, n) in postings {
            writing.add(k, p, n);
        }
        writing.finish()
    }

    /// The lists the postings make, plainly: one `Vec` a key.
    fn plain(keys: usize, postings: &[(usize, u32, u32)]) -> Vec<Vec<(u32, u32)>> {
        let mut lists = vec![Vec::new(); keys];
        for &(k, p, n) in postings {
            lists[k].push((p, n));
        }
        lists
    }

    fn postings() -> impl Strategy<Value = (usize, Vec<(usize, u32, u32)>)> {
        (1usize..20).prop_flat_map(|keys| {
            let passage = prop::collection::vec((0..keys, 1u32..5), 0..8);
            let counts = prop_oneof![4 => Just(1u32), 1 => 0u32..1000, 1 => any::<u32>()];
            (
                Just(keys),
                prop::collection::vec((passage, 0u32..3000, counts), 0..60),
            )
                .prop_map(|(keys, passages)| {
                    let mut out = Vec::new();
                    let mut p = 0u32;
                    for (terms, gap, count) in passages {
                        p += gap;
                        let mut seen = Vec::new();
                        for (k, n) in terms {
                            if !seen.contains(&k) {
                                seen.push(k);
                                out.push((k, p, if n == 1 { 1 } else { count.max(1) }));
                            }
                        }
                        p += 1;
                    }
                    (keys, out)
                })
        })
    }

    proptest! {
        /// Packed postings decode to the lists they were built from.
        #[test]
        fn packed_postings_decode_to_their_lists((keys, postings) in postings()) {
            let packed = pack(keys, &postings);
            let lists = plain(keys, &postings);
            prop_assert_eq!(packed.keys(), keys);
            for (k, list) in lists.iter().enumerate() {
                prop_assert_eq!(packed.len(k), list.len());
                prop_assert_eq!(packed.get(k).len(), list.len());
                let got: Vec<(u32, u32)> = packed.get(k).collect();
                prop_assert_eq!(&got, list, "key {}", k);
            }
            prop_assert_eq!(packed.get(keys).count(), 0);
            prop_assert_eq!(packed.len(keys + 3), 0);
        }
    }

    #[test]
    fn counts_of_one_and_near_passages_take_a_byte() {
        let postings: Vec<(usize, u32, u32)> = (0..100).map(|p| (0, p, 1)).collect();
        let packed = pack(2, &postings);
        // The length (1 byte), then a byte a posting.
        assert_eq!(packed.bytes.len(), 1 + 100 + 1);
        assert_eq!(packed.get(0).last(), Some((99, 1)));
        assert_eq!(packed.len(1), 0);
        assert_eq!(PostingLists::default().get(0).count(), 0);
    }
}
