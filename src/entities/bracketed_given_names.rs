//! A person written with initials and the given name in brackets: "mr.
//! H.J. (Hans) Stapelkamp", "J.W.M. (Jeroen) ten Hove", "M.A. (Marieke) van
//! Wijngaarden-Bos". The whole is one name: the initials, the bracketed
//! given name, the particles and the surname. The layers find the initials
//! on their own and the surname apart (or not at all, after particles).
//! Two signatories whose names a letter's columns ran onto one line ("ir.
//! P.J. van der Veen-Schouten J.A. (Jolanda) Tuinstra") are two people: no
//! name has initials after its surname.

use super::gazetteer::is_particle;
use super::kind::EntityType;
use super::{Found, widen_to};

/// Joins initials found as a person, a bracketed given name and the
/// surname after it (found or not) into one person; first, initials that
/// end a person after a surname start the next person.
pub(super) fn join(text: &str, found: &mut Vec<Found>) {
    split_trailing_initials(text, found);
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        if f.ty != EntityType::Person || !is_initials(&text[f.range.clone()]) {
            i += 1;
            continue;
        }
        let Some(end) = name_end(text, f.range.end) else {
            i += 1;
            continue;
        };
        // The surname, and anything else found inside the whole, go.
        if widen_to(found, i, end) {
            let range = found[i].range.clone();
            found[i] = Found {
                link: super::detector::name_link(&text[range.clone()]),
                range,
                ty: EntityType::Person,
            };
        }
        i += 1;
    }
}

/// Cuts each person in `found` (sorted by start) whose last word is
/// initials after a word that is neither initials nor a particle into that
/// person and the initials, a person of their own.
fn split_trailing_initials(text: &str, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in found.iter_mut() {
        if f.ty != EntityType::Person {
            continue;
        }
        let surface = &text[f.range.clone()];
        let Some((head, last)) = surface.rsplit_once(' ') else {
            continue;
        };
        let before = head.rsplit(' ').next().unwrap_or(head);
        // The first person is named by initials and a surname, as a
        // letter's signatory is ("José Luis R." is one person's given
        // names and an initial).
        let signatory = head.split(' ').next().is_some_and(is_initials);
        if !signatory
            || !is_initials(last)
            || is_initials(before)
            || is_particle(before)
            || !is_name_word(before)
        {
            continue;
        }
        let cut = f.range.start + head.len();
        let rest = cut + 1..f.range.end;
        f.range.end = cut;
        f.link = super::detector::name_link(&text[f.range.clone()]);
        added.push(Found {
            link: super::detector::name_link(&text[rest.clone()]),
            range: rest,
            ty: EntityType::Person,
        });
    }
    super::add_finds(found, added);
}

/// "H.J.", "J.W.M.": single capitals each followed by a full stop.
fn is_initials(s: &str) -> bool {
    s.len() >= 2
        && s.ends_with('.')
        && s.split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.starts_with(char::is_uppercase))
}

/// Where " (Given) [particles] Surname" after initials ending at `at`
/// ends, if it is there.
fn name_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let given = &rest[..close];
    if !is_name_word(given) {
        return None;
    }
    let mut pos = at + 2 + close + 1;
    pos += text[pos..].strip_prefix(' ').map(|_| 1)?;
    // Particles ("van", "ten", "van der"), then one capitalised word.
    loop {
        let word_len = text[pos..].find([' ', '\n']).unwrap_or(text.len() - pos);
        let word = &text[pos..pos + word_len];
        if is_particle(word) && text[pos + word_len..].starts_with(' ') {
            pos += word_len + 1;
            continue;
        }
        let surname_len = word
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .map_or(word.len(), |(p, _)| p);
        let surname = word[..surname_len].trim_end_matches(['-', '\'', '’']);
        return is_name_word(surname).then_some(pos + surname.len());
    }
}

/// A capitalised word of letters (a hyphen between parts allowed), with a
/// lower-case letter: "Hans", "Wijngaarden-Bos"; not "EU", "Zie 3".
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Link;

    fn person(text: &str, surface: &str) -> Found {
        let at = text.find(surface).unwrap();
        Found {
            range: at..at + surface.len(),
            ty: EntityType::Person,
            link: Link::Key(format!("per:{surface}")),
        }
    }

    fn joined(text: &str, found: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = found.iter().map(|s| person(text, s)).collect();
        join(text, &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn initials_after_a_surname_start_the_next_person() {
        let text = "ir. P.J. van der Veen-Schouten J.A. (Jolanda) Tuinstra";
        assert_eq!(
            joined(text, &["P.J. van der Veen-Schouten J.A.", "Tuinstra"]),
            ["P.J. van der Veen-Schouten", "J.A. (Jolanda) Tuinstra"]
        );
        // Counter-examples: initials after initials or a particle, a name
        // ending in a word that is no initials, and given names with a
        // surname's initial stay whole.
        assert_eq!(
            joined("José Luis R. werd", &["José Luis R."]),
            ["José Luis R."]
        );
        assert_eq!(joined("dr. J. A. Smit", &["J. A."]), ["J. A."]);
        assert_eq!(
            joined(
                "Jan Smit en Karel de Vries",
                &["Jan Smit", "Karel de Vries"]
            ),
            ["Jan Smit", "Karel de Vries"]
        );
    }

    #[test]
    fn initials_a_bracketed_given_name_and_the_surname_are_one_person() {
        assert_eq!(
            joined(
                "Informateur mr. H.J. (Hans) Stapelkamp heeft",
                &["H.J.", "Stapelkamp"]
            ),
            ["H.J. (Hans) Stapelkamp"]
        );
        assert_eq!(
            joined(
                "dr. J.W.M. (Jeroen) ten Hove, directeur",
                &["J.W.M.", "ten Hove"]
            ),
            ["J.W.M. (Jeroen) ten Hove"]
        );
        assert_eq!(
            joined("door M.A. (Marieke) van Wijngaarden-Bos.", &["M.A."]),
            ["M.A. (Marieke) van Wijngaarden-Bos"]
        );
    }

    #[test]
    fn other_brackets_after_initials_stay_apart() {
        // Counter-examples: a party, an age, a portfolio in brackets; no
        // surname after the bracket.
        assert_eq!(
            joined("J. de Vries (CDA) vroeg", &["J. de Vries"]),
            ["J. de Vries"]
        );
        assert_eq!(joined("H.J. (63) zei", &["H.J."]), ["H.J."]);
        assert_eq!(
            joined("H.J. (Financiën) en de minister", &["H.J."]),
            ["H.J."]
        );
        assert_eq!(joined("H.J. (Hans) zei", &["H.J."]), ["H.J."]);
    }
}
