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
