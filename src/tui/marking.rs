//! The marks as a component: what the reviewer's keys and the marks pane ask
//! of them (mark a passage or the sentence under the cursor, save the form,
//! edit, re-place, delete and undo marks, export them). [`MarksState`]
//! carries each out on its own state and the store, saving at once, and
//! asks for the rest (a form to open, the reading cursor, a jump, the
//! section tree's counts, a word in the status bar) through [`Effect`]s.

use super::action::Action;
use super::app::{App, Pane};
use super::cursor::Cursor;
use super::keymap::Keymap;
use super::mark_form::{FormTarget, MarkForm};
use super::marks_state::MarksState;
use super::panel::Effect;
use super::panels::mark_form::MarkFormPanel;
use super::panels::marks::MarkCommand;
use crate::corpus::{Corpus, Entry};
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

/// What the marks read of the rest of the reader: the documents, and the
/// keys to name in what they say.
pub struct Desk<'a> {
    pub corpus: &'a Corpus,
    pub keymap: &'a Keymap,
}

impl MarksState {
    /// `m` on `range` of document `doc`: the form for a new mark, or, while
    /// a mark's passage is being changed, the mark moved there.
    pub fn mark(&mut self, desk: &Desk, doc: usize, range: Range<usize>) -> Vec<Effect> {
        if let Some(id) = self.repassage.take() {
            return self.move_mark(desk, &id, doc, range);
        }
        let Some(Entry::Doc(d)) = desk.corpus.entries.get(doc) else {
            return Vec::new();
        };
        let passage = passage_preview(&d.clean[range.clone()]);
        let form = MarkForm::new(
            FormTarget::New { doc, range },
            self.labels.clone(),
            0,
            "",
            passage,
        );
        vec![Effect::Open(Box::new(MarkFormPanel::new(form)))]
    }

    /// Saves what the form says: a new mark, or the changed one.
    pub fn save(&mut self, desk: &Desk, form: MarkForm) -> Vec<Effect> {
        let label = form.label();
        let note = form.note_text();
        match form.target {
            FormTarget::New { doc, range } => {
                let Some(Entry::Doc(d)) = desk.corpus.entries.get(doc) else {
                    return Vec::new();
                };
                let mark = new_mark(d, range.clone(), &label, &note, &self.reviewer);
                let saved = self.store.as_mut().map(|s| s.add(mark));
                self.saved(saved);
                // The cursor stays on the passage's last word, so s or p go on from there.
                let last = crate::document::units::prev(d, &(range.end..range.end), Unit::Word)
                    .filter(|w| w.start >= range.start)
                    .unwrap_or(range);
                let cursor = Cursor {
                    at: Some(last),
                    from: None,
                };
                let mut fx = vec![Effect::Cursor { doc, cursor }];
                fx.extend(self.after_change(desk, format!("Marked as {label}")));
                fx
            }
            FormTarget::Edit { id } => {
                if self.get(&id).is_none() {
                    return Vec::new();
                }
                let saved = self.store.as_mut().map(|s| s.change(&id, &label, &note));
                self.saved(saved);
                self.after_change(desk, "Mark changed".into())
            }
        }
    }

    /// Moves a mark to a new passage, keeping its label and note.
    fn move_mark(&mut self, desk: &Desk, id: &str, doc: usize, range: Range<usize>) -> Vec<Effect> {
        let Some(Entry::Doc(d)) = desk.corpus.entries.get(doc) else {
            return Vec::new();
        };
        if self.get(id).is_none() {
            return Vec::new();
        }
        let saved = self.store.as_mut().map(|s| s.move_to(id, d, range));
        self.saved(saved);
        let cursor = Cursor::default();
        let mut fx = vec![Effect::Cursor { doc, cursor }];
        fx.extend(self.after_change(desk, "Mark moved to the selection".into()));
        fx
    }

