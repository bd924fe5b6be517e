//! Typesetting the benchmark letter on A4 pages in the rijkshuisstijl
//! shape: the letter head on page 1 (return address, addressee, date and
//! subject, salutation), the body in 9 pt Helvetica on 12 pt leading left
//! of a 6.5 pt sidebar at x = 470, bold and oblique numbered headings,
//! footnote markers as raised 6 pt digits with their notes in 7 pt at the
//! foot of the same page, "Pagina N van M" under the sidebar, and the
//! closing with the signatory kept together.

use super::pdf_file::{Font, Piece, TextLine};

pub const LEFT: f32 = 79.6;
pub const BODY_RIGHT: f32 = 450.0;
pub const SIDEBAR_X: f32 = 470.0;
pub const BODY_SIZE: f32 = 9.0;
pub const LEAD: f32 = 12.0;
const TOP: f32 = 142.0;
const BODY_BOTTOM: f32 = 775.0;
const NOTE_SIZE: f32 = 7.0;
const NOTE_LEAD: f32 = 8.5;
/// Where a note's text starts (its number stands at `LEFT`).
const NOTE_TEXT_X: f32 = LEFT + 11.0;
const NOTES_BOTTOM: f32 = 790.0;
/// Space between the last body line and the first note line.
const NOTE_GAP: f32 = 20.0;
const MARKER_SIZE: f32 = 6.0;
const MARKER_RISE: f32 = 3.5;
const SIDEBAR_SIZE: f32 = 6.5;
const SIDEBAR_LEAD: f32 = 9.0;
const FOOTER_Y: f32 = 806.0;
/// Where the values of "Datum" and "Betreft" start.
const VALUE_X: f32 = 141.9;

/// A piece of running text: words, or a footnote's marker and its text.
#[derive(Debug, Clone, PartialEq)]
pub enum Run {
    Text(String),
    Note(String),
}

/// What the body is made of, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A heading as set ("2.1 Maatregelen"), level 1 bold, level 2 oblique.
    Heading {
        text: String,
        level: u8,
    },
    Paragraph(Vec<Run>),
}

/// What a line is, for the text forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Body,
    Note,
    Sidebar,
    Footer,
}

/// A line as placed, with its role and whether vertical space stands above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub line: TextLine,
    pub role: Role,
    pub space_before: bool,
}

/// The letter's fixed parts.
pub struct Head<'a> {
    pub date: &'a str,
    pub subject: &'a str,
    pub kenmerk: &'a str,
}

/// The pages of the letter: head, `items`, closing, sidebars and footers.
/// Also how many notes it numbered.
pub fn typeset(head: &Head, items: &[Item]) -> (Vec<Vec<Placed>>, usize) {
    let mut t = Setter {
        pages: vec![Vec::new()],
        notes: vec![Vec::new()],
        y: 0.0,
        next_note: 1,
    };
    t.letter_head(head);
    for item in items {
        match item {
            Item::Heading { text, level } => {
                let font = if *level == 1 {
                    Font::Bold
                } else {
                    Font::Oblique
                };
                // Kept with the first two lines of its paragraph.
                if t.y + 4.0 * LEAD > t.limit(0) {
                    t.new_page();
                }
                let pieces = vec![piece(font, BODY_SIZE, text)];
                t.body_line(pieces, true, 0);
            }
            Item::Paragraph(runs) => {
                let runs = t.number_notes(runs);
                for (i, (pieces, notes)) in wrap(&runs).into_iter().enumerate() {
                    let note_lines: Vec<Vec<TextLine>> =
                        notes.iter().map(|(n, text)| note(*n, text)).collect();
                    let count = note_lines.iter().map(Vec::len).sum();
                    t.body_line(pieces, i == 0, count);
                    let page = t.notes.len() - 1;
                    t.notes[page].extend(note_lines);
                }
            }
        }
    }
    t.closing();
    let count = t.pages.len();
    let mut pages = Vec::with_capacity(count);
    for (i, (mut body, notes)) in t.pages.into_iter().zip(t.notes).enumerate() {
        place_notes(&mut body, notes);
        body.extend(sidebar(i == 0, head.kenmerk));
        body.push(Placed {
            line: TextLine {
                x: SIDEBAR_X,
                y: FOOTER_Y,
                pieces: vec![piece(
                    Font::Regular,
                    SIDEBAR_SIZE,
                    &format!("Pagina {} van {count}", i + 1),
                )],
            },
            role: Role::Footer,
            space_before: true,
        });
        pages.push(body);
    }
    (pages, t.next_note as usize - 1)
}

