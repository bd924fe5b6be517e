//! The small form `m` opens: a label from the configured set and an optional
//! note in a real multi-line text area (ratatui-textarea). It takes the keys
//! itself while open; Ctrl-S saves, Esc cancels, Tab moves between fields.
//! A blank label (from a mark edited by hand) is refused: the form stays
//! open and says so.
//!
//! Esc never drops typed words unasked: with a note typed (not empty, and
//! not the note the form opened with) it asks "Drop the note you typed?",
//! where y drops it and n or Esc goes back to the form; an empty or
//! unchanged form closes at once. The note wraps long lines at word
//! boundaries (ratatui-textarea's soft wrap, words longer than the field
//! broken between characters), so what is typed stays in view; the note
//! keeps only the line breaks typed with Enter.

use super::theme::Theme;
use super::ui::{centered, overlay_block};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui_textarea::{TextArea, WrapMode};
use std::ops::Range;

/// What the form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormTarget {
    /// A new mark on a passage of a document (corpus entry, clean range).
    New { doc: usize, range: Range<usize> },
    /// Changing the label and note of a mark.
    Edit { id: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Label,
    Note,
}

pub struct MarkForm {
    pub target: FormTarget,
    pub labels: Vec<String>,
    pub label: usize,
    pub note: TextArea<'static>,
    pub field: Field,
    /// The passage's first words, shown for orientation.
    pub passage: String,
    /// Why Ctrl-S did not save (a blank label), until the next key.
    pub refused: Option<String>,
    /// Esc was pressed with a typed note: the form asks before it drops it.
    pub confirm_drop: bool,
    /// The note the form opened with, as `note_text` gives it.
    initial_note: String,
}

/// What the form asks when Esc would drop a typed note.
pub const DROP_QUESTION: &str = "Drop the note you typed? y drops it · n or Esc goes back";

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormOutcome {
    Open,
    Cancel,
    Save,
}

impl MarkForm {
    pub fn new(
        target: FormTarget,
        labels: Vec<String>,
        label: usize,
        note: &str,
        passage: String,
    ) -> Self {
        let lines: Vec<String> = if note.is_empty() {
            vec![String::new()]
        } else {
            note.lines().map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::new());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        let mut form = MarkForm {
            target,
            label: label.min(labels.len().saturating_sub(1)),
            labels,
            note: area,
            field: Field::Label,
            passage,
            refused: None,
            confirm_drop: false,
            initial_note: String::new(),
        };
        form.initial_note = form.note_text();
        form.set_field(Field::Label);
        form
    }

    /// Moves to a field; the note shows its cursor only while it has the keys.
    pub fn set_field(&mut self, field: Field) {
        self.field = field;
        self.note.set_cursor_style(match field {
            Field::Note => Style::new().add_modifier(Modifier::REVERSED),
            Field::Label => Style::new(),
        });
    }

    /// A note was typed that Esc would lose: not empty, and not the one
    /// the form opened with.
    pub fn has_typed_note(&self) -> bool {
        let note = self.note_text();
        !note.trim().is_empty() && note != self.initial_note
    }

    pub fn label(&self) -> String {
        self.labels.get(self.label).cloned().unwrap_or_default()
    }

    pub fn note_text(&self) -> String {
        self.note.lines().join("\n").trim_end().to_string()
    }

