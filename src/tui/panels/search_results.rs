//! `S`: the query line and the matches in all documents (document, section,
//! the match in its words), over the reader, while a search of all
//! documents is typed. Its text and choices belong
//! to the search (`App::search`, which `/` shares): the query line takes
//! the keys before any panel sees them, and Enter or Esc there closes it.

use super::overlay;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::list_view::{self, ListView};
use crate::tui::panel::{Effect, Panel};
use crate::tui::search_pane::query_line;
use crate::tui::ui::overlay_block;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Clear, Paragraph};

/// Rows a match: where it is, then the words around it.
const ROWS: usize = 2;

/// Results a page of the list shows on `screen` (below the query line
/// and a blank row).
pub fn page(screen: Rect) -> usize {
    overlay::per_page(screen, ROWS, 2)
}

#[derive(Debug, Default)]
pub struct SearchResultsPanel;

impl Panel for SearchResultsPanel {
    fn update(&mut self, _action: Action, _app: &App, _fx: &mut Vec<Effect>) {}

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        let Some(view) = &app.search.view else { return };
        let rect = overlay::list_box(area);
        let matches = |n: usize| format!("{n} match{}", if n == 1 { "" } else { "es" });
        let count = match app.search.progress() {
            Some(how_far) if view.total == 0 => how_far,
            Some(how_far) => format!("{} so far · {how_far}", matches(view.total)),
            None if view.total > view.hits.len() => {
                format!("{} matches, first {} listed", view.total, view.hits.len())
            }
            None => matches(view.total),
        };
        // The query line's own keys, which are not rebound.
        let title = format!(" Search all documents ({count}) · ↑/↓ choose · Enter go · Esc close ");
        let block = overlay_block(&app.theme, &title, rect);
        let inner = block.inner(rect);
        f.render_widget(Clear, rect);
        f.render_widget(block, rect);
        if inner.height == 0 {
            return;
        }
        f.render_widget(
            Paragraph::new(query_line(app, view)),
            Rect { height: 1, ..inner },
        );
        if inner.height <= 2 {
            return;
        }
        // The matches below the query line and a blank row; the selection
        // is the search's current match.
        let below = Rect {
            y: inner.y + 2,
            height: inner.height - 2,
            ..inner
        };
        let list = ListView::at(view.current);
        let first = list.centred(view.hits.len(), page(area));
        let room = usize::from(below.width.saturating_sub(4));
        let item = |i: usize| {
            let h = &view.hits[i];
            let Some(doc) = app.corpus.entries[h.doc].doc() else {
                return Text::from(Line::raw(""));
            };
            overlay::passage_item(app, doc, &h.clean, app.theme.search_current, room)
        };
        let selected = Some(view.current).filter(|&c| c < view.hits.len());
        list_view::render(
            f.buffer_mut(),
            below,
            first,
            view.hits.len(),
            selected,
            list_view::Highlight {
                style: app.theme.selected,
                pointer: true,
            },
            item,
        );
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Global]
    }
}
