//! Writing a PDF file with no dependency: pages of text in the standard
//! fonts Helvetica, Helvetica-Bold and Helvetica-Oblique (Type1, WinAnsi
//! encoding, their Adobe widths), uncompressed content streams, an xref
//! table and a trailer. Only what the benchmark letter needs.

/// The three standard fonts the letter uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    Oblique,
}

impl Font {
    const ALL: [Font; 3] = [Font::Regular, Font::Bold, Font::Oblique];

    fn resource(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
            Font::Oblique => "F3",
        }
    }

    fn base_font(self) -> &'static str {
        match self {
            Font::Regular => "Helvetica",
            Font::Bold => "Helvetica-Bold",
            Font::Oblique => "Helvetica-Oblique",
        }
    }

    /// Width of a string at `size` points, from the fonts' Adobe metrics.
    pub fn width(self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| width_units(self, win_ansi(c))).sum();
        units as f32 * size / 1000.0
    }
}

/// How raised text (a footnote marker) is raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raise {
    /// By moving the text position up and back (`Td`), as Word writes it.
    Moved,
    /// By the text rise operator (`Ts`).
    TextRise,
}

/// A run of text in one font, size and rise (a raised footnote marker).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub font: Font,
    pub size: f32,
    /// Text rise in points (`Ts`): above the baseline when positive.
    pub rise: f32,
    pub text: String,
}

/// A line of pieces set one after the other from `x` on the baseline `y`
/// (points from the page's top).
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub x: f32,
    pub y: f32,
    pub pieces: Vec<Piece>,
}

pub const PAGE_WIDTH: f32 = 595.0;
pub const PAGE_HEIGHT: f32 = 842.0;

/// A PDF file of A4 pages, each a list of text lines.
pub fn write(pages: &[Vec<TextLine>], title: &str, raise: Raise) -> Vec<u8> {
    // Objects: 1 catalog, 2 page tree, 3 info, then per font a font and a
    // descriptor, then per page the page and its content stream.
    let fonts_at = 4;
    let pages_at = fonts_at + 2 * Font::ALL.len();
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", pages_at + 2 * i))
        .collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
    );
    let mut info = b"<< /Title ".to_vec();
    info.extend(string_literal(title));
    info.extend(b" /Producer (brief benches/gen/pdf.rs) >>");
    objects.push(info);
    for (i, font) in Font::ALL.iter().enumerate() {
        let descriptor = fonts_at + 2 * i + 1;
        let widths: Vec<String> = (32u8..=255)
            .map(|b| width_units(*font, b).to_string())
            .collect();
        objects.push(
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding /WinAnsiEncoding \
                 /FirstChar 32 /LastChar 255 /Widths [{}] /FontDescriptor {descriptor} 0 R >>",
                font.base_font(),
                widths.join(" ")
            )
            .into_bytes(),
        );
        let (angle, stem) = match font {
            Font::Regular => (0, 88),
            Font::Bold => (0, 140),
            Font::Oblique => (-12, 88),
        };
        objects.push(
            format!(
                "<< /Type /FontDescriptor /FontName /{} /Flags 32 /FontBBox [-166 -225 1000 931] \
                 /ItalicAngle {angle} /Ascent 718 /Descent -207 /CapHeight 718 /StemV {stem} >>",
                font.base_font()
            )
            .into_bytes(),
        );
    }
    let font_resources: Vec<String> = Font::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| format!("/{} {} 0 R", f.resource(), fonts_at + 2 * i))
        .collect();
    for (i, lines) in pages.iter().enumerate() {
        let content = content_stream(lines, raise);
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /Resources << /Font << {} >> >> /Contents {} 0 R >>",
                font_resources.join(" "),
                pages_at + 2 * i + 1
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(&content);
        stream.extend(b"\nendstream");
        objects.push(stream);
    }

    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// One text object per line: its position, then each piece in its font
/// and size, raised as `raise` says.
fn content_stream(lines: &[TextLine], raise: Raise) -> Vec<u8> {
    let mut s = Vec::new();
    for line in lines {
        let y = PAGE_HEIGHT - line.y;
        s.extend(format!("BT\n{:.2} {y:.2} Td\n", line.x).as_bytes());
        // Where the last Td put the line start, and where the pen is.
        let (mut origin, mut pen) = ((line.x, 0.0f32), line.x);
        let mut state: Option<(Font, f32, f32)> = None;
        for p in &line.pieces {
            if state.is_none_or(|(f, size, _)| f != p.font || size != p.size) {
                s.extend(format!("/{} {} Tf\n", p.font.resource(), p.size).as_bytes());
            }
            let rise = state.map_or(0.0, |(_, _, rise)| rise);
            if rise != p.rise {
                match raise {
                    Raise::TextRise => s.extend(format!("{} Ts\n", p.rise).as_bytes()),
                    Raise::Moved => {
                        let (dx, dy) = (pen - origin.0, p.rise - origin.1);
                        s.extend(format!("{dx:.3} {dy:.3} Td\n").as_bytes());
                        origin = (pen, p.rise);
                    }
                }
            }
            state = Some((p.font, p.size, p.rise));
            s.extend(string_literal(&p.text));
            s.extend(b" Tj\n");
            pen += p.font.width(&p.text, p.size);
        }
        s.extend(b"ET\n");
    }
    s
}

