//! Markdown's block structure, line by line: ATX headings (`## Kop`) and
//! setext ones (a line under `===` or `---`), paragraphs, list items
//! (`*`, `-`, `+`, `1.`), block quotes (`>`), fenced code, table rows,
//! thematic breaks (`---`, `***`) and link reference definitions
//! (`[1]: https://…`). Each block is a text range and the block markup
//! inside it (hashes, bullets, quote markers); breaks, fences and
//! definitions are markup between blocks, in no block (but in the source).

use super::inline::Refs;
use crate::document::lines::Line;
use crate::parse::reflow::{ends_sentence, starts_lowercase};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `#` is 1 … `######` is 6; setext `===` is 1, `---` is 2.
    Heading(u8),
    Paragraph,
    /// A list item, bulleted or numbered.
    Item,
    Quote,
    /// A line of fenced code: read as it is.
    Code,
    /// A table row: `| a | b |`.
    Row,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdBlock {
    pub shape: Shape,
    /// Its lines (indices).
    pub lines: Range<usize>,
    /// From its first line's content to its last one's end.
    pub range: Range<usize>,
    /// Block markup inside `range` that reads as nothing (hashes, quote
    /// markers, a row's outer bars), sorted.
    pub hidden: Vec<Range<usize>>,
    /// An unordered item's bullet (`*`, `-`, `+`); a number stays text.
    pub bullet: Option<Range<usize>>,
    /// A numbered item's number ("1."): text, but no words of its own.
    pub number: Option<Range<usize>>,
}

/// A document's blocks and link reference definitions.
#[derive(Debug, Default)]
pub struct Structure {
    pub blocks: Vec<MdBlock>,
    pub refs: Refs,
}

/// What one line is, by its content.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    Atx {
        level: u8,
        hidden: Vec<Range<usize>>,
    },
    /// `***`, `___`, `- - -`: a break.
    Rule,
    /// `---`: a break, or a setext heading's underline.
    Dashes,
    /// `===`: a setext heading's underline, or text.
    Equals,
    Fence {
        ch: u8,
        len: usize,
    },
    Item {
        bullet: Option<Range<usize>>,
        number: Option<Range<usize>>,
    },
    /// A bullet or a number with nothing after it.
    EmptyItem,
    Quote {
        hidden: Vec<Range<usize>>,
        empty: bool,
    },
    Def,
    Row,
    RowRule,
    Text,
}

/// Reads the blocks of `lines[from..]`.
pub fn read(text: &str, lines: &[Line], from: usize) -> Structure {
    let mut out = Structure::default();
    let mut open: Option<MdBlock> = None;
    let mut fence: Option<(u8, usize)> = None;
    let close = |open: &mut Option<MdBlock>, blocks: &mut Vec<MdBlock>| {
        if let Some(b) = open.take() {
            blocks.push(b);
        }
    };
    for (i, line) in lines.iter().enumerate().skip(from) {
        let t = line.text(text);
        let at = line.content.start;
        if let Some((ch, len)) = fence {
            if closes_fence(t, ch, len) {
                fence = None;
            } else if !line.is_blank() {
                out.blocks
                    .push(block(Shape::Code, i, line, Vec::new(), None));
            }
            continue;
        }
        let kind = classify(t, at, open.is_some());
        match kind {
            Kind::Blank | Kind::Rule | Kind::RowRule | Kind::EmptyItem => {
                close(&mut open, &mut out.blocks)
            }
            Kind::Fence { ch, len } => {
                close(&mut open, &mut out.blocks);
                fence = Some((ch, len));
            }
            Kind::Atx { level, hidden } => {
                close(&mut open, &mut out.blocks);
                out.blocks
                    .push(block(Shape::Heading(level), i, line, hidden, None));
            }
            Kind::Dashes | Kind::Equals
                if open.as_ref().is_some_and(|b| b.shape == Shape::Paragraph) =>
            {
                // The paragraph's last line is the heading (an extractor's
                // paragraph one a line has no blank line before it).
                let mut p = open.take().expect("an open paragraph");
                let last = p.lines.end - 1;
                let level = if kind == Kind::Equals { 1 } else { 2 };
                if p.lines.len() > 1 {
                    let head = &lines[last];
                    let mut before = p.clone();
                    before.lines.end = last;
                    before.range.end = lines[last - 1].content.end;
                    before.hidden.retain(|h| h.end <= before.range.end);
                    p.hidden.retain(|h| h.start >= head.content.start);
                    out.blocks.push(before);
                    p.range.start = head.content.start;
                    p.lines.start = last;
                }
                p.shape = Shape::Heading(level);
                out.blocks.push(p);
            }
            Kind::Dashes => close(&mut open, &mut out.blocks),
            Kind::Def => {
                if let Some((label, dest)) = definition(t) {
                    out.refs.define(label, dest);
                }
            }
            Kind::Item { bullet, number } => {
                close(&mut open, &mut out.blocks);
                let mut item = block(Shape::Item, i, line, Vec::new(), bullet);
                item.number = number;
                open = Some(item);
            }
            Kind::Quote { hidden, empty } => {
                if empty {
                    close(&mut open, &mut out.blocks);
                } else if let Some(b) = open.as_mut().filter(|b| b.shape == Shape::Quote) {
                    extend(b, i, line, hidden);
                } else {
                    close(&mut open, &mut out.blocks);
                    open = Some(block(Shape::Quote, i, line, hidden, None));
                }
            }
            Kind::Row => {
                close(&mut open, &mut out.blocks);
                let c = &line.content;
                let bars = vec![c.start..c.start + 1, c.end - 1..c.end];
                out.blocks.push(block(Shape::Row, i, line, bars, None));
            }
            Kind::Equals | Kind::Text => match open.as_mut() {
                // (A line without markers goes on an open item or quote.)
                Some(b) => extend(b, i, line, Vec::new()),
                None => open = Some(block(Shape::Paragraph, i, line, Vec::new(), None)),
            },
        }
    }
    close(&mut open, &mut out.blocks);
    out
}