    pub fn handle(&mut self, key: KeyEvent) -> FormOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        self.refused = None;
        if self.confirm_drop {
            match key.code {
                KeyCode::Char('y' | 'Y') if !ctrl => return FormOutcome::Cancel,
                KeyCode::Char('n' | 'N') | KeyCode::Esc => self.confirm_drop = false,
                _ => {}
            }
            return FormOutcome::Open;
        }
        match key.code {
            KeyCode::Esc if self.has_typed_note() => {
                self.confirm_drop = true;
                return FormOutcome::Open;
            }
            KeyCode::Esc => return FormOutcome::Cancel,
            KeyCode::Char('s') if ctrl && self.label().trim().is_empty() => {
                self.set_field(Field::Label);
                self.refused = Some("A mark needs a label: choose one (←/→ or 1-9)".into());
                return FormOutcome::Open;
            }
            KeyCode::Char('s') if ctrl => return FormOutcome::Save,
            KeyCode::Tab | KeyCode::BackTab => {
                self.set_field(match self.field {
                    Field::Label => Field::Note,
                    Field::Note => Field::Label,
                });
                return FormOutcome::Open;
            }
            _ => {}
        }
        match self.field {
            Field::Label => {
                let n = self.labels.len().max(1);
                match key.code {
                    KeyCode::Left | KeyCode::Up | KeyCode::Char('h') | KeyCode::Char('k') => {
                        self.label = (self.label + n - 1) % n
                    }
                    KeyCode::Right | KeyCode::Down | KeyCode::Char('l') | KeyCode::Char('j') => {
                        self.label = (self.label + 1) % n
                    }
                    KeyCode::Char(c) if c.is_ascii_digit() => {
                        let d = c.to_digit(10).unwrap_or(0) as usize;
                        if (1..=self.labels.len()).contains(&d) {
                            self.label = d - 1;
                        }
                    }
                    KeyCode::Enter => self.set_field(Field::Note),
                    _ => {}
                }
            }
            Field::Note => {
                self.note.input(key);
            }
        }
        FormOutcome::Open
    }

    /// Draws the form; `hints` are its keys as the title names them
    /// ("Ctrl-S save · Esc cancel · Tab field").
    pub fn draw(
        &self,
        f: &mut Frame,
        area: Rect,
        theme: &Theme,
        label_styles: &[Style],
        hints: &str,
    ) {
        let rect = centered(area, 72.min(area.width), 14.min(area.height));
        f.render_widget(Clear, rect);
        let title = match self.target {
            FormTarget::New { .. } => format!(" Mark ({hints}) "),
            FormTarget::Edit { .. } => format!(" Edit mark ({hints}) "),
        };
        let block = overlay_block(theme, &title, rect);
        let inner = block.inner(rect);
        f.render_widget(block, rect);
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        // The passage's first words, cut with "…" to the box.
        let passage = format!("“{}”", self.passage);
        let passage = crate::tui::ui::cut_to_width(&passage, usize::from(inner.width));
        let mut lines = vec![Line::styled(passage, theme.dim)];
        let mut spans = vec![Span::raw("Label: ")];
        for (i, l) in self.labels.iter().enumerate() {
            let base = label_styles.get(i).copied().unwrap_or_default();
            let style = if i == self.label {
                base.add_modifier(Modifier::BOLD | Modifier::REVERSED)
            } else {
                base
            };
            spans.push(Span::styled(format!(" {} {l} ", i + 1), style));
        }
        if self.field == Field::Label {
            spans.push(Span::styled("  ←/→", theme.dim));
        }
        lines.push(Line::from(spans));
        if self.confirm_drop {
            lines.push(Line::styled(DROP_QUESTION, theme.warn));
        } else if let Some(r) = &self.refused {
            lines.push(Line::styled(r.clone(), theme.warn));
        }
        let head = lines.len() as u16;
        f.render_widget(
            Paragraph::new(lines),
            Rect {
                height: head.min(inner.height),
                ..inner
            },
        );
        if inner.height > head + 2 {
            let note_area = Rect {
                y: inner.y + head,
                height: inner.height - head,
                ..inner
            };
            let border = if self.field == Field::Note {
                theme.border_focus
            } else {
                theme.border
            };
            let block = Block::new()
                .borders(Borders::ALL)
                .border_style(border)
                .title(" Note (optional) ");
            let text_area = block.inner(note_area);
            f.render_widget(block, note_area);
            // The form's own text area, not a copy: it keeps its scroll
            // position and learns the width it wraps to, which moving the
            // cursor up and down a wrapped line needs.
            f.render_widget(&self.note, text_area);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(form: &mut MarkForm, text: &str) {
        for c in text.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            };
            assert_eq!(form.handle(key(code)), FormOutcome::Open);
        }
    }

    fn new_form(note: &str) -> MarkForm {
        MarkForm::new(
            FormTarget::New {
                doc: 0,
                range: 0..4,
            },
            vec!["belangrijk".into(), "vraag".into()],
            0,
            note,
            "Naar aanleiding".into(),
        )
    }

    #[test]
    fn esc_on_an_empty_form_closes_at_once() {
        let mut form = new_form("");
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Cancel);
        // A label chosen, the note empty (or only spaces): nothing typed to lose.
        let mut form = new_form("");
        typed(&mut form, "2\t  ");
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Cancel);
    }

    #[test]
    fn esc_with_a_typed_note_asks_first() {
        let mut form = new_form("");
        typed(&mut form, "\tWie zegt dit?");
        assert_eq!(form.field, Field::Note);
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Open);
        assert!(form.confirm_drop, "asks before dropping the note");
        // Other keys neither type nor close while it asks.
        assert_eq!(form.handle(key(KeyCode::Char('x'))), FormOutcome::Open);
        assert_eq!(form.note_text(), "Wie zegt dit?");
        // n goes back to the form, the note as it was, typing goes on.
        assert_eq!(form.handle(key(KeyCode::Char('n'))), FormOutcome::Open);
        assert!(!form.confirm_drop);
        typed(&mut form, " Echt");
        assert_eq!(form.note_text(), "Wie zegt dit? Echt");
        // Esc asks again; Esc at the question goes back too.
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Open);
        assert!(form.confirm_drop);
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Open);
        assert!(!form.confirm_drop);
        // y drops it.
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Open);
        assert_eq!(form.handle(key(KeyCode::Char('y'))), FormOutcome::Cancel);
    }

    #[test]
    fn esc_on_an_unchanged_note_closes_at_once() {
        // Editing a mark: its note as it was is nothing typed.
        let mut form = new_form("Eerste regel\nTweede regel");
        typed(&mut form, "\t");
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Cancel);
        // Changed, it asks.
        let mut form = new_form("Eerste regel");
        form.set_field(Field::Note);
        form.note.move_cursor(ratatui_textarea::CursorMove::End);
        typed(&mut form, "!");
        assert!(form.has_typed_note());
        assert_eq!(form.handle(key(KeyCode::Esc)), FormOutcome::Open);
        assert!(form.confirm_drop);
    }

    #[test]
    fn ctrl_s_saves_a_multi_line_note() {
        let mut form = new_form("");
        typed(&mut form, "2\teerste regel\ntweede regel");
        let save = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(form.handle(save), FormOutcome::Save);
        assert_eq!(form.label(), "vraag");
        assert_eq!(form.note_text(), "eerste regel\ntweede regel");
    }

    #[test]
    fn the_note_wraps_instead_of_scrolling_sideways() {
        let form = new_form("");
        assert_eq!(form.note.wrap_mode(), WrapMode::WordOrGlyph);
        // Soft wraps only: the note keeps the one line typed.
        let mut form = new_form("");
        typed(&mut form, &format!("\t{}", "woord ".repeat(30)));
        assert_eq!(form.note.lines().len(), 1);
    }
}
