//! A group's company for a region, named by the group and the region: "Dow
//! Benelux", "Samsung Benelux". The region is a known name of its own (the
//! Benelux is a union of states), so the detector does not build on it and
//! finds the region alone; a capitalised word right before it that names
//! nothing else is the group, and the two are one company. Counter-examples:
//! "de Benelux", "in de Benelux" (a word the text writes in lower case), a
//! place before it ("Nederland Benelux"), a name found before it.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, is_covered};

/// The regions a group's company is named by, after the group's name.
const REGIONS: &[&str] = &["Benelux"];

/// Joins each region of [`REGIONS`] found in `found` with the group's
/// name before it into one company. `is_other` says a word names
/// something else or is an ordinary word.
pub fn join(text: &str, found: &mut [Found], is_other: impl Fn(&str) -> bool) {
    for i in 0..found.len() {
        let f = &found[i];
        if !REGIONS.contains(&&text[f.range.clone()]) {
            continue;
        }
        let Some(head) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let group = head
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '&'))
            .next()
            .unwrap_or_default();
        let start = head.len() - group.len();
        let shaped = group.starts_with(char::is_uppercase) && group.chars().count() >= 2;
        if !shaped || is_other(group) || is_covered(&found[..i], &(start..head.len())) {
            continue;
        }
        let f = &mut found[i];
        f.range.start = start;
        f.ty = EntityType::Organisation;
        f.link = name_link(&text[f.range.clone()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn joined(text: &str, found: Vec<Found>) -> Vec<(EntityType, String)> {
        let mut found = found;
        join(text, &mut found, |w| matches!(w, "De" | "Nederland"));
        found
            .iter()
            .map(|f| (f.ty, text[f.range.clone()].to_string()))
            .collect()
    }

    #[test]
    fn a_group_before_its_region_is_one_company() {
        let text = "Met Dow Benelux in Terneuzen lopen gesprekken.";
        let found = vec![test_mention(
            text,
            "Benelux",
            EntityType::Organisation,
            false,
        )];
        assert_eq!(
            joined(text, found),
            [(EntityType::Organisation, "Dow Benelux".to_string())]
        );
    }

    #[test]
    fn the_union_alone_stays_the_union() {
        // Counter-examples: an article, a place, a name found before.
        for (text, before) in [
            ("De Benelux groeit.", None),
            ("Samen met Nederland Benelux vormen.", None),
            ("Met Shell Benelux praten.", Some("Shell")),
        ] {
            let mut found = vec![test_mention(
                text,
                "Benelux",
                EntityType::Organisation,
                false,
            )];
            if let Some(b) = before {
                found.insert(0, test_mention(text, b, EntityType::Organisation, false));
            }
            let out = joined(text, found);
            assert_eq!(
                out.last(),
                Some(&(EntityType::Organisation, "Benelux".to_string())),
                "{text}"
            );
        }
    }
}
