//! The parser on texts written for these tests (tests/fixtures/), in layouts
//! the seeds do not have, and on bad input.

use brief::corpus::{Entry, load_bytes};
use brief::document::source::{Encoding, LoadError};
use brief::document::{
    BlockKind, DocDate, DocKind, Document, FoldReason, MetaField, Origin, SectionKind,
};
use common::{block_with, clean_of, raw_of};

mod common;

use common::fixture_bytes as fixture;
use common::load_fixture as load;
use common::parse_named as parse;

fn kind_of(d: &Document, needle: &str) -> BlockKind {
    d.blocks[block_with(d, needle)].kind
}

fn section<'d>(d: &'d Document, title: &str) -> (usize, &'d brief::document::Section) {
    d.sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.title == title)
        .unwrap_or_else(|| panic!("{}: no section {title:?}", d.id))
}

// --- A Kamerbrief in the layout with the ministry's sidebar and page footers.

#[test]
fn sidebar_letter_kind_and_header() {
    let d = load("kamerbrief_sancties.txt");
    assert_eq!(d.kind, DocKind::Kamerbrief);
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(d.note, None);
    assert_eq!(
        d.meta.date,
        Some(DocDate {
            year: 2023,
            month: Some(3),
            day: Some(14)
        })
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Stand van zaken sancties tegen Rusland")
    );
    assert_eq!(d.display_title(), "Stand van zaken sancties tegen Rusland");
    // The addressee over two lines, without the postal address under it.
    assert_eq!(
        d.meta.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(
        kind_of(&d, "Datum 14 maart 2023"),
        BlockKind::Metadata(MetaField::Date)
    );
    assert_eq!(
        kind_of(&d, "Betreft Stand van zaken"),
        BlockKind::Metadata(MetaField::Subject)
    );
    assert_eq!(
        kind_of(&d, "Geachte voorzitter,"),
        BlockKind::Metadata(MetaField::Salutation)
    );
    assert_eq!(d.sections[0].kind, SectionKind::Header);
}

#[test]
fn sidebar_letter_headings_and_levels() {
    let d = load("kamerbrief_sancties.txt");
    let headings: Vec<(&str, u8)> = d
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| (s.title.as_str(), s.level))
        .collect();
    assert_eq!(
        headings,
        [
            ("1. Inleiding", 1),
            ("2. Sancties", 1),
            ("2.1 Uitvoering", 2),
            ("a) Handhaving", 3),
            ("b) Bevriezing van tegoeden", 3),
            ("3. Tot slot", 1),
        ]
    );
    for s in d.sections.iter().filter(|s| s.kind == SectionKind::Heading) {
        assert_eq!(
            d.blocks[s.blocks.start].kind,
            BlockKind::Heading { level: s.level }
        );
    }
    // The tree: 2.1 under 2, a) and b) under 2.1, 3 at the top again.
    let (two, s2) = section(&d, "2. Sancties");
    let (two_one, s21) = section(&d, "2.1 Uitvoering");
    let (a, sa) = section(&d, "a) Handhaving");
    let (b, sb) = section(&d, "b) Bevriezing van tegoeden");
    let (_, s3) = section(&d, "3. Tot slot");
    let (_, s1) = section(&d, "1. Inleiding");
    assert_eq!(s1.parent, None);
    assert_eq!(s2.parent, None);
    assert_eq!(s3.parent, None);
    assert_eq!(s21.parent, Some(two));
    assert_eq!(s2.children, vec![two_one]);
    assert_eq!(sa.parent, Some(two_one));
    assert_eq!(sb.parent, Some(two_one));
    assert_eq!(s21.children, vec![a, b]);
    assert!(s2.blocks.start < s21.blocks.start && s21.blocks.end <= s2.blocks.end);
    assert!(s21.blocks.start < sa.blocks.start && sb.blocks.end <= s21.blocks.end);
    assert_eq!(sa.blocks.end, sb.blocks.start);
    assert_eq!(s2.blocks.end, s3.blocks.start);
    // There is no introduction: the letter starts with a heading.
    assert!(
        !d.sections
            .iter()
            .any(|s| s.kind == SectionKind::Introduction)
    );
    // The sections' text.
    assert!(
        d.block_text(sa.blocks.start + 1)
            .starts_with("Het Openbaar Ministerie heeft")
    );
}

