//! What a web extractor writes above the page it read: jina reader's
//! "Title: …", "URL Source: …", "Published Time: …" lines closed by
//! "Markdown Content:", and the YAML front matter (`---` … `---`) that
//! trafilatura writes with its metadata. Not the article: folded, with the
//! title and the date taken from it.

use crate::document::DocDate;
use crate::document::lines::Line;
use std::ops::Range;

/// The most lines a header has.
const MOST_LINES: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The header's lines: `lines[..end]` (the first ones may be blank).
    pub end: usize,
    /// The title's line and the text range of its value.
    pub title: Option<(usize, Range<usize>)>,
    pub date: Option<DocDate>,
    /// The page's own address is given (a web page, then).
    pub url: bool,
}

/// The header at the top of `text`, if it has one.
pub fn read(text: &str, lines: &[Line]) -> Option<Header> {
    let first = lines.iter().position(|l| !l.is_blank())?;
    let t = lines[first].text(text);
    if t == "---" && !lines[first].indented {
        front_matter(text, lines, first)
    } else if t.starts_with("Title:") {
        jina(text, lines, first)
    } else {
        None
    }
}

/// Whether the text starts with jina reader's header (a sign of Markdown on
/// its own).
pub fn is_jina(text: &str, lines: &[Line]) -> bool {
    let first = lines.iter().position(|l| !l.is_blank());
    first.is_some_and(|f| {
        lines[f].text(text).starts_with("Title:") && jina(text, lines, f).is_some()
    })
}

/// "Key: value" lines up to "Markdown Content:", with a "URL Source:".
fn jina(text: &str, lines: &[Line], first: usize) -> Option<Header> {
    let mut h = Header {
        end: 0,
        title: None,
        date: None,
        url: false,
    };
    for (i, line) in lines.iter().enumerate().skip(first).take(MOST_LINES) {
        if line.is_blank() {
            continue;
        }
        let t = line.text(text);
        if t == "Markdown Content:" {
            h.end = i + 1;
            return h.url.then_some(h);
        }
        let (key, value) = t.split_once(':')?;
        let key_ok = key.len() <= 30
            && key.starts_with(|c: char| c.is_ascii_uppercase())
            && key.chars().all(|c| c.is_ascii_alphabetic() || c == ' ');
        if !key_ok {
            return None;
        }
        let value_at = line.content.start + key.len() + 1;
        let value_at = value_at + (value.len() - value.trim_start().len());
        let value = value.trim();
        match key {
            "Title" if h.title.is_none() && !value.is_empty() => {
                h.title = Some((i, value_at..value_at + value.len()));
            }
            "URL Source" => h.url = true,
            "Published Time" => h.date = iso_date(value),
            _ => {}
        }
    }
    None
}

/// `---`, then `key: value` lines (and YAML's indented or `- ` lines under
/// them), then `---` or `...`, with a title, an address or a date among them.
fn front_matter(text: &str, lines: &[Line], first: usize) -> Option<Header> {
    let mut h = Header {
        end: 0,
        title: None,
        date: None,
        url: false,
    };
    let mut known = false;
    for (i, line) in lines.iter().enumerate().skip(first + 1).take(MOST_LINES) {
        if line.is_blank() {
            continue;
        }
        let t = line.text(text);
        if t == "---" || t == "..." {
            h.end = i + 1;
            return known.then_some(h);
        }
        if line.indented || t.starts_with("- ") {
            continue;
        }
        let (key, value) = t.split_once(':')?;
        if key.is_empty()
            || !key.starts_with(|c: char| c.is_ascii_alphabetic())
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        let raw = value.trim();
        let unquoted = raw
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| raw.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(raw);
        let value_at =
            line.content.start + key.len() + 1 + (value.len() - value.trim_start().len());
        let value_at = value_at + (raw.len() - unquoted.len()) / 2;
        match key {
            "title" if !unquoted.trim().is_empty() => {
                h.title = Some((i, value_at..value_at + unquoted.len()));
                known = true;
            }
            "url" | "hostname" | "source" => {
                h.url = true;
                known = true;
            }
            "date" => {
                h.date = iso_date(unquoted);
                known = true;
            }
            "author" | "sitename" | "description" => known = true,
            _ => {}
        }
    }
    None
}

/// "2026-11-22", "2026-11-22T09:14:00+01:00": the date.
fn iso_date(value: &str) -> Option<DocDate> {
    let day = value.get(..10).filter(|_| {
        value
            .as_bytes()
            .get(10)
            .is_none_or(|&b| b == b'T' || b == b' ')
    });
    DocDate::parse_iso(day.unwrap_or(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    fn header(t: &str) -> Option<Header> {
        read(t, &split_lines(t))
    }

    #[test]
    fn jina_readers_header() {
        let t = "Title: Veerpont vaart weer\n\nURL Source: https://www.example.nl/a\n\nPublished Time: 2026-11-21T18:02:11+01:00\n\nMarkdown Content:\nTekst\n";
        let h = header(t).unwrap();
        assert_eq!(h.end, 7);
        let (line, range) = h.title.clone().unwrap();
        assert_eq!((line, &t[range]), (0, "Veerpont vaart weer"));
        assert_eq!(h.date, DocDate::parse_iso("2026-11-21"));
        assert!(h.url);
        // Counter-examples: no "Markdown Content:", a sentence with a colon.
        assert_eq!(
            header("Title: Iets\nURL Source: https://x.nl\nTekst\n"),
            None
        );
        assert_eq!(
            header("Title: Iets\nDe burgemeester zei: nee.\nMarkdown Content:\n"),
            None
        );
    }

    #[test]
    fn yaml_front_matter() {
        let t = "---\ntitle: \"Dijk bij Ochten wordt verhoogd\"\nauthor: Redactie\nurl: https://www.example.nl/b\ndate: 2026-11-20\ntags:\n  - dijk\n---\nTekst\n";
        let h = header(t).unwrap();
        assert_eq!(h.end, 8);
        assert_eq!(
            &t[h.title.clone().unwrap().1],
            "Dijk bij Ochten wordt verhoogd"
        );
        assert_eq!(h.date, DocDate::parse_iso("2026-11-20"));
        // Counter-examples: a rule above the text, an unclosed block.
        assert_eq!(header("---\nDe raad besloot: nee.\n---\n"), None);
        assert_eq!(header("---\ntitle: x\n"), None);
    }
}
