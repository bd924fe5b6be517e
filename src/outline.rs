//! The outline of a document as the CLI prints it (`brief outline --json`):
//! kind, title, date, the section tree, footnotes, signatories and folded
//! blocks, all with raw byte offsets into the original file.

use crate::corpus::{Corpus, Entry};
use crate::document::{BlockKind, Document, SectionKind, Signatory};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct CorpusOutline {
    pub documents: Vec<DocOutline>,
}

#[derive(Debug, Serialize)]
pub struct DocOutline {
    pub id: String,
    pub path: String,
    pub kind: &'static str,
    pub title: Option<String>,
    /// What the reader calls it: the title, or the first words of a
    /// document without one (not in the JSON, which keeps what was found).
    #[serde(skip)]
    pub shown_title: String,
    pub date: Option<String>,
    pub place: Option<String>,
    /// A letter's subject ("Betreft"), its reference ("Kenmerk") and the
    /// ministry that sent it.
    pub subject: Option<String>,
    pub kenmerk: Option<String>,
    pub sender: Option<String>,
    pub source: Option<String>,
    pub encoding: crate::document::source::Encoding,
    pub note: Option<String>,
    pub bytes: usize,
    pub words: usize,
    pub pages: usize,
    pub sections: Vec<SectionOutline>,
    pub footnotes: Vec<FootnoteOutline>,
    pub signatories: Vec<Signatory>,
    pub folded: Vec<FoldedOutline>,
    /// Kamervragen only: number, vergaderjaar, questioners, ministers, dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kamervragen: Option<crate::document::KamervragenMeta>,
}

#[derive(Debug, Serialize)]
pub struct SectionOutline {
    pub title: String,
    pub kind: SectionKind,
    pub level: u8,
    pub raw_start: usize,
    pub raw_end: usize,
    pub page: Option<u32>,
    pub children: Vec<SectionOutline>,
}

#[derive(Debug, Serialize)]
pub struct FootnoteOutline {
    pub number: u32,
    pub text: String,
    pub raw_start: usize,
    pub raw_end: usize,
    pub marker_raw_start: Option<usize>,
    pub marker_raw_end: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct FoldedOutline {
    pub reason: &'static str,
    pub raw_start: usize,
    pub raw_end: usize,
    pub text: String,
}

/// Outlines of the documents that loaded, and the errors of those that did not.
pub fn outline_corpus(corpus: &Corpus) -> (CorpusOutline, Vec<String>) {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for e in &corpus.entries {
        match e {
            Entry::Doc(d) => documents.push(outline(d)),
            Entry::Failed { origin, error, .. } => {
                errors.push(format!("{}: {error}", origin.display()))
            }
            Entry::Pending { origin, .. } => {
                errors.push(format!("{}: not read yet", origin.display()))
            }
        }
    }
    (CorpusOutline { documents }, errors)
}

pub fn outline(d: &Document) -> DocOutline {
    let roots: Vec<usize> = (0..d.sections.len())
        .filter(|&i| d.sections[i].parent.is_none())
        .collect();
    DocOutline {
        id: d.id.clone(),
        path: d.origin.display(),
        kind: match d.kind {
            crate::document::DocKind::Kamerbrief => "kamerbrief",
            crate::document::DocKind::Kamervragen => "kamervragen",
            crate::document::DocKind::News => "news",
            crate::document::DocKind::Text => "text",
        },
        title: d.meta.title.clone(),
        shown_title: d.display_title(),
        date: d.meta.date.map(|x| x.to_string()),
        place: d.meta.place.clone(),
        subject: d.meta.subject.clone(),
        kenmerk: d.meta.kenmerk.clone(),
        sender: d.meta.sender.clone(),
        source: d.source_label(),
        encoding: d.encoding,
        note: d.note.clone(),
        bytes: d.raw_len(),
        words: d.word_count(),
        pages: d.pages.len(),
        sections: roots.iter().map(|&i| section(d, i)).collect(),
        footnotes: d
            .footnotes
            .iter()
            .map(|f| {
                let b = &d.blocks[f.block];
                let marker = f.marker.clone().and_then(|m| d.raw_range(m));
                // The block starts with the note's number; `number` holds it.
                let text = d.block_text(f.block);
                let text = text
                    .strip_prefix(f.number.to_string().as_str())
                    .map_or(text, str::trim_start);
                FootnoteOutline {
                    number: f.number,
                    text: text.to_string(),
                    raw_start: b.raw.start,
                    raw_end: b.raw.end,
                    marker_raw_start: marker.as_ref().map(|m| m.start),
                    marker_raw_end: marker.map(|m| m.end),
                }
            })
            .collect(),
        signatories: d.signatories.clone(),
        folded: d
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| match b.kind {
                BlockKind::Folded(r) => Some(FoldedOutline {
                    reason: r.label(),
                    raw_start: b.raw.start,
                    raw_end: b.raw.end,
                    text: d.block_text(i).to_string(),
                }),
                _ => None,
            })
            .collect(),
        kamervragen: d.meta.kamervragen.clone(),
    }
}

