//! The tagger's model: a weight per feature and label, read from and
//! written to a small binary file, and greedy decoding left to right.

use super::features::{NO_LABEL, TokenFacts, features};
use super::labels::{LABELS, Label, OUTSIDE, START, may_follow};
use rustc_hash::FxHashMap;

pub type Row = [f32; LABELS];

#[derive(Debug, Clone, Default)]
pub struct Model {
    pub(super) weights: FxHashMap<u64, Row>,
}

const MAGIC: &[u8; 8] = b"BRIEFTAG";
const VERSION: u32 = 1;

/// Why a model file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub &'static str);

impl Model {
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    /// The scores of every label for `feats`.
    pub fn scores(&self, feats: &[u64]) -> Row {
        let mut s = [0.0; LABELS];
        for f in feats {
            if let Some(row) = self.weights.get(f) {
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
        let mut out = Vec::with_capacity(facts.len());
        let mut feats = Vec::with_capacity(40);
        let (mut prev, mut prev2) = (NO_LABEL, NO_LABEL);
        for i in 0..facts.len() {
            let label = if is_candidate(facts, rules, i, prev) {
                features(facts, rules, i, prev, prev2, &mut feats);
                best(&self.scores(&feats), prev, facts[i].after_break_flag())
            } else {
                OUTSIDE
            };
            out.push(label);
            prev2 = prev;
            prev = label;
        }
        out
    }

    /// The model as bytes: a magic, a version, the number of features, then
    /// per feature (in the order of their numbers) the number, a mask of the
    /// labels with a weight and those weights, little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort_unstable();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            let row = &self.weights[k];
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
        let mut weights = FxHashMap::default();
        weights.reserve(count.min(bytes.len() / 10));
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
            weights.insert(key, row);
        }
        if at != bytes.len() {
            return Err(BadModel("bytes after the last feature"));
        }
        Ok(Self { weights })
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
        let mut m = Model::default();
        let mut row = [0.0; LABELS];
        row[0] = 1.5;
        row[7] = -0.25;
        m.weights.insert(42, row);
        m.weights.insert(7, [0.0; LABELS]);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.weights, m.weights);
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
