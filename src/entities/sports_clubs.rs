//! Clubs called by their town in a match report: "Genk verloor met 1 - 0
//! bij Sint-Truiden", "Anderlecht speelde 1-1 gelijk tegen Standard". In a
//! sentence about a match (a score, or a verb of winning and losing), a
//! town that plays, wins or loses, or that is played against, is the club
//! (an organisation); the town where the match is played stays a place ("in
//! Oostende"). Countries are left alone: a national side is named after its
//! country in every sense.

use super::fold::name_key;
use super::kind::EntityType;
use super::{Found, Link};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;

/// Verbs of a club in a match, right after its name ("Genk verloor").
const MATCH_VERBS: &[&str] = &[
    "won",
    "wint",
    "winnen",
    "wonnen",
    "verloor",
    "verliest",
    "verloren",
    "speelde",
    "speelt",
    "klopt",
    "klopte",
    "versloeg",
    "verslaat",
    "ontvangt",
    "ontving",
    "scoorde",
    "pakte",
    "boog",
    "kwam",
    "staat",
    "stond",
    "blijft",
    "bleef",
    "houdt",
    "hield",
    "gaat",
    "ging",
    "gewonnen",
    "geklopt",
    "verslagen",
    "onderuit",
    // "Genk wipt over Club Brugge", "Genk neemt de leiding", and an
    // auxiliary ("Genk heeft zaterdag … gewonnen"): in a match's sentence.
    "wipt",
    "wipte",
    "neemt",
    "nam",
    "heeft",
    "had",
];

/// A club's people and followers, written as a compound with its name:
/// "Twente-trainer", "Genk-spits", "Ajax-supporters". A town has none.
const CLUB_PEOPLE: &[&str] = &[
    "trainer",
    "coach",
    "spits",
    "aanvaller",
    "doelman",
    "keeper",
    "verdediger",
    "middenvelder",
    "aanvoerder",
    "captain",
    "speler",
    "spelers",
    "voetballer",
    "voetballers",
    "supporters",
    "fans",
];

/// Words before a club's name: "tegen Anderlecht", "leider Union",
/// "promovendus La Louvière".
const CLUB_CUES: &[&str] = &[
    "tegen",
    "leider",
    "koploper",
    "promovendus",
    "degradant",
    "tegenstander",
    "kampioen",
    "titelhouder",
    "bekerwinnaar",
];

/// Time words between a club and its verb ("Genk verloor zaterdag", "Genk
/// heeft zaterdag …" is not taken: only a verb right after, or after one of
/// these).
const TIME_WORDS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "gisteren",
    "gisteravond",
    "vanavond",
    "dan",
    "nu",
    "ook",
];

/// Retypes the towns in `found` that are clubs in a match's sentence.
/// `is_country` tells countries apart.
pub fn retype(text: &str, found: &mut [Found], is_country: impl Fn(&Found) -> bool) {
    for f in found.iter_mut() {
        if f.ty != EntityType::Location || is_country(f) {
            continue;
        }
        // "Genk - Sint-Truiden 2 - 0" in a list of results, and
        // "Twente-trainer": clubs whatever the sentence.
        if on_results_line(text, f.range.clone()) || names_club_people(text, f.range.end) {
            make_club(text, f);
            continue;
        }
        // The words right around the town first (most towns have no cue
        // there), then whether the sentence is about a match.
        let mut before = words_before(text, f.range.start);
        let previous = before.next().map(str::to_lowercase);
        // "In Rotterdam won Groningen": the town a match is played in is
        // a place.
        if matches!(previous.as_deref(), Some("in" | "te")) {
            continue;
        }
        let plays = words_after(text, f.range.end)
            .find(|w| !TIME_WORDS.contains(w))
            .is_some_and(|w| MATCH_VERBS.contains(&w))
            // (The verb first when the sentence opens with something else:
            // "In Rotterdam won Groningen".)
            || previous
                .as_deref()
                .is_some_and(|w| MATCH_VERBS.contains(&w));
        // "won met 2 - 0 van Excelsior": "van" after a verb or a score.
        let after_score = |w: &str| w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty();
        let cue = previous.as_deref().is_some_and(|w| {
            CLUB_CUES.contains(&w)
                || w == "bij"
                || (w == "van"
                    && before.next().is_some_and(|v| {
                        // "op het veld van Westerlo": the home side.
                        MATCH_VERBS.contains(&v) || after_score(v) || v == "veld"
                    }))
        });
        if !(plays || cue) {
            continue;
        }
        let (start, end) = sentence_around(text, f.range.start, f.range.end);
        let sentence = &text[start..end];
        // ("bij Sint-Truiden" and "1 - 0 van Utrecht" only with a score.)
        let played_against =
            cue && (!matches!(previous.as_deref(), Some("bij" | "van")) || has_score(sentence));
        if (plays || played_against) && is_about_a_match(sentence) {
            make_club(text, f);
        }
    }
}

