//! Anchoring marks and finding them again, on the bundled seeds and on edited
//! or re-extracted copies of them: the mark must land on the same passage, or
//! be orphaned, never on a wrong one.

mod common;

use brief::corpus::Corpus;
use brief::document::Document;
use brief::marks::Mark;
use brief::marks::anchor::{Placement, anchor, doc_sha256, find_quote, locate, reanchor};
use common::clean_of;
use common::seeds::{doc_from, seed, seed_text};
use proptest::prelude::*;
use regex::Regex;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

const KAMERBRIEF: &str = "004_425c361073e3d6d9";
const NEWS: &str = "000_41a71a60a2f546d1";

fn mark_for(doc: &Document, clean: Range<usize>) -> Mark {
    let a = anchor(doc, clean);
    Mark {
        id: brief::marks::clock::new_id("tester"),
        doc: doc.id.clone(),
        doc_sha256: doc_sha256(doc.bytes()),
        quote: a.quote,
        position: a.position,
        raw: a.raw,
        label: "test".into(),
        note: String::new(),
        reviewer: "tester".into(),
        created: brief::marks::clock::now_rfc3339(),
        modified: brief::marks::clock::now_rfc3339(),
        deleted: false,
        previous: Vec::new(),
    }
}

/// Replaces the one occurrence of `from` in `text`.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} is not unique");
    text.replacen(from, to, 1)
}

/// Where `needle` is in `hay` with white space compared loosely: computed
/// independently of the code under test, with a regex.
fn loose_find_all(hay: &str, needle: &str) -> Vec<Range<usize>> {
    let pattern = needle
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+");
    Regex::new(&pattern)
        .unwrap()
        .find_iter(hay)
        .map(|m| m.range())
        .collect()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Code point offset of a byte offset, computed the slow obvious way.
fn cp(s: &str, byte: usize) -> usize {
    s.char_indices().take_while(|&(i, _)| i < byte).count()
}

fn grapheme_boundaries(s: &str) -> Vec<usize> {
    let mut b: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| i).collect();
    b.push(s.len());
    b
}

/// Rewraps every paragraph of a Kamerbrief file (lines between blank lines)
/// at `width` columns, as another PDF-to-text run would. Paragraphs with a
/// hyphen at a line end are left alone: rejoining those is the parser's
/// business, not this test's.
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, out: &mut String| {
        if para.len() >= 2 && !para.iter().any(|l| l.trim_end().ends_with('-')) {
            let words: Vec<&str> = para.iter().flat_map(|l| l.split_whitespace()).collect();
            let mut line = String::new();
            for w in words {
                if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
                    out.push_str(&line);
                    out.push_str(" \n");
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            out.push_str(&line);
            out.push_str(" \n");
        } else {
            for l in para.iter() {
                out.push_str(l);
                out.push('\n');
            }
        }
        para.clear();
    };
    for l in text.split('\n') {
        if l.trim().is_empty() {
            flush(&mut para, &mut out);
            out.push_str(l);
            out.push('\n');
        } else {
            para.push(l);
        }
    }
    flush(&mut para, &mut out);
    out.truncate(out.len() - 1); // the split added one '\n' too many
    out
}

// ---------------------------------------------------------------------------
// anchor

#[test]
fn anchoring_dutch_text_counts_code_points() {
    let d = seed(KAMERBRIEF);
    let r = clean_of(&d, "14.000 slachtoffers heeft geëist");
    let a = anchor(&d, r.clone());
    assert_eq!(a.clean, r);
    assert_eq!(a.quote.exact, "14.000 slachtoffers heeft geëist");
    assert_eq!(a.position.start, cp(&d.clean, r.start));
    assert_eq!(a.position.end - a.position.start, 32, "ë is one code point");
    let chars: Vec<char> = d.clean.chars().collect();
    assert_eq!(
        chars[a.position.start..a.position.end]
            .iter()
            .collect::<String>(),
        a.quote.exact
    );
    // Context: 32 code points each side, and it is the text around the passage.
    assert_eq!(a.quote.prefix.chars().count(), 32);
    assert_eq!(a.quote.suffix.chars().count(), 32);
    assert!(d.clean[..r.start].ends_with(&a.quote.prefix));
    assert!(d.clean[r.end..].starts_with(&a.quote.suffix));
    // The raw range is the passage in the original file.
    assert_eq!(
        &d.bytes()[a.raw.start..a.raw.end],
        "14.000 slachtoffers heeft geëist".as_bytes()
    );

    // A selection that ends inside the two bytes of "ë" takes the whole letter.
    let at = d.clean.find("geëist").unwrap();
    let a = anchor(&d, at..at + 3);
    assert_eq!(a.quote.exact, "geë");
    let a = anchor(&d, at + 3..at + 4);
    assert_eq!(a.quote.exact, "ë");

    let n = seed(NEWS);
    let r = clean_of(&n, "Nederlandse specialisten gaan Oekraïne helpen");
    let a = anchor(&n, r.clone());
    assert_eq!(a.position.start, 0);
    assert_eq!(a.position.end, 45);
    assert_eq!(a.quote.prefix, "");
    assert_eq!(a.raw.start, 0);
    assert_eq!(&n.bytes()[a.raw.start..a.raw.end], a.quote.exact.as_bytes());
}

