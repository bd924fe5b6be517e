//! A name the document keeps using without saying what it is: a company of
//! one invented or foreign word ("Norrvik", "Tessaro", "Rydo") that no list
//! knows and no cue introduces. One capitalised word that stands alone
//! (no capitalised word beside it), is no word the document writes in lower
//! case, no given name, place or function word, and is written so in the
//! middle of a sentence three times or more (or once at least, the other
//! times as a sentence's subject right before its verb: "Vandermolen wil
//! …", "Vandermolen zegt …") is a name; an organisation, as
//! such names in briefings and news mostly are (a person's surname comes
//! with a given name or a title first), unless the document puts it where
//! places stand: after "in", "via" or "langs", or found as a place already,
//! twice and in a third of its uses or more ("via Kapellen en Essen",
//! "bewoners in Kapellen") — a company is "in" a sentence after a stake
//! ("een belang in Norrvik").
//!
//! A word that is the surname of a person the document names in full
//! ("Hans Stapelkamp") is that person each time, not an organisation
//! ([`surnames`]).
//!
//! The document's counts are gathered over all its parts first
//! ([`counts`]), then the names are added in each ([`add`]).

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link, add_finds};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// How often a word must stand in the middle of a sentence.
const LEAST_TIMES: usize = 3;

/// One word at `range` of `text`, and whether it stands mid-sentence.
struct Candidate {
    range: Range<usize>,
    mid_sentence: bool,
    /// Right after "de", "het" or "een".
    after_article: bool,
    /// Right after a word places stand after ("in", "via", "langs").
    after_place_word: bool,
    /// At a sentence's start, right before a verb a subject has ("Norrvik
    /// wil", "Norrvik zegt").
    subject: bool,
}

/// Verbs right after a sentence's first word that make it the subject:
/// "Vandermolen wil alleen …", "Vandermolen moet …", "Vandermolen zegt …".
const SUBJECT_VERBS: &[&str] = &[
    "wil",
    "moet",
    "zegt",
    "heeft",
    "had",
    "kan",
    "kon",
    "zal",
    "gaat",
    "ging",
    "maakt",
    "maakte",
    "meldt",
    "meldde",
    "liet",
    "laat",
    "stelt",
    "stelde",
    "verwacht",
    "verwachtte",
    "noemt",
    "noemde",
    "reageert",
    "reageerde",
    "ontkent",
    "ontkende",
    "betaalt",
    "betaalde",
    "koopt",
    "kocht",
    "verkoopt",
    "verkocht",
    "bouwt",
    "bouwde",
    "levert",
    "leverde",
];

/// Words a place stands after ("bewoners in Kapellen", "via Kapellen").
const PLACE_WORDS: &[&str] = &["in", "via", "langs", "rond", "nabij"];

/// Words before "in" that make what follows a company: a stake, shares,
/// an investment ("een belang in Norrvik").
const STAKE_WORDS: &[&str] = &[
    "belang",
    "belangen",
    "aandeel",
    "aandelen",
    "investeren",
    "investeert",
    "investeerde",
    "investeerden",
    "investering",
    "geïnvesteerd",
    "deelneming",
    "stapt",
    "stapte",
    "stapten",
];

