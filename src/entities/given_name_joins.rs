//! Given names joined to the surname after them, where the layers found
//! them apart: the detector may not build on a known person, and a
//! sentence's first word is left alone ("Femke Kok", "Gedeputeerde Anne
//! Vos").

use super::detector;
use super::gazetteer::GazEntry;
use super::kind::EntityType;
use super::widening::join_neighbours;
use super::{Found, Link};
use rustc_hash::FxHashSet;

/// "Gedeputeerde Anne Vos": a person's first name found on its own
/// right before a surname found on its own (a known one, which the
/// detector may not build on) is one person: the known one when the
/// given name fits, a new one otherwise.
pub(super) fn join_given_names(
    text: &str,
    found: &mut Vec<Found>,
    given_names: &FxHashSet<String>,
    entries: &[GazEntry],
    is_other: impl Fn(&str) -> bool,
) {
    join_neighbours(found, |a, b| {
        let first = &text[a.range.clone()];
        // ("Paul Magnette": a known person's surname that is also a
        // given name, before another surname, is that given name.)
        let given_first = match a.link {
            Link::Key(_) => true,
            Link::Gazetteer(_) => given_names.contains(first),
        };
        let joinable = a.ty == EntityType::Person
            && b.ty == EntityType::Person
            && given_first
            && !first.contains(' ')
            && first.chars().count() > 1
            && &text[a.range.end..b.range.start] == " ";
        if !joinable {
            return None;
        }
        let fits = match &b.link {
            Link::Gazetteer(e) => entries[*e]
                .given
                .as_deref()
                .is_some_and(|g| g.split_whitespace().next() == Some(first)),
            Link::Key(_) => false,
        };
        let range = a.range.start..b.range.end;
        let link = if fits {
            b.link.clone()
        } else {
            detector::name_link(&text[range.clone()])
        };
        Some(Found {
            range,
            ty: EntityType::Person,
            link,
        })
    });
    // "Femke Kok": a given name the detector left alone (a sentence's
    // first word) right before a known person's bare surname.
    for i in 0..found.len() {
        let free_from = i.checked_sub(1).map_or(0, |p| found[p].range.end);
        let f = &mut found[i];
        let Link::Gazetteer(e) = f.link else { continue };
        // ("Bram van der Wal": a surname with its particles is bare too.)
        let surface = &text[f.range.clone()];
        let bare = surface
            .split(' ')
            .rev()
            .skip(1)
            .all(super::gazetteer::is_particle);
        if f.ty != EntityType::Person || !bare {
            continue;
        }
        let Some(head) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        // ("Gerrit-Willem van de Kamp": particles before a bare surname
        // make another surname, and so another person.)
        let head = if surface.contains(' ') {
            head
        } else {
            without_particles(head)
        };
        let Some(first) = given_name_ending(head, given_names)
            .or_else(|| unlisted_given_name_ending(head, &is_other))
        else {
            continue;
        };
        let start = head.len() - first.len();
        let range = start..f.range.end;
        if range.start < free_from {
            continue;
        }
        let particles = head.len() + 1 != f.range.start;
        let fits = !particles
            && entries[e]
                .given
                .as_deref()
                .is_some_and(|g| g.split_whitespace().next() == Some(first));
        if !fits {
            f.link = detector::name_link(&text[range.clone()]);
        }
        f.range = range;
    }
}

/// "Marcos Paulo" and "da Silva": a person found right before a surname
/// that starts with its particles is one person. (A surname with particles
/// never stands after another person's name without a word between.)
pub(super) fn join_particle_surnames(text: &str, found: &mut Vec<Found>) {
    join_neighbours(found, |a, b| {
        let second = &text[b.range.clone()];
        let joinable = a.ty == EntityType::Person
            && b.ty == EntityType::Person
            && &text[a.range.end..b.range.start] == " "
            && second.starts_with(char::is_lowercase)
            && second
                .split(' ')
                .next()
                .is_some_and(super::gazetteer::is_particle);
        joinable.then(|| {
            let range = a.range.start..b.range.end;
            Found {
                link: detector::name_link(&text[range.clone()]),
                range,
                ty: EntityType::Person,
            }
        })
    });
}

/// Particles between a given name and a surname that is also a place:
/// "Harry van der Maas", "Reinier van Zutphen". A place never takes "van
/// der" after a given name.
const PARTICLES: &[&str] = &[
    " van der ",
    " van den ",
    " van de ",
    " van 't ",
    " ter ",
    " ten ",
    " van ",
];