    /// Re-places the marks after a change (already saved): the documents
    /// whose marks moved get their counts anew, and the status bar says
    /// what was done (and what stops saving, if anything does).
    fn after_change(&mut self, desk: &Desk, said: String) -> Vec<Effect> {
        let before = std::mem::take(&mut self.placed);
        self.place_all(desk.corpus);
        let changed = (0..self.placed.len())
            .filter(|&i| before.get(i) != self.placed.get(i))
            .collect();
        let said = match &self.problem {
            Some(p) => format!("{said}; {p}"),
            None => said,
        };
        vec![Effect::MarkCounts(changed), Effect::Say(said)]
    }

    /// Carries out what the marks pane asks.
    pub fn command(&mut self, desk: &Desk, command: MarkCommand) -> Vec<Effect> {
        match command {
            MarkCommand::FilterLabel(d) => {
                self.filter.label = usize::from(d)
                    .checked_sub(1)
                    .and_then(|i| self.labels.get(i).cloned());
            }
            MarkCommand::ToggleThisDoc => self.filter.this_doc = !self.filter.this_doc,
            MarkCommand::NextReviewer => {
                let all = self.reviewers();
                self.filter.reviewer = match &self.filter.reviewer {
                    None => all.first().cloned(),
                    Some(r) => all
                        .iter()
                        .position(|x| x == r)
                        .and_then(|i| all.get(i + 1).cloned()),
                };
            }
            MarkCommand::Show(id) => return self.show(desk, &id),
            MarkCommand::Edit(id) => return self.edit(&id),
            MarkCommand::Delete(id) => {
                let Some(m) = self.get(&id).cloned() else {
                    return Vec::new();
                };
                self.undo.push(m.clone());
                let saved = self.store.as_mut().map(|s| s.delete(&m.id));
                self.saved(saved);
                let undo = desk.keymap.keys_for(Action::Undo);
                return self.after_change(desk, format!("Mark deleted ({undo} undoes)"));
            }
            MarkCommand::Replace(id) => return self.start_repassage(desk, &id),
            MarkCommand::Undo => return self.undo(desk),
        }
        Vec::new()
    }

    /// The form on a mark's label and note.
    fn edit(&self, id: &str) -> Vec<Effect> {
        let Some(m) = self.get(id) else {
            return Vec::new();
        };
        let label = self.label_index(&m.label);
        let mut labels = self.labels.clone();
        if label == labels.len() {
            labels.push(m.label.clone());
        }
        let form = MarkForm::new(
            FormTarget::Edit { id: m.id.clone() },
            labels,
            label,
            &m.note,
            passage_preview(&m.quote.exact),
        );
        vec![Effect::Open(Box::new(MarkFormPanel::new(form)))]
    }

    /// The document of a mark at its passage, read from there.
    fn show(&self, desk: &Desk, id: &str) -> Vec<Effect> {
        match self.spot(id) {
            Some((doc, r)) => vec![
                Effect::Jump { doc, at: r.start },
                Effect::Focus(Pane::Reader),
            ],
            None => vec![Effect::Say(format!(
                "This mark could not be placed; {} in the marks pane re-attaches it to a selection",
                desk.keymap.keys_for(Action::Select)
            ))],
        }
    }

    /// `v` in the marks pane: select the mark's passage (or, for an orphan,
    /// wherever the reviewer selects next) to move it with `m`.
    fn start_repassage(&mut self, desk: &Desk, id: &str) -> Vec<Effect> {
        self.repassage = Some(id.to_string());
        let mut fx = Vec::new();
        if let Some((doc, range)) = self.spot(id) {
            fx.push(Effect::Jump {
                doc,
                at: range.start,
            });
            fx.push(Effect::SelectPassage { doc, range });
        }
        fx.push(Effect::Focus(Pane::Reader));
        let keys = [
            Action::WordNext,
            Action::WordPrev,
            Action::SentenceNext,
            Action::ParagraphNext,
        ]
        .map(|a| desk.keymap.keys_for(a))
        .join(" ");
        fx.push(Effect::Say(format!(
            "Grow or shrink the selection ({keys}), then {} moves the mark there",
            desk.keymap.keys_for(Action::Mark)
        )));
        fx
    }