#[test]
fn anchoring_never_splits_a_cluster() {
    // "é" as e + combining acute, a scientist emoji (a ZWJ sequence), a flag.
    let text = "Het café\u{301} (e\u{301}) is open. De onderzoeker 👩\u{200d}🔬 en de vlag 🇳🇱 \
                staan hier: 🇳🇱🇳🇱 ééén keer.\n\nTweede alinea met nog een combinatie: \
                Oekrai\u{308}ne.\n";
    let d = doc_from("clusters", text);
    let clean = d.clean.clone();
    let bounds = grapheme_boundaries(&clean);

    // Ending between "e" and its accent takes the accent.
    let e = clean.find("e\u{301})").unwrap();
    let a = anchor(&d, e - 1..e + 1);
    assert_eq!(a.quote.exact, "(e\u{301}");
    assert_eq!(a.position.end - a.position.start, 3);

    // Starting inside the emoji sequence takes all of it.
    let w = clean.find('👩').unwrap();
    let a = anchor(&d, w + 5..w + 8);
    assert_eq!(a.quote.exact, "👩\u{200d}🔬");
    assert_eq!(a.position.end - a.position.start, 3);
    assert_eq!(a.position.start, cp(&clean, w));

    // Half a flag is a whole flag; the second flag of a pair stays alone.
    let f = clean.find("🇳🇱🇳🇱").unwrap();
    let a = anchor(&d, f + 4..f + 10);
    assert_eq!(a.quote.exact, "🇳🇱🇳🇱");
    let a = anchor(&d, f + 8..f + 9);
    assert_eq!(a.quote.exact, "🇳🇱");
    assert_eq!(a.clean, f + 8..f + 16);

    // The combining diaeresis in "Oekrai\u{308}ne".
    let o = clean.find("ai\u{308}").unwrap();
    let a = anchor(&d, o + 1..o + 2);
    assert_eq!(a.quote.exact, "i\u{308}");

    // Every byte range: edges on cluster boundaries, context too, and the
    // code points are right.
    for start in 0..=clean.len() {
        for end in (start..=clean.len()).step_by(7) {
            let a = anchor(&d, start..end);
            assert!(bounds.contains(&a.clean.start), "{start}..{end}");
            assert!(bounds.contains(&a.clean.end), "{start}..{end}");
            assert!(a.clean.start <= start && a.clean.end >= end.min(clean.len()));
            let pre = a.clean.start - a.quote.prefix.len();
            let post = a.clean.end + a.quote.suffix.len();
            assert!(bounds.contains(&pre) && bounds.contains(&post));
            assert!(a.quote.prefix.chars().count() <= 32);
            assert!(a.quote.suffix.chars().count() <= 32);
            assert_eq!(a.position.start, cp(&clean, a.clean.start));
            assert_eq!(a.position.end, cp(&clean, a.clean.end));
        }
    }
}

#[test]
fn odd_selections_are_tidied_not_refused() {
    let d = seed(NEWS);
    let len = d.clean.len();
    let a = anchor(&d, len + 10..len + 20);
    assert_eq!(a.clean, len..len);
    assert_eq!(a.quote.exact, "");
    #[allow(clippy::reversed_empty_ranges)]
    let a = anchor(&d, 20..10);
    assert_eq!(a.clean, 10..20);
    let tiny = doc_from("tiny", "é\n");
    let a = anchor(&tiny, 1..5);
    assert_eq!(a.quote.exact, "é");
    assert_eq!((a.position.start, a.position.end), (0, 1));
}

// ---------------------------------------------------------------------------
// locate

#[test]
fn an_unchanged_document_gives_the_position() {
    for d in Corpus::bundled().documents() {
        let r = clean_of(d, "Oekraïne");
        let m = mark_for(d, r.clone());
        assert_eq!(locate(d, &m), Placement::Position(r));
    }
}

