//! A 30-page Kamerbrief as a PDF, and its text forms, for the benchmarks:
//! deterministic, made here with no dependency (no network, no poppler).
//!
//! The body is real Dutch government prose: the paragraphs, headings and
//! footnotes of two published letters in tests/fixtures/corpus/ (IenW's
//! circular economy letter and EZK's missions letter, in their pdftotext
//! form, read with the library itself), cycled through with headings
//! renumbered ("1.", "1.1", "1.2", "2.", …) and notes renumbered in order,
//! until 30 pages are full. [`pdf_layout`] sets it in the rijkshuisstijl
//! shape, [`pdf_file`] writes the PDF. The text forms are what `pdftotext`
//! prints for the PDF (per page the body, its notes, the sidebar, the
//! footer; a form feed between pages) and what `pdftotext -layout` prints
//! (the sidebar on the same rows, to the right).

#[path = "pdf_file.rs"]
pub mod pdf_file;
#[path = "pdf_layout.rs"]
pub mod pdf_layout;

use brief::document::{BlockKind, Document, Origin, SectionKind};
use pdf_layout::{Head, Item, LEFT, Placed, Role, Run, SIDEBAR_X};

pub const PAGES: usize = 30;
pub const DATE: &str = "3 februari 2023";
pub const SUBJECT: &str = "Voortgang circulaire economie en missiegedreven innovatiebeleid";
pub const KENMERK: &str = "IENW/BSK-2023/12345";

const SOURCES: [(&str, &[u8]); 2] = [
    (
        "ienw-circulaire-economie-2023",
        include_bytes!("../../tests/fixtures/corpus/ienw-circulaire-economie-2023.pdftotext.txt"),
    ),
    (
        "ezk-herijkte-missies-2023",
        include_bytes!("../../tests/fixtures/corpus/ezk-herijkte-missies-2023.pdftotext.txt"),
    ),
];

/// The letter in its three forms, and what a reader must find in it.
pub struct Letter {
    /// Footnote markers raised by moving the text position, as Word does.
    pub pdf: Vec<u8>,
    /// The same PDF with the markers raised by the text rise operator (`Ts`).
    pub pdf_text_rise: Vec<u8>,
    /// As `pdftotext` prints it.
    pub text: String,
    /// As `pdftotext -layout` prints it.
    pub layout_text: String,
    pub pages: usize,
    /// The headings as set, in order ("1. De circulaire transitie versnellen").
    pub headings: Vec<String>,
    pub footnotes: usize,
    /// Markers glued to an all-capitals word ("ABOARD13)"): in plain text
    /// these read as part of a name (as "MH17"); only a PDF shows them raised.
    pub after_acronym: usize,
}

/// The letter: as many paragraphs as fill exactly [`PAGES`] pages, closing included.
pub fn letter() -> Letter {
    let items = items(6);
    let head = Head {
        date: DATE,
        subject: SUBJECT,
        kenmerk: KENMERK,
    };
    let pages_of = |k: usize| pdf_layout::typeset(&head, &items[..k]).0.len();
    // Cut after a paragraph only, so every heading has text under it.
    let cuts: Vec<usize> = (1..=items.len())
        .filter(|&k| matches!(items[k - 1], Item::Paragraph(_)))
        .collect();
    assert!(
        pages_of(*cuts.last().expect("paragraphs")) > PAGES,
        "the sources fill more than {PAGES} pages"
    );
    let fit = cuts.partition_point(|&k| pages_of(k) <= PAGES);
    let k = cuts[fit.checked_sub(1).expect("the head fits")];
    let (pages, footnotes) = pdf_layout::typeset(&head, &items[..k]);
    assert_eq!(pages.len(), PAGES, "the letter fills {PAGES} pages");
    let lines: Vec<Vec<_>> = pages
        .iter()
        .map(|p| p.iter().map(|l| l.line.clone()).collect())
        .collect();
    let headings = items[..k]
        .iter()
        .filter_map(|i| match i {
            Item::Heading { text, .. } => Some(text.clone()),
            Item::Paragraph(_) => None,
        })
        .collect();
    let after_acronym = items[..k]
        .iter()
        .filter_map(|i| match i {
            Item::Paragraph(runs) => Some(runs),
            Item::Heading { .. } => None,
        })
        .flat_map(|runs| runs.windows(2))
        .filter(|w| matches!(w, [Run::Text(t), Run::Note(_)] if ends_in_acronym(t)))
        .count();
    Letter {
        after_acronym,
        pdf: pdf_file::write(&lines, SUBJECT, pdf_file::Raise::Moved),
        pdf_text_rise: pdf_file::write(&lines, SUBJECT, pdf_file::Raise::TextRise),
        text: pdftotext(&pages),
        layout_text: pdftotext_layout(&pages),
        pages: pages.len(),
        headings,
        footnotes,
    }
}

