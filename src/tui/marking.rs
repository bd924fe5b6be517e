//! What the reviewer's keys do: move the reading cursor, select, mark a
//! passage (or the sentence under the cursor), edit, re-place, delete and
//! undo marks, and export them. Every change is saved at once.

use super::action::Action;
use super::app::{App, Pane};
use super::cursor::Cursor;
use super::mark_form::{FormTarget, MarkForm};
use super::marks_state::MarksState;
use super::panels::mark_form::MarkFormPanel;
use super::panels::marks::MarkCommand;
use crate::corpus::Entry;
use crate::document::first_words;
use crate::document::units::Unit;
use crate::marks::Mark;
use crate::marks::clock::today_local;
use crate::marks::edit::new_mark;
use crate::marks::export::{self, Format, MarkView};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The formats `x` writes, in the order of its menu.
pub const EXPORT_FORMATS: [Format; 4] = Format::ALL;

impl App {
    /// The style of a label: its place in the configured set picks the
    /// colour.
    pub fn label_style(&self, label: &str) -> ratatui::style::Style {
        let i = self.marks.as_ref().map_or(0, |m| m.label_index(label));
        self.theme.mark[i % self.theme.mark.len()]
    }

    /// Opens the marks file (the reader runs without marks until this is called).
    pub fn open_marks(&mut self, path: PathBuf, reviewer: String) {
        let marks = MarksState::open(&self.corpus, path, reviewer);
        // Documents without marks keep the tree they were opened with.
        let marked: Vec<usize> = (0..marks.placed.len())
            .filter(|&i| !marks.placed[i].is_empty())
            .collect();
        self.marks = Some(marks);
        self.refresh_mark_counts(&marked);
    }

    /// Opens the marks file for a corpus still being read: its marks are
    /// placed as their documents arrive (see `arriving`).
    pub fn open_marks_unplaced(&mut self, path: PathBuf, reviewer: String) {
        self.marks = Some(MarksState::open_unplaced(&self.corpus, path, reviewer));
    }

    pub(super) fn reading_top(&mut self) -> usize {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        self.views[self.selected].reader.top_clean(doc)
    }

    /// `m`: the form for a new mark on the selection or the sentence under the
    /// cursor; or, while a mark's passage is being changed, moves it there.
    pub(super) fn mark(&mut self) {
        if self.marks.is_none() {
            self.message = Some("Marks are off in this session".into());
            return;
        }
        // A mark names the file it was made on by its bytes: it waits for
        // all of them.
        if self.is_preview(self.selected) {
            self.message = Some("Marks can be made once the whole document is read".into());
            return;
        }
        let top = self.reading_top();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        let Some(range) = self.views[self.selected].cursor.passage(doc, top) else {
            self.message = Some("Nothing to mark here".into());
            return;
        };
        if let Some(id) = self.marks.as_mut().and_then(|m| m.repassage.take()) {
            self.move_mark(&id, self.selected, range);
            return;
        }
        let marks = self.marks.as_ref().expect("checked above");
        let passage = passage_preview(&doc.clean[range.clone()]);
        self.open_panel(MarkFormPanel::new(MarkForm::new(
            FormTarget::New {
                doc: self.selected,
                range,
            },
            marks.labels.clone(),
            0,
            "",
            passage,
        )));
    }

    /// Saves what the form says: a new mark, or the changed one.
    pub(super) fn save_form(&mut self, form: MarkForm) {
        let label = form.label();
        let note = form.note_text();
        match form.target {
            FormTarget::New { doc, range } => {
                let Some(Entry::Doc(d)) = self.corpus.entries.get(doc) else {
                    return;
                };
                let Some(marks) = &mut self.marks else { return };
                let mark = new_mark(d, range.clone(), &label, &note, &marks.reviewer);
                let saved = marks.store.as_mut().map(|s| s.add(mark));
                marks.saved(saved);
                // The cursor stays on the passage's last word, so s or p go on from there.
                let last = crate::document::units::prev(d, &(range.end..range.end), Unit::Word)
                    .filter(|w| w.start >= range.start)
                    .unwrap_or(range);
                self.views[doc].cursor = Cursor {
                    at: Some(last),
                    from: None,
                };
                self.after_change(format!("Marked as {label}"));
            }
            FormTarget::Edit { id } => {
                let Some(marks) = &mut self.marks else { return };
                if marks.get(&id).is_none() {
                    return;
                }
                let saved = marks.store.as_mut().map(|s| s.change(&id, &label, &note));
                marks.saved(saved);
                self.after_change("Mark changed".into());
            }
        }
    }

