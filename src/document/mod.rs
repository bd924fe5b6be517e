//! The document model: one source file, its untouched bytes, and the clean
//! reading text built from typed blocks, every piece of which maps back to byte
//! offsets in the original file.
//!
//! Offsets come in three kinds, named everywhere: `raw` (bytes of the file),
//! `text` (bytes of the decoded text, equal to raw for UTF-8 without a BOM) and
//! `clean` (bytes of the reading text).
//!
//! The model knows nothing of the parsers that build it: they return a
//! [`Parsed`], which [`Document::assemble`] turns into a document
//! (`parse::document_from_bytes` does both for a file's bytes).

pub mod builder;
pub mod citation;
pub mod date;
mod heap;
pub use heap::HeapBytes;
pub mod kamervragen;
pub mod lines;
pub mod path_text;
mod section_lookup;
pub mod source;
mod source_again;
pub mod span_map;
pub mod units;

use serde::Serialize;
use source::Encoding;
use span_map::SpanMap;
use std::ops::Range;
use std::path::PathBuf;

pub use date::DocDate;
pub use kamervragen::KamervragenMeta;
pub use source_again::{KEEP_SOURCE_FROM, SourceGone};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Kamerbrief,
    /// Written questions of members of parliament with the government's answers.
    Kamervragen,
    News,
    Text,
}

impl DocKind {
    pub fn label(self) -> &'static str {
        match self {
            DocKind::Kamerbrief => "Kamerbrief",
            DocKind::Kamervragen => "Kamervragen",
            DocKind::News => "news",
            DocKind::Text => "text",
        }
    }
}

/// Why a block is folded away by default. Folded text is never deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FoldReason {
    /// The ministry's address column of a Kamerbrief, interleaved with the text.
    Sidebar,
    PageFooter,
    ReadAlso,
    VideoEmbed,
    FollowTopic,
    PhotoCredit,
    RelatedArticle,
    SiteNavigation,
    UnrelatedItem,
    /// What a web extractor writes above the page it read: jina reader's
    /// "Title:", "URL Source:", "Markdown Content:", trafilatura's YAML
    /// front matter.
    ExtractorHeader,
    /// A site's cookie notice and its buttons ("… gebruikt cookies" /
    /// "Akkoord" / "Weigeren").
    CookieNotice,
    /// A news page's topics on one line ("Tags: PKC, TOP, Korfbal League").
    TopicTags,
}

