//! Kamervragen: written questions of members of the Tweede Kamer with the
//! government's answers, as published in the "Aanhangsel van de Handelingen"
//! (and as ministries send them: numbered questions, "Antwoord" before each
//! answer). The head (masthead, "Vragen van …", "Antwoord van …") becomes
//! metadata blocks and [`KamervragenMeta`]; every question is a level-1 section
//! titled with its first words, its answer a level-2 section under it, numbered
//! headings inside an answer level 3. Page furniture is folded, paragraphs are
//! rejoined across pages, and footnotes are linked to their markers.

use super::kamervragen_furniture as furniture;
use super::kamervragen_meta as meta;
use super::kamervragen_notes as notes;
use super::kamervragen_qa::{self as qa, Label, LabelKind};
use super::name_hyphen::joins_surnames;
use super::note_blocks::{NoteLines, push_notes};
use super::page_offsets;
use super::paragraphs::{Grouper, Item};
use super::reflow::{LineSource, ends_sentence};
use super::sections::{SectionStart, begin_introduction, build};
use super::superscript;
use crate::document::builder::CleanBuilder;
use crate::document::lines::{Line, split_lines};
use crate::document::{
    BlockKind, DocKind, FoldReason, KamervragenMeta, Meta, MetaField, Parsed, SectionKind,
    first_words,
};

