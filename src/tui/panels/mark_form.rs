//! The label-and-note form for a new mark or a changed one, over the
//! reader. It takes its keys before the keymap (they are text, and the
//! form's own keys in the `Form` context); Ctrl-S saves, Esc cancels (and
//! asks first when a typed note would be dropped).

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::mark_form::{FormOutcome, MarkForm};
use crate::tui::panel::{Effect, Panel};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct MarkFormPanel {
    /// Taken out when it is saved.
    form: Option<MarkForm>,
}

impl MarkFormPanel {
    pub fn new(form: MarkForm) -> MarkFormPanel {
        MarkFormPanel { form: Some(form) }
    }
}

impl Panel for MarkFormPanel {
    fn key(&mut self, key: KeyEvent, _app: &App, fx: &mut Vec<Effect>) -> bool {
        let Some(form) = &mut self.form else {
            fx.push(Effect::Close);
            return true;
        };
        match form.handle(key) {
            FormOutcome::Open => {}
            FormOutcome::Cancel => fx.push(Effect::Close),
            FormOutcome::Save => {
                let form = self.form.take().expect("open");
                fx.extend([Effect::Close, Effect::SaveMark(Box::new(form))]);
            }
        }
        true
    }

    fn update(&mut self, _action: Action, _app: &App, _fx: &mut Vec<Effect>) {}

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        if let Some(form) = &self.form {
            let styles: Vec<_> = form.labels.iter().map(|l| app.label_style(l)).collect();
            let hints = app.keymap.hints(Context::Form).join(" · ");
            form.draw(f, area, &app.theme, &styles, &hints);
        }
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Form]
    }
}