fn section(d: &Document, i: usize) -> SectionOutline {
    let s = &d.sections[i];
    SectionOutline {
        title: s.title.clone(),
        kind: s.kind,
        level: s.level,
        raw_start: s.raw.start,
        raw_end: s.raw.end,
        page: d.page_at_raw(s.raw.start),
        children: s.children.iter().map(|&c| section(d, c)).collect(),
    }
}

/// The outline as plain text, for people.
pub fn outline_text(o: &DocOutline) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} [{}] {}",
        o.id,
        o.kind,
        match &o.title {
            Some(t) => t.clone(),
            None => format!("{} (no title: its first words)", o.shown_title),
        }
    );
    let _ = writeln!(s, "  path: {}", o.path);
    if let Some(d) = &o.date {
        let _ = writeln!(s, "  date: {d}");
    }
    if let Some(src) = &o.source {
        let _ = writeln!(s, "  source: {src}");
    }
    if let Some(n) = &o.note {
        let _ = writeln!(s, "  note: {n}");
    }
    let _ = writeln!(
        s,
        "  {} words, {} bytes{}",
        o.words,
        o.bytes,
        if o.pages > 0 {
            format!(", {} pages", o.pages)
        } else {
            String::new()
        }
    );
    fn walk(s: &mut String, secs: &[SectionOutline], depth: usize) {
        for sec in secs {
            let page = sec.page.map(|p| format!(" p.{p}")).unwrap_or_default();
            let _ = writeln!(
                s,
                "  {}{} [{}..{}]{page}",
                "  ".repeat(depth),
                sec.title,
                sec.raw_start,
                sec.raw_end
            );
            walk(s, &sec.children, depth + 1);
        }
    }
    walk(&mut s, &o.sections, 0);
    for f in &o.footnotes {
        let _ = writeln!(s, "  note {}: {}", f.number, f.text);
    }
    for sig in &o.signatories {
        let _ = writeln!(s, "  signed: {}, {}", sig.name, sig.role);
    }
    for f in &o.folded {
        let _ = writeln!(
            s,
            "  folded ({}): {}",
            f.reason,
            crate::document::first_words(&f.text, 8)
        );
    }
    s
}

/// The clean reading text of a document: paragraphs one a line, or wrapped to
/// `width`; folded blocks only when `all`.
pub fn clean_text(d: &Document, all: bool, width: Option<usize>) -> String {
    blocks_text(d, 0..d.blocks.len(), all, width)
}

/// [`clean_text`] of some blocks only (a section's, say), in the order given.
pub fn blocks_text(
    d: &Document,
    blocks: impl IntoIterator<Item = usize>,
    all: bool,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    for i in blocks {
        if d.blocks[i].kind.is_folded() && !all {
            continue;
        }
        let t = d.block_text(i);
        match width {
            Some(w) if w > 0 => {
                for line in textwrap::wrap(t, w) {
                    out.push_str(&line);
                    out.push('\n');
                }
            }
            _ => {
                out.push_str(t);
                out.push('\n');
            }
        }
        if width.is_some() {
            out.push('\n');
        }
    }
    out
}
