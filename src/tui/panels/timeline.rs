//! `T`: every dated statement of the reading text in date order, those
//! without a year apart after them under a heading of their own; two rows
//! a statement (date and document; the sentence, the date picked out).
//! Enter goes to the statement.

use super::overlay::{self, doc_name};
use crate::crossref::timeline::{self, Resolution, TimelineEntry};
use crate::output::inert::inert_line;
use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::app::{App, Pane};
use crate::tui::list_view::ListView;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{cut_to_width, key_reminder};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use unicode_width::UnicodeWidthStr;

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('T')],
    Action::Show(Overlay::Timeline),
    "timeline: every dated statement in date order",
);

/// Rows a statement.
const ROWS: usize = 2;

pub struct TimelinePanel {
    pub list: ListView,
}

impl TimelinePanel {
    /// The timeline, at the first statement of the document being read.
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        let Some(timeline) = app.timeline().cloned() else {
            app.message = Some(app.cross_references_pending());
            return None;
        };
        if timeline.is_empty() {
            app.message = Some("No dated statements".into());
            return None;
        }
        let selected = timeline
            .iter()
            .position(|t| t.doc == app.selected)
            .unwrap_or(0);
        Some(Box::new(TimelinePanel {
            list: ListView::at(selected),
        }))
    }
}

impl Panel for TimelinePanel {
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>) {
        let Some(timeline) = app.timeline() else {
            fx.push(Effect::Close);
            return;
        };
        let page = overlay::per_page(app.areas.screen, ROWS, 0);
        if self.list.step(action, timeline.len(), page) {
            return;
        }
        if action == Action::Open
            && let Some(t) = timeline.get(self.list.selected)
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
        let Some(entries) = app.timeline() else { return };
        let undated = timeline::undated_start(entries);
        let apart = entries.len() - undated;
        let count = if apart == 0 {
            format!("{undated} dated statements")
        } else {
            format!("{undated} dated statements, {apart} without a year")
        };
        let legend = if entries
            .iter()
            .any(|t| t.resolution == Resolution::DocumentDate)
        {
            " · ≈ year from the document's date"
        } else {
            ""
        };
        let keys = key_reminder(app, &[(Action::Open, "go"), (Action::Close, "close")]);
        let title = format!(" Timeline ({count}) · {keys}{legend} ");
        // Inside the box, after the pointer's column.
        let width = usize::from(overlay::list_box(area).width.saturating_sub(4));
        // The document's title has its row to itself, after the date.
        let title_max = width.saturating_sub(12).clamp(12, 60);
        let item = |i: usize| {
            let t = &entries[i];
            let Some(doc) = app.corpus.entries[t.doc].doc() else {
                return Text::from(Line::raw(""));
            };
            let mut lines = Vec::with_capacity(3);
            if i == undated {
                // Apart from the dated ones above it, under a rule.
                if i > 0 {
                    lines.push(Line::raw(""));
                }
                let head = format!("── Without a year ({apart}) ");
                let rule = "─".repeat(width.saturating_sub(head.chars().count() + 2));
                lines.push(Line::styled(format!("{head}{rule}"), app.theme.meta));
            }
            lines.push(Line::from(vec![
                Span::styled(format!("{:<11} ", date_label(t)), app.theme.entity[3]),
                Span::styled(doc_name(app, t.doc, title_max), app.theme.dim),
            ]));
            lines.push(sentence(app, doc, t, width));
            Text::from(lines)
        };
        overlay::draw_list(
            app,
            f,
            area,
            overlay::Listing::of(&title, self.list, entries.len(), ROWS),
            item,
        );
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Timeline))
    }
}

/// The date column of a timeline entry: "≈" before a year taken from the
/// document's date, the mention's own words when there is no year.
fn date_label(t: &TimelineEntry) -> String {
    match t.resolution {
        Resolution::DocumentDate => format!("≈{}", t.date),
        Resolution::Text => t.date.to_string(),
        Resolution::Unknown => inert_line(&t.date).into_owned(),
    }
}

/// The statement's sentence in `width` columns, its date picked out: a
/// third of the room before the date at most, the rest after it, "…"
/// where it is cut.
fn sentence(
    app: &App,
    doc: &crate::document::Document,
    t: &TimelineEntry,
    width: usize,
) -> Line<'static> {
    let s = &t.sentence;
    let m = t.mention.start.max(s.start)..t.mention.end.min(s.end);
    let before = inert_line(&doc.clean[s.start..m.start]).into_owned();
    let hit = inert_line(&doc.clean[m.clone()]).into_owned();
    let after = inert_line(&doc.clean[m.end..s.end]).into_owned();
    let room = width.saturating_sub(2);
    let before_chars = before.chars().count();
    let keep = room.saturating_sub(hit.chars().count()) / 3;
    let before = if before_chars > keep {
        format!(
            "…{}",
            before.chars().skip(before_chars - keep).collect::<String>()
        )
    } else {
        before
    };
    let left = room.saturating_sub(before.width() + hit.width());
    Line::from(vec![
        Span::raw("  "),
        Span::raw(before),
        Span::styled(hit, app.theme.entity[3]),
        Span::raw(cut_to_width(&after, left)),
    ])
}
