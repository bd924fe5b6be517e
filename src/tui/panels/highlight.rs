//! `t`: which entity types are highlighted; a digit shows or hides a type.

use crate::entities::EntityType;
use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::App;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{centered, overlay_block};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('t')],
    Action::Show(Overlay::Highlight),
    "entity highlighting per type, or all",
);

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
            fx.push(Effect::ToggleType(d));
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw(app, f, area);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Highlight))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Entities, Context::Global]
    }
}

/// A row a type: its digit, whether it shows, its code in its style.
fn draw(app: &App, f: &mut Frame, area: Rect) {
    let rect = centered(area, 40, 12);
    let mut lines = vec![Line::styled(
        " Press a digit to show or hide a type:",
        app.theme.dim,
    )];
    for (n, t) in EntityType::ALL.into_iter().enumerate() {
        let on = app.entities.shows(t);
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", n + 1), app.theme.marker),
            Span::raw(if on { "[x] " } else { "[ ] " }),
            Span::styled(format!("{:<5}", t.code()), app.theme.entity[t.index()]),
            Span::raw(format!(" {}", t.label())),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(" 0 ", app.theme.marker),
        Span::raw("all on / all off"),
    ]));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(
            &app.theme,
            &format!(
                " Highlight ({}/{} closes) ",
                app.keymap.key_for(Action::Show(Overlay::Highlight)),
                app.keymap.key_for(Action::Close)
            ),
            rect,
        )),
        rect,
    );
}

