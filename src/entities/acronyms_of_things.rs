//! An acronym in brackets right after a named thing is its short form,
//! also when its letters spell the name in another language:
//! "Partnerschapsovereenkomst EU-Mercosur (EMPA)" is the EU–Mercosur
//! Partnership Agreement, a named thing, as is every "EMPA" after it. The
//! detector types an acronym it cannot spell out as an organisation; this
//! pass gives it the thing's type and identity once both are found.
//! Counter-examples: an acronym the gazetteer knows ("het Klimaatakkoord
//! (SER)": the body that made it), after a person, body or place ("Mulder
//! (CDA)", "Utrecht (GL)").

use super::kind::EntityType;
use super::words::is_acronym;
use super::{Found, Link};

/// The unknown acronyms of `found` (sorted by start) that stand in brackets
/// right after a named thing: each acronym's link and the thing's.
pub fn short_forms(text: &str, found: &[Found]) -> Vec<(Link, Link)> {
    let mut renamed: Vec<(Link, Link)> = Vec::new();
    for pair in found.windows(2) {
        let (thing, acronym) = (&pair[0], &pair[1]);
        if thing.ty != EntityType::Misc
            || acronym.ty != EntityType::Organisation
            || !matches!(acronym.link, Link::Key(_))
            || !is_acronym(&text[acronym.range.clone()])
            || !matches!(
                text.get(thing.range.end..acronym.range.start),
                Some(" (" | "(")
            )
            || !text[acronym.range.end..].starts_with(')')
        {
            continue;
        }
        renamed.push((acronym.link.clone(), thing.link.clone()));
    }
    renamed
}

/// Gives every organisation of `found` linked as one of the acronyms of
/// `short_forms` (of the whole document) the named thing's type and link.
pub fn retype(found: &mut [Found], short_forms: &[(Link, Link)]) {
    if short_forms.is_empty() {
        return;
    }
    for f in found.iter_mut() {
        if f.ty != EntityType::Organisation {
            continue;
        }
        if let Some((_, to)) = short_forms.iter().find(|(from, _)| *from == f.link) {
            f.ty = EntityType::Misc;
            f.link = to.clone();
        }
    }
}

/// Both steps on one piece of text (the tests').
#[cfg(test)]
fn retype_after_things(text: &str, found: &mut [Found]) {
    let forms = short_forms(text, found);
    retype(found, &forms);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn types(text: &str, mentions: &[(&str, EntityType, bool)]) -> Vec<EntityType> {
        let mut found: Vec<Found> = mentions
            .iter()
            .map(|(s, t, known)| test_mention(text, s, *t, *known))
            .collect();
        found.sort_by_key(|f| f.range.start);
        retype_after_things(text, &mut found);
        found.iter().map(|f| f.ty).collect()
    }

    #[test]
    fn an_acronym_after_a_named_thing_is_that_thing() {
        use EntityType::*;
        let text = "Het akkoord kent een Partnerschapsovereenkomst EU-Mercosur (EMPA). De EMPA moet nog door de Raad.";
        let mut found = vec![
            test_mention(text, "Partnerschapsovereenkomst EU-Mercosur", Misc, false),
            test_mention(text, "EMPA", Organisation, false),
        ];
        let later = text.rfind("EMPA").unwrap();
        found.push(Found {
            range: later..later + 4,
            ty: Organisation,
            link: found[1].link.clone(),
        });
        retype_after_things(text, &mut found);
        assert!(found.iter().all(|f| f.ty == Misc));
        assert!(found[1].link == found[0].link && found[2].link == found[0].link);
    }

    #[test]
    fn a_known_body_or_an_acronym_after_a_person_stays() {
        use EntityType::*;
        let text = "Zo staat het in het Klimaatakkoord (SER) en zei Mulder (CDA) het.";
        assert_eq!(
            types(
                text,
                &[
                    ("Klimaatakkoord", Misc, false),
                    ("SER", Organisation, true),
                    ("Mulder", Person, false),
                    ("CDA", Organisation, false)
                ]
            ),
            [Misc, Organisation, Person, Organisation]
        );
    }
}
