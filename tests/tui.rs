//! Screen tests of the reader: snapshots of whole screens rendered into a
//! TestBackend at 80x24 and 160x48, styles checked on cells where they carry
//! meaning, the NO_COLOR byte stream, and random keys and sizes.

mod common;
use common::{press, screen, screen_text as text};

use brief::briefing::Briefing;
use brief::corpus::{Corpus, load_bytes};
use brief::document::Origin;
use brief::entities::EntityIndex;
use brief::tui::action::Action;
use brief::tui::{App, Theme, draw};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use std::sync::{Arc, OnceLock};

/// The bundled briefing's entities, recognised once for all tests.
fn bundled_entities() -> Arc<EntityIndex> {
    static INDEX: OnceLock<Arc<EntityIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let briefing = Briefing::new(Arc::new(Corpus::bundled()));
            briefing.entities(&Default::default()).index.clone()
        })
        .clone()
}

fn app() -> App {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.set_entities(bundled_entities(), None);
    a
}

/// Opens the Kamerbrief and its MH17 section from the tree.
fn open_mh17(app: &mut App) {
    press(app, "jjjj\t");
    let doc = app.doc().unwrap();
    let mh17 = doc.sections.iter().position(|s| s.title == "MH17").unwrap();
    app.show_section(mh17);
    // Back past the list to the reader, keeping the tree in the middle column.
    app.update(Action::FocusPrev);
    app.update(Action::FocusPrev);
}

