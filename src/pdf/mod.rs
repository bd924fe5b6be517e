//! A PDF's text layer: what brief reads of a PDF. The glyphs of every page
//! ([`glyphs`]) become lines ([`lines`]), fall into columns ([`columns`]),
//! get a role (body, sidebar, page furniture, footnote: [`roles`]) and are
//! put in reading order ([`layer`]): per page the body columns top to
//! bottom, then the sidebar. The result is a [`TextLayer`]: one text (lines
//! joined by `\n`, a blank line where the page leaves vertical space, a form
//! feed before each page after the first, as pdftotext writes it) and a
//! table giving every line's page, position, size, weight and role.
//!
//! A PDF without text (a scan), an encrypted or a damaged one is a
//! [`PdfError`] that says so; nothing here writes anything.

pub mod columns;
pub mod glyphs;
pub mod layer;
pub mod lines;
pub mod roles;

use std::fmt;
use std::ops::Range;

pub use layer::text_layer;

/// True when the bytes are a PDF (they start with its header).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// What a line is on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineRole {
    Body,
    /// The narrow column beside the body (a letter's ministry, address, reference).
    Sidebar,
    /// Running headers and footers, "Pagina N van M", page numbers.
    Furniture,
    /// The small print at the page foot that starts with a note's number.
    Footnote,
}

/// One line of the text layer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LayerLine {
    /// Byte range of the line in [`TextLayer::text`] (without its `\n`).
    pub range: Range<usize>,
    /// 1-based page number.
    pub page: u32,
    /// Left edge and baseline, in points from the page's top-left corner.
    pub x: f32,
    pub y: f32,
    /// Font size in points (the size most of its characters have).
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    pub role: LineRole,
    /// Byte ranges in the text of raised, smaller digits (footnote markers).
    pub superscripts: Vec<Range<usize>>,
}

/// A PDF's text in reading order with the place of every line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextLayer {
    pub text: String,
    /// The lines in reading order (blank lines have no entry).
    pub lines: Vec<LayerLine>,
    /// Width of each page in points.
    pub page_widths: Vec<f32>,
}

impl TextLayer {
    /// The lines of a page (1-based), in reading order.
    pub fn page_lines(&self, page: u32) -> &[LayerLine] {
        let a = self.lines.partition_point(|l| l.page < page);
        let b = self.lines.partition_point(|l| l.page <= page);
        &self.lines[a..b]
    }

    /// The line that holds a text offset (or the last one before it).
    pub fn line_at(&self, offset: usize) -> Option<&LayerLine> {
        let i = self.lines.partition_point(|l| l.range.start <= offset);
        self.lines.get(i.checked_sub(1)?)
    }

    /// For showing a line as laid out: how many columns to indent the line
    /// that starts at (or holds) a text offset, one per [`POINTS_PER_COLUMN`]
    /// from the page's leftmost text.
    pub fn indent_at(&self, offset: usize) -> usize {
        let Some(line) = self.line_at(offset) else {
            return 0;
        };
        let left = self
            .page_lines(line.page)
            .iter()
            .map(|l| l.x)
            .fold(line.x, f32::min);
        (((line.x - left) / POINTS_PER_COLUMN).round() as usize).min(120)
    }

    /// Text offsets where the pages start (the first is 0).
    pub fn page_starts(&self) -> Vec<usize> {
        let mut starts = vec![0];
        starts.extend(self.text.match_indices('\x0c').map(|(i, _)| i + 1));
        starts
    }
}

/// About the width of a character of body text, in points (9–10 pt type).
pub const POINTS_PER_COLUMN: f32 = 5.0;

/// Why a PDF cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    Encrypted,
    /// No page has any text: a scan, or only images.
    NoText {
        pages: usize,
    },
    /// The crate could not parse it: what it said.
    Damaged(String),
    /// Its text is larger than brief reads of any file (bytes of text).
    TextTooLarge {
        bytes: usize,
    },
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Encrypted => write!(f, "the PDF is encrypted; brief cannot read it"),
            PdfError::NoText { pages } => write!(
                f,
                "the PDF has no text layer ({pages} page(s) without text: a scanned document?); run OCR first, e.g. ocrmypdf"
            ),
            PdfError::Damaged(why) => write!(f, "the PDF is damaged: {why}"),
            PdfError::TextTooLarge { bytes } => write!(
                f,
                "the PDF's text is too large ({} MiB; brief reads up to {} MiB)",
                bytes >> 20,
                crate::document::source::MAX_DOCUMENT_BYTES >> 20
            ),
        }
    }
}

impl std::error::Error for PdfError {}