/// Whether text ends in a word of two or more capitals (no space after it).
fn ends_in_acronym(text: &str) -> bool {
    let word: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// A source letter's introduction and its sections (title, paragraphs),
/// without an annex.
type Section = (String, Vec<Vec<Run>>);

fn read_source(name: &str, bytes: &[u8]) -> (Vec<Vec<Run>>, Vec<Section>) {
    let doc = brief::parse::document_from_bytes(
        name.into(),
        Origin::Bundled(name.into()),
        bytes.to_vec(),
    )
    .expect("a corpus letter parses");
    let paragraphs = |s: &brief::document::Section| -> Vec<Vec<Run>> {
        s.blocks
            .clone()
            .filter(|&b| doc.blocks[b].kind == BlockKind::Paragraph)
            .flat_map(|b| split_long(paragraph(&doc, b)))
            .filter_map(without_list_labels)
            // A sentence that runs on into the next block (the source broke
            // it at a page end) is one paragraph.
            .fold(Vec::new(), |mut out: Vec<Vec<Run>>, p| {
                match out.last_mut() {
                    Some(last) if !ends_sentence(last) => {
                        last.push(Run::Text(" ".into()));
                        last.extend(p);
                    }
                    _ => out.push(p),
                }
                out
            })
    };
    let mut intro = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for s in &doc.sections {
        match s.kind {
            SectionKind::Introduction => intro = paragraphs(s),
            // A list label taken for a heading ("2: Substitutie") stays
            // in the section before it.
            SectionKind::Heading if s.title.starts_with(|c: char| c.is_ascii_digit()) => {
                match sections.last_mut() {
                    Some((_, before)) => before.extend(paragraphs(s)),
                    None => intro.extend(paragraphs(s)),
                }
            }
            SectionKind::Heading if !s.title.starts_with("Bijlage") => {
                let title = clean(&s.title).trim_end_matches(':').to_string();
                sections.push((title, paragraphs(s)));
            }
            _ => {}
        }
    }
    assert!(sections.len() >= 5, "{name}: its sections are found");
    (intro, sections)
}

/// A paragraph without the list labels pdftotext leaves in the source
/// ("… weggegooid. 4:" before the label's own line "Hoogwaardige
/// verwerking"); None for a bullet alone or a label's line, which are no
/// prose.
fn without_list_labels(mut runs: Vec<Run>) -> Option<Vec<Run>> {
    if let Some(Run::Text(t)) = runs.last_mut() {
        let label = t.trim_end().rsplit_once(' ').filter(|(_, w)| {
            w.len() <= 3 && w.ends_with(':') && w[..w.len() - 1].chars().all(|c| c.is_ascii_digit())
        });
        if let Some((before, _)) = label {
            *t = before.to_string();
        }
    }
    let text: String = runs
        .iter()
        .filter_map(|r| match r {
            Run::Text(t) => Some(t.as_str()),
            Run::Note(_) => None,
        })
        .collect();
    let text = text.trim();
    let prose = text.chars().any(char::is_alphanumeric)
        && (text.len() >= 80 || text.ends_with(['.', ':', ';', '?', '!', ')']));
    prose.then_some(runs)
}

/// Whether a paragraph ends a sentence (or a lead-in, or a note's marker).
fn ends_sentence(runs: &[Run]) -> bool {
    match runs.last() {
        Some(Run::Text(t)) => t
            .trim_end()
            .ends_with(['.', ':', ';', '?', '!', ')', '”', '’']),
        _ => true,
    }
}

/// A paragraph block as runs: its text and, at each marker, the note's text.
fn paragraph(doc: &Document, block: usize) -> Vec<Run> {
    let range = doc.blocks[block].clean.clone();
    let mut markers: Vec<(std::ops::Range<usize>, String)> = doc
        .footnotes
        .iter()
        .filter_map(|f| {
            let m = f.marker.clone()?;
            let text = doc.block_text(f.block);
            let number = format!("{} ", f.number);
            let text = text.strip_prefix(&number).unwrap_or(text);
            (range.start <= m.start && m.end <= range.end).then(|| (m, clean(text)))
        })
        .collect();
    markers.sort_by_key(|(m, _)| m.start);
    let mut runs = Vec::new();
    let mut at = range.start;
    for (m, note) in markers {
        runs.push(Run::Text(clean(&doc.clean[at..m.start])));
        runs.push(Run::Note(note));
        at = m.end;
    }
    runs.push(Run::Text(clean(&doc.clean[at..range.end])));
    runs.retain(|r| r != &Run::Text(String::new()));
    runs
}

/// Text the fonts can show, white space collapsed (kept at the ends, where
/// a marker joins it).
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if !pdf_file::encodable(c) {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(if c == '\u{f0b7}' { '•' } else { c });
    }
    if space && !out.is_empty() {
        out.push(' ');
    }
    if s.starts_with(char::is_whitespace) && !out.is_empty() {
        out.insert(0, ' ');
    }
    out
}