/// A PDF string literal of text in WinAnsi bytes: `(`, `)` and `\`
/// escaped, bytes outside printable ASCII as octal escapes.
pub fn string_literal(text: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in text.chars() {
        match win_ansi(c) {
            b @ (b'(' | b')' | b'\\') => out.extend([b'\\', b]),
            b @ 0x20..=0x7e => out.push(b),
            b => out.extend(format!("\\{b:03o}").as_bytes()),
        }
    }
    out.push(b')');
    out
}

/// The WinAnsi code of a character; `?` for one the encoding lacks. The
/// private-use bullet of the Symbol font (U+F0B7) is a bullet.
pub fn win_ansi(c: char) -> u8 {
    const HIGH: [(u8, char); 27] = [
        (0x80, '€'),
        (0x82, '‚'),
        (0x83, 'ƒ'),
        (0x84, '„'),
        (0x85, '…'),
        (0x86, '†'),
        (0x87, '‡'),
        (0x88, 'ˆ'),
        (0x89, '‰'),
        (0x8a, 'Š'),
        (0x8b, '‹'),
        (0x8c, 'Œ'),
        (0x8e, 'Ž'),
        (0x91, '‘'),
        (0x92, '’'),
        (0x93, '“'),
        (0x94, '”'),
        (0x95, '•'),
        (0x96, '–'),
        (0x97, '—'),
        (0x98, '˜'),
        (0x99, '™'),
        (0x9a, 'š'),
        (0x9b, '›'),
        (0x9c, 'œ'),
        (0x9e, 'ž'),
        (0x9f, 'Ÿ'),
    ];
    match c {
        ' '..='~' | '\u{a0}'..='\u{ff}' => c as u8,
        '\u{f0b7}' => 0x95,
        _ => HIGH.iter().find(|(_, h)| *h == c).map_or(b'?', |(b, _)| *b),
    }
}

/// Whether the encoding has the character (it is not written as `?`).
pub fn encodable(c: char) -> bool {
    c == '?' || win_ansi(c) != b'?'
}

/// Adobe's widths (1/1000 em) of Helvetica and Helvetica-Bold for ASCII
/// 32..=126; Helvetica-Oblique has Helvetica's.
const ASCII_REGULAR: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/// The width of a WinAnsi code in a font, in 1/1000 em.
fn width_units(font: Font, code: u8) -> u32 {
    let bold = font == Font::Bold;
    let ascii = |c: u8| {
        let table = if bold { &ASCII_BOLD } else { &ASCII_REGULAR };
        u32::from(table[usize::from(c - 32)])
    };
    let pick = |regular: u32, bold_w: u32| if bold { bold_w } else { regular };
    match code {
        32..=126 => ascii(code),
        0x80 | 0x83 | 0x86 | 0x87 | 0x96 => 556,
        0x85 | 0x89 | 0x8c | 0x97 | 0x99 => 1000,
        0x82 | 0x91 | 0x92 => pick(222, 278),
        0x84 | 0x93 | 0x94 => pick(333, 500),
        0x88 | 0x8b | 0x98 | 0x9b => 333,
        0x8a => 667,
        0x8e => 611,
        0x95 => 350,
        0x9a => pick(500, 556),
        0x9c => 944,
        0x9e => 500,
        0x9f => 667,
        0xa0 => 278,
        0xa1..=0xbf => 556,
        // Accented letters are as wide as their base letter, with Adobe's
        // exceptions (the dotless i of ì í î ï).
        0xc0..=0xff => match char::from(code) {
            'Æ' => 1000,
            'æ' => 889,
            '×' | '÷' => 584,
            'ß' => 611,
            'Ð' => 722,
            'ð' => pick(556, 611),
            'Þ' => 667,
            'þ' => pick(556, 611),
            'ì' | 'í' | 'î' | 'ï' => 278,
            c => ascii(base_letter(c)),
        },
        _ => 0,
    }
}

/// The ASCII letter under an accented Latin-1 letter.
fn base_letter(c: char) -> u8 {
    const UPPER: &str = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYPs";
    const LOWER: &str = "aaaaaaaceeeeiiiidnooooo/ouuuuypy";
    let i = c as usize;
    let table = if i >= 0xe0 { LOWER } else { UPPER };
    table.as_bytes()[(i - 0xc0) % 32]
}
