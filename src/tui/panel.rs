//! Overlays as components. A [`Panel`] owns its state (what is selected,
//! how far it is scrolled), handles the actions meant for it and draws itself
//! from read-only state; what it does to the rest of the reader (jump to a
//! place, open a comparison, move the focus, say something, close) it asks
//! for through [`Effect`]s, which the App applies after the panel returns.
//!
//! Adding an overlay: a file in `panels/` with its key, its struct, `Panel`
//! impl and drawing, and its line in the `panels!` list.

use super::action::Action;
use super::app::{App, Pane};
use super::entity_view::Find;
use super::keymap::Context;
use crate::corpus::Entry;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

/// What a panel asks the App to do.
pub enum Effect {
    /// Close the panel.
    Close,
    /// Show a document at a clean offset, the reading cursor on the word there.
    Jump {
        doc: usize,
        at: usize,
    },
    /// Show a passage of a document, the reading cursor on it.
    Show {
        doc: usize,
        range: std::ops::Range<usize>,
    },
    /// Compare side by side with a document at a clean offset.
    Split {
        doc: usize,
        at: usize,
    },
    Focus(Pane),
    /// Read corpus entry `n` (its remembered place).
    Select(usize),
    /// Put a section of the document being read at the top of the reader.
    Section(usize),
    /// Open the list of an entity's occurrences.
    Occurrences(usize),
    /// Show or hide an entity type's highlighting (a digit: 0 all, 1–7 one).
    ToggleType(u8),
    /// Write the marks in the export format of this place in the menu.
    Export(usize),
    /// Open a panel over the reader (a form, the results of a search).
    Open(Box<dyn Panel>),
    /// Put a document's reading cursor here, without moving its view.
    Cursor {
        doc: usize,
        cursor: super::cursor::Cursor,
    },
    /// Select a passage of a document (the view is where a `Jump` put it).
    SelectPassage {
        doc: usize,
        range: std::ops::Range<usize>,
    },
    /// Back to a view exactly as it was: its top line and reading cursor.
    Restore {
        doc: usize,
        top: usize,
        cursor: super::cursor::Cursor,
    },
    /// Say something in the status bar until the next key.
    Say(String),
    /// What `n`/`N` go on with.
    Find(Find),
    /// A change to the marks or their filter, or a mark to go to.
    Mark(super::panels::marks::MarkCommand),
    /// Save what the mark form says.
    SaveMark(Box<super::mark_form::MarkForm>),
    /// The section tree's mark counts of these documents are out of date.
    MarkCounts(Vec<usize>),
    /// What the reviewer chose in the dialog about unsaved marks.
    Unsaved(super::panels::unsaved::Choice),
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::Close => write!(f, "Close"),
            Effect::Jump { doc, at } => write!(f, "Jump {{ doc: {doc}, at: {at} }}"),
            Effect::Show { doc, range } => write!(f, "Show {{ doc: {doc}, range: {range:?} }}"),
            Effect::Split { doc, at } => write!(f, "Split {{ doc: {doc}, at: {at} }}"),
            Effect::Focus(p) => write!(f, "Focus({p:?})"),
            Effect::Select(n) => write!(f, "Select({n})"),
            Effect::Occurrences(n) => write!(f, "Occurrences({n})"),
            Effect::ToggleType(d) => write!(f, "ToggleType({d})"),
            Effect::Export(n) => write!(f, "Export({n})"),
            Effect::Section(n) => write!(f, "Section({n})"),
            Effect::Say(m) => write!(f, "Say({m:?})"),
            Effect::Find(x) => write!(f, "Find({x:?})"),
            Effect::Mark(c) => write!(f, "Mark({c:?})"),
            Effect::Open(_) => write!(f, "Open(…)"),
            Effect::Cursor { doc, cursor } => {
                write!(f, "Cursor {{ doc: {doc}, cursor: {cursor:?} }}")
            }
            Effect::SelectPassage { doc, range } => {
                write!(f, "SelectPassage {{ doc: {doc}, range: {range:?} }}")
            }
            Effect::Restore { doc, top, cursor } => {
                write!(
                    f,
                    "Restore {{ doc: {doc}, top: {top}, cursor: {cursor:?} }}"
                )
            }
            Effect::SaveMark(_) => write!(f, "SaveMark(…)"),
            Effect::MarkCounts(d) => write!(f, "MarkCounts({d:?})"),
            Effect::Unsaved(c) => write!(f, "Unsaved({c:?})"),
        }
    }
}

