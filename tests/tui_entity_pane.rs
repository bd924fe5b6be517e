//! The entities pane scrolls as a list does, building only the rows on
//! screen: the selected row is always in view, at the bottom when moving
//! down past the screen, at the top when moving up past it.

mod common;

use brief::corpus::Corpus;
use brief::tui::{App, Theme};
use common::{press, screen, screen_text};

fn app() -> App {
    let mut a = App::new(Corpus::bundled().into_reading_order(), Theme::plain());
    a.load_entities();
    a
}

/// The names of the pane's rows on screen, top to bottom, and the
/// selected one. A row is known by its type, count and the start of its
/// name, as the pane writes them (the name itself may be in the text too).
fn shown(a: &mut App, w: u16, h: u16) -> (Vec<String>, Option<String>) {
    let s = screen_text(&screen(a, w, h));
    let index = a.entities.index.clone().unwrap();
    let width = a
        .entities
        .rows
        .iter()
        .map(|&(_, c)| c.to_string().len())
        .max()
        .unwrap();
    let rows: Vec<(String, String)> = a
        .entities
        .rows
        .iter()
        .map(|&(e, count)| {
            let ent = &index.entities[e];
            let start: String = ent.name.chars().take(8).collect();
            let row = format!("{:<6}{count:>width$} {start}", ent.ty.code());
            (ent.name.clone(), row)
        })
        .collect();
    let selected = rows.get(a.entities.list.selected).map(|r| r.0.clone());
    let on_screen = rows
        .iter()
        .filter(|(_, row)| s.contains(row.as_str()))
        .map(|(name, _)| name.clone())
        .collect();
    (on_screen, selected)
}

#[test]
fn the_selected_entity_stays_in_view_and_the_list_scrolls_to_it() {
    let mut a = app();
    // The entities pane, all documents: more rows than a 24-row screen.
    press(&mut a, "ea");
    let rows = a.entities.rows.len();
    assert!(rows > 40, "{rows} rows");
    let (top, selected) = shown(&mut a, 160, 24);
    assert!(top.contains(&selected.clone().unwrap()));
    // G: the last row, in view; the first no longer.
    press(&mut a, "G");
    let (bottom, selected) = shown(&mut a, 160, 24);
    let last = selected.unwrap();
    assert!(bottom.contains(&last), "{last} in {bottom:?}");
    assert!(!bottom.contains(&top[0]), "{:?} still shown", top[0]);
    // Up by one: the view stays where it is.
    press(&mut a, "k");
    let (after_k, _) = shown(&mut a, 160, 24);
    assert_eq!(after_k, bottom);
    // g: back at the top, as at first.
    press(&mut a, "g");
    let (again, selected) = shown(&mut a, 160, 24);
    assert_eq!(again, top);
    assert_eq!(selected.as_deref(), Some(top[0].as_str()));
}
