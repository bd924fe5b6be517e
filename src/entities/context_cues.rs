//! What stands right before a name and says what it names: a kind of
//! thing or body ("het project …", "netbeheerder …", also before a list of
//! names), people who work for a body ("een woordvoerder van …"), a
//! preposition of place ("in …"), a verb of saying ("zegt …"), and the
//! chamber a letter is addressed to ("uw Kamer").

use super::cues;
use super::words::{Word, is_capitalised};

/// "het project Cyber Rapid Respons Teams".
pub fn misc_cue_before(text: &str, words: &[Word], at: usize) -> bool {
    if at == 0 || words[at].sentence_start {
        return false;
    }
    let prev = &words[at - 1];
    let gap = &text[prev.range.end..words[at].range.start];
    (gap.chars().all(|c| c == ' ') && cues::is_misc_cue(&text[prev.range.clone()]))
        // "de oefeningen Cold Eagle, Arctic Challenge en Falcon Autumn".
        || kind_before(text, words, at, cues::is_misc_cue, false)
        // "het programma De Nieuwe Maan": a title's own article between
        // (the article joins the title afterwards, `title_articles`).
        || (at > 1
            && matches!(&text[prev.range.clone()], "De" | "Het")
            && !prev.sentence_start
            && text[words[at - 2].range.end..prev.range.start] == *" "
            && gap == " "
            && kind_before(text, words, at - 1, cues::is_misc_cue, false))
}

/// "netbeheerder Stedin", "de netbeheerders Liander, Stedin en Enexis": a
/// kind of organisation right before the name, or before the list it ends.
pub fn org_class_before(text: &str, words: &[Word], at: usize) -> bool {
    kind_before(text, words, at, cues::is_org_class_cue, true)
        || (!may_be_people(&text[words[at].range.clone()])
            && kind_before(text, words, at, cues::is_group_cue, false))
}

/// "Saft, een dochteronderneming van TotalEnergies", "Coelo, het
/// onderzoeksinstituut van de Rijksuniversiteit", "Fox-IT, onderdeel van
/// het Britse NCC Group": a kind of body set off by a comma after the name
/// (with an article and an adjective before it, or none).
pub fn org_apposition_after(text: &str, words: &[Word], last: usize) -> bool {
    if text[words[last].range.end..].starts_with(", onderdeel van ") {
        return true;
    }
    kind_in_apposition(text, words, last).is_some_and(|kind| {
        cues::is_org_class_cue(kind)
            || (kind.chars().count() > 6 && cues::has_head(kind, cues::ORG_HEADS))
    })
}

/// "Crossing Border, het festival dat …", "Satanstango, de roman waarmee
/// …": a named thing's kind set off by a comma after the name (with an
/// article and an adjective before it, or none); one thing, not a list.
pub fn misc_apposition_after(text: &str, words: &[Word], last: usize) -> bool {
    kind_in_apposition(text, words, last).is_some_and(|kind| {
        cues::is_misc_cue(kind)
            || (kind.chars().count() > 6 && cues::has_head(kind, cues::MISC_HEADS))
    })
}

/// The lower-case singular noun set off by a comma after the name ending at
/// `words[last]`, past an article and an adjective ("…, het Britse
/// bedrijf"). None for a plural: one thing, not a list ("het Rijk, de
/// netbeheerders, …").
fn kind_in_apposition<'t>(text: &'t str, words: &[Word], last: usize) -> Option<&'t str> {
    let rest = text[words[last].range.end..].strip_prefix(", ")?;
    let rest = ["een ", "de ", "het "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let next_word = |s: &'t str| -> &'t str {
        &s[..s
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(s.len())]
    };
    let mut kind = next_word(rest);
    if cues::is_adjective_form(kind)
        && let Some(after) = rest[kind.len()..].strip_prefix(' ')
    {
        kind = next_word(after);
    }
    let plural = kind.ends_with('s') || kind.ends_with("en");
    (kind.starts_with(char::is_lowercase) && !plural).then_some(kind)
}

/// A kind of body capitalised only by the acronym it starts with:
/// "IT-bedrijf", "ICT-coöperatie", "AI-start-up".
pub fn acronym_kind(w: &str) -> bool {
    w.split_once('-').is_some_and(|(head, tail)| {
        super::words::is_acronym(head) && tail.starts_with(char::is_lowercase)
    })
}

/// Whether a name could be a plural of people ("Syriërs", "Polen",
/// "Chinezen"): after "een groep" it is no group's name.
fn may_be_people(name: &str) -> bool {
    name.ends_with('s') || name.ends_with("en")
}

/// "het Duitse Infineon", "Het Amerikaanse Corvanta": a neuter article and
/// an adjective of a people or a place right before a single name. A person
/// takes "de"; a place takes "het" too ("het Duitse Dresden"), which the
/// caller rules out by the lists of places.
pub fn neuter_adjective_before(text: &str, words: &[Word], at: usize) -> bool {
    if at < 2 || words[at].sentence_start {
        return false;
    }
    let spaced = |j: usize| {
        text[words[j - 1].range.end..words[j].range.start]
            .chars()
            .all(|c| c == ' ')
    };
    let adjective = &text[words[at - 1].range.clone()];
    // A preposition of place before it makes it a place ("in het Duitse
    // Inzell").
    let place_before = at > 2
        && !words[at - 2].sentence_start
        && matches!(
            &text[words[at - 3].range.clone()],
            "in" | "naar" | "uit" | "vanuit" | "rond" | "nabij" | "richting"
        );
    // Inflected ("het Duitse"; "het Europees Netwerkpakket" is a thing's
    // name), before a whole name ("het Europese Asiel- en Migratiepact").
    spaced(at)
        && spaced(at - 1)
        && is_capitalised(adjective)
        && (adjective.ends_with("se") || adjective.ends_with("sche"))
        && cues::is_adjective_form(adjective)
        && matches!(&text[words[at - 2].range.clone()], "het" | "Het")
        && !place_before
        && !text[words[at].range.end..].starts_with('-')
}

