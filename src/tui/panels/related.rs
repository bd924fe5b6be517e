//! `R`: passages in other documents on the same thing as the one read,
//! with their score and what they share. Enter goes there, `|` compares
//! side by side.

use super::overlay::{self, doc_name, list_title_max, opening, section_at};
use crate::output::inert::inert_line;
use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::{App, Pane};
use crate::tui::list_view::ListView;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::key_reminder;
use crate::crossref::related::Related;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('R')],
    Action::Show(Overlay::Related),
    "related passages in the other documents",
);

/// Rows an item: document and section, the passage, what it shares.
const ROWS: usize = 3;

pub struct RelatedPanel {
    pub items: Vec<Related>,
    pub list: ListView,
}

impl RelatedPanel {
    /// The passages related to the paragraph at the cursor (or the section
    /// being read); says why there are none.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        let Some(cross) = app.crossref.clone() else {
            app.message = Some(app.cross_references_pending());
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
            list: ListView::default(),
        }))
    }
}

impl Panel for RelatedPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let page = overlay::per_page(app.areas.screen, ROWS, 0);
        if self.list.step(action, self.items.len(), page) {
            return;
        }
        let Some(r) = self.items.get(self.list.selected) else {
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
        let keys = key_reminder(
            app,
            &[
                (Action::Open, "go"),
                (Action::Split, "side by side"),
                (Action::Close, "close"),
            ],
        );
        let title = format!(
            " Related in other documents ({}) · {keys} ",
            self.items.len()
        );
        // Inside the box, after the pointer's column.
        let width = usize::from(overlay::list_box(area).width.saturating_sub(4));
        let names = app.entities.index.as_ref();
        let item = |i: usize| {
            let r = &self.items[i];
            let Some(doc) = app.corpus.entries[r.doc].doc() else {
                return Text::from(Line::raw(""));
            };
            let shared: Vec<String> = r
                .shared
                .iter()
                .filter_map(|e| names.map(|n| inert_line(&n.entities[*e].name).into_owned()))
                .take(5)
                .collect();
            let words = inert_line(&r.terms.join(", ")).into_owned();
            // What the passages share: entities, then words (either may be none).
            let mut why = Vec::new();
            if !shared.is_empty() {
                why.push(format!("shares: {}", shared.join(", ")));
            }
            if !words.is_empty() {
                why.push(format!("words: {words}"));
            }
            let why = format!("  {}", why.join(" · "));
            Text::from(vec![
                Line::from(vec![
                    Span::styled(format!("{:5.1} ", r.score), app.theme.marker),
                    Span::styled(
                        format!(
                            "{} · {}",
                            doc_name(app, r.doc, list_title_max(width)),
                            section_at(doc, r.clean.start)
                        ),
                        app.theme.dim,
                    ),
                ]),
                Line::raw(format!("  {}", opening(doc, &r.clean, width.saturating_sub(2)))),
                Line::styled(why, app.theme.meta),
            ])
        };
        overlay::draw_list(
            app,
            f,
            area,
            overlay::Listing::of(&title, self.list, self.items.len(), ROWS),
            item,
        );
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Related))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Reader, Context::Global]
    }
}
