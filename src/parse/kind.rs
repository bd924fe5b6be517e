//! Telling a Kamerbrief from a news article from plain text, by content only.

use crate::document::DocKind;
use regex::Regex;
use std::sync::LazyLock;

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
/// "Datum" as a label on its own, its date on one of the next lines (a
/// two-column letter head as pdftotext prints it).
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
    if ADDRESSEE.is_match(head) {
        score += 2;
    }
    if SALUTATION.is_match(head) {
        score += 2;
    }
    if PLACE_DATE.is_match(head) || DATE_LABEL.is_match(head) {
        score += 1;
    }
    // Signatures stand at the end, before the last page's footnotes at most.
    if score == 2 {
        let mut from = text.len().saturating_sub(32 * 1024);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if SIGNATORY.is_match(&text[from..]) {
            score += 1;
        }
    }
    if score >= 3 {
        DocKind::Kamerbrief
    } else if NEWS.is_match(text) {
        DocKind::News
    } else {
        DocKind::Text
    }
}
