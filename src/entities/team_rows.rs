//! Teams in the rows of sports pages: the name in a standings table's row
//! ("3 | Amsterdam | 7 | 5 | 1 | 1 | 19–10 | 16", "1\tPKC/Vertom\t9\t8\t1\t16\t+38",
//! "4 Pinoké 7 4 1 2 13": a place and three figures or more) and the two
//! sides of a line of results or a scoreboard's row ("Genk - Sint-Truiden
//! 2 - 0", "Kampong 3 – 2 Pinoké | Einde") are teams (organisations: clubs,
//! also those named after their towns), unless found as people (a ranking
//! of players). A standings table's header ("# | Club | G | W | GL | V |
//! DV–DT | P") names nothing: its short capitals are the columns' labels.

use super::sports_clubs::claim_club;
use super::{Found, add_finds, drop_finds};
use std::ops::Range;

/// The fewest figures after a team's name.
const LEAST_FIGURES: usize = 3;

/// The most words of a team's name.
const MOST_NAME_WORDS: usize = 5;

/// The longest line read as a row (a table's row is short).
const LONGEST_ROW: usize = 200;

/// Makes the names in the rows of standings tables and the sides of
/// matches in `within` teams. `found` is sorted by start.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    let mut gone = Vec::new();
    let mut at = within.start;
    // From figure to figure: a row has many, most lines none.
    while let Some(d) = bytes[at..within.end].iter().position(u8::is_ascii_digit) {
        let d = at + d;
        let start = memchr::memrchr(b'\n', &bytes[..d]).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', &bytes[d..]).map_or(bytes.len(), |p| d + p);
        at = end.min(within.end);
        if start < within.start || end - start > LONGEST_ROW {
            continue;
        }
        let line = &text[start..end];
        let names: Vec<Range<usize>> =
            match (team_of_row(line), crate::parse::results_line::sides(line)) {
                (Some(name), _) => vec![name],
                (None, Some((home, away))) => vec![home, away],
                (None, None) => continue,
            };
        for name in names {
            let name = start + name.start..start + name.end;
            claim_club(text, name, found, &mut added, &mut gone);
        }
    }
    gone.sort_unstable();
    gone.dedup();
    drop_finds(found, gone);
    add_finds(found, added);
}

/// Drops what was found in the headers of standings tables: a line right
/// above a team's row ([`team_of_row`]) of short labels. `found` is sorted
/// by start; asked last, when every rule has added its names.
pub(super) fn drop_headers(text: &str, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut line: Option<(Range<usize>, bool)> = None;
    let mut gone = Vec::new();
    for (k, f) in found.iter().enumerate() {
        let inside = line
            .as_ref()
            .is_some_and(|(l, _)| l.contains(&f.range.start));
        if !inside {
            let start = memchr::memrchr(b'\n', &bytes[..f.range.start]).map_or(0, |p| p + 1);
            let end = memchr::memchr(b'\n', &bytes[f.range.start..])
                .map_or(bytes.len(), |p| f.range.start + p);
            let header = end - start <= LONGEST_ROW
                && is_header(&text[start..end])
                && line_below(text, end).is_some_and(|r| team_of_row(&text[r]).is_some());
            line = Some((start..end, header));
        }
        if line.as_ref().is_some_and(|(_, header)| *header) {
            gone.push(k);
        }
    }
    drop_finds(found, gone);
}

/// The team's name in a standings row, as a range of `line`: an optional
/// place ("3", "3."), then one to five words that start with a capital
/// (the name), then three figures or more and nothing else. Cells may be
/// parted by "|", tabs or spaces.
fn team_of_row(line: &str) -> Option<Range<usize>> {
    let cells = cells(line);
    let mut i = 0;
    if cells.first().is_some_and(|&(s, e)| is_place(&line[s..e])) {
        i = 1;
    }
    let name_from = i;
    while i < cells.len() && !is_figure(&line[cells[i].0..cells[i].1]) {
        i += 1;
    }
    let (names, figures) = (&cells[name_from..i], &cells[i..]);
    let words_ok = (1..=MOST_NAME_WORDS).contains(&names.len())
        && line[names[0].0..].starts_with(char::is_uppercase)
        && names
            .iter()
            .all(|&(s, e)| line[s..e].contains(char::is_alphabetic));
    let figures_ok =
        figures.len() >= LEAST_FIGURES && figures.iter().all(|&(s, e)| is_figure(&line[s..e]));
    (words_ok && figures_ok).then(|| names[0].0..names[names.len() - 1].1)
}

/// The cells' words of a line: its pieces between spaces, tabs and "|".
fn cells(line: &str) -> Vec<(usize, usize)> {
    crate::parse::results_line::pieces(line, |c| c.is_whitespace() || c == '|')
}

