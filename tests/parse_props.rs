//! Properties of the parser on arbitrary input: it never panics, and whatever
//! it builds is consistent (ranges in order and in bounds, on char boundaries,
//! no control characters in the clean text).

use brief::document::{BlockKind, Document, Origin};
use proptest::prelude::*;

/// Checks every invariant of a parsed document.
fn check(d: &Document) -> Result<(), TestCaseError> {
    let clean = &d.clean;
    let n = d.bytes().len();
    let mut prev_end = 0;
    for (i, b) in d.blocks.iter().enumerate() {
        prop_assert!(b.clean.start <= b.clean.end, "block {i} reversed");
        prop_assert!(b.clean.start >= prev_end, "block {i} out of order");
        prop_assert!(b.clean.end <= clean.len(), "block {i} past clean");
        prop_assert!(clean.is_char_boundary(b.clean.start) && clean.is_char_boundary(b.clean.end));
        if i > 0 {
            // Blocks are separated by exactly one '\n'.
            prop_assert_eq!(&clean[prev_end..b.clean.start], "\n");
        }
        prev_end = b.clean.end;
        prop_assert!(
            b.raw.start <= b.raw.end && b.raw.end <= n,
            "block {i} raw {:?}",
            b.raw
        );
        prop_assert!(b.text.start <= b.text.end && b.text.end <= d.text.len());
        let raw = d.raw_range(b.clean.clone());
        prop_assert!(
            raw.as_ref().is_some_and(|r| r.end <= n),
            "block {i} maps to {raw:?}"
        );
        prop_assert!(!d.block_text(i).contains('\n'), "newline inside block {i}");
        if let Some(p) = b.page {
            prop_assert!(p >= 1 && p as usize <= d.pages.len());
        }
    }
    prop_assert_eq!(prev_end, clean.len(), "text after the last block");
    for c in clean.chars() {
        prop_assert!(c == '\n' || !c.is_control(), "control {:?} in clean", c);
    }
    for (k, s) in d.sections.iter().enumerate() {
        prop_assert!(s.blocks.start <= s.blocks.end && s.blocks.end <= d.blocks.len());
        prop_assert!(s.raw.start <= s.raw.end && s.raw.end <= n);
        prop_assert!(!s.title.chars().any(char::is_control));
        if let Some(p) = s.parent {
            prop_assert!(p < k, "parent after child");
            let ps = &d.sections[p];
            prop_assert!(ps.children.contains(&k));
            prop_assert!(ps.blocks.start <= s.blocks.start && s.blocks.end <= ps.blocks.end);
            prop_assert!(ps.level < s.level);
        }
        for &c in &s.children {
            prop_assert!(c < d.sections.len() && d.sections[c].parent == Some(k));
        }
    }
    // The section of a block, found by halving, is the one the scan of all
    // sections finds (the last, so the innermost, holding it).
    for w in d.sections.windows(2) {
        prop_assert!(
            w[0].blocks.start <= w[1].blocks.start,
            "sections out of order"
        );
    }
    for b in 0..=d.blocks.len() {
        let scanned = d.sections.iter().rposition(|s| s.blocks.contains(&b));
        prop_assert_eq!(d.section_of_block(b), scanned, "section of block {}", b);
    }
    for f in &d.footnotes {
        prop_assert!(f.block < d.blocks.len());
        prop_assert_eq!(
            d.blocks[f.block].kind,
            BlockKind::Footnote { number: f.number }
        );
        if let Some(m) = &f.marker {
            prop_assert!(m.start < m.end && m.end <= clean.len());
            prop_assert!(clean.is_char_boundary(m.start) && clean.is_char_boundary(m.end));
            prop_assert!(d.raw_range(m.clone()).is_some_and(|r| r.end <= n));
        }
    }
    for s in &d.signatories {
        prop_assert!(s.block < d.blocks.len());
        prop_assert_eq!(d.blocks[s.block].kind, BlockKind::Signature);
        prop_assert!(!s.name.chars().any(char::is_control));
        prop_assert!(!s.role.chars().any(char::is_control));
    }
    for w in d.pages.windows(2) {
        prop_assert!(w[0] <= w[1]);
    }
    prop_assert!(d.pages.iter().all(|&p| p <= n));
    for s in [&d.meta.title, &d.meta.place, &d.meta.addressee]
        .into_iter()
        .flatten()
    {
        prop_assert!(!s.chars().any(char::is_control), "meta {:?}", s);
    }
    if let Some(dl) = &d.meta.dateline {
        prop_assert!(dl.clean.end <= clean.len());
        prop_assert!(
            clean.is_char_boundary(dl.clean.start) && clean.is_char_boundary(dl.clean.end)
        );
    }
    // Lookups never panic and stay in bounds.
    for raw in [0, n / 3, n / 2, n.saturating_sub(1), n] {
        let c = d.clean_at_raw(raw);
        prop_assert!(c <= clean.len());
        let _ = d.page_at_raw(raw);
    }
    for c in [0, clean.len() / 2, clean.len()] {
        let b = d.block_at_clean(c);
        prop_assert!(d.blocks.is_empty() || b < d.blocks.len());
    }
    let _ = d.display_title();
    let _ = d.source_label();
    Ok(())
}

