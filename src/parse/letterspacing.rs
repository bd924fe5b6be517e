//! Letter-spaced text: PDF extraction of spaced-out type (the rijkshuisstijl
//! sidebar) splits words into fragments, "D en Haag", "Inf rastructuur",
//! "P agina 1 van 7", "2 5 15 XP", "T 0 7 0-456 0000".
//!
//! [`squeeze`] joins fragments back where the joined word is known (it occurs
//! in the document itself or is part of the genre's vocabulary) and the pieces
//! are not both ordinary words, and joins runs of single digits or single
//! capitals. It is used to recognise furniture, never to change the text.

mod changes;

use super::hash_set::HashSet64;
use crate::document::lines::Line;
use changes::changes;
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

/// Words of letters to parliament that appear letter-spaced in sidebars and
/// footers: labels, places, and the words of ministry names.
const GENRE: &[&str] = &[
    "pagina",
    "den",
    "haag",
    "postbus",
    "ministerie",
    "kenmerk",
    "bijlage",
    "bijlagen",
    "datum",
    "betreft",
    "retouradres",
    "bezoekadres",
    "postadres",
    "contactpersoon",
    "inlichtingen",
    "telefoon",
    "directie",
    "directoraat",
    "generaal",
    "algemene",
    "zaken",
    "binnenlandse",
    "buitenlandse",
    "koninkrijksrelaties",
    "defensie",
    "economische",
    "klimaat",
    "financiën",
    "infrastructuur",
    "waterstaat",
    "justitie",
    "veiligheid",
    "landbouw",
    "natuur",
    "voedselkwaliteit",
    "onderwijs",
    "cultuur",
    "wetenschap",
    "sociale",
    "werkgelegenheid",
    "volksgezondheid",
    "welzijn",
    "sport",
    "volkshuisvesting",
    "ruimtelijke",
    "ordening",
    "asiel",
    "migratie",
    "energie",
    "rijksoverheid",
];

/// Ordinary short words: two of them side by side are two words
/// ("op en" is not "open").
const COMMON: &[&str] = &[
    "aan", "af", "al", "als", "bij", "dan", "dat", "de", "den", "der", "des", "die", "dit", "door",
    "een", "en", "er", "het", "hoe", "ik", "in", "is", "kan", "maar", "mee", "met", "na", "naar",
    "niet", "nog", "nu", "of", "om", "ook", "op", "over", "per", "te", "ten", "ter", "toe", "tot",
    "u", "uit", "uw", "van", "voor", "wat", "we", "wel", "wie", "ze", "zijn", "zo",
];

/// The words a document uses, lower-cased, plus the genre's: kept as a set
/// of the words' hashes (64-bit FNV-1a of the lower-cased UTF-8), so neither
/// building it nor asking it copies a word. (A set, not a sorted list: a
/// letter has thousands of words, and sorting their hashes cost more than
/// reading them.)
///
/// The set is built when first asked: a letter without letter-spaced lines
/// never asks, and is shown without reading its words twice.
#[derive(Debug, Default)]
pub struct Vocabulary<'t> {
    text: &'t str,
    hashes: std::sync::OnceLock<HashSet64>,
}

impl<'t> Vocabulary<'t> {
    /// The vocabulary of `text`, read when first asked.
    pub fn of(text: &'t str) -> Self {
        Vocabulary {
            text,
            hashes: std::sync::OnceLock::new(),
        }
    }

    /// Every run of two or more letters of the text, hashed. Read in one
    /// pass, each word hashed as it is read (the same hash as
    /// [`lower_hash`] of the word).
    fn hashes(&self) -> &HashSet64 {
        self.hashes.get_or_init(|| Self::read(self.text))
    }

