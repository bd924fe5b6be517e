//! The entities of a corpus as the CLI prints them (`brief entities --json`):
//! every mention with its raw byte offsets in the original file, and every
//! entity with its aliases and mention count.

use super::index::{EntityIndex, Mention};
use crate::corpus::Corpus;
use crate::document::Document;
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

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
