//! The regular expressions of the parsers and the entity rules, compiled
//! for the documents brief reads: Dutch text in the Latin script.
//!
//! The patterns are written with Unicode's classes, `\p{Lu}` for a capital,
//! `\p{L}` for a letter, `\d` for a digit and `\w` for a word character, and
//! compiled with those classes limited to what such documents hold: letters
//! of the Latin script
//! (Basic Latin, Latin-1, Latin Extended-A and -B and Latin Extended
//! Additional: "Oekraïne", "Šefčovič", "Łukasz", "Ørsted", "Nguyễn") and the
//! digits 0–9. A name in another script ("Зеленський") is not read as a
//! name by a pattern; the documents spell such names in Latin letters.
//!
//! Why: the full classes hold hundreds of ranges in every script, and every
//! use of one in a pattern compiles them again, forwards and backwards. That
//! made compiling the parsers' patterns about half of brief's start-up (14.5
//! ms of 56 patterns; limited, 7.3 ms). The digits are also right: the
//! numbers matched are read with `str::parse`, which knows only 0–9.
//!
//! User queries (the search) are compiled as typed, with the full classes.

use regex::Regex;

/// A capital of the Latin script. The set is Unicode's own capitals
/// (`\p{Lu}`) within the Latin blocks, so "ł" is not taken for one.
pub const LATIN_CAPITAL: &str = r"[\p{Lu}&&[\x{0}-\x{24F}\x{1E00}-\x{1EFF}]]";

/// A letter of the Latin script: every letter of the Latin blocks (all of
/// Latin Extended-A, -B and Additional are letters).
pub const LATIN_LETTER: &str = r"[A-Za-zªµºÀ-ÖØ-öø-\x{24F}\x{1E00}-\x{1EFF}]";

/// A [`LATIN_LETTER`], for code that reads text by hand.
pub fn is_latin_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// A [`LATIN_CAPITAL`], for code that reads text by hand (within the Latin
/// blocks, Rust's upper case is Unicode's `Lu`: a test holds that).
pub fn is_latin_capital(c: char) -> bool {
    matches!(c, '\0'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c.is_uppercase()
}

/// `s` past `word` (lower-case ASCII) in any case, as a case-blind pattern
/// compares: the Kelvin sign is a "k" and the long s an "s" (the only other
/// letters Unicode folds to ASCII letters).
pub fn past_in_any_case<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = s.char_indices();
    for w in word.bytes() {
        let (_, c) = chars.next()?;
        let same = match c {
            '\u{212A}' => w == b'k',
            '\u{17F}' => w == b's',
            c => c.is_ascii() && c.to_ascii_lowercase() as u8 == w,
        };
        if !same {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &s[at..]))
}

/// A word character starts `s`: no word boundary (`\b`) at its start after
/// one, as the patterns' Unicode word boundary sees it.
pub fn starts_word(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(regex_syntax::is_word_character)
}

/// A digit, 0–9.
pub const DIGIT: &str = "[0-9]";

/// A word character: a Latin letter, a digit 0–9, "_", or a combining mark
/// of the Latin script's (U+0300–U+036F, as a decomposed "geëist" has).
pub const LATIN_WORD: &str = r"[0-9_A-Za-zªµºÀ-ÖØ-öø-\x{24F}\x{1E00}-\x{1EFF}\x{300}-\x{36F}]";

/// `pattern` with `\p{Lu}`, `\p{L}` and `\d` limited as this module says,
/// everything else as written (escapes such as `\\d` stay escapes). The
/// classes are written as nested classes, so they are right inside a class
/// too (`[\p{L}'’-]`).
pub fn limited(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut rest = pattern;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        let (replacement, taken) = if escape.starts_with(r"\p{Lu}") {
            (LATIN_CAPITAL, 6)
        } else if escape.starts_with(r"\p{L}") {
            (LATIN_LETTER, 5)
        } else if escape.starts_with(r"\d") {
            (DIGIT, 2)
        } else if escape.starts_with(r"\w") {
            (LATIN_WORD, 2)
        } else {
            // Any other escape, two characters as they are (the second may
            // be a backslash, or a character of several bytes).
            let second = escape[1..].chars().next().map_or(0, char::len_utf8);
            (&escape[..1 + second], 1 + second)
        };
        out.push_str(replacement);
        rest = &escape[taken..];
    }
    out.push_str(rest);
    out
}

/// The patterns, each [`limited`], compiled into one set (see
/// [`regex`]).
pub fn regex_set(patterns: &[&str]) -> regex::RegexSet {
    regex::RegexSet::new(patterns.iter().map(|p| limited(p)))
        .unwrap_or_else(|e| panic!("patterns {patterns:?}: {e}"))
}

/// `pattern`, [`limited`], compiled. The patterns are the program's own:
/// one that does not compile is a bug, and the panic names it.
pub fn regex(pattern: &str) -> Regex {
    let limited = limited(pattern);
    Regex::new(&limited).unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classes_are_limited_inside_and_outside_classes() {
        assert_eq!(limited(r"\d{4}"), "[0-9]{4}");
        assert_eq!(
            limited(r"^\p{Lu}\p{L}+$"),
            format!("^{LATIN_CAPITAL}{LATIN_LETTER}+$")
        );
        assert_eq!(limited(r"[\p{L}'’\-]"), format!("[{LATIN_LETTER}'’\\-]"));
        // An escaped backslash before "d" is a backslash and a "d".
        assert_eq!(limited(r"a\\d"), r"a\\d");
        assert_eq!(limited(r"\s+\(\bé\."), r"\s+\(\bé\.");
        assert_eq!(limited(r"\p{Ll}"), r"\p{Ll}");
        assert_eq!(limited(r"[\w\-]+"), format!("[{LATIN_WORD}\\-]+"));
    }

    #[test]
    fn latin_names_match_and_other_scripts_do_not() {
        let name = regex(r"^\p{Lu}[\p{L}'’\-]+$");
        for yes in [
            "Oekraïne",
            "Šefčovič",
            "Łukasz",
            "Ørsted",
            "Nguyễn",
            "D’Hondt",
            "Ĳsselmeer",
        ] {
            assert!(name.is_match(yes), "{yes}");
        }
        // "ł" and "ĳ" are small letters of the Latin blocks: no capital.
        for no in [
            "łukasz",
            "ĳsselmeer",
            "Зеленський",
            "Μητσοτάκης",
            "oekraïne",
        ] {
            assert!(!name.is_match(no), "{no}");
        }
    }

    #[test]
    fn the_classes_by_hand_are_the_patterns_classes() {
        let letter = regex(r"^\p{L}$");
        let capital = regex(r"^\p{Lu}$");
        for c in (0..0x2000).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(is_latin_letter(c), letter.is_match(&s), "{c:?}");
            assert_eq!(is_latin_capital(c), capital.is_match(&s), "{c:?}");
        }
    }

    #[test]
    fn digits_are_ascii_digits() {
        let year = regex(r"^\d{4}$");
        assert!(year.is_match("2023"));
        // Arabic-Indic and full-width digits: `str::parse` would refuse them.
        assert!(!year.is_match("٢٠٢٣"));
        assert!(!year.is_match("２０２３"));
    }

    #[test]
    fn a_wrong_pattern_names_itself() {
        let panic = std::panic::catch_unwind(|| regex(r"(\p{L}")).unwrap_err();
        let said = panic.downcast_ref::<String>().unwrap();
        assert!(said.contains(r#"pattern "(\\p{L}""#), "{said}");
    }
}
