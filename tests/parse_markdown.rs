//! News articles written in Markdown, as web extractors write them: three
//! texts of our own (tests/fixtures/markdown_*.txt, see SOURCES.md there)
//! in the shapes of trafilatura (YAML front matter, one paragraph a line),
//! jina reader (its header, the whole page with menus, setext headings)
//! and pandoc or turndown (wrapped lines, reference links, autolinks,
//! escapes), and counter-examples that are no Markdown.

use brief::document::{BlockKind, DocDate, DocKind, Document, FoldReason, SectionKind};
use common::{block_with, clean_of, raw_of};

mod common;

use common::fixture_bytes as fixture;
use common::load_fixture as load;
use common::parse_named as parse;

fn text(t: &str) -> Document {
    parse("pagina", t.as_bytes().to_vec())
}

fn kind_of(d: &Document, needle: &str) -> BlockKind {
    d.blocks[block_with(d, needle)].kind
}

/// The section headings with their levels.
fn headings(d: &Document) -> Vec<(&str, u8)> {
    d.sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| (s.title.as_str(), s.level))
        .collect()
}

use common::reading_text as unfolded;

const MARKUP: [&str; 9] = [
    "](", "[", "**", "](http", "# ", "\n> ", "\n* ", "\n- ", "\\",
];

#[test]
fn jina_page_title_sections_and_chrome() {
    let d = load("markdown_jina_veerpont.txt");
    assert_eq!(d.kind, DocKind::News);
    let title = "Veerpont Kampen–Zalk vaart weer na maand stilstand";
    assert_eq!(d.meta.title.as_deref(), Some(title));
    assert_eq!(
        d.meta.date,
        Some(DocDate {
            year: 2026,
            month: Some(11),
            day: Some(21)
        })
    );
    // The setext heading is the title; the header's "Title:" line is folded.
    let t = d
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Title)
        .unwrap();
    assert_eq!(d.block_text(t), title);
    assert_eq!(
        kind_of(&d, "URL Source:"),
        BlockKind::Folded(FoldReason::ExtractorHeader)
    );
    assert_eq!(
        headings(&d),
        [
            ("Omrijden kostte fietsers ruim een half uur", 1),
            ("Nieuwe pont in 2028", 2)
        ]
    );
    let nav = BlockKind::Folded(FoldReason::SiteNavigation);
    // The skip link, the logo, the menu and the breadcrumb: one block.
    let menu = block_with(&d, "Ga naar de inhoud");
    assert_eq!(d.blocks[menu].kind, nav);
    assert_eq!(
        d.block_text(menu),
        "Ga naar de inhoud RTV IJsseldelta Nieuws Sport Verkeer Weer Tv & Radio Zoeken Home › Nieuws › Kampen"
    );
    assert_eq!(kind_of(&d, "Deel op Facebook"), nav);
    assert_eq!(kind_of(&d, "Contact Privacy Cookies Colofon"), nav);
    assert_eq!(kind_of(&d, "© 2026 RTV IJsseldelta"), nav);
    // The image's alt text (without jina's "Image 2:") and its caption.
    let photo = block_with(&d, "De veerpont bij Zalk ligt weer aan de kade De veerpont");
    assert_eq!(
        d.blocks[photo].kind,
        BlockKind::Folded(FoldReason::PhotoCredit)
    );
    assert!(!d.clean.contains("Image 2"));
    assert_eq!(
        kind_of(&d, "Lees ook: Provincie zoekt bouwer"),
        BlockKind::Folded(FoldReason::ReadAlso)
    );
    assert_eq!(
        d.block_text(block_with(&d, "Meest gelezen")),
        "Meest gelezen 1. Ongeluk op de N50 bij Kampen: weg uren dicht 2. Dronten krijgt eerste huizen in drijvende wijk 3. Storm zorgt voor hoog water op het Zwarte Meer"
    );
    assert_eq!(
        kind_of(&d, "Meest gelezen"),
        BlockKind::Folded(FoldReason::UnrelatedItem)
    );
    // The article: links read as their text, emphasis and quotes as words.
    for (para, kind) in [
        (
            "Door Sanne Kuipers · 21 november 2026",
            BlockKind::Paragraph,
        ),
        ("KAMPEN - Na ruim een maand stilstand", BlockKind::Paragraph),
        ("\"We zijn blij dat we fietsers", BlockKind::Paragraph),
        (
            "omrijden via de Eilandbrug. Voor scholieren",
            BlockKind::Paragraph,
        ),
        ("tijdelijk een pendelbus in, maar", BlockKind::Paragraph),
        ("zo'n 4,2 miljoen euro, staat", BlockKind::Paragraph),
    ] {
        assert_eq!(kind_of(&d, para), kind, "{para}");
    }
    let body = unfolded(&d);
    for markup in MARKUP.iter().chain(&["https://", "===", "---", "Image "]) {
        assert!(!body.contains(markup), "{markup:?} in {body}");
    }
}