#[test]
fn text_inserted_before_the_passage() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passage = "Deze eenheden zijn beschikbaar voor inzet voor het geval de Noord-Atlantische Raad (NAR) tot inzet zou besluiten.";
    let m = mark_for(&d, clean_of(&d, passage));

    let edited = replace_once(
        &text,
        "Veiligheidsordening \n",
        "Veiligheidsordening \n\nEen nieuwe alinea die de redactie heeft ingevoegd, met \
         Oekraïne en de NAVO erin, zodat alles daarna opschuift. \n\n",
    );
    let e = doc_from(KAMERBRIEF, &edited);
    assert_ne!(doc_sha256(e.bytes()), m.doc_sha256);
    let expected = clean_of(&e, passage);
    assert_ne!(cp(&e.clean, expected.start), m.position.start, "it moved");
    assert_eq!(locate(&e, &m), Placement::Quote(expected));
}

#[test]
fn text_deleted_elsewhere() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passage = "Ook stelt het kabinet extra inlichtingencapaciteit ter beschikking van de NAVO.";
    let m = mark_for(&d, clean_of(&d, passage));

    // Deleted after the passage: the position still holds.
    let after = replace_once(
        &text,
        "Minister Hoekstra sprak met vertegenwoordigers van het maatschappelijk \n",
        "",
    );
    let e = doc_from(KAMERBRIEF, &after);
    assert_eq!(locate(&e, &m), Placement::Position(clean_of(&e, passage)));

    // Deleted before it: found by the quote at its new place.
    let before = replace_once(
        &text,
        "De Minister-President en de Minister \nvan Buitenlandse Zaken spraken hierover ook met de secretaris-generaal \nvan de NAVO en de Minister-President met de secretaris-generaal van de \nVN. ",
        "",
    );
    let e = doc_from(KAMERBRIEF, &before);
    let expected = clean_of(&e, passage);
    assert!(cp(&e.clean, expected.start) < m.position.start);
    assert_eq!(locate(&e, &m), Placement::Quote(expected));
}

#[test]
fn a_re_extraction_with_other_line_breaks() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passages = [
        "Deze eenheden zijn beschikbaar voor inzet voor het geval de Noord-Atlantische Raad (NAR) tot inzet zou besluiten.",
        "Oekraïne is zonder precedent, maar staat niet op zichzelf.",
        "14.000 slachtoffers heeft geëist",
        "Minister Hoekstra sprak met vertegenwoordigers van het maatschappelijk middenveld en ging daarbij vooral in op de uitdagingen",
    ];
    let marks: Vec<Mark> = passages
        .iter()
        .map(|p| mark_for(&d, clean_of(&d, p)))
        .collect();
    for width in [38, 55, 120] {
        let wrapped = rewrap(&text, width);
        assert_ne!(wrapped, text);
        let e = doc_from(KAMERBRIEF, &wrapped);
        for (p, m) in passages.iter().zip(&marks) {
            let expected = loose_find_all(&e.clean, p);
            assert_eq!(expected.len(), 1, "{p:?} at width {width}");
            let placement = locate(&e, m);
            assert!(
                matches!(placement, Placement::Position(_) | Placement::Quote(_)),
                "{p:?} at width {width}: {placement:?}"
            );
            assert_eq!(placement.range(), Some(expected[0].clone()), "{p:?}");
            // The new file has the passage under other line breaks.
            let raw = e.raw_range(expected[0].clone()).unwrap();
            let raw = std::str::from_utf8(&e.bytes()[raw]).unwrap();
            assert_eq!(collapse(raw), collapse(p));
            if p.starts_with("Minister Hoekstra") {
                assert_ne!(raw, &text[m.raw.start..m.raw.end], "width {width}");
            }
        }
    }

    // The parser folds spaces and rejoins lines, so a rewrap leaves the clean
    // text as it was. An extraction that breaks a paragraph in two does not:
    // the passage now spans two blocks, a line break where it had a space.
    let text = seed_text(NEWS);
    let d = doc_from(NEWS, &text);
    let p = "Hij prees de samenwerking met Oekraïne na de ramp.";
    let m = mark_for(&d, clean_of(&d, p));
    let broken = replace_once(&text, "de samenwerking met", "de samenwerking\n\nmet");
    let e = doc_from(NEWS, &broken);
    let expected = loose_find_all(&e.clean, p);
    assert_eq!(expected.len(), 1);
    assert!(e.clean[expected[0].clone()].contains('\n'));
    assert_eq!(locate(&e, &m), Placement::Quote(expected[0].clone()));
    assert_eq!(
        collapse(&e.clean[expected[0].clone()]),
        collapse(&m.quote.exact)
    );
}

