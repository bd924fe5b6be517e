//! Names joined by an ampersand are firms: "Faber & Faber", "Procter &
//! Gamble", "Loyens & Loeff", and in capitals without spaces "V&D", "H&M",
//! "C&A". The two names are one organisation, not two people or a person
//! and a place.
//!
//! Not a firm: common words ("Vraag & Aanbod", "Zorg & Welzijn"), a site's
//! menu line of capitalised items, the abbreviations of common phrases
//! ("R&D", "M&A", "Q&A", "B&B").

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, drop_finds};
use std::ops::Range;

/// Capitals around an ampersand that abbreviate a common phrase.
const PHRASES: &[&str] = &[
    "R&D", "M&A", "Q&A", "B&B", "P&L", "F&B", "T&C", "A&O", "O&O",
];

/// Whether `surface` abbreviates a common phrase ("R&D", "M&A").
pub(super) fn is_phrase(surface: &str) -> bool {
    PHRASES.contains(&surface)
}

/// Adds the firms named with an ampersand in `within`, in place of the
/// mentions inside them. `found` is sorted by start and stays so;
/// `is_common` tells a word the text also writes in lower case.
pub fn add(
    text: &str,
    within: Range<usize>,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) {
    let mut added: Vec<Range<usize>> = Vec::new();
    let ampersands = memchr::memchr_iter(b'&', &text.as_bytes()[within.clone()]);
    for at in ampersands.map(|i| within.start + i) {
        let Some(range) = firm_at(text, at, &is_common) else {
            continue;
        };
        if added.last().is_none_or(|r| r.end <= range.start) {
            added.push(range);
        }
    }
    if added.is_empty() {
        return;
    }
    let mut gone = Vec::new();
    let mut new = Vec::new();
    for range in added {
        let from = found.partition_point(|f| f.range.end <= range.start);
        let inside: Vec<usize> = (from..found.len())
            .take_while(|&i| found[i].range.start < range.end)
            .collect();
        // A mention running past the firm's name is another reading: leave it.
        // So is a place or a person starting before it ("Nieuwkoopse
        // Plassen & De Haeck", an area).
        if inside.iter().any(|&i| {
            found[i].range.end > range.end
                || (found[i].range.start < range.start && found[i].ty != EntityType::Organisation)
        }) {
            continue;
        }
        // A known body's name before it is the firm's start: "Wageningen
        // University & Research", "Ipsos I&O", "Pensioenfonds Horeca &
        // Catering".
        let mut range = range;
        let firm_start = range.start;
        let mut body_before = None;
        if let Some(&i) = inside.first()
            && found[i].range.start < range.start
            && found[i].ty == EntityType::Organisation
        {
            range.start = found[i].range.start;
        } else if from > 0
            && found[from - 1].ty == EntityType::Organisation
            && ((found[from - 1].range.end + 1 == range.start
                && text.as_bytes()[found[from - 1].range.end] == b' ')
                // ("London School of Hygiene & Tropical Medicine": an
                // English body's "of" part.)
                || text.get(found[from - 1].range.end..range.start) == Some(" of "))
        {
            body_before = Some(from - 1);
            range.start = found[from - 1].range.start;
        }
        // "London School of Hygiene & Tropical Medicine": after a known
        // body's name, the capitalised words after the one past the
        // ampersand go on with it (two at most, none the text writes in
        // lower case).
        if range.start < firm_start {
            for _ in 0..2 {
                let rest = &text[range.end..];
                let Some(next) = rest.strip_prefix(' ') else {
                    break;
                };
                let len = next
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(next.len());
                let w = &next[..len];
                let is_word = w.chars().count() >= 3
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !is_common(w);
                let overlapped = found[from..]
                    .iter()
                    .any(|g| g.range.start < range.end + 1 + len && g.range.end > range.end);
                if !is_word || overlapped {
                    break;
                }
                range.end += 1 + len;
            }
        }
        // (Grown back into the firm before: "Faber & FaberDirectie
        // MediaFaber & Faber" is one reading, the first.)
        if new
            .last()
            .is_some_and(|n: &Found| n.range.end > range.start)
        {
            continue;
        }
        gone.extend(inside);
        gone.extend(body_before);
        new.push(Found {
            link: name_link(&text[range.clone()]),
            range,
            ty: EntityType::Organisation,
        });
    }
    drop_finds(found, gone);
    found.extend(new);
    found.sort_by_key(|f| f.range.start);
}

