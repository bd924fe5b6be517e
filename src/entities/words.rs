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

/// The words of `text`, with their flags.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut joined = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            // A word runs through letters, digits and inner hyphens or apostrophes.
            while let Some(&(j, d)) = chars.peek() {
                let inner_joint = matches!(d, '-' | '\'' | '’' | '‑')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                if !is_word_char(d) && !inner_joint {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            out.push(Word {
                range: i..end,
                sentence_start,
                joined_to_prev: joined && !sentence_start,
            });
            sentence_start = false;
            joined = true;
            continue;
        }
        match c {
            '.' | '!' | '?' => {
                // The run of non-space text before the stop: "c.s", "o.a", "W.B".
                let run_start = text[..i]
                    .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“'))
                    .map_or(0, |p| {
                        p + text[p..].chars().next().map_or(1, char::len_utf8)
                    });
                let run = &text[run_start..i];
                let after_word = out.last().is_some_and(|lw: &Word| lw.range.end == i);
                let inner = text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let abbreviation = c == '.'
                    && after_word
                    && (inner || is_abbreviation(run) || run.split('.').all(is_initial));
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

/// Letters and digits, but not the superscript digits of footnote markers.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_superscript_digit(c)
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹')
}

fn is_abbreviation(w: &str) -> bool {
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// A single capital letter before a full stop: an initial.
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next()), (Some(f), None) if f.is_uppercase())
}

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
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

    #[test]
    fn sentence_starts_skip_abbreviations_and_initials() {
        let t = "De motie Brekelmans c.s. voor een pakket. Verder sprak W.B. Hoekstra: Kiev.";
        let w = words(t);
        let starts: Vec<&str> = w
            .iter()
            .filter(|w| w.sentence_start)
            .map(|w| &t[w.range.clone()])
            .collect();
        assert_eq!(starts, vec!["De", "Verder", "Kiev"]);
        assert!(is_acronym("NAVO") && is_acronym("CRRTs") && is_acronym("MH17"));
        assert!(!is_acronym("Rutte") && !is_acronym("A"));
    }
}
