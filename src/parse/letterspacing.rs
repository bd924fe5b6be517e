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
        for w in text.split(|c: char| !c.is_alphabetic()) {
            if w.chars().count() >= 2 {
                words.insert(w.to_lowercase());
            }
        }
        Self { words }
    }

    fn knows(&self, w: &str) -> bool {
        self.words.contains(&w.to_lowercase())
    }
}

fn is_common(w: &str) -> bool {
    COMMON.contains(&w.to_lowercase().as_str())
}

/// Whether two adjacent fragments are one word.
fn joins(left_piece: &str, left_word: &str, right: &str, vocab: &Vocabulary) -> bool {
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
    let joined = format!("{left_word}{right_word}");
    // "Een maal", "op en": a word on the left stays a word.
    vocab.knows(&joined)
        && !is_common(left_piece)
        && (left_piece.chars().count() <= 3 || !vocab.knows(right_word))
}

/// The line with letter-spaced fragments joined: "D en Haag" → "Den Haag".
pub fn squeeze(line: &str, vocab: &Vocabulary) -> String {
    let mut out: Vec<(String, String)> = Vec::new(); // (token so far, last fragment)
    for t in line.split_whitespace() {
        if let Some((tok, last)) = out.last_mut() {
            let word_start = tok
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |i| i + tok[i..].chars().next().map_or(1, char::len_utf8));
            let left_word = &tok[word_start..];
            if joins(last, left_word, t, vocab) {
                tok.push_str(t);
                *last = t.to_string();
                continue;
            }
        }
        out.push((t.to_string(), t.to_string()));
    }
    out.into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join(" ")
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
}