#[test]
fn sidebar_letter_furniture_is_folded() {
    let d = load("kamerbrief_sancties.txt");
    let folded = |reason: FoldReason| -> Vec<&str> {
        d.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Folded(reason))
            .map(|(i, _)| d.block_text(i))
            .collect()
    };
    assert_eq!(
        folded(FoldReason::PageFooter),
        ["Pagina 1 van 3", "Pagina 2 van 3", "Pagina 3 van 3"]
    );
    let sidebar = folded(FoldReason::Sidebar).join(" | ");
    for line in [
        "> Retouradres Postbus 20061 2500 EB Den Haag",
        "Rijnstraat 8",
        "2515 XP Den Haag",
        "Postbus 20061",
        "www.rijksoverheid.nl",
        "Kenmerk BZ2301234",
        "Bijlage(n) 1",
        "Datum 14 maart 2023",
    ] {
        assert!(sidebar.contains(line), "sidebar lacks {line:?}: {sidebar}");
    }
    // None of the furniture leaks into paragraphs or headings.
    for (i, b) in d.blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading { .. }) {
            let t = d.block_text(i);
            for bad in [
                "Pagina",
                "Kenmerk",
                "Rijnstraat",
                "Postbus",
                "rijksoverheid.nl",
            ] {
                assert!(!t.contains(bad), "block {i} has {bad:?}: {t}");
            }
        }
    }
    // Three pages, each starting after a footer.
    assert_eq!(d.pages.len(), 3);
    assert_eq!(d.pages[0], 0);
    assert_eq!(
        d.pages[1],
        raw_of(&d, "\nKenmerk BZ2301234\nDatum").start + 1
    );
    let p = block_with(&d, "b) Bevriezing");
    assert_eq!(d.blocks[p].page, Some(3));
    let p = block_with(&d, "1. Inleiding");
    assert_eq!(d.blocks[p].page, Some(1));
}

#[test]
fn sidebar_letter_interrupted_paragraph_is_rejoined() {
    let d = load("kamerbrief_sancties.txt");
    // Footnote, footer and sidebar fall between "doorvoer van" and "dual-use".
    let i = block_with(
        &d,
        "een verbod op de doorvoer van dual-use goederen via het Russische grondgebied.",
    );
    assert_eq!(d.blocks[i].kind, BlockKind::Paragraph);
    let t = d.block_text(i);
    assert!(t.starts_with("Inmiddels heeft de Raad tien sanctiepakketten aangenomen."));
    assert!(t.ends_with("bij de voorbereiding van het elfde pakket."));
    assert!(t.contains("exportbeperkingen voor elektronische componenten"));
    // The furniture is set aside after the paragraph, in its own blocks.
    assert_eq!(
        d.blocks[i + 1].kind,
        BlockKind::Folded(FoldReason::PageFooter)
    );
    assert_eq!(d.blocks[i + 2].kind, BlockKind::Folded(FoldReason::Sidebar));
    // Hyphens: a line-end hyphen is dropped in a word, kept before "en"/"of".
    assert!(d.clean.contains("verleent vergunningen"));
    assert!(d.clean.contains("Centrale Dienst voor In- en Uitvoer"));
    // The joined words still map to their raw bytes.
    let r = clean_of(&d, "doorvoer van dual-use");
    let raw = d.raw_range(r).unwrap();
    let raw = std::str::from_utf8(&d.bytes()[raw]).unwrap();
    assert!(raw.starts_with("doorvoer van\n\n1 Kamerstuk"));
    assert!(raw.ends_with("Datum 14 maart 2023\ndual-use"));
}

