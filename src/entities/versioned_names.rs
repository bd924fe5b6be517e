//! Names with a number of their own: products and their versions ("Lantern
//! L2", "Beacon SDK 2.1", "Nvidia GeForce RTX 5080 Super", "Falcon 9") and
//! titles of a year's edition ("Staat van de Volkshuisvesting 2025",
//! "Publieke Waarden Digitaal 2026", "Voorjaarsnota 2026"). The number is part
//! of the name, and the name is a named thing: a year in it is no date, and a
//! maker's name at its start ("Nvidia L4") no organisation of its own.
//!
//! The number must follow a name that is no common word, no person and no
//! place alone: "Vraag 4", "Bijlage 2", "Rotterdam 2025", "premier Rutte 2025"
//! and "In 2025" stay as they are.

use super::detector::name_link;
use super::head_words::has_head;
use super::kind::EntityType;
use super::non_name_words::{
    is_address_word, is_label_in_capitals, is_letter_word, is_never_alone,
};
use super::shapes::{is_camel_case, is_street, is_street_of_address};
use super::version_guards::{in_count_list, is_ranked_row, row_of_figures};
use super::version_words::{FORMULAS, SUFFIXES, TITLE_JOINS, UNITS, YEARLY_HEADS, is_counted};
use super::words::is_capitalised;
use super::{Found, PIECE, drop_finds, pieces};
use rayon::prelude::*;
use std::ops::Range;
use std::sync::OnceLock;

/// What the number after a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    /// "2.1", "L2", "H200", "S26", "2A8": a version or a model.
    Version,
    /// "9", "5080": a plain number, a model only after a maker's name or
    /// before a model's word.
    Plain,
    /// "2025", "2025–2030": a year or a span of years.
    Year,
}

/// The kind of number `token` is, if any.
fn number(token: &str) -> Option<Number> {
    let b = token.as_bytes();
    if b.is_empty() || b.len() > 12 {
        return None;
    }
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    // (Most words have no digit: asked before the formulas, all short.)
    if digits == 0 || FORMULAS.contains(&token) {
        return None;
    }
    if b.iter().all(u8::is_ascii_digit) {
        let year = b.len() == 4 && (b.starts_with(b"19") || b.starts_with(b"20"));
        return Some(if year {
            Number::Year
        } else if b.len() <= 4 {
            Number::Plain
        } else {
            return None;
        });
    }
    // "2025–2030", "2020-2050".
    if let Some((a, z)) = token.split_once(['–', '-'])
        && number(a) == Some(Number::Year)
        && number(z) == Some(Number::Year)
    {
        return Some(Number::Year);
    }
    // "2.1", "3.2", "2.0.1": a short decimal (not "1.299", a thousand).
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Some(Number::Version);
    }
    // "L2", "H200", "S26", "2A8", "A320neo": letters and digits in one word,
    // one capital at least, no more than three letters before the digits.
    let letters_first = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if b.iter().all(u8::is_ascii_alphanumeric)
        && b.iter().any(u8::is_ascii_uppercase)
        && letters_first <= 3
        && digits <= 4
    {
        return Some(Number::Version);
    }
    None
}

/// A number in a line: its line's words, which one it is, how many of its
/// bytes the number takes ("9" of "9-raket"), and its kind.
struct Place<'t> {
    tokens: &'t [Token],
    i: usize,
    number_end: usize,
    kind: Number,
}

/// A word of `text` by its byte range.
#[derive(Debug, Clone)]
struct Token {
    range: Range<usize>,
}

