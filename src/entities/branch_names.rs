//! A body's national branch written with a hyphen before the country:
//! "FIU-Nederland", "Financial Intelligence Unit-Nederland", "ICT-België".
//! The country is the end of the body's name, not a place of its own
//! (as "MKB-Nederland" and "Energie-Nederland", which the gazetteer knows).
//!
//! Counter-examples: a compass part names a region ("Noord-Nederland"), two
//! places or a known name name a match or a relation ("Duitsland-Nederland",
//! "EU-Nederland", "VS-Nederland"), and a lower-case or a common
//! capitalised word before the hyphen is a compound's ("oost-Nederland",
//! "Techniek-Nederland" is left as it is).

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link, drop_finds};

/// The countries a body's branch is named after.
const BRANCH_COUNTRIES: &[&str] = &["Nederland", "België", "Vlaanderen"];

/// Joins each country in `found` (sorted by start) that follows a hyphen to
/// the body before it: an organisation the detector found (not a known
/// name), or an acronym no mention covers.
pub fn join(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location
            || !BRANCH_COUNTRIES.contains(&&text[f.range.clone()])
            || !text[..f.range.start].ends_with('-')
        {
            continue;
        }
        let hyphen = f.range.start - 1;
        let before = (i > 0).then(|| &found[i - 1]);
        let start = match before {
            Some(p) if p.range.end == hyphen => {
                // "Financial Intelligence Unit-Nederland"; not "EU-Nederland".
                if p.ty != EntityType::Organisation || !matches!(p.link, Link::Key(_)) {
                    continue;
                }
                gone.push(i - 1);
                p.range.start
            }
            _ => {
                let word_start = text[..hyphen]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_alphanumeric())
                    .last()
                    .map_or(hyphen, |(at, _)| at);
                let word = &text[word_start..hyphen];
                let capitals = word.chars().filter(char::is_ascii_uppercase).count();
                let free = before.is_none_or(|p| p.range.end <= word_start);
                if !(free && capitals >= 2 && word.starts_with(|c: char| c.is_ascii_uppercase())) {
                    continue;
                }
                word_start
            }
        };
        let range = start..f.range.end;
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        };
    }
    drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn joined(text: &str, mut fs: Vec<Found>) -> Vec<(EntityType, String)> {
        join(text, &mut fs);
        fs.iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_bodys_branch_before_its_country() {
        let text = "de FIU-Nederland meldt";
        assert_eq!(
            joined(
                text,
                vec![test_mention(text, "Nederland", EntityType::Location, true)]
            ),
            vec![(EntityType::Organisation, "FIU-Nederland".to_string())]
        );
        let text = "de Financial Intelligence Unit-Nederland meldt";
        assert_eq!(
            joined(
                text,
                vec![
                    test_mention(
                        text,
                        "Financial Intelligence Unit",
                        EntityType::Organisation,
                        false
                    ),
                    test_mention(text, "Nederland", EntityType::Location, true),
                ]
            ),
            vec![(
                EntityType::Organisation,
                "Financial Intelligence Unit-Nederland".to_string()
            )]
        );
    }

    #[test]
    fn regions_matches_and_relations_stay_places() {
        // A known name before the hyphen, a place, a word of one capital.
        let text = "de relatie EU-Nederland en Duitsland-Nederland, Techniek-Nederland";
        let fs = vec![
            test_mention(text, "EU", EntityType::Organisation, true),
            test_mention(text, "Nederland", EntityType::Location, true),
        ];
        assert_eq!(
            joined(text, fs),
            vec![
                (EntityType::Organisation, "EU".to_string()),
                (EntityType::Location, "Nederland".to_string())
            ]
        );
        let text = "Duitsland-Nederland";
        let fs = vec![
            test_mention(text, "Duitsland", EntityType::Location, true),
            test_mention(text, "Nederland", EntityType::Location, true),
        ];
        assert_eq!(joined(text, fs.clone()).len(), 2);
        let text = "Techniek-Nederland en Noord-Nederland";
        let fs = vec![test_mention(text, "Nederland", EntityType::Location, true)];
        assert_eq!(
            joined(text, fs),
            vec![(EntityType::Location, "Nederland".to_string())]
        );
    }
}
