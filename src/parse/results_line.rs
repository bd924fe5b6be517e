//! A line of match results, as sport pages list them: "Genk - Sint-Truiden
//! 2 - 0", "Heerenveen – Go Ahead Eagles 1-0", "Gent - Union 0-2 (0-1)".
//! Two sides of one to five words with a dash between them and a score at
//! the end. The parser takes no such line for a heading, and the entity
//! recogniser takes both sides for clubs.

/// The longest line read as a line of results (two sides of five words
/// each and a score fit in less): most lines are ruled out by their length
/// or their last character before their words are read.
const MAX_RESULTS_LINE: usize = 160;

/// Whether `line` is a line of results: nothing but two sides of one to
/// five words, each starting with a capital or a digit, a dash between
/// them and a score of one or two digits a side at the end (a half-time
/// score in brackets may follow).
pub fn is_results_line(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_RESULTS_LINE || !line.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_dash = |w: &str| matches!(w, "-" | "–");
    let is_goals = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut body = words.as_slice();
    // (A half-time score in brackets: "( 1 - 0 )" or "(1-0)".)
    if let Some(open) = body.iter().rposition(|w| w.starts_with('('))
        && body.last().is_some_and(|w| w.ends_with(')'))
        && open > 0
    {
        body = &body[..open];
    }
    // The score: "2 - 0" as three words, or "1-0" as one.
    let score_len = match body {
        [.., a, d, b] if is_goals(a) && is_dash(d) && is_goals(b) => 3,
        [.., s] => match s.split_once(['-', '–']) {
            Some((a, b)) if is_goals(a) && is_goals(b) => 1,
            _ => return false,
        },
        [] => return false,
    };
    let sides = &body[..body.len() - score_len];
    let Some(dash) = sides.iter().position(|w| is_dash(w)) else {
        return false;
    };
    let (home, away) = (&sides[..dash], &sides[dash + 1..]);
    let side = |s: &[&str]| {
        (1..=5).contains(&s.len())
            && s[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && s.iter()
                .all(|w| !is_dash(w) && !w.ends_with(['.', ',', ':', ';']))
    };
    side(home) && side(away)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_lines() {
        for l in [
            "Genk - Sint-Truiden 2 - 0",
            "Heerenveen - Go Ahead Eagles 1-0",
            "Ajax – PSV 3–1",
            "Gent – Union Sint-Gillis 0-2 (0-1)",
        ] {
            assert!(is_results_line(l), "{l}");
        }
        // Counter-examples: a timetable, dates, a road in a sentence, a
        // period, a span of years, numbered parts, two places.
        for l in [
            "Utrecht - Amsterdam 12 - 14 uur",
            "Utrecht - Brussel 3-4 december",
            "De A12 Utrecht - Arnhem is 2 - 3 uur dicht.",
            "Utrecht - Amsterdam ( 12 - 14 )",
            "Fase 1-2",
            "Uitvoering 2023 - 2030",
            "Hoofdstuk 3 - 4",
            "Noord - Zuid",
        ] {
            assert!(!is_results_line(l), "{l}");
        }
    }
}