/// The words of one line, split at spaces, with the punctuation around them
/// left out ("(Falcon" → "Falcon", "2.1," → "2.1"). The punctuation is read
/// as bytes: the quotes outside ASCII are the three bytes of ‘ “ ’ ”.
fn tokens(text: &str, line: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = line.start;
    for piece in bytes[line.clone()].split(|&b| b == b' ') {
        let start = at;
        at += piece.len() + 1;
        let mut lead = 0;
        loop {
            match piece[lead..] {
                [b'(' | b'"' | b'\'', ..] => lead += 1,
                // ‘ “
                [0xE2, 0x80, 0x98 | 0x9C, ..] => lead += 3,
                _ => break,
            }
        }
        let mut end = piece.len();
        loop {
            match piece[lead..end] {
                [
                    ..,
                    b',' | b'.' | b';' | b':' | b')' | b'"' | b'!' | b'?' | b'\'',
                ] => end -= 1,
                // ’ ”
                [.., 0xE2, 0x80, 0x99 | 0x9D] => end -= 3,
                _ => break,
            }
        }
        if end > lead {
            out.push(Token {
                range: start + lead..start + end,
            });
        }
    }
    out
}

/// [`tokens`] with the standard library's trims of characters: the oracle
/// of its test.
#[cfg(test)]
fn tokens_by_chars(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = line.start;
    for piece in text[line.clone()].split(' ') {
        let start = at;
        at += piece.len() + 1;
        let lead = piece.len() - piece.trim_start_matches(['(', '"', '‘', '“', '\'']).len();
        let trimmed = piece[lead..]
            .trim_end_matches([',', '.', ';', ':', ')', '"', '’', '”', '!', '?', '\'']);
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
    }
    out
}

/// Adds the versioned names and titles of a year in `within` (whole lines
/// of `text`) as named things, taking the place of the mentions inside
/// them. `found` is sorted by start and stays so; `is_common` tells a word
/// the text also writes in lower case (or a function word).
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool + Sync,
) {
    // The lines are read on their own: a long text's pieces (whole lines)
    // on all cores, their names then taken in the text's order.
    let starts = Starts::new(found);
    let read = |piece: &str| {
        let at = piece.as_ptr() as usize - text.as_ptr() as usize;
        names_in(text, at..at + piece.len(), found, &starts, &is_common)
    };
    let pieces = pieces(&text[within], PIECE);
    let names: Vec<(Range<usize>, Vec<usize>)> = if pieces.len() > 1 {
        pieces.par_iter().flat_map_iter(|p| read(p)).collect()
    } else {
        pieces.iter().flat_map(|p| read(p)).collect()
    };
    let mut added: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    for hit in names {
        // "Chips Act2001 026": a longer name over the one before
        // takes its place; one that starts inside it is none.
        match added.last_mut() {
            Some(last) if last.0.end > hit.0.start => {
                if hit.0.start <= last.0.start {
                    *last = hit;
                }
            }
            _ => added.push(hit),
        }
    }
    if added.is_empty() {
        return;
    }
    let mut gone = Vec::new();
    for (range, inside) in added {
        gone.extend(inside);
        found.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Misc,
        });
    }
    drop_finds(found, gone);
    found.sort_by_key(|f| f.range.start);
}

/// The starts of a document's mentions, sorted, made on the first question:
/// whether a mention starts at a byte, without reading them all each time.
struct Starts<'f> {
    found: &'f [Found],
    sorted: OnceLock<Vec<usize>>,
}

impl<'f> Starts<'f> {
    fn new(found: &'f [Found]) -> Self {
        Starts {
            found,
            sorted: OnceLock::new(),
        }
    }

    /// Whether a mention starts at `at`.
    fn has(&self, at: usize) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut s: Vec<usize> = self.found.iter().map(|f| f.range.start).collect();
            s.sort_unstable();
            s
        });
        sorted.binary_search(&at).is_ok()
    }
}

