//! The terminal backend the reader draws through: crossterm's for the
//! cursor, clearing and sizes, its own for putting a frame on the screen.
//!
//! ratatui compares each frame with the one before and hands crossterm's
//! backend the cells that changed, which it writes run by run after a
//! cursor move. When a page of text scrolls, most cells change but many
//! stay by chance (a space under a space, an "e" under an "e"), so the
//! screen was rewritten as thousands of short runs, each after an 8-byte
//! `ESC [ row ; col H`; a line that became shorter was blanked space by
//! space; every change of style cost two or three sequences; and the frame
//! left in 1 KB writes (the standard output's buffer). A page down on seed
//! 004 at 160x48 was 7.5 KB in eight writes; `less` writes 2.9 KB.
//!
//! [`ScreenWriter`] keeps a copy of what the terminal shows, and
//! [`draw_frame`] hands it the whole frame, which it compares with that copy
//! itself (one comparison instead of ratatui's). Then it
//! - writes the few unchanged cells between two changed ones when that is
//!   shorter than jumping over them;
//! - erases runs of blanks with `ESC [ n X` and a row's blank end with
//!   `ESC [ K`, in the default colours;
//! - sets attributes and colours with one `ESC [ … m` per change, the
//!   sixteen named colours by their short codes;
//! - sends the frame in one write, between the marks of a synchronized
//!   update (`ESC [ ? 2026 h` … `l`): a terminal that knows them shows the
//!   frame whole, never half drawn; others ignore them.
//!
//! The same page down is now 4.6 KB in one write. A wide character is
//! tracked over the columns it covers: writing over any of them erases all
//! of it on the terminal, so those columns are written again.

use glyph::Glyph;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use ratatui::{Frame, Terminal};
use sgr::Sgr;
use std::io::{self, BufWriter, Write};
use std::ops::Range;

mod glyph;
mod sgr;
#[cfg(test)]
mod tests;

/// Unchanged cells between two changes that may be rewritten instead of
/// jumped over: a jump costs 8 to 10 bytes.
const MAX_FILL: u16 = 8;
/// A row's blank end is erased with `ESC [ K` when at least this many of its
/// cells changed; fewer are cheaper written as spaces.
const MIN_ERASE_END: usize = 8;
/// A run of blanks inside a row is erased with `ESC [ n X` (erase n
/// characters, the cursor stays) when at least this many of them changed:
/// with the jump to it, that costs some 14 bytes.
const MIN_ERASE: usize = 14;
/// One frame fits: a full 200x60 screen of two-byte characters with styles.
const OUT_BUFFER: usize = 64 * 1024;

/// A ratatui backend over crossterm's that knows what the screen shows.
pub struct ScreenWriter<W: Write> {
    inner: CrosstermBackend<BufWriter<W>>,
    /// What the terminal shows, as far as this writer has drawn it. The
    /// columns a wide character covers after its first hold blanks, as in
    /// ratatui's buffer.
    shown: Buffer,
    /// Per cell of `shown`: covered by the wide character before it.
    covered: Vec<bool>,
    /// Per cell of `shown`: its glyph, with its columns and whether it is
    /// a blank (a cell's symbol and colours are slow to get at).
    glyphs: Vec<Glyph>,
    /// A size to report instead of asking the terminal (for tests).
    fixed_size: Option<Size>,
    /// The terminal's size as last asked (asking opens the terminal device:
    /// not on every frame), until it is said to have changed.
    known_size: std::cell::Cell<Option<Size>>,
    /// A synchronized update has begun (with a clear) and the frame that
    /// ends it is still to come.
    updating: bool,
    /// A frame's changed columns, row after row, kept for the next frame
    /// (as are the two below): no allocation per frame.
    changed: Vec<u16>,
    /// Per row with changes: the row and its columns in `changed`.
    rows: Vec<(u16, Range<usize>)>,
    /// The bytes of a frame.
    bytes: Vec<u8>,
}

/// Begins a synchronized update: the terminal holds what follows back.
const BEGIN_UPDATE: &[u8] = b"\x1b[?2026h";
/// Ends it: the terminal shows the frame at once.
const END_UPDATE: &[u8] = b"\x1b[?2026l";

impl<W: Write> ScreenWriter<W> {
    /// A writer for the terminal behind `out`, which is blank now (the
    /// alternate screen just entered).
    pub fn new(out: W) -> Self {
        let inner = CrosstermBackend::new(BufWriter::with_capacity(OUT_BUFFER, out));
        let size = inner.size().unwrap_or_default();
        let mut w = ScreenWriter {
            inner,
            shown: Buffer::default(),
            covered: Vec::new(),
            glyphs: Vec::new(),
            fixed_size: None,
            known_size: std::cell::Cell::new(None),
            updating: false,
            changed: Vec::new(),
            rows: Vec::new(),
            bytes: Vec::new(),
        };
        w.blank(size);
        w
    }