/// The names of the clubs among `found`, as [`retype`] made them (of a
/// whole document, gathered from all its parts).
/// A team named with its sponsor ("DOS'46/Nijeveen", "PKC/Vertom") gives
/// its club's own name too ("DOS'46", "PKC").
pub fn clubs<'t>(text: &'t str, found: &[Found]) -> Vec<&'t str> {
    found
        .iter()
        .filter(|f| matches!(&f.link, Link::Key(k) if k.starts_with("club:")))
        .flat_map(|f| {
            let name = &text[f.range.clone()];
            let club = name
                .split_once('/')
                .map(|(club, _)| club)
                .filter(|c| c.chars().count() >= 2 && c.starts_with(char::is_uppercase));
            std::iter::once(name).chain(club)
        })
        .collect()
}

/// Once a town is a club in a match's sentence, its other mentions in the
/// document are the club too ("Westerlo kwam langszij", "De Roeck van
/// Westerlo"), except where a preposition of place makes it the town ("in
/// Westerlo", "naar Genk") or a dateline or results line does. `clubs` are
/// the document's ([`clubs`], after [`retype`]).
pub fn retype_the_same_towns(text: &str, found: &mut [Found], clubs: &[&str]) {
    if clubs.is_empty() {
        return;
    }
    for f in found.iter_mut() {
        if f.ty != EntityType::Location || !clubs.contains(&&text[f.range.clone()]) {
            continue;
        }
        let previous = words_before(text, f.range.start)
            .next()
            .map(|w| w.to_lowercase());
        let at_line_start = previous.is_none();
        let placed = matches!(
            previous.as_deref(),
            Some("in" | "te" | "naar" | "uit" | "rond" | "nabij" | "richting" | "provincie")
        );
        // A line's first word in capitals is a dateline ("GENK -").
        let shouted = text[f.range.clone()].chars().all(|c| !c.is_lowercase());
        let dateline = at_line_start && text[f.range.end..].starts_with(" -");
        if !(placed || shouted || dateline) {
            make_club(text, f);
        }
    }
}

/// One search for all of a document's `clubs` (or other names), the longest
/// name first where two start together ("DOS'46/Nijeveen" before "DOS'46"),
/// built once for the whole document (none where it names none).
pub fn search(clubs: &[&str]) -> Option<AhoCorasick> {
    let names: Vec<&str> = clubs.iter().copied().filter(|c| !c.is_empty()).collect();
    if names.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names)
        .ok()
}

/// A club's name is the club wherever it stands alone ("Kampong neemt de
/// koppositie over" after "Kampong" in the standings): each use of a name
/// of `clubs`, as a whole word and not after a preposition of place ("in
/// Tilburg"), becomes the club in `found` (sorted by start): a mention of
/// just that name (not a person), or none, or mentions inside it
/// ("DOS'46" and "Nijeveen" in "DOS'46/Nijeveen").
pub fn add_the_same_names(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    search: Option<&AhoCorasick>,
) {
    let Some(search) = search else { return };
    claim_each(text, within, found, search, make_club, |range, found| {
        let before = text[..range.start].chars().next_back();
        let after = text[range.end..].chars().next();
        let whole = !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/');
        // ("in het Oostende van de jaren zeventig": past an article.)
        let mut words = words_before(text, range.start).map(str::to_lowercase);
        let previous = words
            .next()
            .filter(|w| !matches!(w.as_str(), "het" | "de" | "'t"))
            .or_else(|| words.next());
        let placed = matches!(
            previous.as_deref(),
            Some("in" | "te" | "naar" | "uit" | "rond" | "nabij" | "richting" | "provincie")
        );
        if !whole || placed {
            return false;
        }
        // "Joris Kempers van Kampong": a player read with his club.
        let person = found.iter().position(|f| {
            f.ty == EntityType::Person && f.range.start < range.start && f.range.end == range.end
        });
        if let Some(k) = person
            && let Some(name) = text[found[k].range.start..range.start].strip_suffix(" van ")
            && name.split(' ').count() >= 2
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            found[k].range.end = found[k].range.start + name.len();
            found[k].link = super::detector::name_link(name);
        }
        true
    });
}

