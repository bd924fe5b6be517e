//! A sports team named with its sponsors after a bar: "Team Hollandia |
//! Bosch Vervoer", "Team Frisia | LekkerWerk". The team found by its head
//! takes the capitalised words after " | "; a menu's bar, with more items
//! after it ("Team NL | Uitslagen | Agenda"), is no sponsor.

use super::kind::EntityType;
use super::{Found, widen_to};

/// The most words a sponsor's name has.
const MOST_WORDS: usize = 4;

/// Widens every team of `found` (sorted by start) over its sponsor,
/// dropping the mentions inside the sponsor's name.
pub(super) fn join(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        if f.ty == EntityType::Organisation
            && text[f.range.clone()].starts_with("Team ")
            && let Some(end) = sponsor_end(text, f.range.end)
        {
            widen_to(found, i, end);
        }
        i += 1;
    }
}

/// "bij Team IKO", "voor Team Nuis powered by Worldstream": a body found
/// right after the word "Team" is the team's name with it, and a team's
/// "powered by" and the capitalised name after it belong to it too. (Not
/// "team" in lower case, nor a person: "Team Beune" is no team we can
/// tell.)
pub(super) fn join_team_words(text: &str, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        if f.ty == EntityType::Organisation
            && let Some(head) = text[..f.range.start].strip_suffix("Team ")
            && !head.ends_with(|c: char| c.is_alphanumeric() || c == '-')
            && (i == 0 || found[i - 1].range.end <= head.len())
        {
            found[i].range.start = head.len();
            found[i].link = super::detector::name_link(&text[found[i].range.clone()]);
        }
        let f = &found[i];
        if f.ty == EntityType::Organisation
            && text[f.range.clone()].starts_with("Team ")
            && let Some(end) = powered_by_end(text, f.range.end)
            && widen_to(found, i, end)
        {
            found[i].link = super::detector::name_link(&text[found[i].range.clone()]);
        }
        i += 1;
    }
}

/// Where " powered by Name" after `at` ends, if it is there.
fn powered_by_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(" powered by ")?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .unwrap_or(rest.len());
    let name = rest[..len].trim_end_matches('.');
    name.starts_with(char::is_uppercase)
        .then(|| at + " powered by ".len() + name.len())
}

/// Where " | Sponsor Name" after `at` ends, if it is there.
fn sponsor_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(" | ")?;
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut end = 0;
    for (n, word) in line.split(' ').enumerate() {
        let name = word.trim_end_matches([',', '.', ';', ':', ')']);
        let capitalised = name.starts_with(|c: char| c.is_uppercase())
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '&');
        if !capitalised || n == MOST_WORDS {
            break;
        }
        end = word.as_ptr() as usize - line.as_ptr() as usize + name.len();
        if name.len() < word.len() {
            break;
        }
    }
    // A menu goes on with another bar.
    if end == 0 || line[end..].starts_with(" |") {
        return None;
    }
    Some(at + 3 + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str, found: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = found
            .iter()
            .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
            .collect();
        join(text, &mut found);
        found.iter().map(|f| text[f.range.clone()].into()).collect()
    }

    #[test]
    fn a_team_takes_its_sponsor() {
        use EntityType::Organisation as O;
        assert_eq!(
            joined(
                "Coach van Team Hollandia | Bosch Vervoer stond",
                &[("Team Hollandia", O), ("Bosch", O)]
            ),
            ["Team Hollandia | Bosch Vervoer"]
        );
        assert_eq!(
            joined(
                "De Fries van Team Frisia | LekkerWerk, die",
                &[("Team Frisia", O)]
            ),
            ["Team Frisia | LekkerWerk"]
        );
    }

    fn teams(text: &str, found: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = found
            .iter()
            .map(|&(s, ty)| crate::entities::test_mention(text, s, ty, false))
            .collect();
        join_team_words(text, &mut found);
        found.iter().map(|f| text[f.range.clone()].into()).collect()
    }

    #[test]
    fn a_body_after_team_is_the_team() {
        use EntityType::{Organisation as O, Person as P};
        assert_eq!(
            teams("Beune rijdt bij Team IKO sinds '24.", &[("IKO", O)]),
            ["Team IKO"]
        );
        assert_eq!(
            teams(
                "zijn ploeg, Team Nuis powered by Worldstream. Dat",
                &[("Team Nuis", O)]
            ),
            ["Team Nuis powered by Worldstream"]
        );
        // Counter-examples: lower case, a glued word, a person, a lower-case
        // word after "powered by".
        assert_eq!(teams("het team IKO", &[("IKO", O)]), ["IKO"]);
        assert_eq!(teams("SportTeam IKO", &[("IKO", O)]), ["IKO"]);
        assert_eq!(teams("Team Beune", &[("Beune", P)]), ["Beune"]);
        assert_eq!(
            teams("Team Nuis powered by ambitie", &[("Team Nuis", O)]),
            ["Team Nuis"]
        );
    }

    #[test]
    fn a_menu_or_lower_case_is_no_sponsor() {
        // Counter-examples: a menu's bars; a lower-case word; no team.
        use EntityType::Organisation as O;
        assert_eq!(
            joined("Team NL | Uitslagen | Agenda", &[("Team NL", O)]),
            ["Team NL"]
        );
        assert_eq!(
            joined("Team NL | uitslagen van vandaag", &[("Team NL", O)]),
            ["Team NL"]
        );
        assert_eq!(joined("Jumbo | Bosch Vervoer", &[("Jumbo", O)]), ["Jumbo"]);
    }
}
