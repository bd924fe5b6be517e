//! A Roman numeral after a name is part of it: a sequel or edition
//! ("Sportakkoord II", "EQT Infrastructure VI"); not to a person's
//! ("kabinet-Rutte IV" numbers the cabinet; a monarch's numeral comes with
//! the lists' names). A numeral standing alone is no name: the detector's
//! capitals-only rule took "II" for an organisation's acronym.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link, drop_finds};

/// Whether `w` is a Roman numeral from II to XXXIX written in capitals.
pub(super) fn is_roman_numeral(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 2 || b.len() > 6 || !b.iter().all(|c| matches!(c, b'I' | b'V' | b'X')) {
        return false;
    }
    // Tens, then a units' numeral from I to IX.
    let units = w.trim_start_matches('X');
    let tens = w.len() - units.len();
    tens <= 3
        && matches!(
            units,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// The length of a lot's code at the start of `rest`: a Roman numeral, a
/// hyphen and one capital ("I-A", "II-B"), or a Greek letter's name
/// ("Alpha", "Gamma"), ending the word. Not "Delta", which names regions
/// and works.
fn lot_code_len(rest: &str) -> Option<usize> {
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let numbered = word.split_once('-').is_some_and(|(n, l)| {
        (is_roman_numeral(n) || matches!(n, "I" | "V" | "X"))
            && l.len() == 1
            && l.bytes().all(|b| b.is_ascii_uppercase())
    });
    let greek = matches!(word, "Alpha" | "Beta" | "Gamma" | "Epsilon");
    (numbered || greek).then_some(word_end)
}

/// Joins a Roman numeral to the name before it, and drops numerals found
/// on their own.
pub(super) fn join(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        // Not a person's: "kabinet-Rutte IV" numbers the cabinet (a
        // monarch's numeral comes with the lists' names: "Charles III").
        // A place's: "Bazel III", "Minsk II", "Vaticanum II" are accords,
        // councils and rules named after where they were made (also before a
        // compound's hyphen: "de Bazel III-standaarden").
        let place = f.ty == EntityType::Location;
        if !(matches!(f.ty, EntityType::Misc | EntityType::Organisation) || place)
            || is_roman_numeral(&text[f.range.clone()])
        {
            continue;
        }
        let Some(rest) = text[f.range.end..].strip_prefix(' ') else {
            continue;
        };
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        // A place's lot or platform: "Nederwiek I-A", "Doordewind Alpha"
        // (wind energy areas' lots and their grid platforms).
        let lot = place.then(|| lot_code_len(rest)).flatten();
        // Not the first word of a hyphenated compound ("II-akkoord").
        if lot.is_none()
            && (!is_roman_numeral(&rest[..len]) || (rest[len..].starts_with('-') && !place))
        {
            continue;
        }
        let len = lot.unwrap_or(len);
        let end = f.range.end + 1 + len;
        if let Some(n) = found.get(i + 1)
            && n.range.start < end
        {
            if n.range != (end - len..end) {
                continue;
            }
            gone.push(i + 1);
        }
        let f = &mut found[i];
        f.range.end = end;
        if place {
            f.ty = EntityType::Misc;
            f.link = name_link(&text[f.range.clone()]);
        } else if f.ty != EntityType::Person && matches!(f.link, Link::Key(_)) {
            f.link = name_link(&text[f.range.clone()]);
        }
    }
    drop_finds(found, gone);
    found.retain(|f| !is_roman_numeral(&text[f.range.clone()]));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, word: &str, ty: EntityType) -> Found {
        let start = text.find(word).unwrap();
        Found {
            range: start..start + word.len(),
            ty,
            link: name_link(word),
        }
    }

    fn joined(text: &str, finds: Vec<Found>) -> Vec<&str> {
        let mut finds = finds;
        join(text, &mut finds);
        finds.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn numerals() {
        for yes in ["II", "III", "IV", "VI", "IX", "XIV", "XXXIX"] {
            assert!(is_roman_numeral(yes), "{yes}");
        }
        for no in ["I", "IIII", "VV", "IIV", "XL", "Ii", "XXXX", "EU"] {
            assert!(!is_roman_numeral(no), "{no}");
        }
    }

    #[test]
    fn a_numeral_after_a_name_is_part_of_it() {
        let t = "Welke rol ziet u voor het Sportakkoord II en voor de SPUK?";
        assert_eq!(
            joined(
                t,
                vec![
                    find(t, "Sportakkoord", EntityType::Misc),
                    find(t, "II", EntityType::Organisation),
                    find(t, "SPUK", EntityType::Organisation),
                ]
            ),
            ["Sportakkoord II", "SPUK"]
        );
        let t = "EQT brengt via zijn fonds EQT Infrastructure VI geld in.";
        let mut f = find(t, "EQT Infrastructure", EntityType::Misc);
        f.range = t.rfind("EQT Infrastructure").unwrap()..t.rfind(" VI").unwrap();
        assert_eq!(joined(t, vec![f]), ["EQT Infrastructure VI"]);
    }

    /// An accord named after a place takes its numeral and is a thing, also
    /// before a compound's hyphen; a place before a heading's numeral on
    /// the next line is left alone.
    #[test]
    fn a_place_with_a_numeral_is_an_accord() {
        let t = "De laatste Bazel III-standaarden en de akkoorden van Minsk II gelden. In Gent\nII. Vervolg";
        let mut out = vec![
            find(t, "Bazel", EntityType::Location),
            find(t, "Minsk", EntityType::Location),
            find(t, "Gent", EntityType::Location),
        ];
        join(t, &mut out);
        let got: Vec<(&str, EntityType)> =
            out.iter().map(|f| (&t[f.range.clone()], f.ty)).collect();
        assert_eq!(
            got,
            [
                ("Bazel III", EntityType::Misc),
                ("Minsk II", EntityType::Misc),
                ("Gent", EntityType::Location)
            ]
        );
    }

    /// Counter-examples: a numeral opening a compound stays out ("II-fase"),
    /// and one after a word that is no name found is left alone; a numeral
    /// found on its own is no organisation.
    /// A wind energy area's lot and platform are things; the area alone,
    /// a mine's single numeral and a region's "Delta" are not.
    #[test]
    fn a_places_lot_or_platform_is_a_thing() {
        let t = "de kavels Nederwiek I-A en Doordewind Alpha bij Nederwiek, de mijn Hendrik I en Zeeland Delta";
        let mut out = vec![
            find(t, "Nederwiek", EntityType::Location),
            find(t, "Doordewind", EntityType::Location),
            Found {
                range: t.rfind("Nederwiek").unwrap()..t.rfind("Nederwiek").unwrap() + 9,
                ty: EntityType::Location,
                link: name_link("Nederwiek"),
            },
            find(t, "Hendrik", EntityType::Location),
            find(t, "Zeeland", EntityType::Location),
        ];
        join(t, &mut out);
        let got: Vec<(&str, EntityType)> =
            out.iter().map(|f| (&t[f.range.clone()], f.ty)).collect();
        assert_eq!(
            got,
            [
                ("Nederwiek I-A", EntityType::Misc),
                ("Doordewind Alpha", EntityType::Misc),
                ("Nederwiek", EntityType::Location),
                ("Hendrik", EntityType::Location),
                ("Zeeland", EntityType::Location),
            ]
        );
    }

    #[test]
    fn a_numeral_alone_or_in_a_compound_is_no_name() {
        let t = "Het Deltaplan II-fase begint. Fase II volgt.";
        assert_eq!(
            joined(t, vec![find(t, "Deltaplan", EntityType::Misc)]),
            ["Deltaplan"]
        );
        let t = "Fase II volgt.";
        assert!(joined(t, vec![find(t, "II", EntityType::Organisation)]).is_empty());
    }
}
