//! News articles (and plain text) as scraped from a site: a title line, a
//! " date 2022-02" metadata line, an agency dateline ("DEN HAAG (ANP) -", also
//! when clipped to "EN HAAG (ANP)"), paragraphs one a line or hard-wrapped,
//! short stand-alone subheadings, and site chrome, folded.

use super::chrome::{is_more_from, line_chrome, split_inline};
use super::fact_box::{Boxed, is_key_value};
use super::heading::heading_shape;
use super::headline::{self, Headline};
use super::paragraphs::{Grouper, Item};
use super::reflow::{LineSource, ends_sentence, starts_lowercase};
use super::sections::{SectionStart, build};
use super::tag_lists::TagLine;
use crate::document::builder::CleanBuilder;
use crate::document::lines::{Line, split_lines};
use crate::document::{
    BlockKind, Dateline, DocDate, DocKind, FoldReason, Meta, MetaField, Parsed, SectionKind,
};
use regex::Regex;
use std::sync::LazyLock;

static DATE_META: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b"));
/// "DEN HAAG (ANP) - ". The agency's length (2 to 12 letters) is checked
/// where it is read: a counted repeat of a Unicode class is slow to compile.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?:((?:['’][sStT]-)?\p{Lu}[\p{Lu}'’.\-]*(?:\s\p{Lu}[\p{Lu}'’.\-]*)*)\s)?\((\p{Lu}\p{L}+)\)\s*[-–—]\s",
    )
});