#[test]
fn a_deleted_passage_is_orphaned() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let m = mark_for(
        &d,
        clean_of(
            &d,
            "In aanvulling hierop levert Nederland ook nog een duikteam",
        ),
    );
    let paragraph_start = text
        .find("De Minister van Defensie heeft uw Kamer eerder")
        .unwrap();
    let paragraph_end = text.find("(Kamerstuk 28 676, nr. 387)").unwrap() + 27;
    let mut edited = text.clone();
    edited.replace_range(paragraph_start..paragraph_end, "");
    let e = doc_from(KAMERBRIEF, &edited);
    assert_eq!(locate(&e, &m), Placement::Orphan);

    // A short mark in the deleted paragraph as well.
    let m = mark_for(&d, clean_of(&d, "duikteam"));
    assert_eq!(locate(&e, &m), Placement::Orphan);
}

#[test]
fn slightly_changed_words_are_fuzzy() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passage = "Alles moet erop zijn gericht een diplomatieke oplossing te bewerkstelligen, echter zonder ook maar iets af te doen aan de overeengekomen kernbeginselen";
    let m = mark_for(&d, clean_of(&d, passage));
    let edited = replace_once(
        &text,
        "oplossing te bewerkstelligen, echter",
        "oplossing te bereiken, maar",
    );
    let edited = replace_once(
        &edited,
        "kernbeginselen \nen de soevereiniteit",
        "kernprincipes \nen de soevereiniteit",
    );
    let e = doc_from(KAMERBRIEF, &edited);
    let now = "Alles moet erop zijn gericht een diplomatieke oplossing te bereiken, maar zonder ook maar iets af te doen aan de overeengekomen kernprincipes";
    let expected = clean_of(&e, now);
    match locate(&e, &m) {
        Placement::Fuzzy { range, similarity } => {
            assert!((0.85..1.0).contains(&similarity), "{similarity}");
            assert_eq!(range.start, expected.start, "{:?}", &e.clean[range.clone()]);
            // The end may take or leave a letter the two versions share.
            assert!(
                range.end.abs_diff(expected.end) <= 3,
                "{:?}",
                &e.clean[range.clone()]
            );
        }
        other => panic!("expected a fuzzy match, got {other:?}"),
    }

    // Rewrapped as well as reworded: still found.
    let e = doc_from(KAMERBRIEF, &rewrap(&edited, 47));
    let expected = loose_find_all(&e.clean, now);
    assert_eq!(expected.len(), 1);
    match locate(&e, &m) {
        Placement::Fuzzy { range, .. } => {
            assert_eq!(range.start, expected[0].start);
            assert!(range.end.abs_diff(expected[0].end) <= 3);
        }
        other => panic!("expected a fuzzy match, got {other:?}"),
    }

    // Changed too much: orphaned, not put on some other passage.
    let rewritten = replace_once(
        &text,
        "Alles moet \nerop zijn gericht een diplomatieke oplossing te bewerkstelligen, echter \nzonder ook maar iets af te doen aan de overeengekomen kernbeginselen",
        "Het doel blijft \neen vreedzame regeling, met respect \nvoor de afspraken",
    );
    let e = doc_from(KAMERBRIEF, &rewritten);
    assert_eq!(locate(&e, &m), Placement::Orphan);
}

#[test]
fn repeated_quotes_are_told_apart_by_their_context() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let all: Vec<usize> = d.clean.match_indices("Oekraïne").map(|(i, _)| i).collect();
    assert!(all.len() > 20);
    // Insert text near the start: every occurrence moves by the same amount,
    // so that a mark's old position now falls on or near *another* one.
    let insert = "Extra tekst zonder het landnaam-woord, precies zo lang als nodig. ";
    let edited = replace_once(
        &text,
        "Naar aanleiding van het verzoek",
        &format!("{insert}Naar aanleiding van het verzoek"),
    );
    let e = doc_from(KAMERBRIEF, &edited);
    let now: Vec<usize> = e.clean.match_indices("Oekraïne").map(|(i, _)| i).collect();
    assert_eq!(now.len(), all.len());
    for (k, &at) in all.iter().enumerate() {
        let m = mark_for(&d, at..at + "Oekraïne".len());
        let expected = now[k]..now[k] + "Oekraïne".len();
        assert_eq!(locate(&e, &m), Placement::Quote(expected), "occurrence {k}");
    }

    // The same phrase twice with different surroundings, and a document where
    // their order is swapped: the context decides, not the order or position.
    let a = "Eerste alinea over de grens. De spanningen lopen op volgens het kabinet. Dat zei de minister gisteren.\n\n";
    let b = "Tweede alinea over iets anders. De spanningen lopen op volgens het kabinet. Aldus de premier vandaag.\n";
    let d = doc_from("twice", &format!("{a}{b}"));
    let second = d.clean.rfind("De spanningen lopen op").unwrap();
    let m = mark_for(&d, second..second + "De spanningen lopen op".len());
    let e = doc_from("twice", &format!("{b}\n{a}"));
    let first_now = e.clean.find("De spanningen lopen op").unwrap();
    assert_eq!(
        locate(&e, &m),
        Placement::Quote(first_now..first_now + "De spanningen lopen op".len())
    );
}

