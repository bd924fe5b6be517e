//! The players of a team's line-up, as match reports print it under the
//! report: the team, a colon, then the players' names by line of the field,
//! the lines parted by semicolons (or spaced dashes), the players of a line
//! by commas, a substitute in brackets after the player replaced:
//!
//! ```text
//! FC Twente: Brouwer; Salah-Eddine, Van den Akker, Kjærgaard, Smit; Kroeskamp,
//! Ten Hove (66. Vänttinen), Ødegård-Lie; Demirbağ, Oyelaran, Lindholm.
//! ```
//!
//! Every name of such a line is a person, and the team an organisation,
//! whatever the lists took the surnames for ("Maeda" a thing, "De Groot" a
//! place). The shape asks for much, as a list of capitalised words is no
//! line-up by itself ("Agenda: Opening; Mededelingen; Rondvraag"):
//! - at least [`LEAST_PLAYERS`] names and two line breaks of the field (a
//!   semicolon or a spaced dash);
//! - every item a name: capitalised words, particles ("van den", "ten") and
//!   initials only, with at most one substitute in brackets after it, given
//!   by the minute ("66.", "66'", "66e") and a name;
//! - a team of one to [`MOST_TEAM_WORDS`] words starting with a capital,
//!   not a word the text also writes in lower case ("Landen: …");
//! - not more than one item the lists know as a place or body ("Frankrijk;
//!   Duitsland, België; …" is no team).

use super::kind::EntityType;
use super::name_links::name_link;
use super::sports_clubs::claim_club;
use super::{Found, Link, add_finds, drop_finds};
use std::ops::Range;

/// The fewest players of a line-up (a team of seven: korfball, handball).
const LEAST_PLAYERS: usize = 7;
/// The most words of a team's name ("Brighton & Hove Albion").
const MOST_TEAM_WORDS: usize = 5;
/// The most words of a player's name ("Van den Akker", "Julián Echeverry
/// Mosquera").
const MOST_NAME_WORDS: usize = 4;
/// The longest line read as a line-up.
const LONGEST_LINE: usize = 600;

/// Makes the players of every line-up in `within` people and its team an
/// organisation. `found` is sorted by start; `is_common` answers whether
/// the text writes a word in lower case.
pub(super) fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) {
    let bytes = text.as_bytes();
    let mut at = within.start;
    let mut added = Vec::new();
    let mut gone = Vec::new();
    // From colon to colon: most lines have none.
    while let Some(s) = memchr::memchr(b':', &bytes[at..within.end]) {
        let s = at + s;
        let start = memchr::memrchr(b'\n', &bytes[..s]).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', &bytes[s..]).map_or(bytes.len(), |p| s + p);
        at = end.min(within.end);
        if start < within.start || end > within.end || end - start > LONGEST_LINE {
            continue;
        }
        let Some(line_up) = read(&text[start..end]) else {
            continue;
        };
        let team = start + line_up.team.start..start + line_up.team.end;
        let players: Vec<Range<usize>> = line_up
            .players
            .iter()
            .map(|p| start + p.start..start + p.end)
            .collect();
        if is_common(&text[team.clone()]) || known_things(text, found, &players) > 1 {
            continue;
        }
        // What the lists found over the players gives way to them.
        let list = players[0].start..players[players.len() - 1].end;
        gone.extend(
            found
                .iter()
                .enumerate()
                .filter(|(_, f)| f.range.start < list.end && f.range.end > list.start)
                .map(|(k, _)| k),
        );
        added.extend(players.into_iter().map(|range| Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Person,
        }));
        claim_club(text, team, found, &mut added, &mut gone);
    }
    gone.sort_unstable();
    gone.dedup();
    drop_finds(found, gone);
    add_finds(found, added);
}

/// How many of `players` the lists know as something other than a person
/// (a place, a body: an entry of the gazetteer). `found` is sorted by start.
fn known_things(text: &str, found: &[Found], players: &[Range<usize>]) -> usize {
    players
        .iter()
        .filter(|p| !text[(*p).clone()].contains(' '))
        .filter(|p| {
            let from = found.partition_point(|f| f.range.start < p.start);
            found[from..]
                .iter()
                .take_while(|f| f.range.start == p.start)
                .any(|f| {
                    f.range == **p
                        && f.ty != EntityType::Person
                        && matches!(f.link, Link::Gazetteer(_))
                })
        })
        .count()
}

/// A line-up read from a line: its team and its players (the substitutes
/// among them), as ranges of the line.
#[derive(Debug, PartialEq)]
struct LineUp {
    team: Range<usize>,
    players: Vec<Range<usize>>,
}

