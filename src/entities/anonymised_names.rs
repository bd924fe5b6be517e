//! A person whose surname a court report or a police message shortens to
//! its initial ("Mohamed B. (41)", as Dutch media write suspects' names) is
//! named later by that initial alone: "B. verklaarde dat …", "drie jaar
//! voor B. en …". Such a later "B." is that person, linked to the full
//! mention; it is only taken where it cannot be an initial before a name.

use super::gazetteer::is_particle;
use super::kind::EntityType;
use super::{Found, Link, put_over_inner};
use std::ops::Range;

/// The people in `found` named with an initial for a surname ("Mohamed
/// B.": a name of two words or more ending in a capital and a full stop;
/// not "Van der V.", which is its own mention already), as their initial
/// and their link: gathered from every part of a document before
/// [`add`] runs on each.
pub fn people<'t>(text: &'t str, found: &[Found]) -> Vec<(&'t str, Link)> {
    found
        .iter()
        .filter(|f| f.ty == EntityType::Person)
        .filter_map(|f| {
            let surface = &text[f.range.clone()];
            let (_, last) = surface.rsplit_once(' ')?;
            let b = last.as_bytes();
            (b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.')
                .then(|| (last, f.link.clone()))
        })
        .collect()
}

/// Adds to `found` (sorted by start) the bare initials in `within` of
/// `people` (from [`people`], of the whole document).
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>, people: &[(&str, Link)]) {
    if people.is_empty() {
        return;
    }
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    for (initial, link) in people {
        let finder = memchr::memmem::Finder::new(initial.as_bytes());
        for at in finder
            .find_iter(&bytes[within.clone()])
            .map(|i| within.start + i)
        {
            let end = at + 2;
            let inside = found
                .get(found.partition_point(|f| f.range.end <= at))
                .is_some_and(|f| f.range.start < end);
            if inside || !stands_alone(text, at, end) {
                continue;
            }
            added.push(Found {
                range: at..end,
                ty: EntityType::Person,
                link: link.clone(),
            });
        }
    }
    if !added.is_empty() {
        added.sort_by_key(|f: &Found| f.range.start);
        added.dedup_by_key(|f| f.range.start);
        put_over_inner(found, added);
    }
}

/// Whether the initial at `at..end` stands for a person alone: after a
/// lower-case word, an opening quote or bracket, or at a sentence's
/// start, and not before a capitalised word (then it is an initial: "B.
/// Jansen"), a letter or a digit ("B.V.", "B.1").
fn stands_alone(text: &str, at: usize, end: usize) -> bool {
    let before = &text[..at];
    let after = &text[end..];
    let next = after.chars().next();
    if next.is_some_and(|c| !matches!(c, ' ' | '\n' | ',' | ';' | ':' | ')' | '"' | '”' | '’'))
    {
        return false;
    }
    let next_word = after.trim_start_matches(' ').chars().next();
    if after.starts_with(' ') && next_word.is_some_and(char::is_uppercase) {
        return false;
    }
    let Some(prev) = before.chars().next_back() else {
        return true;
    };
    if matches!(prev, '\n' | '(' | '"' | '“' | '‘') {
        return true;
    }
    if prev != ' ' {
        return false;
    }
    let word = before[..before.len() - 1]
        .rsplit([' ', '\n'])
        .next()
        .unwrap_or("");
    // A sentence's end before, or a lower-case word ("voor B.", "appte B.").
    // (Not after a particle: "Jeroen van der V."'s "van der V." is his,
    // whole.)
    word.ends_with(['.', '!', '?', ':'])
        || (word.chars().next().is_some_and(char::is_lowercase) && !is_particle(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    #[test]
    fn a_suspects_initial_alone_is_the_suspect() {
        let text = "De rechtbank veroordeelde Mohamed B. (41). B. verklaarde niets. Van der V. zei dat B. loog; drie jaar voor B. en \"B.\" zweeg.";
        let mut found = vec![test_mention(text, "Mohamed B.", EntityType::Person, false)];
        let named = people(text, &found);
        add(text, 0..text.len(), &mut found, &named);
        let bs = found
            .iter()
            .filter(|f| &text[f.range.clone()] == "B." && f.link == found[0].link)
            .count();
        assert_eq!(bs, 4, "{found:?}");
    }

    #[test]
    fn an_initial_before_a_name_or_in_a_code_is_no_suspect() {
        // Counter-examples: an initial before a surname, a company's form,
        // a numbered part, an appendix, and no person shortened at all.
        let text = "Mohamed B. kwam. Zij sprak met B. Jansen over de B.V. en paragraaf B.1 in Bijlage B. van het rapport.";
        let mut found = vec![test_mention(text, "Mohamed B.", EntityType::Person, false)];
        let named = people(text, &found);
        add(text, 0..text.len(), &mut found, &named);
        assert_eq!(found.len(), 1, "{found:?}");
        // A suspect with particles: his "van der V." is not the bare "V.".
        let text = "Jeroen van der V. kwam. Later zei van der V. niets.";
        let mut found = vec![test_mention(
            text,
            "Jeroen van der V.",
            EntityType::Person,
            false,
        )];
        let named = people(text, &found);
        add(text, 0..text.len(), &mut found, &named);
        assert_eq!(found.len(), 1, "{found:?}");
        let text = "Hij las B. verklaarde het.";
        let mut found = Vec::new();
        let named = people(text, &found);
        add(text, 0..text.len(), &mut found, &named);
        assert!(found.is_empty());
    }
}
