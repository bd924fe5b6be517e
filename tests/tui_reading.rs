//! What a reader expects of the keys while reading, checked on the app's state
//! (and the screen where the point is what it shows): Esc drops the reading
//! cursor and the selection, a jump puts the cursor on the place and the
//! section tree follows it, `/` then Enter repeats the last search, a search
//! that wraps says so, the help scrolls to its end and says more follows, and
//! `y` copies the passage at the cursor with its citation (or refuses one too
//! long to copy).

mod common;
use common::{press, screen, screen_text as text};

use brief::corpus::Corpus;
use brief::tui::action::Action;
use brief::tui::{App, Theme};
use crossterm::event::{KeyCode, KeyEvent};

/// The bundled briefing with entities and the search index, built here.
fn app() -> App {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    a.load_entities();
    a
}

/// The bundled letter, its entry.
fn letter(a: &App) -> usize {
    a.corpus
        .entries
        .iter()
        .position(|e| e.id().starts_with("004"))
        .unwrap()
}

fn enter(a: &mut App) {
    a.handle_key(KeyEvent::from(KeyCode::Enter));
}

fn esc(a: &mut App) {
    a.handle_key(KeyEvent::from(KeyCode::Esc));
}

/// The title of the section the tree has selected in the document read.
fn tree_section(a: &App) -> String {
    let doc = a.doc().unwrap();
    let section = a.views[a.selected].outline.selected().unwrap();
    doc.sections[section].title.clone()
}

#[test]
fn esc_drops_the_reading_cursor_and_the_selection() {
    let mut a = app();
    let d = letter(&a);
    a.jump_to(d, 0);
    a.update(Action::FocusNext); // out of the list
    a.update(Action::WordNext);
    a.update(Action::Select);
    a.update(Action::WordNext);
    assert!(a.views[d].cursor.selection().is_some());
    esc(&mut a);
    assert_eq!(a.views[d].cursor, Default::default());
}

#[test]
fn a_selection_is_drawn_unlike_plain_text() {
    let mut a = app();
    let d = letter(&a);
    let doc = a.corpus.entries[d].doc().unwrap();
    let at = doc.clean.find("bijzondere aandacht voor MH17").unwrap();
    a.jump_to(d, at);
    let _ = screen(&mut a, 120, 40);
    a.update(Action::Select);
    a.update(Action::WordNext);
    a.update(Action::WordNext);
    let t = screen(&mut a, 120, 40);
    let buf = t.backend().buffer();
    let row = text(&t)
        .lines()
        .position(|l| l.contains("bijzondere aandacht voor"))
        .unwrap();
    let line: String = text(&t).lines().nth(row).unwrap().to_string();
    let col = line.find("aandacht").unwrap();
    let x = line[..col].chars().count() as u16;
    let cell = &buf[(x, row as u16)];
    assert!(
        cell.modifier
            .contains(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::DIM),
        "the selected word is not drawn as selected: {:?}",
        cell.modifier
    );
}

/// A jump shows some lines of context above the place, so the top of the
/// view can be in the section before; the tree and the status bar follow the
/// place jumped to, not the top line.
#[test]
fn the_tree_follows_a_jump_not_the_top_line() {
    let mut a = app();
    let d = letter(&a);
    let doc = a.corpus.entries[d].doc().unwrap();
    let mh17 = doc.sections.iter().position(|s| s.title == "MH17").unwrap();
    let first = doc.blocks[doc.sections[mh17].blocks.start].clean.start;
    let _ = screen(&mut a, 120, 40);
    a.jump_to(d, first);
    let _ = screen(&mut a, 120, 40);
    a.sync_tree();
    let top = a.views[d]
        .reader
        .top_block(a.corpus.entries[d].doc().unwrap());
    assert!(
        top < a.corpus.entries[d].doc().unwrap().sections[mh17]
            .blocks
            .start,
        "the jump leaves context above the place"
    );
    assert_eq!(tree_section(&a), "MH17");
    assert_eq!(a.current_section(None).as_deref(), Some("MH17"));
    let cursor = a.views[d]
        .cursor
        .at
        .clone()
        .expect("the cursor is at the place");
    assert_eq!(cursor.start, first);
    // Scrolled back to the top of the letter, the cursor is out of sight and
    // the top line leads again.
    a.focus = brief::tui::app::Pane::Reader;
    a.update(Action::Top);
    let _ = screen(&mut a, 120, 40);
    a.sync_tree();
    let doc = a.corpus.entries[d].doc().unwrap();
    let top = a.views[d].reader.top_block(doc);
    let expected = doc
        .section_of_block(top)
        .map(|s| doc.sections[s].title.clone());
    assert_ne!(expected.as_deref(), Some("MH17"));
    assert_eq!(a.current_section(None), expected);
}

