//! Terms for retrieval: Dutch words reduced to comparable stems.
//!
//! This module owns tokenisation, stopwords and stemming for cross-document
//! matching. The stemmer follows the Snowball Dutch algorithm (regions R1 and
//! R2, steps 1–4) with one deliberate change: after `-en`/`-e` is stripped any
//! doubled final consonant is undoubled, not only `kk`/`dd`/`tt`, so that
//! "aanvallen" and "aanval" meet. It is a retrieval stemmer: stems need not be
//! words, only equal for the forms of one word often enough.
//!
//! Compounds get extra terms: the parts of hyphenated compounds ("EU-landen"
//! gives "euland", "eu" and "land"), and for a few very common compound heads
//! the head and the rest ("cyberhulp" gives "cyberhulp", "cyber" and "hulp"),
//! because Dutch glues words that English keeps apart and a reader searching
//! for "cyber" means the aid as much as the attacks.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Function words that say nothing about what a passage is about: the
/// Snowball Dutch list plus the adverbs and abbreviations of official prose
/// ("jl.", "nr.", "o.a.") that would otherwise link every letter to every
/// other. Compared with the folded (lower-case, diacritic-free) word.
const STOPWORDS: &str = "\
    aan al aldus alle alles als alsook altijd andere as ben bij cf daar daarbij daarmee \
     daarnaast daarom daarover dan dat de der deze die dit doch doen door dus echter een eens \
     en enkele er ge geen geweest haar had heb hebben heeft hem het hier hierbij hierover \
     hiervoor hij hoe hun iemand iets ik in is ja je jl kan kon kunnen maar me meer men met mij \
     mijn moet moeten na naar niet niets nog nr nu of om omdat onder ons ook op over reeds te \
     tegen tevens toch toen tot uit uw van veel verder via voor want waren was wat wel werd \
     werden wezen wie wil wilde worden wordt zal ze zei zelf zich zij zijn zo zoals zodat \
     zonder zou zouden zullen";

static STOP: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.split_whitespace().collect());

/// Common heads of Dutch compounds, as stems, split off so that a compound
/// also matches its parts ("wapenhulp" meets "hulp" and "wapen"). Kept short:
/// every head here is frequent in policy texts and rarely the tail of an
/// unrelated word.
const HEADS: &[&str] = &[
    "aanval", "steun", "hulp", "veilig", "beleid", "gebied", "pakket", "missie",
];

/// Whether a folded word is a stopword.
pub fn is_stopword(folded: &str) -> bool {
    STOP.contains(folded)
}

/// Lower case without diacritics: "Oekraïne" → "oekraine".
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Nothing to decompose, no marks.
        return s.to_ascii_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The stemmed content terms of a text, in order; a compound gives its own
/// stem followed by those of its parts.
pub fn terms(text: &str) -> impl Iterator<Item = String> {
    term_spans(text).map(|(_, t)| t)
}

/// Like [`terms`], each term with the byte range of the word it came from,
/// so a caller can show the text's own word for a matching stem.
pub fn term_spans(text: &str) -> impl Iterator<Item = (Range<usize>, String)> {
    words(text).flat_map(move |r| {
        let word = &text[r.clone()];
        word_terms(word).into_iter().map(move |t| (r.clone(), t))
    })
}

/// Byte ranges of the words of `text`: runs of letters and digits, joined by
/// single inner hyphens ("EU-landen", "MH17-vliegramp"). An ASCII character
/// is told by its byte; the others are decoded (the index and the shingles
/// read every word of a briefing, mostly ASCII).
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skip to the next alphanumeric.
        let start = loop {
            let (c, n) = char_at(text, at)?;
            at += n;
            if alphanumeric(c) {
                break at - n;
            }
        };
        while let Some((c, n)) = char_at(text, at) {
            if alphanumeric(c) || (!c.is_ascii() && is_combining_mark(c)) {
                at += n;
            } else if c == '-' || c == '\u{2010}' || c == '\u{2011}' {
                // A hyphen belongs to the word only between two letters or digits.
                if char_at(text, at + n).is_some_and(|(next, _)| alphanumeric(next)) {
                    at += n;
                } else {
                    return Some(start..at);
                }
            } else {
                return Some(start..at);
            }
        }
        Some(start..text.len())
    })
}

