//! The key bindings: one table that both maps keys to actions and generates the
//! help overlay, so the help can never drift from what the keys do.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Code(code) => match code {
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                other => format!("{other:?}"),
            },
        }
    }

    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Char(c) => !ctrl && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && ev.code == KeyCode::Char(c),
            Key::Code(code) => ev.code == code,
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

use Key::{Char, Code, Ctrl};

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Code(KeyCode::Tab)],
        action: Action::FocusNext,
        help: "next pane",
    },
    Binding {
        keys: &[Code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        help: "previous pane",
    },
    Binding {
        keys: &[Char('j'), Code(KeyCode::Down)],
        action: Action::Down,
        help: "move down / scroll",
    },
    Binding {
        keys: &[Char('k'), Code(KeyCode::Up)],
        action: Action::Up,
        help: "move up / scroll",
    },
    Binding {
        keys: &[Code(KeyCode::PageDown), Char(' '), Ctrl('f')],
        action: Action::PageDown,
        help: "page down",
    },
    Binding {
        keys: &[Code(KeyCode::PageUp), Ctrl('b')],
        action: Action::PageUp,
        help: "page up",
    },
    Binding {
        keys: &[Ctrl('d')],
        action: Action::HalfPageDown,
        help: "half a page down",
    },
    Binding {
        keys: &[Ctrl('u')],
        action: Action::HalfPageUp,
        help: "half a page up",
    },
    Binding {
        keys: &[Char('g'), Code(KeyCode::Home)],
        action: Action::Top,
        help: "to the top",
    },
    Binding {
        keys: &[Char('G'), Code(KeyCode::End)],
        action: Action::Bottom,
        help: "to the end",
    },
    Binding {
        keys: &[Code(KeyCode::Enter)],
        action: Action::Open,
        help: "open document / section / footnote",
    },
    Binding {
        keys: &[Char('h'), Code(KeyCode::Left)],
        action: Action::Collapse,
        help: "collapse section (tree)",
    },
    Binding {
        keys: &[Char('l'), Code(KeyCode::Right)],
        action: Action::Expand,
        help: "expand section (tree)",
    },
    Binding {
        keys: &[Char('[')],
        action: Action::PrevSection,
        help: "previous section",
    },
    Binding {
        keys: &[Char(']')],
        action: Action::NextSection,
        help: "next section",
    },
    Binding {
        keys: &[Char('f')],
        action: Action::Footnotes,
        help: "footnotes",
    },
    Binding {
        keys: &[Char('z')],
        action: Action::ToggleFold,
        help: "fold / unfold boilerplate",
    },
    Binding {
        keys: &[Char('Z')],
        action: Action::Zoom,
        help: "zoom: the reader alone, the full width (again: back)",
    },
    Binding {
        keys: &[Char('r')],
        action: Action::ToggleRaw,
        help: "raw original text at this place",
    },
    Binding {
        keys: &[Char('e')],
        action: Action::Entities,
        help: "entities pane (Enter: where else it appears)",
    },
    Binding {
        keys: &[Char('n')],
        action: Action::FindNext,
        help: "next: last search match or entity mention",
    },
    Binding {
        keys: &[Char('N')],
        action: Action::FindPrev,
        help: "previous: last search match or entity mention",
    },
    Binding {
        keys: &[Char('a')],
        action: Action::EntityScope,
        help: "entities of this document / of all (entities pane)",
    },
    Binding {
        keys: &[Char('o')],
        action: Action::EntitySort,
        help: "order entities by count / by name (entities pane)",
    },
    Binding {
        keys: &[
            Char('0'),
            Char('1'),
            Char('2'),
            Char('3'),
            Char('4'),
            Char('5'),
            Char('6'),
            Char('7'),
        ],
        action: Action::TypeKey(0),
        help: "filter: type 1-7 (entities), label (marks); 0 all",
    },
    Binding {
        keys: &[Char('t')],
        action: Action::Highlight,
        help: "entity highlighting per type, or all",
    },
    Binding {
        keys: &[Char('w')],
        action: Action::WordNext,
        help: "cursor to the next word (grows a selection)",
    },
    Binding {
        keys: &[Char('b')],
        action: Action::WordPrev,
        help: "cursor to the previous word",
    },
    Binding {
        keys: &[Char('s'), Char(')')],
        action: Action::SentenceNext,
        help: "cursor to the next sentence",
    },
    Binding {
        keys: &[Char('(')],
        action: Action::SentencePrev,
        help: "cursor to the previous sentence",
    },
    Binding {
        keys: &[Char('p'), Char('}')],
        action: Action::ParagraphNext,
        help: "cursor to the next paragraph",
    },
    Binding {
        keys: &[Char('{')],
        action: Action::ParagraphPrev,
        help: "cursor to the previous paragraph",
    },
    Binding {
        keys: &[Char('v')],
        action: Action::Select,
        help: "start / end a selection (marks pane: re-place the mark)",
    },
    Binding {
        keys: &[Char('m')],
        action: Action::Mark,
        help: "mark the selection, or the sentence at the cursor",
    },
    Binding {
        keys: &[Char('y')],
        action: Action::Copy,
        help: "copy the passage at the cursor (or the selection) with its citation",
    },
    Binding {
        keys: &[Char('M')],
        action: Action::Marks,
        help: "marks pane (Enter: go to the passage)",
    },
    Binding {
        keys: &[Char('c')],
        action: Action::EditMark,
        help: "change a mark's label and note (marks pane)",
    },
    Binding {
        keys: &[Char('d')],
        action: Action::Delete,
        help: "delete a mark (marks pane)",
    },
    Binding {
        keys: &[Char('u')],
        action: Action::Undo,
        help: "undo the last delete",
    },
    Binding {
        keys: &[Char('@')],
        action: Action::ReviewerFilter,
        help: "filter marks by reviewer (marks pane)",
    },
    Binding {
        keys: &[Char('x')],
        action: Action::Export,
        help: "export the marks (Markdown, JSON, W3C, CSV)",
    },
    Binding {
        keys: &[Char('/')],
        action: Action::Search,
        help: "search this document (Ctrl-R regex, Ctrl-W words)",
    },
    Binding {
        keys: &[Char('S')],
        action: Action::SearchAll,
        help: "search all documents",
    },
    Binding {
        keys: &[Char('R')],
        action: Action::Related,
        help: "related passages in the other documents",
    },
    Binding {
        keys: &[Char('T')],
        action: Action::Timeline,
        help: "timeline: every dated statement in date order",
    },
    Binding {
        keys: &[Char('D')],
        action: Action::Duplicate,
        help: "go to the other copy of a repeated passage",
    },
    Binding {
        keys: &[Char('|')],
        action: Action::Split,
        help: "side by side with a related passage or copy (again: close)",
    },
    Binding {
        keys: &[Char('?')],
        action: Action::Help,
        help: "this help",
    },
    Binding {
        keys: &[Code(KeyCode::Esc)],
        action: Action::Close,
        help: "close overlay; clear the reading cursor and selection",
    },
    Binding {
        keys: &[Char('q'), Ctrl('c')],
        action: Action::Quit,
        help: "quit",
    },
    Binding {
        keys: &[Ctrl('z')],
        action: Action::Suspend,
        help: "suspend to the shell",
    },
];

pub fn action_for(ev: &KeyEvent) -> Option<Action> {
    let action = BINDINGS
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(ev)))
        .map(|b| b.action)?;
    Some(match (action, ev.code) {
        (Action::TypeKey(_), KeyCode::Char(c)) => Action::TypeKey(c.to_digit(10)? as u8),
        (a, _) => a,
    })
}

/// The keys bound to an action, as shown to the user ("j/↓").
pub fn keys_for(action: Action) -> String {
    BINDINGS
        .iter()
        .filter(|b| b.action == action)
        .map(|b| match b.action {
            Action::TypeKey(_) => "0-7".to_string(),
            _ => b
                .keys
                .iter()
                .map(|k| k.label())
                .collect::<Vec<_>>()
                .join("/"),
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_maps_to_one_action() {
        let mut seen = Vec::new();
        for b in BINDINGS {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
        let ev = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ev), Some(Action::Quit));
        assert_eq!(keys_for(Action::Down), "j/↓");
        let three = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(action_for(&three), Some(Action::TypeKey(3)));
        assert_eq!(keys_for(Action::TypeKey(0)), "0-7");
    }
}
