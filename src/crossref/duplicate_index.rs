//! The duplicates of a briefing looked up by document: for every corpus
//! entry, the pairs it is in. The reader asks this on every frame (the
//! document list's rows, the reading pane's margin, the status line), so
//! the answer must cost what the document has, not what the briefing has:
//! 10,000 copies of a few texts make hundreds of thousands of pairs.

use super::duplicates::{self, Duplicate};
use std::ops::Range;

/// The pairs of [`duplicates::find`], and per document the numbers of the
/// pairs it is in (in the pairs' order, each pair once per document).
#[derive(Debug, Clone, Default)]
pub struct DuplicateIndex {
    pairs: Vec<Duplicate>,
    /// Document `d`'s pairs are `members[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    members: Vec<u32>,
}

impl DuplicateIndex {
    pub fn new(pairs: Vec<Duplicate>) -> DuplicateIndex {
        let docs = pairs
            .iter()
            .map(|p| p.a.0.max(p.b.0) + 1)
            .max()
            .unwrap_or(0);
        let mut counts = vec![0u32; docs + 1];
        let sides = |p: &Duplicate| {
            let (a, b) = (p.a.0, p.b.0);
            [Some(a), (b != a).then_some(b)].into_iter().flatten()
        };
        for p in &pairs {
            for d in sides(p) {
                counts[d + 1] += 1;
            }
        }
        for d in 0..docs {
            counts[d + 1] += counts[d];
        }
        let starts = counts;
        let mut next = starts.clone();
        let mut members = vec![0u32; starts[docs] as usize];
        for (i, p) in pairs.iter().enumerate() {
            for d in sides(p) {
                members[next[d] as usize] = i as u32;
                next[d] += 1;
            }
        }
        DuplicateIndex {
            pairs,
            starts,
            members,
        }
    }

    /// Every pair, as found.
    pub fn pairs(&self) -> &[Duplicate] {
        &self.pairs
    }

    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The pairs corpus entry `doc` is in, in the order of [`pairs`](Self::pairs).
    pub fn involving(&self, doc: usize) -> impl Iterator<Item = &Duplicate> {
        let of = match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&s), Some(&e)) => &self.members[s as usize..e as usize],
            _ => &[],
        };
        of.iter().map(|&i| &self.pairs[i as usize])
    }

    /// The other copies of the text at `clean` in corpus entry `doc`, as
    /// [`duplicates::also_in`] finds them among all pairs.
    pub fn also_in(&self, doc: usize, clean: usize) -> Vec<(usize, Range<usize>)> {
        duplicates::also_in_pairs(self.involving(doc), doc, clean)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: usize, b: usize, at: usize) -> Duplicate {
        Duplicate {
            a: (a, at..at + 10),
            b: (b, at + 5..at + 15),
            words: 12,
            similarity: 0.9,
        }
    }

    /// Each document's pairs are those of a scan over all pairs, in the same
    /// order; a pair within one document is listed once for it.
    #[test]
    fn a_document_s_pairs_are_those_a_scan_finds_in_order() {
        let pairs = vec![
            pair(0, 3, 0),
            pair(1, 3, 20),
            pair(2, 2, 40),
            pair(0, 1, 60),
            pair(3, 5, 80),
        ];
        let index = DuplicateIndex::new(pairs.clone());
        for doc in 0..8 {
            let scan: Vec<&Duplicate> = pairs
                .iter()
                .filter(|p| p.a.0 == doc || p.b.0 == doc)
                .collect();
            let indexed: Vec<&Duplicate> = index.involving(doc).collect();
            assert_eq!(indexed, scan, "document {doc}");
            for clean in [0, 5, 12, 25, 45, 70, 85] {
                assert_eq!(
                    index.also_in(doc, clean),
                    duplicates::also_in(&pairs, doc, clean),
                    "document {doc} at {clean}"
                );
            }
        }
        assert_eq!(index.len(), 5);
        assert!(
            DuplicateIndex::new(Vec::new())
                .involving(0)
                .next()
                .is_none()
        );
    }
}
