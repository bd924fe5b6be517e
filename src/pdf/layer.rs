//! Putting a PDF's lines in reading order and writing the text layer. Per
//! page: the body columns, band by band (a line that crosses a gutter
//! closes a band), each column top to bottom; then the sidebar. A blank
//! line stands where the page leaves more vertical space than the
//! document's usual line pitch, and where the reading jumps (to the next
//! column, to the sidebar).

use super::columns::{self, Columns};
use super::glyphs::{self, Page};
use super::lines::{self, Segment};
use super::roles::{self, Placed};
use super::{LayerLine, LineRole, PdfError, TextLayer};
use std::collections::HashMap;

/// A PDF's text layer, or why it has none.
pub fn text_layer(bytes: &[u8]) -> Result<TextLayer, PdfError> {
    let pages = glyphs::read_pages(bytes)?;
    if pages.iter().all(|p| p.glyphs.is_empty()) {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    let layer = build(&pages);
    // Offsets into the text are kept as u32 (see `document::span_map`).
    if layer.text.len() > crate::document::source::MAX_DOCUMENT_BYTES {
        return Err(PdfError::TextTooLarge {
            bytes: layer.text.len(),
        });
    }
    Ok(layer)
}

/// The text layer of pages already read.
pub fn build(pages: &[Page]) -> TextLayer {
    let mut placed: Vec<Vec<(Placed, Option<usize>)>> = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        placed.push(place_page(i as u32 + 1, page));
    }
    // Roles over all pages (repetition needs them all).
    let mut only: Vec<Vec<Placed>> = placed
        .iter()
        .map(|p| p.iter().map(|(l, _)| l.clone()).collect())
        .collect();
    roles::mark_furniture(&mut only);
    let body = roles::body_size(&only);
    roles::mark_footnotes(&mut only, body);
    for (page, roles) in placed.iter_mut().zip(&only) {
        for ((line, _), with_role) in page.iter_mut().zip(roles) {
            line.role = with_role.role;
        }
    }
    let ordered: Vec<Vec<Placed>> = placed.into_iter().map(reading_order).collect();
    write(&ordered, pages)
}

/// A page's lines with their column (None: across a gutter), top to bottom.
fn place_page(number: u32, page: &Page) -> Vec<(Placed, Option<usize>)> {
    let bands = lines::segments(&page.glyphs);
    let all: Vec<&Segment> = bands.iter().flatten().collect();
    let cols: Columns = columns::find(&all, page.width);
    let sidebar = cols.sidebar.then(|| cols.starts.len() - 1);
    let mut out = Vec::new();
    for band in &bands {
        // Segments of one column on one band are one line.
        let mut by_column: Vec<(Option<usize>, Segment)> = Vec::new();
        for s in band {
            let c = columns::column_of(&cols, s);
            match by_column.last_mut() {
                Some((last, line)) if *last == c && c.is_some() => join(line, s),
                _ => by_column.push((c, s.clone())),
            }
        }
        for (column, line) in by_column {
            let role = if column.is_some() && column == sidebar {
                LineRole::Sidebar
            } else {
                LineRole::Body
            };
            let placed = Placed {
                page: number,
                page_height: page.height,
                line,
                role,
            };
            out.push((placed, column));
        }
    }
    out
}

/// Appends a segment of the same column and band (a tab stop's gap) to a line.
fn join(line: &mut Segment, s: &Segment) {
    line.text.push(' ');
    let shift = line.text.len();
    line.text.push_str(&s.text);
    line.superscripts.extend(
        s.superscripts
            .iter()
            .map(|r| r.start + shift..r.end + shift),
    );
    line.x_end = s.x_end;
    line.bold &= s.bold;
    line.italic &= s.italic;
}

/// Body columns band by band, then the sidebar.
fn reading_order(page: Vec<(Placed, Option<usize>)>) -> Vec<Placed> {
    let mut out = Vec::with_capacity(page.len());
    let mut side = Vec::new();
    let mut block: Vec<(Placed, usize)> = Vec::new();
    let flush = |block: &mut Vec<(Placed, usize)>, out: &mut Vec<Placed>| {
        block.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.line.y.total_cmp(&b.0.line.y)));
        out.extend(block.drain(..).map(|(p, _)| p));
    };
    for (line, column) in page {
        match (line.role, column) {
            (LineRole::Sidebar, _) => side.push(line),
            (_, Some(c)) => block.push((line, c)),
            (_, None) => {
                flush(&mut block, &mut out);
                out.push(line);
            }
        }
    }
    flush(&mut block, &mut out);
    out.extend(side);
    out
}

/// The usual distance between two lines: per type size, the most common gap
/// between consecutive lines of that size and role (a box set in smaller type
/// may keep the body's leading), and over all sizes as a share of the size,
/// for sizes seen too rarely to have their own.
struct Pitch {
    by_size: HashMap<i32, f32>,
    ratio: f32,
}

