//! What the list overlays share: their box over the reader, the page their
//! keys move by (from the same box, so a page is what shows), drawing their
//! items through the one list ([`list_view`]), and how they name a document,
//! a section and a passage. Everything taken from a document is made inert
//! before it is drawn.

use crate::document::Document;
use crate::output::inert::inert_line;
use crate::tui::app::App;
use crate::tui::list_view::{self, ListView};
use crate::tui::ui::{centered, overlay_block};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Clear;
use std::ops::Range;

/// How long a document's title may be in a message.
pub const TITLE_MAX: usize = 32;

/// The box of a list overlay on `screen`: all of it but a margin.
pub fn list_box(screen: Rect) -> Rect {
    centered(
        screen,
        screen.width.saturating_sub(6).max(20),
        screen.height.saturating_sub(4).max(5),
    )
}

/// Items a page of a list overlay on `screen`, items `rows_each` rows tall
/// (`above` rows of the box's inside taken by other things).
pub fn per_page(screen: Rect, rows_each: usize, above: u16) -> usize {
    let inside = list_box(screen).height.saturating_sub(2 + above);
    (usize::from(inside) / rows_each.max(1)).max(1)
}

/// What a list overlay shows: its title, its selection, how many items it
/// has and about how many rows each takes (the list scrolls to the
/// selection if taller ones push it off).
pub struct Listing<'t> {
    pub title: &'t str,
    pub list: ListView,
    pub len: usize,
    pub rows_each: usize,
}

impl<'t> Listing<'t> {
    pub fn of(title: &'t str, list: ListView, len: usize, rows_each: usize) -> Listing<'t> {
        Listing {
            title,
            list,
            len,
            rows_each,
        }
    }
}

/// A list overlay: its box cleared and framed with the title, and the
/// items around the selection inside, each built by `item` only when it
/// shows.
pub fn draw_list<'a>(
    app: &App,
    f: &mut Frame,
    screen: Rect,
    listing: Listing,
    item: impl FnMut(usize) -> Text<'a>,
) {
    let Listing {
        title,
        list,
        len,
        rows_each,
    } = listing;
    let rect = list_box(screen);
    let block = overlay_block(&app.theme, title, rect);
    let inner = block.inner(rect);
    f.render_widget(Clear, rect);
    f.render_widget(block, rect);
    let first = list.centred(len, per_page(screen, rows_each, 0));
    let selected = Some(list.selected).filter(|&s| s < len);
    list_view::render(
        f.buffer_mut(),
        inner,
        first,
        len,
        selected,
        list_view::Highlight {
            style: app.theme.selected,
            pointer: true,
        },
        item,
    );
}

/// A passage in a list of places (matches, mentions): the document's
/// title and the section, then the words around the passage, it in
/// `style`. Two rows; `room` columns for the words.
pub fn passage_item(
    app: &App,
    doc: &Document,
    passage: &Range<usize>,
    style: ratatui::style::Style,
    room: usize,
) -> Text<'static> {
    let (before, hit, after) = crate::search::snippet(doc, passage, room);
    Text::from(vec![
        Line::styled(
            format!(
                "{} · {}",
                inert_line(&doc.short_title(TITLE_MAX)),
                section_at(doc, passage.start)
            ),
            app.theme.dim,
        ),
        Line::from(vec![
            Span::raw("  "),
            Span::raw(before),
            Span::styled(hit, style),
            Span::raw(after),
        ]),
    ])
}

/// How long a document's title may be in a list `width` columns wide: half
/// of it, so what follows the title still shows, within 20 and 40.
pub fn list_title_max(width: usize) -> usize {
    (width / 2).clamp(20, 40)
}

/// What a list calls corpus entry `doc`: its short title (at most `max`
/// characters), inert.
pub fn doc_name(app: &App, doc: usize, max: usize) -> String {
    app.corpus.entries.get(doc).map_or(String::new(), |e| {
        inert_line(&e.short_name(max)).into_owned()
    })
}

/// The start of a passage, as much as fits in `width` columns.
pub fn opening(doc: &Document, r: &Range<usize>, width: usize) -> String {
    let text = doc.clean[r.clone()].replace('\n', " ");
    crate::tui::ui::cut_to_width(&inert_line(&text), width)
}

/// The title of the section at clean offset `at`, inert (empty outside
/// any).
pub fn section_at(doc: &Document, at: usize) -> String {
    doc.section_of_block(doc.block_at_clean(at))
        .map_or(String::new(), |s| {
            inert_line(&doc.sections[s].title).into_owned()
        })
}
