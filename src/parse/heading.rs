//! What a heading looks like: a short stand-alone line that does not end a
//! sentence, optionally numbered ("1.", "2.3", "a)"); the numbering gives the level.

use regex::Regex;
use std::sync::LazyLock;

static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S").unwrap());
static LETTERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z][.)]\s+\S").unwrap());

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    None,
    /// Depth of a numeric label: "2" is 1, "2.3" is 2.
    Numeric(u8),
    Letter,
}

/// Whether a one-line paragraph is shaped like a heading, and its numbering.
pub fn heading_shape(s: &str, max_words: usize) -> Option<Numbering> {
    let s = s.trim();
    let words = s.split_whitespace().count();
    if words == 0 || words > max_words || s.chars().count() > 100 {
        return None;
    }
    if s.ends_with(['.', ',', ';', ':', '"', '”', '\'', '’', '-', '(', '/']) && !s.ends_with("..")
    {
        return None;
    }
    let numbering = if let Some(c) = NUMBERED.captures(s) {
        Numbering::Numeric(c[1].split('.').count() as u8)
    } else if LETTERED.is_match(s) {
        Numbering::Letter
    } else {
        Numbering::None
    };
    let first_word_start = match numbering {
        Numbering::None => s,
        _ => s
            .split_once(char::is_whitespace)
            .map_or("", |(_, r)| r.trim_start()),
    };
    let first = first_word_start.chars().next()?;
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    // A line of only numbers and symbols is no heading.
    if !s.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    Some(numbering)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(
            heading_shape("Veiligheidsordening", 12),
            Some(Numbering::None)
        );
        assert_eq!(heading_shape("MH17", 12), Some(Numbering::None));
        assert_eq!(
            heading_shape("2.3 Militaire steun", 12),
            Some(Numbering::Numeric(2))
        );
        assert_eq!(
            heading_shape("1. Inleiding", 12),
            Some(Numbering::Numeric(1))
        );
        assert_eq!(heading_shape("a) Sancties", 12), Some(Numbering::Letter));
        assert_eq!(heading_shape("De Minister van Defensie,", 12), None);
        assert_eq!(heading_shape("dit is geen kop", 12), None);
        assert_eq!(heading_shape("Het kabinet steunt dit.", 12), None);
        assert_eq!(heading_shape("2019", 12), None);
    }
}
