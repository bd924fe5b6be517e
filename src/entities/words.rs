//! Words of a block of clean text, with what the recogniser needs to know
//! about each: where it is, whether it is capitalised, and whether it starts
//! a sentence (where a capital says nothing about being a name).

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Word {
    pub range: Range<usize>,
    /// Starts a sentence, a block, a list item or a quotation after a colon.
    pub sentence_start: bool,
    /// Only punctuation that does not break a name (spaces, a hyphen joining
    /// the word) lies between this word and the previous one.
    pub joined_to_prev: bool,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "o.a", "nr", "nrs", "c.s", "jl", "j.l", "a.s", "mln", "mrd", "ca", "bijv", "bv", "zgn",
    "t.o.v", "i.v.m", "m.b.t", "cf", "dhr", "mw", "mevr", "mr", "dr", "prof", "drs", "ir", "ing",
    "st", "blz", "p", "e.a", "etc", "resp", "incl", "excl", "vs", "vgl", "art", "z.s.m", "d.w.z",
    "m.n", "i.p.v", "t.b.v", "n.a.v", "o.b.v", "e.d", "enz", "e.v", "jr", "sr", "gen", "lt", "kol",
];

/// The character at byte `i` and its length, with a fast path for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// The words of `text[range]`, with offsets into `text`.
pub fn words_in(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut w = words(&text[range.clone()]);
    for x in &mut w {
        x.range.start += range.start;
        x.range.end += range.start;
    }
    w
}

/// The words of `text`, with their flags.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 7);
    let mut sentence_start = true;
    let mut joined = false;
    let mut i = 0;
    while i < text.len() {
        let (c, n) = char_at(text, i);
        if is_word_char(c) {
            let end = word_end(text, i + n);
            out.push(Word {
                range: i..end,
                sentence_start,
                joined_to_prev: joined && !sentence_start,
            });
            sentence_start = false;
            joined = true;
            i = end;
            continue;
        }
        let at = i;
        i += n;
        match c {
            '.' | '!' | '?' => {
                // The run of non-space text before the stop: "c.s", "o.a", "W.B".
                let run_start = text[..at]
                    .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“'))
                    .map_or(0, |p| {
                        p + text[p..].chars().next().map_or(1, char::len_utf8)
                    });
                let run = &text[run_start..at];
                let after_word = out.last().is_some_and(|lw: &Word| lw.range.end == at);
                // (A footnote marker after the stop is no inner letter:
                // "met Ilan Shor.⁵ De …" ends a sentence.)
                let inner = text[at + 1..].chars().next().is_some_and(is_word_char);
                // (Abbreviations and initials are short: a long run ends a
                // sentence without a look at the lists.)
                let abbreviation = c == '.'
                    && after_word
                    && (inner
                        || (run.len() <= 16
                            && (is_abbreviation(run) || run.split('.').all(is_initial))));
                // "W.B. Hoekstra": each letter of the initials is its own word.
                if !abbreviation {
                    sentence_start = true;
                }
                joined = abbreviation;
            }
            ':' | ';' | '•' | '·' | '–' | '—' | '(' | ')' | '[' | ']' => {
                if matches!(c, ':' | '•' | '·') {
                    sentence_start = true;
                }
                joined = false;
            }
            '\n' => {
                sentence_start = true;
                joined = false;
            }
            // "Procter & Gamble": spaces and an ampersand keep a name together.
            ' ' | '\u{a0}' | '&' => {}
            // Quotes and footnote markers are transparent.
            '«' | '»' | '"' | '“' | '”' | '‘' | '\'' | '’' | '„' => {}
            c if is_superscript_digit(c) => {}
            _ => joined = false,
        }
    }
    out
}

/// The end of the word whose first character ends at `from`: a word runs
/// through letters, digits and inner hyphens or apostrophes (one between two
/// word characters). Runs of ASCII letters and digits, most of any text, are
/// crossed a byte at a time without decoding.
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    loop {
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        if end >= bytes.len() {
            return end;
        }
        let (d, m) = char_at(text, end);
        if is_word_char(d)
            || (matches!(d, '-' | '\'' | '’' | '‑')
                && end + m < bytes.len()
                && is_word_char(char_at(text, end + m).0))
        {
            end += m;
        } else {
            return end;
        }
    }
}