#[test]
fn trafilatura_front_matter_and_one_paragraph_a_line() {
    let d = load("markdown_trafilatura_dijk.txt");
    assert_eq!(d.kind, DocKind::News);
    let title = "Waterschap verhoogt Waaldijk bij Ochten: bewoners krijgen tijdelijke weg";
    assert_eq!(d.meta.title.as_deref(), Some(title));
    assert_eq!(d.blocks[0].kind, BlockKind::Title);
    assert_eq!(d.block_text(0), title);
    assert_eq!(d.meta.date, DocDate::parse_iso("2026-11-20"));
    assert_eq!(
        kind_of(&d, "author: Marieke van der Linden"),
        BlockKind::Folded(FoldReason::ExtractorHeader)
    );
    assert_eq!(
        headings(&d),
        [
            ("Een meter hoger", 1),
            ("Wat verandert er voor bewoners?", 1),
            ("Schade aan huizen", 2)
        ]
    );
    // One paragraph a line: the quote and the line after it are two.
    let quote = block_with(
        &d,
        "Het is een ingreep die je eens in de honderd jaar doet.",
    );
    assert!(d.block_text(quote).ends_with("goed doen."));
    assert_eq!(kind_of(&d, "Het project kost"), BlockKind::Paragraph);
    // List items with their bullet, and the paragraph after the list.
    for item in [
        "• De Waalbandijk is vanaf 12 januari dicht voor doorgaand verkeer.",
        "• Bus 45 rijdt een andere route; de halte Ochten Dijk vervalt.",
    ] {
        assert_eq!(d.block_text(block_with(&d, item)), item);
    }
    assert!(
        d.block_text(block_with(&d, "Niet iedereen is blij."))
            .starts_with("Niet")
    );
    assert!(d.clean.contains("dat is niet niks.\""));
    // The image and its caption in italics; the "Lees ook" list.
    assert_eq!(
        d.block_text(block_with(&d, "Een graafmachine")),
        "Een graafmachine op de Waaldijk bij Ochten De dijk bij Ochten moet op sommige plekken ruim een meter hoger."
    );
    assert_eq!(
        kind_of(&d, "Een graafmachine"),
        BlockKind::Folded(FoldReason::PhotoCredit)
    );
    assert_eq!(
        d.block_text(block_with(&d, "Lees ook:")),
        "Lees ook: Waterschap wil sneller dijken versterken langs de Waal Bewoners Dodewaard boos over bomenkap voor dijk"
    );
    assert_eq!(
        kind_of(&d, "Lees ook:"),
        BlockKind::Folded(FoldReason::ReadAlso)
    );
    // An autolink shows its address: it is the text.
    assert!(d.clean.contains(
        "site van het waterschap: https://www.waterschaprivierenland.example/dijkochten."
    ));
    let body = unfolded(&d);
    for markup in MARKUP {
        assert!(!body.contains(markup), "{markup:?} in {body}");
    }
}

