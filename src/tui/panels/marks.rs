//! `M`: every mark, filtered by label, document and reviewer. Enter goes to
//! a mark's passage, `c` changes its label and note, `v` re-places it, `d`
//! deletes it (`u` undoes). The marks themselves belong to the App's marks
//! state; the panel asks for changes to them as [`MarkCommand`]s.

use super::overlay;
use crate::document::first_words;
use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::App;
use crate::tui::list_view::ListView;
use crate::tui::marking::mark_view;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::cut_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('M')],
    Action::Show(Overlay::Marks),
    "marks pane (Enter: go to the passage)",
);

/// Rows a mark, at most: where and who, the passage, the note.
const ROWS: usize = 3;

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
    pub list: ListView,
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
        self.list.selected = self.list.selected.min(listed.len().saturating_sub(1));
        let page = overlay::per_page(app.areas.screen, ROWS, 0);
        if self.list.step(action, listed.len(), page) {
            return;
        }
        let current = listed.get(self.list.selected).map(|m| m.id.clone());
        let filter = |fx: &mut Vec<Effect>, list: &mut ListView, c: MarkCommand| {
            list.selected = 0;
            fx.push(Effect::Mark(c));
        };
        match (action, current) {
            (Action::TypeKey(d), _) => filter(fx, &mut self.list, MarkCommand::FilterLabel(d)),
            (Action::EntityScope, _) => filter(fx, &mut self.list, MarkCommand::ToggleThisDoc),
            (Action::ReviewerFilter, _) => filter(fx, &mut self.list, MarkCommand::NextReviewer),
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
        let Some(marks) = &app.marks else { return };
        let listed = marks.listed(&app.corpus, app.selected);
        let mut filters = Vec::new();
        if let Some(l) = &marks.filter.label {
            filters.push(format!("label {l}"));
        }
        if marks.filter.this_doc {
            filters.push("this document".to_string());
        }
        if let Some(r) = &marks.filter.reviewer {
            filters.push(format!("reviewer {r}"));
        }
        let filter = if filters.is_empty() {
            String::new()
        } else {
            format!(" · {}", filters.join(", "))
        };
        let title = format!(
            " Marks ({}){filter} · {} go · {} · {} undo ",
            listed.len(),
            app.keymap.key_for(Action::Open),
            app.keymap.hints(Context::Marks).join(" · "),
            app.keymap.key_for(Action::Undo)
        );
        if listed.is_empty() {
            let empty = format!(
                "No marks yet: {} selects, {} marks the selection or the sentence at the cursor.",
                app.keymap.key_for(Action::Select),
                app.keymap.key_for(Action::Mark)
            );
            let room = usize::from(overlay::list_box(area).width.saturating_sub(2));
            let empty = cut_to_width(&empty, room);
            let item = |_| Text::from(Line::styled(empty.clone(), app.theme.dim));
            // One row, nothing selected.
            let listing = overlay::Listing::of(&title, ListView::at(1), 1, ROWS);
            overlay::draw_list(app, f, area, listing, item);
            return;
        }
        // Inside the box, after the pointer's column.
        let room = usize::from(overlay::list_box(area).width.saturating_sub(4));
        let item = |i: usize| {
            let m = listed[i];
            let view = mark_view(app, m);
            let place = if view.orphaned {
                "NOT PLACED".to_string()
            } else {
                view.section.clone().unwrap_or_default()
            };
            let mut lines = vec![
                Line::from(vec![
                    Span::styled(format!(" {} ", m.label), app.label_style(&m.label)),
                    Span::styled(
                        format!(
                            " {} · {} · {} · {}",
                            doc_name(app, &m.doc),
                            place,
                            m.reviewer,
                            m.created.get(..10).unwrap_or(&m.created)
                        ),
                        app.theme.dim,
                    ),
                ]),
                // Cut to the box with "…", so a cut passage or note says so.
                Line::raw(cut_to_width(
                    &format!("  “{}”", first_words(&m.quote.exact, 14)),
                    room,
                )),
            ];
            if !m.note.is_empty() {
                lines.push(Line::styled(
                    cut_to_width(
                        &format!("  ✎ {}", first_words(&m.note.replace('\n', " "), 14)),
                        room,
                    ),
                    app.theme.meta,
                ));
            }
            Text::from(lines)
        };
        // After a delete the selection may be past the end: the last one is
        // it, as Enter would take it.
        let list = ListView::at(self.list.selected.min(listed.len() - 1));
        overlay::draw_list(
            app,
            f,
            area,
            overlay::Listing::of(&title, list, listed.len(), ROWS),
            item,
        );
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Marks))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Marks, Context::Global]
    }
}

/// What the marks pane calls a mark's document: its short title, or the id
/// the mark names when no document of this briefing has it (made inert).
fn doc_name(app: &App, id: &str) -> String {
    let name = app
        .corpus
        .entries
        .iter()
        .find(|e| e.id() == id)
        .map_or_else(|| id.to_string(), |e| e.short_name(28));
    crate::output::inert::inert_line(&name).into_owned()
}
