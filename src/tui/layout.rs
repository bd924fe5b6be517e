//! Where the panes go at a given terminal size: three side by side from 100
//! columns, a navigation pane and the reader from 60, one pane below that.

use super::app::Pane;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaneLayout {
    pub list: Option<Rect>,
    pub tree: Option<Rect>,
    pub entities: Option<Rect>,
    pub reader: Option<Rect>,
    pub status: Option<Rect>,
}

impl PaneLayout {
    fn put(&mut self, pane: Pane, r: Rect) {
        match pane {
            Pane::List => self.list = Some(r),
            Pane::Tree => self.tree = Some(r),
            Pane::Entities => self.entities = Some(r),
            // The second reader of a comparison is placed by the caller.
            Pane::Reader | Pane::Split => self.reader = Some(r),
        }
    }
}

/// `middle` is what the wide layout's middle column shows: the tree or the entities.
pub fn layout(area: Rect, focus: Pane, nav: Pane, middle: Pane) -> PaneLayout {
    let mut out = PaneLayout::default();
    if area.width == 0 || area.height == 0 {
        return out;
    }
    let (main, status) = if area.height >= 2 {
        (
            Rect {
                height: area.height - 1,
                ..area
            },
            Some(Rect {
                y: area.y + area.height - 1,
                height: 1,
                ..area
            }),
        )
    } else {
        (area, None)
    };
    out.status = status;
    if area.height < 2 {
        return out;
    }
    let w = main.width;
    let col = |x: u16, width: u16| Rect {
        x: main.x + x,
        width,
        ..main
    };
    if w >= 100 {
        let side = (w / 5).clamp(24, 40);
        out.list = Some(col(0, side));
        out.put(middle, col(side, side));
        out.reader = Some(col(2 * side, w - 2 * side));
    } else if w >= 60 {
        let side = (w * 3 / 10).clamp(20, 30);
        let nav = if nav == Pane::Reader { Pane::List } else { nav };
        out.put(nav, col(0, side));
        out.reader = Some(col(side, w - side));
    } else {
        out.put(focus, main);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        let l = layout(Rect::new(0, 0, 160, 48), Pane::List, Pane::List, Pane::Tree);
        assert!(l.list.is_some() && l.tree.is_some() && l.reader.is_some());
        let l = layout(
            Rect::new(0, 0, 160, 48),
            Pane::List,
            Pane::List,
            Pane::Entities,
        );
        assert!(l.entities.is_some() && l.tree.is_none());
        let l = layout(
            Rect::new(0, 0, 80, 24),
            Pane::Reader,
            Pane::Tree,
            Pane::Tree,
        );
        assert!(l.list.is_none() && l.tree.is_some() && l.reader.is_some());
        let l = layout(Rect::new(0, 0, 40, 10), Pane::Tree, Pane::Tree, Pane::Tree);
        assert_eq!(l.tree, Some(Rect::new(0, 0, 40, 9)));
        let l = layout(Rect::new(0, 0, 1, 1), Pane::Reader, Pane::List, Pane::Tree);
        assert!(l.reader.is_none() && l.status.is_none());
    }
}
