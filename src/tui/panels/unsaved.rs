//! The dialog on quitting with marks only in memory: try saving again, quit
//! keeping them in the rescue file it names, or stay. It takes its keys
//! before the keymap (r, q, s, Esc, Enter, ↑/↓): every key is its own while
//! it is open.

use crate::marks::rescue;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{centered, overlay_block};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use std::path::{Path, PathBuf};

/// The dialog's choices, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Retry,
    Rescue,
    Stay,
}

pub const CHOICES: [Choice; 3] = [Choice::Retry, Choice::Rescue, Choice::Stay];

impl Choice {
    fn key(self) -> &'static str {
        match self {
            Choice::Retry => "r",
            Choice::Rescue => "q",
            Choice::Stay => "Esc",
        }
    }
}

/// The dialog: the choice under the cursor, and the rescue file it names.
pub struct UnsavedPanel {
    selected: usize,
    target: PathBuf,
}

impl UnsavedPanel {
    pub fn new(target: PathBuf) -> UnsavedPanel {
        UnsavedPanel {
            selected: 0,
            target,
        }
    }
}

impl Panel for UnsavedPanel {
    /// r tries again, q (or Ctrl-C) quits keeping the marks in the rescue
    /// file, Esc or s stays; ↑/↓/Tab and Enter choose too.
    fn key(&mut self, key: KeyEvent, _app: &App, fx: &mut Vec<Effect>) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let n = CHOICES.len();
        let choice = match key.code {
            KeyCode::Char('r') if !ctrl => Some(Choice::Retry),
            KeyCode::Char('q') if !ctrl => Some(Choice::Rescue),
            KeyCode::Char('c') if ctrl => Some(Choice::Rescue),
            KeyCode::Char('s') if !ctrl => Some(Choice::Stay),
            KeyCode::Esc => Some(Choice::Stay),
            KeyCode::Enter => CHOICES.get(self.selected).copied(),
            KeyCode::Down | KeyCode::Tab | KeyCode::Char('j') => {
                self.selected = (self.selected + 1) % n;
                None
            }
            KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => {
                self.selected = (self.selected + n - 1) % n;
                None
            }
            _ => None,
        };
        if let Some(c) = choice {
            fx.push(Effect::Unsaved(c));
        }
        true
    }

    fn update(&mut self, _action: Action, _app: &App, _fx: &mut Vec<Effect>) {}

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw(app, f, area, self.selected, &self.target);
    }

    fn contexts(&self) -> &'static [Context] {
        &[]
    }
}

fn draw(app: &App, f: &mut Frame, area: Rect, selected: usize, target: &Path) {
    let theme = &app.theme;
    let Some(marks) = &app.marks else { return };
    let n = marks.unsaved_count();
    let rect = centered(area, 90.min(area.width), 16.min(area.height));
    f.render_widget(Clear, rect);
    let block = overlay_block(theme, " Marks not saved ", rect);
    let mut lines = vec![
        Line::from(format!(
            "{n} mark{} {} only in memory: {} not saved to {}.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" },
            if n == 1 { "it is" } else { "they are" },
            rescue::shown(&marks.path),
        )),
        Line::styled(
            format!(
                "Why: {}",
                crate::document::builder::inert(
                    &marks
                        .why_unsaved()
                        .unwrap_or_else(|| "the last save failed".into())
                )
            ),
            theme.warn,
        ),
        Line::from(""),
    ];
    for (i, c) in CHOICES.into_iter().enumerate() {
        let text = match c {
            Choice::Retry => "Try saving again".to_string(),
            Choice::Rescue => "Quit, keeping them in the rescue file".to_string(),
            Choice::Stay => "Stay in brief".to_string(),
        };
        let style = if i == selected {
            theme.selected
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {:>3} ", c.key()), theme.marker),
            Span::styled(format!(" {text}"), style),
        ]));
        if c == Choice::Rescue {
            lines.push(Line::styled(
                format!("       {}", rescue::shown(target)),
                theme.dim,
            ));
        }
    }
    if let Some(e) = &marks.rescue_error {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            crate::document::builder::inert(e).into_owned(),
            theme.warn,
        ));
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}
