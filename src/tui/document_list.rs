//! The document list: one entry a document (its title, then its marks, the
//! document that repeats it, kind, date, source and length; the file name
//! first when another document has the same title). The App's `list` (a
//! [`ListView`](super::list_view::ListView)) keeps the selection and the
//! first document on screen; moving it says which document to show, and
//! [`draw`] builds only the rows on screen (two lines a document), so a key
//! costs the same with five documents or ten thousand.

use super::action::Action;
use super::app::{App, Pane};
use super::list_view::ListView;
use super::panel::Effect;
use super::ui::pane_block;
use crate::corpus::Entry;
use crate::document::first_words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

/// Documents that fit in a list pane of `area` (two lines each).
pub fn fits(area: Rect) -> usize {
    (usize::from(area.height.saturating_sub(2)) / 2).max(1)
}

impl App {
    /// A key for the document list.
    pub(super) fn update_list(&mut self, action: Action) {
        let n = self.corpus.entries.len();
        let page = self.areas.list.map_or(5, fits);
        let mut fx = Vec::new();
        update(self.list, action, n, page, &mut fx);
        self.apply(fx);
    }
}

/// An action for the document list `list` of `n` documents, `page` a page:
/// a move asks for the document moved to, Enter for the reader.
pub fn update(mut list: ListView, action: Action, n: usize, page: usize, fx: &mut Vec<Effect>) {
    match action {
        Action::Open | Action::Expand if n > 0 => fx.push(Effect::Focus(Pane::Reader)),
        _ if n > 0 && list.step(action, n, page) => fx.push(Effect::Select(list.selected)),
        _ => {}
    }
}

/// The document list. Only the rows on screen are built (two lines a
/// document), so a key costs the same with five documents or ten thousand;
/// the window follows the selection as ratatui's List would move it.
pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let n = app.corpus.entries.len();
    // Lines longer than the pane end in "…": a title cut says so.
    let inner_width = usize::from(area.width.saturating_sub(2));
    let fit = |s: String| super::ui::cut_to_width(&s, inner_width);
    let item = |i: usize| {
        let e = &app.corpus.entries[i];
        match e {
            Entry::Doc(d) => {
                let mut facts = Vec::new();
                // Documents with one title (extractions of one letter) are
                // told apart by their file, first: the line is cut at the
                // pane's edge.
                if app.views.get(i).is_some_and(|v| v.same_title) {
                    let name = crate::document::builder::inert(&e.file_name()).into_owned();
                    // Their names often differ only at the end (".pdf",
                    // ".layout.txt"): a long one keeps its end, and leaves
                    // a column for the "…" that says more facts follow.
                    facts.push(keep_end(&name, inner_width.saturating_sub(3)));
                }
                // Marks next.
                let marked = app.marks.as_ref().map_or(0, |m| m.count_in(i));
                if marked > 0 {
                    facts.push(format!(
                        "{marked} mark{}",
                        if marked == 1 { "" } else { "s" }
                    ));
                }
                // Documents that repeat text of another say which, early: the
                // line is cut at the pane's edge.
                if let Some(other) = app.crossref.as_ref().and_then(|c| {
                    c.duplicates
                        .involving(i)
                        .find_map(|x| match (x.a.0, x.b.0) {
                            (a, b) if a == i => Some(b),
                            (a, b) if b == i => Some(a),
                            _ => None,
                        })
                }) {
                    facts.push(format!("≡ {}", app.corpus.entries[other].short_name(14)));
                }
                facts.push(d.kind.label().to_string());
                if let Some(date) = d.meta.date {
                    facts.push(date.to_string());
                }
                if let Some(src) = d.source_label() {
                    facts.push(src);
                }
                facts.push(format!("{} words", d.word_count()));
                let title = if d.meta.title.is_some() {
                    Span::styled(fit(d.display_title()), t.title)
                } else {
                    Span::raw(fit(d.display_title()))
                };
                Text::from(vec![
                    Line::from(title),
                    Line::styled(fit(format!("  {}", facts.join(" · "))), t.dim),
                ])
            }
            Entry::Failed { origin, error, .. } => Text::from(vec![
                Line::styled(format!("⚠ {}", origin.display()), t.warn),
                Line::styled(format!("  {}", first_words(&error.to_string(), 6)), t.dim),
            ]),
            // Not read yet: its file, until the reading reaches it.
            Entry::Pending { .. } => Text::from(vec![
                Line::styled(
                    crate::document::builder::inert(&e.file_name()).into_owned(),
                    t.dim,
                ),
                Line::styled("  reading…", t.dim),
            ]),
        }
    };
    let block = pane_block(
        app,
        format!(" Documents ({}) ", app.corpus.entries.len()),
        Pane::List,
        area,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let selected = Some(app.list.selected).filter(|&s| s < n);
    super::list_view::render(
        f.buffer_mut(),
        inner,
        app.list.offset,
        n,
        selected,
        super::list_view::Highlight {
            style: app.theme.selected,
            pointer: false,
        },
        item,
    );
}

/// `s` in at most `max` characters: its end, after "…", when it is longer.
fn keep_end(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max || max == 0 {
        return s.to_string();
    }
    let tail: String = s.chars().skip(n - (max - 1)).collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_ask_for_a_document_and_enter_for_the_reader() {
        let at = |selected, action, n| {
            let mut fx = Vec::new();
            update(ListView::at(selected), action, n, 3, &mut fx);
            fx
        };
        assert_eq!(at(1, Action::Down, 5), [Effect::Select(2)]);
        assert_eq!(
            at(4, Action::Down, 5),
            [Effect::Select(4)],
            "stays at the end"
        );
        assert_eq!(at(4, Action::PageUp, 5), [Effect::Select(1)]);
        assert_eq!(at(1, Action::Open, 5), [Effect::Focus(Pane::Reader)]);
        assert!(at(0, Action::Down, 0).is_empty(), "no documents");
        assert!(at(0, Action::Open, 0).is_empty());
        assert!(at(1, Action::Zoom, 5).is_empty(), "not the list's");
    }
}