#[test]
fn slash_enter_repeats_the_last_search_and_a_wrap_is_said() {
    let mut a = app();
    let d = letter(&a);
    a.jump_to(d, 0);
    let _ = screen(&mut a, 120, 40);
    // Nothing searched yet: said, and the query line goes.
    press(&mut a, "/");
    enter(&mut a);
    assert!(a.search.view.is_none());
    assert_eq!(a.message.as_deref(), Some("No previous search to repeat"));

    press(&mut a, "/MH17");
    enter(&mut a);
    let first = a.search.view.as_ref().unwrap().current;
    let total = a.search.view.as_ref().unwrap().total;
    assert!(total >= 2, "the letter names MH17 more than once");
    let at = a.views[d].cursor.at.clone().unwrap();
    assert_eq!(
        &a.doc().unwrap().clean[at],
        "MH17",
        "the cursor is on the match"
    );
    esc(&mut a);
    // `/` Enter: the same query, the match after the cursor.
    a.views[d].cursor.at = Some({
        let h = &a.search.view.as_ref().unwrap().hits[first];
        h.clean.clone()
    });
    press(&mut a, "/");
    enter(&mut a);
    let view = a.search.view.as_ref().unwrap();
    assert_eq!(view.query.text, "MH17");
    assert_eq!(view.current, first + 1);
    assert!(!view.typing);
    // n past the last match goes on from the top, and says so.
    for _ in 0..total - first - 2 {
        press(&mut a, "n");
    }
    assert_eq!(a.search.view.as_ref().unwrap().current, total - 1);
    assert!(!a.message.as_deref().unwrap_or("").contains("passed"));
    press(&mut a, "n");
    assert_eq!(a.search.view.as_ref().unwrap().current, 0);
    assert!(
        a.message.as_deref().unwrap().contains("passed the end"),
        "{:?}",
        a.message
    );
    press(&mut a, "N");
    assert!(a.message.as_deref().unwrap().contains("passed the top"));
}

#[test]
fn help_scrolls_to_its_end_and_says_more_follows() {
    let mut a = app();
    let _ = screen(&mut a, 80, 24);
    press(&mut a, "?");
    let s = text(&screen(&mut a, 80, 24));
    assert!(s.contains("↓ more below"), "{s}");
    assert!(!s.contains("↑ more above"), "{s}");
    press(&mut a, "G");
    let s = text(&screen(&mut a, 80, 24));
    assert!(!s.contains("↓ more below"), "{s}");
    assert!(s.contains("↑ more above"), "{s}");
    // The last lines are in view: the notes after the keys, the ≡ marker
    // explained among them.
    assert!(s.contains("another document repeats it"), "{s}");
    assert!(s.contains("≡ beside text or a document"), "{s}");
    press(&mut a, "k");
    let s = text(&screen(&mut a, 80, 24));
    assert!(
        s.contains("↓ more below"),
        "one line up, more follows again: {s}"
    );
    // Wide enough for two columns, nothing to scroll.
    let s = text(&screen(&mut a, 200, 60));
    assert!(
        !s.contains("more below") && !s.contains("more above"),
        "{s}"
    );
}

