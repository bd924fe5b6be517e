//! Control characters made visible and inert for plain-text output: the same
//! pictures the reader shows for them ([`control_picture`]: ␛ for ESC, ␇ for
//! BEL, U+FFFD for C1 controls and bidi overrides), plus U+FFFD for the bidi
//! marks U+200E, U+200F and U+061C. A string with nothing to replace is
//! borrowed, not copied.

use crate::document::builder::control_picture;
use std::borrow::Cow;

/// The visible stand-in for a character that must not reach a terminal as
/// it is, if it is one.
fn picture(c: char) -> Option<char> {
    match c {
        '\u{200E}' | '\u{200F}' | '\u{061C}' => Some('\u{FFFD}'),
        _ => control_picture(c),
    }
}

fn replace(s: &str, keep: impl Fn(char, Option<char>) -> bool) -> Cow<'_, str> {
    let mut chars = s.chars().peekable();
    let mut out: Option<String> = None;
    let mut at = 0;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match picture(c).filter(|_| !keep(c, next)) {
            Some(p) => out.get_or_insert_with(|| s[..at].to_string()).push(p),
            None => {
                if let Some(o) = &mut out {
                    o.push(c);
                }
            }
        }
        at += c.len_utf8();
    }
    out.map_or(Cow::Borrowed(s), Cow::Owned)
}

/// Text of several lines (a report, a table, an export): newlines, tabs and
/// CR LF line ends stay, every other control character (a lone CR too)
/// becomes its picture.
pub fn inert_text(s: &str) -> Cow<'_, str> {
    replace(s, |c, next| {
        c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'))
    })
}

/// One field on one line (a file name, an id, a label, a message): every
/// control character becomes its picture, newline and tab included, so the
/// field cannot break the line it stands in.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    replace(s, |_, _| false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a terminal would act on: C0 (but the allowed ones), DEL, C1 and
    /// the bidi controls.
    fn active(c: char, allowed: &[char]) -> bool {
        !allowed.contains(&c)
            && (c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'))
    }

    #[test]
    fn escape_sequences_become_pictures() {
        let osc52 = "a\u{1b}]52;c;aGk=\u{7}b";
        assert_eq!(inert_line(osc52), "a␛]52;c;aGk=␇b");
        assert_eq!(inert_line("x\u{9b}31m\u{202e}y"), "x\u{fffd}31m\u{fffd}y");
        assert_eq!(inert_line("del\u{7f}"), "del␡");
        assert_eq!(inert_line("two\nlines\there"), "two␊lines␉here");
        assert_eq!(inert_text("two\nlines\there\r"), "two\nlines\there␍");
        assert_eq!(inert_text("crlf\r\nlone\rcr"), "crlf\r\nlone␍cr");
        assert_eq!(inert_text("\u{200f}\u{61c}"), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(inert_line("Oekraïne — “steun”"), Cow::Borrowed(_)));
        assert!(matches!(inert_text("a\nb\tc"), Cow::Borrowed(_)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn nothing_active_is_left_and_nothing_else_changes(s in "\\PC{0,8}[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200e}\\u{200f}]{0,4}\\PC{0,8}") {
            let line = inert_line(&s);
            prop_assert!(!line.chars().any(|c| active(c, &[])), "{line:?}");
            let text = inert_text(&s);
            // A CR stays only before a LF.
            let lone_cr = text.replace("\r\n", "\n");
            prop_assert!(!lone_cr.chars().any(|c| active(c, &['\n', '\t'])), "{text:?}");
            // One picture per character: columns and positions stay.
            prop_assert_eq!(line.chars().count(), s.chars().count());
            for (a, b) in s.chars().zip(line.chars()) {
                if !active(a, &[]) {
                    prop_assert_eq!(a, b);
                }
            }
        }
    }
}
