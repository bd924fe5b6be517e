//! Fuzzing with text assembled from pieces of real documents: what a PDF
//! extractor leaves in Kamervragen and Kamerbrieven (en and em dashes in
//! "Vergaderjaar 2023–2024", ligatures, soft hyphens, combining accents, form
//! feeds, non-breaking spaces, zero-width spaces, CRLF, "Pagina 2 van 7",
//! line-end hyphens, footnote markers), mixed with arbitrary text. Every
//! stage a user can reach runs on it: the parsers ([`brief::parse::document_from_bytes`]),
//! the outline, reading units, the entity recogniser and index, search
//! (plain, whole words, regex, folded text), snippets and the
//! cross-reference builders. None may panic, and what they return must point
//! at whole characters of the clean text and back into the original bytes.

use brief::corpus::{Corpus, Entry, load_bytes};
use brief::crossref::{RelatedIndex, duplicates, timeline};
use brief::document::units::{self, Unit};
use brief::document::{Document, Origin};
use brief::entities::{EntityIndex, Recogniser};
use brief::outline::{clean_text, outline, outline_text};
use brief::search::{Query, SearchIndex, section_title, snippet};
use proptest::prelude::*;
use std::sync::OnceLock;

fn recogniser() -> &'static Recogniser {
    static R: OnceLock<Recogniser> = OnceLock::new();
    R.get_or_init(Recogniser::bundled)
}

/// Pieces seen in real extracted documents (each one a shape that has or
/// could have broken byte arithmetic next to a match).
const PIECES: &[&str] = &[
    "Vergaderjaar 2023–2024",
    "2023–2024",
    "2023—2024",
    "2023–",
    "–2024",
    " — ",
    "—",
    "–",
    "Tweede Kamer der Staten-Generaal\n",
    "Aanhangsel van de Handelingen\n",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n",
    "Geachte voorzitter,\n",
    "Den Haag, 3 februari 2023\n",
    "Datum 3 februari 2023\n",
    "Datum 16–17 maart 2024",
    " date 2022-02 ",
    "DEN HAAG (ANP) – ",
    "Lees ook: ",
    "€ 1,2 mld.",
    "€\u{a0}5 miljoen",
    "EUR 31 mln.",
    "Kamerstuk 21 501-20, nr. 1234",
    "Kamerstuk 36 410–XVI",
    "(Handelingen II 2023/24, nr. 12)",
    "motie Brekelmans c.s.",
    "Pagina 2 van 7",
    "\u{c}",
    "\u{c}Pagina 2 van 7\n",
    "Vraag 3\n",
    "Antwoord 3\n",
    "1.\tInleiding\n",
    "ﬁnanciële",
    "ﬂexibel",
    "ĳs",
    "Ĳsselmeer",
    "ﬃ",
    "\u{ad}",
    "be\u{ad}leid",
    "e\u{308}",
    "Oekrai\u{308}ne",
    "geëist",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "\u{feff}",
    "\r\n",
    "\n",
    "\n\n",
    "-\n",
    "ver-\nsterking",
    "jaren4 ",
    "december 20212 ",
    "\n4 Zie https://www.rijksoverheid.nl/a.pdf\n",
    "Mark Rutte",
    "Hugo de Jonge",
    "Ceder (ChristenUnie)",
    "Dobbe (SP)",
    "Minister van Volksgezondheid, Welzijn en Sport",
    "NAVO-bondgenoten",
    "«Normandië 4»-format",
    "“Delta”-plan",
    "’s-Hertogenbosch",
    "W.B. ",
    ". ",
    ", ",
    " ",
    "\t",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "[A-Z][a-zë]{1,9}",
        1 => "[a-zé]{1,9} ",
        1 => "[0-9]{1,4}",
        1 => "[ .,:;()«»'\"&/–—-]{1,3}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => ".{0,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..48).prop_map(|v| v.concat())
}

fn entry(id: &str, t: &str) -> Entry {
    load_bytes(
        id.into(),
        Origin::Bundled(format!("{id}.txt")),
        t.as_bytes().to_vec(),
    )
}

/// A small corpus of assembled texts (and, for contrast, one fixed letter
/// head), so the cross-document stages have something to compare.
fn corpus(texts: &[String]) -> Corpus {
    let mut entries: Vec<Entry> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| entry(&format!("d{i}"), t))
        .collect();
    entries.push(entry(
        "head",
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\nAanhangsel van de Handelingen\n",
    ));
    Corpus {
        entries,
        root: None,
    }
}