fn block(
    shape: Shape,
    i: usize,
    line: &Line,
    hidden: Vec<Range<usize>>,
    bullet: Option<Range<usize>>,
) -> MdBlock {
    MdBlock {
        shape,
        lines: i..i + 1,
        range: line.content.clone(),
        hidden,
        bullet,
        number: None,
    }
}

fn extend(b: &mut MdBlock, i: usize, line: &Line, hidden: Vec<Range<usize>>) {
    b.lines.end = i + 1;
    b.range.end = line.content.end;
    b.hidden.extend(hidden);
}

/// Whether the lines of paragraphs are broken inside sentences (Markdown
/// wrapped at a width, as pandoc writes it) rather than one paragraph a
/// line (as some extractors write it without blank lines between).
pub fn hard_wrapped(text: &str, lines: &[Line], blocks: &[MdBlock]) -> bool {
    let (mut pairs, mut run_on) = (0, 0);
    for b in blocks.iter().filter(|b| b.lines.len() > 1) {
        for l in b.lines.start..b.lines.end - 1 {
            let strip = |l: &Line| l.text(text).trim_start_matches(['>', ' ', '\t']);
            let (a, n) = (strip(&lines[l]), strip(&lines[l + 1]));
            pairs += 1;
            if !ends_sentence(a) && (starts_lowercase(n) || a.ends_with([',', '-'])) {
                run_on += 1;
            }
        }
    }
    pairs == 0 || run_on * 3 >= pairs
}

/// The blocks of a text written one paragraph a line: every line of a
/// paragraph, quote or item is a block of its own (a quote's line stays a
/// quote, a line after an item is a paragraph).
pub fn one_a_line(blocks: Vec<MdBlock>, lines: &[Line]) -> Vec<MdBlock> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.lines.len() == 1 || matches!(b.shape, Shape::Heading(_)) {
            out.push(b);
            continue;
        }
        for l in b.lines.clone() {
            let c = &lines[l].content;
            let range = c.start.max(b.range.start)..c.end.min(b.range.end);
            let hidden: Vec<Range<usize>> = b
                .hidden
                .iter()
                .filter(|h| h.start >= range.start && h.end <= range.end)
                .cloned()
                .collect();
            let shape = if l == b.lines.start {
                b.shape
            } else if hidden.first().is_some_and(|h| h.start == range.start) {
                Shape::Quote
            } else {
                Shape::Paragraph
            };
            let first = l == b.lines.start;
            out.push(MdBlock {
                shape,
                lines: l..l + 1,
                range,
                hidden,
                bullet: b.bullet.clone().filter(|_| first),
                number: b.number.clone().filter(|_| first),
            });
        }
    }
    out
}

