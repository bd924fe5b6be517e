//! Whether [`super::squeeze`] would change a line, told without building
//! the squeezed line: most lines have nothing to squeeze, and every line of
//! a letter is asked. A line of ASCII white space is read eight bytes at a
//! time, each word once, and a pair of ASCII words with letters at the seam
//! is judged here by their bytes as [`super::joins`] judges it (the common
//! case in running text); any other pair is left to [`super::joins`].

use super::{FNV_START, Vocabulary, is_common_ascii, joins, lower_hash};
use std::ops::Range;

/// Whether [`super::squeeze`] would change `line`: white space other than
/// single spaces between words, or two adjacent words that join. (The first
/// join of a line is between two words as they stand, so looking at each
/// pair alone finds one if there is any.)
pub(super) fn changes(line: &str, vocab: &Vocabulary) -> bool {
    if line.is_ascii() || !crate::document::lines::has_wide_space(line) {
        return ascii_spaced_changes(line, vocab);
    }
    let base = line.as_ptr() as usize;
    let mut prev: Option<&str> = None;
    let mut end = 0;
    for t in line.split_whitespace() {
        let start = t.as_ptr() as usize - base;
        match prev {
            None if start != 0 => return true,
            Some(_) if start != end + 1 || line.as_bytes()[end] != b' ' => return true,
            Some(a) if joins(a, a, t, vocab) => return true,
            _ => {}
        }
        end = start + t.len();
        prev = Some(t);
    }
    end != line.len()
}

/// A word of a line: its bytes, and what [`pair_joins`] asks of them.
#[derive(Clone)]
struct Word {
    bytes: Range<usize>,
    /// All its bytes are ASCII.
    ascii: bool,
    /// How many ASCII letters it starts with.
    lead: usize,
    /// An ASCII letter follows after the first other byte.
    more_letters: bool,
}

impl Word {
    /// Letters (two or more) and then no more letters: "kabinet",
    /// "Oekraïne" in ASCII's terms no, "Rusland," yes.
    fn plain(&self) -> bool {
        self.lead >= 2 && !self.more_letters
    }
}

