//! Markdown's inline markup inside one block: links and images (inline,
//! reference-style and autolinks), emphasis (`*`, `_`, `**`, `__`, `~~`),
//! code spans, backslash escapes and character references. Read from a view
//! of the block's text (its block markers masked as spaces, same offsets),
//! it gives the edits that make the clean text: markup read as nothing, a
//! reference read as its character; the words themselves are never edited.
//! It also lists the links found, for the chrome rules.
//!
//! Forgiving and linear: what does not close is text, and where a construct
//! ends is found by the bounded readers of `spans`.

use super::spans::{MAX_LABEL, Ticks, autolink, brackets, inline_dest, reference, run};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A text range and what it reads as in the clean text ("" for markup).
pub type Edit = (Range<usize>, String);

/// The link reference definitions of a document (`[1]: https://…`), by
/// normalised label.
#[derive(Debug, Default)]
pub struct Refs(FxHashMap<String, String>);

impl Refs {
    /// Keeps the first definition of a label, as Markdown does.
    pub fn define(&mut self, label: &str, dest: &str) {
        self.0
            .entry(normalise_label(label))
            .or_insert_with(|| dest.to_string());
    }

    fn get(&self, label: &str) -> Option<&String> {
        if self.0.is_empty() || label.len() > MAX_LABEL {
            return None;
        }
        self.0.get(&normalise_label(label))
    }
}

/// A label as references match it: case and white space runs ignored.
fn normalise_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A link, an image or an autolink, in the view's offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// From `[` (`![`, `<`) to the end of the construct.
    pub whole: Range<usize>,
    /// What it shows: the link text, an image's alt text.
    pub text: Range<usize>,
    /// Where it points, as written.
    pub dest: String,
    pub image: bool,
    /// Inside another link's text (a logo image in a link).
    pub nested: bool,
}

/// What the inline markup of one block comes to.
#[derive(Debug, Default)]
pub struct Inline {
    /// Sorted, not overlapping.
    pub edits: Vec<Edit>,
    pub links: Vec<Link>,
    /// The whole text is one emphasis: `*…*` (1) or `**…**` (2).
    pub wrapped: Option<usize>,
}

/// Reads the inline markup of `view`. With `show_bare_images`, an image
/// without alt text shows its address (for a line that is nothing but
/// images); otherwise it reads as nothing.
pub fn read(view: &str, refs: &Refs, show_bare_images: bool) -> Inline {
    let mut r = Reader {
        s: view,
        b: view.as_bytes(),
        refs,
        close_of: brackets(view.as_bytes()),
        ticks: Ticks::of(view.as_bytes()),
        show_bare_images,
        out: Inline::default(),
    };
    r.scan(0..view.len(), Level::Top);
    let mut edits = std::mem::take(&mut r.out.edits);
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut end = 0;
    edits.retain(|(range, _)| {
        let keep = range.start >= end;
        if keep {
            end = range.end;
        }
        keep
    });
    r.out.edits = edits;
    r.out.links.sort_by_key(|l| l.whole.start);
    r.out
}

/// Where a scan runs: the block itself, a link's text, an image's alt text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    LinkText,
    Alt,
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    refs: &'a Refs,
    close_of: FxHashMap<usize, usize>,
    ticks: Ticks,
    show_bare_images: bool,
    out: Inline,
}

/// A run of emphasis characters; `lo..hi` is what is left of it, a
/// closer taking from the left, an opener from the right.
struct Delim {
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
    ch: u8,
    open: bool,
    close: bool,
}

