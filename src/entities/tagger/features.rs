//! The tagger's features: what a token looks like (its lower-case word,
//! shape, first and last letters), its neighbours, the labels decided
//! before it, and the label the rules gave it and its neighbours. Each
//! feature is a 64-bit number: its template and values hashed, so the model
//! is a table from numbers to weights.

use super::labels::{Label, START};
use super::tokens::Token;
use crate::entities::non_name_words::{is_adjective_form, is_never_alone};
use rustc_hash::FxHashSet;

/// What the features ask of one token, worked out once.
#[derive(Debug, Clone, Copy)]
pub struct TokenFacts {
    word: u64,
    shape: u64,
    prefix3: u64,
    suffix3: u64,
    suffix2: u64,
    /// The class of its first character: 0 upper case, 1 lower case, 2 digit, 3 other.
    first: u8,
    /// A sign that ends a sentence or a clause (. ! ? : ;).
    stop: bool,
    /// Starts with a capital or a digit, or is a sign other than
    /// punctuation (€, §, #, …): a token a mention may start at.
    may_start: bool,
    after_break: bool,
    /// A capitalised word the text also writes in lower case.
    lower_seen: bool,
    /// A word that is never a name alone ("De", "Minister", "Geachte").
    never_alone: bool,
    /// An adjective of a place or people ("Duitse", "Europese").
    adjective: bool,
    /// Inside a mention the rules linked to the gazetteer.
    known: bool,
}

impl TokenFacts {
    pub fn may_start(&self) -> bool {
        self.may_start
    }

    pub fn after_break_flag(&self) -> bool {
        self.after_break
    }

    pub fn is_never_alone(&self) -> bool {
        self.never_alone
    }

    pub fn set_known(&mut self, known: bool) {
        self.known = known;
    }
}

