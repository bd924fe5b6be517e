//! Telling a Kamerbrief from a news article from plain text, by content only.
//!
//! The signs are read line by line by hand. They were six regular
//! expressions in multi-line mode; compiling them was 5.7 M instructions, a
//! sixth of opening one letter, paid before the first screen. The tests hold
//! each sign to its pattern, on any text.

use super::crlf_lines::{
    content, past_blanks, past_day, past_digits, past_month, past_one_of, past_spaces, starts,
};
use crate::document::DocKind;
use crate::pattern::starts_word;

pub fn detect_kind(text: &str) -> DocKind {
    // Kamervragen first: a ministry's answers may come with a letter's head.
    if super::kamervragen_qa::looks_like(text) {
        return DocKind::Kamervragen;
    }
    let mut cut = text.len().min(8000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let mut score = 0;
    if addressee(head) {
        score += 2;
    }
    if salutation(head) {
        score += 2;
    }
    if place_date(head) || date_label(head) {
        score += 1;
    }
    // Signatures stand at the end, before the last page's footnotes at most.
    if score == 2 {
        let mut from = text.len().saturating_sub(32 * 1024);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if signatory(&text[from..]) {
            score += 1;
        }
    }
    if score >= 3 {
        DocKind::Kamerbrief
    } else if news(text) || stamped(text) || bylined(text) || super::cookie_notice::has_notice(text)
    {
        // (A cookie notice, a publication stamp with its time, are a web page's.)
        DocKind::News
    } else {
        DocKind::Text
    }
}

/// A line "Aan de Voorzitter van de Tweede Kamer" (or "De voorzitter …",
/// "… Eerste Kamer"; the house on the next line): the addressee of a letter.
/// As `^[ \t]*(Aan de|De|de) [Vv]oorzitter van de\s+(Tweede|Eerste) Kamer`.
fn addressee(text: &str) -> bool {
    starts(text).any(|at| {
        (|| {
            let rest = past_one_of(past_blanks(&text[at..]), &["Aan de ", "De ", "de "])?;
            let rest = past_one_of(rest, &["Voorzitter van de", "voorzitter van de"])?;
            past_one_of(past_spaces(rest)?, &["Tweede Kamer", "Eerste Kamer"])
        })()
        .is_some()
    })
}

/// A line starting "Geachte Voorzitter" (`^[ \t]*Geachte [Vv]oorzitter`).
fn salutation(text: &str) -> bool {
    starts(text).any(|at| {
        past_one_of(
            past_blanks(&text[at..]),
            &["Geachte Voorzitter", "Geachte voorzitter"],
        )
        .is_some()
    })
}

/// A line starting with the letter's place and date, "Den Haag, 3 februari
/// 2022" (or "'s-Gravenhage", or "Datum:"): as
/// `^[ \t]*(Den Haag|'s-Gravenhage|Datum)[ ,:]+\d{1,2} (januari|…) \d{4}`.
fn place_date(text: &str) -> bool {
    starts(text).any(|at| {
        (|| {
            let rest = &text[at..];
            let rest = past_one_of(past_blanks(rest), &["Den Haag", "'s-Gravenhage", "Datum"])?;
            let past = rest.trim_start_matches([' ', ',', ':']);
            (past.len() < rest.len()).then_some(())?;
            let rest = past_month(past_day(past)?)?.strip_prefix(' ')?;
            past_digits(rest, 4)
        })()
        .is_some()
    })
}

/// "Datum" as a label on its own line, its date alone on one of the next
/// five lines (a two-column letter head as pdftotext prints it): as
/// `^[ \t]*Datum[ \t]*\r?\n(?:[^\n]*\n){0,4}?[ \t]*\d{1,2} (januari|…) \d{4}[ \t]*\r?$`.
fn date_label(text: &str) -> bool {
    starts(text).any(|at| {
        if !past_blanks(&text[at..]).starts_with("Datum") {
            return false;
        }
        let label = content(text, at);
        if past_blanks(label).strip_prefix("Datum").map(past_blanks) != Some("") {
            return false;
        }
        let mut next = at + label.len();
        next += match &text.as_bytes()[next..] {
            [b'\n', ..] => 1,
            [b'\r', b'\n', ..] => 2,
            _ => return false,
        };
        for _ in 0..5 {
            if is_date_line(content(text, next)) {
                return true;
            }
            match text[next..].find('\n') {
                Some(end) => next += end + 1,
                None => return false,
            }
        }
        false
    })
}

/// A line that is a Dutch date and nothing else: "3 februari 2022".
fn is_date_line(line: &str) -> bool {
    (|| {
        let rest = past_month(past_day(past_blanks(line))?)?.strip_prefix(' ')?;
        past_digits(rest, 4)
    })()
    .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).is_empty())
}

