//! The shapes of a ministry's sidebar lines and page footers, read by hand:
//! "> Retouradres …", "Postbus 20061", "2515 XP Den Haag", "T 070 379 8911
//! (algemeen)", "Kenmerk", "Bijlage(n) 2", "Directie Europa", "Rijnstraat 8",
//! "www.rijksoverheid.nl/ienw", "Pagina 2 van 7".
//!
//! They were sixteen regular expressions (a set of twelve and four more);
//! compiling them was 4 M instructions of opening every letter, paid before
//! its first screen. Each reader here says the pattern it stands for, and
//! the tests hold it to that pattern, kept there as the oracle, on any line.

use super::crlf_lines::{past_one_of, past_spaces};
use crate::pattern::starts_word;
use crate::pattern::{is_latin_capital, is_latin_letter};

/// A sidebar line of a Kamerbrief: one of the twelve shapes below, asked
/// only of the shapes that can start with the line's first byte (most lines
/// are told by it, as a pattern set's automaton told them).
pub(super) fn is_sidebar(line: &str) -> bool {
    match line.as_bytes().first() {
        None => false,
        Some(b'0'..=b'9') => postcode(line),
        Some(b'A') => department(line) || street(line),
        Some(b'B') => address_label(line) || enclosures(line) || street(line),
        Some(b'C' | b'D') => contact_label(line) || department(line) || street(line),
        Some(b'E' | b'I') => contact_label(line) || street(line),
        Some(b'F' | b'T') => phone(line) || contact_label(line) || street(line),
        Some(b'K' | b'U') => reference(line) || street(line),
        Some(b'M') => phone(line) || department(line) || street(line),
        Some(b'O') => address_label(line) || reference(line) || street(line),
        Some(b'P') => post_box(line) || address_label(line) || street(line),
        Some(b'R') => {
            line == "Rijksoverheid" || return_address(line) || reference(line) || street(line)
        }
        Some(b'a'..=b'z') => false,
        // ">", white space, another capital.
        Some(_) => return_address(line) || street(line),
    }
}

/// `^>?\s*Retouradres\b`
fn return_address(s: &str) -> bool {
    let s = s.strip_prefix('>').unwrap_or(s);
    s.trim_start_matches(char::is_whitespace)
        .strip_prefix("Retouradres")
        .is_some_and(|rest| !starts_word(rest))
}

/// `^Postbus\s+\d+`
fn post_box(s: &str) -> bool {
    s.strip_prefix("Postbus")
        .and_then(past_spaces)
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// `^\d{4}\s?[A-Z]{2}(\s|$)`: "2515 XP Den Haag".
fn postcode(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 6 || !b[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let rest = &s[4..];
    let rest = rest.strip_prefix(char::is_whitespace).unwrap_or(rest);
    let b = rest.as_bytes();
    b.len() >= 2
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && (b.len() == 2 || rest[2..].starts_with(char::is_whitespace))
}

/// `^[TFM]\s+\+?[0-9 ()\-]{9,}(\s*\(\p{L}+\))?$`: "T 070 379 8911 (algemeen)".
fn phone(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['T', 'F', 'M']) else {
        return false;
    };
    let number_char = |c: char| c.is_ascii_digit() || " ()-".contains(c);
    // `\s+` may give spaces to the number: try every length of it.
    let mut spaces = rest.char_indices().take_while(|(_, c)| c.is_whitespace());
    spaces.any(|(at, c)| {
        let number = &rest[at + c.len_utf8()..];
        let number = number.strip_prefix('+').unwrap_or(number);
        let run = number
            .bytes()
            .take_while(|&b| number_char(b as char))
            .count();
        (9..=run).rev().any(|end| {
            let tail = number[end..].trim_start_matches(char::is_whitespace);
            number[end..].is_empty()
                || tail
                    .strip_prefix('(')
                    .and_then(|t| t.strip_suffix(')'))
                    .is_some_and(|word| !word.is_empty() && word.chars().all(is_latin_letter))
        })
    })
}

/// `^(E-?mail|Telefoon|Doorkiesnummer|Fax|Contactpersoon|Inlichtingen)\b`
fn contact_label(s: &str) -> bool {
    starts_with_word(
        s,
        &[
            "E-mail",
            "Email",
            "Telefoon",
            "Doorkiesnummer",
            "Fax",
            "Contactpersoon",
            "Inlichtingen",
        ],
    )
}

/// `^(Bezoekadres|Postadres|Overheidsidentificatienr\.?)$`
fn address_label(s: &str) -> bool {
    matches!(
        s,
        "Bezoekadres" | "Postadres" | "Overheidsidentificatienr" | "Overheidsidentificatienr."
    )
}

/// `^(Ons|Onze|Uw)\s+(kenmerk|referentie|brief)\b` or `^(Kenmerk|Referentie)\b`
fn reference(s: &str) -> bool {
    past_one_of(s, &["Ons", "Onze", "Uw"])
        .and_then(past_spaces)
        .is_some_and(|rest| starts_with_word(rest, &["kenmerk", "referentie", "brief"]))
        || starts_with_word(s, &["Kenmerk", "Referentie"])
}

/// `^Bijlage(\(n\)|n)?:?(\s+\d+)?$`: "Bijlage(n) 2".
fn enclosures(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("Bijlage") else {
        return false;
    };
    let rest = past_one_of(rest, &["(n)", "n"]).unwrap_or(rest);
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    rest.is_empty()
        || past_spaces(rest).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `^(Directie|Directoraat|Directoraat-generaal|Ministerie van|Afdeling|Dienst|Cluster)\b[^.]*$`,
/// with no lower-case word but the joiners of a name.
fn department(s: &str) -> bool {
    const HEADS: [&str; 6] = [
        "Directie",
        "Directoraat",
        "Ministerie van",
        "Afdeling",
        "Dienst",
        "Cluster",
    ];
    !s.contains('.') && starts_with_word(s, &HEADS) && !has_sentence_word(s)
}

/// Words a department's name joins its capitalised words with.
const NAME_JOINERS: [&str; 12] = [
    "van", "voor", "en", "de", "het", "der", "den", "op", "in", "te", "ter", "'t",
];

/// Whether `s` holds a lower-case word no name joins with: a sentence of
/// the body that starts with a department ("Directie Internationaal
/// Onderzoek en Beleidsevaluatie (IOB) gevraagd de"), not its name.
fn has_sentence_word(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !NAME_JOINERS.contains(&w))
}

/// `^\p{Lu}[\p{L}\-]+(straat|weg|laan|plein|kade|gracht|singel|dijk|hof)\s+\d+\w*$`:
/// "Rijnstraat 8", "Bezuidenhoutseweg 73a".
fn street(s: &str) -> bool {
    let Some(space) = s.find(char::is_whitespace) else {
        return false;
    };
    let (name, number) = s.split_at(space);
    let mut chars = name.chars();
    if !chars.next().is_some_and(is_latin_capital) {
        return false;
    }
    let between = chars.as_str();
    let named = [
        "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "hof",
    ]
    .iter()
    .any(|end| {
        between.strip_suffix(end).is_some_and(|middle| {
            !middle.is_empty() && middle.chars().all(|c| is_latin_letter(c) || c == '-')
        })
    });
    let number = number.trim_start_matches(char::is_whitespace);
    named && number.starts_with(|c: char| c.is_ascii_digit()) && number.chars().all(is_latin_word)
}

/// `s` starts with one of `words`, a whole word (`^(a|b|…)\b`).
fn starts_with_word(s: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| s.strip_prefix(w).is_some_and(|rest| !starts_word(rest)))
}

