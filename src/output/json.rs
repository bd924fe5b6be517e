//! Pretty JSON that is inert on a terminal: besides what JSON itself must
//! escape (U+0000–U+001F, `"`, `\`), DEL, the C1 controls U+0080–U+009F, the
//! bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
//! U+2028/U+2029 are written as `\uXXXX`. The text parses back to the same
//! value; only its bytes change.

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// Characters written as `\uXXXX` on top of what serde_json escapes.
fn must_escape(c: char) -> bool {
    matches!(
        c,
        '\u{7F}'..='\u{9F}'
            | '\u{061C}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// serde_json's pretty formatter (two-space indent), with the escapes above.
#[derive(Default)]
pub struct InertFormatter {
    pretty: PrettyFormatter<'static>,
}

impl Formatter for InertFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Below DEL every character is written as it is: most fragments.
        if fragment.bytes().all(|b| b < 0x7F) {
            return w.write_all(fragment.as_bytes());
        }
        let mut from = 0;
        for (i, c) in fragment.char_indices() {
            if must_escape(c) {
                w.write_all(&fragment.as_bytes()[from..i])?;
                // All of them are in the Basic Multilingual Plane: one escape.
                write!(w, "\\u{:04x}", u32::from(c))?;
                from = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[from..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array(w)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.pretty.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object(w)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.pretty.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(w)
    }
}

/// Like `serde_json::to_writer_pretty`, inert.
pub fn to_writer_pretty<W: Write, T: ?Sized + Serialize>(w: W, value: &T) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, InertFormatter::default());
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// Like `serde_json::to_string_pretty`, inert.
pub fn to_string_pretty<T: ?Sized + Serialize>(value: &T) -> io::Result<String> {
    let mut out = Vec::new();
    to_writer_pretty(&mut out, value)?;
    // The formatter writes only what it is given, and ASCII escapes.
    String::from_utf8(out).map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    fn is_raw_control(c: char) -> bool {
        must_escape(c) || c.is_control() && c != '\n'
    }

    #[test]
    fn controls_are_escaped_and_parse_back() {
        let v = json!({
            "note\u{1b}": "title\u{1b}]0;pwned\u{7}",
            "csi": "\u{9b}31m \u{202e}txt.exe \u{2028}",
            "list": [1, null, true, "del\u{7f}"],
        });
        let s = to_string_pretty(&v).unwrap();
        assert!(!s.chars().any(is_raw_control), "{s}");
        for esc in [
            "\\u001b", "\\u009b", "\\u202e", "\\u2028", "\\u007f", "\\u0007",
        ] {
            assert!(s.contains(esc), "{esc} missing in {s}");
        }
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }

    #[test]
    fn layout_is_serde_jsons_pretty_one() {
        let v = json!({"a": [1, {"b": "Oekraïne"}], "c": {}, "d": []});
        assert_eq!(
            to_string_pretty(&v).unwrap(),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn any_string_round_trips_without_raw_controls(s in "\\PC{0,6}[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200e}\\u{200f}\\u{61c}\\u{2028}\\u{2029}\"\\\\]{0,4}\\PC{0,6}") {
            let v = json!({ "k": s.clone(), &s: [s.clone()] });
            let out = to_string_pretty(&v).unwrap();
            prop_assert!(!out.chars().any(is_raw_control), "{out:?}");
            prop_assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), v);
        }
    }
}
