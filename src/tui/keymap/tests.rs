//! Tests across the keymap's parts: the table, the contexts live in each
//! state of the app and the lookups keep a key meaning one thing; the rows
//! of the query line and the form say what their handlers do.

use super::Context::{Entities, Form, Global, Marks, Navigation, QueryLine, Reader};
use super::{BINDINGS, Context, Key, Keymap, live};
use crate::tui::action::Action;
use crate::tui::app::Pane;
use crate::tui::list_view::ListView;
use crate::tui::mark_form::{Field, FormOutcome, FormTarget, MarkForm};
use crate::tui::panel::Panel;
use crate::tui::panels::{
    export::ExportPanel, footnotes::FootnotesPanel, help::HelpPanel, highlight::HighlightPanel,
    marks::MarksPanel, occurrences::OccurrencesPanel, related::RelatedPanel,
    timeline::TimelinePanel,
};
use crate::tui::search_view::{Edit, Scope, SearchView};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const COMMANDS: [Context; 5] = [Global, Reader, Navigation, Entities, Marks];

pub(super) fn ev(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub(super) fn ctrl(c: char) -> KeyEvent {
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
        MarksPanel::default().contexts(),
        ExportPanel.contexts(),
        crate::tui::panels::search_results::SearchResultsPanel.contexts(),
        related().contexts(),
        TimelinePanel {
            list: ListView::default(),
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
        list: ListView::default(),
    }
}

fn occurrences() -> OccurrencesPanel {
    OccurrencesPanel {
        entity: 0,
        list: ListView::default(),
    }
}

fn related() -> RelatedPanel {
    RelatedPanel {
        items: Vec::new(),
        list: ListView::default(),
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
    assert_eq!(
        key(footnotes, Pane::Reader, 'f'),
        Some(Action::Show(crate::tui::panels::Overlay::Footnotes))
    );
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
    let marks = || Some(MarksPanel::default().contexts());
    for (c, a) in [
        ('c', Action::EditMark),
        ('d', Action::Delete),
        ('v', Action::Select),
        ('a', Action::EntityScope),
        ('@', Action::ReviewerFilter),
        ('u', Action::Undo),
        ('M', Action::Show(crate::tui::panels::Overlay::Marks)),
        ('j', Action::Down),
    ] {
        assert_eq!(key(marks(), Pane::Reader, c), Some(a), "{c}");
    }
    assert_eq!(key(marks(), Pane::Reader, 'w'), None);
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
        let edit = view.key(*e, 10);
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
