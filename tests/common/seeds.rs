//! The bundled seed documents by id, and documents parsed from edited
//! copies of their text, as if the file on disk had changed.

use brief::corpus::{Corpus, Entry, load_bytes};
use brief::document::{Document, Origin};

/// The bundled document `id`.
pub fn seed(id: &str) -> Document {
    Corpus::bundled()
        .documents()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no seed {id}"))
        .clone()
}

/// The bundled Kamerbrief (seed 004).
pub fn seed_letter() -> Document {
    Corpus::bundled()
        .documents()
        .find(|d| d.kind == brief::document::DocKind::Kamerbrief)
        .expect("the bundled Kamerbrief")
        .clone()
}

/// The text of the bundled document `id`, as its file holds it.
pub fn seed_text(id: &str) -> String {
    String::from_utf8(seed(id).bytes().to_vec()).expect("seeds are UTF-8")
}

/// The document `text` parses to, under the id `id` (as if the file changed).
pub fn doc_from(id: &str, text: &str) -> Document {
    match load_bytes(
        id.to_string(),
        Origin::Bundled(format!("{id}.txt")),
        text.as_bytes().to_vec(),
    ) {
        Entry::Doc(d) => *d,
        Entry::Failed { error, .. } => panic!("{id}: {error:?}"),
        Entry::Pending { .. } => unreachable!("load_bytes reads what it is given"),
    }
}
