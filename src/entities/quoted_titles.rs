//! Titles of works in quotation marks after the kind of work: "het
//! schilderij «Jonge vrouw met luit»", "de publiekscampagne "Check je
//! pensioen"", "de film ‘De wachtkamer’". The quotes bound the title and the
//! word before them says it is one, so the whole is a named thing (MISC),
//! whatever its words; the names inside it are part of it. A report's
//! title is one too ("het RIVM-rapport „Nachtelijk geluid”"), also with
//! its subtitle after a full stop ("«Wachten zonder zicht. Zicht op …»"),
//! and a news article's ("het bericht «Kalveren urenlang zonder water»",
//! "NOS, 9 april 2027, «…» (https://…)": left alone until the thirty-third
//! round, when the gold of 21 texts named it against 11 that did not).

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use std::ops::Range;

/// Kinds of works and named things before a quoted title (also as the end
/// of a compound: "publiekscampagne", "olieverfschilderij").
const KINDS: &[&str] = &[
    "schilderij",
    "doek",
    "drieluik",
    "beeld",
    "tentoonstelling",
    "expositie",
    "film",
    "documentaire",
    "serie",
    "boek",
    "roman",
    "bundel",
    "album",
    "lied",
    "voorstelling",
    "opera",
    "campagne",
    "programma",
    "podcast",
    "advies",
    "rapport",
    "richtlijn",
    "plan",
    "format",
    // Songs and poems: "het nummer ‘Ondiep’", "de single ‘Adem’".
    "nummer",
    "single",
    "song",
    "liedje",
    "gedicht",
    // News: "het bericht «…»", "het artikel “…”", "het opiniestuk ‘…’".
    "bericht",
    "artikel",
    "opiniestuk",
    "interview",
    "reportage",
    "column",
];

/// Opening and closing quotation marks.
const QUOTES: &[(char, char)] = &[
    ('«', '»'),
    ('“', '”'),
    ('„', '”'),
    ('"', '"'),
    ('‘', '’'),
    ('\'', '\''),
];

/// The longest title taken, in bytes.
const MAX_TITLE: usize = 160;

/// Adds the quoted titles after a kind of work, opened in `within`, to
/// `found` (sorted by start), in place of the mentions inside them.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut titles = Vec::new();
    // The quotes' first bytes: '"', '\'', « (C2 AB), “ and ‘ (E2 80 …).
    let bytes = &text.as_bytes()[within.clone()];
    // (In the text's order: a list's next title follows the one before.)
    let mut starts: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', 0xC2, bytes)
        .chain(memchr::memchr_iter(0xE2, bytes))
        .collect();
    starts.sort_unstable();
    for open_at in starts.into_iter().map(|i| within.start + i) {
        let Some(open) = text[open_at..].chars().next() else {
            continue;
        };
        let Some(&(_, close)) = QUOTES.iter().find(|(o, _)| *o == open) else {
            continue;
        };
        let from = open_at + open.len_utf8();
        let mut to = text.len().min(from + MAX_TITLE);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let rest = &text[from..to];
        let Some(len) = rest.find([close, '\n']) else {
            continue;
        };
        if !rest[len..].starts_with(close) || len == 0 {
            continue;
        }
        let title = &rest[..len];
        let starts_capitalised = title.chars().next().is_some_and(char::is_uppercase);
        if !starts_capitalised || title.ends_with(' ') {
            continue;
        }
        let after = &rest[len + close.len_utf8()..];
        let cited = cited_after_body(text, found, open_at, after);
        // A full stop inside: a title and its subtitle, only where the
        // quotes are a title's («…», „…”) or the title is cited in a note
        // ("Hij zei: "Dit kan niet. Nooit." is speech).
        let sentences = title.contains(". ");
        if sentences && !(cited || matches!(open, '«' | '„')) {
            continue;
        }
        // "nummers als ‘Ondiep’ en ‘Laagwater bij Den Oever’": the next
        // title of a list the one before opened.
        let next_in_list = titles.last().is_some_and(|t: &Range<usize>| {
            t.end <= open_at && {
                let between = text[t.end..open_at]
                    .trim_start_matches(|c: char| QUOTES.iter().any(|(_, close)| *close == c));
                matches!(between, ", " | " en " | " of ")
            }
        });
        if kind_before(&text[..open_at]) || cited || next_in_list {
            titles.push(from..from + len);
        }
    }
    if titles.is_empty() {
        return;
    }
    found.retain(|f| {
        !titles
            .iter()
            .any(|t| f.range.start < t.end && t.start < f.range.end)
    });
    for t in titles {
        found.push(Found {
            link: name_link(&text[t.clone()]),
            range: t,
            ty: EntityType::Misc,
        });
    }
    found.sort_by_key(|f| f.range.start);
}