/// What the line `t` (its content, at text offset `at`) is; `in_block`: a
/// paragraph, item or quote is open (a definition cannot break into one).
fn classify(t: &str, at: usize, in_block: bool) -> Kind {
    let b = t.as_bytes();
    let Some(&first) = b.first() else {
        return Kind::Blank;
    };
    match first {
        b'#' => {
            if let Some(k) = atx(t, at) {
                return k;
            }
        }
        b'-' | b'*' | b'_' | b'=' => {
            if let Some(k) = line_of(b, first) {
                return k;
            }
        }
        b'`' | b'~' => {
            let n = b.iter().take_while(|&&c| c == first).count();
            if n >= 3 && !(first == b'`' && b[n..].contains(&b'`')) {
                return Kind::Fence { ch: first, len: n };
            }
        }
        b'>' => return quote(b, at),
        b'[' if !in_block && definition(t).is_some() => return Kind::Def,
        b'|' if b.len() >= 2 && t.ends_with('|') => {
            let rule = b.iter().all(|c| b"|-: \t".contains(c)) && b.contains(&b'-');
            return if rule { Kind::RowRule } else { Kind::Row };
        }
        _ => {}
    }
    if matches!(first, b'-' | b'*' | b'+') {
        if b.len() == 1 {
            return Kind::EmptyItem;
        }
        if matches!(b[1], b' ' | b'\t') {
            return Kind::Item {
                bullet: Some(at..at + 1),
                number: None,
            };
        }
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=9).contains(&digits) && matches!(b.get(digits), Some(b'.' | b')')) {
        match b.get(digits + 1) {
            None => return Kind::EmptyItem,
            Some(b' ' | b'\t') => {
                return Kind::Item {
                    bullet: None,
                    number: Some(at..at + digits + 1),
                };
            }
            _ => {}
        }
    }
    Kind::Text
}

/// `## Kop ##`: the level and the hashes.
fn atx(t: &str, at: usize) -> Option<Kind> {
    let b = t.as_bytes();
    let n = b.iter().take_while(|&&c| c == b'#').count();
    if n > 6 || (b.len() > n && !matches!(b[n], b' ' | b'\t')) {
        return None;
    }
    let mut hidden = Vec::with_capacity(2);
    hidden.push(at..at + n);
    // A closing run of hashes after a space.
    let body = t[n..].trim_end();
    let closing = body.len() - body.trim_end_matches('#').len();
    let before = &body[..body.len() - closing];
    if closing > 0 && (before.trim().is_empty() || before.ends_with([' ', '\t'])) {
        hidden.push(at + n + before.len()..at + n + body.len());
    }
    let text_empty = t[n..].trim().trim_matches('#').trim().is_empty();
    Some(if text_empty {
        Kind::Rule
    } else {
        Kind::Atx {
            level: n as u8,
            hidden,
        }
    })
}

/// A line of one character (spaces between allowed for a break).
fn line_of(b: &[u8], c: u8) -> Option<Kind> {
    let count = b.iter().filter(|&&x| x == c).count();
    let only = b.iter().all(|&x| x == c || x == b' ' || x == b'\t');
    if !only || count < 3 {
        return None;
    }
    let spaced = count != b.len();
    Some(match c {
        b'=' if !spaced => Kind::Equals,
        b'=' => return None,
        b'-' if !spaced => Kind::Dashes,
        _ => Kind::Rule,
    })
}

/// `> > tekst`: the markers, and whether anything follows them.
fn quote(b: &[u8], at: usize) -> Kind {
    let mut hidden = Vec::new();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b'>' | b' ' | b'\t') {
        if b[i] == b'>' {
            hidden.push(at + i..at + i + 1);
        }
        i += 1;
    }
    Kind::Quote {
        hidden,
        empty: i == b.len(),
    }
}