/// The firm's name around the ampersand at byte `at`, if it is one.
fn firm_at(text: &str, at: usize, is_common: &impl Fn(&str) -> bool) -> Option<Range<usize>> {
    let before = &text[..at];
    let after = &text[at + 1..];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let line_end = at + 1 + after.find('\n').unwrap_or(after.len());
    if is_menu_line(&text[line_start..line_end]) {
        return None;
    }
    let word_back = |s: &str| {
        s.rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8))
    };
    let word_len = |s: &str| {
        s.find(|c: char| !(c.is_alphanumeric() || c == '\''))
            .unwrap_or(s.len())
    };
    if before.ends_with(char::is_alphanumeric) && after.starts_with(char::is_alphanumeric) {
        // "V&D", "H&M", "AT&T": capitals on both sides.
        let start = word_back(before);
        let left = &before[start..];
        let right = &after[..word_len(after)];
        let caps = |w: &str| {
            (1..=3).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
        };
        let surface = &text[start..at + 1 + right.len()];
        // ("DGBI – I&K/ 26844711": a unit's code in a file number.)
        let coded = after[right.len()..].starts_with('/');
        if caps(left) && caps(right) && !PHRASES.contains(&surface) && !coded {
            return Some(start..at + 1 + right.len());
        }
        return None;
    }
    // "Faber & Faber": a capitalised name on both sides of a spaced ampersand.
    let left_text = before.strip_suffix(' ')?;
    let right_text = after.strip_prefix(' ')?;
    let start = word_back(left_text);
    let left = &left_text[start..];
    let right = &right_text[..word_len(right_text)];
    let name = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !w.contains('-')
            && !is_common(w)
    };
    // (The last of a list of names is no firm's start we can see:
    // "Skadden, Arps, Slate, Meagher & Flom".)
    let listed = left_text[..start].ends_with(", ");
    if !listed && name(left) && (name(right) || matches!(right, "Co" | "Zn" | "Zonen")) {
        return Some(start..at + 2 + right.len());
    }
    // "Hoekstra & Van Dijk", "Stibbe & De Brauw": a surname with its
    // capitalised particles after the ampersand. (Not after an adjective:
    // "de Nieuwkoopse Plassen & De Haeck" is an area.)
    let adjective_before = left_text[..start].strip_suffix(' ').is_some_and(|b| {
        let w = &b[super::letters_before(b, b.len())..];
        w.starts_with(char::is_uppercase) && (w.ends_with("se") || w.ends_with("sche"))
    });
    if !listed
        && !adjective_before
        && name(left)
        && let Some(len) = particle_surname_len(right_text)
    {
        return Some(start..at + 2 + len);
    }
    None
}

/// The length of a surname that opens `s` with a capitalised particle and
/// goes on with lower-case ones and one capitalised word ("Van Dijk", "Van
/// der Heijden", "De Brauw"), if `s` opens with one.
fn particle_surname_len(s: &str) -> Option<usize> {
    let mut words = s.split(' ');
    let first = words.next()?;
    if !matches!(first, "Van" | "De" | "Den" | "Ter" | "Ten" | "Te") {
        return None;
    }
    let mut len = first.len();
    for w in words {
        len += 1 + w.len();
        if matches!(w, "de" | "der" | "den" | "het" | "'t") {
            continue;
        }
        let surname = w.trim_end_matches(|c: char| !c.is_alphabetic());
        return (surname.chars().count() >= 2
            && surname.starts_with(char::is_uppercase)
            && surname.chars().skip(1).all(char::is_lowercase))
        .then(|| len - (w.len() - surname.len()));
    }
    None
}

