//! Kamerbrieven (letters to parliament) as extracted from their PDFs.
//!
//! Two layouts are handled. In one (the letter's first line reads "Aan de
//! Voorzitter …", then "Den Haag, <date>"), a page starts with a line that
//! begins with a space. In the other, the ministry's sidebar and "Pagina N van
//! M" footers are interleaved with the text, the letter opens with "Datum …" and
//! "Betreft …" and "Geachte voorzitter,", and headings may be numbered. Both
//! have footnote blocks at page feet, paragraphs broken across pages, and
//! signatories at the end.

use super::boilerplate::kamerbrief_furniture;
use super::footnotes::{self, FoundNote};
use super::heading::{Numbering, heading_shape};
use super::paragraphs::{Grouper, Item};
use super::reflow::{HyphenEvidence, ends_sentence, push_lines};
use super::sections::{SectionStart, build};
use super::superscript;
use crate::document::builder::CleanBuilder;
use crate::document::lines::{Line, split_lines};
use crate::document::{
    BlockKind, DocDate, DocKind, FoldReason, Footnote, Meta, MetaField, Parsed, SectionKind,
    Signatory,
};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    Body,
    Header(MetaField),
    Folded(FoldReason),
    Note,
}

static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L}'’. \-]{1,40}),\s+(\d{1,2}\s+\p{L}+\s+\d{4})$").unwrap()
});
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(minister|staatssecretaris|minister-president|premier|directeur|secretaris-generaal|voorzitter)\b")
        .unwrap()
});
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:mr|dr|drs|ir|ing|prof|mw|dhr)\.\s*)*(?:(?:\p{Lu}\.)+\s?(?:\p{Lu}[\p{L}'’\-]+\s)?|\p{Lu}[\p{L}'’\-]+\s+)(?:(?:van|de|der|den|ten|ter|von|la|le|du|in 't)\s+)*\p{Lu}[\p{L}'’\-]+(?:-\p{Lu}[\p{L}'’\-]+)*$",
    )
    .unwrap()
});

pub fn parse(text: &str) -> Parsed {
    let lines = split_lines(text);
    let n = lines.len();
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| {
            if l.is_blank() {
                Role::Blank
            } else {
                Role::Body
            }
        })
        .collect();
    let mut meta = Meta::default();

    let header_end = read_header(text, &lines, &mut roles, &mut meta);
    for i in header_end..n {
        if roles[i] == Role::Body
            && let Some(r) = kamerbrief_furniture(lines[i].text(text), meta.date.is_some())
        {
            roles[i] = Role::Folded(r);
        }
    }

    let page_start = page_starts(&lines, &roles);
    let mut page_ranges = Vec::new();
    for (k, &s) in page_start.iter().enumerate() {
        page_ranges.push(s..page_start.get(k + 1).copied().unwrap_or(n));
    }
    if page_ranges.is_empty() {
        page_ranges.push(0..n);
    }
    let notes = footnotes::find(text, &lines, &page_ranges, &|k| {
        k >= header_end && roles[k] == Role::Body
    });
    for note in &notes {
        for &k in &note.lines {
            roles[k] = Role::Note;
        }
    }
    let replacements: Vec<(std::ops::Range<usize>, String)> = notes
        .iter()
        .filter_map(|n| n.marker.clone().map(|m| (m, superscript(n.number))))
        .collect();

    let mut is_page_start = vec![false; n];
    for &s in page_start.iter().skip(1) {
        is_page_start[s] = true;
    }
    // A numbered heading ("2.1 Uitvoering", "a) Handhaving") stands alone even
    // when no blank line separates it from the text under it.
    let numbered = |i: usize| {
        matches!(
            heading_shape(lines[i].text(text), 12),
            Some(Numbering::Numeric(_) | Numbering::Letter)
        )
    };
    let stands_alone = |i: usize| {
        numbered(i)
            && (i == 0 || roles[i - 1] != Role::Body || ends_sentence(lines[i - 1].text(text)))
            && i + 1 < n
            && roles[i + 1] == Role::Body
            && !numbered(i + 1)
            && lines[i + 1]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    let mut g = Grouper::new(text, &lines, false);
    for i in header_end..n {
        if is_page_start[i] {
            g.page_break();
        }
        match roles[i] {
            Role::Blank => g.blank(),
            Role::Body if stands_alone(i) => {
                g.close();
                g.body(i);
                g.close();
            }
            Role::Body => g.body(i),
            Role::Folded(r) => g.folded(i, r),
            Role::Note | Role::Header(_) => {}
        }
    }
    let mut items = g.finish();
    let (closing, signatures) = take_signatures(text, &lines, &mut items);

    let evidence = HyphenEvidence::collect(text, &lines);
    let mut b = CleanBuilder::new(text);
    let mut starts: Vec<SectionStart> = Vec::new();

    // Header blocks: consecutive lines of one field form one block.
    let mut i = 0;
    while i < header_end {
        let role = roles[i];
        if role == Role::Blank || role == Role::Body {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < header_end
            && roles[j] == role
            && matches!(role, Role::Header(MetaField::Addressee) | Role::Folded(_))
        {
            j += 1;
        }
        let group: Vec<&Line> = lines[i..j].iter().collect();
        if starts.is_empty() {
            starts.push(SectionStart {
                block: 0,
                level: 1,
                title: "Header".into(),
                kind: SectionKind::Header,
            });
        }
        b.begin_block();
        push_lines(&mut b, text, &group, &evidence, &[]);
        b.end_block(match role {
            Role::Header(f) => BlockKind::Metadata(f),
            Role::Folded(r) => BlockKind::Folded(r),
            _ => unreachable!(),
        });
        i = j;
    }

    let mut numeric_level = 0u8;
    let last_para = items.iter().rposition(|it| matches!(it, Item::Para(_)));
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Folded { lines: ls, reason } => {
                let group: Vec<&Line> = ls.iter().map(|&l| &lines[l]).collect();
                b.begin_block();
                push_lines(&mut b, text, &group, &evidence, &[]);
                b.end_block(BlockKind::Folded(*reason));
            }
            Item::Para(ls) => {
                let first = lines[ls[0]].text(text);
                let heading = (ls.len() == 1 && Some(k) != last_para)
                    .then(|| heading_shape(first, 12))
                    .flatten();
                let block_index = b.blocks.len();
                if let Some(numbering) = heading {
                    let level = match numbering {
                        Numbering::None => 1,
                        Numbering::Numeric(d) => {
                            numeric_level = d;
                            d
                        }
                        Numbering::Letter => numeric_level.max(1) + 1,
                    };
                    starts.push(SectionStart {
                        block: block_index,
                        level,
                        title: first.to_string(),
                        kind: SectionKind::Heading,
                    });
                    b.block(BlockKind::Heading { level }, lines[ls[0]].content.clone());
                } else {
                    if !starts.iter().any(|s| s.kind != SectionKind::Header) {
                        starts.push(SectionStart {
                            block: block_index,
                            level: 1,
                            title: "Introduction".into(),
                            kind: SectionKind::Introduction,
                        });
                    }
                    let group: Vec<&Line> = ls.iter().map(|&l| &lines[l]).collect();
                    b.begin_block();
                    push_lines(&mut b, text, &group, &evidence, &replacements);
                    b.end_block(BlockKind::Paragraph);
                }
            }
        }
    }

    let mut signatories = Vec::new();
    if closing.is_some() || !signatures.is_empty() {
        starts.push(SectionStart {
            block: b.blocks.len(),
            level: 1,
            title: "Signatories".into(),
            kind: SectionKind::Signatures,
        });
    }
    if let Some(ls) = closing {
        let group: Vec<&Line> = ls.iter().map(|&l| &lines[l]).collect();
        b.begin_block();
        push_lines(&mut b, text, &group, &evidence, &[]);
        b.end_block(BlockKind::Metadata(MetaField::Closing));
    }
    for (role_lines, name_line) in signatures {
        let mut group: Vec<&Line> = role_lines.iter().map(|&l| &lines[l]).collect();
        group.push(&lines[name_line]);
        b.begin_block();
        push_lines(&mut b, text, &group, &evidence, &[]);
        let block = b.end_block(BlockKind::Signature);
        let role = role_lines
            .iter()
            .map(|&l| lines[l].text(text))
            .collect::<Vec<_>>()
            .join(" ");
        let role = role.trim_end_matches(',').trim();
        let role = role
            .strip_prefix("De ")
            .or_else(|| role.strip_prefix("de "))
            .unwrap_or(role);
        signatories.push(Signatory {
            name: lines[name_line].text(text).to_string(),
            role: role.to_string(),
            block,
        });
    }

    let mut footnotes = Vec::new();
    if !notes.is_empty() {
        starts.push(SectionStart {
            block: b.blocks.len(),
            level: 1,
            title: "Footnotes".into(),
            kind: SectionKind::Footnotes,
        });
    }
    for note in &notes {
        let group: Vec<&Line> = note.lines.iter().map(|&l| &lines[l]).collect();
        b.begin_block();
        push_lines(&mut b, text, &group, &evidence, &[]);
        let block = b.end_block(BlockKind::Footnote {
            number: note.number,
        });
        footnotes.push(Footnote {
            number: note.number,
            block,
            marker: None,
        });
    }
    locate_markers(&b, &notes, &mut footnotes);

    let block_count = b.blocks.len();
    let pages = if page_start.len() > 1 {
        page_start.iter().map(|&l| lines[l].full.start).collect()
    } else {
        Vec::new()
    };
    Parsed {
        kind: DocKind::Kamerbrief,
        meta,
        clean: b.clean,
        clean_to_text: b.map,
        blocks: b.blocks,
        sections: build(starts, block_count),
        footnotes,
        signatories,
        pages,
    }
}

