//! The seven entity types and their codes, as used in every output.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "MONEY")]
    Money,
    #[serde(rename = "REF")]
    Reference,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 7] = [
        EntityType::Person,
        EntityType::Organisation,
        EntityType::Location,
        EntityType::Date,
        EntityType::Money,
        EntityType::Reference,
        EntityType::Misc,
    ];

    /// The code used in all output: PER, ORG, LOC, DATE, MONEY, REF, MISC.
    pub fn code(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organisation => "ORG",
            EntityType::Location => "LOC",
            EntityType::Date => "DATE",
            EntityType::Money => "MONEY",
            EntityType::Reference => "REF",
            EntityType::Misc => "MISC",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }

    /// A word a reader understands: "people", "places", …
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "people",
            EntityType::Organisation => "organisations",
            EntityType::Location => "places",
            EntityType::Date => "dates",
            EntityType::Money => "amounts",
            EntityType::Reference => "references",
            EntityType::Misc => "other names",
        }
    }

    /// Position in [`EntityType::ALL`], for per-type tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Names come from the gazetteer and the detector; the others from rules.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            EntityType::Person | EntityType::Organisation | EntityType::Location | EntityType::Misc
        )
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
