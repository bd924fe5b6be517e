//! Telling Markdown from plain text by evidence. Markup that plain text
//! has too (a "- " bullet, a numbered heading "1. Inleiding", a letter's
//! "> Retouradres" line, a row of dashes) is weak evidence; ATX headings,
//! `[text](url)` links, images, `**`/`__` emphasis, reference definitions
//! and autolinks are strong. Markdown needs several strong signs, or strong
//! and weak ones together; jina reader's header is enough on its own.

use crate::document::lines::split_lines;

/// How much of the text is looked at.
const HEAD: usize = 64 * 1024;

/// What the evidence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// The text links to the web or names its address: a web page.
    pub web: bool,
}

#[derive(Debug, Default)]
struct Counts {
    headings: usize,
    links: usize,
    images: usize,
    emphasis: usize,
    definitions: usize,
    items: usize,
    quotes: usize,
    rules: usize,
    web: bool,
}

/// Whether `text` is Markdown, by the signs in its first 64 KiB.
pub fn looks_like(text: &str) -> Option<Evidence> {
    let mut cut = text.len().min(HEAD);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let lines = split_lines(head);
    if super::header::is_jina(head, &lines) {
        return Some(Evidence { web: true });
    }
    let front = super::header::read(head, &lines);
    let mut c = Counts {
        web: front.as_ref().is_some_and(|h| h.url),
        ..Counts::default()
    };
    let mut prev_text = false;
    for line in lines.iter().skip(front.as_ref().map_or(0, |h| h.end)) {
        let t = line.text(head);
        read_line(t, prev_text, &mut c);
        prev_text = !line.is_blank() && !t.starts_with(['#', '-', '*', '>', '=']);
    }
    let strong = [c.headings, c.links + c.images, c.emphasis, c.definitions];
    let strong_total: usize = strong.iter().sum::<usize>() + usize::from(front.is_some());
    let strong_kinds = strong.iter().filter(|&&n| n > 0).count() + usize::from(front.is_some());
    let weak_kinds = [c.items >= 2, c.quotes >= 2, c.rules >= 1]
        .iter()
        .filter(|&&w| w)
        .count();
    let markdown =
        strong_total >= 4 || (strong_total >= 2 && (strong_kinds >= 2 || weak_kinds >= 1));
    markdown.then_some(Evidence { web: c.web })
}

/// Counts the signs on one line (`prev_text`: the line before is text, so
/// a line of `=` under it makes a heading).
fn read_line(t: &str, prev_text: bool, c: &mut Counts) {
    let b = t.as_bytes();
    let Some(&first) = b.first() else {
        return;
    };
    let rest_starts = |n: usize| matches!(b.get(n), Some(b' ' | b'\t'));
    match first {
        b'#' => {
            let n = b.iter().take_while(|&&x| x == b'#').count();
            if n <= 6 && rest_starts(n) && !t[n..].trim().is_empty() {
                c.headings += 1;
            }
        }
        b'=' if prev_text && b.len() >= 3 && b.iter().all(|&x| x == b'=') => c.headings += 1,
        b'-' | b'*' | b'_' if b.len() >= 3 && b.iter().all(|&x| x == first || x == b' ') => {
            c.rules += 1;
        }
        b'-' | b'*' | b'+' if rest_starts(1) => c.items += 1,
        b'>' => c.quotes += 1,
        b'[' if t.contains("]: ") && !t.starts_with("[^") => {
            let dest = t.split_once("]: ").map_or("", |(_, d)| d.trim());
            if !dest.is_empty() && !dest.contains(' ') {
                c.definitions += 1;
                c.web |= is_web(dest);
            }
        }
        b'0'..=b'9' => {
            let d = b.iter().take_while(|x| x.is_ascii_digit()).count();
            if d <= 9 && matches!(b.get(d), Some(b'.' | b')')) && rest_starts(d + 1) {
                c.items += 1;
            }
        }
        _ => {}
    }
    inline_signs(t, c);
}

/// Links, images, autolinks and strong emphasis inside a line.
fn inline_signs(t: &str, c: &mut Counts) {
    let b = t.as_bytes();
    for at in memchr::memmem::find_iter(b, b"](") {
        let Some(open) = b[..at].iter().rposition(|&x| x == b'[') else {
            continue;
        };
        let dest = &t[at + 2..];
        let end = dest
            .find(|ch: char| ch == ')' || ch.is_whitespace())
            .unwrap_or(dest.len());
        if !dest[end..].starts_with(')') && !dest[end..].starts_with(" \"") {
            continue;
        }
        if open > 0 && b[open - 1] == b'!' {
            c.images += 1;
        } else {
            c.links += 1;
        }
        c.web |= is_web(&dest[..end]);
    }
    for at in memchr::memchr_iter(b'<', b) {
        let inner = &t[at + 1..];
        if (inner.starts_with("http://") || inner.starts_with("https://"))
            && inner.find('>').is_some_and(|e| !inner[..e].contains(' '))
        {
            c.links += 1;
            c.web = true;
        }
    }
    for marker in ["**", "__"] {
        // Most lines have neither: told by one byte, looked for fast.
        if memchr::memchr(marker.as_bytes()[0], b).is_none() {
            continue;
        }
        let mut parts = t.split(marker);
        parts.next();
        // "**x**": the part after an opening marker starts with no space and
        // a later marker closes it.
        let inner: Vec<&str> = parts.collect();
        if inner.len() >= 2 && inner[0].starts_with(|ch: char| !ch.is_whitespace()) {
            c.emphasis += 1;
        }
    }
}

fn is_web(dest: &str) -> bool {
    dest.starts_with("http://")
        || dest.starts_with("https://")
        || dest.starts_with("www.")
        || dest.starts_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_articles() {
        assert!(
            looks_like("# Titel\n\nTekst met [een link](https://example.nl).\n\n## Kop\n\nMeer.\n")
                .is_some()
        );
        assert_eq!(
            looks_like("Kop\n===\n\n**Vet** begin.\n").map(|e| e.web),
            Some(false)
        );
        assert!(looks_like("* [Home](/)\n* [Nieuws](/nieuws)\n\nTekst.\n").is_some());
        assert!(
            looks_like("Title: x\n\nURL Source: https://example.nl\n\nMarkdown Content:\nTekst\n")
                .is_some()
        );
    }

    #[test]
    fn plain_texts_are_no_markdown() {
        // A news page with one "- " line, a letter's "> Retouradres", its
        // bullets and numbered headings, a footnote's address, a date line.
        for t in [
            "Raad stemt in\n\nDe raad stemde in.\n- Een punt\n\nMeer tekst.\n",
            "> Retouradres Postbus 20061 2500 EB Den Haag\n\nAan de Voorzitter van de Tweede Kamer\n\n1. Inleiding\n\n- eerste punt\n- tweede punt\n\n2. Tot slot\n\n1 Zie https://www.rijksoverheid.nl/a.pdf\n",
            "Het budget is 5 * 3 miljoen [zie bijlage] (p. 4).\n---\nEinde\n",
            "Lees de [brief](https://example.nl) hier.\n",
        ] {
            assert_eq!(looks_like(t), None, "{t:?}");
        }
    }
}
