//! Amounts of money written without their currency, the way news pages and
//! letters write them once the money is clear: "Het Belgische deel kost 1,5
//! miljard.", "De investering bedraagt 280 miljoen.", "de kosten vallen 400
//! miljoen hoger uit". A number and a multiplier are an amount only when no
//! noun follows them (not "1,4 miljoen dieren", "12 miljoen mensen") and
//! their sentence speaks of money: a word of costs, payments or budgets, or
//! an amount with its currency. "Het land telt 17 miljoen." is no amount.

use super::Found;
use super::kind::EntityType;
use super::normal;
use super::{Link, add_finds, cues, is_covered};
use std::ops::Range;

/// The multipliers a bare amount ends in.
const MULTIPLIERS: &[&str] = &["miljoen", "miljard"];

/// Words that may follow a bare amount: no noun it counts ("280 miljoen
/// voor …", "400 miljoen hoger", "8 miljoen aan bonussen").
const FOLLOWERS: &[&str] = &[
    "voor",
    "van",
    "aan",
    "op",
    "bij",
    "extra",
    "hoger",
    "lager",
    "meer",
    "minder",
    "per",
    "uit",
    "naar",
    "in",
    "tot",
    "en",
    "of",
    "over",
    "mee",
    "te",
    "om",
    "als",
    "dan",
    "nog",
    "is",
    "was",
    "wordt",
    "werd",
    "gaat",
    "ging",
    "nodig",
    "beschikbaar",
    "opzij",
    "erbij",
    "terug",
    "gemoeid",
    "plus",
    // Participles of spending and lending, which only money is ("5,3
    // miljard begroot", "een lening van 2,6 miljard verstrekt").
    "begroot",
    "gereserveerd",
    "uitgetrokken",
    "geïnvesteerd",
    "betaald",
    "uitgegeven",
    "verstrekt",
    "vrijgemaakt",
    "bezuinigd",
    "overgemaakt",
    "geleend",
    "gedoneerd",
];

/// Starts of words that speak of money ("kost", "kosten", "kostprijs",
/// "betaalt", "bedraagt", "investering", "begroting" …).
const MONEY_STEMS: &[&str] = &[
    "kost",
    "betaal",
    "bedra",
    "bedroeg",
    "investe",
    "subsidie",
    "begroting",
    "budget",
    "rekening",
    "geld",
    "euro",
    "tekort",
    "accres",
    "bonus",
    "transfer",
    "bijdrage",
    "uitgave",
    "lening",
    "schuld",
    "omzet",
    "winst",
    "heffing",
    "belasting",
    "vergoeding",
    "compensatie",
    "financier",
    "koopsom",
    "dividend",
    "boete",
];

/// Whole words that speak of money: "een gat van 14 miljoen".
const MONEY_WORDS: &[&str] = &["gat"];

/// Adds the bare amounts in `within` that no mention of `found` (sorted by
/// start) covers.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for mult in MULTIPLIERS {
        for at in memchr::memmem::find_iter(bytes, mult.as_bytes()).map(|i| within.start + i) {
            let end = at + mult.len();
            let Some(start) = number_before(text, at) else {
                continue;
            };
            if !nothing_counted_after(&text[end..]) {
                continue;
            }
            let range = start..end;
            if is_covered(found, &range) {
                continue;
            }
            let sentence = sentence_around(text, start, end);
            // (`found` is sorted by start: only the sentence's mentions.)
            let first = found.partition_point(|f| f.range.start < sentence.start);
            let money_mention = found[first..]
                .iter()
                .take_while(|f| f.range.start < sentence.end)
                .any(|f| f.ty == EntityType::Money && f.range.end <= sentence.end);
            if !money_mention && !speaks_of_money(&text[sentence]) {
                continue;
            }
            added.push(Found {
                link: Link::Key(format!("money:{}", normal::money(&text[range.clone()]))),
                range,
                ty: EntityType::Money,
            });
        }
    }
    add_finds(found, added);
}