#[test]
fn broken_marks_never_panic() {
    let d = seed(KAMERBRIEF);
    let base = mark_for(&d, clean_of(&d, "geëist"));
    let variants = [
        ("", 0, 0),
        ("", 5, 5),
        ("", 10_000_000, 10_000_000),
        ("geëist", 10_000_000, 10_000_006),
        ("geëist", 50, 10),
        ("\u{301}", 3, 4),
        ("   \n ", 0, 5),
        (
            "nergens te vinden, in geen enkele versie van de tekst",
            0,
            3,
        ),
        ("ë", usize::MAX - 1, usize::MAX),
    ];
    for (exact, start, end) in variants {
        let mut m = base.clone();
        m.quote.exact = exact.to_string();
        m.position.start = start;
        m.position.end = end;
        let p = locate(&d, &m);
        if let Some(r) = p.range() {
            assert!(d.clean.get(r.clone()).is_some(), "{exact:?}: {r:?}");
        }
    }
    let mut m = base.clone();
    m.quote.exact = String::new();
    m.position.start = 7;
    m.position.end = 7;
    assert!(matches!(locate(&d, &m), Placement::Position(r) if r.is_empty()));
    let tiny = doc_from("tiny", "é\n");
    assert_eq!(locate(&tiny, &base), Placement::Orphan);
}

// ---------------------------------------------------------------------------
// find_quote

#[test]
fn find_quote_matches_across_line_breaks_and_counts_occurrences() {
    let d = seed(NEWS);
    // A quote typed on one line finds text that spans two blocks.
    let r = find_quote(&d, "geen duidelijkheid. Rutte   benadrukte", 1).expect("found");
    assert_eq!(&d.clean[r.clone()], "geen duidelijkheid.\nRutte benadrukte");
    assert_eq!(
        find_quote(&d, "  geen duidelijkheid.\tRutte benadrukte ", 1),
        Some(r)
    );

    let all: Vec<usize> = d.clean.match_indices("Oekraïne").map(|(i, _)| i).collect();
    for (k, &at) in all.iter().enumerate() {
        assert_eq!(
            find_quote(&d, "Oekraïne", k + 1),
            Some(at..at + "Oekraïne".len())
        );
    }
    assert_eq!(find_quote(&d, "Oekraïne", all.len() + 1), None);
    assert_eq!(find_quote(&d, "Oekraïne", 0), None);
    assert_eq!(find_quote(&d, "   ", 1), None);
    assert_eq!(find_quote(&d, "Oekraine", 1), None, "diacritics count");

    // Never half a cluster.
    let c = doc_from("clusters", "cafe\u{301} en cafe zijn twee woorden.\n");
    let r = find_quote(&c, "cafe", 1).unwrap();
    assert_eq!(&c.clean[r.clone()], "cafe");
    assert_eq!(&c.clean[r.end..r.end + 4], " zij");
}

// ---------------------------------------------------------------------------
// properties

