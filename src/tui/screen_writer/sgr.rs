//! The escape sequences of a frame: cursor jumps, attributes and colours
//! (each change of them as one `ESC [ … m`), erasing.

use super::Erase;
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
        }
    }
}

impl Sgr {
    fn move_to(&mut self, out: &mut Vec<u8>, x: u16, y: u16) {
        if self.cursor != Some((x, y)) {
            let _ = write!(out, "\x1b[{};{}H", y + 1, x + 1);
            self.cursor = Some((x, y));
        }
    }

    pub(super) fn cell(&mut self, out: &mut Vec<u8>, x: u16, y: u16, cell: &Cell) {
        if cell.diff_option == CellDiffOption::Skip {
            return;
        }
        self.move_to(out, x, y);
        self.style(out, cell.fg, cell.bg, cell.underline_color, cell.modifier);
        // Text was made safe to show when it was laid out, and ratatui
        // drops control characters from strings; a cell set another way
        // still never sends one to the terminal.
        let symbol = cell.symbol();
        let width = if has_control(symbol) {
            out.extend_from_slice(SUBSTITUTE.as_bytes());
            1
        } else {
            out.extend_from_slice(symbol.as_bytes());
            // A zero-width symbol leaves the cursor where it is.
            match symbol.len() {
                1 => 1,
                _ => symbol.width() as u16,
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
        let mut params: Vec<String> = Vec::new();
        let removed = self.modifier - m;
        let added = m - self.modifier;
        let mut add = added;
        if removed.intersects(Modifier::BOLD | Modifier::DIM) {
            // Normal intensity ends both; the one that stays comes back.
            params.push("22".into());
            add |= m & (Modifier::BOLD | Modifier::DIM);
        }
        for (flag, off) in [
            (Modifier::ITALIC, "23"),
            (Modifier::UNDERLINED, "24"),
            (Modifier::REVERSED, "27"),
            (Modifier::HIDDEN, "28"),
            (Modifier::CROSSED_OUT, "29"),
        ] {
            if removed.contains(flag) {
                params.push(off.into());
            }
        }
        if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
            params.push("25".into());
            add |= m & (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK);
        }
        for (flag, on) in [
            (Modifier::BOLD, "1"),
            (Modifier::DIM, "2"),
            (Modifier::ITALIC, "3"),
            (Modifier::UNDERLINED, "4"),
            (Modifier::SLOW_BLINK, "5"),
            (Modifier::RAPID_BLINK, "6"),
            (Modifier::REVERSED, "7"),
            (Modifier::HIDDEN, "8"),
            (Modifier::CROSSED_OUT, "9"),
        ] {
            if add.contains(flag) {
                params.push(on.into());
            }
        }
        if fg != self.fg {
            params.push(colour(fg, Layer::Fore));
        }
        if bg != self.bg {
            params.push(colour(bg, Layer::Back));
        }
        if ul != self.underline {
            params.push(colour(ul, Layer::Underline));
        }
        if !params.is_empty() {
            let _ = write!(out, "\x1b[{}m", params.join(";"));
        }
        (self.fg, self.bg, self.underline, self.modifier) = (fg, bg, ul, m);
    }
}

/// Which colour of a cell an SGR parameter sets.
#[derive(Clone, Copy)]
enum Layer {
    Fore,
    Back,
    Underline,
}

/// The SGR parameter for a colour: the sixteen named ones as the classic
/// codes (30–37, 90–97 and their backgrounds), the others as 256-colour
/// indices or RGB.
fn colour(c: Color, layer: Layer) -> String {
    let named = |n: u8| -> String {
        let (base, bright) = match layer {
            Layer::Fore => (30, 90),
            Layer::Back => (40, 100),
            // Underline colours have no classic codes.
            Layer::Underline => return format!("58;5;{n}"),
        };
        let code = if n < 8 { base + n } else { bright + n - 8 };
        code.to_string()
    };
    let prefix = match layer {
        Layer::Fore => "38",
        Layer::Back => "48",
        Layer::Underline => "58",
    };
    match c {
        Color::Reset => match layer {
            Layer::Fore => "39".into(),
            Layer::Back => "49".into(),
            Layer::Underline => "59".into(),
        },
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Indexed(n) => format!("{prefix};5;{n}"),
        Color::Rgb(r, g, b) => format!("{prefix};2;{r};{g};{b}"),
    }
}
