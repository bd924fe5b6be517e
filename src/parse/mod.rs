//! Parsing decoded text into the document model: detect the kind of document
//! from its content, then read it with the parser for that kind. Parsers never
//! fail: whatever text they get, they return blocks that cover it.
//! [`document_from_bytes`] turns a file's bytes (text or PDF) into a
//! [`Document`](crate::document::Document) through them.

mod boilerplate;
mod chrome;
mod columns;
mod cookie_notice;
mod crlf_lines;
mod fact_box;
mod footnote_markers;
mod footnotes;
mod furniture_bounds;
mod hash_set;
mod header_blocks;
mod heading;
mod headline;
mod into_document;
mod kamerbrief;
mod kamervragen;
mod kamervragen_furniture;
mod kamervragen_meta;
mod kamervragen_notes;
pub(crate) mod kamervragen_qa;
mod kind;
mod layout_evidence;
mod letter_furniture;
mod letter_header;
mod letter_title;
mod letterspacing;
mod markdown;
mod marker_lines;
mod menu_runs;
mod name_hyphen;
mod news;
pub(crate) mod news_date;
mod note_blocks;
mod note_end;
mod note_pieces;
mod paragraphs;
mod reflow;
pub mod results_line;
mod sections;
mod sidebar_lines;
mod signatory_name;
mod signatures;
mod tag_lists;
mod typeset_headings;
mod warm_patterns;

pub use into_document::document_from_bytes;
pub use kind::detect_kind;
pub use layout_evidence::{Emphasis, LayoutEvidence};

use crate::document::builder::inert;
use crate::document::{DocKind, Parsed};

pub fn parse(text: &str) -> Parsed {
    parse_laid_out(text, &LayoutEvidence::default())
}

/// [`parse`] with what a PDF's layout adds (raised markers, footnote print).
pub fn parse_laid_out(text: &str, evidence: &LayoutEvidence) -> Parsed {
    let kind = detect_kind(text);
    warm_patterns::start(kind);
    let mut p = match kind {
        DocKind::Kamerbrief => kamerbrief::parse(text, evidence),
        DocKind::Kamervragen => kamervragen::parse(text),
        // A web page as Markdown (a text file only: a PDF's text is none).
        kind => match (*evidence == LayoutEvidence::default())
            .then(|| markdown::looks_like(text))
            .flatten()
        {
            Some(md) => markdown::parse(text, if md.web { DocKind::News } else { kind }),
            None => news::parse(text, kind),
        },
    };
    make_inert(&mut p);
    p
}

/// The text offsets where pages start, from the lines that start them; none
/// for a text of one page.
pub(crate) fn page_offsets(
    lines: &[crate::document::lines::Line],
    page_start: &[usize],
) -> Vec<usize> {
    if page_start.len() > 1 {
        page_start.iter().map(|&l| lines[l].full.start).collect()
    } else {
        Vec::new()
    }
}

/// The strings the parsers lift out of the text (titles, names, places) are as
/// untrusted as the clean text: control characters become visible pictures.
fn make_inert(p: &mut Parsed) {
    fn fix(s: &mut String) {
        if let std::borrow::Cow::Owned(o) = inert(s) {
            *s = o;
        }
    }
    let m = &mut p.meta;
    for s in [
        &mut m.title,
        &mut m.place,
        &mut m.addressee,
        &mut m.subject,
        &mut m.kenmerk,
        &mut m.sender,
    ]
    .into_iter()
    .flatten()
    {
        fix(s);
    }
    if let Some(d) = &mut m.dateline {
        fix(&mut d.agency);
        if let Some(place) = &mut d.place {
            fix(place);
        }
    }
    for s in &mut p.sections {
        fix(&mut s.title);
    }
    for s in &mut p.signatories {
        fix(&mut s.name);
        fix(&mut s.role);
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