impl FoldReason {
    pub fn label(self) -> &'static str {
        match self {
            FoldReason::Sidebar => "sidebar",
            FoldReason::PageFooter => "page footer",
            FoldReason::ReadAlso => "read also",
            FoldReason::VideoEmbed => "video embed",
            FoldReason::FollowTopic => "follow topic",
            FoldReason::PhotoCredit => "photo credit",
            FoldReason::RelatedArticle => "related article",
            FoldReason::SiteNavigation => "site navigation",
            FoldReason::UnrelatedItem => "unrelated item",
            FoldReason::ExtractorHeader => "extractor header",
            FoldReason::CookieNotice => "cookie notice",
            FoldReason::TopicTags => "topic tags",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetaField {
    Addressee,
    PlaceDate,
    Date,
    Subject,
    Salutation,
    Closing,
    /// The head of a publication: "Tweede Kamer der Staten-Generaal … Aanhangsel van de Handelingen … 2129".
    Masthead,
    /// "Vragen van het lid … over … (ingezonden …)".
    Questions,
    /// "Antwoord van Minister … (ontvangen …)".
    Answer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Heading { level: u8 },
    Paragraph,
    Footnote { number: u32 },
    Metadata(MetaField),
    Signature,
    Folded(FoldReason),
}

impl BlockKind {
    pub fn is_folded(self) -> bool {
        matches!(self, BlockKind::Folded(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Range in the clean text (without the `\n` that separates blocks).
    pub clean: Range<usize>,
    /// Hull of the decoded text the block was built from.
    pub text: Range<usize>,
    /// Hull of the original bytes the block was built from.
    pub raw: Range<usize>,
    /// Page of the original PDF (1-based) where the block starts, when known.
    pub page: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// Addressee, place and date, subject, salutation.
    Header,
    /// The text before the first heading.
    Introduction,
    Heading,
    Signatures,
    Footnotes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub kind: SectionKind,
    /// 1 for top-level headings; pseudo-sections (header, footnotes) are 1 too.
    pub level: u8,
    /// Blocks of the section, in reading order, children included.
    pub blocks: Range<usize>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Hull of the original bytes of the section's blocks.
    pub raw: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footnote {
    pub number: u32,
    pub block: usize,
    /// The marker in the running text, in clean offsets (shown as superscript).
    pub marker: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signatory {
    pub name: String,
    pub role: String,
    #[serde(skip)]
    pub block: usize,
}

/// A news dateline: "DEN HAAG (ANP) -".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub place: Option<String>,
    pub agency: String,
    pub clean: Range<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<DocDate>,
    pub place: Option<String>,
    pub addressee: Option<String>,
    pub dateline: Option<Dateline>,
    /// A letter's subject ("Betreft …").
    pub subject: Option<String>,
    /// A letter's reference ("Kenmerk", "Ons kenmerk").
    pub kenmerk: Option<String>,
    /// The ministry that sent a letter: its sidebar, or the signatory's role.
    pub sender: Option<String>,
    /// For Kamervragen: number, questioners, ministers, dates.
    pub kamervragen: Option<KamervragenMeta>,
}

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    /// One of the documents bundled in the binary, by file name.
    Bundled(String),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Origin {
    /// For people: the path (bytes that are not UTF-8 escaped as `\xFF`),
    /// `seeds/NAME` for a bundled document, `<stdin>`.
    pub fn display(&self) -> String {
        match self {
            Origin::File(p) => path_text::escaped(p.as_os_str()),
            Origin::Bundled(name) => format!("seeds/{name}"),
            Origin::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Lower-case hex SHA-256 of some bytes: how marks recognise the file they
/// were made on.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    let mut s = String::with_capacity(64);
    for b in Sha256::digest(bytes).iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[derive(Debug, Clone)]
pub struct Document {
    /// Unique in its corpus and the same on every run: the file stem for a
    /// bundled document or a file directly in the folder opened, the path
    /// below that folder for one deeper ("a/doc"); see [`crate::corpus`].
    pub id: String,
    pub origin: Origin,
    /// The original bytes, untouched (see [`Document::bytes`]).
    raw: Raw,
    pub encoding: Encoding,
    /// Said to the reader when the bytes needed a fallback decoding.
    pub note: Option<String>,
    /// The decoded text.
    pub text: String,
    text_to_raw: SpanMap,
    pub kind: DocKind,
    pub meta: Meta,
    /// The clean reading text: blocks separated by `\n`.
    pub clean: String,
    clean_to_text: SpanMap,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub footnotes: Vec<Footnote>,
    pub signatories: Vec<Signatory>,
    /// Raw offsets where the pages of the original PDF start (empty: unknown).
    pub pages: Vec<usize>,
    /// For a PDF: its text layer's lines with page and position (`text`
    /// is the layer's text, and raw offsets refer to it).
    pub layout: Option<std::sync::Arc<crate::pdf::TextLayer>>,
    /// Words in the clean text, counted once.
    words: usize,
    /// The SHA-256 of `bytes`, computed on first use (marks record it).
    sha256: std::sync::OnceLock<String>,
}

/// What a parser produces from decoded text; [`Document::assemble`] adds the
/// raw mapping and the derived indexes.
pub struct Parsed {
    pub kind: DocKind,
    pub meta: Meta,
    pub clean: String,
    pub clean_to_text: SpanMap,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub footnotes: Vec<Footnote>,
    pub signatories: Vec<Signatory>,
    /// Text offsets where pages start.
    pub pages: Vec<usize>,
}

/// Where a document keeps its original bytes.
#[derive(Debug, Clone)]
pub enum Raw {
    /// The bytes are exactly the decoded text's (a UTF-8 file without a
    /// byte-order mark, the common case): kept once, as the text.
    Text,
    /// Bytes of their own: a PDF, UTF-16, Windows-1252, a byte-order mark.
    Own(Vec<u8>),
    /// Let go of by [`Document::release_source`]: only their length is
    /// kept.
    Released(usize),
}

impl Document {
    /// The original bytes, untouched: a file's bytes, a PDF's own (none
    /// once [`Document::release_source`] let go of them).
    pub fn bytes(&self) -> &[u8] {
        match &self.raw {
            Raw::Text => self.text.as_bytes(),
            Raw::Own(bytes) => bytes,
            Raw::Released(_) => &[],
        }
    }

    /// How many bytes the original has.
    pub fn raw_len(&self) -> usize {
        match &self.raw {
            Raw::Released(len) => *len,
            _ => self.bytes().len(),
        }
    }

    /// Lets go of the source text and original bytes of a text file (a
    /// third of a document's memory), keeping the clean text, the blocks
    /// and the maps, so that clean ranges still map to raw offsets
    /// ([`Document::raw_range`]). For a one-pass report over a whole corpus
    /// (`brief entities`), never for a document that is shown or marked.
    /// A PDF or a re-encoded file keeps its text (its text layer is its
    /// source).
    pub fn release_source(&mut self) {
        if matches!(self.raw, Raw::Text) && self.layout.is_none() {
            self.raw = Raw::Released(self.text.len());
            self.text = String::new();
        }
    }

    /// The source text as `cat --raw` prints it: the file's bytes, or for a
    /// PDF its text layer (the text raw offsets refer to).
    pub fn source_text_bytes(&self) -> &[u8] {
        match &self.layout {
            Some(_) => self.text.as_bytes(),
            None => self.bytes(),
        }
    }

    /// The document of a file's bytes (`raw`: kept as they came, or the
    /// same as the decoded text), decoded as `decoded` and parsed as
    /// `p`: adds the raw offsets of blocks, sections and pages (through the
    /// decoded text's map to the bytes) and the word count. `layout` is left
    /// empty; for a PDF the caller puts its text layer there.
    pub fn assemble(
        id: String,
        origin: Origin,
        raw: Raw,
        decoded: source::DecodedText,
        mut p: Parsed,
    ) -> Self {
        let to_raw = decoded.to_raw;
        let raw_len = match &raw {
            Raw::Text => decoded.text.len(),
            Raw::Own(bytes) => bytes.len(),
            Raw::Released(len) => *len,
        };
        let raw_of = |r: &Range<usize>| -> Range<usize> {
            if r.is_empty() {
                let o = to_raw.map_offset(r.start).unwrap_or(raw_len);
                return o..o;
            }
            to_raw.map_range(r.clone()).unwrap_or(0..0)
        };
        let pages: Vec<usize> = p.pages.iter().map(|&t| raw_of(&(t..t + 1)).start).collect();
        for b in &mut p.blocks {
            b.raw = raw_of(&b.text);
            if !pages.is_empty() {
                b.page = Some(pages.partition_point(|&s| s <= b.raw.start).max(1) as u32);
            }
        }
        for s in &mut p.sections {
            let blocks = &p.blocks[s.blocks.clone()];
            let start = blocks.iter().map(|b| b.raw.start).min().unwrap_or(0);
            let end = blocks.iter().map(|b| b.raw.end).max().unwrap_or(start);
            s.raw = start..end;
        }
        let words = lines::count_words(&p.clean);
        // Built by pushing, the texts and lists have up to twice the room
        // they need; a document is kept as long as the reader runs.
        let mut text = decoded.text;
        let mut to_raw = to_raw;
        text.shrink_to_fit();
        to_raw.shrink_to_fit();
        p.clean.shrink_to_fit();
        p.clean_to_text.shrink_to_fit();
        p.blocks.shrink_to_fit();
        p.sections.shrink_to_fit();
        p.footnotes.shrink_to_fit();
        Document {
            id,
            origin,
            raw,
            encoding: decoded.encoding,
            note: decoded.note,
            text,
            text_to_raw: to_raw,
            kind: p.kind,
            meta: p.meta,
            clean: p.clean,
            clean_to_text: p.clean_to_text,
            blocks: p.blocks,
            sections: p.sections,
            footnotes: p.footnotes,
            signatories: p.signatories,
            pages,
            layout: None,
            words,
            sha256: std::sync::OnceLock::new(),
        }
    }

    pub fn block_text(&self, block: usize) -> &str {
        &self.clean[self.blocks[block].clean.clone()]
    }

    /// The original bytes behind a clean range (hull).
    pub fn raw_range(&self, clean: Range<usize>) -> Option<Range<usize>> {
        let text = self.clean_to_text.map_range(clean)?;
        if text.is_empty() {
            let o = self
                .text_to_raw
                .map_offset(text.start)
                .unwrap_or(self.raw_len());
            return Some(o..o);
        }
        self.text_to_raw.map_range(text)
    }

    /// The block whose clean range contains (or, between blocks, follows) `clean`.
    pub fn block_at_clean(&self, clean: usize) -> usize {
        self.blocks
            .partition_point(|b| b.clean.end < clean)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// The clean offset that shows the raw offset `raw`: used to keep the reading
    /// position when switching between the raw and the clean view.
    pub fn clean_at_raw(&self, raw: usize) -> usize {
        let text = self.text_at_raw(raw);
        let mut best: Option<(usize, usize)> = None;
        // A block's hull may enclose other blocks (a paragraph broken by a
        // footnote or a sidebar, joined by a space that stands for all of it):
        // prefer the block that shows the offset's own byte.
        let mut enclosing: Option<usize> = None;
        for (i, b) in self.blocks.iter().enumerate() {
            if b.text.start <= text && text < b.text.end.max(b.text.start + 1) {
                match self.clean_to_text.derived_containing(text, b.clean.clone()) {
                    Some((at, true)) => return at,
                    Some((at, false)) if enclosing.is_none() => enclosing = Some(at),
                    _ if enclosing.is_none() => {
                        let found = self.clean_to_text.derived_for_source(text, b.clean.clone());
                        enclosing = Some(found.unwrap_or(b.clean.start));
                    }
                    _ => {}
                }
                continue;
            }
            if b.text.start > text {
                let d = b.text.start - text;
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, i));
                }
            }
        }
        enclosing
            .unwrap_or_else(|| best.map_or(self.clean.len(), |(_, i)| self.blocks[i].clean.start))
    }

    /// The decoded-text offset of a raw offset.
    pub fn text_at_raw(&self, raw: usize) -> usize {
        // The decoded text of a released source was its bytes.
        let len = match self.raw {
            Raw::Released(len) => len,
            _ => self.text.len(),
        };
        self.text_to_raw
            .derived_for_source(raw, 0..len)
            .unwrap_or(len)
    }

    /// The raw offset of a decoded-text offset.
    pub fn raw_at_text(&self, text: usize) -> usize {
        self.text_to_raw.map_offset(text).unwrap_or(self.raw_len())
    }

    /// The innermost section containing a block ([`section_lookup`]: in time
    /// logarithmic in the sections, as a page key asks it).
    pub fn section_of_block(&self, block: usize) -> Option<usize> {
        section_lookup::innermost(&self.sections, block)
    }

    /// The page of the original PDF that holds a raw offset, when pages are known.
    pub fn page_at_raw(&self, raw: usize) -> Option<u32> {
        if self.pages.is_empty() {
            return None;
        }
        Some(self.pages.partition_point(|&s| s <= raw).max(1) as u32)
    }

    /// A title for lists: the document's own, else its first words.
    /// Lower-case hex SHA-256 of the original bytes, computed once.
    pub fn sha256(&self) -> &str {
        self.sha256.get_or_init(|| {
            // A released source was let go without it: a bug, not a
            // document of no bytes.
            debug_assert!(self.holds_source(), "SHA-256 of a released source");
            sha256_hex(self.bytes())
        })
    }

    pub fn display_title(&self) -> String {
        if let Some(t) = &self.meta.title {
            return t.clone();
        }
        let first = self
            .blocks
            .iter()
            .find(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading { .. }))
            .map(|b| &self.clean[b.clean.clone()])
            .unwrap_or(&self.clean);
        first_words(first, 8)
    }

    /// The title cut to about `max` characters at a word boundary, with an
    /// ellipsis when cut: for a status bar.
    pub fn short_title(&self, max: usize) -> String {
        let title = self.display_title();
        if title.chars().count() <= max {
            return title;
        }
        let mut out = String::new();
        for word in title.split_whitespace() {
            let len = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
            if len + 1 > max {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        if out.is_empty() {
            out = title.chars().take(max.saturating_sub(1)).collect();
        }
        out.push('…');
        out
    }

    /// Where the document comes from, when the text says so: a news agency, or
    /// the ministries that signed a letter.
    pub fn source_label(&self) -> Option<String> {
        if let Some(d) = &self.meta.dateline {
            return Some(d.agency.clone());
        }
        let ministries: Vec<&str> = self
            .signatories
            .iter()
            .filter_map(|s| {
                s.role
                    .split_once(" van ")
                    .map(|(_, m)| m.trim_end_matches(','))
            })
            .collect();
        (!ministries.is_empty()).then(|| ministries.join(", "))
    }

    /// Length in words of the clean text.
    pub fn word_count(&self) -> usize {
        self.words
    }
}

/// The first `n` words of `s`, with an ellipsis when cut.
pub fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}
