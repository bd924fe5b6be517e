//! Puts a line of styled spans into ratatui's buffer exactly as
//! [`Buffer::set_line`] does, without splitting ASCII text into graphemes.
//!
//! The reader sets every visible line on every frame. `set_line` cuts each
//! span into grapheme clusters and measures each one; for a page of Dutch
//! prose that was a tenth of a key press's work, while nearly every span is
//! ASCII, where a byte is a cluster one column wide. Those spans are written
//! byte by byte. Spans of Latin letters with diacritics ("Oekraïne"), the
//! typographic quotes and dashes and "€" are written character by character:
//! each of those is a cluster of its own, one column wide. Any other span
//! goes through ratatui as before.

use ratatui::buffer::Buffer;
use ratatui::text::Line;

/// Writes `line` at (`x`, `y`) in at most `max_width` columns, like
/// [`Buffer::set_line`] (control characters dropped, the line's style under
/// each span's); returns where it ended.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, max_width: u16) -> (u16, u16) {
    let mut remaining = max_width;
    let mut x = x;
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let text: &str = span.content.as_ref();
        let end = if text.is_ascii() {
            // Each printable byte one cell, control bytes dropped (as
            // ratatui drops clusters holding a control character).
            let printable = text.bytes().filter(|b| !b.is_ascii_control());
            put_cells(buf, x, y, printable.map(char::from), remaining, style)
        } else if text.chars().all(one_cell_alone) {
            put_cells(buf, x, y, text.chars(), remaining, style)
        } else {
            buf.set_stringn(x, y, text, usize::from(remaining), style).0
        };
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    (x, y)
}

/// A character that is a cluster of its own, one column wide, whatever
/// comes before or after it: printable ASCII, Latin-1 and Latin Extended-A
/// and -B letters and signs (not the soft hyphen, which is a format
/// character), the dashes, quotes, bullet and ellipsis of typeset text,
/// "€", and the reader's own signs "≡", "▶", "▼" and "▸".
pub(crate) fn one_cell_alone(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{24F}'
        | '\u{2013}' | '\u{2014}'
        | '\u{2018}' | '\u{2019}' | '\u{201A}'
        | '\u{201C}' | '\u{201D}' | '\u{201E}'
        | '\u{2022}' | '\u{2026}' | '\u{20AC}'
        | '\u{2261}' | '\u{25B6}' | '\u{25B8}' | '\u{25BC}')
}

/// Characters one cell each, from (`x`, `y`), in at most `max_width`
/// columns; returns where they ended. Every character must be one that
/// [`one_cell_alone`] accepts.
pub(crate) fn put_cells(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    cells: impl Iterator<Item = char>,
    max_width: u16,
    style: ratatui::style::Style,
) -> u16 {
    let area = buf.area;
    let room = area.right().saturating_sub(x).min(max_width);
    if y < area.top() || y >= area.bottom() || x < area.left() || room == 0 {
        return x;
    }
    let start = buf.index_of(x, y);
    let mut written = 0u16;
    for c in cells.take(usize::from(room)) {
        buf.content[start + usize::from(written)]
            .set_char(c)
            .set_style(style);
        written += 1;
    }
    x + written
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::text::Span;

    fn span_strategy() -> impl Strategy<Value = Span<'static>> {
        let text = prop_oneof![
            "[ -~]{0,12}",
            "[a-z \\t\\r\\n\\x1b\\x07]{0,8}",
            "(Oekraïne|geëist|ĳs|漢字|e\u{301}|\u{200b}|a|’|–|“|”|…|€|\u{a0}|\u{ad}|ø\u{308}|≡|▶|▼|▸|•|▶\u{fe0f}|▼\u{301}|≡\u{338}){0,4}",
            "[\u{a0}-\u{250}\u{2010}-\u{2030}\u{20ac}a ]{0,10}",
        ];
        let style = prop_oneof![
            Just(Style::default()),
            Just(Style::new().fg(Color::Red)),
            Just(Style::new().add_modifier(Modifier::BOLD).bg(Color::Blue)),
        ];
        (text, style).prop_map(|(t, s)| Span::styled(t, s))
    }

    proptest! {
        /// The same cells as ratatui's `set_line`, wherever it starts and
        /// however narrow, over cells that held something before.
        #[test]
        fn writes_what_set_line_writes(
            spans in proptest::collection::vec(span_strategy(), 0..5),
            x in 0u16..14,
            y in 0u16..3,
            max_width in 0u16..30,
            line_style in prop_oneof![Just(Style::default()), Just(Style::new().fg(Color::Green))],
        ) {
            let area = Rect::new(2, 0, 12, 3);
            let line = Line::from(spans).style(line_style);
            let mut ours = Buffer::filled(area, ratatui::buffer::Cell::new("x"));
            let mut theirs = ours.clone();
            let x = x.max(area.x);
            let a = put_line(&mut ours, x, y, &line, max_width);
            let b = theirs.set_line(x, y, &line, max_width);
            prop_assert_eq!(a, b);
            prop_assert_eq!(ours, theirs);
        }
    }
}
