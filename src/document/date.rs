//! Document dates as precise as the text gives them ("2022-02", "3 februari
//! 2022"), parsed from Dutch and ISO forms.
//!
//! The two forms are read by hand, not by regular expressions: compiling the
//! Dutch date's pattern (a case-blind month between Unicode spaces and word
//! boundaries) took 4.5 M instructions, an eighth of opening one letter, and
//! every process that reads a letter paid it before its first screen. The
//! tests hold both readers to those patterns, match for match, on any text.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DocDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl fmt::Display for DocDate {
    /// ISO 8601, as precise as known: `2022`, `2022-02`, `2022-02-03`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

pub const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Short month names as sites and mentions write them ("13 nov 2026",
/// "3 mrt. 2027", "febr."), with the month's number.
pub const SHORT_MONTHS: [(&str, u8); 14] = [
    ("jan", 1),
    ("feb", 2),
    ("febr", 2),
    ("mrt", 3),
    ("maa", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The number of the month a lowercase word names, in full ("maart") or
/// short ([`SHORT_MONTHS`]); a trailing full stop is ignored ("okt.").
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    DUTCH_MONTHS
        .iter()
        .position(|m| *m == word)
        .map(|i| i as u8 + 1)
        .or_else(|| {
            SHORT_MONTHS
                .iter()
                .find(|(s, _)| *s == word)
                .map(|&(_, m)| m)
        })
}

impl DocDate {
    /// The first full Dutch date in `s`: "3 februari 2022". As the pattern
    /// `(?i)\b([0-3]?\d)\s+(januari|…|december)\s+((?:19|20)\d\d)\b` finds
    /// it (Unicode spaces and word boundaries, the month in any case), and
    /// `None` when that first one has no day of a month (0, 32–39).
    pub fn find_dutch(s: &str) -> Option<(DocDate, std::ops::Range<usize>)> {
        let b = s.as_bytes();
        let mut at = 0;
        while at < b.len() {
            if !b[at].is_ascii_digit() || ends_word_before(s, at) {
                at += 1;
                continue;
            }
            let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
            if let Some((date, end)) = dutch_date_at(s, at, digits) {
                return (1..=31)
                    .contains(&date.day.unwrap_or(0))
                    .then_some((date, at..end));
            }
            at += digits;
        }
        None
    }

    /// An ISO date at the start of `s`: "2022", "2022-02", "2022-02-03"
    /// (`\b((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-([0-3]\d))?)?\b` matched
    /// at the start; a day outside 1–31 is left out).
    pub fn parse_iso(s: &str) -> Option<DocDate> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b.get(r.clone())
                .filter(|d| d.iter().all(u8::is_ascii_digit))
                .map(|d| d.iter().fold(0u16, |n, &c| n * 10 + u16::from(c - b'0')))
        };
        let year = digits(0..4).filter(|_| matches!(&b[..2], b"19" | b"20"))?;
        let month = (b.get(4) == Some(&b'-'))
            .then(|| digits(5..7))
            .flatten()
            .filter(|m| (1..=12).contains(m));
        if let Some(month) = month {
            let day = (b.get(7) == Some(&b'-')
                && b.get(8).is_some_and(|c| (b'0'..=b'3').contains(c)))
            .then(|| digits(8..10))
            .flatten()
            .filter(|_| !starts_word_at(s, 10));
            if let Some(day) = day {
                return Some(DocDate {
                    year,
                    month: Some(month as u8),
                    day: Some(day as u8).filter(|d| (1..=31).contains(d)),
                });
            }
            if !starts_word_at(s, 7) {
                return Some(DocDate {
                    year,
                    month: Some(month as u8),
                    day: None,
                });
            }
        }
        (!starts_word_at(s, 4)).then_some(DocDate {
            year,
            month: None,
            day: None,
        })
    }
}

