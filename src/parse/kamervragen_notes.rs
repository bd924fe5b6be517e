//! Footnotes of Kamervragen as PDF extractors give them. The Tweede Kamer sets
//! the note number apart from its text, so the number may stand on a line of its
//! own, before its text (`pdftotext -layout`), or, in `pdftotext`'s reading
//! order, even after it or after the page furniture. A page's footnote area
//! starts at the number of the next note in sequence whose marker was already
//! seen in the text, and holds no question or answer after it; its numbers and
//! text lines are then paired up in order.

use super::footnote_markers::marker_in;
use crate::document::date::DUTCH_MONTHS;
use crate::document::lines::Line;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub number: u32,
    /// The line with the number (alone, or with text after it).
    pub number_line: Option<usize>,
    /// The lines of its text, in order (may include `number_line`).
    pub lines: Vec<usize>,
    /// The marker in the running text (text offsets of its digits).
    pub marker: Option<Range<usize>>,
}

enum Piece {
    /// A bare number, or (`inline`) a number with the note's text after it.
    Number {
        n: u32,
        line: usize,
        inline: bool,
    },
    Text(usize),
}

/// Finds the notes page by page. `is_text` says which lines are running text
/// or note text (not furniture, not labels); `is_label` which are question and
/// answer labels (a footnote area holds none).
pub fn find(
    text: &str,
    lines: &[Line],
    pages: &[Range<usize>],
    is_text: &dyn Fn(usize) -> bool,
    is_label: &dyn Fn(usize) -> bool,
) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut cursor = (0usize, 0usize); // (line, text offset) after the last marker
    for page in pages {
        let expected = notes.last().map_or(1, |n| n.number + 1);
        let usable = |k: usize| is_text(k) && !lines[k].is_blank();
        let start = (page.start..page.end).find(|&j| {
            let inline = match number_at(lines[j].text(text), expected) {
                None => return false,
                Some(inline) => inline,
            };
            // "2 procent van …" in the running text is no note: a note with its
            // text on the number's line starts after a gap.
            let after_gap = j == page.start || lines[j - 1].is_blank() || !is_text(j - 1);
            usable(j)
                && (!inline || after_gap)
                && !(j + 1..page.end).any(is_label)
                && find_marker(text, lines, cursor, j, expected, &usable).is_some()
        });
        let Some(start) = start else { continue };
        let mut pieces = Vec::new();
        let mut next_inline = expected;
        for k in (start..page.end).filter(|&k| usable(k)) {
            let t = lines[k].text(text);
            if let Some(n) = bare_number(t).filter(|&n| n >= expected && n < expected + 100) {
                pieces.push(Piece::Number {
                    n,
                    line: k,
                    inline: false,
                });
            } else if number_at(t, next_inline) == Some(true)
                && !date_goes_on(t, pieces.last().map(|p| piece_text(text, lines, p)))
            {
                pieces.push(Piece::Number {
                    n: next_inline,
                    line: k,
                    inline: true,
                });
                next_inline += 1;
                continue;
            } else {
                pieces.push(Piece::Text(k));
            }
            if let Some(Piece::Number { n, .. }) = pieces.last() {
                next_inline = next_inline.max(n + 1);
            }
        }
        let mut area = pair_up(text, lines, pieces, expected);
        for note in &mut area {
            if let Some((line, r)) = find_marker(text, lines, cursor, start, note.number, &usable) {
                cursor = (line, r.end);
                note.marker = Some(r);
            }
        }
        notes.extend(area);
    }
    notes
}