    /// A writer that reports `size` instead of asking a terminal: for
    /// drawing into a byte stream in tests and benchmarks.
    pub fn with_size(out: W, size: Size) -> Self {
        let mut w = Self::new(out);
        w.fixed_size = Some(size);
        w.blank(size);
        w
    }

    /// The terminal was resized (or may have been, while the reader was
    /// away): its size is asked again before the next frame.
    pub fn size_changed(&mut self) {
        self.known_size.set(None);
    }

    /// Blanks the terminal: the next frame is written whole, at the size
    /// the terminal has now.
    pub fn clear_screen(&mut self) -> io::Result<()> {
        self.size_changed();
        Backend::clear(self)
    }

    /// The terminal was cleared: it shows blank cells of the current size.
    fn forget(&mut self) -> io::Result<()> {
        let size = self.size()?;
        self.blank(size);
        Ok(())
    }

    fn blank(&mut self, size: Size) {
        self.shown = Buffer::empty(Rect::from((Position::ORIGIN, size)));
        self.covered = vec![false; self.shown.content.len()];
        self.glyphs = vec![Glyph::EMPTY; self.shown.content.len()];
    }

    /// The index of column `x` of row `y` in `shown` and `covered`.
    fn at(&self, x: u16, y: u16) -> usize {
        usize::from(y) * usize::from(self.shown.area.width) + usize::from(x)
    }

    fn cell(&self, x: u16, y: u16) -> &Cell {
        &self.shown.content[self.at(x, y)]
    }

    fn is_covered(&self, x: u16, y: u16) -> bool {
        self.covered[self.at(x, y)]
    }

    /// The columns the cell at (`x`, `y`) of `shown` takes.
    fn columns_at(&self, x: u16, y: u16) -> u16 {
        self.glyphs[self.at(x, y)].facts.columns()
    }

    /// Takes in a cell written at column `x` of row `y`. The columns it
    /// covers, if it is wide, are covered; any other column stays as it
    /// was, and if that was part of a wide character this cell wrote over,
    /// it stays covered: the terminal erased it, and it will be written
    /// again whatever it holds.
    fn put(&mut self, x: u16, y: u16, cell: &Cell) {
        let symbol = cell.symbol();
        let glyph = Glyph::of(cell, symbol).with_facts(symbol);
        let end = (x + glyph.facts.columns()).min(self.shown.area.width);
        let i = self.at(x, y);
        self.shown.content[i] = cell.clone();
        self.covered[i] = false;
        self.glyphs[i] = glyph;
        for cx in x + 1..end {
            let j = self.at(cx, y);
            self.shown.content[j] = Cell::EMPTY;
            self.covered[j] = true;
            self.glyphs[j] = Glyph::EMPTY;
        }
    }

    /// Brings the terminal from what it shows to `frame`, writing only what
    /// changed. `frame` is the whole screen, as ratatui drew it; it is
    /// swapped with the copy of the screen, so it comes back holding the
    /// frame before (ratatui blanks it for the next one).
    pub fn present(&mut self, frame: &mut Buffer) -> io::Result<()> {
        if frame.area != self.shown.area {
            // Another size than the screen's: all of it, as is.
            self.blank(frame.area.as_size());
            return self.draw(frame.content.iter().enumerate().map(|(i, c)| {
                let (x, y) = frame.pos_of(i);
                (x, y, c)
            }));
        }
        let width = usize::from(frame.area.width);
        // Reused from frame to frame: a page of text changes most cells.
        let mut changed = std::mem::take(&mut self.changed);
        let mut rows = std::mem::take(&mut self.rows);
        changed.clear();
        rows.clear();
        let mut any_wide = false;
        let lines = frame
            .content
            .chunks_exact(width)
            .zip(self.shown.content.chunks_exact(width))
            .zip(self.covered.chunks_exact_mut(width))
            .zip(self.glyphs.chunks_exact_mut(width));
        for (y, (((new, old), covered), glyphs)) in (0u16..).zip(lines) {
            let first = changed.len();
            let mut x = 0;
            while x < width {
                let cell = &new[x];
                let skip = cell.diff_option == CellDiffOption::Skip;
                let symbol = cell.symbol();
                let glyph = Glyph::of(cell, symbol);
                let same = !skip
                    && !covered[x]
                    && cell.diff_option != CellDiffOption::AlwaysUpdate
                    && glyph.same_as(cell, glyphs[x], &old[x]);
                if !same {
                    if !skip {
                        changed.push(x as u16);
                    }
                    // (The facts of a cell the same as before are known.)
                    glyphs[x] = glyph.with_facts(symbol);
                }
                covered[x] = false;
                // What a wide character covers is not drawn, whatever the
                // frame holds there.
                let end = if skip {
                    x + 1
                } else {
                    (x + usize::from(glyphs[x].facts.columns())).min(width)
                };
                for c in x + 1..end {
                    covered[c] = true;
                    glyphs[c] = Glyph::EMPTY;
                    any_wide = true;
                }
                x = end;
            }
            if changed.len() > first {
                rows.push((y, first..changed.len()));
            }
        }
        std::mem::swap(&mut self.shown, frame);
        if any_wide {
            for (cell, &covered) in self.shown.content.iter_mut().zip(&self.covered) {
                if covered {
                    *cell = Cell::EMPTY;
                }
            }
        }
        let written = self.write_rows(&rows, &changed, &[]);
        self.changed = changed;
        self.rows = rows;
        written
    }

