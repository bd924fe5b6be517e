//! The frame around a main pane (documents, sections, reader, entities):
//! a border with a title on top and one at the bottom, drawn by ratatui's
//! [`Block`] but over the border's cells only.
//!
//! A `Block` first sets its style on every cell of its area, and only then
//! draws its border. The panes' blocks have no style of their own, so that
//! pass changes nothing, yet with the four panes it visited every cell of
//! the screen on every frame: an eighth of a page key's work at 160x48
//! (`cargo bench --bench page_key`). A [`PaneFrame`] draws the same border
//! as two thin blocks, the top row (its corners and the top title) and the
//! bottom row (corners, bottom title), and the two sides in between as the
//! block draws them (its plain border's symbols, in the border's style). The
//! cells, symbols, styles and titles are those of one block around the
//! whole (a property test holds them so), and the inside is not visited.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};

/// A pane's border and titles: see the module.
pub struct PaneFrame<'a> {
    title: Line<'a>,
    bottom: Option<Line<'a>>,
    style: Style,
    /// A border is drawn (there is room for one).
    bordered: bool,
}

impl<'a> PaneFrame<'a> {
    /// A frame in `style` with `title` on top, or no frame at all when
    /// `area` has no room for a border (under 4 columns or 3 rows).
    pub fn new(title: Line<'a>, style: Style, area: Rect) -> Self {
        PaneFrame {
            title,
            bottom: None,
            style,
            bordered: area.width >= 4 && area.height >= 3,
        }
    }

    /// A title at the bottom (aligned as the line says).
    pub fn title_bottom(mut self, line: Line<'a>) -> Self {
        self.bottom = Some(line);
        self
    }

    /// What the frame leaves inside `area`.
    /// The inside of a pane at `area`, as any frame there has it (the
    /// title does not change it): for laying out before drawing.
    pub fn inner_of(area: Rect) -> Rect {
        PaneFrame::new(Line::default(), Style::new(), area).inner(area)
    }

    pub fn inner(&self, area: Rect) -> Rect {
        if self.bordered {
            Block::bordered().inner(area)
        } else {
            self.as_block().inner(area)
        }
    }

    /// The same frame as one block (what it draws, cell for cell): drawn
    /// as such where the border would not fit whole (a small or clipped
    /// area, where the inside is small too).
    fn as_block(&self) -> Block<'a> {
        let block = if self.bordered {
            Block::new()
                .borders(Borders::ALL)
                .border_style(self.style)
                .title(self.title.clone())
        } else {
            Block::new()
        };
        match &self.bottom {
            Some(line) => block.title_bottom(line.clone()),
            None => block,
        }
    }
}

impl Widget for PaneFrame<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let clipped = area.intersection(buf.area);
        if !self.bordered || clipped != area || area.width < 4 || area.height < 3 {
            self.as_block().render(area, buf);
            return;
        }
        let side = |borders: Borders| Block::new().borders(borders).border_style(self.style);
        let row = |y: u16| Rect {
            y,
            height: 1,
            ..area
        };
        side(Borders::TOP | Borders::LEFT | Borders::RIGHT)
            .title(self.title)
            .render(row(area.top()), buf);
        let bottom = side(Borders::BOTTOM | Borders::LEFT | Borders::RIGHT);
        let bottom = match self.bottom {
            Some(line) => bottom.title_bottom(line),
            None => bottom,
        };
        bottom.render(row(area.bottom() - 1), buf);
        // The sides between: the symbols a block's sides have, in its style.
        let set = ratatui::symbols::border::PLAIN;
        for y in area.top() + 1..area.bottom() - 1 {
            buf[(area.left(), y)]
                .set_symbol(set.vertical_left)
                .set_style(self.style);
            buf[(area.right() - 1, y)]
                .set_symbol(set.vertical_right)
                .set_style(self.style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::buffer::Cell;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn title() -> impl Strategy<Value = Line<'static>> {
        prop_oneof![
            Just(String::new()),
            "[ a-zA-Z()0-9]{0,30}",
            "( Oekraïne| 漢字| e\u{301}|x){0,6}",
        ]
        .prop_map(|t| Line::from(Span::styled(t, Style::new().fg(Color::Cyan))))
    }

    proptest! {
        /// The frame draws what one block around the area draws, and
        /// leaves the inside as it was (the block's style pass changes
        /// nothing there: the panes' blocks have no style of their own).
        #[test]
        fn draws_what_one_block_draws(
            x in 0u16..5, y in 0u16..4, width in 0u16..40, height in 0u16..12,
            top in title(),
            bottom in proptest::option::of(title()),
            right in any::<bool>(),
            bold in any::<bool>(),
        ) {
            let screen = Rect::new(0, 0, 30, 10);
            let area = Rect::new(x, y, width, height);
            let style = if bold { Style::new().add_modifier(Modifier::BOLD) } else { Style::new() };
            let mut frame = PaneFrame::new(top, style, area);
            if let Some(b) = bottom {
                frame = frame.title_bottom(if right { b.right_aligned() } else { b });
            }
            let mut theirs = Buffer::filled(screen, Cell::new("x"));
            let mut ours = theirs.clone();
            frame.as_block().render(area, &mut theirs);
            prop_assert_eq!(frame.inner(area), frame.as_block().inner(area));
            frame.render(area, &mut ours);
            prop_assert_eq!(ours, theirs);
        }
    }
}
