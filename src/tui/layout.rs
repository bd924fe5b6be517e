//! Where the panes go at a given terminal size: three side by side from 100
//! columns, a navigation pane and the reader from 60 (the list with the
//! section tree under it, when there are rows enough), one pane below that.
//! The section tree is as wide as its titles (within bounds), and zoom gives
//! the reader the whole width. Computed before drawing, from the state.

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

/// What the content asks of the layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    /// The reader alone, the full width (`Z`).
    pub zoom: bool,
    /// The columns the section tree's longest line takes, borders included
    /// ([`tree_width`]); None: the tree gets what the list gets.
    pub tree_width: Option<u16>,
    /// The rows the document list's content takes, borders included: the
    /// narrower layout puts the tree under a short list.
    pub list_rows: Option<u16>,
}

/// Rows each of the list and the tree keep when they share the side
/// column: a pane's borders and a few lines.
const SHARED_MIN_ROWS: u16 = 7;

/// Columns the reader keeps when the tree widens for its titles: a PDF's
/// printed line (about 75 characters) in the raw view, borders and margins.
pub const READER_MIN: u16 = 80;

/// The longest line a reading pane shows: wider panes centre a column this
/// wide, so lines stay about as long as on a printed page.
pub const MAX_LINE: u16 = 100;

/// Columns the section tree of a document needs: borders, the highlight
/// symbol, the open/closed symbol, two per level of depth, and the title.
pub fn tree_width(doc: &crate::document::Document) -> u16 {
    let depth = |mut s: usize| {
        let mut d = 0;
        while let Some(p) = doc.sections[s].parent {
            d += 1;
            s = p;
        }
        d
    };
    let longest = (0..doc.sections.len())
        .map(|s| {
            2 * depth(s)
                + unicode_width::UnicodeWidthStr::width(doc.sections[s].title.as_str())
                // Generated sections are drawn as ‹Header›.
                + 2
        })
        .max()
        .unwrap_or(0);
    u16::try_from(longest + 2 + 2 + 2).unwrap_or(u16::MAX)
}

/// `middle` is what the wide layout's middle column shows: the tree or the entities.
pub fn layout(area: Rect, focus: Pane, nav: Pane, middle: Pane) -> PaneLayout {
    layout_with(area, focus, nav, middle, Hints::default())
}