/// The Dutch date whose day is the `digits` ASCII digits at `at` (a word
/// starts there), and where it ends.
fn dutch_date_at(s: &str, at: usize, digits: usize) -> Option<(DocDate, usize)> {
    let b = s.as_bytes();
    let day = match digits {
        1 => b[at] - b'0',
        2 if b[at] <= b'3' => (b[at] - b'0') * 10 + b[at + 1] - b'0',
        _ => return None,
    };
    let month_at = after_spaces(s, at + digits)?;
    let month_end = s[month_at..]
        .find(char::is_whitespace)
        .map_or(s.len(), |e| month_at + e);
    let month = DUTCH_MONTHS
        .iter()
        .position(|m| crate::pattern::past_in_any_case(&s[month_at..month_end], m) == Some(""))?;
    let year_at = after_spaces(s, month_end)?;
    let year = b.get(year_at..year_at + 4)?;
    let ok = matches!(&year[..2], b"19" | b"20")
        && year[2..].iter().all(u8::is_ascii_digit)
        && !starts_word_at(s, year_at + 4);
    ok.then(|| {
        let year = year.iter().fold(0u16, |n, &c| n * 10 + u16::from(c - b'0'));
        let date = DocDate {
            year,
            month: Some(month as u8 + 1),
            day: Some(day),
        };
        (date, year_at + 4)
    })
}

/// Past one or more white-space characters at `at` (none: `None`).
fn after_spaces(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let past = rest.trim_start_matches(char::is_whitespace);
    (past.len() < rest.len()).then_some(s.len() - past.len())
}

/// A word character ends right before `at` (no word boundary there before a digit).
fn ends_word_before(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_some_and(regex_syntax::is_word_character)
}

