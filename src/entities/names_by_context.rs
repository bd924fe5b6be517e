//! Two names a news text gives by their context alone, with a given name:
//! a storm ("Storm Elin teistert Zeeland": storms are named after people,
//! and capitalised "Storm" before a given name is the storm's name, a
//! named thing), and a person quoted by first name and age ("Fatima (41)",
//! "Henk (67) uit Emmeloord"), as news articles name ordinary people.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use std::ops::Range;

/// Adds the storms and the people by age in `within` to `found` (sorted
/// by start), in place of a mention of the given name alone. `is_given`
/// says a word is a given name.
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_given: impl Fn(&str) -> bool,
) {
    let mut added: Vec<Found> = Vec::new();
    let bytes = &text.as_bytes()[within.clone()];
    // "Storm Elin": the storm's name, "Storm" included.
    for at in memchr::memmem::find_iter(bytes, b"Storm ").map(|i| within.start + i) {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let name_at = at + "Storm ".len();
        let name = word_at(text, name_at);
        // A given name, and then no more of a name ("Storm Elin Jansen"
        // would be a person).
        let after = text[name_at + name.len()..].chars().nth(1);
        if is_given(name) && !after.is_some_and(char::is_uppercase) {
            added.push(Found {
                range: at..name_at + name.len(),
                ty: EntityType::Misc,
                link: name_link(&text[at..name_at + name.len()]),
            });
        }
    }
    // "Fatima (41)": a given name, a space, an age in brackets.
    for open in memchr::memmem::find_iter(bytes, b" (").map(|i| within.start + i) {
        let digits = text[open + 2..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if !(1..=3).contains(&digits) || !text[open + 2 + digits..].starts_with(')') {
            continue;
        }
        let before = &text[..open];
        let start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let name = &before[start..];
        // Alone: no capitalised word before it (that would be a full name
        // the detector reads), other than a sentence's first ("Ook Pieter
        // (71)").
        let prev = before[..start].trim_end_matches(' ');
        let prev_word = prev
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let opens = prev[..prev.len() - prev_word.len()]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '\n'));
        if is_given(name) && (!prev_word.starts_with(char::is_uppercase) || opens) {
            added.push(Found {
                range: start..open,
                ty: EntityType::Person,
                link: name_link(name),
            });
        }
    }
    if added.is_empty() {
        return;
    }
    // A mention inside the new one (the given name alone) gives way; one
    // that runs over its edges keeps its place.
    super::put_over_inner(found, added);
}

/// The word of letters starting at `at`.
fn word_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    &rest[..len]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, found: &mut Vec<Found>) -> Vec<(String, EntityType)> {
        let given = |w: &str| matches!(w, "Elin" | "Fatima" | "Henk" | "Storm" | "Ciarán");
        add(text, 0..text.len(), found, given);
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn a_storm_and_a_person_by_age() {
        let text = "Storm Elin teistert Zeeland. \"Het is te duur\", zegt Fatima (41) uit Utrecht; Henk (67) knikt.";
        let elin = text.find("Elin").unwrap();
        // The given name alone, as a person: the storm takes its place.
        let mut found = vec![Found {
            range: elin..elin + 4,
            ty: EntityType::Person,
            link: name_link("Elin"),
        }];
        assert_eq!(
            names(text, &mut found),
            [
                ("Storm Elin".to_string(), EntityType::Misc),
                ("Fatima".to_string(), EntityType::Person),
                ("Henk".to_string(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn other_storms_and_brackets_are_not_taken() {
        // Counter-examples: lower-case weather, a storm with no given name,
        // a person called Storm, a word that is no given name before an age,
        // a year, a full name before an age (the detector's), a page.
        let text = "De storm Elin raasde. Storm en regen. Storm Jansen (34) lachte. Artikel (12) en Juni (2024); Jan de Vries (45) en Henk (blz. 4), zei Marie Henk (40).";
        assert!(names(text, &mut Vec::new()).is_empty());
    }
}