#[test]
fn sidebar_letter_footnotes_and_markers() {
    let d = load("kamerbrief_sancties.txt");
    let notes: Vec<(u32, &str)> = d
        .footnotes
        .iter()
        .map(|f| (f.number, d.block_text(f.block)))
        .collect();
    assert_eq!(
        notes,
        [
            (1, "1 Kamerstuk 21 501-02, nr. 2611"),
            (
                2,
                "2 Zie ook het verslag van de Raad Buitenlandse Zaken van 20 februari 2023."
            ),
            (3, "3 Kamerstuk 21 501-02, nr. 2580"),
        ]
    );
    for (f, (context, before)) in d.footnotes.iter().zip([
        ("8 februari jl.1\n", "8 februari jl."),
        ("mogelijk pakket2 en", "mogelijk pakket"),
        ("geïnformeerd3.", "geïnformeerd"),
    ]) {
        let m = f.marker.clone().expect("marker");
        let b = d.block_at_clean(m.start);
        assert_eq!(d.blocks[b].kind, BlockKind::Paragraph);
        let raw = d.raw_range(m).unwrap();
        let at = raw_of(&d, context).start + before.len();
        assert_eq!(raw, at..at + 1, "note {}", f.number);
    }
    assert!(d.clean.contains("8 februari jl.¹"));
    assert!(d.clean.contains("pakket² en"));
    assert!(d.clean.contains("geïnformeerd³."));
    // The date in note 2 and the numbers in headings are no markers.
    assert!(d.clean.contains("20 februari 2023."));
    assert!(d.clean.contains("580 miljoen"));
}

#[test]
fn sidebar_letter_signatories() {
    let d = load("kamerbrief_sancties.txt");
    let sigs: Vec<(&str, &str)> = d
        .signatories
        .iter()
        .map(|s| (s.name.as_str(), s.role.as_str()))
        .collect();
    assert_eq!(
        sigs,
        [
            (
                "drs. A.M. de Vries-Kanters",
                "minister van Buitenlandse Zaken"
            ),
            ("J.P. van den Heuvel", "minister van Financiën"),
        ]
    );
    assert_eq!(
        d.source_label().as_deref(),
        Some("Buitenlandse Zaken, Financiën")
    );
    for s in &d.signatories {
        assert_eq!(d.blocks[s.block].kind, BlockKind::Signature);
    }
    assert!(d.sections.iter().any(|s| s.kind == SectionKind::Signatures));
    // The closing paragraph stays a paragraph.
    assert_eq!(
        kind_of(&d, "Ik zal uw Kamer voor het zomerreces"),
        BlockKind::Paragraph
    );
}

// --- A news article from another site.

#[test]
fn news_article_from_another_site() {
    let d = load("nieuws_haven.txt");
    assert_eq!(d.kind, DocKind::News);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Douane onderschept vaker goederen voor Rusland in Rotterdamse haven")
    );
    assert_eq!(d.blocks[0].kind, BlockKind::Title);
    let dl = d.meta.dateline.as_ref().expect("dateline");
    assert_eq!(dl.agency, "ANP");
    assert_eq!(dl.place.as_deref(), Some("ROTTERDAM"));
    assert_eq!(d.meta.place.as_deref(), Some("ROTTERDAM"));
    assert_eq!(&d.clean[dl.clean.clone()], "ROTTERDAM (ANP) -");
    assert_eq!(d.meta.date, None);

    // One paragraph a line, no blank lines between them.
    let p = block_with(&d, "ROTTERDAM (ANP) - De Douane heeft vorig jaar");
    assert_eq!(d.blocks[p].kind, BlockKind::Paragraph);
    assert!(d.block_text(p).ends_with("in zijn jaaroverzicht."));
    let q = block_with(&d, "Het gaat vooral om elektronica");
    assert_eq!(q, p + 1);
    assert_eq!(d.blocks[q].kind, BlockKind::Paragraph);
    assert!(d.block_text(q).ends_with("te verschepen."));

    let heads: Vec<&str> = d
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(heads, ["Meer personeel"]);
    assert_eq!(d.sections[0].kind, SectionKind::Introduction);

    assert_eq!(
        kind_of(&d, "Lees ook: Kabinet wil strengere straffen"),
        BlockKind::Folded(FoldReason::ReadAlso)
    );
    assert_eq!(
        d.block_text(block_with(&d, "Lees ook:")),
        "Lees ook: Kabinet wil strengere straffen voor omzeilen van sancties"
    );
    assert_eq!(
        kind_of(&d, "Foto: ANP"),
        BlockKind::Folded(FoldReason::PhotoCredit)
    );
    assert_eq!(
        kind_of(&d, "Beeld: ANP / Lex van Lieshout"),
        BlockKind::Folded(FoldReason::PhotoCredit)
    );
    assert_eq!(
        kind_of(&d, "57 Zo proberen bedrijven"),
        BlockKind::Folded(FoldReason::RelatedArticle)
    );
    assert_eq!(
        kind_of(&d, "Meer uit Buitenland"),
        BlockKind::Folded(FoldReason::SiteNavigation)
    );
    for item in [
        "2 uur geleden",
        "De Europese Commissie wil",
        "WASHINGTON (AFP)",
        "8 uur geleden",
    ] {
        assert_eq!(
            kind_of(&d, item),
            BlockKind::Folded(FoldReason::UnrelatedItem),
            "{item}"
        );
    }
    // The text between the chrome stays.
    for para in [
        "Een woordvoerder spreekt van \"een kat-en-muisspel\".",
        "De dienst krijgt dit jaar zestig extra medewerkers",
        "Brancheorganisatie evofenedex waarschuwt",
    ] {
        assert_eq!(kind_of(&d, para), BlockKind::Paragraph, "{para}");
    }
    // Everything after "Meer uit Buitenland" is folded.
    let more = raw_of(&d, "Meer uit Buitenland").start;
    for b in &d.blocks {
        assert_eq!(
            b.raw.start >= more,
            b.kind.is_folded() && b.raw.start >= more
        );
    }
}