/// The character at byte `at` of `text` and its length, if any.
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        Some((char::from(b), 1))
    } else {
        let c = text[at..].chars().next()?;
        Some((c, c.len_utf8()))
    }
}

fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The terms one word gives: none for stopwords, numbers and single
/// letters; the stem, plus the parts of a compound.
fn word_terms(word: &str) -> Vec<String> {
    let folded = fold(word);
    let mut out = Vec::new();
    if folded.contains(['-', '\u{2010}', '\u{2011}']) {
        let parts: Vec<&str> = folded
            .split(['-', '\u{2010}', '\u{2011}'])
            .filter(|p| !p.is_empty())
            .collect();
        let joined: String = parts.concat();
        if keep(&joined) {
            out.push(stem(&joined));
        }
        for p in parts {
            if keep(p) {
                let s = stem(p);
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        return out;
    }
    if !keep(&folded) {
        return out;
    }
    let s = stem(&folded);
    if let Some((rest, head)) = split_head(&folded) {
        out.push(s.clone());
        out.push(rest);
        out.push(head.to_string());
    } else {
        out.push(s);
    }
    out
}

/// Content words only: two characters or more, not a stopword, not a number.
fn keep(folded: &str) -> bool {
    folded.chars().count() >= 2
        && !is_stopword(folded)
        && !folded.chars().all(|c| c.is_ascii_digit())
}

/// A word ending in a common compound head, as (stemmed rest, head): the
/// head must start three letters in at least and what follows it must be an
/// ending of the head itself ("cyberveiligheid" → "cyber", "veilig"). The
/// rest must look like a word of its own: three letters, with a vowel.
fn split_head(folded: &str) -> Option<(String, &'static str)> {
    for head in HEADS {
        // The last place of the head, compared byte by byte: words are short,
        // and `str::rfind` built a searcher for every word and head (5% of
        // the related-passages index's time on 3,000 reworded documents).
        let Some(at) = folded
            .as_bytes()
            .windows(head.len())
            .rposition(|w| w == head.as_bytes())
        else {
            continue;
        };
        if at < 3 || stem(&folded[at..]) != *head {
            continue;
        }
        let rest = &folded[..at];
        // A linking "s" belongs to neither part ("oorlogssteun").
        let rest = rest
            .strip_suffix('s')
            .filter(|r| r.len() >= 3)
            .unwrap_or(rest);
        if rest.chars().count() >= 3 && rest.chars().any(is_vowel) && !is_stopword(rest) {
            return Some((stem(rest), head));
        }
    }
    None
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'è')
}

/// The Snowball-Dutch-like stem of a folded word. Words with digits are
/// returned as they are: "mh17" has no suffix to strip.
pub fn stem(folded: &str) -> String {
    if folded.chars().any(|c| !c.is_alphabetic()) || folded.chars().count() < 3 {
        return folded.to_string();
    }
    // Upper-case Y and I mark the consonant uses of y and i, as Snowball does.
    let mut w: Vec<char> = folded.chars().collect();
    for i in 0..w.len() {
        let prev_vowel = i > 0 && is_vowel(w[i - 1]);
        if w[i] == 'y' && (i == 0 || prev_vowel) {
            w[i] = 'Y';
        } else if w[i] == 'i' && prev_vowel && w.get(i + 1).is_some_and(|&c| is_vowel(c)) {
            w[i] = 'I';
        }
    }
    // R2 is searched from R1's unadjusted start, as in Snowball.
    let p1 = region(&w, 0);
    let r1 = p1.max(3);
    let r2 = region(&w, p1);
    let mut e_found = false;

    // Step 1: plural and inflection endings.
    if ends(&w, "heden") {
        if w.len() - 5 >= r1 {
            w.truncate(w.len() - 5);
            w.extend("heid".chars());
        }
    } else if ends(&w, "ene") || ends(&w, "en") {
        let n = if ends(&w, "ene") { 3 } else { 2 };
        strip_en(&mut w, n, r1);
    } else if ends(&w, "ies") {
        // "sancties", "ministeries": the -s plural of a word in -ie, which
        // Snowball leaves alone because a vowel precedes the s.
        if w.len() > r1 {
            w.pop();
        }
    } else if ends(&w, "se") || ends(&w, "s") {
        let n = if ends(&w, "se") { 2 } else { 1 };
        let at = w.len() - n;
        if at >= r1 && at > 0 && !is_vowel(w[at - 1]) && w[at - 1] != 'j' {
            w.truncate(at);
        }
    }

    // Step 2: a final -e.
    step2(&mut w, r1, &mut e_found);

    // Step 3a: -heid.
    if ends(&w, "heid") {
        let at = w.len() - 4;
        if at >= r2 && (at == 0 || w[at - 1] != 'c') {
            w.truncate(at);
            if ends(&w, "en") {
                strip_en(&mut w, 2, r1);
            }
        }
    }

    // Step 3b: derivational suffixes, in R2 only so short words keep them.
    if ends(&w, "end") || ends(&w, "ing") {
        let at = w.len() - 3;
        if at >= r2 {
            w.truncate(at);
            if ends(&w, "ig") && w.len() - 2 >= r2 && !ends(&w[..w.len() - 2], "e") {
                w.truncate(w.len() - 2);
            } else {
                undouble(&mut w);
            }
        }
    } else if ends(&w, "ig") {
        let at = w.len() - 2;
        if at >= r2 && !ends(&w[..at], "e") {
            w.truncate(at);
        }
    } else if ends(&w, "lijk") {
        let at = w.len() - 4;
        if at >= r2 {
            w.truncate(at);
            step2(&mut w, r1, &mut e_found);
        }
    } else if ends(&w, "baar") {
        let at = w.len() - 4;
        if at >= r2 {
            w.truncate(at);
        }
    } else if ends(&w, "bar") {
        let at = w.len() - 3;
        if at >= r2 && e_found {
            w.truncate(at);
        }
    }

    // Step 4: undouble a vowel before a final consonant ("maan" → "man").
    let n = w.len();
    if n >= 4 {
        let (c, v1, v2, d) = (w[n - 4], w[n - 3], w[n - 2], w[n - 1]);
        if !is_vowel(c)
            && v1 == v2
            && matches!(v1, 'a' | 'e' | 'o' | 'u')
            && !is_vowel(d)
            && d != 'I'
            && d.is_alphabetic()
        {
            w.remove(n - 2);
        }
    }
    w.into_iter().flat_map(char::to_lowercase).collect()
}

/// Start of the region after the first non-vowel that follows a vowel, at
/// or after `from` (Snowball's R1 and R2).
fn region(w: &[char], from: usize) -> usize {
    let mut i = from;
    while i < w.len() && !is_vowel(w[i]) {
        i += 1;
    }
    while i < w.len() && is_vowel(w[i]) {
        i += 1;
    }
    (i + 1).min(w.len())
}

fn ends(w: &[char], suffix: &str) -> bool {
    let n = suffix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
}

/// Deletes a final -en/-ene of `n` letters when in R1 and after a consonant
/// (but not after "gem", to keep "gemen" apart), then undoubles.
fn strip_en(w: &mut Vec<char>, n: usize, r1: usize) {
    let at = w.len() - n;
    if at >= r1 && at > 0 && !is_vowel(w[at - 1]) && !ends(&w[..at], "gem") {
        w.truncate(at);
        undouble(w);
    }
}

fn step2(w: &mut Vec<char>, r1: usize, e_found: &mut bool) {
    if ends(w, "e") {
        let at = w.len() - 1;
        if at >= r1 && at > 0 && !is_vowel(w[at - 1]) {
            w.truncate(at);
            *e_found = true;
            undouble(w);
        }
    }
}

/// A doubled final consonant becomes single: "aanvall" → "aanval".
fn undouble(w: &mut Vec<char>) {
    let n = w.len();
    if n >= 2 && w[n - 1] == w[n - 2] && w[n - 1].is_alphabetic() && !is_vowel(w[n - 1]) {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        terms(text).collect()
    }

    #[test]
    fn plural_and_inflection_meet() {
        assert_eq!(stem("aanvallen"), stem("aanval"));
        assert_eq!(stem("cyberaanvallen"), "cyberaanval");
        assert_eq!(stem("landen"), "land");
        assert_eq!(stem("mogelijkheden"), stem("mogelijkheid"));
        assert_eq!(stem("specialisten"), stem("specialist"));
        assert_eq!(stem("sancties"), stem("sanctie"));
        assert_eq!(stem("ministeries"), stem("ministerie"));
        assert_eq!(stem("oekraiense"), stem("oekraiens"));
        assert_eq!(stem("bewindslieden"), "bewindslied");
    }

    #[test]
    fn derivations_are_stripped_in_r2_only() {
        assert_eq!(stem("veiligheid"), "veilig");
        assert_eq!(stem("regering"), "reger");
        assert_eq!(stem("onafhankelijk"), "onafhank");
        assert_eq!(stem("betaalbaar"), "betal");
        // Too short for R2: kept.
        assert_eq!(stem("ding"), "ding");
        assert_eq!(stem("maan"), "man");
    }

    #[test]
    fn diacritics_case_and_stopwords() {
        assert_eq!(all("Oekraïne"), all("oekraine"));
        assert_eq!(all("De Minister van het land"), vec!["minister", "land"]);
        assert!(
            all("26 januari jl. en de 14.000")
                .iter()
                .all(|t| t != "jl" && t != "26")
        );
        assert_eq!(all("MH17"), vec!["mh17"]);
    }

    #[test]
    fn compounds_give_their_parts() {
        assert_eq!(all("EU-landen"), vec!["euland", "eu", "land"]);
        assert_eq!(
            all("MH17-vliegramp"),
            vec!["mh17vliegramp", "mh17", "vliegramp"]
        );
        assert_eq!(all("cyberhulp"), vec!["cyberhulp", "cyber", "hulp"]);
        assert_eq!(
            all("cyberaanvallen"),
            vec!["cyberaanval", "cyber", "aanval"]
        );
        assert_eq!(all("cyberveiligheid"), vec!["cyberveil", "cyber", "veilig"]);
        // Too short a rest: no split.
        assert_eq!(all("onveilig").len(), 1);
    }

    /// Words as first read, a character at a time.
    fn plain_words(text: &str) -> Vec<Range<usize>> {
        let mut chars = text.char_indices().peekable();
        std::iter::from_fn(move || {
            let start = loop {
                let (i, c) = chars.next()?;
                if c.is_alphanumeric() {
                    break i;
                }
            };
            let mut end = text.len();
            while let Some(&(i, c)) = chars.peek() {
                if c.is_alphanumeric() || is_combining_mark(c) {
                    chars.next();
                } else if c == '-' || c == '\u{2010}' || c == '\u{2011}' {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if ahead.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                        chars.next();
                    } else {
                        end = i;
                        break;
                    }
                } else {
                    end = i;
                    break;
                }
            }
            Some(start..end)
        })
        .collect()
    }

    proptest::proptest! {
        #[test]
        fn words_are_those_read_a_character_at_a_time(
            text in "([a-zA-Z0-9 .,'-]|[\u{2010}\u{2011}éïÆ\u{301}\u{308}ß½²٣]|\\PC){0,40}"
        ) {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), plain_words(&text));
        }

        #[test]
        fn folding_ascii_is_lowering_it(text in "\\PC{0,12}|[ -~]{0,12}") {
            let plain: String = text
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect();
            proptest::prop_assert_eq!(fold(&text), plain);
        }
    }

    #[test]
    fn words_keep_inner_hyphens_only() {
        let text = "-EU-partners en de-escalatie - zo'n";
        let ws: Vec<&str> = words(text).map(|r| &text[r]).collect();
        assert_eq!(ws, vec!["EU-partners", "en", "de-escalatie", "zo", "n"]);
    }

    #[test]
    fn spans_point_at_the_word() {
        let text = "Hulp tegen cyberaanvallen.";
        let spans: Vec<(Range<usize>, String)> = term_spans(text).collect();
        assert_eq!(spans[0], (0..4, "hulp".to_string()));
        assert!(
            spans[1..]
                .iter()
                .all(|(r, _)| &text[r.clone()] == "cyberaanvallen")
        );
    }
}
