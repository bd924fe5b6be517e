//! Lines as a regular expression's multi-line CRLF mode (`(?mR)`) sees them,
//! for the parts of the parsers that read lines by hand instead of by
//! pattern (the kind of a document, the Kamervragen heading): a line starts
//! at the start of the text, after "\n", and after a "\r" that no "\n"
//! follows; its content runs to the first "\r" or "\n" (where `$` matches).

/// Where lines start in `text`, in order.
pub(super) fn starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    let mut next = Some(0);
    std::iter::from_fn(move || {
        let at = next?;
        next = memchr::memchr2(b'\n', b'\r', &b[at..]).map(|end| {
            let end = at + end;
            match &b[end..] {
                [b'\r', b'\n', ..] => end + 2,
                _ => end + 1,
            }
        });
        Some(at)
    })
}

/// The content of the line starting at `at`: up to the first "\r" or "\n".
pub(super) fn content(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest.bytes().position(|c| c == b'\r' || c == b'\n');
    &rest[..end.unwrap_or(rest.len())]
}

/// `s` past its leading spaces and tabs (`[ \t]*`).
pub(super) fn past_blanks(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

/// `s` past one or more white-space characters of any kind (`\s+`), or
/// `None` when it does not start with one.
pub(super) fn past_spaces(s: &str) -> Option<&str> {
    let past = s.trim_start_matches(char::is_whitespace);
    (past.len() < s.len()).then_some(past)
}

/// `s` past one of `prefixes`, the first that it starts with.
pub(super) fn past_one_of<'a>(s: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| s.strip_prefix(p))
}

/// `s` past a run of one or two ASCII digits and a space (`\d{1,2} `).
pub(super) fn past_day(s: &str) -> Option<&str> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits).then_some(())?;
    s[digits..].strip_prefix(' ')
}

/// `s` past the Dutch month name (lower case) that it starts with.
pub(super) fn past_month(s: &str) -> Option<&str> {
    past_one_of(s, &crate::document::date::DUTCH_MONTHS)
}

/// `s` starts with `n` ASCII digits (`\d{n}`); the rest after them.
pub(super) fn past_digits(s: &str, n: usize) -> Option<&str> {
    let b = s.as_bytes();
    (b.len() >= n && b[..n].iter().all(u8::is_ascii_digit)).then(|| &s[n..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_start_where_the_crlf_mode_starts_them() {
        let text = "a\nb\r\nc\rd\r\r\n\ne";
        let got: Vec<usize> = starts(text).collect();
        // After "\n" (2, 5, 11, 12), after a lone "\r" (7, 9), not inside "\r\n".
        assert_eq!(got, vec![0, 2, 5, 7, 9, 11, 12]);
        assert_eq!(content(text, 2), "b");
        assert_eq!(content(text, 7), "d");
        assert_eq!(content(text, 12), "e");
        assert_eq!(starts("").collect::<Vec<_>>(), vec![0]);
        assert_eq!(starts("x\n").collect::<Vec<_>>(), vec![0, 2]);
    }

    #[test]
    fn days_months_and_digits() {
        assert_eq!(past_day("3 mei"), Some("mei"));
        assert_eq!(past_day("31 mei"), Some("mei"));
        assert_eq!(past_day("311 mei"), None);
        assert_eq!(past_day("3mei"), None);
        assert_eq!(past_month("juni 2020"), Some(" 2020"));
        assert_eq!(past_month("Juni 2020"), None);
        assert_eq!(past_digits("20201", 4), Some("1"));
        assert_eq!(past_digits("202", 4), None);
        assert_eq!(past_spaces("\u{a0} x"), Some("x"));
        assert_eq!(past_spaces("x"), None);
    }
}