/// The lone capitalised words in `within` that no mention of `found`
/// (sorted by start) covers, with where they stand; only those the counts
/// need (mid-sentence, or a sentence's subject) when `counting`. (Whether a list knows
/// the word is asked once per word of the whole document, in [`names`].)
fn candidates<'t>(
    text: &'t str,
    within: Range<usize>,
    found: &[Found],
    counting: bool,
) -> Vec<(&'t str, Candidate)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = within.start;
    let mut next_found = found.partition_point(|f| f.range.end <= within.start);
    while i < within.end {
        // The next capital (or letter outside ASCII), read as bytes: most
        // bytes are neither.
        match super::words::next_capital_byte(&bytes[..within.end], i) {
            Some(at) => i = at,
            None => break,
        }
        // A word starts after a space, a bracket or a line's start.
        if !(i == 0 || matches!(bytes[i - 1], b' ' | b'\n' | b'(')) {
            i += 1;
            continue;
        }
        let rest = &text[i..within.end];
        // (ASCII letters first, read as bytes: most words are.)
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let len = if rest.as_bytes().get(ascii).is_some_and(|&b| b >= 0x80) {
            rest.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())
        } else {
            ascii
        };
        let word = &rest[..len];
        let range = i..i + len;
        i += len.max(1);
        if len < 4 {
            continue;
        }
        let mut chars = word.chars();
        if !chars.next().is_some_and(char::is_uppercase)
            || word.chars().count() < 4
            // Acronyms and codes are read elsewhere.
            || !chars.clone().any(char::is_lowercase)
            || word.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        while next_found < found.len() && found[next_found].range.end <= range.start {
            next_found += 1;
        }
        if found
            .get(next_found)
            .is_some_and(|f| f.range.start < range.end)
        {
            continue;
        }
        // Alone: no capitalised word right before or after, no compound,
        // no possessive.
        let before = text[..range.start].trim_end_matches(' ');
        let prev_word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let prev_word = &before[prev_word_start..];
        let mid_sentence = range.start > before.len()
            && (prev_word.starts_with(char::is_lowercase) || before.ends_with(','));
        let after = &text[range.end..];
        let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '”']);
        let subject = sentence_start
            && after
                .strip_prefix(' ')
                .and_then(|a| a.split([' ', ',']).next())
                .is_some_and(|w| SUBJECT_VERBS.contains(&w));
        // (The counts need no other words: most capitals start sentences.)
        if counting && !mid_sentence && !subject {
            continue;
        }
        let mut next_two = after.chars();
        let joined_after = next_two
            .next()
            .is_some_and(|c| matches!(c, '-' | '\'' | '’' | '&' | '.' | '@' | '/'))
            && next_two.next().is_some_and(char::is_alphanumeric);
        let next_capital = after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase));
        let prev_capital = range.start > before.len() && prev_word.starts_with(char::is_uppercase);
        // A surname's particles beside it: part of a longer name ("Ortega
        // de la Fuente"); a word after "Beeld en": a name's second half.
        let next_particle = after.strip_prefix(' ').is_some_and(|a| {
            let w = a.split(' ').next().unwrap_or("");
            matches!(
                w,
                "de" | "van" | "von" | "da" | "di" | "del" | "la" | "le" | "du" | "der" | "den"
            )
        });
        let prev_particle = matches!(
            prev_word,
            "la" | "le"
                | "du"
                | "da"
                | "di"
                | "del"
                | "della"
                | "dos"
                | "von"
                | "der"
                | "den"
                | "ter"
        );
        let after_and = matches!(prev_word, "en" | "&") && {
            let b = before[..prev_word_start].trim_end_matches(' ');
            let w_start = b
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(0, |(p, c)| p + c.len_utf8());
            b[w_start..].starts_with(char::is_uppercase)
        };
        if joined_after
            || next_capital
            || prev_capital
            || next_particle
            || prev_particle
            || after_and
            // People of a place or a trade ("Nederlanders", "Groningers").
            || word.ends_with("ers")
        {
            continue;
        }
        // Mid-sentence: a lower-case word or a comma before it.
        let after_article = matches!(prev_word, "de" | "het" | "een" | "De" | "Het" | "Een");
        let after_place_word = PLACE_WORDS.contains(&prev_word) && {
            let b = before[..prev_word_start].trim_end_matches(' ');
            let w = &b[b.rfind([' ', '\n']).map_or(0, |p| p + 1)..];
            !STAKE_WORDS.contains(&w)
        };
        out.push((
            word,
            Candidate {
                range,
                mid_sentence,
                after_article,
                after_place_word,
                subject,
            },
        ));
    }
    out
}

/// How often a word stands alone mid-sentence in a part of a document.
#[derive(Clone, Copy, Default)]
pub struct Uses {
    /// All of them.
    times: usize,
    /// After an article.
    after_article: usize,
    /// After a word places stand after.
    after_place_word: usize,
    /// Found as a place already ("in Kapellen" read by the detector).
    found_as_place: usize,
    /// At a sentence's start as its subject (not counted in `times`).
    subject: usize,
}