#[test]
fn crlf_parses_like_lf() {
    for name in [
        "nieuws_haven.txt",
        "kamerbrief_sancties.txt",
        "notitie_graan.txt",
    ] {
        let lf = load(name);
        // Windows line ends, and the lone CR of old Mac files.
        for ending in ["\r\n", "\r"] {
            let bytes = String::from_utf8(fixture(name))
                .unwrap()
                .replace('\n', ending)
                .into_bytes();
            same_as_lf(name, &lf, parse(name, bytes));
        }
    }
}

fn same_as_lf(name: &str, lf: &Document, other: Document) {
    let ending = if other.bytes().contains(&b'\n') {
        "CRLF"
    } else {
        "CR"
    };
    assert_eq!(other.kind, lf.kind, "{name} {ending}");
    assert_eq!(other.clean, lf.clean, "{name} {ending}");
    assert_eq!(other.meta, lf.meta, "{name} {ending}");
    let kinds = |d: &Document| d.blocks.iter().map(|b| b.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&other), kinds(lf), "{name} {ending}");
    let sections = |d: &Document| {
        d.sections
            .iter()
            .map(|s| (s.title.clone(), s.level, s.blocks.clone(), s.parent))
            .collect::<Vec<_>>()
    };
    assert_eq!(sections(&other), sections(lf), "{name} {ending}");
    assert_eq!(other.signatories, lf.signatories, "{name} {ending}");
    assert_eq!(other.footnotes, lf.footnotes, "{name} {ending}");
    assert_eq!(other.pages.len(), lf.pages.len(), "{name} {ending}");
    assert!(!other.clean.contains('\r'));
    // Raw ranges point into the file with the other line ends.
    for (i, b) in other.blocks.iter().enumerate() {
        let raw = std::str::from_utf8(&other.bytes()[b.raw.clone()]).unwrap();
        let words: Vec<&str> = raw.split_whitespace().collect();
        if b.kind.is_folded() || matches!(b.kind, BlockKind::Heading { .. }) {
            assert_eq!(
                words.join(" "),
                other.block_text(i),
                "{name} {ending} block {i}"
            );
        }
    }
}

// --- Plain text: not a letter, not news.

#[test]
fn plain_text_is_text_with_paragraphs() {
    let d = load("notitie_graan.txt");
    assert_eq!(d.kind, DocKind::Text);
    assert_eq!(d.meta.dateline, None);
    assert_eq!(d.meta.date, None);
    assert!(d.footnotes.is_empty() && d.signatories.is_empty() && d.pages.is_empty());
    assert!(!d.blocks.iter().any(|b| b.kind.is_folded()));
    let paras: Vec<&str> = d
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Paragraph)
        .map(|(i, _)| d.block_text(i))
        .collect();
    assert_eq!(paras.len(), 3, "{paras:#?}");
    assert!(paras[0].starts_with(
        "Sinds de zomer van 2022 is de uitvoer van graan uit de havens aan de Zwarte Zee een"
    ));
    assert!(paras[0].ends_with("met elkaar verweven zijn."));
    assert!(paras[1].contains("De verzekeringspremies stegen"));
    assert!(paras[2].ends_with("van de situatie op zee."));
    assert_eq!(d.display_title(), "Over de graanexport uit de Zwarte Zee");
}

// --- Bad input.