#[test]
fn start_screen_80x24() {
    let mut a = app();
    let t = screen(&mut a, 80, 24);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn start_screen_160x48() {
    let mut a = app();
    let t = screen(&mut a, 160, 48);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn kamerbrief_mh17_160x48() {
    let mut a = app();
    open_mh17(&mut a);
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    assert!(s.contains("Tijdens het bezoek was er bijzondere aandacht voor MH17"));
    assert!(
        s.contains("MH17 · p. 8/9"),
        "status bar shows the section and PDF page"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn kamerbrief_80x24_shows_tree_and_reader() {
    let mut a = app();
    press(&mut a, "jjjj\t");
    let t = screen(&mut a, 80, 24);
    let s = text(&t);
    assert!(s.contains("Sections") && s.contains("Veiligheidsordenin"));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn heading_is_bold_and_marker_is_styled() {
    let mut a = app();
    press(&mut a, "jjjj\n");
    let doc = a.doc().unwrap();
    let sec = doc
        .sections
        .iter()
        .position(|s| s.title == "Veiligheidsordening")
        .unwrap();
    a.show_section(sec);
    let t = screen(&mut a, 160, 48);
    let buf = t.backend().buffer();
    let s = text(&t);
    let row = s
        .lines()
        .position(|l| l.contains("│ Veiligheidsordening"))
        .unwrap() as u16;
    let col = s
        .lines()
        .nth(row as usize)
        .unwrap()
        .chars()
        .position(|c| c == 'V')
        .unwrap() as u16;
    let cell = &buf[(col, row)];
    assert!(
        cell.modifier.contains(Modifier::BOLD),
        "heading cell: {cell:?}"
    );
}

/// On a small screen the notes above the chosen one wrap over many rows;
/// the chosen note is still in sight (the list scrolls by screen rows).
#[test]
fn the_chosen_footnote_stays_in_sight_when_notes_wrap() {
    let mut a = app();
    open_mh17(&mut a);
    press(&mut a, "f");
    press(&mut a, "G");
    let t = screen(&mut a, 60, 16);
    let s = text(&t);
    let last = a.doc().unwrap().footnotes.len();
    assert!(
        s.lines().any(|l| l.contains(&format!("│▶ {last} "))),
        "note {last} not in sight:\n{s}"
    );
}

#[test]
fn footnotes_overlay_and_help_overlay() {
    let mut a = app();
    open_mh17(&mut a);
    press(&mut a, "f");
    let t = screen(&mut a, 80, 24);
    let s = text(&t);
    assert!(s.contains("Footnotes"));
    assert!(s.contains("8"), "{s}");
    insta::assert_snapshot!("footnotes_80x24", t.backend());
    press(&mut a, "G\n");
    assert!(!a.covered());
    let t = screen(&mut a, 80, 24);
    assert!(
        text(&t).contains("bezoek⁸"),
        "Enter jumps to the marker of note 8"
    );
    a.update(Action::Show(brief::tui::panels::Overlay::Help));
    // Wide and high enough for every key at once, in two columns.
    let s = text(&screen(&mut a, 200, 60));
    for b in brief::tui::keymap::BINDINGS {
        assert!(s.contains(b.help), "help lists {}", b.help);
    }
    for c in brief::tui::keymap::Context::ALL {
        assert!(s.contains(c.title()), "help has a heading {}", c.title());
    }
    let t = screen(&mut a, 80, 24);
    insta::assert_snapshot!("help_80x24", t.backend());
}

/// keys.toml: a rebound key does what it is bound to, and the help and the
/// status bar show it.
#[test]
fn rebound_keys_work_and_the_help_shows_them() {
    use brief::tui::keymap::Keymap;
    let mut a = app();
    a.keymap = Keymap::from_toml(
        "keys.toml",
        "[reader]\n\"ctrl-e\" = \"down\"\n[global]\n\"Q\" = \"quit\"\n\"F1\" = \"help\"\n",
    )
    .unwrap();
    press(&mut a, "jjjj\t\t\t");
    assert_eq!(a.focus, brief::tui::app::Pane::Reader);
    let top = |a: &App| a.views[a.selected].reader.top;
    let before = top(&a);
    a.handle_key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL));
    assert_ne!(top(&a), before, "Ctrl-E scrolled the reader");
    let s = text(&screen(&mut a, 100, 30));
    assert!(s.contains("Tab pane  F1 help  Q quit"), "{s}");
    a.handle_key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE));
    let s = text(&screen(&mut a, 200, 60));
    assert!(
        s.lines()
            .any(|l| l.contains(" Ctrl-E  ") && l.contains("move down / scroll")),
        "{s}"
    );
    assert!(s.contains("F1/?"), "{s}");
    press(&mut a, "Q");
    assert!(!a.covered(), "Q closes the help as q does");
    press(&mut a, "Q");
    assert!(a.requests.quit);
}

#[test]
fn fold_and_raw_toggle_keep_the_place() {
    let mut a = app();
    // 002: "Meer uit Binnenland" and the unrelated items are folded to stubs.
    screen(&mut a, 100, 30);
    press(&mut a, "jj\nG");
    let t = screen(&mut a, 100, 30);
    let s = text(&t);
    assert!(s.contains("▸ site navigation: Meer uit Binnenland"), "{s}");
    assert!(!s.contains("Korpschef Janny Knol"));
    press(&mut a, "z");
    let t = screen(&mut a, 100, 30);
    assert!(text(&t).contains("Meer uit Binnenland"));
    press(&mut a, "zg");
    // Raw view of the Kamerbrief at MH17 shows the original lines there.
    let mut a = app();
    open_mh17(&mut a);
    press(&mut a, "r");
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    assert!(s.contains("[raw]"));
    assert!(
        s.contains("MH17")
            && s.contains(
                "van het Joint Investigation Team over hun werk ten behoeve het strafrech-"
            ),
        "{s}"
    );
    press(&mut a, "r");
    let t = screen(&mut a, 160, 48);
    assert!(text(&t).contains("Tijdens het bezoek was er bijzondere aandacht voor MH17"));
}

/// Issue 10: `brief one-file` puts the keys in the reader, so j and PgDn
/// scroll at once (they moved a one-item list before).
#[test]
fn one_document_opens_with_the_reader_focused() {
    let mut corpus = Corpus::bundled();
    corpus.entries.retain(|e| e.id().starts_with("004"));
    let mut a = App::new(corpus, Theme::plain());
    let before = text(&screen(&mut a, 100, 30));
    assert!(before.contains("Aan de Voorzitter"), "{before}");
    press(&mut a, "jjj");
    let after = text(&screen(&mut a, 100, 30));
    assert_ne!(before, after, "j did not scroll the reader");
    // Counter-example: with several documents, j moves the list.
    let mut a = app();
    screen(&mut a, 100, 30);
    press(&mut a, "j");
    assert_eq!(a.selected, 1);
}

/// Issue 10: q closes an overlay and quits only from the main view;
/// Ctrl-C quits from anywhere.
#[test]
fn q_closes_an_overlay_and_quits_from_the_main_view() {
    let mut a = app();
    // The cross-document overlays (timeline, related) need the briefing,
    // the marks pane and the export menu a marks file.
    a.load_entities();
    let dir = tempfile::tempdir().unwrap();
    a.open_marks(dir.path().join("marks.json"), "tester".into());
    screen(&mut a, 100, 30);
    // The letter has footnotes.
    press(&mut a, "jjjj");
    // Every overlay a key opens, as registered.
    for &overlay in brief::tui::panels::Overlay::ALL {
        let open = Action::Show(overlay);
        a.update(open);
        assert!(a.covered(), "{open:?} opened nothing: {:?}", a.message);
        press(&mut a, "q");
        assert!(!a.covered(), "q left {open:?} open");
        assert!(!a.requests.quit, "q in {open:?} quit");
    }
    // An entity's occurrences, from the entities pane.
    press(&mut a, "e\n");
    assert!(a.covered(), "Enter in the entities pane opened nothing");
    press(&mut a, "q");
    assert!(!a.covered() && !a.requests.quit, "q in the occurrences");
    a.update(Action::Show(brief::tui::panels::Overlay::Help));
    a.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(a.requests.quit, "Ctrl-C in an overlay did not quit");
    let mut a = app();
    press(&mut a, "q");
    assert!(a.requests.quit, "q in the main view did not quit");
}

/// Issue 10: less and vim habits. Ctrl-D and Ctrl-U move half a page in
/// the reader and come back; Ctrl-F and Ctrl-B page like PgDn and PgUp.
#[test]
fn ctrl_d_u_f_b_move_half_pages_and_pages() {
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    let one = || {
        let mut corpus = Corpus::bundled();
        corpus.entries.retain(|e| e.id().starts_with("004"));
        App::new(corpus, Theme::plain())
    };
    let mut a = one();
    let start = text(&screen(&mut a, 100, 30));
    a.handle_key(ctrl('d'));
    let half = text(&screen(&mut a, 100, 30));
    assert_ne!(start, half);
    a.handle_key(ctrl('d'));
    screen(&mut a, 100, 30);
    a.handle_key(ctrl('u'));
    a.handle_key(ctrl('u'));
    assert_eq!(text(&screen(&mut a, 100, 30)), start);
    // A page is about two halves; Ctrl-F is PgDn and Ctrl-B comes back.
    let mut b = one();
    screen(&mut b, 100, 30);
    b.handle_key(ctrl('f'));
    let page = text(&screen(&mut b, 100, 30));
    assert_ne!(page, half);
    let mut c = one();
    screen(&mut c, 100, 30);
    c.update(Action::PageDown);
    assert_eq!(text(&screen(&mut c, 100, 30)), page);
    b.handle_key(ctrl('b'));
    assert_eq!(text(&screen(&mut b, 100, 30)), start);
}

#[test]
fn untrusted_text_is_inert_and_bad_files_are_explained() {
    let mut corpus = Corpus::bundled();
    corpus.entries.insert(
        0,
        load_bytes(
            "esc".into(),
            Origin::Bundled("esc.txt".into()),
            b"Titel\x1b[31m rood\x07 \xe6\x97\xa5\xe6\x9c\xac wide\tTab\n".to_vec(),
        ),
    );
    corpus.entries.insert(
        1,
        load_bytes(
            "bin".into(),
            Origin::Bundled("bin.txt".into()),
            b"abc\0def".to_vec(),
        ),
    );
    let mut a = App::new(corpus, Theme::plain());
    let t = screen(&mut a, 100, 20);
    let s = text(&t);
    assert!(s.contains("Titel␛[31m rood␇"), "{s}");
    assert!(!s.contains('\u{1b}'));
    assert!(s.contains("⚠ seeds/bin.txt"));
    press(&mut a, "j");
    let s = text(&screen(&mut a, 100, 20));
    assert!(
        s.contains("This file could not be opened") && s.contains("NUL byte"),
        "{s}"
    );
}

#[test]
fn no_color_emits_no_colour_and_keeps_bold() {
    use ratatui::backend::CrosstermBackend;
    crossterm::style::Colored::set_ansi_color_disabled(true);
    let mut a = app();
    open_mh17(&mut a);
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let out = Shared::default();
    let mut t = Terminal::new(CrosstermBackend::new(out.clone())).unwrap();
    t.resize(ratatui::layout::Rect::new(0, 0, 120, 40)).unwrap();
    t.draw(|f| draw(&mut a, f)).unwrap();
    let bytes = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    crossterm::style::Colored::set_ansi_color_disabled(false);
    // Everything before the trailing resets that end every frame.
    let body = &bytes[..bytes.rfind("MH17").unwrap()];
    assert!(body.contains("\u{1b}[1m"), "bold is written");
    assert!(
        !body.contains("\u{1b}[;m") && !body.contains("\u{1b}[m"),
        "no colour sequence that wipes attributes"
    );
    assert!(
        !body.contains("\u{1b}[38;") && !body.contains("\u{1b}[48;"),
        "no colours"
    );
}

fn key_strategy() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', ' ', '[', ']', 'f', 'z', 'r', '?', 'h', 'l', 'x', 'é', 'e', 'n',
            'N', 't', 'a', 'o', '0', '1', '3', '7', '9', 'w', 'b', 's', '(', 'p', '{', 'v', 'm',
            'M', 'u', 'd', 'c', '@', '/', 'S', 'R', 'T', 'D', '|'
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Left,
            KeyCode::Right,
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]
    #[test]
    fn random_keys_and_sizes_never_panic(
        steps in prop::collection::vec((key_strategy(), 1u16..200, 1u16..70), 1..40)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app();
        a.open_marks(dir.path().join("marks.json"), "tester".into());
        for (key, w, h) in steps {
            a.handle_key(KeyEvent::new(key, KeyModifiers::NONE));
            if a.requests.quit { break; }
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| draw(&mut a, f)).unwrap();
        }
    }
}

