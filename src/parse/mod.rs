//! Parsing decoded text into the document model: detect the kind of document
//! from its content, then read it with the parser for that kind. Parsers never
//! fail: whatever text they get, they return blocks that cover it.

mod boilerplate;
mod chrome;
mod footnotes;
mod heading;
mod kamerbrief;
mod kind;
mod news;
mod paragraphs;
mod reflow;
mod sections;

pub use kind::detect_kind;

use crate::document::{DocKind, Parsed};

pub fn parse(text: &str) -> Parsed {
    match detect_kind(text) {
        DocKind::Kamerbrief => kamerbrief::parse(text),
        kind => news::parse(text, kind),
    }
}

/// Footnote numbers as superscript digits: "2021²".
pub fn superscript(n: u32) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .chars()
        .map(|c| SUP[c.to_digit(10).unwrap_or(0) as usize])
        .collect()
}
