//! Enter in the entities pane: every mention of an entity across the
//! documents (document, section, the words around it); Enter goes there and
//! makes `n`/`N` follow that entity.

use super::overlay;
use crate::output::inert::inert_line;
use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::entity_view::Find;
use crate::tui::keymap::Context;
use crate::tui::list_view::ListView;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::key_reminder;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};

/// Rows an occurrence: where it is, then the words around it.
const ROWS: usize = 2;

pub struct OccurrencesPanel {
    pub entity: usize,
    pub list: ListView,
}

impl Panel for OccurrencesPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(index) = &app.entities.index else {
            fx.push(Effect::Close);
            return;
        };
        let occurrences = index.occurrences(self.entity);
        let page = overlay::per_page(app.areas.screen, ROWS, 0);
        if self.list.step(action, occurrences.len(), page) {
            return;
        }
        if action == Action::Open
            && let Some((doc, m)) = occurrences.get(self.list.selected)
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
        let Some(index) = &app.entities.index else {
            return;
        };
        let ent = &index.entities[self.entity];
        let occurrences = index.occurrences(self.entity);
        // Counted as n/N visit them: mentions in folded text only where it
        // is shown.
        let folded = occurrences
            .iter()
            .filter(|(d, m)| {
                m.boilerplate && !app.views.get(*d).is_some_and(|v| v.reader.show_folded)
            })
            .count();
        let also_folded = if folded > 0 {
            format!(", {folded} more in folded text")
        } else {
            String::new()
        };
        let title = format!(
            " {} {} · {} mentions in {} documents{also_folded} ({}) ",
            ent.ty.code(),
            inert_line(&ent.name),
            occurrences.len() - folded,
            ent.documents,
            key_reminder(app, &[(Action::Open, "go"), (Action::Close, "close")])
        );
        // Inside the box, after the pointer's column and an indent.
        let room = usize::from(overlay::list_box(area).width.saturating_sub(6));
        let item = |i: usize| {
            let (d, m) = &occurrences[i];
            let Some(doc) = app.corpus.entries[*d].doc() else {
                return Text::from(Line::raw(""));
            };
            overlay::passage_item(app, doc, &m.clean, app.theme.entity[m.ty.index()], room)
        };
        overlay::draw_list(
            app,
            f,
            area,
            overlay::Listing::of(&title, self.list, occurrences.len(), ROWS),
            item,
        );
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Entities, Context::Global]
    }
}
