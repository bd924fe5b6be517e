//! The query line of a search: at the foot of the screen while a search in
//! this document is typed, and on top of the results of a search in all
//! documents (`panels::search_results`).

use super::app::App;
use super::keymap::Context;
use super::search_view::SearchView;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// "/query [regex]  3/17", the error of a bad regex, or how far indexing is.
pub fn query_line(app: &App, view: &SearchView) -> Line<'static> {
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
