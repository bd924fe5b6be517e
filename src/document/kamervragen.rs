//! What the head of a set of Kamervragen says: the Aanhangsel number and
//! vergaderjaar, who asked whom about what and when, and who answered when.

use super::DocDate;
use serde::{Serialize, Serializer};

/// A member of parliament who asked, with the party printed after the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Questioner {
    pub name: String,
    pub party: Option<String>,
}

/// A member of government who answered: "Minister Bruins Slot (BZ)" is name
/// "Bruins Slot", role "Minister van Buitenlandse Zaken" (when the questions
/// name that ministry), as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answerer {
    pub name: String,
    pub role: String,
    pub as_printed: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct KamervragenMeta {
    /// The Aanhangsel number ("2129").
    pub number: Option<String>,
    /// "2023–2024", as printed.
    pub vergaderjaar: Option<String>,
    /// The publication id printed on the first page ("ah-tk-20232024-2129").
    pub document_id: Option<String>,
    pub questioners: Vec<Questioner>,
    /// One role a line: "Minister van Buitenlandse Zaken".
    pub addressed_to: Vec<String>,
    /// What the questions are about: the "over …" of the opening sentence.
    pub subject: Option<String>,
    #[serde(serialize_with = "iso")]
    pub date_submitted: Option<DocDate>,
    #[serde(serialize_with = "iso")]
    pub date_answered: Option<DocDate>,
    pub answered_by: Vec<Answerer>,
}

fn iso<S: Serializer>(d: &Option<DocDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}
