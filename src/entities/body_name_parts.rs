//! The rest of a body's name the detector stopped short of: the words after
//! "en" or a list of them ("Nederlands Instituut voor Beeld en Geluid",
//! "Directie Media en Creatieve Industrie", "Raad Onderwijs, Jeugd,
//! Cultuur en Sport"), and an English name's "of" part ("Department of
//! Transportation", "Ministry of Health and Welfare").

use super::cues::{self, MISC_HEADS, ORG_HEADS};
use super::detector::name_link;
use super::kind::EntityType;
use super::rewrite::Rewrite;
use super::{Found, Link};

/// The most words taken after the last "en" ("en Creatieve Industrie").
const MOST_AFTER_EN: usize = 2;

/// Widens each body found by the detector (an organisation or a named
/// thing, whose head is followed by its topic: "Instituut voor Beeld",
/// "Directie Media") over the capitalised words after it joined by commas
/// and a last "en". Counter-examples: a word found as a mention of its own
/// ("en Rutte"), a word with a head of its own ("en Directie Cultuur", a
/// second body), a place, given name or ordinary word (`is_other`), a word
/// of a letterhead after the name ("en Jeugd Datum"), a name
/// ending in a place ("Universiteit Twente en Saxion": two bodies), a list
/// without a last "en", a known body (its name is whole).
pub fn take_and_parts(text: &str, found: &mut [Found], is_other: impl Fn(&str) -> bool) {
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        let next_start = found.get(i + 1).map_or(text.len(), |n| n.range.start);
        if let Some(end) = and_parts_end(text, f, next_start, &is_other) {
            let range = f.range.start..end;
            found[i] = Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: found[i].ty,
            };
        }
        i += 1;
    }
}

/// Where the name of `f` ends with its "en" parts, if it has any.
fn and_parts_end(
    text: &str,
    f: &Found,
    next_start: usize,
    is_other: &impl Fn(&str) -> bool,
) -> Option<usize> {
    if !matches!(f.ty, EntityType::Organisation | EntityType::Misc)
        || !matches!(f.link, Link::Key(_))
    {
        return None;
    }
    let name = &text[f.range.clone()];
    let words: Vec<&str> = name.split(' ').collect();
    let last = *words.last()?;
    // A head, then the topic: the head is not the name's last word.
    let head_at = words.iter().position(|w| is_head(w))?;
    if head_at + 1 >= words.len() || !is_topic_word(last) || is_other(last) {
        return None;
    }
    let mut at = f.range.end;
    let mut end = None;
    loop {
        let rest = &text[at..];
        let (sep, last_part) = if rest.starts_with(", ") {
            (2, false)
        } else if rest.starts_with(" en ") {
            (4, true)
        } else {
            break;
        };
        let mut word_at = at + sep;
        let mut taken = 0;
        loop {
            let word = word_of(&text[word_at..]);
            let ok = is_topic_word(word)
                && !is_other(word)
                && !is_head(word)
                && !cues::is_letter_word(word)
                && !cues::is_address_word(word)
                && word_at < next_start;
            if !ok {
                break;
            }
            taken += 1;
            at = word_at + word.len();
            // Only after the last "en" may a part have two words.
            if !last_part || taken == MOST_AFTER_EN || !text[at..].starts_with(' ') {
                break;
            }
            word_at = at + 1;
        }
        if taken == 0 {
            break;
        }
        if last_part {
            end = Some(at);
            break;
        }
    }
    end
}

/// A word that may be part of a body's topic: capitalised, then lower-case
/// letters or hyphens, three letters or more ("Beeld", "Media",
/// "Midden-Nederland"), no acronym.
fn is_topic_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '-')
}

fn is_head(word: &str) -> bool {
    let lower = cues::lower(word);
    cues::has_head(&lower, ORG_HEADS)
        || cues::has_head(&lower, MISC_HEADS)
        || cues::is_unit_head(word)
}

/// The letters and hyphens at the start of `s`.
fn word_of(s: &str) -> &str {
    let len = s
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(s.len());
    &s[..len]
}

/// English heads before an "of" part.
const ENGLISH_OF_HEADS: &[&str] = &[
    "Department",
    "Ministry",
    "Office",
    "Board",
    "Council",
    "Commission",
    "Institute",
    "Agency",
    "Authority",
    "Society",
    "Academy",
    "Court",
    "Chamber",
    "Bureau",
    // "Southern University of Science and Technology".
    "University",
    // "Erasmus School of Economics", "Royal College of Art".
    "School",
    "College",
    "Centre",
    "Center",
];

