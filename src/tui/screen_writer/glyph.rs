//! What the screen writer keeps of each cell it shows, small enough to
//! compare and write from without going back to ratatui's cell (whose
//! symbol and colours are slow to get at, and which is 40 bytes).
//!
//! A page key compares every cell of the screen with the one shown and
//! writes thousands: with the style packed in one number and a one-char
//! symbol as its char, most cells are compared with two integer
//! comparisons and written without a look at their colours.

use super::sgr::{has_control, named};
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::style::Color;
use unicode_width::UnicodeWidthStr;

/// A shown cell in brief: its style as one number, its symbol when that is
/// one char, and its facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Glyph {
    /// The foreground, background, attributes and diff option, packed
    /// (see [`style_key`]); [`EXOTIC`] set when that is not all of it.
    pub key: u64,
    /// The symbol's one char, or [`NOT_ONE_CHAR`].
    pub ch: u32,
    pub facts: Facts,
}

/// In a key: the cell has an underline colour or attributes beyond the
/// nine known ones, which the key does not hold: compare the cells.
const EXOTIC: u64 = 1 << 63;
/// In place of a char: the symbol is empty or a cluster of several.
const NOT_ONE_CHAR: u32 = u32::MAX;

impl Glyph {
    /// An empty cell: a space in the default style.
    pub const EMPTY: Glyph = Glyph {
        key: 0,
        ch: b' ' as u32,
        facts: Facts::EMPTY,
    };

    /// The glyph of `cell`, whose symbol is `symbol`, with facts to be
    /// found by [`Glyph::with_facts`] (only for cells that changed).
    #[inline]
    pub fn of(cell: &Cell, symbol: &str) -> Glyph {
        Glyph {
            key: style_key(cell),
            ch: one_char(symbol),
            facts: Facts::EMPTY,
        }
    }

    #[inline]
    pub fn with_facts(self, symbol: &str) -> Glyph {
        Glyph {
            facts: Facts::of(self, symbol),
            ..self
        }
    }

    /// Whether `self` (of `cell`) shows as `other` (of `other_cell`) does:
    /// the same symbol in the same style.
    #[inline]
    pub fn same_as(self, cell: &Cell, other: Glyph, other_cell: &Cell) -> bool {
        if self.key != other.key || self.ch != other.ch {
            return false;
        }
        if self.key & EXOTIC != 0 {
            return cell == other_cell;
        }
        self.ch != NOT_ONE_CHAR || cell.symbol() == other_cell.symbol()
    }

    /// The style's key, if it holds all of the style: equal keys, equal
    /// styles.
    pub fn plain_key(self) -> Option<u64> {
        (self.key & EXOTIC == 0).then_some(self.key)
    }

    /// The byte to write, when the symbol is a printable ASCII character.
    pub fn ascii(self) -> Option<u8> {
        match self.ch {
            0x20..=0x7e => Some(self.ch as u8),
            _ => None,
        }
    }
}

/// The symbol's char if it is exactly one.
#[inline]
fn one_char(symbol: &str) -> u32 {
    if let [b] = symbol.as_bytes() {
        return u32::from(*b);
    }
    several_or_wide(symbol)
}

fn several_or_wide(symbol: &str) -> u32 {
    let mut chars = symbol.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => u32::from(c),
        _ => NOT_ONE_CHAR,
    }
}

/// A cell's colours, attributes and diff option in one number:
/// foreground and background in 25 bits each, the nine attributes, the
/// diff option in two bits, and [`EXOTIC`] when the cell has more.
#[inline]
fn style_key(cell: &Cell) -> u64 {
    let modifier = cell.modifier.bits();
    let diff = match cell.diff_option {
        CellDiffOption::None => 0,
        CellDiffOption::Skip => 1,
        CellDiffOption::AlwaysUpdate => 2,
        _ => 3,
    };
    let exotic = cell.underline_color != Color::Reset || modifier > 0x1ff;
    colour_bits(cell.fg)
        | colour_bits(cell.bg) << 25
        | u64::from(modifier & 0x1ff) << 50
        | diff << 59
        | if exotic { EXOTIC } else { 0 }
}

/// A colour in 25 bits, distinct for distinct colours.
#[inline]
fn colour_bits(c: Color) -> u64 {
    // Most cells: the default colours.
    if c == Color::Reset {
        return 0;
    }
    other_colour_bits(c)
}