fn docs() -> Vec<Document> {
    let mut v: Vec<Document> = Corpus::bundled().documents().cloned().collect();
    v.push(doc_from(
        "clusters",
        "Het café\u{301} 👩\u{200d}🔬 🇳🇱🇳🇱 Oekrai\u{308}ne geëist.\n\nHet café\u{301} 👩\u{200d}🔬 nog eens.\n",
    ));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn anchor_then_locate_is_the_position(which in 0usize..6, a in 0usize..40_000, len in 0usize..400) {
        thread_local!(static DOCS: Vec<Document> = docs());
        DOCS.with(|docs| {
            let d = &docs[which % docs.len()];
            let start = a % (d.clean.len() + 1);
            let an = anchor(d, start..start + len);
            let m = Mark {
                id: "x".into(),
                doc: d.id.clone(),
                doc_sha256: String::new(),
                quote: an.quote.clone(),
                position: an.position,
                raw: an.raw,
                label: String::new(),
                note: String::new(),
                reviewer: "r".into(),
                created: String::new(),
                modified: String::new(),
                deleted: false,
                previous: Vec::new(),
            };
            prop_assert_eq!(locate(d, &m), Placement::Position(an.clean.clone()));
            Ok(())
        })?;
    }

    #[test]
    fn locate_never_panics(which in 0usize..6, exact in "\\PC{0,40}", prefix in "\\PC{0,8}", start in 0usize..50_000, span in 0usize..100) {
        thread_local!(static DOCS: Vec<Document> = docs());
        DOCS.with(|docs| {
            let d = &docs[which % docs.len()];
            let mut m = Mark {
                id: "x".into(),
                doc: d.id.clone(),
                doc_sha256: String::new(),
                quote: brief::marks::TextQuote { exact, prefix, suffix: String::new() },
                position: brief::marks::TextPosition { start, end: start + span },
                raw: brief::marks::RawRange { start: 0, end: 0, page: None },
                label: String::new(),
                note: String::new(),
                reviewer: "r".into(),
                created: String::new(),
                modified: String::new(),
                deleted: false,
                previous: Vec::new(),
            };
            if let Some(r) = locate(d, &m).range() {
                prop_assert!(d.clean.get(r).is_some());
            }
            // A real passage with a stale position is still found.
            let at = start % (d.clean.len() + 1);
            let an = anchor(d, at..at + span);
            m.quote = an.quote;
            if !m.quote.exact.trim().is_empty() {
                let p = locate(d, &m);
                let r = p.range();
                prop_assert!(r.is_some(), "{:?}", p);
                prop_assert_eq!(&d.clean[r.unwrap()], m.quote.exact.as_str());
            }
            Ok(())
        })?;
    }
}

#[test]
fn fuzzy_search_finds_a_changed_passage_in_a_large_text() {
    // About 1.7 MB: the letter many times over, with a long marked passage
    // (about 2500 characters) that moves from the start to the end, far
    // beyond the near window, and has some words changed on the way. It
    // moves with the lines around it: a changed passage is only placed where
    // its context agrees.
    let letter = seed_text(KAMERBRIEF);
    let body: String = letter.lines().skip(4).collect::<Vec<_>>().join("\n");
    let passage: String = (0..40)
        .map(|i| {
            format!("Zin nummer {i} van de gemarkeerde passage over de toezeggingen aan de Kamer. ")
        })
        .collect();
    let intro = "Inleiding op de gemarkeerde passage over de toezeggingen";
    let outro = "Einde van de gemarkeerde passage over de toezeggingen";
    let mut before = format!("Titel\n\n{intro}\n\n{passage}\n\n{outro}\n\n");
    let mut after = String::from("Titel\n\n");
    for i in 0..60 {
        before.push_str(&format!("Deel {i}\n\n{body}\n\n"));
        after.push_str(&format!("Deel {i}\n\n{body}\n\n"));
    }
    let changed = passage
        .replace("toezeggingen", "beloften")
        .replacen("Kamer", "kamer", 5);
    after.push_str(&format!("{intro}\n\n{changed}\n\n{outro}\n"));
    assert!(after.len() > 1_500_000);

    let d = doc_from("groot", &before);
    let r = loose_find_all(&d.clean, &passage)[0].clone();
    let m = mark_for(&d, r);
    let e = doc_from("groot", &after);
    let p = locate(&e, &m);
    let expected = loose_find_all(&e.clean, &changed)[0].clone();
    match p {
        Placement::Fuzzy { range, similarity } => {
            assert!(similarity >= 0.85);
            assert_eq!(range.start, expected.start);
            assert!(range.end.abs_diff(expected.end) <= 3);
        }
        other => panic!("{other:?}"),
    }
    // Without the lines around it, the changed passage is somewhere else
    // with other words: not placed.
    let e = doc_from(
        "groot",
        &after
            .replace(intro, "Iets anders")
            .replace(outro, "Nog iets"),
    );
    assert_eq!(locate(&e, &m), Placement::Orphan);
}

// ---------------------------------------------------------------------------
// A deleted passage is never placed on other text

/// Deletes `raw` (which must occur once) from the letter and says where each
/// of `marks` is now.
fn after_deleting(text: &str, raw: &str, marks: &[Mark]) -> (Document, Vec<Placement>) {
    let e = doc_from(KAMERBRIEF, &replace_once(text, raw, ""));
    let placements = marks.iter().map(|m| locate(&e, m)).collect();
    (e, placements)
}

