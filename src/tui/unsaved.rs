//! Quitting with marks that are only in memory (the marks file could not be
//! written): `q` or Ctrl-C opens a dialog that says how many marks are not
//! saved and why, and offers to try saving again, to quit keeping them in a
//! rescue file (named), or to stay. Nothing unsaved: `q` quits at once.
//!
//! The terminal layer calls [`rescue_on_exit`] when the reader ends any other
//! way (a signal, an error, a panic), so unsaved marks are never dropped.

use super::app::{App, Overlay};
use super::marks_state::MarksState;
use super::ui::{centered, overlay_block};
use crate::marks::Mark;
use crate::marks::rescue::{self, RescuePlan};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use std::path::PathBuf;
use std::sync::Mutex;

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

impl App {
    /// `q` / Ctrl-C: quits, unless marks are only in memory; then asks.
    pub fn request_quit(&mut self) {
        let unsaved = self.marks.as_ref().map_or(0, |m| m.unsaved_count());
        if unsaved == 0 {
            self.quit = true;
            return;
        }
        if let Some(m) = &mut self.marks {
            m.rescue_plan();
        }
        self.overlay = Some(Overlay::Unsaved { selected: 0 });
    }

    /// Keys while the dialog is open: r tries again, q (or Ctrl-C) quits
    /// keeping the marks in the rescue file, Esc or s stays; ↑/↓/Tab and
    /// Enter choose too.
    pub(super) fn unsaved_key(&mut self, key: KeyEvent, selected: usize) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let choice = match key.code {
            KeyCode::Char('r') if !ctrl => Some(Choice::Retry),
            KeyCode::Char('q') if !ctrl => Some(Choice::Rescue),
            KeyCode::Char('c') if ctrl => Some(Choice::Rescue),
            KeyCode::Char('s') if !ctrl => Some(Choice::Stay),
            KeyCode::Esc => Some(Choice::Stay),
            KeyCode::Enter => CHOICES.get(selected).copied(),
            KeyCode::Down | KeyCode::Tab | KeyCode::Char('j') => {
                let selected = (selected + 1) % CHOICES.len();
                self.overlay = Some(Overlay::Unsaved { selected });
                None
            }
            KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => {
                let selected = (selected + CHOICES.len() - 1) % CHOICES.len();
                self.overlay = Some(Overlay::Unsaved { selected });
                None
            }
            _ => None,
        };
        if let Some(c) = choice {
            self.choose(c);
        }
    }

    /// Carries out a choice of the dialog.
    pub fn choose(&mut self, choice: Choice) {
        let Some(marks) = &mut self.marks else {
            self.overlay = None;
            self.quit = true;
            return;
        };
        match choice {
            Choice::Stay => self.overlay = None,
            Choice::Retry => {
                marks.retry_save();
                if marks.unsaved_count() == 0 {
                    self.overlay = None;
                    self.quit = true;
                }
            }
            Choice::Rescue => {
                // Quits only once the marks are in a file; else the dialog
                // stays and says why.
                if marks.rescue().is_ok() {
                    self.overlay = None;
                    self.quit = true;
                }
            }
        }
    }
}

/// Writes the marks that are only in memory to a rescue file when the reader
/// ends (quit, signal, error, panic). Returns what to tell the user on
/// stderr once the terminal is restored: where they are and how to merge
/// them back, or that they could not be written anywhere.
pub fn rescue_on_exit(app: &mut App) -> Option<String> {
    let marks = app.marks.as_mut()?;
    match marks.rescue() {
        Ok(Some((file, n))) => Some(rescue::kept_message(n, &file, &marks.path)),
        Ok(None) => None,
        Err(e) => Some(format!(
            "{} unsaved mark(s) are lost: {e}",
            marks.unsaved_count()
        )),
    }
}

/// The unsaved marks as of the last change, for a rescue by the signal
/// watchdog when the reader's own thread is stuck.
static PUBLISHED: Mutex<Option<Published>> = Mutex::new(None);

struct Published {
    plan: RescuePlan,
    marks_file: PathBuf,
    marks: Vec<Mark>,
    reason: Option<String>,
}

/// Publishes what is unsaved now (nothing: clears it). Called after every
/// save.
pub fn publish(marks: &mut MarksState) {
    let unsaved: Vec<Mark> = marks
        .store
        .as_ref()
        .map(|s| s.unsaved().into_iter().cloned().collect())
        .unwrap_or_default();
    let next = if unsaved.is_empty() {
        None
    } else {
        Some(Published {
            plan: marks.rescue_plan().clone(),
            marks_file: marks.path.clone(),
            marks: unsaved,
            reason: marks.why_unsaved(),
        })
    };
    if let Ok(mut p) = PUBLISHED.lock() {
        *p = next;
    }
}

/// Writes the published unsaved marks to their rescue file, from any
/// thread; what to tell the user.
pub fn last_resort() -> Option<String> {
    let p = PUBLISHED.try_lock().ok()?;
    let p = p.as_ref()?;
    let refs: Vec<&Mark> = p.marks.iter().collect();
    Some(
        match rescue::write(&p.plan, &p.marks_file, &refs, p.reason.as_deref()) {
            Ok(file) => rescue::kept_message(refs.len(), &file, &p.marks_file),
            Err(e) => format!("{} unsaved mark(s) are lost: {e}", refs.len()),
        },
    )
}

pub fn draw(app: &mut App, f: &mut Frame, area: Rect, selected: usize) {
    let theme = app.theme.clone();
    let Some(marks) = &mut app.marks else { return };
    let n = marks.unsaved_count();
    let target = marks.rescue_plan().first();
    let marks = &*marks;
    let rect = centered(area, 90.min(area.width), 16.min(area.height));
    f.render_widget(Clear, rect);
    let block = overlay_block(&theme, " Marks not saved ", rect);
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
                format!("       {}", rescue::shown(&target)),
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
