use super::is_name;
use regex::Regex;
use std::sync::LazyLock;

/// The pattern this reader stands for, as it was compiled before.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?:(?:mr|dr|drs|ir|ing|prof|mw|dhr)\.\s*)*(?:(?:\p{Lu}\.)+\s?(?:\p{Lu}[\p{L}'’\-]+\s)?|\p{Lu}[\p{L}'’\-]+\s+)(?:(?:van|de|der|den|ten|ter|von|la|le|du|in 't|el|al)\s+)*\p{Lu}[\p{L}'’\-]+(?:-(?:(?:van|de|der|den|ten|ter)\s+)?\p{Lu}[\p{L}'’\-]+)*(?:\s+(?:(?:van|de|der|den|ten|ter|von)\s+)+\p{Lu}[\p{L}'’\-]+)*$",
    )
});

#[test]
fn a_line_of_128_bytes_or_more_is_not_a_name() {
    let long = format!("Jan {}", "A".repeat(124));
    assert_eq!(long.len(), 128);
    assert!(NAME.is_match(&long), "the pattern had no bound");
    assert!(!is_name(&long));
}

#[test]
fn names_as_the_pattern_reads_them() {
    for (t, name) in [
        ("W.B. Hoekstra", true),
        ("mr. drs. H.G.J. Bruins Slot", true),
        ("H.G.J. Bruins Slot", true),
        ("Liesje Schreinemacher", true),
        ("C.A. van der Wal-Zeggelink", true),
        ("drs. C.A. van der Wal-Zeggelink", true),
        ("mr.W.B. Hoekstra", true),
        ("Mark Rutte", true),
        ("Rutte", false),
        ("A.Jetten", true),
        ("A. Jetten", true),
        ("A.  Jetten", false),
        ("Jan  Jansen", true),
        ("Jan de Vries-van Dijk", true),
        ("Jan Smit-de Boer", true),
        ("Jan Smit van den Berg", true),
        ("Jan Smit van", false),
        ("R.W. Knops in 't Veld", true),
        ("R.W. in 't Veld", true),
        ("Sigrid Kaag-", true),
        ("Ank Bijleveld-Schouten", true),
        ("Ank Bijleveld-", true),
        ("Ank Bijleveld--Schouten", true),
        ("De minister van Defensie", false),
        ("Éric Ørsted", true),
        ("Zelensky’s Oekraïne", true),
        ("minister Jan Smit", false),
        ("prof.dr. Jan Smit", true),
        ("dhr. Jan Smit", true),
        ("mw. ir. ing. A. Smit", true),
        ("dhr Jan Smit", false),
        ("Jan Smit ", false),
        ("J. K. Smit", false),
        ("J.K.Smit", true),
        ("J.K. Smit van der", false),
        ("", false),
        ("Jan\u{a0}Smit", true),
        ("Jan\tde\u{2003}Vries", true),
        ("Jan Smit-van Dijk van der Berg", true),
        ("Łukasz Nowak", true),
        ("łukasz Nowak", false),
        ("Jan Smit3", false),
        (&format!("Jan {}", "A".repeat(123)), true),
    ] {
        assert_eq!(NAME.is_match(t), name, "the oracle on {t:?}");
        let t: &str = t;
        assert_eq!(is_name(t), name, "{t:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]

    /// On lines built of a name's pieces, whole or broken, the reader is
    /// its pattern.
    #[test]
    fn the_reader_agrees_with_its_pattern(pieces in proptest::collection::vec(
        proptest::sample::select(vec![
            "mr", "dr", "drs", "ir", "ing", "prof", "mw", "dhr", ".", ". ", "A", "B.", "É", "Ł",
            "ł", "W", "Jan", "an", "Smit", "Vries", "'", "’", "-", " ", "  ", "\t", "\u{a0}",
            "van", "de", "der", "den", "ten", "ter", "von", "la", "le", "du", "in 't", "in", "'t",
            "el", "al",
            "x", "3", ",", "Ö", "ö",
        ]),
        0..12,
    )) {
        let t = pieces.concat();
        proptest::prop_assert_eq!(is_name(&t), NAME.is_match(&t), "{:?}", t);
    }
}