/// "Inspectie Justitie en Veiligheid, ‘Het signaal kwam’, november 2026",
/// "IGJ, «Wachten zonder zicht. Zicht op …».", "NOS, 9 april 2027,
/// «Kalveren …» (https://…)": a source's citation in a note names the work
/// by its body (or a news medium's, "NOS, „Schiphol schrapt …”, 13
/// oktober", or the date after either), a comma, the quoted title and a
/// comma after it, or in a title's quotes («…», „…”) also a full stop, a
/// semicolon, the line's end or the link in brackets.
fn cited_after_body(text: &str, found: &[Found], open_at: usize, after: &str) -> bool {
    let Some(body_end) = open_at.checked_sub(2) else {
        return false;
    };
    // (`found` is sorted by start and its mentions do not overlap: the one
    // that may end at the comma is the last that starts before it.)
    // «…» and „…” are a title's quotes; the others also a speaker's.
    let title_quotes = text[open_at..].starts_with(['«', '„']);
    let ends_citation = after.starts_with(',')
        || (title_quotes
            && (after.starts_with(['.', ';', '\n'])
                || after.starts_with(" (")
                || after.is_empty()));
    // (In a note, or in a title's quotes: "De FNV, ‘Dit kan niet’, zegt
    // …" is speech.)
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..open_at]).map_or(0, |p| p + 1);
    let in_note = text[line_start..].split_once(' ').is_some_and(|(n, _)| {
        !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
    });
    text.get(body_end..open_at) == Some(", ")
        && ends_citation
        && (title_quotes || in_note)
        && found[..found.partition_point(|f| f.range.start < body_end)]
            .last()
            .is_some_and(|f| {
                f.range.end == body_end
                    && matches!(f.ty, EntityType::Organisation | EntityType::Date)
            })
}

/// Whether the word right before a quote (after one space) is a kind of
/// work, or a compound ending in one.
fn kind_before(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = before[word_start..].to_lowercase();
    // "nummers als ‘Ondiep’", "boeken zoals «De avond is ongemak»": the
    // kind in the plural, then "als".
    if matches!(word.as_str(), "als" | "zoals") {
        return before[..word_start].strip_suffix(' ').is_some_and(|b| {
            is_kind(&b[b.rfind(' ').map_or(0, |i| i + 1)..].to_lowercase(), true)
        });
    }
    is_kind(&word, false)
}

