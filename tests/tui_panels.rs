//! The overlays that are components, fed actions without drawing: each owns
//! its selection, moves within its list, and asks for what it does to the
//! rest of the reader (close, jump, focus, find) as effects.

use brief::corpus::Corpus;
use brief::tui::action::Action;
use brief::tui::app::Pane;
use brief::tui::entity_view::Find;
use brief::tui::list_view::ListView;
use brief::tui::panel::{Effect, Panel};
use brief::tui::panels::help::HelpPanel;
use brief::tui::panels::occurrences::OccurrencesPanel;
use brief::tui::panels::timeline::TimelinePanel;
use brief::tui::{App, Theme};
use ratatui::layout::Rect;

fn app() -> App {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.load_entities();
    a
}

#[test]
fn the_timeline_moves_and_enter_asks_to_close_jump_and_focus() {
    let a = app();
    let cross = a.crossref.clone().unwrap();
    let mut p = TimelinePanel {
        list: ListView::default(),
    };
    let mut fx = Vec::new();
    p.update(Action::Down, &a, &mut fx);
    p.update(Action::Down, &a, &mut fx);
    assert!(fx.is_empty(), "moving asks for nothing");
    assert_eq!(p.list.selected, 2);
    p.update(Action::Bottom, &a, &mut fx);
    assert_eq!(p.list.selected, cross.timeline.len() - 1);
    p.update(Action::Open, &a, &mut fx);
    let t = cross.timeline.last().unwrap();
    assert_eq!(
        fx,
        vec![
            Effect::Close,
            Effect::Jump {
                doc: t.doc,
                at: t.sentence.start
            },
            Effect::Focus(Pane::Reader),
        ]
    );
    assert_eq!(
        p.toggle(),
        Some(Action::Show(brief::tui::panels::Overlay::Timeline))
    );
}

#[test]
fn an_occurrence_sets_what_n_follows() {
    let a = app();
    let index = a.entities.index.clone().unwrap();
    let entity = (0..index.entities.len())
        .find(|&e| index.occurrences(e).len() > 3)
        .unwrap();
    let mut p = OccurrencesPanel {
        entity,
        list: ListView::at(1),
    };
    let mut fx = Vec::new();
    p.update(Action::Open, &a, &mut fx);
    let (doc, m) = &index.occurrences(entity)[1];
    assert!(fx.contains(&Effect::Find(Find::Entity(entity))));
    assert!(fx.contains(&Effect::Jump {
        doc: *doc,
        at: m.clean.start
    }));
}

#[test]
fn the_help_scrolls_within_what_the_screen_leaves_out() {
    let mut a = app();
    a.areas.screen = Rect::new(0, 0, 80, 24);
    let mut p = HelpPanel::default();
    let mut fx = Vec::new();
    p.update(Action::Bottom, &a, &mut fx);
    let max = brief::tui::panels::help::help_geometry(&a.keymap, a.areas.screen).max_scroll;
    assert!(max > 0);
    assert_eq!(p.scroll.selected, max);
    p.update(Action::Down, &a, &mut fx);
    assert_eq!(p.scroll.selected, max, "no scrolling past the end");
    // Wide enough for two columns: nothing to scroll.
    a.areas.screen = Rect::new(0, 0, 220, 60);
    p.update(Action::Bottom, &a, &mut fx);
    assert_eq!(p.scroll.selected, 0);
}

/// Through the App: the key that opened a panel closes it, and so do Esc
/// and q; other keys go to the panel.
#[test]
fn the_app_routes_keys_to_the_open_panel() {
    let mut a = app();
    a.update(Action::Show(brief::tui::panels::Overlay::Timeline));
    assert!(a.panel.is_some());
    a.update(Action::Down);
    a.update(Action::Show(brief::tui::panels::Overlay::Timeline));
    assert!(a.panel.is_none());
    a.update(Action::Show(brief::tui::panels::Overlay::Help));
    a.update(Action::Quit);
    assert!(a.panel.is_none() && !a.requests.quit);
}

/// The marks pane asks for filters and changes as commands; with nothing
/// listed, Enter, c, v and d ask for nothing.
#[test]
fn the_marks_pane_asks_for_changes_as_commands() {
    use brief::tui::panels::marks::{MarkCommand, MarksPanel};
    let dir = tempfile::tempdir().unwrap();
    let mut a = app();
    a.open_marks(dir.path().join("marks.json"), "anna".into());
    let mut p = MarksPanel {
        list: ListView::at(3),
    };
    let mut fx = Vec::new();
    for action in [
        Action::Open,
        Action::EditMark,
        Action::Select,
        Action::Delete,
    ] {
        p.update(action, &a, &mut fx);
    }
    assert!(fx.is_empty(), "{fx:?}");
    p.update(Action::TypeKey(2), &a, &mut fx);
    assert_eq!(fx, vec![Effect::Mark(MarkCommand::FilterLabel(2))]);
    assert_eq!(p.list.selected, 0, "a new filter starts at the top");
    // Through the App: the filter is applied to the marks state.
    a.update(Action::Show(brief::tui::panels::Overlay::Marks));
    a.handle_key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Char('2'),
    ));
    let label = a.marks.as_ref().unwrap().filter.label.clone();
    assert_eq!(label.as_deref(), Some("vraag"));
    a.update(Action::Show(brief::tui::panels::Overlay::Marks));
    assert!(a.panel.is_none(), "M closes the pane it opened");
}

