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

/// Nouns glued to a person's name that make the name a business's: "een
/// Van der Valk-hotel", "de Albert Heijn-filialen".
const BUSINESS_NOUNS: &[&str] = &[
    "hotel",
    "hotels",
    "restaurant",
    "restaurants",
    "filiaal",
    "filialen",
    "winkel",
    "winkels",
    "vestiging",
    "vestigingen",
    "fabriek",
    "fabrieken",
    "supermarkt",
    "supermarkten",
    "keten",
    "concern",
];

/// Cuts the glued common noun off the end of every person's, organisation's
/// or named thing's name in `found` of two words or more ("de Bart de
/// Graaff-show" names the person). A person's name before a business's noun
/// names the business ("een Van der Valk-hotel").
pub fn cut(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if !matches!(
            f.ty,
            EntityType::Organisation | EntityType::Misc | EntityType::Person
        ) {
            continue;
        }
        let surface = &text[f.range.clone()];
        // A name of one word is cut only when its first part names a law,
        // a fund or a body by its head ("Omgevingswet-regels",
        // "Klimaatfonds-gelden"); "Lbv-plus" stays a name.
        let last_from = match surface.rfind(' ') {
            Some(space) => space + 1,
            None if f.ty != EntityType::Person
                && surface.split_once('-').is_some_and(|(name, _)| {
                    name.chars().count() >= 6
                        && (super::cues::has_head(name, super::cues::MISC_HEADS)
                            || super::cues::has_head(name, super::cues::ORG_HEADS))
                }) =>
            {
                0
            }
            None => continue,
        };
        let last = &surface[last_from..];
        let Some((name, noun)) = last.split_once('-') else {
            continue;
        };
        let acronym = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let common = noun.chars().count() >= 3 && noun.chars().all(char::is_lowercase);
        // (A person's hyphened given name or a double surname stays whole:
        // "Park Ji-hoon", "Chen Wei-lun", "Jildou Hiemstra-van der Wal".)
        let persons_own = f.ty == EntityType::Person
            && (name.chars().count() < 4 || super::gazetteer::is_particle(noun));
        if !name.is_empty()
            && name.starts_with(char::is_uppercase)
            && !acronym
            && common
            && !persons_own
        {
            f.range.end = f.range.start + last_from + name.len();
            if f.ty == EntityType::Person && BUSINESS_NOUNS.contains(&noun) {
                f.ty = EntityType::Organisation;
                f.link = name_link(&text[f.range.clone()]);
            } else if matches!(f.link, Link::Key(_)) {
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
    fn a_glued_noun_is_cut_from_a_law_or_fund_of_one_word() {
        let text =
            "de Omgevingswet-regels en de Klimaatfonds-gelden, niet de Lbv-plus of Kees-achtig";
        assert_eq!(
            cut_names(
                text,
                &[
                    ("Omgevingswet-regels", EntityType::Misc),
                    ("Klimaatfonds-gelden", EntityType::Misc),
                    ("Lbv-plus", EntityType::Misc),
                    ("Kees-achtig", EntityType::Misc),
                ]
            ),
            ["Omgevingswet", "Klimaatfonds", "Lbv-plus", "Kees-achtig"]
        );
    }

    #[test]
    fn a_compound_that_is_a_name_stays_whole() {
        // Counter-examples: an acronym's compound, one word, a second
        // capital, a double surname with a particle.
        let text = "de Uitvoeringswet AI-verordening, de Lbv-plus, Provincie Noord-Holland en Jan Janssen-de Wit";
        assert_eq!(
            cut_names(
                text,
                &[
                    ("Uitvoeringswet AI-verordening", EntityType::Misc),
                    ("Lbv-plus", EntityType::Misc),
                    ("Provincie Noord-Holland", EntityType::Organisation),
                    ("Jan Janssen-de Wit", EntityType::Person)
                ]
            ),
            [
                "Uitvoeringswet AI-verordening",
                "Lbv-plus",
                "Provincie Noord-Holland",
                "Jan Janssen-de Wit"
            ]
        );
    }

    #[test]
    fn a_persons_name_keeps_the_person_and_a_business_noun_makes_a_business() {
        let text = "in de Bart de Graaff-show en in een Van der Valk-hotel";
        let mut found = vec![
            test_mention(text, "Bart de Graaff-show", EntityType::Person, false),
            test_mention(text, "Van der Valk-hotel", EntityType::Person, false),
        ];
        cut(text, &mut found);
        assert_eq!(&text[found[0].range.clone()], "Bart de Graaff");
        assert_eq!(found[0].ty, EntityType::Person);
        assert_eq!(&text[found[1].range.clone()], "Van der Valk");
        assert_eq!(found[1].ty, EntityType::Organisation);
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
