//! The head of a letter to parliament: addressee, place and date, "Datum" and
//! "Betreft" (label and value on one line, or the labels stacked above their
//! values as pdftotext prints a two-column header), the salutation.
//!
//! When a salutation ("Geachte voorzitter,") opens the letter, everything
//! before it is header: lines that are none of the fields above are the
//! sidebar and are folded. Without one, the header ends at the first line that
//! is not a header field.

use super::boilerplate::{kamerbrief_furniture, value_label};
use super::kamerbrief::Role;
use crate::document::lines::Line;
use crate::document::{DocDate, FoldReason, Meta, MetaField};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// "Den Haag, 3 februari 2023". The place's length (2 to 41 characters) is
/// checked in [`place_date`]: a counted repeat of a Unicode class compiles
/// into an automaton that took 9 ms of every start.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(\p{Lu}[\p{L}'’. \-]+),\s+(\d{1,2}\s+\p{L}+\s+\d{4})$")
});

/// The place and date of a line that is only "Place, 3 februari 2023".
fn place_date(t: &str) -> Option<regex::Captures<'_>> {
    PLACE_DATE
        .captures(t)
        .filter(|c| c[1].chars().count() <= 41)
}
static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(Aan de |Aan:?$|[Dd]e [Vv]oorzitter van de (Tweede|Eerste) Kamer)")
});
static HOUSE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^\p{Lu}[\p{L} .'\-]+\s\d+[a-zA-Z]?$"));

/// How far into the text a salutation is looked for.
const HEAD_LINES: usize = 150;

fn is_salutation(t: &str) -> bool {
    t.starts_with("Geachte ") && t.ends_with(',') && t.split_whitespace().count() <= 6
}

/// A line that is only a date: "3 februari 2023".
fn whole_date(t: &str) -> Option<DocDate> {
    let (d, r) = DocDate::find_dutch(t)?;
    (r.start == 0 && t[r.end..].trim().is_empty()).then_some(d)
}

fn label(t: &str, word: &str) -> bool {
    t.strip_prefix(word)
        .is_some_and(|r| r.trim_start_matches(':').trim().is_empty())
}

/// Reads the letter's head into `roles` and `meta`; returns the first line
/// after it. `squeezed` holds each line with letter-spacing undone.
pub fn read_header(
    text: &str,
    lines: &[Line],
    in_column: &[bool],
    squeezed: &[Cow<str>],
    roles: &mut [Role],
    meta: &mut Meta,
) -> usize {
    let salutation = (0..lines.len().min(HEAD_LINES))
        .find(|&i| !in_column[i] && is_salutation(lines[i].text(text)));
    let furniture = |i: usize| {
        kamerbrief_furniture(lines[i].text(text), false)
            .or_else(|| kamerbrief_furniture(&squeezed[i], false))
    };
    let mut pending_date = false;
    let mut pending_subject = false;
    let mut subject: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() {
            i += 1;
            continue;
        }
        let t = lines[i].text(text);
        if in_column[i] {
            roles[i] = Role::Folded(furniture(i).unwrap_or(FoldReason::Sidebar));
            i += 1;
            continue;
        }
        if ADDRESSEE.is_match(t) && meta.addressee.is_none() {
            i = read_addressee(text, lines, in_column, squeezed, i, roles, meta);
            continue;
        }
        if let Some(c) = place_date(t)
            && let Some((date, _)) = DocDate::find_dutch(&c[2])
        {
            roles[i] = Role::Header(MetaField::PlaceDate);
            meta.place = Some(c[1].to_string());
            meta.date = Some(date);
        } else if label(t, "Datum") && meta.date.is_none() {
            roles[i] = Role::Header(MetaField::Date);
            pending_date = true;
        } else if let Some(rest) = t.strip_prefix("Datum") {
            match DocDate::find_dutch(rest) {
                Some((date, _)) if meta.date.is_none() => {
                    roles[i] = Role::Header(MetaField::Date);
                    meta.date = Some(date);
                }
                _ => roles[i] = Role::Folded(FoldReason::Sidebar),
            }
        } else if pending_date
            && meta.date.is_none()
            && let Some(date) = whole_date(t)
        {
            roles[i] = Role::Header(MetaField::Date);
            meta.date = Some(date);
            pending_date = false;
        } else if label(t, "Betreft") || label(t, "Onderwerp") {
            roles[i] = Role::Header(MetaField::Subject);
            pending_subject = true;
        } else if let Some(rest) = t
            .strip_prefix("Betreft")
            .or_else(|| t.strip_prefix("Onderwerp"))
            .filter(|r| r.starts_with([' ', '\t', ':']))
        {
            roles[i] = Role::Header(MetaField::Subject);
            let rest = rest.trim_start_matches(':').trim();
            subject.push(rest);
            i = subject_lines(
                text,
                lines,
                in_column,
                squeezed,
                salutation,
                i,
                roles,
                &mut subject,
            );
            continue;
        } else if is_salutation(t) {
            roles[i] = Role::Header(MetaField::Salutation);
            i += 1;
            break;
        } else if let Some(r) = furniture(i) {
            roles[i] = Role::Folded(r);
        } else if value_label(&squeezed[i]) {
            roles[i] = Role::Folded(FoldReason::Sidebar);
            if let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank())
                && lines[j].text(text).split_whitespace().count() <= 6
                && !is_salutation(lines[j].text(text))
            {
                roles[j] = Role::Folded(FoldReason::Sidebar);
                i = j;
            }
        } else if pending_subject && subject.is_empty() && !pending_date {
            roles[i] = Role::Header(MetaField::Subject);
            subject.push(t);
            pending_subject = false;
            i = subject_lines(
                text,
                lines,
                in_column,
                squeezed,
                salutation,
                i,
                roles,
                &mut subject,
            );
            continue;
        } else if salutation.is_some_and(|s| i < s) {
            roles[i] = Role::Folded(FoldReason::Sidebar);
        } else {
            break;
        }
        i += 1;
    }
    if !subject.is_empty() {
        let s = subject.join(" ");
        meta.title = Some(s.clone());
        meta.subject = Some(s);
    }
    i
}