/// "Harry van der Maas", "Reinier van Zutphen": a known given name, its
/// particles and a place found on its own are one person, the surname
/// being the place's name. After "van" alone the place must be a town, not
/// a country ("Máxima van Nederland" is not a surname); a given name found
/// as part of a longer person ("Femke Halsema van Amsterdam") leaves the
/// place where that person is from.
pub(super) fn join_particle_places(
    text: &str,
    found: &mut Vec<Found>,
    given_names: &FxHashSet<String>,
    is_country: impl Fn(&Found) -> bool,
) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Location || text[f.range.clone()].contains(' ') {
            continue;
        }
        let before = &text[..f.range.start];
        let Some(particles) = PARTICLES.iter().find(|p| before.ends_with(**p)) else {
            continue;
        };
        if *particles == " van " && is_country(f) {
            continue;
        }
        let head = &before[..before.len() - particles.len()];
        let Some(first) = given_name_ending(head, given_names) else {
            continue;
        };
        let mut start = head.len() - first.len();
        // A person found on the given name: only a given name alone, or
        // given names ("Jan Willem"), are built on.
        if let Some(p) = i.checked_sub(1)
            && found[p].range.end > start
        {
            let prev = &found[p];
            let given_only = prev.ty == EntityType::Person
                && prev.range.end == head.len()
                && text[prev.range.clone()]
                    .split(' ')
                    .all(|w| given_names.contains(w));
            if !given_only {
                continue;
            }
            start = prev.range.start;
            gone.push(p);
        }
        let range = start..f.range.end;
        let f = &mut found[i];
        f.link = detector::name_link(&text[range.clone()]);
        f.range = range;
        f.ty = EntityType::Person;
    }
    super::drop_finds(found, gone);
}

/// "Jildou Hiemstra-van": a person found up to the particle of a double
/// surname's second part never ends there; the particles after it and the
/// capitalised word after them are the rest of the name ("Hiemstra-van der
/// Wal"), and a find on that word goes into it.
pub(super) fn take_double_surname_ends(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Person {
            continue;
        }
        let surface = &text[f.range.clone()];
        if !["-van", "-de", "-den", "-der", "-ter", "-ten"]
            .iter()
            .any(|p| surface.ends_with(p))
        {
            continue;
        }
        // More particles, then one capitalised word.
        let mut end = f.range.end;
        for _ in 0..2 {
            let rest = &text[end..];
            match ["der ", "den ", "de ", "het ", "'t "]
                .iter()
                .find(|p| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(**p)))
            {
                Some(p) => end += 1 + p.len() - 1,
                None => break,
            }
        }
        let Some(rest) = text[end..].strip_prefix(' ') else {
            continue;
        };
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        if word_len == 0 || !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let new_end = end + 1 + word_len;
        // Finds on the rest of the name go into it; one running past it
        // leaves the person as found.
        let mut j = i + 1;
        let mut inside = Vec::new();
        while j < found.len() && found[j].range.start < new_end {
            if found[j].range.end > new_end {
                inside.clear();
                break;
            }
            inside.push(j);
            j += 1;
        }
        if j < found.len() && found[j].range.start < new_end {
            continue;
        }
        gone.extend(inside);
        let range = found[i].range.start..new_end;
        found[i].link = detector::name_link(&text[range.clone()]);
        found[i].range = range;
    }
    super::drop_finds(found, gone);
}

/// "Anouk Brouwers" and "-Tak": a person found up to the hyphen of a double
/// surname (a known person's surname matched its first part) goes on with
/// the capitalised word after the hyphen, and is a person of its own.
/// Counter-examples: a lower-case word after the hyphen ("Rutte-kabinet"),
/// an acronym ("Wilders-PVV"), a word that is a mention of its own
/// ("Merkel-Sarkozy": two people), a compound going on ("Jansen-Tak-route").
pub(super) fn take_hyphened_surname_ends(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Person {
            continue;
        }
        let Some((part, rest)) = super::letters_after_hyphen(text, f.range.end) else {
            continue;
        };
        let len = part.len();
        let after = rest.chars().next();
        if !part.starts_with(char::is_uppercase)
            || !part.chars().skip(1).any(char::is_lowercase)
            || part.chars().count() < 2
            || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        let new_end = f.range.end + 1 + len;
        // (A second part found on its own, a person or a place, is left
        // to the passes that know it: "Merkel-Sarkozy" are two people.)
        if found.get(i + 1).is_some_and(|n| n.range.start < new_end) {
            continue;
        }
        let range = f.range.start..new_end;
        found[i].link = detector::name_link(&text[range.clone()]);
        found[i].range = range;
    }
}

