//! The writer against a vt100 screen, and its bytes against crossterm's.

use super::*;
use proptest::prelude::*;
use ratatui::style::Style;
use ratatui::style::{Color, Modifier};
use std::cell::RefCell;
use std::rc::Rc;
use unicode_width::UnicodeWidthStr;

/// Bytes written, readable while the writer holds them.
#[derive(Clone, Default)]
struct Bytes(Rc<RefCell<Vec<u8>>>);

impl Write for Bytes {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Presents `frames` one after another to a vt100 screen; after each,
/// the screen must show exactly the frame. Returns the bytes per frame.
fn draw_all(frames: &[Buffer]) -> Vec<usize> {
    let area = frames[0].area;
    let bytes = Bytes::default();
    let mut writer = ScreenWriter::with_size(bytes.clone(), area.as_size());
    let mut parser = vt100::Parser::new(area.height, area.width, 0);
    let mut sizes = Vec::new();
    for frame in frames {
        writer.present(&mut frame.clone()).unwrap();
        Backend::flush(&mut writer).unwrap();
        let out = std::mem::take(&mut *bytes.0.borrow_mut());
        sizes.push(out.len());
        parser.process(&out);
        assert_shows(parser.screen(), frame);
    }
    sizes
}

fn vt_colour(c: Color) -> vt100::Color {
    let named = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        Color::Reset => vt100::Color::Default,
        Color::Indexed(n) => vt100::Color::Idx(n),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        c => vt100::Color::Idx(named.iter().position(|&n| n == c).unwrap() as u8),
    }
}

fn assert_shows(screen: &vt100::Screen, frame: &Buffer) {
    for y in 0..frame.area.height {
        let mut x = 0;
        while x < frame.area.width {
            let want = &frame[(x, y)];
            let got = screen.cell(y, x).unwrap();
            let at = format!("at ({x}, {y})");
            let symbol = if got.has_contents() {
                got.contents()
            } else {
                " "
            };
            assert_eq!(symbol, want.symbol(), "{at}");
            assert_eq!(got.bgcolor(), vt_colour(want.bg), "{at}");
            let m = want.modifier;
            assert_eq!(got.underline(), m.contains(Modifier::UNDERLINED), "{at}");
            assert_eq!(got.inverse(), m.contains(Modifier::REVERSED), "{at}");
            // On a blank, the colour of the letters, bold, dim and
            // italic do not show (ratatui does not redraw for them).
            if symbol != " " {
                assert_eq!(got.fgcolor(), vt_colour(want.fg), "{at}");
                assert_eq!(got.bold(), m.contains(Modifier::BOLD), "{at}");
                assert_eq!(got.dim(), m.contains(Modifier::DIM), "{at}");
                assert_eq!(got.italic(), m.contains(Modifier::ITALIC), "{at}");
            }
            x += want.symbol().width().max(1) as u16;
        }
    }
}

const WORDS: &[&str] = &[
    "de",
    "Oekraïne",
    "geëist",
    "ĳs",
    "NAVO",
    "中文",
    "Kamer",
    "e\u{301}",
    "  ",
    "a",
];

fn style_strategy() -> impl Strategy<Value = Style> {
    let colours = prop::sample::select(vec![
        Color::Reset,
        Color::Red,
        Color::LightBlue,
        Color::Gray,
        Color::Indexed(200),
        Color::Rgb(10, 20, 30),
    ]);
    let intensity = prop::sample::select(vec![Modifier::empty(), Modifier::BOLD, Modifier::DIM]);
    (colours.clone(), colours, intensity, 0u8..8).prop_map(|(fg, bg, i, bits)| {
        let mut m = i;
        for (bit, flag) in [Modifier::ITALIC, Modifier::UNDERLINED, Modifier::REVERSED]
            .into_iter()
            .enumerate()
        {
            if bits & (1 << bit) != 0 {
                m |= flag;
            }
        }
        Style::default().fg(fg).bg(bg).add_modifier(m)
    })
}

