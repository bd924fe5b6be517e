//! The user's `keys.toml` in the configuration folder: a table per context
//! rebinding its keys on top of the built-in ones. A wrong file names the
//! line of its first mistake, and the built-in keys stay in use.

use super::key::KEY_SYNTAX;
use super::{Binding, Context, Key, Keymap, built_in};
use crate::tui::action::Action;
use std::borrow::Cow;
use std::path::Path;

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
    if let Some((a, _)) = Action::named().find(|(_, n)| plain(n) == wanted) {
        return Ok(a);
    }
    let near = Action::named()
        .map(|(_, n)| (crate::edit_distance::between(&plain(n), &wanted), n))
        .filter(|(d, _)| *d <= 2 && 2 * d <= wanted.chars().count())
        .min();
    Err(match near {
        Some((_, n)) => format!("no action {name:?}; did you mean {n:?}?"),
        None => format!("no action {name:?} (the README lists the names)"),
    })
}

/// The file in the configuration folder that rebinds keys.
pub const KEYS_FILE: &str = "keys.toml";

impl Keymap {
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
        let help = built_in()
            .into_iter()
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
    use crate::tui::app::Pane;
    use crate::tui::keymap::Context::{Global, Reader};
    use crate::tui::keymap::tests::{ctrl, ev};
    use crate::tui::keymap::{label_keys, live};
    use crate::tui::panel::Panel;
    use crate::tui::panels::help::HelpPanel;
    use crossterm::event::KeyCode;

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
        assert_eq!(
            map.action_for(reader, &w),
            Some(Action::Show(crate::tui::panels::Overlay::Help))
        );
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
        assert_eq!(empty.bindings().len(), built_in().len());
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
        assert_eq!((map.bindings().len(), said), (built_in().len(), None));
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
}