/// Whether `word` (lower case) is one of [`KINDS`] or ends in one; in the
/// plural too when `plural` ("nummers", "boeken").
fn is_kind(word: &str, plural: bool) -> bool {
    let is = |w: &str| {
        KINDS
            .iter()
            .any(|k| w == *k || (w.len() > k.len() + 2 && w.ends_with(k)))
    };
    is(word)
        || (plural
            && [word.strip_suffix('s'), word.strip_suffix("en")]
                .into_iter()
                .flatten()
                .any(|stem| {
                    is(stem)
                        || is(&format!(
                            "{}{}",
                            stem,
                            &stem[stem.len().saturating_sub(1)..]
                        ))
                }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn songs_after_their_kind_and_lists_of_titles() {
        assert_eq!(
            titles(
                "klonken nummers als ‘Ondiep’ en ‘Laagwater bij Den Oever’ kaler, en de single ‘Adem’."
            ),
            ["Ondiep", "Laagwater bij Den Oever", "Adem"]
        );
        // Counter-examples: a quote after "als" without a kind, and a
        // quote after a title that a sentence separates.
        assert!(titles("Hij sprak als ‘Vader des Vaderlands’ tot het volk.").is_empty());
        assert_eq!(
            titles("het boek ‘Koeienwinter’. Zij zei: ‘Dat kan niet’ en ‘Nooit’."),
            ["Koeienwinter"]
        );
    }

    #[test]
    fn quoted_titles_after_a_kind_of_work() {
        assert_eq!(
            titles("Het schilderij «Jonge vrouw met luit» werd geveild."),
            ["Jonge vrouw met luit"]
        );
        assert_eq!(
            titles("De publiekscampagne \"Check je pensioen\", die start."),
            ["Check je pensioen"]
        );
        assert_eq!(
            titles("in de film ‘De wachtkamer’ van hem"),
            ["De wachtkamer"]
        );
        // A report's title with its subtitle after a full stop.
        assert_eq!(
            titles("het rapport «Wachten. Zicht op wachtenden» en de film „Open. Dicht”"),
            ["Wachten. Zicht op wachtenden", "Open. Dicht"]
        );
        // A report, also after the body that wrote it, in Dutch quotes.
        assert_eq!(
            titles("Het CPB-rapport „Zorg om de zorg” en het rapport «Werk aan de winkel»."),
            ["Zorg om de zorg", "Werk aan de winkel"]
        );
    }

    #[test]
    fn a_title_cited_after_its_body_in_a_note() {
        let text = "4 Inspectie Leefomgeving, ‘Het water kwam’, mei 2026. Zij schreef, ‘Nooit meer’ en ging.";
        let mut found = vec![crate::entities::test_mention(
            text,
            "Inspectie Leefomgeving",
            EntityType::Organisation,
            false,
        )];
        add(text, 0..text.len(), &mut found);
        let names: Vec<_> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // (Counter-example: a quote after a comma that no body's name ends,
        // nor followed by a comma.)
        assert_eq!(names, ["Inspectie Leefomgeving", "Het water kwam"]);
        // A news medium's article cited in a note is named too (since the
        // thirty-third round); a medium's speech outside a note is none.
        let text =
            "1 NOS, „Dijk lekt. Kampen nat”, 3 mei 2026.\nDe NOS, \"Het kan niet\", zei hij.";
        let mut found = vec![crate::entities::test_mention(
            text,
            "NOS",
            EntityType::Organisation,
            true,
        )];
        let nos_later = text.rfind("NOS").unwrap();
        found.push(Found {
            range: nos_later..nos_later + 3,
            ..found[0].clone()
        });
        add(text, 0..text.len(), &mut found);
        let names: Vec<_> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["NOS", "Dijk lekt. Kampen nat", "NOS"]);
        // The date before it may stand for the medium: "NOS, 9 april 2027,
        // «…» (https://…)".
        let text = "1 NOS, 9 april 2027, «Kalveren vast bij Duitse grens» (https://nos.nl/a)";
        let mut found = vec![
            crate::entities::test_mention(text, "NOS", EntityType::Organisation, true),
            crate::entities::test_mention(text, "9 april 2027", EntityType::Date, false),
        ];
        add(text, 0..text.len(), &mut found);
        let names: Vec<_> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(
            names,
            ["NOS", "9 april 2027", "Kalveren vast bij Duitse grens"]
        );
        // A body's report with its subtitle, the note ending after it, and
        // the place inside the title part of it.
        let text = "2 IGJ, «Wachten. Zicht op wachtenden in Tiel».\n";
        let mut found = vec![
            crate::entities::test_mention(text, "IGJ", EntityType::Organisation, false),
            crate::entities::test_mention(text, "Tiel", EntityType::Location, false),
        ];
        add(text, 0..text.len(), &mut found);
        let names: Vec<_> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(names, ["IGJ", "Wachten. Zicht op wachtenden in Tiel"]);
    }

    #[test]
    fn other_quotes_are_no_titles() {
        // A news article's title after its kind.
        assert_eq!(
            titles("Kent u het bericht «Derde ruiming in een week»?"),
            ["Derde ruiming in een week"]
        );
        assert_eq!(
            titles("het artikel „Dijk bij Kampen lekt” in de krant"),
            ["Dijk bij Kampen lekt"]
        );
        // Counter-examples: a quote after a verb of saying (also of two
        // sentences), a lower-case phrase, a quote that does not close on
        // its line, a term in guillemets.
        assert!(titles("Hij zei \"Dit kan niet\" tegen de pers.").is_empty());
        assert!(titles("Het bericht: \"Dit kan niet. Nooit.\" kwam laat.").is_empty());
        assert!(titles("de zogeheten «militair-technische» maatregelen").is_empty());
        assert!(titles("de campagne \"samen sterk\" loopt").is_empty());
        assert!(titles("de film \"Open\nEinde\"").is_empty());
        // A long quote cut inside a character is no panic.
        let long = format!("de film \"a{}\"", "é".repeat(200));
        assert!(titles(&long).is_empty());
    }
}