/// The names of the lines in `within` (whole lines), in order: each with
/// the mentions it takes the place of. A name may overlap the one before.
fn names_in(
    text: &str,
    within: Range<usize>,
    found: &[Found],
    starts: &Starts,
    is_common: &impl Fn(&str) -> bool,
) -> Vec<(Range<usize>, Vec<usize>)> {
    let mut names = Vec::new();
    let bytes = &text.as_bytes()[..within.end];
    let mut at = within.start;
    // From digit to digit: most of a text has none, and a line is read word
    // by word only when a digit's word follows a capitalised one.
    while let Some(d) = bytes[at..].iter().position(u8::is_ascii_digit) {
        let d = at + d;
        let line_start = memchr::memrchr(b'\n', &bytes[..d]).map_or(0, |p| p + 1);
        let line_end = memchr::memchr(b'\n', &bytes[d..]).map_or(bytes.len(), |p| d + p);
        at = line_end;
        let range = line_start..line_end;
        if !after_capital(&text[range.clone()]) {
            continue;
        }
        let tokens = tokens(text, range);
        for (i, t) in tokens.iter().enumerate() {
            // "9-raket", "2.0-licentie": the number before a compound's noun.
            let token = &text[t.range.clone()];
            let number_end = match token.split_once('-') {
                Some((n, rest)) if rest.starts_with(char::is_lowercase) => n.len(),
                _ => token.len(),
            };
            let Some(kind) = number(&token[..number_end]) else {
                continue;
            };
            if i == 0 {
                continue;
            }
            // "1. Joy Beune 180": a standing's points at the end of a
            // ranked row are no version of the name before them.
            if kind == Number::Plain
                && i + 1 == tokens.len()
                && is_ranked_row(&text[tokens[0].range.clone()])
            {
                continue;
            }
            let at = Place {
                tokens: &tokens,
                i,
                number_end,
                kind,
            };
            // ("Bezoekadres Turfmarkt 147 2511 DP": a street of an
            // address and its house number name nothing.)
            let before_number = tokens[i - 1].range.end;
            names.extend(
                name_before(text, &at, found, starts, is_common)
                    .filter(|(r, _)| !is_street_of_address(text, &(r.start..before_number))),
            );
        }
    }
    names
}

/// Whether a word with a digit stands right after a capitalised word
/// somewhere in `line` (a cheap look before its words are listed). Words
/// are split at spaces; only the words with a digit, and the one before
/// each, are looked at.
fn after_capital(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut at = 0;
    while let Some(d) = bytes[at..].iter().position(u8::is_ascii_digit) {
        let d = at + d;
        let start = memchr::memrchr(b' ', &bytes[..d]).map_or(0, |p| p + 1);
        if start > 0 {
            let before = memchr::memrchr(b' ', &bytes[..start - 1]).map_or(0, |p| p + 1);
            if is_capital_word(&bytes[before..start - 1]) {
                return true;
            }
        }
        at = memchr::memchr(b' ', &bytes[d..]).map_or(bytes.len(), |p| d + p);
    }
    false
}

/// A word that starts (after an opening bracket or quote) with a capital
/// or a letter outside ASCII.
fn is_capital_word(word: &[u8]) -> bool {
    word.iter()
        .find(|b| !matches!(b, b'(' | b'"' | b'\''))
        .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
}

/// [`after_capital`] word by word, as it was: the oracle of its test.
#[cfg(test)]
fn after_capital_by_words(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut prev_capital = false;
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b' ', &bytes[at..]).map_or(bytes.len(), |p| at + p);
        let piece = &bytes[at..end];
        if prev_capital && piece.iter().any(u8::is_ascii_digit) {
            return true;
        }
        prev_capital = is_capital_word(piece);
        at = end + 1;
    }
    false
}

/// The mentions of `found` that overlap `range`, by index.
fn overlapping(found: &[Found], range: &Range<usize>) -> Vec<usize> {
    let from = found.partition_point(|f| f.range.end <= range.start);
    (from..found.len())
        .take_while(|&i| found[i].range.start < range.end)
        .collect()
}

