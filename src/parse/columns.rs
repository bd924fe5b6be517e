//! The right-hand sidebar column of a letter extracted with its layout kept
//! (`pdftotext -layout`): the ministry's address block, "Kenmerk" and page
//! footers stand to the right of the running text on the same lines.
//!
//! The column is found by position, before anything else is read: text that
//! starts after a gutter of spaces at (nearly) the same column on many lines,
//! far enough right to leave room for the body, where at least one of those
//! pieces is recognisably letter furniture (an address, a "Kenmerk" label, a
//! page footer). Each such line is split in two lines: the body part and the
//! column part. Text without such a column comes back line for line.

use crate::document::lines::{Line, split_lines};
use rustc_hash::FxHashMap as HashMap;

/// The lines of a letter in reading order, with what the layout says of them.
pub struct LetterLines {
    pub lines: Vec<Line>,
    /// The line is a piece of the sidebar column (split off a wider line or
    /// standing at the column's position alone).
    pub in_column: Vec<bool>,
    /// The line begins with a form feed: pdftotext starts every page after the
    /// first with one.
    pub form_feed: Vec<bool>,
}

/// A piece of a physical line: byte range and the display column it starts at.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    column: usize,
    /// Spaces before the piece (0 for the first piece at the line start).
    gap: usize,
}

