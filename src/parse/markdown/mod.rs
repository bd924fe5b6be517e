//! Articles written in Markdown, as web extractors write them (trafilatura,
//! jina reader, readability with turndown, pandoc): told by evidence
//! ([`looks_like`]), read block by block (`blocks`) and inline (`inline`).
//! `# Title` is the title, `##` and deeper are sections at their levels
//! (relative to the highest one used), a paragraph that is one short bold
//! phrase is a subheading too. In the clean text a link shows its text, an
//! image its alt text (folded, as the plain parser folds a photo caption),
//! a list item its bullet as "•" (a number stays); emphasis, hashes, quote
//! markers and escapes read as nothing. Markup is never deleted: the clean
//! text maps to the source bytes of what it shows, and a clean range across
//! a link maps over its address. The page's chrome is folded (`chrome`),
//! and so is an extractor's header (`header`).

mod blocks;
mod chrome;
mod detect;
mod header;
mod inline;
mod spans;

pub use detect::looks_like;

use crate::document::builder::{CleanBuilder, Joiner};
use crate::document::lines::{Line, split_lines};
use crate::document::{BlockKind, DocKind, FoldReason, Meta, Parsed, SectionKind};
use crate::parse::heading::heading_shape;
use crate::parse::menu_runs::is_item;
use crate::parse::news::{finish, is_byline_or_stamp, read_dateline};
use crate::parse::sections::SectionStart;
use blocks::{MdBlock, Shape};
use chrome::Seen;
use inline::{Edit, Refs};
use std::ops::Range;

/// One block as it reads: its markup edits and what the chrome rules see.
struct Read {
    /// Inline markup and hidden block markup, in text offsets, sorted
    /// (the bullet not among them).
    edits: Vec<Edit>,
    seen: Seen,
}

