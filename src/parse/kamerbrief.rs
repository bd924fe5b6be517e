//! Kamerbrieven (letters to parliament) as extracted from their PDFs.
//!
//! Two layouts are handled. In one (the letter's first line reads "Aan de
//! Voorzitter …", then "Den Haag, <date>"), a page starts with a line that
//! begins with a space. In the other, the ministry's sidebar and "Pagina N van
//! M" footers are interleaved with the text, the letter opens with "Datum …" and
//! "Betreft …" and "Geachte voorzitter,", and headings may be numbered. Both
//! have footnote blocks at page feet, paragraphs broken across pages, and
//! signatories at the end.
use super::boilerplate::{kamerbrief_furniture, value_label};
use super::columns::{letter_lines, split_glued_sidebar};
use super::footnotes;
use super::header_blocks::head_blocks;
use super::heading::{Numbering, heading_shape, inline_heading, numbered_heading};
use super::layout_evidence::{Emphasis, LayoutEvidence};
use super::letter_furniture::{fold_furniture, read_sidebar_meta};
use super::letter_header::read_header;
use super::letter_title::derived_title;
use super::letterspacing::{Squeezed, Vocabulary, squeeze};
use super::note_blocks::{NoteLines, push_notes};
use super::note_end;
use super::page_offsets;
use super::paragraphs::{Grouper, Item, starts_list_item};
use super::reflow::{LineSource, ends_sentence, push_lines, without_glued_marker};
use super::sections::{SectionStart, begin_introduction, build};
use super::signatures::{is_closing, take_signatures};
use super::superscript;
use super::typeset_headings::TypesetHeadings;
use crate::document::builder::CleanBuilder;
use crate::document::lines::Line;
use crate::document::{
    BlockKind, DocKind, FoldReason, Meta, MetaField, Parsed, SectionKind, Signatory,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Blank,
    Body,
    Header(MetaField),
    Folded(FoldReason),
    Note,
}