impl Reader<'_> {
    fn hide(&mut self, range: Range<usize>) {
        if !range.is_empty() {
            self.out.edits.push((range, String::new()));
        }
    }

    fn scan(&mut self, range: Range<usize>, level: Level) {
        let b = self.b;
        let mut delims: Vec<Delim> = Vec::new();
        let mut i = range.start;
        while i < range.end {
            match b[i] {
                b'\\' => match b.get(i + 1).filter(|_| i + 1 < range.end) {
                    Some(n) if n.is_ascii_punctuation() => {
                        self.hide(i..i + 1);
                        i += 2;
                    }
                    // A backslash at a line's end is a hard line break.
                    Some(b'\n' | b'\r') => {
                        self.hide(i..i + 1);
                        i += 1;
                    }
                    _ => i += 1,
                },
                b'`' => {
                    let n = run(b, i, range.end, b'`');
                    match self.ticks.closing(i, n).filter(|&q| q + n <= range.end) {
                        Some(q) => {
                            self.hide(i..i + n);
                            self.hide(q..q + n);
                            i = q + n;
                        }
                        None => i += n,
                    }
                }
                b'<' if level != Level::Alt => match autolink(b, i, range.end) {
                    Some(end) => {
                        self.hide(i..i + 1);
                        self.hide(end - 1..end);
                        self.out.links.push(Link {
                            whole: i..end,
                            text: i + 1..end - 1,
                            dest: self.s[i + 1..end - 1].to_string(),
                            image: false,
                            nested: level != Level::Top,
                        });
                        i = end;
                    }
                    None => i += 1,
                },
                b'!' if level != Level::Alt && b.get(i + 1) == Some(&b'[') => {
                    i = self.link(i + 1, range.end, true, level).unwrap_or(i + 1);
                }
                b'[' if level == Level::Top => {
                    i = self.link(i, range.end, false, level).unwrap_or(i + 1);
                }
                c @ (b'*' | b'_' | b'~') => {
                    let n = run(b, i, range.end, c);
                    if let Some(d) = self.delim(i, i + n, c) {
                        delims.push(d);
                    }
                    i += n;
                }
                b'&' => match reference(self.s, i, range.end) {
                    Some((end, c)) => {
                        self.out.edits.push((i..end, c.to_string()));
                        i = end;
                    }
                    None => i += 1,
                },
                _ => i += 1,
            }
        }
        self.pair(delims, level == Level::Top && range == (0..self.s.len()));
    }

    /// A link (or, with `image`, an image) whose `[` is at `open`: its end.
    fn link(&mut self, open: usize, limit: usize, image: bool, level: Level) -> Option<usize> {
        let close = *self.close_of.get(&open)?;
        if close >= limit {
            return None;
        }
        let b = self.b;
        let after = close + 1;
        let text = open + 1..close;
        let mut found: Option<(usize, String, Option<Range<usize>>)> = None;
        if b.get(after) == Some(&b'(')
            && let Some((end, dest)) = inline_dest(b, after, limit)
        {
            found = Some((end, self.s[dest.clone()].to_string(), Some(dest)));
        }
        if found.is_none() && b.get(after) == Some(&b'[') && after < limit {
            let label_end = b[after + 1..limit.min(after + 1 + MAX_LABEL)]
                .iter()
                .position(|&c| c == b']' || c == b'[')
                .map(|k| after + 1 + k)
                .filter(|&k| b[k] == b']');
            if let Some(k) = label_end {
                let label = if k == after + 1 {
                    &self.s[text.clone()]
                } else {
                    &self.s[after + 1..k]
                };
                if let Some(dest) = self.refs.get(label) {
                    found = Some((k + 1, dest.clone(), None));
                }
            }
        }
        if found.is_none()
            && let Some(dest) = self.refs.get(&self.s[text.clone()])
        {
            found = Some((after, dest.clone(), None));
        }
        let (end, dest, dest_at) = found?;
        let start = if image { open - 1 } else { open };
        let bare = self.s[text.clone()].trim().is_empty();
        if bare && image && self.show_bare_images && dest_at.is_some() {
            let at = dest_at.unwrap_or(end..end);
            self.hide(start..at.start);
            self.hide(at.end..end);
        } else if bare {
            self.hide(start..end);
        } else {
            self.hide(start..open + 1);
            let mut from = text.start;
            // Jina reader numbers images in their alt text: "Image 3: …".
            if image && let Some(n) = numbered_image(&self.s[text.clone()]) {
                self.hide(text.start..text.start + n);
                from += n;
            }
            let inner = if image { Level::Alt } else { Level::LinkText };
            self.scan(from..text.end, inner);
            self.hide(close..end);
        }
        self.out.links.push(Link {
            whole: start..end,
            text,
            dest,
            image,
            nested: level != Level::Top,
        });
        Some(end)
    }

    /// A run of `*`, `_` or `~` at `start..end` that may open or close
    /// emphasis, by the characters on either side (CommonMark's flanking).
    fn delim(&self, start: usize, end: usize, ch: u8) -> Option<Delim> {
        if ch == b'~' && end - start != 2 {
            return None;
        }
        let before = self.s[..start].chars().next_back();
        let after = self.s[end..].chars().next();
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let punct = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
        let left = !space(after) && (!punct(after) || space(before) || punct(before));
        let right = !space(before) && (!punct(before) || space(after) || punct(after));
        let (open, close) = if ch == b'_' {
            (
                left && (!right || punct(before)),
                right && (!left || punct(after)),
            )
        } else {
            (left, right)
        };
        (open || close).then_some(Delim {
            start,
            end,
            lo: start,
            hi: end,
            ch,
            open,
            close,
        })
    }

    /// Pairs openers and closers of one level, nearest first; what pairs
    /// reads as nothing, what does not stays text. `whole`: the level is
    /// the whole block (to tell whether one emphasis wraps all of it).
    fn pair(&mut self, mut delims: Vec<Delim>, whole: bool) {
        let mut stacks: [Vec<usize>; 3] = Default::default();
        let slot = |c: u8| match c {
            b'*' => 0,
            b'_' => 1,
            _ => 2,
        };
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for k in 0..delims.len() {
            let s = slot(delims[k].ch);
            if delims[k].close {
                while delims[k].lo < delims[k].hi
                    && let Some(&o) = stacks[s].last()
                {
                    let (ol, cl) = (delims[o].hi - delims[o].lo, delims[k].hi - delims[k].lo);
                    let n = match delims[k].ch {
                        b'~' if ol == 2 && cl == 2 => 2,
                        b'~' => break,
                        _ if ol >= 2 && cl >= 2 => 2,
                        _ => 1,
                    };
                    let (ohi, klo) = (delims[o].hi, delims[k].lo);
                    self.hide(ohi - n..ohi);
                    self.hide(klo..klo + n);
                    delims[o].hi -= n;
                    delims[k].lo += n;
                    pairs.push((o, k));
                    if delims[o].lo == delims[o].hi {
                        stacks[s].pop();
                    }
                }
            }
            if delims[k].open && delims[k].lo < delims[k].hi {
                stacks[s].push(k);
            }
        }
        if !whole {
            return;
        }
        let body = self.s.trim();
        let first = self.s.len() - self.s.trim_start().len();
        let last = first + body.len();
        let (Some(o), Some(k)) = (
            delims.iter().position(|d| d.start == first),
            delims.iter().position(|d| d.end == last),
        ) else {
            return;
        };
        let (a, z) = (&delims[o], &delims[k]);
        if o < k && a.lo == a.hi && z.lo == z.hi && a.ch != b'~' && pairs.contains(&(o, k)) {
            self.out.wrapped = Some((a.end - a.start).min(2));
        }
    }
}

