//! `t`: which entity types are highlighted; a digit shows or hides a type.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default)]
pub struct HighlightPanel;

impl HighlightPanel {
    pub fn open(_app: &mut App) -> Option<Box<dyn Panel>> {
        Some(Box::new(HighlightPanel))
    }
}

impl Panel for HighlightPanel {
    fn update(&mut self, action: Action, _app: &App, fx: &mut Vec<Effect>) {
        if let Action::TypeKey(d) = action {
            fx.push(Effect::Run(Box::new(move |app| {
                app.entities.toggle_type(d)
            })));
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::entity_pane::draw_highlight(app, f, area);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Highlight)
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Entities, Context::Global]
    }
}
