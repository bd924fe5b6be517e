//! `f`: the footnotes of the document being read; Enter goes to a note's
//! marker in the text.

use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::{App, Pane};
use super::overlay;
use crate::tui::list_view::ListView;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::key_reminder;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Reader,
    &[Key::Char('f')],
    Action::Show(Overlay::Footnotes),
    "footnotes",
);

/// Rows a note, about: most are a line or two, some run long.
const ROWS: usize = 2;

pub struct FootnotesPanel {
    /// The document whose notes these are.
    pub doc: usize,
    pub list: ListView,
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
            list: ListView::at(selected),
        }))
    }
}

impl Panel for FootnotesPanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(doc) = app.corpus.entries.get(self.doc).and_then(|e| e.doc()) else {
            fx.push(Effect::Close);
            return;
        };
        let page = overlay::per_page(app.areas.screen, ROWS, 0);
        if self.list.step(action, doc.footnotes.len(), page) {
            return;
        }
        if action == Action::Open
            && let Some(note) = doc.footnotes.get(self.list.selected)
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

    /// Each note wrapped to the box, its lines after the first indented
    /// past its number.
    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        let Some(doc) = app.corpus.entries.get(self.doc).and_then(|e| e.doc()) else {
            return;
        };
        let title = format!(
            " Footnotes · {} ",
            key_reminder(
                app,
                &[(Action::Open, "go to marker"), (Action::Close, "close")]
            )
        );
        // Inside the box, after the pointer's column.
        let width = overlay::list_box(area).width.saturating_sub(4);
        let item = |i: usize| {
            let n = &doc.footnotes[i];
            let text = doc.block_text(n.block);
            let number = n.number.to_string();
            let hang = if text.starts_with(&format!("{number} ")) {
                number.len() as u16 + 1
            } else {
                0
            };
            let lines: Vec<Line> = crate::tui::wrap::wrap_hanging(text, width, hang)
                .into_iter()
                .enumerate()
                .map(|(row, r)| {
                    let indent = if row == 0 { 0 } else { usize::from(hang) };
                    Line::raw(format!("{:indent$}{}", "", &text[r]))
                })
                .collect();
            Text::from(lines)
        };
        overlay::draw_list(
            app,
            f,
            area,
            overlay::Listing::of(&title, self.list, doc.footnotes.len(), ROWS),
            item,
        );
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Footnotes))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Reader, Context::Global]
    }
}