/// The start of the number written in digits right before the multiplier
/// at `at` ("1,5 " of "1,5 miljard"), when a space or a line's start stands
/// before the number: not "€1,5 miljard" (the money pattern's), not "nr. 5".
fn number_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ','))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let number = &before[start..];
    if !number.starts_with(|c: char| c.is_ascii_digit()) || number.ends_with(',') {
        return None;
    }
    let lead = &before[..start];
    let clean_lead = lead.is_empty() || lead.ends_with([' ', '\n', '(']);
    // "zo'n 140 miljoen": the apostrophe belongs to the word before.
    let word_before = lead.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
    (clean_lead
        && !word_before.ends_with(['€', '$', '£'])
        && !word_before.eq_ignore_ascii_case("nr."))
    .then_some(start)
}

/// Whether what follows the multiplier counts nothing: the sentence or the
/// clause ends, or a word of [`FOLLOWERS`] comes next.
fn nothing_counted_after(after: &str) -> bool {
    let Some(c) = after.chars().next() else {
        return true;
    };
    if c.is_alphanumeric() {
        return false; // "miljoenen", "miljardair"
    }
    if c != ' ' {
        return matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '\'' | '’' | '\n'
        );
    }
    let word: String = after[1..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    !word.is_empty() && cues::with_lower(&word, |w| FOLLOWERS.contains(&w))
}

/// The sentence `from..to` stands in: from after the last full stop, question
/// or exclamation mark followed by a space, or line break, to the next.
fn sentence_around(text: &str, from: usize, to: usize) -> Range<usize> {
    let is_end = |s: &str, i: usize| {
        let c = s.as_bytes()[i];
        c == b'\n' || (matches!(c, b'.' | b'!' | b'?') && s.as_bytes().get(i + 1) == Some(&b' '))
    };
    let start = (0..from)
        .rev()
        .find(|&i| is_end(text, i))
        .map_or(0, |i| i + 1);
    let end = (to..text.len())
        .find(|&i| is_end(text, i))
        .unwrap_or(text.len());
    start..end
}

/// Whether a word of the sentence speaks of money.
fn speaks_of_money(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| {
            cues::with_lower(w, |w| {
                MONEY_STEMS.iter().any(|s| w.starts_with(s)) || MONEY_WORDS.contains(&w)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn amounts_in_sentences_about_money() {
        assert_eq!(
            amounts("Het Belgische deel kost 1,5 miljard. De investering bedraagt 280 miljoen."),
            vec!["1,5 miljard", "280 miljoen"]
        );
        assert_eq!(
            amounts("De transfer kostte 45 miljoen, plus maximaal 8 miljoen aan bonussen."),
            vec!["45 miljoen", "8 miljoen"]
        );
        assert_eq!(
            amounts("De uitgaven waren hoger; voor 2027 is 5,3 miljard begroot."),
            vec!["5,3 miljard"]
        );
        assert_eq!(
            amounts("Brighton wil rond de 9,5 miljoen plus bonussen betalen."),
            vec!["9,5 miljoen"]
        );
        assert_eq!(
            amounts("En dan hou je nog een gat van 14 miljoen over."),
            vec!["14 miljoen"]
        );
        assert_eq!(
            amounts("de regering neemt 640 miljoen voor haar rekening"),
            vec!["640 miljoen"]
        );
    }

    #[test]
    fn counts_of_things_and_sentences_without_money_are_none() {
        // A noun after the multiplier: what it counts.
        assert!(amounts("De begroting noemt 1,4 miljoen dieren en 12 miljoen mensen.").is_empty());
        // No word of money in the sentence.
        assert!(amounts("Het land telt 17 miljoen. De kosten zijn hoog.").is_empty());
        assert!(amounts("Getroffen klanten: ca. 2,1 miljoen").is_empty());
        // A participle that is no spending: what was sold or counted.
        assert!(amounts("De begroting is rond; er zijn 2 miljoen verkocht.").is_empty());
        // Not a multiplier of its own, nor a number glued to a currency.
        assert!(amounts("De miljardair betaalt miljoenen; kost €1,5 miljard.").is_empty());
        // A count and an amount in one sentence.
        assert_eq!(
            amounts("Nederland telt 18 miljoen inwoners en betaalt 2 miljard."),
            vec!["2 miljard"]
        );
    }
}