/// A line of a site's menu: five words or more, no punctuation of a
/// sentence, three in four capitalised, a number or an ampersand ("Nieuws
/// Reviews Pricewatch Vraag & Aanbod Forum", "Nieuws Sport Regio 112 Tv &
/// Radio Podcasts Luister live Zoeken Menu").
fn is_menu_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let items = words
        .iter()
        .filter(|w| **w == "&" || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    words.len() >= 5 && items * 4 >= words.len() * 3 && !line.contains([',', ';', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firms(text: &str, common: &[&str]) -> Vec<String> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found, |w| {
            common.contains(&w.to_lowercase().as_str())
        });
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn names_around_an_ampersand_are_a_firm() {
        assert_eq!(
            firms(
                "Uitgeverij Faber & Faber drukt bij; het V&D-pand gaat naar H&M en Procter & Gamble, met Jansen & Zonen.",
                &[]
            ),
            [
                "Faber & Faber",
                "V&D",
                "H&M",
                "Procter & Gamble",
                "Jansen & Zonen"
            ]
        );
    }

    #[test]
    fn a_surname_with_capitalised_particles_after_the_ampersand() {
        assert_eq!(
            firms(
                "Advocaat Pieter-Jan de Boer van Hoekstra & Van Dijk, en Stibbe & De Brauw. \
                 Cijfers van Jansen & Van der Berg.",
                &["van", "de"]
            ),
            [
                "Hoekstra & Van Dijk",
                "Stibbe & De Brauw",
                "Jansen & Van der Berg"
            ]
        );
        // Counter-examples: a particle not followed by a surname, a list's
        // last names.
        assert!(firms("Zij won met Jansen & De grote prijs.", &["de"]).is_empty());
        assert!(firms("Met Arps, Slate & Van Dijk.", &["van"]).is_empty());
    }

    #[test]
    fn a_known_body_before_it_starts_the_firm() {
        let text = "Onderzoek van Wageningen University & Research en Ipsos I&O.";
        let mut found = vec![
            crate::entities::test_mention(
                text,
                "Wageningen University",
                EntityType::Organisation,
                true,
            ),
            crate::entities::test_mention(text, "Ipsos", EntityType::Organisation, true),
        ];
        add(text, 0..text.len(), &mut found, |_| false);
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["Wageningen University & Research", "Ipsos I&O"]);
    }

    #[test]
    fn a_known_bodys_name_goes_on_after_the_word_past_the_ampersand() {
        let text = "van de London School of Hygiene & Tropical Medicine naar geboorte-uitkomsten; \
                    bij Wageningen University & Research Campus Ede en Procter & Gamble Benelux.";
        let mut found = vec![
            crate::entities::test_mention(
                text,
                "London School of Hygiene",
                EntityType::Organisation,
                false,
            ),
            crate::entities::test_mention(
                text,
                "Wageningen University",
                EntityType::Organisation,
                true,
            ),
            crate::entities::test_mention(text, "Ede", EntityType::Location, true),
        ];
        add(text, 0..text.len(), &mut found, |w| w == "Benelux");
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // Counter-examples: a lower-case word, a place found after it, no
        // body before the firm, a word the text writes in lower case.
        assert_eq!(
            names,
            [
                "London School of Hygiene & Tropical Medicine",
                "Wageningen University & Research Campus",
                "Ede",
                "Procter & Gamble"
            ]
        );
    }

    #[test]
    fn common_words_phrases_and_menus_are_no_firm() {
        // Counter-examples: words the text writes in lower case, the
        // abbreviation of a phrase, a menu line, lower case.
        assert!(
            firms(
                "De afdeling Zorg & Welzijn doet aan R&D en M&A; de zorg en het welzijn.",
                &["zorg", "welzijn"]
            )
            .is_empty()
        );
        assert!(
            firms(
                "Nieuws Reviews Pricewatch Vraag & Aanbod Forum Downloads",
                &[]
            )
            .is_empty()
        );
        assert!(firms("brood & spelen, 3 & 4", &[]).is_empty());
        assert!(firms("Ons kenmerk DGBI – I&K/ 26844711", &[]).is_empty());
        assert!(
            firms("Het Financieele Dagblad Net binnen Beurs Economie & Politiek Tech & Innovatie Opinie Mijn nieuws", &[])
                .is_empty()
        );
    }
}
