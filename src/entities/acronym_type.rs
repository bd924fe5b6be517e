//! The type of an acronym no definition explains, by where it stands and
//! its shape: the name in brackets before it ("Joint Task Force (VJTF)"),
//! the place of an all-caps dateline ("ALMERE (ANP) -"), none for a file
//! number or a number's label ("BZ2301234", "ISSN"), a named thing for a
//! code with digits ("MH17"), else an organisation. Also where such a
//! dateline starts, and whether an acronym stands in brackets after a name.

use super::head_words::{MISC_HEADS, ORG_HEADS, has_head};
use super::kind::EntityType;
use super::name_links::name_link;
use super::shapes::{in_file_number, in_language_tags};
use super::{Found, Link};
use std::ops::Range;

/// "(VJTF)": an acronym in brackets right after a name.
pub(super) fn defines_acronym(text: &str, range: &Range<usize>) -> bool {
    text[..range.start].trim_end_matches(' ').ends_with('(') && text[range.end..].starts_with(')')
}

pub(super) fn classify_acronym(
    text: &str,
    range: Range<usize>,
    known: &[Found],
    detected: &[Found],
) -> Option<(EntityType, Link)> {
    let surface = &text[range.clone()];
    let before = text[..range.start].trim_end_matches(' ');
    let after = &text[range.end..];
    // "Very High Readiness Joint Task Force (VJTF)": the acronym of the name
    // before. (Not a person's: "Johanna Feichtinger (ÖVP)" names her party,
    // an organisation, below.)
    if before.ends_with('(') && after.starts_with(')') {
        let name_end = before[..before.len() - 1].trim_end().len();
        // Both lists are sorted: look just before the bracket, not through all.
        let before_known = known.partition_point(|f| f.range.start < name_end);
        let near_known = known[..before_known].iter().rev().take(4);
        if let Some(f) = detected
            .iter()
            .rev()
            .take(4)
            .chain(near_known)
            .find(|f| f.range.end == name_end && f.ty.is_name())
            && f.ty != EntityType::Person
            // ("Verdrag betreffende de werking van de Europese Unie
            // (VWEU)": a name that does not start with the acronym's first
            // letter is only the end of its long form.)
            && text[f.range.clone()].chars().next() == surface.chars().next()
        {
            return Some((f.ty, f.link.clone()));
        }
    }
    // "de Europese anti-witwasverordening (AMLR)": the acronym of a common
    // noun whose head makes a named thing (a law, a fund, a programme) is
    // that thing; the noun in lower case names nothing itself. (A body's
    // noun, "de toezichthouder (AMLA)", leaves it to the default below.)
    if before.ends_with('(') && after.starts_with(')') {
        let noun_end = before[..before.len() - 1].trim_end();
        let noun = &noun_end[noun_end.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
        let last_part = noun.rsplit('-').next().unwrap_or(noun);
        if noun.starts_with(char::is_lowercase)
            && last_part.chars().count() > 3
            && has_head(last_part, MISC_HEADS)
            && !has_head(last_part, ORG_HEADS)
        {
            return Some((EntityType::Misc, name_link(surface)));
        }
    }
    // "het LIFE-programma", "de PAGW-regeling": an acronym compounded with
    // the head of a programme, a scheme, a fund or a law names that thing
    // (not "een XYZ-rapport", whose acronym wrote the report, nor "de
    // DQA-richtlijn").
    if let Some(rest) = after.strip_prefix('-') {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if word.starts_with(char::is_lowercase) && PROGRAMME_ENDS.iter().any(|e| word.ends_with(e))
        {
            return Some((EntityType::Misc, name_link(surface)));
        }
    }
    // "ALMERE (ANP) -": an all-caps dateline (the caller widens it to the line start).
    // (The brackets hold a news agency: "(ANP)", "(Reuters)"; a heading's
    // brackets hold a number or code: "ZO STEMDEN DE PARTIJEN (N207)".)
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    let agency = after.strip_prefix(" (").is_some_and(holds_no_figure);
    if letters >= 2
        && (agency || after.starts_with(" -") || after.starts_with(" –"))
        && let Some(start) = dateline_start(text, range.start)
    {
        return Some((EntityType::Location, name_link(&text[start..range.end])));
    }
    let digits = surface.chars().filter(char::is_ascii_digit).count();
    // "BZ2301234": a letter's or a file's number, not a name ("MH17", "NIS2"
    // are); "[EN/AR]": the languages of a cited report.
    if digits >= 5 || in_file_number(text, &range) || in_language_tags(text, &range) {
        return None;
    }
    // "ISSN 0921-7398", "IBAN NL91…": the label of a number.
    if NUMBER_LABELS.contains(&surface)
        && after
            .trim_start_matches([' ', ':'])
            .starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return None;
    }
    if digits > 0 {
        return Some((EntityType::Misc, name_link(surface)));
    }
    let singular = surface.strip_suffix('s').unwrap_or(surface);
    Some((EntityType::Organisation, name_link(singular)))
}

/// Ends of a compound after an acronym that make the acronym a named
/// thing: programmes, schemes, funds, laws, agreements. (Not a plan, a
/// package or a guideline: "het XYZ-plan" and "de KNMG-richtlijn" are as
/// often a body's as named.)
const PROGRAMME_ENDS: &[&str] = &[
    "programma",
    "regeling",
    "fonds",
    "subsidie",
    "wet",
    "project",
    "akkoord",
    "verordening",
];

/// Labels of identifiers that are acronyms themselves.
const NUMBER_LABELS: &[&str] = &[
    "ISSN", "ISBN", "IBAN", "BIC", "BSN", "EAN", "DOI", "ECLI", "URL",
];

/// Whether the bracket opened just before `inside` holds text without a
/// figure, as a dateline's news agency ("ANP)", "Reuters)"), not a number
/// or a code ("N207)").
pub fn holds_no_figure(inside: &str) -> bool {
    inside
        .split(')')
        .next()
        .is_some_and(|a| !a.is_empty() && !a.contains(|c: char| c.is_numeric()))
}

/// Where an all-caps dateline ending at `at` starts, when only capitals and
/// spaces stand between it and the line start (or a time stamp glued to it:
/// "7 uur geledenALMERE").
pub fn dateline_start(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    let line = head.rfind('\n').map_or(0, |i| i + 1);
    let tail = &head[line..];
    let caps_from = tail
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_uppercase() || *c == ' ' || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let glued = tail[..caps_from].chars().next_back();
    if caps_from > 0 && !glued.is_some_and(char::is_lowercase) {
        return None;
    }
    let start = line + caps_from;
    let start = start + (text[start..at].len() - text[start..at].trim_start().len());
    // A place's name is a few words ("BANDAR SERI BEGAWAN"); a signature's
    // title in capitals before a dash is none ("DE STAATSSECRETARIS VAN
    // BINNENLANDSE ZAKEN - DIGITALISERING").
    let mut before = text[start..at].split_whitespace();
    if before.clone().count() > 3 || before.any(super::portfolio::is_title) {
        return None;
    }
    Some(start)
}
