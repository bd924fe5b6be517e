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
    Footnotes,
    ToggleFold,
    ToggleRaw,
    /// Focus the entities pane.
    Entities,
    /// Choose which entity types are highlighted.
    Highlight,
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
    /// The marks pane.
    Marks,
    /// Marks pane: change the label and note.
    EditMark,
    /// Marks pane: delete.
    Delete,
    /// Bring back the last deleted mark.
    Undo,
    /// Marks pane: the next reviewer to filter by.
    ReviewerFilter,
    /// Write the marks to a file.
    Export,
    /// Search this document as you type.
    Search,
    /// Search every document.
    SearchAll,
    /// Passages in other documents on the same thing.
    Related,
    /// Every dated statement in date order.
    Timeline,
    /// Go to the other copy of a passage that appears in two documents.
    Duplicate,
    /// Compare side by side: the related passage (or the other copy) beside
    /// the text being read; again to close.
    Split,
    /// The reader alone, the full width, and back.
    Zoom,
    Help,
    Close,
    Quit,
    Suspend,
}
