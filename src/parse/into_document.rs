//! From a file's bytes to a [`Document`]: where the model and the parsers
//! meet. The bytes are decoded ([`crate::document::source`]) or, for a PDF,
//! read as a text layer ([`crate::pdf`]); the text is parsed ([`parse`], with
//! what the layer's layout adds, [`LayoutEvidence::of_layer`]); the model
//! puts the result together ([`Document::assemble`]). The model itself knows
//! nothing of the parsers.

use super::{LayoutEvidence, parse, parse_laid_out};
use crate::document::source::{self, LoadError};
use crate::document::{Document, Origin, Raw};
use std::sync::Arc;

/// Parses a file's bytes. Fails only for what is not a document at all.
/// Bytes that start with a PDF header are read as a PDF: its text layer is
/// the text parsed.
pub fn document_from_bytes(
    id: String,
    origin: Origin,
    bytes: Vec<u8>,
) -> Result<Document, LoadError> {
    if crate::pdf::is_pdf(&bytes) {
        return document_from_pdf(id, origin, bytes);
    }
    let (decoded, raw) = source::decode_owned(bytes)?;
    let parsed = parse(&decoded.text);
    Ok(Document::assemble(id, origin, raw, decoded, parsed))
}

/// A PDF: its source text is its text layer ([`crate::pdf`]), parsed as any
/// text; `bytes` stay the PDF's own (marks recognise the file by them).
fn document_from_pdf(id: String, origin: Origin, bytes: Vec<u8>) -> Result<Document, LoadError> {
    let layer = crate::pdf::text_layer(&bytes).map_err(LoadError::Pdf)?;
    let decoded = source::decoded_text_layer(layer.text.clone());
    let mut parsed = parse_laid_out(&decoded.text, &LayoutEvidence::of_layer(&layer));
    // The layer knows where its pages start.
    parsed.pages = layer.page_starts();
    let mut doc = Document::assemble(id, origin, Raw::Own(bytes), decoded, parsed);
    doc.layout = Some(Arc::new(layer));
    Ok(doc)
}
