//! The question-and-answer structure of Kamervragen: "Vraag N" and "Antwoord N"
//! labels (alone on a line or before the text: "Vraag 3: Bent u …"), or, where a
//! ministry numbers the questions ("1.", "2") and puts a bare "Antwoord" before
//! each answer, the numbered question nearest before each "Antwoord". Numbers
//! must run in sequence, so a "Vraag 1" named in passing, or a numbered list
//! inside an answer, is not a question.

use crate::document::lines::Line;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    Question,
    Answer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub kind: LabelKind,
    /// The (last) question number it covers: "Antwoord 2 en 3" is 3.
    pub number: u32,
    pub line: usize,
    /// The label as printed ("Vraag 2 en 3", "Antwoord", "4.").
    pub printed: String,
    /// Where the text after the label starts on the same line, if any.
    pub rest: Option<usize>,
}

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(Vraag|Vragen|Antwoord|Antwoorden|Antwoord op vra(?:ag|gen))\s+(\d{1,3})((?:\s*(?:,|en|t/m|tot en met|[-–])\s*\d{1,3})*)\s*(?:[:.)]\s*(\S.*)?)?$",
    )
});
static BARE_ANSWER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^Antwoord(?:\s*:\s*(\S.*)?)?$"));
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(\d{1,3})(?:[.)]\s*|\s+)?(\p{Lu}\S*.*)?$"));

/// Finds the labels among the lines `is_text` allows, in reading order.
pub fn find(text: &str, lines: &[Line], is_text: &dyn Fn(usize) -> bool) -> Vec<Label> {
    let labelled = find_labelled(text, lines, is_text);
    if labelled.iter().any(|l| l.kind == LabelKind::Question) {
        return labelled;
    }
    find_numbered(text, lines, is_text)
}

fn find_labelled(text: &str, lines: &[Line], is_text: &dyn Fn(usize) -> bool) -> Vec<Label> {
    let mut out = Vec::new();
    let (mut last_q, mut last_a) = (0u32, 0u32);
    for (i, l) in lines.iter().enumerate() {
        if !is_text(i) || l.is_blank() {
            continue;
        }
        let t = l.text(text);
        let Some(c) = LABELLED.captures(t) else {
            continue;
        };
        let first: u32 = c[2].parse().unwrap_or(0);
        let last = c[3]
            .split(|ch: char| !ch.is_ascii_digit())
            .filter_map(|d| d.parse::<u32>().ok())
            .max()
            .unwrap_or(first)
            .max(first);
        let kind = if c[1].starts_with("Vra") {
            LabelKind::Question
        } else {
            LabelKind::Answer
        };
        let fits = match kind {
            LabelKind::Question => first == last_q + 1 || (first > last_q && first <= last_q + 3),
            LabelKind::Answer => first > last_a && last <= last_q && first >= 1,
        };
        if !fits {
            continue;
        }
        match kind {
            LabelKind::Question => last_q = last,
            LabelKind::Answer => last_a = last,
        }
        let label_end = c.get(3).map_or(c.get(2).unwrap().end(), |m| {
            if m.as_str().is_empty() {
                c.get(2).unwrap().end()
            } else {
                m.end()
            }
        });
        out.push(Label {
            kind,
            number: last,
            line: i,
            printed: t[..label_end].to_string(),
            rest: c.get(4).map(|m| l.content.start + m.start()),
        });
    }
    out
}

/// "Antwoord" alone (or "Antwoord: …") before each answer, and the question
/// with the next number nearest before it.
fn find_numbered(text: &str, lines: &[Line], is_text: &dyn Fn(usize) -> bool) -> Vec<Label> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut expected = 1u32;
    for (i, l) in lines.iter().enumerate() {
        if !is_text(i) || l.is_blank() {
            continue;
        }
        let t = l.text(text);
        let Some(c) = BARE_ANSWER.captures(t) else {
            continue;
        };
        let question = (from..i).rev().find_map(|k| {
            if !is_text(k) || lines[k].is_blank() {
                return None;
            }
            let qt = lines[k].text(text);
            let qc = NUMBERED.captures(qt)?;
            if qc[1].parse::<u32>().ok()? != expected {
                return None;
            }
            // The question starts a paragraph: after a blank line or the end of
            // a sentence (the answer before it), or at the top.
            let starts = k == 0
                || (0..k).rev().find(|&p| is_text(p)).is_none_or(|p| {
                    lines[p].is_blank() || super::reflow::ends_sentence(lines[p].text(text))
                });
            starts.then(|| (k, qc.get(2).map(|m| lines[k].content.start + m.start())))
        });
        let Some((k, rest)) = question else { continue };
        let qt = lines[k].text(text);
        let printed_end = rest.map_or(qt.len(), |r| r - lines[k].content.start);
        out.push(Label {
            kind: LabelKind::Question,
            number: expected,
            line: k,
            printed: qt[..printed_end].trim_end().to_string(),
            rest,
        });
        out.push(Label {
            kind: LabelKind::Answer,
            number: expected,
            line: i,
            printed: "Antwoord".to_string(),
            rest: c.get(1).map(|m| l.content.start + m.start()),
        });
        expected += 1;
        from = i + 1;
    }
    out
}