impl Pitch {
    fn of(pages: &[Vec<Placed>]) -> Self {
        let mut ratios: HashMap<i32, usize> = HashMap::new();
        let mut gaps: HashMap<i32, HashMap<i32, usize>> = HashMap::new();
        for page in pages {
            for w in page.windows(2) {
                let (a, b) = (&w[0], &w[1]);
                let gap = b.line.y - a.line.y;
                if a.role == b.role && gap > 0.0 && (a.line.size - b.line.size).abs() < 0.5 {
                    *ratios
                        .entry((gap / b.line.size * 20.0).round() as i32)
                        .or_default() += 1;
                    *gaps
                        .entry(size_key(b.line.size))
                        .or_default()
                        .entry((gap * 2.0).round() as i32)
                        .or_default() += 1;
                }
            }
        }
        let most = |m: HashMap<i32, usize>| m.into_iter().max_by_key(|&(v, n)| (n, -v));
        let ratio = most(ratios).map_or(1.2, |(r, _)| r as f32 / 20.0);
        let by_size = gaps
            .into_iter()
            .filter_map(|(size, g)| {
                let seen: usize = g.values().sum();
                let (gap, n) = most(g)?;
                // A size needs a few lines at one leading to have its own.
                (seen >= 4 && n * 2 >= seen).then_some((size, gap as f32 / 2.0))
            })
            .collect();
        Self { by_size, ratio }
    }

    /// Whether the gap between two lines is more than a line's distance.
    fn is_break(&self, gap: f32, a: f32, b: f32) -> bool {
        let size = a.max(b);
        let usual = match (
            self.by_size.get(&size_key(a)),
            self.by_size.get(&size_key(b)),
        ) {
            (Some(x), Some(y)) => x.max(*y),
            (Some(x), None) | (None, Some(x)) => x.max(self.ratio * size),
            (None, None) => self.ratio * size,
        };
        gap > 1.25 * usual
    }
}

fn size_key(size: f32) -> i32 {
    (size * 2.0).round() as i32
}

fn write(pages: &[Vec<Placed>], source: &[Page]) -> TextLayer {
    let pitch = Pitch::of(pages);
    let mut text = String::new();
    let mut lines = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            text.push('\x0c');
        }
        let mut prev: Option<&Placed> = None;
        for p in page {
            if let Some(q) = prev {
                let gap = p.line.y - q.line.y;
                let jump =
                    p.role != q.role || gap <= 0.0 || pitch.is_break(gap, q.line.size, p.line.size);
                if jump {
                    text.push('\n');
                }
            }
            let start = text.len();
            text.push_str(&p.line.text);
            lines.push(LayerLine {
                range: start..text.len(),
                page: p.page,
                x: p.line.x,
                y: p.line.y,
                size: p.line.size,
                bold: p.line.bold,
                italic: p.line.italic,
                role: p.role,
                superscripts: p
                    .line
                    .superscripts
                    .iter()
                    .map(|r| r.start + start..r.end + start)
                    .collect(),
            });
            text.push('\n');
            prev = Some(p);
        }
    }
    TextLayer {
        text,
        lines,
        page_widths: source.iter().map(|p| p.width).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::LineRole;

    fn line(y: f32, size: f32, text: &str) -> Placed {
        Placed {
            page: 1,
            page_height: 842.0,
            line: Segment {
                x: 78.0,
                x_end: 500.0,
                y,
                size,
                bold: false,
                italic: false,
                text: text.into(),
                superscripts: vec![],
            },
            role: LineRole::Body,
        }
    }

    /// The text of a page with blank lines where the layer puts them.
    fn text(lines: Vec<Placed>) -> String {
        write(&[lines], &[]).text
    }

    #[test]
    fn a_box_in_smaller_type_at_the_body_leading_stays_one_paragraph() {
        // Body: 9 pt at 12 pt leading; a box: 7 pt at the same 12 pt leading
        // (as in a real letter's "kader"), which is 1.7 times its size.
        let mut page: Vec<Placed> = (0..6)
            .map(|k| line(100.0 + 12.0 * k as f32, 9.0, "body"))
            .collect();
        page.extend((0..5).map(|k| line(200.0 + 12.0 * k as f32, 7.0, "box")));
        let t = text(page);
        assert!(t.contains("box\nbox\nbox\nbox\nbox"), "{t:?}");
        // Counter-example: a gap of two lines in the box is a paragraph break.
        let mut page: Vec<Placed> = (0..6)
            .map(|k| line(100.0 + 12.0 * k as f32, 9.0, "body"))
            .collect();
        page.extend((0..5).map(|k| line(200.0 + 12.0 * k as f32, 7.0, "box")));
        page.push(line(200.0 + 12.0 * 6.0, 7.0, "next"));
        let t = text(page);
        assert!(t.contains("box\n\nnext"), "{t:?}");
        // and the body's own paragraph break is kept.
        let page = vec![
            line(100.0, 9.0, "a"),
            line(112.0, 9.0, "b"),
            line(124.0, 9.0, "c"),
            line(136.0, 9.0, "d"),
            line(148.0, 9.0, "e"),
            line(172.0, 9.0, "f"),
        ];
        assert_eq!(text(page), "a\nb\nc\nd\ne\n\nf\n");
    }
}