    fn read(text: &str) -> HashSet64 {
        // Room for a distinct word in sixteen bytes (up to 32,768), so that the
        // set is rarely grown.
        let room = (text.len() / 16).min(1 << 15);
        let mut hashes = HashSet64::with_capacity(room);
        for w in GENRE {
            hashes.insert(lower_hash(FNV_START, w));
        }
        let (mut hash, mut letters) = (FNV_START, 0usize);
        let mut end_word = |hash: &mut u64, letters: &mut usize| {
            if *letters >= 2 {
                hashes.insert(*hash);
            }
            *hash = FNV_START;
            *letters = 0;
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII letters: with the case bit set, a letter is
            // its small letter, and no other byte is one.
            let mut run = 0;
            for &b in &bytes[at..] {
                let small = b | 0x20;
                if small.wrapping_sub(b'a') >= 26 {
                    break;
                }
                hash = fnv_byte(hash, small);
                run += 1;
            }
            at += run;
            letters += run;
            let Some(&b) = bytes.get(at) else {
                break;
            };
            if b.is_ascii() {
                end_word(&mut hash, &mut letters);
                at += 1;
                continue;
            }
            let c = text[at..].chars().next().expect("at a char boundary");
            at += c.len_utf8();
            if c.is_alphabetic() {
                hash = lower_hash(hash, c.encode_utf8(&mut [0; 4]));
                letters += 1;
            } else {
                end_word(&mut hash, &mut letters);
            }
        }
        end_word(&mut hash, &mut letters);
        hashes
    }

    fn knows(&self, w: &str) -> bool {
        self.knows_hash(lower_hash(FNV_START, w))
    }

    /// Whether `word`, a whole word of a line of the vocabulary's text (after
    /// white space, before white space or other characters), is known: a
    /// run of two or more letters is a word of the text, known without a
    /// look.
    fn knows_word(&self, word: &str) -> bool {
        (word.chars().nth(1).is_some() && word.chars().all(char::is_alphabetic)) || self.knows(word)
    }

    fn knows_hash(&self, hash: u64) -> bool {
        self.hashes().contains(hash)
    }
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// `hash` carried on over the UTF-8 of `w` lower-cased as
/// `char::to_lowercase` does it, so the hash of "Den" then "Haag" is that
/// of "denhaag".
fn lower_hash(mut hash: u64, w: &str) -> u64 {
    if w.is_ascii() {
        for b in w.bytes() {
            hash = fnv_byte(hash, b.to_ascii_lowercase());
        }
    } else {
        let mut buf = [0; 4];
        for c in w.chars().flat_map(char::to_lowercase) {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                hash = fnv_byte(hash, b);
            }
        }
    }
    hash
}

fn fnv_byte(hash: u64, b: u8) -> u64 {
    (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

/// The longest of [`COMMON`], in bytes.
const COMMON_MAX: usize = 4;

fn is_common(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_ascii() {
        is_common_ascii(b)
    } else {
        // The common words are ASCII: only the Kelvin sign lower-cases
        // into ASCII ("k"), so one is at most COMMON_MAX characters of
        // ASCII or the sign (three bytes).
        w.len() <= 3 * COMMON_MAX
            && w.contains('\u{212A}')
            && COMMON.contains(&w.to_lowercase().as_str())
    }
}

/// [`is_common`] for ASCII.
fn is_common_ascii(b: &[u8]) -> bool {
    if b.len() > COMMON_MAX {
        return false;
    }
    // Packed, each byte with the case bit set: a capital becomes its small
    // letter, and no other byte becomes a letter (the common words are all
    // letters).
    let packed = b
        .iter()
        .rev()
        .fold(0u32, |p, &x| (p << 8) | u32::from(x | 0x20));
    COMMON_PACKED.binary_search(&packed).is_ok()
}

/// Up to four bytes as one number (no word holds a zero byte, so no two
/// words give the same number).
const fn pack(bytes: &[u8]) -> u32 {
    let mut packed = 0;
    let mut i = 0;
    while i < bytes.len() {
        packed |= (bytes[i] as u32) << (8 * i);
        i += 1;
    }
    packed
}

/// [`COMMON`] packed and sorted, for [`is_common`] to search by halves.
static COMMON_PACKED: [u32; COMMON.len()] = {
    let mut packed = [0; COMMON.len()];
    let mut i = 0;
    while i < COMMON.len() {
        packed[i] = pack(COMMON[i].as_bytes());
        // Insertion sort: the slot for the new one among those before it.
        let mut j = i;
        while j > 0 && packed[j - 1] > packed[j] {
            let t = packed[j - 1];
            packed[j - 1] = packed[j];
            packed[j] = t;
            j -= 1;
        }
        i += 1;
    }
    packed
};

/// The letters at the end of `token`: "NW/BSK" → "BSK".
fn alphabetic_tail(token: &str) -> &str {
    let start = token.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + token[i..].chars().next().map_or(1, char::len_utf8)
    });
    &token[start..]
}

