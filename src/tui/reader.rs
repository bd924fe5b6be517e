//! The reading pane's state: where the view is (an anchor: a unit and a line in
//! it), whether it shows the clean text or the raw original, whether folded
//! blocks are open, and a per-width cache of wrapped units.
//!
//! A unit is a block of the clean text, or a line of the raw text. Only units
//! that scroll into view are wrapped, so a key press costs work proportional to
//! the screen, not to the document; a resize drops the cache.

use super::wrap::{wrap_hanging, wrap_ranges};

/// Drawn before the rest of a source line that did not fit the pane (raw view).
pub const RAW_CONTINUATION: &str = "↪ ";
const RAW_CONTINUATION_WIDTH: u16 = 2;
use crate::document::Document;
use crate::document::builder::inert;
use crate::document::lines::split_lines;
use std::ops::Range;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Anchor {
    pub unit: usize,
    pub line: usize,
}

/// One screen line of the reading pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VisualLine {
    /// Part of a block (clean mode) or of a raw line (raw mode); the range is
    /// relative to the unit's text.
    Text { unit: usize, range: Range<usize> },
    /// The one-line stand-in for a folded block.
    Stub { unit: usize },
    /// The space between blocks.
    Blank,
}

#[derive(Debug, Default)]
pub struct ReaderView {
    pub top: Anchor,
    pub raw: bool,
    pub show_folded: bool,
    width: u16,
    /// A place asked for before the view was ever wrapped (a jump into a
    /// document not drawn yet): the clean offset and the lines of context
    /// above it, shown once the width is known.
    pending: Option<(usize, usize)>,
    cache: Vec<Option<Rc<[Range<usize>]>>>,
    raw_lines: Option<Rc<[Range<usize>]>>,
    /// The source read again for the raw view, when the document let go of
    /// its own (or a line saying why it cannot be shown); dropped when the
    /// raw view is left.
    source_again: Option<Rc<str>>,
}

impl ReaderView {
    fn invalidate(&mut self) {
        self.cache.clear();
    }

    /// The text width the view was last wrapped at (0 before its first draw).
    pub fn width(&self) -> u16 {
        self.width
    }

    /// Sets the text width; a change drops the wrap cache and keeps the text
    /// that was at the top of the view there.
    pub fn set_width(&mut self, doc: &Document, width: u16) {
        if width == self.width {
            return;
        }
        let keep =
            (!self.raw && self.width != 0 && !doc.blocks.is_empty()).then(|| self.top_clean(doc));
        let pending = self.pending.take().filter(|_| self.width == 0 && !self.raw);
        self.width = width;
        self.invalidate();
        match (keep, pending) {
            (Some(clean), _) => self.show_clean_offset(doc, clean),
            (None, Some((clean, above))) => {
                self.show_clean_offset(doc, clean);
                self.scroll_up(doc, above);
            }
            (None, None) => self.clamp_top(doc),
        }
    }

    /// Keeps the anchor inside the text after anything that changes line counts.
    fn clamp_top(&mut self, doc: &Document) {
        let count = self.unit_count(doc);
        if count == 0 {
            self.top = Anchor::default();
            return;
        }
        if self.top.unit >= count {
            self.top = Anchor {
                unit: count - 1,
                line: 0,
            };
        }
        let h = self.height_of(doc, self.top.unit);
        self.top.line = self.top.line.min(h.saturating_sub(1));
    }

    pub fn raw_lines(&mut self, doc: &Document) -> Rc<[Range<usize>]> {
        if let Some(lines) = &self.raw_lines {
            return lines.clone();
        }
        let again = self.source_again(doc);
        let text = again.as_deref().unwrap_or(&doc.text);
        let lines: Rc<[Range<usize>]> = split_lines(text)
            .into_iter()
            .map(|l| l.full)
            .collect::<Vec<_>>()
            .into();
        self.raw_lines = Some(lines.clone());
        lines
    }

    /// The source read again, for a document that let go of its own
    /// ([`Document::source_text`]); a file changed or gone since it was
    /// read gives a line that says so instead.
    fn source_again(&mut self, doc: &Document) -> Option<Rc<str>> {
        if doc.holds_source() {
            return None;
        }
        let again = self
            .source_again
            .get_or_insert_with(|| match doc.source_text() {
                Ok(text) => text.into(),
                Err(why) => format!("(The raw text cannot be shown: {why}.)").into(),
            });
        Some(again.clone())
    }

    pub fn unit_count(&mut self, doc: &Document) -> usize {
        if self.raw {
            self.raw_lines(doc).len()
        } else {
            doc.blocks.len()
        }
    }