/// Each use of a name `search` finds in `within` that `take` accepts (it
/// may mend the finds around it first) becomes an organisation as [`claim`]
/// makes it with `make`; `found` stays sorted by start.
pub(super) fn claim_each(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    search: &AhoCorasick,
    make: fn(&str, &mut Found),
    mut take: impl FnMut(Range<usize>, &mut [Found]) -> bool,
) {
    let mut added = Vec::new();
    let mut gone = Vec::new();
    for m in search.find_iter(&text[within.clone()]) {
        let range = within.start + m.start()..within.start + m.end();
        if take(range.clone(), found) {
            claim(text, range, found, &mut added, &mut gone, make);
        }
    }
    gone.sort_unstable();
    gone.dedup();
    super::drop_finds(found, gone);
    super::add_finds(found, added);
}

/// Makes `name` a club: the mention found right there becomes the club, or
/// the mentions inside it go (into `gone`) for one of the whole name (into
/// `added`). People stay, and so does a mention that runs out of the name.
pub(super) fn claim_club(
    text: &str,
    name: Range<usize>,
    found: &mut [Found],
    added: &mut Vec<Found>,
    gone: &mut Vec<usize>,
) {
    claim(text, name, found, added, gone, make_club);
}

/// Makes `name` an organisation as [`claim_club`] does, `make` giving it
/// its link (a club's, a publisher's).
pub(super) fn claim(
    text: &str,
    name: Range<usize>,
    found: &mut [Found],
    added: &mut Vec<Found>,
    gone: &mut Vec<usize>,
    make: fn(&str, &mut Found),
) {
    let inside: Vec<usize> = (0..found.len())
        .filter(|&k| found[k].range.start < name.end && found[k].range.end > name.start)
        .collect();
    if let [k] = inside[..]
        && found[k].range == name
    {
        if found[k].ty != EntityType::Person {
            make(text, &mut found[k]);
        }
        return;
    }
    let outside = |r: &Range<usize>| r.start < name.start || r.end > name.end;
    if inside
        .iter()
        .any(|&k| found[k].ty == EntityType::Person || outside(&found[k].range))
    {
        return;
    }
    gone.extend(inside);
    let mut body = Found {
        range: name,
        ty: EntityType::Organisation,
        link: Link::Key(String::new()),
    };
    make(text, &mut body);
    added.push(body);
}

/// Makes `f` a club: an organisation, not the town's entity (nor the
/// gazetteer's).
pub(super) fn make_club(text: &str, f: &mut Found) {
    f.ty = EntityType::Organisation;
    f.link = Link::Key(format!("club:{}", name_key(&text[f.range.clone()])));
}

/// Whether the name ending at `end` is the first part of a compound naming
/// a club's people ("Twente-trainer").
pub(super) fn names_club_people(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('-') else {
        return false;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    CLUB_PEOPLE.contains(&&rest[..word_end])
}

/// Whether `name` stands on a line of results
/// ([`crate::parse::results_line`]), as one of its two sides.
fn on_results_line(text: &str, name: std::ops::Range<usize>) -> bool {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..name.start]).map_or(0, |i| i + 1);
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[name.end..]).map_or(text.len(), |i| name.end + i);
    crate::parse::results_line::is_results_line(&text[line_start..line_end])
}

/// The words before `at` on its line, nearest first.
fn words_before(text: &str, at: usize) -> impl Iterator<Item = &str> {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    text[line_start..at].split_whitespace().rev()
}

/// The words after `at` on its line.
fn words_after(text: &str, at: usize) -> impl Iterator<Item = &str> {
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    text[at..line_end].split_whitespace()
}

/// The sentence around `from..to`: from after the last full stop (or line
/// break) before it to the next one.
fn sentence_around(text: &str, from: usize, to: usize) -> (usize, usize) {
    let start = text[..from]
        .rfind(['\n', '.', '!', '?'])
        .map_or(0, |i| i + 1);
    let end = text[to..]
        .find(['\n', '.', '!', '?'])
        .map_or(text.len(), |i| to + i);
    (start, end)
}

