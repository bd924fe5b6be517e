//! The date of a timeline entry as text, held in the entry: "2024",
//! "2024-04", "2024-04-14", or a mention's own words when no year is known
//! ("14 januari"). Ten bytes or fewer (every ISO date) are kept inline, so
//! the dated entries of a large briefing allocate nothing for their date; a
//! `String` took its 24 bytes and an allocation of 32 more for each.

use std::fmt;
use std::ops::Deref;

/// Bytes kept inline.
const INLINE: usize = 10;

/// Text, inline when short.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DateText(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl DateText {
    pub fn new(text: &str) -> DateText {
        if text.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            DateText(Repr::Inline {
                len: text.len() as u8,
                bytes,
            })
        } else {
            DateText(Repr::Heap(text.into()))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..*len as usize]).expect("copied from a str, whole")
            }
            Repr::Heap(s) => s,
        }
    }
}

impl Deref for DateText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for DateText {
    fn from(text: &str) -> DateText {
        DateText::new(text)
    }
}

impl From<String> for DateText {
    fn from(text: String) -> DateText {
        DateText::new(&text)
    }
}

impl fmt::Display for DateText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for DateText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for DateText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for DateText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for DateText {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_text_read_back() {
        for t in [
            "",
            "2024",
            "2024-04-14",
            "14 januari",
            "3 sept. ’98",
            "april tot en met",
        ] {
            let d = DateText::new(t);
            assert_eq!(d.as_str(), t);
            assert_eq!(d, t);
            assert_eq!(format!("{d}"), t);
            assert_eq!(format!("{d:?}"), format!("{t:?}"));
        }
        assert_eq!(format!("[{:8}]", DateText::new("2014")), "[2014    ]");
        assert!(matches!(DateText::new("2024-04-14").0, Repr::Inline { .. }));
        // "’" takes three bytes: the text does not fit.
        assert!(matches!(DateText::new("3 sept. ’98").0, Repr::Heap(_)));
    }
}