fn from(bytes: &[u8]) -> Result<Document, LoadError> {
    brief::parse::document_from_bytes("x".into(), Origin::File("x.txt".into()), bytes.to_vec())
}

#[test]
fn empty_whitespace_and_binary_are_refused_clearly() {
    for bytes in [
        &b""[..],
        b"   \n\t\r\n  ",
        b"\xEF\xBB\xBF",
        b"\xEF\xBB\xBF \n",
    ] {
        let e = from(bytes).unwrap_err();
        assert_eq!(e, LoadError::Empty, "{bytes:?}");
        assert!(e.to_string().contains("empty"));
    }
    let e = from(b"Den Haag\0\x01\x02 binary").unwrap_err();
    assert_eq!(e, LoadError::Binary { offset: 8 });
    assert!(e.to_string().contains("NUL byte at offset 8"));

    // Through the corpus: a failed entry that keeps its id and reason.
    match load_bytes("leeg".into(), Origin::File("leeg.txt".into()), Vec::new()) {
        Entry::Failed { id, error, .. } => {
            assert_eq!(id, "leeg");
            assert_eq!(error, LoadError::Empty);
        }
        Entry::Doc(_) | Entry::Pending { .. } => panic!("an empty file loaded as a document"),
    }
    let e = load_bytes(
        "bin".into(),
        Origin::File("bin.txt".into()),
        vec![0x7f, 0x45, 0x4c, 0x46, 0, 1],
    );
    assert!(matches!(
        e,
        Entry::Failed {
            error: LoadError::Binary { offset: 4 },
            ..
        }
    ));
    let ok = load_bytes(
        "ok".into(),
        Origin::File("ok.txt".into()),
        b"Gewoon tekst.".to_vec(),
    );
    assert_eq!(ok.doc().map(|d| d.kind), Some(DocKind::Text));
}

#[test]
fn invalid_utf8_decodes_as_windows_1252_with_a_note() {
    let bytes =
        b"De steun aan Oekra\xefne bedroeg \x80 5 mln. \x93dat is veel\x94, zei de minister.\n"
            .to_vec();
    let d = from(&bytes).unwrap();
    assert_eq!(d.encoding, Encoding::Windows1252);
    let note = d.note.as_deref().expect("note");
    assert!(
        note.contains("Windows-1252") && note.contains("offset 18"),
        "{note}"
    );
    assert_eq!(
        d.clean,
        "De steun aan Oekraïne bedroeg € 5 mln. “dat is veel”, zei de minister."
    );
    // Offsets still map to the original bytes.
    let r = clean_of(&d, "Oekraïne");
    assert_eq!(d.raw_range(r.clone()), Some(13..21));
    assert_eq!(d.clean_at_raw(13), r.start);
    let r = clean_of(&d, "bedroeg");
    assert_eq!(d.raw_range(r), Some(22..29));
    let r = clean_of(&d, "€");
    assert_eq!(d.raw_range(r), Some(30..31));
    assert_eq!(d.blocks[0].raw, 0..bytes.len() - 1);
    // A lone invalid byte in an otherwise UTF-8 Kamerbrief still parses as one.
    let mut letter = fixture("kamerbrief_sancties.txt");
    let at = raw_of(&load("kamerbrief_sancties.txt"), "Rusland heeft ingesteld").start;
    letter[at + 1] = 0xFC; // "R\xFCsland"
    let d = from(&letter).unwrap();
    assert_eq!(d.kind, DocKind::Kamerbrief);
    assert_eq!(d.encoding, Encoding::Windows1252);
    assert!(d.clean.contains("Rüsland heeft ingesteld"));
    // Windows-1252 decodes 'ë' and 'ï' to two UTF-8 bytes: raw offsets differ
    // from clean ones, and still round trip.
    let r = clean_of(&d, "Stand van zaken");
    let raw = d.raw_range(r).unwrap();
    assert_eq!(&d.bytes()[raw], b"Stand van zaken");
}