#[test]
fn pandoc_wrapped_lines_reference_links_and_escapes() {
    let d = load("markdown_pandoc_zwembad.txt");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Zwembad De Vennen in Emmen blijft langer open")
    );
    assert_eq!(
        headings(&d),
        [
            ("Vertraging door stikstof", 1),
            ("Wat betekent dit voor zwemmers?", 2)
        ]
    );
    // Wrapped lines are one paragraph; reference links read as their text.
    assert_eq!(
        d.block_text(block_with(&d, "EMMEN -- Het oude zwembad")),
        "EMMEN -- Het oude zwembad De Vennen in Emmen blijft tot de zomer van 2027 open. Dat heeft de gemeenteraad woensdagavond besloten. Het nieuwe zwembad in Centrum-Oost is later klaar dan gepland, en zonder de verlenging zouden zwemclubs en scholen maanden zonder bad zitten."
    );
    assert!(d.clean.contains("Aannemer Bouwgroep Hunze verwacht"));
    assert!(!d.clean.contains("[1]") && !d.clean.contains("bouwgroephunze.example"));
    // The quote over two lines, the numbered items with their numbers.
    assert!(d.clean.contains(
        "\nAl in maart wisten we dat de planning niet haalbaar was. Toen hadden we de zwemclubs al zekerheid kunnen geven.\n"
    ));
    assert!(d.clean.contains(
        "\n2. Het recreatiebad gaat in de zomer van 2026 een maand dicht voor onderhoud.\n"
    ));
    assert!(
        d.clean
            .contains("\n3. Abonnementen blijven geldig in het nieuwe bad, ook de jaarkaart.\n")
    );
    // Escapes: a star that is text, at a line's start and after a word.
    assert!(
        d.clean
            .contains("in het wedstrijdbad*.\n* Het wedstrijdbad is 25 meter lang")
    );
    // Table rows without their outer bars; autolinks, a web address and a mail address.
    assert!(d.clean.contains("\nZaterdag en zondag | 9.00–17.00 uur\n"));
    assert!(d.clean.contains(
        "staat op https://www.emmen.example/zwembad. Vragen kunnen per mail naar zwembad@emmen.example."
    ));
    assert!(!d.clean.contains("* * *") && !d.clean.contains('<'));
}

#[test]
fn markup_and_addresses_stay_in_the_source_and_map_back() {
    let bytes = fixture("markdown_jina_veerpont.txt");
    let d = parse("markdown_jina_veerpont.txt", bytes.clone());
    assert_eq!(d.bytes(), &bytes[..], "the source is kept as it is");
    // A link's text maps to its own bytes in the source.
    let link = clean_of(&d, "Eilandbrug");
    assert_eq!(d.raw_range(link), Some(raw_of(&d, "Eilandbrug")));
    // A range across the link maps over its address.
    let across = clean_of(&d, "via de Eilandbrug. Voor");
    let raw = d.raw_range(across).unwrap();
    let source = std::str::from_utf8(&bytes[raw]).unwrap();
    assert_eq!(
        source,
        "via de [Eilandbrug](https://nl.wikipedia.org/wiki/Eilandbrug_(Kampen)). Voor"
    );
    // Bold words map inside their stars.
    let bold = clean_of(&d, "4,2 miljoen euro");
    assert_eq!(d.raw_range(bold), Some(raw_of(&d, "4,2 miljoen euro")));
    // A heading's clean text maps to its words, without the hashes.
    let head = clean_of(&d, "Nieuwe pont in 2028");
    assert_eq!(d.raw_range(head), Some(raw_of(&d, "Nieuwe pont in 2028")));
}

