//! The organs inside an organisation: "de Raad van Bestuur", "de
//! Ondernemingsraad", "de Cliëntenraad", "de Raad van Commissarissen". Every
//! company, hospital or school has one; capitalised, they still name a part
//! of the body the sentence is about, not a body of their own, so they are
//! no entities, and "de Raad van Bestuur van Zuyderland Medisch Centrum"
//! names the hospital. (A supervisory board that is an institution keeps
//! its name: "de Raad van Toezicht van de ECB" is not read here.)

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use std::ops::Range;

/// The organs, as written capitalised.
const ORGANS: &[&str] = &[
    "Raad van Bestuur",
    "Raad van Commissarissen",
    "Ondernemingsraad",
    "Centrale Ondernemingsraad",
    "Cliëntenraad",
    "Centrale Cliëntenraad",
    "Medezeggenschapsraad",
    "Gemeenschappelijke Medezeggenschapsraad",
    "Verpleegkundige Adviesraad",
    "Patiëntenraad",
    "Studentenraad",
    "Ouderraad",
    "Leerlingenraad",
];

/// Whether `name` is one of the organs as a whole.
pub(super) fn is_organ(name: &str) -> bool {
    ORGANS.contains(&name)
}

/// Drops the organisations of `found` that are an organ alone, and cuts an
/// organ's "… van" off the body it belongs to. Returns the organs' ranges
/// (no other name may take their words).
pub(super) fn drop_organs(text: &str, found: &mut Vec<Found>) -> Vec<Range<usize>> {
    let mut organs = Vec::new();
    found.retain_mut(|f| {
        if f.ty != EntityType::Organisation {
            return true;
        }
        let name = &text[f.range.clone()];
        if is_organ(name) {
            organs.push(f.range.clone());
            return false;
        }
        let Some(body) = ORGANS.iter().find_map(|o| {
            let rest = name.strip_prefix(o)?.strip_prefix(" van ")?;
            Some(
                ["de ", "het "]
                    .iter()
                    .find_map(|a| rest.strip_prefix(a))
                    .unwrap_or(rest),
            )
        }) else {
            return true;
        };
        if !body.starts_with(|c: char| c.is_uppercase()) {
            organs.push(f.range.clone());
            return false;
        }
        let organ_end = f.range.end - body.len();
        organs.push(f.range.start..organ_end);
        f.range.start = organ_end;
        f.link = name_link(body);
        true
    });
    organs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str, orgs: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = orgs
            .iter()
            .map(|o| crate::entities::test_mention(text, o, EntityType::Organisation, false))
            .collect();
        let _ = drop_organs(text, &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn an_organ_is_no_body_and_names_the_body_after_van() {
        let text = "De Raad van Bestuur van Zuyderland Medisch Centrum besloot; de \
                    Ondernemingsraad en de Verpleegkundige Adviesraad adviseren. De Raad van \
                    Commissarissen van het UWV zwijgt.";
        assert_eq!(
            kept(
                text,
                &[
                    "Raad van Bestuur van Zuyderland Medisch Centrum",
                    "Ondernemingsraad",
                    "Verpleegkundige Adviesraad",
                    "Raad van Commissarissen van het UWV",
                ]
            ),
            ["Zuyderland Medisch Centrum", "UWV"]
        );
        // Counter-examples: an institution's supervisory board, a council
        // that is a body ("Raad van State", "Onderwijsraad"), an organ in
        // a longer name.
        let text = "De Raad van Toezicht van de ECB, de Raad van State, de Onderwijsraad en \
                    de Ondernemingsraad Fryslân.";
        let orgs = [
            "Raad van Toezicht van de ECB",
            "Raad van State",
            "Onderwijsraad",
            "Ondernemingsraad Fryslân",
        ];
        assert_eq!(kept(text, &orgs), orgs);
    }
}
