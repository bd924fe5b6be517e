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

impl FootnotesPanel {
    /// The notes of the document being read, from the first whose marker
    /// is at or below the top of the view; nothing when it has none (and
    /// the status bar says so).
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        let corpus = app.corpus.clone();
        let doc = corpus.entries.get(app.selected)?.doc()?;
        if doc.footnotes.is_empty() {
            app.message = Some("No footnotes in this document".into());
            return None;
        }
        let top = app.views[app.selected].reader.top_clean(doc);
        let selected = doc
            .footnotes
            .iter()
            .position(|f| f.marker.as_ref().is_some_and(|m| m.start >= top))
            .unwrap_or(0);
        Some(Box::new(FootnotesPanel {
            doc: app.selected,
            picker: Picker::at(selected),
        }))
    }
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
