//! A line of match results, as sport pages list them: "Genk - Sint-Truiden
//! 2 - 0", "Heerenveen – Go Ahead Eagles 1-0", "Gent - Union 0-2 (0-1)".
//! Two sides of one to five words with a dash between them and a score at
//! the end. The parser takes no such line for a heading, and the entity
//! recogniser takes both sides for clubs.

use std::ops::Range;

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

/// The two sides of a match in `line`, as ranges of it: of a line of
/// results ([`is_results_line`]: "Genk - Sint-Truiden 2 - 0") or of a
/// scoreboard's row, the score between the sides and a status after a "|"
/// perhaps ("Kampong 3 – 2 Pinoké | Einde", "HDM 1-1 Klein Zwitserland |
/// 58'").
pub fn sides(line: &str) -> Option<(Range<usize>, Range<usize>)> {
    if line.len() > MAX_RESULTS_LINE {
        return None;
    }
    let body = line.split(" | ").next().unwrap_or(line).trim_end();
    let words = words_of(body);
    let text = |w: &(usize, usize)| &body[w.0..w.1];
    let side_ok = |s: &[(usize, usize)]| {
        (1..=5).contains(&s.len())
            && text(&s[0]).starts_with(char::is_uppercase)
            && s.iter().all(|w| {
                let w = text(w);
                !is_dash(w) && !is_goals(w) && !w.ends_with(['.', ',', ':', ';'])
            })
    };
    let range = |s: &[(usize, usize)]| s[0].0..s[s.len() - 1].1;
    if is_results_line(line) {
        // "Genk - Sint-Truiden 2 - 0 (1-0)": the sides before the score.
        let mut body = &words[..];
        if let Some(open) = body.iter().rposition(|w| text(w).starts_with('('))
            && open > 0
            && body.last().is_some_and(|w| text(w).ends_with(')'))
        {
            body = &body[..open];
        }
        let n = body.len();
        let spaced = n >= 3
            && is_goals(text(&body[n - 3]))
            && is_dash(text(&body[n - 2]))
            && is_goals(text(&body[n - 1]));
        let body = &body[..n - if spaced { 3 } else { 1 }];
        let dash = body.iter().position(|w| is_dash(text(w)))?;
        let (home, away) = (&body[..dash], &body[dash + 1..]);
        return (side_ok(home) && side_ok(away)).then(|| (range(home), range(away)));
    }
    // "Kampong 3 – 2 Pinoké | Einde": a scoreboard's row, the match's
    // status after a "|" ("Fase 1 - 2 Uitvoering" has none).
    if !line.contains(" | ") {
        return None;
    }
    score_between(body)
}

/// The sides around a score in `body`: goals, a dash and goals between
/// them, every word of a side capitalised, nothing else on the line.
fn score_between(body: &str) -> Option<(Range<usize>, Range<usize>)> {
    let words = words_of(body);
    let text = |w: &(usize, usize)| &body[w.0..w.1];
    let side_ok = |s: &[(usize, usize)]| {
        (1..=5).contains(&s.len())
            && s.iter().all(|w| {
                let w = text(w);
                w.starts_with(char::is_uppercase)
                    && !is_dash(w)
                    && !is_goals(w)
                    && !w.ends_with(['.', ',', ':', ';'])
            })
    };
    let at = words
        .windows(3)
        .position(|w| is_goals(text(&w[0])) && is_dash(text(&w[1])) && is_goals(text(&w[2])))?;
    let (home, away) = (&words[..at], &words[at + 3..]);
    let range = |s: &[(usize, usize)]| s[0].0..s[s.len() - 1].1;
    (side_ok(home) && side_ok(away)).then(|| (range(home), range(away)))
}

/// Whether `line` is a match's score as a scoreboard or a match box shows
/// it: a line of results, a scoreboard's row, or the two sides around the
/// score alone on a line ("Bloemendaal 2 – 3 Amsterdam", "Club Brugge 3 - 1
/// Anderlecht"). The news parser takes none for a subheading. (The last
/// form is no evidence of clubs to the recogniser: "Fase 1 - 2
/// Uitvoering" has the same shape.)
pub fn is_score(line: &str) -> bool {
    line.len() <= MAX_RESULTS_LINE
        && (sides(line).is_some() || score_between(line.trim()).is_some())
}

