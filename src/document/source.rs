//! Turning a file's bytes into text: the checks that refuse what is not a
//! document (empty, binary, too large) and the decoding of what is (UTF-8, with or
//! without a byte-order mark, UTF-16 with a byte-order mark, or Windows-1252
//! when the bytes are not UTF-8). The bytes themselves are never changed; the
//! decoded text keeps a [`SpanMap`] back to them.

use super::Raw;
use super::span_map::SpanMap;
use std::fmt;
use std::io::Read;

/// Files larger than this are refused: brief holds the whole document in memory
/// several times over (bytes, text, clean text, maps).
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024 * 1024;
const MIB: usize = 1024 * 1024;

/// Reads a file or a stream to its end, but never more than
/// [`MAX_DOCUMENT_BYTES`]: a stream without end (or a file that grows while
/// it is read) stops at the cap and is refused as too large.
pub fn read_capped(reader: impl Read) -> Result<Vec<u8>, LoadError> {
    read_capped_sized(reader, 0)
}

/// [`read_capped`] for a reader expected to give `expected` bytes (a file's
/// size): room for them is made at once, and the bytes kept take no more
/// memory than they need (reading in growing steps could leave up to twice
/// their size allocated, and a UTF-8 file's bytes are kept as its text).
pub fn read_capped_sized(reader: impl Read, expected: u64) -> Result<Vec<u8>, LoadError> {
    let room = usize::try_from(expected).map_or(0, |n| n.min(MAX_DOCUMENT_BYTES) + 1);
    let mut bytes = Vec::with_capacity(room);
    reader
        .take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::Io(e.to_string()))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    bytes.shrink_to_fit();
    Ok(bytes)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Windows1252,
    Utf16Le,
    Utf16Be,
}

/// Why a file could not be opened as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Empty,
    Binary {
        offset: usize,
    },
    /// `bytes` is the size, or `MAX_DOCUMENT_BYTES + 1` when the reading
    /// stopped at the cap (a stream, or a file that grew while read).
    TooLarge {
        bytes: usize,
    },
    /// Not a regular file: what it is instead ("a FIFO (named pipe)").
    NotAFile(String),
    Io(String),
    /// A PDF that cannot be read: encrypted, without a text layer, damaged.
    Pdf(crate::pdf::PdfError),
    /// Decoding or parsing panicked (a bug in brief, contained): what
    /// failed and where, as one inert line ([`crate::contain::Failure::summary`]).
    Bug(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "the file is empty (or holds only white space)"),
            LoadError::Binary { offset } => {
                write!(f, "not a text file: a NUL byte at offset {offset}")
            }
            LoadError::TooLarge { bytes } => {
                let (size, max) = (bytes / MIB, MAX_DOCUMENT_BYTES / MIB);
                if size > max {
                    write!(
                        f,
                        "the file is too large ({size} MiB; brief opens up to {max} MiB)"
                    )
                } else {
                    write!(
                        f,
                        "the file is too large (over {max} MiB, the most brief opens)"
                    )
                }
            }
            LoadError::NotAFile(what) => write!(f, "is {what}, not a file"),
            LoadError::Io(e) => write!(f, "cannot read the file: {e}"),
            LoadError::Pdf(e) => write!(f, "{e}"),
            LoadError::Bug(what) => write!(
                f,
                "brief hit a bug while reading this document ({what}); please report it"
            ),
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

/// The decoded text of a PDF: its text layer, with raw offsets that refer
/// to the text layer itself (the map is the identity), as the PDF's bytes
/// hold no text at any offset a reader could use.
pub fn decoded_text_layer(text: String) -> DecodedText {
    let to_raw = SpanMap::identity(text.len(), 0);
    DecodedText {
        text,
        encoding: Encoding::Utf8,
        to_raw,
        // Reading a PDF's text is what a PDF is for, not a repair to warn about.
        note: None,
    }
}

/// Checks and decodes a file's bytes, taking them: when they are UTF-8
/// without a byte-order mark (most files) the text is the bytes themselves,
/// not a copy, and the raw bytes are [`Raw::Text`]. Otherwise as
/// [`decode`], the bytes kept as [`Raw::Own`].
pub fn decode_owned(bytes: Vec<u8>) -> Result<(DecodedText, Raw), LoadError> {
    let plain = bytes.len() <= MAX_DOCUMENT_BYTES
        && !bytes.starts_with(b"\xEF\xBB\xBF")
        && !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF]);
    if !plain {
        return decode(&bytes).map(|d| (d, Raw::Own(bytes)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            if let Some(offset) = memchr0(text.as_bytes()) {
                return Err(LoadError::Binary { offset });
            }
            if text.bytes().all(|b| b.is_ascii_whitespace()) {
                return Err(LoadError::Empty);
            }
            let decoded = DecodedText {
                to_raw: SpanMap::identity(text.len(), 0),
                text,
                encoding: Encoding::Utf8,
                note: None,
            };
            Ok((decoded, Raw::Text))
        }
        Err(e) => {
            let bytes = e.into_bytes();
            decode(&bytes).map(|d| (d, Raw::Own(bytes)))
        }
    }
}

