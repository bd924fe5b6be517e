//! `T`: every dated statement of the reading text in date order, those
//! without a year apart after them. Enter goes to the statement.

use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::panel::{Effect, Panel, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct TimelinePanel {
    pub picker: Picker,
}

impl TimelinePanel {
    /// The timeline, at the first statement of the document being read.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        let Some(cross) = app.crossref.clone() else {
            app.message = Some("Still reading the briefing; try again in a moment".into());
            return None;
        };
        if cross.timeline.is_empty() {
            app.message = Some("No dated statements".into());
            return None;
        }
        let selected = cross
            .timeline
            .iter()
            .position(|t| t.doc == app.selected)
            .unwrap_or(0);
        Some(Box::new(TimelinePanel {
            picker: Picker::at(selected),
        }))
    }
}

impl Panel for TimelinePanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(cross) = &app.crossref else {
            fx.push(Effect::Close);
            return;
        };
        let page = (app.areas.reader_rows.max(10) / 2).max(1);
        if self.picker.step(action, cross.timeline.len(), page) {
            return;
        }
        if action == Action::Open
            && let Some(t) = cross.timeline.get(self.picker.selected)
        {
            fx.extend([
                Effect::Close,
                Effect::Jump {
                    doc: t.doc,
                    at: t.sentence.start,
                },
                Effect::Focus(Pane::Reader),
            ]);
        }
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        crate::tui::crossref_pane::draw_timeline(app, f, area, self.picker.selected);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Timeline)
    }
}
