//! The entities of a corpus as the CLI prints them (`brief entities --json`):
//! every mention with its raw byte offsets in the original file, and every
//! entity with its aliases and mention count.

use super::index::{EntityIndex, Mention};
use crate::corpus::Corpus;
use crate::document::Document;
use rayon::prelude::*;
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use std::io::{self, Write};

/// The report, borrowed from the corpus and the index: the mentions are
/// written as they are serialized, never gathered (a folder of 10,000
/// documents has over a million of them).
#[derive(Serialize)]
pub struct EntitiesReport<'a> {
    pub documents: Documents<'a>,
    pub entities: Vec<EntityReport<'a>>,
}

/// Every document that loaded, in corpus order, with its mentions.
pub struct Documents<'a> {
    corpus: &'a Corpus,
    index: &'a EntityIndex,
}

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for (i, e) in self.corpus.entries.iter().enumerate() {
            if let Some(doc) = e.doc() {
                seq.serialize_element(&DocMentions {
                    id: &doc.id,
                    mentions: Mentions {
                        doc,
                        index: self.index,
                        mentions: self.index.mentions(i),
                    },
                })?;
            }
        }
        seq.end()
    }
}

#[derive(Serialize)]
pub struct DocMentions<'a> {
    pub id: &'a str,
    pub mentions: Mentions<'a>,
}

/// One document's mentions, each as a [`MentionReport`] when written.
pub struct Mentions<'a> {
    doc: &'a Document,
    index: &'a EntityIndex,
    mentions: &'a [Mention],
}

impl Serialize for Mentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.mentions.len()))?;
        for m in self.mentions {
            let raw = self
                .doc
                .raw_range(m.clean.clone())
                .unwrap_or(m.clean.start..m.clean.start);
            seq.serialize_element(&MentionReport {
                ty: m.ty.code(),
                text: &self.doc.clean[m.clean.clone()],
                entity: &self.index.entities[m.entity].id,
                raw_start: raw.start,
                raw_end: raw.end,
                boilerplate: m.boilerplate,
            })?;
        }
        seq.end()
    }
}

#[derive(Debug, Serialize)]
pub struct MentionReport<'a> {
    #[serde(rename = "type")]
    pub ty: &'static str,
    /// As it reads in the clean text (a name broken by a line-end hyphen reads joined).
    pub text: &'a str,
    /// The entity's id.
    pub entity: &'a str,
    pub raw_start: usize,
    pub raw_end: usize,
    pub boilerplate: bool,
}

#[derive(Debug, Serialize)]
pub struct EntityReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
    pub mentions: usize,
    pub documents: usize,
}

pub fn report<'a>(corpus: &'a Corpus, index: &'a EntityIndex) -> EntitiesReport<'a> {
    let mut entities: Vec<EntityReport> = index
        .entities
        .iter()
        .map(|e| EntityReport {
            id: &e.id,
            name: &e.name,
            ty: e.ty.code(),
            aliases: &e.aliases,
            description: e.description.as_deref(),
            mentions: e.mentions,
            documents: e.documents,
        })
        .collect();
    entities.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(b.id)));
    EntitiesReport {
        documents: Documents { corpus, index },
        entities,
    }
}

/// Documents serialized on the workers at a time, then written in order:
/// the output of a folder (250 MB for 10,000 letters) is never held whole.
const DOCS_A_BATCH: usize = 256;