/// Long paragraphs (pdftotext joins some) split at sentence ends.
fn split_long(runs: Vec<Run>) -> Vec<Vec<Run>> {
    const LONG: usize = 700;
    let mut out = vec![Vec::new()];
    let mut length = 0;
    for run in runs {
        let Run::Text(text) = run else {
            out.last_mut().expect("a paragraph").push(run);
            continue;
        };
        let mut rest = text.as_str();
        // Cut at the first sentence end once the paragraph is long.
        loop {
            let mut from = LONG.saturating_sub(length).min(rest.len());
            while !rest.is_char_boundary(from) {
                from += 1;
            }
            let Some(cut) = sentence_end(&rest[from..]).map(|c| c + from) else {
                break;
            };
            out.last_mut()
                .expect("a paragraph")
                .push(Run::Text(rest[..cut].to_string()));
            out.push(Vec::new());
            rest = rest[cut..].trim_start();
            length = 0;
        }
        length += rest.len();
        if !rest.is_empty() {
            out.last_mut()
                .expect("a paragraph")
                .push(Run::Text(rest.to_string()));
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The end of the first sentence in `s` ("…. B"): the offset after the period.
fn sentence_end(s: &str) -> Option<usize> {
    s.match_indices(". ").map(|(i, _)| i + 1).find(|&i| {
        s[i + 1..].starts_with(char::is_uppercase) && i > 3 && !s[..i].ends_with(char::is_numeric)
    })
}

/// The body: the first letter's introduction, then the sections of both
/// letters `cycles` times over with numbered headings (every third a
/// level-1 heading, the two after it level 2).
fn items(cycles: usize) -> Vec<Item> {
    let sources: Vec<_> = SOURCES.iter().map(|(n, b)| read_source(n, b)).collect();
    let mut items: Vec<Item> = sources[0].0.iter().cloned().map(Item::Paragraph).collect();
    let sections: Vec<&Section> = sources.iter().flat_map(|(_, s)| s).collect();
    let (mut top, mut sub) = (0, 0);
    for (i, (title, paragraphs)) in sections
        .iter()
        .cycle()
        .take(cycles * sections.len())
        .enumerate()
    {
        if paragraphs.is_empty() {
            continue;
        }
        let (text, level) = if i % 3 == 0 {
            top += 1;
            sub = 0;
            (format!("{top}. {title}"), 1)
        } else {
            sub += 1;
            (format!("{}.{sub} {title}", top.max(1)), 2)
        };
        items.push(Item::Heading { text, level });
        items.extend(paragraphs.iter().cloned().map(Item::Paragraph));
    }
    items
}

/// A line's text; a raised marker joins its word, as pdftotext prints it.
fn line_text(p: &Placed) -> String {
    let s: String = p
        .line
        .pieces
        .iter()
        .map(|piece| piece.text.as_str())
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The pdftotext form: per page the body and its notes, then the sidebar,
/// then the footer; a blank line where the page leaves space; a form feed
/// after each page.
fn pdftotext(pages: &[Vec<Placed>]) -> String {
    let mut out = String::new();
    for page in pages {
        for role in [Role::Body, Role::Note, Role::Sidebar, Role::Footer] {
            let lines: Vec<&Placed> = page.iter().filter(|p| p.role == role).collect();
            for (i, p) in lines.iter().enumerate() {
                if p.space_before && i > 0 {
                    out.push('\n');
                }
                out.push_str(&line_text(p));
                out.push('\n');
            }
            if !lines.is_empty() {
                out.push('\n');
            }
        }
        out.push('\x0c');
    }
    out
}

/// Points per character column of the -layout form (9 pt body text).
const POINTS_PER_COLUMN: f32 = 4.6;

/// The `pdftotext -layout` form: rows by baseline (lines less than 4 pt
/// apart share one), each line at the column of its left edge, so the
/// sidebar stands to the right of the body; a blank row where a line has
/// space above it.
fn pdftotext_layout(pages: &[Vec<Placed>]) -> String {
    let mut out = String::new();
    for page in pages {
        let mut lines: Vec<&Placed> = page.iter().collect();
        lines.sort_by(|a, b| {
            a.line
                .y
                .total_cmp(&b.line.y)
                .then(a.line.x.total_cmp(&b.line.x))
        });
        let mut rows: Vec<Vec<&Placed>> = Vec::new();
        for p in lines {
            match rows.last_mut() {
                Some(row) if p.line.y - row[0].line.y < 4.0 => row.push(p),
                _ => rows.push(vec![p]),
            }
        }
        for (i, row) in rows.iter_mut().enumerate() {
            if i > 0 && row.iter().any(|p| p.space_before) {
                out.push('\n');
            }
            row.sort_by(|a, b| a.line.x.total_cmp(&b.line.x));
            let mut text = String::new();
            for p in row.iter() {
                let column = ((p.line.x - LEFT) / POINTS_PER_COLUMN).round().max(0.0) as usize;
                let column = if p.line.x >= SIDEBAR_X {
                    column.max(84)
                } else {
                    column
                };
                let width = text.chars().count();
                if width < column {
                    text.push_str(&" ".repeat(column - width));
                } else if width > 0 {
                    text.push_str("   ");
                }
                text.push_str(&line_text(p));
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
        out.push('\x0c');
    }
    out
}