pub fn parse(text: &str, kind: DocKind) -> Parsed {
    let mut lines = split_lines(text);
    let mut meta = Meta::default();
    let news = kind == DocKind::News;

    // " date 2022-02 Nederland is …": the metadata is cut off the line's front.
    let mut date_meta: Option<std::ops::Range<usize>> = None;
    if news
        && let Some(i) = lines.iter().position(|l| !l.is_blank())
        && let Some(c) = DATE_META.captures(lines[i].text(text))
    {
        let m = c.get(0).unwrap();
        let start = lines[i].content.start;
        meta.date = DocDate::parse_iso(&c[1]);
        date_meta = Some(start..start + m.end());
        let rest = text[start + m.end()..lines[i].content.end].trim_start();
        lines[i].content.start = lines[i].content.end - rest.len();
        if rest.is_empty() {
            lines[i].content = lines[i].content.end..lines[i].content.end;
        }
    }

    let hard_wrapped = is_hard_wrapped(text, &lines);
    let mut menus = super::menu_runs::mark(text, &lines);
    let tags = if news {
        super::tag_lists::mark(text, &lines)
    } else {
        vec![TagLine::No; lines.len()]
    };
    // (A tag list one a line folds as a menu does.)
    for (m, t) in menus.iter_mut().zip(&tags) {
        *m |= *t == TagLine::Listed;
    }
    let boxes = super::fact_box::mark(text, &lines);
    let cookies = if news {
        super::cookie_notice::mark(text, &lines)
    } else {
        vec![false; lines.len()]
    };
    let mut g = Grouper::new(text, &lines, !hard_wrapped);
    let mut other_news = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            g.blank();
            continue;
        }
        let t = line.text(text);
        if cookies[i] {
            // (A notice's lines are one folded block.)
            if i > 0 && cookies[i - 1] {
                g.folded_on(i, FoldReason::CookieNotice);
            } else {
                g.close();
                g.folded(i, FoldReason::CookieNotice);
            }
        } else if tags[i] == TagLine::Inline {
            g.close();
            g.folded(i, FoldReason::TopicTags);
        } else if menus[i]
            || ((super::menu_runs::is_breadcrumb(t)
                || super::menu_runs::is_labelled_breadcrumb(t)
                || (news
                    && (super::menu_runs::is_menu_row(t) || super::menu_runs::is_share_row(t))))
                && line_chrome(t).is_none())
        {
            // (A run of menu words is one folded block.)
            if i > 0 && menus[i - 1] && menus[i] && !cookies[i - 1] {
                g.folded_on(i, FoldReason::SiteNavigation);
            } else {
                g.close();
                g.folded(i, FoldReason::SiteNavigation);
            }
        } else if news && other_news {
            g.folded(i, FoldReason::UnrelatedItem);
        } else if news && is_more_from(t) {
            other_news = true;
            g.close();
            g.folded(i, FoldReason::SiteNavigation);
        } else if let Some(r) = news.then(|| line_chrome(t)).flatten() {
            g.close();
            g.folded(i, r);
        } else {
            g.body(i);
        }
    }
    let items = g.finish();
    let src = if hard_wrapped {
        LineSource::new(text, &lines)
    } else {
        LineSource::unwrapped(text, &lines)
    };

    let mut b = CleanBuilder::new(text);
    let mut starts: Vec<SectionStart> = Vec::new();
    if let Some(r) = date_meta {
        b.block(BlockKind::Metadata(MetaField::Date), r);
    }
    let last_para = items.iter().rposition(|it| matches!(it, Item::Para(_)));
    // Whether an article's paragraph (of 25 words or more) comes before
    // each item: a fact box's label above it heads no section.
    let mut prose = false;
    let prose_before: Vec<bool> = items
        .iter()
        .map(|it| {
            let before = prose;
            if let Item::Para(ls) = it {
                let words = ls
                    .iter()
                    .flat_map(|&l| lines[l].text(text).split_whitespace())
                    .take(PROSE_WORDS)
                    .count();
                // (Or a sentence of ten words: some extracts give one a line.)
                let sentence = ls
                    .last()
                    .is_some_and(|&l| ends_sentence(lines[l].text(text)));
                prose |= words >= PROSE_WORDS || (words >= 10 && sentence);
            }
            before
        })
        .collect();
    let Headline {
        title: title_item,
        label: label_item,
    } = headline::choose(text, &lines, &items, &menus, &cookies);
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Folded { lines: ls, reason } => {
                src.block(&mut b, ls, BlockKind::Folded(*reason));
            }
            Item::Para(ls) => {
                let first = lines[ls[0]].text(text);
                // Widgets and labels between the menus and the headline
                // ("6°C Regen · Groningen", "Nu op Radio Noord: …", "Cultuur
                // & Media"): one-line paragraphs above it, no subheadings.
                let widget = ls.len() == 1 && title_item.is_some_and(|t| k < t);
                if Some(k) == label_item {
                    src.block(&mut b, ls, BlockKind::Folded(FoldReason::SiteNavigation));
                    continue;
                }
                if Some(k) == title_item {
                    meta.title = Some(first.to_string());
                    b.block(BlockKind::Title, lines[ls[0]].content.clone());
                    continue;
                }
                let is_last = last_para == Some(k);
                // A one-line paragraph next to this one (no blank line or
                // fold between them counts: a fact box's lines stand apart).
                let line_of = |k: Option<usize>| match k.and_then(|k| items.get(k)) {
                    Some(Item::Para(ls)) if ls.len() == 1 => Some(lines[ls[0]].text(text)),
                    _ => None,
                };
                let (before, after) = (line_of(k.checked_sub(1)), line_of(Some(k + 1)));
                // "Start: 1998" beside "Schip: MS Zuiderzee": a fact box;
                // "Tekst: … | Foto's: …": credits; a reader's name above the
                // time stamp of a comment.
                let fact = is_key_value(first)
                    && (before.is_some_and(is_key_value) || after.is_some_and(is_key_value));
                let credits =
                    first.split(" | ").filter(|p| is_key_value(p)).count() >= 2 || is_credit(first);
                // "1 PKC/Vertom 9 8 1 16 +41": a table's row, three figures
                // in a row ("380 miljoen euro … in 2026 en 2027" is none).
                let figures = first
                    .split_whitespace()
                    .map(|w| {
                        let w = w.trim_start_matches(['+', '-', '−']);
                        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
                    })
                    .collect::<Vec<bool>>()
                    .windows(3)
                    .any(|w| w.iter().all(|&n| n));
                let above_stamp = after.is_some_and(|a| super::news_date::stamp(a).is_some());
                let under_stamp = k.checked_sub(1).is_some_and(|p| match &items[p] {
                    Item::Para(ls) => ls.iter().any(|&l| {
                        let t = lines[l].text(text);
                        // (A live blog's "17:48" over an entry's heading is
                        // no stamp of the page.)
                        is_byline(t) || super::news_date::stamp(t).is_some()
                    }),
                    Item::Folded { .. } => false,
                });
                // "Faro | FAO | 3x per week | 29 maart 2027", "Omzet\t€ 612
                // mln\t+11%": a table's row; "ASML Holding (ASML) € 812,30
                // -1,1%": a price and its change.
                let row = first.matches(" | ").nth(1).is_some()
                    || first.trim().contains('\t')
                    || first.split_whitespace().last().is_some_and(is_change);
                let subheading = ls.len() == 1
                    && !is_last
                    && !widget
                    && !fact
                    && !credits
                    && !figures
                    && !above_stamp
                    && !row
                    // ("Gezien: 5 november 2026, Koninklijke Schouwburg"
                    // under the byline and date: a review's facts.)
                    && !(is_key_value(first) && under_stamp)
                    && match boxes[ls[0]] {
                        Boxed::No => true,
                        Boxed::Label => prose_before[k],
                        Boxed::Inside => false,
                    }
                    // ("Ja", "Nee": a poll's buttons.)
                    && first.chars().count() > 3
                    && heading_shape(first, 12).is_some()
                    && !is_byline_or_stamp(first)
                    // ("Nieuwsbericht | 14-10-2026", "22-09-2026 | …": a
                    // stamp or a dated teaser.)
                    && super::news_date::stamp(first).is_none();
                if subheading {
                    starts.push(SectionStart {
                        block: b.blocks.len(),
                        level: 1,
                        title: first.to_string(),
                        kind: SectionKind::Heading,
                    });
                    b.block(
                        BlockKind::Heading { level: 1 },
                        lines[ls[0]].content.clone(),
                    );
                    continue;
                }
                if starts.is_empty() {
                    // The opening section takes the title and date above it too.
                    starts.push(SectionStart {
                        block: 0,
                        level: 1,
                        title: "Introduction".into(),
                        kind: SectionKind::Introduction,
                    });
                }
                if ls.len() == 1 && news {
                    let c = lines[ls[0]].content.clone();
                    for (r, fold) in split_inline(&text[c.clone()]) {
                        let range = c.start + r.start..c.start + r.end;
                        let block =
                            b.block(fold.map_or(BlockKind::Paragraph, BlockKind::Folded), range);
                        if fold.is_none() {
                            read_dateline(&b, block, &mut meta);
                        }
                    }
                } else {
                    let block = src.block(&mut b, ls, BlockKind::Paragraph);
                    if news {
                        read_dateline(&b, block, &mut meta);
                    }
                }
            }
        }
    }
    // The page's date: the stamp under its headline, among the lines below
    // the title (or the page's first lines).
    if news && meta.date.is_none() {
        let from = title_item.map_or(0, |k| match &items[k] {
            Item::Para(ls) => ls[0],
            Item::Folded { .. } => 0,
        });
        let near = lines[from..]
            .iter()
            .filter(|l| !l.is_blank())
            .take(STAMP_LINES);
        meta.date = super::news_date::page_date(near.map(|l| l.text(text)));
        // With no stamp under the headline, a masthead's date line above
        // it ("woensdag 16 september 2026", alone on its line: a live
        // blog's page, an edition's date).
        if meta.date.is_none() {
            meta.date = lines[..from]
                .iter()
                .map(|l| l.text(text).trim())
                .filter(|t| !t.is_empty() && !t.contains(['|', '·', '•', '–', '—']))
                .find_map(|t| super::news_date::stamp(t).filter(|s| !s.update))
                .map(|s| s.date);
        }
    }
    finish(kind, meta, b, starts)
}