/// The subject runs on over the lines under its first until a blank line,
/// a label, furniture or the salutation. Returns the line after it.
#[allow(clippy::too_many_arguments)]
fn subject_lines<'t>(
    text: &'t str,
    lines: &[Line],
    in_column: &[bool],
    squeezed: &[Cow<str>],
    salutation: Option<usize>,
    i: usize,
    roles: &mut [Role],
    subject: &mut Vec<&'t str>,
) -> usize {
    let mut j = i + 1;
    while j < lines.len() && !lines[j].is_blank() && !in_column[j] && Some(j) != salutation {
        let tj = lines[j].text(text);
        if is_salutation(tj)
            || value_label(&squeezed[j])
            || kamerbrief_furniture(tj, false).is_some()
            || kamerbrief_furniture(&squeezed[j], false).is_some()
            || label(tj, "Datum")
            || whole_date(tj).is_some()
        {
            break;
        }
        roles[j] = Role::Header(MetaField::Subject);
        subject.push(tj);
        j += 1;
    }
    j
}

/// The addressee block: its name lines, then the postal address (kept in the
/// block, not in the name). Lines of a sidebar column between are skipped.
fn read_addressee(
    text: &str,
    lines: &[Line],
    in_column: &[bool],
    squeezed: &[Cow<str>],
    i: usize,
    roles: &mut [Role],
    meta: &mut Meta,
) -> usize {
    let mut parts = Vec::new();
    let mut address = false;
    let mut j = i;
    while j < lines.len() && !lines[j].is_blank() {
        if in_column[j] {
            roles[j] = Role::Folded(FoldReason::Sidebar);
            j += 1;
            continue;
        }
        let tj = lines[j].text(text);
        if j > i
            && (place_date(tj).is_some()
                || tj.starts_with("Datum")
                || tj.starts_with("Betreft")
                || is_salutation(tj))
        {
            break;
        }
        roles[j] = Role::Header(MetaField::Addressee);
        address = address
            || (j > i
                && (kamerbrief_furniture(tj, false).is_some()
                    || kamerbrief_furniture(&squeezed[j], false).is_some()
                    || HOUSE_NUMBER.is_match(tj)));
        if !address {
            parts.push(tj);
        }
        j += 1;
    }
    meta.addressee = Some(parts.join(" "));
    j
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&HOUSE_NUMBER);
    LazyLock::force(&PLACE_DATE);
    LazyLock::force(&ADDRESSEE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_date_line_names_a_place_of_at_most_41_characters() {
        let c = place_date("Den Haag, 3 februari 2023").unwrap();
        assert_eq!(&c[1], "Den Haag");
        let longest = format!("A{}", "é".repeat(40));
        assert!(place_date(&format!("{longest}, 3 februari 2023")).is_some());
        assert!(place_date(&format!("{longest}e, 3 februari 2023")).is_none());
        assert!(place_date("Den Haag, 3 februari").is_none());
    }
    use crate::document::lines::split_lines;

    fn header(t: &str) -> (Meta, usize, Vec<Role>) {
        let lines = split_lines(t);
        let sq: Vec<Cow<str>> = lines.iter().map(|l| Cow::Borrowed(l.text(t))).collect();
        let mut roles = vec![Role::Body; lines.len()];
        let mut meta = Meta::default();
        let end = read_header(
            t,
            &lines,
            &vec![false; lines.len()],
            &sq,
            &mut roles,
            &mut meta,
        );
        (meta, end, roles)
    }

    #[test]
    fn labels_stacked_above_their_values() {
        // pdftotext prints the two-column header as labels, then values.
        let t = "De voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n\n\
                 Kenmerk\nXY/2023/1\n\nDatum\nBetreft\n\n3 februari 2023\nHet onderwerp van\n\
                 de brief\n\nBijlage(n)\n4\n\nGeachte voorzitter,\nDe tekst.\n";
        let (m, end, _) = header(t);
        assert_eq!(m.date.unwrap().to_string(), "2023-02-03");
        assert_eq!(m.subject.as_deref(), Some("Het onderwerp van de brief"));
        assert_eq!(m.title, m.subject);
        assert_eq!(
            m.addressee.as_deref(),
            Some("De voorzitter van de Tweede Kamer der Staten-Generaal")
        );
        assert_eq!(
            split_lines(t)[end].content.start,
            t.find("De tekst").unwrap()
        );
    }

    #[test]
    fn label_and_value_on_one_line_with_a_continued_subject() {
        let t = "Datum 30 mei 2023\nBetreft Herijkte missies van het\n(beleid) en meer\nGeachte Voorzitter,\nTekst.\n";
        let (m, _, _) = header(t);
        assert_eq!(m.date.unwrap().to_string(), "2023-05-30");
        assert_eq!(
            m.subject.as_deref(),
            Some("Herijkte missies van het (beleid) en meer")
        );
    }

    #[test]
    fn without_salutation_the_body_starts_at_the_first_unknown_line() {
        // Counter-example: a line under the date is body text, not sidebar,
        // when no salutation marks the end of the head.
        let t = "Aan de Voorzitter van de Tweede Kamer\n\nDen Haag, 3 februari 2022\n\nNaar aanleiding van het verzoek.\n";
        let (m, end, _) = header(t);
        assert!(m.subject.is_none());
        assert_eq!(
            split_lines(t)[end].text(t),
            "Naar aanleiding van het verzoek."
        );
    }
}