/// Checks and decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<DecodedText, LoadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    if let Some(decoded) = decode_utf16(bytes) {
        return decoded;
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

/// UTF-16 with a byte-order mark (FF FE little-endian, FE FF big-endian);
/// None when the bytes have no such mark. Unpaired surrogates (and an odd
/// last byte) become U+FFFD, each mapped to the bytes it replaces; a NUL
/// character still makes the file binary.
fn decode_utf16(bytes: &[u8]) -> Option<Result<DecodedText, LoadError>> {
    let (encoding, name, unit): (_, _, fn([u8; 2]) -> u16) = match bytes.get(..2)? {
        [0xFF, 0xFE] => (Encoding::Utf16Le, "UTF-16 LE", u16::from_le_bytes),
        [0xFE, 0xFF] => (Encoding::Utf16Be, "UTF-16 BE", u16::from_be_bytes),
        _ => return None,
    };
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(body.len() / 2 + body.len() / 8);
    let mut map = SpanMap::new();
    let mut raw = 2;
    let mut replaced = 0usize;
    for c in char::decode_utf16(units) {
        let (c, len) = match c {
            Ok(c) => (c, 2 * c.len_utf16()),
            Err(_) => {
                replaced += 1;
                (char::REPLACEMENT_CHARACTER, 2)
            }
        };
        if c == '\0' {
            return Some(Err(LoadError::Binary { offset: raw }));
        }
        map.push_replaced(text.len(), c.len_utf8(), raw..raw + len);
        text.push(c);
        raw += len;
    }
    if raw < bytes.len() {
        // An odd last byte: half a code unit.
        replaced += 1;
        let c = char::REPLACEMENT_CHARACTER;
        map.push_replaced(text.len(), c.len_utf8(), raw..bytes.len());
        text.push(c);
    }
    if text.chars().all(char::is_whitespace) {
        return Some(Err(LoadError::Empty));
    }
    let mut note = format!("decoded as {name} (byte-order mark)");
    if replaced > 0 {
        note.push_str(&format!(
            "; {replaced} invalid code unit(s) shown as U+FFFD"
        ));
    }
    Some(Ok(DecodedText {
        text,
        encoding,
        to_raw: map,
        note: Some(note),
    }))
}

fn memchr0(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
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

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            out.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_and_maps_to_its_bytes() {
        for big_endian in [false, true] {
            // "Oekraïne 🇺🇦": ï is one code unit, each flag letter two.
            let bytes = utf16("Oekraïne 🇺🇦 x", big_endian);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, "Oekraïne 🇺🇦 x");
            let expected = if big_endian {
                Encoding::Utf16Be
            } else {
                Encoding::Utf16Le
            };
            assert_eq!(d.encoding, expected);
            assert!(d.note.as_deref().unwrap().contains("UTF-16"));
            // "ï" is text 5..7, the sixth code unit: raw 2 + 5*2 .. +2.
            assert_eq!(d.to_raw.map_range(5..7), Some(12..14));
            // The first flag letter (4 UTF-8 bytes) is a surrogate pair: 4 raw bytes.
            let flag = d.text.find('🇺').unwrap();
            assert_eq!(d.to_raw.map_range(flag..flag + 4), Some(20..24));
            // The last "x".
            let n = d.text.len();
            assert_eq!(
                d.to_raw.map_range(n - 1..n),
                Some(bytes.len() - 2..bytes.len())
            );
        }
    }

    #[test]
    fn utf16_lone_surrogates_and_odd_bytes_become_replacement_characters() {
        // "a", a lone high surrogate, "b", then half a unit.
        let bytes = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0, b'c'];
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "a\u{FFFD}b\u{FFFD}");
        assert_eq!(d.to_raw.map_range(1..4), Some(4..6));
        assert_eq!(d.to_raw.map_range(5..8), Some(8..9));
        assert!(d.note.as_deref().unwrap().contains("2 invalid"));
    }

    #[test]
    fn utf16_nul_characters_and_blank_text_are_refused() {
        let mut bytes = utf16("ab", false);
        bytes.extend([0, 0]);
        assert_eq!(decode(&bytes).unwrap_err(), LoadError::Binary { offset: 6 });
        assert_eq!(decode(&utf16(" \n", true)).unwrap_err(), LoadError::Empty);
        // Without a byte-order mark, NULs still mean binary.
        assert_eq!(
            decode(b"a\0b\0").unwrap_err(),
            LoadError::Binary { offset: 1 }
        );
    }

    #[test]
    fn reading_stops_at_the_cap() {
        let endless = std::io::repeat(b'a');
        let e = read_capped(endless).unwrap_err();
        assert_eq!(
            e,
            LoadError::TooLarge {
                bytes: MAX_DOCUMENT_BYTES + 1
            }
        );
        assert!(e.to_string().contains("over 512 MiB"), "{e}");
        assert_eq!(read_capped(&b"abc"[..]).unwrap(), b"abc");
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
