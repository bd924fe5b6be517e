//! The document list: one entry a document (its title, then its marks, the
//! document that repeats it, kind, date, source and length; the file name
//! first when another document has the same title). [`DocumentList`] keeps
//! the selection and the first row on screen; moving it says which document
//! to show, and [`draw`] builds only the rows on screen (two lines a
//! document), so a key costs the same with five documents or ten thousand.

use super::action::Action;
use super::app::{App, Pane};
use super::ui::pane_block;
use crate::corpus::Entry;
use crate::document::first_words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

/// The selection and the scroll of the document list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocumentList {
    pub selected: usize,
    /// The first document on screen.
    pub offset: usize,
}

impl DocumentList {
    /// Documents that fit in a list pane of `area` (two lines each).
    pub fn fits(area: Rect) -> usize {
        (usize::from(area.height.saturating_sub(2)) / 2).max(1)
    }

    /// The document to show after `action` among `n`, `page` a page; None
    /// when the action is not a move.
    pub fn step(&self, action: Action, n: usize, page: usize) -> Option<usize> {
        let last = n.checked_sub(1)?;
        Some(match action {
            Action::Down => (self.selected + 1).min(last),
            Action::Up => self.selected.saturating_sub(1),
            Action::PageDown => (self.selected + page).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return None,
        })
    }

    /// Scrolls so that the selection is among the `fits` rows on screen,
    /// rows below the last document filled from above (as ratatui's List
    /// does). Done when the frame is laid out, before drawing.
    pub fn scroll_into_view(&mut self, n: usize, fits: usize) {
        let selected = self.selected.min(n.saturating_sub(1));
        let mut offset = self.offset.min(n.saturating_sub(1));
        if selected < offset {
            offset = selected;
        } else if selected >= offset + fits {
            offset = selected + 1 - fits;
        }
        self.offset = offset.min(n.saturating_sub(fits));
    }

    /// The document at row `row` of the pane's inside, if any.
    pub fn at_row(&self, row: usize, n: usize) -> Option<usize> {
        Some(self.offset + row / 2).filter(|&i| i < n)
    }
}

impl App {
    /// A key for the document list.
    pub(super) fn update_list(&mut self, action: Action) {
        let n = self.corpus.entries.len();
        let page = self.areas.list.map_or(5, DocumentList::fits);
        match action {
            Action::Open | Action::Expand if n > 0 => self.set_focus(Pane::Reader),
            _ => {
                if let Some(i) = self.list.step(action, n, page) {
                    self.select_doc(i);
                }
            }
        }
    }
}

/// The document list. Only the rows on screen are built (two lines a
/// document), so a key costs the same with five documents or ten thousand;
/// the window follows the selection as ratatui's List would move it.
pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let n = app.corpus.entries.len();
    let fits = DocumentList::fits(area);
    let selected = app.list.selected.min(n.saturating_sub(1));
    let offset = app.list.offset;
    let window = offset..(offset + fits).min(n);
    // Lines longer than the pane end in "…": a title cut says so.
    let inner_width = usize::from(area.width.saturating_sub(2));
    let fit = |s: String| super::ui::cut_to_width(&s, inner_width);
    let items: Vec<ListItem> = app.corpus.entries[window.clone()]
        .iter()
        .zip(window.clone())
        .map(|(e, i)| match e {
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
                    c.duplicates.iter().find_map(|x| match (x.a.0, x.b.0) {
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
                ListItem::new(vec![
                    Line::from(title),
                    Line::styled(fit(format!("  {}", facts.join(" · "))), t.dim),
                ])
            }
            Entry::Failed { origin, error, .. } => ListItem::new(vec![
                Line::styled(format!("⚠ {}", origin.display()), t.warn),
                Line::styled(format!("  {}", first_words(&error.to_string(), 6)), t.dim),
            ]),
            // Not read yet: its file, until the reading reaches it.
            Entry::Pending { .. } => ListItem::new(vec![
                Line::styled(
                    crate::document::builder::inert(&e.file_name()).into_owned(),
                    t.dim,
                ),
                Line::styled("  reading…", t.dim),
            ]),
        })
        .collect();
    let block = pane_block(
        app,
        format!(" Documents ({}) ", app.corpus.entries.len()),
        Pane::List,
        area,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let list = List::new(items).highlight_style(app.theme.selected);
    let mut shown = ListState::default();
    if n > 0 && window.contains(&selected) {
        shown.select(Some(selected - offset));
    }
    f.render_stateful_widget(list, inner, &mut shown);
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
    fn moves_stay_in_the_list_and_other_actions_are_not_moves() {
        let l = DocumentList {
            selected: 3,
            offset: 0,
        };
        assert_eq!(l.step(Action::Down, 5, 2), Some(4));
        assert_eq!(l.step(Action::PageDown, 5, 2), Some(4));
        assert_eq!(l.step(Action::PageUp, 5, 10), Some(0));
        assert_eq!(l.step(Action::Bottom, 5, 2), Some(4));
        assert_eq!(l.step(Action::Top, 5, 2), Some(0));
        assert_eq!(l.step(Action::Down, 0, 2), None, "no documents");
        assert_eq!(l.step(Action::Help, 5, 2), None);
    }

    #[test]
    fn the_window_follows_the_selection_and_stays_full() {
        let mut l = DocumentList {
            selected: 20,
            offset: 0,
        };
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 14, "the selection on the last row");
        l.selected = 10;
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 10, "and on the first going back");
        l.offset = 98;
        l.selected = 99;
        l.scroll_into_view(100, 7);
        assert_eq!(l.offset, 93, "no blank rows below the last document");
        assert_eq!(l.at_row(0, 100), Some(93));
        assert_eq!(l.at_row(13, 100), Some(99));
        assert_eq!(l.at_row(14, 100), None);
    }
}
