//! The built-in key bindings, as data: a row a context, its keys, the
//! action they ask for, what the help says and what a hint says.
//!
//! The query line and the mark form take keys as text and handle them
//! themselves; their rows only describe those keys (a test holds each table
//! and its handler together).

use super::Context::{self, Entities, Form, Global, Marks, Navigation, QueryLine, Reader};
use super::Key::{self, Char, Code, Ctrl};
use crate::tui::action::Action;
use crossterm::event::KeyCode;
use std::borrow::Cow;

/// A row of the table: where it holds, its keys, what they ask for and
/// what the help and the hints say of them.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: Cow<'static, [Key]>,
    /// None: a key the query line or the form handles itself.
    pub action: Option<Action>,
    pub help: &'static str,
    /// What a hint says after the first key ("Tab pane"); empty: no hint.
    pub hint: &'static str,
}

/// A row: in `context`, `keys` ask for `action`; the help says `help`.
pub const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys: Cow::Borrowed(keys),
        action: Some(action),
        help,
        hint: "",
    }
}

/// A key the query line or the form takes itself.
const fn typed(context: Context, keys: &'static [Key], help: &'static str) -> Binding {
    Binding {
        context,
        keys: Cow::Borrowed(keys),
        action: None,
        help,
        hint: "",
    }
}

impl Binding {
    pub const fn hint(mut self, hint: &'static str) -> Binding {
        self.hint = hint;
        self
    }
}

const DIGITS: &[Key] = &[
    Char('0'),
    Char('1'),
    Char('2'),
    Char('3'),
    Char('4'),
    Char('5'),
    Char('6'),
    Char('7'),
];

/// The built-in keys: [`BINDINGS`], then the keys that open the overlays
/// (each registered with its overlay in `panels`).
pub fn built_in() -> Vec<Binding> {
    BINDINGS
        .iter()
        .cloned()
        .chain(crate::tui::panels::Overlay::ALL.iter().map(|o| o.binding()))
        .collect()
}

