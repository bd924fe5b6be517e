//! The detector's last step: a name's span (trailing particles left out,
//! an acronym before a lower-case word cut off, a closing initial's stop and
//! a unit's number taken) and its type, read from its shape and context: the
//! chamber, an acronym defined or classified, a brand, a person by a title,
//! a given name or a verb of saying, a place by its cue, list or ending, a
//! law by its title, a named thing or a body by its head word.

use super::lead::Lead;
use super::{Names, Scan, years_inside};
use super::{dateline_start, name_link};
use crate::entities::acronym;
use crate::entities::acronym_type::{classify_acronym, defines_acronym};
use crate::entities::context_cues::{
    chamber_context, misc_apposition_after, misc_cue_before, neuter_adjective_before,
    org_apposition_after, org_class_before, org_member_before, place_cue_before, place_kind_before,
    speech_verb_before,
};
use crate::entities::cover::Cover;
use crate::entities::cues::{self, MISC_HEADS, ORG_HEADS};
use crate::entities::detector_context::is_listed_place;
use crate::entities::gazetteer::is_particle;
use crate::entities::kind::EntityType;
use crate::entities::law_title;
use crate::entities::member_party::{member_name, member_surname};
use crate::entities::name_heads::{
    bare_head, head_type, is_church_building, is_place_compound, place_compound_stem,
};
use crate::entities::name_links::{built_on_link, dateline_link, person_link, place_link};
use crate::entities::person_name_shapes::is_dutch_name_shape;
use crate::entities::rules::overlaps;
use crate::entities::shapes::{
    after_indefinite_article, before_house_number, is_camel_case, is_dike_market_or_harbour,
    is_formula, is_postcode_letters, is_street, is_street_of_address, plural_after_determiner,
    title_before_street,
};
use crate::entities::title_cues::{
    TitleCue, apposition_to_title, continues_title, person_cue_before,
};
use crate::entities::words::{is_acronym, is_capitalised};
use crate::entities::{Found, Link};
use std::ops::Range;