pub fn parse(text: &str) -> Parsed {
    let raw_lines = split_lines(text);
    let raw_furniture = furniture::mark(text, &raw_lines);
    let found = qa::find(text, &raw_lines, &|i| !raw_furniture[i]);
    let (lines, labels) = split_at_labels(&raw_lines, found);
    let n = lines.len();
    let furn = furniture::mark(text, &lines);
    let mut label_at: Vec<Option<usize>> = vec![None; n];
    for (k, l) in labels.iter().enumerate() {
        label_at[l.line] = Some(k);
    }

    let head = read_head(text, &lines, &furn, labels.first().map_or(n, |l| l.line));
    let body_start = if head.questions.is_some() {
        head.end
    } else {
        0
    };

    let page_start = furniture::page_starts(text, &lines, &furn);
    let page_ranges: Vec<std::ops::Range<usize>> = page_start
        .iter()
        .enumerate()
        .map(|(k, &s)| s..page_start.get(k + 1).copied().unwrap_or(n))
        .collect();
    let is_text = |k: usize| k >= body_start && !furn[k] && label_at[k].is_none();
    let found_notes = notes::find(text, &lines, &page_ranges, &is_text, &|k| {
        label_at[k].is_some()
    });
    let mut note_line = vec![false; n];
    for note in &found_notes {
        for &k in note.lines.iter().chain(note.number_line.iter()) {
            note_line[k] = true;
        }
    }
    let replacements: Vec<(std::ops::Range<usize>, String)> = found_notes
        .iter()
        .filter_map(|n| n.marker.clone().map(|m| (m, superscript(n.number))))
        .collect();

    // Numbered headings inside answers.
    let mut sub_end: Vec<Option<usize>> = vec![None; n];
    for (k, l) in labels.iter().enumerate() {
        if l.kind != LabelKind::Answer {
            continue;
        }
        let end = labels[k + 1..]
            .iter()
            .find(|x| x.kind == LabelKind::Question)
            .map_or(n, |x| x.line);
        for (s, e) in qa::answer_headings(text, &lines, l.line + 1..end, &|i| {
            is_text(i) && !note_line[i]
        }) {
            sub_end[s] = Some(e);
        }
    }

    // Paragraphs. pdftotext leaves no blank line between paragraphs, so a short
    // line that ends a sentence ends its paragraph too.
    let width = typical_width(text, &lines, &|k| is_text(k) && !note_line[k]);
    let short_end = |k: usize| {
        let t = lines[k].text(text);
        // A footnote marker may follow the full stop: "zoeken.3".
        let unmarked = t.trim_end_matches(|c: char| c.is_ascii_digit());
        (ends_sentence(t) || unmarked.ends_with(['.', '?', '!']))
            && t.chars().count() * 10 < width * 7
    };
    let mut is_page_start = vec![false; n];
    for &s in page_start.iter().skip(1) {
        is_page_start[s] = true;
    }
    let mut g = Grouper::new(text, &lines, false);
    let mut prev: Option<usize> = None;
    let mut i = body_start;
    while i < n {
        if is_page_start[i] {
            g.page_break();
        }
        if lines[i].is_blank() {
            g.blank();
        } else if furn[i] {
            g.folded(i, FoldReason::PageFooter);
        } else if note_line[i] || (i < head.end && head.questions.is_some()) {
        } else if label_at[i].is_some() {
            g.close();
            g.body(i);
            g.close();
            prev = None;
        } else if let Some(e) = sub_end[i] {
            g.close();
            for k in i..=e {
                g.body(k);
            }
            g.close();
            prev = None;
            i = e;
        } else {
            if prev.is_some_and(short_end) {
                g.close();
            }
            g.body(i);
            prev = Some(i);
        }
        i += 1;
    }
    let items = g.finish();

    let src = LineSource::new(text, &lines);
    let evidence = &src.evidence;
    let mut b = CleanBuilder::new(text);
    let mut starts: Vec<SectionStart> = Vec::new();
    let mut kv: KamervragenMeta;
    if let Some(q) = &head.questions {
        starts.push(SectionStart {
            block: 0,
            level: 1,
            title: "Header".into(),
            kind: SectionKind::Header,
        });
        let masthead: Vec<usize> = (0..q.start).filter(|&k| !lines[k].is_blank()).collect();
        // The masthead's lines in blocks as the page sets them apart: a
        // blank line or a furniture line (folded on its own) ends a block,
        // and a number alone on its line at the right margin (the part
        // number "2", which `pdftotext -layout` puts between "Tweede Kamer
        // der Staten-Generaal" and "Vergaderjaar …") is a block of its own.
        let kind = BlockKind::Metadata(MetaField::Masthead);
        let mut run: Vec<usize> = Vec::new();
        for k in 0..=q.start {
            let ends_run = k == q.start || lines[k].is_blank() || furn[k];
            let alone = !ends_run && at_right_margin(text, &lines[k]);
            if !ends_run && !alone {
                run.push(k);
                continue;
            }
            emit(&mut b, &src, &run, kind);
            run.clear();
            if alone {
                emit(&mut b, &src, &[k], kind);
            } else if k < q.start && furn[k] && !lines[k].is_blank() {
                let folded = BlockKind::Folded(FoldReason::PageFooter);
                emit(&mut b, &src, &[k], folded);
            }
        }
        let answer = head.answer.clone().unwrap_or(head.end..head.end);
        let part = |r: std::ops::Range<usize>| -> Vec<usize> {
            r.filter(|&k| !lines[k].is_blank() && !furn[k]).collect()
        };
        emit(
            &mut b,
            &src,
            &part(q.clone()),
            BlockKind::Metadata(MetaField::Questions),
        );
        emit(
            &mut b,
            &src,
            &part(answer.clone()),
            BlockKind::Metadata(MetaField::Answer),
        );
        let folded: Vec<usize> = (q.start..head.end).filter(|&k| furn[k]).collect();
        emit(
            &mut b,
            &src,
            &folded,
            BlockKind::Folded(FoldReason::PageFooter),
        );
        kv = meta::read(
            &joined(text, &lines, &masthead),
            &joined(text, &lines, &part(q.clone())),
            &joined(text, &lines, &part(answer)),
        );
        kv.number = masthead
            .iter()
            .rev()
            .map(|&k| lines[k].text(text))
            .find(|t| t.len() >= 2 && t.len() <= 6 && t.bytes().all(|c| c.is_ascii_digit()))
            .map(str::to_string);
    } else {
        let first: Vec<usize> = (0..n.min(80)).filter(|&k| !furn[k]).collect();
        let all = joined(text, &lines, &first);
        kv = meta::read(&all, &all, &all);
    }
    kv.document_id = (0..n)
        .filter(|&k| furn[k])
        .find_map(|k| furniture::document_id(lines[k].text(text)))
        .map(str::to_string);
    if kv.number.is_none() {
        kv.number = kv
            .document_id
            .as_deref()
            .and_then(|d| d.rsplit('-').next())
            .map(str::to_string);
    }

    let mut pending_title: Option<(usize, String)> = None;
    for item in &items {
        match item {
            Item::Folded { lines: ls, reason } => {
                emit(&mut b, &src, ls, BlockKind::Folded(*reason));
            }
            Item::Para(ls) => {
                let block = b.blocks.len();
                if let Some(k) = label_at[ls[0]] {
                    let l = &labels[k];
                    let (level, title) = match l.kind {
                        LabelKind::Question if l.printed.starts_with("Vra") => {
                            (1, l.printed.clone())
                        }
                        LabelKind::Question => (1, format!("Vraag {}", l.number)),
                        LabelKind::Answer if l.printed.chars().any(|c| c.is_ascii_digit()) => {
                            (2, l.printed.clone())
                        }
                        LabelKind::Answer => (2, format!("Antwoord {}", l.number)),
                    };
                    if l.kind == LabelKind::Question {
                        pending_title = Some((starts.len(), title.clone()));
                    }
                    starts.push(SectionStart {
                        block,
                        level,
                        title,
                        kind: SectionKind::Heading,
                    });
                    emit(&mut b, &src, ls, BlockKind::Heading { level });
                } else if sub_end[ls[0]].is_some() {
                    starts.push(SectionStart {
                        block,
                        level: 3,
                        title: joined(text, &lines, ls),
                        kind: SectionKind::Heading,
                    });
                    emit(&mut b, &src, ls, BlockKind::Heading { level: 3 });
                } else {
                    begin_introduction(&mut starts, block);
                    src.block_with(&mut b, ls, &replacements, BlockKind::Paragraph);
                    if let Some((at, label)) = pending_title.take() {
                        let words = first_words(&b.clean[b.blocks[block].clean.clone()], 8);
                        starts[at].title = format!("{label}: {words}");
                    }
                }
            }
        }
    }

    let note_lines: Vec<NoteLines<'_>> = found_notes
        .iter()
        .map(|n| NoteLines {
            number: n.number,
            lead: n.number_line.filter(|nl| !n.lines.contains(nl)),
            lines: &n.lines,
            marker: n.marker.clone(),
        })
        .collect();
    let footnotes = push_notes(&mut b, text, &lines, &note_lines, evidence, &mut starts);

    let block_count = b.blocks.len();
    let pages = page_offsets(&lines, &page_start);
    make_inert(&mut kv);
    let meta = Meta {
        title: kv
            .subject
            .as_deref()
            .map(|s| questions_title(&kv.questioners, s)),
        subject: kv.subject.clone(),
        date: kv.date_answered.or(kv.date_submitted),
        kamervragen: Some(kv),
        ..Meta::default()
    };
    Parsed {
        kind: DocKind::Kamervragen,
        meta,
        clean: b.clean,
        clean_to_text: b.map,
        blocks: b.blocks,
        sections: build(starts, block_count),
        footnotes,
        signatories: Vec::new(),
        pages,
    }
}