/// The line-up `line` is, if it is one (see the module's shape).
fn read(line: &str) -> Option<LineUp> {
    let colon = line.find(':')?;
    let team = trimmed(line, 0..colon);
    let team_words = line[team.clone()].split_whitespace().count();
    if !(1..=MOST_TEAM_WORDS).contains(&team_words)
        || !line[team.clone()].starts_with(char::is_uppercase)
    {
        return None;
    }
    let mut list = colon + 1..line.len();
    list.end = line[..list.end].trim_end().trim_end_matches('.').len();
    let mut players = Vec::new();
    let mut breaks = 0;
    let mut from = list.start;
    while from < list.end {
        let rest = &line[from..list.end];
        let (len, is_break, sep) = next_separator(rest).unwrap_or((rest.len(), false, 0));
        let item = trimmed(line, from..from + len);
        if item.is_empty() {
            return None;
        }
        read_item(line, item, &mut players)?;
        breaks += usize::from(is_break);
        from += len + sep;
    }
    (players.len() >= LEAST_PLAYERS && breaks >= 2).then_some(LineUp { team, players })
}

/// Where the item at the start of `rest` ends: its length, whether a line
/// of the field ends there (";" or a spaced dash, not ","), and the
/// separator's length; `None` for the last item. Commas inside brackets
/// part no items.
fn next_separator(rest: &str) -> Option<(usize, bool, usize)> {
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => return Some((i, false, 1)),
            ';' if depth == 0 => return Some((i, true, 1)),
            '-' | '–' if depth == 0 && rest[..i].ends_with(' ') => {
                let after = &rest[i + c.len_utf8()..];
                if after.starts_with(' ') {
                    return Some((i, true, c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads one item of the list (`item`, a range of `line`): a name, and a
/// substitute's name in brackets after it; each goes into `players`.
fn read_item(line: &str, item: Range<usize>, players: &mut Vec<Range<usize>>) -> Option<()> {
    let text = &line[item.clone()];
    let (name, sub) = match text.find('(') {
        Some(open) => {
            let close = text
                .rfind(')')
                .filter(|&c| c > open && c == text.len() - 1)?;
            (
                trimmed(line, item.start..item.start + open),
                Some(item.start + open + 1..item.start + close),
            )
        }
        None => (item, None),
    };
    players.push(name_of(line, name)?);
    if let Some(sub) = sub {
        players.push(substitute(line, sub)?);
    }
    Some(())
}

/// The substitute's name in a bracket's text (a range of `line`): "66.
/// Vänttinen", "66' Vänttinen", "66e Vänttinen" or "Vänttinen 66.".
fn substitute(line: &str, inside: Range<usize>) -> Option<Range<usize>> {
    let text = &line[inside.clone()];
    let is_minute = |w: &str| {
        let digits = w.strip_suffix(['.', '\'', '’', 'e']).unwrap_or(w);
        (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let first = text.split_whitespace().next()?;
    let last = text.split_whitespace().next_back()?;
    let name = if is_minute(first) {
        let at = text.find(first)? + first.len();
        inside.start + at..inside.end
    } else if is_minute(last) {
        let at = text.rfind(last)?;
        inside.start..inside.start + at
    } else {
        return None;
    };
    name_of(line, trimmed(line, name))
}

/// `range` of `line` when it reads as a person's name: one to
/// [`MOST_NAME_WORDS`] words, each capitalised (letters, hyphens,
/// apostrophes), an initial ("M.") or a particle, with a capitalised word
/// of two letters or more among them.
fn name_of(line: &str, range: Range<usize>) -> Option<Range<usize>> {
    let words: Vec<&str> = line[range.clone()].split_whitespace().collect();
    if words.is_empty() || words.len() > MOST_NAME_WORDS {
        return None;
    }
    let is_initial = |w: &str| {
        let mut cs = w.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let is_name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let ok = words.iter().all(|w| {
        is_name_word(w) || is_initial(w) || super::gazetteer::is_particle(&w.to_lowercase())
    }) && words.iter().any(|w| is_name_word(w))
        && !super::gazetteer::is_particle(&words[words.len() - 1].to_lowercase());
    ok.then_some(range)
}

/// `range` of `text` without the spaces at its ends.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    start..start + s.trim().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<(String, Vec<String>)> {
        read(line).map(|l| {
            (
                line[l.team].to_string(),
                l.players.into_iter().map(|p| line[p].to_string()).collect(),
            )
        })
    }

    #[test]
    fn a_football_line_up_with_substitutes() {
        let (team, players) = names(
            "AZ: Blaauw; Skarsbø, Wróblewski, De Groot, Maeda; Lindqvist, Van Soest, \
             Ndiaye (81. Bakayoko); Okonkwo, Haraldsson, Vermeulen (70. Pereira).",
        )
        .unwrap();
        assert_eq!(team, "AZ");
        assert_eq!(
            players,
            [
                "Blaauw",
                "Skarsbø",
                "Wróblewski",
                "De Groot",
                "Maeda",
                "Lindqvist",
                "Van Soest",
                "Ndiaye",
                "Bakayoko",
                "Okonkwo",
                "Haraldsson",
                "Vermeulen",
                "Pereira"
            ]
        );
    }

    #[test]
    fn lines_of_the_field_parted_by_dashes_and_substitutes_after_the_minute() {
        let (team, players) = names(
            "Club Brugge: Mignolet - Sabbe, Mechele, Ordonez, De Cuyper - Onyedika, \
             Vanaken (Skov Olsen 78'), Vetlesen - Nielsen, Jutglà, M. de Ketelaere",
        )
        .unwrap();
        assert_eq!(team, "Club Brugge");
        assert!(players.contains(&"Skov Olsen".to_string()));
        assert!(players.contains(&"M. de Ketelaere".to_string()));
        assert_eq!(players.len(), 12);
    }

    /// Lists of capitalised words that are no line-up.
    #[test]
    fn counter_examples() {
        for line in [
            // An agenda: lower-case words in its items.
            "Agenda: Opening; Mededelingen; Vaststelling van de agenda; Rondvraag; Sluiting.",
            // Too few names.
            "Scheidsrechter: Bas Terlouw; grensrechters: Jansen, Smit.",
            "Aanwezig: Jansen; De Vries; Bakker.",
            // One line of the field only: a plain list of names.
            "Aanwezig: Jansen, De Vries, Bakker, Visser, Smit, Meijer, De Boer, Mulder.",
            // Results: figures in the items.
            "Uitslagen: Ajax - PSV 2-1; Feyenoord - AZ 0-0; Twente - Heerenveen 3-1; Utrecht - NEC 1-1.",
            // A cast with its roles.
            "Met: Anna de Vries, Peter Jansen; regie: Tom Bakker; decor: Els Smit, Jan Mol, Kees Bos.",
            // A bracket that is no substitution.
            "Team: Jansen; Smit, Bos (aanvoerder), Mol; Kok, Berg, Veen; Dam, Post, Wit, Roos.",
            // No team.
            ": Jansen; Smit, Bos, Mol; Kok, Berg, Veen; Dam, Post, Wit, Roos.",
        ] {
            assert_eq!(names(line), None, "{line}");
        }
    }

    fn found(text: &str, line: &str, ty: EntityType, link: Link) -> Found {
        let start = text.find(line).unwrap();
        Found {
            range: start..start + line.len(),
            ty,
            link,
        }
    }

    #[test]
    fn players_are_people_and_the_team_a_body() {
        let text = "Verslag.\n\nFC Twente: Brouwer; Smit, Van den Akker, Kjærgaard, Bos; \
                    Kroeskamp, Ten Hove (66. Vänttinen), Lie; Demirbağ, Oyelaran, Lindholm.\n";
        let mut fs = vec![
            found(
                text,
                "FC Twente",
                EntityType::Organisation,
                Link::Gazetteer(1),
            ),
            found(
                text,
                "Van den Akker",
                EntityType::Location,
                name_link("Akker"),
            ),
            found(text, "Oyelaran", EntityType::Misc, name_link("Oyelaran")),
        ];
        add(text, 0..text.len(), &mut fs, |_| false);
        let people: Vec<&str> = fs
            .iter()
            .filter(|f| f.ty == EntityType::Person)
            .map(|f| &text[f.range.clone()])
            .collect();
        assert_eq!(people.len(), 12, "{people:?}");
        assert!(people.contains(&"Van den Akker") && people.contains(&"Vänttinen"));
        assert!(
            fs.iter()
                .any(|f| &text[f.range.clone()] == "FC Twente" && f.ty == EntityType::Organisation)
        );
        assert!(fs.windows(2).all(|w| w[0].range.start <= w[1].range.start));
    }

    #[test]
    fn a_list_of_known_places_or_a_common_word_for_a_team_is_no_line_up() {
        let text = "Landen: Frankrijk; Duitsland, België, Italië; Spanje, Portugal, Polen.\n";
        let place = |w: &str| found(text, w, EntityType::Location, Link::Gazetteer(2));
        let mut fs = vec![place("Frankrijk"), place("Duitsland"), place("België")];
        let before = fs.clone();
        add(text, 0..text.len(), &mut fs, |_| false);
        assert_eq!(fs, before);
        let text = "Namen: Jansen; Smit, Bos, Mol; Kok, Berg, Veen; Dam, Post, Wit, Roos.\n";
        let mut fs = Vec::new();
        add(text, 0..text.len(), &mut fs, |w| w == "Namen");
        assert!(fs.is_empty());
    }
}