/// Writes `r` exactly as [`crate::output::json::to_writer_pretty`] writes
/// it, each document's mentions serialized on every core (a batch at a
/// time, in corpus order): serializing a large corpus's mentions on one
/// thread was the last second of `brief entities --json`.
pub fn write_json(r: &EntitiesReport, out: &mut impl Write) -> io::Result<()> {
    let docs = &r.documents;
    let entries: Vec<usize> = (0..docs.corpus.entries.len())
        .filter(|&i| docs.corpus.entries[i].doc().is_some())
        .collect();
    out.write_all(b"{\n  \"documents\": [")?;
    for (b, batch) in entries.chunks(DOCS_A_BATCH).enumerate() {
        let written: Vec<io::Result<Vec<u8>>> = batch
            .par_iter()
            .map(|&i| {
                let doc = docs.corpus.entries[i].doc().expect("a document");
                let one = DocMentions {
                    id: &doc.id,
                    mentions: Mentions {
                        doc,
                        index: docs.index,
                        mentions: docs.index.mentions(i),
                    },
                };
                // Two levels down: inside the object and its array.
                Ok(indented(
                    &crate::output::json::to_string_pretty(&one)?,
                    "    ",
                ))
            })
            .collect();
        for (k, one) in written.into_iter().enumerate() {
            out.write_all(if b == 0 && k == 0 {
                b"\n    "
            } else {
                b",\n    "
            })?;
            out.write_all(&one?)?;
        }
    }
    if !entries.is_empty() {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"],\n  \"entities\": ")?;
    let entities = crate::output::json::to_string_pretty(&r.entities)?;
    out.write_all(&indented(&entities, "  "))?;
    out.write_all(b"\n}")
}

/// `json` with `indent` after every line break: a value written at the top
/// level, moved to where it stands in a larger one. (A JSON string holds
/// no raw line break: each one is the formatter's.)
fn indented(json: &str, indent: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + json.len() / 8);
    for (k, line) in json.split('\n').enumerate() {
        if k > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent.as_bytes());
        }
        out.extend_from_slice(line.as_bytes());
    }
    out
}

/// One line per entity, most mentioned first: type, mentions, documents, name, id.
pub fn text_table(r: &EntitiesReport) -> String {
    let mut out = String::new();
    for e in &r.entities {
        out.push_str(&format!(
            "{:<5} {:>4} {:>3}  {}  [{}]\n",
            e.ty, e.mentions, e.documents, e.name, e.id
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Entry;
    use crate::entities::Recogniser;

    /// What [`write_json`] must give: the report serialized whole.
    fn whole(r: &EntitiesReport) -> Vec<u8> {
        let mut out = Vec::new();
        crate::output::json::to_writer_pretty(&mut out, r).unwrap();
        out
    }

    fn in_batches(r: &EntitiesReport) -> Vec<u8> {
        let mut out = Vec::new();
        write_json(r, &mut out).unwrap();
        out
    }

    fn doc(id: &str, text: &str) -> Entry {
        Entry::Doc(Box::new(
            crate::parse::document_from_bytes(
                id.into(),
                crate::document::Origin::Bundled(format!("{id}.txt")),
                text.as_bytes().to_vec(),
            )
            .unwrap(),
        ))
    }

    #[test]
    fn written_in_batches_as_written_whole() {
        let rec = Recogniser::bundled();
        let seeds = Corpus::bundled();
        // More documents than a batch, one without any mention, and an
        // entry that is no document; a text with a quote, a backslash, a
        // control character and a bidi control to escape.
        let mut entries = Vec::new();
        for k in 0..DOCS_A_BATCH + 3 {
            entries.push(doc(
                &format!("d{k}"),
                "Minister Bruins bezocht Kyiv op 3 maart 2024.",
            ));
        }
        entries.insert(7, doc("leeg", "niets hier"));
        entries.insert(
            9,
            Entry::Pending {
                id: "later".into(),
                origin: crate::document::Origin::Bundled("later.txt".into()),
            },
        );
        entries.push(doc(
            "vreemd",
            "De \"NAVO\" \\ in Den Haag\u{7}\u{202e} en Rutte.",
        ));
        let many = Corpus {
            entries,
            root: None,
        };
        for corpus in [
            &seeds,
            &many,
            &Corpus {
                entries: Vec::new(),
                root: None,
            },
        ] {
            let index = EntityIndex::build(corpus, &rec);
            let r = report(corpus, &index);
            let (got, want) = (in_batches(&r), whole(&r));
            assert!(got == want, "{}", String::from_utf8_lossy(&got));
        }
    }
}
