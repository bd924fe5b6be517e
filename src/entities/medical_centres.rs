//! Medical centres: "Frisius MC", "Amsterdam UMC", "Maxima MC". The word
//! before "MC" or "UMC" is the centre's name, and the two are one
//! organisation; "het MC" alone, or after an ordinary word, stays as found.

use super::name_links::name_link;
use super::{EntityType, Found};

/// Joins the capitalised word before a found "MC" or "UMC" to it. A place or
/// a name found on that word goes into the centre. `is_common` says a word
/// is an ordinary word of the text ("Het MC", "Elk UMC").
pub(super) fn take_names(text: &str, found: &mut Vec<Found>, is_common: impl Fn(&str) -> bool) {
    let mut dropped = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        let surface = &text[f.range.clone()];
        if f.ty != EntityType::Organisation || !matches!(surface, "MC" | "UMC") {
            continue;
        }
        let Some(before) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        if !word.starts_with(char::is_uppercase) || is_common(word) {
            continue;
        }
        // A find on the word itself goes into the centre; one that reaches
        // further back (a longer name) leaves it alone.
        if let Some(j) = i.checked_sub(1)
            && found[j].range.end > word_start
        {
            if found[j].range.start != word_start || found[j].range.end != before.len() {
                continue;
            }
            dropped.push(j);
        }
        let range = word_start..found[i].range.end;
        found[i].link = name_link(&text[range.clone()]);
        found[i].range = range;
    }
    super::drop_finds(found, dropped);
}

#[cfg(test)]
mod tests {
    use super::take_names;
    use crate::entities::{EntityType, Found, Link};

    fn at(text: &str, word: &str, ty: EntityType) -> Found {
        let start = text.find(word).unwrap();
        Found {
            range: start..start + word.len(),
            ty,
            link: Link::Key(word.to_string()),
        }
    }

    fn joined(text: &str, mut found: Vec<Found>) -> Vec<String> {
        take_names(text, &mut found, |w| matches!(w, "Het" | "Elk"));
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn the_word_before_mc_names_the_centre() {
        let text = "Patiënten gaan naar Frisius MC in Leeuwarden.";
        assert_eq!(
            joined(text, vec![at(text, "MC", EntityType::Organisation)]),
            ["Frisius MC"]
        );
        let text = "Ook Amsterdam UMC doet mee.";
        let found = vec![
            at(text, "Amsterdam", EntityType::Location),
            at(text, "UMC", EntityType::Organisation),
        ];
        assert_eq!(joined(text, found), ["Amsterdam UMC"]);
    }

    #[test]
    fn an_ordinary_word_or_none_before_it_joins_nothing() {
        for text in [
            "Het MC sluit.",
            "Elk UMC doet mee.",
            "het nieuwe MC",
            "MC Hammer",
        ] {
            let mc = if text.contains("UMC") { "UMC" } else { "MC" };
            assert_eq!(
                joined(text, vec![at(text, mc, EntityType::Organisation)]),
                [mc],
                "{text}"
            );
        }
    }
}
