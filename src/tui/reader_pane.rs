//! The reading pane: the visible lines of the current document, styled by
//! block kind, with footnote markers and the dateline picked out, and folded
//! blocks shown as a one-line stub (or dimmed when unfolded).

use super::app::{App, Pane};
use super::frame_layout::ShownLine;
use super::reader::{RAW_CONTINUATION, VisualLine};
use super::theme::Theme;
use super::ui::pane_block;
use crate::corpus::Entry;
use crate::document::{BlockKind, Document, first_words};
use crate::entities::Mention;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use std::ops::Range;

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    draw_doc(app, f, area, app.selected, Pane::Reader);
}

/// The reading pane for corpus entry `shown`: the document being read, or
/// the one compared beside it (`pane` is then [`Pane::Split`]). Its lines
/// were laid out before drawing (`frame_layout`).
pub fn draw_doc(app: &App, f: &mut Frame, area: Rect, shown: usize, pane: Pane) {
    let title = match app.corpus.entries.get(shown) {
        Some(Entry::Doc(d)) => {
            let raw = app.views[shown].reader.raw;
            format!(
                " {}{} ",
                first_words(&d.display_title(), 10),
                if raw { " [raw]" } else { "" }
            )
        }
        Some(Entry::Failed { origin, .. } | Entry::Pending { origin, .. }) => {
            format!(" {} ", origin.display())
        }
        None => " brief ".into(),
    };
    let mut block = pane_block(app, title, pane, area);
    if area.width >= 40 && area.height >= 3 {
        block = block.title_bottom(super::entity_pane::legend(app).right_aligned());
    }
    let inner = block.inner(area);
    f.render_widget(block, area);
    // Where the text goes was laid out before drawing (`frame_layout`).
    let text_area = super::frame_layout::text_area(area);
    let theme = &app.theme;
    let entry = app.corpus.entries.get(shown);
    // Clean ranges of this document that another document repeats.
    let repeated: Vec<Range<usize>> = app
        .crossref
        .as_ref()
        .map(|c| {
            c.duplicates
                .involving(shown)
                .flat_map(|d| [&d.a, &d.b])
                .filter(|(doc, _)| *doc == shown)
                .map(|(_, r)| r.clone())
                .collect()
        })
        .unwrap_or_default();
    let cursor = app
        .views
        .get(shown)
        .map(|v| v.cursor.clone())
        .unwrap_or_default();
    let mark_styles: Vec<(Range<usize>, Style)> = app
        .marks
        .as_ref()
        .and_then(|m| m.placed.get(shown))
        .map(|ps| {
            ps.iter()
                .map(|p| (p.range.clone(), app.label_style(&p.label)))
                .collect()
        })
        .unwrap_or_default();
    let highlights = Highlights {
        mentions: app
            .entities
            .index
            .as_ref()
            .map_or(&[][..], |i| i.mentions(shown)),
        hidden: app.entities.hidden,
        selected: app.entities.selected,
        marks: &mark_styles,
        selection: cursor.selection().map(|r| (r, theme.selection)),
        search: app
            .search
            .view
            .as_ref()
            .map(|v| {
                v.hits
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| h.doc == shown)
                    .map(|(i, h)| {
                        let style = if i == v.current {
                            theme.search_current
                        } else {
                            theme.search
                        };
                        (h.clean.clone(), style)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        // On the current match the match's own style says where the reader is.
        cursor: cursor
            .at
            .clone()
            .filter(|c| {
                app.search.view.as_ref().is_none_or(|v| {
                    v.hits
                        .get(v.current)
                        .is_none_or(|h| h.doc != shown || h.clean != *c)
                })
            })
            .map(|r| (r, theme.cursor)),
    };
    let (doc, view) = match entry {
        Some(Entry::Doc(d)) => (d, &app.views[shown]),
        Some(Entry::Failed { origin, error, .. }) => {
            let msg = vec![
                Line::styled("This file could not be opened.", theme.warn),
                Line::raw(""),
                Line::raw(origin.display()),
                Line::raw(error.to_string()),
            ];
            f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: false }), text_area);
            return;
        }
        Some(Entry::Pending { origin, .. }) => {
            let mut msg = vec![
                Line::styled("Reading this document…", theme.dim),
                Line::raw(""),
                Line::raw(origin.display()),
            ];
            if let Some(done) = app.loading.as_ref().and_then(|l| l.progress.of_documents()) {
                msg.push(Line::styled(format!("{done} read"), theme.dim));
            }
            f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: false }), text_area);
            return;
        }
        None => {
            f.render_widget(
                Paragraph::new("No documents. Give brief a file or a folder of .txt files."),
                text_area,
            );
            return;
        }
    };
    let mut rows = usize::from(text_area.height);
    let mut y = text_area.y;
    if let Some(note) = &doc.note
        && rows > 1
    {
        f.render_widget(
            Paragraph::new(Line::styled(format!("⚠ {note}"), theme.warn)),
            Rect {
                y,
                height: 1,
                ..text_area
            },
        );
        y += 1;
        rows -= 1;
    }
    let Some(visible) = app.areas.shown_in(area).filter(|s| s.doc == shown) else {
        return;
    };
    let visible = &visible.lines;
    // A "≡" in the left margin beside text that another document repeats
    // (the status bar names it; D goes there).
    if !view.reader.raw && text_area.x > inner.x && !repeated.is_empty() {
        for (i, line) in visible.iter().enumerate() {
            if let ShownLine::Clean(VisualLine::Text { unit, range }) = line {
                let base = doc.blocks[*unit].clean.start;
                let r = base + range.start..base + range.end;
                if repeated.iter().any(|d| d.start < r.end && d.end > r.start) {
                    f.render_widget(
                        Paragraph::new(Line::styled("≡", theme.dim)),
                        Rect {
                            x: inner.x,
                            y: y + i as u16,
                            width: 1,
                            height: 1,
                        },
                    );
                }
            }
        }
    }
    let mut lines = Vec::with_capacity(visible.len());
    for line in visible {
        lines.push(match line {
            ShownLine::Clean(VisualLine::Blank) => Line::raw(""),
            ShownLine::Clean(VisualLine::Stub { unit }) => stub_line(doc, *unit, theme),
            ShownLine::Clean(VisualLine::Text { unit, range }) => {
                styled_line(doc, *unit, range.clone(), theme, &highlights)
            }
            // Text before the range on the same source line: a continuation.
            ShownLine::Raw { text, continued } if *continued => Line::from(vec![
                Span::styled(RAW_CONTINUATION, theme.dim),
                Span::raw(text.as_str()),
            ]),
            ShownLine::Raw { text, .. } => Line::raw(text.as_str()),
        });
    }
    // Line by line into the buffer: a Paragraph would reflow them again,
    // grapheme by grapheme, and they are laid out already.
    let buf = f.buffer_mut();
    for (i, line) in lines.iter().take(rows).enumerate() {
        super::line_writer::put_line(buf, text_area.x, y + i as u16, line, text_area.width);
    }
}

