//! One list for every list of the reader: the documents, the entities, the
//! section tree's scroll and each overlay's results. A [`ListView`] keeps
//! the selection and the first item on screen and does the up/down/page/
//! top/bottom arithmetic; [`render`] draws the items as ratatui's `List`
//! does (and is tested against it), building only the items on screen, so a
//! key costs the same with five items or ten thousand.

use super::action::Action;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::Widget;

/// Before the selected item; other items get as many blanks.
pub const POINTER: &str = "▶ ";

/// A list's selection and scroll.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
    /// The first item on screen, for lists that keep their scroll (see
    /// [`ListView::scroll_into_view`]); overlays page around the selection
    /// instead ([`ListView::centred`]).
    pub offset: usize,
}

impl ListView {
    pub fn at(selected: usize) -> ListView {
        ListView {
            selected,
            offset: 0,
        }
    }

    /// Moves for a movement action among `len` items, `page` a page; false
    /// for any other action.
    pub fn step(&mut self, action: Action, len: usize, page: usize) -> bool {
        let last = len.saturating_sub(1);
        let page = page.max(1);
        self.selected = match action {
            Action::Down => self.selected + 1,
            Action::Up => self.selected.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => self.selected + page,
            Action::PageUp | Action::HalfPageUp => self.selected.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return false,
        }
        .min(last);
        true
    }

    /// Scrolls so that the selection is among the `fits` items on screen,
    /// moving as little as it can, with no blank rows below the last item
    /// (as ratatui's List moves). Done when the frame is laid out.
    pub fn scroll_into_view(&mut self, len: usize, fits: usize) {
        self.offset = follow(self.offset, Some(self.selected), len, fits);
    }

    /// The first of the items shown `per_page` at a time out of `len`: the
    /// selected one in the middle, but no page past either end (the last
    /// page is full, not half empty).
    pub fn centred(&self, len: usize, per_page: usize) -> usize {
        let per_page = per_page.max(1);
        self.selected
            .saturating_sub(per_page / 2)
            .min(len.saturating_sub(per_page))
    }

    /// The item at row `row` of the list's inside, items `rows_each` rows
    /// tall, if any.
    pub fn at_row(&self, row: usize, rows_each: usize, len: usize) -> Option<usize> {
        Some(self.offset + row / rows_each.max(1)).filter(|&i| i < len)
    }
}

/// The first row on screen after scrolling from `offset` so that row
/// `selected` (if any) is among the `fits` on screen, with no blank rows
/// below the last of `len`. The tree, whose selection is a section and not
/// a row, scrolls with this too.
pub fn follow(offset: usize, selected: Option<usize>, len: usize, fits: usize) -> usize {
    let fits = fits.max(1);
    let mut offset = offset.min(len.saturating_sub(1));
    if let Some(row) = selected.map(|s| s.min(len.saturating_sub(1))) {
        if row < offset {
            offset = row;
        } else if row >= offset + fits {
            offset = row + 1 - fits;
        }
    }
    offset.min(len.saturating_sub(fits))
}

/// How a list shows its selection: in a style, and with the [`POINTER`]
/// before it or not (the document list, narrow, spares the columns).
#[derive(Debug, Clone, Copy)]
pub struct Highlight {
    pub style: Style,
    pub pointer: bool,
}

/// Draws the items from `first` on, as many as fill `area` (each built by
/// `item` only when it shows), the `selected` one highlighted.
pub fn render<'a>(
    buf: &mut Buffer,
    area: Rect,
    first: usize,
    len: usize,
    selected: Option<usize>,
    highlight: Highlight,
    mut item: impl FnMut(usize) -> Text<'a>,
) {
    let mut items = Vec::new();
    let mut rows = 0;
    let mut i = first;
    // Past the selection too, if it lies below: the list scrolls to it.
    while i < len && (rows < usize::from(area.height) || selected.is_some_and(|s| s >= i)) {
        let it = item(i);
        rows += it.height();
        items.push(it);
        i += 1;
    }
    let selected = selected
        .filter(|s| (first..i).contains(s))
        .map(|s| s - first);
    draw_items(buf, area, &items, selected, highlight);
}