fn parse(bytes: Vec<u8>) -> Option<Document> {
    brief::parse::document_from_bytes("p".into(), Origin::File("p.txt".into()), bytes).ok()
}

/// Pieces of lines like those in the seeds, to build texts that reach deep
/// into the parsers.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal".to_string()),
        Just("Den Haag, 3 februari 2022".to_string()),
        Just("Datum 14 maart 2023".to_string()),
        Just("Betreft Sancties".to_string()),
        Just("Geachte voorzitter,".to_string()),
        Just("Pagina 2 van 7".to_string()),
        Just("Kenmerk BZ2301234".to_string()),
        Just("De Minister van Buitenlandse Zaken,".to_string()),
        Just("W.B. Hoekstra".to_string()),
        Just("\nDe minister van Defensie,\n\nK.H. Ollongren\nPagina 3 van 3".to_string()),
        Just("Veiligheidsordening".to_string()),
        Just("2.1 Uitvoering".to_string()),
        Just("a) Handhaving".to_string()),
        Just("1 Kamerstuk 21 501-04, nr. 2433".to_string()),
        Just("2 https://www.example.nl/a-".to_string()),
        Just("de motie c.s.1 voor een".to_string()),
        Just("16 december 20212 en de".to_string()),
        Just("op reisad-".to_string()),
        Just("viezen met".to_string()),
        Just("Minister-".to_string()),
        Just("President".to_string()),
        Just(" date 2022-02 Nederland".to_string()),
        Just("EN HAAG (ANP) - Oekraïne".to_string()),
        Just("Lees ook: Iets Anders Hier".to_string()),
        Just("Bekijk deze video op RTL XL".to_string()),
        Just("39 Rutte: 'Kop'".to_string()),
        Just("Meer uit Binnenland".to_string()),
        Just("7 uur geleden".to_string()),
        Just("Foto: ANP".to_string()),
        Just("-".to_string()),
        Just(" ".to_string()),
        Just("\t".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{202e}".to_string()),
        Just("Oekraïne".to_string()),
        Just("# Titel".to_string()),
        Just("## Kop ##".to_string()),
        Just("[Lees meer](https://example.nl/a_(b))".to_string()),
        Just("![Image 1: Rook](https://example.nl/f.jpg)".to_string()),
        Just("**vet**".to_string()),
        Just("* ".to_string()),
        Just("> ".to_string()),
        Just("---".to_string()),
        "[0-9]{1,5}".prop_map(|s| s),
        "[a-zA-Zëï .,:;()«»'\"-]{0,30}".prop_map(|s| s),
    ]
}

fn line() -> impl Strategy<Value = String> {
    (
        prop::bool::weighted(0.15),
        prop::collection::vec(piece(), 0..4),
        prop::bool::weighted(0.15),
    )
        .prop_map(|(indent, parts, hyphen)| {
            let mut l = String::new();
            if indent {
                l.push(' ');
            }
            l.push_str(&parts.join(" "));
            if hyphen {
                l.push('-');
            }
            l
        })
}

fn document() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(line(), 0..40),
        prop::bool::ANY,
        prop::bool::weighted(0.1),
    )
        .prop_map(|(lines, crlf, bom)| {
            let mut s = String::new();
            if bom {
                s.push('\u{feff}');
            }
            s.push_str(&lines.join(if crlf { "\r\n" } else { "\n" }));
            s.into_bytes()
        })
}