/// FNV-1a, 64 bits: the same numbers on every machine.
fn hash_bytes(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn hash_str(s: &str) -> u64 {
    hash_bytes(s.bytes())
}

fn finish(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn feature(template: u64, a: u64, b: u64) -> u64 {
    finish(finish(template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a) ^ b.rotate_left(23))
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// "Oekraïne" → "Xxx", "F-35" → "X-dd", "NAVO" → "XX": each character by
/// its class, runs cut to two.
#[cfg(test)]
fn shape_hash(word: &str) -> u64 {
    shape_hash_into(word, &mut Vec::new())
}

/// [`shape_hash`] with a buffer kept between words.
fn shape_hash_into(word: &str, bytes: &mut Vec<u8>) -> u64 {
    let mut buf = [0u8; 4];
    bytes.clear();
    let mut last = None;
    let mut run = 0;
    for c in word.chars().map(shape_class) {
        if Some(c) == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            last = Some(c);
            run = 1;
        }
        bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    hash_bytes(bytes.iter().copied())
}

const PUNCTUATION: &str = ".,;:!?()\"'‘’“”";

/// The facts of every token of `text`.
pub fn token_facts(text: &str, tokens: &[Token]) -> Vec<TokenFacts> {
    let mut lower = String::new();
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut shape = Vec::new();
    let mut facts: Vec<TokenFacts> = tokens
        .iter()
        .map(|t| {
            let word = &text[t.range.clone()];
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            chars.clear();
            chars.extend(lower.char_indices());
            let cut = |n: usize| chars.get(n).map_or(lower.len(), |&(i, _)| i);
            let from_end = |n: usize| chars.len().checked_sub(n).map_or(0, |k| chars[k].0);
            let c = word.chars().next().unwrap_or(' ');
            let first = if c.is_uppercase() {
                0
            } else if c.is_lowercase() {
                1
            } else if c.is_numeric() {
                2
            } else {
                3
            };
            TokenFacts {
                word: hash_str(&lower),
                shape: shape_hash_into(word, &mut shape),
                prefix3: hash_str(&lower[..cut(3)]),
                suffix3: hash_str(&lower[from_end(3)..]),
                suffix2: hash_str(&lower[from_end(2)..]),
                first,
                stop: matches!(word, "." | "!" | "?" | ":" | ";"),
                may_start: first == 0 || first == 2 || (first == 3 && !PUNCTUATION.contains(c)),
                after_break: t.after_break,
                lower_seen: false,
                never_alone: first == 0 && is_never_alone(word),
                adjective: first == 0 && is_adjective_form(word),
                known: false,
            }
        })
        .collect();
    let lower_words: FxHashSet<u64> = facts
        .iter()
        .filter(|f| f.first == 1)
        .map(|f| f.word)
        .collect();
    for f in facts.iter_mut().filter(|f| f.first == 0) {
        f.lower_seen = lower_words.contains(&f.word);
    }
    facts
}

/// Does token `i` start a sentence (the text's, a line's, or after . ! ? : ;)?
pub fn starts_sentence(facts: &[TokenFacts], i: usize) -> bool {
    i == 0 || facts[i].after_break || facts[i - 1].stop
}

const BEFORE: u64 = 0x0053_5441_5254;
const AFTER: u64 = 0x0045_4e44;

/// The features of token `i`, given the facts of all tokens, the rules'
/// labels and the two labels decided before it, into `out` (cleared first).
pub fn features(
    facts: &[TokenFacts],
    rules: &[Label],
    i: usize,
    prev: Label,
    prev2: Label,
    out: &mut Vec<u64>,
) {
    out.clear();
    let f = &facts[i];
    let at = |k: isize| -> Option<&TokenFacts> {
        usize::try_from(i as isize + k)
            .ok()
            .and_then(|k| facts.get(k))
    };
    let word = |k: isize| at(k).map_or(if k < 0 { BEFORE } else { AFTER }, |t| t.word);
    let shape = |k: isize| at(k).map_or(if k < 0 { BEFORE } else { AFTER }, |t| t.shape);
    let rule = |k: isize| -> u64 {
        usize::try_from(i as isize + k)
            .ok()
            .and_then(|k| rules.get(k))
            .map_or(if k < 0 { 100 } else { 101 }, |&l| u64::from(l))
    };
    let (prev, prev2) = (u64::from(prev), u64::from(prev2));
    let sentence_start = starts_sentence(facts, i);
    let r = rule(0);
    out.extend_from_slice(&[
        feature(0, 0, 0),
        feature(1, f.word, 0),
        feature(2, f.shape, 0),
        feature(3, f.prefix3, 0),
        feature(4, f.suffix3, 0),
        feature(5, f.suffix2, 0),
        feature(6, word(-1), 0),
        feature(7, word(1), 0),
        feature(8, word(-2), 0),
        feature(9, word(2), 0),
        feature(10, shape(-1), 0),
        feature(11, shape(1), 0),
        feature(12, u64::from(f.after_break), 0),
        feature(13, prev, 0),
        feature(14, prev, prev2),
        feature(15, prev, f.word),
        feature(16, prev, f.shape),
        feature(17, u64::from(sentence_start), u64::from(f.first)),
        feature(18, word(-1), f.word),
        feature(19, r, 0),
        feature(20, rule(-1), 0),
        feature(21, rule(1), 0),
        feature(22, r, rule(1)),
        feature(23, r, rule(-1)),
        feature(24, r, prev),
        feature(25, r, f.word),
        feature(26, r, f.shape),
        feature(27, r, word(-1)),
        feature(28, r, word(1)),
        feature(29, u64::from(f.lower_seen), u64::from(sentence_start)),
        feature(30, u64::from(f.never_alone), u64::from(sentence_start)),
        feature(31, u64::from(f.lower_seen), r),
        feature(32, u64::from(f.known), r),
        feature(33, u64::from(f.known), prev),
        feature(34, u64::from(f.adjective), u64::from(sentence_start)),
        feature(35, u64::from(f.adjective), r),
    ]);
}

/// The label that stands for "before the first token" in [`features`].
pub const NO_LABEL: Label = START;

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    #[test]
    fn shapes_cut_runs_to_two() {
        assert_eq!(shape_hash("Oekraïne"), shape_hash("Abcdefg"));
        assert_eq!(shape_hash("NAVO"), shape_hash("EU"));
        assert_ne!(shape_hash("NAVO"), shape_hash("Navo"));
        assert_eq!(shape_hash("F-35"), shape_hash("A-400"));
    }

    #[test]
    fn a_mention_may_start_at_a_capital_a_digit_or_a_sign() {
        let text = "de NAVO, 3 mrd € en (x)";
        let toks = tokens(text);
        let facts = token_facts(text, &toks);
        let starts: Vec<&str> = toks
            .iter()
            .zip(&facts)
            .filter(|(_, f)| f.may_start())
            .map(|(t, _)| &text[t.range.clone()])
            .collect();
        assert_eq!(starts, vec!["NAVO", "3", "€"]);
    }

    #[test]
    fn features_see_the_rules_and_the_labels_before() {
        let text = "Jan de Vries";
        let toks = tokens(text);
        let facts = token_facts(text, &toks);
        let mut a = Vec::new();
        let mut b = Vec::new();
        features(&facts, &[1, 2, 2], 1, 1, NO_LABEL, &mut a);
        features(&facts, &[1, 0, 0], 1, 1, NO_LABEL, &mut b);
        assert_eq!(a.len(), b.len());
        assert_ne!(a, b);
        features(&facts, &[1, 2, 2], 1, 0, NO_LABEL, &mut b);
        assert_ne!(a, b);
    }
}
