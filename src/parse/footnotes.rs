//! Footnotes of PDF extracts: the numbered block at the foot of a page, and the
//! marker glued to a word in the running text ("c.s.1", "jaren4", "zijn5.",
//! "december 20212" = the year 2021 and note 2).
//!
//! Footnotes are numbered in sequence, and that sequence is what tells a note
//! from a line that happens to start with a number: note N is looked for only
//! after note N-1, at the foot of a page, after a blank line, and its marker only
//! between marker N-1 and the note.

use super::footnote_markers::{acronym_marker_in, marker_in, spaced_marker_in};
use super::layout_evidence::LayoutEvidence;
use super::marker_lines::{Holding, holding_lines};
use super::note_end::ends_note;
use crate::document::date::DUTCH_MONTHS;
use crate::document::lines::Line;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNote {
    pub number: u32,
    /// The note's lines (first line starts with the number).
    pub lines: Vec<usize>,
    /// The text range of the number at the start of the first line.
    pub number_range: Range<usize>,
    /// The marker in the running text (text offsets of its digits).
    pub marker: Option<Range<usize>>,
    /// The note's number printed on a line of its own away from its text
    /// (after it): part of the note, not of its text.
    pub stray_number: Option<usize>,
    /// The line right after the note's text that ended it, not being the
    /// note's: a sidebar's address or a signature (see `note_end`).
    pub ended_by: Option<usize>,
}

/// A line of a page's footnote area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A note number on a line of its own.
    Number(u32, usize),
    /// A line that starts with the note number.
    Start(u32, usize),
    Text(usize),
}

/// Notes are looked for this far past the next number in sequence (a page
/// may print a note's number after its text, out of order).
const LOOKAHEAD: u32 = 12;