#[test]
fn a_deleted_paragraph_is_not_placed_on_the_paragraph_that_reads_alike() {
    // Seed 004 has two sentences that open alike: "Verder verwijst het
    // kabinet u naar de beantwoording van de vragen van het Kamerlid Van Dijk
    // …" (under "Militaire steun") and "… van de Kamervragen van het lid
    // Brekelmans …". Mark the second one, or any start or end of it (a
    // selection of a few words), delete its paragraph: every mark is not
    // placed, none goes to the first sentence.
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let sentence = "Verder verwijst het kabinet u naar de beantwoording van de Kamervragen van het lid Brekelmans (Aanhangsel Handelingen II 2021/22, nr. 1555).";
    let at = clean_of(&d, sentence);
    let spaces: Vec<usize> = sentence.match_indices(' ').map(|(i, _)| i).collect();
    let mut marks = vec![mark_for(&d, at.clone())];
    for &w in &spaces {
        marks.push(mark_for(&d, at.start..at.start + w));
        marks.push(mark_for(&d, at.start + w + 1..at.end));
    }
    let raw = "Verder verwijst het kabinet u naar de beantwoording van de Kamervragen \nvan het lid Brekelmans (Aanhangsel Handelingen II 2021/22, nr. 1555). \n\n";
    let (e, placements) = after_deleting(&text, raw, &marks);
    for (m, p) in marks.iter().zip(&placements) {
        assert_eq!(
            p,
            &Placement::Orphan,
            "{:?} was put on {:?}",
            m.quote.exact,
            p.range().map(|r| &e.clean[r])
        );
    }
}

#[test]
fn a_deleted_sentence_whose_neighbour_shares_most_words_is_orphaned() {
    let s1 = "De Kamer heeft gevraagd om een overzicht van de inzet. ";
    let s2 =
        "Het kabinet stelt voor de missie in Mali te verlengen met twee helikopters en een team. ";
    let s3 =
        "Het kabinet stelt voor de missie in Irak te verlengen met twee helikopters en een team. ";
    let s4 = "Daarover besluit de ministerraad later dit voorjaar.\n";
    let d = doc_from("buren", &format!("{s1}{s2}{s3}{s4}"));
    let quote = s2.trim_end();
    let m = mark_for(&d, clean_of(&d, quote));
    // The neighbour after it, then the neighbour before it, takes its place.
    for text in [
        format!("{s1}{s3}{s4}"),
        format!("{s1}{s3}{s2}{s4}").replace(s2, ""),
    ] {
        let e = doc_from("buren", &text);
        assert_eq!(locate(&e, &m), Placement::Orphan, "{text:?}");
    }
    let m = mark_for(&d, clean_of(&d, s3.trim_end()));
    let e = doc_from("buren", &format!("{s1}{s2}{s4}"));
    assert_eq!(locate(&e, &m), Placement::Orphan);
}

#[test]
fn a_short_quote_in_a_deleted_sentence_does_not_jump_to_the_next_one() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let at = clean_of(&d, "kabinet de Kamer per brief");
    let m = mark_for(&d, at.start + 8..at.start + 16);
    assert_eq!(m.quote.exact, "de Kamer");
    // "met de Kamer wanneer" stays, two lines on.
    let raw = "Op het moment dat Nederland mocht \novergaan tot het leveren van militaire goederen aan Oekraïne, zal het \nkabinet de Kamer per brief informeren. ";
    let (e, p) = after_deleting(&text, raw, std::slice::from_ref(&m));
    assert!(e.clean.contains("met de Kamer wanneer"));
    assert_eq!(
        p[0],
        Placement::Orphan,
        "{:?}",
        p[0].range().map(|r| &e.clean[r.start - 20..r.end + 20])
    );
}

#[test]
fn a_quote_that_occurs_twice_keeps_to_its_own_copy() {
    let a = "Eerste alinea over de grens. De spanningen lopen op volgens het kabinet. Dat zei de minister gisteren.\n\n";
    let b = "Tweede alinea over iets anders. De spanningen lopen op volgens het kabinet. Aldus de premier vandaag.\n";
    let d = doc_from("twice", &format!("{a}{b}"));
    let phrase = "De spanningen lopen op";
    let second = d.clean.rfind(phrase).unwrap();
    let m = mark_for(&d, second..second + phrase.len());
    // Its own copy's paragraph deleted: the other copy is not it.
    let e = doc_from("twice", a.trim_end());
    assert_eq!(locate(&e, &m), Placement::Orphan);
    // Both kept, its paragraph edited after the phrase: still its own copy.
    let e = doc_from(
        "twice",
        &format!(
            "{a}{}",
            b.replace("Aldus de premier vandaag.", "Aldus de premier.")
        ),
    );
    let own = e.clean.rfind(phrase).unwrap();
    assert_eq!(locate(&e, &m).range(), Some(own..own + phrase.len()));
}