/// Whether two adjacent fragments are one word: `left_piece` the last
/// fragment of the token built so far, `left_token`.
fn joins(left_piece: &str, left_token: &str, right: &str, vocab: &Vocabulary) -> bool {
    let (Some(&lb), Some(&rb)) = (left_piece.as_bytes().last(), right.as_bytes().first()) else {
        return false;
    };
    // ASCII at the seam, as most often: only two letters or two digits may
    // join, told by the bytes.
    if lb.is_ascii()
        && rb.is_ascii()
        && !(lb.is_ascii_alphabetic() && rb.is_ascii_alphabetic()
            || lb.is_ascii_digit() && rb.is_ascii_digit())
    {
        return false;
    }
    // Two ASCII words, the left of five letters or more (so no common
    // word, nor a single capital), the right all letters up to its
    // punctuation: a word beside a word, as in most text.
    if lb.is_ascii_alphabetic()
        && rb.is_ascii_alphabetic()
        && left_piece.len() >= 5
        && left_piece.is_ascii()
        && right.is_ascii()
    {
        let r = right.as_bytes();
        let word = &r[..r
            .iter()
            .rposition(u8::is_ascii_alphabetic)
            .map_or(0, |e| e + 1)];
        if word.len() >= 2 && word.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
    }
    // A common word on the left ("de", "van") stays a word.
    if lb.is_ascii_alphabetic()
        && rb.is_ascii_alphabetic()
        && left_piece.len() >= 2
        && is_common(left_piece)
    {
        return false;
    }
    let (Some(l), Some(r)) = (left_piece.chars().next_back(), right.chars().next()) else {
        return false;
    };
    if l.is_ascii_digit() && r.is_ascii_digit() {
        // "2 5 15", "0 7 0-456": a single digit on either side.
        let digits_left = left_piece
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        return left_piece.chars().count() == 1
            || right.chars().take_while(char::is_ascii_digit).count() == 1
            || digits_left == 1;
    }
    if !(l.is_alphabetic() && r.is_alphabetic()) {
        return false;
    }
    // "E X", "I E NW/BSK": single capitals run together.
    let one_char = left_piece.chars().nth(1).is_none();
    if one_char && l.is_uppercase() && r.is_uppercase() {
        return right
            .chars()
            .take_while(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    }
    let right_word = right.trim_end_matches(|c: char| !c.is_alphabetic());
    // "Een maal", "op en": a word on the left stays a word. (The cheap
    // tests first: in ordinary text they already say no.)
    if is_common(left_piece)
        || (left_piece.chars().nth(3).is_some() && vocab.knows_word(right_word))
    {
        return false;
    }
    let left_word = alphabetic_tail(left_token);
    vocab.knows_hash(lower_hash(lower_hash(FNV_START, left_word), right_word))
}

/// The line with letter-spaced fragments joined: "D en Haag" → "Den Haag"
/// (and its words one space apart); the line itself when that changes
/// nothing, as for most lines. `line` is a line of the text `vocab` was made
/// of, or a piece of one cut at white space: its words of letters are then
/// known without a look (see [`Vocabulary::knows_word`]).
pub fn squeeze<'a>(line: &'a str, vocab: &Vocabulary) -> Cow<'a, str> {
    if changes(line, vocab) {
        squeezed(line, vocab)
    } else {
        Cow::Borrowed(line)
    }
}

