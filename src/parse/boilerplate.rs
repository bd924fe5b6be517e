//! Lines that are page furniture rather than text: the ministry's sidebar
//! (return address, "Kenmerk", "Bijlage(n)", contact details) that PDF extraction
//! interleaves with the running text of a Kamerbrief, and page footers
//! ("Pagina 1 van 7"). They are folded, never dropped.

use crate::document::FoldReason;
use regex::RegexSet;
use std::sync::LazyLock;

static PAGE_FOOTER: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^(?i:pagina)\s+\d+\s+(?:van|/)\s+\d+$").unwrap());

static SIDEBAR: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"^>?\s*Retouradres\b",
        r"^Postbus\s+\d+",
        r"^\d{4}\s?[A-Z]{2}(\s|$)",
        r"^(www\.|https?://)\S+$",
        r"^[TFM]\s+\+?[\d ()\-]{9,}$",
        r"^(E-?mail|Telefoon|Doorkiesnummer|Fax|Contactpersoon)\b",
        r"^(Ons|Onze|Uw)\s+(kenmerk|referentie|brief)\b",
        r"^(Kenmerk|Referentie)\b",
        r"^Bijlage(\(n\)|n)?\b",
        r"^(Directie|Directoraat|Directoraat-generaal|Ministerie van|Afdeling|Dienst|Cluster)\b[^.]*$",
        r"^\p{Lu}[\p{L}\-]+(straat|weg|laan|plein|kade|gracht|singel|dijk|hof)\s+\d+\w*$",
        r"^Rijksoverheid$",
    ])
    .unwrap()
});

/// Whether a Kamerbrief line is page furniture. `date_known`: the letter's date
/// was already read, so a later "Datum …" line is the sidebar repeating it.
pub fn kamerbrief_furniture(line: &str, date_known: bool) -> Option<FoldReason> {
    if PAGE_FOOTER.is_match(line) {
        return Some(FoldReason::PageFooter);
    }
    if line.split_whitespace().count() > 8 {
        return None;
    }
    if SIDEBAR.is_match(line) || (date_known && line.starts_with("Datum")) {
        return Some(FoldReason::Sidebar);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            assert_eq!(kamerbrief_furniture(l, true), None, "{l}");
        }
    }
}
