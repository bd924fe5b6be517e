//! Lines that are page furniture rather than text: the ministry's sidebar
//! (return address, "Kenmerk", "Bijlage(n)", contact details) that PDF extraction
//! interleaves with the running text of a Kamerbrief, and page footers
//! ("Pagina 1 van 7"). They are folded, never dropped.

use crate::document::FoldReason;
use regex::RegexSet;
use std::sync::LazyLock;

static PAGE_FOOTER: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(?i:pagina)\s*\d+\s*(?:van|/)\s*\d+$"));

/// A site address, as a sidebar prints it ("www.rijksoverheid.nl/ienw"),
/// with at most one short path segment: a deep link with a query is a
/// footnote's source, not furniture. The segment's length (1 to 24) is
/// checked in [`is_site_address`]: counted, the Unicode `\w` compiled into
/// an automaton that took 6 ms of every start.
static SITE_ADDRESS: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(?:www\.|https?://)[^/\s?#]+(/[\w\-]+)?/?$"));

fn is_site_address(line: &str) -> bool {
    SITE_ADDRESS.captures(line).is_some_and(|c| {
        c.get(1)
            .is_none_or(|path| path.as_str().chars().count() <= 25)
    })
}

/// Sidebar lines. Compiled with the classes of [`crate::pattern`]: with the
/// full Unicode classes this set was a fifth of the instructions of
/// opening a seed.
static SIDEBAR: LazyLock<RegexSet> = LazyLock::new(|| {
    crate::pattern::regex_set(&[
        r"^>?\s*Retouradres\b",
        r"^Postbus\s+\d+",
        r"^\d{4}\s?[A-Z]{2}(\s|$)",
        r"^[TFM]\s+\+?[0-9 ()\-]{9,}(\s*\(\p{L}+\))?$",
        r"^(E-?mail|Telefoon|Doorkiesnummer|Fax|Contactpersoon|Inlichtingen)\b",
        r"^(Bezoekadres|Postadres|Overheidsidentificatienr\.?)$",
        r"^(Ons|Onze|Uw)\s+(kenmerk|referentie|brief)\b",
        r"^(Kenmerk|Referentie)\b",
        r"^Bijlage(\(n\)|n)?:?(\s+\d+)?$",
        r"^(Directie|Directoraat|Directoraat-generaal|Ministerie van|Afdeling|Dienst|Cluster)\b[^.]*$",
        r"^\p{Lu}[\p{L}\-]+(straat|weg|laan|plein|kade|gracht|singel|dijk|hof)\s+\d+\w*$",
        r"^Rijksoverheid$",
    ])
});

static VALUE_LABEL: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?i:(ons |uw )?(kenmerk|referentie)|bijlage(\(n\)|n)?|overheidsidentificatienr\.?|contactpersoon|inlichtingen|uw brief( van)?)$",
    )
});
static ORGANISATION: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(Ministerie van|Directoraat-generaal|Directie|Dienst|Afdeling)\b")
});

/// A sidebar label whose value stands on the next line ("Kenmerk" /
/// "IENW/BSK-2023/33017", "Bijlage(n)" / "4").
pub fn value_label(line: &str) -> bool {
    VALUE_LABEL.is_match(line)
}

/// The head of an organisation's name in a sidebar, whose name may run on
/// over the next short lines ("Ministerie van" / "Infrastructuur en" /
/// "Waterstaat").
pub fn organisation_head(line: &str) -> bool {
    ORGANISATION.is_match(line) && line.split_whitespace().count() <= 6 && !line.ends_with('.')
}

