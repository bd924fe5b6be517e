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

    fn person(text: &str, name: &str) -> Found {
        let start = text.find(name).unwrap();
        Found {
            range: start..start + name.len(),
            ty: EntityType::Person,
            link: Link::Gazetteer(0),
        }
    }

    #[test]
    fn a_surname_before_a_number_is_no_person() {
        let text = "in Blok 58 en Stef Blok 58 keer, Blok (58) zei";
        let mut found = vec![
            person(text, "Blok 58 en"),
            person(text, "Stef Blok"),
            person(text, "Blok (58)"),
        ];
        found[0].range.end = found[0].range.start + "Blok".len();
        found[2].range.end = found[2].range.start + "Blok".len();
        drop(text, &mut found);
        let left: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(left, ["Stef Blok", "Blok"]);
    }
}