/// Z gives the reader the whole width and back; a pane the zoom hides
/// brings the others back when it takes the focus. At any width the text
/// column is at most about a printed page's line, centred.
#[test]
fn zoom_and_a_comfortable_line_length() {
    let mut a = app();
    let d = letter(&a);
    a.jump_to(d, 0);
    let t = screen(&mut a, 200, 60);
    let s = text(&t);
    assert!(s.contains("Documents (5)") && s.contains("Sections"), "{s}");
    press(&mut a, "Z");
    insta::assert_snapshot!("zoomed_letter_160x48", screen(&mut a, 160, 48).backend());
    let t = screen(&mut a, 200, 60);
    let s = text(&t);
    assert!(
        !s.contains("Documents (5)") && !s.contains("Sections"),
        "{s}"
    );
    assert!(s.lines().last().unwrap().contains("ZOOM"), "{s}");
    // The reader is 200 wide; its text is a centred column of ≤ 100.
    let row = s
        .lines()
        .find(|l| l.contains("Naar aanleiding van het verzoek"))
        .unwrap();
    let inner: Vec<char> = row.chars().skip(1).take(198).collect();
    let first = inner.iter().position(|c| !c.is_whitespace()).unwrap();
    let last = inner.iter().rposition(|c| !c.is_whitespace()).unwrap();
    assert!(last - first < 100, "a line of {} columns", last - first + 1);
    assert!(first >= 40, "the column is centred: starts at {first}");
    // Tab to the list: the panes come back.
    press(&mut a, "\t");
    let s = text(&screen(&mut a, 200, 60));
    assert!(s.contains("Documents (5)"), "{s}");
    assert!(!a.zoom);
}

/// At 80x24 the section tree is one Tab away and the reader stays beside it;
/// while the tree is used it is as wide as two fifths of the screen allow.
#[test]
fn the_tree_at_80x24_beside_the_reader() {
    let mut a = app();
    let d = letter(&a);
    a.jump_to(d, 0);
    let _ = screen(&mut a, 80, 24);
    press(&mut a, "\t");
    let s = text(&screen(&mut a, 80, 24));
    assert!(
        s.contains("Sections") && s.contains("Politieke en diplomatieke"),
        "{s}"
    );
    assert!(
        s.contains("Kamerbrief van de Ministers"),
        "the reader stays: {s}"
    );
}

/// The text an OSC 52 sequence hands the clipboard.
fn clipboard_text(seq: &str) -> String {
    use base64::Engine;
    let data = seq
        .strip_prefix("\x1b]52;c;")
        .and_then(|s| s.strip_suffix("\x1b\\"))
        .unwrap_or_else(|| panic!("not an OSC 52 sequence: {seq:?}"));
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .expect("base64");
    String::from_utf8(bytes).expect("UTF-8")
}

/// `y` after a jump copies the sentence at the cursor with its citation, and
/// after `v` and `w` the selection; the app keeps the sequence for the event
/// loop (it writes nothing itself) and says what it copied.
#[test]
fn y_copies_the_passage_at_the_cursor_with_its_citation() {
    let mut a = App::new(Corpus::bundled(), Theme::plain());
    let d = letter(&a);
    let doc = a.corpus.entries[d].doc().unwrap();
    let at = doc.clean.find("bijzondere aandacht voor MH17").unwrap();
    a.jump_to(d, at);
    assert_eq!(a.requests.clipboard, None);
    press(&mut a, "y");
    let seq = a
        .requests
        .clipboard
        .take()
        .expect("a sequence for the terminal");
    let citation =
        "— Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022 · MH17 · p. 8";
    assert_eq!(
        clipboard_text(&seq),
        format!("Tijdens het bezoek was er bijzondere aandacht voor MH17.\n{citation}")
    );
    assert_eq!(
        a.message.as_deref(),
        Some("Copied 9 words with citation (MH17, p. 8) to the clipboard")
    );
    // The selection, when there is one.
    press(&mut a, "vwwy");
    let seq = a
        .requests
        .clipboard
        .take()
        .expect("a sequence for the terminal");
    assert_eq!(
        clipboard_text(&seq),
        format!("bijzondere aandacht voor\n{citation}")
    );
    assert_eq!(
        a.message.as_deref(),
        Some("Copied 3 words with citation (MH17, p. 8) to the clipboard")
    );
}

