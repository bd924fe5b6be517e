//! Gold annotations: a document's clean text with every entity mention
//! written inline as `{{TYPE|surface}}`, after a first line naming the
//! document (`# source: <path>`). The format is `tests/gold/README.md`'s;
//! the gold test scores the recogniser against these files and the tagger's
//! trainer learns from them, both through [`parse`].

use super::kind::EntityType;
use crate::corpus::Corpus;
use crate::document::Document;
use std::fmt;
use std::ops::Range;

/// One gold file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldFile {
    /// The document's path as the first line names it.
    pub source: String,
    /// The clean text, without the markup.
    pub text: String,
    /// The mentions: byte ranges of `text` and their types, in order.
    pub spans: Vec<(Range<usize>, EntityType)>,
}

/// Why a gold file cannot be read, and where (a byte of the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadGold {
    pub at: usize,
    pub why: String,
}

impl fmt::Display for BadGold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "byte {}: {}", self.at, self.why)
    }
}

impl std::error::Error for BadGold {}

const SOURCE: &str = "# source: ";

/// Reads a gold file's contents.
pub fn parse(raw: &str) -> Result<GoldFile, BadGold> {
    let bad = |at: usize, why: String| BadGold { at, why };
    let (first, body) = raw
        .split_once('\n')
        .ok_or_else(|| bad(0, "no line after the source line".into()))?;
    let source = first
        .strip_prefix(SOURCE)
        .ok_or_else(|| bad(0, format!("the first line does not start with {SOURCE:?}")))?
        .trim()
        .to_string();
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    let mut rest = body;
    let offset = |rest: &str| raw.len() - rest.len();
    while let Some(open) = rest.find("{{") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let at = offset(after);
        let close = after
            .find("}}")
            .ok_or_else(|| bad(at, "a mention is not closed".into()))?;
        let (code, surface) = after[..close]
            .split_once('|')
            .ok_or_else(|| bad(at, format!("no type in {:?}", &after[..close])))?;
        let ty =
            EntityType::from_code(code).ok_or_else(|| bad(at, format!("unknown type {code:?}")))?;
        if surface.contains("{{") {
            return Err(bad(at, format!("a mention inside a mention: {surface:?}")));
        }
        if surface.is_empty() {
            return Err(bad(at, "an empty mention".into()));
        }
        let start = text.len();
        text.push_str(surface);
        spans.push((start..text.len(), ty));
        rest = &after[close + 2..];
    }
    if let Some(stray) = rest.find("}}") {
        return Err(bad(
            offset(rest) + stray,
            "closing braces without a mention".into(),
        ));
    }
    text.push_str(rest);
    Ok(GoldFile {
        source,
        text,
        spans,
    })
}

impl GoldFile {
    /// The document this file annotates in `corpus` (the one whose path
    /// ends in [`GoldFile::source`]) and its entry's number, after checking
    /// that its clean text is the file's text: a parser change that moved
    /// the text asks for the file to be moved with it, and the error says
    /// where the two first part.
    pub fn document_in<'c>(&self, corpus: &'c Corpus) -> Result<(usize, &'c Document), BadGold> {
        let (entry, doc) = corpus
            .entries
            .iter()
            .enumerate()
            .find_map(|(i, e)| {
                let d = e.doc()?;
                d.origin.display().ends_with(&self.source).then_some((i, d))
            })
            .ok_or_else(|| BadGold {
                at: 0,
                why: format!("no document {} in the corpus", self.source),
            })?;
        let clean = format!("{}\n", doc.clean);
        if self.text != clean {
            let at = self
                .text
                .char_indices()
                .zip(clean.chars())
                .find(|((_, a), b)| a != b)
                .map_or(self.text.len().min(clean.len()), |((i, _), _)| i);
            let context = |t: &str| {
                let mut end = (at + 40).min(t.len());
                while !t.is_char_boundary(end) {
                    end -= 1;
                }
                t[at.min(end)..end].to_string()
            };
            return Err(BadGold {
                at: 0,
                why: format!(
                    "the gold text is not the clean text of {} from byte {at} of the text on \
                     (gold {:?}, clean {:?}): move the file with the text after a parser change",
                    self.source,
                    context(&self.text),
                    context(&clean)
                ),
            });
        }
        Ok((entry, doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_read_out_of_the_text() {
        let g = parse(
            "# source: tests/fixtures/x.txt\nMinister {{PER|Van Weel}} sprak in {{LOC|Den Haag}} op {{DATE|3 maart}}.\n",
        )
        .unwrap();
        assert_eq!(g.source, "tests/fixtures/x.txt");
        assert_eq!(g.text, "Minister Van Weel sprak in Den Haag op 3 maart.\n");
        let words: Vec<(&str, EntityType)> = g
            .spans
            .iter()
            .map(|(r, t)| (&g.text[r.clone()], *t))
            .collect();
        assert_eq!(
            words,
            vec![
                ("Van Weel", EntityType::Person),
                ("Den Haag", EntityType::Location),
                ("3 maart", EntityType::Date),
            ]
        );
    }

    #[test]
    fn a_gold_file_finds_its_document_and_checks_its_text() {
        let corpus = Corpus::bundled();
        let d = corpus.entries[0].doc().unwrap();
        let source = d.origin.display();
        let right = GoldFile {
            source: source.clone(),
            text: format!("{}\n", d.clean),
            spans: Vec::new(),
        };
        assert_eq!(right.document_in(&corpus).unwrap().0, 0);
        // A text moved by a parser change: the error says where.
        let mut moved = right.clone();
        moved.text.insert(5, '\n');
        let why = moved.document_in(&corpus).unwrap_err().why;
        assert!(why.contains("from byte 5 of the text"), "{why}");
        let elsewhere = GoldFile {
            source: "seeds/no_such_file.txt".into(),
            ..right
        };
        assert!(
            elsewhere
                .document_in(&corpus)
                .unwrap_err()
                .why
                .contains("no document")
        );
    }

    #[test]
    fn broken_markup_is_an_error_with_its_place() {
        let err = |raw: &str| parse(raw).unwrap_err().why;
        assert!(err("tekst zonder bronregel").contains("no line"));
        assert!(err("# bron\n{{PER|Jan}}").contains("first line"));
        assert!(err("# source: x\n{{XYZ|Jan}}").contains("unknown type"));
        assert!(err("# source: x\n{{PER|Jan").contains("not closed"));
        assert!(err("# source: x\n{{PER Jan}}").contains("no type"));
        assert!(err("# source: x\n{{ORG|{{PER|Jan}}}}").contains("inside"));
        assert!(err("# source: x\n{{PER|}}").contains("empty"));
        assert!(err("# source: x\nJan}} de Wit").contains("closing braces"));
        let e = parse("# source: x\nab {{XYZ|Jan}}").unwrap_err();
        assert_eq!(e.at, "# source: x\nab {{".len());
    }
}