/// Pieces of a line separated by runs of at least two spaces. A form feed
/// takes no room.
fn pieces(s: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut col = 0;
    let mut spaces = 0;
    let mut cur: Option<Piece> = None;
    for (i, c) in s.char_indices() {
        if c == '\x0c' {
            continue;
        }
        if c == ' ' || c == '\t' {
            spaces += if c == '\t' { 8 - col % 8 } else { 1 };
            col += if c == '\t' { 8 - col % 8 } else { 1 };
            continue;
        }
        match &mut cur {
            Some(p) if spaces < 2 => p.end = i + c.len_utf8(),
            _ => {
                if let Some(p) = cur.take() {
                    out.push(p);
                }
                cur = Some(Piece {
                    start: i,
                    end: i + c.len_utf8(),
                    column: col,
                    gap: spaces,
                });
            }
        }
        spaces = 0;
        col += 1;
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out
}

/// Whether a line can have a piece after a gap of two spaces or more (or
/// one far from the margin): only with two spaces in a row, a tab or a form
/// feed (which takes no room, so " \x0c " is two spaces). Most lines of text
/// without its layout have none, and are not cut into pieces.
fn may_have_gap(s: &str) -> bool {
    memchr::memchr2(b'\t', b'\x0c', s.as_bytes()).is_some() || has_two_spaces(s.as_bytes())
}

/// Whether `b` has two spaces in a row, read eight bytes at a time (a
/// searcher of `memchr::memmem` costs more to make than a line to read).
fn has_two_spaces(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut chunks = b.chunks_exact(8);
    // Whether the last byte before the chunk was a space.
    let mut carry = false;
    for chunk in &mut chunks {
        let x =
            u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ (ONES * u64::from(b' '));
        // The high bit of each byte that was a space, exactly (no borrow
        // runs from one byte into the next).
        let spaces = !(((x & LOW7) + LOW7) | x | LOW7);
        if spaces & (spaces >> 8) != 0 || (carry && spaces & 0x80 != 0) {
            return true;
        }
        carry = spaces >> 63 != 0;
    }
    let rest = chunks.remainder();
    if carry && rest.first() == Some(&b' ') {
        return true;
    }
    rest.windows(2).any(|w| w == b"  ")
}

/// Splits off the sidebar column, if the text has one. `is_furniture` tells
/// whether a piece of text is letter furniture (it decides which candidate
/// columns are a sidebar and not, say, a table).
pub fn letter_lines(text: &str, is_furniture: &dyn Fn(&str) -> bool) -> LetterLines {
    let physical = split_lines(text);
    let form_feed: Vec<bool> = physical
        .iter()
        .map(|l| text[l.full.clone()].starts_with('\x0c'))
        .collect();
    let columns = sidebar_columns(text, &physical, is_furniture);
    if columns.is_empty() {
        let n = physical.len();
        return LetterLines {
            lines: physical,
            in_column: vec![false; n],
            form_feed,
        };
    }
    let mut out = LetterLines {
        lines: Vec::new(),
        in_column: Vec::new(),
        form_feed: Vec::new(),
    };
    for (l, &ff) in physical.iter().zip(&form_feed) {
        let s = &text[l.full.clone()];
        let ps = pieces(s);
        let split = ps.iter().position(|p| {
            (p.gap >= 2 || p.start == ps[0].start)
                && columns
                    .iter()
                    .any(|&c| p.column + 3 >= c && p.column <= c + 3)
        });
        let base = l.full.start;
        match split {
            Some(k) if k > 0 => {
                let body = base + ps[0].start..base + ps[k - 1].end;
                let side = base + ps[k].start..base + ps[ps.len() - 1].end;
                out.lines.push(Line {
                    full: l.full.start..body.end,
                    content: body,
                    indented: l.indented,
                });
                out.in_column.push(false);
                out.form_feed.push(ff);
                out.lines.push(Line {
                    full: side.clone(),
                    content: side,
                    indented: true,
                });
                out.in_column.push(true);
                out.form_feed.push(false);
            }
            Some(_) => {
                out.lines.push(l.clone());
                out.in_column.push(true);
                out.form_feed.push(ff);
            }
            None => {
                out.lines.push(l.clone());
                out.in_column.push(false);
                out.form_feed.push(ff);
            }
        }
    }
    out
}

/// Splits sidebar text that the extractor glued to the end of a body line
/// ("… en geven nadere DGBI / 26844711"): the glued text must be a line of
/// at least two words that also stands alone on three or more lines (a
/// sidebar repeated on every page). The piece becomes a column line.
pub fn split_glued_sidebar(text: &str, ll: &mut LetterLines) {
    use rustc_hash::FxHashMap as HashMap;
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for l in &ll.lines {
        let t = l.text(text);
        // Folded, not stopped at the first digit: the compiler reads many
        // bytes at a time then.
        if t.bytes().fold(false, |seen, b| seen | b.is_ascii_digit())
            && (2..=6).contains(&crate::document::lines::count_words(t))
        {
            *counts.entry(t).or_default() += 1;
        }
    }
    let repeated: Vec<&str> = counts
        .into_iter()
        .filter(|&(_, c)| c >= 3)
        .map(|(t, _)| t)
        .collect();
    if repeated.is_empty() {
        return;
    }
    let mut out = LetterLines {
        lines: Vec::with_capacity(ll.lines.len()),
        in_column: Vec::with_capacity(ll.lines.len()),
        form_feed: Vec::with_capacity(ll.lines.len()),
    };
    for ((l, &col), &ff) in ll.lines.iter().zip(&ll.in_column).zip(&ll.form_feed) {
        let t = l.text(text);
        // ("Datum 18 november 2026": a label's own value, even when the
        // later pages' sidebars repeat it alone.)
        let glued = repeated.iter().find(|r| {
            t.len() > r.len() + 1
                && t.ends_with(*r)
                && t[..t.len() - r.len()].ends_with(' ')
                && !is_label(t[..t.len() - r.len()].trim())
        });
        match glued {
            Some(r) if !col => {
                let cut = l.content.end - r.len();
                let body_end = l.content.start + text[l.content.start..cut].trim_end().len();
                out.lines.push(Line {
                    full: l.full.start..body_end,
                    content: l.content.start..body_end,
                    indented: l.indented,
                });
                out.in_column.push(false);
                out.form_feed.push(ff);
                out.lines.push(Line {
                    full: cut..l.content.end,
                    content: cut..l.content.end,
                    indented: true,
                });
                out.in_column.push(true);
                out.form_feed.push(false);
            }
            _ => {
                out.lines.push(l.clone());
                out.in_column.push(col);
                out.form_feed.push(ff);
            }
        }
    }
    *ll = out;
}

/// A letter's head label, whose value follows it on its line.
fn is_label(s: &str) -> bool {
    [
        "datum",
        "kenmerk",
        "ons kenmerk",
        "uw kenmerk",
        "onze referentie",
        "uw referentie",
        "betreft",
        "bijlage(n)",
        "bijlagen",
    ]
    .iter()
    .any(|l| l.eq_ignore_ascii_case(s))
}

/// Display columns where a sidebar starts (a letter's pages may set it a
/// few columns apart).
fn sidebar_columns(text: &str, lines: &[Line], is_furniture: &dyn Fn(&str) -> bool) -> Vec<usize> {
    let mut starts: HashMap<usize, (usize, bool)> = HashMap::default();
    for l in lines {
        let s = &text[l.full.clone()];
        if !may_have_gap(s) {
            continue;
        }
        let ps = pieces(s);
        for p in &ps {
            let alone_far = p.start == ps[0].start && p.gap >= 30;
            if (p.gap >= 2 && p.start != ps[0].start) || alone_far {
                let e = starts.entry(p.column).or_default();
                e.0 += 1;
                e.1 = e.1 || is_furniture(s[p.start..p.end].trim());
            }
        }
    }
    if starts.is_empty() {
        return Vec::new();
    }
    let widest = lines
        .iter()
        .map(|l| {
            let s = &text[l.full.clone()];
            pieces(s).last().map_or(0, |last| {
                last.column + s[last.start..last.end].chars().count()
            })
        })
        .max()
        .unwrap_or(0);
    let mut cols: Vec<usize> = Vec::new();
    let mut keys: Vec<usize> = starts.keys().copied().collect();
    keys.sort_unstable();
    for &c in &keys {
        if c * 2 < widest {
            continue;
        }
        // The lines starting within three columns of c.
        let (count, furniture) = keys
            .iter()
            .filter(|&&k| k + 3 >= c && k <= c + 3)
            .map(|k| starts[k])
            .fold((0, false), |(n, f), (m, g)| (n + m, f || g));
        if count >= 5 && furniture {
            // Keep the most used column of each cluster.
            if let Some(&prev) = cols.last()
                && c <= prev + 3
            {
                if starts[&c].0 > starts[&prev].0 {
                    cols.pop();
                    cols.push(c);
                }
                continue;
            }
            cols.push(c);
        }
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(s: &str) -> bool {
        s.starts_with("Kenmerk") || s.starts_with("Postbus") || s.starts_with("Pagina")
    }

    fn split(text: &str) -> Vec<(String, bool)> {
        let ll = letter_lines(text, &furniture);
        ll.lines
            .iter()
            .zip(&ll.in_column)
            .filter(|(l, _)| !l.is_blank())
            .map(|(l, &c)| (l.text(text).to_string(), c))
            .collect()
    }

    #[test]
    fn splits_a_sidebar_column_off_the_body() {
        let pad = |body: &str, side: &str| format!("{body:<50}{side}\n");
        let mut t = String::new();
        t += &pad(
            "De tekst van de brief loopt hier door over",
            "Ministerie van",
        );
        t += &pad("de hele breedte van de pagina, en dan", "Postbus 20901");
        t += &pad("", "2500 EX Den Haag");
        t += &pad("verder op de volgende regel.", "Kenmerk");
        t += &pad("Een nieuwe alinea begint hier.", "IENW/BSK-2023/1");
        t += &pad("", "Pagina 1 van 2");
        let got = split(&t);
        assert_eq!(
            got[0],
            ("De tekst van de brief loopt hier door over".into(), false)
        );
        assert_eq!(got[1], ("Ministerie van".into(), true));
        assert_eq!(got[4], ("2500 EX Den Haag".into(), true));
        assert!(got.iter().filter(|(_, c)| *c).count() == 6);
        assert!(got.iter().filter(|(_, c)| !*c).count() == 4);
    }

    #[test]
    fn a_table_without_furniture_is_no_sidebar() {
        // Counter-example: two columns of figures line up just as well, but
        // nothing in them is letter furniture.
        let mut t = String::new();
        for i in 0..8 {
            t += &format!("{:<50}{}\n", format!("Regel {i} van de tabel"), i * 1000);
        }
        assert!(split(&t).iter().all(|(_, c)| !*c));
    }

    #[test]
    fn sidebar_glued_to_a_body_line_is_split_off() {
        let t = "DGBI / 2684\nTekst\nDGBI / 2684\nDGBI / 2684\nen geven nadere DGBI / 2684\nen in 2023 2024\n";
        let mut ll = letter_lines(t, &furniture);
        split_glued_sidebar(t, &mut ll);
        let got: Vec<(&str, bool)> = ll
            .lines
            .iter()
            .zip(&ll.in_column)
            .map(|(l, &c)| (l.text(t), c))
            .collect();
        assert_eq!(got[4], ("en geven nadere", false));
        assert_eq!(got[5], ("DGBI / 2684", true));
        // Counter-example: a line ending in numbers that stand alone nowhere.
        assert_eq!(got[6], ("en in 2023 2024", false));
    }

    #[test]
    fn a_labels_value_is_not_split_off_as_sidebar() {
        // The letter's date after its label, and the later pages' sidebars
        // repeating it alone (three times).
        let t = "Datum 18 november 2026
Tekst
18 november 2026
18 november 2026
18 november 2026
";
        let mut ll = letter_lines(t, &furniture);
        split_glued_sidebar(t, &mut ll);
        assert_eq!(ll.lines[0].text(t), "Datum 18 november 2026");
        assert!(!ll.in_column[0]);
    }

    proptest::proptest! {
        #[test]
        fn two_spaces_are_found_as_memmem_finds_them(
            b in proptest::collection::vec(proptest::sample::select(vec![b' ', b'a', 0xA0, 0x20 ^ 0x80, 0x00, 0x21, 0x1F]), 0..40)
        ) {
            proptest::prop_assert_eq!(
                has_two_spaces(&b),
                memchr::memmem::find(&b, b"  ").is_some()
            );
        }
    }

    #[test]
    fn plain_text_comes_back_line_for_line() {
        let t = "Een regel.\n\x0cTweede pagina\n";
        let ll = letter_lines(t, &furniture);
        assert_eq!(ll.lines.len(), 2);
        assert_eq!(ll.form_feed, vec![false, true]);
    }
}
