//! The entities of a corpus as the CLI prints them (`brief entities --json`):
//! every mention with its raw byte offsets in the original file, and every
//! entity with its aliases and mention count.

use super::index::EntityIndex;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct EntitiesReport {
    pub documents: Vec<DocMentions>,
    pub entities: Vec<EntityReport>,
}

#[derive(Debug, Serialize)]
pub struct DocMentions {
    pub id: String,
    pub mentions: Vec<MentionReport>,
}

#[derive(Debug, Serialize)]
pub struct MentionReport {
    #[serde(rename = "type")]
    pub ty: &'static str,
    /// As it reads in the clean text (a name broken by a line-end hyphen reads joined).
    pub text: String,
    /// The entity's id.
    pub entity: String,
    pub raw_start: usize,
    pub raw_end: usize,
    pub boilerplate: bool,
}

#[derive(Debug, Serialize)]
pub struct EntityReport {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub mentions: usize,
    pub documents: usize,
}

pub fn report(corpus: &Corpus, index: &EntityIndex) -> EntitiesReport {
    let documents = corpus
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e.doc()?)))
        .map(|(i, doc)| DocMentions {
            id: doc.id.clone(),
            mentions: index
                .mentions(i)
                .iter()
                .map(|m| {
                    let raw = doc
                        .raw_range(m.clean.clone())
                        .unwrap_or(m.clean.start..m.clean.start);
                    MentionReport {
                        ty: m.ty.code(),
                        text: doc.clean[m.clean.clone()].to_string(),
                        entity: index.entities[m.entity].id.clone(),
                        raw_start: raw.start,
                        raw_end: raw.end,
                        boilerplate: m.boilerplate,
                    }
                })
                .collect(),
        })
        .collect();
    let mut entities: Vec<EntityReport> = index
        .entities
        .iter()
        .map(|e| EntityReport {
            id: e.id.clone(),
            name: e.name.clone(),
            ty: e.ty.code(),
            aliases: e.aliases.clone(),
            description: e.description.clone(),
            mentions: e.mentions,
            documents: e.documents,
        })
        .collect();
    entities.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    EntitiesReport {
        documents,
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