/// A signature's role line, "De Minister van Buitenlandse Zaken,": as
/// `^[ \t]*De (Minister|Staatssecretaris|minister|staatssecretaris)\b[^\r\n]*,[ \t]*$`.
fn signatory(text: &str) -> bool {
    starts(text).any(|at| {
        (|| {
            past_blanks(&text[at..]).strip_prefix("De ")?;
            let line = past_blanks(content(text, at)).strip_prefix("De ")?;
            let role = [
                "Minister",
                "Staatssecretaris",
                "minister",
                "staatssecretaris",
            ];
            let rest = past_one_of(line, &role).filter(|rest| !starts_word(rest))?;
            rest.trim_end_matches([' ', '\t'])
                .ends_with(',')
                .then_some(())
        })()
        .is_some()
    })
}

/// Press agencies named in a dateline: "(ANP) - ".
const AGENCIES: [&str; 8] = [
    "ANP", "AFP", "Reuters", "AP", "DPA", "Belga", "Novum", "BNR",
];
/// A news site's links between paragraphs.
const SITE_LINKS: [&str; 4] = [
    "Lees ook:",
    "Bekijk ook:",
    "Bekijk deze video",
    "Volg dit onderwerp",
];

/// A sign of a news article anywhere in the text: a "date 2022-02" line, an
/// agency's dateline "(ANP) –", a site's "Lees ook:" or "Volg dit
/// onderwerp", a "Meer over Oekraïne" line. As
/// `^[ \t]*date \d{4}-\d{2}|\((ANP|…|BNR)\)\s*[-–—]|Lees ook:|Bekijk ook:|Bekijk
/// deze video|Volg dit onderwerp|^Meer (uit|over) \S+[ \t]*$`.
fn news(text: &str) -> bool {
    SITE_LINKS.iter().any(|l| text.contains(l))
        || text.match_indices('(').any(|(at, _)| {
            (|| {
                let rest = past_one_of(&text[at + 1..], &AGENCIES)?.strip_prefix(')')?;
                let rest = rest.trim_start_matches(char::is_whitespace);
                rest.starts_with(['-', '–', '—']).then_some(())
            })()
            .is_some()
        })
        || starts(text).any(|at| {
            let line = &text[at..];
            let dated = past_blanks(line)
                .strip_prefix("date ")
                .and_then(|r| past_digits(r, 4))
                .and_then(|r| r.strip_prefix('-'))
                .and_then(|r| past_digits(r, 2))
                .is_some();
            dated
                || text[at..].starts_with("Meer ")
                    && past_one_of(content(text, at), &["Meer uit ", "Meer over "]).is_some_and(
                        |topic| {
                            let topic = topic.trim_end_matches([' ', '\t']);
                            !topic.is_empty() && !topic.contains(char::is_whitespace)
                        },
                    )
        })
}

/// A site's publication stamp with a time of day, a byline or a reading
/// time among the first lines ("Gepubliceerd op 21 januari 2027 · 10:05",
/// "Za 5 december 2026, 22:14", "Door X | 3 december 2026 | Leestijd 6
/// min."): a web page's (a letter's "Datum 21 januari 2027" is none).
fn stamped(text: &str) -> bool {
    text.lines()
        .take(STAMP_LINES)
        .any(|l| super::news_date::stamp(l).is_some_and(|s| s.clock || s.web))
}

/// A byline over a dated line among the first lines ("door Floor
/// Mulderije-Kazemi" / "zaterdag 7 november 2026"): a review's or an
/// article's head. (A letter's "door de minister" names nobody.)
fn bylined(text: &str) -> bool {
    let head: Vec<&str> = text
        .lines()
        .take(STAMP_LINES)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    head.windows(2).any(|w| {
        let name = w[0]
            .strip_prefix("Door ")
            .or_else(|| w[0].strip_prefix("door "));
        name.is_some_and(super::news::is_name) && super::news_date::stamp(w[1]).is_some()
    })
}