#[test]
fn mouse_click_selects_and_wheel_scrolls_the_pane_under_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let mut a = app();
    screen(&mut a, 160, 48);
    // Items are two rows each below the border: the fifth starts at row 9.
    a.handle_mouse(mouse(MouseEventKind::Down(MouseButton::Left), 5, 9));
    assert_eq!(a.doc().unwrap().id, "004_425c361073e3d6d9");
    let reader = a.areas.reader.unwrap();
    let before = a.views[4].reader.top;
    a.handle_mouse(mouse(
        MouseEventKind::ScrollDown,
        reader.x + 5,
        reader.y + 5,
    ));
    assert!(
        a.views[4].reader.top > before,
        "wheel over the reader scrolls it"
    );
    assert_eq!(
        a.doc().unwrap().id,
        "004_425c361073e3d6d9",
        "and leaves the list alone"
    );
    let s = text(&screen(&mut a, 160, 48));
    assert!(s.contains("Kamerbrief van de Ministers van… · Kamerbrief"));

    // In the entities pane a click selects the entity on that row.
    press(&mut a, "e");
    screen(&mut a, 160, 48);
    let pane = a
        .areas
        .entities
        .expect("the entities pane in the middle column");
    a.handle_mouse(mouse(
        MouseEventKind::Down(MouseButton::Left),
        pane.x + 4,
        pane.y + 3,
    ));
    let third = a.entities.rows[2].0;
    assert_eq!(a.entities.selected, Some(third));
}

