//! Amounts the money pattern of [`super::rules`] does not read: a number
//! written out before the currency ("twintig euro", "vijfentwintig dollar")
//! with or without a multiplier ("twee miljard euro", "een miljoen dollar")
//! and an amount in cents ("79 cent", "10 eurocent"). They are found from the
//! currency word back, so the text is scanned for three words only.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use std::ops::Range;

/// Currency words a number may be written out before ("pond" is also a
/// weight: "vier pond gehakt").
const CURRENCIES: &[&str] = &["euro", "dollar", "cent"];

/// Numbers written out, as a whole word or as the end of one
/// ("vijfentwintig", "driehonderd"). "een" is left out: "een euro" is as
/// often the coin or the currency as an amount.
const NUMBER_WORDS: &[&str] = &[
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
    "honderd",
    "duizend",
];

/// Multipliers between a number written out and its currency ("twee
/// miljard euro"). Before one, "een" and "anderhalf" are numbers too: "een
/// miljoen euro" is an amount where "een euro" may be the coin.
const MULTIPLIERS: &[&str] = &["miljoen", "miljard", "biljoen"];

/// The start of the word that ends just before `end` (at a space), and the
/// word; `None` when no space precedes `end`.
fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    if end == 0 || !text[..end].ends_with(' ') {
        return None;
    }
    let before = &text[..end - 1];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == ',' || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((start, &before[start..]))
}

/// Whether `word` is a number written out: one of [`NUMBER_WORDS`], or a
/// compound ending in one ("vijfentwintig", "driehonderd").
fn is_number_word(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii_lowercase() || b == 0xC3 || b == 0xAB)
        && NUMBER_WORDS.iter().any(|n| {
            word == *n || (word.len() > n.len() + 2 && word.ends_with(n) && is_number_start(word))
        })
}

/// The first part of a compound number ("vijf" of "vijfentwintig", "drie"
/// of "driehonderd"): a compound of anything else ("percentwintig") is no number.
fn is_number_start(word: &str) -> bool {
    NUMBER_WORDS
        .iter()
        .chain(&["een", "één"])
        .any(|n| word.starts_with(n))
}

/// Adds each such amount in `within` that no mention of `found` (sorted by
/// start) covers.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    for cur in CURRENCIES {
        for at in memchr::memmem::find_iter(bytes, cur.as_bytes()).map(|i| within.start + i) {
            let end = at + cur.len();
            // The currency is a word of its own: not "procent", "euro-obligatie".
            let after = text[end..].chars().next();
            if after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
                continue;
            }
            // "10 eurocent": the cent's word starts at its "euro".
            let word_at = if *cur == "cent" && text[..at].ends_with("euro") {
                at - "euro".len()
            } else {
                at
            };
            let Some((mut word_start, word)) = word_before(text, word_at) else {
                continue;
            };
            let amount = if word.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                // Digits only before a cent: "79 cent" (the money pattern
                // reads digits before the other currencies).
                cur.ends_with("cent") && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
            } else if MULTIPLIERS.contains(&word) {
                // "twee miljard euro": the number is the word before.
                match word_before(text, word_start) {
                    Some((start, number))
                        if is_number_word(number)
                            || ["een", "één", "anderhalf"].contains(&number) =>
                    {
                        word_start = start;
                        true
                    }
                    _ => false,
                }
            } else {
                is_number_word(word)
            };
            if !amount {
                continue;
            }
            let range = word_start..end;
            let next = found.partition_point(|f| f.range.start < range.end);
            if next > 0 && found[next - 1].range.end > range.start {
                continue;
            }
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Money,
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
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
    fn numbers_written_out_and_cents_are_amounts() {
        assert_eq!(
            amounts(
                "Ik betaal twintig euro meer; melk kost nu 79 cent, brood vijfentwintig dollar."
            ),
            vec!["twintig euro", "79 cent", "vijfentwintig dollar"]
        );
        assert_eq!(
            amounts("een toeslag van 10 eurocent per liter"),
            vec!["10 eurocent"]
        );
        assert_eq!(
            amounts("het kost twee miljard euro, of anderhalf miljoen dollar"),
            vec!["twee miljard euro", "anderhalf miljoen dollar"]
        );
        assert_eq!(amounts("een miljoen euro"), vec!["een miljoen euro"]);
    }

    #[test]
    fn other_words_before_a_currency_are_no_amounts() {
        // Counter-examples: percentages, the currency itself, a weight, a
        // compound, an article, a word that merely ends like a number.
        assert_eq!(
            amounts("vijf procent van de euro; vier pond gehakt"),
            Vec::<&str>::new()
        );
        assert!(amounts("de euro-obligatie en een euro per dag").is_empty());
        assert!(amounts("de digitale euro en de zwakke dollar").is_empty());
        assert!(amounts("het ontwerp van de centen").is_empty());
        // A multiplier without a number before it, or a number of
        // something else: no amount.
        assert!(amounts("vele miljoenen euro; de miljard euro; twee miljard inwoners").is_empty());
        // A character of more than one byte before the word is no panic
        // (a no-break space, a typographic apostrophe).
        assert_eq!(amounts("kost\u{a0}twintig euro"), vec!["twintig euro"]);
        assert!(amounts("’s euro").is_empty());
    }
}