    /// The text of a unit as shown: a block's clean text, or a raw line made inert.
    pub fn unit_text<'d>(&mut self, doc: &'d Document, unit: usize) -> std::borrow::Cow<'d, str> {
        if self.raw {
            let lines = self.raw_lines(doc);
            if let Some(again) = self.source_again(doc) {
                // (Only text files let go of their source: no page indents.)
                return std::borrow::Cow::Owned(inert(&again[lines[unit].clone()]).into_owned());
            }
            let line = inert(&doc.text[lines[unit].clone()]);
            // A PDF's line is indented as it stands on its page.
            let start = lines[unit].start;
            let at = start + usize::from(doc.text[start..].starts_with('\x0c'));
            match doc.layout.as_ref().map_or(0, |l| l.indent_at(at)) {
                n if n == 0 || line.trim().is_empty() => line,
                n => std::borrow::Cow::Owned(format!("{}{line}", " ".repeat(n))),
            }
        } else {
            std::borrow::Cow::Borrowed(doc.block_text(unit))
        }
    }

    fn is_stub(&self, doc: &Document, unit: usize) -> bool {
        !self.raw && !self.show_folded && doc.blocks[unit].kind.is_folded()
    }

    /// Wrapped lines of a unit (ranges relative to its text).
    pub fn wrapped(&mut self, doc: &Document, unit: usize) -> Rc<[Range<usize>]> {
        let count = self.unit_count(doc);
        if self.cache.len() != count {
            self.cache = vec![None; count];
        }
        if let Some(w) = &self.cache[unit] {
            return w.clone();
        }
        let w: Rc<[Range<usize>]> = if self.is_stub(doc, unit) {
            std::iter::once(0..0).collect()
        } else {
            let text = self.unit_text(doc, unit);
            if self.raw {
                // A source line wrapped on screen: its rest hangs behind a mark.
                wrap_hanging(&text, self.width, RAW_CONTINUATION_WIDTH).into()
            } else {
                wrap_ranges(&text, self.width).into()
            }
        };
        self.cache[unit] = Some(w.clone());
        w
    }

    /// Screen lines a unit takes, with the blank line after a block.
    fn height_of(&mut self, doc: &Document, unit: usize) -> usize {
        self.wrapped(doc, unit).len() + usize::from(!self.raw)
    }

    fn line_at(&mut self, doc: &Document, unit: usize, line: usize) -> VisualLine {
        let w = self.wrapped(doc, unit);
        if line >= w.len() {
            VisualLine::Blank
        } else if self.is_stub(doc, unit) {
            VisualLine::Stub { unit }
        } else {
            VisualLine::Text {
                unit,
                range: w[line].clone(),
            }
        }
    }

    /// The lines on screen from the anchor down.
    pub fn visible(&mut self, doc: &Document, height: usize) -> Vec<(Anchor, VisualLine)> {
        self.clamp_top(doc);
        let mut out = Vec::with_capacity(height);
        let count = self.unit_count(doc);
        let mut a = self.top;
        while out.len() < height && a.unit < count {
            let h = self.height_of(doc, a.unit);
            while a.line < h && out.len() < height {
                out.push((a, self.line_at(doc, a.unit, a.line)));
                a.line += 1;
            }
            a = Anchor {
                unit: a.unit + 1,
                line: 0,
            };
        }
        out
    }

    /// The clean text on a pane `height` lines tall (clean view; None in the
    /// raw view or before the first draw): from the start of the top line to
    /// the end of the last text line. Work proportional to the screen.
    pub fn clean_in_view(&mut self, doc: &Document, height: usize) -> Option<Range<usize>> {
        if self.raw || self.width == 0 || doc.blocks.is_empty() {
            return None;
        }
        let visible = self.visible(doc, height);
        self.clean_span(doc, &visible)
    }

    /// The clean text on `visible`, the lines from the top of this view
    /// (None in the raw view or before the first draw): from the start of
    /// the top line to the end of the last text line.
    pub fn clean_span(
        &mut self,
        doc: &Document,
        visible: &[(Anchor, VisualLine)],
    ) -> Option<Range<usize>> {
        if self.raw || self.width == 0 || doc.blocks.is_empty() {
            return None;
        }
        let start = self.top_clean(doc);
        let end = visible
            .iter()
            .rev()
            .find_map(|(_, l)| match l {
                VisualLine::Text { unit, range } => Some(doc.blocks[*unit].clean.start + range.end),
                VisualLine::Stub { unit } => Some(doc.blocks[*unit].clean.end),
                VisualLine::Blank => None,
            })
            .unwrap_or(start);
        Some(start..end.max(start))
    }

    /// Moves the anchor down `n` lines, stopping where the end of the text
    /// reaches the bottom of a pane `height` lines tall.
    pub fn scroll_down(&mut self, doc: &Document, n: usize, height: usize) {
        self.clamp_top(doc);
        let max = self.max_top(doc, height);
        let mut left = n;
        while left > 0 && self.top < max {
            let h = self.height_of(doc, self.top.unit);
            let step = left.min(h - self.top.line);
            self.top.line += step;
            left -= step;
            if self.top.line >= h {
                self.top = Anchor {
                    unit: self.top.unit + 1,
                    line: 0,
                };
            }
        }
        if self.top > max {
            self.top = max;
        }
    }

    pub fn scroll_up(&mut self, doc: &Document, n: usize) {
        if let Some((_, above)) = self.pending.as_mut() {
            *above += n;
        }
        self.clamp_top(doc);
        let mut left = n;
        while left > 0 {
            if self.top.line >= left {
                self.top.line -= left;
                return;
            }
            left -= self.top.line;
            if self.top.unit == 0 {
                self.top.line = 0;
                return;
            }
            let unit = self.top.unit - 1;
            self.top = Anchor {
                unit,
                line: self.height_of(doc, unit),
            };
        }
    }

    /// The highest anchor that still fills the pane: `height` lines before the
    /// end of the text (without the last blank line).
    pub fn max_top(&mut self, doc: &Document, height: usize) -> Anchor {
        let count = self.unit_count(doc);
        if count == 0 {
            return Anchor::default();
        }
        let last = count - 1;
        let mut a = Anchor {
            unit: last,
            line: self.wrapped(doc, last).len(),
        };
        let mut left = height;
        loop {
            if a.line >= left {
                a.line -= left;
                return a;
            }
            left -= a.line;
            if a.unit == 0 {
                return Anchor::default();
            }
            a.unit -= 1;
            a.line = self.height_of(doc, a.unit);
        }
    }

    pub fn to_end(&mut self, doc: &Document, height: usize) {
        self.pending = None;
        self.top = self.max_top(doc, height);
    }

    pub fn to_unit(&mut self, unit: usize) {
        self.pending = None;
        self.top = Anchor { unit, line: 0 };
    }

    /// Scrolls as a movement key asks, with `page` rows on screen (a page
    /// keeps one line of the one before); false for any other action.
    pub fn scroll(&mut self, action: super::action::Action, doc: &Document, page: usize) -> bool {
        use super::action::Action;
        let full = page.saturating_sub(1).max(1);
        let half = (page / 2).max(1);
        match action {
            Action::Down => self.scroll_down(doc, 1, page),
            Action::Up => self.scroll_up(doc, 1),
            Action::PageDown => self.scroll_down(doc, full, page),
            Action::PageUp => self.scroll_up(doc, full),
            Action::HalfPageDown => self.scroll_down(doc, half, page),
            Action::HalfPageUp => self.scroll_up(doc, half),
            Action::Top => self.to_unit(0),
            Action::Bottom => self.to_end(doc, page),
            _ => return false,
        }
        true
    }

    /// The clean offset at the top of the view (the start of the top line).
    pub fn top_clean(&mut self, doc: &Document) -> usize {
        if self.raw {
            let lines = self.raw_lines(doc);
            let Some(l) = lines.get(self.top.unit) else {
                return doc.clean.len();
            };
            let raw = doc.raw_at_text(l.start);
            return doc.clean_at_raw(raw);
        }
        let Some(b) = doc.blocks.get(self.top.unit) else {
            return doc.clean.len();
        };
        let w = self.wrapped(doc, self.top.unit);
        match w.get(self.top.line) {
            Some(r) => b.clean.start + r.start,
            // The blank line after a block: what is read next is the next block.
            None => doc
                .blocks
                .get(self.top.unit + 1)
                .map_or(b.clean.end, |n| n.clean.start),
        }
    }

    /// Switches between the clean and the raw view, keeping the place.
    pub fn toggle_raw(&mut self, doc: &Document) {
        self.pending = None;
        if self.raw {
            let clean = self.top_clean(doc);
            self.raw = false;
            // A source read again is let go with the raw view (and read,
            // and checked, again when it is asked for next).
            if self.source_again.take().is_some() {
                self.raw_lines = None;
            }
            self.invalidate();
            self.show_clean_offset(doc, clean);
        } else {
            let clean = self.top_clean(doc);
            let raw = doc.raw_range(clean..clean + 1).map_or(0, |r| r.start);
            self.raw = true;
            self.invalidate();
            self.top = Anchor::default();
            let lines = self.raw_lines(doc);
            let text_off = doc.text_at_raw(raw);
            let unit = lines
                .partition_point(|l| l.end < text_off)
                .min(lines.len().saturating_sub(1));
            self.top = Anchor { unit, line: 0 };
        }
    }

    /// Puts the line holding a clean offset at the top.
    pub fn show_clean_offset(&mut self, doc: &Document, clean: usize) {
        if doc.blocks.is_empty() {
            self.top = Anchor::default();
            return;
        }
        // Lines are counted at the width the view is drawn at: before the
        // first draw, the place waits for it.
        self.pending = (self.width == 0).then_some((clean, 0));
        let unit = doc.block_at_clean(clean);
        let rel = clean.saturating_sub(doc.blocks[unit].clean.start);
        let w = self.wrapped(doc, unit);
        let line = w.iter().rposition(|r| r.start <= rel).unwrap_or(0);
        self.top = Anchor { unit, line };
    }

    pub fn set_show_folded(&mut self, show: bool) {
        if show != self.show_folded {
            self.show_folded = show;
            self.invalidate();
            self.top.line = 0;
        }
    }

    /// The block at the top of the view (clean mode), for the status bar and tree.
    pub fn top_block(&mut self, doc: &Document) -> usize {
        if self.raw {
            doc.block_at_clean(self.top_clean(doc))
        } else {
            self.top.unit.min(doc.blocks.len().saturating_sub(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Origin;

    /// A paragraph long enough to wrap into many lines, the name near its end.
    fn doc() -> Document {
        let text = format!(
            "Kop\n\n{} Premier Mark Rutte sprak.\n\nTweede alinea.\n",
            "Een zin die de regel vult en dan nog wat meer woorden heeft. ".repeat(12)
        );
        crate::parse::document_from_bytes(
            "d".into(),
            Origin::Bundled("d.txt".into()),
            text.into_bytes(),
        )
        .unwrap()
    }

    fn rows(r: &mut ReaderView, d: &Document, n: usize) -> Vec<String> {
        r.visible(d, n)
            .into_iter()
            .filter_map(|(_, l)| match l {
                VisualLine::Text { unit, range } => {
                    let b = &d.blocks[unit];
                    Some(d.clean[b.clean.clone()][range].to_string())
                }
                _ => None,
            })
            .collect()
    }

    /// A jump into a document that was never drawn shows the place once the
    /// width is known, not a line counted at no width (issue 10's "drawing
    /// writes state that the next update reads").
    #[test]
    fn a_place_asked_for_before_the_first_draw_is_shown_at_the_drawn_width() {
        let d = doc();
        let at = d.clean.find("Rutte").unwrap();
        let mut r = ReaderView::default();
        r.show_clean_offset(&d, at);
        r.scroll_up(&d, 2);
        r.set_width(&d, 40);
        let shown = rows(&mut r, &d, 5);
        assert!(shown.iter().any(|l| l.contains("Rutte")), "{shown:?}");
        assert!(
            !shown[0].contains("Rutte"),
            "two lines of context: {shown:?}"
        );
        // Counter-example: a view that was drawn keeps its own top when the
        // width changes.
        let mut r = ReaderView::default();
        r.set_width(&d, 40);
        r.to_unit(0);
        r.set_width(&d, 60);
        assert_eq!(rows(&mut r, &d, 1), ["Kop"]);
    }

    /// A document that let go of its source shows it read again in the raw
    /// view, and says so when the file changed since it was read.
    #[test]
    fn the_raw_view_reads_a_let_go_source_again_and_checks_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.txt");
        let text = "Geachte voorzitter,\n\nDe Kamer is geïnformeerd.\n";
        std::fs::write(&path, text).unwrap();
        let crate::corpus::Entry::Doc(mut d) = crate::corpus::load::load_file("b".into(), &path)
        else {
            panic!("not read");
        };
        d.release_source_for_reading();
        assert!(!d.holds_source());
        let mut r = ReaderView::default();
        r.toggle_raw(&d);
        let shown: Vec<String> = (0..r.unit_count(&d))
            .map(|u| r.unit_text(&d, u).into_owned())
            .collect();
        assert_eq!(shown.concat(), text.replace('\n', ""));
        // Changed on disk: leaving the raw view lets go of what was read;
        // coming back reads and checks the file again.
        std::fs::write(&path, text.replace("Kamer", "kamer")).unwrap();
        r.toggle_raw(&d);
        r.toggle_raw(&d);
        assert_eq!(r.unit_count(&d), 1);
        let said = r.unit_text(&d, 0).into_owned();
        assert!(said.contains("has changed since it was read"), "{said}");
    }
}
