//! Drawing the entities: the pane (type, mention count, name), the legend of
//! highlight styles, the highlight chooser (`t`) and the list of an entity's
//! occurrences across documents (Enter in the pane).

use super::action::Action;
use super::app::{App, Pane};
use super::entity_view::IndexState;
use super::panel::Picker;
use super::ui::{centered, overlay_block, pane_block};
use crate::document::Document;
use crate::entities::EntityType;
use crate::output::inert::inert_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph};

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
    let height = usize::from(inner.height);
    let selected = app.entities.list.selected().filter(|&s| s < rows.len());
    let offset = app.entities.list.offset().min(rows.len().saturating_sub(1));
    let window = offset..(offset + height).min(rows.len());
    // Names longer than the pane end in "…": the highlight symbol, type
    // and count come first.
    let name_width = usize::from(inner.width).saturating_sub(2 + 5 + width + 1);
    let items: Vec<ListItem> = rows[window.clone()]
        .iter()
        .map(|&(i, count)| {
            let ent = &index.entities[i];
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{:<5}", ent.ty.code()),
                    theme.entity[ent.ty.index()],
                ),
                Span::styled(format!("{count:>width$} "), theme.dim),
                Span::raw(super::ui::cut_to_width(&ent.name, name_width)),
            ]))
        })
        .collect();
    let highlight = if app.focus == Pane::Entities {
        theme.selected
    } else {
        theme.current
    };
    f.render_widget(block, area);
    let list = List::new(items)
        .highlight_style(highlight)
        .highlight_symbol("▶ ");
    let mut shown = ListState::default()
        .with_selected(selected.filter(|s| window.contains(s)).map(|s| s - offset));
    f.render_stateful_widget(list, inner, &mut shown);
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
    let repeats = app.crossref.as_ref().is_some_and(|c| {
        c.duplicates
            .iter()
            .any(|d| d.a.0 == app.selected || d.b.0 == app.selected)
    });
    if repeats {
        spans.push(Span::styled("≡ repeated elsewhere ", app.theme.dim));
    }
    Line::from(spans)
}

pub fn draw_highlight(app: &App, f: &mut Frame, area: Rect) {
    let rect = centered(area, 40, 12);
    let mut lines = vec![Line::styled(
        " Press a digit to show or hide a type:",
        app.theme.dim,
    )];
    for (n, t) in EntityType::ALL.into_iter().enumerate() {
        let on = app.entities.shows(t);
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", n + 1), app.theme.marker),
            Span::raw(if on { "[x] " } else { "[ ] " }),
            Span::styled(format!("{:<5}", t.code()), app.theme.entity[t.index()]),
            Span::raw(format!(" {}", t.label())),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(" 0 ", app.theme.marker),
        Span::raw("all on / all off"),
    ]));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(
            &app.theme,
            &format!(
                " Highlight ({}/{} closes) ",
                app.keymap.key_for(Action::Highlight),
                app.keymap.key_for(Action::Close)
            ),
            rect,
        )),
        rect,
    );
}

pub fn draw_occurrences(app: &App, f: &mut Frame, area: Rect, entity: usize, selected: usize) {
    let Some(index) = &app.entities.index else {
        return;
    };
    let rect = centered(
        area,
        area.width.saturating_sub(8).max(20),
        area.height.saturating_sub(4).max(5),
    );
    let ent = &index.entities[entity];
    let occurrences = index.occurrences(entity);
    // Two rows an occurrence: where it is, then the words around it.
    let inner_h = usize::from(rect.height.saturating_sub(2)).max(2);
    let per_page = (inner_h / 2).max(1);
    let width = usize::from(rect.width.saturating_sub(2));
    let scroll = Picker::first_shown(selected, occurrences.len(), per_page);
    let mut lines = Vec::new();
    for (i, (d, m)) in occurrences.iter().enumerate().skip(scroll).take(per_page) {
        let Some(doc) = app.corpus.entries[*d].doc() else {
            continue;
        };
        let section = doc
            .section_of_block(doc.block_at_clean(m.clean.start))
            .map_or(String::new(), |s| doc.sections[s].title.clone());
        let base = if i == selected {
            app.theme.selected
        } else {
            Style::new()
        };
        let marker = if i == selected { "▶ " } else { "  " };
        lines.push(Line::styled(
            format!(
                "{marker}{} · {}",
                inert_line(&doc.short_title(super::search_pane::RESULT_TITLE)),
                inert_line(&section)
            ),
            base.patch(app.theme.dim),
        ));
        let (before, hit, after) = snippet(doc, m.clean.clone(), width.saturating_sub(4));
        lines.push(Line::from(vec![
            Span::styled("    ", base),
            Span::styled(before, base),
            Span::styled(hit, base.patch(app.theme.entity[m.ty.index()])),
            Span::styled(after, base),
        ]));
    }
    // Counted as n/N visit them: mentions in folded text only where it is shown.
    let folded = occurrences
        .iter()
        .filter(|(d, m)| m.boilerplate && !app.views.get(*d).is_some_and(|v| v.reader.show_folded))
        .count();
    let also_folded = if folded > 0 {
        format!(", {folded} more in folded text")
    } else {
        String::new()
    };
    let title = format!(
        " {} {} · {} mentions in {} documents{also_folded} ({}) ",
        ent.ty.code(),
        ent.name,
        occurrences.len() - folded,
        ent.documents,
        super::ui::key_reminder(app, &[(Action::Open, "go"), (Action::Close, "close")])
    );
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}

/// The mention with as much of its sentence around it as fits in `room` columns.
fn snippet(doc: &Document, at: std::ops::Range<usize>, room: usize) -> (String, String, String) {
    let block = &doc.blocks[doc.block_at_clean(at.start)];
    let hit = doc.clean[at.clone()].to_string();
    let left_room = room.saturating_sub(hit.chars().count()) / 3;
    let before: String = {
        let head = &doc.clean[block.clean.start.min(at.start)..at.start];
        let chars: Vec<char> = head.chars().collect();
        let take = chars.len().min(left_room);
        let s: String = chars[chars.len() - take..].iter().collect();
        if take < chars.len() {
            format!("…{s}")
        } else {
            s
        }
    };
    let used = before.chars().count() + hit.chars().count();
    let after: String = doc.clean[at.end..block.clean.end.max(at.end)]
        .chars()
        .take(room.saturating_sub(used))
        .collect();
    (before, hit, after)
}
