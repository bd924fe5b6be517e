//! `i`: what is known of the document being read, in one place: its
//! title and kind, date, sender or source, subject and reference, the
//! addressee, for Kamervragen the questioners and who answered, the
//! signatories, its size, pages, footnotes and marks, and its file. Every
//! fact taken from the document is made inert.

use super::Overlay;
use crate::document::Document;
use crate::output::inert::inert_line;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{Binding, Context, Key, bind};
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{centered, cut_to_width, key_reminder, overlay_block};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Reader,
    &[Key::Char('i')],
    Action::Show(Overlay::Info),
    "this document: date, sender, subject, signatories, size",
);

/// Columns the labels take.
const LABEL: usize = 12;

pub struct InfoPanel {
    /// The corpus entry described.
    pub doc: usize,
}

impl InfoPanel {
    /// The facts of the document being read; nothing for a file that could
    /// not be read or is being read (the reader says so already).
    pub fn open(app: &mut App) -> Option<Box<dyn Panel>> {
        app.doc()?;
        Some(Box::new(InfoPanel { doc: app.selected }))
    }
}

impl Panel for InfoPanel {
    fn update(&mut self, _action: Action, _app: &App, _fx: &mut Vec<Effect>) {}

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        let Some(entry) = app.corpus.entries.get(self.doc) else {
            return;
        };
        let Some(doc) = entry.doc() else { return };
        let marks = app.marks.as_ref().map_or(0, |m| m.count_in(self.doc));
        let facts = facts(doc, &entry.origin().display(), marks);
        let rect = centered(
            area,
            area.width.saturating_sub(6).clamp(20, 100),
            u16::try_from(facts.len() + 2).unwrap_or(u16::MAX),
        );
        let room = usize::from(rect.width.saturating_sub(2));
        let lines: Vec<Line> = facts
            .into_iter()
            .map(|(label, value)| {
                let value = cut_to_width(&inert_line(&value), room.saturating_sub(LABEL + 1));
                Line::from(vec![
                    Span::styled(format!(" {label:<LABEL$}"), app.theme.marker),
                    Span::raw(value),
                ])
            })
            .collect();
        let keys = key_reminder(app, &[(Action::Close, "close")]);
        let title = format!(" {} · {keys} ", doc.kind.label());
        f.render_widget(Clear, rect);
        f.render_widget(
            Paragraph::new(lines).block(overlay_block(&app.theme, &title, rect)),
            rect,
        );
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Info))
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Reader, Context::Global]
    }
}

/// The document's facts as (label, value), the ones it has, in the order
/// a reader asks for them.
pub fn facts(doc: &Document, path: &str, marks: usize) -> Vec<(&'static str, String)> {
    let m = &doc.meta;
    let mut out = vec![("title", doc.display_title())];
    if let Some(d) = m.date {
        out.push(("date", d.to_string()));
    }
    if let Some(s) = m.sender.clone().or_else(|| doc.source_label()) {
        out.push(("from", s));
    }
    if let Some(a) = &m.addressee {
        out.push(("to", a.clone()));
    }
    if let Some(s) = &m.subject {
        out.push(("subject", s.clone()));
    }
    if let Some(k) = &m.kenmerk {
        out.push(("reference", k.clone()));
    }
    if let Some(q) = &m.kamervragen {
        let askers: Vec<String> = q
            .questioners
            .iter()
            .map(|x| match &x.party {
                Some(p) => format!("{} ({p})", x.name),
                None => x.name.clone(),
            })
            .collect();
        if !askers.is_empty() {
            out.push(("asked by", askers.join(", ")));
        }
        let answered: Vec<String> = q.answered_by.iter().map(|x| x.as_printed.clone()).collect();
        if !answered.is_empty() {
            out.push(("answered by", answered.join(", ")));
        }
        if let Some(n) = &q.number {
            out.push(("number", n.clone()));
        }
    }
    for s in &doc.signatories {
        let who = if s.role.is_empty() {
            s.name.clone()
        } else {
            format!("{}, {}", s.name, s.role)
        };
        out.push(("signed", who));
    }
    let mut size = format!("{} words", doc.word_count());
    if !doc.pages.is_empty() {
        size.push_str(&format!(", {} pages", doc.pages.len()));
    }
    out.push(("size", size));
    if !doc.footnotes.is_empty() {
        out.push(("footnotes", doc.footnotes.len().to_string()));
    }
    if marks > 0 {
        out.push(("marks", marks.to_string()));
    }
    out.push(("file", path.to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn the_letters_facts_in_order() {
        let corpus = Corpus::bundled();
        let letter = corpus.documents().find(|d| d.id.starts_with("004")).unwrap();
        let facts = facts(letter, "seeds/004.txt", 2);
        let labels: Vec<&str> = facts.iter().map(|(l, _)| *l).collect();
        assert_eq!(labels[..2], ["title", "date"]);
        let get = |l: &str| facts.iter().find(|(x, _)| *x == l).map(|(_, v)| v.as_str());
        assert_eq!(get("date"), Some("2022-02-03"));
        assert_eq!(get("footnotes"), Some("8"));
        assert_eq!(get("marks"), Some("2"));
        assert_eq!(get("file"), Some("seeds/004.txt"));
        let signed: Vec<&str> = facts
            .iter()
            .filter(|(l, _)| *l == "signed")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(
            signed,
            [
                "W.B. Hoekstra, Minister van Buitenlandse Zaken",
                "K.H. Ollongren, Minister van Defensie"
            ]
        );
        // A news article has no signatories and no footnotes to list.
        let news = corpus.documents().find(|d| d.id.starts_with("000")).unwrap();
        let facts = super::facts(news, "n.txt", 0);
        assert!(facts.iter().all(|(l, _)| !matches!(*l, "signed" | "footnotes" | "marks")));
    }
}
