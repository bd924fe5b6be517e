//! What the user can ask for, independent of which key or click asked.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
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
    Help,
    Close,
    Quit,
    Suspend,
}
