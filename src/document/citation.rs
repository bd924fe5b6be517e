//! A passage with where it comes from, for quoting it elsewhere: the clean
//! text of a range, then a line that names the document, the section and the
//! page, as in
//!
//! ```text
//! Tijdens het bezoek was er bijzondere aandacht voor MH17.
//! — Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022 · MH17 · p. 8
//! ```
//!
//! A part that is not known (no section, a text without pages) is left out.

use super::Document;
use std::ops::Range;

/// What a citation line names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The document's title ([`Document::display_title`]), on one line;
    /// empty for a document without text.
    pub title: String,
    /// The innermost section that holds the start of the passage.
    pub section: Option<String>,
    /// The pages of the original where the passage starts and ends, when
    /// the document has pages (equal for a passage on one page).
    pub pages: Option<(u32, u32)>,
}

impl Citation {
    /// Where the clean range `range` of `doc` stands.
    pub fn of(doc: &Document, range: Range<usize>) -> Citation {
        let section = (!doc.blocks.is_empty())
            .then(|| doc.section_of_block(doc.block_at_clean(range.start)))
            .flatten()
            .map(|s| one_line(&doc.sections[s].title))
            .filter(|s| !s.is_empty());
        let pages = doc.raw_range(range).and_then(|raw| {
            let first = doc.page_at_raw(raw.start)?;
            let last = doc.page_at_raw(raw.end.saturating_sub(1).max(raw.start))?;
            Some((first, last.max(first)))
        });
        Citation {
            title: one_line(&doc.display_title()),
            section,
            pages,
        }
    }

    /// "p. 8", or "pp. 8–9" for a passage over two pages.
    pub fn page_label(&self) -> Option<String> {
        self.pages.map(|(first, last)| {
            if first == last {
                format!("p. {first}")
            } else {
                format!("pp. {first}–{last}")
            }
        })
    }

    /// The citation line: "— title · section · p. 8", without the parts
    /// that are not known.
    pub fn line(&self) -> String {
        let parts: Vec<String> = [
            Some(self.title.clone()).filter(|t| !t.is_empty()),
            self.section.clone(),
            self.page_label(),
        ]
        .into_iter()
        .flatten()
        .collect();
        format!("— {}", parts.join(" · "))
    }
}

/// The passage at the clean range `range` of `doc` (its text as the clean
/// text has it, block breaks as newlines) and, on the next line, its
/// citation. `None` when the range is not a range of the clean text.
pub fn cited_passage(doc: &Document, range: Range<usize>) -> Option<String> {
    let text = doc.clean.get(range.clone())?;
    let mut out = String::with_capacity(text.len() + 120);
    out.push_str(text);
    if !text.is_empty() && !text.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&Citation::of(doc, range).line());
    Some(out)
}

/// Runs of white space (a title broken over lines) as one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn letter(c: &Corpus) -> &Document {
        c.entries
            .iter()
            .find(|e| e.id().starts_with("004"))
            .and_then(|e| e.doc())
            .expect("the bundled letter")
    }

    fn range_of(doc: &Document, needle: &str) -> Range<usize> {
        let at = doc.clean.find(needle).expect("in the letter");
        at..at + needle.len()
    }

    #[test]
    fn a_sentence_in_the_mh17_section_is_cited_with_title_section_and_page() {
        let c = Corpus::bundled();
        let doc = letter(&c);
        let r = range_of(
            doc,
            "Tijdens het bezoek was er bijzondere aandacht voor MH17.",
        );
        let cit = Citation::of(doc, r.clone());
        assert_eq!(cit.section.as_deref(), Some("MH17"));
        assert_eq!(cit.pages, Some((8, 8)));
        assert_eq!(
            cited_passage(doc, r).unwrap(),
            "Tijdens het bezoek was er bijzondere aandacht voor MH17.\n\
             — Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022 · MH17 · p. 8"
        );
    }

    #[test]
    fn a_passage_over_a_page_break_names_both_pages() {
        let c = Corpus::bundled();
        let doc = letter(&c);
        // From the last block that starts on some page to the first block
        // of the next page.
        let b = (1..doc.blocks.len())
            .find(|&b| {
                let (p, q) = (doc.blocks[b - 1].page, doc.blocks[b].page);
                p.is_some() && q.is_some() && p < q && !doc.blocks[b].kind.is_folded()
            })
            .expect("a page break between blocks");
        let (prev, next) = (&doc.blocks[b - 1], &doc.blocks[b]);
        let cit = Citation::of(doc, prev.clean.start..next.clean.end);
        let (first, last) = cit.pages.expect("pages");
        assert!(first < last, "{cit:?}");
        assert!(
            cit.line().contains(&format!("pp. {first}–{last}")),
            "{cit:?}"
        );
    }

    #[test]
    fn unknown_parts_are_left_out() {
        let cit = Citation {
            title: "Een titel".into(),
            section: None,
            pages: None,
        };
        assert_eq!(cit.line(), "— Een titel");
        let cit = Citation {
            title: String::new(),
            section: Some("MH17".into()),
            pages: Some((3, 3)),
        };
        assert_eq!(cit.line(), "— MH17 · p. 3");
    }

    #[test]
    fn a_text_without_pages_has_no_page_and_a_bad_range_nothing() {
        let c = Corpus::bundled();
        let news = c
            .entries
            .iter()
            .filter_map(|e| e.doc())
            .find(|d| d.pages.is_empty())
            .expect("a bundled text without pages");
        let r = crate::document::units::unit_at(news, 0, crate::document::units::Unit::Sentence)
            .expect("a sentence");
        let out = cited_passage(news, r.clone()).unwrap();
        assert!(out.starts_with(&news.clean[r.clone()]), "{out}");
        assert_eq!(Citation::of(news, r.clone()).pages, None);
        assert!(!out.lines().last().unwrap().contains(" · p. "), "{out}");
        assert!(out.contains(&format!("— {}", one_line(&news.display_title()))));
        assert_eq!(cited_passage(news, 0..news.clean.len() + 1), None);
    }
}
