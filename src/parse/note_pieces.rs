//! Footnotes whose numbers stand apart from their texts, as pdftotext may
//! print a page's foot: the numbers alone on their lines ("1", "2"), the
//! texts one after another under one of them, or a number left over at the
//! area's end ("3", "Nivel, …. 2027.", "NZa, …, https://…", "4"). The texts
//! are shared out among the numbers where they split into as many notes as
//! there are numbers: a note starts on a capital after a line that ended a
//! sentence, and a wrapped link goes on with its note.

use super::footnotes::FoundNote;
use crate::document::lines::Line;

/// The pieces of a note's text lines: a new piece where a line opens with
/// a capital after a line that ended with a full stop.
fn pieces(text: &str, lines: &[Line], text_lines: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (x, &k) in text_lines.iter().enumerate() {
        let opens = x == 0 || {
            let prev = lines[text_lines[x - 1]].text(text).trim_end();
            let t = lines[k].text(text);
            prev.ends_with('.') && t.starts_with(char::is_uppercase)
        };
        match out.last_mut() {
            Some(piece) if !opens => piece.push(k),
            _ => out.push(vec![k]),
        }
    }
    out
}

/// Shares the texts of the area's notes that stand under a bare number
/// among those numbers and the `orphans` (numbers with no text under them),
/// when the texts split into exactly as many notes: the numbers in order
/// take the pieces in order, each number opening its note (a stray number).
/// Returns whether it did; the area is left as it was otherwise.
pub(super) fn share_out(
    text: &str,
    lines: &[Line],
    area: &mut Vec<FoundNote>,
    orphans: &[(u32, usize)],
) -> bool {
    // The notes opened by a number on a line of its own.
    let bare = |n: &FoundNote| {
        n.stray_number.is_none()
            && n.lines.len() > 1
            && lines[n.lines[0]].text(text).trim() == n.number.to_string()
    };
    let mut numbers: Vec<(u32, usize)> = orphans.to_vec();
    let mut texts: Vec<Vec<usize>> = Vec::new();
    let mut ended_by = None;
    for n in area.iter().filter(|n| bare(n)) {
        numbers.push((n.number, n.lines[0]));
        texts.extend(pieces(text, lines, &n.lines[1..]));
        ended_by = n.ended_by.or(ended_by);
    }
    numbers.sort_unstable();
    if numbers.len() < 2 || texts.len() != numbers.len() {
        return false;
    }
    area.retain(|n| !bare(n));
    let last = numbers.len() - 1;
    for (x, ((number, at), ls)) in numbers.into_iter().zip(texts).enumerate() {
        area.push(FoundNote {
            number,
            lines: ls,
            number_range: lines[at].content.clone(),
            marker: None,
            stray_number: Some(at),
            ended_by: if x == last { ended_by } else { None },
        });
    }
    area.sort_by_key(|n| n.number);
    true
}