/// Reads the letter's head: addressee, place and date, subject, salutation.
/// Returns the first line after it.
fn read_header(text: &str, lines: &[Line], roles: &mut [Role], meta: &mut Meta) -> usize {
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() {
            i += 1;
            continue;
        }
        let t = lines[i].text(text);
        if t.starts_with("Aan de ") || t == "Aan" || t.starts_with("Aan:") {
            let mut j = i;
            let mut parts = Vec::new();
            // The postal address under the addressee ("Binnenhof 4", "2513 AA
            // Den Haag") stays in the block but is not part of the name.
            let mut address = false;
            while j < lines.len() && !lines[j].is_blank() {
                let tj = lines[j].text(text);
                if j > i
                    && (PLACE_DATE.is_match(tj)
                        || tj.starts_with("Datum")
                        || tj.starts_with("Betreft"))
                {
                    break;
                }
                roles[j] = Role::Header(MetaField::Addressee);
                address = address || (j > i && kamerbrief_furniture(tj, false).is_some());
                if !address {
                    parts.push(tj);
                }
                j += 1;
            }
            meta.addressee = Some(parts.join(" "));
            i = j;
            continue;
        }
        if let Some(c) = PLACE_DATE.captures(t)
            && let Some((date, _)) = DocDate::find_dutch(&c[2])
        {
            roles[i] = Role::Header(MetaField::PlaceDate);
            meta.place = Some(c[1].to_string());
            meta.date = Some(date);
        } else if let Some(rest) = t.strip_prefix("Datum") {
            match DocDate::find_dutch(rest) {
                Some((date, _)) if meta.date.is_none() => {
                    roles[i] = Role::Header(MetaField::Date);
                    meta.date = Some(date);
                }
                _ => roles[i] = Role::Folded(FoldReason::Sidebar),
            }
        } else if let Some(rest) = t
            .strip_prefix("Betreft")
            .or_else(|| t.strip_prefix("Onderwerp"))
        {
            roles[i] = Role::Header(MetaField::Subject);
            let subject = rest.trim_start_matches(':').trim();
            if !subject.is_empty() {
                meta.title = Some(subject.to_string());
            }
        } else if t.starts_with("Geachte ") && t.ends_with(',') {
            roles[i] = Role::Header(MetaField::Salutation);
            return i + 1;
        } else if let Some(r) = kamerbrief_furniture(t, meta.date.is_some()) {
            roles[i] = Role::Folded(r);
        } else {
            return i;
        }
        i += 1;
    }
    i
}