pub fn parse(text: &str, kind: DocKind) -> Parsed {
    let news = kind == DocKind::News;
    let lines = split_lines(text);
    let header = header::read(text, &lines);
    let structure = blocks::read(text, &lines, header.as_ref().map_or(0, |h| h.end));
    let mut mds = structure.blocks;
    if !blocks::hard_wrapped(text, &lines, &mds) {
        mds = blocks::one_a_line(mds, &lines);
    }
    let reads: Vec<Read> = mds.iter().map(|b| read(text, b, &structure.refs)).collect();
    let seen: Vec<Seen> = reads.iter().map(|r| r.seen.clone()).collect();
    let mut folds = chrome::fold(&seen, news);

    // The title: the heading the header names, else the first `#`.
    let header_title = header.as_ref().and_then(|h| h.title.clone());
    let is_heading = |k: usize| matches!(mds[k].shape, Shape::Heading(_));
    let open =
        |k: usize, folds: &[Option<FoldReason>]| folds[k].is_none() && !seen[k].visible.is_empty();
    let title_block = match &header_title {
        Some((_, r)) => {
            let named = words(&text[r.clone()]).to_lowercase();
            (0..mds.len()).find(|&k| {
                is_heading(k) && open(k, &folds) && seen[k].visible.to_lowercase() == named
            })
        }
        None => (0..mds.len()).find(|&k| mds[k].shape == Shape::Heading(1) && open(k, &folds)),
    };
    // Above the title: the site's name and the section's label.
    if let Some(t) = title_block {
        for k in 0..t {
            if folds[k].is_none() && mds[k].shape != Shape::Item && is_item(&seen[k].visible) {
                folds[k] = Some(FoldReason::SiteNavigation);
            }
        }
    }

    // Subheadings and their levels: relative to the highest one used.
    let last_body = (0..mds.len()).rev().find(|&k| open(k, &folds));
    let pseudo = |k: usize| {
        mds[k].shape == Shape::Paragraph
            && seen[k].wrapped == Some(2)
            && Some(k) != last_body
            && heading_shape(&seen[k].visible, 12).is_some()
            && !is_byline_or_stamp(&seen[k].visible)
    };
    let highest = (0..mds.len())
        .filter(|&k| Some(k) != title_block && open(k, &folds))
        .filter_map(|k| match mds[k].shape {
            Shape::Heading(h) => Some(h),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let level_of = |h: u8| (h.saturating_sub(highest) + 1).clamp(1, 6);

    let mut meta = Meta {
        date: header.as_ref().and_then(|h| h.date),
        ..Meta::default()
    };
    let mut b = CleanBuilder::new(text);
    let mut starts: Vec<SectionStart> = Vec::new();
    if let Some(h) = &header {
        let title_line = header_title
            .as_ref()
            .filter(|_| title_block.is_none())
            .map(|(l, r)| (*l, r.clone()));
        push_header(&mut b, text, &lines[..h.end], title_line, &mut meta);
    }
    // A folded block open for more of the same chrome, and where it ends.
    let mut folded: Option<(FoldReason, usize)> = None;
    for (k, (md, r)) in mds.iter().zip(&reads).enumerate() {
        if r.seen.visible.is_empty() {
            // Nothing but markup: a link without text ("[](#main)").
            continue;
        }
        if let Some(reason) = folds[k] {
            match folded {
                Some((open_reason, end)) if open_reason == reason => {
                    b.push_join(Joiner::Space, end..md.range.start);
                }
                _ => {
                    close(&mut b, &mut folded);
                    b.begin_block();
                }
            }
            // (A folded list reads without its bullets.)
            let gone = md.bullet.clone().map(|r| (r, String::new()));
            b.push_text(md.range.clone(), &with_bullet(&r.edits, gone));
            folded = Some((reason, md.range.end));
            continue;
        }
        close(&mut b, &mut folded);
        let visible = &r.seen.visible;
        if Some(k) == title_block {
            meta.title = Some(visible.clone());
            b.begin_block();
            b.push_text(md.range.clone(), &r.edits);
            b.end_block(BlockKind::Title);
            continue;
        }
        let level = match md.shape {
            Shape::Heading(h) => Some(level_of(h)),
            _ if pseudo(k) => Some(level_of(highest.max(2))),
            _ => None,
        };
        if let Some(level) = level {
            starts.push(SectionStart {
                block: b.blocks.len(),
                level,
                title: visible.clone(),
                kind: SectionKind::Heading,
            });
            b.begin_block();
            b.push_text(md.range.clone(), &r.edits);
            b.end_block(BlockKind::Heading { level });
            continue;
        }
        if starts.is_empty() {
            // The opening section takes the title and the header too.
            starts.push(SectionStart {
                block: 0,
                level: 1,
                title: "Introduction".into(),
                kind: SectionKind::Introduction,
            });
        }
        b.begin_block();
        let bullet = md.bullet.clone().map(|r| (r, "•".to_string()));
        b.push_text(md.range.clone(), &with_bullet(&r.edits, bullet));
        let block = b.end_block(BlockKind::Paragraph);
        if news && md.shape == Shape::Paragraph {
            read_dateline(&b, block, &mut meta);
        }
    }
    close(&mut b, &mut folded);
    // The page's date: the stamp under its title ("Door … · 3 december 2026").
    if news && meta.date.is_none() {
        let after_title = b
            .blocks
            .iter()
            .position(|bl| bl.kind == BlockKind::Title)
            .unwrap_or(0);
        let near = b.blocks[after_title..].iter().take(STAMP_BLOCKS);
        meta.date = crate::parse::news_date::page_date(near.map(|bl| &b.clean[bl.clean.clone()]));
    }
    finish(kind, meta, b, starts)
}

/// How many blocks below a page's title its stamp is looked for.
const STAMP_BLOCKS: usize = 12;

/// A block's edits with its bullet's among them.
fn with_bullet(edits: &[Edit], bullet: Option<Edit>) -> Vec<Edit> {
    let mut out = edits.to_vec();
    if let Some(e) = bullet {
        let at = out.partition_point(|(r, _)| r.start < e.0.start);
        out.insert(at, e);
    }
    out
}

/// Ends the folded block that is open, if one is.
fn close(b: &mut CleanBuilder<'_>, folded: &mut Option<(FoldReason, usize)>) {
    if let Some((reason, _)) = folded.take() {
        b.end_block(BlockKind::Folded(reason));
    }
}

/// The extractor's header: folded, but for its title when no heading of
/// the page names it (then the title, without its "Title:" label).
fn push_header(
    b: &mut CleanBuilder<'_>,
    text: &str,
    lines: &[Line],
    title: Option<(usize, Range<usize>)>,
    meta: &mut Meta,
) {
    let mut open_end: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        // (The front matter's fences are markup.)
        if line.is_blank() || matches!(line.text(text), "---" | "...") {
            continue;
        }
        if let Some((_, r)) = title.as_ref().filter(|(l, _)| *l == i) {
            if open_end.take().is_some() {
                b.end_block(BlockKind::Folded(FoldReason::ExtractorHeader));
            }
            meta.title = Some(words(&text[r.clone()]));
            b.block(BlockKind::Title, r.clone());
            continue;
        }
        match open_end {
            Some(end) => b.push_join(Joiner::Space, end..line.content.start),
            None => b.begin_block(),
        }
        b.push_text(line.content.clone(), &[]);
        open_end = Some(line.content.end);
    }
    if open_end.is_some() {
        b.end_block(BlockKind::Folded(FoldReason::ExtractorHeader));
    }
}

/// Reads one block's inline markup.
fn read(text: &str, md: &MdBlock, refs: &Refs) -> Read {
    let range = md.range.clone();
    let mut view = text.as_bytes()[range.clone()].to_vec();
    for h in md.hidden.iter().chain(&md.bullet) {
        view[h.start - range.start..h.end - range.start].fill(b' ');
    }
    // Markers are ASCII: the view is UTF-8 where the text is.
    let view = String::from_utf8(view).expect("ASCII markers masked by spaces");
    let hidden = md.hidden.iter().map(|h| (h.clone(), String::new()));
    if md.shape == Shape::Code {
        let mut seen = seen_of(md, &view, &inline::Inline::default());
        seen.visible = words(&view);
        return Read {
            edits: hidden.collect(),
            seen,
        };
    }
    let mut found = inline::read(&view, refs, false);
    let mut seen = seen_of(md, &view, &found);
    if seen.image_only && seen.visible.is_empty() {
        // Images without alt text, and nothing else: their addresses.
        found = inline::read(&view, refs, true);
        seen = seen_of(md, &view, &found);
    }
    let b = text.as_bytes();
    seen.list = match (&md.bullet, &md.number) {
        (Some(bullet), _) => Some(b[bullet.start]),
        (_, Some(number)) => Some(b[number.end - 1]),
        _ => None,
    };
    let mut edits: Vec<Edit> = found
        .edits
        .into_iter()
        .map(|(r, with)| (r.start + range.start..r.end + range.start, with))
        .chain(hidden)
        .collect();
    edits.sort_by_key(|(r, _)| r.start);
    Read { edits, seen }
}

/// What the chrome rules see of a block: its visible text and links.
fn seen_of(md: &MdBlock, view: &str, found: &inline::Inline) -> Seen {
    let shape = md.shape;
    let top: Vec<&inline::Link> = found.links.iter().filter(|l| !l.nested).collect();
    let separators = |s: &str| {
        s.chars()
            .all(|c| c.is_whitespace() || "|·•-–—/›»>,*_".contains(c))
    };
    // (An item's number is no word beside its link.)
    let mut pos = md.number.as_ref().map_or(0, |n| n.end - md.range.start);
    let mut only = !top.is_empty();
    for l in &top {
        only &= separators(&view[pos.min(l.whole.start)..l.whole.start]);
        pos = pos.max(l.whole.end);
    }
    only &= separators(&view[pos..]);
    let holds_image = |l: &inline::Link| {
        let t = view[l.text.clone()].trim();
        t.starts_with("![") && t.ends_with(')')
    };
    let image_only = only && top.iter().all(|l| l.image || holds_image(l));
    Seen {
        shape,
        visible: words(&shown(view, &found.edits)),
        links: top.len(),
        link_only: only,
        image_only,
        linked_image: image_only && top.iter().any(|l| !l.image),
        skip: only && top.len() == 1 && is_skip(&top[0].dest, &view[top[0].text.clone()]),
        share: top.iter().any(|l| chrome::is_share_link(&l.dest)),
        wrapped: found.wrapped,
        list: None,
    }
}

/// A link to the page's own content ("#main"), or one to a place on the
/// page that says it skips there ("Ga naar de inhoud", "Direct naar").
fn is_skip(dest: &str, text: &str) -> bool {
    let t = text.trim().to_lowercase();
    dest.starts_with('#')
        || (dest.contains('#')
            && [
                "ga naar",
                "naar de inhoud",
                "naar inhoud",
                "direct naar",
                "spring naar",
                "skip to",
            ]
            .iter()
            .any(|p| t.starts_with(p)))
}

/// `view` with the edits applied.
pub(super) fn shown(view: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(view.len());
    let mut pos = 0;
    for (r, with) in edits {
        out.push_str(&view[pos..r.start]);
        out.push_str(with);
        pos = r.end;
    }
    out.push_str(&view[pos..]);
    out
}

/// The words of `s`, one space between them.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