#[test]
fn control_characters_never_reach_the_clean_text() {
    let bytes =
        b"Kop\x1b[31m rood\n\nEen\tzin met\ttabs, een bel\x07 en\x1b]0;titel\x07 een escape.\r\nNog\x0b een \x7f regel\x08.\n"
            .to_vec();
    let d = from(&bytes).unwrap();
    for c in d.clean.chars() {
        assert!(
            c == '\n' || !c.is_control(),
            "control {c:?} in clean text {:?}",
            d.clean
        );
    }
    assert!(!d.clean.contains('\t'));
    assert!(d.clean.contains("Kop\u{241b}[31m rood"));
    assert!(
        d.clean
            .contains("Een zin met tabs, een bel\u{2407} en\u{241b}]0;titel\u{2407} een escape.")
    );
    assert!(d.clean.contains("\u{2421}"));
    assert!(d.clean.contains("\u{2408}"));
    // Every string of the model is inert too.
    let mut strings: Vec<String> = d.sections.iter().map(|s| s.title.clone()).collect();
    strings.extend(d.meta.title.clone());
    strings.push(d.display_title());
    for s in &strings {
        assert!(!s.chars().any(|c| c.is_control()), "{s:?}");
    }
    // The pictures map back to the control bytes.
    let r = clean_of(&d, "\u{241b}");
    assert_eq!(d.raw_range(r), Some(3..4));

    // Bidirectional overrides and C1 controls are neutralised too.
    let d = from("Titel \u{202e}gnirts\u{202c} en \u{9b}31m einde.".as_bytes()).unwrap();
    assert!(!d.clean.contains('\u{202e}') && !d.clean.contains('\u{9b}'));
    assert!(d.clean.contains('\u{fffd}'));
}

#[test]
fn control_characters_in_headings_and_metadata_are_inert() {
    let letter = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
                  Den Haag, 1 april 2023\n\n\
                  Betreft Sancties\x1b[2J en meer\n\n\
                  Geachte voorzitter,\n\n\
                  Dit is de brief.\n\n\
                  Kop\x1b[31m met kleur\n\n\
                  Hier staat de tekst van de brief.\n\n\
                  De Minister van Buiten\x07landse Zaken,\n\
                  A.B. Jansen\n";
    let d = from(letter.as_bytes()).unwrap();
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let mut strings: Vec<String> = d.sections.iter().map(|s| s.title.clone()).collect();
    strings.extend(d.meta.title.clone());
    strings.extend(d.meta.addressee.clone());
    strings.extend(d.meta.place.clone());
    for s in &d.signatories {
        strings.push(s.name.clone());
        strings.push(s.role.clone());
    }
    assert!(strings.iter().any(|s| s.contains("Kop")), "{strings:?}");
    assert!(
        strings.iter().any(|s| s.contains("Sancties")),
        "{strings:?}"
    );
    for s in &strings {
        assert!(!s.chars().any(|c| c.is_control()), "{s:?}");
    }
}

#[test]
fn a_bom_before_invalid_utf8_is_not_shown_as_text() {
    let d = from(b"\xEF\xBB\xBFDe steun aan Oekra\xefne groeit.\n").unwrap();
    assert_eq!(d.encoding, Encoding::Windows1252);
    assert_eq!(d.clean, "De steun aan Oekraïne groeit.");
    let r = clean_of(&d, "Oekraïne");
    assert_eq!(d.raw_range(r), Some(16..24));
}

#[test]
fn datelines_of_places_with_an_apostrophe() {
    let d = from(
        "Rechtbank veroordeelt hacker voor aanval op gemeente\n\
         'S-HERTOGENBOSCH (ANP) - De rechtbank heeft dinsdag een 24-jarige man veroordeeld.\n\
         De man kreeg een taakstraf van 200 uur.\n"
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(d.kind, DocKind::News);
    let dl = d.meta.dateline.as_ref().expect("dateline");
    assert_eq!(dl.agency, "ANP");
    assert_eq!(dl.place.as_deref(), Some("'S-HERTOGENBOSCH"));
}

#[test]
fn a_line_of_many_glued_teasers_is_read_in_linear_time() {
    // Scraped pages can glue hundreds of teasers into one line; reading them
    // must not take quadratic time (this took minutes before).
    let n = 20_000;
    let line = "Lees ook: Kabinet Wil Meer Geld ".repeat(n);
    let started = std::time::Instant::now();
    let d = from(line.as_bytes()).unwrap();
    let took = started.elapsed();
    assert_eq!(d.kind, DocKind::News);
    assert_eq!(d.blocks.len(), n);
    assert!(
        d.blocks
            .iter()
            .all(|b| b.kind == BlockKind::Folded(FoldReason::ReadAlso))
    );
    assert!(took.as_secs() < 10, "took {took:?}");
}
