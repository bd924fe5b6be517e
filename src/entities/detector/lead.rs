//! The detector's second step: the words a run starts with that are its
//! context, not its name — function words, titles, a people's noun ("de
//! Noor Haaland"), a sentence's first word before a given name — and the
//! signs read on the way: a capitalised "Van" of a surname, a title of a
//! body, a known portfolio after a title.

use super::Scan;
use crate::entities::context_cues::speech_verb_before;
use crate::entities::cover::Cover;
use crate::entities::cues;
use crate::entities::detector_context::is_listed_place;
use crate::entities::gazetteer::is_particle;
use crate::entities::member_party::party_in_brackets_after;
use crate::entities::name_heads::head_type;
use crate::entities::person_name_shapes::surname_after_van;
use crate::entities::title_cues::{TitleCue, person_cue_before, title_of_portfolio_before};

/// Where a name starts inside its run, and what its leading words said.
pub(super) struct Lead {
    /// The name's first word.
    pub(super) start: usize,
    /// A title or a people's noun went before it.
    pub(super) titled: bool,
    /// It starts with a surname's capitalised particle ("Van der Poel").
    pub(super) capital_van: bool,
}

/// The [`Lead`] of the run `words[i..=end]`, or `None` when every word of
/// it is context.
pub(super) fn lead(scan: &Scan, i: usize, end: usize) -> Option<Lead> {
    let Scan {
        text,
        words,
        cover,
        ctx,
        ..
    } = *scan;
    let word = |i: usize| &text[words[i].range.clone()];
    // "De Meern", "Leidsche Rijn", "Den Helder": a listed place whose first
    // word is an article or an adjective is a place whole (when the
    // document never writes it in lower case).
    // ("Oude Pekela", "Nieuwe Pekela": its last words may be a known place
    // of their own.)
    if end > i
        && !text[..words[i].range.start].ends_with('-')
        && cover[i] == Cover::Free
        && (i + 1..=end).all(|x| cover[x] != Cover::Hard)
        && (cues::is_never_alone(word(i)) || cues::is_adjective_form(word(i)))
        && is_listed_place(&text[words[i].range.start..words[end].range.end], ctx)
    {
        return Some(Lead {
            start: i,
            titled: false,
            capital_van: false,
        });
    }
    // Leading function words and titles are context, not name.
    let mut start = i;
    let mut titled = false;
    // "Voorzitter van de Tweede Kamer": a title of a body, not a person.
    let mut title_of = false;
    // "Van Campen", "Van der Poel" inside a sentence: a surname whose
    // particle is written with a capital when no given name goes first.
    let mut capital_van = false;
    // "de Noor Oskar Zweigaard-Aasen", "de Noor Haaland": a people's
    // noun before a name is context; one that is a given name too is
    // the person's own without an article before it ("D66-leider Noor
    // Haddouchi").
    let is_demonym_here = |k: usize| {
        cues::is_demonym_noun(word(k))
            && !(ctx.is_given(word(k))
                && !(k > 0
                    && words[k].joined_to_prev
                    && matches!(
                        cues::lower(word(k - 1)).as_ref(),
                        "de" | "een" | "die" | "deze"
                    )))
    };
    while start <= end && cover[start] == Cover::Free {
        let w = word(start);
        // ("De Hoop", "Ter Laak" too, with a person's cue: a title or a
        // verb of saying before, or a party in brackets after; "het boek
        // De Aanslag", "in De Kuip" are no people.)
        if matches!(
            w,
            "Van" | "Vander" | "Vanden" | "De" | "Den" | "Ter" | "Ten"
        ) && !words[start].sentence_start
            && surname_after_van(text, words, cover, start, end)
            && (matches!(w, "Van" | "Vander" | "Vanden")
                || person_cue_before(text, words, start) == TitleCue::Direct
                || speech_verb_before(text, words, start)
                || party_in_brackets_after(text, words, end))
        {
            capital_van = true;
            break;
        }
        if cues::is_person_cue(w) || (start < end && is_demonym_here(start)) {
            titled = true;
        } else if start < end
            && (words[start].sentence_start || crate::entities::context_cues::acronym_kind(w))
            && cues::is_org_class_cue(w)
        {
            // "Energieleveranciers Eneco": the kind, capitalised as the
            // sentence's first word, is context (read again below); so is
            // one capitalised by an acronym ("het IT-bedrijf Tietoevry").
        } else if start + 1 < end
            && cues::is_adjective_form(w)
            && crate::entities::context_cues::acronym_kind(word(start + 1))
            && cues::is_org_class_cue(word(start + 1))
        {
            // "het Finse IT-bedrijf Tietoevry": its adjective too.
        } else if start + 1 < end
            && w.chars().count() > 1
            && !ctx.is_given(w)
            && ctx.is_given(word(start + 1))
            && head_type(w).is_none()
        {
            // "de Amerikaanse Erin Jackson", "Boer Jan Derck …", "minister
            // van Verdediging Boris Pistorius": a word before a given name
            // and a surname is context (the name says it is a person),
            // unless it is a body's head ("Stichting Anne Frank") or an
            // initial ("M. El Khatib-Verhoeven").
        } else if !cues::is_never_alone(w) && !is_particle(w) {
            break;
        } else if titled && matches!(cues::lower(w).as_ref(), "van" | "voor") {
            title_of = true;
        }
        start += 1;
    }
    if start > end {
        return None;
    }
    if title_of
        && ((start..=end).any(|x| matches!(cover[x], Cover::Soft(_)))
            || head_type(&text[words[start].range.start..words[end].range.end]).is_some())
    {
        titled = false;
    }
    // "Minister van Justitie en Veiligheid Dilan Kaya": a known portfolio
    // after a title, then the person the title names.
    if let Cover::Soft(last_soft) = cover[start]
        && last_soft < end
        && title_of_portfolio_before(text, words, start)
        && (last_soft + 1..=end).all(|x| cover[x] == Cover::Free)
    {
        start = last_soft + 1;
        titled = true;
    }
    Some(Lead {
        start,
        titled,
        capital_van,
    })
}