/// Whether "in" and a word of [`STAKE_WORDS`] stand right before `at` ("een
/// belang in Norrvik").
fn after_a_stake(text: &str, at: usize) -> bool {
    let mut words = text[..at].split([' ', '\n']).rev().skip(1);
    words.next() == Some("in") && words.next().is_some_and(|w| STAKE_WORDS.contains(&w))
}

/// The words of `within` (one part of a document) that stand alone mid-
/// sentence, and how, and how often each is a sentence's subject.
pub fn counts<'t>(
    text: &'t str,
    within: Range<usize>,
    found: &[Found],
) -> FxHashMap<&'t str, Uses> {
    let mut counts: FxHashMap<&str, Uses> = FxHashMap::default();
    for (word, c) in candidates(text, within.clone(), found, true) {
        if c.mid_sentence {
            let n = counts.entry(word).or_default();
            n.times += 1;
            n.after_article += usize::from(c.after_article);
            n.after_place_word += usize::from(c.after_place_word);
        } else if c.subject {
            counts.entry(word).or_default().subject += 1;
        }
    }
    // (Only words that stand alone elsewhere: one lookup per place found.)
    for f in &found[found.partition_point(|f| f.range.end <= within.start)..] {
        if f.range.start >= within.end {
            break;
        }
        if f.ty == EntityType::Location
            && !after_a_stake(text, f.range.start)
            && let Some(n) = counts.get_mut(&text[f.range.clone()])
        {
            n.found_as_place += 1;
        }
    }
    counts
}

/// The names of the document `text` and their types, from the counts of its parts: no word
/// `is_other` knows (a list's), no post's portfolio ("Defensie",
/// "Justitie"), none the document also writes in lower case. A word mostly
/// written after an article is a thing or a body's common noun ("het
/// Rijk", "de Staat", "de Lelylijn"), not a name of this kind.
pub fn names<'t>(
    text: &str,
    parts: Vec<FxHashMap<&'t str, Uses>>,
    is_other: impl Fn(&str) -> bool,
) -> FxHashMap<&'t str, EntityType> {
    let mut total: FxHashMap<&str, Uses> = FxHashMap::default();
    for part in parts {
        for (w, u) in part {
            let t = total.entry(w).or_default();
            t.times += u.times;
            t.after_article += u.after_article;
            t.after_place_word += u.after_place_word;
            t.found_as_place += u.found_as_place;
            t.subject += u.subject;
        }
    }
    let mut names: FxHashMap<&str, EntityType> = total
        .into_iter()
        .filter(|&(w, u)| {
            // (Once mid-sentence at least; a sentence's subject counts too.)
            u.times >= 1
                && u.times + u.subject >= LEAST_TIMES
                && 2 * u.after_article < u.times
                && !is_other(w)
                && !super::portfolio::is_portfolio_word(w)
        })
        .map(|(w, u)| {
            let place_uses = u.after_place_word + u.found_as_place;
            let place = place_uses >= 2 && 3 * place_uses >= u.times + u.found_as_place;
            let ty = if place {
                EntityType::Location
            } else {
                EntityType::Organisation
            };
            (w, ty)
        })
        .collect();
    if names.is_empty() {
        return names;
    }
    // Written in lower case anywhere, as a word of its own: one search for
    // all of them (not the collection of every lower-case word, which a
    // long document would pay for in full).
    let lower: Vec<(String, &str)> = names.keys().map(|w| (w.to_lowercase(), *w)).collect();
    if let Ok(search) = AhoCorasick::new(lower.iter().map(|(l, _)| l.as_str())) {
        for m in search.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                names.remove(lower[m.pattern().as_usize()].1);
            }
        }
    }
    names
}

