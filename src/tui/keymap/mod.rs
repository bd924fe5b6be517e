//! The keys: which action each key asks for, where. The bindings are data
//! (as yazi keeps its keymap): one table of rows, each a context, its keys,
//! the action they ask for and what the help says. Keys are looked up in it,
//! and the help overlay, the hints and the status bar's key reminders are all
//! made from it, so none of them can drift from what the keys do.
//!
//! - this module: the [`Context`]s, which of them are [`live`] in each state
//!   of the app, and the [`Keymap`] in effect with its lookups;
//! - `bindings`: the built-in table, [`BINDINGS`];
//! - `key`: a [`Key`], its name in `keys.toml` and its label on screen;
//! - `keys_file`: the user's `keys.toml`, which may rebind keys (see
//!   [`Keymap::from_toml`]).

mod bindings;
mod key;
mod keys_file;
#[cfg(test)]
mod tests;

pub use bindings::{BINDINGS, Binding, bind, built_in};
pub use key::{Key, label_keys};
pub use keys_file::KEYS_FILE;

use super::action::Action;
use super::app::Pane;
use crossterm::event::{KeyCode, KeyEvent};
use key::key_labels;

/// Where a binding holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere a key is a command: every pane and overlay.
    Global,
    /// The reader; its keys also work from the other panes of the main
    /// view (they move the reading cursor and focus the reader).
    Reader,
    /// The documents list and the section tree.
    Navigation,
    /// The entities pane, and the overlays about entities.
    Entities,
    /// The marks pane and the export menu.
    Marks,
    /// Typing a search (handled by `SearchView::key`).
    QueryLine,
    /// The mark form (handled by `MarkForm::handle`).
    Form,
}

impl Context {
    /// In the order the help lists them.
    pub const ALL: [Context; 7] = [
        Context::Global,
        Context::Reader,
        Context::Navigation,
        Context::Entities,
        Context::Marks,
        Context::QueryLine,
        Context::Form,
    ];

    /// Its table in `keys.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Reader => "reader",
            Context::Navigation => "navigation",
            Context::Entities => "entities",
            Context::Marks => "marks",
            Context::QueryLine => "query_line",
            Context::Form => "form",
        }
    }

    /// Its heading in the help.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Reader => "Reading (from any pane)",
            Context::Navigation => "Documents and sections",
            Context::Entities => "Entities",
            Context::Marks => "Marks",
            Context::QueryLine => "Typing a search",
            Context::Form => "The mark form",
        }
    }

    /// Whether `keys.toml` may rebind its keys: not those of the query line
    /// and the form, which take keys as text.
    pub fn rebindable(self) -> bool {
        !matches!(self, Context::QueryLine | Context::Form)
    }
}

/// The contexts whose keys are live, the one to win first. In the main
/// view: the focused pane's, then the reader's, then the global ones. Under
/// an overlay or a panel: the contexts it names (its own and the global
/// ones; see [`overlay_contexts`] and `Panel::contexts`).
pub fn live(cover: Option<&'static [Context]>, focus: Pane) -> &'static [Context] {
    use Context::*;
    match cover {
        Some(contexts) => contexts,
        None => match focus {
            Pane::Reader | Pane::Split => &[Reader, Global],
            Pane::List | Pane::Tree => &[Navigation, Reader, Global],
            Pane::Entities => &[Entities, Reader, Global],
        },
    }
}

/// The keys in effect: the built-in table with the user's `keys.toml`
/// applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: built_in(),
        }
    }
}

impl Keymap {
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The rows of a context, in the help's order.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.context == context)
    }

    /// The action a key asks for where `live` contexts hold (see [`live`]).
    pub fn action_for(&self, live: &[Context], ev: &KeyEvent) -> Option<Action> {
        let binding = live.iter().find_map(|&c| {
            self.in_context(c)
                .find(|b| b.keys.iter().any(|k| k.matches(ev)))
        })?;
        Some(match (binding.action?, ev.code) {
            (Action::TypeKey(_), KeyCode::Char(c)) => Action::TypeKey(c.to_digit(10)? as u8),
            (a, _) => a,
        })
    }

    /// The keys bound to an action in any context, as shown to the user
    /// ("j/↓").
    pub fn keys_for(&self, action: Action) -> String {
        label_keys(&self.keys_of(action))
    }

    /// The first key bound to an action ("j"), as hints name it.
    pub fn key_for(&self, action: Action) -> String {
        key_labels(&self.keys_of(action))
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    fn keys_of(&self, action: Action) -> Vec<Key> {
        let mut keys: Vec<Key> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.action == Some(action)) {
            for k in b.keys.iter() {
                if !keys.contains(k) {
                    keys.push(*k);
                }
            }
        }
        keys
    }

    /// The hints of a context, each its first key and a word: "Tab pane",
    /// "0-7 label".
    pub fn hints(&self, context: Context) -> Vec<String> {
        let mut rows: Vec<&Binding> = self
            .in_context(context)
            .filter(|b| !b.hint.is_empty())
            .collect();
        // What quits is named last, where people look for it.
        rows.sort_by_key(|b| b.action == Some(Action::Quit));
        rows.into_iter()
            .filter_map(|b| {
                let key = key_labels(&b.keys).into_iter().next()?;
                Some(format!("{key} {}", b.hint))
            })
            .collect()
    }
}