fn stub_line(doc: &Document, unit: usize, theme: &Theme) -> Line<'static> {
    let reason = match doc.blocks[unit].kind {
        BlockKind::Folded(r) => r.label(),
        _ => "",
    };
    Line::styled(
        format!(
            "▸ {reason}: {} (z shows)",
            first_words(doc.block_text(unit), 6)
        ),
        theme.stub,
    )
}

fn block_style(kind: BlockKind, theme: &Theme) -> Style {
    match kind {
        BlockKind::Title => theme.title,
        BlockKind::Heading { level: 1 } => theme.heading,
        BlockKind::Heading { .. } => theme.subheading,
        BlockKind::Metadata(_) | BlockKind::Signature => theme.meta,
        BlockKind::Folded(_) => theme.folded,
        BlockKind::Paragraph | BlockKind::Footnote { .. } => Style::new(),
    }
}

/// The entity mentions of the document shown, and how to draw them.
struct Highlights<'a> {
    mentions: &'a [Mention],
    hidden: [bool; 7],
    selected: Option<usize>,
    /// Marks (in their label's style), drawn under the entity styles.
    marks: &'a [(Range<usize>, Style)],
    selection: Option<(Range<usize>, Style)>,
    cursor: Option<(Range<usize>, Style)>,
    /// Search matches in this document, sorted.
    search: Vec<(Range<usize>, Style)>,
}

/// A wrapped line of a block, with the styled ranges that fall in it.
fn styled_line(
    doc: &Document,
    unit: usize,
    range: Range<usize>,
    theme: &Theme,
    hl: &Highlights,
) -> Line<'static> {
    let block = &doc.blocks[unit];
    let base = block_style(block.kind, theme);
    let start = block.clean.start + range.start;
    let end = block.clean.start + range.end;
    // Ranges to pick out, in clean offsets: footnote markers, the dateline, a
    // footnote's own number.
    let mut marks: Vec<(Range<usize>, Style)> = Vec::new();
    let first = doc
        .footnotes
        .partition_point(|n| n.marker.as_ref().is_none_or(|m| m.end <= start));
    for n in &doc.footnotes[first.min(doc.footnotes.len())..] {
        match &n.marker {
            Some(m) if m.start < end => marks.push((m.clone(), theme.marker)),
            Some(_) => break,
            None => {}
        }
    }
    if let Some(d) = &doc.meta.dateline
        && d.clean.start < end
        && d.clean.end > start
    {
        marks.push((d.clean.clone(), theme.dateline));
    }
    if let BlockKind::Footnote { number } = block.kind {
        let len = number.to_string().len();
        marks.push((block.clean.start..block.clean.start + len, theme.marker));
    }
    // Review marks under everything; then entity mentions, the selected
    // entity, the selection and the cursor on top.
    for (r, st) in hl.marks {
        if r.start < end && r.end > start {
            marks.push((r.clone(), *st));
        }
    }
    let from = hl.mentions.partition_point(|m| m.clean.end <= start);
    for m in hl.mentions[from..]
        .iter()
        .take_while(|m| m.clean.start < end)
    {
        if !hl.hidden[m.ty.index()] {
            marks.push((m.clean.clone(), theme.entity[m.ty.index()]));
        }
        if hl.selected == Some(m.entity) {
            marks.push((m.clean.clone(), theme.entity_selected));
        }
    }
    let from = hl.search.partition_point(|(r, _)| r.end <= start);
    for (r, st) in hl.search[from..].iter().take_while(|(r, _)| r.start < end) {
        marks.push((r.clone(), *st));
    }
    for (r, st) in hl.selection.iter().chain(hl.cursor.iter()) {
        if r.start < end && r.end > start {
            marks.push((r.clone(), *st));
        }
    }
    // Cut the line where any mark starts or ends; each piece takes every
    // mark over it, in order, so nested marks (a place in a dateline) show.
    let mut cuts: Vec<usize> = vec![start, end];
    for (r, _) in &marks {
        cuts.extend([r.start.clamp(start, end), r.end.clamp(start, end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        if s >= e || !doc.clean.is_char_boundary(s) || !doc.clean.is_char_boundary(e) {
            continue;
        }
        let style = marks
            .iter()
            .filter(|(r, _)| r.start <= s && e <= r.end)
            .fold(base, |acc, (_, st)| acc.patch(*st));
        spans.push(Span::styled(doc.clean[s..e].to_string(), style));
    }
    Line::from(spans)
}
