//! Many short lists, one per key, kept in one array (compressed sparse
//! rows): the related-passage index's postings, per term, per entity and per
//! passage. A `Vec` per key costs its 24-byte header, an allocation and up to
//! as much room again as it holds; on 10,000 documents of text written once
//! that was more than the lists themselves.

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
    /// The lists packed, key by key (each list dropped once copied).
    ///
    /// # Panics
    /// When the lists hold 4 G items or more (the offsets are `u32`).
    pub fn pack(lists: Vec<Vec<T>>) -> Self {
        let total: usize = lists.iter().map(Vec::len).sum();
        let mut starts = Vec::with_capacity(lists.len() + 1);
        starts.push(0);
        let mut items = Vec::with_capacity(total);
        for list in lists {
            items.extend_from_slice(&list);
            starts.push(u32::try_from(items.len()).expect("under 4 G items"));
        }
        PackedLists { starts, items }
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
        let packed = PackedLists::pack(lists.clone());
        for (k, l) in lists.iter().enumerate() {
            assert_eq!(packed.get(k), &l[..], "key {k}");
        }
        assert!(packed.get(4).is_empty(), "past the end");
        assert!(PackedLists::<u8>::default().get(0).is_empty());
    }
}
