//! Letter-spaced text: PDF extraction of spaced-out type (the rijkshuisstijl
//! sidebar) splits words into fragments, "D en Haag", "Inf rastructuur",
//! "P agina 1 van 7", "2 5 15 XP", "T 0 7 0-456 0000".
//!
//! [`squeeze`] joins fragments back where the joined word is known (it occurs
//! in the document itself or is part of the genre's vocabulary) and the pieces
//! are not both ordinary words, and joins runs of single digits or single
//! capitals. It is used to recognise furniture, never to change the text.

use rustc_hash::FxHashSet as HashSet;

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

/// Ordinary short words: two of them side by side are two words ("op en"
/// is not "open").
const COMMON: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "te", "voor", "met", "aan", "als", "is", "om",
    "of", "er", "bij", "uit", "tot", "dat", "die", "dit", "zijn", "niet", "ook", "door", "naar",
    "nog", "maar", "over", "we", "ik", "u", "uw", "ze", "zo", "al", "na", "wel", "der", "des",
    "den", "ten", "ter", "per", "nu", "dan", "wat", "wie", "hoe", "kan", "af", "toe", "mee",
];

/// The words a document uses, lower-cased, plus the genre's.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    pub fn of(text: &str) -> Self {
        let mut words: HashSet<String> = GENRE.iter().map(|w| w.to_string()).collect();
        let mut lower = String::new();
        for w in text.split(|c: char| !c.is_alphabetic()) {
            if w.len() < 2 || w.chars().nth(1).is_none() {
                continue;
            }
            // Most words repeat: look before making a lower-cased copy.
            let w = lowered(w, &mut lower);
            if !words.contains(w) {
                words.insert(w.to_string());
            }
        }
        Self { words }
    }

    fn knows(&self, w: &str) -> bool {
        let mut lower = String::new();
        self.words.contains(lowered(w, &mut lower))
    }
}

/// `w` lower-cased as `str::to_lowercase` does it: `w` itself when it is
/// ASCII without a capital (no copy), else written into `buf`.
fn lowered<'a>(w: &'a str, buf: &'a mut String) -> &'a str {
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return w;
    }
    if w.is_ascii() {
        buf.clear();
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        *buf = w.to_lowercase();
    }
    buf
}

/// The longest of [`COMMON`], in bytes.
const COMMON_MAX: usize = 4;

fn is_common(w: &str) -> bool {
    if w.is_ascii() {
        return w.len() <= COMMON_MAX && COMMON.iter().any(|c| c.eq_ignore_ascii_case(w));
    }
    COMMON.contains(&w.to_lowercase().as_str())
}

/// Whether two adjacent fragments are one word (`joined`: room to write
/// the joined word in).
fn joins(
    left_piece: &str,
    left_word: &str,
    right: &str,
    vocab: &Vocabulary,
    joined: &mut String,
) -> bool {
    let (Some(l), Some(r)) = (left_piece.chars().last(), right.chars().next()) else {
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
    if left_piece.chars().count() == 1 && l.is_uppercase() && r.is_uppercase() {
        return right
            .chars()
            .take_while(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    }
    let right_word = right.trim_end_matches(|c: char| !c.is_alphabetic());
    // "Een maal", "op en": a word on the left stays a word. (The cheap
    // tests first: in ordinary text they already say no.)
    if is_common(left_piece) || (left_piece.chars().count() > 3 && vocab.knows(right_word)) {
        return false;
    }
    joined.clear();
    joined.push_str(left_word);
    joined.push_str(right_word);
    vocab.knows(joined)
}

/// The line with letter-spaced fragments joined: "D en Haag" → "Den Haag"
/// (and its words one space apart).
pub fn squeeze(line: &str, vocab: &Vocabulary) -> String {
    let mut out = String::with_capacity(line.len());
    // Where the token being built starts in `out`, and its last fragment.
    let mut token = 0;
    let mut last = "";
    let mut joined = String::new();
    for t in line.split_whitespace() {
        if !out.is_empty() {
            let tok = &out[token..];
            let word_start = tok
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |i| i + tok[i..].chars().next().map_or(1, char::len_utf8));
            if joins(last, &tok[word_start..], t, vocab, &mut joined) {
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
    out
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
}
