//! Drawing the cross-document lists: related passages (`R`) with their
//! score and what they share, and the timeline (`T`).

use super::app::App;
use super::ui::{centered, overlay_block};
use crate::document::Document;
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

/// The start of a passage, as much as fits.
fn opening(doc: &Document, r: &Range<usize>, width: usize) -> String {
    let text = doc.clean[r.clone()].replace('\n', " ");
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    if text.chars().count() > width.saturating_sub(1) {
        out.push('…');
    }
    out
}

fn section(doc: &Document, at: usize) -> String {
    doc.section_of_block(doc.block_at_clean(at))
        .map_or(String::new(), |s| doc.sections[s].title.clone())
}

pub fn draw_related(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let rect = big(area);
    let width = usize::from(rect.width.saturating_sub(6));
    let per_page = (usize::from(rect.height.saturating_sub(2)) / 3).max(1);
    let scroll = selected.saturating_sub(per_page / 2);
    let names = app.entities.index.as_ref();
    let mut lines = Vec::new();
    for (i, r) in app.related.iter().enumerate().skip(scroll).take(per_page) {
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
            .filter_map(|e| names.map(|n| n.entities[*e].name.clone()))
            .take(5)
            .collect();
        lines.push(Line::from(vec![
            Span::styled(pointer, base),
            Span::styled(format!("{:5.1} ", r.score), app.theme.marker),
            Span::styled(
                format!("{} · {}", doc.id, section(doc, r.clean.start)),
                base.patch(app.theme.dim),
            ),
        ]));
        lines.push(Line::styled(
            format!("    {}", opening(doc, &r.clean, width)),
            base,
        ));
        let why = if shared.is_empty() {
            format!("    words: {}", r.terms.join(", "))
        } else {
            format!(
                "    shares: {} · words: {}",
                shared.join(", "),
                r.terms.join(", ")
            )
        };
        lines.push(Line::styled(why, base.patch(app.theme.meta)));
    }
    f.render_widget(Clear, rect);
    let title = format!(
        " Related in other documents ({}) · Enter go · | side by side · Esc close ",
        app.related.len()
    );
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}

pub fn draw_timeline(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let Some(cross) = &app.crossref else { return };
    let rect = big(area);
    let width = usize::from(rect.width.saturating_sub(4));
    let per_page = (usize::from(rect.height.saturating_sub(2)) / 2).max(1);
    let scroll = selected.saturating_sub(per_page / 2);
    let mut lines = Vec::new();
    for (i, t) in cross
        .timeline
        .iter()
        .enumerate()
        .skip(scroll)
        .take(per_page)
    {
        let Some(doc) = app.corpus.entries[t.doc].doc() else {
            continue;
        };
        let base = if i == selected {
            app.theme.selected
        } else {
            Style::new()
        };
        let pointer = if i == selected { "▶ " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(pointer, base),
            Span::styled(format!("{:<10} ", t.date), app.theme.entity[3]),
            Span::styled(doc.id.clone(), base.patch(app.theme.dim)),
        ]));
        // The sentence, with the date in it picked out.
        let s = &t.sentence;
        let m = t.mention.start.max(s.start)..t.mention.end.min(s.end);
        let before = doc.clean[s.start..m.start].to_string();
        let hit = doc.clean[m.clone()].to_string();
        let after = doc.clean[m.end..s.end].to_string();
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
        text.push(Span::styled(before, base));
        text.push(Span::styled(hit, base.patch(app.theme.entity[3])));
        text.push(Span::styled(after, base));
        lines.push(Line::from(text));
    }
    f.render_widget(Clear, rect);
    let title = format!(
        " Timeline ({} dated statements) · Enter go · Esc close ",
        cross.timeline.len()
    );
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}