/// Effects compare by what they ask; a panel to open or a form to save is
/// equal to nothing (not even itself), so tests compare the others.
impl PartialEq for Effect {
    fn eq(&self, other: &Effect) -> bool {
        use Effect::*;
        match (self, other) {
            (Close, Close) => true,
            (Jump { doc: a, at: b }, Jump { doc: c, at: d }) => a == c && b == d,
            (Split { doc: a, at: b }, Split { doc: c, at: d }) => a == c && b == d,
            (Show { doc: a, range: b }, Show { doc: c, range: d }) => a == c && b == d,
            (Focus(a), Focus(b)) => a == b,
            (Select(a), Select(b))
            | (Section(a), Section(b))
            | (Occurrences(a), Occurrences(b))
            | (Export(a), Export(b)) => a == b,
            (ToggleType(a), ToggleType(b)) => a == b,
            (Say(a), Say(b)) => a == b,
            (Find(a), Find(b)) => a == b,
            (Mark(a), Mark(b)) => a == b,
            (Cursor { doc: a, cursor: b }, Cursor { doc: c, cursor: d }) => a == c && b == d,
            (SelectPassage { doc: a, range: b }, SelectPassage { doc: c, range: d }) => {
                a == c && b == d
            }
            (
                Restore {
                    doc: a,
                    top: b,
                    cursor: c,
                },
                Restore {
                    doc: d,
                    top: e,
                    cursor: g,
                },
            ) => a == d && b == e && c == g,
            (MarkCounts(a), MarkCounts(b)) => a == b,
            (Unsaved(a), Unsaved(b)) => a == b,
            _ => false,
        }
    }
}

/// An overlay that owns its state.
pub trait Panel {
    /// Handles an action (Esc, q and the panel's own toggle key close it
    /// before it is asked); effects go to `fx`.
    fn update(&mut self, action: Action, app: &App, fx: &mut Vec<Effect>);

    /// A key before it becomes an action: a panel that takes keys of its
    /// own (a dialog, a text field) handles it here and says it did; the
    /// rest go through the keymap to [`Panel::update`].
    fn key(&mut self, _key: KeyEvent, _app: &App, _fx: &mut Vec<Effect>) -> bool {
        false
    }

    /// Draws over `area` from the app's state, changing nothing.
    fn draw(&self, app: &App, f: &mut Frame, area: Rect);

    /// The action that opened it, which closes it again (`?`, `T`, …).
    fn toggle(&self) -> Option<Action> {
        None
    }

    /// The key contexts live while it is open, the one to win first.
    fn contexts(&self) -> &'static [Context] {
        &[Context::Global]
    }
}

impl App {
    /// Opens a panel over the reader.
    pub fn open_panel(&mut self, panel: impl Panel + 'static) {
        self.panel = Some(Box::new(panel));
    }

    /// An action while a panel is open: closing keys close it, the rest go
    /// to the panel, and its effects are applied.
    pub(super) fn update_panel(&mut self, action: Action) {
        let Some(mut panel) = self.panel.take() else {
            return;
        };
        if matches!(action, Action::Close | Action::Quit) || panel.toggle() == Some(action) {
            return;
        }
        let mut fx = Vec::new();
        panel.update(action, self, &mut fx);
        self.panel = Some(panel);
        self.apply(fx);
    }

    /// A key to the open panel first; whether it took it.
    pub(super) fn panel_key(&mut self, key: KeyEvent) -> bool {
        let Some(mut panel) = self.panel.take() else {
            return false;
        };
        let mut fx = Vec::new();
        let taken = panel.key(key, self, &mut fx);
        self.panel = Some(panel);
        self.apply(fx);
        taken
    }

    /// Applies a panel's effects, in order.
    pub(super) fn apply(&mut self, effects: Vec<Effect>) {
        for e in effects {
            match e {
                Effect::Close => self.panel = None,
                Effect::Jump { doc, at } => self.jump_to(doc, at),
                Effect::Show { doc, range } => self.jump_to_range(doc, range),
                Effect::Split { doc, at } => self.open_split(doc, at),
                Effect::Focus(pane) => self.set_focus(pane),
                Effect::Select(n) => self.select_doc(n),
                Effect::Occurrences(entity) => self.open_occurrences(entity),
                Effect::ToggleType(digit) => self.entities.toggle_type(digit),
                Effect::Export(format) => self.with_marks(|m, desk| m.export(desk.corpus, format)),
                Effect::Section(s) => self.show_section(s),
                Effect::Say(m) => self.message = Some(m),
                Effect::Find(find) => self.entities.last_find = Some(find),
                Effect::Mark(c) => self.with_marks(|m, desk| m.command(desk, c)),
                Effect::SaveMark(form) => self.with_marks(|m, desk| m.save(desk, *form)),
                Effect::MarkCounts(docs) => self.refresh_mark_counts(&docs),
                Effect::Open(panel) => self.panel = Some(panel),
                Effect::Cursor { doc, cursor } => {
                    if let Some(v) = self.views.get_mut(doc) {
                        v.cursor = cursor;
                    }
                }
                Effect::SelectPassage { doc, range } => {
                    if let (Some(Entry::Doc(d)), Some(v)) =
                        (self.corpus.entries.get(doc), self.views.get_mut(doc))
                    {
                        v.cursor.select(d, range);
                    }
                }
                Effect::Restore { doc, top, cursor } => self.restore_view(doc, top, cursor),
                Effect::Unsaved(choice) => self.choose(choice),
            }
        }
    }

    /// Whether anything (an overlay or a panel) covers the reader.
    pub fn covered(&self) -> bool {
        self.panel.is_some()
    }
}
