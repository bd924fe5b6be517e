//! A council or a committee of a body named by its acronym and a hyphen:
//! "de EU-Gezondheidsraad", "de NAVO-Raad", "de EU-Landbouwraad". The
//! acronym and the body's word are one organisation, not the acronym's body
//! with a word glued to it.
//!
//! Counter-examples: a place or another word after the hyphen
//! ("NAVO-Oekraïne", "EU-Speciaal Gezant"), a council named after a place
//! ("NAVO-Oekraïneraad": the acronym's body meets the place's), a lower-case compound
//! ("EU-landen", left to the detector), a word that is no acronym before it
//! ("Noord-Raad").

use super::cues::{ORG_HEADS, has_head};
use super::detector::name_link;
use super::kind::EntityType;
use super::name_heads::bare_head;
use super::words::is_acronym;
use super::{Found, drop_finds};

/// Widens each acronym's organisation in `found` (sorted by start) over a
/// capitalised word with a body's head after its hyphen; `is_place` says a
/// word is a known place.
pub(super) fn join(text: &str, found: &mut Vec<Found>, is_place: impl Fn(&str) -> bool) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Organisation || !is_acronym(&text[f.range.clone()]) {
            continue;
        }
        let Some(word) = super::word_after_hyphen(text, f.range.end) else {
            continue;
        };
        let len = word.len();
        let rest = &text[f.range.end + 1..];
        let end = f.range.end + 1 + len;
        if !word.starts_with(char::is_uppercase)
            || !word.chars().skip(1).all(char::is_lowercase)
            || rest[len..].starts_with('-')
            || !has_head(word, ORG_HEADS)
            || word
                .char_indices()
                .skip(3)
                .any(|(k, _)| is_place(&word[..k]) && bare_head(&word[k..]))
        {
            continue;
        }
        // A mention of the word alone goes into it; one running past it
        // is another reading.
        let next = found.get(i + 1).filter(|n| n.range.start < end);
        match next {
            Some(n) if n.range.start == f.range.end + 1 && n.range.end == end => gone.push(i + 1),
            Some(_) => continue,
            None => {}
        }
        let f = &mut found[i];
        f.range.end = end;
        f.link = name_link(&text[f.range.clone()]);
    }
    drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronyms_council_is_one_body() {
        let text = "het verslag van de EU-Gezondheidsraad, de NAVO-Raad en de EU-Landbouwraad; \
                    NAVO-Oekraïne, EU-landen, de EU-Speciaal Gezant, Noord-Raad en de NAVO-Oekraïneraad.";
        // Each mention: the first place of a needle, and its length.
        let mut found: Vec<Found> = [
            ("EU-G", 2),
            ("NAVO-R", 4),
            ("Raad", 4),
            ("EU-L", 2),
            ("NAVO-O", 4),
            ("EU-l", 2),
            ("EU-S", 2),
            ("NAVO-Oekraïner", 4),
        ]
        .iter()
        .map(|&(needle, len)| {
            let at = text.find(needle).unwrap();
            Found {
                range: at..at + len,
                ty: EntityType::Organisation,
                link: name_link(&needle[..len]),
            }
        })
        .collect();
        found.sort_by_key(|f| f.range.start);
        join(text, &mut found, |w| w == "Oekraïne");
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(
            names,
            [
                "EU-Gezondheidsraad",
                "NAVO-Raad",
                "EU-Landbouwraad",
                "NAVO",
                "EU",
                "EU",
                "NAVO"
            ]
        );
    }
}