/// Where the head's parts are: the "Vragen van …" sentence and the "Antwoord
/// van …" sentence after it (line ranges), and the first line after the head.
struct Head {
    questions: Option<std::ops::Range<usize>>,
    answer: Option<std::ops::Range<usize>>,
    end: usize,
}

fn read_head(text: &str, lines: &[Line], furn: &[bool], first_label: usize) -> Head {
    let content = |k: usize| !lines[k].is_blank() && !furn[k];
    let qi = (0..first_label.min(lines.len()))
        .find(|&k| content(k) && lines[k].text(text).starts_with("Vragen van "));
    let Some(qi) = qi else {
        return Head {
            questions: None,
            answer: None,
            end: 0,
        };
    };
    // Without labels the head ends at the first blank line after the answer
    // sentence (or the questions sentence).
    let ai = (qi + 1..first_label.min(lines.len())).find(|&k| {
        content(k) && {
            let t = lines[k].text(text);
            t.starts_with("Antwoord") || t.starts_with("Mededeling")
        }
    });
    let end = if first_label < lines.len() {
        first_label
    } else {
        let from = ai.unwrap_or(qi);
        (from..lines.len())
            .find(|&k| lines[k].is_blank())
            .unwrap_or(lines.len())
    };
    Head {
        questions: Some(qi..ai.unwrap_or(end)),
        answer: ai.map(|a| a..end),
        end,
    }
}

/// Splits every label line that carries text after the label ("Vraag 3: Bent
/// u …", "1. Bent u …") into the label and a line with the text.
fn split_at_labels(raw: &[Line], found: Vec<Label>) -> (Vec<Line>, Vec<Label>) {
    let mut lines = Vec::with_capacity(raw.len() + found.len());
    let mut labels = Vec::with_capacity(found.len());
    let mut next = found.into_iter().peekable();
    for (i, l) in raw.iter().enumerate() {
        let Some(label) = next.next_if(|x| x.line == i) else {
            lines.push(l.clone());
            continue;
        };
        match label.rest {
            Some(rest) if rest > l.content.start && rest < l.content.end => {
                let label_end = l.content.start + label.printed.len().min(rest - l.content.start);
                lines.push(Line {
                    full: l.full.start..rest,
                    content: l.content.start..label_end,
                    indented: l.indented,
                });
                labels.push(Label {
                    line: lines.len() - 1,
                    ..label
                });
                lines.push(Line {
                    full: rest..l.full.end,
                    content: rest..l.content.end,
                    indented: false,
                });
            }
            _ => {
                lines.push(l.clone());
                labels.push(Label {
                    line: lines.len() - 1,
                    ..label
                });
            }
        }
    }
    (lines, labels)
}

