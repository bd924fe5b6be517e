//! Titles before a person's name, read backwards from a candidate name:
//! "premier Shmygal", "Minister van Buitenlandse Zaken Kuleba", a name set
//! off by commas after a title and its post, and the portfolio words that
//! belong to the title rather than to a name after it; and the title word
//! that tells which of several known people a bare surname names.

use super::words::{Word, is_capitalised};
use super::{cues, portfolio};

/// The word after a title-chain candidate carries the title on: "Minister
/// voor Klimaat en Energie Jetten" makes "Klimaat" and "Energie" part of it.
pub(super) fn continues_title(text: &str, words: &[Word], last: usize) -> bool {
    let Some(n) = words.get(last + 1).filter(|n| n.joined_to_prev) else {
        return false;
    };
    let w = &text[n.range.clone()];
    if is_capitalised(w) {
        return true;
    }
    matches!(w, "en" | "van" | "voor")
        && words
            .get(last + 2)
            .is_some_and(|m| is_capitalised(&text[m.range.clone()]))
}

/// "minister van " right before `at`.
pub(super) fn title_of_portfolio_before(text: &str, words: &[Word], at: usize) -> bool {
    at >= 2
        && matches!(
            cues::lower(&text[words[at - 1].range.clone()]).as_ref(),
            "van" | "voor"
        )
        && portfolio::is_title(&text[words[at - 2].range.clone()])
        && text[words[at - 2].range.end..words[at].range.start]
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TitleCue {
    None,
    /// "premier Shmygal": the title right before the name.
    Direct,
    /// "Minister van Buitenlandse Zaken Kuleba": through a title's words.
    ThroughTitle,
}

/// A title a few words before: "premier Shmygal", "Minister van Buitenlandse
/// Zaken Kuleba", "het lid Ephraim".
pub(super) fn person_cue_before(text: &str, words: &[Word], at: usize) -> TitleCue {
    let mut j = at;
    let mut steps = 0;
    while j > 0 && steps < 7 {
        let prev = &words[j - 1];
        // Only spaces (or the words of a title) may stand between.
        let gap = &text[prev.range.end..words[j].range.start];
        if !gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
            return TitleCue::None;
        }
        let w = &text[prev.range.clone()];
        let lower = cues::lower(w);
        if j == at && j >= 2 && is_kin_after_possessive(text, words, j - 1) {
            return TitleCue::Direct;
        }
        if cues::is_person_cue(w) || lower.ends_with("minister") {
            return if j == at {
                TitleCue::Direct
            } else if is_capitalised(&text[words[at - 1].range.clone()]) {
                TitleCue::ThroughTitle
            } else {
                // "de minister voor Klimaat en Energie": a word after a
                // connector is the post's, not a name after it.
                TitleCue::None
            };
        }
        // "de voorzitter van de Tweede Kamer": a title of a body names the
        // body after an article, not a person.
        if !(is_capitalised(w) || matches!(lower.as_ref(), "van" | "voor" | "en")) {
            return TitleCue::None;
        }
        if words[j - 1].sentence_start {
            return TitleCue::None;
        }
        j -= 1;
        steps += 1;
    }
    TitleCue::None
}

/// Family, named with a possessive: "zijn vrouw Hennie", "hun dochter
/// Sanne", "haar broer Tom". Without one the word is no cue ("de man
/// Kees" is not said; "dochter Vattenfall" is a subsidiary).
fn is_kin_after_possessive(text: &str, words: &[Word], kin: usize) -> bool {
    const KIN: &[&str] = &[
        "vrouw",
        "man",
        "echtgenote",
        "echtgenoot",
        "dochter",
        "zoon",
        "vader",
        "moeder",
        "broer",
        "zus",
        "zuster",
        "opa",
        "oma",
        "grootvader",
        "grootmoeder",
        "kleinzoon",
        "kleindochter",
        "schoonzoon",
        "schoondochter",
        "oom",
        "tante",
        "vriendin",
    ];
    const POSSESSIVES: &[&str] = &["zijn", "haar", "hun", "mijn", "onze", "ons", "uw", "jouw"];
    let gap = &text[words[kin - 1].range.end..words[kin].range.start];
    gap == " "
        && KIN.contains(&text[words[kin].range.clone()].as_ref())
        && POSSESSIVES.contains(&cues::lower(&text[words[kin - 1].range.clone()]).as_ref())
}

