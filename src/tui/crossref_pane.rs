//! Drawing the cross-document lists: related passages (`R`) with their
//! score and what they share, and the timeline (`T`), its dated statements
//! first and those without a year apart below them. Documents are named by
//! their short titles, never their ids; everything taken from a document is
//! made inert before it is drawn.

use super::action::Action;
use super::app::App;
use super::panel::Picker;
use super::ui::{centered, overlay_block};
use crate::crossref::related::Related;
use crate::crossref::timeline::{self, Resolution, TimelineEntry};
use crate::document::Document;
use crate::output::inert::inert_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use std::ops::Range;

fn big(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(6).max(20),
        area.height.saturating_sub(4).max(5),
    )
}

/// How long a document's title may be in a message.
pub(super) const TITLE_MAX: usize = 32;

/// How long a document's title may be in a list `width` columns wide: half
/// of it, so what follows the title still shows, within 20 and 40.
fn list_title_max(width: usize) -> usize {
    (width / 2).clamp(20, 40)
}

/// What a list calls corpus entry `doc`: its short title (at most `max`
/// characters), inert.
pub(super) fn doc_name(app: &App, doc: usize, max: usize) -> String {
    app.corpus.entries.get(doc).map_or(String::new(), |e| {
        inert_line(&e.short_name(max)).into_owned()
    })
}

/// The start of a passage, as much as fits.
fn opening(doc: &Document, r: &Range<usize>, width: usize) -> String {
    let text = doc.clean[r.clone()].replace('\n', " ");
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    if text.chars().count() > width.saturating_sub(1) {
        out.push('…');
    }
    inert_line(&out).into_owned()
}

fn section(doc: &Document, at: usize) -> String {
    doc.section_of_block(doc.block_at_clean(at))
        .map_or(String::new(), |s| {
            inert_line(&doc.sections[s].title).into_owned()
        })
}

pub fn draw_related(app: &App, related: &[Related], f: &mut Frame, area: Rect, selected: usize) {
    let rect = big(area);
    let width = usize::from(rect.width.saturating_sub(6));
    let per_page = (usize::from(rect.height.saturating_sub(2)) / 3).max(1);
    let scroll = Picker::first_shown(selected, related.len(), per_page);
    let names = app.entities.index.as_ref();
    let mut lines = Vec::new();
    for (i, r) in related.iter().enumerate().skip(scroll).take(per_page) {
        let Some(doc) = app.corpus.entries[r.doc].doc() else {
            continue;
        };
        let base = if i == selected {
            app.theme.selected
        } else {
            Style::new()
        };
        let pointer = if i == selected { "▶ " } else { "  " };
        let shared: Vec<String> = r
            .shared
            .iter()
            .filter_map(|e| names.map(|n| inert_line(&n.entities[*e].name).into_owned()))
            .take(5)
            .collect();
        lines.push(Line::from(vec![
            Span::styled(pointer, base),
            Span::styled(format!("{:5.1} ", r.score), app.theme.marker),
            Span::styled(
                format!(
                    "{} · {}",
                    doc_name(app, r.doc, list_title_max(width)),
                    section(doc, r.clean.start)
                ),
                base.patch(app.theme.dim),
            ),
        ]));
        lines.push(Line::styled(
            format!("    {}", opening(doc, &r.clean, width)),
            base,
        ));
        let why = if shared.is_empty() {
            format!("    words: {}", inert_line(&r.terms.join(", ")))
        } else {
            format!(
                "    shares: {} · words: {}",
                shared.join(", "),
                inert_line(&r.terms.join(", "))
            )
        };
        lines.push(Line::styled(why, base.patch(app.theme.meta)));
    }
    f.render_widget(Clear, rect);
    let keys = super::ui::key_reminder(
        app,
        &[
            (Action::Open, "go"),
            (Action::Split, "side by side"),
            (Action::Close, "close"),
        ],
    );
    let title = format!(" Related in other documents ({}) · {keys} ", related.len());
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}

/// The date column of a timeline entry: "≈" before a year taken from the
/// document's date, the mention's own words when there is no year.
fn date_label(t: &TimelineEntry) -> String {
    match t.resolution {
        Resolution::DocumentDate => format!("≈{}", t.date),
        Resolution::Text => t.date.clone(),
        Resolution::Unknown => inert_line(&t.date).into_owned(),
    }
}

/// The timeline: two rows an entry (date and title; the sentence, the date
/// picked out), the selected one kept mid-page. The entries without a year
/// follow the dated under a heading of their own.
pub fn draw_timeline(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let Some(cross) = &app.crossref else { return };
    let entries = &cross.timeline;
    let undated = timeline::undated_start(entries);
    let rect = big(area);
    let width = usize::from(rect.width.saturating_sub(4));
    let per_page = (usize::from(rect.height.saturating_sub(2)) / 2).max(1);
    let scroll = Picker::first_shown(selected, entries.len(), per_page);
    // The title has its row to itself, after the pointer and the date.
    let title_max = width.saturating_sub(2 + 12).clamp(12, 60);
    let mut lines = Vec::new();
    for (i, t) in entries.iter().enumerate().skip(scroll).take(per_page) {
        let Some(doc) = app.corpus.entries[t.doc].doc() else {
            continue;
        };
        if i == undated {
            if i > scroll {
                lines.push(Line::raw(""));
            }
            let head = format!("── Without a year ({}) ", entries.len() - undated);
            let rule = "─".repeat(width.saturating_sub(head.chars().count() + 2));
            lines.push(Line::styled(format!("  {head}{rule}"), app.theme.meta));
        }
        let base = if i == selected {
            app.theme.selected
        } else {
            Style::new()
        };
        let pointer = if i == selected { "▶ " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(pointer, base),
            Span::styled(format!("{:<11} ", date_label(t)), app.theme.entity[3]),
            Span::styled(doc_name(app, t.doc, title_max), base.patch(app.theme.dim)),
        ]));
        // The sentence, with the date in it picked out.
        let s = &t.sentence;
        let m = t.mention.start.max(s.start)..t.mention.end.min(s.end);
        let before = inert_line(&doc.clean[s.start..m.start]).into_owned();
        let hit = inert_line(&doc.clean[m.clone()]).into_owned();
        let after = inert_line(&doc.clean[m.end..s.end]).into_owned();
        let mut text = vec![Span::styled("    ", base)];
        let budget = width.saturating_sub(4);
        let before_chars = before.chars().count();
        let keep = budget.saturating_sub(hit.chars().count()) / 3;
        let before = if before_chars > keep {
            format!(
                "…{}",
                before.chars().skip(before_chars - keep).collect::<String>()
            )
        } else {
            before
        };
        // The rest as far as it fits, "…" where the sentence goes on.
        use unicode_width::UnicodeWidthStr;
        let row = usize::from(rect.width.saturating_sub(2));
        let left = row.saturating_sub(4 + before.width() + hit.width());
        let after = super::ui::cut_to_width(&after, left);
        text.push(Span::styled(before, base));
        text.push(Span::styled(hit, base.patch(app.theme.entity[3])));
        text.push(Span::styled(after, base));
        lines.push(Line::from(text));
    }
    f.render_widget(Clear, rect);
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
    let keys = super::ui::key_reminder(app, &[(Action::Open, "go"), (Action::Close, "close")]);
    let title = format!(" Timeline ({count}) · {keys}{legend} ");
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}
