//! The section tree of one document as the reader keeps it: which sections
//! are open, which one is selected, how far the pane is scrolled, and how
//! many marks each section holds.
//!
//! The rows it shows (the open part of the tree, in document order) are
//! worked out when what is open changes, not when it is drawn: a frame draws
//! the rows on screen only. (The tree widget used before flattened the whole
//! tree and checked every identifier on each frame, which in a long document
//! of thousands of sections was most of a key press.) It draws as that
//! widget did: "▶ " before the selected row, two columns of indent a level,
//! "▼ "/"▶ " before an open/closed section with subsections.

use crate::document::{Document, SectionKind};
use crate::tui::list_view::ListView;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

/// The selected row's marker; other rows get as many blanks.
const SELECTED: &str = "▶ ";
const OPEN: &str = "▼ ";
const CLOSED: &str = "▶ ";
const LEAF: &str = "  ";

/// One row: a section and how deep it is (0 for a top-level one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    section: usize,
    depth: u16,
}

#[derive(Debug, Clone, Default)]
pub struct SectionOutline {
    /// Per section: its subsections are shown.
    open: Vec<bool>,
    rows: Vec<Row>,
    /// The rows are in ascending section order (sections are numbered in
    /// reading order): a section's row is found by binary search.
    sorted: bool,
    selected: Option<usize>,
    /// The first row on screen.
    offset: usize,
    /// Per section: the marks whose passage starts in it.
    marks: Vec<usize>,
}

impl SectionOutline {
    /// The tree of `doc`, every section closed, nothing selected.
    pub fn new(doc: &Document) -> SectionOutline {
        let mut o = SectionOutline {
            open: vec![false; doc.sections.len()],
            marks: vec![0; doc.sections.len()],
            ..SectionOutline::default()
        };
        o.rebuild(doc);
        o
    }

    fn rebuild(&mut self, doc: &Document) {
        fn walk(doc: &Document, open: &[bool], s: usize, depth: u16, rows: &mut Vec<Row>) {
            rows.push(Row { section: s, depth });
            if open.get(s).copied().unwrap_or(false) {
                for &c in &doc.sections[s].children {
                    walk(doc, open, c, depth + 1, rows);
                }
            }
        }
        self.rows.clear();
        for s in (0..doc.sections.len()).filter(|&s| doc.sections[s].parent.is_none()) {
            walk(doc, &self.open, s, 0, &mut self.rows);
        }
        self.sorted = self.rows.windows(2).all(|w| w[0].section < w[1].section);
    }

    fn row_of(&self, section: usize) -> Option<usize> {
        if self.sorted {
            self.rows.binary_search_by_key(&section, |r| r.section).ok()
        } else {
            self.rows.iter().position(|r| r.section == section)
        }
    }

    /// The selected section.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Selects `section`, opening the sections it is in so that it shows.
    pub fn select(&mut self, doc: &Document, section: usize) {
        if section >= doc.sections.len() {
            return;
        }
        let mut changed = false;
        let mut p = doc.sections[section].parent;
        while let Some(x) = p {
            changed |= !std::mem::replace(&mut self.open[x], true);
            p = doc.sections[x].parent;
        }
        if changed {
            self.rebuild(doc);
        }
        self.selected = Some(section);
    }

    fn select_row(&mut self, row: usize) {
        if let Some(r) = self.rows.get(row.min(self.rows.len().saturating_sub(1))) {
            self.selected = Some(r.section);
        }
    }

    /// Moves the selection for a movement action (`page` rows a page),
    /// staying in the tree; with nothing selected, selects the first row.
    /// False for any other action.
    pub fn step(&mut self, action: crate::tui::action::Action, page: usize) -> bool {
        let mut list = ListView::at(self.selected.and_then(|s| self.row_of(s)).unwrap_or(0));
        let moved = list.step(action, self.rows.len(), page);
        if moved {
            // Nothing selected yet: the first move selects the first row.
            let row = if self.selected.is_some() {
                list.selected
            } else {
                0
            };
            self.select_row(row);
        }
        moved
    }