/// Finds footnotes page by page. `pages` are line ranges; `is_body` says which
/// lines are running text (where markers are looked for) and may become notes.
/// From a PDF, `evidence` adds the small print at the page foot (a note may
/// open there with the next number or one a little later, when a note's
/// marker was not found) and the raised digits (markers, also glued to an
/// acronym: "ABOARD¹¹").
/// The note area of a page starts at the first line with the next number in
/// sequence (a number alone, or a number and text after a blank line or with
/// its marker found in the text); numbers on lines of their own take the text
/// under them, and a number with no text under it takes the unnumbered lines
/// just above the area (pdftotext sometimes prints the numbers after the
/// notes).
pub fn find(
    text: &str,
    lines: &[Line],
    pages: &[Range<usize>],
    evidence: &LayoutEvidence,
    is_body: &dyn Fn(usize) -> bool,
) -> Vec<FoundNote> {
    let mut notes: Vec<FoundNote> = Vec::new();
    let mut marker_cursor = (0usize, 0usize); // (line, byte offset in text) after the last marker
    let mut claimed = vec![false; lines.len()];
    for page in pages {
        let expected = notes.iter().map(|n| n.number).max().map_or(1, |n| n + 1);
        let live = |k: usize, claimed: &[bool]| is_body(k) && !claimed[k] && !lines[k].is_blank();
        let Some(j) = (page.start..page.end).find(|&j| {
            if !live(j, &claimed) {
                return false;
            }
            let t = lines[j].text(text);
            if bare_number(t).is_some_and(|n| n >= expected && n <= expected + 3) {
                return true;
            }
            if evidence.is_footnote_line(lines[j].content.start)
                && leading_number(t).is_some_and(|n| n >= expected && n <= expected + LOOKAHEAD)
            {
                return true;
            }
            if !starts_with_number(t, expected) {
                return false;
            }
            if continues_sentence(text, lines, page, j, expected, &|k| live(k, &claimed)) {
                return false;
            }
            let after_blank = j == page.start || lines[j - 1].is_blank() || !is_body(j - 1);
            let marker = find_marker(text, lines, marker_cursor, j, expected, evidence, &|k| {
                live(k, &claimed)
            });
            let second = t.split_whitespace().nth(1).unwrap_or("");
            let cue = [
                "http",
                "www.",
                "Kamerstuk",
                "Handelingen",
                "Zie",
                "zie",
                "Bron",
                "Idem",
                "Ibid",
            ]
            .iter()
            .any(|p| second.starts_with(p));
            let more = (j + 1..page.end).any(|k| {
                live(k, &claimed) && starts_with_number(lines[k].text(text), expected + 1)
            });
            let after_sentence =
                j > page.start && super::reflow::ends_sentence(lines[j - 1].text(text));
            marker.is_some() || ((after_blank || after_sentence) && (cue || more))
        }) else {
            continue;
        };
        // The area's lines as tokens.
        let mut used: Vec<u32> = notes.iter().map(|n| n.number).collect();
        let mut toks: Vec<Tok> = Vec::new();
        for (k, line) in lines.iter().enumerate().take(page.end).skip(j) {
            if !live(k, &claimed) {
                continue;
            }
            let t = line.text(text);
            let in_range =
                |n: u32| n >= expected && n <= expected + LOOKAHEAD && !used.contains(&n);
            if let Some(n) = bare_number(t).filter(|&n| in_range(n)) {
                used.push(n);
                toks.push(Tok::Number(n, k));
            } else if let Some(n) = leading_number(t).filter(|&n| in_range(n)) {
                used.push(n);
                toks.push(Tok::Start(n, k));
            } else {
                toks.push(Tok::Text(k));
            }
        }
        let mut area: Vec<FoundNote> = Vec::new();
        let mut orphans: Vec<(u32, usize)> = Vec::new();
        // Whether the last note may take the next text line.
        let mut open = true;
        for (x, tok) in toks.iter().enumerate() {
            if !matches!(tok, Tok::Text(_)) {
                open = true;
            }
            match *tok {
                Tok::Number(n, k) => {
                    if matches!(toks.get(x + 1), Some(Tok::Text(_))) {
                        area.push(FoundNote {
                            number: n,
                            lines: vec![k],
                            number_range: lines[k].content.clone(),
                            marker: None,
                            stray_number: None,
                            ended_by: None,
                        });
                    } else {
                        orphans.push((n, k));
                    }
                }
                Tok::Start(n, k) => {
                    let s = lines[k].content.start;
                    area.push(FoundNote {
                        number: n,
                        lines: vec![k],
                        number_range: s..s + n.to_string().len(),
                        marker: None,
                        stray_number: None,
                        ended_by: None,
                    });
                }
                Tok::Text(k) => {
                    // A line that is the sidebar's or the signature's ends
                    // the note, and the text after it is none of the area's.
                    if let Some(last) = area.last_mut().filter(|_| open) {
                        let prev = lines[*last.lines.last().unwrap_or(&k)].text(text);
                        open = !ends_note(prev, lines[k].text(text));
                        if open {
                            last.lines.push(k);
                        } else {
                            last.ended_by = Some(k);
                        }
                    }
                }
            }
        }
        let mut area_start = j;
        if !orphans.is_empty() {
            // The unnumbered lines just above the area: back to a blank line,
            // or one line per note when the text runs on without one.
            let mut above: Vec<usize> = Vec::new();
            let mut blank_seen = false;
            let mut k = j;
            while k > page.start && above.len() < 8 {
                k -= 1;
                if lines[k].is_blank() {
                    if !above.is_empty() {
                        blank_seen = true;
                        break;
                    }
                    continue;
                }
                if !live(k, &claimed) {
                    if is_body(k) {
                        break;
                    }
                    continue;
                }
                above.push(k);
            }
            above.reverse();
            if !blank_seen {
                let mut keep = above.len().saturating_sub(orphans.len());
                // A link alone on its line is the end of a note whose text
                // leads to it ("… zie" / "https://…").
                if keep > 0
                    && is_link(lines[above[keep]].text(text))
                    && leads_to_link(lines[above[keep - 1]].text(text))
                {
                    keep -= 1;
                }
                above.drain(..keep);
            }
            orphans.sort_unstable();
            // Lines above that are the running text's, not notes printed
            // before their numbers: too few, a paragraph's lower-case
            // continuation, or a paragraph far longer than notes are. Then
            // the texts under the numbers are shared out, if they split so.
            let body_above = above.len() < orphans.len()
                || above
                    .first()
                    .is_some_and(|&k| super::reflow::starts_lowercase(lines[k].text(text)))
                || (blank_seen && above.len() > 2 * orphans.len());
            if body_above && super::note_pieces::share_out(text, lines, &mut area, &orphans) {
                orphans.clear();
            }
            if !orphans.is_empty() && above.len() >= orphans.len() {
                let last = orphans.len() - 1;
                for (x, &(n, k)) in orphans.iter().enumerate() {
                    let ls: Vec<usize> = if x < last {
                        vec![above[x]]
                    } else {
                        above[x..].to_vec()
                    };
                    area_start = area_start.min(ls[0]);
                    area.push(FoundNote {
                        number: n,
                        lines: ls,
                        number_range: lines[k].content.clone(),
                        marker: None,
                        stray_number: Some(k),
                        ended_by: None,
                    });
                }
            }
        }
        area.sort_by_key(|n| n.number);
        // Markers for the notes of this area, in sequence.
        let mut cursor = marker_cursor;
        for note in &mut area {
            if let Some((line, r)) = find_marker(
                text,
                lines,
                cursor,
                area_start,
                note.number,
                evidence,
                &|k| live(k, &claimed),
            ) {
                cursor = (line, r.end);
                note.marker = Some(r);
            }
        }
        marker_cursor = cursor;
        for note in &area {
            for &k in note.lines.iter().chain(&note.stray_number) {
                claimed[k] = true;
            }
        }
        notes.extend(area);
    }
    notes.sort_by_key(|n| n.number);
    notes
}

