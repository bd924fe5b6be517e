//! What the user can ask for, independent of which key or click asked.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
    /// Ctrl-U and Ctrl-D: half a page in the reader, a page elsewhere.
    HalfPageUp,
    HalfPageDown,
    Top,
    Bottom,
    Open,
    Collapse,
    Expand,
    PrevSection,
    NextSection,
    ToggleFold,
    ToggleRaw,
    /// Focus the entities pane.
    Entities,
    /// Repeat the last find forward / backward (across documents).
    FindNext,
    FindPrev,
    /// Entities pane: this document or all documents.
    EntityScope,
    /// Entities pane: by mention count or by name.
    EntitySort,
    /// A digit: 0 means all types, 1–7 one type.
    TypeKey(u8),
    /// The reading cursor: next / previous word, sentence, paragraph.
    WordNext,
    WordPrev,
    SentenceNext,
    SentencePrev,
    ParagraphNext,
    ParagraphPrev,
    /// Start or end a selection at the cursor.
    Select,
    /// Mark the selection (or the sentence under the cursor).
    Mark,
    /// Copy what `Mark` would mark, with its citation, to the clipboard.
    Copy,
    /// Marks pane: change the label and note.
    EditMark,
    /// Marks pane: delete.
    Delete,
    /// Bring back the last deleted mark.
    Undo,
    /// Marks pane: the next reviewer to filter by.
    ReviewerFilter,
    /// Search this document as you type.
    Search,
    /// Search every document.
    SearchAll,
    /// Go to the other copy of a passage that appears in two documents.
    Duplicate,
    /// Compare side by side: the related passage (or the other copy) beside
    /// the text being read; again to close.
    Split,
    /// The reader alone, the full width, and back.
    Zoom,
    Close,
    Quit,
    Suspend,
    /// Open an overlay (the help, the timeline, the marks…): each is
    /// registered, with its key, in `panels`.
    Show(crate::tui::panels::Overlay),
    /// Draw the whole screen again, as if it were blank (after another
    /// program wrote over it).
    Redraw,
}

impl Action {
    /// Every action a key can be bound to in `keys.toml`, with its name
    /// there: the variant's name in snake_case. The names are part of the
    /// file format, so they stay as they are when a variant is renamed.
    /// `TypeKey` is not among them: its digit is the key itself; nor is
    /// `Show`, whose overlays are named where they are registered (see
    /// [`Action::named`]).
    pub const NAMED: &[(Action, &str)] = &[
        (Action::FocusNext, "focus_next"),
        (Action::FocusPrev, "focus_prev"),
        (Action::Up, "up"),
        (Action::Down, "down"),
        (Action::PageUp, "page_up"),
        (Action::PageDown, "page_down"),
        (Action::HalfPageUp, "half_page_up"),
        (Action::HalfPageDown, "half_page_down"),
        (Action::Top, "top"),
        (Action::Bottom, "bottom"),
        (Action::Open, "open"),
        (Action::Collapse, "collapse"),
        (Action::Expand, "expand"),
        (Action::PrevSection, "prev_section"),
        (Action::NextSection, "next_section"),
        (Action::ToggleFold, "toggle_fold"),
        (Action::ToggleRaw, "toggle_raw"),
        (Action::Entities, "entities"),
        (Action::FindNext, "find_next"),
        (Action::FindPrev, "find_prev"),
        (Action::EntityScope, "entity_scope"),
        (Action::EntitySort, "entity_sort"),
        (Action::WordNext, "word_next"),
        (Action::WordPrev, "word_prev"),
        (Action::SentenceNext, "sentence_next"),
        (Action::SentencePrev, "sentence_prev"),
        (Action::ParagraphNext, "paragraph_next"),
        (Action::ParagraphPrev, "paragraph_prev"),
        (Action::Select, "select"),
        (Action::Mark, "mark"),
        (Action::Copy, "copy"),
        (Action::EditMark, "edit_mark"),
        (Action::Delete, "delete"),
        (Action::Undo, "undo"),
        (Action::ReviewerFilter, "reviewer_filter"),
        (Action::Search, "search"),
        (Action::SearchAll, "search_all"),
        (Action::Duplicate, "duplicate"),
        (Action::Split, "split"),
        (Action::Zoom, "zoom"),
        (Action::Close, "close"),
        (Action::Quit, "quit"),
        (Action::Suspend, "suspend"),
        (Action::Redraw, "redraw"),
    ];

    /// Every action with its name in `keys.toml`: those above, and
    /// opening each overlay (named by its module in `panels`).
    pub fn named() -> impl Iterator<Item = (Action, &'static str)> {
        use crate::tui::panels::Overlay;
        Self::NAMED
            .iter()
            .copied()
            .chain(Overlay::ALL.iter().map(|&o| (Action::Show(o), o.name())))
    }

    /// The action `keys.toml` names so.
    pub fn from_name(name: &str) -> Option<Action> {
        Self::named().find(|(_, n)| *n == name).map(|(a, _)| a)
    }
}
