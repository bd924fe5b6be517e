//! Many short lists, one per key, kept in one array (compressed sparse
//! rows): the related-passage index's name mentions, per passage, as bytes.
//! A `Vec` per key costs its 24-byte header, an allocation and up to as much
//! room again as it holds; on 10,000 documents of text written once that was
//! more than the lists themselves.

/// Lists of `T` for the keys `0..len()`, in one array.
#[derive(Debug, Clone)]
pub struct PackedLists<T> {
    /// Key `k`'s list is `items[starts[k]..starts[k + 1]]`.
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for PackedLists<T> {
    fn default() -> Self {
        PackedLists {
            starts: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T: Copy> PackedLists<T> {
    /// Adds the list of the next key.
    ///
    /// # Panics
    /// When the lists reach 4 G items (the offsets are `u32`).
    pub fn push(&mut self, list: &[T]) {
        self.items.extend_from_slice(list);
        self.starts
            .push(u32::try_from(self.items.len()).expect("under 4 G items"));
    }

    /// Adds the lists of `other`, as keys after these.
    pub fn append(&mut self, other: &PackedLists<T>) {
        for k in 0..other.len() {
            self.push(other.get(k));
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Lets go of the room kept for more.
    pub fn shrink_to_fit(&mut self) {
        self.starts.shrink_to_fit();
        self.items.shrink_to_fit();
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.starts.capacity() * 4 + self.items.capacity() * std::mem::size_of::<T>()
    }

    /// Key `key`'s list; empty for a key past the end.
    pub fn get(&self, key: usize) -> &[T] {
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&s), Some(&e)) => &self.items[s as usize..e as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_gets_its_own_list_back() {
        let lists = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
        let mut packed = PackedLists::default();
        for l in &lists {
            packed.push(l);
        }
        for (k, l) in lists.iter().enumerate() {
            assert_eq!(packed.get(k), &l[..], "key {k}");
        }
        assert!(packed.get(4).is_empty(), "past the end");
        assert!(PackedLists::<u8>::default().get(0).is_empty());
        let mut pushed = PackedLists::default();
        pushed.push(&lists[0]);
        let mut rest = PackedLists::default();
        for l in &lists[1..] {
            rest.push(l);
        }
        pushed.append(&rest);
        assert_eq!(pushed.len(), lists.len());
        for (k, l) in lists.iter().enumerate() {
            assert_eq!(pushed.get(k), &l[..], "key {k}");
        }
    }
}