/// The built-in keys but the overlays', in the order the help lists them
/// within a context.
pub const BINDINGS: &[Binding] = &[
    bind(
        Global,
        &[Code(KeyCode::Tab)],
        Action::FocusNext,
        "next pane",
    )
    .hint("pane"),
    bind(
        Global,
        &[Code(KeyCode::BackTab)],
        Action::FocusPrev,
        "previous pane",
    ),
    bind(
        Global,
        &[Char('j'), Code(KeyCode::Down)],
        Action::Down,
        "move down / scroll",
    ),
    bind(
        Global,
        &[Char('k'), Code(KeyCode::Up)],
        Action::Up,
        "move up / scroll",
    ),
    bind(
        Global,
        &[Code(KeyCode::PageDown), Char(' '), Ctrl('f')],
        Action::PageDown,
        "page down",
    ),
    bind(
        Global,
        &[Code(KeyCode::PageUp), Ctrl('b')],
        Action::PageUp,
        "page up",
    ),
    bind(
        Global,
        &[Ctrl('d')],
        Action::HalfPageDown,
        "half a page down (lists: a page)",
    ),
    bind(
        Global,
        &[Ctrl('u')],
        Action::HalfPageUp,
        "half a page up (lists: a page)",
    ),
    bind(
        Global,
        &[Char('g'), Code(KeyCode::Home)],
        Action::Top,
        "to the top",
    ),
    bind(
        Global,
        &[Char('G'), Code(KeyCode::End)],
        Action::Bottom,
        "to the end",
    ),
    bind(
        Global,
        &[Code(KeyCode::Enter)],
        Action::Open,
        "open document / section / footnote / mention",
    ),
    bind(
        Global,
        &[Char('e')],
        Action::Entities,
        "entities pane (Enter: where else it appears)",
    ),
    bind(
        Global,
        &[Char('n')],
        Action::FindNext,
        "next: last search match or entity mention",
    ),
    bind(
        Global,
        &[Char('N')],
        Action::FindPrev,
        "previous: last search match or entity mention",
    ),
    bind(Global, &[Char('/')], Action::Search, "search this document"),
    bind(
        Global,
        &[Char('S')],
        Action::SearchAll,
        "search all documents",
    ),
    bind(
        Global,
        &[Char('u')],
        Action::Undo,
        "undo the last delete of a mark",
    ),
    bind(
        Global,
        &[Code(KeyCode::Esc)],
        Action::Close,
        "close overlay; clear the reading cursor and selection",
    ),
    bind(Global, &[Char('q'), Ctrl('c')], Action::Quit, "quit").hint("quit"),
    bind(
        Global,
        &[Ctrl('z')],
        Action::Suspend,
        "suspend to the shell",
    ),
    bind(
        Global,
        &[Ctrl('l')],
        Action::Redraw,
        "draw the whole screen again",
    ),
    bind(
        Reader,
        &[Char('[')],
        Action::PrevSection,
        "previous section",
    ),
    bind(Reader, &[Char(']')], Action::NextSection, "next section"),
    bind(
        Reader,
        &[Char('z')],
        Action::ToggleFold,
        "fold / unfold boilerplate",
    ),
    bind(
        Reader,
        &[Char('r')],
        Action::ToggleRaw,
        "raw original text at this place",
    ),
    bind(
        Reader,
        &[Char('Z')],
        Action::Zoom,
        "zoom: the reader alone, the full width (again: back)",
    ),
    bind(
        Reader,
        &[Char('w')],
        Action::WordNext,
        "cursor to the next word (grows a selection)",
    ),
    bind(
        Reader,
        &[Char('b')],
        Action::WordPrev,
        "cursor to the previous word",
    ),
    bind(
        Reader,
        &[Char('s'), Char(')')],
        Action::SentenceNext,
        "cursor to the next sentence",
    ),
    bind(
        Reader,
        &[Char('(')],
        Action::SentencePrev,
        "cursor to the previous sentence",
    ),
    bind(
        Reader,
        &[Char('p'), Char('}')],
        Action::ParagraphNext,
        "cursor to the next paragraph",
    ),
    bind(
        Reader,
        &[Char('{')],
        Action::ParagraphPrev,
        "cursor to the previous paragraph",
    ),
    bind(
        Reader,
        &[Char('v')],
        Action::Select,
        "start / end a selection",
    ),
    bind(
        Reader,
        &[Char('m')],
        Action::Mark,
        "mark the selection, or the sentence at the cursor",
    ),
    bind(
        Reader,
        &[Char('y')],
        Action::Copy,
        "copy the passage at the cursor (or the selection) with its citation",
    ),
    bind(
        Reader,
        &[Char('D')],
        Action::Duplicate,
        "go to the other copy of a repeated passage",
    ),
    bind(
        Reader,
        &[Char('|')],
        Action::Split,
        "side by side with a related passage or copy (again: close)",
    ),
    bind(
        Navigation,
        &[Char('h'), Code(KeyCode::Left)],
        Action::Collapse,
        "collapse a section",
    ),
    bind(
        Navigation,
        &[Char('l'), Code(KeyCode::Right)],
        Action::Expand,
        "expand a section; open a document",
    ),
    bind(
        Entities,
        &[Char('a')],
        Action::EntityScope,
        "entities of this document / of all",
    ),
    bind(
        Entities,
        &[Char('o')],
        Action::EntitySort,
        "order by count / by name",
    ),
    bind(
        Entities,
        DIGITS,
        Action::TypeKey(0),
        "filter by type: 1-7 one type, 0 all (t menu: highlight)",
    ),
    bind(
        Marks,
        &[Char('c')],
        Action::EditMark,
        "change a mark's label and note",
    )
    .hint("change"),
    bind(
        Marks,
        &[Char('v')],
        Action::Select,
        "re-place a mark: select its new passage, then m",
    )
    .hint("re-place"),
    bind(Marks, &[Char('d')], Action::Delete, "delete a mark").hint("delete"),
    bind(
        Marks,
        DIGITS,
        Action::TypeKey(0),
        "filter by label: 1-7 one label, 0 all (x menu: format)",
    )
    .hint("label"),
    bind(
        Marks,
        &[Char('a')],
        Action::EntityScope,
        "marks of this document / of all",
    )
    .hint("doc"),
    bind(
        Marks,
        &[Char('@')],
        Action::ReviewerFilter,
        "filter by reviewer",
    )
    .hint("reviewer"),
    typed(QueryLine, &[Ctrl('r')], "regular expression on / off").hint("regex"),
    typed(QueryLine, &[Ctrl('w')], "whole words only on / off").hint("words"),
    typed(QueryLine, &[Ctrl('b')], "folded boilerplate too, on / off").hint("folded too"),
    typed(
        QueryLine,
        &[Code(KeyCode::Enter)],
        "keep the matches for n/N (nothing typed: the last search again)",
    )
    .hint("keep"),
    typed(
        QueryLine,
        &[Code(KeyCode::Esc)],
        "drop the search, back to where it began",
    )
    .hint("drop"),
    typed(QueryLine, &[Ctrl('u')], "clear the query"),
    typed(
        QueryLine,
        &[Code(KeyCode::Backspace)],
        "delete the last character",
    ),
    typed(
        QueryLine,
        &[Code(KeyCode::Down), Code(KeyCode::Tab)],
        "next match / result",
    ),
    typed(
        QueryLine,
        &[Code(KeyCode::Up), Code(KeyCode::BackTab)],
        "previous match / result",
    ),
    typed(
        QueryLine,
        &[Code(KeyCode::PageDown)],
        "a page of results on",
    ),
    typed(
        QueryLine,
        &[Code(KeyCode::PageUp)],
        "a page of results back",
    ),
    typed(Form, &[Ctrl('s')], "save the mark").hint("save"),
    typed(
        Form,
        &[Code(KeyCode::Esc)],
        "cancel (a typed note: asks first, y drops it, n goes back)",
    )
    .hint("cancel"),
    typed(
        Form,
        &[Code(KeyCode::Tab), Code(KeyCode::BackTab)],
        "the other field: label or note",
    )
    .hint("field"),
    typed(
        Form,
        &[Code(KeyCode::Left), Code(KeyCode::Up), Char('h'), Char('k')],
        "label: the previous one",
    ),
    typed(
        Form,
        &[
            Code(KeyCode::Right),
            Code(KeyCode::Down),
            Char('l'),
            Char('j'),
        ],
        "label: the next one",
    ),
    typed(
        Form,
        &[
            Char('1'),
            Char('2'),
            Char('3'),
            Char('4'),
            Char('5'),
            Char('6'),
            Char('7'),
            Char('8'),
            Char('9'),
        ],
        "label: the one of that number",
    ),
    typed(
        Form,
        &[Code(KeyCode::Enter)],
        "label: on to the note (in the note: a new line)",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_name_and_a_key() {
        let all = built_in();
        let named: Vec<(Action, &str)> = Action::named().collect();
        for b in &all {
            if let Some(a) = b.action.filter(|a| !matches!(a, Action::TypeKey(_))) {
                assert!(named.iter().any(|(n, _)| *n == a), "{a:?}");
            }
        }
        for (i, (a, name)) in named.iter().enumerate() {
            assert!(all.iter().any(|b| b.action == Some(*a)), "{name}");
            assert_eq!(Action::from_name(name), Some(*a));
            assert!(!named[..i].iter().any(|(_, n)| n == name), "{name}");
        }
    }
}