/// `[label]: destination "title"`: the label and the destination.
fn definition(t: &str) -> Option<(&str, &str)> {
    let rest = t.strip_prefix('[')?;
    let end = rest.find("]:")?;
    let label = &rest[..end];
    if label.trim().is_empty() || label.starts_with('^') || label.contains(['[', ']']) {
        return None;
    }
    let after = rest[end + 2..].trim_start();
    let dest = after.split_whitespace().next()?;
    let dest = dest
        .strip_prefix('<')
        .and_then(|d| d.strip_suffix('>'))
        .unwrap_or(dest);
    let title = after[after.find(char::is_whitespace).unwrap_or(after.len())..].trim();
    let titled = title.is_empty()
        || (title.len() >= 2
            && [('"', '"'), ('\'', '\''), ('(', ')')]
                .iter()
                .any(|&(o, c)| title.starts_with(o) && title.ends_with(c)));
    titled.then_some((label, dest))
}

/// A fence's closing line: at least as long, of the same character.
fn closes_fence(t: &str, ch: u8, len: usize) -> bool {
    let b = t.as_bytes();
    let n = b.iter().take_while(|&&c| c == ch).count();
    n >= len && b[n..].iter().all(|c| c.is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    fn shapes(t: &str) -> Vec<(Shape, &str)> {
        let lines = split_lines(t);
        read(t, &lines, 0)
            .blocks
            .into_iter()
            .map(|b| (b.shape, &t[b.range]))
            .collect()
    }

    #[test]
    fn the_blocks_of_an_article() {
        let t = "# Titel\n\nEen alinea\nover twee regels.\n\n## Kop ##\n\n* een\n* twee\n  verder\n\n1. eerste\n\n> citaat\n> gaat door\n\n---\n\nTussenkop\n---------\n\n[1]: https://example.nl\n| a | b |\n|---|---|\n";
        assert_eq!(
            shapes(t),
            [
                (Shape::Heading(1), "# Titel"),
                (Shape::Paragraph, "Een alinea\nover twee regels."),
                (Shape::Heading(2), "## Kop ##"),
                (Shape::Item, "* een"),
                (Shape::Item, "* twee\n  verder"),
                (Shape::Item, "1. eerste"),
                (Shape::Quote, "> citaat\n> gaat door"),
                (Shape::Heading(2), "Tussenkop"),
                (Shape::Row, "| a | b |"),
            ]
        );
    }

    #[test]
    fn lines_that_look_like_markup_but_are_not() {
        // Counter-examples: "#hashtag", seven hashes, a dash in a sentence,
        // a year with a full stop and no space, "2. " alone.
        let t = "#MeToo kwam op\n\n####### zeven\n\n-5 graden\n\n2026.De tekst\n";
        assert!(shapes(t).iter().all(|(s, _)| *s == Shape::Paragraph));
        // "* * *" is a break, not an item.
        assert_eq!(shapes("Tekst\n\n* * *\n\nMeer\n").len(), 2);
    }

    #[test]
    fn definitions_and_fences() {
        let t = "[1]: https://example.nl/een \"Een\"\n[Twee]: <https://example.nl/twee>\n\n```\n# geen kop\n```\n";
        let lines = split_lines(t);
        let s = read(t, &lines, 0);
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(s.blocks[0].shape, Shape::Code);
        assert_eq!(
            definition("[Twee]: <https://example.nl/twee>"),
            Some(("Twee", "https://example.nl/twee"))
        );
        // Counter-example: a footnote, a sentence after the colon.
        assert_eq!(definition("[^1]: Zie de brief."), None);
        assert_eq!(definition("[1]: zie de brief van de minister"), None);
    }

    #[test]
    fn one_paragraph_a_line() {
        let t = "Eerste alinea.\nTweede alinea.\n- item\nDerde alinea.\n";
        let lines = split_lines(t);
        let s = read(t, &lines, 0);
        assert!(!hard_wrapped(t, &lines, &s.blocks));
        let b = one_a_line(s.blocks, &lines);
        let got: Vec<(Shape, &str)> = b.iter().map(|b| (b.shape, &t[b.range.clone()])).collect();
        assert_eq!(
            got,
            [
                (Shape::Paragraph, "Eerste alinea."),
                (Shape::Paragraph, "Tweede alinea."),
                (Shape::Item, "- item"),
                (Shape::Paragraph, "Derde alinea."),
            ]
        );
        let t = "De gemeente wil dat de\nveerpont vaker vaart, maar\nheeft geen geld.\n";
        let lines = split_lines(t);
        assert!(hard_wrapped(t, &lines, &read(t, &lines, 0).blocks));
    }
}