    /// `u`: brings back the last mark deleted in this session.
    pub fn undo(&mut self, desk: &Desk) -> Vec<Effect> {
        let Some(m) = self.undo.pop() else {
            return vec![Effect::Say("Nothing to undo".into())];
        };
        let saved = self.store.as_mut().map(|s| s.restore(m));
        self.saved(saved);
        self.after_change(desk, "Mark restored".into())
    }

    /// `x` then a digit: writes the marks in a format next to the marks
    /// file, in a new file named for today (`marks-2026-12-02.md`, then
    /// `marks-2026-12-02-2.md`…): an export never writes over another.
    pub fn export(&self, corpus: &Corpus, format: usize) -> Vec<Effect> {
        let Some(&format) = EXPORT_FORMATS.get(format) else {
            return Vec::new();
        };
        let views: Vec<MarkView> = self
            .marks()
            .into_iter()
            .map(|m| self.view(corpus, m))
            .collect();
        let text = export::render(format, &views, corpus);
        let dir = export_dir(&self.path);
        let n = views.len();
        vec![Effect::Say(
            match export::write_new(&dir, &today_local(), format, &text) {
                Ok(file) => format!(
                    "{n} mark{} written to {} (in {})",
                    if n == 1 { "" } else { "s" },
                    file_name(&file),
                    dir.display()
                ),
                Err(e) => format!("Export failed: {}: {e}", dir.display()),
            },
        )]
    }
}