fn check_clean_range(d: &Document, r: &std::ops::Range<usize>) -> Result<(), TestCaseError> {
    prop_assert!(r.start <= r.end && r.end <= d.clean.len(), "{r:?} outside");
    prop_assert!(
        d.clean.is_char_boundary(r.start) && d.clean.is_char_boundary(r.end),
        "{r:?} not on char boundaries of {:?}",
        d.clean
    );
    let raw = d.raw_range(r.clone());
    prop_assert!(
        raw.as_ref()
            .is_some_and(|x| x.start <= x.end && x.end <= d.bytes().len()),
        "{r:?} maps to {raw:?} in {} bytes",
        d.bytes().len()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Parsing, the outline, cat and the reading units.
    #[test]
    fn parsers_outline_and_units(t in text(), width in 1usize..100) {
        let Ok(d) = brief::parse::document_from_bytes("p".into(), Origin::Bundled("p.txt".into()), t.into_bytes()) else {
            return Ok(());
        };
        for b in &d.blocks {
            check_clean_range(&d, &b.clean)?;
        }
        let o = outline(&d);
        let _ = outline_text(&o);
        let _ = clean_text(&d, true, Some(width));
        let _ = clean_text(&d, false, None);
        let _ = d.display_title();
        for at in (0..=d.clean.len()).step_by(7) {
            let _ = d.block_at_clean(at.min(d.clean.len().saturating_sub(1)));
            for unit in [Unit::Word, Unit::Sentence, Unit::Paragraph] {
                if let Some(r) = units::unit_at(&d, at, unit) {
                    check_clean_range(&d, &r)?;
                    for next in [units::next(&d, &r, unit), units::prev(&d, &r, unit)].into_iter().flatten() {
                        check_clean_range(&d, &next)?;
                    }
                }
            }
        }
        for raw in (0..=d.bytes().len()).step_by(5) {
            let c = d.clean_at_raw(raw);
            prop_assert!(c <= d.clean.len());
        }
    }

    /// The recogniser on one document and the index over a small corpus.
    #[test]
    fn entities(texts in prop::collection::vec(text(), 1..4)) {
        let corpus = corpus(&texts);
        for e in &corpus.entries {
            let Some(d) = e.doc() else { continue };
            for f in &recogniser().recognise(d).found {
                prop_assert!(f.range.start < f.range.end);
                check_clean_range(d, &f.range)?;
            }
        }
        let index = EntityIndex::build(&corpus, recogniser());
        for (i, e) in corpus.entries.iter().enumerate() {
            let Some(d) = e.doc() else { continue };
            for m in index.mentions(i) {
                check_clean_range(d, &m.clean)?;
                prop_assert!(m.entity < index.entities.len());
            }
        }
    }

    /// Search in every mode, snippets and section titles.
    #[test]
    fn search(texts in prop::collection::vec(text(), 1..3), q in prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(|p| p.chars().take(8).collect::<String>()),
        1 => "[a-zëï–—]{1,4}",
        1 => ".{1,4}",
        1 => Just("oekraine".to_string()),
        1 => Just("[0-9]{4}".to_string()),
        1 => Just("e\u{308}".to_string()),
    ]) {
        let corpus = corpus(&texts);
        let index = SearchIndex::build(&corpus);
        for (regex, whole_word) in [(false, false), (false, true), (true, false), (true, true)] {
            let query = Query { text: q.clone(), regex, whole_word };
            let Ok(m) = query.compile() else { continue };
            for folded in [false, true] {
                for hit in index.search_all(&corpus, &m, folded) {
                    let d = corpus.entries[hit.doc].doc().unwrap();
                    check_clean_range(d, &hit.clean)?;
                    let _ = snippet(d, &hit.clean, 40);
                    let _ = section_title(d, hit.clean.start);
                }
            }
        }
    }

    /// Related passages, duplicates and the timeline.
    #[test]
    fn cross_references(texts in prop::collection::vec(text(), 2..4)) {
        let mut texts = texts;
        // A shared passage so the duplicate finder has something to find.
        let shared = texts[0].clone();
        texts[1].push_str(&shared);
        let corpus = corpus(&texts);
        let entities = EntityIndex::build(&corpus, recogniser());
        let related = RelatedIndex::build(&corpus, &entities);
        for (i, e) in corpus.entries.iter().enumerate() {
            let Some(d) = e.doc() else { continue };
            for b in d.blocks.iter().take(12) {
                for r in related.related(&corpus, i, b.clean.clone(), 5) {
                    let rd = corpus.entries[r.doc].doc().unwrap();
                    check_clean_range(rd, &r.clean)?;
                }
            }
        }
        let dups = duplicates::find(&corpus);
        for dup in &dups {
            for (doc, r) in [&dup.a, &dup.b] {
                check_clean_range(corpus.entries[*doc].doc().unwrap(), r)?;
            }
            let (doc, r) = &dup.a;
            for (other, r2) in duplicates::also_in(&dups, *doc, r.start) {
                check_clean_range(corpus.entries[other].doc().unwrap(), &r2)?;
            }
        }
        for t in timeline::build(&corpus, &entities) {
            let d = corpus.entries[t.doc].doc().unwrap();
            check_clean_range(d, &t.mention)?;
            check_clean_range(d, &t.sentence)?;
        }
    }
}