/// [`changes`] for a line whose white space is all ASCII: the words between
/// single spaces, each pair judged by [`pair_joins`].
fn ascii_spaced_changes(line: &str, vocab: &Vocabulary) -> bool {
    let b = line.as_bytes();
    let mut prev: Option<Word> = None;
    let mut at = 0;
    while at < b.len() {
        let word = word_at(b, at);
        if word.bytes.is_empty() {
            // White space at the start or after a space.
            return true;
        }
        at = word.bytes.end;
        if let Some(left) = prev
            && pair_joins(line, &left, &word, vocab)
        {
            return true;
        }
        prev = Some(word);
        if at < b.len() {
            if b[at] != b' ' || at + 1 == b.len() {
                // Other white space, or a space at the end.
                return true;
            }
            at += 1;
        }
    }
    false
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter, exactly (no
/// carry runs from one byte into the next).
fn letter_bits(x: u64) -> u64 {
    // With the case bit set a letter is its small letter, from 0x61 to
    // 0x7A: seven bits at least 0x61 and at most 0x7A, the eighth clear.
    let small = (x | (ONES * 0x20)) & !HIGH;
    let at_least_a = small + ONES * (0x80 - 0x61);
    let above_z = small + ONES * (0x7F - 0x7A);
    at_least_a & !above_z & !x & HIGH
}

/// The word that starts at `start`: up to the first ASCII white space (or
/// the end), read eight bytes at a time, and what [`Word`] says of it.
fn word_at(b: &[u8], start: usize) -> Word {
    let space = |x: u8| matches!(x, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    // The high bits of the word's bytes so far; its letters so far, at the
    // start (`lead`, while `in_lead`) and after.
    let (mut high, mut lead, mut in_lead, mut more_letters) = (0u64, 0, true, false);
    let mut at = start;
    loop {
        // Eight bytes at a time, then byte by byte, up to a byte below
        // 0x21 (white space is never above b' ').
        let (x, len) = match b.get(at..at + 8) {
            Some(chunk) => (
                u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
                8,
            ),
            None => {
                let mut buf = [0; 8];
                buf[..b.len() - at].copy_from_slice(&b[at..]);
                (u64::from_le_bytes(buf), b.len() - at)
            }
        };
        // The bytes below 0x21, by their high bits: a byte above a flagged
        // one may be flagged wrongly (a borrow), the lowest never is. (Past
        // the end, the zero bytes are flagged.)
        let low = x.wrapping_sub(ONES * 0x21) & !x & HIGH;
        let n = if low == 0 {
            8
        } else {
            (low.trailing_zeros() / 8) as usize
        };
        // The high bits of the word's bytes here.
        let word = if n == 8 {
            HIGH
        } else {
            HIGH & ((1u64 << (n * 8)) - 1)
        };
        high |= x & word;
        let letters = letter_bits(x) & word;
        if in_lead {
            // The letters before the first other byte, and any after it.
            let others = !letters & HIGH;
            let k = (others.trailing_zeros() / 8) as usize;
            lead += k.min(n);
            if k < n {
                in_lead = false;
                more_letters = letters >> (k * 8) != 0;
            }
        } else {
            more_letters |= letters != 0;
        }
        at += n;
        if n == 8 && len == 8 {
            continue;
        }
        if at >= b.len() || space(b[at]) {
            break;
        }
        // A control character below the space, inside the word: no letter.
        in_lead = false;
        at += 1;
    }
    Word {
        bytes: start..at.min(b.len()),
        ascii: high == 0,
        lead,
        more_letters,
    }
}

/// Whether two words side by side join: [`joins`], with a pair of ASCII
/// words with letters at the seam judged by [`ascii_words_join`], and a
/// seam of ASCII characters other than two letters or two digits turned
/// away by its bytes.
fn pair_joins(line: &str, left: &Word, right: &Word, vocab: &Vocabulary) -> bool {
    let b = line.as_bytes();
    let (l, r) = (b[left.bytes.end - 1], b[right.bytes.start]);
    let letters = l.is_ascii_alphabetic() && r.is_ascii_alphabetic();
    if letters && left.ascii && right.ascii {
        return ascii_words_join(line, left, right, vocab);
    }
    if l.is_ascii() && r.is_ascii() && !letters && !(l.is_ascii_digit() && r.is_ascii_digit()) {
        return false;
    }
    let left = &line[left.bytes.clone()];
    joins(left, left, &line[right.bytes.clone()], vocab)
}

/// [`joins`] of two ASCII words of `line` (the left the whole token so far)
/// that meet with a letter on either side, step by step as it goes, each
/// step by the words' bytes.
fn ascii_words_join(line: &str, left: &Word, right: &Word, vocab: &Vocabulary) -> bool {
    let (lb, rb) = (
        &line.as_bytes()[left.bytes.clone()],
        &line.as_bytes()[right.bytes.clone()],
    );
    // A word beside a plain word (`right_word` of [`joins`] all letters,
    // two or more) stays a word.
    if lb.len() >= 5 && right.plain() {
        return false;
    }
    // A common word on the left ("de", "van") stays a word.
    if lb.len() >= 2 && is_common_ascii(lb) {
        return false;
    }
    // "E X": single capitals run together.
    if lb.len() == 1 && lb[0].is_ascii_uppercase() && rb[0].is_ascii_uppercase() {
        return rb[..right.lead].iter().all(u8::is_ascii_uppercase);
    }
    if lb.len() == 1 && is_common_ascii(lb) {
        return false;
    }
    // A word of four letters or more beside a known word (`knows_word`: a
    // plain word is one).
    let last_letter = rb
        .iter()
        .rposition(u8::is_ascii_alphabetic)
        .expect("the right word starts with a letter");
    let right_word = &line[right.bytes.start..=right.bytes.start + last_letter];
    if lb.len() >= 4 && (right.plain() || vocab.knows(right_word)) {
        return false;
    }
    // The letters at the end of the left token: "NW/BSK" → "BSK".
    let tail = lb
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let left_word = &line[left.bytes.start + tail..left.bytes.end];
    vocab.knows_hash(lower_hash(lower_hash(FNV_START, left_word), right_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_told_by_their_bits() {
        for c in 0..=255u8 {
            let x = u64::from(c) << 24 | 0x2E << 8;
            let want = if c.is_ascii_alphabetic() {
                0x80 << 24
            } else {
                0
            };
            assert_eq!(letter_bits(x), want, "{c:#x}");
        }
    }

    /// A word's facts, one byte at a time.
    fn word_by_bytes(t: &[u8], at: usize) -> Word {
        let end = t[at..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == 0x0B)
            .map_or(t.len(), |i| at + i);
        let w = &t[at..end];
        let lead = w.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        Word {
            bytes: at..end,
            ascii: w.is_ascii(),
            lead,
            more_letters: w[lead..].iter().any(u8::is_ascii_alphabetic),
        }
    }

    proptest::proptest! {
        #[test]
        fn a_word_is_read_as_byte_by_byte(
            t in proptest::collection::vec(proptest::sample::select(vec![b' ', b'\t', b'\r', 0x0B, 0x01, 0x1F, b'a', b'Z', b'@', b'[', b'`', b'{', b'.', 0x80, 0xC3, 0xA0, 0xE1, 0xFA, 0xFF]), 0..40),
            at in 0usize..40
        ) {
            let at = at.min(t.len());
            let (got, want) = (word_at(&t, at), word_by_bytes(&t, at));
            proptest::prop_assert_eq!(
                (got.bytes, got.ascii, got.lead, got.more_letters),
                (want.bytes, want.ascii, want.lead, want.more_letters)
            );
        }

        /// The judgement of ASCII pairs by their bytes is that of `joins`.
        #[test]
        fn ascii_words_join_as_joins_says(
            left in "(D|d|u|U|E|I|zal|VS|Kiev|NAVO|op|van|door|Inf|P|NW/BSK|bes|o\\.a|Minister|12a|x-y)",
            right in "(en|EN|X|EX|Haag|agina|rastructuur|tot|het|s|a|o\\.a\\.|BSK-2023|VN-raad|U,|aa1|x)"
        ) {
            let v = Vocabulary::of("Den Haag, Pagina, Infrastructuur, zalhet, VSen, kievtot, IENW, dEN, bess, nAVOo, u, x");
            let line = format!("{left} {right}");
            let (l, r) = (word_at(line.as_bytes(), 0), word_at(line.as_bytes(), left.len() + 1));
            proptest::prop_assert_eq!(
                ascii_words_join(&line, &l, &r, &v),
                joins(&left, &left, &right, &v)
            );
        }
    }
}