/// [`layout`] with what the content asks for.
pub fn layout_with(area: Rect, focus: Pane, nav: Pane, middle: Pane, hints: Hints) -> PaneLayout {
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
    if hints.zoom && w >= 20 {
        out.reader = Some(main);
    } else if w >= 100 {
        let side = (w / 5).clamp(24, 40);
        // The tree as wide as its titles, up to three tenths of the screen
        // (at 160 columns the bundled letter's "Politieke en diplomatieke
        // ontwikkelingen" whole), as long as the reader keeps READER_MIN
        // columns (a printed PDF line); while it is used, up to two fifths,
        // as in the narrower layout.
        let mid = match (middle, hints.tree_width) {
            (Pane::Tree, Some(t)) => {
                let most = if focus == Pane::Tree {
                    w * 2 / 5
                } else {
                    (w * 3 / 10).min(w.saturating_sub(side + READER_MIN))
                };
                t.clamp(side.min(24), most.max(side))
            }
            _ => side,
        };
        out.list = Some(col(0, side));
        out.put(middle, col(side, mid));
        out.reader = Some(col(side + mid, w - side - mid));
    } else if w >= 60 {
        let side = (w * 3 / 10).clamp(20, 30);
        let nav = if nav == Pane::Reader { Pane::List } else { nav };
        // The tree widens to its titles while it is used, and gives the
        // columns back to the reader when the reader is.
        let side = match (nav, hints.tree_width) {
            (Pane::Tree, Some(t)) if focus == Pane::Tree => t.clamp(side, (w * 2 / 5).max(side)),
            _ => side,
        };
        let column = col(0, side);
        // The list and, under it, the open document's sections: the tree
        // is in view from the start, as at the wider sizes, when the list
        // leaves it room.
        let list_rows = hints.list_rows.unwrap_or(u16::MAX);
        let shared =
            nav == Pane::List && hints.tree_width.is_some() && main.height >= 2 * SHARED_MIN_ROWS;
        if shared {
            let list_h = list_rows.clamp(SHARED_MIN_ROWS, main.height / 2);
            // Two lines a document: a row left over goes to the tree.
            let list_h = list_h - list_h.saturating_sub(2) % 2;
            out.list = Some(Rect {
                height: list_h,
                ..column
            });
            out.tree = Some(Rect {
                y: column.y + list_h,
                height: column.height - list_h,
                ..column
            });
        } else {
            out.put(nav, column);
        }
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

    #[test]
    fn the_tree_is_as_wide_as_its_titles_within_bounds_and_zoom_gives_all() {
        let at = |w: u16, t: u16, focus: Pane| {
            let hints = Hints {
                zoom: false,
                tree_width: Some(t),
                list_rows: None,
            };
            layout_with(Rect::new(0, 0, w, 40), focus, Pane::List, Pane::Tree, hints)
        };
        let wide = |w: u16, t: u16| at(w, t, Pane::Reader);
        // Room enough: the titles' width.
        assert_eq!(wide(200, 46).tree.unwrap().width, 46);
        // At 160 at most three tenths (the reader keeps 80); short titles
        // no narrower than 24.
        assert_eq!(wide(160, 46).tree.unwrap().width, 46);
        assert_eq!(wide(160, 60).tree.unwrap().width, 48);
        assert_eq!(wide(160, 60).reader.unwrap().width, READER_MIN);
        assert_eq!(wide(160, 12).tree.unwrap().width, 24);
        // While it has the focus, up to two fifths: at 120 columns the
        // letter's titles (48 columns) fit, and give the columns back after.
        let focused = |w: u16, t: u16| at(w, t, Pane::Tree);
        assert_eq!(focused(120, 48).tree.unwrap().width, 48);
        assert_eq!(wide(120, 48).tree.unwrap().width, 24);
        assert_eq!(focused(160, 48).tree.unwrap().width, 48);
        assert_eq!(focused(160, 90).tree.unwrap().width, 64);
        assert_eq!(focused(160, 12).tree.unwrap().width, 24);
        // The reader takes the rest, always.
        let l = wide(160, 46);
        assert_eq!(
            l.reader.unwrap().x,
            l.tree.unwrap().x + l.tree.unwrap().width
        );
        assert_eq!(l.reader.unwrap().x + l.reader.unwrap().width, 160);
        // 80x24 with the tree beside the reader: up to two fifths.
        let hints = Hints {
            zoom: false,
            tree_width: Some(46),
            list_rows: None,
        };
        let l = layout_with(
            Rect::new(0, 0, 80, 24),
            Pane::Tree,
            Pane::Tree,
            Pane::Tree,
            hints,
        );
        assert_eq!(l.tree.unwrap().width, 32);
        assert_eq!(l.reader.unwrap().width, 48);
        // Zoom: the reader alone.
        let zoom = Hints {
            zoom: true,
            tree_width: Some(46),
            list_rows: None,
        };
        let l = layout_with(
            Rect::new(0, 0, 160, 48),
            Pane::Reader,
            Pane::List,
            Pane::Tree,
            zoom,
        );
        assert_eq!(l.reader, Some(Rect::new(0, 0, 160, 47)));
        assert!(l.list.is_none() && l.tree.is_none() && l.entities.is_none());
    }

    #[test]
    fn the_narrower_layout_puts_the_tree_under_a_short_list() {
        let hints = |list_rows| Hints {
            zoom: false,
            tree_width: Some(30),
            list_rows: Some(list_rows),
        };
        let at = |h: u16, nav: Pane, rows: u16| {
            layout_with(Rect::new(0, 0, 80, h), nav, nav, Pane::Tree, hints(rows))
        };
        // Five documents (12 rows) on 80x24: the list takes at most half.
        let l = at(24, Pane::List, 12);
        let (list, tree) = (l.list.unwrap(), l.tree.unwrap());
        assert_eq!((list.y, list.height), (0, 10));
        assert_eq!((tree.y, tree.height), (10, 13));
        assert_eq!(list.width, tree.width);
        // Two documents: the list as short as they are, the tree the rest.
        let l = at(24, Pane::List, 6);
        assert_eq!(l.list.unwrap().height, 6);
        assert_eq!(l.tree.unwrap().height, 17);
        // Too short to share, or the tree in use: one pane, the whole column.
        let l = at(12, Pane::List, 12);
        assert!(l.tree.is_none() && l.list.unwrap().height == 11);
        let l = at(24, Pane::Tree, 12);
        assert!(l.list.is_none() && l.tree.unwrap().height == 23);
    }

    #[test]
    fn the_tree_width_counts_depth_and_title() {
        let corpus = crate::corpus::Corpus::bundled();
        let letter = corpus
            .entries
            .iter()
            .find(|e| e.id().starts_with("004"))
            .and_then(|e| e.doc())
            .unwrap();
        // "Politieke en diplomatieke ontwikkelingen": 40 columns, at depth 0.
        assert_eq!(tree_width(letter), 40 + 2 + 6);
    }
}
