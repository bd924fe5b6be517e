//! A Dutch postcode's letters belong to the postcode, not to the place
//! after it: "9471 KD Lindewolde" names the place Lindewolde, where a
//! name read over the letters ("KD Lindewolde") would be an organisation
//! of two capitals and a word.

use super::kind::EntityType;
use super::shapes::is_postcode_letters;
use super::{Found, drop_finds};

/// Cuts a postcode's letters off the names in `found` (sorted by start)
/// that start with them; what is left is the place. A name that is the
/// letters alone, or the same place found again, goes.
pub(super) fn take_postcode_letters(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for k in 0..found.len() {
        let f = &found[k];
        let surface = &text[f.range.clone()];
        let letters = f.range.start..f.range.start + 2;
        if !(surface.len() > 3
            && surface.is_char_boundary(2)
            && surface.as_bytes()[2] == b' '
            && is_postcode_letters(text, &letters))
        {
            continue;
        }
        // (An address's postcode opens its line or follows a comma: "©
        // 2026 NH Media" is a year and a broadcaster.)
        let number = f.range.start - 5;
        let before = text[..number].trim_end_matches([' ', '\t']);
        if !(before.is_empty() || before.ends_with(['\n', ',', ':'])) {
            continue;
        }
        let range = f.range.start + 3..f.range.end;
        if !text[range.clone()].starts_with(char::is_uppercase) {
            continue;
        }
        if found.iter().any(|o| o.range == range) {
            gone.push(k);
            continue;
        }
        let f = &mut found[k];
        f.link = super::detector::name_link(&text[range.clone()]);
        f.range = range;
        f.ty = EntityType::Location;
    }
    drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention as found;

    #[test]
    fn a_postcodes_letters_are_no_part_of_the_place() {
        let text = "Raadhuisplein 1, 9471 KD Lindewolde. Bel de KD Groep. © 2026 NH Media";
        let mut f = vec![
            found(text, "KD Lindewolde", EntityType::Organisation, false),
            found(text, "KD Groep", EntityType::Organisation, false),
            found(text, "NH Media", EntityType::Organisation, false),
        ];
        take_postcode_letters(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        // Counter-examples: letters after no postcode ("de KD Groep") or
        // after a year ("© 2026 NH Media") stay.
        assert_eq!(
            names,
            [
                ("Lindewolde", EntityType::Location),
                ("KD Groep", EntityType::Organisation),
                ("NH Media", EntityType::Organisation)
            ]
        );
    }
}
