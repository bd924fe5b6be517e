//! The signature readers against their patterns, and signature blocks as
//! letters write them.

use regex::Regex;
use std::sync::LazyLock;

#[test]
fn a_sentence_end_with_a_marker_after_it() {
    use super::ends_sentence_or_marker as ends;
    assert!(ends("Ik informeer u over de voortgang.7"));
    assert!(ends("Ik informeer u over de voortgang."));
    // Counter-examples: a number set apart, a year.
    assert!(!ends("zie Kamerstuk 36 000, nr. 12"));
    assert!(!ends("voor de zomer van 2027"));
}

/// The patterns the readers by hand stand for, as they were compiled before.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(de |het )?(minister|staatssecretaris|minister-president|premier|directeur|directeur-generaal|secretaris-generaal|voorzitter|ministers)\b",
    )
});
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(hoogachtend|met (vriendelijke|hartelijke) groet(en)?|met de meeste hoogachting),?$",
    )
});
static COLUMNS: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(r"\s{3,}"));

fn role_by_pattern(t: &str) -> bool {
    let t = t.trim().trim_end_matches(',');
    ROLE.is_match(t) && t.split_whitespace().count() <= 16 && !t.ends_with(['.', ':', ';'])
}

fn columns_by_pattern(t: &str) -> Vec<&str> {
    COLUMNS.split(t.trim()).filter(|s| !s.is_empty()).collect()
}

#[test]
fn roles_closings_and_columns_as_their_patterns_read_them() {
    for t in [
        "De Minister van Buitenlandse Zaken,",
        "HET MINISTERIE",
        "de ministers",
        "Minister-President",
        "de  minister",
        "De directeur-generaal Politie,",
        "de staat\u{17F}secretaris",
        "Voorzitter.",
        "premiers",
    ] {
        assert_eq!(is_role(t), role_by_pattern(t), "{t:?}");
    }
    for t in [
        "Hoogachtend,",
        "Met vriendelijke groeten",
        "met vriendelij\u{212A}e groet,",
        "Hoogachtend,,",
        "Met de meeste hoogachting",
        "Met  vriendelijke groet",
        "hoogachtend x",
    ] {
        assert_eq!(is_closing(t), CLOSING.is_match(t.trim()), "{t:?}");
        assert_eq!(closing_formula(t), CLOSING.is_match(t), "{t:?}");
    }
    for t in [
        "a   b",
        " a \u{a0}\u{2003} b  c   ",
        "a\t\t\tb    c",
        "   ",
        "a  b",
    ] {
        assert_eq!(columns(t), columns_by_pattern(t), "{t:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// On lines of role, closing and column pieces, whole or broken,
    /// the readers by hand are their patterns.
    #[test]
    fn the_readers_agree_with_their_patterns(pieces in proptest::collection::vec(
        proptest::sample::select(vec![
            "De ", "de ", "HET ", "het", "Minister", "minister", "s", "-president", "Staat",
            "\u{17F}ecretaris", "secretaris", "-generaal", "Directeur", "premier", "voorzitter",
            "hoogachtend", "Met ", "vriendelij", "\u{212A}e", "ke", " groet", "en", "hartelijke",
            "met de meeste hoogachting", ",", ".", ":", " ", "  ", "   ", "\t", "\u{a0}", "x", "é", "_",
        ]),
        0..10,
    )) {
        let t = pieces.concat();
        proptest::prop_assert_eq!(is_role(&t), role_by_pattern(&t), "role {:?}", t);
        proptest::prop_assert_eq!(is_closing(&t), CLOSING.is_match(t.trim()), "closing {:?}", t);
        proptest::prop_assert_eq!(closing_formula(&t), CLOSING.is_match(&t), "formula {:?}", t);
        proptest::prop_assert_eq!(columns(&t), columns_by_pattern(&t), "columns {:?}", t);
    }
}

use super::*;
use crate::document::lines::split_lines;

fn sign(t: &str) -> (Option<String>, Vec<(String, String)>, usize) {
    let lines = split_lines(t);
    let mut items: Vec<Item> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            if !cur.is_empty() {
                items.push(Item::Para(std::mem::take(&mut cur)));
            }
        } else {
            cur.push(i);
        }
    }
    if !cur.is_empty() {
        items.push(Item::Para(cur));
    }
    let (c, b) = take_signatures(t, &lines, &mut items);
    (
        c.map(|c| lines[c[0]].text(t).to_string()),
        b.into_iter().flat_map(|b| b.people).collect(),
        items.len(),
    )
}

#[test]
fn closing_then_role_in_capitals_then_name_before_an_appendix() {
    let (c, p, left) = sign(
        "Tekst van de brief.\n\nHoogachtend,\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n\
         drs. V.L.W.A. Heijnen\n\nBijlage: Maatregelen\n\nMeer tekst.\n",
    );
    assert_eq!(c.as_deref(), Some("Hoogachtend,"));
    assert_eq!(
        p,
        vec![(
            "drs. V.L.W.A. Heijnen".into(),
            "Staatssecretaris van Infrastructuur en Waterstaat".into()
        )]
    );
    assert_eq!(left, 3);
}

