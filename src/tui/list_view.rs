//! One list for every list of the reader: the documents, the entities, the
//! section tree's scroll and each overlay's results. A [`ListView`] keeps
//! the selection and the first item on screen and does the up/down/page/
//! top/bottom arithmetic; [`render`] draws over ratatui's `List` and
//! `ListState`, building only the items on screen, so a key costs the same
//! with five items or ten thousand.

use super::action::Action;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

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
    mut item: impl FnMut(usize) -> ListItem<'a>,
) {
    let mut items = Vec::new();
    let mut rows = 0;
    let mut i = first;
    // Past the selection too, if it lies below: the List scrolls to it.
    while i < len && (rows < usize::from(area.height) || selected.is_some_and(|s| s >= i)) {
        let it = item(i);
        rows += it.height();
        items.push(it);
        i += 1;
    }
    let mut state = ListState::default().with_selected(
        selected
            .filter(|s| (first..i).contains(s))
            .map(|s| s - first),
    );
    let list = List::new(items).highlight_style(highlight.style);
    let list = if highlight.pointer {
        list.highlight_symbol(POINTER)
    } else {
        list
    };
    list.render(area, buf, &mut state);
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
            ListItem::new(Line::raw(format!("item {i}")))
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
            ListItem::new(Line::raw(format!("item {i}")))
        });
        let last: String = (0..12).map(|x| buf[(x, 1)].symbol()).collect();
        assert_eq!(last, "▶ item 5    ");
    }
}