/// Widens each organisation that ends in an English head over its "of"
/// part: capitalised words, joined by "and" ("Department of Health and
/// Human Services"), places among them. Counter-examples: Dutch "of" (or)
/// before a body found as a mention of its own ("Microsoft Office of Google
/// Docs"), a lower-case word after "of", a head that is also Dutch ("Raad
/// of Commissie").
pub fn take_english_of_parts(text: &str, found: &mut Vec<Found>) {
    let ends_in_head = |f: &Found| {
        f.ty == EntityType::Organisation
            && text[..f.range.end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| ENGLISH_OF_HEADS.contains(&w))
            && text[f.range.end..].starts_with(" of ")
    };
    // Most documents have none: their finds are not copied.
    if !found.iter().any(ends_in_head) {
        return;
    }
    let mut out = Rewrite::of_finds(found);
    while let Some(f) = out.next() {
        if !ends_in_head(&f) {
            out.push(f);
            continue;
        }
        let mut at = f.range.end + " of ".len();
        if text[at..].starts_with("the ") {
            at += "the ".len();
        }
        let mut end = None;
        loop {
            let word = word_of(&text[at..]);
            let ascii_name = word.len() >= 2
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.bytes().all(|b| b.is_ascii_alphabetic());
            // A mention there must be a place ("of Europe") or a name the
            // detector found in the part ("Human Services"), nothing known.
            let blocked = out.peek().is_some_and(|n| {
                n.range.start < at + word.len()
                    && n.ty != EntityType::Location
                    && !matches!(n.link, Link::Key(_))
            });
            if !ascii_name || blocked {
                break;
            }
            at += word.len();
            end = Some(at);
            if text[at..].starts_with(" and ") {
                at += " and ".len();
            } else if text[at..].starts_with(' ')
                && text[at + 1..].starts_with(|c: char| c.is_ascii_uppercase())
            {
                at += 1;
            } else {
                break;
            }
        }
        let Some(end) = end else {
            out.push(f);
            continue;
        };
        // The places taken into the name are part of it.
        while out.peek().is_some_and(|n| n.range.start < end) {
            out.next();
        }
        let range = f.range.start..end;
        out.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        });
    }
}

/// The joins of a German body's name: "Bundesamt für Ausrüstung,
/// Informationstechnik und Nutzung der Bundeswehr".
const GERMAN_JOINS: &[&str] = &[
    ", ",
    " und ",
    " der ",
    " des ",
    " für ",
    " in der ",
    " und der ",
];

/// A German body's name runs on past the detector's stop: over its commas,
/// "und", "der", "des" and "für" and the capitalised words after them. Only
/// a name with "für" in it is German; a Dutch name's comma ends it. Returns
/// whether a name grew: then the mentions inside another go
/// ([`drop_inside_longer`], in the whole document).
pub fn take_german_parts(text: &str, found: &mut [Found]) -> bool {
    let mut grown = false;
    for k in 0..found.len() {
        let f = &found[k];
        if f.ty != EntityType::Organisation || !text[f.range.clone()].contains(" für ") {
            continue;
        }
        let mut at = f.range.end;
        let mut end = at;
        while let Some(join) = GERMAN_JOINS.iter().find(|j| text[at..].starts_with(**j)) {
            let word = word_of(&text[at + join.len()..]);
            let from = at + join.len();
            // A known name there is part of it only as whose the body is
            // ("der Bundeswehr") or as a place.
            let owner = matches!(*join, " der " | " des ");
            let taken = found[k + 1..].iter().any(|n| {
                n.range.start < from + word.len()
                    && n.range.end > from
                    && !(n.ty == EntityType::Location || owner)
            });
            if word.chars().count() < 2 || !word.starts_with(char::is_uppercase) || taken {
                break;
            }
            at = from + word.len();
            end = at;
        }
        if end > found[k].range.end {
            let range = found[k].range.start..end;
            found[k].link = name_link(&text[range.clone()]);
            found[k].range = range;
            grown = true;
        }
    }
    grown
}