    /// An action for the tree of `doc`, `page` rows high: moves, opening
    /// and closing sections; Enter asks for the section in the reader.
    pub fn update(
        &mut self,
        action: crate::tui::action::Action,
        doc: &Document,
        page: usize,
        fx: &mut Vec<crate::tui::panel::Effect>,
    ) {
        use crate::tui::action::Action;
        use crate::tui::panel::Effect;
        if self.step(action, page) {
            return;
        }
        match action {
            Action::Collapse => self.collapse(doc),
            Action::Expand => self.expand(doc),
            Action::Open => {
                if let Some(section) = self.selected() {
                    fx.extend([
                        Effect::Section(section),
                        Effect::Focus(crate::tui::app::Pane::Reader),
                    ]);
                }
            }
            _ => {}
        }
    }

    /// Opens the selected section.
    pub fn expand(&mut self, doc: &Document) {
        if let Some(s) = self.selected
            && !doc.sections[s].children.is_empty()
            && !std::mem::replace(&mut self.open[s], true)
        {
            self.rebuild(doc);
        }
    }

    /// Closes the selected section, or, when it is closed, selects the
    /// section it is in.
    pub fn collapse(&mut self, doc: &Document) {
        let Some(s) = self.selected else { return };
        if std::mem::replace(&mut self.open[s], false) {
            self.rebuild(doc);
        } else if let Some(parent) = doc.sections[s].parent {
            self.selected = Some(parent);
        }
    }

    /// A click on row `row` of the pane (0 the first shown): selects the
    /// section there, or opens or closes it when it is selected already.
    /// The section clicked, if any.
    pub fn click(&mut self, doc: &Document, row: usize) -> Option<usize> {
        let section = self.rows.get(self.offset + row)?.section;
        if self.selected == Some(section) {
            if !doc.sections[section].children.is_empty() {
                self.open[section] = !self.open[section];
                self.rebuild(doc);
            }
        } else {
            self.selected = Some(section);
        }
        Some(section)
    }

    /// Counts the marks whose passage (a clean range) starts in each
    /// section; the labels show them ("MH17 (2)").
    pub fn set_marks(&mut self, doc: &Document, marks: &[std::ops::Range<usize>]) {
        for (i, s) in doc.sections.iter().enumerate() {
            let from = doc.blocks.get(s.blocks.start).map_or(0, |b| b.clean.start);
            let to = doc
                .blocks
                .get(s.blocks.end.saturating_sub(1))
                .map_or(0, |b| b.clean.end);
            self.marks[i] = marks
                .iter()
                .filter(|r| r.start >= from && r.start < to)
                .count();
        }
    }

    #[cfg(test)]
    fn label(&self, doc: &Document, section: usize) -> String {
        let mut label = String::new();
        self.label_into(doc, section, &mut label);
        label
    }

    /// [`SectionOutline::label`], written into `label`.
    fn label_into(&self, doc: &Document, section: usize, label: &mut String) {
        let s = &doc.sections[section];
        match s.kind {
            SectionKind::Heading => label.push_str(&s.title),
            _ => {
                label.push('‹');
                label.push_str(&s.title);
                label.push('›');
            }
        }
        if let Some(&n) = self.marks.get(section).filter(|&&n| n > 0) {
            use std::fmt::Write;
            let _ = write!(label, " ({n})");
        }
    }

    /// Scrolls so that the selected row is among the `height` rows on
    /// screen (done when the frame is laid out, before it is drawn).
    pub fn scroll_into_view(&mut self, height: usize) {
        let row = self.selected.and_then(|s| self.row_of(s));
        self.offset = crate::tui::list_view::follow(self.offset, row, self.rows.len(), height);
    }