/// The screen cell where `needle` first starts, searching rows that contain `within`.
fn cell_of(t: &Terminal<TestBackend>, within: &str, needle: &str) -> (u16, u16) {
    let s = text(t);
    for (row, line) in s.lines().enumerate() {
        if line.contains(within)
            && let Some(byte) = line.find(needle)
        {
            let col = line[..byte].chars().count();
            return (col as u16, row as u16);
        }
    }
    panic!("{needle:?} not on screen in a row with {within:?}\n{s}");
}

#[test]
fn entities_are_highlighted_by_type_and_toggled_with_t() {
    let mut a = app();
    open_mh17(&mut a);
    let t = screen(&mut a, 160, 48);
    let buf = t.backend().buffer();
    let style_at = |within: &str, needle: &str| {
        let (x, y) = cell_of(&t, within, needle);
        buf[(x, y)].modifier
    };
    // PER bold, ORG underlined, LOC italic: told apart without colour.
    let per = style_at("Minister-President Rutte en", "Rutte");
    assert!(
        per.contains(Modifier::BOLD) && !per.contains(Modifier::ITALIC),
        "{per:?}"
    );
    let org = style_at("vertegenwoordigers van de OVSE", "OVSE");
    assert!(
        org.contains(Modifier::UNDERLINED) && !org.contains(Modifier::BOLD),
        "{org:?}"
    );
    let misc = style_at("bijzondere aandacht voor MH17", "MH17");
    assert!(
        misc.contains(Modifier::DIM | Modifier::ITALIC) && !misc.contains(Modifier::BOLD),
        "{misc:?}"
    );
    assert!(text(&t).contains("PER ORG LOC DATE MONEY REF MISC"));

    // t, then 1: people are no longer highlighted; the rest still are.
    press(&mut a, "t");
    let menu = screen(&mut a, 80, 24);
    assert!(text(&menu).contains("Highlight"), "{}", text(&menu));
    insta::assert_snapshot!("highlight_menu_80x24", menu.backend());
    press(&mut a, "1");
    press(&mut a, "t");
    let t = screen(&mut a, 160, 48);
    let buf = t.backend().buffer();
    let (x, y) = cell_of(&t, "Minister-President Rutte en", "Rutte");
    assert!(!buf[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = cell_of(&t, "vertegenwoordigers van de OVSE", "OVSE");
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // 0 shows all again when some are hidden, and hides all when none are.
    press(&mut a, "t0t");
    let t = screen(&mut a, 160, 48);
    let (x, y) = cell_of(&t, "Minister-President Rutte en", "Rutte");
    assert!(
        t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::BOLD)
    );
    press(&mut a, "t0t");
    let t = screen(&mut a, 160, 48);
    let (x, y) = cell_of(&t, "vertegenwoordigers van de OVSE", "OVSE");
    assert!(
        !t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
    let (x, y) = cell_of(&t, "ORG LOC DATE MONEY", "ORG");
    assert!(
        t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::CROSSED_OUT),
        "the legend keeps hidden types, struck out"
    );
}

#[test]
fn entities_pane_lists_filters_and_shows_occurrences() {
    let mut a = app();
    press(&mut a, "jjjj\ne");
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    assert!(s.contains("Entities") && s.contains("this doc"), "{s}");
    insta::assert_snapshot!("entities_pane_160x48", t.backend());

    // People only, then all documents, by name.
    press(&mut a, "1ao");
    let t = screen(&mut a, 80, 24);
    let s = text(&t);
    assert!(
        s.contains("all docs") && s.contains("A-Z") && s.contains("PER"),
        "{s}"
    );
    insta::assert_snapshot!("entities_people_all_docs_80x24", t.backend());

    // Enter lists every mention of the entity under the cursor, across documents.
    let rutte = a
        .entities
        .rows
        .iter()
        .position(|&(e, _)| a.entities.index.as_ref().unwrap().entities[e].name == "Mark Rutte")
        .expect("Mark Rutte among the people");
    press(&mut a, "g");
    for _ in 0..rutte {
        press(&mut a, "j");
    }
    press(&mut a, "\n");
    let s = text(&screen(&mut a, 160, 48));
    assert!(
        s.contains("PER Mark Rutte") && s.contains("mentions in"),
        "{s}"
    );
    // The list opens at the reading position (004); g goes to the first mention.
    // Documents are named by title, never by their hex id.
    assert!(
        s.contains("Kamerbrief van de Ministers van… · Bezoek aan"),
        "{s}"
    );
    assert!(!s.contains("004_425c361073e3d6d9"), "{s}");
    press(&mut a, "g");
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    assert!(
        s.contains("▶ Nederlandse specialisten gaan… · Introduction"),
        "{s}"
    );
    insta::assert_snapshot!("rutte_occurrences_160x48", t.backend());

    // Enter on an occurrence opens its document there.
    press(&mut a, "G\n");
    let t = screen(&mut a, 160, 48);
    assert!(
        text(&t).contains("Kamerbrief van de Ministers"),
        "{}",
        text(&t)
    );
    assert!(a.doc().unwrap().id.starts_with("004"));
}
