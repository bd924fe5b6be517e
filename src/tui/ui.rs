//! Drawing: [`draw`] lays the frame out (`frame_layout`, the one step that
//! changes the state: scroll positions, wrap caches, what each pane shows)
//! and then [`paint`]s it, a function of the app read-only.

use super::action::Action;
use super::app::{App, Pane};
use super::entity_pane;
use super::keymap::Context;
use super::pane_frame::PaneFrame;
use super::reader_pane;
use super::search_pane;
use super::theme::Theme;
use crate::corpus::Entry;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(app: &mut App, f: &mut Frame) {
    let l = app.lay_out(f.area());
    paint(app, &l, f);
}

/// Draws the frame laid out as `l`, changing nothing.
pub fn paint(app: &App, l: &super::layout::PaneLayout, f: &mut Frame) {
    let area = f.area();
    if let Some(r) = l.list {
        super::document_list::draw(app, f, r);
    }
    if let Some(r) = l.tree {
        draw_tree(app, f, r);
    }
    if let Some(r) = l.entities {
        entity_pane::draw_pane(app, f, r);
    }
    let split = app.areas.split;
    match (l.reader, app.split) {
        // Too small for two: the focused one of the pair fills the place.
        (Some(r), Some(doc)) if split.is_none() && app.focus == Pane::Split => {
            reader_pane::draw_doc(app, f, r, doc, Pane::Split)
        }
        (Some(r), _) => reader_pane::draw(app, f, r),
        (None, _) => {}
    }
    if let (Some(doc), Some(r)) = (app.split, split) {
        reader_pane::draw_doc(app, f, r, doc, Pane::Split);
    }
    if let Some(r) = l.status {
        let typing_here = app
            .search
            .view
            .as_ref()
            .is_some_and(|s| s.typing && s.scope == super::search_view::Scope::Document);
        if typing_here {
            search_pane::draw_query_line(app, f, r);
        } else {
            draw_status(app, f, r);
        }
    }
    if let Some(panel) = &app.panel {
        panel.draw(app, f, area);
    }
}

/// A pane's frame: a border when there is room for one, else none.
pub fn pane_block<'a>(app: &App, title: String, pane: Pane, area: Rect) -> PaneFrame<'a> {
    let style = if app.focus == pane {
        app.theme.border_focus
    } else {
        app.theme.border
    };
    PaneFrame::new(Line::from(Span::styled(title, style)), style, area)
}

fn draw_tree(app: &App, f: &mut Frame, area: Rect) {
    let block = pane_block(app, " Sections ".into(), Pane::Tree, area);
    let highlight = if app.focus == Pane::Tree {
        app.theme.selected
    } else {
        app.theme.current
    };
    let inner = block.inner(area);
    f.render_widget(block, area);
    if let (Some(view), Some(doc)) = (
        app.views.get(app.selected),
        app.corpus.entries.get(app.selected).and_then(|e| e.doc()),
    ) {
        view.outline.draw(doc, f.buffer_mut(), inner, highlight);
    }
}

/// How much of a document's title the status bar shows, in characters.
const STATUS_TITLE: usize = 32;

