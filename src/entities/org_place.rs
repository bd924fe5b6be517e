//! Organisations named after their place: "Omroep Gelderland", "Universiteit
//! Leiden", "CE Delft", "LTO Nederland". The place is part of the name, so
//! an organisation's head word or an unknown acronym directly before a place
//! makes one organisation, not an organisation and a place.

use super::cues::{self, ORG_HEADS};
use super::detector::name_link;
use super::kind::EntityType;
use super::words::is_acronym;
use super::{Found, Link};

/// Merges each such pair in `found` (sorted by start) into one organisation.
pub fn merge(text: &str, found: &mut Vec<Found>) {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut iter = std::mem::take(found).into_iter().peekable();
    while let Some(f) = iter.next() {
        if let Some(next) = iter.peek()
            && names_its_place(text, &f, next)
        {
            let range = f.range.start..next.range.end;
            let link = name_link(&text[range.clone()]);
            iter.next();
            out.push(Found {
                range,
                ty: EntityType::Organisation,
                link,
            });
            continue;
        }
        out.push(f);
    }
    *found = out;
}

fn names_its_place(text: &str, org: &Found, place: &Found) -> bool {
    if org.ty != EntityType::Organisation
        || place.ty != EntityType::Location
        || org.range.end + 1 != place.range.start
        || &text[org.range.end..place.range.start] != " "
    {
        return false;
    }
    // "Omroep Gelderland-redactie" is a compound; leave it alone.
    if text[place.range.end..].starts_with(['-', '\u{2011}']) {
        return false;
    }
    let head = &text[org.range.clone()];
    let head_word = !head.contains(' ') && ORG_HEADS.contains(&cues::lower(head).as_ref());
    // A known organisation ("NAVO", "EU") does not take a place into its name.
    let unknown_acronym = is_acronym(head) && matches!(org.link, Link::Key(_));
    head_word || unknown_acronym
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Link;

    fn found(text: &str, s: &str, ty: EntityType, known: bool) -> Found {
        let at = text.find(s).unwrap();
        Found {
            range: at..at + s.len(),
            ty,
            link: if known {
                Link::Gazetteer(0)
            } else {
                name_link(s)
            },
        }
    }

    #[test]
    fn a_head_word_or_an_unknown_acronym_takes_its_place() {
        let text = "Volgens Omroep Gelderland en CE Delft niet.";
        let mut f = vec![
            found(text, "Omroep", EntityType::Organisation, false),
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "CE", EntityType::Organisation, false),
            found(text, "Delft", EntityType::Location, true),
        ];
        merge(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| (&text[f.range.clone()], f.ty)).collect();
        assert_eq!(
            names,
            [
                ("Omroep Gelderland", EntityType::Organisation),
                ("CE Delft", EntityType::Organisation)
            ]
        );
    }

    #[test]
    fn a_known_organisation_and_a_place_stay_apart() {
        // Counter-examples: "de NAVO Oekraïne" (a known organisation), a
        // place after a comma, and a compound after the place.
        let text = "de NAVO Oekraïne, Omroep, Gelderland en RTV Noord-redactie";
        let mut f = vec![
            found(text, "NAVO", EntityType::Organisation, true),
            found(text, "Oekraïne", EntityType::Location, true),
            found(text, "Omroep", EntityType::Organisation, false),
            found(text, "Gelderland", EntityType::Location, true),
            found(text, "RTV", EntityType::Organisation, false),
            found(text, "Noord", EntityType::Location, true),
        ];
        merge(text, &mut f);
        assert_eq!(f.len(), 6);
    }
}
