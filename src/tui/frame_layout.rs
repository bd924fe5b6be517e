//! The layout of a frame, computed from the state and the screen before
//! anything is drawn: where each pane goes, the reading panes' text areas,
//! their rows (less a decoding note's line) and the lines they show, the
//! clean text on screen and the reading place the status bar names. Keys
//! read these (page sizes, mouse hits, what `w` starts from); drawing only
//! reads them (`ui::paint` takes the app read-only).

use super::app::{App, Pane};
use super::layout::{Hints, MAX_LINE, PaneLayout, layout_with};
use super::pane_frame::PaneFrame;
use super::reader::VisualLine;
use crate::corpus::Entry;
use ratatui::layout::Rect;

/// Where the text of a reading pane goes inside `area`: inside its border
/// when there is room for one, a column of margin each side when there is
/// room for that, and at most [`MAX_LINE`] wide, centred.
pub fn text_area(area: Rect) -> Rect {
    let inner = if area.width >= 4 && area.height >= 3 {
        Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width - 2,
            height: area.height - 2,
        }
    } else {
        area
    };
    if inner.width > 10 {
        let width = (inner.width - 2).min(MAX_LINE);
        Rect {
            x: inner.x + 1 + (inner.width - 2 - width) / 2,
            width,
            ..inner
        }
    } else {
        inner
    }
}

/// What a reading pane shows this frame, laid out before drawing.
#[derive(Debug, Clone, Default)]
pub struct ShownText {
    /// The pane it fills (drawing finds it by its area).
    pub area: Rect,
    /// The corpus entry shown.
    pub doc: usize,
    /// Its lines from the top of the text area down.
    pub lines: Vec<ShownLine>,
}

/// One screen line of a reading pane, as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShownLine {
    /// A wrapped line of the clean text (see [`VisualLine`]).
    Clean(VisualLine),
    /// A line of the raw original, made inert, with whether it goes on from
    /// the line above (a source line wider than the pane).
    Raw { text: String, continued: bool },
}

/// Where the main reader is, for the status bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadingPlace {
    /// The clean offset at the top of the view.
    pub top_clean: usize,
    /// The end of the text is on screen.
    pub at_end: bool,
    /// The title of the section being read.
    pub section: Option<String>,
}

impl App {
    /// Lays out a frame on `screen` and stores it in `areas`; returns the
    /// panes (with the status line) for drawing.
    pub fn lay_out(&mut self, screen: Rect) -> PaneLayout {
        self.areas.screen = screen;
        let hints = Hints {
            zoom: self.zoom,
            tree_width: self.views.get(self.selected).map(|v| v.tree_width),
            // Two lines a document, and the borders.
            list_rows: Some(u16::try_from(self.corpus.entries.len() * 2 + 2).unwrap_or(u16::MAX)),
        };
        let mut l = layout_with(screen, self.focus, self.nav, self.middle, hints);
        // Side by side: two readers share the screen.
        let split = self
            .split
            .filter(|_| screen.width >= 40 && screen.height >= 3);
        self.areas.split = None;
        if split.is_some() {
            let main = Rect {
                height: screen.height - 1,
                ..screen
            };
            let half = main.width / 2;
            l.list = None;
            l.tree = None;
            l.entities = None;
            l.reader = Some(Rect {
                width: half,
                ..main
            });
            self.areas.split = Some(Rect {
                x: main.x + half,
                width: main.width - half,
                ..main
            });
        }
        self.areas.list = l.list;
        if let Some(r) = l.list {
            let fits = super::document_list::fits(r);
            self.list.scroll_into_view(self.corpus.entries.len(), fits);
        }
        self.areas.tree = l.tree;
        self.areas.entities = l.entities;
        // The tree and the entities list scroll to their selected rows now,
        // not while they are drawn: a click reads the same rows as shown.
        if let (Some(r), Some(view)) = (l.tree, self.views.get_mut(self.selected)) {
            let rows = PaneFrame::inner_of(r).height;
            view.outline.scroll_into_view(usize::from(rows));
        }
        if let Some(r) = l.entities {
            let rows = PaneFrame::inner_of(r).height;
            self.entities.scroll_into_view(usize::from(rows));
        }
        self.areas.reader = l.reader;
        // Without a reading pane on screen, a page is the screen less the
        // status line and two borders.
        self.areas.reader_rows = usize::from(screen.height.saturating_sub(3)).max(1);
        self.areas.reader_span = None;
        self.areas.shown.clear();
        self.areas.place = None;
        match (l.reader, self.split) {
            // Too small for two: the focused one of the pair fills the place.
            (Some(r), Some(doc)) if split.is_none() && self.focus == Pane::Split => {
                self.areas.split_rows = self.lay_out_text(doc, r, false)
            }
            (Some(r), _) => self.areas.reader_rows = self.lay_out_text(self.selected, r, true),
            (None, _) => {}
        }
        if let (Some(doc), Some(r)) = (split, self.areas.split) {
            self.areas.split_rows = self.lay_out_text(doc, r, false);
        }
        self.areas.place = self.reading_place();
        l
    }

    /// The main reader's place, for the status bar (none without a
    /// document).
    fn reading_place(&mut self) -> Option<ReadingPlace> {
        let rows = self.areas.reader_rows;
        // The span the layout just found: not worked out a second time.
        let section = self.current_section(self.areas.reader_span.clone());
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return None;
        };
        let reader = &mut self.views[self.selected].reader;
        let top_clean = reader.top_clean(doc);
        let max_top = reader.max_top(doc, rows);
        let at_end = reader.top >= max_top;
        Some(ReadingPlace {
            top_clean,
            at_end,
            section,
        })
    }

    /// Wraps document `shown`'s view at its text width in `pane` and returns
    /// the rows its text has; for the main reader also the clean text on
    /// screen.
    fn lay_out_text(&mut self, shown: usize, pane: Rect, main: bool) -> usize {
        let text = text_area(pane);
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(shown) else {
            return usize::from(text.height).max(1);
        };
        let mut rows = usize::from(text.height);
        // A decoding note takes the first line.
        if doc.note.is_some() && rows > 1 {
            rows -= 1;
        }
        let rows = rows.max(1);
        let view = &mut self.views[shown].reader;
        view.set_width(doc, text.width);
        let visible = view.visible(doc, rows);
        if main {
            self.areas.reader_span = view.clean_span(doc, &visible);
        }
        let lines = visible
            .into_iter()
            .map(|(_, line)| match line {
                VisualLine::Text { unit, range } if view.raw => {
                    let text = view.unit_text(doc, unit);
                    ShownLine::Raw {
                        continued: !text[..range.start].trim().is_empty(),
                        text: text[range].to_string(),
                    }
                }
                line => ShownLine::Clean(line),
            })
            .collect();
        self.areas.shown.push(ShownText {
            area: pane,
            doc: shown,
            lines,
        });
        rows
    }
}

impl super::app::Areas {
    /// What the reading pane drawn over `area` shows this frame.
    pub fn shown_in(&self, area: Rect) -> Option<&ShownText> {
        self.shown.iter().find(|s| s.area == area)
    }
}
