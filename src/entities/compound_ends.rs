//! A common noun glued to the end of a name of several words is no part of
//! it: "het Digital Omnibus-pakket" names the "Digital Omnibus", as
//! "NAVO-bondgenoten" names "NAVO". Only the name is a mention.
//!
//! A compound that is a name itself stays whole: an acronym with its head
//! ("Uitvoeringswet AI-verordening", "het AI-bureau"), a name of one word
//! ("Lbv-plus"), a second capital ("Noord-Holland").

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
}