/// The lines of a letter with letter-spacing undone ([`squeeze`]), each
/// squeezed when first asked for (`squeezed[i]`): a line no reader asks
/// for is never squeezed.
pub struct Squeezed<'a> {
    text: &'a str,
    lines: &'a [Line],
    vocab: &'a Vocabulary<'a>,
    done: Vec<OnceCell<Cow<'a, str>>>,
}

impl<'a> Squeezed<'a> {
    /// `lines` of `text`, whose vocabulary is `vocab`.
    pub fn new(text: &'a str, lines: &'a [Line], vocab: &'a Vocabulary<'a>) -> Self {
        Squeezed {
            text,
            lines,
            vocab,
            done: (0..lines.len()).map(|_| OnceCell::new()).collect(),
        }
    }
}

impl std::ops::Index<usize> for Squeezed<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.done[i].get_or_init(|| squeeze(self.lines[i].text(self.text), self.vocab))
    }
}

/// [`squeeze`] without asking [`changes`] first.
fn squeezed<'a>(line: &'a str, vocab: &Vocabulary) -> Cow<'a, str> {
    thread_local! {
        static OUT: RefCell<String> = const { RefCell::new(String::new()) };
    }
    OUT.with_borrow_mut(|out| {
        out.clear();
        // Where the token being built starts in `out`, and its last fragment.
        let mut token = 0;
        let mut last = "";
        for t in line.split_whitespace() {
            if !out.is_empty() {
                if joins(last, &out[token..], t, vocab) {
                    out.push_str(t);
                    last = t;
                    continue;
                }
                out.push(' ');
            }
            token = out.len();
            out.push_str(t);
            last = t;
        }
        if out.as_str() == line {
            Cow::Borrowed(line)
        } else {
            Cow::Owned(out.clone())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_letter_spaced_sidebar_lines() {
        let v = Vocabulary::of("De Staatssecretaris van Infrastructuur en Waterstaat");
        assert_eq!(squeeze("P agina 3 van 7", &v), "Pagina 3 van 7");
        assert_eq!(squeeze("2 5 15 XP D en Haag", &v), "2515 XP Den Haag");
        assert_eq!(squeeze("2 5 00 E X Den Haag", &v), "2500 EX Den Haag");
        assert_eq!(squeeze("Inf rastructuur en", &v), "Infrastructuur en");
        assert_eq!(squeeze("P ostbus 20901", &v), "Postbus 20901");
        assert_eq!(squeeze("T 0 7 0-456 0000", &v), "T 070-456 0000");
        assert_eq!(squeeze("I E NW/BSK-2023/33017", &v), "IENW/BSK-2023/33017");
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        // Counter-examples: words that would join into other words, numbers
        // that are separate quantities.
        let v = Vocabulary::of("open heren deuren 2515 eenmaal");
        for s in [
            "Het kabinet zet de deur op en de ramen dicht.",
            "de heer A en de heer B",
            "In 2023 en 2024 zijn 12 15 meldingen gedaan",
            "Een maal per jaar",
        ] {
            assert_eq!(
                squeeze(s, &v),
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }

    #[test]
    fn common_words_are_at_most_common_max_long() {
        assert!(COMMON.iter().all(|w| w.is_ascii() && w.len() <= COMMON_MAX));
        assert!(is_common("DOOR") && is_common("van") && !is_common("vandaag"));
        for w in COMMON {
            assert!(is_common(w) && is_common(&w.to_uppercase()), "{w}");
        }
        assert!(!is_common("") && !is_common("dee") && !is_common("ë"));
    }

    #[test]
    fn capitals_and_diacritics_are_known_in_any_case() {
        // Words of the document in capitals or with diacritics, fragments in
        // another case: known through the same lower-casing.
        let v = Vocabulary::of("FINANCIËN en Oekraïne; ÉÉN brief");
        assert!(v.knows("financiën") && v.knows("OEKRAÏNE") && v.knows("één"));
        assert!(!v.knows("oekraine"));
        assert_eq!(
            squeeze("  Fin anciën\t en   Oek raïne ", &v),
            "Financiën en Oekraïne"
        );
        // A common word in capitals stays a word of its own.
        assert_eq!(squeeze("EN D en Haag", &v), "EN Den Haag");
    }

    proptest::proptest! {
        #[test]
        fn common_is_a_lookup_of_the_lower_case(w in "(de|VAN|Een|\u{212A}an|o|[a-zA-Z@\\[`{ëK\u{17F}]){1,3}") {
            proptest::prop_assert_eq!(is_common(&w), COMMON.contains(&w.to_lowercase().as_str()));
        }

        #[test]
        fn asking_first_changes_nothing(
            line in "(D|en|Haag|P|agina|Inf|rastructuur|op|E|X|NW/BSK|2|5|15|0-456|de|,|ĳs|Oekraïne|is|geëist,|één|ﬁ|ĳ|É|ÉÉN|’s|scenario’s|aan.|Fin|anciën|Oek|raïne|Ĳssel|ĲS)([ \t]{1,2}(D|en|Haag|P|agina|Inf|rastructuur|op|E|X|NW/BSK|2|5|15|0-456|de|,|ĳs|Oekraïne|is|geëist,|één|ﬁ|ĳ|É|ÉÉN|’s|scenario’s|aan.|Fin|anciën|Oek|raïne|Ĳssel|ĲS)){0,6} ?"
        ) {
            let v = Vocabulary::of("Den Haag, Pagina, Infrastructuur, open, IENW/BSK, financiën, oekraïne, Oekraïneis, ĳssel, ĳsĲS");
            proptest::prop_assert_eq!(squeeze(&line, &v), squeezed(&line, &v));
        }

        #[test]
        fn asking_first_changes_nothing_between_single_spaces(
            line in "(D|en|Haag|P|agina|Inf|rastructuur|op|E|X|NW/BSK|2|5|15|0-456|de|,|ĳs|Oekraïne|is|geëist,|één|ﬁ|ĳ|É|ÉÉN|’s|scenario’s|aan.|Fin|anciën|Oek|raïne|Ĳssel|ĲS)( (D|en|Haag|P|agina|Inf|rastructuur|op|E|X|NW/BSK|2|5|15|0-456|de|,|ĳs|Oekraïne|is|geëist,|één|ﬁ|ĳ|É|ÉÉN|’s|scenario’s|aan.|Fin|anciën|Oek|raïne|Ĳssel|ĲS)){0,6}"
        ) {
            let v = Vocabulary::of("Den Haag, Pagina, Infrastructuur, open, IENW/BSK, financiën, oekraïne, Oekraïneis, ĳssel, ĳsĲS");
            proptest::prop_assert_eq!(squeeze(&line, &v), squeezed(&line, &v));
        }

        /// What makes `knows_word`'s shortcut exact: a word of the text that
        /// is all letters (two or more) is in the text's vocabulary.
        #[test]
        fn every_word_of_letters_of_a_text_is_known(
            text in "([A-Za-zëïĲĳé]{1,6}[ \t\n.,/()0-9’-]{1,2}){0,20}"
        ) {
            let v = Vocabulary::of(&text);
            for token in text.split_whitespace() {
                let word = token.trim_end_matches(|c: char| !c.is_alphabetic());
                if word.chars().all(char::is_alphabetic) && word.chars().nth(1).is_some() {
                    proptest::prop_assert!(v.knows(word), "{:?} of {:?}", word, text);
                }
            }
        }

        /// The one-pass hashing of `Vocabulary::of` and `lower_hash` agree.
        #[test]
        fn a_word_is_known_in_any_case(word in "[A-Za-zëÏĲĳéÉßẞİ]{2,8}") {
            let text = format!("x {word} y");
            let v = Vocabulary::of(&text);
            proptest::prop_assert!(v.knows(&word) && v.knows(&word.to_lowercase()));
        }
    }
}
