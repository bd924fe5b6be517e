//! A member's party in brackets after the name, as Kamervragen and news
//! write it: "de leden Stultiens (GroenLinks-PvdA) en Soepboer (NSC)",
//! "Olger van Dijk (NSC)", "Rooderkerk (D66)", "De Hoop (GroenLinks-PvdA)".
//! The party makes the name a person's; a body before its own acronym
//! ("Rijkswaterstaat (RWS)", "Inspectie Leefomgeving en Transport (ILT)")
//! is not one, nor a place in brackets ("in De Bunker (Amsterdam)").

use super::cues;
use super::detector_context::DetectorContext;
use super::name_heads::head_type;
use super::shapes::is_camel_case;
use super::words::{Word, is_acronym};

/// An acronym, a camel-cased name or capitals and digits in brackets
/// right after the word at `at`, the way a member's party follows the name.
pub(super) fn party_in_brackets_after(text: &str, words: &[Word], at: usize) -> bool {
    words.get(at + 1).is_some_and(|n| {
        let w = &text[n.range.clone()];
        &text[words[at].range.end..n.range.start] == " ("
            && text[n.range.end..].starts_with(')')
            && w.split('-').all(is_party_shape)
    })
}

/// A party's name as written in brackets: an acronym, camel case, capitals
/// and digits, or a short word with capitals inside ("PvdA", "PvdD"); a
/// joint list joins two with a hyphen ("GroenLinks-PvdA").
fn is_party_shape(w: &str) -> bool {
    is_acronym(w)
        || is_camel_case(w)
        || is_capitals_and_digits(w)
        || (w.len() <= 6
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && w.chars().skip(1).any(|c| c.is_ascii_uppercase()))
}

/// The single word at `at` is a member's surname before a party: no
/// acronym, head word, place or word the document writes in lower case,
/// not the first or the last word of the acronym's long form, not after an
/// article ("onder de Milieusteunrichtsnoeren (CEEAG)", "voor de
/// Vluchtelingen (UNHCR)": a thing's or a body's last word before its
/// foreign acronym) and no longer than a surname is.
pub(super) fn member_surname(text: &str, words: &[Word], at: usize, ctx: &DetectorContext) -> bool {
    let surface = &text[words[at].range.clone()];
    let after_article = at > 0
        && words[at].joined_to_prev
        && matches!(
            &text[words[at - 1].range.clone()],
            "de" | "het" | "een" | "der" | "des" | "den"
        );
    !after_article
        && surface.split('-').all(|part| part.chars().count() <= 16)
        && party_in_brackets_after(text, words, at)
        && {
            let party = &text[words[at + 1].range.clone()];
            !acronym_of(party, surface)
                && !acronym_ends_with(party, surface)
                && !is_acronym(surface)
                && head_type(surface).is_none()
                && !ctx.places.contains(surface)
                && !ctx.lower_words.contains(cues::lower(surface).as_ref())
        }
}

/// The words `start..=last` (two to four) are a member's name before a
/// party: none of them a head word, place, adjective or acronym, and the
/// party's acronym not starting as the name does ("Nieuw Sociaal Contract
/// (NSC)").
pub(super) fn member_name(
    text: &str,
    words: &[Word],
    start: usize,
    last: usize,
    ctx: &DetectorContext,
) -> bool {
    let word = |k: usize| &text[words[k].range.clone()];
    last - start <= 3
        && party_in_brackets_after(text, words, last)
        && !acronym_of(word(last + 1), word(start))
        && !(start..=last).any(|x| {
            head_type(word(x)).is_some()
                || ctx.places.contains(word(x))
                || cues::is_adjective_form(word(x))
                || is_acronym(word(x))
        })
}

/// "D66", "50PLUS": capitals and digits, a party's name.
fn is_capitals_and_digits(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars().any(char::is_uppercase)
        && w.chars().all(|c| c.is_ascii_digit() || c.is_uppercase())
}

/// Whether `acronym`'s last letter is `word`'s first: the word may end the
/// acronym's long form.
fn acronym_ends_with(acronym: &str, word: &str) -> bool {
    let lower = |c: Option<char>| c.map(|c| c.to_lowercase().collect::<String>());
    lower(acronym.chars().next_back()) == lower(word.chars().next())
}

/// Whether `acronym` may abbreviate a name starting with `first`: their
/// first letters agree.
fn acronym_of(acronym: &str, first: &str) -> bool {
    let lower = |s: &str| {
        s.chars()
            .next()
            .map(|c| c.to_lowercase().collect::<String>())
    };
    lower(acronym) == lower(first)
}