/// `\w` as the patterns are limited to it (`crate::pattern::LATIN_WORD`).
fn is_latin_word(c: char) -> bool {
    c.is_ascii_digit() || c == '_' || is_latin_letter(c) || ('\u{300}'..='\u{36F}').contains(&c)
}

/// `^(?i:pagina)\s*\d+\s*(?:van|/)\s*\d+$`: "Pagina 2 van 7", "pagina 4/9".
pub(super) fn page_footer(s: &str) -> bool {
    if !s.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("pagina")) {
        return false;
    }
    let rest = s[6..].trim_start_matches(char::is_whitespace);
    let digits = |r: &str| r.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(rest);
    if n == 0 {
        return false;
    }
    let rest = rest[n..].trim_start_matches(char::is_whitespace);
    let Some(rest) = past_one_of(rest, &["van", "/"]) else {
        return false;
    };
    let rest = rest.trim_start_matches(char::is_whitespace);
    !rest.is_empty() && digits(rest) == rest.len()
}

/// `^(?:www\.|https?://)[^/\s?#]+(/[\w\-]+)?/?$`, the path segment (with its
/// "/") at most 25 characters: "www.rijksoverheid.nl/ienw".
pub(super) fn site_address(s: &str) -> bool {
    let Some(rest) = past_one_of(s, &["www.", "http://", "https://"]) else {
        return false;
    };
    let host = rest
        .find(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace())
        .unwrap_or(rest.len());
    if host == 0 {
        return false;
    }
    let rest = &rest[host..];
    if rest.is_empty() || rest == "/" {
        return true;
    }
    let Some(path) = rest.strip_prefix('/') else {
        return false;
    };
    let segment = path.trim_start_matches(|c: char| is_latin_word(c) || c == '-');
    let length = path.len() - segment.len();
    length > 0 && (segment.is_empty() || segment == "/") && path[..length].chars().count() < 25
}

/// `^(?i:(ons |uw )?(kenmerk|referentie)|bijlage(\(n\)|n)?|overheidsidentificatienr\.?|contactpersoon|inlichtingen|uw brief( van)?)$`:
/// a sidebar label whose value stands on the next line, in any case.
pub(super) fn value_label(s: &str) -> bool {
    const LABELS: [&str; 16] = [
        "kenmerk",
        "referentie",
        "ons kenmerk",
        "ons referentie",
        "onze referentie",
        "uw kenmerk",
        "uw referentie",
        "bijlage",
        "bijlage(n)",
        "bijlagen",
        "overheidsidentificatienr",
        "overheidsidentificatienr.",
        "contactpersoon",
        "inlichtingen",
        "uw brief",
        "uw brief van",
    ];
    // Most lines are told by their length (a label is 7 to 25 characters,
    // each at most the Kelvin sign's three bytes) or their first byte: a
    // label's first letter in either case, or the Kelvin sign's (a "k" to a
    // case-blind pattern).
    if !(7..=3 * 25).contains(&s.len()) {
        return false;
    }
    let first = s.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(
        first,
        Some(b'k' | b'r' | b'o' | b'u' | b'b' | b'c' | b'i' | 0xE2)
    ) {
        return false;
    }
    // A label is at most 25 characters: one character each, all of it.
    if s.len() > 25 && s.chars().count() > 25 {
        return false;
    }
    LABELS
        .iter()
        .any(|l| crate::pattern::past_in_any_case(s, l) == Some(""))
}

/// `^(Ministerie van|Directoraat-generaal|Directie|Dienst|Afdeling)\b`
pub(super) fn organisation(s: &str) -> bool {
    starts_with_word(
        s,
        &[
            "Ministerie van",
            "Directoraat-generaal",
            "Directie",
            "Dienst",
            "Afdeling",
        ],
    )
}

#[cfg(test)]
mod tests;
