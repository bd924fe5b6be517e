//! The escape sequences of a frame: cursor jumps, attributes and colours
//! (each change of them as one `ESC [ … m`), erasing.

use super::Erase;
use super::glyph::Glyph;
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::style::{Color, Modifier};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// What a cell holding a control character shows instead: ␦, the symbol
/// for "substitute" (one column).
pub(super) const SUBSTITUTE: &str = "\u{2426}";

/// Whether a symbol holds a control character (which would drive the
/// terminal instead of being shown).
pub(super) fn has_control(symbol: &str) -> bool {
    match symbol.as_bytes() {
        [b] => *b < 0x20 || *b == 0x7f,
        _ => symbol.chars().any(char::is_control),
    }
}

/// The escape sequences of one frame: where the cursor is and which
/// attributes are on, so that only changes are written, a change of
/// attributes and colours as one `ESC [ … m`.
pub(super) struct Sgr {
    /// Where the next character would go, if known.
    cursor: Option<(u16, u16)>,
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
    /// The key of the style on (see [`Glyph`]), when it holds all of it.
    key: Option<u64>,
}

impl Default for Sgr {
    /// A frame starts in the default attributes: the last one ended so.
    fn default() -> Self {
        Sgr {
            cursor: None,
            fg: Color::Reset,
            bg: Color::Reset,
            underline: Color::Reset,
            modifier: Modifier::empty(),
            key: Some(Glyph::EMPTY.key),
        }
    }
}

impl Sgr {
    fn move_to(&mut self, out: &mut Vec<u8>, x: u16, y: u16) {
        if self.cursor != Some((x, y)) {
            out.extend_from_slice(b"\x1b[");
            push_decimal(out, y + 1);
            out.push(b';');
            push_decimal(out, x + 1);
            out.push(b'H');
            self.cursor = Some((x, y));
        }
    }

    /// Writes `cell`, whose glyph is `glyph`, at column `x` of row `y`.
    pub(super) fn cell(&mut self, out: &mut Vec<u8>, x: u16, y: u16, cell: &Cell, glyph: Glyph) {
        if cell.diff_option == CellDiffOption::Skip {
            return;
        }
        self.move_to(out, x, y);
        if glyph.plain_key().is_none() || glyph.plain_key() != self.key {
            self.style(out, cell.fg, cell.bg, cell.underline_color, cell.modifier);
            self.key = glyph.plain_key();
        }
        let width = if let Some(b) = glyph.ascii() {
            // Most cells: a printable ASCII character.
            out.push(b);
            1
        } else {
            // Text was made safe to show when it was laid out, and
            // ratatui drops control characters from strings; a cell set
            // another way still never sends one to the terminal.
            let symbol = cell.symbol();
            if has_control(symbol) {
                out.extend_from_slice(SUBSTITUTE.as_bytes());
                1
            } else {
                out.extend_from_slice(symbol.as_bytes());
                // A zero-width symbol leaves the cursor where it is.
                match symbol.len() {
                    1 => 1,
                    _ => symbol.width() as u16,
                }
            }
        };
        self.cursor = Some((x + width, y));
    }

    pub(super) fn erase(&mut self, out: &mut Vec<u8>, e: &Erase) {
        self.move_to(out, e.x, e.y);
        // Erased cells take the current background: the default one.
        self.reset(out);
        match e.len {
            Some(n) => {
                let _ = write!(out, "\x1b[{n}X");
            }
            None => out.extend_from_slice(b"\x1b[K"),
        }
    }

    fn reset(&mut self, out: &mut Vec<u8>) {
        let default = Sgr::default();
        if (self.fg, self.bg, self.underline, self.modifier)
            != (default.fg, default.bg, default.underline, default.modifier)
        {
            out.extend_from_slice(b"\x1b[0m");
            *self = Sgr {
                cursor: self.cursor,
                ..default
            };
        }
    }

    /// Leaves the terminal in the default attributes for whatever is
    /// written between frames, and for the next frame.
    pub(super) fn finish(&mut self, out: &mut Vec<u8>) {
        self.reset(out);
    }

