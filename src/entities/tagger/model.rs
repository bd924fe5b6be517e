//! The tagger's model: a weight per feature and label, read from and
//! written to a small binary file, and greedy decoding left to right.

use super::features::{NO_LABEL, TokenFacts, features};
use super::labels::{LABELS, Label, OUTSIDE, START, may_follow};
use rustc_hash::FxHashMap;
use std::ops::Range;

pub type Row = [f32; LABELS];

/// The weights: a feature's number leads to its row of weights. The table
/// of numbers is kept small (12 bytes a feature) and the rows apart, so
/// that asking for the many features a model does not know stays in the
/// cache.
#[derive(Debug, Clone, Default)]
pub struct Model {
    index: FxHashMap<u64, u32>,
    rows: Vec<Row>,
}

const MAGIC: &[u8; 8] = b"BRIEFTAG";
const VERSION: u32 = 1;

/// Why a model file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub &'static str);

impl Model {
    /// A model of these weights (in the order of their numbers).
    pub(super) fn from_weights(weights: impl IntoIterator<Item = (u64, Row)>) -> Self {
        let mut weights: Vec<(u64, Row)> = weights.into_iter().collect();
        weights.sort_unstable_by_key(|(k, _)| *k);
        let mut index = FxHashMap::default();
        index.reserve(weights.len());
        let mut rows = Vec::with_capacity(weights.len());
        for (k, row) in weights {
            index.insert(k, rows.len() as u32);
            rows.push(row);
        }
        Model { index, rows }
    }

    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// The weights of feature `f`.
    fn row(&self, f: u64) -> Option<&Row> {
        self.index.get(&f).map(|&i| &self.rows[i as usize])
    }

    /// The weights by feature, in the order of their numbers.
    fn sorted(&self) -> Vec<(u64, &Row)> {
        let mut out: Vec<(u64, &Row)> = self
            .index
            .iter()
            .map(|(&k, &i)| (k, &self.rows[i as usize]))
            .collect();
        out.sort_unstable_by_key(|(k, _)| *k);
        out
    }

    /// The scores of every label for `feats`.
    pub fn scores(&self, feats: &[u64]) -> Row {
        let mut s = [0.0; LABELS];
        for f in feats {
            if let Some(row) = self.row(*f) {
                for (a, b) in s.iter_mut().zip(row) {
                    *a += b;
                }
            }
        }
        s
    }

    /// The labels of the tokens with `facts`, given the rules' labels. A
    /// token no mention may start at, outside a mention and with no rule's
    /// label, is outside without asking the model.
    pub fn decode(&self, facts: &[TokenFacts], rules: &[Label]) -> Vec<Label> {
        self.decode_within(facts, rules, 0..facts.len())
    }

    /// [`Model::decode`] for the tokens `within` only, the others outside
    /// (read as neighbours): a part of a text, begun after a token outside.
    pub fn decode_within(
        &self,
        facts: &[TokenFacts],
        rules: &[Label],
        within: Range<usize>,
    ) -> Vec<Label> {
        let mut out = vec![OUTSIDE; facts.len()];
        let mut feats = Vec::with_capacity(40);
        let (mut prev, mut prev2) = if within.start == 0 {
            (NO_LABEL, NO_LABEL)
        } else {
            (OUTSIDE, OUTSIDE)
        };
        for i in within {
            let label = if is_candidate(facts, rules, i, prev) {
                features(facts, rules, i, prev, prev2, &mut feats);
                best(&self.scores(&feats), prev, facts[i].after_break_flag())
            } else {
                OUTSIDE
            };
            out[i] = label;
            prev2 = prev;
            prev = label;
        }
        out
    }

    /// The model as bytes: a magic, a version, the number of features, then
    /// per feature (in the order of their numbers) the number, a mask of the
    /// labels with a weight and those weights, little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let weights = self.sorted();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(weights.len() as u32).to_le_bytes());
        for (k, row) in weights {
            out.extend_from_slice(&k.to_le_bytes());
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0.0)
                .fold(0u16, |m, (i, _)| m | 1 << i);
            out.extend_from_slice(&mask.to_le_bytes());
            for w in row.iter().filter(|w| **w != 0.0) {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BadModel> {
        let mut at = 0;
        let mut take = |n: usize| -> Result<&[u8], BadModel> {
            let s = bytes
                .get(at..at + n)
                .ok_or(BadModel("the model file is cut short"))?;
            at += n;
            Ok(s)
        };
        if take(8)? != MAGIC {
            return Err(BadModel("not a model file"));
        }
        let word = |s: &[u8]| u32::from_le_bytes(s.try_into().expect("4 bytes"));
        if word(take(4)?) != VERSION {
            return Err(BadModel("a model file of another version"));
        }
        let count = word(take(4)?) as usize;
        let mut weights = Vec::with_capacity(count.min(bytes.len() / 10));
        for _ in 0..count {
            let key = u64::from_le_bytes(take(8)?.try_into().expect("8 bytes"));
            let mask = u16::from_le_bytes(take(2)?.try_into().expect("2 bytes"));
            if mask >> LABELS != 0 {
                return Err(BadModel("a weight for a label that does not exist"));
            }
            let mut row = [0.0; LABELS];
            for (i, w) in row.iter_mut().enumerate() {
                if mask & 1 << i != 0 {
                    *w = f32::from_le_bytes(take(4)?.try_into().expect("4 bytes"));
                }
            }
            weights.push((key, row));
        }
        if at != bytes.len() {
            return Err(BadModel("bytes after the last feature"));
        }
        Ok(Self::from_weights(weights))
    }
}

/// Is token `i` asked at all? See [`Model::decode`].
pub(super) fn is_candidate(facts: &[TokenFacts], rules: &[Label], i: usize, prev: Label) -> bool {
    rules[i] != OUTSIDE || (prev != OUTSIDE && prev != START) || facts[i].may_start()
}

/// The best label that may follow `prev` (outside always may).
pub(super) fn best(scores: &Row, prev: Label, after_break: bool) -> Label {
    let mut best = OUTSIDE;
    for l in 1..LABELS as Label {
        if scores[l as usize] > scores[best as usize] && may_follow(prev, l, after_break) {
            best = l;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_goes_through_bytes_and_back() {
        let mut row = [0.0; LABELS];
        row[0] = 1.5;
        row[7] = -0.25;
        let m = Model::from_weights([(42, row), (7, [0.0; LABELS])]);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.sorted(), m.sorted());
        assert_eq!(back.row(42), Some(&row));
        assert_eq!(back.row(8), None);
        assert_eq!(
            Model::from_bytes(&bytes[..bytes.len() - 1]).unwrap_err(),
            BadModel("the model file is cut short")
        );
        assert!(Model::from_bytes(b"BRIEFTAX\x01\0\0\0\0\0\0\0").is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Model::from_bytes(&longer).is_err());
    }

    #[test]
    fn the_best_label_respects_what_may_follow() {
        let mut s = [0.0; LABELS];
        s[2] = 5.0; // I-PER
        s[1] = 1.0; // B-PER
        assert_eq!(best(&s, OUTSIDE, false), 1);
        assert_eq!(best(&s, 1, false), 2);
        assert_eq!(best(&s, 1, true), 1);
    }
}
