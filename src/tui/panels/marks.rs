//! `M`: every mark, filtered by label, document and reviewer. Enter goes to
//! a mark's passage, `c` changes its label and note, `v` re-places it, `d`
//! deletes it (`u` undoes). The marks themselves belong to the App's marks
//! state; the panel asks for changes to them as [`MarkCommand`]s.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;

/// What the marks pane asks of the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkCommand {
    /// Only marks with the label of this digit (0: every label).
    FilterLabel(u8),
    /// This document's marks only, or all.
    ToggleThisDoc,
    /// The next reviewer's marks (after the last: everyone's).
    NextReviewer,
    /// Go to the mark's passage.
    Show(String),
    /// Open the form on its label and note.
    Edit(String),
    Delete(String),
    /// Select its passage anew, to move it with `m`.
    Replace(String),
    Undo,
}

#[derive(Debug, Default)]
pub struct MarksPanel {
    pub picker: Picker,
}

impl MarksPanel {
    /// Only in a session with marks; otherwise it says so.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        if app.marks.is_none() {
            app.message = Some("Marks are off in this session".into());
            return None;
        }
        Some(Box::new(MarksPanel::default()))
    }
}

impl Panel for MarksPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(marks) = &app.marks else {
            fx.push(Effect::Close);
            return;
        };
        let listed = marks.listed(&app.corpus, app.selected);
        // A delete may have left the selection past the end.
        self.picker.selected = self.picker.selected.min(listed.len().saturating_sub(1));
        if self.picker.step(action, listed.len(), 10) {
            return;
        }
        let current = listed.get(self.picker.selected).map(|m| m.id.clone());
        let filter = |fx: &mut Vec<Effect>, picker: &mut Picker, c: MarkCommand| {
            picker.selected = 0;
            fx.push(Effect::Mark(c));
        };
        match (action, current) {
            (Action::TypeKey(d), _) => filter(fx, &mut self.picker, MarkCommand::FilterLabel(d)),
            (Action::EntityScope, _) => filter(fx, &mut self.picker, MarkCommand::ToggleThisDoc),
            (Action::ReviewerFilter, _) => filter(fx, &mut self.picker, MarkCommand::NextReviewer),
            (Action::Undo, _) => fx.push(Effect::Mark(MarkCommand::Undo)),
            (Action::Open, Some(id)) => {
                fx.extend([Effect::Close, Effect::Mark(MarkCommand::Show(id))])
            }
            (Action::EditMark, Some(id)) => {
                fx.extend([Effect::Close, Effect::Mark(MarkCommand::Edit(id))])
            }
            (Action::Select, Some(id)) => {
                fx.extend([Effect::Close, Effect::Mark(MarkCommand::Replace(id))])
            }
            (Action::Delete, Some(id)) => fx.push(Effect::Mark(MarkCommand::Delete(id))),
            _ => {}
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::marks_pane::draw_marks(app, f, area, self.picker.selected);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Marks)
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Marks, Context::Global]
    }
}