    /// Moves a mark to a new passage, keeping its label and note.
    fn move_mark(&mut self, id: &str, doc: usize, range: Range<usize>) {
        let Some(Entry::Doc(d)) = self.corpus.entries.get(doc) else {
            return;
        };
        let Some(marks) = &mut self.marks else { return };
        if marks.get(id).is_none() {
            return;
        }
        let saved = marks.store.as_mut().map(|s| s.move_to(id, d, range));
        marks.saved(saved);
        self.views[doc].cursor = Cursor::default();
        self.after_change("Mark moved to the selection".into());
    }

    /// Re-places the marks after a change (already saved) and updates the counts.
    fn after_change(&mut self, said: String) {
        let corpus = self.corpus.clone();
        let mut changed = Vec::new();
        if let Some(marks) = &mut self.marks {
            let before = std::mem::take(&mut marks.placed);
            marks.place_all(&corpus);
            changed = (0..marks.placed.len())
                .filter(|&i| before.get(i) != marks.placed.get(i))
                .collect();
            self.message = Some(match &marks.problem {
                Some(p) => format!("{said}; {p}"),
                None => said,
            });
        }
        self.refresh_mark_counts(&changed);
    }

    /// The section tree labels carry mark counts: rebuilt for the
    /// documents whose marks changed.
    pub(super) fn refresh_mark_counts(&mut self, docs: &[usize]) {
        for &i in docs {
            if let Some(Entry::Doc(d)) = self.corpus.entries.get(i) {
                let ranges: Vec<Range<usize>> = self
                    .marks
                    .as_ref()
                    .and_then(|m| m.placed.get(i))
                    .map(|p| p.iter().map(|x| x.range.clone()).collect())
                    .unwrap_or_default();
                self.views[i].outline.set_marks(d, &ranges);
            }
        }
    }

    /// Carries out what the marks pane asks.
    pub(super) fn mark_command(&mut self, command: MarkCommand) {
        let Some(marks) = &mut self.marks else { return };
        match command {
            MarkCommand::FilterLabel(d) => {
                marks.filter.label = usize::from(d)
                    .checked_sub(1)
                    .and_then(|i| marks.labels.get(i).cloned());
            }
            MarkCommand::ToggleThisDoc => marks.filter.this_doc = !marks.filter.this_doc,
            MarkCommand::NextReviewer => {
                let all = marks.reviewers();
                marks.filter.reviewer = match &marks.filter.reviewer {
                    None => all.first().cloned(),
                    Some(r) => all
                        .iter()
                        .position(|x| x == r)
                        .and_then(|i| all.get(i + 1).cloned()),
                };
            }
            MarkCommand::Show(id) => self.show_mark(&id),
            MarkCommand::Edit(id) => {
                let Some(m) = marks.get(&id).cloned() else {
                    return;
                };
                let label = marks.label_index(&m.label);
                let mut labels = marks.labels.clone();
                if label == labels.len() {
                    labels.push(m.label.clone());
                }
                self.open_panel(MarkFormPanel::new(MarkForm::new(
                    FormTarget::Edit { id: m.id.clone() },
                    labels,
                    label,
                    &m.note,
                    passage_preview(&m.quote.exact),
                )));
            }
            MarkCommand::Delete(id) => {
                let Some(m) = marks.get(&id).cloned() else {
                    return;
                };
                marks.undo.push(m.clone());
                let saved = marks.store.as_mut().map(|s| s.delete(&m.id));
                marks.saved(saved);
                self.after_change(format!(
                    "Mark deleted ({} undoes)",
                    self.keymap.keys_for(Action::Undo)
                ));
            }
            MarkCommand::Replace(id) => self.start_repassage(&id),
            MarkCommand::Undo => self.undo(),
        }
    }

