//! The key bindings, kept as data (as yazi keeps its keymap): one table of
//! rows, each a context, its keys, the action they ask for and what the help
//! says. The table maps keys to actions, and the help overlay, the hints and
//! the status bar's key reminders are all made from it, so none of them can
//! drift from what the keys do.
//!
//! The query line and the mark form take keys as text and handle them
//! themselves; their rows only describe those keys (a test holds each table
//! and its handler together).
//!
//! The user's `keys.toml` in the configuration folder may rebind keys: see
//! [`Keymap::from_toml`].

use super::action::Action;
use super::app::{Overlay, Pane};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;
use std::path::Path;

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

/// The contexts live under an overlay that is not a panel yet.
pub fn overlay_contexts(overlay: &Overlay) -> &'static [Context] {
    use Context::*;
    match overlay {
        Overlay::SearchResults => &[Global],
        Overlay::Marks { .. } => &[Marks, Global],
        // These take keys before they are looked up (`App::handle_key`).
        Overlay::MarkForm => &[Form],
        Overlay::Unsaved { .. } => &[],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

/// The key names `keys.toml` knows besides single characters and `ctrl-`.
const NAMED_KEYS: [(&str, KeyCode); 15] = [
    ("tab", KeyCode::Tab),
    ("shift-tab", KeyCode::BackTab),
    ("backtab", KeyCode::BackTab),
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("delete", KeyCode::Delete),
];

/// What `keys.toml` takes as a key, for its error messages.
const KEY_SYNTAX: &str = "write \"j\", \"J\", \"ctrl-e\", \"space\", \"tab\", \"shift-tab\", \
     \"enter\", \"esc\", \"up\", \"pgdn\", \"home\", \"f5\"…";

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(' ') => "Ctrl-Space".into(),
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
                KeyCode::F(n) => format!("F{n}"),
                other => format!("{other:?}"),
            },
        }
    }

    pub fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Char(c) => !ctrl && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && ev.code == KeyCode::Char(c),
            Key::Code(code) => ev.code == code,
        }
    }

    /// A key as `keys.toml` writes it: "j", "J", "/", "ctrl-e", "space",
    /// "tab", "shift-tab", "pgdn", "f5"… (names in any case).
    pub fn parse(s: &str) -> Option<Key> {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(Key::Char(c));
        }
        let lower = s.to_lowercase();
        if lower == "space" {
            return Some(Key::Char(' '));
        }
        if let Some(rest) = lower.strip_prefix("ctrl-") {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Some(Key::Ctrl(c)),
                _ if rest == "space" => Some(Key::Ctrl(' ')),
                _ => None,
            };
        }
        if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            return (1..=12).contains(&n).then_some(Key::Code(KeyCode::F(n)));
        }
        NAMED_KEYS
            .iter()
            .find(|(name, _)| *name == lower)
            .map(|&(_, code)| Key::Code(code))
    }
}

/// Keys as the help shows them: "j/↓", and a run of digits as "0-7".
pub fn label_keys(keys: &[Key]) -> String {
    key_labels(keys).join("/")
}

/// Each key's label, a run of three digits or more as one ("0-7").
fn key_labels(keys: &[Key]) -> Vec<String> {
    let digit = |k: &Key| match k {
        Key::Char(c) => c.to_digit(10),
        _ => None,
    };
    let mut labels = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        let run = match digit(&keys[i]) {
            Some(d) => keys[i..]
                .iter()
                .zip(d..)
                .take_while(|(k, want)| digit(k) == Some(*want))
                .count(),
            None => 0,
        };
        if run >= 3 {
            labels.push(format!("{}-{}", keys[i].label(), keys[i + run - 1].label()));
            i += run;
        } else {
            labels.push(keys[i].label());
            i += 1;
        }
    }
    labels
}

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

const fn bind(
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
    const fn hint(mut self, hint: &'static str) -> Binding {
        self.hint = hint;
        self
    }
}

use Context::{Entities, Form, Global, Marks, Navigation, QueryLine, Reader};
use Key::{Char, Code, Ctrl};

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