#[test]
fn footnotes_of_a_document_without_them_open_nothing_and_say_so() {
    use brief::tui::panels::footnotes::FootnotesPanel;
    let mut a = app();
    let (with, without): (Vec<usize>, Vec<usize>) = (0..a.corpus.entries.len())
        .filter(|&i| a.corpus.entries[i].doc().is_some())
        .partition(|&i| !a.corpus.entries[i].doc().unwrap().footnotes.is_empty());
    a.selected = without[0];
    assert!(FootnotesPanel::open(&mut a).is_none());
    assert_eq!(a.message.as_deref(), Some("No footnotes in this document"));
    a.message = None;
    a.selected = with[0];
    assert!(FootnotesPanel::open(&mut a).is_some());
    assert_eq!(a.message, None);
}

#[test]
fn an_overlay_names_the_keys_as_they_are_bound() {
    use brief::tui::keymap::Keymap;
    let mut a = app();
    // The letter's footnotes; by default they say Enter and Esc.
    a.selected = (0..a.corpus.entries.len())
        .find(|&i| {
            a.corpus.entries[i]
                .doc()
                .is_some_and(|d| !d.footnotes.is_empty())
        })
        .unwrap();
    a.handle_key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Char('f'),
    ));
    let title = |a: &mut App| {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
        t.draw(|f| brief::tui::draw(a, f)).unwrap();
        let buf = t.backend().buffer().clone();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .find(|row| row.contains("Footnotes ·"))
            .unwrap_or_default()
    };
    assert!(title(&mut a).contains("Enter go to marker · Esc close"));
    // Rebound in keys.toml: the reminder follows.
    a.keymap = Keymap::from_toml("keys.toml", "[global]\n\"x\" = \"close\"\n").unwrap();
    let rebound = title(&mut a);
    assert!(
        rebound.contains("Enter go to marker · x close"),
        "{rebound}"
    );
}

/// The digit menus ask for what a digit does, by name: the highlight
/// chooser for a type, the export menu for a format (and to close); a
/// digit past the formats asks for nothing.
#[test]
fn digit_menus_ask_for_their_choice() {
    use brief::tui::panels::export::ExportPanel;
    use brief::tui::panels::highlight::HighlightPanel;
    let a = app();
    let mut fx = Vec::new();
    HighlightPanel.update(Action::TypeKey(3), &a, &mut fx);
    assert_eq!(fx, [Effect::ToggleType(3)]);
    fx.clear();
    ExportPanel.update(Action::TypeKey(2), &a, &mut fx);
    assert_eq!(fx, [Effect::Close, Effect::Export(1)]);
    fx.clear();
    ExportPanel.update(Action::TypeKey(9), &a, &mut fx);
    assert!(fx.is_empty(), "{fx:?}");
}

#[test]
fn before_the_cross_references_the_timeline_and_related_say_what_they_wait_for() {
    use brief::tui::panels::related::RelatedPanel;
    // As the reader starts: the entities are being recognised on a thread.
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    assert!(a.crossref.is_none());
    assert!(TimelinePanel::open(&mut a).is_none());
    assert_eq!(
        a.message.take().unwrap(),
        "Cross-references come after the entities"
    );
    a.entities.progress.start(5);
    a.entities.progress.step();
    a.entities.progress.step();
    assert!(RelatedPanel::open(&mut a).is_none());
    let m = a.message.take().unwrap();
    assert_eq!(
        m,
        "Cross-references come after the entities (2 of 5 documents recognised)"
    );
    assert!(m.chars().count() < 80, "fits a status bar of 80 columns");
    // The entities are in; the cross-references are being built.
    a.set_entities(Default::default(), None);
    assert!(TimelinePanel::open(&mut a).is_none());
    assert_eq!(
        a.message.take().unwrap(),
        "Building the cross-references; try again in a moment"
    );
    a.load_entities();
    assert!(TimelinePanel::open(&mut a).is_some());
}

#[test]
fn the_status_bar_counts_the_cross_references_as_they_are_built() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let status = |a: &mut App| {
        let mut t = Terminal::new(TestBackend::new(120, 20)).unwrap();
        t.draw(|f| brief::tui::draw(a, f)).unwrap();
        (0..120)
            .map(|x| t.backend().buffer()[(x, 19)].symbol().to_string())
            .collect::<String>()
    };
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.set_entities(Default::default(), None);
    // Not started: nothing said.
    assert!(!status(&mut a).contains("cross-references"));
    a.crossref_parts.start(3);
    a.crossref_parts.step();
    let s = status(&mut a);
    assert!(
        s.contains(" building cross-references: related passages (2 of 3)… · "),
        "{s}"
    );
    assert!(
        TimelinePanel::open(&mut a).is_none(),
        "no timeline handed over"
    );
    assert_eq!(
        a.message.take().unwrap(),
        "Building the cross-references: related passages (2 of 3); try again in a moment"
    );
    // The timeline comes first, before the related passages and copies.
    let mut built = App::new(Corpus::bundled(), Theme::plain());
    built.load_entities();
    a.timeline_first = built.timeline().cloned();
    assert!(a.crossref.is_none());
    assert!(TimelinePanel::open(&mut a).is_some(), "{:?}", a.message);
    assert!(
        brief::tui::panels::related::RelatedPanel::open(&mut a).is_none(),
        "related passages are not in yet"
    );
    assert_eq!(
        a.message.take().unwrap(),
        "Building the cross-references: related passages (2 of 3); try again in a moment"
    );
    // All built, then handed over: nothing said.
    a.crossref_parts.step();
    a.crossref_parts.step();
    assert!(!status(&mut a).contains("cross-references"));
    a.load_entities();
    assert!(!status(&mut a).contains("cross-references"));
}