/// Types the name of `lead` (whose run ends at `end`) and adds it to
/// `names`; returns the last word it took (a name may take one after its
/// run: "Standing NATO Maritime Group 1").
pub(super) fn name(scan: &Scan, lead: Lead, end: usize, names: &mut Names) -> usize {
    let Scan {
        text,
        words,
        cover,
        hard,
        soft,
        known,
        ctx,
        ..
    } = *scan;
    let word = |i: usize| &text[words[i].range.clone()];
    let Lead {
        start,
        titled,
        capital_van,
    } = lead;
    let Names {
        out,
        absorbed,
        acronyms,
    } = names;
    // Trailing particles belong to what follows.
    let mut last = end;
    while last > start && is_particle(word(last)) {
        last -= 1;
    }
    let mut range = words[start].range.start..words[last].range.end;
    let single = start == last;
    // "NIS2-richtlijn", "SER-advies": an acronym before a lower-case word
    // is a name of its own, as a known one is ("NAVO-bondgenoten").
    if single
        && let Some((head, rest)) = text[range.clone()].split_once('-')
        && is_acronym(head)
        && rest.starts_with(char::is_lowercase)
        // "HALO-trust": an organisation's head keeps it whole.
        && !cues::has_head(rest, ORG_HEADS)
    {
        range.end = range.start + head.len();
    }
    // "Stefan P.": a closing initial keeps its full stop.
    if !single && word(last).chars().count() == 1 && text[range.end..].starts_with('.') {
        range.end += 1;
    }
    // "Standing NATO Maritime Group 1": a number closes a named unit.
    let mut extended = last;
    if let Some(n) = words.get(last + 1)
        && n.joined_to_prev
        && cover[last + 1] == Cover::Free
        && text[n.range.clone()].bytes().all(|b| b.is_ascii_digit())
        && head_type(&text[range.clone()]).is_some()
    {
        range.end = n.range.end;
        extended = last + 1;
    }
    let surface = &text[range.clone()];
    // A word of the stop list ("DNA") defined in brackets after the name
    // it spells ("De Nationale Assemblée (DNA)") is that name's here.
    let stopped = (ctx.stop.contains(surface)
        && !(single
            && defines_acronym(text, &range)
            && acronym::long_form_before(text, &range).is_some()))
        // "het IT-bedrijf", "een ICT-coöperatie": a kind named with a
        // common acronym.
        || (single
            && surface.split_once('-').is_some_and(|(head, rest)| {
                ctx.stop.contains(head) && rest.starts_with(char::is_lowercase)
            }));
    if stopped || !(start..=extended).any(|x| cover[x] == Cover::Free) {
        return extended;
    }
    let sentence_start = words[start].sentence_start;
    let cue = person_cue_before(text, words, start);
    let titled = titled
        || cue == TitleCue::Direct
        || (cue == TitleCue::ThroughTitle && !continues_title(text, words, last))
        || apposition_to_title(text, words, start, last);
    // "Prinses Irenestraat", "Koning Abdulaziz Congrescentrum": a street
    // or a venue named after a person is no person.
    let titled =
        titled && !is_street(surface) && !(last > start && is_place_compound(word(last), true));
    let from = soft.partition_point(|r| r.start < range.start);
    let swallowed: Vec<Range<usize>> = soft[from..]
        .iter()
        .take_while(|r| r.start < range.end)
        .filter(|r| r.end <= range.end)
        .cloned()
        .collect();
    // "NATO Response Force" and "NAVO Response Force" are one name: a
    // known name inside links through its entry, not its spelling.
    let built_link = || built_on_link(text, &range, &swallowed, known, ctx);
    let found = if single && word(start) == "Kamer" && chamber_context(text, words, start) {
        ctx.chamber
            .map(|e| (EntityType::Organisation, Link::Gazetteer(e)))
    } else if single
        && word(start) == "Staten"
        && chamber_context(text, words, start)
        && !text[range.end..].starts_with('-')
    {
        // "in de Staten": a province's or a country's parliament
        // (Provinciale Staten, de Staten van Curaçao), as "uw Kamer" is.
        Some((EntityType::Organisation, name_link(surface)))
    } else if single && is_postcode_letters(text, &range) {
        // "2500 EX Den Haag": the letters of a Dutch postcode.
        None
    } else if single
        && !is_acronym(surface)
        && defines_acronym(text, &range)
        && acronym::is_short_form(surface)
    {
        // "(Wbni)", "(Cbw)": a law's short form in lower case after its
        // capital, known only by its long form (never dropped on a guess).
        match acronym::define(text, &range, known, out, absorbed) {
            Some(Some(meaning)) => {
                acronyms.insert(surface.to_string(), Some(meaning.clone()));
                Some(meaning)
            }
            _ => None,
        }
    } else if single
        && (crate::entities::roman_numerals::is_roman_numeral(surface)
            || crate::entities::non_name_words::is_label_in_capitals(surface))
    {
        // "Sportakkoord II", "kabinet-Rutte IV": a number, no acronym; nor
        // is a news site's label ("LIVE 67' | GOAL").
        None
    } else if single && is_acronym(surface) {
        match acronym::define(text, &range, known, out, absorbed) {
            Some(meaning) => {
                acronyms.insert(surface.to_string(), meaning.clone());
                meaning
            }
            None if is_formula(text, &range) => None,
            // "de koers van de SRD": a currency's code names no body.
            None if crate::entities::currencies::is_code(surface) => None,
            None if after_indefinite_article(text, words, start)
                || plural_after_determiner(text, words, start) =>
            {
                // "een UPV voor meubels": a kind of thing, not a name;
                // nor is it anywhere else in the document.
                acronyms.insert(surface.to_string(), None);
                None
            }
            // "de hoogste AAA-status", "een BBB-rating": a credit rating
            // names no body.
            None if is_credit_rating(surface) => None,
            // "NIEUWS", "ARBEIDSMARKT", "FILM" over an article: a word the document
            // also writes in lower case is that word in capitals, not a
            // body's acronym (a dateline's place stays: "KAMPEN - ", "KAMPEN
            // (ANP)"; a heading's bracket with a number does not make one:
            // "ZO STEMDEN DE PARTIJEN (N207)").
            None if surface.chars().count() >= 4
                && ctx.lower_words.contains(&surface.to_lowercase())
                && !starts_dateline_tail(&text[range.end..]) =>
            {
                None
            }
            None if text[range.end..].starts_with('+') => {
                // "SDE++": an acronym with plus signs names a scheme or a product.
                range.end +=
                    text[range.end..].len() - text[range.end..].trim_start_matches('+').len();
                Some((EntityType::Misc, name_link(&text[range.clone()])))
            }
            None => {
                let mut found = classify_acronym(text, range.clone(), known, out);
                if found
                    .as_ref()
                    .is_some_and(|(t, _)| *t == EntityType::Location)
                    && let Some(s) = dateline_start(text, range.start)
                    && !overlaps(hard, &(s..range.start))
                {
                    range.start = s;
                    let place = dateline_link(&text[range.clone()], ctx);
                    found = Some((EntityType::Location, place));
                }
                if let Some((ty, link)) = &found
                    && defines_acronym(text, &range)
                {
                    acronyms.insert(surface.to_string(), Some((*ty, link.clone())));
                }
                found
            }
        }
    } else if single && is_camel_case(surface) {
        // "LinkedIn", "FrieslandCampina": a capital inside a word is a brand.
        Some((EntityType::Organisation, name_link(surface)))
    } else if single && sentence_start && is_named_place_compound(surface, ctx) {
        // "Zeelandbrug dicht", "Lees ook: Kennedytunnel …": at a sentence's
        // start a bridge or tunnel named after a place or a known name is
        // that place ("Fietsbrug", "Spoortunnel" are kinds of things).
        Some((EntityType::Location, place_link(surface, ctx)))
    } else if single
        && ((sentence_start && !titled && !is_listed_place(surface, ctx))
            // ("Tijdelijke regeling …": an adjective heading a law's title.)
            || (cues::is_adjective_form(surface)
                && law_title::title_end(text, words, start).is_none()))
    {
        // A capital at a sentence start, or an adjective, says nothing
        // alone (a listed place the document never writes in lower case
        // does: "Genk verloor").
        None
    } else if capital_van && !is_place_compound(word(last), false) {
        // ("Van Ghentkazerne", "Van Heekpark": a compound of a surname and
        // a place's head is the place, below.)
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if single && member_surname(text, words, start, ctx) {
        // "de leden Stultiens (GroenLinks-PvdA) en Soepboer (NSC)".
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if (is_place_compound(word(last), !single) || is_church_building(surface))
        && !is_street_of_address(text, &range)
        && (single || !bare_head(word(start)))
    {
        // "Jubelpark", "Noordstation", "Lotto Park", "Jan
        // Breydelstadion": a square, park, station or stadium (not in an
        // address, before its number and postcode: "Parnassusplein 5 2511
        // VX" is the letter's furniture). A name that starts with a body's
        // head is that body: "Hoogheemraadschap Hollands Noorderkwartier",
        // not the place at its end. The title it is named by goes with it
        // ("Koning Abdulaziz Congrescentrum").
        if start > 0 && cover[start - 1] == Cover::Free && title_before_street(text, words, start) {
            range.start = words[start - 1].range.start;
        }
        Some((EntityType::Location, place_link(&text[range.clone()], ctx)))
    } else if (is_street(surface)
        || (single
            && is_dike_market_or_harbour(surface)
            && !ctx.lower_words.contains(&surface.to_lowercase())))
        && !before_house_number(text, range.end)
    {
        // "de Turnhoutsebaan", "Prinses Irenestraat": a street (in an
        // address, before its number, it is the letter's furniture),
        // with the title it is named by.
        if start > 0 && cover[start - 1] == Cover::Free && title_before_street(text, words, start) {
            range.start = words[start - 1].range.start;
        }
        Some((EntityType::Location, place_link(&text[range.clone()], ctx)))
    } else if misc_cue_before(text, words, start) {
        Some((EntityType::Misc, built_link()))
    } else if !titled
        && !ctx.is_given(word(start))
        && (place_kind_before(text, words, start)
            || (start > 1
                && matches!(word(start - 1), "De" | "Het")
                && cover[start - 1] == Cover::Free
                && words[start].joined_to_prev
                && place_kind_before(text, words, start - 1)))
    {
        // "bedrijventerrein Harselaar", "recreatiepark De Zilverreiger"
        // (with its article).
        if !place_kind_before(text, words, start) {
            range.start = words[start - 1].range.start;
        }
        Some((EntityType::Location, place_link(&text[range.clone()], ctx)))
    } else if org_class_before(text, words, start)
        || (last - start <= 2
            && !ctx.is_given(word(start))
            && !ctx.places.contains(surface)
            && org_apposition_after(text, words, last))
    {
        Some((EntityType::Organisation, built_link()))
    } else if last - start <= 3
        && !ctx.is_given(word(start))
        && !ctx.places.contains(surface)
        && misc_apposition_after(text, words, last)
    {
        Some((EntityType::Misc, built_link()))
    } else if start > 1
        && matches!(word(start - 1), "De" | "Het")
        && cover[start - 1] == Cover::Free
        && words[start].joined_to_prev
        && !words[start - 1].sentence_start
        && org_class_before(text, words, start - 1)
    {
        // "de vakbond De Unie", "uitgeverij De Arbeiderspers": a capital
        // article after the kind is the name's own.
        range.start = words[start - 1].range.start;
        Some((EntityType::Organisation, name_link(&text[range.clone()])))
    } else if (single || last == start + 1)
        && neuter_adjective_before(text, words, last)
        && cover[last] == Cover::Free
        && !ctx.places.contains(word(last))
        && !ctx.is_given(word(last))
        && head_type(word(last)).is_none()
        && !ctx.lower_words.contains(cues::lower(word(last)).as_ref())
        // The whole name: "het Duitse Fraunhofer IIS" goes on.
        && !words
            .get(last + 1)
            .is_some_and(|n| n.joined_to_prev && is_capitalised(&text[n.range.clone()]))
    {
        // "het Duitse Infineon": a body, not a person ("de") nor a
        // listed place ("het Duitse Dresden"); the adjective is no part
        // of its name.
        range.start = words[last].range.start;
        Some((EntityType::Organisation, name_link(word(last))))
    } else if titled
        // ("Gouverneur Centrale Bank": a title before a body's name in
        // more words, no given name first, is the body's post.)
        && (single
            || ctx.is_given(word(start))
            || head_type(surface) != Some(EntityType::Organisation))
    {
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if single
        && let Some(title_end) = law_title::title_end(text, words, start)
        && let Some(years) = years_inside(text, hard, range.end..words[title_end].range.end)
        && years_inside(text, soft, range.end..words[title_end].range.end)
            .is_some_and(|known| known.is_empty())
    {
        // "Wet op het primair onderwijs": a law by its title, in
        // sentence case. A year in it ("Wet inkomstenbelasting 2001")
        // is the title's, not a date of its own; any other mention
        // inside, fixed or known, keeps the head alone.
        range.end = words[title_end].range.end;
        extended = title_end;
        absorbed.extend(years);
        Some((EntityType::Misc, name_link(&text[range.clone()])))
    } else if single
        && (MISC_HEADS.contains(&cues::lower(surface).as_ref())
            || cues::is_unit_head(surface)
            // ("de Omgevingsdiensten": a plural head alone is a kind.)
            || surface.ends_with("diensten")
            || (cues::is_bare_org_head(surface) && !after_a_name(text, words, start)))
    {
        // "Verslag van het debat", "Plan", "Afdeling bestuursrechtspraak",
        // "wetgevingsoverleg Media", "de Holding": a head word alone names
        // nothing.
        None
    } else if let Some(ty) = head_type(surface)
        // ("S.M. van 't Hof", "A. van den Raad": after initials and
        // particles, a head word is a surname.)
        && !(start < last
            && (ctx.is_given(word(start))
                || (word(start).chars().count() == 1
                    && text[words[start].range.end..].starts_with('.')))
            && is_particle(word(last - 1))
            && bare_head(word(last)))
    {
        Some((ty, built_link()))
    } else if (place_cue_before(text, words, start)
        // ("naar Nederlanders die …": people of a place, not a place.)
        && !(single && surface.ends_with("ers"))
        // ("naar Tata Steel IJmuiden": a name built on a known
        // organisation or thing is no place.)
        && !matches!(cover[start], Cover::Soft(_)))
        || (ctx.places.contains(surface)
            && !(start > 0
                && matches!(word(start - 1), "de" | "der" | "den" | "het")
                && words[start].joined_to_prev))
    {
        // ("de Vries", "het Noorden": after an article, a surname or a
        // region; "een inwoner van Uithuizen" is the place.)
        // "bij Winsum", "de wegen rond Uithuizen": a place by its cue or its name.
        Some((EntityType::Location, place_link(surface, ctx)))
    } else if org_member_before(text, words, start) {
        Some((EntityType::Organisation, built_link()))
    } else if !single
        && (ctx.is_given(word(start))
            || (word(start).chars().count() == 1
                && start < last
                && text[words[start].range.end..].starts_with('.')))
        // At most five words besides particles ("A.J. de Ruyter van Steveninck").
        && (start..=last).filter(|&x| !is_particle(word(x))).count() <= 5
    {
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if !single
        && is_acronym(word(start))
        && last - start <= 2
        // ("FNV Metaal", "CNV Vakmensen": a known acronym leads one too,
        // not a common word: "NOS Over de NOS".)
        && (start + 1..=last).all(|x| cover[x] == Cover::Free)
        && (cover[start] == Cover::Free
            || (matches!(cover[start], Cover::Soft(_))
                && !(start + 1..=last).any(|x| {
                    ctx.lower_words.contains(cues::lower(word(x)).as_ref())
                })))
        && !(start..=last).any(|x| cues::is_adjective_form(word(x)))
        // Whole words after it, not letter-spaced fragments ("EX D", "UP V").
        && (start + 1..=last).all(|x| word(x).chars().count() >= 3 && !is_acronym(word(x)))
    {
        // "RTV Noord", "KPN Zakelijk": an unknown acronym leads a name
        // of a company or a broadcaster.
        Some((EntityType::Organisation, name_link(surface)))
    } else if !single
        && last - start <= 2
        && swallowed.is_empty()
        && speech_verb_before(text, words, start)
        && !(start..=last).any(|x| {
            is_particle(word(x))
                || cues::is_adjective_form(word(x))
                || ctx.lower_words.contains(cues::lower(word(x)).as_ref())
        })
    {
        // "zegt Boudewijn Siemons": two or three words, no head word,
        // after a verb of saying.
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if !single && swallowed.is_empty() && member_name(text, words, start, last, ctx) {
        // "Olger van Dijk (NSC)".
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if swallowed.is_empty() && is_dutch_name_shape(text, words, start, last, ctx) {
        // "Dolf van den Brink": a name, "van der" or "van den", and one
        // surname is a person's name, whoever it is.
        Some((EntityType::Person, person_link(surface, ctx)))
    } else if !swallowed.is_empty() {
        // Built on a known name without a head word: not a new name.
        None
    } else {
        // A capitalised sequence with no title, given name, initials,
        // head word or place cue is not taken for a person: bodies,
        // programmes and places ("Bestuurlijk Overleg", "Hoog Catharijne")
        // look the same.
        None
    };
    if let Some((ty, mut link)) = found {
        // "in De Nationale Assemblée", "tegenover De Koranti": a capital
        // article inside a sentence is the body's own.
        if ty == EntityType::Organisation
            && start > 0
            && range.start == words[start].range.start
            && matches!(word(start - 1), "De" | "Het")
            && !words[start - 1].sentence_start
            && words[start].joined_to_prev
            && cover[start - 1] == Cover::Free
            // After a lower-case word and one space: inside the sentence
            // ("mln. Het FHZ", "(ANP) - Het Contactorgaan" begin one).
            && start > 1
            && text[words[start - 2].range.end..words[start - 1].range.start] == *" "
            && word(start - 2).starts_with(char::is_lowercase)
        {
            range.start = words[start - 1].range.start;
            if matches!(link, Link::Key(_)) {
                link = name_link(&text[range.clone()]);
            }
        }
        absorbed.extend(swallowed);
        out.push(Found { range, ty, link });
    }
    extended
}

/// Whether the word at `start` follows a capitalised word with one space
/// between, not a function word ("Rotterdam Airport", "Groningen Seaports",
/// not "De Holding"): a head there ends the name before it, which a later
/// pass joins.
fn after_a_name(text: &str, words: &[crate::entities::words::Word], start: usize) -> bool {
    start > 0 && {
        let before = &text[words[start - 1].range.clone()];
        before.starts_with(char::is_uppercase)
            && !cues::is_never_alone(before)
            && &text[words[start - 1].range.end..words[start].range.start] == " "
    }
}

/// A one-word place compound whose first part is a listed place or a known
/// name ("Zeelandbrug", "Westerscheldetunnel", "Kennedytunnel"), and which
/// the document never writes in lower case.
fn is_named_place_compound(
    surface: &str,
    ctx: &crate::entities::detector_context::DetectorContext,
) -> bool {
    place_compound_stem(surface).is_some_and(|stem| {
        stem.starts_with(char::is_uppercase)
            && (ctx.places.contains(stem)
                || ctx
                    .name_keys
                    .contains_key(crate::entities::fold::name_key(stem).as_str()))
            && !ctx.lower_words.contains(cues::lower(surface).as_ref())
    })
}

/// "AAA", "AA", "BBB", "CCC": a credit rating, one of the first three
/// letters written two or three times.
fn is_credit_rating(surface: &str) -> bool {
    let b = surface.as_bytes();
    (2..=3).contains(&b.len()) && matches!(b[0], b'A' | b'B' | b'C') && b.iter().all(|&c| c == b[0])
}

/// Whether what follows a word in capitals goes on as a dateline does: a
/// dash or slash, or a bracket holding no figure (a news agency's name).
fn starts_dateline_tail(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    match after.strip_prefix('(') {
        Some(inside) => crate::entities::acronym_type::holds_no_figure(inside),
        None => after.starts_with(['-', '–', '—', '/']),
    }
}
