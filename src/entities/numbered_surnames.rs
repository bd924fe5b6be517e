//! A known person's bare surname right before a number names a numbered
//! thing, not that person: an oil block ("in Blok 58"), a camp, a hall or a
//! lot ("Kamp 3"). The full name before a number stays the person ("Stef
//! Blok 58 keer"), and so does an age in brackets ("Blok (58)").

use super::kind::EntityType;
use super::{Found, Link};

/// Drops from `found` the known persons named by one word before a number.
pub(super) fn drop(text: &str, found: &mut Vec<Found>) {
    found.retain(|f| {
        let numbered = f.ty == EntityType::Person
            && matches!(f.link, Link::Gazetteer(_))
            && !text[f.range.clone()].contains(' ')
            && text[f.range.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        !numbered
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every "Blok" and "Stef Blok" of `text` as a known person.
    fn people(text: &str) -> Vec<Found> {
        let mut found: Vec<Found> = text
            .match_indices("Blok")
            .map(|(at, name)| {
                let full = text[..at].ends_with("Stef ");
                let start = if full { at - "Stef ".len() } else { at };
                Found {
                    range: start..at + name.len(),
                    ty: EntityType::Person,
                    link: Link::Gazetteer(0),
                }
            })
            .collect();
        found.sort_by_key(|f| f.range.start);
        found
    }

    #[test]
    fn a_surname_before_a_number_is_no_person() {
        let text = "in Blok 58 en Stef Blok 58 keer, Blok (58) zei";
        let mut found = people(text);
        drop(text, &mut found);
        let left: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(left, ["Stef Blok", "Blok"]);
    }
}