    /// Writes the changed columns of each row (in order, already taken in
    /// with [`Self::put`]), then `outside`: cells beyond the known screen.
    fn write_rows(
        &mut self,
        rows: &[(u16, Range<usize>)],
        changed: &[u16],
        outside: &[(u16, u16, Cell)],
    ) -> io::Result<()> {
        let mut out = Sgr::default();
        let mut bytes = std::mem::take(&mut self.bytes);
        bytes.clear();
        for (y, xs) in rows {
            let plan = self.plan_row(*y, &changed[xs.clone()]);
            let mut erases = plan.erases.iter().peekable();
            for x in plan.cells {
                while let Some(e) = erases.next_if(|e| e.x < x) {
                    out.erase(&mut bytes, e);
                }
                let i = self.at(x, *y);
                out.cell(&mut bytes, x, *y, &self.shown.content[i], self.glyphs[i]);
            }
            for e in erases {
                out.erase(&mut bytes, e);
            }
        }
        for (x, y, cell) in outside {
            out.cell(&mut bytes, *x, *y, cell, Glyph::of(cell, cell.symbol()));
        }
        out.finish(&mut bytes);
        let written = if bytes.is_empty() && !self.updating {
            Ok(())
        } else {
            let begin = if std::mem::take(&mut self.updating) {
                Ok(())
            } else {
                self.inner.write_all(BEGIN_UPDATE)
            };
            bytes.extend_from_slice(END_UPDATE);
            begin.and_then(|()| self.inner.write_all(&bytes))
        };
        self.bytes = bytes;
        written
    }

    /// How to bring row `y` up to date, given its changed columns
    /// (ascending; the copy holds their new cells already).
    fn plan_row(&self, y: u16, changed: &[u16]) -> RowPlan {
        let width = self.shown.area.width;
        let blank = |x: u16| {
            let i = self.at(x, y);
            !self.covered[i] && self.glyphs[i].facts.is_blank()
        };
        // Where the row's blank end starts.
        let blank_from = (0..width)
            .rev()
            .take_while(|&x| blank(x))
            .last()
            .unwrap_or(width);
        // Runs of changed blank cells with nothing but blanks between them.
        let mut erases = Vec::new();
        let mut i = 0;
        while i < changed.len() {
            let first = changed[i];
            if !blank(first) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < changed.len() && (changed[j] + 1..=changed[j + 1]).all(blank) {
                j += 1;
            }
            let count = j - i + 1;
            let to_end = first >= blank_from;
            if (to_end && count >= MIN_ERASE_END) || count >= MIN_ERASE {
                erases.push(Erase {
                    x: first,
                    y,
                    len: (!to_end).then(|| changed[j] - first + 1),
                });
            }
            i = j + 1;
        }
        let erased = |x: u16| {
            erases
                .iter()
                .any(|e| x >= e.x && e.len.is_none_or(|len| x < e.x + len))
        };
        let mut cells = Vec::with_capacity(changed.len());
        // The first column not covered by the last written cell, and
        // whether the cells from there may be filled in.
        let mut free = 0;
        let mut fill = false;
        for &x in changed {
            if x < free {
                // Covered by a wide character written just before.
                continue;
            }
            if erased(x) {
                fill = false;
                continue;
            }
            if fill && x > free && self.worth_filling(y, free, x) {
                cells.extend(free..x);
            }
            cells.push(x);
            fill = true;
            free = x + self.columns_at(x, y);
        }
        RowPlan { cells, erases }
    }