/// The built-in keys, in the order the help lists them within a context.
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
        &[Char('t')],
        Action::Highlight,
        "entity highlighting per type, or all",
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
        &[Char('R')],
        Action::Related,
        "related passages in the other documents",
    ),
    bind(
        Global,
        &[Char('T')],
        Action::Timeline,
        "timeline: every dated statement in date order",
    ),
    bind(
        Global,
        &[Char('M')],
        Action::Marks,
        "marks pane (Enter: go to the passage)",
    ),
    bind(
        Global,
        &[Char('u')],
        Action::Undo,
        "undo the last delete of a mark",
    ),
    bind(
        Global,
        &[Char('x')],
        Action::Export,
        "export the marks (Markdown, JSON, W3C, CSV)",
    ),
    bind(Global, &[Char('?')], Action::Help, "this help").hint("help"),
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
        Reader,
        &[Char('[')],
        Action::PrevSection,
        "previous section",
    ),
    bind(Reader, &[Char(']')], Action::NextSection, "next section"),
    bind(Reader, &[Char('f')], Action::Footnotes, "footnotes"),
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
    typed(QueryLine, &[Code(KeyCode::PageDown)], "ten results on"),
    typed(QueryLine, &[Code(KeyCode::PageUp)], "ten results back"),
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

/// The keys in effect: the built-in table with the user's `keys.toml`
/// applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: BINDINGS.to_vec(),
        }
    }
}

/// The action `keys.toml` names, forgiving case, `-` for `_` and a
/// missing `_` ("PageDown", "page-down"); else what to say, with the name
/// meant when it is one or two letters off.
fn action_named(name: &str) -> Result<Action, String> {
    let plain = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let wanted = plain(name);
    if let Some(&(a, _)) = Action::NAMED.iter().find(|(_, n)| plain(n) == wanted) {
        return Ok(a);
    }
    let near = Action::NAMED
        .iter()
        .map(|(_, n)| (edit_distance(&plain(n), &wanted), *n))
        .filter(|(d, _)| *d <= 2 && 2 * d <= wanted.chars().count())
        .min();
    Err(match near {
        Some((_, n)) => format!("no action {name:?}; did you mean {n:?}?"),
        None => format!("no action {name:?} (the README lists the names)"),
    })
}