/// How many of a text's first lines are looked at for a publication stamp.
const STAMP_LINES: usize = 80;

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The patterns the signs stand for, as they were compiled before.
    static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)^[ \t]*(Aan de|De|de) [Vv]oorzitter van de\s+(Tweede|Eerste) Kamer",
        )
    });
    static SALUTATION: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"(?mR)^[ \t]*Geachte [Vv]oorzitter"));
    static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)^[ \t]*(Den Haag|'s-Gravenhage|Datum)[ ,:]+\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}",
        )
    });
    static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)^[ \t]*Datum[ \t]*\r?\n(?:[^\n]*\n){0,4}?[ \t]*\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}[ \t]*\r?$",
        )
    });
    static SIGNATORY: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)^[ \t]*De (Minister|Staatssecretaris|minister|staatssecretaris)\b[^\r\n]*,[ \t]*$",
        )
    });
    static NEWS: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?mR)(^[ \t]*date \d{4}-\d{2}|\((ANP|AFP|Reuters|AP|DPA|Belga|Novum|BNR)\)\s*[-–—]|Lees ook:|Bekijk ook:|Bekijk deze video|Volg dit onderwerp|^Meer (uit|over) \S+[ \t]*$)",
        )
    });

    /// Every sign as its pattern has it, on `text`.
    fn agree(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for (name, by_hand, pattern) in [
            ("addressee", addressee(text), &*ADDRESSEE),
            ("salutation", salutation(text), &*SALUTATION),
            ("place_date", place_date(text), &*PLACE_DATE),
            ("date_label", date_label(text), &*DATE_LABEL),
            ("signatory", signatory(text), &*SIGNATORY),
            ("news", news(text), &*NEWS),
        ] {
            proptest::prop_assert_eq!(by_hand, pattern.is_match(text), "{} on {:?}", name, text);
        }
        Ok(())
    }

    #[test]
    fn a_byline_over_a_date_is_a_web_page() {
        let review = "Skip to content\nZAALLICHT\n\n'Het Zoutpakhuis': een familie verdrinkt\n\n\
                      door Floor Mulderije-Kazemi\nzaterdag 7 november 2026\n\nEen zolder vol zout.\n";
        assert_eq!(detect_kind(review), DocKind::News);
        // Counter-examples: a note signed by nobody, a byline with no date
        // under it, a sentence that opens with "door".
        for t in [
            "Notitie\ndoor de minister\n7 november 2026\n\nDe tekst.\n",
            "Een verhaal\ndoor Floor Mulder\n\nEen zolder vol zout.\n",
            "Verslag\nDoor Jan de Vries is besloten dat.\n7 november 2026\n",
        ] {
            assert_eq!(detect_kind(t), DocKind::Text, "{t}");
        }
    }

    #[test]
    fn each_sign_on_lines_that_have_it_and_lines_that_nearly_do() {
        for text in [
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "  de voorzitter van de\n  Eerste Kamer",
            "Aan de Voorzitter van deTweede Kamer",
            "Geachte voorzitter,",
            "x Geachte Voorzitter",
            "Den Haag, 3 februari 2022",
            "\t's-Gravenhage 12 mei 20221",
            "Datum: 123 mei 2022",
            "Datum 3 Mei 2022",
            "Datum\r\nKenmerk\r\n\r\n x\n 3 juni 2020 \r\n",
            "Datum \n1\n2\n3\n4\n3 juni 2020",
            "Datum \n1\n2\n3\n4\n5\n3 juni 2020",
            "Datum\n3 juni 2020 x",
            "Datum\rx\n3 juni 2020",
            "De Minister van Buitenlandse Zaken,",
            "De Ministerie van Financiën,",
            "De staatssecretaris, \t",
            "De Minister, en",
            "date 2022-02",
            " date 2022-2",
            "Amsterdam (ANP) – De",
            "(Reuters)\u{a0}\n—",
            "(AP)x -",
            "Lees ook: dit",
            "Meer over Oekraïne  ",
            "Meer uit Den Haag",
            "Meer over \u{a0}",
            " Meer over Oekraïne",
        ] {
            agree(text).unwrap();
        }
        // The date five lines below the label is its date, six lines below not.
        assert!(date_label("Datum \n1\n2\n3\n4\n3 juni 2020"));
        assert!(!date_label("Datum \n1\n2\n3\n4\n5\n3 juni 2020"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// On texts made of the lines the signs look for, whole, cut or
        /// varied, joined by every kind of line break, the signs read by hand
        /// are the patterns' matches.
        #[test]
        fn the_signs_agree_with_their_patterns(lines in proptest::collection::vec(
            (
                proptest::sample::select(vec!["", " ", "\t", " \t", "x", "\u{a0}"]),
                proptest::sample::select(vec![
                    "Aan de Voorzitter van de", "de voorzitter van de", "De Voorzitter van de Eerste Kamer",
                    " Tweede Kamer", "Tweede Kamer", "\u{a0}Eerste Kamer", "Geachte Voorzitter", "Geachte voorzitter,",
                    "Den Haag, 3 februari 2022", "'s-Gravenhage 12 mei 20221", "Datum: 3 juni 2020", "Datum",
                    "Datum ", "Datum:", "3 juni 2020", " 31 december 1999 \t", "123 mei 2022", "3 Mei 2022",
                    "De Minister van Financiën,", "De Ministerie,", "De staatssecretaris", "De minister, ",
                    "date 2022-02", "date 2022-2", "Amsterdam (ANP) – De", "(Reuters)", "(AP)x -", " —",
                    "Lees ook: dit", "Bekijk deze", " video", "Meer over Oekraïne", "Meer uit Den Haag",
                    "Meer over", " Oekraïne \t", ",", "-", "2022", "x",
                ]),
                proptest::sample::select(vec!["", ",", " ", "\t", " x", "\u{a0}"]),
                proptest::sample::select(vec!["\n", "\n", "\r\n", "\r", "", " "]),
            ),
            0..10,
        )) {
            let text: String = lines.iter().map(|(a, b, c, d)| [*a, *b, *c, *d].concat()).collect();
            agree(&text)?;
        }
    }
}