/// "bedrijventerrein Harselaar", "de woonwijken De Burgt en Bloemendal": a
/// kind of place right before the name, or before the list it ends.
pub fn place_kind_before(text: &str, words: &[Word], at: usize) -> bool {
    kind_before(text, words, at, cues::is_place_kind_cue, false)
}

/// A word of a kind (`is_kind`, in lower case or as a sentence's first word)
/// right before the name at `at`, or before the list of names it stands in.
fn kind_before(
    text: &str,
    words: &[Word],
    at: usize,
    is_kind: fn(&str) -> bool,
    acronym_kinds: bool,
) -> bool {
    let w = |j: usize| &text[words[j].range.clone()];
    // What stands between word `j` and the one before it.
    let gap = |j: usize| text[words[j - 1].range.end..words[j].range.start].trim_matches(' ');
    let is_join = |j: usize| matches!(w(j), "en" | "of" | "&");
    // `j` is the first word of the list item being read, from the last back.
    let mut j = at;
    for _ in 0..6 {
        if j == 0 || words[j].sentence_start {
            return false;
        }
        let p = j - 1;
        // The kind in lower case, or capitalised as a sentence's first word
        // ("Energieleveranciers Eneco en Vattenfall").
        let kind = (!is_capitalised(w(p))
            || words[p].sentence_start
            || (acronym_kinds && acronym_kind(w(p))))
            && is_kind(w(p));
        // "programma's als Het Klokhuis", "bedrijven zoals Shell".
        let kind_then_as = matches!(w(p), "als" | "zoals")
            && p > 0
            && gap(p).is_empty()
            && !is_capitalised(w(p - 1))
            && is_kind(w(p - 1));
        let item_end = if gap(j).is_empty() && (kind || kind_then_as) {
            return true;
        } else if gap(j) == "," && is_capitalised(w(p)) {
            p
        } else if gap(j).is_empty()
            && is_join(p)
            && p > 0
            && gap(p).is_empty()
            && is_capitalised(w(p - 1))
        {
            p - 1
        } else {
            return false;
        };
        let mut k = item_end;
        while k > 0
            && k + 4 > item_end
            && !words[k].sentence_start
            && gap(k).is_empty()
            && is_capitalised(w(k - 1))
        {
            k -= 1;
        }
        j = k;
    }
    false
}

/// "een woordvoerder van Voltarix", "de klanten van de Tulpix", "werkt bij
/// Meridiaan Zorg": the name of what people belong to or work for.
pub fn org_member_before(text: &str, words: &[Word], at: usize) -> bool {
    let w = |j: usize| &text[words[j].range.clone()];
    // Only spaces between the words read back from `at`.
    let joined = |j: usize| {
        text[words[j - 1].range.end..words[j].range.start]
            .trim_matches(' ')
            .is_empty()
    };
    if at == 0 || words[at].sentence_start || !joined(at) {
        return false;
    }
    let mut p = at - 1;
    if matches!(w(p), "de" | "het") {
        if p == 0 || !joined(p) {
            return false;
        }
        p -= 1;
    }
    if p == 0 || !joined(p) {
        return false;
    }
    let cue = cues::lower(w(p - 1));
    match w(p) {
        "van" => cues::ORG_MEMBER_CUES.contains(&cue.as_ref()),
        "bij" => cues::WORK_VERBS.contains(&cue.as_ref()),
        _ => false,
    }
}

/// "in Doorn", "naar Vilnius" (not "Ook in Cultuur", a news site's section).
pub fn place_cue_before(text: &str, words: &[Word], at: usize) -> bool {
    if at == 0 || words[at].sentence_start {
        return false;
    }
    let prev = &words[at - 1];
    let gap = &text[prev.range.end..words[at].range.start];
    gap.chars().all(|c| c == ' ')
        && cues::PLACE_CUES.contains(&&text[prev.range.clone()])
        // ("Ook in Cultuur": a site's section.)
        && !super::non_name_words::is_news_section(&text[words[at].range.clone()])
}

/// "zegt Boudewijn Siemons", "aldus Maria Lopes": a verb of saying right
/// before a name says someone speaks.
pub fn speech_verb_before(text: &str, words: &[Word], at: usize) -> bool {
    if at == 0 || words[at].sentence_start {
        return false;
    }
    let prev = &words[at - 1];
    let gap = &text[prev.range.end..words[at].range.start];
    gap.chars().all(|c| c == ' ')
        && cues::SPEECH_VERBS.contains(&cues::lower(&text[prev.range.clone()]).as_ref())
}

/// "uw Kamer", "de Kamer": the parliament the letter is addressed to.
pub fn chamber_context(text: &str, words: &[Word], at: usize) -> bool {
    at > 0
        && !words[at].sentence_start
        && matches!(
            &text[words[at - 1].range.clone()],
            "uw" | "Uw" | "de" | "De" | "der" | "deze" | "Deze" | "die" | "haar"
        )
}