/// Levenshtein distance, for suggesting a name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The file in the configuration folder that rebinds keys.
pub const KEYS_FILE: &str = "keys.toml";

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
        self.in_context(context)
            .filter(|b| !b.hint.is_empty())
            .filter_map(|b| {
                let key = key_labels(&b.keys).into_iter().next()?;
                Some(format!("{key} {}", b.hint))
            })
            .collect()
    }

    /// The keys of the configuration folder's `keys.toml` (the built-in
    /// ones when there is none), and what to tell the user when it could
    /// not be used.
    pub fn load() -> (Keymap, Option<String>) {
        match crate::config::config_dir() {
            Some(dir) => Keymap::load_file(&dir.join(KEYS_FILE)),
            None => (Keymap::default(), None),
        }
    }

    /// The keys of a `keys.toml`: the built-in ones when it does not exist,
    /// and when it cannot be read or is wrong, with a message that names
    /// the file and the line.
    pub fn load_file(path: &Path) -> (Keymap, Option<String>) {
        let label = path.display().to_string();
        let result = match std::fs::read_to_string(path) {
            Ok(text) => Keymap::from_toml(&label, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::default()),
            Err(e) => Err(format!("{label} cannot be read: {e}")),
        };
        match result {
            Ok(keymap) => (keymap, None),
            Err(e) => (
                Keymap::default(),
                Some(format!("{e} (the default keys are in use)")),
            ),
        }
    }

    /// The built-in keys with a `keys.toml` applied: a table per context
    /// (`[global]`, `[reader]`, `[navigation]`, `[entities]`, `[marks]`),
    /// each line `"key" = "action"` (see [`Key::parse`],
    /// [`Action::NAMED`]). A key bound so is taken from what it did in that
    /// table (in `[global]`: in every table) and becomes the action's first
    /// key there; the action keeps its other keys. `"none"` only unbinds
    /// the key. The first mistake in the file is the error, naming the line.
    pub fn from_toml(label: &str, text: &str) -> Result<Keymap, String> {
        let at = |offset: usize, message: &str| {
            let line = text[..offset.min(text.len())].matches('\n').count() + 1;
            format!("{label}, line {line}: {message}")
        };
        let doc = toml::de::DeTable::parse(text).map_err(|e| match e.span() {
            Some(span) => at(span.start, e.message().trim()),
            None => format!("{label}: {}", e.message().trim()),
        })?;
        let mut problems: Vec<(usize, String)> = Vec::new();
        let mut wanted: Vec<(bool, usize, Context, Key, Option<Action>)> = Vec::new();
        let tables = Context::ALL
            .iter()
            .filter(|c| c.rebindable())
            .map(|c| format!("[{}]", c.name()))
            .collect::<Vec<_>>()
            .join(", ");
        for (name, value) in doc.get_ref() {
            let start = name.span().start;
            let (context, toml::de::DeValue::Table(rows)) = (
                Context::ALL.iter().find(|c| c.name() == name.get_ref()),
                value.get_ref(),
            ) else {
                problems.push((
                    start,
                    format!(
                        "{:?} is not a table of keys: write the keys under one of {tables}",
                        name.get_ref()
                    ),
                ));
                continue;
            };
            let context = match context {
                Some(c) if c.rebindable() => *c,
                Some(c) => {
                    problems.push((
                        start,
                        format!(
                            "the keys of [{}] cannot be changed (they type text)",
                            c.name()
                        ),
                    ));
                    continue;
                }
                None => {
                    problems.push((
                        start,
                        format!("no table [{}]: the tables are {tables}", name.get_ref()),
                    ));
                    continue;
                }
            };
            for (key, action) in rows {
                let start = key.span().start;
                let Some(k) = Key::parse(key.get_ref()) else {
                    problems.push((
                        start,
                        format!("{:?} is not a key: {KEY_SYNTAX}", key.get_ref()),
                    ));
                    continue;
                };
                let a = match action.get_ref().as_str() {
                    Some("none") => None,
                    Some(name) => match action_named(name) {
                        Ok(a) => Some(a),
                        Err(e) => {
                            problems.push((action.span().start, e));
                            continue;
                        }
                    },
                    None => {
                        problems.push((
                            action.span().start,
                            format!(
                                "the action of {:?} is to be a name in quotes, such as \"down\"",
                                key.get_ref()
                            ),
                        ));
                        continue;
                    }
                };
                if k == Key::Ctrl('c') && a != Some(Action::Quit) {
                    problems.push((start, "ctrl-c always quits".into()));
                    continue;
                }
                wanted.push((context != Context::Global, start, context, k, a));
            }
        }
        problems.sort();
        if let Some((offset, message)) = problems.first() {
            let more = match problems.len() - 1 {
                0 => String::new(),
                n => format!(" (and {n} more)"),
            };
            return Err(at(*offset, &format!("{message}{more}")));
        }
        // The global table first: the others may take its keys back.
        wanted.sort_by_key(|w| (w.0, w.1));
        let mut keymap = Keymap::default();
        for (_, _, context, key, action) in wanted {
            keymap.bind(context, key, action);
        }
        Ok(keymap)
    }

    /// Binds `key` to `action` in `context` (None: to nothing).
    fn bind(&mut self, context: Context, key: Key, action: Option<Action>) {
        for b in self
            .bindings
            .iter_mut()
            .filter(|b| context == Context::Global || b.context == context)
        {
            if b.keys.contains(&key) {
                b.keys.to_mut().retain(|k| *k != key);
            }
        }
        self.bindings.retain(|b| !b.keys.is_empty());
        let Some(action) = action else { return };
        if let Some(b) = self
            .bindings
            .iter_mut()
            .find(|b| b.context == context && b.action == Some(action))
        {
            b.keys.to_mut().insert(0, key);
            return;
        }
        // Not bound in this context before: it says what it says elsewhere.
        let help = BINDINGS
            .iter()
            .find(|b| b.action == Some(action))
            .map_or("", |b| b.help);
        let at = self
            .bindings
            .iter()
            .rposition(|b| b.context == context)
            .map_or(self.bindings.len(), |i| i + 1);
        self.bindings.insert(
            at,
            Binding {
                context,
                keys: Cow::Owned(vec![key]),
                action: Some(action),
                help,
                hint: "",
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::mark_form::{Field, FormOutcome, FormTarget, MarkForm};
    use crate::tui::panel::{Panel, Picker};
    use crate::tui::panels::{
        export::ExportPanel, footnotes::FootnotesPanel, help::HelpPanel, highlight::HighlightPanel,
        occurrences::OccurrencesPanel, related::RelatedPanel, timeline::TimelinePanel,
    };
    use crate::tui::search_view::{Edit, Scope, SearchView};

    const COMMANDS: [Context; 5] = [Global, Reader, Navigation, Entities, Marks];

    fn ev(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// A key as the terminal reports it.
    fn event(k: Key) -> KeyEvent {
        match k {
            Key::Char(c) => ev(KeyCode::Char(c)),
            Key::Ctrl(c) => ctrl(c),
            Key::Code(code) => ev(code),
        }
    }

    /// The states of the app that look keys up, and what is live in each.
    fn states() -> Vec<&'static [Context]> {
        let covers: Vec<&'static [Context]> = vec![
            HelpPanel::default().contexts(),
            footnotes().contexts(),
            HighlightPanel.contexts(),
            occurrences().contexts(),
            overlay_contexts(&Overlay::Marks { selected: 0 }),
            ExportPanel.contexts(),
            overlay_contexts(&Overlay::SearchResults),
            related().contexts(),
            TimelinePanel {
                picker: Picker::default(),
            }
            .contexts(),
        ];
        let panes = [
            Pane::List,
            Pane::Tree,
            Pane::Entities,
            Pane::Reader,
            Pane::Split,
        ];
        panes
            .iter()
            .map(|&p| live(None, p))
            .chain(covers.into_iter().map(|c| live(Some(c), Pane::Reader)))
            .collect()
    }

    fn footnotes() -> FootnotesPanel {
        FootnotesPanel {
            doc: 0,
            picker: Picker::default(),
        }
    }

    fn occurrences() -> OccurrencesPanel {
        OccurrencesPanel {
            entity: 0,
            picker: Picker::default(),
        }
    }

    fn related() -> RelatedPanel {
        RelatedPanel {
            items: Vec::new(),
            picker: Picker::default(),
        }
    }

    #[test]
    fn every_key_maps_to_one_action() {
        let map = Keymap::default();
        // Within a context, a key is bound once; across the contexts of
        // commands, always to the same action, so a key means one thing.
        for context in Context::ALL {
            let mut seen = Vec::new();
            for b in map.in_context(context) {
                for k in b.keys.iter() {
                    assert!(!seen.contains(k), "{k:?} bound twice in {context:?}");
                    seen.push(*k);
                }
            }
        }
        let mut meaning: Vec<(Key, Action)> = Vec::new();
        for b in BINDINGS.iter().filter(|b| COMMANDS.contains(&b.context)) {
            let action = b.action.expect("commands have actions");
            for &k in b.keys.iter() {
                match meaning.iter().find(|(m, _)| *m == k) {
                    Some((_, a)) => assert_eq!(*a, action, "{k:?} means two things"),
                    None => meaning.push((k, action)),
                }
            }
        }
        let reader = live(None, Pane::Reader);
        assert_eq!(map.action_for(reader, &ctrl('c')), Some(Action::Quit));
        assert_eq!(map.keys_for(Action::Down), "j/↓");
        let three = ev(KeyCode::Char('3'));
        let entities = live(None, Pane::Entities);
        assert_eq!(map.action_for(entities, &three), Some(Action::TypeKey(3)));
        assert_eq!(map.keys_for(Action::TypeKey(0)), "0-7");
        assert_eq!(map.keys_for(Action::Select), "v");
        assert_eq!(map.hints(Global), ["Tab pane", "? help", "q quit"]);
    }

    /// Contexts only narrow what a key does: where a key is live it asks
    /// for what it asked for when all keys were one table, and every state
    /// reaches the keys its handler uses.
    #[test]
    fn contexts_keep_what_each_key_does() {
        let map = Keymap::default();
        for live in states() {
            for b in BINDINGS.iter().filter(|b| COMMANDS.contains(&b.context)) {
                for &k in b.keys.iter() {
                    let got = map.action_for(live, &event(k));
                    let before = map.action_for(&COMMANDS, &event(k));
                    assert!(got.is_none() || got == before, "{k:?} in {live:?}");
                }
            }
        }
        let key = |cover: Option<&'static [Context]>, focus, c| {
            map.action_for(live(cover, focus), &ev(KeyCode::Char(c)))
        };
        // The reader's keys work from the other panes.
        assert_eq!(key(None, Pane::List, 'w'), Some(Action::WordNext));
        assert_eq!(key(None, Pane::Entities, ']'), Some(Action::NextSection));
        assert_eq!(key(None, Pane::Tree, 'h'), Some(Action::Collapse));
        assert_eq!(key(None, Pane::Reader, 'h'), None);
        assert_eq!(key(None, Pane::Entities, 'a'), Some(Action::EntityScope));
        assert_eq!(key(None, Pane::Reader, 'a'), None);
        let footnotes = Some(footnotes().contexts());
        assert_eq!(key(footnotes, Pane::Reader, 'f'), Some(Action::Footnotes));
        let related = Some(related().contexts());
        assert_eq!(key(related, Pane::Reader, '|'), Some(Action::Split));
        assert_eq!(
            key(Some(HighlightPanel.contexts()), Pane::Reader, '3'),
            Some(Action::TypeKey(3))
        );
        assert_eq!(
            key(Some(ExportPanel.contexts()), Pane::Reader, '2'),
            Some(Action::TypeKey(2))
        );
        let marks = || Some(overlay_contexts(&Overlay::Marks { selected: 0 }));
        for (c, a) in [
            ('c', Action::EditMark),
            ('d', Action::Delete),
            ('v', Action::Select),
            ('a', Action::EntityScope),
            ('@', Action::ReviewerFilter),
            ('u', Action::Undo),
            ('M', Action::Marks),
            ('j', Action::Down),
        ] {
            assert_eq!(key(marks(), Pane::Reader, c), Some(a), "{c}");
        }
        assert_eq!(key(marks(), Pane::Reader, 'w'), None);
    }

    #[test]
    fn every_action_has_a_name_and_a_key() {
        for b in BINDINGS {
            if let Some(a) = b.action.filter(|a| !matches!(a, Action::TypeKey(_))) {
                assert!(Action::NAMED.iter().any(|(n, _)| *n == a), "{a:?}");
            }
        }
        for (i, (a, name)) in Action::NAMED.iter().enumerate() {
            assert!(BINDINGS.iter().any(|b| b.action == Some(*a)), "{name}");
            assert_eq!(Action::from_name(name), Some(*a));
            assert!(!Action::NAMED[..i].iter().any(|(_, n)| n == name), "{name}");
        }
    }

    #[test]
    fn keys_parse_as_written() {
        assert_eq!(Key::parse("j"), Some(Char('j')));
        assert_eq!(Key::parse("J"), Some(Char('J')));
        assert_eq!(Key::parse("/"), Some(Char('/')));
        assert_eq!(Key::parse("-"), Some(Char('-')));
        assert_eq!(Key::parse("ctrl-e"), Some(Ctrl('e')));
        assert_eq!(Key::parse("Ctrl-E"), Some(Ctrl('e')));
        assert_eq!(Key::parse("ctrl--"), Some(Ctrl('-')));
        assert_eq!(Key::parse("space"), Some(Char(' ')));
        assert_eq!(Key::parse("Tab"), Some(Code(KeyCode::Tab)));
        assert_eq!(Key::parse("shift-tab"), Some(Code(KeyCode::BackTab)));
        assert_eq!(Key::parse("backtab"), Some(Code(KeyCode::BackTab)));
        for (name, code) in [
            ("enter", KeyCode::Enter),
            ("esc", KeyCode::Esc),
            ("up", KeyCode::Up),
            ("down", KeyCode::Down),
            ("left", KeyCode::Left),
            ("right", KeyCode::Right),
            ("pgup", KeyCode::PageUp),
            ("pgdn", KeyCode::PageDown),
            ("home", KeyCode::Home),
            ("end", KeyCode::End),
            ("f1", KeyCode::F(1)),
            ("F12", KeyCode::F(12)),
        ] {
            assert_eq!(Key::parse(name), Some(Code(code)), "{name}");
        }
        for bad in [
            "", "f13", "f0", "ctrl-", "ctrl-ab", "alt-x", "jj", "pagedwn",
        ] {
            assert_eq!(Key::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Key::parse("f5").unwrap().label(), "F5");
        assert_eq!(Key::parse("ctrl-e").unwrap().label(), "Ctrl-E");
        let digits = [0, 1, 2, 4, 5, 6, 7].map(|d| Char(char::from(b'0' + d)));
        assert_eq!(label_keys(&digits), "0-2/4-7");
        assert_eq!(label_keys(&[Char('1'), Char('2'), Char('/')]), "1/2//");
    }

    fn from_toml(text: &str) -> Result<Keymap, String> {
        Keymap::from_toml("keys.toml", text)
    }

    #[test]
    fn a_keys_file_rebinds_keys_per_context() {
        let map = from_toml(
            "# mine\n[reader]\n\"ctrl-e\" = \"down\"\n\"J\" = \"PageDown\"\n\
             \"z\" = \"none\"\n\n[global]\n\"Q\" = \"quit\"\n\"w\" = \"help\"\n",
        )
        .unwrap();
        let reader = live(None, Pane::Reader);
        let list = live(None, Pane::List);
        assert_eq!(map.action_for(reader, &ctrl('e')), Some(Action::Down));
        let big_j = ev(KeyCode::Char('J'));
        assert_eq!(map.action_for(reader, &big_j), Some(Action::PageDown));
        // The reader's keys hold in the main view, not in an overlay.
        assert_eq!(map.action_for(list, &big_j), Some(Action::PageDown));
        let help = HelpPanel::default().contexts();
        assert_eq!(map.action_for(live(Some(help), Pane::Reader), &big_j), None);
        // The defaults stay, unless taken.
        assert_eq!(
            map.action_for(reader, &ev(KeyCode::Char('j'))),
            Some(Action::Down)
        );
        assert_eq!(map.action_for(reader, &ev(KeyCode::Char('z'))), None);
        let q = ev(KeyCode::Char('Q'));
        assert_eq!(map.action_for(&[Global], &q), Some(Action::Quit));
        assert_eq!(map.keys_for(Action::Quit), "Q/q/Ctrl-C");
        assert_eq!(map.hints(Global), ["Tab pane", "w help", "Q quit"]);
        // A key bound in [global] is taken from every context.
        let w = ev(KeyCode::Char('w'));
        assert_eq!(map.action_for(reader, &w), Some(Action::Help));
        assert!(
            !map.bindings()
                .iter()
                .any(|b| b.action == Some(Action::WordNext))
        );
        // The help lists the new keys under their context.
        let rows: Vec<String> = map
            .in_context(Reader)
            .map(|b| format!("{} {}", label_keys(&b.keys), b.help))
            .collect();
        assert!(
            rows.contains(&"Ctrl-E move down / scroll".to_string()),
            "{rows:?}"
        );
        assert!(rows.contains(&"J page down".to_string()), "{rows:?}");
        assert!(
            !rows.iter().any(|r| r.contains("fold / unfold")),
            "{rows:?}"
        );
        // An empty file is the defaults.
        let empty = from_toml("").unwrap();
        assert_eq!(empty.bindings().len(), BINDINGS.len());
    }

    #[test]
    fn a_wrong_keys_file_names_the_line() {
        let cases = [
            ("[reader]\n\"j\" = \"down\n", 2, "keys.toml, line 2: "),
            (
                "[reader]\n\"j\" = \"down\"\n\"j\" = \"up\"\n",
                3,
                "duplicate",
            ),
            ("\n[readr]\n\"j\" = \"down\"\n", 2, "no table [readr]"),
            ("[reader]\n\"j\" = \"dwon\"\n", 2, "did you mean \"down\""),
            ("[reader]\n\n\"j\" = \"fly\"\n", 3, "no action \"fly\""),
            (
                "[marks]\n\"ctrl-xx\" = \"delete\"\n",
                2,
                "\"ctrl-xx\" is not a key",
            ),
            ("[marks]\n\"x\" = 3\n", 2, "in quotes"),
            ("\"q\" = \"quit\"\n", 1, "not a table of keys"),
            (
                "[global]\n\"ctrl-c\" = \"help\"\n",
                2,
                "ctrl-c always quits",
            ),
            ("[form]\n\"ctrl-s\" = \"mark\"\n", 1, "cannot be changed"),
            ("[query_line]\n", 1, "cannot be changed"),
            (
                "[reader]\n\"j\" = \"x\"\n\"k\" = \"y\"\n",
                2,
                "no action \"x\" (the README lists the names) (and 1 more)",
            ),
        ];
        for (text, line, says) in cases {
            let e = from_toml(text).err().unwrap_or_else(|| panic!("{text:?}"));
            assert!(e.contains(&format!("line {line}")), "{text:?}: {e}");
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }

    #[test]
    fn the_keys_file_is_read_from_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEYS_FILE);
        let (map, said) = Keymap::load_file(&path);
        assert_eq!((map.bindings().len(), said), (BINDINGS.len(), None));
        std::fs::write(&path, "[global]\n\"Q\" = \"quit\"\n").unwrap();
        let (map, said) = Keymap::load_file(&path);
        assert_eq!(said, None);
        assert_eq!(map.keys_for(Action::Quit), "Q/q/Ctrl-C");
        std::fs::write(&path, "[global]\n\"Q\" = \"quit\"\n[x]\n").unwrap();
        let (map, said) = Keymap::load_file(&path);
        assert_eq!(map.keys_for(Action::Quit), "q/Ctrl-C", "the defaults");
        let said = said.unwrap();
        assert!(
            said.contains(&format!("{}, line 3", path.display())),
            "{said}"
        );
        assert!(said.contains("default keys"), "{said}");
    }

    /// Special keys and Ctrl with a letter: what the handlers might take
    /// besides text.
    fn candidates() -> Vec<KeyEvent> {
        let codes = [
            KeyCode::Backspace,
            KeyCode::Enter,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Esc,
        ];
        codes
            .into_iter()
            .chain((1..=12).map(KeyCode::F))
            .map(ev)
            .chain(('a'..='z').map(ctrl))
            .collect()
    }

    fn described(context: Context, e: &KeyEvent) -> bool {
        BINDINGS
            .iter()
            .any(|b| b.context == context && b.keys.iter().any(|k| k.matches(e)))
    }

    /// The query line's rows say what `SearchView::key` does: each key they
    /// name does something, and every key it takes besides text is named.
    #[test]
    fn the_query_line_keys_are_described() {
        let press = |e: &KeyEvent| {
            let mut view = SearchView::new(Scope::Document);
            let edit = view.key(*e);
            (edit, view)
        };
        for b in BINDINGS.iter().filter(|b| b.context == QueryLine) {
            for &k in b.keys.iter() {
                assert_ne!(press(&event(k)).0, Edit::None, "{k:?}: {}", b.help);
            }
        }
        for e in candidates() {
            if press(&e).0 != Edit::None {
                assert!(described(QueryLine, &e), "{e:?} is not in the help");
            }
        }
        let (edit, view) = press(&ctrl('r'));
        assert_eq!((edit, view.query.regex), (Edit::Changed, true));
        let (edit, view) = press(&ctrl('w'));
        assert_eq!((edit, view.query.whole_word), (Edit::Changed, true));
        let (edit, view) = press(&ctrl('b'));
        assert_eq!((edit, view.include_folded), (Edit::Changed, true));
        assert_eq!(press(&ev(KeyCode::Enter)).0, Edit::Confirm);
        assert_eq!(press(&ev(KeyCode::Esc)).0, Edit::Cancel);
    }

    /// The form's rows say what `MarkForm::handle` does in the label field.
    #[test]
    fn the_form_keys_are_described() {
        let labels: Vec<String> = (1..=9).map(|i| format!("label {i}")).collect();
        // What a key changes on a form at the first and at the last label.
        let changes = |e: &KeyEvent| {
            [0, 8].iter().any(|&at| {
                let mut form = MarkForm::new(
                    FormTarget::New {
                        doc: 0,
                        range: 0..4,
                    },
                    labels.clone(),
                    at,
                    "",
                    "Naar aanleiding".into(),
                );
                let outcome = form.handle(*e);
                outcome != FormOutcome::Open
                    || form.label != at
                    || form.field != Field::Label
                    || form.confirm_drop
                    || form.refused.is_some()
            })
        };
        for b in BINDINGS.iter().filter(|b| b.context == Form) {
            for &k in b.keys.iter() {
                assert!(changes(&event(k)), "{k:?}: {}", b.help);
            }
        }
        let text = (' '..='~').map(|c| ev(KeyCode::Char(c)));
        for e in candidates().into_iter().chain(text) {
            // The label field takes h/j/k/l with Ctrl too: the same key.
            let plain = KeyEvent::new(e.code, KeyModifiers::NONE);
            if changes(&e) {
                assert!(
                    described(Form, &e) || described(Form, &plain),
                    "{e:?} is not in the help"
                );
            }
        }
        assert_eq!(
            Keymap::default().hints(Form),
            ["Ctrl-S save", "Esc cancel", "Tab field"]
        );
    }
}
