//! `x`: which format the marks are written in; a digit writes them (to a
//! new dated file next to the marks file) and closes.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default)]
pub struct ExportPanel;

impl ExportPanel {
    /// Only in a session with marks.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        app.marks
            .is_some()
            .then(|| Box::new(ExportPanel) as Box<dyn Panel>)
    }
}

impl Panel for ExportPanel {
    fn update(&mut self, action: Action, _app: &App, fx: &mut Vec<Effect>) {
        if let Action::TypeKey(d) = action
            && d >= 1
            && usize::from(d) <= crate::tui::marking::EXPORT_FORMATS.len()
        {
            let format = usize::from(d) - 1;
            fx.extend([
                Effect::Close,
                Effect::Run(Box::new(move |app| app.export(format))),
            ]);
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::marks_pane::draw_export(app, f, area);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Export)
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Marks, Context::Global]
    }
}