#[test]
fn one_edited_word_or_a_fixed_typo_is_still_placed_and_re_anchored() {
    let text = seed_text(KAMERBRIEF);
    // A typo in the letter when it was marked, fixed since.
    let typo = replace_once(&text, "zonder precedent, maar", "zonder presedent, maar");
    let d = doc_from(KAMERBRIEF, &typo);
    let marked = "Oekraïne is zonder presedent, maar staat niet op zichzelf.";
    let m = mark_for(&d, clean_of(&d, marked));
    let e = doc_from(KAMERBRIEF, &text);
    let now = clean_of(
        &e,
        "Oekraïne is zonder precedent, maar staat niet op zichzelf.",
    );
    let p = locate(&e, &m);
    assert!(matches!(p, Placement::Fuzzy { .. }), "{p:?}");
    assert_eq!(p.range(), Some(now.clone()));
    let moved = reanchor(&e, &m, &p).expect("the quote changed");
    assert_eq!(moved.quote.exact, &e.clean[now]);
    assert_eq!(moved.previous.len(), 1);
    assert_eq!(moved.previous[0].quote, m.quote);
    // Found at its position, as it is now, from then on.
    assert!(matches!(locate(&e, &moved), Placement::Position(_)));
    assert_eq!(reanchor(&e, &moved, &locate(&e, &moved)), None);

    // A word replaced.
    let passage = "Deze eenheden zijn beschikbaar voor inzet voor het geval de Noord-Atlantische Raad (NAR) tot inzet zou besluiten.";
    let d = doc_from(KAMERBRIEF, &text);
    let m = mark_for(&d, clean_of(&d, passage));
    let e = doc_from(
        KAMERBRIEF,
        &replace_once(
            &text,
            "tot inzet zou besluiten.",
            "tot inzet zou beslissen.",
        ),
    );
    let p = locate(&e, &m);
    assert_eq!(
        p.range(),
        Some(clean_of(&e, &passage.replace("besluiten", "beslissen")))
    );
}

#[test]
fn a_re_extraction_that_hyphenates_a_word_still_places() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passage = "Ook stelt het kabinet extra inlichtingencapaciteit ter beschikking van de NAVO.";
    let m = mark_for(&d, clean_of(&d, passage));
    let edited = replace_once(
        &text,
        "Ook stelt het kabinet extra inlichtingencapaciteit ter \n",
        "Ook stelt het kabinet extra inlichtingen-\ncapaciteit ter \n",
    );
    let e = doc_from(KAMERBRIEF, &edited);
    let p = locate(&e, &m);
    let r = p.range().unwrap_or_else(|| panic!("not placed: {p:?}"));
    // Wherever the parser puts the hyphen, the range is the passage.
    let found: String = e.clean[r].chars().filter(|c| c.is_alphanumeric()).collect();
    let want: String = passage.chars().filter(|c| c.is_alphanumeric()).collect();
    assert_eq!(found, want);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Quotes of many words with letters changed and context from anywhere
    /// (the approximate step's input): never a panic, a range on grapheme
    /// boundaries, and a fuzzy match only where the whole range is similar.
    #[test]
    fn approximate_matching_never_panics(
        which in 0usize..6,
        at in 0usize..40_000,
        words in 5usize..30,
        edits in proptest::collection::vec((0usize..400, "\\PC"), 0..6),
        prefix in "\\PC{0,40}",
        suffix in "\\PC{0,40}",
    ) {
        thread_local!(static DOCS: Vec<Document> = docs());
        DOCS.with(|docs| {
            let d = &docs[which % docs.len()];
            let all: Vec<&str> = d.clean.split_whitespace().collect();
            let from = at % all.len().max(1);
            let mut exact: Vec<char> = all[from..(from + words).min(all.len())].join(" ").chars().collect();
            for (i, c) in &edits {
                if !exact.is_empty() {
                    let i = i % exact.len();
                    exact.splice(i..=i, c.chars());
                }
            }
            let m = Mark {
                id: "x".into(),
                doc: d.id.clone(),
                doc_sha256: String::new(),
                quote: brief::marks::TextQuote { exact: exact.iter().collect(), prefix, suffix },
                position: brief::marks::TextPosition { start: at, end: at + 3 },
                raw: brief::marks::RawRange { start: 0, end: 0, page: None },
                label: String::new(),
                note: String::new(),
                reviewer: "r".into(),
                created: String::new(),
                modified: String::new(),
                deleted: false,
                previous: Vec::new(),
            };
            let bounds = grapheme_boundaries(&d.clean);
            let p = locate(d, &m);
            if let Some(r) = p.range() {
                prop_assert!(bounds.contains(&r.start) && bounds.contains(&r.end), "{:?}", p);
            }
            if let Placement::Fuzzy { similarity, .. } = p {
                prop_assert!(similarity >= brief::marks::anchor::MIN_SIMILARITY);
            }
            Ok(())
        })?;
    }
}