/// Who answered, in "Antwoord van de minister van … op vragen van …", is
/// at most this many characters long.
const ANSWERER_CHARS: usize = 200;

/// The genre's heading at the start of a line ("Aanhangsel van de
/// Handelingen", "Vragen van het lid …", "Antwoord van de minister … op
/// vragen van het lid …"), read by hand: as the pattern
/// `^[ \t\f]*(?:Aanhangsel van de Handelingen|Vragen gesteld door de leden der
/// Kamer|(?:Antwoord|Antwoorden) (?:van (.*?) )?op (?:de )?vragen van (?:het
/// lid|de leden)|Vragen van (?:het lid|de leden) )` in multi-line CRLF mode,
/// with who answered (the shortest that fits) at most [`ANSWERER_CHARS`]
/// long. Compiling that pattern was 1.7 M instructions of opening any
/// document; a test holds this reading to it.
fn has_heading(text: &str) -> bool {
    use super::crlf_lines::{content, past_one_of, starts};
    starts(text).any(|at| {
        // The prefixes hold no line break: the line's content is only cut
        // for who answered.
        let line = text[at..].trim_start_matches([' ', '\t', '\u{c}']);
        if !line.starts_with(['A', 'V']) {
            return false;
        }
        if past_one_of(
            line,
            &[
                "Aanhangsel van de Handelingen",
                "Vragen gesteld door de leden der Kamer",
                "Vragen van het lid ",
                "Vragen van de leden ",
            ],
        )
        .is_some()
        {
            return true;
        }
        let Some(rest) = past_one_of(line, &["Antwoord ", "Antwoorden "]) else {
            return false;
        };
        let asks = |s: &str| {
            let s = s
                .strip_prefix("de ")
                .filter(|s| s.starts_with("vragen van "))
                .unwrap_or(s);
            past_one_of(s, &["vragen van het lid", "vragen van de leden"]).is_some()
        };
        if let Some(who_on) = rest.strip_prefix("van ") {
            let who_on = content(who_on, 0);
            // The shortest "who" followed by " op … vragen van het lid".
            let who = who_on
                .match_indices(" op ")
                .find(|&(at, _)| asks(&who_on[at + 4..]))
                .map(|(at, _)| &who_on[..at]);
            if let Some(who) = who {
                return who.chars().count() <= ANSWERER_CHARS;
            }
        }
        rest.strip_prefix("op ").is_some_and(asks)
    })
}

static SUBMITTED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"\(ingezonden\s+\d{1,2}\s+\p{L}+\s+\d{4}\)"));

/// Whether a text is Kamervragen: the genre's heading ("Aanhangsel van de
/// Handelingen", "Vragen van het lid …", "Antwoord op vragen van het lid …")
/// with questions and answers or a submission date, or at least two numbered
/// question-and-answer pairs.
pub fn looks_like(text: &str) -> bool {
    let mut cut = text.len().min(16 * 1024);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let strong = has_heading(&text[..cut]);
    // Every answer's label starts with "Antwoord": a text without the word
    // has no question with its answer, and its lines need not be read.
    let labels = if text.contains("Antwoord") {
        let lines = crate::document::lines::split_lines(text);
        find(text, &lines, &|_| true)
    } else {
        Vec::new()
    };
    let answered: std::collections::HashSet<u32> = labels
        .iter()
        .filter(|l| l.kind == LabelKind::Answer)
        .map(|l| l.number)
        .collect();
    let pairs = labels
        .iter()
        .filter(|l| l.kind == LabelKind::Question && answered.contains(&l.number))
        .count();
    (strong && (pairs >= 1 || SUBMITTED.is_match(&text[..cut]))) || pairs >= 2
}

