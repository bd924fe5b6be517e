//! Drawing searches: the query line at the foot of the screen while typing a
//! search in this document, and the results of a search in all documents
//! (document, section, the match in its words), with the query on top.

use super::app::App;
use super::keymap::Context;
use super::panel::Picker;
use super::search_view::SearchView;
use super::ui::{centered, overlay_block};
use crate::output::inert::inert_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// How many characters of a document's title name it in a result row.
pub const RESULT_TITLE: usize = 32;

/// "/query [regex]  3/17", the error of a bad regex, or how far indexing is.
fn query_line(app: &App, view: &SearchView) -> Line<'static> {
    let mut spans = vec![
        Span::styled("/", app.theme.marker),
        Span::raw(view.query.text.clone()),
        Span::styled("▏", app.theme.marker),
        Span::styled(view.flags(), app.theme.dim),
    ];
    let status = match view.error() {
        Some(e) => Span::styled(format!("  {e}"), app.theme.warn),
        None if app.search_index().is_none() => {
            Span::styled(format!("  {}", app.search.indexing.status()), app.theme.dim)
        }
        None if view.query.text.is_empty() => Span::styled(
            format!(
                "  type to search · {}",
                app.keymap.hints(Context::QueryLine).join(" · ")
            ),
            app.theme.dim,
        ),
        None if view.total == 0 => Span::styled("  no matches", app.theme.warn),
        None => Span::raw(format!("  {}/{}", view.current + 1, view.total)),
    };
    spans.push(status);
    Line::from(spans)
}

pub fn draw_query_line(app: &App, f: &mut Frame, area: Rect) {
    let Some(view) = &app.search.view else { return };
    f.render_widget(Paragraph::new(query_line(app, view)), area);
}

pub fn draw_results(app: &App, f: &mut Frame, area: Rect) {
    let Some(view) = &app.search.view else { return };
    let rect = centered(
        area,
        area.width.saturating_sub(6).max(20),
        area.height.saturating_sub(4).max(5),
    );
    let count = if app.search_index().is_none() {
        "indexing…".to_string()
    } else if view.total > view.hits.len() {
        format!("{} matches, first {} listed", view.total, view.hits.len())
    } else {
        let s = if view.total == 1 { "" } else { "es" };
        format!("{} match{s}", view.total)
    };
    let title = format!(" Search all documents ({count}) · ↑/↓ choose · Enter go · Esc close ");
    let block = overlay_block(&app.theme, &title, rect);
    let inner = block.inner(rect);
    f.render_widget(Clear, rect);
    f.render_widget(block, rect);
    if inner.height == 0 {
        return;
    }
    f.render_widget(
        Paragraph::new(query_line(app, view)),
        Rect { height: 1, ..inner },
    );
    let rows = usize::from(inner.height.saturating_sub(2));
    let per_page = (rows / 2).max(1);
    let scroll = Picker::first_shown(view.current, view.hits.len(), per_page);
    let width = usize::from(inner.width.saturating_sub(4));
    let mut lines = Vec::new();
    for (i, h) in view.hits.iter().enumerate().skip(scroll).take(per_page) {
        let Some(doc) = app.corpus.entries[h.doc].doc() else {
            continue;
        };
        let base = if i == view.current {
            app.theme.selected
        } else {
            Style::new()
        };
        let pointer = if i == view.current { "▶ " } else { "  " };
        let section = crate::search::section_title(doc, h.clean.start).unwrap_or_default();
        lines.push(Line::styled(
            format!(
                "{pointer}{} · {section}",
                inert_line(&doc.short_title(RESULT_TITLE))
            ),
            base.patch(app.theme.dim),
        ));
        let (before, hit, after) = crate::search::snippet(doc, &h.clean, width);
        lines.push(Line::from(vec![
            Span::styled("    ", base),
            Span::styled(before, base),
            Span::styled(hit, base.patch(app.theme.search_current)),
            Span::styled(after, base),
        ]));
    }
    if inner.height > 2 {
        f.render_widget(
            Paragraph::new(lines),
            Rect {
                y: inner.y + 2,
                height: inner.height - 2,
                ..inner
            },
        );
    }
}