    /// Draws the rows that fit `area` (inside the pane's border) from the
    /// scroll offset; the selected row in `highlight`. The frame starts
    /// blank, so the blank columns (marker, indent, a leaf's node) are left
    /// as they are: a full pane is some 2,000 cells a frame, redrawn on
    /// every key, and most rows are titles of plain letters, written cell
    /// by cell without splitting them into graphemes.
    pub fn draw(&self, doc: &Document, buf: &mut Buffer, area: Rect, highlight: Style) {
        use super::line_writer::{one_cell_alone, put_cells};
        let height = usize::from(area.height);
        if height == 0 || area.width == 0 || self.rows.is_empty() {
            return;
        }
        let offset = self.offset.min(self.rows.len() - 1);
        let width = usize::from(area.width);
        let mut label = String::new();
        for (i, row) in self.rows[offset..].iter().take(height).enumerate() {
            let y = area.y + i as u16;
            let selected = self.selected == Some(row.section);
            // Columns before the title: the marker's, two a level, the node's.
            let mut used = 0;
            if self.selected.is_some() {
                if selected {
                    put_sign(buf, area.x, y, SELECTED, width);
                }
                used += SELECTED.chars().count();
            }
            used += usize::from(row.depth) * 2;
            if !doc.sections[row.section].children.is_empty() && used < width {
                let node = if self.open[row.section] { OPEN } else { CLOSED };
                put_sign(buf, area.x + used as u16, y, node, width - used);
            }
            used += LEAF.chars().count();
            if used < width {
                let x = area.x + used as u16;
                let room = width - used;
                label.clear();
                self.label_into(doc, row.section, &mut label);
                // A title longer than the pane ends in "…".
                let head = label.chars().take(room + 1);
                if head.clone().all(one_cell_alone) {
                    let room16 = room as u16;
                    if head.count() <= room {
                        put_cells(buf, x, y, label.chars(), room16, Style::new());
                    } else {
                        let cut = label.chars().take(room - 1).chain(['…']);
                        put_cells(buf, x, y, cut, room16, Style::new());
                    }
                } else {
                    let cut = super::ui::cut_to_width(&label, room);
                    super::line_writer::put_line(buf, x, y, &Line::raw(cut), room as u16);
                }
            }
            if selected {
                buf.set_style(Rect::new(area.x, y, area.width, 1), highlight);
            }
        }
    }
}

