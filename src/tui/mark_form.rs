//! The small form `m` opens: a label from the configured set and an optional
//! note in a real multi-line text area (ratatui-textarea). It takes the keys
//! itself while open; Ctrl-S saves, Esc cancels, Tab moves between fields.
//! A blank label (from a mark edited by hand) is refused: the form stays
//! open and says so.

use super::theme::Theme;
use super::ui::{centered, overlay_block};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui_textarea::TextArea;
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
}

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
        MarkForm {
            target,
            label: label.min(labels.len().saturating_sub(1)),
            labels,
            note: area,
            field: Field::Label,
            passage,
            refused: None,
        }
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
        match key.code {
            KeyCode::Esc => return FormOutcome::Cancel,
            KeyCode::Char('s') if ctrl && self.label().trim().is_empty() => {
                self.field = Field::Label;
                self.refused = Some("A mark needs a label: choose one (←/→ or 1-9)".into());
                return FormOutcome::Open;
            }
            KeyCode::Char('s') if ctrl => return FormOutcome::Save,
            KeyCode::Tab | KeyCode::BackTab => {
                self.field = match self.field {
                    Field::Label => Field::Note,
                    Field::Note => Field::Label,
                };
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
                    KeyCode::Enter => self.field = Field::Note,
                    _ => {}
                }
            }
            Field::Note => {
                self.note.input(key);
            }
        }
        FormOutcome::Open
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, theme: &Theme, label_styles: &[Style]) {
        let rect = centered(area, 72.min(area.width), 14.min(area.height));
        f.render_widget(Clear, rect);
        let title = match self.target {
            FormTarget::New { .. } => " Mark (Ctrl-S save · Esc cancel · Tab field) ",
            FormTarget::Edit { .. } => " Edit mark (Ctrl-S save · Esc cancel · Tab field) ",
        };
        let block = overlay_block(theme, title, rect);
        let inner = block.inner(rect);
        f.render_widget(block, rect);
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        let mut lines = vec![Line::styled(format!("“{}”", self.passage), theme.dim)];
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
        if let Some(r) = &self.refused {
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
            let mut area = self.note.clone();
            let border = if self.field == Field::Note {
                theme.border_focus
            } else {
                theme.border
            };
            area.set_block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_style(border)
                    .title(" Note (optional) "),
            );
            if self.field != Field::Note {
                area.set_cursor_style(Style::new());
            }
            f.render_widget(&area, note_area);
        }
    }
}
