//! Turning a file's bytes into text: the checks that refuse what is not a
//! document (empty, binary, too large) and the decoding of what is (UTF-8, with or
//! without a byte-order mark, or Windows-1252 when the bytes are not UTF-8).
//! The bytes themselves are never changed; the decoded text keeps a [`SpanMap`]
//! back to them.

use super::span_map::SpanMap;
use std::fmt;

/// Files larger than this are refused: brief holds the whole document in memory
/// several times over (bytes, text, clean text, maps).
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// Why a file could not be opened as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Empty,
    Binary { offset: usize },
    TooLarge { bytes: usize },
    Io(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "the file is empty (or holds only white space)"),
            LoadError::Binary { offset } => {
                write!(f, "not a text file: a NUL byte at offset {offset}")
            }
            LoadError::TooLarge { bytes } => write!(
                f,
                "the file is too large ({} MiB; brief opens up to {} MiB)",
                bytes / (1024 * 1024),
                MAX_DOCUMENT_BYTES / (1024 * 1024)
            ),
            LoadError::Io(e) => write!(f, "cannot read the file: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// A document's text as decoded from its bytes.
#[derive(Debug, Clone)]
pub struct DecodedText {
    pub text: String,
    pub encoding: Encoding,
    /// Maps offsets in `text` to offsets in the original bytes.
    pub to_raw: SpanMap,
    /// A note for the reader when decoding was not plain UTF-8.
    pub note: Option<String>,
}

/// Checks and decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<DecodedText, LoadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    if let Some(offset) = memchr0(bytes) {
        return Err(LoadError::Binary { offset });
    }
    let (body, offset) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty);
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(DecodedText {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            to_raw: SpanMap::identity(text.len(), offset),
            note: None,
        }),
        Err(e) => {
            let bad = e.valid_up_to() + offset;
            let (text, to_raw) = decode_windows_1252(body, offset);
            Ok(DecodedText {
                text,
                encoding: Encoding::Windows1252,
                to_raw,
                note: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {bad}): decoded as Windows-1252"
                )),
            })
        }
    }
}

fn memchr0(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Windows-1252 differs from Latin-1 only in 0x80..=0x9F; the five bytes it leaves
/// undefined are kept as the C1 control they are in Latin-1, which the reading
/// text then shows inert.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// Decodes `bytes`, which start `offset` bytes into the file (after a BOM).
fn decode_windows_1252(bytes: &[u8], offset: usize) -> (String, SpanMap) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut map = SpanMap::new();
    for (i, &b) in bytes.iter().enumerate() {
        let i = i + offset;
        let at = text.len();
        if b.is_ascii() {
            text.push(b as char);
            map.push_copy(at, i, 1);
        } else {
            let c = match b {
                0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
                _ => b as char,
            };
            text.push(c);
            map.push_replaced(at, c.len_utf8(), i..i + 1);
        }
    }
    (text, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_binary_and_whitespace() {
        assert_eq!(decode(b"").unwrap_err(), LoadError::Empty);
        assert_eq!(decode(b" \n\t\r\n").unwrap_err(), LoadError::Empty);
        assert_eq!(
            decode(b"ab\0c").unwrap_err(),
            LoadError::Binary { offset: 2 }
        );
    }

    #[test]
    fn strips_bom_and_maps_past_it() {
        let d = decode("\u{FEFF}Oekraïne".as_bytes()).unwrap();
        assert_eq!(d.text, "Oekraïne");
        assert_eq!(d.to_raw.map_range(0..9), Some(3..12));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252_with_a_note() {
        let d = decode(b"Oekra\xefne \x80 5").unwrap();
        assert_eq!(d.text, "Oekraïne € 5");
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d.note.as_deref().unwrap().contains("offset 5"));
        // "ïne" is raw 5..8
        assert_eq!(d.to_raw.map_range(5..9), Some(5..8));
    }

    #[test]
    fn a_bom_is_not_decoded_as_windows_1252_text() {
        let d = decode(b"\xEF\xBB\xBFOekra\xefne").unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.text, "Oekraïne");
        assert!(d.note.as_deref().unwrap().contains("offset 8"));
        assert_eq!(d.to_raw.map_range(0..9), Some(3..11));
    }
}
