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

/// "/query [regex]  3/17", the error of a bad regex, or how far the search
/// is while its matches are not all there.
pub fn query_line(app: &App, view: &SearchView) -> Line<'static> {
    let mut spans = vec![
        Span::styled("/", app.theme.marker),
        Span::raw(view.query.text.clone()),
        Span::styled("▏", app.theme.marker),
        Span::styled(view.flags(), app.theme.dim),
    ];
    let status = match view.error() {
        Some(e) => vec![Span::styled(format!("  {e}"), app.theme.warn)],
        None if view.query.text.is_empty() => vec![Span::styled(
            format!(
                "  type to search · {}",
                app.keymap.hints(Context::QueryLine).join(" · ")
            ),
            app.theme.dim,
        )],
        None => match (app.search.progress(), view.total) {
            (Some(how_far), 0) => vec![Span::styled(format!("  {how_far}"), app.theme.dim)],
            (Some(how_far), total) => vec![
                Span::raw(format!("  {}/{total}", view.current + 1)),
                Span::styled(format!(" · {how_far}"), app.theme.dim),
            ],
            (None, 0) => vec![Span::styled("  no matches", app.theme.warn)],
            (None, total) => vec![Span::raw(format!("  {}/{total}", view.current + 1))],
        },
    };
    spans.extend(status);
    Line::from(spans)
}

pub fn draw_query_line(app: &App, f: &mut Frame, area: Rect) {
    let Some(view) = &app.search.view else { return };
    f.render_widget(Paragraph::new(query_line(app, view)), area);
}