    fn style(&mut self, out: &mut Vec<u8>, fg: Color, bg: Color, ul: Color, m: Modifier) {
        if (fg, bg, ul, m) == (self.fg, self.bg, self.underline, self.modifier) {
            return;
        }
        let mut p = Params::new(out);
        let removed = self.modifier - m;
        let mut add = m - self.modifier;
        // Bold and dim end together (22), blinks too (25): what stays of
        // them comes back.
        for (pair, off) in [
            (Modifier::BOLD | Modifier::DIM, 22),
            (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, 25),
        ] {
            if removed.intersects(pair) {
                p.push(off);
                add |= m & pair;
            }
        }
        let shared_off =
            Modifier::BOLD | Modifier::DIM | Modifier::SLOW_BLINK | Modifier::RAPID_BLINK;
        for &(flag, _, off) in ATTRIBUTES {
            if removed.contains(flag) && !shared_off.contains(flag) {
                p.push(off);
            }
        }
        for &(flag, on, _) in ATTRIBUTES {
            if add.contains(flag) {
                p.push(on);
            }
        }
        if fg != self.fg {
            p.colour(fg, Layer::Fore);
        }
        if bg != self.bg {
            p.colour(bg, Layer::Back);
        }
        if ul != self.underline {
            p.colour(ul, Layer::Underline);
        }
        p.end();
        (self.fg, self.bg, self.underline, self.modifier) = (fg, bg, ul, m);
    }
}

/// Each attribute with its SGR code on and off.
const ATTRIBUTES: &[(Modifier, u8, u8)] = &[
    (Modifier::BOLD, 1, 22),
    (Modifier::DIM, 2, 22),
    (Modifier::ITALIC, 3, 23),
    (Modifier::UNDERLINED, 4, 24),
    (Modifier::SLOW_BLINK, 5, 25),
    (Modifier::RAPID_BLINK, 6, 25),
    (Modifier::REVERSED, 7, 27),
    (Modifier::HIDDEN, 8, 28),
    (Modifier::CROSSED_OUT, 9, 29),
];

/// The parameters of one `ESC [ … m`, written as they come: nothing at all
/// when there are none.
struct Params<'a> {
    out: &'a mut Vec<u8>,
    any: bool,
}

impl<'a> Params<'a> {
    fn new(out: &'a mut Vec<u8>) -> Params<'a> {
        Params { out, any: false }
    }

    fn next(&mut self) {
        let lead: &[u8] = if self.any { b";" } else { b"\x1b[" };
        self.out.extend_from_slice(lead);
        self.any = true;
    }

    fn push(&mut self, code: u8) {
        self.next();
        push_decimal(self.out, code.into());
    }

    /// A colour: the sixteen named ones as the classic codes (30–37, 90–97
    /// and their backgrounds), the others as 256-colour indices or RGB.
    fn colour(&mut self, c: Color, layer: Layer) {
        let (classic, prefix, reset) = match layer {
            Layer::Fore => (Some((30, 90)), 38, 39),
            Layer::Back => (Some((40, 100)), 48, 49),
            // Underline colours have no classic codes.
            Layer::Underline => (None, 58, 59),
        };
        self.next();
        // Writing to a Vec cannot fail.
        match (c, named(c), classic) {
            (Color::Reset, _, _) => push_decimal(self.out, reset),
            (_, Some(n), Some((base, _))) if n < 8 => push_decimal(self.out, base + u16::from(n)),
            (_, Some(n), Some((_, bright))) => push_decimal(self.out, bright + u16::from(n) - 8),
            (_, Some(n), None) | (Color::Indexed(n), _, _) => {
                let _ = write!(self.out, "{prefix};5;{n}");
            }
            (Color::Rgb(r, g, b), _, _) => {
                let _ = write!(self.out, "{prefix};2;{r};{g};{b}");
            }
            _ => push_decimal(self.out, reset),
        }
    }

    fn end(self) {
        if self.any {
            self.out.push(b'm');
        }
    }
}

/// Writes `n` in decimal (as `write!` would, without its formatting
/// machinery: a frame has hundreds of these).
fn push_decimal(out: &mut Vec<u8>, n: u16) {
    let mut digits = [0u8; 5];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Which colour of a cell an SGR parameter sets.
#[derive(Clone, Copy)]
enum Layer {
    Fore,
    Back,
    Underline,
}

/// The index of one of the sixteen named colours (as a 256-colour
/// terminal numbers them).
pub(super) fn named(c: Color) -> Option<u8> {
    Some(match c {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        _ => return None,
    })
}