/// Pairs numbers with text lines: in reading order when every number comes
/// before its text; otherwise the numbers in order with the text lines in
/// order, continuation lines merged into the note before them.
fn pair_up(text: &str, lines: &[Line], pieces: Vec<Piece>, expected: u32) -> Vec<Note> {
    let mut numbers: Vec<(u32, usize, bool)> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Number { n, line, inline } => Some((*n, *line, *inline)),
            Piece::Text(_) => None,
        })
        .collect();
    numbers.sort_by_key(|x| x.0);
    numbers.dedup_by_key(|x| x.0);
    // Only the run that continues the sequence counts; other numbers are text.
    let run = numbers
        .iter()
        .enumerate()
        .take_while(|(i, x)| x.0 == expected + *i as u32)
        .count();
    numbers.truncate(run);
    let is_note_number = |line: usize| numbers.iter().any(|x| x.1 == line);
    let mut texts: Vec<usize> = Vec::new();
    let mut in_order = true;
    let mut last_n = 0;
    let mut open = false; // a bare number waits for its text
    for p in &pieces {
        match p {
            Piece::Number { n, line, inline } if is_note_number(*line) => {
                if *n < last_n || open || (last_n == 0 && !texts.is_empty()) {
                    in_order = false;
                }
                last_n = *n;
                open = !inline;
            }
            Piece::Number { line, .. } | Piece::Text(line) => {
                texts.push(*line);
                open = false;
            }
        }
    }
    in_order &= !open;
    if in_order {
        let mut out: Vec<Note> = Vec::new();
        for p in pieces {
            match p {
                Piece::Number { n, line, inline } if is_note_number(line) => out.push(Note {
                    number: n,
                    number_line: Some(line),
                    lines: if inline { vec![line] } else { Vec::new() },
                    marker: None,
                }),
                Piece::Number { line, .. } | Piece::Text(line) => {
                    if let Some(last) = out.last_mut() {
                        last.lines.push(line);
                    }
                }
            }
        }
        return out;
    }
    // Out of order: one text group per number, merging the lines that least
    // look like the start of a note into the one before.
    let mut groups: Vec<Vec<usize>> = texts.iter().map(|&l| vec![l]).collect();
    while groups.len() > numbers.len() && groups.len() > 1 {
        // The surest continuation first; the last group when none is sure.
        let merge_at = (1..groups.len())
            .map(|g| (continues(text, lines, groups[g][0], &groups[g - 1]), g))
            .filter(|&(strength, _)| strength > 0)
            .max_by_key(|&(strength, g)| (strength, std::cmp::Reverse(g)))
            .map_or(groups.len() - 1, |(_, g)| g);
        let g = groups.remove(merge_at);
        groups[merge_at - 1].extend(g);
    }
    numbers
        .iter()
        .zip(groups)
        .map(|(&(n, line, _), lines)| Note {
            number: n,
            number_line: Some(line),
            lines,
            marker: None,
        })
        .collect()
}

/// How surely a note text line continues the one before it rather than
/// starting a note: 2 when it starts in lower case (not a web address) or the
/// line before breaks off inside a URL or a clause; 1 when the line before
/// ends without a sentence's end and this one starts with no capital
/// ("… «Dienstregeling Arriva" / "2027», 4 november 2026."); 0 when it looks
/// like a note's start.
fn continues(text: &str, lines: &[Line], line: usize, prev: &[usize]) -> u8 {
    let t = lines[line].text(text);
    let Some(&p) = prev.last() else { return 0 };
    let before = lines[p].text(text).trim_end();
    if (super::reflow::starts_lowercase(t) && !t.starts_with("www.") && !t.starts_with("http"))
        || before.ends_with(['/', '-', ',', '('])
    {
        2
    } else if !before.ends_with(['.', '!', '?', '»', '”', ')', ';', ':'])
        && !t.starts_with(char::is_uppercase)
        && !t.starts_with("www.")
        && !t.starts_with("http")
    {
        1
    } else {
        0
    }
}

/// The line of a piece, as text.
fn piece_text<'t>(text: &'t str, lines: &[Line], piece: &Piece) -> &'t str {
    match piece {
        Piece::Number { line, .. } | Piece::Text(line) => lines[*line].text(text),
    }
}

/// "3 september 2026», 12 november 2026.": a line that starts with a day
/// and a month after a line that ends inside a sentence ("… Utrecht
/// Centraal van") goes on with a date broken off there; it is no note 3.
fn date_goes_on(line: &str, before: Option<&str>) -> bool {
    let Some(before) = before else {
        return false;
    };
    let day = line.bytes().take_while(u8::is_ascii_digit).count();
    let month = line[day..].trim_start_matches(' ');
    day > 0
        && day <= 2
        && DUTCH_MONTHS.iter().any(|m| {
            month
                .strip_prefix(m)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', '»', '”']))
        })
        && !before
            .trim_end()
            .ends_with(['.', '!', '?', '»', '”', ')', ';', ':'])
        && bare_number(before.trim()).is_none()
}

/// The number `n` at the start of a line: alone (`Some(false)`) or followed by
/// text (`Some(true)`).
fn number_at(line: &str, n: u32) -> Option<bool> {
    let digits = n.to_string();
    let rest = line.strip_prefix(digits.as_str())?;
    if rest.is_empty() {
        return Some(false);
    }
    (rest.starts_with([' ', '\t']) && !rest.trim().is_empty()).then_some(true)
}

fn bare_number(line: &str) -> Option<u32> {
    (line.len() <= 3 && line.bytes().all(|b| b.is_ascii_digit()))
        .then(|| line.parse().ok())
        .flatten()
}

