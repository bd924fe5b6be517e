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
use super::letterspacing::Squeezed;
use crate::document::lines::Line;
use crate::document::{DocDate, FoldReason, Meta, MetaField};

/// The place and date of a line that is only "Den Haag, 3 februari 2023":
/// the place 2 to 41 characters, a capital first, then letters, spaces and
/// `'’.-`; the date a day, a word and a year. As the pattern
/// `^(\p{Lu}[\p{L}'’. \-]+),\s+(\d{1,2}\s+\p{L}+\s+\d{4})$` read it (its two
/// groups), with the place's length counted after. Read by hand: the
/// patterns of the letter head cost 2 M instructions to compile, paid before
/// the first screen; a test holds these readers to them.
fn place_date(t: &str) -> Option<(&str, &str)> {
    use crate::pattern::{is_latin_capital, is_latin_letter};
    let (place, rest) = t.split_once(',')?;
    let mut chars = place.chars();
    let place_ok = chars.next().is_some_and(is_latin_capital)
        && chars.as_str().chars().count() >= 1
        && chars.all(|c| is_latin_letter(c) || "'’. -".contains(c))
        && place.chars().count() <= 41;
    let date = rest.trim_start_matches(char::is_whitespace);
    (place_ok && date.len() < rest.len() && is_day_word_year(date)).then_some((place, date))
}

/// `\d{1,2}\s+\p{L}+\s+\d{4}`, the whole of `s`.
fn is_day_word_year(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = (1..=2)
        .contains(&digits)
        .then(|| &s[digits..])
        .and_then(|r| r.strip_prefix(char::is_whitespace))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(char::is_whitespace);
    let word = rest.trim_start_matches(crate::pattern::is_latin_letter);
    let year = word.trim_start_matches(char::is_whitespace);
    word.len() < rest.len()
        && year.len() < word.len()
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
}

/// The first line of the addressee: "Aan de …", "Aan:", "De Voorzitter van
/// de Tweede Kamer" (`^(Aan de |Aan:?$|[Dd]e [Vv]oorzitter van de
/// (Tweede|Eerste) Kamer)`).
fn is_addressee(t: &str) -> bool {
    use super::crlf_lines::past_one_of;
    t.starts_with("Aan de ")
        || t == "Aan"
        || t == "Aan:"
        || past_one_of(t, &["De ", "de "])
            .and_then(|r| past_one_of(r, &["Voorzitter van de ", "voorzitter van de "]))
            .and_then(|r| past_one_of(r, &["Tweede Kamer", "Eerste Kamer"]))
            .is_some()
}

/// A street and number, "Rijnstraat 8", "Korte Voorhout 7a": a capital,
/// letters, spaces and `.'-`, one white-space character, digits, perhaps a
/// letter (`^\p{Lu}[\p{L} .'\-]+\s\d+[a-zA-Z]?$`).
fn is_house_number(t: &str) -> bool {
    use crate::pattern::{is_latin_capital, is_latin_letter};
    let t = match t.as_bytes() {
        [.., d, l] if d.is_ascii_digit() && l.is_ascii_alphabetic() => &t[..t.len() - 1],
        _ => t,
    };
    let street = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if street.len() == t.len() {
        return false;
    }
    let Some(space) = street.chars().next_back().filter(|c| c.is_whitespace()) else {
        return false;
    };
    let street = &street[..street.len() - space.len_utf8()];
    let mut chars = street.chars();
    chars.next().is_some_and(is_latin_capital)
        && chars.next().is_some()
        && street
            .chars()
            .skip(1)
            .all(|c| is_latin_letter(c) || " .'-".contains(c))
}

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
    squeezed: &Squeezed,
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
        if is_addressee(t) && meta.addressee.is_none() {
            i = read_addressee(text, lines, in_column, squeezed, i, roles, meta);
            continue;
        }
        if let Some((place, date)) = place_date(t)
            && let Some((date, _)) = DocDate::find_dutch(date)
        {
            roles[i] = Role::Header(MetaField::PlaceDate);
            meta.place = Some(place.to_string());
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
    squeezed: &Squeezed,
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
    squeezed: &Squeezed,
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
                    || is_house_number(tj)));
        if !address {
            parts.push(tj);
        }
        j += 1;
    }
    meta.addressee = Some(parts.join(" "));
    j
}

