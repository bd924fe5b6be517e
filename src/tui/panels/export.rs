//! `x`: which format the marks are written in; a digit writes them (to a
//! new dated file next to the marks file) and closes.

use crate::marks::clock::today_local;
use crate::marks::export;
use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::App;
use crate::tui::marking::EXPORT_FORMATS;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{centered, overlay_block};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('x')],
    Action::Show(Overlay::Export),
    "export the marks (Markdown, JSON, W3C, CSV)",
);

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
            && usize::from(d) <= EXPORT_FORMATS.len()
        {
            let format = usize::from(d) - 1;
            fx.extend([
                Effect::Close,
                Effect::Export(format),
            ]);
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw(app, f, area);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Export))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Marks, Context::Global]
    }
}

/// A row a format: its digit, its name and the file it would write.
fn draw(app: &App, f: &mut Frame, area: Rect) {
    let rect = centered(area, 50, EXPORT_FORMATS.len() as u16 + 5);
    let mut lines = vec![
        Line::styled(
            " Write all marks, next to the marks file, as:",
            app.theme.dim,
        ),
        Line::styled(" (a new file each time: -2, -3… when taken)", app.theme.dim),
    ];
    let date = today_local();
    for (i, format) in EXPORT_FORMATS.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", i + 1), app.theme.marker),
            Span::raw(format!(
                "{} ({})",
                format.name(),
                export::file_name(&date, *format, 1)
            )),
        ]));
    }
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(
            &app.theme,
            &format!(" Export ({} closes) ", app.keymap.key_for(Action::Close)),
            rect,
        )),
        rect,
    );
}
