//! A treaty named by its parties: "Vrijhandelsakkoord EU-India",
//! "Associatieovereenkomst EU-Oekraïne", "Handelsverdrag Mercosur-EU". A
//! compound ending in a treaty's head, then two parties joined by a hyphen,
//! is one named thing; the parties are part of its name, not mentions of
//! their own.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;

/// The heads of a treaty's name, as the end of a capitalised compound.
const HEADS: &[&str] = &["akkoord", "verdrag", "overeenkomst", "partnerschap"];

/// Joins each treaty found as one compound word to the hyphenated pair of
/// parties right after it. `found` is sorted by start.
pub fn join(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    let mut i = 0;
    while i + 2 < found.len() {
        let (treaty, a, b) = (&found[i], &found[i + 1], &found[i + 2]);
        let party = |f: &Found| matches!(f.ty, EntityType::Organisation | EntityType::Location);
        if treaty.ty == EntityType::Misc
            && is_treaty_compound(&text[treaty.range.clone()])
            && text.get(treaty.range.end..a.range.start) == Some(" ")
            && text.get(a.range.end..b.range.start) == Some("-")
            && party(a)
            && party(b)
            // ("EU-India-top": the pair is no compound's first part.)
            && !text[b.range.end..].starts_with(['-', '\u{2011}'])
        {
            let range = treaty.range.start..b.range.end;
            found[i] = Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Misc,
            };
            gone.extend([i + 1, i + 2]);
            i += 3;
        } else {
            i += 1;
        }
    }
    super::drop_finds(found, gone);
}

/// "Vrijhandelsakkoord", "Verdrag": a capitalised word that is a treaty's
/// head or ends in one.
fn is_treaty_compound(w: &str) -> bool {
    if w.contains(' ') || !w.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = w.to_lowercase();
    HEADS.iter().any(|h| lower == *h || lower.ends_with(h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention as found;

    fn joined(text: &str, finds: &[(&str, EntityType)]) -> Vec<String> {
        let mut f: Vec<Found> = finds
            .iter()
            .map(|(s, t)| found(text, s, *t, false))
            .collect();
        f.sort_by_key(|f| f.range.start);
        join(text, &mut f);
        f.iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_treaty_takes_its_two_parties() {
        assert_eq!(
            joined(
                "Het Vrijhandelsakkoord EU-India schaft tarieven af.",
                &[
                    ("Vrijhandelsakkoord", EntityType::Misc),
                    ("EU", EntityType::Organisation),
                    ("India", EntityType::Location),
                ]
            ),
            ["Vrijhandelsakkoord EU-India"]
        );
    }

    #[test]
    fn other_pairs_stay_apart() {
        // Counter-examples: no treaty before the pair; a pair that starts a
        // compound ("EU-India-top"); a treaty before one party only.
        assert_eq!(
            joined(
                "De Raad EU-India vergadert.",
                &[
                    ("Raad", EntityType::Organisation),
                    ("EU", EntityType::Organisation),
                    ("India", EntityType::Location),
                ]
            ),
            ["Raad", "EU", "India"]
        );
        assert_eq!(
            joined(
                "Het Handelsakkoord EU-India-top begint.",
                &[
                    ("Handelsakkoord", EntityType::Misc),
                    ("EU", EntityType::Organisation),
                    ("India", EntityType::Location),
                ]
            ),
            ["Handelsakkoord", "EU", "India"]
        );
        assert_eq!(
            joined(
                "Het Klimaatakkoord Nederland en Duitsland-Frankrijk.",
                &[
                    ("Klimaatakkoord", EntityType::Misc),
                    ("Nederland", EntityType::Location),
                    ("Duitsland", EntityType::Location),
                    ("Frankrijk", EntityType::Location),
                ]
            ),
            ["Klimaatakkoord", "Nederland", "Duitsland", "Frankrijk"]
        );
    }
}