/// The first marker for note `n` in text lines from `from` up to line `before`.
fn find_marker(
    text: &str,
    lines: &[Line],
    from: (usize, usize),
    before: usize,
    n: u32,
    usable: &dyn Fn(usize) -> bool,
) -> Option<(usize, Range<usize>)> {
    for (li, line) in lines.iter().enumerate().take(before).skip(from.0) {
        if !usable(li) {
            continue;
        }
        let start = line
            .content
            .start
            .max(if li == from.0 { from.1 } else { 0 });
        if start >= line.content.end {
            continue;
        }
        let s = &text[start..line.content.end];
        let found = [marker_in(s, n), marker_after_question(s, n)]
            .into_iter()
            .flatten()
            .min_by_key(|r| r.start);
        if let Some(r) = found {
            return Some((li, start + r.start..start + r.end));
        }
    }
    None
}

/// A marker glued to the question mark or exclamation mark that ends a
/// question: "tegen te gaan?1".
fn marker_after_question(s: &str, n: u32) -> Option<Range<usize>> {
    let want = n.to_string();
    for (i, _) in s.match_indices(['?', '!']) {
        let after = &s[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[..digits] == want {
            let next = after[digits..].chars().next();
            if next.is_none_or(|c| c.is_whitespace() || ".,;:)".contains(c)) {
                return Some(i + 1..i + 1 + digits);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    fn notes_of(t: &str) -> Vec<(u32, String, bool)> {
        let lines = split_lines(t);
        let pages = [std::ops::Range {
            start: 0,
            end: lines.len(),
        }];
        find(t, &lines, &pages, &|_| true, &|_| false)
            .into_iter()
            .map(|n| {
                let text: Vec<&str> = n.lines.iter().map(|&l| lines[l].text(t)).collect();
                (n.number, text.join(" "), n.marker.is_some())
            })
            .collect()
    }

    #[test]
    fn numbers_after_their_text_are_paired_in_order() {
        // pdftotext's order at a page foot: 1, text 1, text 2, 3, text 3, 2.
        let t = "Zie de site1 en de kaart?2 Ook de brief.3\n1\n\nZie de website a.nl\nZie b.nl\n3\nKamerstukken II, nr. 1\n2\n";
        let n = notes_of(t);
        assert_eq!(
            n,
            [
                (1, "Zie de website a.nl".to_string(), true),
                (2, "Zie b.nl".to_string(), true),
                (3, "Kamerstukken II, nr. 1".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_wrapped_note_out_of_order_keeps_its_second_line() {
        // pdftotext's order: 2, text 2 over two lines (the second opening
        // with a year), text 3, then 3. The year's line goes on with note
        // 2; counter-example: a line after a finished note starts note 3.
        let t = "De brief1 en het voorstel2 en de site.3\n1\n\nNOS, 1 mei.\n2\nStatenvoorstel PS-741, «Dienstregeling Arriva\n2027», 4 november 2026.\nZie https://www.acm.nl/trein\n3\n";
        let n = notes_of(t);
        assert_eq!(
            n.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
            [
                (1, "NOS, 1 mei."),
                (
                    2,
                    "Statenvoorstel PS-741, «Dienstregeling Arriva 2027», 4 november 2026."
                ),
                (3, "Zie https://www.acm.nl/trein"),
            ]
        );
    }

    #[test]
    fn numbers_before_their_text_keep_continuation_lines() {
        let t = "De brief1 en de motie.2\n\n1\n  Kamerstuk 21 501, nr. 5 (https://\n  www.example.nl/a)\n2\n  Motie-Jansen\n";
        let n = notes_of(t);
        assert_eq!(n.len(), 2);
        assert_eq!(
            n[0].1,
            "Kamerstuk 21 501, nr. 5 (https:// www.example.nl/a)"
        );
        assert_eq!(n[1].1, "Motie-Jansen");
    }

    #[test]
    fn a_date_broken_off_in_a_note_is_no_next_note() {
        // A note's line ends inside a title and the next starts with the
        // date's day: that line goes on with note 2 (counter-example: note
        // 3 that starts with a date after a note that ended).
        let t = "De storing1 en het rapport.2 En de brief.3 En het debat.4\n\n1\nNOS, 2 oktober 2026.\n2\nILT, «Vast op het perron. Onderzoek naar de storing van\n3 september 2026», 12 november 2026.\n3\nKamerstuk 29 984, nr. 1198.\n4 oktober 2026: het debat.\n";
        let n = notes_of(t);
        assert_eq!(
            n.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
            [
                (1, "NOS, 2 oktober 2026."),
                (
                    2,
                    "ILT, «Vast op het perron. Onderzoek naar de storing van 3 september 2026», 12 november 2026."
                ),
                (3, "Kamerstuk 29 984, nr. 1198."),
                (4, "4 oktober 2026: het debat.")
            ]
        );
    }

    #[test]
    fn a_number_line_without_a_marker_before_it_is_text() {
        // "12" alone in the text (a table cell) with no marker 1 anywhere.
        let t = "Het aantal was\n1\nen daarna meer.\n";
        assert!(notes_of(t).is_empty());
    }
}