fn piece(font: Font, size: f32, text: &str) -> Piece {
    Piece {
        font,
        size,
        rise: 0.0,
        text: text.to_string(),
    }
}

/// Runs with their notes numbered: `(number, note text)` for each marker.
enum Numbered {
    Text(String),
    Marker(u32, String),
}

struct Setter {
    pages: Vec<Vec<Placed>>,
    /// Per page, the lines of each note on it (positions set at the end).
    notes: Vec<Vec<Vec<TextLine>>>,
    /// The baseline of the last body line on the page.
    y: f32,
    next_note: u32,
}

impl Setter {
    fn number_notes(&mut self, runs: &[Run]) -> Vec<Numbered> {
        runs.iter()
            .map(|r| match r {
                Run::Text(t) => Numbered::Text(t.clone()),
                Run::Note(t) => {
                    self.next_note += 1;
                    Numbered::Marker(self.next_note - 1, t.clone())
                }
            })
            .collect()
    }

    fn note_lines(&self) -> usize {
        self.notes
            .last()
            .map_or(0, |n| n.iter().map(Vec::len).sum())
    }

    /// The lowest baseline body text may use with `more` note lines added.
    fn limit(&self, more: usize) -> f32 {
        let n = self.note_lines() + more;
        if n == 0 {
            BODY_BOTTOM
        } else {
            NOTES_BOTTOM - (n - 1) as f32 * NOTE_LEAD - NOTE_GAP
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.notes.push(Vec::new());
        self.y = TOP - LEAD;
    }

    fn at_top(&self) -> bool {
        self.y <= TOP - LEAD
    }

    /// Sets a body line under the last, a blank line above it when `space`
    /// (not at the top of a page); a new page when it or its notes do not fit.
    fn body_line(&mut self, pieces: Vec<Piece>, space: bool, note_lines: usize) {
        let step = |s: &Setter| {
            if space && !s.at_top() {
                2.0 * LEAD
            } else {
                LEAD
            }
        };
        if self.y + step(self) > self.limit(note_lines) {
            self.new_page();
        }
        let space_before = space && !self.at_top();
        self.y += step(self);
        let line = TextLine {
            x: LEFT,
            y: self.y,
            pieces,
        };
        self.push(line, Role::Body, space_before);
    }

    fn push(&mut self, line: TextLine, role: Role, space_before: bool) {
        let page = self.pages.len() - 1;
        self.pages[page].push(Placed {
            line,
            role,
            space_before,
        });
    }

    fn letter_head(&mut self, head: &Head) {
        let at = |x: f32, y: f32, font: Font, size: f32, text: &str| TextLine {
            x,
            y,
            pieces: vec![piece(font, size, text)],
        };
        let r = Font::Regular;
        self.push(
            at(
                LEFT,
                142.0,
                r,
                SIDEBAR_SIZE,
                "> Retouradres Postbus 20901 2500 EX Den Haag",
            ),
            Role::Body,
            false,
        );
        let addressee = [
            "De voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Postbus 20018",
            "2500 EA DEN HAAG",
        ];
        for (i, text) in addressee.iter().enumerate() {
            let space = i == 0;
            self.push(
                at(LEFT, 164.0 + LEAD * i as f32, r, BODY_SIZE, text),
                Role::Body,
                space,
            );
        }
        for (i, (label, value)) in [("Datum", head.date), ("Betreft", head.subject)]
            .iter()
            .enumerate()
        {
            let y = 309.0 + LEAD * i as f32;
            let line = TextLine {
                x: LEFT + 5.25,
                y,
                pieces: vec![piece(r, 7.0, label)],
            };
            let mut line = line;
            // The value at its tab stop: spaces up to it in the label's size.
            let gap = VALUE_X - (LEFT + 5.25) - r.width(label, 7.0);
            let spaces = (gap / r.width(" ", 7.0)).round() as usize;
            line.pieces[0].text.push_str(&" ".repeat(spaces));
            line.pieces.push(piece(r, BODY_SIZE, value));
            self.push(line, Role::Body, i == 0);
        }
        self.push(
            at(LEFT, 357.0, r, BODY_SIZE, "Geachte voorzitter,"),
            Role::Body,
            true,
        );
        self.y = 357.0;
    }

    fn closing(&mut self) {
        let r = Font::Regular;
        // Hoogachtend, the office, room to sign, the name: together.
        if self.y + 8.0 * LEAD > self.limit(0) {
            self.new_page();
        }
        self.body_line(vec![piece(r, BODY_SIZE, "Hoogachtend,")], true, 0);
        self.body_line(
            vec![piece(
                r,
                BODY_SIZE,
                "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,",
            )],
            false,
            0,
        );
        self.y += 3.0 * LEAD;
        self.body_line(vec![piece(r, BODY_SIZE, "drs. V.L.W.A. Heijnen")], true, 0);
    }
}

/// The sidebar: the ministry in bold, on page 1 its address, the reference
/// and the enclosures; on later pages the ministry and the reference.
fn sidebar(first: bool, kenmerk: &str) -> Vec<Placed> {
    let mut rows: Vec<(Font, &str)> = vec![
        (Font::Bold, "Ministerie van Infrastructuur en"),
        (Font::Bold, "Waterstaat"),
    ];
    if first {
        rows.extend([
            (Font::Regular, ""),
            (Font::Regular, "Rijnstraat 8"),
            (Font::Regular, "2515 XP Den Haag"),
            (Font::Regular, "Postbus 20901"),
            (Font::Regular, "2500 EX Den Haag"),
            (Font::Regular, "T 070-456 0000"),
            (Font::Regular, ""),
            (Font::Regular, "www.rijksoverheid.nl/ienw"),
        ]);
    }
    rows.extend([
        (Font::Regular, ""),
        (Font::Bold, "Kenmerk"),
        (Font::Regular, kenmerk),
    ]);
    if first {
        rows.extend([
            (Font::Regular, ""),
            (Font::Bold, "Bijlage(n)"),
            (Font::Regular, "2"),
        ]);
    }
    let mut out = Vec::new();
    let mut space = true;
    for (i, (font, text)) in rows.into_iter().enumerate() {
        if text.is_empty() {
            space = true;
            continue;
        }
        out.push(Placed {
            line: TextLine {
                x: SIDEBAR_X,
                y: TOP + SIDEBAR_LEAD * i as f32,
                pieces: vec![piece(font, SIDEBAR_SIZE, text)],
            },
            role: Role::Sidebar,
            space_before: space,
        });
        space = false;
    }
    out
}

/// A note's lines: its number at the left margin, its text wrapped beside it.
fn note(number: u32, text: &str) -> Vec<TextLine> {
    let width = BODY_RIGHT - NOTE_TEXT_X;
    let mut lines = Vec::new();
    for (i, words) in wrap_words(text, Font::Regular, NOTE_SIZE, width)
        .into_iter()
        .enumerate()
    {
        let mut pieces = Vec::new();
        let mut x = NOTE_TEXT_X;
        if i == 0 {
            x = LEFT;
            let n = number.to_string();
            // The text at its tab stop after the number.
            let gap = NOTE_TEXT_X - LEFT - Font::Regular.width(&n, NOTE_SIZE);
            let spaces = (gap / Font::Regular.width(" ", NOTE_SIZE)).round().max(1.0) as usize;
            pieces.push(piece(
                Font::Regular,
                NOTE_SIZE,
                &format!("{n}{}", " ".repeat(spaces)),
            ));
        }
        pieces.push(piece(Font::Regular, NOTE_SIZE, &words));
        lines.push(TextLine { x, y: 0.0, pieces });
    }
    lines
}

/// Puts a page's notes at its foot, the last line on `NOTES_BOTTOM`.
fn place_notes(page: &mut Vec<Placed>, notes: Vec<Vec<TextLine>>) {
    let count: usize = notes.iter().map(Vec::len).sum();
    let mut y = NOTES_BOTTOM - count.saturating_sub(1) as f32 * NOTE_LEAD;
    for (i, mut line) in notes.into_iter().flatten().enumerate() {
        line.y = y;
        y += NOTE_LEAD;
        page.push(Placed {
            line,
            role: Role::Note,
            space_before: i == 0,
        });
    }
}

/// Greedy line breaking of plain text; a word wider than the line is cut.
fn wrap_words(text: &str, font: Font, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if font.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than the line (a URL) breaks after a slash or a
        // hyphen, else where it must.
        let mut rest = word.to_string();
        while font.width(&rest, size) > width {
            let mut cut = rest.len();
            while font.width(&rest[..cut], size) > width {
                cut = rest[..cut].char_indices().last().map_or(0, |(i, _)| i);
            }
            let at = rest[..cut].rfind(['/', '-']).map(|i| i + 1);
            let cut = at.filter(|&i| i > cut / 2).unwrap_or(cut);
            lines.push(rest[..cut].to_string());
            rest = rest[cut..].to_string();
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A paragraph's lines: their pieces (text, raised markers) and the notes
/// whose markers they hold.
#[allow(clippy::type_complexity)]
fn wrap(runs: &[Numbered]) -> Vec<(Vec<Piece>, Vec<(u32, String)>)> {
    // Tokens, each flagged when it joins the one before (no space between:
    // a marker after its word, punctuation after a marker).
    let mut tokens: Vec<(bool, Piece, Option<(u32, String)>)> = Vec::new();
    let mut after_space = true;
    for r in runs {
        match r {
            Numbered::Text(t) => {
                for (i, w) in t.split(' ').enumerate() {
                    if i > 0 {
                        after_space = true;
                    }
                    if !w.is_empty() {
                        tokens.push((!after_space, piece(Font::Regular, BODY_SIZE, w), None));
                        after_space = false;
                    }
                }
            }
            Numbered::Marker(n, text) => {
                let mut p = piece(Font::Regular, MARKER_SIZE, &n.to_string());
                p.rise = MARKER_RISE;
                tokens.push((!after_space, p, Some((*n, text.clone()))));
                after_space = false;
            }
        }
    }
    let width = BODY_RIGHT - LEFT;
    let space = Font::Regular.width(" ", BODY_SIZE);
    let mut lines: Vec<(Vec<Piece>, Vec<(u32, String)>)> = Vec::new();
    let mut x = 0.0;
    let mut i = 0;
    while i < tokens.len() {
        // The word: this token and those glued to it.
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].0 {
            j += 1;
        }
        let w: f32 = tokens[i..j]
            .iter()
            .map(|(_, p, _)| p.font.width(&p.text, p.size))
            .sum();
        let start_new = lines.is_empty() || (x > 0.0 && x + space + w > width);
        if start_new {
            lines.push((Vec::new(), Vec::new()));
            x = 0.0;
        }
        let line = lines.last_mut().expect("a line");
        for (k, (_, p, n)) in tokens[i..j].iter().enumerate() {
            let lead = if k == 0 && x > 0.0 { " " } else { "" };
            match line.0.last_mut() {
                Some(last) if last.rise == p.rise && last.size == p.size => {
                    last.text.push_str(lead);
                    last.text.push_str(&p.text);
                }
                _ if p.rise == 0.0 && !lead.is_empty() => {
                    line.0
                        .push(piece(Font::Regular, BODY_SIZE, &format!(" {}", p.text)));
                }
                _ => {
                    if !lead.is_empty() {
                        line.0.push(piece(Font::Regular, BODY_SIZE, " "));
                    }
                    line.0.push(p.clone());
                }
            }
            line.1.extend(n.clone());
        }
        x += if x > 0.0 { space } else { 0.0 } + w;
        i = j;
    }
    lines
}
