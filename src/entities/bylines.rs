//! The writer in a news page's byline: "Door Marlon Rosaria-Sánchez |
//! 26 november 2026", "Door Anne-Marije Sikkema" on a line of its own. A
//! line that opens with "Door" and holds only a name before its end or a
//! byline's separator names a person, whatever the name's words are
//! otherwise (a given name no list knows, a surname that is a place).

use super::Found;
use super::detector::name_link;
use super::gazetteer::is_particle;
use super::kind::EntityType;
use std::ops::Range;

/// Adds the writers of the bylines in `within` to `found` (sorted by
/// start), keeping it sorted; finds inside a writer's name are taken into
/// it. `is_common` says a word is an ordinary word of the text ("Door
/// corona minder reizen" is a headline, not a byline).
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) {
    let mut added = Vec::new();
    let mut gone = Vec::new();
    let doors = memchr::memmem::find_iter(&text.as_bytes()[within.clone()], b"Door ");
    for at in doors.map(|i| within.start + i) {
        if at > 0 && text.as_bytes()[at - 1] != b'\n' {
            continue;
        }
        let Some(name) = writer(text, at + "Door ".len(), &is_common) else {
            continue;
        };
        let from = found.partition_point(|f| f.range.end <= name.start);
        let to = found.partition_point(|f| f.range.start < name.end);
        let inside = (from..to.max(from))
            .all(|k| name.start <= found[k].range.start && found[k].range.end <= name.end);
        if !inside
            || (from..to).any(|k| found[k].range == name && found[k].ty == EntityType::Person)
        {
            continue;
        }
        gone.extend(from..to.max(from));
        added.push(Found {
            link: name_link(&text[name.clone()]),
            range: name,
            ty: EntityType::Person,
        });
    }
    super::drop_finds(found, gone);
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
}

/// The name starting at `from` when it runs to the line's end or to a
/// byline's separator ("|", "·", a comma, a dash between spaces).
fn writer(text: &str, from: usize, is_common: &impl Fn(&str) -> bool) -> Option<Range<usize>> {
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    let rest = &text[from..line_end];
    let end = [" |", " ·", ",", " – ", " - ", " — "]
        .iter()
        .filter_map(|s| rest.find(s))
        .min()
        .unwrap_or(rest.len());
    let span = rest[..end].trim_end();
    let words: Vec<&str> = span.split(' ').collect();
    let ok = (2..=5).contains(&words.len())
        && is_name_word(words[0])
        && is_name_word(words[words.len() - 1])
        && words.iter().all(|w| is_name_word(w) || is_particle(w))
        && !words.iter().any(|w| is_name_word(w) && is_common(w));
    ok.then(|| from..from + span.len())
}

/// "Sikkema", "Rosaria-Sánchez", "Anne-Marije", "O'Neill": capitalised
/// parts joined by hyphens, each a capital and lower-case letters.
fn is_name_word(word: &str) -> bool {
    word.split('-').all(|part| {
        let part = part.trim_start_matches(['\'', '’']);
        let mut cs = part.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| c.is_lowercase() || matches!(c, '\'' | '’'))
    }) || word.split(['\'', '’']).count() == 2
        && word
            .split(['\'', '’'])
            .all(|p| p.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writers(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found, |w| {
            w == "Minder" || w == "Reizen"
        });
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn a_byline_names_its_writer() {
        assert_eq!(
            writers("Titel\nDoor Marlon Rosaria-Sánchez | 26 november 2026\nTekst"),
            ["Marlon Rosaria-Sánchez"]
        );
        assert_eq!(
            writers("Door Anne-Marije Sikkema\n"),
            ["Anne-Marije Sikkema"]
        );
        assert_eq!(
            writers("Door Jan van der Berg, Den Haag\n"),
            ["Jan van der Berg"]
        );
    }

    #[test]
    fn a_headline_or_a_sentence_is_no_byline() {
        // Ordinary words of the text.
        assert!(writers("Door Corona Minder Reizen\n").is_empty());
        // Not at a line's start, a lower-case word, one word only.
        assert!(writers("Het kwam Door Jan Smit\n").is_empty());
        assert!(writers("Door de regen viel de wedstrijd uit\n").is_empty());
        assert!(writers("Door Defensie\n").is_empty());
    }
}