/// What the names of `found` say of a lone word: the surnames of the
/// people named with more than one word ("Hans Stapelkamp" →
/// "Stapelkamp"), each with the person's link; and the first words of the
/// bodies named with more than one word ("Kronenburg Technologies"), which
/// a lone word rather shortens, though a founder may share it.
pub fn surnames<'t>(
    text: &'t str,
    found: &[Found],
    is_given: &dyn Fn(&str) -> bool,
) -> (Vec<(&'t str, Link)>, Vec<&'t str>) {
    let people = super::document_surnames::people_by_surname(text, found, is_given).collect();
    let bodies = found
        .iter()
        .filter(|f| f.ty == EntityType::Organisation)
        .filter_map(|f| {
            text[f.range.clone()]
                .split_once(' ')
                .map(|(first, _)| first)
        })
        .collect();
    (people, bodies)
}

/// Adds every lone use of one of `names` in `within` that no mention of
/// `found` (sorted by start) covers: the person of `people` (by surname)
/// whose surname it is, or else an organisation.
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    names: &FxHashMap<&str, EntityType>,
    people: &FxHashMap<&str, Link>,
) {
    if names.is_empty() {
        return;
    }
    // Only where one of the names stands: a search for them, each place
    // then judged as the counts judged it.
    let Ok(search) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.keys())
    else {
        return;
    };
    let added: Vec<Found> = search
        .find_iter(&text[within.clone()])
        .map(|m| within.start + m.start()..within.start + m.end())
        .filter(|r| {
            !text[r.end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        })
        .flat_map(|r| candidates(text, r, found, false))
        .filter_map(|(w, c)| Some((w, c, *names.get(w)?)))
        .map(|(w, c, ty)| match people.get(w) {
            Some(link) => Found {
                range: c.range,
                ty: EntityType::Person,
                link: link.clone(),
            },
            None => Found {
                range: c.range,
                ty,
                link: name_link(w),
            },
        })
        .collect();
    add_finds(found, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<&str> {
        let other = |w: &str| matches!(w, "Zweden" | "Jan");
        let c = counts(text, 0..text.len(), &[]);
        let names = names(text, vec![c], other);
        let mut found = Vec::new();
        add(
            text,
            0..text.len(),
            &mut found,
            &names,
            &FxHashMap::default(),
        );
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn a_sentence_subject_counts_once_the_word_stands_mid_sentence() {
        // "Tessaro" mid-sentence once and twice a sentence's subject: a name.
        let text = "De koers van Tessaro daalde. Tessaro wil de fabriek kopen. \
                    Tessaro zegt dat het kan.";
        assert_eq!(named(text), ["Tessaro", "Tessaro", "Tessaro"]);
        // Counter-examples: a subject only at sentences' starts (never
        // mid-sentence), and a word once mid-sentence with no verb after it
        // at the starts.
        let text = "Kortom wil niemand dat. Kortom heeft het geen zin. Kortom moet het anders.";
        assert!(named(text).is_empty());
        let text = "De koers van Tessaro daalde. Tessaro, de fabriek. Tessaro in de krant.";
        assert!(named(text).is_empty());
    }

    #[test]
    fn the_surname_of_a_person_named_in_full_is_that_person() {
        let text = "Informateur Hans Stapelkamp sprak. Toen zei Stapelkamp nee, en \
                    Stapelkamp wacht, want Stapelkamp belt. Daarna kwam Norrvik, toen \
                    belde Norrvik en ook Norrvik zweeg.";
        let at = text.find("Hans").unwrap();
        let person = Found {
            range: at..at + "Hans Stapelkamp".len(),
            ty: EntityType::Person,
            link: Link::Key("per:hans-stapelkamp".into()),
        };
        let people: FxHashMap<&str, Link> =
            surnames(text, std::slice::from_ref(&person), &|w| w == "Hans")
                .0
                .into_iter()
                .collect();
        let c = counts(text, 0..text.len(), std::slice::from_ref(&person));
        let names = names(text, vec![c], |_| false);
        let mut found = vec![person];
        add(text, 0..text.len(), &mut found, &names, &people);
        let typed: Vec<(&str, EntityType)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.ty))
            .collect();
        assert_eq!(
            typed.iter().filter(|t| t.1 == EntityType::Person).count(),
            4
        );
        // Counter-example: a repeated name no person carries stays a body.
        assert!(typed.contains(&("Norrvik", EntityType::Organisation)));
        assert!(
            found
                .iter()
                .filter(|f| f.ty == EntityType::Person)
                .all(|f| f.link == Link::Key("per:hans-stapelkamp".into()))
        );
    }

    #[test]
    fn a_body_named_after_its_founder_keeps_the_short_form() {
        // Counter-example: "Kronenburg" shortens "Kronenburg Technologies",
        // though its founder "Hendrik Kronenburg" is named too.
        let text = "Hendrik Kronenburg richtte Kronenburg Technologies op.";
        let person = Found {
            range: 0.."Hendrik Kronenburg".len(),
            ty: EntityType::Person,
            link: Link::Key("per:hendrik-kronenburg".into()),
        };
        let at = text.find("Kronenburg Tech").unwrap();
        let body = Found {
            range: at..at + "Kronenburg Technologies".len(),
            ty: EntityType::Organisation,
            link: Link::Key("org:kronenburg-technologies".into()),
        };
        let (people, bodies) = surnames(text, &[person, body], &|w| w == "Hendrik");
        assert_eq!(people[0].0, "Kronenburg");
        assert_eq!(bodies, ["Kronenburg"]);
    }

    #[test]
    fn a_lone_word_used_three_times_mid_sentence() {
        assert_eq!(
            named(
                "Het bod van Norrvik kwam laat. Toen zei Norrvik nee, en Norrvik wacht. Norrvik belt."
            ),
            ["Norrvik", "Norrvik", "Norrvik", "Norrvik"]
        );
    }

    #[test]
    fn a_lone_word_where_places_stand_is_a_place() {
        let typed = |text: &'static str| -> Vec<EntityType> {
            let names = names(text, vec![counts(text, 0..text.len(), &[])], |_| false);
            let mut found = Vec::new();
            add(
                text,
                0..text.len(),
                &mut found,
                &names,
                &FxHashMap::default(),
            );
            found.iter().map(|f| f.ty).collect()
        };
        assert_eq!(
            typed(
                "De lijn loopt via Kapellen naar het noorden. Bewoners in Kapellen zijn boos, \
                 maar Kapellen wacht. De burgemeester van Kapellen eist een tunnel."
            ),
            [EntityType::Location; 4]
        );
        // A use the detector read as a place counts as one.
        let text = "Bewoners in Kapellen zijn boos, via Kapellen rijden treinen, \
                    maar Kapellen wacht en toen zei Kapellen nee.";
        let at = text.find("Kapellen").unwrap();
        let place = Found {
            range: at..at + "Kapellen".len(),
            ty: EntityType::Location,
            link: Link::Key("loc:kapellen".into()),
        };
        let c = counts(text, 0..text.len(), std::slice::from_ref(&place));
        let names = names(text, vec![c], |_| false);
        assert_eq!(names.get("Kapellen"), Some(&EntityType::Location));
        // Counter-examples: a company a stake is held in; "in" once only.
        assert_eq!(
            typed(
                "Het fonds nam een belang in Norrvik. Beleggers stapten in Norrvik, \
                 toen zei Norrvik nee en Norrvik wacht."
            ),
            [EntityType::Organisation; 4]
        );
        assert_eq!(
            typed("Hij werkt in Norrvik. Toen zei Norrvik nee, en Norrvik wacht."),
            [EntityType::Organisation; 3]
        );
    }

    #[test]
    fn words_that_are_not() {
        // Counter-examples: twice only; beside another capital; a known
        // other word; at sentences' starts only; in a compound; after an
        // article mostly; particles; a portfolio; people of a place.
        assert!(named("Het bod van Norrvik kwam. Toen zei Norrvik nee.").is_empty());
        assert!(named("de Raad Norrvik, de Raad Norrvik, de Raad Norrvik").is_empty());
        assert!(named("naar Zweden, naar Zweden en naar Zweden").is_empty());
        assert!(named("Norrvik kwam. Norrvik ging. Norrvik bleef.").is_empty());
        assert!(named("de Norrvik-fabriek, de Norrvik-fabriek, de Norrvik-fabriek").is_empty());
        assert!(named("door het Rijk, van het Rijk, en het Rijk betaalt").is_empty());
        assert!(
            named("zei Ortega de la Fuente, toen Ortega de la Fuente, met Ortega de zege")
                .is_empty()
        );
        assert!(named("van Defensie, bij Defensie, met Defensie").is_empty());
        assert!(named("de Nederlanders, alle Nederlanders, veel Nederlanders").is_empty());
        // Written in lower case too: a common word.
        assert!(named("zei Eigen, met Eigen, van Eigen, en eigen huis").is_empty());
    }
}