/// Line indices where pages start (the first is 0). "Pagina N van M" footers
/// end pages where present; otherwise a line that begins with white space starts
/// one, as long as such lines are rare (in an indented text they mean nothing).
fn page_starts(lines: &[Line], roles: &[Role]) -> Vec<usize> {
    let footers: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Folded(FoldReason::PageFooter))
        .collect();
    let mut starts = vec![0];
    if !footers.is_empty() {
        for f in footers {
            if let Some(next) = (f + 1..lines.len()).find(|&k| !lines[k].is_blank()) {
                starts.push(next);
            }
        }
        return starts;
    }
    let content = lines.iter().filter(|l| !l.is_blank()).count();
    let indented: Vec<usize> = (1..lines.len()).filter(|&i| lines[i].indented).collect();
    if !indented.is_empty() && indented.len() * 10 <= content {
        starts.extend(indented);
    }
    starts
}

/// Takes the signatures (role lines ending in a comma, then a name) and the
/// closing formula off the end of the body.
#[allow(clippy::type_complexity)]
fn take_signatures(
    text: &str,
    lines: &[Line],
    items: &mut Vec<Item>,
) -> (Option<Vec<usize>>, Vec<(Vec<usize>, usize)>) {
    let mut sigs = Vec::new();
    let mut closing = None;
    let mut k = items.len();
    while k > 0 {
        k -= 1;
        let Item::Para(ls) = &items[k] else { continue };
        let is_role = |role_lines: &[usize]| {
            let role_text = role_lines
                .iter()
                .map(|&l| lines[l].text(text))
                .collect::<Vec<_>>()
                .join(" ");
            role_text.ends_with(',')
                && role_text.split_whitespace().count() <= 16
                && ROLE.is_match(&role_text)
        };
        let name = *ls.last().unwrap();
        let is_name = NAME.is_match(lines[name].text(text));
        if ls.len() >= 2 && is_name && is_role(&ls[..ls.len() - 1]) {
            sigs.push((ls[..ls.len() - 1].to_vec(), name));
            items.remove(k);
            continue;
        }
        // The name alone, after the white space left for the signature: its
        // role is the paragraph before (folded page furniture may lie between).
        if ls.len() == 1
            && is_name
            && let Some(p) = (0..k).rev().find(|&j| matches!(items[j], Item::Para(_)))
            && let Item::Para(role_lines) = &items[p]
            && is_role(role_lines)
        {
            sigs.push((role_lines.clone(), name));
            items.remove(k);
            items.remove(p);
            k = p;
            continue;
        }
        if ls.len() == 1 && !sigs.is_empty() {
            let t = lines[ls[0]].text(text);
            if t.ends_with(',') && t.split_whitespace().count() <= 4 {
                closing = Some(ls.clone());
                items.remove(k);
            }
        }
        break;
    }
    sigs.reverse();
    (closing, sigs)
}

/// Finds each marker's place in the clean text: the superscript that replaced it.
fn locate_markers(b: &CleanBuilder<'_>, notes: &[FoundNote], footnotes: &mut [Footnote]) {
    for (note, fnote) in notes.iter().zip(footnotes.iter_mut()) {
        let Some(m) = &note.marker else { continue };
        let Some(block) = b.blocks.iter().find(|bl| {
            bl.text.start <= m.start
                && m.end <= bl.text.end
                && !matches!(bl.kind, BlockKind::Footnote { .. })
        }) else {
            continue;
        };
        if let Some(at) = b.map.derived_for_source(m.start, block.clean.clone()) {
            let len = superscript(note.number).len();
            fnote.marker = Some(at..at + len);
        }
    }
}