fn draw_status(app: &App, f: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let mut left = String::new();
    if let (Some(Entry::Doc(doc)), Some(place)) =
        (app.corpus.entries.get(app.selected), &app.areas.place)
    {
        let view = &app.views[app.selected];
        let (top, at_end) = (place.top_clean, place.at_end);
        let pct = if at_end || doc.clean.is_empty() {
            100
        } else {
            (top * 100 / doc.clean.len()).min(99)
        };
        left.push_str(&format!(
            " {} · {}",
            doc.short_title(STATUS_TITLE),
            doc.kind.label()
        ));
        // Modes first: they must stay in view when a long section name fills
        // a narrow status bar.
        if view.reader.raw {
            left.push_str(" · RAW");
        }
        if app.zoom {
            left.push_str(" · ZOOM");
        }
        if view.reader.show_folded {
            left.push_str(" · unfolded");
        }
        if let Some(s) = &place.section {
            left.push_str(&format!(" · {s}"));
        }
        if let Some(raw) = doc.raw_range(top..top + 1)
            && let Some(p) = doc.page_at_raw(raw.start)
        {
            left.push_str(&format!(" · p. {p}/{}", doc.pages.len()));
        }
        left.push_str(&format!(" · {pct}%"));
    } else if let Some(Entry::Failed { origin, .. }) = app.corpus.entries.get(app.selected) {
        left = format!(" {} · cannot open", origin.display());
    }
    let copies = app.copies_here();
    if let Some((d, _)) = copies.first() {
        let other = match &app.corpus.entries[*d] {
            Entry::Doc(doc) => doc.short_title(STATUS_TITLE),
            e => e.id().to_string(),
        };
        left.push_str(&format!(
            " · also in {other} ({})",
            app.keymap.keys_for(Action::Duplicate)
        ));
    }
    if let Some(m) = &app.message {
        left = format!(" {m} ·{left}");
    } else if let Some(r) = app.reading_status() {
        // Documents still being read: said at every size (the entities
        // pane, which says it too, is not always shown).
        left = format!(" {r} ·{left}");
    } else if let Some(c) = app.search_count() {
        left = format!(" {c} ·{left}");
    } else if let Some(p) = app.marks.as_ref().and_then(|m| m.problem.as_ref()) {
        left = format!(" ⚠ {p} ·{left}");
    } else if !app.failures.is_empty() {
        left = format!(" ⚠ {} ·{left}", app.failures.join("; "));
    } else if let super::entity_view::IndexState::Warning(w) = &app.entities.state {
        left = format!(" ⚠ {w} ·{left}");
    } else if let Some(c) = app.crossref_status() {
        left = format!(" {c} ·{left}");
    }
    let width = usize::from(area.width);
    let lw = left.width();
    let all = format!("{} ", app.keymap.hints(Context::Global).join("  "));
    let help = format!(
        "{} help ",
        app.keymap
            .key_for(Action::Show(super::panels::Overlay::Help))
    );
    // Every hint when they fit beside the status; else the way to the
    // help when that fits; the status is never cut for them.
    let right = [all, help].into_iter().find(|r| lw + r.width() < width);
    let line = match right {
        Some(right) => {
            let left = cut_to_width(&left, width - right.width() - 1);
            let gap = width - left.width() - right.width();
            Line::from(vec![
                Span::raw(left),
                Span::raw(" ".repeat(gap)),
                Span::raw(right),
            ])
        }
        // Cut with an ellipsis, one column short of the edge (an overlay
        // over the status row leaves that column, and nothing shows there).
        None => Line::from(cut_to_width(&left, width.saturating_sub(1))),
    };
    f.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// `s` in at most `width` columns, ending in "…" when cut (between
/// grapheme clusters).
pub(crate) fn cut_to_width(s: &str, width: usize) -> String {
    // Nearly every title, file name and fact: characters that are each a
    // cluster of their own, one column wide (the document list cuts two
    // lines a row on every frame, and grapheme splitting was a tenth of a
    // page key on a large briefing). Only the first `width + 1` matter:
    // then the text is longer than the width, the cut falls before the
    // last of them, and nothing after can join a kept character.
    let head = s.chars().take(width + 1);
    if head.clone().all(super::line_writer::one_cell_alone) {
        return match head.count() {
            n if n <= width => s.to_string(),
            _ if width == 0 => String::new(),
            _ => s.chars().take(width - 1).chain(['…']).collect(),
        };
    }
    cut_by_graphemes(s, width)
}

/// [`cut_to_width`] for any text: by grapheme clusters and their widths.
fn cut_by_graphemes(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(s, true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// A centred rectangle for overlays, within `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// What an overlay's keys do, named by the keys they are bound to now
/// ("Enter go · Esc close"): a `keys.toml` that rebinds them changes the
/// reminder too.
pub fn key_reminder(app: &App, keys: &[(Action, &str)]) -> String {
    keys.iter()
        .map(|(action, what)| format!("{} {what}", app.keymap.key_for(*action)))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn overlay_block<'a>(theme: &Theme, title: &'a str, area: Rect) -> Block<'a> {
    if area.width < 4 || area.height < 3 {
        return Block::new();
    }
    // A title longer than the box ends in "…" instead of being clipped.
    let title = cut_to_width(title, usize::from(area.width - 2));
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(title, theme.border_focus))
}

#[cfg(test)]
mod tests {
    use super::{cut_by_graphemes, cut_to_width};

    #[test]
    fn a_cut_line_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(cut_to_width("kort", 10), "kort");
        assert_eq!(cut_to_width("Oekraïne geëist", 10), "Oekraïne …");
        assert_eq!(cut_to_width("日本語テキスト", 7), "日本語…");
        assert_eq!(
            cut_to_width("e\u{301}e\u{301}e\u{301}", 3),
            "e\u{301}e\u{301}e\u{301}"
        );
        assert_eq!(
            cut_to_width("e\u{301}e\u{301}e\u{301}x", 3),
            "e\u{301}e\u{301}…"
        );
        assert_eq!(cut_to_width("abc", 0), "");
        assert_eq!(cut_to_width("abc", 1), "…");
        assert_eq!(cut_to_width("Kamerbrief", 5), "Kame…");
    }

    proptest::proptest! {
        /// The shortcut for text of one-column clusters cuts where the
        /// grapheme walk cuts, and other text takes the walk.
        #[test]
        fn the_shortcut_cuts_where_the_graphemes_cut(
            pieces in proptest::collection::vec(0usize..10, 0..12),
            width in 0usize..14,
        ) {
            const PIECES: [&str; 10] = ["a", "Oekraïne", " ", "—", "’", "\u{301}", "日", "ĳ", "\u{AD}", "≡"];
            let s: String = pieces.into_iter().map(|p| PIECES[p]).collect();
            proptest::prop_assert_eq!(cut_to_width(&s, width), cut_by_graphemes(&s, width));
        }
    }
}
