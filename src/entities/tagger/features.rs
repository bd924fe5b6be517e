//! The tagger's features: what a token looks like (its lower-case word,
//! shape, first and last letters), its neighbours, the labels decided
//! before it, and the label the rules gave it and its neighbours. Each
//! feature is a 64-bit number: its template and values hashed, so the model
//! is a table from numbers to weights.

use super::labels::{Label, START};
use super::tokens::{Token, is_word_char};
use crate::entities::non_name_words::{is_adjective_form, is_never_alone};
use rayon::prelude::*;
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

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: the same numbers on every machine.
fn hash_bytes(bytes: impl IntoIterator<Item = u8>) -> u64 {
    fnv_on(FNV_START, bytes)
}

/// FNV-1a going on from `h`, the hash of the bytes before.
fn fnv_on(mut h: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
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
/// its class, runs cut to two; the FNV hash of that string, made as the
/// classes are read (ASCII as bytes).
fn shape_hash(word: &str) -> u64 {
    let mut h = FNV_START;
    let mut last = None;
    let mut run = 0;
    let mut push = |c: char| {
        if Some(c) == last {
            run += 1;
            if run > 2 {
                return;
            }
        } else {
            last = Some(c);
            run = 1;
        }
        let mut buf = [0u8; 4];
        h = fnv_on(h, c.encode_utf8(&mut buf).bytes());
    };
    if word.is_ascii() {
        // For ASCII the classes are the ASCII ones: no Unicode tables.
        for b in word.bytes() {
            push(match b {
                b'A'..=b'Z' => 'X',
                b'a'..=b'z' => 'x',
                b'0'..=b'9' => 'd',
                _ => char::from(b),
            });
        }
    } else {
        word.chars().map(shape_class).for_each(push);
    }
    h
}

const PUNCTUATION: &str = ".,;:!?()\"'‘’“”";

/// A word's lower-case hash and those of its first three and last three and
/// two letters, lower-cased. ASCII words are read as bytes; others through
/// `lower`, a buffer kept between words.
fn lower_hashes(word: &str, lower: &mut String) -> [u64; 4] {
    if word.is_ascii() {
        let b = word.as_bytes();
        let n = b.len();
        let low = |h: u64, s: &[u8]| fnv_on(h, s.iter().map(u8::to_ascii_lowercase));
        // The word's hash goes on from its first three letters'.
        let prefix3 = low(FNV_START, &b[..n.min(3)]);
        return [
            low(prefix3, &b[n.min(3)..]),
            prefix3,
            low(FNV_START, &b[n.saturating_sub(3)..]),
            low(FNV_START, &b[n.saturating_sub(2)..]),
        ];
    }
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase));
    let count = lower.chars().count();
    let cut = |n: usize| lower.char_indices().nth(n).map_or(lower.len(), |(i, _)| i);
    let from_end = |n: usize| cut(count.saturating_sub(n));
    [
        hash_str(lower),
        hash_str(&lower[..cut(3)]),
        hash_str(&lower[from_end(3)..]),
        hash_str(&lower[from_end(2)..]),
    ]
}

/// The words a text writes starting with a lower-case letter, lower-cased:
/// a capitalised word among them is a common word the text also writes
/// mid-sentence. Words already in lower case are borrowed from the text.
#[derive(Debug, Default)]
pub struct LowerWords<'t> {
    as_written: FxHashSet<&'t str>,
    lowered: FxHashSet<String>,
}

impl<'t> LowerWords<'t> {
    /// The words of `text`; a long text is read in pieces in parallel.
    pub fn of(text: &'t str) -> Self {
        let pieces = pieces(text, 1 << 18);
        if let [one] = pieces[..] {
            return Self::of_piece(one);
        }
        pieces
            .into_par_iter()
            .map(Self::of_piece)
            .reduce(LowerWords::default, |mut a, mut b| {
                if a.as_written.len() < b.as_written.len() {
                    std::mem::swap(&mut a, &mut b);
                }
                a.as_written.extend(b.as_written);
                a.lowered.extend(b.lowered);
                a
            })
    }

    fn of_piece(text: &'t str) -> Self {
        // About one word in eight bytes is a new lower-case word: room
        // for them at once, not grown by doubling.
        let mut out = LowerWords {
            as_written: FxHashSet::with_capacity_and_hasher(text.len() / 8, Default::default()),
            lowered: FxHashSet::default(),
        };
        let mut lower = String::new();
        for_each_word(text, |w| {
            if !w.starts_with(char::is_lowercase) {
                return;
            }
            let lower_already = if w.is_ascii() {
                !w.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                lower.clear();
                lower.extend(w.chars().flat_map(char::to_lowercase));
                lower == w
            };
            if lower_already {
                out.as_written.insert(w);
                return;
            }
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            if !out.lowered.contains(lower.as_str()) {
                out.lowered.insert(lower.clone());
            }
        });
        out
    }

    /// Does the text write `word`, lower-cased, as a word starting with a
    /// lower-case letter? `lower` is a buffer kept between words.
    fn contains(&self, word: &str, lower: &mut String) -> bool {
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        self.as_written.contains(lower.as_str()) || self.lowered.contains(lower.as_str())
    }
}

/// `text` cut into pieces of about `size` bytes, each ending after a
/// space (so no word is cut).
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        let cut = rest.as_bytes()[size..]
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .map_or(rest.len(), |i| size + i + 1);
        let (piece, after) = rest.split_at(cut);
        out.push(piece);
        rest = after;
    }
    out.push(rest);
    out
}

