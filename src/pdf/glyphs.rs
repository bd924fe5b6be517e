//! Reading a PDF's glyphs with the `pdf_oxide` crate: per page its size and
//! every visible character with its position, size and font (bold, italic).
//! This is the only file that knows the crate; everything after it works on
//! [`Page`] and [`Glyph`]. Panics inside the crate are contained here, and
//! its errors become a [`PdfError`] that says what is wrong with the file.

use super::PdfError;
use crate::contain::contain;
use pdf_oxide::document::PdfDocument;
use pdf_oxide::layout::{FontWeight, TextChar};

/// One character as placed on the page (white space is `' '`). Coordinates are in points
/// from the page's top-left corner: `y` is the baseline, growing downwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub ch: char,
    /// Left edge of the glyph (its origin on the baseline).
    pub x: f32,
    /// Baseline, from the top of the page.
    pub y: f32,
    /// How far the pen moves after this glyph (its right edge, for gaps).
    pub advance: f32,
    /// The font size as rendered, in points.
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
}

impl Glyph {
    /// Where the glyph ends on the baseline.
    pub fn end(&self) -> f32 {
        self.x + self.advance.max(0.0)
    }
}

/// One page: its size in points and its glyphs in content-stream order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub glyphs: Vec<Glyph>,
}

/// At most this many pages are read: a document, not a library.
pub const MAX_PAGES: usize = 5000;

/// The pages of a PDF, or why they cannot be read.
pub fn read_pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    let owned = bytes.to_vec();
    contain(|| read_pages_uncontained(owned)).unwrap_or_else(|failure| {
        Err(PdfError::Damaged(format!(
            "the PDF reader failed ({})",
            failure.summary()
        )))
    })
}

fn read_pages_uncontained(bytes: Vec<u8>) -> Result<Vec<Page>, PdfError> {
    let doc = PdfDocument::from_bytes(bytes).map_err(|e| damaged_or_encrypted(&e))?;
    // An encrypted PDF opens when its user password is empty (permissions
    // only); any other is refused before its scrambled text is read.
    if doc.is_encrypted() && !matches!(doc.authenticate(b""), Ok(true)) {
        return Err(PdfError::Encrypted);
    }
    let count = doc.page_count().map_err(|e| damaged_or_encrypted(&e))?;
    if count > MAX_PAGES {
        return Err(PdfError::Damaged(format!(
            "it claims {count} pages (brief reads up to {MAX_PAGES})"
        )));
    }
    let mut pages = Vec::with_capacity(count);
    let mut failed = None;
    for index in 0..count {
        let (width, height) = match doc.get_page_media_box(index) {
            Ok((x0, y0, x1, y1)) => ((x1 - x0).abs(), (y1 - y0).abs()),
            Err(_) => (595.0, 842.0), // A4, the size of nearly every Dutch government PDF
        };
        match doc.extract_chars(index) {
            Ok(chars) => pages.push(Page {
                width,
                height,
                glyphs: chars.iter().filter_map(|c| glyph(c, height)).collect(),
            }),
            Err(e) => {
                failed.get_or_insert(e);
                pages.push(Page {
                    width,
                    height,
                    glyphs: Vec::new(),
                });
            }
        }
    }
    let any_text = pages.iter().any(|p| !p.glyphs.is_empty());
    if doc.is_encrypted() && !any_text {
        return Err(PdfError::Encrypted);
    }
    match failed {
        // Every page failed: the file, not the pages, is the problem.
        Some(e) if !any_text => Err(damaged_or_encrypted(&e)),
        _ if count == 0 => Err(PdfError::Damaged("it has no pages".into())),
        _ => Ok(pages),
    }
}

/// A character the crate found, in page coordinates; None for control
/// characters and what lies on no real position.
fn glyph(c: &TextChar, page_height: f32) -> Option<Glyph> {
    let finite = [c.origin_x, c.origin_y, c.font_size, c.rendered_advance];
    if c.char.is_control() || finite.iter().any(|v| !v.is_finite()) {
        return None;
    }
    // White space is kept as ' ': a hint for the spacing (see `lines`).
    let ch = if c.char.is_whitespace() { ' ' } else { c.char };
    let font = c.font_name.to_ascii_lowercase();
    let bold = c.font_weight as u16 >= FontWeight::SemiBold as u16
        || ["bold", "black", "heavy", "semibold", "demi"]
            .iter()
            .any(|w| font.contains(w));
    let italic = c.is_italic || font.contains("italic") || font.contains("oblique");
    Some(Glyph {
        ch,
        x: c.origin_x,
        y: page_height - c.origin_y,
        // The glyph's own width: character and word spacing are gaps.
        advance: c.advance_width,
        size: c.font_size.abs().max(0.1),
        bold,
        italic,
    })
}

fn damaged_or_encrypted(e: &pdf_oxide::error::Error) -> PdfError {
    match e {
        pdf_oxide::error::Error::EncryptedPdf => PdfError::Encrypted,
        other => PdfError::Damaged(one_line(&other.to_string())),
    }
}

/// The crate's message as one short line (it may quote bytes of the file).
fn one_line(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    let mut out: String = first
        .chars()
        .take(160)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if first.chars().count() > 160 {
        out.push('…');
    }
    out
}
