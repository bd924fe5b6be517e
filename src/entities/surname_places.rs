//! A place's name as the second part of a double surname: "Mariëlle
//! Girigorie-Statia", "Anna Jansen-Tiel". After a given name and a
//! capitalised word, a place glued by a hyphen is the rest of the surname,
//! not a place: it is left free for the name ("Emilia-Romagna" and
//! "Noord-Holland" have no given name before them).

use super::kind::EntityType;
use super::{Found, Link};

/// Drops from `found` (the gazetteer's and the rules' mentions, sorted by
/// start) each known place that is the second part of a double surname.
pub fn drop_places_in_double_surnames(
    text: &str,
    found: &mut Vec<Found>,
    is_given: impl Fn(&str) -> bool,
) {
    found.retain(|f| {
        !(f.ty == EntityType::Location
            && matches!(f.link, Link::Gazetteer(_))
            && after_given_and_surname(text, f.range.start, &is_given))
    });
}

/// Whether "<given name> <Surname>-" stands right before `at`.
fn after_given_and_surname(text: &str, at: usize, is_given: &impl Fn(&str) -> bool) -> bool {
    let Some(head) = text[..at].strip_suffix('-') else {
        return false;
    };
    let surname_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let surname = &head[surname_start..];
    let mut cs = surname.chars();
    if !(cs.next().is_some_and(char::is_uppercase)
        && surname.chars().count() >= 2
        && cs.all(char::is_lowercase))
    {
        return false;
    }
    let Some(before) = head[..surname_start].strip_suffix(' ') else {
        return false;
    };
    let given = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !given.is_empty() && is_given(given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str, name: &str) -> Found {
        let at = text.find(name).unwrap();
        Found {
            range: at..at + name.len(),
            ty: EntityType::Location,
            link: Link::Gazetteer(0),
        }
    }

    fn kept(text: &str, name: &str) -> bool {
        let mut found = vec![place(text, name)];
        drop_places_in_double_surnames(text, &mut found, |w| matches!(w, "Mariëlle" | "Emilia"));
        !found.is_empty()
    }

    #[test]
    fn a_place_in_a_double_surname_is_no_place() {
        assert!(!kept("President Mariëlle Girigorie-Statia zegt", "Statia"));
    }

    #[test]
    fn a_place_with_no_given_name_before_stays() {
        assert!(kept("in Emilia-Romagna en", "Romagna"));
        assert!(kept("in Noord-Holland", "Holland"));
        assert!(kept("de lijn Girigorie-Statia", "Statia"));
        assert!(kept("Mariëlle woont in Statia", "Statia"));
    }
}
