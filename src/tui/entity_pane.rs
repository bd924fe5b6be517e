//! Drawing the entities: the pane (type, mention count, name) and the legend
//! of highlight styles. The highlight chooser (`t`) and an entity's
//! occurrences (Enter in the pane) are overlays of their own, in `panels`.

use super::app::{App, Pane};
use super::entity_view::IndexState;
use super::ui::pane_block;
use crate::entities::EntityType;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

/// The entities pane; its rows are brought up to date by the App after
/// each key and when entities arrive, not here.
pub fn draw_pane(app: &App, f: &mut Frame, area: Rect) {
    let e = &app.entities;
    let scope = if e.all_docs { "all docs" } else { "this doc" };
    let order = if e.by_name { "A-Z" } else { "by count" };
    let filter = e
        .filter
        .map_or(String::new(), |t| format!(" · {}", t.code()));
    let title = format!(" Entities ({}) ", e.rows.len());
    let settings = format!(" {scope} · {order}{filter} ");
    let mut block = pane_block(app, title, Pane::Entities, area);
    if area.height >= 3 && area.width >= 4 {
        block = block.title_bottom(Line::styled(settings, app.theme.dim).right_aligned());
    }
    let Some(index) = app.entities.index.clone() else {
        let inner = block.inner(area);
        f.render_widget(block, area);
        f.render_widget(
            Paragraph::new(Line::styled(
                app.reading_status()
                    .unwrap_or_else(|| app.entities.building_status()),
                app.theme.dim,
            ))
            .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    };
    let theme = &app.theme;
    let rows = &app.entities.rows;
    // The count column is as wide as the largest count (its digits).
    let most = rows.iter().map(|&(_, c)| c).max().unwrap_or(0);
    let width = most.checked_ilog10().map_or(1, |d| d as usize + 1);
    let inner = block.inner(area);
    // Only the rows on screen are built (all entities of a large corpus
    // can be thousands), from the offset the layout scrolled to.
    // Names longer than the pane end in "…": the highlight symbol, type
    // and count come first.
    // ("MONEY" is five letters: the type column is six wide.)
    let name_width = usize::from(inner.width).saturating_sub(2 + 6 + width + 1);
    let item = |row: usize| {
        let (i, count) = rows[row];
        let ent = &index.entities[i];
        Text::from(Line::from(vec![
            Span::styled(
                format!("{:<6}", ent.ty.code()),
                theme.entity[ent.ty.index()],
            ),
            Span::styled(format!("{count:>width$} "), theme.dim),
            Span::raw(super::ui::cut_to_width(&ent.name, name_width)),
        ]))
    };
    let highlight = if app.focus == Pane::Entities {
        theme.selected
    } else {
        theme.current
    };
    f.render_widget(block, area);
    let list = &app.entities.list;
    let selected = Some(list.selected).filter(|&s| s < rows.len());
    super::list_view::render(
        f.buffer_mut(),
        inner,
        list.offset,
        rows.len(),
        selected,
        super::list_view::Highlight {
            style: highlight,
            pointer: true,
        },
        item,
    );
}

/// The legend: each type's code in its own style; hidden types dimmed and struck.
pub fn legend(app: &App) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    match &app.entities.state {
        IndexState::Building => {
            // Recognition starts once every document is read.
            let status = app
                .reading_status()
                .unwrap_or_else(|| app.entities.building_status());
            spans.push(Span::styled(format!("{status} "), app.theme.dim));
            return Line::from(spans);
        }
        IndexState::Warning(_) => spans.push(Span::styled("⚠ gazetteer ", app.theme.warn)),
        IndexState::Ready => {}
    }
    for t in EntityType::ALL {
        let style = if app.entities.shows(t) {
            app.theme.entity[t.index()]
        } else {
            app.theme.dim.add_modifier(Modifier::CROSSED_OUT)
        };
        spans.push(Span::styled(t.code(), style));
        spans.push(Span::raw(" "));
    }
    // The margin mark of text another document repeats, said where it shows.
    let repeats = app
        .crossref
        .as_ref()
        .is_some_and(|c| c.duplicates.involving(app.selected).next().is_some());
    if repeats {
        spans.push(Span::styled("≡ repeated elsewhere ", app.theme.dim));
    }
    Line::from(spans)
}
