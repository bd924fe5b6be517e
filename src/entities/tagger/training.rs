//! Training the tagger: an averaged perceptron over gold-annotated texts,
//! each read with the labels the rules gave it. The labels before a token
//! are the gold ones while training (and the decoded ones when tagging);
//! the weights kept are the average over every step, which generalises
//! better than the last.

use super::features::{NO_LABEL, TokenFacts, features};
use super::labels::{LABELS, Label};
use super::model::{Model, Row, best, is_candidate};
use rustc_hash::FxHashMap;

/// One text to learn from: its tokens' facts, the rules' labels and the
/// gold labels.
pub struct Example {
    pub facts: Vec<TokenFacts>,
    pub rules: Vec<Label>,
    pub gold: Vec<Label>,
}

#[derive(Default, Clone)]
struct Learning {
    weight: Row,
    /// The sum of the weight over all steps up to `stamp`.
    total: [f64; LABELS],
    stamp: [u64; LABELS],
}

impl Learning {
    fn add(&mut self, label: usize, delta: f32, step: u64) {
        self.total[label] += (step - self.stamp[label]) as f64 * f64::from(self.weight[label]);
        self.stamp[label] = step;
        self.weight[label] += delta;
    }
}

/// A model trained on `examples` for `epochs` passes, the examples taken
/// in an order shuffled from `seed` in each pass.
pub fn train(examples: &[Example], epochs: usize, seed: u64) -> Model {
    let mut table: FxHashMap<u64, Learning> = FxHashMap::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed | 1;
    let mut step: u64 = 0;
    let mut feats = Vec::with_capacity(32);
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let ex = &examples[e];
            let (mut prev, mut prev2) = (NO_LABEL, NO_LABEL);
            for i in 0..ex.facts.len() {
                let gold = ex.gold[i];
                if is_candidate(&ex.facts, &ex.rules, i, prev) {
                    step += 1;
                    features(&ex.facts, &ex.rules, i, prev, prev2, &mut feats);
                    let mut scores: Row = [0.0; LABELS];
                    for f in &feats {
                        if let Some(l) = table.get(f) {
                            for (s, w) in scores.iter_mut().zip(&l.weight) {
                                *s += w;
                            }
                        }
                    }
                    let guess = best(&scores, prev, ex.facts[i].after_break_flag());
                    if guess != gold {
                        for f in &feats {
                            let l = table.entry(*f).or_default();
                            l.add(gold as usize, 1.0, step);
                            l.add(guess as usize, -1.0, step);
                        }
                    }
                }
                prev2 = prev;
                prev = gold;
            }
        }
    }
    let steps = step.max(1) as f64;
    Model::from_weights(table.into_iter().filter_map(|(k, mut l)| {
        let mut row = [0.0; LABELS];
        for (label, w) in row.iter_mut().enumerate() {
            l.add(label, 0.0, step);
            *w = (l.total[label] / steps) as f32;
        }
        row.iter().any(|w| *w != 0.0).then_some((k, row))
    }))
}

#[cfg(test)]
mod tests {
    use super::super::features::{LowerWords, token_facts};
    use super::super::labels::{begin, labels_of, spans_of};
    use super::super::tokens::tokens;
    use super::*;
    use crate::entities::kind::EntityType;

    /// The rules split a two-word company and call its parts places (or
    /// see nothing of it); the gold joins them. Trained on texts like that,
    /// the model joins a company it never saw.
    #[test]
    fn the_model_learns_what_the_rules_get_wrong() {
        use EntityType::*;
        let examples = super::super::tests::company_examples();
        let model = train(&examples, 5, 7);
        let text = "Het bedrijf Olmen Gouda meldt winst.";
        let toks = tokens(text);
        let rules = labels_of(&toks, &[(12..17, Location), (18..23, Location)]).0;
        let labels = model.decode(&token_facts(text, &toks, &LowerWords::of(text)), &rules);
        assert_eq!(labels[2], begin(Organisation));
        assert_eq!(spans_of(&toks, &labels), vec![(12..23, Organisation)]);
        // Training twice gives the same model.
        let again = train(&examples, 5, 7);
        assert_eq!(again.to_bytes(), model.to_bytes());
    }
}