fn other_colour_bits(c: Color) -> u64 {
    match c {
        Color::Reset => 0,
        Color::Indexed(i) => 0x100 | u64::from(i),
        Color::Rgb(r, g, b) => 1 << 24 | u64::from(r) << 16 | u64::from(g) << 8 | u64::from(b),
        // The sixteen named ones (any other, should there be: apart).
        other => named(other).map_or(0xff, |n| 1 + u64::from(n)),
    }
}

/// What the writer needs to know of a cell shown, kept beside it: the
/// columns it takes and whether it is a blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Facts(u8);

impl Facts {
    const BLANK: u8 = 0x80;
    /// An empty cell: a blank, one column.
    pub const EMPTY: Facts = Facts(Self::BLANK | 1);

    /// The facts of a cell of glyph `glyph` and symbol `symbol`.
    #[inline]
    fn of(glyph: Glyph, symbol: &str) -> Facts {
        let columns = match glyph.ch {
            // ASCII, control characters too (shown as one substitute).
            0..0x80 => 1,
            _ => symbol_columns(symbol).min(0x7f) as u8,
        };
        // A space in the default colours, no attributes, no underline
        // colour (which makes the key exotic), drawn as any other cell.
        let blank = if glyph.ch == u32::from(b' ') && glyph.key == 0 {
            Self::BLANK
        } else {
            0
        };
        Facts(columns | blank)
    }

    pub fn columns(self) -> u16 {
        u16::from(self.0 & !Self::BLANK)
    }

    pub fn is_blank(self) -> bool {
        self.0 & Self::BLANK != 0
    }
}

/// The columns a symbol takes on the screen: ASCII at once, the rest by
/// Unicode width (at least one).
fn symbol_columns(symbol: &str) -> u16 {
    match symbol.len() {
        1 => 1,
        // Shown as one substitute character.
        _ if has_control(symbol) => 1,
        _ => symbol.width().max(1) as u16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Modifier, Style};

    fn cell(symbol: &str, style: Style) -> Cell {
        let mut c = Cell::EMPTY;
        c.set_symbol(symbol).set_style(style);
        c
    }

    /// Every pair of colours that differ has keys that differ.
    #[test]
    fn distinct_colours_have_distinct_bits() {
        let mut colours = vec![Color::Reset];
        colours.extend((0..=255).map(Color::Indexed));
        // The sixteen named ones, by the names ratatui reads.
        colours.extend(
            "black red green yellow blue magenta cyan gray darkgray lightred lightgreen \
             lightyellow lightblue lightmagenta lightcyan white"
                .split_whitespace()
                .map(|name| name.parse::<Color>().expect("a colour name")),
        );
        colours.extend([
            Color::Rgb(0, 0, 0),
            Color::Rgb(255, 255, 255),
            Color::Rgb(1, 2, 3),
        ]);
        let mut bits: Vec<u64> = colours.iter().map(|&c| colour_bits(c)).collect();
        assert!(bits.iter().all(|&b| b < 1 << 25));
        bits.sort_unstable();
        bits.dedup();
        assert_eq!(bits.len(), colours.len());
    }

    #[test]
    fn same_symbol_and_style_are_the_same_glyph() {
        let style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
        let (a, b) = (cell("ë", style), cell("ë", style));
        let (ga, gb) = (Glyph::of(&a, a.symbol()), Glyph::of(&b, b.symbol()));
        assert!(ga.same_as(&a, gb, &b));
        let c = cell("e", style);
        assert!(!ga.same_as(&a, Glyph::of(&c, c.symbol()), &c));
        let d = cell("ë", style.add_modifier(Modifier::ITALIC));
        assert!(!ga.same_as(&a, Glyph::of(&d, d.symbol()), &d));
    }

    /// Clusters of several chars are compared as strings; an underline
    /// colour, which the key does not hold, as whole cells.
    #[test]
    fn what_the_key_does_not_hold_is_compared_in_full() {
        let plain = Style::new();
        let (a, b) = (cell("e\u{301}", plain), cell("o\u{301}", plain));
        let (ga, gb) = (Glyph::of(&a, a.symbol()), Glyph::of(&b, b.symbol()));
        assert_eq!(ga.key, gb.key);
        assert!(!ga.same_as(&a, gb, &b));
        let red = plain.underline_color(Color::Red);
        let blue = plain.underline_color(Color::Blue);
        let (c, d) = (cell("x", red), cell("x", blue));
        let (gc, gd) = (Glyph::of(&c, c.symbol()), Glyph::of(&d, d.symbol()));
        assert_eq!(gc.plain_key(), None);
        assert!(!gc.same_as(&c, gd, &d));
        assert!(gc.same_as(&c, gc, &c));
    }
}