/// Writes `text` (the reader's own signs, each a cell alone) at (`x`, `y`)
/// in at most `room` columns.
fn put_sign(buf: &mut Buffer, x: u16, y: u16, text: &str, room: usize) {
    let room = u16::try_from(room).unwrap_or(u16::MAX);
    super::line_writer::put_cells(buf, x, y, text.chars(), room, Style::new());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    /// The bundled letter: a header, an introduction, seven sections, the
    /// signatories and the footnotes, all at the top level.
    fn letter() -> Document {
        Corpus::bundled()
            .documents()
            .find(|d| d.id.starts_with("004"))
            .unwrap()
            .clone()
    }

    /// Kamervragen: each question a section with its answer under it.
    fn nested() -> Document {
        let text = include_str!("../../tests/fixtures/kamervragen_ransomware.txt");
        crate::corpus::load_bytes(
            "nested".to_string(),
            crate::document::Origin::Stdin,
            text.as_bytes().to_vec(),
        )
        .doc()
        .expect("a document")
        .clone()
    }

    fn titles(o: &SectionOutline, d: &Document) -> Vec<String> {
        o.rows.iter().map(|r| o.label(d, r.section)).collect()
    }

    #[test]
    fn enter_asks_for_the_selected_section_in_the_reader() {
        use crate::tui::action::Action;
        use crate::tui::app::Pane;
        use crate::tui::panel::Effect;
        let d = letter();
        let mut o = SectionOutline::new(&d);
        let mut fx = Vec::new();
        o.update(Action::Open, &d, 10, &mut fx);
        assert!(fx.is_empty(), "nothing selected yet");
        o.update(Action::Down, &d, 10, &mut fx);
        o.update(Action::Down, &d, 10, &mut fx);
        assert!(fx.is_empty(), "moves ask for nothing");
        let chosen = o.selected().expect("a row");
        assert_eq!(chosen, o.rows[1].section);
        o.update(Action::Open, &d, 10, &mut fx);
        assert_eq!(fx, [Effect::Section(chosen), Effect::Focus(Pane::Reader)]);
    }

    #[test]
    fn it_moves_within_the_rows_and_opens_what_a_selection_is_in() {
        let d = nested();
        let mut o = SectionOutline::new(&d);
        let parent = (0..d.sections.len())
            .find(|&s| !d.sections[s].children.is_empty())
            .expect("a question with its answer");
        let sub = *d.sections[parent].children.last().unwrap();
        let shown = |o: &SectionOutline| o.rows.iter().any(|r| r.section == sub);
        assert!(!shown(&o), "closed at first");
        o.select(&d, sub);
        assert!(o.open[parent] && shown(&o), "its section opened");
        let next = o.rows[o.row_of(sub).unwrap() + 1].section;
        use crate::tui::action::Action;
        assert!(o.step(Action::Down, 10));
        assert_eq!(o.selected(), Some(next));
        o.step(Action::PageDown, 10_000);
        assert_eq!(o.selected(), o.rows.last().map(|r| r.section));
        o.step(Action::Top, 10);
        assert_eq!(o.selected(), Some(o.rows[0].section));
        assert!(!o.step(Action::Open, 10), "not a move");
        // Left on a subsection goes to its section; again closes it.
        o.select(&d, sub);
        o.collapse(&d);
        assert_eq!(o.selected(), Some(parent));
        o.collapse(&d);
        assert!(!shown(&o));
        o.expand(&d);
        assert!(shown(&o));
        assert!(titles(&o, &d).len() == o.rows.len());
    }

    #[test]
    fn a_click_selects_then_opens_or_closes() {
        let d = nested();
        let mut o = SectionOutline::new(&d);
        let row = o
            .rows
            .iter()
            .position(|r| !d.sections[r.section].children.is_empty())
            .expect("a section with subsections");
        let s = o.rows[row].section;
        assert_eq!(o.click(&d, row), Some(s));
        assert!(!o.open[s], "the first click selects");
        o.click(&d, row);
        assert!(o.open[s], "the second opens");
        o.click(&d, row);
        assert!(!o.open[s], "the third closes");
        assert_eq!(o.click(&d, 999), None);
    }

    #[test]
    fn labels_count_the_marks_in_a_section() {
        let d = letter();
        let mut o = SectionOutline::new(&d);
        let mh17 = d.sections.iter().position(|s| s.title == "MH17").unwrap();
        let at = d.blocks[d.sections[mh17].blocks.start].clean.start;
        o.set_marks(&d, &[at..at + 5, at + 10..at + 20]);
        assert_eq!(o.label(&d, mh17), "MH17 (2)");
        let header = d.sections.iter().position(|s| s.title == "Header").unwrap();
        assert_eq!(o.label(&d, header), "‹Header›");
    }

    #[test]
    fn scrolling_keeps_the_selection_on_screen_and_drawing_only_what_fits() {
        let d = letter();
        let mut o = SectionOutline::new(&d);
        let last = o.rows.last().unwrap().section;
        o.select(&d, last);
        let area = Rect::new(0, 0, 30, 3);
        let mut buf = Buffer::empty(area);
        // Laid out first (the frame's layout scrolls), then drawn.
        o.scroll_into_view(3);
        o.draw(&d, &mut buf, area, Style::new());
        let rows: Vec<String> = (0..3)
            .map(|y| (0..30).map(|x| buf[(x, y)].symbol().to_string()).collect())
            .collect();
        assert!(rows[2].starts_with("▶   ‹Footnotes›"), "{rows:?}");
        assert_eq!(o.offset, o.rows.len() - 3);
    }

    /// The rows as they were drawn before (ratatui's `set_stringn` for the
    /// marker, indent and node, the label cut by `cut_to_width`): the oracle.
    fn draw_by_ratatui(
        o: &SectionOutline,
        doc: &Document,
        buf: &mut Buffer,
        area: Rect,
        hl: Style,
    ) {
        let height = usize::from(area.height);
        if height == 0 || area.width == 0 || o.rows.is_empty() {
            return;
        }
        let offset = o.offset.min(o.rows.len() - 1);
        let width = usize::from(area.width);
        for (i, row) in o.rows[offset..].iter().take(height).enumerate() {
            let y = area.y + i as u16;
            let selected = o.selected == Some(row.section);
            let mut x = area.x;
            if o.selected.is_some() {
                let mark = if selected { SELECTED } else { "  " };
                x = buf.set_stringn(x, y, mark, width, Style::new()).0;
            }
            let used = |x: u16| width.saturating_sub(usize::from(x - area.x));
            let indent = " ".repeat(usize::from(row.depth) * 2);
            x = buf.set_stringn(x, y, indent, used(x), Style::new()).0;
            let node = if doc.sections[row.section].children.is_empty() {
                LEAF
            } else if o.open[row.section] {
                OPEN
            } else {
                CLOSED
            };
            x = buf.set_stringn(x, y, node, used(x), Style::new()).0;
            let label = crate::tui::ui::cut_to_width(&o.label(doc, row.section), used(x));
            let room = u16::try_from(used(x)).unwrap_or(u16::MAX);
            buf.set_line(x, y, &Line::raw(label), room);
            if selected {
                buf.set_style(Rect::new(area.x, y, area.width, 1), hl);
            }
        }
    }

    /// A document whose titles are wide, joined, long or marked.
    fn odd_titles() -> Document {
        let mut d = nested();
        let odd = [
            "漢字の見出し",
            "e\u{301}e\u{301} Oekraïne",
            "ĳsvrij",
            "",
            "x",
        ];
        for (i, s) in d.sections.iter_mut().enumerate() {
            if i % 2 == 1 {
                s.title = odd[i / 2 % odd.len()].repeat(1 + i % 3);
            }
        }
        d
    }

    proptest::proptest! {
        /// The pane as drawn now is the pane ratatui drew, cell for cell,
        /// at every width, scroll, selection and opening, on a frame that
        /// starts blank.
        #[test]
        fn rows_are_drawn_as_ratatui_drew_them(
            which in 0usize..3,
            width in 0u16..48,
            height in 0u16..12,
            select in proptest::option::of(0usize..200),
            open_all in proptest::bool::ANY,
            marks in proptest::bool::ANY,
            scroll in 0usize..40,
        ) {
            let d = match which { 0 => letter(), 1 => nested(), _ => odd_titles() };
            let mut o = SectionOutline::new(&d);
            if open_all {
                o.open.iter_mut().for_each(|x| *x = true);
                o.rebuild(&d);
            }
            if marks {
                o.marks.iter_mut().enumerate().for_each(|(i, m)| *m = i % 3);
            }
            if let Some(s) = select {
                o.select(&d, s % d.sections.len());
            }
            o.offset = scroll;
            o.scroll_into_view(usize::from(height));
            let screen = Rect::new(0, 0, 60, 14);
            let area = Rect::new(3, 1, width, height);
            let hl = Style::new().fg(ratatui::style::Color::Yellow);
            let mut ours = Buffer::empty(screen);
            let mut theirs = Buffer::empty(screen);
            o.draw(&d, &mut ours, area, hl);
            draw_by_ratatui(&o, &d, &mut theirs, area, hl);
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