/// "’t Hart", "'t Hooft": a surname with its article, the article
/// shortened; a person found after it takes it. Counter-examples: "’t" after
/// a particle or a given name ("van ’t Hek", "Sophie in ’t Veld": the passes
/// that join particles take those whole), a place ("’t Harde": no person).
pub(super) fn take_shortened_articles(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Person {
            continue;
        }
        let head = &text[..f.range.start];
        let Some(article) = ["’t ", "'t "].iter().find(|a| head.ends_with(*a)) else {
            continue;
        };
        let at = f.range.start - article.len();
        let before = text[..at].trim_end_matches(' ');
        let word_before = &before[before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(p, c)| p + c.len_utf8())..];
        let joined = text[..at].ends_with(char::is_alphanumeric);
        if joined
            || (!word_before.is_empty() && !word_before.starts_with(char::is_lowercase))
            || crate::entities::gazetteer::is_particle(word_before)
            || (i > 0 && found[i - 1].range.end > at)
        {
            continue;
        }
        let range = at..f.range.end;
        found[i].link = detector::name_link(&text[range.clone()]);
        found[i].range = range;
    }
}

/// Words that begin a Dutch two-word surname ("Klein Hesselink", "Groot
/// Koerkamp", "Oude Elferink").
const SURNAME_FIRST_WORDS: &[&str] = &["Klein", "Groot", "Oude"];

/// "Robbert Klein" and "Hesselink": a person found up to the first word of a
/// two-word surname goes on with the capitalised word after it, and a
/// find on that word (a person, or nothing found) goes into it.
/// Counter-examples: the word alone ("Klein Hesselink" without a given name
/// before it is left to the detector), a lower-case word after it ("Jan
/// Klein zei"), a find of another kind there ("Anna Groot Amsterdam").
pub(super) fn join_prefixed_surnames(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        if f.ty != EntityType::Person {
            continue;
        }
        let surface = &text[f.range.clone()];
        if !SURNAME_FIRST_WORDS
            .iter()
            .any(|w| surface.strip_suffix(w).is_some_and(|h| h.ends_with(' ')))
        {
            continue;
        }
        let Some(rest) = text[f.range.end..].strip_prefix(' ') else {
            continue;
        };
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        if word_len < 2 || !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let new_end = f.range.end + 1 + word_len;
        match found.get(i + 1) {
            Some(n) if n.range.start < new_end => {
                if n.ty != EntityType::Person || n.range.end != new_end {
                    continue;
                }
                gone.push(i + 1);
            }
            _ => {}
        }
        let range = found[i].range.start..new_end;
        found[i].link = detector::name_link(&text[range.clone()]);
        found[i].range = range;
    }
    super::drop_finds(found, gone);
}

/// The known given name that ends `head` ("… Gedeputeerde Anne"), if the
/// word there is one.
/// A double given name counts when both halves are known ("Henk-Jan",
/// "Gerrit-Willem").
fn given_name_ending<'t>(head: &'t str, given_names: &FxHashSet<String>) -> Option<&'t str> {
    let first = head
        .rsplit(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .unwrap_or_default();
    let known = given_names.contains(first)
        || (first.contains('-')
            && first
                .split('-')
                .all(|half| !half.is_empty() && given_names.contains(half)));
    (!first.is_empty() && known).then_some(first)
}

/// "scoorde Wietse Hoekstra": a given name no list holds, inside a
/// sentence, right before a known person's bare surname: one capitalised
/// word of lower-case letters after a lower-case word or a comma, which
/// `is_other` does not know (a word the document writes in lower case, a
/// place, a title: "zei Eurocommissaris Hoekstra"). Not at a line's or a
/// sentence's start, where a capital says nothing.
fn unlisted_given_name_ending(head: &str, is_other: impl Fn(&str) -> bool) -> Option<&str> {
    let (before, first) = head.rsplit_once(' ')?;
    let mut chars = first.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && (3..=12).contains(&first.chars().count());
    // (The word before in lower case: "van Buitenlandse Zaken Kuleba" is a
    // portfolio's last word, not a given name.)
    let word_before = before.rsplit(' ').next().unwrap_or_default();
    // (Nor after a colon: "Bekijk ook: Emotionele Rutte" is a title.)
    let inside = (word_before.starts_with(char::is_lowercase)
        && word_before.chars().all(char::is_alphabetic))
        || (word_before.ends_with(',') && word_before.len() > 1);
    (shaped && inside && !is_other(first)).then_some(first)
}

/// `head` without the lower-case particles that end it, at most three
/// ("Gerrit-Willem van de" → "Gerrit-Willem", "Arjen van 't" → "Arjen");
/// `head` itself when none do.
fn without_particles(head: &str) -> &str {
    let mut rest = head;
    for _ in 0..3 {
        let Some((before, last)) = rest.rsplit_once(' ') else {
            break;
        };
        let word = last.strip_prefix('\'').unwrap_or(last);
        if !(super::gazetteer::is_particle(last) || word == "t") {
            break;
        }
        rest = before;
    }
    rest
}