    /// Whether rewriting the unchanged cells `from..to` of row `y` is
    /// shorter than moving the cursor over them.
    fn worth_filling(&self, y: u16, from: u16, to: u16) -> bool {
        if to - from > MAX_FILL {
            return false;
        }
        let jump = jump_len(to, y);
        let mut bytes = 0;
        let mut x = from;
        while x < to {
            let cell = self.cell(x, y);
            let width = self.columns_at(x, y);
            // A skipped cell belongs to someone else; a wide one could
            // cross `to`; a zero-width one would not move the cursor.
            if cell.diff_option == CellDiffOption::Skip || width != 1 || self.is_covered(x, y) {
                return false;
            }
            bytes += cell.symbol().len();
            if x > from && !same_style(cell, self.cell(x - 1, y)) {
                bytes += 10;
            }
            x += 1;
        }
        bytes <= jump
    }
}

/// Draws a frame as `Terminal::draw` does, but hands the whole frame to
/// [`ScreenWriter::present`], which compares it with what the screen shows
/// (ratatui's own comparison of the last two frames is not needed). The
/// cursor stays hidden: the reader draws its own.
pub fn draw_frame<W: Write>(
    terminal: &mut Terminal<ScreenWriter<W>>,
    render: impl FnOnce(&mut Frame),
) -> io::Result<()> {
    terminal.autoresize()?;
    render(&mut terminal.get_frame());
    let mut frame = std::mem::take(terminal.current_buffer_mut());
    let presented = terminal.backend_mut().present(&mut frame);
    *terminal.current_buffer_mut() = frame;
    presented?;
    // Out first: blanking the buffer for the next frame (all its cells)
    // is work the reader need not wait for.
    let flushed = Backend::flush(terminal.backend_mut());
    terminal.swap_buffers();
    flushed
}

/// The cells of one row to write, and the blanks to erase instead.
struct RowPlan {
    cells: Vec<u16>,
    erases: Vec<Erase>,
}

/// Blank cells erased in the default colours: `len` of them from `x`, or
/// all to the end of the line.
struct Erase {
    x: u16,
    y: u16,
    len: Option<u16>,
}

/// The length of `ESC [ row ; col H` for column `x` of row `y`.
fn jump_len(x: u16, y: u16) -> usize {
    let digits = |n: u16| n.checked_ilog10().unwrap_or(0) as usize + 1;
    4 + digits(y + 1) + digits(x + 1)
}

fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg && a.bg == b.bg && a.modifier == b.modifier
}

impl<W: Write> Backend for ScreenWriter<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let area = self.shown.area;
        // Rows and their changed columns, in the order ratatui gives them.
        let mut rows: Vec<(u16, Vec<u16>)> = Vec::new();
        let mut outside = Vec::new();
        for (x, y, cell) in content {
            if x >= area.width || y >= area.height {
                // Not on the screen as this writer knows it: written as is.
                outside.push((x, y, cell.clone()));
                continue;
            }
            self.put(x, y, cell);
            match rows.last_mut() {
                Some((row, xs)) if *row == y => xs.push(x),
                _ => rows.push((y, vec![x])),
            }
        }
        let mut changed = Vec::new();
        let mut spans = Vec::with_capacity(rows.len());
        for (y, mut xs) in rows {
            xs.sort_unstable();
            xs.dedup();
            let first = changed.len();
            changed.extend(xs);
            spans.push((y, first..changed.len()));
        }
        self.write_rows(&spans, &changed, &outside)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // The blank screen is not shown alone: the frame after it ends the
        // update.
        if !std::mem::replace(&mut self.updating, true) {
            self.inner.write_all(BEGIN_UPDATE)?;
        }
        self.inner.clear_region(clear_type)?;
        match clear_type {
            ClearType::All => self.forget(),
            // Not used by a full-screen terminal; if it were, the copy
            // would no longer be known: nothing is filled from it after
            // (the next frame, of another size than this, is written whole).
            _ => {
                self.blank(Size::ZERO);
                Ok(())
            }
        }
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.fixed_size.or(self.known_size.get()) {
            return Ok(size);
        }
        let size = self.inner.size()?;
        self.known_size.set(Some(size));
        Ok(size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        match self.fixed_size {
            Some(columns_rows) => Ok(WindowSize {
                columns_rows,
                pixels: Size::default(),
            }),
            None => self.inner.window_size(),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

impl<W: Write> Write for ScreenWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}