/// Whether a Kamerbrief line is page furniture. `date_known`: the letter's date
/// was already read, so a later "Datum …" line is the sidebar repeating it.
pub fn kamerbrief_furniture(line: &str, date_known: bool) -> Option<FoldReason> {
    // A page footer starts with "p" or "P" (the pattern's first letter; no
    // other character folds to it): most lines are told by their first byte.
    if line.as_bytes().first().is_some_and(|b| b | 0x20 == b'p') && PAGE_FOOTER.is_match(line) {
        return Some(FoldReason::PageFooter);
    }
    if line.split_whitespace().nth(8).is_some() {
        return None;
    }
    if SIDEBAR.is_match(line) || is_site_address(line) || (date_known && line.starts_with("Datum"))
    {
        return Some(FoldReason::Sidebar);
    }
    None
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&ORGANISATION);
    LazyLock::force(&SITE_ADDRESS);
    LazyLock::force(&SIDEBAR);
    LazyLock::force(&VALUE_LABEL);
    LazyLock::force(&PAGE_FOOTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_address_has_at_most_one_short_path_segment() {
        for l in [
            "www.rijksoverheid.nl/oekraïne",
            "https://www.rijksoverheid.nl/ienw/",
            "www.x.nl/abcdefghijklmnopqrstuvwx",
        ] {
            assert!(is_site_address(l), "{l}");
        }
        for l in [
            "www.x.nl/abcdefghijklmnopqrstuvwxy",
            "https://www.rijksoverheid.nl/ienw/documenten",
            "https://www.rijksoverheid.nl/zoeken?q=oekraine",
            "zie www.rijksoverheid.nl",
        ] {
            assert!(!is_site_address(l), "{l}");
        }
    }

    #[test]
    fn sidebar_and_footer() {
        for l in [
            "> Retouradres Postbus 20061 2500 EB Den Haag",
            "Postbus 20061",
            "2515 XP Den Haag",
            "Kenmerk BZ2300123",
            "Bijlage(n) 2",
            "Onze referentie MinBuZa.2023.1",
            "www.rijksoverheid.nl",
            "www.rijksoverheid.nl/ienw",
            "https://www.government.nl/",
            "Directie Europa",
            "Rijnstraat 8",
        ] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::Sidebar),
                "{l}"
            );
        }
        assert_eq!(
            kamerbrief_furniture("Pagina 2 van 7", false),
            Some(FoldReason::PageFooter)
        );
        // Spaces lost by an extractor, a phone number with its label.
        assert_eq!(
            kamerbrief_furniture("Pagina2 van7", false),
            Some(FoldReason::PageFooter)
        );
        // In any case, as the pattern says; a line that does not start with
        // the word is no footer.
        for l in ["PAGINA 3 van 9", "pagina 4/9", "pAGINA 5 van 9"] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::PageFooter),
                "{l}"
            );
        }
        for l in [" Pagina 2 van 7", "Zie pagina 2 van 7", "Qagina 2 van 7"] {
            assert_ne!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::PageFooter),
                "{l}"
            );
        }
        for l in [
            "T 070 379 8911 (algemeen)",
            "Bezoekadres",
            "Overheidsidentificatienr",
        ] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::Sidebar),
                "{l}"
            );
        }
        // Counter-example: a deep link (a footnote's source) is text.
        assert_eq!(
            kamerbrief_furniture(
                "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D222",
                false
            ),
            None
        );
        assert!(value_label("Ons kenmerk") && value_label("Bijlage(n)"));
        assert!(!value_label("Kenmerk van dit beleid is de aanpak"));
        assert!(organisation_head("Ministerie van"));
        assert!(!organisation_head(
            "Directie en bestuur hebben het plan besproken."
        ));
        assert_eq!(
            kamerbrief_furniture("Datum 3 februari 2022", true),
            Some(FoldReason::Sidebar)
        );
        assert_eq!(kamerbrief_furniture("Datum 3 februari 2022", false), None);
        for l in [
            "Veiligheidsordening",
            "Militaire steun",
            "Het kabinet heeft besloten het Matra-programma, waarmee Nederland",
            "2019, met Oekraïne en Rusland aan tafel gezeten in het «Normandië",
            // An appendix's title is a heading, not the sidebar's "Bijlage(n)".
            "Bijlage: Mogelijke aanvullende maatregelen op het NPCE",
        ] {
            assert_eq!(kamerbrief_furniture(l, true), None, "{l}");
        }
    }
}