/// Numbered headings inside an answer ("1. De Gezondheidsraad adviseert …"):
/// a numbered line (the numbers running 1, 2, 3 within the answer) after the
/// end of a sentence, one or two lines long, that ends no sentence and is
/// followed by a line that starts a new one. Returns (first line, last line).
pub fn answer_headings(
    text: &str,
    lines: &[Line],
    span: std::ops::Range<usize>,
    is_text: &dyn Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    static ITEM: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"^(\d{1,2})[.)]\s+\p{Lu}"));
    use super::reflow::{ends_sentence, starts_lowercase};
    let body: Vec<usize> = span
        .filter(|&i| is_text(i) && !lines[i].is_blank())
        .collect();
    let t = |k: usize| lines[body[k]].text(text);
    let number = |k: usize| -> Option<u32> { ITEM.captures(t(k))?[1].parse().ok() };
    let mut out = Vec::new();
    let mut expected = 1;
    for k in 0..body.len() {
        if number(k) != Some(expected) || k == 0 || !ends_sentence(t(k - 1)) {
            continue;
        }
        let two = k + 2 < body.len() && starts_lowercase(t(k + 1)) && !ends_sentence(t(k));
        let last = if two { k + 1 } else { k };
        let words: usize = (k..=last).map(|j| t(j).split_whitespace().count()).sum();
        let next_ok = last + 1 < body.len()
            && number(last + 1).is_none()
            && t(last + 1).chars().next().is_some_and(char::is_uppercase);
        if ends_sentence(t(last)) || ends_sentence(t(k)) || words > 20 || !next_ok {
            continue;
        }
        out.push((body[k], body[last]));
        expected += 1;
    }
    out
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&SUBMITTED);
    LazyLock::force(&NUMBERED);
    LazyLock::force(&BARE_ANSWER);
    LazyLock::force(&LABELLED);
}

#[cfg(test)]
mod tests {