/// Calls `f` with every word of `text` (a run of letters and digits, as
/// [`super::tokens`] reads them), reading ASCII as bytes.
fn for_each_word<'t>(text: &'t str, f: impl FnMut(&'t str)) {
    crate::entities::lower_words::for_each_run(
        text,
        |b| b.is_ascii_alphanumeric() || b == b'_',
        is_word_char,
        f,
    );
}

/// The facts of every token of `tokens`, words of `text`, which writes the
/// lower-case words `lower`.
pub fn token_facts(text: &str, tokens: &[Token], lower_words: &LowerWords) -> Vec<TokenFacts> {
    let mut lower = String::new();
    let mut buffer = String::new();
    tokens
        .iter()
        .map(|t| {
            let word = &text[t.range.clone()];
            let [word_hash, prefix3, suffix3, suffix2] = lower_hashes(word, &mut lower);
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
                word: word_hash,
                shape: shape_hash(word),
                prefix3,
                suffix3,
                suffix2,
                first,
                stop: matches!(word, "." | "!" | "?" | ":" | ";"),
                may_start: first == 0 || first == 2 || (first == 3 && !PUNCTUATION.contains(c)),
                after_break: t.after_break,
                lower_seen: first == 0 && lower_words.contains(word, &mut buffer),
                never_alone: first == 0 && is_never_alone(word),
                adjective: first == 0 && is_adjective_form(word),
                known: false,
            }
        })
        .collect()
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

    /// The shape as a string, hashed: what [`shape_hash`] folds as it reads.
    fn shape_string_hash(word: &str) -> u64 {
        let mut shape = String::new();
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
            shape.push(c);
        }
        hash_str(&shape)
    }

    #[test]
    fn a_shape_hash_is_the_hash_of_the_shape_string() {
        for w in [
            "Oekraïne",
            "F-35",
            "NAVO",
            "ĳsselmeer",
            "IJssel",
            "e-mail",
            "A.B.",
            "€",
            "x",
            "",
            "2024",
            "ÉÉN",
            "Zelensky's",
            "_",
            "co2",
            "ΑΘΗΝΑ",
            "東京",
            "a\u{301}b",
        ] {
            assert_eq!(shape_hash(w), shape_string_hash(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_shape_hash_is_the_hash_of_its_string(word in "(\\PC|[A-Za-z0-9\\-.])+") {
            proptest::prop_assert_eq!(shape_hash(&word), shape_string_hash(&word));
        }
    }

    #[test]
    fn shapes_cut_runs_to_two() {
        assert_eq!(shape_hash("Oekraïne"), shape_hash("Abcdefg"));
        assert_eq!(shape_hash("NAVO"), shape_hash("EU"));
        assert_ne!(shape_hash("NAVO"), shape_hash("Navo"));
        assert_eq!(shape_hash("F-35"), shape_hash("A-400"));
    }

    /// ASCII words are hashed as bytes, others through a lower-cased
    /// string: the same numbers either way.
    #[test]
    fn lower_case_hashes_agree_for_every_script() {
        let mut lower = String::new();
        let slow = |w: &str| {
            let l: String = w.chars().flat_map(char::to_lowercase).collect();
            let cs: Vec<(usize, char)> = l.char_indices().collect();
            let cut = |n: usize| cs.get(n).map_or(l.len(), |&(i, _)| i);
            let from_end = |n: usize| cs.len().checked_sub(n).map_or(0, |k| cs[k].0);
            [
                hash_str(&l),
                hash_str(&l[..cut(3)]),
                hash_str(&l[from_end(3)..]),
                hash_str(&l[from_end(2)..]),
            ]
        };
        for w in [
            "NAVO",
            "Oekraïne",
            "ĳsselmeer",
            "Zelensky",
            "EU",
            "a",
            "ÉÉN",
            "3",
        ] {
            assert_eq!(lower_hashes(w, &mut lower), slow(w), "{w}");
        }
        assert_ne!(
            lower_hashes("Zelensky", &mut lower)[0],
            lower_hashes("Zelenski", &mut lower)[0]
        );
        let words = LowerWords::of("De raad en de Raad van State");
        let facts = token_facts("Raad", &super::super::tokens::tokens("Raad"), &words);
        assert!(facts[0].lower_seen);
        let facts = token_facts("State", &super::super::tokens::tokens("State"), &words);
        assert!(!facts[0].lower_seen);
        let words = LowerWords::of("via eBay en één keer");
        for (w, seen) in [
            ("Ebay", true),
            ("EBAY", true),
            ("Één", true),
            ("Een", false),
        ] {
            let facts = token_facts(w, &super::super::tokens::tokens(w), &words);
            assert_eq!(facts[0].lower_seen, seen, "{w}");
        }
    }

    #[test]
    fn a_long_text_is_read_in_pieces_that_cut_no_word() {
        let text = "Oekraïne en de Raad van State\nzeggen nee ".repeat(40);
        let parts = pieces(&text, 50);
        assert!(parts.len() > 20);
        assert_eq!(parts.concat(), text);
        for p in &parts[..parts.len() - 1] {
            assert!(p.ends_with([' ', '\n']), "{p:?}");
        }
        assert_eq!(pieces("kort", 50), vec!["kort"]);
        let mut lower = String::new();
        let words = LowerWords::of(&text);
        assert!(words.contains("Zeggen", &mut lower));
        assert!(!words.contains("State", &mut lower));
    }

    #[test]
    fn a_mention_may_start_at_a_capital_a_digit_or_a_sign() {
        let text = "de NAVO, 3 mrd € en (x)";
        let toks = tokens(text);
        let facts = token_facts(text, &toks, &LowerWords::of(text));
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
        let facts = token_facts(text, &toks, &LowerWords::of(text));
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