/// Every character of the clean text is its own source character, or a
/// space standing for white space and markup, or a bullet for a list's.
fn check_characters(d: &Document) {
    let src = std::str::from_utf8(d.bytes()).unwrap();
    for (at, c) in d.clean.char_indices() {
        if c == '\n' {
            continue;
        }
        let raw = d.raw_range(at..at + c.len_utf8()).unwrap();
        let s = &src[raw.clone()];
        let ok = match c {
            ' ' => {
                s.chars()
                    .all(|x| x.is_whitespace() || "#>*_[]()!<`\\".contains(x))
                    || s.contains(char::is_whitespace)
            }
            '•' => ["*", "-", "+"].contains(&s),
            c => s == c.to_string(),
        };
        assert!(
            ok,
            "{}: clean {c:?} at {at} stands for {s:?} at {raw:?}",
            d.id
        );
    }
}

#[test]
fn every_clean_character_stands_for_its_source() {
    for name in [
        "markdown_jina_veerpont.txt",
        "markdown_trafilatura_dijk.txt",
        "markdown_pandoc_zwembad.txt",
    ] {
        check_characters(&load(name));
    }
}

#[test]
fn plain_texts_are_not_read_as_markdown() {
    // A news page with one "- " line, a star and a link-like bracket: the
    // plain parser reads it, markup characters and all.
    let d = text(
        "Raad stemt in met nieuwe sporthal\n\nDe raad van Goes stemde dinsdag in met de bouw.\n- De kosten: 12 miljoen euro.\n\nDe sporthal krijgt ook een **tribune** voor [publiek](zie bijlage).\n",
    );
    assert!(d.clean.contains("- De kosten: 12 miljoen euro."));
    assert!(
        d.clean
            .contains("een **tribune** voor [publiek](zie bijlage).")
    );
    // A letter with "> Retouradres", bullets and numbered headings.
    let letter = parse(
        "kamerbrief_sancties.txt",
        fixture("kamerbrief_sancties.txt"),
    );
    assert_eq!(letter.kind, DocKind::Kamerbrief);
    let letter = text(
        "> Retouradres Postbus 20061 2500 EB Den Haag\n\nDe minister schrijft.\n\n1. Inleiding\n\nDe maatregelen:\n- eerste punt\n- tweede punt\n- derde punt\n\n2. Tot slot\n\nZie https://www.rijksoverheid.nl.\n",
    );
    assert!(letter.clean.contains("> Retouradres"));
    assert!(letter.clean.contains("- eerste punt"));
}

#[test]
fn odd_markdown_reads_without_panic() {
    for t in [
        "# Kop\n\n[niet gesloten](https://x.nl\n\n**vet zonder partner\n\n## Twee\n\n[a [b] c](https://x.nl/d) en [[dubbel]](https://x.nl)\n",
        "# Ëén\n\n**Één** en *ü*ber [café](https://x.nl/é) ![](https://x.nl/f.jpg) é**ë**\n\n## Kop\n\n> \n>\n* \n1.\n[x]: https://x.nl\n[x] en [y][x] en <https://é.nl> en \\é\n",
        "# T\n\n```\n**code** [a](b)\n\n## Kop\n\n![](https://x.nl/only.jpg)\n\n[](#main)\n\n---\n===\n",
        "Title: Alleen een kop\n\nURL Source: https://x.nl\n\nMarkdown Content:\n",
    ] {
        let d = text(t);
        assert!(d.clean.chars().all(|c| c == '\n' || !c.is_control()));
        check_characters(&d);
    }
    let d = text(
        "# Kop\n\n**vet zonder partner en [open](https://x.nl\n\n## Kop twee\n\nMeer over [dit](https://x.nl/d).\n",
    );
    assert_eq!(d.meta.title.as_deref(), Some("Kop"));
    assert!(
        d.clean
            .contains("**vet zonder partner en [open](https://x.nl")
    );
    // An image alone without alt text shows its address, folded.
    let d = text("# Foto\n\n![](https://x.nl/f.jpg)\n\n## Kop\n\nTekst.\n");
    assert_eq!(
        kind_of(&d, "https://x.nl/f.jpg"),
        BlockKind::Folded(FoldReason::PhotoCredit)
    );
}