/// Whether line `j`, which starts with the number `n`, goes on with the
/// sentence of the line before it rather than opening note `n`: that line
/// does not end a sentence, a lower-case word follows the number ("… circa
/// € 68 miljard. Per" / "1 januari 2026 volgen …", "ruim" / "2 miljoen
/// huishoudens …"), and the number is a date's day or the page has another
/// line opening with `n` further down (the note itself, at the page foot).
fn continues_sentence(
    text: &str,
    lines: &[Line],
    page: &Range<usize>,
    j: usize,
    n: u32,
    live: &dyn Fn(usize) -> bool,
) -> bool {
    if j == page.start || !live(j - 1) || super::reflow::ends_sentence(lines[j - 1].text(text)) {
        return false;
    }
    let mut words = lines[j].text(text).split_whitespace().skip(1);
    let Some(next) = words.next() else {
        return false;
    };
    let lower = next.chars().next().is_some_and(char::is_lowercase);
    if !lower
        || ["zie", "http", "www.", "idem", "ibid"]
            .iter()
            .any(|c| next.starts_with(c))
    {
        return false;
    }
    DUTCH_MONTHS.contains(&next.trim_end_matches([',', '.']))
        || (j + 1..page.end).any(|k| live(k) && starts_with_number(lines[k].text(text), n))
}

/// A line that is only a web address.
fn is_link(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(char::is_whitespace)
}

/// A line that ends by pointing to a source on the next line.
fn leads_to_link(line: &str) -> bool {
    let last = line.split_whitespace().last().unwrap_or("");
    matches!(
        last.trim_end_matches(':').to_lowercase().as_str(),
        "zie" | "via" | "op" | "link" | "bron" | "see"
    ) || line.trim_end().ends_with(':')
}