/// A signed change in percent: "+11%", "-1,1%", "−0.4%".
fn is_change(w: &str) -> bool {
    let Some(rest) = w.strip_prefix(['+', '-', '−']) else {
        return false;
    };
    let Some(number) = rest.strip_suffix('%') else {
        return false;
    };
    !number.is_empty()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The fewest words of an article's paragraph (a byline or a caption has
/// fewer), or of a sentence.
const PROSE_WORDS: usize = 25;

/// How many lines below a news page's title its stamp is looked for.
const STAMP_LINES: usize = 20;

/// A news page's parse from its built clean text and its sections' starts:
/// a page without its own subheadings still gets one section; a page has no
/// footnotes, signatories or pages. (The Markdown reader ends the same way.)
pub(super) fn finish(
    kind: DocKind,
    meta: Meta,
    b: CleanBuilder<'_>,
    mut starts: Vec<SectionStart>,
) -> Parsed {
    if starts.is_empty() && !b.blocks.is_empty() {
        starts.push(SectionStart {
            block: 0,
            level: 1,
            title: "Text".into(),
            kind: SectionKind::Introduction,
        });
    }
    let block_count = b.blocks.len();
    Parsed {
        kind,
        meta,
        clean: b.clean,
        clean_to_text: b.map,
        blocks: b.blocks,
        sections: build(starts, block_count),
        footnotes: Vec::new(),
        signatories: Vec::new(),
        pages: Vec::new(),
    }
}

/// A byline ("Door Sanne Verhoeven en Jeroen Bakkenes") or a time stamp
/// ("Bijgewerkt vr 13 nov 2026 09:12", "18 november 2026 06:12"): no
/// subheading.
pub(super) fn is_byline_or_stamp(t: &str) -> bool {
    let b = t.as_bytes();
    let clock = b.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    is_byline(t)
        // ("Leestijd: 6 minuten", "4 min leestijd": a reading time.)
        || t.starts_with("Leestijd")
        || t.ends_with("leestijd")
        // ("Hockeypapa_073 · 2 uur geleden": a comment's handle and age.)
        || (t.ends_with(" geleden") && t.split_whitespace().nth(8).is_none())
        || ["Bijgewerkt", "Aangepast", "Gepubliceerd", "Geplaatst"]
            .iter()
            .any(|w| t.starts_with(w))
        || clock
}

/// A byline: "Door Sanne Verhoeven", "Door: …", or a review's lowercase
/// "door Floor Mulderije-Kazemi" (a name after it, no sentence: "door de
/// minister" and "door Jan is besloten." are none).
pub(super) fn is_byline(t: &str) -> bool {
    t.starts_with("Door ") || t.starts_with("Door:") || t.strip_prefix("door ").is_some_and(is_name)
}

/// What follows "door" in a byline: a name (capitalised, eight words at
/// most), no sentence.
pub(super) fn is_name(t: &str) -> bool {
    t.starts_with(char::is_uppercase)
        && t.split_whitespace().nth(8).is_none()
        && !t.ends_with(['.', ':', ';'])
}

/// A photo's or a text's credit: "Foto's: Orange Pictures", "Beeld: ANP".
pub(super) fn is_credit(t: &str) -> bool {
    is_key_value(t)
        && t.split_once(':').is_some_and(|(key, _)| {
            matches!(
                key.trim(),
                "Foto" | "Foto's" | "Beeld" | "Tekst" | "Video" | "Bron" | "Illustratie"
            )
        })
}

/// A dateline at the start of `s`: its place (if any) and agency.
fn dateline(s: &str) -> Option<regex::Captures<'_>> {
    DATELINE.captures(s).filter(|c| c[2].chars().count() <= 12)
}