/// Pieces of Markdown as extractors write it, whole and broken: links,
/// images, emphasis, headings, bullets, quotes, breaks, references,
/// autolinks, escapes, and characters of several bytes beside them.
fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "# ",
            "## ",
            "### ",
            "#",
            "* ",
            "- ",
            "+ ",
            "1. ",
            "2) ",
            "> ",
            "> > ",
            "---",
            "***",
            "===",
            "```",
            "|",
            " | ",
            "[",
            "]",
            "(",
            ")",
            "](",
            "![",
            "**",
            "__",
            "*",
            "_",
            "~~",
            "`",
            "\\",
            "\\*",
            "<",
            ">",
            "&amp;",
            "&#8217;",
            "&#x1b;",
            "[1]",
            "[1]: https://x.nl",
            "[Lees ook](https://x.nl/a)",
            "[![Logo](/l.svg)](/)",
            "![](f.jpg)",
            "[Ga naar de inhoud](#main)",
            "<https://x.nl/é>",
            "[tekst][1]",
            "**vet**",
            "_schuin_",
            "Title: Kop",
            "URL Source: https://x.nl",
            "Markdown Content:",
            "title: Kop",
            "é",
            "ë",
            "Één",
            "€",
            "’",
            "\u{a0}",
            "\u{1b}",
            "Lees ook",
            "Meest gelezen",
            "Foto: ANP",
        ])
        .prop_map(str::to_string),
        "[a-zA-Zë ]{0,12}",
    ]
}

/// Texts made of those pieces, a line at a time.
fn markdown_document() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        (
            prop::collection::vec(markdown_piece(), 0..6),
            prop::bool::weighted(0.3),
        ),
        0..30,
    )
    .prop_map(|lines| {
        // A heading and a link first: enough evidence to be read as Markdown.
        let mut s = String::from("# Kop\n\n[een link](https://example.nl)\n\n");
        for (parts, blank) in lines {
            s.push_str(&parts.concat());
            s.push('\n');
            if blank {
                s.push('\n');
            }
        }
        s.into_bytes()
    })
}

/// Every clean character is its source character, or a space or a bullet
/// standing for white space and markup, or a decoded character reference.
fn check_sources(d: &Document) -> Result<(), TestCaseError> {
    let src = String::from_utf8_lossy(d.bytes()).into_owned();
    for (at, c) in d.clean.char_indices().filter(|&(_, c)| c != '\n') {
        let raw = d.raw_range(at..at + c.len_utf8());
        prop_assert!(raw.is_some(), "clean {} unmapped", at);
        let s = &src[raw.unwrap_or(0..0)];
        let ok = s == c.to_string()
            || (c == ' ' && !s.is_empty())
            || (c == '•' && ["*", "-", "+"].contains(&s))
            || (s.starts_with('&') && s.ends_with(';'))
            || s.chars()
                .next()
                .and_then(brief::document::builder::control_picture)
                == Some(c);
        prop_assert!(ok, "clean {:?} at {} stands for {:?}", c, at, s);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn markdown_like_texts_hold_the_invariants(bytes in markdown_document()) {
        if let Some(d) = parse(bytes) {
            check(&d)?;
            check_sources(&d)?;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Some(d) = parse(bytes) {
            check(&d)?;
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,400}") {
        if let Some(d) = parse(s.into_bytes()) {
            check(&d)?;
        }
    }

    #[test]
    fn seed_like_texts_hold_the_invariants(bytes in document()) {
        if let Some(d) = parse(bytes) {
            check(&d)?;
        }
    }

    #[test]
    fn seed_like_texts_with_a_stray_byte(bytes in document(), at in any::<prop::sample::Index>(), b in any::<u8>()) {
        let mut bytes = bytes;
        if !bytes.is_empty() {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        if let Some(d) = parse(bytes) {
            check(&d)?;
        }
    }
}

#[test]
fn seeds_hold_the_invariants() {
    let corpus = brief::corpus::Corpus::bundled();
    for d in corpus.documents() {
        check(d).unwrap_or_else(|e| panic!("{}: {e}", d.id));
    }
}

/// Every real text and PDF the tests keep holds them too (the corpus letters
/// in all their forms, the unseen sets, the fixtures of other layouts).
#[test]
fn fixtures_hold_the_invariants() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for dir in [root.clone(), root.join("corpus"), root.join("pdf")] {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "pdf"))
            .collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            let d = brief::parse::document_from_bytes(name.clone(), Origin::File(p.clone()), bytes)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            check(&d).unwrap_or_else(|e| panic!("{name}: {e}"));
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} fixtures found");
}