/// The width of a full line of running text, in characters (a high quantile,
/// so the short last lines of paragraphs stand out).
fn typical_width(text: &str, lines: &[Line], is_text: &dyn Fn(usize) -> bool) -> usize {
    let mut w: Vec<usize> = (0..lines.len())
        .filter(|&k| is_text(k) && !lines[k].is_blank())
        .map(|k| lines[k].text(text).chars().count())
        .collect();
    if w.len() < 8 {
        return 0; // too little text to tell: never break on length
    }
    w.sort_unstable();
    w[w.len() * 8 / 10]
}

/// The lines' text joined with spaces (line-end hyphens before a lower-case
/// letter dropped, but for a surname's: "Şahin-" / "van der Laan"), for
/// reading metadata and titles.
fn joined(text: &str, lines: &[Line], ls: &[usize]) -> String {
    let mut s = String::new();
    for &k in ls {
        let t = lines[k].text(text);
        if s.ends_with('-')
            && t.chars().next().is_some_and(char::is_lowercase)
            && !joins_surnames(&s, t)
        {
            s.pop();
        } else if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t);
    }
    s
}

/// A number alone on its line, set far to the right ("   …   2"): a
/// masthead's part or page number in `pdftotext -layout`.
fn at_right_margin(text: &str, line: &Line) -> bool {
    let indent = text[line.full.start..line.content.start.max(line.full.start)]
        .chars()
        .count();
    indent >= 40 && furniture::is_bare_number(line.text(text))
}

/// A block of `kind` of lines `ls`, when there are any.
fn emit(b: &mut CleanBuilder<'_>, src: &LineSource, ls: &[usize], kind: BlockKind) {
    if !ls.is_empty() {
        src.block(b, ls, kind);
    }
}

/// Strings read from the document are as untrusted as its text: control
/// characters become visible pictures (titles are fixed in `parse::parse`).
fn make_inert(kv: &mut KamervragenMeta) {
    fn fix(s: &mut String) {
        if let std::borrow::Cow::Owned(o) = crate::document::builder::inert(s) {
            *s = o;
        }
    }
    for s in [
        &mut kv.number,
        &mut kv.vergaderjaar,
        &mut kv.document_id,
        &mut kv.subject,
    ]
    .into_iter()
    .flatten()
    {
        fix(s);
    }
    for q in &mut kv.questioners {
        fix(&mut q.name);
        if let Some(p) = &mut q.party {
            fix(p);
        }
    }
    kv.addressed_to.iter_mut().for_each(fix);
    for a in &mut kv.answered_by {
        fix(&mut a.name);
        fix(&mut a.role);
        fix(&mut a.as_printed);
    }
}
/// What a list calls a set of questions: "Vragen van Ceder en Dobbe over
/// ontwikkelingen in Jemen", as the parliament names them (without parties
/// and ministers: a title, not the opening sentence); "Vragen over …" when
/// the questioners were not found.
fn questions_title(
    questioners: &[crate::document::kamervragen::Questioner],
    subject: &str,
) -> String {
    let names: Vec<&str> = questioners.iter().map(|q| q.name.as_str()).collect();
    match names.as_slice() {
        [] => format!("Vragen over {subject}"),
        [one] => format!("Vragen van {one} over {subject}"),
        [rest @ .., last] => format!("Vragen van {} en {last} over {subject}", rest.join(", ")),
    }
}

#[cfg(test)]
mod title_tests {
    use super::*;
    use crate::document::kamervragen::Questioner;

    #[test]
    fn questions_are_titled_by_who_asked_and_what_about() {
        let q = |name: &str| Questioner {
            name: name.into(),
            party: Some("SP".into()),
        };
        assert_eq!(questions_title(&[], "de dijken"), "Vragen over de dijken");
        assert_eq!(
            questions_title(&[q("Dobbe")], "de dijken"),
            "Vragen van Dobbe over de dijken"
        );
        assert_eq!(
            questions_title(&[q("Rooderkerk"), q("Stultiens"), q("Soepboer")], "x"),
            "Vragen van Rooderkerk, Stultiens en Soepboer over x"
        );
    }
}
