//! A key as the keymap knows it: a character, Ctrl with a character, or a
//! special key; how `keys.toml` names it ("ctrl-e", "pgdn") and how the help
//! and the hints label it ("Ctrl-E", "PgDn", a run of digits as "0-7").

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key a binding names: a character, Ctrl with one, or a special key.
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
pub(super) const KEY_SYNTAX: &str = "write \"j\", \"J\", \"ctrl-e\", \"space\", \"tab\", \"shift-tab\", \
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
pub(super) fn key_labels(keys: &[Key]) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::Key::{Char, Code, Ctrl};
    use super::*;

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
}
