//! Document dates as precise as the text gives them ("2022-02", "3 februari
//! 2022"), parsed from Dutch and ISO forms.

use regex::Regex;
use std::fmt;
use std::sync::LazyLock;

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

static DUTCH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)\b([0-3]?\d)\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+((?:19|20)\d\d)\b",
    )
});

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"\b((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-([0-3]\d))?)?\b")
});

impl DocDate {
    /// The first full Dutch date in `s`: "3 februari 2022".
    pub fn find_dutch(s: &str) -> Option<(DocDate, std::ops::Range<usize>)> {
        let c = DUTCH_DATE.captures(s)?;
        let day: u8 = c[1].parse().ok()?;
        let month = DUTCH_MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(&c[2]))? as u8
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

    /// An ISO date at the start of `s`: "2022", "2022-02", "2022-02-03".
    pub fn parse_iso(s: &str) -> Option<DocDate> {
        let c = ISO_DATE.captures(s)?;
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
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(crate) fn warm_patterns() {
    LazyLock::force(&ISO_DATE);
    LazyLock::force(&DUTCH_DATE);
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