pub fn parse(text: &str, evidence_of_layout: &LayoutEvidence) -> Parsed {
    let vocab = Vocabulary::of(text);
    let is_furniture = |s: &str| {
        let sq = squeeze(s, &vocab);
        kamerbrief_furniture(s, false).is_some()
            || (sq != s && kamerbrief_furniture(&sq, false).is_some())
            || value_label(&sq)
    };
    let mut layout = letter_lines(text, &is_furniture);
    split_glued_sidebar(text, &mut layout);
    let lines = layout.lines;
    let in_column = layout.in_column;
    let n = lines.len();
    let squeezed = Squeezed::new(text, &lines, &vocab);
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

    let header_end = read_header(text, &lines, &in_column, &squeezed, &mut roles, &mut meta);
    fold_furniture(
        text,
        &lines,
        &in_column,
        &squeezed,
        header_end,
        meta.date.is_some(),
        &mut roles,
    );
    read_sidebar_meta(text, &lines, &in_column, &squeezed, &roles, &mut meta);

    let page_start = page_starts(text, &lines, &roles, &layout.form_feed);
    let mut page_ranges = Vec::new();
    for (k, &s) in page_start.iter().enumerate() {
        page_ranges.push(s..page_start.get(k + 1).copied().unwrap_or(n));
    }
    if page_ranges.is_empty() {
        page_ranges.push(0..n);
    }
    let notes = footnotes::find(text, &lines, &page_ranges, evidence_of_layout, &|k| {
        k >= header_end && roles[k] == Role::Body
    });
    for note in &notes {
        for &k in note.lines.iter().chain(&note.stray_number) {
            roles[k] = Role::Note;
        }
        // An address that ended a note is the sidebar's ("Korte Voorhout 7").
        if let Some(k) = note.ended_by
            && note_end::is_address(lines[k].text(text))
        {
            roles[k] = Role::Folded(FoldReason::Sidebar);
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
    let numbered = |i: usize| numbered_heading(lines[i].text(text), 12);
    let width = body_width(text, &lines, &roles);
    let blank_paragraphs = blank_paragraphs(text, &lines, &roles, header_end);
    // The nearest running-text line before / after a line, across folded
    // lines and notes; None at a blank line (a paragraph boundary).
    let neighbour_line = |i: usize, forward: bool| -> Option<usize> {
        let mut k = i;
        loop {
            if forward {
                k += 1;
                if k >= n {
                    return None;
                }
            } else {
                // A page starts on a new line of thought as far as
                // headings go: the line before it is on another page.
                if k == 0 || k <= header_end || is_page_start[k] {
                    return None;
                }
                k -= 1;
            }
            match roles[k] {
                Role::Body => return Some(k),
                Role::Blank | Role::Header(_) => return None,
                _ => {}
            }
        }
    };
    let neighbour =
        |i: usize, forward: bool| neighbour_line(i, forward).map(|k| lines[k].text(text));
    let mut inline: Vec<bool> = (0..n)
        .map(|i| {
            i >= header_end
                && roles[i] == Role::Body
                && neighbour(i, true).is_some_and(|next| {
                    inline_heading(
                        neighbour(i, false),
                        lines[i].text(text),
                        next,
                        width,
                        blank_paragraphs,
                    )
                })
        })
        .collect();
    // A sub-heading right under a heading ("Russische agressie tegen
    // Oekraïne" / "Geannoteerde agenda"): the heading above ends no sentence,
    // so the line is judged as if it opened a paragraph.
    for i in header_end..n {
        if !inline[i]
            && roles[i] == Role::Body
            && neighbour_line(i, false).is_some_and(|k| inline[k])
            && neighbour(i, true).is_some_and(|next| {
                inline_heading(None, lines[i].text(text), next, width, blank_paragraphs)
            })
        {
            inline[i] = true;
        }
    }
    // From a PDF: lines set apart by their type.
    let typeset = TypesetHeadings {
        text,
        lines: &lines,
        roles: &roles,
        header_end,
        evidence: evidence_of_layout,
    };
    let emphasis = |i: usize| typeset.emphasis(i);
    // The running line after line `i`: the next, or after a blank line the
    // first body line past blanks and folded lines (a page's sidebar, "4.
    // Waterstof" / "" / "Ons kenmerk" / … / "Hynetwork Services, …": the
    // numbered line ends its paragraph).
    let next_running = |i: usize| -> Option<usize> {
        match roles.get(i + 1)? {
            Role::Body => Some(i + 1),
            Role::Blank => (i + 2..n)
                .find(|&k| !matches!(roles[k], Role::Blank | Role::Folded(_)))
                .filter(|&k| roles[k] == Role::Body),
            _ => None,
        }
    };
    let stands_alone = |i: usize| {
        typeset.single(i)
            || inline[i]
            || numbered(i)
                && (i == 0
                    || roles[i - 1] != Role::Body
                    || ends_sentence(without_glued_marker(lines[i - 1].text(text))))
                && next_running(i).is_some_and(|k| {
                    !numbered(k) && lines[k].text(text).starts_with(char::is_uppercase)
                })
    };
    // Whether line `k` stands alone on its line of the text.
    let alone = |k: usize| {
        (k == 0 || text[lines[k - 1].full.end..lines[k].full.start].contains('\n'))
            && lines
                .get(k + 1)
                .is_none_or(|l| text[lines[k].full.end..l.full.start].contains('\n'))
    };
    // A sidebar line alone on the blank line between two paragraphs
    // ("Datum" beside the gap, in `pdftotext -layout`): the line before ends
    // a sentence short of the full width, the line after starts a new one,
    // and no body text stands on the sidebar line's own line. Not where the
    // sidebar's lines fall between the body's one by one (its own line
    // pitch): the line before the paragraph's last is a sidebar line too.
    let sidebar_in_the_gap = |i: usize| {
        let (Some(p), Some(q)) = (neighbour_line(i, false), neighbour_line(i, true)) else {
            return false;
        };
        let (before, after) = (lines[p].text(text).trim(), lines[q].text(text).trim());
        let next_word = after.split_whitespace().next().unwrap_or("");
        p < i
            && i < q
            && !(p > 0 && matches!(roles[p - 1], Role::Folded(_)) && alone(p - 1))
            && text[lines[p].full.end..lines[q].full.start]
                .matches('\n')
                .count()
                >= 2
            && ends_sentence(before)
            && after.starts_with(char::is_uppercase)
            && before.chars().count() + 1 + next_word.chars().count() + 4 <= width
    };
    let mut g = Grouper::new(text, &lines, false);
    let mut wrapped_heading = vec![false; n];
    let mut i = header_end;
    while i < n {
        if is_page_start[i] {
            g.page_break();
        }
        if !is_page_start.get(i + 1).copied().unwrap_or(false) && typeset.wrapped(i) {
            // A heading wrapped over two lines: one paragraph of its own.
            wrapped_heading[i] = true;
            g.close();
            g.body(i);
            g.body(i + 1);
            g.close();
            i += 2;
            continue;
        }
        match roles[i] {
            Role::Blank => g.blank(),
            // The closing formula ("Hoogachtend,") starts the signature.
            Role::Body if is_closing(lines[i].text(text)) => {
                g.close();
                g.body(i);
            }
            Role::Body if stands_alone(i) => {
                g.close();
                g.body(i);
                g.close();
            }
            Role::Body => g.body(i),
            Role::Folded(r) => {
                if sidebar_in_the_gap(i) {
                    g.close();
                }
                g.folded(i, r)
            }
            Role::Note | Role::Header(_) => {}
        }
        i += 1;
    }
    let mut items = g.finish();
    let (closing, signatures) = take_signatures(text, &lines, &mut items);

    let src = LineSource::new(text, &lines);
    let evidence = &src.evidence;
    let mut b = CleanBuilder::new(text);
    let mut starts: Vec<SectionStart> = Vec::new();

    for block in head_blocks(&roles, &in_column, header_end) {
        if starts.is_empty() {
            starts.push(SectionStart {
                block: 0,
                level: 1,
                title: "Header".into(),
                kind: SectionKind::Header,
            });
        }
        let group: Vec<&Line> = block.lines.iter().map(|&k| &lines[k]).collect();
        b.begin_block();
        push_lines(&mut b, text, &group, evidence, &[]);
        b.end_block(match block.role {
            Role::Header(f) => BlockKind::Metadata(f),
            Role::Folded(r) => BlockKind::Folded(r),
            _ => unreachable!("a head block is a field or folded"),
        });
    }

    let mut numeric_level = 0u8;
    // A bold heading was seen: italic ones after it are the level under it.
    let mut under_bold = false;
    let last_para = items.iter().rposition(|it| matches!(it, Item::Para(_)));
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Folded { lines: ls, reason } => {
                src.block(&mut b, ls, BlockKind::Folded(*reason));
            }
            Item::Para(ls) => {
                let wrapped = ls.len() == 2 && wrapped_heading[ls[0]];
                let title = if wrapped {
                    format!(
                        "{} {}",
                        lines[ls[0]].text(text).trim(),
                        lines[ls[1]].text(text).trim()
                    )
                } else {
                    lines[ls[0]].text(text).to_string()
                };
                let first = title.as_str();
                // A line alone only because a list starts under it is the
                // list's lead-in or label unless it stands alone on its own.
                let before_list = matches!(items.get(k + 1),
                    Some(Item::Para(next)) if starts_list_item(lines[next[0]].text(text)));
                let heading = if wrapped {
                    heading_shape(first, 16)
                } else {
                    (ls.len() == 1
                        && (Some(k) != last_para || inline[ls[0]])
                        && (!before_list || stands_alone(ls[0])))
                    .then(|| heading_shape(first, 12))
                    .flatten()
                };
                let block_index = b.blocks.len();
                if let Some(numbering) = heading {
                    let level = match numbering {
                        // Italic headings under bold ones, as letters set them.
                        Numbering::None
                            if emphasis(ls[0]) == Some(Emphasis::Italic) && under_bold =>
                        {
                            2
                        }
                        Numbering::None => {
                            under_bold |= emphasis(ls[0]) == Some(Emphasis::Bold);
                            1
                        }
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
                    src.block(&mut b, ls, BlockKind::Heading { level });
                } else {
                    begin_introduction(&mut starts, block_index);
                    src.block_with(&mut b, ls, &replacements, BlockKind::Paragraph);
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
        src.block(&mut b, &ls, BlockKind::Metadata(MetaField::Closing));
    }
    for sig in signatures {
        // Stacked roles and names: one block a person, role then name.
        let groups = sig.per_person(text, &lines);
        let mut blocks = Vec::new();
        for g in &groups {
            let group: Vec<&Line> = g.iter().map(|&l| &lines[l]).collect();
            b.begin_block();
            push_lines(&mut b, text, &group, evidence, &[]);
            blocks.push(b.end_block(BlockKind::Signature));
        }
        for (i, (name, role)) in sig.people.into_iter().enumerate() {
            let block = blocks[i.min(blocks.len() - 1)];
            signatories.push(Signatory { name, role, block });
        }
    }
    if meta.sender.is_none() {
        meta.sender = signatories.iter().find_map(|s| {
            let (_, ministry) = s.role.split_once(" van ")?;
            Some(format!("Ministerie van {}", ministry.trim()))
        });
    }
    if meta.title.is_none() {
        meta.title = Some(derived_title(
            &signatories,
            meta.sender.as_deref(),
            meta.date.as_ref(),
        ));
    }

    let note_lines: Vec<NoteLines<'_>> = notes
        .iter()
        .map(|n| NoteLines {
            number: n.number,
            // (pdftotext may print a page's first numbers after the notes:
            // the number, wherever it stands, opens its note's block.)
            lead: n.stray_number,
            lines: &n.lines,
            marker: n.marker.clone(),
        })
        .collect();
    let footnotes = push_notes(&mut b, text, &lines, &note_lines, evidence, &mut starts);

    let block_count = b.blocks.len();
    let pages = page_offsets(&lines, &page_start);
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

/// The width of a full line of running text, in characters: lines that end
/// well short of it were ended on purpose.
fn body_width(text: &str, lines: &[Line], roles: &[Role]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| **r == Role::Body)
        .map(|(l, _)| l.text(text).chars().count())
        .filter(|&w| w >= 20)
        .collect();
    if widths.is_empty() {
        return 80;
    }
    widths.sort_unstable();
    widths[widths.len() * 9 / 10]
}

/// Whether the text sets paragraphs apart with blank lines: most lines that
/// end a sentence are followed by one (pdftotext and some extractors print
/// none, `pdftotext -layout` and hand-made texts do).
fn blank_paragraphs(text: &str, lines: &[Line], roles: &[Role], from: usize) -> bool {
    let (mut ends, mut blank_after) = (0, 0);
    for i in from..lines.len().saturating_sub(1) {
        if roles[i] == Role::Body && ends_sentence(lines[i].text(text)) {
            ends += 1;
            blank_after += usize::from(lines[i + 1].is_blank());
        }
    }
    ends > 0 && blank_after * 2 >= ends
}

/// Line indices where pages start (the first is 0): form feeds where the
/// extractor wrote them; else "Pagina N van M" footers end pages; else a line
/// that begins with white space starts one, as long as such lines are rare (in
/// an indented text they mean nothing).
fn page_starts(text: &str, lines: &[Line], roles: &[Role], form_feed: &[bool]) -> Vec<usize> {
    let mut starts = vec![0];
    if form_feed.iter().any(|&f| f) {
        for (i, &f) in form_feed.iter().enumerate().skip(1) {
            if f {
                // A page that starts with an empty line starts at its text.
                // (A form feed after the last page starts none.)
                if let Some(at) = (i..lines.len()).find(|&k| !lines[k].is_blank())
                    && starts.last() != Some(&at)
                {
                    starts.push(at);
                }
            }
        }
        let _ = text;
        return starts;
    }
    let footers: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Folded(FoldReason::PageFooter))
        .collect();
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
