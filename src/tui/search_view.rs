//! Searching from the reader: the query being typed (`/` in this document,
//! `S` or Ctrl-F across all), its options, the matches it has now, and which
//! one is current. Matching itself is [`crate::search`]; this holds what the
//! screen shows of it.

use super::action::Action;
use super::list_view::ListView;
use crate::search::{Hit, Matcher, Query};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a search looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The document being read (`/`).
    Document,
    /// Every document (`S`, Ctrl-F).
    All,
}

/// What a key did to the query line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The query or an option changed: search again.
    Changed,
    /// Only the cursor of a results list moved.
    Moved,
    Confirm,
    Cancel,
    None,
}

#[derive(Debug, Clone)]
pub struct SearchView {
    pub scope: Scope,
    pub query: Query,
    /// Folded boilerplate is searched too.
    pub include_folded: bool,
    /// Typing: the query line has the keys.
    pub typing: bool,
    /// The compiled query, or why it does not compile.
    pub matcher: Option<Result<Matcher, String>>,
    /// The matches (all documents for [`Scope::All`], this one otherwise).
    pub hits: Vec<Hit>,
    /// How many there are in all (the list may stop earlier).
    pub total: usize,
    /// The current match (the results list's cursor for [`Scope::All`]).
    pub current: usize,
}

impl SearchView {
    pub fn new(scope: Scope) -> Self {
        SearchView {
            scope,
            query: Query {
                text: String::new(),
                regex: false,
                whole_word: false,
            },
            include_folded: false,
            typing: true,
            matcher: None,
            hits: Vec::new(),
            total: 0,
            current: 0,
        }
    }

    /// Keys while typing: text, Backspace, Ctrl-R (regex), Ctrl-W (whole
    /// words), Ctrl-B (boilerplate too), Enter, Esc; ↑/↓ move in the
    /// results, PgDn/PgUp by `page`.
    pub fn key(&mut self, key: KeyEvent, page: usize) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => Edit::Cancel,
            KeyCode::Enter => Edit::Confirm,
            KeyCode::Char('r') if ctrl => {
                self.query.regex = !self.query.regex;
                Edit::Changed
            }
            KeyCode::Char('w') if ctrl => {
                self.query.whole_word = !self.query.whole_word;
                Edit::Changed
            }
            KeyCode::Char('b') if ctrl => {
                self.include_folded = !self.include_folded;
                Edit::Changed
            }
            KeyCode::Char('u') if ctrl => {
                self.query.text.clear();
                Edit::Changed
            }
            KeyCode::Char(c) if !ctrl => {
                self.query.text.push(c);
                Edit::Changed
            }
            KeyCode::Backspace => {
                self.query.text.pop();
                Edit::Changed
            }
            KeyCode::Down | KeyCode::Tab => self.step(Action::Down, page),
            KeyCode::Up | KeyCode::BackTab => self.step(Action::Up, page),
            KeyCode::PageDown => self.step(Action::PageDown, page),
            KeyCode::PageUp => self.step(Action::PageUp, page),
            _ => Edit::None,
        }
    }

    /// Moves the current match as the results list moves.
    fn step(&mut self, action: Action, page: usize) -> Edit {
        let mut list = ListView::at(self.current);
        list.step(action, self.hits.len(), page);
        self.current = list.selected;
        Edit::Moved
    }

    /// Compiles the query again after a change.
    pub fn recompile(&mut self) {
        self.matcher = if self.query.text.is_empty() {
            None
        } else {
            Some(
                self.query
                    .compile()
                    .map_err(|e| e.to_string())
                    .and_then(|m| {
                        // "x*" or "\b" would match at every place: slow and useless.
                        if m.matches_empty() {
                            Err(
                                "the pattern also matches empty text; make it need a character"
                                    .into(),
                            )
                        } else {
                            Ok(m)
                        }
                    }),
            )
        };
    }

    pub fn error(&self) -> Option<&str> {
        match &self.matcher {
            Some(Err(e)) => Some(e),
            _ => None,
        }
    }

    /// The options as the query line shows them.
    pub fn flags(&self) -> String {
        let mut f = Vec::new();
        if self.query.regex {
            f.push("regex");
        }
        if self.query.whole_word {
            f.push("words");
        }
        if self.include_folded {
            f.push("+folded");
        }
        if f.is_empty() {
            String::new()
        } else {
            format!(" [{}]", f.join(" "))
        }
    }
}