/// "Image 12: " at the start of an alt text: its length.
fn numbered_image(alt: &str) -> Option<usize> {
    let rest = alt.strip_prefix("Image ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[digits..].strip_prefix(": ")?;
    (digits > 0 && !rest.trim().is_empty()).then_some(alt.len() - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view with the edits applied.
    fn shown(view: &str) -> String {
        apply(view, &read(view, &Refs::default(), false).edits)
    }

    use super::super::shown as apply;

    #[test]
    fn links_show_their_text() {
        assert_eq!(
            shown("[Lees meer](https://www.example.nl/a_(b)) hier"),
            "Lees meer hier"
        );
        assert_eq!(
            shown("zie [het **rapport**](https://x.nl/r.pdf \"Rapport\")."),
            "zie het rapport."
        );
        assert_eq!(shown("[![Logo](/logo.svg)](/)"), "Logo");
        assert_eq!(
            shown("<https://www.gelderland.nl/brand> of <info@example.nl>"),
            "https://www.gelderland.nl/brand of info@example.nl"
        );
        let i = read("[Ga naar de inhoud](#main)", &Refs::default(), false);
        assert_eq!(i.links.len(), 1);
        assert_eq!(i.links[0].dest, "#main");
    }

    #[test]
    fn reference_links_need_their_definition() {
        let mut refs = Refs::default();
        refs.define("1", "https://example.nl/een");
        refs.define("Gemeente  Ede", "https://www.ede.nl");
        let view = "[raad][1], [gemeente ede] en [Gemeente Ede][] maar [2] en [x][3]";
        let i = read(view, &refs, false);
        assert_eq!(
            apply(view, &i.edits),
            "raad, gemeente ede en Gemeente Ede maar [2] en [x][3]"
        );
        assert_eq!(i.links.len(), 3);
        assert_eq!(i.links[1].dest, "https://www.ede.nl");
    }

    #[test]
    fn images_show_their_alt_text() {
        assert_eq!(
            shown("![Rook boven Ede](https://x.nl/f.jpg)"),
            "Rook boven Ede"
        );
        assert_eq!(
            shown("![Image 2: Rook boven Ede](https://x.nl/f.jpg)"),
            "Rook boven Ede"
        );
        assert_eq!(shown("voor ![](https://x.nl/f.jpg) na"), "voor  na");
        let view = "![](https://x.nl/f.jpg)";
        let i = read(view, &Refs::default(), true);
        assert_eq!(apply(view, &i.edits), "https://x.nl/f.jpg");
    }

    #[test]
    fn emphasis_pairs_and_what_stays_text() {
        assert_eq!(
            shown("**Vet** en *schuin* en __ook__ en _dit_"),
            "Vet en schuin en ook en dit"
        );
        assert_eq!(shown("***beide***"), "beide");
        assert_eq!(shown("~~weg~~ niet ~één~"), "weg niet ~één~");
        // Counter-examples: a lone pair of stars, arithmetic, a snake_case
        // word, a partner missing.
        assert_eq!(shown("5 * 3 = 15 en 2 * 4"), "5 * 3 = 15 en 2 * 4");
        assert_eq!(shown("bestand_naam_hier"), "bestand_naam_hier");
        assert_eq!(shown("**niet gesloten"), "**niet gesloten");
        assert_eq!(shown("Sterren ** los"), "Sterren ** los");
    }

    #[test]
    fn the_whole_text_in_one_emphasis() {
        let w = |v: &str| read(v, &Refs::default(), false).wrapped;
        assert_eq!(w("**Kosten lopen op**"), Some(2));
        assert_eq!(w("*Foto: Omroep Zeeland*"), Some(1));
        assert_eq!(w("*een* en *twee*"), None);
        assert_eq!(w("**Vet** begin"), None);
    }

    #[test]
    fn escapes_code_and_references() {
        assert_eq!(
            shown(r"1994\. Niet \*vet\* en \[geen link\]"),
            "1994. Niet *vet* en [geen link]"
        );
        assert_eq!(shown("de `brief` tool en ``a`b``"), "de brief tool en a`b");
        assert_eq!(
            shown("Kaas &amp; wijn &#8217;s &#x1b; &nbsp; &bogus;"),
            "Kaas & wijn ’s &#x1b; &nbsp; &bogus;"
        );
    }

    #[test]
    fn odd_input_is_text() {
        for view in [
            "[",
            "]",
            "[[[",
            "[a](",
            "[a](b",
            "![",
            "![a]",
            "<",
            "<a",
            "`",
            "``a`",
            "&",
            "&#;",
            "&#x110000;",
            "\\",
            "*",
            "**",
            "_*_*",
            "[a]([b](c))",
            "[é](ü) ë*ï*",
            "*é*",
            "[x](<a\nb>)",
            "[a](b \"c)",
            "~~",
            "~~~",
            "[]()",
        ] {
            let i = read(view, &Refs::default(), false);
            let out = apply(view, &i.edits);
            assert!(out.len() <= view.len(), "{view:?} -> {out:?}");
        }
        assert_eq!(shown("*é*"), "é");
        assert_eq!(shown("[é](ü) ë*ï*"), "é ëï");
    }
}