    /// Opens the document of a mark at its passage.
    pub(super) fn show_mark(&mut self, id: &str) {
        let Some(marks) = &self.marks else { return };
        match marks.spot(id) {
            Some((d, r)) => {
                self.jump_to(d, r.start);
                self.set_focus_reader();
            }
            None => {
                self.message = Some(format!(
                    "This mark could not be placed; {} in the marks pane re-attaches it to a selection",
                    self.keymap.keys_for(Action::Select)
                ))
            }
        }
    }

    /// `v` in the marks pane: select the mark's passage (or, for an orphan,
    /// wherever the reviewer selects next) to move it with `m`.
    fn start_repassage(&mut self, id: &str) {
        let Some(marks) = &mut self.marks else { return };
        marks.repassage = Some(id.to_string());
        if let Some((d, r)) = marks.spot(id) {
            self.jump_to(d, r.start);
            if let Some(Entry::Doc(doc)) = self.corpus.entries.get(d) {
                self.views[d].cursor.select(doc, r);
            }
        }
        self.set_focus_reader();
        self.message = Some(format!(
            "Grow or shrink the selection ({}), then {} moves the mark there",
            [
                Action::WordNext,
                Action::WordPrev,
                Action::SentenceNext,
                Action::ParagraphNext
            ]
            .map(|a| self.keymap.keys_for(a))
            .join(" "),
            self.keymap.keys_for(Action::Mark)
        ));
    }

    /// `u`: brings back the last mark deleted in this session.
    pub(super) fn undo(&mut self) {
        let Some(marks) = &mut self.marks else { return };
        let Some(m) = marks.undo.pop() else {
            self.message = Some("Nothing to undo".into());
            return;
        };
        let saved = marks.store.as_mut().map(|s| s.restore(m));
        marks.saved(saved);
        self.after_change("Mark restored".into());
    }

    /// `x` then a digit: writes the marks in a format next to the marks
    /// file, in a new file named for today (`marks-2026-12-02.md`, then
    /// `marks-2026-12-02-2.md`…): an export never writes over another.
    pub(super) fn export(&mut self, format: usize) {
        let Some(marks) = &self.marks else { return };
        let Some(&format) = EXPORT_FORMATS.get(format) else {
            return;
        };
        let listed: Vec<&Mark> = marks.marks();
        let views: Vec<MarkView> = listed.iter().map(|m| mark_view(self, m)).collect();
        let text = export::render(format, &views, &self.corpus);
        let dir = export_dir(&marks.path);
        let n = views.len();
        self.message = Some(
            match export::write_new(&dir, &today_local(), format, &text) {
                Ok(file) => format!(
                    "{n} mark{} written to {} (in {})",
                    if n == 1 { "" } else { "s" },
                    file_name(&file),
                    dir.display()
                ),
                Err(e) => format!("Export failed: {}: {e}", dir.display()),
            },
        );
    }

    fn set_focus_reader(&mut self) {
        self.focus = Pane::Reader;
    }
}

/// The folder exports are written to: the marks file's.
pub fn export_dir(marks_file: &Path) -> PathBuf {
    marks_file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// What the export functions need of a mark: its document's title, its
/// section now, whether it could be placed (see `export::view`).
pub fn mark_view<'a>(app: &App, m: &'a Mark) -> MarkView<'a> {
    match &app.marks {
        Some(marks) => marks.view(&app.corpus, m),
        None => export::view(&app.corpus, m, None),
    }
}

/// The first words of a passage for the mark form, a break between blocks
/// (a heading and the paragraph after it) shown as ¶ instead of running the
/// two together.
fn passage_preview(text: &str) -> String {
    first_words(&text.trim().replace('\n', " ¶ "), 12)
}

#[cfg(test)]
mod passage_tests {
    use super::passage_preview;

    #[test]
    fn a_block_break_shows_as_a_pilcrow() {
        assert_eq!(
            passage_preview("Militaire steun\nDe spanningen met Rusland kwamen"),
            "Militaire steun ¶ De spanningen met Rusland kwamen"
        );
        assert_eq!(passage_preview("één zin.\n"), "één zin.");
    }
}