/// A place in a table: "3", "12.", "#".
fn is_place(w: &str) -> bool {
    let digits = w.strip_suffix('.').unwrap_or(w);
    (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A table's figure: "7", "+38", "-4", "24–11", "19-10" (one to three
/// digits a side; a year or an amount is none).
fn is_figure(w: &str) -> bool {
    let w = w.trim_start_matches(['+', '-', '−']);
    let small = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    match w.split_once(['–', '-']) {
        Some((a, b)) => small(a) && small(b),
        None => small(w),
    }
}

/// The line right below the line ending at `end`.
fn line_below(text: &str, end: usize) -> Option<Range<usize>> {
    let from = end + 1;
    if from > text.len() {
        return None;
    }
    let to = memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |p| from + p);
    Some(from..to)
}

/// A table's header: five cells or more, each a short label ("#", "Club",
/// "G", "GL", "DV–DT", "Pnt"), parted by "|" or tabs, or by spaces when
/// three of them or more are capitals of one to three letters ("# Ploeg G
/// W V Pnt Saldo", a header whose tabs became spaces).
fn is_header(line: &str) -> bool {
    let split = if line.contains(['|', '\t']) {
        line.split(['|', '\t'])
            .map(str::trim)
            .collect::<Vec<&str>>()
    } else {
        line.split(' ').collect()
    };
    let cells: Vec<&str> = split.into_iter().filter(|c| !c.is_empty()).collect();
    let labels = cells
        .iter()
        .filter(|c| (1..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_uppercase()))
        .count();
    // (A row of figures is no header: "4 | Pinoké | 7 | 4 | 1 | 13".)
    let figures = cells.iter().filter(|c| is_figure(c)).count();
    cells.len() >= 5
        && figures <= 1
        && cells
            .iter()
            .all(|c| c.chars().count() <= 6 && !c.contains(' '))
        && (line.contains(['|', '\t']) || labels >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::kind::EntityType;

    #[test]
    fn rows_of_standings_name_their_teams() {
        assert_eq!(
            team_of_row("3 | Klein Zwitserland | 7 | 5 | 1 | 1 | 19–10 | 16"),
            Some(4..21)
        );
        assert_eq!(team_of_row("1\tPKC/Vertom\t9\t8\t1\t16\t+38"), Some(2..12));
        assert_eq!(team_of_row("Oranje-Rood 7 2 1 4 7"), Some(0..11));
        // Counter-examples: a sentence with numbers, a list of years, a
        // row of two figures, amounts.
        for l in [
            "Top 10 van 2026 en 2027",
            "Passagiers 2025: 31.000",
            "Kampong 3 – 2 Pinoké",
            "Uitgaven 2024 2025 2026",
            "Gemeente 1.200 3.400 5.600",
            "de club won 3 4 5",
        ] {
            assert_eq!(team_of_row(l), None, "{l}");
        }
    }

    #[test]
    fn a_header_is_short_labels() {
        assert!(is_header("# | Club | G | W | GL | V | DV–DT | P"));
        assert!(is_header("#\tClub\tG\tW\tV\tPnt"));
        assert!(is_header("# Ploeg G W V Pnt Saldo"));
        // Counter-examples: a menu row, a sentence.
        assert!(!is_header(
            "Home | Nieuws | Sport | Uit & Thuis | Familieberichten"
        ));
        assert!(!is_header("De club | won | gisteren"));
        assert!(!is_header("Dit is de stand nu:"));
        assert!(!is_header("4 | Pinoké | 7 | 4 | 1 | 2 | 17–13 | 13"));
        assert!(!is_header("Wie wint de EK in de VS?"));
    }

    #[test]
    fn the_teams_of_a_table_are_organisations_and_its_labels_nothing() {
        let text = "Stand\n# | Club | G | W | GL | V | P\n1 | Kampong | 7 | 6 | 0 | 1 | 18\n\
                    2 | Tilburg | 6 | 1 | 0 | 5 | 3\n1. Joy Beune 7 6 5\n";
        let mut found = vec![
            crate::entities::test_mention(text, "GL", EntityType::Organisation, false),
            crate::entities::test_mention(text, "Tilburg", EntityType::Location, true),
            crate::entities::test_mention(text, "Joy Beune", EntityType::Person, false),
        ];
        add(text, 0..text.len(), &mut found);
        drop_headers(text, &mut found);
        let got: Vec<(&str, EntityType)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.ty))
            .collect();
        assert_eq!(
            got,
            [
                ("Kampong", EntityType::Organisation),
                ("Tilburg", EntityType::Organisation),
                ("Joy Beune", EntityType::Person),
            ]
        );
    }
}