/// Drops the mentions of `found` (sorted by start) that end inside an
/// earlier one: those now inside a grown name ([`take_german_parts`]).
pub fn drop_inside_longer(found: &mut Vec<Found>) {
    let mut last_end = 0;
    found.retain(|f| {
        let inside = f.range.end <= last_end;
        if !inside {
            last_end = last_end.max(f.range.end);
        }
        !inside
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::entities::test_mention as mention;

    fn names(text: &str, found: &[Found]) -> Vec<String> {
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    fn other(w: &str) -> bool {
        matches!(w, "Twente" | "Nederland" | "Utrecht")
    }

    #[test]
    fn a_german_body_takes_its_commas_und_and_der() {
        let text = "Het Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr koopt in. Het Bundesamt für Sicherheit, de BND en Duitsland werken samen.";
        let mut found = vec![
            mention(
                text,
                "Bundesamt für Ausrüstung",
                EntityType::Organisation,
                false,
            ),
            mention(text, "Bundeswehr", EntityType::Organisation, true),
            mention(
                text,
                "Bundesamt für Sicherheit",
                EntityType::Organisation,
                false,
            ),
            mention(text, "BND", EntityType::Organisation, true),
        ];
        if take_german_parts(text, &mut found) {
            drop_inside_longer(&mut found);
        }
        assert_eq!(
            names(text, &found),
            [
                "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr",
                "Bundesamt für Sicherheit",
                "BND"
            ]
        );
        // Counter-example: a Dutch body's comma ends its name.
        let text = "De Raad voor Cultuur, Sport en Media";
        let mut found = vec![mention(
            text,
            "Raad voor Cultuur",
            EntityType::Organisation,
            false,
        )];
        if take_german_parts(text, &mut found) {
            drop_inside_longer(&mut found);
        }
        assert_eq!(names(text, &found), ["Raad voor Cultuur"]);
    }

    #[test]
    fn a_body_takes_its_parts_after_en() {
        use EntityType::Organisation as Org;
        let text = "Het Nederlands Instituut voor Beeld en Geluid, de Directie Media en Creatieve Industrie en de Raad Onderwijs, Jeugd, Cultuur en Sport adviseren. Directie Handhaving en Jeugd Datum 3 mei";
        let mut f = vec![
            mention(text, "Nederlands Instituut voor Beeld", Org, false),
            mention(text, "Directie Media", Org, false),
            mention(text, "Raad Onderwijs", Org, false),
            mention(text, "Directie Handhaving", Org, false),
        ];
        take_and_parts(text, &mut f, other);
        assert_eq!(
            names(text, &f),
            [
                "Nederlands Instituut voor Beeld en Geluid",
                "Directie Media en Creatieve Industrie",
                "Raad Onderwijs, Jeugd, Cultuur en Sport",
                // Not the letterhead's next word.
                "Directie Handhaving en Jeugd"
            ]
        );
    }

    #[test]
    fn other_words_after_en_stay_out() {
        use EntityType::{Organisation as Org, Person};
        let text = "het Instituut voor Beeld en Rutte, de Directie Media en Directie Cultuur, de Universiteit Twente en Saxion, de Dienst Wegen en Nederland, de Raad van State en Kamer, de Stichting Zorg, Welzijn of Werk en de Dienst Toezicht en beleid";
        let mut f = vec![
            mention(text, "Instituut voor Beeld", Org, false),
            mention(text, "Rutte", Person, true),
            mention(text, "Directie Media", Org, false),
            mention(text, "Directie Cultuur", Org, false),
            mention(text, "Universiteit Twente", Org, false),
            mention(text, "Dienst Wegen", Org, false),
            mention(text, "Raad van State", Org, true),
            mention(text, "Stichting Zorg", Org, false),
            mention(text, "Dienst Toezicht", Org, false),
        ];
        let before = names(text, &f);
        take_and_parts(text, &mut f, other);
        assert_eq!(names(text, &f), before);
    }

    #[test]
    fn an_english_body_takes_its_of_part() {
        use EntityType::{Location, Organisation as Org};
        let text = "het US Department of Health and Human Services, de Council of Europe en Microsoft Office of Google Docs, de Board of trustees";
        let mut f = vec![
            mention(text, "US Department", Org, false),
            mention(text, "Council", Org, false),
            mention(text, "Europe", Location, true),
            mention(text, "Microsoft Office", Org, false),
            mention(text, "Google", Org, true),
            mention(text, "Board", Org, false),
        ];
        take_english_of_parts(text, &mut f);
        assert_eq!(
            names(text, &f),
            [
                "US Department of Health and Human Services",
                "Council of Europe",
                "Microsoft Office",
                "Google",
                "Board"
            ]
        );
    }
}