/// A word character starts at `at` (no word boundary after a digit there).
fn starts_word_at(s: &str, at: usize) -> bool {
    s.get(at..).is_some_and(crate::pattern::starts_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_in_full_and_short() {
        assert_eq!(month_number("maart"), Some(3));
        assert_eq!(month_number("okt."), Some(10));
        assert_eq!(month_number("febr"), Some(2));
        assert_eq!(month_number("sept."), Some(9));
        // Counter-examples: a word that starts like a month, a capital.
        assert_eq!(month_number("mart"), None);
        assert_eq!(month_number("decor"), None);
        assert_eq!(month_number("Mei"), None);
    }

    #[test]
    fn parses_dutch_and_iso() {
        let (d, r) = DocDate::find_dutch("Den Haag, 3 februari 2022 ").unwrap();
        assert_eq!(d.to_string(), "2022-02-03");
        assert_eq!(r, 10..25);
        assert_eq!(
            DocDate::parse_iso("2022-02").unwrap().to_string(),
            "2022-02"
        );
        assert_eq!(DocDate::parse_iso("2022").unwrap().to_string(), "2022");
        assert!(DocDate::parse_iso("x 2022").is_none());
    }

    /// The patterns the readers stand for, as they were compiled before.
    static DUTCH_PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::pattern::regex(
            r"(?i)\b([0-3]?\d)\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+((?:19|20)\d\d)\b",
        )
    });
    static ISO_PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::pattern::regex(r"\b((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-([0-3]\d))?)?\b")
    });

    /// What `find_dutch` returned when the pattern read the date (except
    /// that a month the pattern matched with the Kelvin sign or the long s
    /// was no month then: it is one now).
    fn dutch_by_pattern(re: &regex::Regex, s: &str) -> Option<(DocDate, std::ops::Range<usize>)> {
        let c = re.captures(s)?;
        let day: u8 = c[1].parse().ok()?;
        let folded = c[2].replace('\u{212A}', "k").replace('\u{17F}', "s");
        let month = DUTCH_MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(&folded))? as u8
            + 1;
        let year: u16 = c[3].parse().ok()?;
        (1..=31).contains(&day).then_some((
            DocDate {
                year,
                month: Some(month),
                day: Some(day),
            },
            c.get(0).unwrap().range(),
        ))
    }

    /// What `parse_iso` returned when the pattern read the date.
    fn iso_by_pattern(re: &regex::Regex, s: &str) -> Option<DocDate> {
        let c = re.captures(s)?;
        if c.get(0)?.start() != 0 {
            return None;
        }
        Some(DocDate {
            year: c[1].parse().ok()?,
            month: c.get(2).and_then(|m| m.as_str().parse().ok()),
            day: c
                .get(3)
                .and_then(|d| d.as_str().parse().ok())
                .filter(|d| (1..=31).contains(d)),
        })
    }

    #[test]
    fn dutch_dates_in_any_case_between_any_spaces() {
        for (s, want) in [
            ("3 FEBRUARI 2022", Some("2022-02-03")),
            ("op 31\u{a0}December\t1999.", Some("1999-12-31")),
            ("1 o\u{212A}tober 2020", Some("2020-10-01")),
            ("1 augu\u{17F}tus 2020", Some("2020-08-01")),
            ("x3 februari 2022", None),
            ("_3 februari 2022", None),
            ("3 februari 20221", None),
            ("3 februari 2022é", None),
            ("123 februari 2022", None),
            ("45 mei 2020", None),
            // The first date has no day: no date, as before.
            ("32 mei 2020 en 1 juni 2020", None),
            ("0 mei 2020", None),
            ("3 feb 2022, 4 maart 2021", Some("2021-03-04")),
            ("2 juni2020 3 juli 1950", Some("1950-07-03")),
        ] {
            let got = DocDate::find_dutch(s).map(|(d, _)| d.to_string());
            assert_eq!(got.as_deref(), want, "{s:?}");
        }
    }

    #[test]
    fn iso_dates_only_at_the_start() {
        for (s, want) in [
            ("2022-02-03", Some("2022-02-03")),
            ("2022-02-32", Some("2022-02")),
            ("2022-02-3x", Some("2022-02")),
            ("2022-02-31x", Some("2022-02")),
            ("2022-13", Some("2022")),
            ("2022-02-00", Some("2022-02")),
            ("1899", None),
            ("20221", None),
            ("2022x", None),
            (" 2022", None),
        ] {
            assert_eq!(
                DocDate::parse_iso(s).map(|d| d.to_string()).as_deref(),
                want,
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]

        /// On text made of things shaped like dates, whole or broken (days,
        /// months in several cases and with the letters Unicode folds to
        /// theirs, years, spaces of several kinds, word and non-word
        /// characters around them), the readers find what the patterns found.
        #[test]
        fn the_readers_agree_with_the_patterns(candidates in proptest::collection::vec(
            (
                proptest::sample::select(vec!["", " ", "x", "é", "_", "-", ".", "\n", "\u{301}", "2022-"]),
                proptest::sample::select(vec!["0", "1", "3", "12", "31", "39", "45", "123", "2022"]),
                proptest::sample::select(vec![" ", " ", "  ", "\t", "\n", "\u{a0}", "\u{2003}", "", "x"]),
                proptest::sample::select(vec![
                    "januari", "FEBRUARI", "mei", "juni", "december", "Maart", "mei", "juni", "juli", "augustus",
                    "augu\u{17F}tus", "oktober", "o\u{212A}tober", "OKTOBER", "december", "decembe",
                    "İ", "ı", "12", "-02", "-13", "-02-03", "-02-3x", "-02-31x", "-1",
                ]),
                proptest::sample::select(vec![" ", " ", "\t", "\n", "\u{a0}", "", ","]),
                proptest::sample::select(vec!["2022", "1999", "2022", "1899", "20221", "2020x", "2020é", "19"]),
            ),
            0..5,
        )) {
            let s: String = candidates
                .iter()
                .map(|(a, b, c, d, e, f)| [*a, *b, *c, *d, *e, *f].concat())
                .collect();
            proptest::prop_assert_eq!(DocDate::find_dutch(&s), dutch_by_pattern(&DUTCH_PATTERN, &s));
            proptest::prop_assert_eq!(DocDate::parse_iso(&s), iso_by_pattern(&ISO_PATTERN, &s));
        }
    }
}