/// The first dateline of the article sets its place and agency.
pub(super) fn read_dateline(b: &CleanBuilder<'_>, block: usize, meta: &mut Meta) {
    if meta.dateline.is_some() {
        return;
    }
    let bl = &b.blocks[block];
    let s = &b.clean[bl.clean.clone()];
    if let Some(c) = dateline(s) {
        let m = c.get(0).unwrap();
        meta.place = c.get(1).map(|p| p.as_str().to_string());
        meta.dateline = Some(Dateline {
            place: meta.place.clone(),
            agency: c[2].to_string(),
            clean: bl.clean.start..bl.clean.start + m.as_str().trim_end().len(),
        });
    }
}

/// Lines broken inside sentences (as in a PDF extract or a wrapped e-mail)
/// rather than one paragraph a line.
fn is_hard_wrapped(text: &str, lines: &[Line]) -> bool {
    let mut pairs = 0;
    let mut run_on = 0;
    for w in lines.windows(2) {
        if w[0].is_blank() || w[1].is_blank() {
            continue;
        }
        pairs += 1;
        let (a, b) = (w[0].text(text), w[1].text(text));
        if a.ends_with('-') || (!ends_sentence(a) && starts_lowercase(b)) {
            run_on += 1;
        }
    }
    pairs > 0 && run_on * 3 >= pairs
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&DATELINE);
    LazyLock::force(&DATE_META);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_changes_in_percent() {
        for w in ["+11%", "-1,1%", "−0.4%", "+21,3%"] {
            assert!(is_change(w), "{w}");
        }
        // Counter-examples: a share, a sign alone, a range, a word.
        for w in ["54%", "+%", "-", "+5-10%", "+ruim%"] {
            assert!(!is_change(w), "{w}");
        }
    }

    #[test]
    fn bylines_and_stamps_are_no_subheadings() {
        assert!(is_byline_or_stamp(
            "Door Sanne Verhoeven en Jeroen Bakkenes"
        ));
        assert!(is_byline_or_stamp("Bijgewerkt vr 13 nov 2026 09:12"));
        assert!(is_byline_or_stamp("18 november 2026 06:12"));
        assert!(is_byline_or_stamp("Hockeypapa_073 · 2 uur geleden"));
        assert!(is_byline_or_stamp("door Floor Mulderije-Kazemi"));
        assert!(!is_byline_or_stamp("door de minister van Financiën"));
        assert!(!is_byline_or_stamp("door Jan is besloten."));
        // Counter-examples: subheadings.
        assert!(!is_byline_or_stamp("Doorbraak in Brussel"));
        assert!(!is_byline_or_stamp(
            "Hoe de ramp van lang geleden nog altijd doorwerkt in het dorp vandaag"
        ));
        assert!(!is_byline_or_stamp("Boeren en vakbond ongerust"));
    }

    #[test]
    fn a_dateline_names_an_agency_of_2_to_12_letters() {
        let c = dateline("DEN HAAG (ANP) - Het kabinet").unwrap();
        assert_eq!((&c[1], &c[2]), ("DEN HAAG", "ANP"));
        assert!(dateline("(Novum) – Het kabinet").is_some());
        assert!(dateline("KIEV (Persbureauxy) - Het").is_some());
        assert!(dateline("KIEV (Persbureauxyz) - Het").is_none());
        assert!(dateline("KIEV (A) - Het").is_none());
    }
}