#[test]
fn name_then_role_without_closing() {
    let (c, p, _) =
        sign("Tekst.\n\nM.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat\n");
    assert_eq!(c, None);
    assert_eq!(
        p,
        vec![(
            "M.A.M. Adriaansens".into(),
            "Minister van Economische Zaken en Klimaat".into()
        )]
    );
}

#[test]
fn name_then_role_as_two_paragraphs() {
    let (_, p, left) =
        sign("Tekst.\n\nM.A.M. Adriaansens\n\nMinister van Economische Zaken en Klimaat\n");
    assert_eq!(
        p,
        vec![(
            "M.A.M. Adriaansens".into(),
            "Minister van Economische Zaken en Klimaat".into()
        )]
    );
    assert_eq!(left, 1);
}

#[test]
fn name_and_role_at_the_end_of_a_paragraph() {
    let (_, p, left) = sign(
        "De agenda wordt gedeeld.\nM.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat\n",
    );
    assert_eq!(p.len(), 1);
    assert_eq!(left, 1);
    // Counter-example: a sentence running on into a name-like line is text.
    let (_, p, _) =
        sign("Het overleg met de\nM.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat\n");
    assert!(p.is_empty());
}

#[test]
fn two_side_by_side() {
    let (_, p, _) = sign(
        "Tekst.\n\nDe Minister van Defensie,        De Minister van Buitenlandse Zaken,\n\n\
         K.H. Ollongren                    W.B. Hoekstra\n",
    );
    assert_eq!(p.len(), 2);
    assert_eq!(
        p[0],
        ("K.H. Ollongren".into(), "Minister van Defensie".into())
    );
    assert_eq!(p[1].1, "Minister van Buitenlandse Zaken");
}

#[test]
fn two_wrapped_roles_stacked_above_two_names() {
    let (c, p, _) = sign(
        "Tekst van de brief.\n\nHoogachtend,\nde minister van Volksgezondheid,\nWelzijn en Sport,\nde staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\nM.J. Lagendijk-Bouma\ndrs. S. el Idrissi\n",
    );
    assert_eq!(c.as_deref(), Some("Hoogachtend,"));
    assert_eq!(
        p,
        [
            (
                "M.J. Lagendijk-Bouma".to_string(),
                "minister van Volksgezondheid, Welzijn en Sport".to_string()
            ),
            (
                "drs. S. el Idrissi".to_string(),
                "staatssecretaris van Volksgezondheid, Welzijn en Sport".to_string()
            ),
        ]
    );
    // Each role goes with its name, line by line.
    let t = "Tekst van de brief.\n\nHoogachtend,\nde minister van Volksgezondheid,\nWelzijn en Sport,\nde staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\nM.J. Lagendijk-Bouma\ndrs. S. el Idrissi\n";
    let lines = split_lines(t);
    let mut items = vec![Item::Para(vec![0]), Item::Para((2..9).collect())];
    let (_, blocks) = take_signatures(t, &lines, &mut items);
    let groups: Vec<Vec<&str>> = blocks[0]
        .per_person(t, &lines)
        .iter()
        .map(|g| g.iter().map(|&l| lines[l].text(t)).collect())
        .collect();
    assert_eq!(
        groups,
        [
            vec![
                "de minister van Volksgezondheid,",
                "Welzijn en Sport,",
                "M.J. Lagendijk-Bouma"
            ],
            vec![
                "de staatssecretaris van Volksgezondheid,",
                "Welzijn en Sport,",
                "drs. S. el Idrissi"
            ],
        ]
    );
    // Counter-example: one role over two lines signs for one name only.
    let (_, p, _) = sign(
        "Tekst van de brief.\n\nHoogachtend,\nde minister van Volksgezondheid,\nWelzijn en Sport,\nM.J. Lagendijk-Bouma\n",
    );
    assert_eq!(p.len(), 1);
}

#[test]
fn a_paragraph_about_a_minister_is_no_signature() {
    // Counter-example: a role-shaped line in the text, followed by a
    // sentence, signs nothing.
    let (c, p, left) =
        sign("De minister van Financiën,\nheeft besloten dat het zo moet.\n\nTweede Kamer\n");
    assert_eq!((c, p.len(), left), (None, 0, 2));
}

#[test]
fn two_signatures_stacked_without_closing_and_surnames_with_particles() {
    let (c, p, _) = sign(
        "Tekst van de brief.\n\nDe Minister voor Natuur en Stikstof,\n\ndrs. H.W.M. Vlietstra-Boogaard\n\n\
         De Minister van Landbouw, Natuur en Voedselkwaliteit,\n\nir. A.J. de Ruyter van Steveninck\n",
    );
    assert_eq!(c, None);
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "drs. H.W.M. Vlietstra-Boogaard",
            "ir. A.J. de Ruyter van Steveninck"
        ]
    );
    assert!(is_name("J.C. Berends-van Oudheusden"));
    assert!(is_name("Ursula von der Leyen"));
    // Counter-examples: a sentence is no name.
    assert!(!is_name("De Ruyter van de provincie"));
    assert!(!is_name("Het plan van Steveninck"));
}
