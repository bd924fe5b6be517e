//! Enter in the entities pane: every mention of an entity across the
//! documents (document, section, the words around it); Enter goes there and
//! makes `n`/`N` follow that entity.

use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::entity_view::Find;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct OccurrencesPanel {
    pub entity: usize,
    pub picker: Picker,
}

impl Panel for OccurrencesPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(index) = &app.entities.index else {
            fx.push(Effect::Close);
            return;
        };
        let occurrences = index.occurrences(self.entity);
        if self.picker.step(action, occurrences.len(), 10) {
            return;
        }
        if action == Action::Open
            && let Some((doc, m)) = occurrences.get(self.picker.selected)
        {
            fx.extend([
                Effect::Close,
                Effect::Find(Find::Entity(self.entity)),
                Effect::Jump {
                    doc: *doc,
                    at: m.clean.start,
                },
                Effect::Focus(Pane::Reader),
            ]);
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::entity_pane::draw_occurrences(app, f, area, self.entity, self.picker.selected);
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Entities, Context::Global]
    }
}
