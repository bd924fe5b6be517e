//! Nature areas named by an adjective of a place and a kind of landscape:
//! "de Ginkelse Heide", "de Oldebroekse Heide", "de Wijnandsrader Bossen". The adjective ("Ginkelse", from the
//! place Ginkel) says nothing alone and the landscape word is an ordinary
//! noun; capitalised together, mid-sentence, they are the area's name. And
//! a national park's name with an article inside ("Nationaal Park De Hoge
//! Veluwe") is one place, where the list knows its last part as a place or
//! a body of its own.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, is_covered};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// The kinds of landscape a nature area's name ends in, with the space
/// before.
const LANDSCAPES: &[&str] = &[
    " Heide",
    " Hei",
    " Duinen",
    " Bossen",
    " Bos",
    " Plassen",
    " Plas",
    " Venen",
    " Veen",
    " Zand",
    " Polder",
    " Waarden",
    " Waard",
    " Uiterwaarden",
    " Kwelder",
    " Kwelders",
    " Vennen",
];

/// All of [`LANDSCAPES`] in one search.
static LANDSCAPE_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(LANDSCAPES)
        .expect("the landscapes make a searcher")
});

/// Adds, in `within`, each area named by an adjective of a place ending in
/// "-se" or "-sche" ([`super::non_name_words::is_adjective_form`]) and one
/// of [`LANDSCAPES`], mid-sentence, where nothing was found.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    for m in LANDSCAPE_SEARCH.find_iter(&text[within.clone()]) {
        let at = within.start + m.start();
        let end = within.start + m.end();
        // (The whole word: "Heidegger", "Bosschenaren" are none.)
        if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let before = &text[..at];
        let adjective = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let start = before.len() - adjective.len();
        let shaped = adjective.starts_with(char::is_uppercase)
            && (adjective.ends_with("se") || adjective.ends_with("sche"))
            && super::non_name_words::is_adjective_form(adjective);
        // (Mid-sentence: a lower-case word or a comma before.)
        let inside = before[..start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',');
        let range = start..end;
        if shaped && inside && !is_covered(found, &range) {
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            });
        }
    }
    super::add_finds(found, added);
}

/// "Windpark Fryslân", "Zonnepark Ameland", "Windpark Fryslân II": a park
/// of one compound word found as a place, a space and a place (or a named
/// thing starting with one) is one name, of the second's type. (Not a
/// park's kind in lower case, nor over a line's end or a comma.)
pub fn join_parks_and_places(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 1..found.len() {
        let (park, next) = (&found[i - 1], &found[i]);
        let word = &text[park.range.clone()];
        if park.ty != EntityType::Location
            || gone.last() == Some(&(i - 1))
            || !matches!(next.ty, EntityType::Location | EntityType::Misc)
            || next.range.start != park.range.end + 1
            || text.as_bytes()[park.range.end] != b' '
            || word.contains(' ')
            || !word.ends_with("park")
            || word.len() < "Windpark".len()
            || !word.starts_with(char::is_uppercase)
        {
            continue;
        }
        let range = park.range.start..next.range.end;
        found[i] = Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: next.ty,
        };
        gone.push(i - 1);
    }
    super::drop_finds(found, gone);
}

/// Puts a place over each national park's name in `within`: "Nationaal
/// Park" and up to four capitalised words after it, an article among them
/// ("Nationaal Park De Hoge Veluwe", where the list knows "Hoge Veluwe" as
/// the park's foundation). Not "Nationaal Park-status" nor a park without a
/// name ("het Nationaal Park is groot").
pub fn add_parks(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    const HEAD: &str = "Nationaal Park ";
    let mut added = Vec::new();
    for (at, _) in text[within.clone()].match_indices(HEAD) {
        let start = within.start + at;
        let mut end = start + HEAD.len() - 1;
        for _ in 0..4 {
            let rest = &text[end..within.end];
            let Some(word) = rest.strip_prefix(' ') else {
                break;
            };
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            let len = word
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(word.len());
            end += 1 + len;
        }
        if end > start + HEAD.len() {
            let range = start..end;
            added.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Location,
            });
        }
    }
    if !added.is_empty() {
        super::put_over_inner(found, added);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_park_before_a_place_is_one_name() {
        use EntityType::{Location as L, Misc as M};
        let text = "Windpark Fryslân draait; Windpark Fryslân II komt; Zonnepark Ameland ook. \
                    In het Park Berlijn, het windpark Urk en Windpark\nUrk niet.";
        // Each mention is the next occurrence of its text after the one before.
        let mut from = 0;
        let mut found: Vec<Found> = [
            ("Windpark", L),
            ("Fryslân", L),
            ("Windpark", L),
            ("Fryslân II", M),
            ("Zonnepark", L),
            ("Ameland", L),
            ("Park", L),
            ("Berlijn", L),
            ("Urk", L),
            ("Urk", L),
        ]
        .iter()
        .map(|&(s, ty)| {
            let start = from + text[from..].find(s).unwrap();
            from = start + s.len();
            Found {
                range: start..from,
                ty,
                link: name_link(s),
            }
        })
        .collect();
        join_parks_and_places(text, &mut found);
        let names: Vec<(&str, EntityType)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.ty))
            .collect();
        // Counter-examples: a park's head alone, lower case, a line's end.
        assert_eq!(
            names,
            [
                ("Windpark Fryslân", L),
                ("Windpark Fryslân II", M),
                ("Zonnepark Ameland", L),
                ("Park", L),
                ("Berlijn", L),
                ("Urk", L),
                ("Urk", L),
            ]
        );
    }
    use crate::entities::test_mention;

    fn areas(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn an_adjective_of_a_place_and_a_landscape_name_an_area() {
        assert_eq!(
            areas("Wandelaars op de Ginkelse Heide en de Oldebroekse Heide zagen wolven."),
            ["Ginkelse Heide", "Oldebroekse Heide"]
        );
    }

    #[test]
    fn a_sentence_start_a_longer_word_or_a_lower_case_noun_is_no_area() {
        // Counter-examples.
        assert!(areas("de Ginkelse heide; Ginkelse Heidegger; Ginkelse Heide is mooi.").is_empty());
    }

    #[test]
    fn a_national_parks_name_is_one_place() {
        let text = "in Nationaal Park De Hoge Veluwe en het Nationaal Park is groot";
        let mut found = vec![test_mention(
            text,
            "Hoge Veluwe",
            EntityType::Organisation,
            true,
        )];
        add_parks(text, 0..text.len(), &mut found);
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Nationaal Park De Hoge Veluwe"]);
        assert_eq!(found[0].ty, EntityType::Location);
    }
}
