//! Properties of decoding UTF-16 files (with a byte-order mark): any text
//! reads back as itself, every character maps to exactly its own bytes in
//! the file, and arbitrary bytes after the mark never panic and map inside
//! the file.

use brief::document::source::{Encoding, decode};
use proptest::prelude::*;

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn utf16_text_reads_back_with_each_char_on_its_bytes(
        text in "[^\u{0}]{1,60}",
        big_endian in any::<bool>(),
    ) {
        prop_assume!(!text.chars().all(char::is_whitespace));
        let bytes = utf16(&text, big_endian);
        let d = decode(&bytes).unwrap();
        prop_assert_eq!(&d.text, &text);
        let want = if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le };
        prop_assert_eq!(d.encoding, want);
        let mut raw = 2;
        for (at, c) in text.char_indices() {
            let len = 2 * c.len_utf16();
            prop_assert_eq!(
                d.to_raw.map_range(at..at + c.len_utf8()),
                Some(raw..raw + len),
                "{:?} at {}", c, at
            );
            raw += len;
        }
    }

    #[test]
    fn any_bytes_after_a_bom_decode_or_are_refused_without_panic(
        body in proptest::collection::vec(any::<u8>(), 0..120),
        big_endian in any::<bool>(),
    ) {
        let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        bytes.extend(&body);
        if let Ok(d) = decode(&bytes) {
            prop_assert!(!d.text.contains('\0'));
            for (at, c) in d.text.char_indices() {
                let r = d.to_raw.map_range(at..at + c.len_utf8());
                prop_assert!(
                    r.as_ref().is_some_and(|r| r.start >= 2 && r.end <= bytes.len() && r.start < r.end),
                    "{:?} at {} maps to {:?}", c, at, r
                );
            }
        }
    }
}

/// Bytes of every kind `decode` tells apart: UTF-8 (with Dutch letters),
/// a byte-order mark, UTF-16 marks, Windows-1252 bytes, NUL, blanks.
fn any_file() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"Oekra\xc3\xafne ".to_vec()),
        Just(b"ge\xc3\xabist\n".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(vec![0xFF, 0xFE]),
        Just(vec![0xFE, 0xFF]),
        Just(vec![0xEB]),
        Just(vec![0]),
        Just(b" \n\t".to_vec()),
        "[a-zA-Z ]{1,8}".prop_map(String::into_bytes),
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Taking the bytes (UTF-8 kept once, as the text) decodes exactly as
    /// reading them, refuses what it refuses, and keeps the bytes as they
    /// were.
    #[test]
    fn taking_the_bytes_decodes_as_reading_them(bytes in any_file()) {
        use brief::document::Raw;
        use brief::document::source::decode_owned;
        match (decode(&bytes), decode_owned(bytes.clone())) {
            (Ok(read), Ok((taken, raw))) => {
                prop_assert_eq!(&read.text, &taken.text);
                prop_assert_eq!(read.encoding, taken.encoding);
                prop_assert_eq!(&read.note, &taken.note);
                for at in 0..=read.text.len() {
                    prop_assert_eq!(read.to_raw.map_offset(at), taken.to_raw.map_offset(at));
                }
                let kept: &[u8] = match &raw {
                    Raw::Text => taken.text.as_bytes(),
                    Raw::Own(b) => b,
                    Raw::Released(_) => unreachable!("decoding never lets go of the bytes"),
                };
                prop_assert_eq!(kept, &bytes[..]);
                // Kept once exactly when the bytes are the text.
                prop_assert_eq!(matches!(raw, Raw::Text), taken.text.as_bytes() == &bytes[..]);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "read {:?}, taken {:?}", a.map(|d| d.text), b.map(|d| d.0.text)),
        }
    }
}
