//! A common noun glued to the end of a name of several words is no part of
//! it: "het Digital Omnibus-pakket" names the "Digital Omnibus", as
//! "NAVO-bondgenoten" names "NAVO". Only the name is a mention.
//!
//! A compound that is a name itself stays whole: an acronym with its head
//! ("Uitvoeringswet AI-verordening", "het AI-bureau"), a name of one word
//! ("Lbv-plus"), a second capital ("Noord-Holland").
//!
//! The letters at the end of a number code are no name either: a letter's
//! kenmerk "4187265-1093318-CZ" holds no health insurer.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link};

/// Cuts the glued common noun off the end of every organisation's or named
/// thing's name in `found` of two words or more.
pub fn cut(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if !matches!(f.ty, EntityType::Organisation | EntityType::Misc) {
            continue;
        }
        let surface = &text[f.range.clone()];
        let Some(space) = surface.rfind(' ') else {
            continue;
        };
        let last = &surface[space + 1..];
        let Some((name, noun)) = last.split_once('-') else {
            continue;
        };
        let acronym = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let common = noun.chars().count() >= 3 && noun.chars().all(char::is_lowercase);
        if !name.is_empty() && name.starts_with(char::is_uppercase) && !acronym && common {
            f.range.end = f.range.start + space + 1 + name.len();
            if matches!(f.link, Link::Key(_)) {
                f.link = name_link(&text[f.range.clone()]);
            }
        }
    }
}

/// Drops the mentions glued after a number and a hyphen that end the word
/// there ("1093318-CZ", "2026-0412-EZK"): the tail of a code. (A name
/// glued on to a compound's next part stays: "de 2026-EU-top".)
pub fn drop_code_ends(text: &str, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    found.retain(|f| {
        let s = f.range.start;
        // (Only names of letters: "2023-2030" holds a year.)
        let code = s >= 2
            && bytes[s - 1] == b'-'
            && bytes[s - 2].is_ascii_digit()
            && bytes[s].is_ascii_alphabetic();
        let ends_word = bytes
            .get(f.range.end)
            .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b',' | b'.' | b')' | b';'));
        !(code && ends_word)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn cut_names(text: &str, names: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = names
            .iter()
            .map(|(s, ty)| test_mention(text, s, *ty, false))
            .collect();
        cut(text, &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_glued_noun_is_cut_from_a_name_of_words() {
        let text = "de voorstellen uit het Digital Omnibus-pakket en de Green Deal-doelen";
        assert_eq!(
            cut_names(
                text,
                &[
                    ("Digital Omnibus-pakket", EntityType::Misc),
                    ("Green Deal-doelen", EntityType::Misc)
                ]
            ),
            ["Digital Omnibus", "Green Deal"]
        );
    }

    #[test]
    fn a_compound_that_is_a_name_stays_whole() {
        // Counter-examples: an acronym's compound, one word, a second
        // capital, a person.
        let text = "de Uitvoeringswet AI-verordening, de Lbv-plus, Provincie Noord-Holland en Jan Janssen-lid";
        assert_eq!(
            cut_names(
                text,
                &[
                    ("Uitvoeringswet AI-verordening", EntityType::Misc),
                    ("Lbv-plus", EntityType::Misc),
                    ("Provincie Noord-Holland", EntityType::Organisation),
                    ("Jan Janssen-lid", EntityType::Person)
                ]
            ),
            [
                "Uitvoeringswet AI-verordening",
                "Lbv-plus",
                "Provincie Noord-Holland",
                "Jan Janssen-lid"
            ]
        );
    }

    #[test]
    fn the_letters_ending_a_code_are_no_name() {
        let text = "Kenmerk 4187265-1093318-CZ\nCZ en de 2026-EU-top, F-35 en COVID-19.";
        let mut found: Vec<Found> = ["CZ", "EU", "F-35"]
            .iter()
            .map(|s| crate::entities::test_mention(text, s, EntityType::Organisation, true))
            .collect();
        // (The first "CZ" found is the code's.)
        let second_cz = text.rfind("CZ ").unwrap();
        found.push(Found {
            range: second_cz..second_cz + 2,
            ..found[0].clone()
        });
        found.sort_by_key(|f| f.range.start);
        drop_code_ends(text, &mut found);
        let names: Vec<_> = found
            .iter()
            .map(|f| (f.range.start, &text[f.range.clone()]))
            .collect();
        // Counter-examples: the same letters alone, a name glued to a
        // compound's next part, a name with a number of its own.
        assert_eq!(
            names,
            [
                (second_cz, "CZ"),
                (text.find("EU").unwrap(), "EU"),
                (text.find("F-35").unwrap(), "F-35")
            ]
        );
    }
}
