//! The mentions brief finds in texts given in a test, as (text, type)
//! pairs per document, and questions about them.

use brief::entities::{EntityIndex, EntityType, Recogniser};

/// (text, type) of every mention, per document.
pub fn mentions(texts: &[&str]) -> Vec<Vec<(String, EntityType)>> {
    let c = super::corpus_of(texts);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    c.entries
        .iter()
        .enumerate()
        .map(|(d, e)| {
            let doc = e.doc().unwrap();
            index
                .mentions(d)
                .iter()
                .map(|m| {
                    (
                        doc.clean[m.clean.clone()].to_string(),
                        index.entities[m.entity].ty,
                    )
                })
                .collect()
        })
        .collect()
}

/// Whether `text` is a mention of type `ty`.
pub fn has(ms: &[(String, EntityType)], text: &str, ty: EntityType) -> bool {
    ms.iter().any(|(t, y)| t == text && *y == ty)
}

/// Whether `text` is a mention of any type.
pub fn tagged(ms: &[(String, EntityType)], text: &str) -> bool {
    ms.iter().any(|(t, _)| t == text)
}
