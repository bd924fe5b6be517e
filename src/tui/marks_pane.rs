//! Drawing the marks: the marks pane (`M`: document, section, label,
//! reviewer, date, the first words of passage and note; orphans with their
//! quote), the export menu (`x`) and the mark form.

use super::action::Action;
use super::app::App;
use super::keymap::Context;
use super::marking::{EXPORT_FORMATS, mark_view};
use super::panel::Picker;
use super::ui::{centered, overlay_block};
use crate::document::first_words;
use crate::marks::clock::today_local;
use crate::marks::export;
use crate::tui::mark_form::MarkForm;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The style of a label: its place in the configured set picks the colour.
pub fn label_style(app: &App, label: &str) -> Style {
    let i = app.marks.as_ref().map_or(0, |m| m.label_index(label));
    app.theme.mark[i % app.theme.mark.len()]
}

pub fn draw_marks(app: &App, f: &mut Frame, area: Rect, selected: usize) {
    let Some(marks) = &app.marks else { return };
    let rect = centered(
        area,
        area.width.saturating_sub(6).max(20),
        area.height.saturating_sub(4).max(5),
    );
    let listed = marks.listed(&app.corpus, app.selected);
    // After a delete the selection may be past the end: the last one is it.
    let selected = selected.min(listed.len().saturating_sub(1));
    let mut filters = Vec::new();
    if let Some(l) = &marks.filter.label {
        filters.push(format!("label {l}"));
    }
    if marks.filter.this_doc {
        filters.push("this document".to_string());
    }
    if let Some(r) = &marks.filter.reviewer {
        filters.push(format!("reviewer {r}"));
    }
    let filter = if filters.is_empty() {
        String::new()
    } else {
        format!(" · {}", filters.join(", "))
    };
    let title = format!(
        " Marks ({}){filter} · {} go · {} · {} undo ",
        listed.len(),
        app.keymap.key_for(Action::Open),
        app.keymap.hints(Context::Marks).join(" · "),
        app.keymap.key_for(Action::Undo)
    );
    // Up to three rows a mark: where and who, the passage, the note.
    let inner_h = usize::from(rect.height.saturating_sub(2)).max(3);
    let per_page = (inner_h / 3).max(1);
    let scroll = Picker::first_shown(selected, listed.len(), per_page);
    let mut lines = Vec::new();
    if listed.is_empty() {
        lines.push(Line::styled(
            " No marks yet: v selects, m marks the selection or the sentence at the cursor.",
            app.theme.dim,
        ));
    }
    for (i, m) in listed.iter().enumerate().skip(scroll).take(per_page) {
        let view = mark_view(app, m);
        let base = if i == selected {
            app.theme.selected
        } else {
            Style::new()
        };
        let pointer = if i == selected { "▶ " } else { "  " };
        let place = if view.orphaned {
            "NOT PLACED".to_string()
        } else {
            view.section.clone().unwrap_or_default()
        };
        lines.push(Line::from(vec![
            Span::styled(pointer, base),
            Span::styled(format!(" {} ", m.label), label_style(app, &m.label)),
            Span::styled(
                format!(
                    " {} · {} · {} · {}",
                    doc_name(app, &m.doc),
                    place,
                    m.reviewer,
                    m.created.get(..10).unwrap_or(&m.created)
                ),
                base.patch(app.theme.dim),
            ),
        ]));
        // Cut to the box with "…", so a cut passage or note says so.
        let room = usize::from(rect.width.saturating_sub(2));
        lines.push(Line::styled(
            super::ui::cut_to_width(&format!("    “{}”", first_words(&m.quote.exact, 14)), room),
            base,
        ));
        if !m.note.is_empty() {
            lines.push(Line::styled(
                super::ui::cut_to_width(
                    &format!("    ✎ {}", first_words(&m.note.replace('\n', " "), 14)),
                    room,
                ),
                base.patch(app.theme.meta),
            ));
        }
    }
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
        rect,
    );
}

pub fn draw_export(app: &App, f: &mut Frame, area: Rect) {
    let rect = centered(area, 50, EXPORT_FORMATS.len() as u16 + 5);
    let mut lines = vec![
        Line::styled(
            " Write all marks, next to the marks file, as:",
            app.theme.dim,
        ),
        Line::styled(" (a new file each time: -2, -3… when taken)", app.theme.dim),
    ];
    let date = today_local();
    for (i, format) in EXPORT_FORMATS.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", i + 1), app.theme.marker),
            Span::raw(format!(
                "{} ({})",
                format.name(),
                export::file_name(&date, *format, 1)
            )),
        ]));
    }
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(overlay_block(
            &app.theme,
            &format!(" Export ({} closes) ", app.keymap.key_for(Action::Close)),
            rect,
        )),
        rect,
    );
}

pub fn draw_form(app: &App, form: &MarkForm, f: &mut Frame, area: Rect) {
    let styles: Vec<Style> = form.labels.iter().map(|l| label_style(app, l)).collect();
    let hints = app.keymap.hints(Context::Form).join(" · ");
    form.draw(f, area, &app.theme, &styles, &hints);
}

/// What the marks pane calls a mark's document: its short title, or the id
/// the mark names when no document of this briefing has it (made inert).
fn doc_name(app: &App, id: &str) -> String {
    let name = app
        .corpus
        .entries
        .iter()
        .find(|e| e.id() == id)
        .map_or_else(|| id.to_string(), |e| e.short_name(28));
    crate::output::inert::inert_line(&name).into_owned()
}
