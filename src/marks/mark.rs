//! A review mark: a passage of one document, a label, a note, who made it
//! and when, anchored so it can be found again after the document changes.
//! Serialised as one JSON object per mark in the store (keys sorted). A mark
//! that was re-anchored after its document changed keeps its earlier
//! selectors in `previous`.

use serde::{Deserialize, Serialize};

/// W3C Web Annotation TextQuoteSelector: the passage and its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuote {
    pub exact: String,
    /// About 32 characters before the passage (fewer at the start of the text).
    pub prefix: String,
    /// About 32 characters after it.
    pub suffix: String,
}

/// W3C Web Annotation TextPositionSelector on the clean text, in Unicode
/// code points (never splitting a grapheme cluster).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPosition {
    pub start: usize,
    pub end: usize,
}

/// Byte offsets into the original file; for a PDF, into its text layer
/// (what `brief cat --raw` prints), with the page the passage starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawRange {
    pub start: usize,
    pub end: usize,
    /// The PDF page (1-based); absent for text files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Unique across reviewers: "<reviewer>-<created millis base36>-<random>".
    pub id: String,
    /// The document id (file stem).
    pub doc: String,
    /// SHA-256 of the document's original bytes when the mark was anchored, hex.
    pub doc_sha256: String,
    pub quote: TextQuote,
    pub position: TextPosition,
    pub raw: RawRange,
    pub label: String,
    #[serde(default)]
    pub note: String,
    pub reviewer: String,
    /// RFC 3339, UTC.
    pub created: String,
    /// RFC 3339, UTC: the last change; the newer version wins a merge.
    pub modified: String,
    /// A tombstone: deleted marks stay in the file so a merge cannot revive them.
    #[serde(default)]
    pub deleted: bool,
    /// The selectors the mark had before it was found again in a changed
    /// document and re-anchored there, oldest first (see
    /// `anchor::reanchor`). Absent from the file while empty, so marks that
    /// never moved read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous: Vec<PreviousAnchor>,
}

/// Where a mark was anchored before it was re-anchored: kept for the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviousAnchor {
    pub doc_sha256: String,
    pub quote: TextQuote,
    pub position: TextPosition,
    pub raw: RawRange,
    /// RFC 3339, UTC: when these selectors were replaced.
    pub replaced: String,
}