/// Whether `line` opens with a match's minute, as a match box lists its
/// goals and cards: "14' 0-1 Thijs van Dalsum (sc)", "45+2’ Geel: …".
pub fn opens_with_minute(line: &str) -> bool {
    let b = line.trim_start().as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let mut rest = &b[digits..];
    // (Added time: "45+2'".)
    if let Some(r) = rest.strip_prefix(b"+") {
        let extra = r.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&extra) {
            return false;
        }
        rest = &r[extra..];
    }
    let rest = rest
        .strip_prefix(b"'")
        .or_else(|| rest.strip_prefix("’".as_bytes()));
    rest.is_some_and(|r| r.first() == Some(&b' '))
}

/// A dash between the sides or inside a spaced score.
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–")
}

/// One side's goals: one or two digits.
fn is_goals(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// The words of `line` between spaces, as ranges.
fn words_of(line: &str) -> Vec<(usize, usize)> {
    pieces(line, char::is_whitespace)
}

/// The pieces of `line` between the characters `parts` holds, as ranges
/// (none empty).
pub fn pieces(line: &str, parts: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (parts(c), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sides_of_a_match() {
        let side = |l: &str| sides(l).map(|(h, a)| (l[h].to_string(), l[a].to_string()));
        let pair = |h: &str, a: &str| Some((h.to_string(), a.to_string()));
        assert_eq!(
            side("Kampong 3 – 2 Pinoké | Einde"),
            pair("Kampong", "Pinoké")
        );
        assert_eq!(
            side("HDM 1 – 1 Klein Zwitserland | 58'"),
            pair("HDM", "Klein Zwitserland")
        );
        assert_eq!(
            side("Genk - Sint-Truiden 2 - 0"),
            pair("Genk", "Sint-Truiden")
        );
        assert_eq!(
            side("Gent – Union Sint-Gillis 0-2 (0-1)"),
            pair("Gent", "Union Sint-Gillis")
        );
        // Counter-examples: a sentence with a score, a fixture without one,
        // a timetable.
        for l in [
            "Amsterdam won met 3 – 2 van Bloemendaal na een spannende wedstrijd.",
            "Tilburg – Den Bosch | 15:30",
            "Utrecht - Amsterdam 12 - 14 uur",
            "Fase 1 - 2 Uitvoering",
            "Ajax won met 3 – 2 van Feyenoord | Sport",
        ] {
            assert_eq!(sides(l), None, "{l}");
        }
    }

    #[test]
    fn scores_and_minutes_of_a_match_box() {
        for l in [
            "Bloemendaal 2 – 3 Amsterdam",
            "Club Brugge 3 - 1 Anderlecht",
            "Kampong 3 – 2 Pinoké | Einde",
            "Genk - Sint-Truiden 2 - 0",
        ] {
            assert!(is_score(l), "{l}");
        }
        // Counter-examples: a sentence with a score, a fixture, a
        // lowercase word in a side, a timetable.
        for l in [
            "Amsterdam won met 3 – 2 van Bloemendaal",
            "Tilburg – Den Bosch | 15:30",
            "Bloemendaal 2 – 3 de bezoekers",
            "Utrecht - Amsterdam 12 - 14 uur",
        ] {
            assert!(!is_score(l), "{l}");
        }
        for l in [
            "14' 0-1 Thijs van Dalsum (sc)",
            "45+2’ Geel: Otten",
            "9' Doelpunt",
        ] {
            assert!(opens_with_minute(l), "{l}");
        }
        for l in [
            "14 0-1 Van Dalsum",
            "2026' jaar",
            "'80 jaren",
            "1000' x",
            "45+' Geel",
        ] {
            assert!(!opens_with_minute(l), "{l}");
        }
    }

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