/// The App's side: opening the marks, the passage `m` marks, and handing
/// the marks what the keys and panes ask.
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

    /// Where the document being read is in view: the clean offset at its
    /// top, and the clean text on screen (as the reader stands now, drawn
    /// or not).
    pub(super) fn in_view(&mut self) -> (usize, Option<Range<usize>>) {
        let page = self.page();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return (0, None);
        };
        let reader = &mut self.views[self.selected].reader;
        (reader.top_clean(doc), reader.clean_in_view(doc, page))
    }

    /// `m`: the selection or the sentence under the cursor, handed to the
    /// marks.
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
        let (top, visible) = self.in_view();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        let cursor = &self.views[self.selected].cursor;
        let Some(range) = cursor.passage(doc, top, visible.as_ref()) else {
            self.message = Some("Nothing to mark here".into());
            return;
        };
        let doc = self.selected;
        self.with_marks(|marks, desk| marks.mark(desk, doc, range));
    }

    /// Runs `f` on the marks with what they read of the reader, and applies
    /// the effects it asks for (nothing in a session without marks).
    pub(super) fn with_marks(&mut self, f: impl FnOnce(&mut MarksState, &Desk) -> Vec<Effect>) {
        let Some(marks) = &mut self.marks else { return };
        let desk = Desk {
            corpus: &self.corpus,
            keymap: &self.keymap,
        };
        let fx = f(marks, &desk);
        self.apply(fx);
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

/// The marks as a component: actions in, state and effects out, nothing
/// drawn.
#[cfg(test)]
mod component {
    use super::*;

    /// The bundled briefing, the built-in keys and an empty marks file.
    struct Bench {
        dir: tempfile::TempDir,
        corpus: Corpus,
        keymap: Keymap,
    }

    impl Bench {
        fn new() -> Self {
            let dir = tempfile::tempdir().unwrap();
            let (corpus, keymap) = (Corpus::bundled(), Keymap::default());
            Bench {
                dir,
                corpus,
                keymap,
            }
        }

        fn desk(&self) -> Desk<'_> {
            Desk {
                corpus: &self.corpus,
                keymap: &self.keymap,
            }
        }

        fn path(&self) -> PathBuf {
            self.dir.path().join("marks.json")
        }

        fn marks(&self) -> MarksState {
            MarksState::open(&self.corpus, self.path(), "anna".into())
        }
    }

    /// The form for a new mark on `range` of the first document, filled in.
    fn filled(marks: &MarksState, range: Range<usize>, label: usize, note: &str) -> MarkForm {
        let target = FormTarget::New { doc: 0, range };
        MarkForm::new(target, marks.labels.clone(), label, note, String::new())
    }

    fn said(fx: &[Effect]) -> Option<&str> {
        fx.iter().find_map(|e| match e {
            Effect::Say(s) => Some(s.as_str()),
            _ => None,
        })
    }

    #[test]
    fn a_mark_made_deleted_and_undone_is_saved_each_time() {
        let bench = Bench::new();
        let desk = bench.desk();
        let mut marks = bench.marks();
        let range = 0..40;

        // m: a form to fill in, nothing saved yet.
        let fx = marks.mark(&desk, 0, range.clone());
        assert!(matches!(fx[..], [Effect::Open(_)]), "{fx:?}");
        assert!(marks.marks().is_empty());

        // Saved: on disk, counted in the tree, said, the cursor on its last word.
        let fx = marks.save(&desk, filled(&marks, range.clone(), 1, "klopt dit?"));
        assert_eq!(marks.marks().len(), 1);
        let on_disk = std::fs::read_to_string(bench.path()).unwrap();
        assert!(on_disk.contains("klopt dit?"));
        assert!(fx.contains(&Effect::MarkCounts(vec![0])), "{fx:?}");
        let label = &marks.labels[1];
        assert_eq!(said(&fx), Some(format!("Marked as {label}").as_str()));
        let last_word = fx.iter().find_map(|e| match e {
            Effect::Cursor { doc: 0, cursor } => cursor.at.clone(),
            _ => None,
        });
        assert!(
            last_word.is_some_and(|w| w.start > range.start && w.end <= range.end),
            "{fx:?}"
        );

        // Deleted from the marks pane: gone, kept for u, and u is named.
        let id = marks.marks()[0].id.clone();
        let fx = marks.command(&desk, MarkCommand::Delete(id.clone()));
        assert!(marks.get(&id).is_none());
        assert_eq!(marks.undo.len(), 1);
        assert_eq!(said(&fx), Some("Mark deleted (u undoes)"));

        // u: back, with its note; then nothing more to undo.
        let fx = marks.undo(&desk);
        assert_eq!(marks.get(&id).map(|m| m.note.as_str()), Some("klopt dit?"));
        assert_eq!(said(&fx), Some("Mark restored"));
        assert_eq!(said(&marks.undo(&desk)), Some("Nothing to undo"));
    }

    #[test]
    fn v_then_m_moves_a_mark_and_keeps_its_label_and_note() {
        let bench = Bench::new();
        let desk = bench.desk();
        let mut marks = bench.marks();
        marks.save(&desk, filled(&marks, 0..40, 2, "eerste"));
        let id = marks.marks()[0].id.clone();

        // v: the reader jumps to the passage and selects it, and says how to go on.
        let fx = marks.command(&desk, MarkCommand::Replace(id.clone()));
        let (_, range) = marks.spot(&id).unwrap();
        assert!(
            fx.contains(&Effect::SelectPassage { doc: 0, range }),
            "{fx:?}"
        );
        assert!(fx.contains(&Effect::Focus(Pane::Reader)));
        let how = said(&fx).unwrap();
        assert!(how.ends_with("then m moves the mark there"), "{how}");

        // m on another passage moves it: no form, the same label and note.
        let fx = marks.mark(&desk, 0, 100..160);
        assert_eq!(said(&fx), Some("Mark moved to the selection"));
        let m = marks.get(&id).unwrap();
        assert_eq!(m.label, marks.labels[2]);
        assert_eq!(m.note, "eerste");
        assert_eq!(marks.spot(&id).map(|(d, r)| (d, r.start)), Some((0, 100)));
        assert!(marks.repassage.is_none());
    }

    #[test]
    fn a_mark_that_cannot_be_placed_is_not_shown_elsewhere() {
        let bench = Bench::new();
        let mut marks = bench.marks();
        let fx = marks.command(&bench.desk(), MarkCommand::Show("no-such-mark".into()));
        assert_eq!(fx.len(), 1, "{fx:?}");
        let why = said(&fx).unwrap();
        assert!(why.starts_with("This mark could not be placed"), "{why}");
    }
}