/// Draws `items` as ratatui's `List` draws them (no block, no list style,
/// the highlight symbol [`POINTER`] or none, spaced only when something is
/// selected; tested against it), without its cost per cell where it can: a
/// line whose characters are each a cluster of their own, one column wide
/// (nearly every title, file name and fact), is written character by
/// character instead of being cut into graphemes and measured. On 10,000
/// documents ratatui's `List` and the line cutting were a third of a page
/// key's work, for a list that a page key does not change.
fn draw_items(
    buf: &mut Buffer,
    area: Rect,
    items: &[Text<'_>],
    selected: Option<usize>,
    highlight: Highlight,
) {
    if area.is_empty() || items.is_empty() {
        return;
    }
    let (from, to) = visible(items, selected, usize::from(area.height));
    let symbol = Line::from(if highlight.pointer { POINTER } else { "" });
    let symbol_width = symbol.width() as u16;
    let blank = Line::from(" ".repeat(usize::from(symbol_width)));
    // ratatui's `HighlightSpacing::WhenSelected`.
    let spacing = selected.is_some();
    let mut y = area.top();
    for (i, text) in items.iter().enumerate().take(to).skip(from) {
        let height = text.height() as u16;
        let row_area = Rect::new(area.left(), y, area.width, height);
        y = y.saturating_add(height);
        let text_area = if spacing {
            Rect {
                x: row_area.x + symbol_width,
                width: row_area.width.saturating_sub(symbol_width),
                ..row_area
            }
        } else {
            row_area
        };
        draw_text(buf, text_area, text);
        let is_selected = selected == Some(i);
        if is_selected {
            style_cells(buf, row_area, highlight.style);
        }
        if spacing && symbol_width > 0 {
            for j in 0..height {
                let line = if is_selected && j == 0 {
                    &symbol
                } else {
                    &blank
                };
                line.render(Rect::new(row_area.x, row_area.y + j, symbol_width, 1), buf);
            }
        }
    }
}

/// The items shown: from the first (`List`'s offset, 0 here) as many as fit
/// whole, moved down until the selected one is among them.
fn visible(items: &[Text<'_>], selected: Option<usize>, height: usize) -> (usize, usize) {
    let (mut from, mut to, mut used) = (0, 0, 0);
    for text in items {
        if used + text.height() > height {
            break;
        }
        used += text.height();
        to += 1;
    }
    let show = selected.map_or(0, |s| s.min(items.len() - 1));
    while show >= to {
        used = used.saturating_add(items[to].height());
        to += 1;
        while used > height {
            used = used.saturating_sub(items[from].height());
            from += 1;
        }
    }
    // An item taller than the area pushed the selection out at the top.
    while show < from {
        from -= 1;
        used = used.saturating_add(items[from].height());
        while used > height {
            to -= 1;
            used = used.saturating_sub(items[to].height());
        }
    }
    (from, to)
}

/// `text` in `area` as ratatui draws a `Text`: its style over the area, each
/// line's style over its row (a line of no width draws nothing), the spans
/// from the left, cut at the edge. A span that holds a character that is
/// not a cluster of its own one column wide is drawn by ratatui's `Span`,
/// and a text that ratatui would align by ratatui's `Text`.
fn draw_text(buf: &mut Buffer, area: Rect, text: &Text<'_>) {
    if text.alignment.is_some() || text.lines.iter().any(|l| l.alignment.is_some()) {
        Widget::render(text, area, buf);
        return;
    }
    let simple =
        |s: &ratatui::text::Span| s.content.chars().all(super::line_writer::one_cell_alone);
    let area = area.intersection(buf.area);
    style_cells(buf, area, text.style);
    for (line, y) in text.lines.iter().zip(area.top()..area.bottom()) {
        let empty = if line.spans.iter().all(simple) {
            line.spans.iter().all(|s| s.content.is_empty())
        } else {
            line.width() == 0
        };
        if empty {
            continue;
        }
        style_cells(buf, Rect::new(area.x, y, area.width, 1), line.style);
        let mut x = area.x;
        for span in &line.spans {
            if x >= area.right() {
                break;
            }
            if simple(span) {
                let start = buf.index_of(x, y);
                let room = usize::from(area.right() - x);
                for (cell, c) in buf.content[start..start + room]
                    .iter_mut()
                    .zip(span.content.chars())
                {
                    cell.set_char(c).set_style(span.style);
                    x += 1;
                }
            } else {
                span.render(Rect::new(x, y, area.right() - x, 1), buf);
                x = x.saturating_add(u16::try_from(span.width()).unwrap_or(u16::MAX));
            }
        }
    }
}

/// `Buffer::set_style`: `style` patched onto every cell of `area` within the
/// buffer, row by row over the buffer's cells; nothing to do for the empty
/// style, which patches nothing (most lines and texts have it).
fn style_cells(buf: &mut Buffer, area: Rect, style: Style) {
    if style == Style::default() {
        return;
    }
    let area = buf.area.intersection(area);
    if area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        for cell in &mut buf.content[start..start + usize::from(area.width)] {
            cell.set_style(style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Line;

    const POINTED: Highlight = Highlight {
        style: Style::new(),
        pointer: true,
    };

    #[test]
    fn a_page_keeps_the_selection_in_the_middle_and_never_runs_past_an_end() {
        let first = |selected, len, per_page| ListView::at(selected).centred(len, per_page);
        // 20 items, 5 a page: the top page, then the selection in the middle.
        assert_eq!(first(0, 20, 5), 0);
        assert_eq!(first(2, 20, 5), 0);
        assert_eq!(first(10, 20, 5), 8);
        // Near the end the last page is full: items 15 to 19.
        assert_eq!(first(18, 20, 5), 15);
        assert_eq!(first(19, 20, 5), 15);
        // Fewer items than a page, or none: from the top.
        assert_eq!(first(2, 3, 5), 0);
        assert_eq!(first(0, 0, 5), 0);
    }

    #[test]
    fn moves_stay_in_the_list_and_other_actions_are_not_moves() {
        let mut p = ListView::default();
        assert!(p.step(Action::Up, 5, 2));
        assert_eq!(p.selected, 0);
        p.step(Action::PageDown, 5, 2);
        assert_eq!(p.selected, 2);
        p.step(Action::PageDown, 5, 10);
        assert_eq!(p.selected, 4);
        p.step(Action::Down, 5, 1);
        assert_eq!(p.selected, 4);
        p.step(Action::Top, 5, 1);
        assert_eq!(p.selected, 0);
        p.step(Action::Bottom, 0, 1);
        assert_eq!(p.selected, 0, "no items");
        assert!(!p.step(Action::Open, 5, 1));
        assert!(!p.step(Action::Show(crate::tui::panels::Overlay::Help), 5, 1));
    }

    #[test]
    fn the_window_follows_the_selection_and_stays_full() {
        let mut l = ListView::at(20);
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 14, "the selection on the last row");
        l.selected = 10;
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 10, "and on the first going back");
        l.offset = 98;
        l.selected = 99;
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 93, "no blank rows below the last item");
        assert_eq!(l.at_row(0, 2, 100), Some(93));
        assert_eq!(l.at_row(13, 2, 100), Some(99));
        assert_eq!(l.at_row(14, 2, 100), None);
        assert_eq!(follow(5, None, 3, 10), 0, "a list shorter than the pane");
    }

    #[test]
    fn only_the_items_on_screen_are_built_and_the_selection_is_pointed_at() {
        let mut built = Vec::new();
        let area = Rect::new(0, 0, 12, 3);
        let mut buf = Buffer::empty(area);
        render(&mut buf, area, 40, 10_000, Some(41), POINTED, |i| {
            built.push(i);
            Text::from(Line::raw(format!("item {i}")))
        });
        assert_eq!(built, [40, 41, 42]);
        let rows: Vec<String> = (0..3)
            .map(|y| (0..12).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        assert_eq!(rows, ["  item 40   ", "▶ item 41   ", "  item 42   "]);
    }

    #[test]
    fn a_selection_below_the_first_page_is_still_shown() {
        let area = Rect::new(0, 0, 12, 2);
        let mut buf = Buffer::empty(area);
        render(&mut buf, area, 0, 10, Some(5), POINTED, |i| {
            Text::from(Line::raw(format!("item {i}")))
        });
        let last: String = (0..12).map(|x| buf[(x, 1)].symbol()).collect();
        assert_eq!(last, "▶ item 5    ");
    }

    mod against_ratatui {
        use super::super::*;
        use proptest::prelude::*;
        use ratatui::style::{Color, Modifier};
        use ratatui::text::Span;
        use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

        /// Pieces of text: ASCII, Latin letters, typeset quotes and dashes
        /// (written cell by cell), and what ratatui must draw itself: a
        /// combining accent, a wide character, a tab, the pointer.
        const PIECES: &[&str] = &[
            "a",
            "Kamer",
            " ",
            "Oekraïne",
            "geëist",
            "€",
            "—",
            "’",
            "…",
            "e\u{301}",
            "漢",
            "\t",
            "▶",
            "",
            "ĳ",
        ];

        fn style(n: u8) -> Style {
            match n % 4 {
                0 => Style::default(),
                1 => Style::new().fg(Color::Red),
                2 => Style::new().add_modifier(Modifier::BOLD),
                _ => Style::new().bg(Color::Blue).remove_modifier(Modifier::DIM),
            }
        }

        fn line() -> impl Strategy<Value = Line<'static>> {
            (
                prop::collection::vec((prop::collection::vec(0..PIECES.len(), 0..5), 0u8..4), 0..3),
                0u8..4,
                0u8..8,
            )
                .prop_map(|(spans, line_style, align)| {
                    let spans: Vec<Span> = spans
                        .into_iter()
                        .map(|(pieces, st)| {
                            let text: String = pieces.into_iter().map(|p| PIECES[p]).collect();
                            Span::styled(text, style(st))
                        })
                        .collect();
                    let line = Line::from(spans).style(style(line_style));
                    if align == 0 { line.centered() } else { line }
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(500))]
            /// The list draws what ratatui's `List` draws, cell for cell and
            /// style for style, over a buffer that already holds styles, in an
            /// area inside the buffer or reaching out of it.
            #[test]
            fn the_list_draws_what_ratatui_s_list_draws(
                items in prop::collection::vec(prop::collection::vec(line(), 0..4), 0..8),
                x in 0u16..20,
                y in 0u16..12,
                width in 0u16..16,
                height in 0u16..9,
                selected in prop::option::of(0usize..8),
                pointer: bool,
                highlight in 0u8..4,
            ) {
                let texts: Vec<Text> = items.into_iter().map(Text::from).collect();
                let selected = selected.filter(|&s| s < texts.len());
                let highlight = Highlight { style: style(highlight).add_modifier(Modifier::REVERSED), pointer };
                // Also partly or wholly outside the buffer (an overlay on a
                // tiny terminal).
                let area = Rect::new(x, y, width, height);
                let mut under = Buffer::empty(Rect::new(0, 0, 18, 11));
                for (i, cell) in under.content.iter_mut().enumerate() {
                    cell.set_style(style(i as u8));
                }
                let mut ours = under.clone();
                draw_items(&mut ours, area, &texts, selected, highlight);
                let list = List::new(texts.iter().cloned().map(ListItem::new))
                    .highlight_style(highlight.style);
                let list = if pointer { list.highlight_symbol(POINTER) } else { list };
                let mut state = ListState::default().with_selected(selected);
                let mut theirs = under;
                StatefulWidget::render(list, area, &mut theirs, &mut state);
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