    /// The pattern [`has_heading`] stands for, as it was compiled before.
    static STRONG: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)^[ \t\f]*(?:Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer|(?:Antwoord|Antwoorden) (?:van (.*?) )?op (?:de )?vragen van (?:het lid|de leden)|Vragen van (?:het lid|de leden) )",
        )
    });

    fn heading_by_pattern(text: &str) -> bool {
        STRONG.captures_iter(text).any(|c| {
            c.get(1)
                .is_none_or(|who| who.as_str().chars().count() <= ANSWERER_CHARS)
        })
    }

    #[test]
    fn headings_as_the_pattern_reads_them() {
        let long = format!(
            "Antwoord van {} op vragen van het lid X",
            "de minister ".repeat(17)
        );
        let just = format!("Antwoord van {} op vragen van het lid X", "m".repeat(200));
        for text in [
            "Aanhangsel van de Handelingen",
            " \u{c}Vragen van het lid Jansen (D66)",
            "Vragen van de leden",
            "Antwoord op de vragen van het lid",
            "Antwoorden van minister Hoekstra op vragen van de leden",
            "Antwoord van de minister op het verzoek op de vragen van het lid",
            "Antwoord van de minister op devragen van het lid",
            "Antwoord van X\n op vragen van het lid",
            "Antwoord van  op vragen van het lid",
            "x Antwoord op vragen van het lid",
            &long,
            &just,
        ] {
            assert_eq!(has_heading(text), heading_by_pattern(text), "{text:?}");
        }
        assert!(has_heading(&just) && !has_heading(&long));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// On texts of heading pieces, whole or broken, on lines joined by
        /// every kind of line break, the reading by hand is the pattern's.
        #[test]
        fn the_heading_agrees_with_its_pattern(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "Aanhangsel van de Handelingen", "Aanhangsel van de", "Vragen gesteld door de leden der Kamer",
                "Vragen van het lid ", "Vragen van de leden", "Antwoord ", "Antwoorden ", "Antwoord",
                "van ", "de minister ", "op ", "de ", "vragen van ", "het lid", "de leden", " op ",
                "x", " ", "\t", "\u{c}", "\n", "\r\n", "\r", "é",
            ]),
            0..16,
        )) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(has_heading(&text), heading_by_pattern(&text), "{:?}", text);
        }
    }

    use super::*;
    use crate::document::lines::split_lines;

    fn labels(t: &str) -> Vec<(LabelKind, u32, String)> {
        let lines = split_lines(t);
        find(t, &lines, &|_| true)
            .into_iter()
            .map(|l| (l.kind, l.number, lines[l.line].text(t).to_string()))
            .collect()
    }

    #[test]
    fn labelled_questions_and_answers_in_sequence() {
        let t = "Vraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\nVraag 2: Wat gaat u doen?\nVraag 3\nWanneer?\nAntwoord 2 en 3\nNiets.\n";
        let l = labels(t);
        let kinds: Vec<(LabelKind, u32)> = l.iter().map(|x| (x.0, x.1)).collect();
        use LabelKind::*;
        assert_eq!(
            kinds,
            [
                (Question, 1),
                (Answer, 1),
                (Question, 2),
                (Question, 3),
                (Answer, 3)
            ]
        );
        assert_eq!(l[2].2, "Vraag 2: Wat gaat u doen?");
        assert!(looks_like(t));
    }

    #[test]
    fn a_vraag_named_in_passing_or_out_of_sequence_is_no_label() {
        // "Vraag 1" inside a sentence, "Antwoord 4" before any question 4.
        let t = "In de brief staat bij\nVraag 1 van het lid Jansen een fout.\nAntwoord 4\nTekst.\n";
        assert!(labels(t).is_empty());
        assert!(!looks_like(t));
    }

    #[test]
    fn numbered_questions_with_bare_antwoord_and_a_list_in_an_answer() {
        let t = "1. Bent u bekend met het bericht?\n\nAntwoord\nJa.\n\n2\nHoeveel fietsen zijn gestolen?\n\nAntwoord\nDrie redenen:\n1. De politie telt niet.\n2. Niemand meldt het.\n3. Bent u het ermee eens dat dit moet veranderen?\n\nAntwoord:\nJa.\n";
        let l = labels(t);
        let q: Vec<&str> = l
            .iter()
            .filter(|x| x.0 == LabelKind::Question)
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(
            q,
            [
                "1. Bent u bekend met het bericht?",
                "2",
                "3. Bent u het ermee eens dat dit moet veranderen?"
            ]
        );
        assert_eq!(l.iter().filter(|x| x.0 == LabelKind::Answer).count(), 3);
    }

    #[test]
    fn the_answering_heading_names_who_answered_in_at_most_200_characters() {
        let heading = |who: &str| {
            format!(
                "Antwoord van {who} op vragen van het lid Jansen over fietsen \
                 (ingezonden 3 maart 2023).\n\nHet kabinet antwoordt.\n"
            )
        };
        let minister = "de minister van Justitie en Veiligheid";
        assert!(looks_like(&heading(minister)));
        let long = format!("{minister}{}", " en van nog iemand".repeat(10));
        assert!(long.chars().count() > 200);
        assert!(!looks_like(&heading(&long)));
        // Without the answerer, and with "de vragen".
        assert!(looks_like(
            "Antwoorden op de vragen van de leden Jansen en De Vries (ingezonden 3 maart 2023)\n"
        ));
    }

    #[test]
    fn numbered_list_without_antwoord_is_no_question() {
        let t = "Het kabinet neemt drie maatregelen:\n1. Meer handhaving.\n2. Meer geld.\n3. Betere voorlichting.\n";
        assert!(labels(t).is_empty());
        assert!(!looks_like(t));
    }

    #[test]
    fn headings_inside_an_answer_but_not_a_list_of_sentences() {
        let t = "Het rapport kende drie adviezen:\n1. De raad adviseert om in te zetten op preventie en vroege\nbehandeling van ziekten\nEen goede gezondheid is belangrijk.\n2. Specifieke adviezen over comorbiditeit\nDe raad geeft aan dat weinig bekend is.\nHet kabinet doet drie dingen:\n1. Het kabinet verhoogt de bijdrage.\n2. Het kabinet praat met gemeenten.\nDaarmee is het klaar.\n";
        let lines = split_lines(t);
        let h = answer_headings(t, &lines, 0..lines.len(), &|_| true);
        assert_eq!(h, vec![(1, 2), (4, 4)]);
    }

    #[test]
    fn short_numbered_items_in_a_row_are_no_headings() {
        let t =
            "Er zijn drie sporen:\n1. Preventie\n2. Behandeling\n3. Onderzoek\nDie lopen door.\n";
        let lines = split_lines(t);
        assert!(answer_headings(t, &lines, 0..lines.len(), &|_| true).is_empty());
    }
}
