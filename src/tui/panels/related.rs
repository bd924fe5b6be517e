//! `R`: passages in other documents on the same thing as the one read.
//! Enter goes there, `|` compares side by side.

use crate::crossref::related::Related;
use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct RelatedPanel {
    pub items: Vec<Related>,
    pub picker: Picker,
}

impl RelatedPanel {
    /// The passages related to the paragraph at the cursor (or the section
    /// being read); says why there are none.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        let Some(cross) = app.crossref.clone() else {
            app.message = Some("Still reading the briefing; try again in a moment".into());
            return None;
        };
        let query = app.related_query()?;
        let items = cross.related.related(&app.corpus, app.selected, query, 20);
        if items.is_empty() {
            app.message = Some("Nothing related found in the other documents".into());
            return None;
        }
        Some(Box::new(RelatedPanel {
            items,
            picker: Picker::default(),
        }))
    }
}

impl Panel for RelatedPanel {
    fn update(&mut self, action: Action, _app: &App, fx: &mut Vec<Effect>) {
        if self.picker.step(action, self.items.len(), 5) {
            return;
        }
        let Some(r) = self.items.get(self.picker.selected) else {
            return;
        };
        match action {
            Action::Split => fx.extend([
                Effect::Close,
                Effect::Split {
                    doc: r.doc,
                    at: r.clean.start,
                },
            ]),
            Action::Open => fx.extend([
                Effect::Close,
                Effect::Jump {
                    doc: r.doc,
                    at: r.clean.start,
                },
                Effect::Focus(Pane::Reader),
            ]),
            _ => {}
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::crossref_pane::draw_related(app, &self.items, f, area, self.picker.selected);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Related)
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Reader, Context::Global]
    }
}