#[cfg(test)]
mod tests {
    use regex::Regex;
    use std::sync::LazyLock;

    /// The patterns the readers by hand stand for, as they were compiled before.
    static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(\p{Lu}[\p{L}'’. \-]+),\s+(\d{1,2}\s+\p{L}+\s+\d{4})$")
    });
    static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(Aan de |Aan:?$|[Dd]e [Vv]oorzitter van de (Tweede|Eerste) Kamer)")
    });
    static HOUSE_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"^\p{Lu}[\p{L} .'\-]+\s\d+[a-zA-Z]?$"));

    fn place_date_by_pattern(t: &str) -> Option<(&str, &str)> {
        PLACE_DATE
            .captures(t)
            .filter(|c| c[1].chars().count() <= 41)
            .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()))
    }

    fn agree(t: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        proptest::prop_assert_eq!(
            place_date(t),
            place_date_by_pattern(t),
            "place_date {:?}",
            t
        );
        proptest::prop_assert_eq!(is_addressee(t), ADDRESSEE.is_match(t), "addressee {:?}", t);
        proptest::prop_assert_eq!(
            is_house_number(t),
            HOUSE_NUMBER.is_match(t),
            "house {:?}",
            t
        );
        Ok(())
    }

    #[test]
    fn head_lines_as_their_patterns_read_them() {
        for t in [
            "Den Haag, 3 februari 2023",
            "'s-Gravenhage, 3 februari 2023",
            "Den Haag,3 februari 2023",
            "D, 3 februari 2023",
            "Ĳmuiden, 12\u{a0}mei  2020",
            "Den Haag, 123 mei 2020",
            "Den Haag, 3 mei 20201",
            "Den Haag, 3 mei",
            "Aan:",
            "Aan de Voorzitter",
            "Aan",
            "de voorzitter van de Eerste Kamer der",
            "Rijnstraat 8",
            "Korte Voorhout 7a",
            "Rijnstraat\u{a0}8",
            "A 12",
            "Ab  12",
            "Rijnstraat 8ab",
            "Rijnstraat8",
        ] {
            agree(t).unwrap();
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// On lines of letter-head pieces, whole or broken, the readers by
        /// hand are their patterns.
        #[test]
        fn the_head_readers_agree_with_their_patterns(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "Den Haag", "D", "Ĳ", "'s", "-Gravenhage", "aag", ",", ", ", " ", "\u{a0}", "\t", "3", "12", "123",
                "februari", "mei", "2023", "20231", "Aan", "Aan de ", ":", "De ", "de ", "Voorzitter van de ",
                "voorzitter", "Tweede Kamer", "Eerste", "Rijnstraat", " 8", "7", "a", "B", ".", "'", "’", "-", "é", "x",
            ]),
            0..9,
        )) {
            agree(&pieces.concat())?;
        }
    }

    use super::*;

    #[test]
    fn a_place_and_date_line_names_a_place_of_at_most_41_characters() {
        let c = place_date("Den Haag, 3 februari 2023").unwrap();
        assert_eq!(c, ("Den Haag", "3 februari 2023"));
        let longest = format!("A{}", "é".repeat(40));
        assert!(place_date(&format!("{longest}, 3 februari 2023")).is_some());
        assert!(place_date(&format!("{longest}e, 3 februari 2023")).is_none());
        assert!(place_date("Den Haag, 3 februari").is_none());
    }
    use crate::document::lines::split_lines;

    fn header(t: &str) -> (Meta, usize, Vec<Role>) {
        let lines = split_lines(t);
        let vocab = crate::parse::letterspacing::Vocabulary::of(t);
        let sq = Squeezed::new(t, &lines, &vocab);
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