/// The name that the number at `tokens[i]` (the number is `number_end`
/// bytes of it: "9" of "9-raket") belongs to, if the words before it make
/// one: its range (with the words after the number that belong to a model)
/// and the mentions it takes the place of.
fn name_before(
    text: &str,
    at: &Place,
    found: &[Found],
    starts: &Starts,
    is_common: &impl Fn(&str) -> bool,
) -> Option<(Range<usize>, Vec<usize>)> {
    let &Place {
        tokens,
        i,
        number_end,
        kind,
    } = at;
    let word = |j: usize| &text[tokens[j].range.clone()];
    // Directly after the word before: no punctuation between.
    let glued = |j: usize| tokens[j - 1].range.end + 1 == tokens[j].range.start;
    if !glued(i) {
        return None;
    }
    // The name's words, back from the number.
    let mut first = i;
    let mut capitals = 0;
    let mut j = i;
    while j > 0 && i - j < 6 {
        let w = word(j - 1);
        if j < i && !glued(j) {
            break;
        }
        // "VN-klimaatconferentie", "Rembrandt-tekening": a common noun.
        let compound = w
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
        if is_capitalised(w) && !compound {
            if is_counted(w)
                || is_never_alone(w)
                || is_label_in_capitals(w)
                || is_address_word(w)
                || is_letter_word(w)
                || (capitals == 0 && is_street(w))
            {
                break;
            }
            capitals += 1;
            first = j - 1;
        } else if kind == Number::Year
            && capitals > 0
            && TITLE_JOINS.contains(&w)
            // ("het Hoofdlijnenakkoord en de Miljoenennota 2027": "en"
            // before an article joins two names, not a title's words.)
            && !(matches!(w, "en" | "of") && matches!(word(j), "de" | "het" | "een"))
        {
            // Only inside a title: a capitalised word must come before it.
        } else {
            break;
        }
        j -= 1;
    }
    // A title's joins at its start belong to the sentence ("de Staat …").
    while first < i && !is_capitalised(word(first)) {
        first += 1;
    }
    if capitals == 0 || first == i {
        return None;
    }
    // A line's or a sentence's first word is a name's only with evidence
    // ("Specificaties Brightlane Lantern L2", a label; "Nvidia L4" known).
    let at_sentence_start = |j: usize| {
        let before = text[..tokens[j].range.start].trim_end_matches([' ', '(', '"', '‘', '“']);
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '-', '–', '·', '•'])
    };
    let shaped = |w: &str| is_camel_case(w) || w.chars().filter(|c| c.is_uppercase()).count() > 1;
    if at_sentence_start(first) && !shaped(word(first)) && !starts.has(tokens[first].range.start) {
        first += 1;
        capitals -= 1;
        while first < i && !is_capitalised(word(first)) {
            first += 1;
        }
        if first == i || capitals == 0 {
            return None;
        }
    }
    // Words after the number that name a model: "Llama 4 Scout".
    let number = tokens[i].range.start..tokens[i].range.start + number_end;
    let mut end = number.end;
    let mut last = i;
    if number_end == tokens[i].range.len() {
        while last + 1 < tokens.len() && glued(last + 1) && SUFFIXES.contains(&word(last + 1)) {
            last += 1;
            end = tokens[last].range.end;
        }
    }
    let suffixed = last > i;
    // "Sparta 3 - 1", "Concerta 36 mg": a score or a quantity.
    if kind == Number::Plain && !suffixed {
        let rest = text[end..].trim_start();
        let next = rest.split([' ', ',', '.', ')']).next().unwrap_or("");
        let score = rest
            .strip_prefix(['-', '–'])
            .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        // "Skattestyrelsen 312 rekeninghouders": a number of ten or more
        // before a plural noun counts things.
        let counts = text[number.clone()].len() >= 2
            && next.starts_with(char::is_lowercase)
            && next.chars().count() > 3
            && (next.ends_with('s') || next.ends_with("en"));
        if score
            || counts
            || UNITS.contains(&next.to_lowercase().as_str())
            || row_of_figures(rest)
            || in_count_list(text, tokens[first].range.start)
        {
            return None;
        }
    }
    let range = tokens[first].range.start..end;
    let inside = overlapping(found, &range);
    // A person, a place, a reference or an amount at the name's words: no
    // product ("premier Rutte 2025", "Rotterdam 2025", "Kamerstuk 36 600").
    let name_part = tokens[first].range.start..tokens[i - 1].range.end;
    let mut known_name_words = 0;
    for &k in &inside {
        let f = &found[k];
        if f.range.start < range.start || f.range.end > range.end {
            // A mention that runs out of it (a date "1 januari 2025").
            return None;
        }
        // The whole, or its number, is a name already: "Radio 1", "NPO
        // Radio 4", "Schalke 04", "COP31".
        if f.range == range || (f.range.end == number.end && f.ty != EntityType::Date) {
            return None;
        }
        match f.ty {
            EntityType::Person | EntityType::Reference | EntityType::Money => return None,
            EntityType::Location if f.range.start == name_part.start => return None,
            _ => {}
        }
        if f.range.end <= name_part.end {
            known_name_words += text[f.range.clone()].split(' ').count();
        }
    }
    let name_words = i - first;
    match kind {
        // "Voorjaarsnota 2026", "Mediawet 2008": one word only when it is a
        // paper, a plan or a law already; otherwise a title of two
        // capitalised words at least, not all of them known names ("Tweede
        // Kamer 2025").
        Number::Year => {
            let paper = name_words == 1 && has_head(word(i - 1), YEARLY_HEADS);
            if !(paper || (capitals >= 2 && known_name_words < name_words)) {
                return None;
            }
        }
        // "L2", "2.1": after a name of two letters at least ("PbEU 2024, L
        // 1689" is a reference).
        Number::Version => {
            if name_words == 1 && word(i - 1).chars().count() < 2 {
                return None;
            }
        }
        // "Falcon 9", "RTX 5080 Super": a plain number after a name the
        // document does not know otherwise, or before a model's word; not
        // after a symbol or a subscript's letters ("CO 2", "F 0").
        Number::Plain => {
            if !suffixed && (known_name_words > 0 || word(i - 1).chars().count() < 3) {
                return None;
            }
        }
    }
    // Asked last, of the one word before the number: whether the text writes
    // it in lower case ("Versie 2.1" beside "de versie").
    if is_common(word(i - 1)) {
        return None;
    }
    Some((range, inside))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Punctuation trimmed as bytes leaves the words the character
        /// trims leave.
        #[test]
        fn words_trimmed_as_bytes_as_by_characters(
            line in "(Falcon|9|‘|“|’|”|\\(|\\)|\"|'|,|\\.|;|:|!|\\?|é|€| |2\\.1){0,14}"
        ) {
            let words: Vec<Range<usize>> =
                tokens(&line, 0..line.len()).into_iter().map(|t| t.range).collect();
            proptest::prop_assert_eq!(words, tokens_by_chars(&line, 0..line.len()));
        }
    }

    proptest::proptest! {
        /// Looking from the digits gives the word-by-word answer.
        #[test]
        fn a_capital_before_a_digit_as_word_by_word(
            line in "(Falcon|9|L2|\\(|\"|'|a|É|é| |  |2025|x7|Q){0,12}"
        ) {
            proptest::prop_assert_eq!(after_capital(&line), after_capital_by_words(&line));
        }
    }

    #[test]
    fn numbers_of_versions_models_and_years() {
        assert_eq!(number("2.1"), Some(Number::Version));
        assert_eq!(number("L2"), Some(Number::Version));
        assert_eq!(number("H200"), Some(Number::Version));
        assert_eq!(number("2025"), Some(Number::Year));
        assert_eq!(number("2025–2030"), Some(Number::Year));
        assert_eq!(number("9"), Some(Number::Plain));
        // Counter-examples: a thousand, a file number, a word.
        assert_eq!(number("1.299"), None);
        assert_eq!(number("102736418"), None);
        assert_eq!(number("Linux"), None);
        assert_eq!(number("CO2"), None);
    }
}
