//! `f`: the footnotes of the document being read; Enter goes to a note's
//! marker in the text.

use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct FootnotesPanel {
    /// The document whose notes these are.
    pub doc: usize,
    pub picker: Picker,
}

impl Panel for FootnotesPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(doc) = app.corpus.entries.get(self.doc).and_then(|e| e.doc()) else {
            fx.push(Effect::Close);
            return;
        };
        if self.picker.step(action, doc.footnotes.len(), 10) {
            return;
        }
        if action == Action::Open
            && let Some(note) = doc.footnotes.get(self.picker.selected)
        {
            let at = note
                .marker
                .as_ref()
                .map_or(doc.blocks[note.block].clean.start, |m| m.start);
            fx.extend([
                Effect::Close,
                Effect::Jump { doc: self.doc, at },
                Effect::Focus(Pane::Reader),
            ]);
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::ui::draw_footnotes(app, f, area, self.picker.selected);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Footnotes)
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Reader, Context::Global]
    }
}