/// A score ("3 - 2", "1-1") or a verb of winning and losing.
fn is_about_a_match(sentence: &str) -> bool {
    has_score(sentence)
        || sentence.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "won"
                    | "wint"
                    | "gewonnen"
                    | "verloor"
                    | "derby"
                    | "versloeg"
                    | "klopt"
                    | "klopte"
                    | "gelijkspel"
                    | "uitwedstrijd"
                    | "thuiswedstrijd"
                    | "zege"
                    | "nederlaag"
                    | "wedstrijd"
                    | "strafschop"
            )
        })
}

/// "3 - 2", "1-1", "0–2": one or two digits on both sides of a dash,
/// nothing else joined to them (not a date, a span of years, a phone
/// number).
fn has_score(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let free = |i: Option<usize>| {
        i.and_then(|i| b.get(i)).is_none_or(|c| {
            c.is_ascii_whitespace() || matches!(c, b',' | b'.' | b';' | b')' | b'(')
        })
    };
    // "een 1-3-zege", "de 2-0-nederlaag": a score joined to its result.
    let joined_result =
        |r: usize| b.get(r) == Some(&b'-') && b.get(r + 1).is_some_and(u8::is_ascii_lowercase);
    sentence.match_indices(['-', '–']).any(|(at, dash)| {
        // The digits left of the dash, after at most one space.
        let mut l = at;
        if l > 0 && b[l - 1] == b' ' {
            l -= 1;
        }
        let left_end = l;
        while l > 0 && b[l - 1].is_ascii_digit() {
            l -= 1;
        }
        let mut r = at + dash.len();
        if b.get(r) == Some(&b' ') {
            r += 1;
        }
        let right_start = r;
        while r < b.len() && b[r].is_ascii_digit() {
            r += 1;
        }
        (1..=2).contains(&(left_end - l))
            && (1..=2).contains(&(r - right_start))
            && free(l.checked_sub(1))
            && (free(Some(r)) || joined_result(r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(text: &str, places: &[&str]) -> Vec<(String, EntityType)> {
        let mut found: Vec<Found> = places
            .iter()
            .map(|p| {
                let at = text.find(p).unwrap();
                Found {
                    range: at..at + p.len(),
                    ty: EntityType::Location,
                    link: Link::Key(format!("loc:{p}")),
                }
            })
            .collect();
        retype(text, &mut found, |f| &text[f.range.clone()] == "Nederland");
        found
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn towns_that_play_are_clubs() {
        let t = "Genk verloor zaterdag met 1 - 0 bij Sint-Truiden in het stadion .";
        assert_eq!(
            types(t, &["Genk", "Sint-Truiden"]),
            [
                ("Genk".to_string(), EntityType::Organisation),
                ("Sint-Truiden".to_string(), EntityType::Organisation)
            ]
        );
        let t = "KV Mechelen won met 0-2 in Oostende tegen Zulte.";
        assert_eq!(
            types(t, &["Oostende", "Zulte"]),
            [
                ("Oostende".to_string(), EntityType::Location),
                ("Zulte".to_string(), EntityType::Organisation)
            ]
        );
    }

    #[test]
    fn the_club_after_its_verb_or_a_score_and_the_town_it_plays_in() {
        let t = "In Rotterdam won Groningen met 2 - 0 van Excelsior .";
        assert_eq!(
            types(t, &["Rotterdam", "Groningen"]),
            [
                ("Rotterdam".to_string(), EntityType::Location),
                ("Groningen".to_string(), EntityType::Organisation)
            ]
        );
        let t = "Twente verloor zaterdag met 0 - 1 van Utrecht .";
        assert_eq!(types(t, &["Utrecht"])[0].1, EntityType::Organisation);
        // Counter-examples: a verb that is no match's, a number that is
        // no score.
        let t = "Morgen gaat Groningen naar de stembus.";
        assert_eq!(types(t, &["Groningen"])[0].1, EntityType::Location);
        let t = "Er kwamen 300 van Utrecht naar Den Haag om te demonstreren.";
        assert_eq!(types(t, &["Utrecht"])[0].1, EntityType::Location);
    }

    #[test]
    fn towns_outside_a_match_stay_places() {
        // Counter-examples: no score and no verb of a match; a country; a
        // date's dashes and a span of years.
        let t = "Het verzet tegen Genk groeit, zegt de burgemeester van Hasselt.";
        assert_eq!(types(t, &["Genk"])[0].1, EntityType::Location);
        let t = "Nederland won met 2-1 van België.";
        assert_eq!(types(t, &["Nederland"])[0].1, EntityType::Location);
        let t = "Op 13-11-2025 kwam Tiel in het nieuws, tegen Utrecht in.";
        assert_eq!(types(t, &["Tiel", "Utrecht"])[1].1, EntityType::Location);
        assert!(!has_score("in 2024-2025 en op 13-11-2025"));
        assert!(has_score("met 3 - 2 gewonnen") && has_score("een 1-1 gelijkspel"));
    }

    #[test]
    fn both_sides_of_a_results_line_are_clubs() {
        let t = "Uitslagen :\nGenk - Sint-Truiden 2 - 0\nGent – Union Sint-Gillis 0-2 (0-1)\n";
        assert!(
            types(t, &["Genk", "Sint-Truiden", "Gent"])
                .iter()
                .all(|(_, ty)| *ty == EntityType::Organisation)
        );
        // Counter-example (more in `parse::results_line`): a timetable.
        let t = "Utrecht - Amsterdam 12 - 14 uur";
        assert_eq!(types(t, &["Utrecht"])[0].1, EntityType::Location);
    }

    #[test]
    fn a_compound_naming_a_clubs_people_names_a_club() {
        let t = "Twente-trainer Joseph Oosting was tevreden.";
        assert_eq!(types(t, &["Twente"])[0].1, EntityType::Organisation);
        // Counter-examples: a town's people and a town's thing.
        for t in [
            "Utrecht-wethouder Dennis de Vries",
            "Utrecht-Centraal was dicht.",
        ] {
            assert_eq!(types(t, &["Utrecht"])[0].1, EntityType::Location, "{t}");
        }
    }

    #[test]
    fn a_headline_and_a_participle_of_a_match() {
        let t = "Twente onderuit in Enschede , Groningen wint in Kralingen";
        assert_eq!(
            types(t, &["Twente", "Enschede", "Groningen", "Kralingen"])
                .into_iter()
                .map(|(_, ty)| ty)
                .collect::<Vec<_>>(),
            [
                EntityType::Organisation,
                EntityType::Location,
                EntityType::Organisation,
                EntityType::Location
            ]
        );
        let t = "Racing Genk heeft zaterdag met 2 - 0 gewonnen van Sint-Truiden .";
        assert_eq!(types(t, &["Sint-Truiden"])[0].1, EntityType::Organisation);
        // Counter-example: a prize, not a match.
        let t = "Vorig jaar heeft de gemeente een prijs gewonnen van Utrecht .";
        assert_eq!(types(t, &["Utrecht"])[0].1, EntityType::Location);
    }

    #[test]
    fn a_win_on_the_home_sides_ground() {
        let t = "Lommel heeft zaterdag de koppositie overgenomen na een 0-2-zege op het veld van Deinze .";
        assert!(
            types(t, &["Lommel", "Deinze"])
                .iter()
                .all(|(_, ty)| *ty == EntityType::Organisation)
        );
        // Counter-example: a town that has something, with no match.
        let t = "Lommel heeft zaterdag een nieuw zwembad geopend naast het veld van Deinze .";
        assert!(
            types(t, &["Lommel", "Deinze"])
                .iter()
                .all(|(_, ty)| *ty == EntityType::Location)
        );
    }

    #[test]
    fn a_club_is_the_club_throughout_its_report() {
        let t = "Lommel won met 2-1 van Deinze .\nLommel kwam na rust langszij . Trainer Peeters van Lommel was blij .\nDe spelers keerden terug naar Lommel . In Lommel werd gefeest .\nLOMMEL - De gemeente";
        let mut found: Vec<Found> = t
            .match_indices("Lommel")
            .chain(t.match_indices("LOMMEL"))
            .map(|(at, p)| Found {
                range: at..at + p.len(),
                ty: EntityType::Location,
                link: Link::Key("loc:lommel".into()),
            })
            .collect();
        retype(t, &mut found, |_| false);
        let clubs = clubs(t, &found);
        retype_the_same_towns(t, &mut found, &clubs);
        let types: Vec<EntityType> = found.iter().map(|f| f.ty).collect();
        use EntityType::{Location as L, Organisation as O};
        // Counter-examples: "naar Lommel", "In Lommel", a dateline.
        assert_eq!(types, [O, O, O, L, L, L]);
    }
}