/// A line that is only a note number: "3".
fn bare_number(line: &str) -> Option<u32> {
    (line.len() <= 3 && line.chars().all(|c| c.is_ascii_digit()))
        .then(|| line.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// The number a line starts with, followed by white space and text.
fn leading_number(line: &str) -> Option<u32> {
    let digits: &str = &line[..line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len())];
    let n: u32 = digits.parse().ok()?;
    (digits.len() <= 3 && starts_with_number(line, n)).then_some(n)
}

/// Whether `line` starts with the number `n` and then text: after white space,
/// or glued to a web address ("5https://…", as some extractors print a note
/// that is only a link).
fn starts_with_number(line: &str, n: u32) -> bool {
    // Most lines start otherwise: no number written for them.
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    line.strip_prefix(n.to_string().as_str())
        .is_some_and(|rest| {
            (rest.starts_with([' ', '\t']) && rest.trim_start().chars().next().is_some())
                || rest.starts_with("http://")
                || rest.starts_with("https://")
                || rest.starts_with("www.")
        })
}

/// The first marker for note `n` in body lines from `from` up to line `before`:
/// raised digits where the layout shows them, else a number glued to a word if
/// there is one, else one set apart by a space ("jl. 1,", as pdftotext prints
/// a superscript).
fn find_marker(
    text: &str,
    lines: &[Line],
    from: (usize, usize),
    before: usize,
    n: u32,
    evidence: &LayoutEvidence,
    is_body: &dyn Fn(usize) -> bool,
) -> Option<(usize, Range<usize>)> {
    let want = n.to_string();
    let holding = match holding_lines(
        text,
        lines,
        from,
        before,
        want.as_bytes(),
        evidence,
        is_body,
    ) {
        Holding::Lines(holding) => holding,
        Holding::Raised(found) => return Some(found),
    };
    // Last: digits glued to a word in capitals ("ABOARD13)"), which reads
    // like a name ("MH17") and is taken only when nothing else is there.
    for find in [marker_in, spaced_marker_in, acronym_marker_in] {
        for (li, span) in &holding {
            if let Some(r) = find(&text[span.clone()], n) {
                return Some((*li, span.start + r.start..span.start + r.end));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {}

    /// The notes of `t` read as one page of running text, no layout.
    fn plain_notes(t: &str) -> Vec<FoundNote> {
        let lines = crate::document::lines::split_lines(t);
        find(
            t,
            &lines,
            std::slice::from_ref(&(0..lines.len())),
            &LayoutEvidence::default(),
            &|_| true,
        )
    }

    #[test]
    fn a_real_marker_is_found_before_one_glued_to_capitals() {
        // Where a real marker exists, it is found first.
        let t = "Over MH17 sprak de minister17 met de Kamer.\n17 Kamerstuk 1.\n";
        let lines = crate::document::lines::split_lines(t);
        let m = find_marker(
            t,
            &lines,
            (0, 0),
            1,
            17,
            &LayoutEvidence::default(),
            &|_| true,
        );
        assert_eq!(m, Some((0, 27..29)));
    }

    #[test]
    fn numbers_printed_after_their_notes() {
        // pdftotext: the texts of notes 1 and 2, then note 3 with its number
        // above it, then the numbers 1 and 2 alone.
        let t = "Zoals gemeld jl. 1 en ook 2 later 3. En verder, en\nKamerstuk 1, nr. 2.\nKamerstuk 3, nr. 4.\n3\nHet derde.\n1\n2\n";
        let notes = plain_notes(t);
        let got: Vec<(u32, Vec<usize>)> =
            notes.iter().map(|n| (n.number, n.lines.clone())).collect();
        assert_eq!(got, vec![(1, vec![1]), (2, vec![2]), (3, vec![3, 4])]);
        assert_eq!(notes[0].stray_number, Some(5));
        assert!(notes.iter().all(|n| n.marker.is_some()));
    }

    #[test]
    fn a_number_opening_a_body_line_is_no_note() {
        // Counter-example: "2 miljoen" after a blank line, with no marker, no
        // second note and no note cue, is text.
        let t = "Het kabinet trekt geld uit.\n\n2 miljoen euro gaat naar de regio.\n";
        let lines = crate::document::lines::split_lines(t);
        assert!(
            find(
                t,
                &lines,
                std::slice::from_ref(&(0..lines.len())),
                &LayoutEvidence::default(),
                &|_| { true }
            )
            .is_empty()
        );
    }

    #[test]
    fn a_date_going_on_from_the_line_before_is_no_note() {
        // The marker "jl.1" is found, and a body line opens with "1": it is
        // the day of a date that goes on from the line before, and the note
        // is at the page foot.
        let t = "Op 22 mei jl.1 is het besloten. Per\n1 januari 2026 volgen meer fondsen.\nDaarna de rest.\n\n1 Kamerstuk 32 043, nr. 671.\n";
        let notes = plain_notes(t);
        let got: Vec<(u32, Vec<usize>)> =
            notes.iter().map(|n| (n.number, n.lines.clone())).collect();
        assert_eq!(got, vec![(1, vec![4])]);
        // Counter-example: a note whose text opens in lower case after a
        // line that ends a sentence stays a note.
        let t = "Zo is het besloten.1\n1 zie de brief van 3 mei.\n";
        let notes = plain_notes(t);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].lines, vec![1]);
    }

    #[test]
    fn a_number_glued_to_a_link_opens_a_note() {
        assert!(starts_with_number("5https://www.tweedekamer.nl/x?id=1", 5));
        assert!(starts_with_number("12www.rijksoverheid.nl/a", 12));
        assert_eq!(leading_number("5https://example.org/a"), Some(5));
        // Counter-examples: digits glued to a word or a number are no note.
        assert!(!starts_with_number("5G-netwerken worden uitgerold", 5));
        assert!(!starts_with_number("50 procent", 5));
        assert_eq!(leading_number("2023www"), None);
    }

    #[test]
    fn the_layout_shows_notes_and_markers_the_text_hides() {
        // From a PDF: the marker is glued to an acronym ("ABOARD11", which as
        // text is a name like "MH17"), and the note has no cue word, no blank
        // line of its own and no note after it on the page.
        let t =
            "Zoals ABOARD11 om de kwaliteit te verbeteren.\n11 ZonMw. Een project over dementie.\n";
        let lines = crate::document::lines::split_lines(t);
        let whole = 0..lines.len();
        let page = std::slice::from_ref(&whole);
        let marker = t.find("11").unwrap();
        let note_line = t.find("11 ZonMw").unwrap();
        // Without the layout: the "11" is part of a name, and the line is text.
        assert!(find(t, &lines, page, &LayoutEvidence::default(), &|_| true).is_empty());
        let evidence = LayoutEvidence::new(
            std::iter::once(marker..marker + 2).collect(),
            vec![note_line],
        );
        let notes = find(t, &lines, page, &evidence, &|_| true);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].number, 11);
        assert_eq!(notes[0].marker, Some(marker..marker + 2));
        // Counter-example: footnote print that does not open with a number
        // near the sequence is no note.
        let t2 = "Een zin.\n1990 was een jaar.\n";
        let lines2 = crate::document::lines::split_lines(t2);
        let ev2 = LayoutEvidence::new(vec![], vec![t2.find("1990").unwrap()]);
        assert!(
            find(
                t2,
                &lines2,
                std::slice::from_ref(&(0..lines2.len())),
                &ev2,
                &|_| true
            )
            .is_empty()
        );
    }

    #[test]
    fn a_note_printed_before_its_number_keeps_its_lead_to_a_link() {
        // pdftotext: body text runs straight into the note's two lines, the
        // number comes after them.
        let t = "Er zijn initiatieven (zoals ABOARD 1) om dat te doen. Verder moeten zij\nZonMw. Een project, zie\nhttps://projecten.zonmw.nl/nl/project/aboard.\n\n1\n";
        let lines = crate::document::lines::split_lines(t);
        let whole = 0..lines.len();
        let notes = find(
            t,
            &lines,
            std::slice::from_ref(&whole),
            &LayoutEvidence::default(),
            &|_| true,
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].lines, vec![1, 2]);
        // Counter-example: a link-only note under a line that does not lead
        // to it takes only its own line.
        let t = "Er zijn initiatieven (zoals ABOARD 1) om dat te doen. Verder moeten zij\nook werken aan de zorg en\nhttps://projecten.zonmw.nl/nl/project/aboard.\n\n1\n";
        let lines = crate::document::lines::split_lines(t);
        let notes = find(
            t,
            &lines,
            std::slice::from_ref(&whole),
            &LayoutEvidence::default(),
            &|_| true,
        );
        assert_eq!(notes[0].lines, vec![2]);
    }
}
