//! Quitting with marks that are only in memory (the marks file could not be
//! written): `q` or Ctrl-C opens a dialog ([`UnsavedPanel`]) that says how
//! many marks are not saved and why, and offers to try saving again, to quit
//! keeping them in a rescue file (named), or to stay; [`App::choose`] does
//! what was chosen. Nothing unsaved: `q` quits at once.
//!
//! The terminal layer calls [`rescue_on_exit`] when the reader ends any other
//! way (a signal, an error, a panic), so unsaved marks are never dropped.

use super::app::App;
use super::marks_state::MarksState;
use super::panels::unsaved::{Choice, UnsavedPanel};
use crate::marks::Mark;
use crate::marks::rescue::{self, RescuePlan};
use std::path::PathBuf;
use std::sync::Mutex;

impl App {
    /// `q` / Ctrl-C: quits, unless marks are only in memory; then asks.
    pub fn request_quit(&mut self) {
        let unsaved = self.marks.as_ref().map_or(0, |m| m.unsaved_count());
        if unsaved == 0 {
            self.requests.quit = true;
            return;
        }
        let target = match &mut self.marks {
            Some(m) => m.rescue_plan().first(),
            None => return,
        };
        self.open_panel(UnsavedPanel::new(target));
    }

    /// Carries out a choice of the dialog.
    pub fn choose(&mut self, choice: Choice) {
        let Some(marks) = &mut self.marks else {
            self.panel = None;
            self.requests.quit = true;
            return;
        };
        match choice {
            Choice::Stay => self.panel = None,
            Choice::Retry => {
                marks.retry_save();
                if marks.unsaved_count() == 0 {
                    self.panel = None;
                    self.requests.quit = true;
                }
            }
            Choice::Rescue => {
                // Quits only once the marks are in a file; else the dialog
                // stays and says why.
                if marks.rescue().is_ok() {
                    self.panel = None;
                    self.requests.quit = true;
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