/// The first byte at or after `from` that may begin a capital: an ASCII
/// capital or the lead byte of a character outside ASCII's first half
/// (the caller looks at the character). Sixteen bytes are looked at at once
/// until one may be, so a pass over a long text's few capitals stays cheap.
pub(super) fn next_capital_byte(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        let any = chunk.iter().fold(0u8, |any, &b| {
            any | u8::from(b.wrapping_sub(b'A') < 26) | u8::from(b >= 0xC0)
        });
        if any != 0 {
            break;
        }
        i += 16;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| b.is_ascii_uppercase() || b >= 0xC0)
        .map(|p| i + p)
}

/// Letters and digits, but not the superscript digits of footnote markers.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() && !is_superscript_digit(c)
    }
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹')
}

fn is_abbreviation(w: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// A single capital letter before a full stop: an initial.
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next()), (Some(f), None) if f.is_uppercase())
}

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Saud", "el-Sisi", "d'Aubigny": a surname after an article written in
/// lower case inside a name.
pub fn is_article_surname(w: &str) -> bool {
    w.strip_prefix("al-")
        .or_else(|| w.strip_prefix("el-"))
        // "Hélène d'Aubigny", "Francesco d’Amico": the elided French or
        // Italian "de".
        .or_else(|| w.strip_prefix("d'"))
        .or_else(|| w.strip_prefix("d\u{2019}"))
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
}

/// "NAVO", "CRRTs", "MH17", "F-35": an acronym or a code.
pub fn is_acronym(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    upper >= 2 && (upper == letters || (upper + 1 == letters && w.ends_with('s')))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word loop as it was before [`word_end`]: a character at a time.
    fn word_end_by_chars(text: &str, from: usize) -> usize {
        let mut end = from;
        while end < text.len() {
            let (d, m) = char_at(text, end);
            let inner_joint = matches!(d, '-' | '\'' | '’' | '‑')
                && end + m < text.len()
                && is_word_char(char_at(text, end + m).0);
            if !is_word_char(d) && !inner_joint {
                break;
            }
            end += m;
        }
        end
    }

    proptest::proptest! {
        #[test]
        fn word_ends_are_the_character_loops(
            s in "(a|Z|7| |-|'|’|‑|ë|ĳ|Ö|²|٣|\\.|,|\n|\u{301}|é|—){0,16}"
        ) {
            for (i, c) in s.char_indices() {
                let from = i + c.len_utf8();
                proptest::prop_assert_eq!(word_end(&s, from), word_end_by_chars(&s, from));
            }
        }
    }

    /// The words of `t` that start a sentence.
    fn sentence_starts(t: &str) -> Vec<&str> {
        words(t)
            .into_iter()
            .filter(|w| w.sentence_start)
            .map(|w| &t[w.range])
            .collect()
    }

    #[test]
    fn sentence_starts_skip_abbreviations_and_initials() {
        assert_eq!(
            sentence_starts(
                "De motie Brekelmans c.s. voor een pakket. Verder sprak W.B. Hoekstra: Kiev."
            ),
            vec!["De", "Verder", "Kiev"]
        );
        // A footnote marker after a full stop: the sentence ends there; a
        // letter right after the stop keeps the run one ("o.a.", "W.B.").
        assert_eq!(
            sentence_starts("Hij sprak met Ilan Shor.⁵ De Moldavische partij en o.a.⁶ Chisinau."),
            vec!["Hij", "De"]
        );
        assert!(is_acronym("NAVO") && is_acronym("CRRTs") && is_acronym("MH17"));
        assert!(!is_acronym("Rutte") && !is_acronym("A"));
    }

    #[test]
    fn the_next_capital_byte_is_found_past_chunks() {
        let text = "een hele lange zin zonder hoofdletters, tot Oekraïne en Émile";
        let bytes = text.as_bytes();
        assert_eq!(next_capital_byte(bytes, 0), text.find('O'));
        let after = text.find('O').unwrap() + 1;
        // "ï" is a lead byte at 0xC3: the caller looks at it.
        assert_eq!(next_capital_byte(bytes, after), text.find('ï'));
        assert_eq!(next_capital_byte(b"geen enkele", 0), None);
        assert_eq!(next_capital_byte(b"abc", 5), None);
    }
}
