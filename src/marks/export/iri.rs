//! The source IRI of a document: what a W3C annotation names as the
//! document its mark is on (a `file://` IRI, or a `urn:brief:` name for a
//! document without a file), percent-encoded as RFC 3987 asks.

use crate::corpus::{Corpus, Entry};
use crate::document::Origin;
use std::path::Path;

/// The IRI (RFC 3987) that a W3C annotation names as the source of a mark
/// on document `doc_id` of `corpus`:
///
/// - a file: `file://` and its canonical absolute path (links resolved;
///   the absolute path as given when the file is gone), each segment
///   percent-encoded as RFC 3986 asks of a path (a space is `%20`, `#`
///   `%23`, `%` `%25`), non-ASCII letters kept as they are ("Oekraïne"
///   stays, as an IRI allows), bytes that are not UTF-8 encoded;
/// - a bundled seed (it has no location of its own):
///   `urn:brief:seed:<file name>`, the same on every machine;
/// - standard input, or an id the corpus lacks: `urn:brief:doc:<id>`.
///
/// The command line and the reader both call this, so their exports agree.
pub fn source_iri(corpus: &Corpus, doc_id: &str) -> String {
    match corpus
        .entries
        .iter()
        .find(|e| e.id() == doc_id)
        .map(Entry::origin)
    {
        Some(Origin::File(p)) => file_iri(p),
        Some(Origin::Bundled(name)) => {
            format!("urn:brief:seed:{}", iri_escape(name.as_bytes()))
        }
        Some(Origin::Stdin) | None => format!("urn:brief:doc:{}", iri_escape(doc_id.as_bytes())),
    }
}

/// `file://` and the canonical absolute path of `path`, escaped.
pub fn file_iri(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    format!("file://{}", iri_escape(&path_bytes(&abs)))
}

#[cfg(unix)]
fn path_bytes(p: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    p.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(p: &Path) -> Vec<u8> {
    let s = p.to_string_lossy().replace('\\', "/");
    if s.starts_with('/') {
        s.into_bytes()
    } else {
        format!("/{s}").into_bytes()
    }
}

/// Percent-encodes what may not stand in an IRI path: every ASCII byte but
/// the unreserved ones, the sub-delimiters, `:`, `@` and `/`; characters outside RFC 3987's `ucschar` (controls, white space,
/// bidi formatting, private use, non-characters); and bytes that are not
/// UTF-8. Letters such as "ï" are kept.
fn iri_escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let encode = |out: &mut String, b: &[u8]| {
        for byte in b {
            out.push_str(&format!("%{byte:02X}"));
        }
    };
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            let keep = if c.is_ascii() {
                c.is_ascii_alphanumeric()
                    || matches!(
                        c,
                        '-' | '.'
                            | '_'
                            | '~'
                            | '!'
                            | '$'
                            | '&'
                            | '\''
                            | '('
                            | ')'
                            | '*'
                            | '+'
                            | ','
                            | ';'
                            | '='
                            | ':'
                            | '@'
                            | '/'
                    )
            } else {
                is_ucschar(c)
            };
            if keep {
                out.push(c);
            } else {
                let mut buf = [0u8; 4];
                encode(&mut out, c.encode_utf8(&mut buf).as_bytes());
            }
        }
        encode(&mut out, chunk.invalid());
    }
    out
}

/// RFC 3987's `ucschar`, less white space and the bidi formatting
/// characters (which RFC 3987 section 4.1 forbids in an IRI).
fn is_ucschar(c: char) -> bool {
    let u = u32::from(c);
    let bmp = matches!(u, 0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF);
    // %x10000-1FFFD … %xD0000-DFFFD and %xE1000-EFFFD: each plane but its
    // last two code points (non-characters), plane 14 without its tags.
    let astral = matches!(u, 0x10000..=0xDFFFF | 0xE1000..=0xEFFFF) && (u & 0xFFFF) <= 0xFFFD;
    (bmp || astral)
        && !c.is_whitespace()
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_escape_encodes_what_a_path_may_not_hold() {
        assert_eq!(
            iri_escape("/map met spatie/Oekraïne#1?%.txt".as_bytes()),
            "/map%20met%20spatie/Oekraïne%231%3F%25.txt"
        );
        // Delimiters and quotes RFC 3986 leaves out of a path, controls,
        // white space beyond ASCII, bidi controls, and bytes not UTF-8.
        assert_eq!(
            iri_escape(b"a[b]c\"d<e>f\\g^h`i{j|k}"),
            "a%5Bb%5Dc%22d%3Ce%3Ef%5Cg%5Eh%60i%7Bj%7Ck%7D"
        );
        assert_eq!(
            iri_escape("\t\u{7f}\u{a0}\u{202e}".as_bytes()),
            "%09%7F%C2%A0%E2%80%AE"
        );
        assert_eq!(iri_escape(b"caf\xe9.txt"), "caf%E9.txt");
        // What a path segment may hold stays.
        assert_eq!(
            iri_escape(b"a-b_c.d~e!$&'()*+,;=:@/f"),
            "a-b_c.d~e!$&'()*+,;=:@/f"
        );
        assert_eq!(iri_escape("한국어 🇺🇦".as_bytes()), "한국어%20🇺🇦");
    }
}