/// A frame: words in a few styles at places, on a blank screen.
fn frame_strategy(width: u16, height: u16) -> impl Strategy<Value = Buffer> {
    let placed = (
        0..width,
        0..height,
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..12),
        prop_oneof![3 => Just(Style::default()), 1 => style_strategy()],
    );
    prop::collection::vec(placed, 0..14).prop_map(move |words| {
        let mut b = Buffer::empty(Rect::new(0, 0, width, height));
        for (x, y, w, style) in words {
            b.set_stringn(x, y, w.join(" "), usize::from(width - x), style);
        }
        // Styles overlap and add up; a vt100 screen (like many
        // terminals) has no bold and dim at once.
        for cell in &mut b.content {
            if cell.modifier.contains(Modifier::BOLD | Modifier::DIM) {
                cell.modifier.remove(Modifier::DIM);
            }
        }
        // Words overlap too: a wide character written first may have a
        // letter put in the column it covers. ratatui's buffers are
        // well formed (what a wide character covers is blank), so is
        // this one.
        for y in 0..height {
            let mut x = 0;
            while x < width {
                let w = b[(x, y)].symbol().width().max(1) as u16;
                for covered in x + 1..(x + w).min(width) {
                    b[(covered, y)] = Cell::EMPTY;
                }
                x += w;
            }
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    #[test]
    fn the_screen_shows_every_frame(
        frames in prop::collection::vec(frame_strategy(23, 6), 1..6)
    ) {
        draw_all(&frames);
    }
}

/// A page of the bundled letter, as the reader lays it out: text from
/// column `left`, a status line, from line `top` of the text.
fn page(text: &[&str], top: usize, width: u16, height: u16, left: u16) -> Buffer {
    let mut b = Buffer::empty(Rect::new(0, 0, width, height));
    for (row, line) in text
        .iter()
        .skip(top)
        .take(usize::from(height - 1))
        .enumerate()
    {
        let mut x = left;
        for word in line.split(' ') {
            let style = if word.starts_with(char::is_uppercase) {
                Style::default()
                    .fg(Color::LightBlue)
                    .add_modifier(Modifier::ITALIC)
            } else {
                Style::default()
            };
            let (end, _) = b.set_stringn(x, row as u16, word, usize::from(width - x), style);
            x = end + 1;
            if x >= width {
                break;
            }
        }
    }
    let status = Style::default().fg(Color::Black).bg(Color::Cyan);
    b.set_stringn(
        0,
        height - 1,
        format!("p. {top}"),
        usize::from(width),
        status,
    );
    b
}

#[test]
fn a_page_down_writes_far_fewer_bytes_than_crossterm() {
    let text = include_str!("../../../seeds/004_425c361073e3d6d9.txt");
    let lines: Vec<String> = textwrap::wrap(&text.replace('\n', " "), 80)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (width, height) = (160, 48);
    let first = page(&lines, 0, width, height, 40);
    let second = page(&lines, 46, width, height, 40);
    let ours = draw_all(&[first.clone(), second.clone()])[1];
    let theirs = Bytes::default();
    let mut crossterm = CrosstermBackend::new(theirs.clone());
    crossterm.draw(first.diff(&second).into_iter()).unwrap();
    let theirs = theirs.0.borrow().len();
    assert!(
        ours * 4 < theirs * 3,
        "{ours} bytes here, {theirs} through crossterm's backend"
    );
}

#[test]
fn a_jump_is_as_long_as_written() {
    for (x, y) in [
        (0, 0),
        (8, 9),
        (9, 8),
        (98, 99),
        (99, 98),
        (999, 9998),
        (u16::MAX - 1, 0),
    ] {
        let written = format!("\x1b[{};{}H", y + 1, x + 1);
        assert_eq!(jump_len(x, y), written.len(), "{written:?}");
    }
}

#[test]
fn a_cleared_screen_is_drawn_in_full() {
    let bytes = Bytes::default();
    let area = Rect::new(0, 0, 10, 2);
    let mut writer = ScreenWriter::with_size(bytes.clone(), area.as_size());
    let mut frame = Buffer::empty(area);
    frame.set_string(0, 0, "Oekraïne", Style::default());
    writer
        .draw(Buffer::empty(area).diff(&frame).into_iter())
        .unwrap();
    writer.clear().unwrap();
    writer
        .draw(Buffer::empty(area).diff(&frame).into_iter())
        .unwrap();
    Backend::flush(&mut writer).unwrap();
    let mut parser = vt100::Parser::new(2, 10, 0);
    parser.process(&bytes.0.borrow());
    assert_shows(parser.screen(), &frame);
}

#[test]
fn a_control_character_in_a_cell_never_reaches_the_terminal() {
    let bytes = Bytes::default();
    let area = Rect::new(0, 0, 12, 1);
    let mut writer = ScreenWriter::with_size(bytes.clone(), area.as_size());
    let mut frame = Buffer::empty(area);
    // A file name or a mark's note set straight into a cell, unfiltered.
    frame[(0, 0)].set_symbol("\x1b]0;pwned\x07");
    frame[(1, 0)].set_symbol("\x07");
    frame[(2, 0)].set_symbol("a");
    writer.present(&mut frame).unwrap();
    Backend::flush(&mut writer).unwrap();
    let out = bytes.0.borrow().clone();
    assert!(!out.windows(2).any(|w| w == b"\x1b]"), "{out:?}");
    assert!(!out.contains(&0x07), "{out:?}");
    let mut parser = vt100::Parser::new(1, 12, 0);
    parser.process(&out);
    assert_eq!(parser.screen().contents(), "␦␦a");
}

/// Each frame is one synchronized update, a clear inside the update of the
/// frame drawn after it (never a blank screen shown alone); a frame with
/// nothing new writes nothing.
#[test]
fn a_frame_is_one_synchronized_update_with_its_clear() {
    let bytes = Bytes::default();
    let area = Rect::new(0, 0, 10, 2);
    let mut writer = ScreenWriter::with_size(bytes.clone(), area.as_size());
    let mut frame = Buffer::empty(area);
    frame.set_string(0, 0, "Oekraïne", Style::default());
    let present = |writer: &mut ScreenWriter<Bytes>, frame: &Buffer| {
        writer.present(&mut frame.clone()).unwrap();
        Backend::flush(writer).unwrap();
        std::mem::take(&mut *bytes.0.borrow_mut())
    };
    let first = present(&mut writer, &frame);
    assert!(first.starts_with(BEGIN_UPDATE), "{first:?}");
    assert!(first.ends_with(END_UPDATE), "{first:?}");
    assert_eq!(present(&mut writer, &frame), b"", "nothing changed");

    writer.clear_screen().unwrap();
    let again = present(&mut writer, &frame);
    let clear = again.windows(4).position(|w| w == b"\x1b[2J");
    assert!(again.starts_with(BEGIN_UPDATE), "{again:?}");
    assert!(clear.is_some(), "{again:?}");
    assert!(again.ends_with(END_UPDATE), "{again:?}");
    let begins = again
        .windows(BEGIN_UPDATE.len())
        .filter(|w| *w == BEGIN_UPDATE);
    assert_eq!(begins.count(), 1, "{again:?}");
    let mut parser = vt100::Parser::new(2, 10, 0);
    parser.process(&again);
    assert_shows(parser.screen(), &frame);

    // Cleared with a blank frame after it: the update still ends.
    writer.clear_screen().unwrap();
    let blank = present(&mut writer, &Buffer::empty(area));
    assert!(blank.starts_with(BEGIN_UPDATE) && blank.ends_with(END_UPDATE));
}
