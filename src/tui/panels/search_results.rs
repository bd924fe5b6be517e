//! `S`: the query line and the matches in all documents, over the reader,
//! while a search of all documents is typed. Its text and choices belong
//! to the search (`App::search`, which `/` shares): the query line takes
//! the keys before any panel sees them, and Enter or Esc there closes it.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default)]
pub struct SearchResultsPanel;

impl Panel for SearchResultsPanel {
    fn update(&mut self, _action: Action, _app: &App, _fx: &mut Vec<Effect>) {}

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::search_pane::draw_results(app, f, area);
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Global]
    }
}