/// "de Nigerese minister van Buitenlandse Zaken, Hassoumi Massoudou,": a
/// name set off by commas after a title (and its post). Not an item of a
/// list of posts ("de ministers van Defensie, Financiën en ...").
pub(super) fn apposition_to_title(text: &str, words: &[Word], start: usize, last: usize) -> bool {
    if start == 0 || text[words[start - 1].range.end..words[start].range.start] != *", " {
        return false;
    }
    let after = text[words[last].range.end..].trim_start_matches('.');
    if !(after.is_empty() || after.starts_with([',', '\n', ';']) || after.starts_with(" (")) {
        return false;
    }
    let mut k = start;
    for _ in 0..8 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let w = &text[words[k].range.clone()];
        let lower = cues::lower(w);
        if cues::is_person_cue(w) || lower.ends_with("minister") {
            return true;
        }
        if !(is_capitalised(w) || matches!(lower.as_ref(), "van" | "voor" | "en" | "de")) {
            return false;
        }
        if k + 1 < words.len()
            && k + 1 != start
            && !text[words[k].range.end..words[k + 1].range.start]
                .chars()
                .all(|c| c == ' ')
        {
            return false;
        }
    }
    false
}

/// The title word before a name, in lower case, looking past the words of a
/// title ("Minister van Buitenlandse Zaken Kuleba" → "minister").
pub(super) fn cue_before(text: &str, words: &[Word], at: usize) -> Option<String> {
    let mut j = words.partition_point(|w| w.range.start < at);
    let mut steps = 0;
    while j > 0 && steps < 7 {
        let prev = &words[j - 1];
        let next_start = words.get(j).map_or(at, |w| w.range.start.min(at));
        // A name glued inside a word ("geledenDEN HAAG") has no title before it.
        if prev.range.end > next_start {
            return None;
        }
        let gap = &text[prev.range.end..next_start];
        if !gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
            return None;
        }
        let w = &text[prev.range.clone()];
        let lower = cues::lower(w);
        if cues::is_person_cue(w) || lower.ends_with("minister") {
            return Some(lower.into_owned());
        }
        let title_word = w.chars().next().is_some_and(char::is_uppercase)
            || matches!(lower.as_ref(), "van" | "voor" | "en");
        if !title_word || prev.sentence_start {
            return None;
        }
        j -= 1;
        steps += 1;
    }
    None
}

/// "Dijkgraaf Harmen Blom", "Koning Willem-Alexander": a title word written
/// with a capital right before a person's name is the title, not another
/// person whose surname it also is (a known "Robbert Dijkgraaf"). The title
/// is dropped from `found` (sorted by start).
pub(super) fn drop_titles_before_names(text: &str, found: &mut Vec<super::Found>) {
    use super::kind::EntityType;
    let title = |k: usize| {
        let (f, next) = (&found[k], &found[k + 1]);
        f.ty == EntityType::Person
            && next.ty == EntityType::Person
            && next.range.start == f.range.end + 1
            && text.as_bytes()[f.range.end] == b' '
            && !text[f.range.clone()].contains(' ')
            && cues::is_person_cue(&text[f.range.clone()])
    };
    let gone: Vec<usize> = (0..found.len().saturating_sub(1))
        .filter(|&k| title(k))
        .collect();
    super::drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::kind::EntityType;
    use crate::entities::test_mention as found;

    #[test]
    fn a_capitalised_title_before_a_name_is_no_person() {
        let text = "Dijkgraaf Harmen Blom sprak. Dijkgraaf zei het.";
        let mut f = vec![
            found(text, "Dijkgraaf", EntityType::Person, false),
            found(text, "Harmen Blom", EntityType::Person, false),
            found(text, "Dijkgraaf zei", EntityType::Person, false),
        ];
        // ("Dijkgraaf zei": a made-up find that stands for a name with no
        // name after it.)
        drop_titles_before_names(text, &mut f);
        let names: Vec<_> = f.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Harmen Blom", "Dijkgraaf zei"]);
        // A person that is no title keeps the name after it ("Rutte Blom" is
        // two people in a list without commas).
        let text = "Rutte Blom";
        let mut f = vec![
            found(text, "Rutte", EntityType::Person, false),
            found(text, "Blom", EntityType::Person, false),
        ];
        drop_titles_before_names(text, &mut f);
        assert_eq!(f.len(), 2);
    }
}
