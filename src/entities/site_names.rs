//! A news site or web shop called by its address: "Hoofdnieuws.nl" on a
//! masthead, "zei Ter Laak tegen Sportrapport.nl", "Takeaway.com". A
//! capitalised name before ".nl", ".be", ".com" or ".eu", with no path after
//! it, is the organisation; an address to go to ("kaarten via Thialf.nl",
//! "www.thialf.nl", "info@thialf.nl") is not.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, add_finds};
use std::ops::Range;

/// The domains a site's name ends in.
const DOMAINS: &[&str] = &[".nl", ".be", ".com", ".eu"];

/// Words before an address that send the reader there.
const TO_ADDRESS: &[&str] = &["via", "naar", "zie", "Zie", "Via", "Naar", "surf", "Surf"];

/// Adds the sites named in `within` that no mention of `found` (sorted by
/// start) covers, as organisations.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    for domain in DOMAINS {
        for dot in memchr::memmem::find_iter(&bytes[within.clone()], domain.as_bytes()) {
            let dot = within.start + dot;
            if let Some(r) = site_name(text, dot, dot + domain.len()) {
                let covered = found
                    .iter()
                    .any(|f| f.range.start < r.end && r.start < f.range.end);
                if !covered {
                    added.push(Found {
                        link: name_link(&text[r.clone()]),
                        range: r,
                        ty: EntityType::Organisation,
                    });
                }
            }
        }
    }
    add_finds(found, added);
}

/// The site's name ending in the domain at `dot..end`, if it is one.
fn site_name(text: &str, dot: usize, end: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    // Nothing glued after the domain: no path, no longer domain.
    match bytes.get(end) {
        Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'@' | b'-' | b'_') => {
            return None;
        }
        Some(b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) => return None,
        _ => {}
    }
    let name_len = bytes[..dot]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let start = dot - name_len;
    if name_len < 2 || !bytes[start].is_ascii_uppercase() {
        return None;
    }
    // Not part of a longer address or an e-mail ("www.Thialf.nl",
    // "info@Site.nl"), and not an address to go to.
    if start > 0 && !matches!(bytes[start - 1], b' ' | b'\n' | b'(' | b'"' | b'\t') {
        return None;
    }
    let before = text[..start].trim_end_matches(' ');
    let word = &before[before.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
    // (A capitalised word before it may start the name: "Just Eat
    // Takeaway.com"; left to the other layers.)
    // (Nor a page title's last part: "Kamerbrief … | Rijksoverheid.nl",
    // which cites the page.)
    if TO_ADDRESS.contains(&word)
        || word == "|"
        || (before.len() + 1 == start && word.starts_with(char::is_uppercase))
    {
        return None;
    }
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sites(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found.iter().map(|f| &text[f.range.clone()]).collect()
    }

    #[test]
    fn a_site_called_by_its_address() {
        assert_eq!(sites("Hoofdnieuws.nl\nNet binnen"), ["Hoofdnieuws.nl"]);
        assert_eq!(
            sites("zei ze tegen Sportrapport.nl, en ook Takeaway.com groeit."),
            ["Sportrapport.nl", "Takeaway.com"]
        );
    }

    #[test]
    fn addresses_are_no_sites() {
        // Counter-examples: an address to go to, a page's path, lower case,
        // a longer host, an e-mail address, a file.
        assert!(sites("Kaarten via Thialf.nl of naar Thialf.nl gaan.").is_empty());
        assert!(sites("lees Sportrapport.nl/schaatsen/uitslag").is_empty());
        assert!(sites("op www.thialf.nl en thialf.nl").is_empty());
        assert!(sites("mail redactie@Sportrapport.nl").is_empty());
        assert!(sites("mail www.Sportrapport.nl").is_empty());
        assert!(sites("Bijlage Rapport.nlx").is_empty());
        assert!(sites("4 Kamerbrief over doelen | Kamerstuk | Rijksoverheid.nl").is_empty());
        // A capitalised word before: maybe the name's start.
        assert!(sites("bij Just Eat Takeaway.com werkt").is_empty());
    }
}
