//! Each reader against the pattern it stands for (the patterns as they were
//! compiled before, kept here as the oracles).

use super::*;
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

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
static PAGE_FOOTER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(?i:pagina)\s*\d+\s*(?:van|/)\s*\d+$"));
static SITE_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(?:www\.|https?://)[^/\s?#]+(/[\w\-]+)?/?$"));
static VALUE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?i:(ons |uw )?(kenmerk|referentie)|bijlage(\(n\)|n)?|overheidsidentificatienr\.?|contactpersoon|inlichtingen|uw brief( van)?)$",
    )
});
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(Ministerie van|Directoraat-generaal|Directie|Dienst|Afdeling)\b")
});

fn site_by_pattern(line: &str) -> bool {
    SITE_ADDRESS.captures(line).is_some_and(|c| {
        c.get(1)
            .is_none_or(|path| path.as_str().chars().count() <= 25)
    })
}

/// The department's pattern (the tenth) holds only with no lower-case word
/// but a name's joiners: a body sentence may start with a department.
static LOWER_WORD: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?:^|\s)(\p{Ll}\S*)"));

fn sidebar_by_pattern(l: &str) -> bool {
    let sentence = LOWER_WORD.captures_iter(l).any(|c| {
        !matches!(
            &c[1],
            "van"
                | "voor"
                | "en"
                | "de"
                | "het"
                | "der"
                | "den"
                | "op"
                | "in"
                | "te"
                | "ter"
                | "'t"
        )
    });
    SIDEBAR.matches(l).iter().any(|i| i != 9 || !sentence)
}

fn agree(l: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    proptest::prop_assert_eq!(is_sidebar(l), sidebar_by_pattern(l), "sidebar {:?}", l);
    proptest::prop_assert_eq!(page_footer(l), PAGE_FOOTER.is_match(l), "footer {:?}", l);
    proptest::prop_assert_eq!(site_address(l), site_by_pattern(l), "site {:?}", l);
    proptest::prop_assert_eq!(value_label(l), VALUE_LABEL.is_match(l), "label {:?}", l);
    proptest::prop_assert_eq!(
        organisation(l),
        ORGANISATION.is_match(l),
        "organisation {:?}",
        l
    );
    Ok(())
}

#[test]
fn sidebar_lines_and_near_misses_as_the_patterns_read_them() {
    // The shortest phone number and street name there are.
    assert!(phone("T 070379891") && !phone("T 07037989"));
    assert!(street("Awegweg 8") && !street("Xweg 8"));
    for l in [
        "> Retouradres Postbus 20061 2500 EB Den Haag",
        ">  Retouradressen",
        "Postbus 20061",
        "Postbus20061",
        "2515 XP Den Haag",
        "2515XP",
        "2515 Xp",
        "25151 XP",
        "2515\u{a0}XP\tDen Haag",
        "T 070 379 8911 (algemeen)",
        "T 070379891",
        "T 07037989",
        "T 070 379 8911(algemeen)",
        "T  +31 70 379 89",
        "T\t 070 379 89",
        "M 06 1234 567 (mobiel) x",
        "F 070-3798911 ()",
        "E-mail x@minbuza.nl",
        "Emailadres",
        "Bezoekadres",
        "Overheidsidentificatienr.",
        "Onze referentie MinBuZa.2023.1",
        "Uw  brieven",
        "Kenmerk BZ2300123",
        "Bijlage(n) 2",
        "Bijlagen: 12",
        "Bijlage 2a",
        "Directoraat-generaal Politieke Zaken",
        "Directie Europa.",
        "Directie Internationaal Onderzoek en Beleidsevaluatie (IOB)",
        "Directie Handel en Markttoegang gevraagd de",
        "Afdeling Juridische Zaken van het ministerie",
        "Rijnstraat 8",
        "Bezuidenhoutseweg 73a",
        "Rijnstraat8",
        "Straat 8",
        "Xweg 8",
        "Awegweg 8",
        "Korte-Voorhout-laan 7_b",
        "Rijksoverheid",
        "Uw kenmerk 123",
        "Afdeling Zuid",
        "Cluster Noord",
        "Fax 070",
        "Inlichtingen bij",
        "Telefoon 070",
        "M 06 12345678",
        "Postadres",
        " Retouradres",
        "\u{a0}Retouradres",
        "Émilestraat 3",
        "Ĳsselkade 3",
        "Pagina 2 van 7",
        "pAGINA2/7",
        "Pagina 2 van 7 x",
        "www.rijksoverheid.nl/oekraïne",
        "https://www.rijksoverheid.nl/ienw/",
        "www.x.nl/abcdefghijklmnopqrstuvwx",
        "www.x.nl/abcdefghijklmnopqrstuvwxy",
        "https://www.rijksoverheid.nl/ienw/documenten",
        "www./x",
        "Ons kenmerk",
        "UW BRIEF VAN",
        "ons \u{212A}enmerk",
        "Bijlage(N)",
        "Ministerie van",
        "Dienstverlening",
    ] {
        agree(l).unwrap();
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]

    /// On lines of sidebar pieces, whole or broken, every reader is its
    /// pattern.
    #[test]
    fn the_readers_agree_with_their_patterns(pieces in proptest::collection::vec(
        proptest::sample::select(vec![
            ">", "Retouradres", "Postbus", "2515", "25", "XP", "Xp", "T", "F", "M", "+", "070", "379 8911",
            "(", ")", "algemeen", "-", "E-mail", "Email", "Fax", "Bezoekadres", "Overheidsidentificatienr", ".",
            "Ons", "Onze", "Uw", "UW", "kenmerk", "\u{212A}enmerk", "referentie", "brief", " van", "Kenmerk", "Bijlage",
            "(n)", "n", ":", "Directie", "Directoraat", "Ministerie van", "Dienst", "Rijn", "straat", "weg", "hof",
            "8", "a", "_", "Rijksoverheid", "Pagina", "pagina", "/", "www.", "https://", "x.nl", "?", "#", "ienw",
            " ", "  ", "\t", "\u{a0}", "é", "Ĳ", "\u{301}",
        ]),
        0..9,
    )) {
        agree(&pieces.concat())?;
    }
}