/// A passage longer than a copy may hold is not copied (not cut short under
/// a citation), and the status bar says so.
#[test]
fn y_refuses_a_passage_too_long_to_copy() {
    let long = "Woord ".repeat(brief::tui::clipboard::MAX_COPY / 5);
    let mut a = App::new(common::corpus_of(&[&long]), Theme::plain());
    let doc = a.corpus.entries[0].doc().unwrap();
    let all = 0..doc.clean.len();
    a.views[0].cursor.select(doc, all);
    a.update(Action::Copy);
    assert_eq!(a.requests.clipboard, None);
    let m = a.message.clone().unwrap_or_default();
    assert!(m.starts_with("Not copied: ") && m.contains("100 KB"), "{m}");
}

/// The document list builds only the rows on screen; the window follows the
/// selection down and up, and a click picks the document under it.
#[test]
fn a_long_list_scrolls_with_the_selection() {
    let texts: Vec<String> = (0..60)
        .map(|i| format!("Bericht nummer {i}\n\nDe tekst van bericht {i}.\n"))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut a = App::new(common::corpus_of(&refs), Theme::plain());
    let s = text(&screen(&mut a, 100, 30));
    assert!(
        s.contains("Bericht nummer 0") && !s.contains("Bericht nummer 59"),
        "{s}"
    );
    press(&mut a, "G");
    let s = text(&screen(&mut a, 100, 30));
    assert!(
        s.contains("Bericht nummer 59") && !s.contains("Bericht nummer 0 "),
        "{s}"
    );
    assert_eq!(a.selected, 59);
    press(&mut a, "g");
    let s = text(&screen(&mut a, 100, 30));
    assert!(s.contains("Bericht nummer 0"), "{s}");
    // Down past the window's foot: the window moves by one document.
    for _ in 0..20 {
        press(&mut a, "j");
    }
    let _ = screen(&mut a, 100, 30);
    let offset = a.list.offset;
    assert!(offset > 0 && a.selected < offset + 14, "offset {offset}");
    // A click on the first row under the border picks the document there.
    a.handle_mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: 3,
        row: 1,
        modifiers: crossterm::event::KeyModifiers::NONE,
    });
    assert_eq!(a.selected, offset);
}

/// A document with a decoding note (here: Windows-1252 bytes) shows the note
/// on the reader's first line; G still brings the last line into view. The
/// rows a page has are laid out before drawing, the note's line taken off.
#[test]
fn the_end_of_a_document_with_a_note_is_in_view_after_g() {
    let mut bytes = Vec::new();
    for i in 0..80 {
        bytes.extend_from_slice(format!("Alinea {i} van het caf\u{e9}-verslag.\n\n").as_bytes());
    }
    // One byte that is not UTF-8: the file is read as Windows-1252, with a note.
    bytes.extend_from_slice(b"Het laatste woord: caf\xe9.\n");
    let entry = brief::corpus::load_bytes(
        "d0".into(),
        brief::document::Origin::Bundled("d0.txt".into()),
        bytes,
    );
    assert!(entry.doc().unwrap().note.is_some(), "the file has a note");
    let corpus = Corpus {
        entries: vec![entry],
        root: None,
    };
    let mut a = App::new(corpus, Theme::plain());
    for (w, h) in [(80, 24), (120, 40)] {
        let _ = screen(&mut a, w, h);
        press(&mut a, "G");
        let s = text(&screen(&mut a, w, h));
        assert!(s.contains("⚠"), "the note is shown: {s}");
        assert!(s.contains("Het laatste woord: café."), "{w}x{h}: {s}");
        press(&mut a, "g");
    }
}
