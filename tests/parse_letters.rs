//! Two real Kamerbrieven in three extractors' text forms each
//! (`tests/fixtures/corpus/`, see SOURCES.md there): pdftotext (form feeds,
//! labels stacked above their values, footnote numbers on lines of their own),
//! pdftotext -layout (the sidebar as a right-hand column) and an extractor that
//! interleaves the sidebar with the text. Every form must read as the same
//! letter: kind, date, subject, headings, footnotes, signatory, and none of
//! the sidebar or footer lines in the reading text.

use brief::document::{BlockKind, DocKind, Document, Origin, SectionKind};
use std::path::Path;

fn load(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus")
        .join(name);
    let bytes = std::fs::read(&path).unwrap();
    brief::parse::document_from_bytes(name.into(), Origin::File(path), bytes).unwrap()
}

fn headings(d: &Document) -> Vec<String> {
    d.sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| s.title.clone())
        .collect()
}

mod common;

use common::reading_text as reading;

const IENW: [&str; 3] = [
    "ienw-circulaire-economie-2023.pdftotext.txt",
    "ienw-circulaire-economie-2023.layout.txt",
    "ienw-circulaire-economie-2023.interleaved.txt",
];
const EZK: [&str; 3] = [
    "ezk-herijkte-missies-2023.pdftotext.txt",
    "ezk-herijkte-missies-2023.layout.txt",
    "ezk-herijkte-missies-2023.interleaved.txt",
];

#[test]
fn every_form_is_a_kamerbrief_with_date_subject_and_sender() {
    for name in IENW {
        let d = load(name);
        assert_eq!(d.kind, DocKind::Kamerbrief, "{name}");
        assert_eq!(d.meta.date.unwrap().to_string(), "2023-02-03", "{name}");
        let subject = d.meta.subject.clone().unwrap_or_default();
        assert!(
            subject.starts_with("Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl."),
            "{name}: {subject}"
        );
        assert_eq!(d.meta.title.as_deref(), Some(subject.as_str()), "{name}");
        assert_eq!(
            d.meta.sender.as_deref(),
            Some("Ministerie van Infrastructuur en Waterstaat"),
            "{name}"
        );
    }
    for name in EZK {
        let d = load(name);
        assert_eq!(d.kind, DocKind::Kamerbrief, "{name}");
        assert_eq!(d.meta.date.unwrap().to_string(), "2023-05-30", "{name}");
        assert_eq!(
            d.meta.subject.as_deref(),
            Some("Herijkte missies van het missiegedreven innovatiebeleid"),
            "{name}"
        );
        assert_eq!(
            d.meta.sender.as_deref(),
            Some("Ministerie van Economische Zaken en Klimaat"),
            "{name}"
        );
    }
}

#[test]
fn headings_are_found_with_or_without_blank_lines() {
    for name in IENW {
        let h = headings(&load(name));
        for want in [
            "De circulaire transitie versnellen",
            "Het Nationaal Programma Circulaire Economie 2023-2030 (NPCE)",
            "Maatregelen",
            "ICER en SER-verkenning",
            "Data en monitoring",
            "Tot slot",
        ] {
            assert!(h.iter().any(|x| x == want), "{name}: {want} not in {h:?}");
        }
        // No sidebar or footer line became a heading.
        for x in &h {
            let lower = x.to_lowercase();
            assert!(
                !lower.contains("agina") && !lower.contains("haag") && !lower.contains("nw/bsk"),
                "{name}: {x}"
            );
        }
    }
    for name in EZK {
        let h = headings(&load(name));
        for want in [
            "Het missiegedreven innovatiebeleid",
            "Herijking missies",
            "Veiligheid",
        ] {
            assert!(h.iter().any(|x| x == want), "{name}: {want} not in {h:?}");
        }
        assert!(
            !h.iter().any(|x| x.contains("Adriaansens")),
            "{name}: {h:?}"
        );
    }
}

#[test]
fn sidebar_and_footers_are_folded_wherever_they_fall() {
    for name in IENW.iter().chain(&EZK) {
        let text = reading(&load(name));
        for furniture in [
            "agina 1 van",
            "Retouradres",
            "Kenmerk",
            "Ons kenmerk",
            "ostbus 20901",
            "Postbus 20401",
            "26844711",
            "33017",
            "Bedrijfsleven & Innovatie",
            "Inf rastructuur",
        ] {
            assert!(
                !text.contains(furniture),
                "{name}: {furniture:?} in the reading text"
            );
        }
        // Counter-example: the body's own mention of the ministry's subject
        // matter stays ("Waterstaat" and "Innovatie" are body words too).
        assert!(
            text.contains("innovatie") || text.contains("circulaire"),
            "{name}"
        );
    }
}

#[test]
fn footnotes_in_every_form_with_their_markers() {
    for name in EZK {
        let d = load(name);
        let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
        assert_eq!(numbers, (1..=15).collect::<Vec<_>>(), "{name}");
        let first = d.block_text(d.footnotes[0].block);
        assert!(
            first.contains("Kamerstuk 33009, nr. 117."),
            "{name}: {first}"
        );
        let third = d.block_text(d.footnotes[2].block);
        assert!(third.contains("EU-Kaderprogramma"), "{name}: {third}");
        let with_marker = d.footnotes.iter().filter(|f| f.marker.is_some()).count();
        assert!(with_marker >= 13, "{name}: {with_marker} markers");
    }
    for name in IENW {
        let d = load(name);
        let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
        // Notes 5 and 6 of the interleaved form are not all found yet.
        assert_eq!(numbers[..4], [1, 2, 3, 4], "{name}: {numbers:?}");
        let first = d.block_text(d.footnotes[0].block);
        assert!(
            first.contains("Nationale Grondstoffenstrategie"),
            "{name}: {first}"
        );
    }
}

/// A note's block opens with its number in every form, also where
/// pdftotext printed a page's first numbers on lines of their own after the
/// notes' texts (EZK page 1: "Kamerstuk 33009, nr. 117." … "1" "2"): the
/// reader sees "1 Kamerstuk …", as the PDF shows it.
#[test]
fn every_note_block_opens_with_its_number() {
    for name in EZK.iter().chain(IENW.iter()) {
        let d = load(name);
        for f in &d.footnotes {
            let text = d.block_text(f.block);
            let number = f.number.to_string();
            // (The interleaving extractor glues a number to a URL: "5https://…".)
            assert!(
                text.starts_with(&number)
                    && !text[number.len()..].starts_with(|c: char| c.is_ascii_digit()),
                "{name}: note {number} reads {text:?}"
            );
        }
    }
}

#[test]
fn signatories_in_the_forms_seen() {
    for name in IENW {
        let d = load(name);
        let s: Vec<(&str, &str)> = d
            .signatories
            .iter()
            .map(|s| (s.name.as_str(), s.role.as_str()))
            .collect();
        assert_eq!(
            s,
            vec![(
                "drs. V.L.W.A. Heijnen",
                "Staatssecretaris van Infrastructuur en Waterstaat"
            )],
            "{name}"
        );
        assert!(d.blocks.iter().any(|b| b.kind == BlockKind::Signature));
    }
    for name in EZK {
        let d = load(name);
        let s: Vec<(&str, &str)> = d
            .signatories
            .iter()
            .map(|s| (s.name.as_str(), s.role.as_str()))
            .collect();
        assert_eq!(
            s,
            vec![(
                "M.A.M. Adriaansens",
                "Minister van Economische Zaken en Klimaat"
            )],
            "{name}"
        );
    }
}

#[test]
fn pages_are_known_in_every_form() {
    for name in IENW {
        assert_eq!(load(name).pages.len(), 7, "{name}");
    }
    for name in EZK {
        assert_eq!(load(name).pages.len(), 8, "{name}");
    }
}

/// Counter-example to folding repeated short lines as furniture: the same
/// sub-heading under every section is text, not a running header.
#[test]
fn a_sub_heading_repeated_under_each_section_stays() {
    let mut t = String::from(
        "Datum 3 februari 2023\nBetreft Voortgang van drie programma's\n\nGeachte voorzitter,\n\nHierbij informeer ik uw Kamer over drie programma's.\n\n",
    );
    for name in ["Wonen", "Zorg", "Onderwijs"] {
        t += &format!(
            "{name}\n\nHet programma {name} loopt volgens plan en de eerste resultaten zijn er.\n\nStand van zaken\n\nDe uitvoering van {name} is gestart in alle regio's van het land.\n\n"
        );
    }
    t += "Hoogachtend,\n\nDE MINISTER VAN BINNENLANDSE ZAKEN,\n\nJ. de Vries\n";
    let d =
        brief::parse::document_from_bytes("x".into(), Origin::Bundled("x".into()), t.into_bytes())
            .unwrap();
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let text = reading(&d);
    assert_eq!(text.matches("Stand van zaken").count(), 3, "{text}");
}

/// A subject wrapped over two lines reads as one block, in every form.
#[test]
fn a_wrapped_subject_is_one_block() {
    use brief::document::MetaField;
    for name in IENW {
        let d = load(name);
        let subject: Vec<String> = (0..d.blocks.len())
            .filter(|&i| d.blocks[i].kind == BlockKind::Metadata(MetaField::Subject))
            .map(|i| d.block_text(i).to_string())
            .collect();
        assert!(
            subject
                .iter()
                .any(|t| t.contains("2023-2030 (NPCE) incl. kabinetsreactie")),
            "{name}: {subject:?}"
        );
    }
}

/// From a PDF, type sets a heading apart where the text cannot: after a list
/// whose items end in ";" a short bold line is a heading, and an italic one
/// after a bold heading is the level under it.
#[test]
fn bold_and_italic_lines_from_a_pdf_are_headings_with_levels() {
    use brief::parse::{Emphasis, LayoutEvidence, parse_laid_out};
    let text = "Datum 3 februari 2023\nBetreft Voortgang\n\nGeachte voorzitter,\n\nWe doen drie dingen:\n- het eerste punt;\n- het tweede punt;\nVervolg van de aanpak\nHet kabinet werkt de punten uit in een plan dat volgt.\nEerste stap\nDe eerste stap is gezet en wordt nu uitgevoerd.\nDit is een vetgedrukte zin die de lezer wijst op iets.\nHoogachtend,\n\nDE MINISTER VAN DEFENSIE,\n\nK.H. Ollongren\n";
    let at = |s: &str| text.find(s).unwrap();
    let evidence = LayoutEvidence::new(vec![], vec![]).with_emphasis(vec![
        (at("Vervolg van"), Emphasis::Bold),
        (at("Eerste stap"), Emphasis::Italic),
        // Counter-example: an emphasised sentence is no heading.
        (at("Dit is een vetgedrukte"), Emphasis::Bold),
    ]);
    let plain = parse_laid_out(text, &LayoutEvidence::default());
    let laid_out = parse_laid_out(text, &evidence);
    let heads = |p: &brief::document::Parsed| -> Vec<(String, u8)> {
        p.sections
            .iter()
            .filter(|s| s.kind == SectionKind::Heading)
            .map(|s| (s.title.clone(), s.level))
            .collect()
    };
    assert!(
        !heads(&plain)
            .iter()
            .any(|(t, _)| t == "Vervolg van de aanpak"),
        "{:?}",
        heads(&plain)
    );
    assert_eq!(
        heads(&laid_out),
        vec![
            ("Vervolg van de aanpak".to_string(), 1),
            ("Eerste stap".to_string(), 2)
        ]
    );
}

/// From a PDF, a heading wrapped over two bold lines is one heading with the
/// two lines joined; two bold lines that make a sentence are not.
#[test]
fn a_bold_heading_wrapped_over_two_lines_is_joined() {
    use brief::parse::{Emphasis, LayoutEvidence, parse_laid_out};
    let text = "Datum 3 februari 2023\nBetreft Voortgang\n\nGeachte voorzitter,\n\nHet kabinet zet de volgende stappen in het programma.\nVervolg: van missies naar Kennis- en\nInnovatieagenda's en -Convenant\nDe missies worden uitgewerkt in de agenda's van de topsectoren.\nDit is een vetgedrukte zin over de aanpak die\nover twee regels doorloopt.\nDe tekst gaat daarna gewoon verder met de uitvoering.\nHoogachtend,\n\nDE MINISTER VAN DEFENSIE,\n\nK.H. Ollongren\n";
    let at = |s: &str| text.find(s).unwrap();
    let evidence = LayoutEvidence::new(vec![], vec![]).with_emphasis(vec![
        (at("Vervolg: van"), Emphasis::Bold),
        (at("Innovatieagenda's en"), Emphasis::Bold),
        (at("Dit is een vetgedrukte"), Emphasis::Bold),
        (at("over twee regels"), Emphasis::Bold),
    ]);
    let p = parse_laid_out(text, &evidence);
    let heads: Vec<&str> = p
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        heads,
        ["Vervolg: van missies naar Kennis- en Innovatieagenda's en -Convenant"]
    );
    assert!(
        p.clean
            .contains("Vervolg: van missies naar Kennis- en Innovatieagenda's en -Convenant\n")
    );
}

/// The sidebar repeated at a page's top in pdftotext's form, its labels
/// stacked above their values: "Datum" / the letter's date and "Onze
/// referentie" / the reference are folded with it, not read as a heading or
/// a paragraph. Counter-example: a date inside the text stays.
#[test]
fn stacked_sidebar_values_at_a_page_top_are_folded() {
    let text = "> Retouradres Postbus 20061 2500 EB Den Haag\n\nDe Voorzitter van de Tweede Kamer\n\
der Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\nMinisterie van Buitenlandse Zaken\n\n\
Onze referentie\nBZ2531874\n\nDatum\n12 november 2025\nBetreft\nUitbreidingspakket 2025\n\n\
Geachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over het uitbreidingspakket.\n\n\
1. Algemeen beeld\nHet kabinet blijft voorstander van een geloofwaardig beleid.\n\nPagina 1 van 2\n\x0c\
Directoraat-generaal Politieke Zaken\nDirectie Europese Integratie\n\nDatum\n12 november 2025\n\n\
Onze referentie\nBZ2531874\n\n2. Westelijke Balkan\nMontenegro sloot vier hoofdstukken; de Raad besluit op\n\
12 november 2025\nover de volgende stap.\n\nDe Minister van Buitenlandse Zaken,\n\nD.M. van Weel\n\nPagina 2 van 2\n";
    let d = brief::parse::document_from_bytes(
        "bz".into(),
        Origin::File("bz.txt".into()),
        text.as_bytes().to_vec(),
    )
    .unwrap();
    assert_eq!(d.kind, DocKind::Kamerbrief);
    assert_eq!(headings(&d), ["1. Algemeen beeld", "2. Westelijke Balkan"]);
    let body = reading(&d);
    assert!(!body.contains("BZ2531874"), "{body}");
    assert!(body.contains("besluit op 12 november 2025 over"), "{body}");
}

/// Plain `pdftotext` sets no blank line between paragraphs: a sub-heading
/// right under a heading ("Geannoteerde agenda" under a topic) is a heading
/// of its own, not the first words of the paragraph after it. Counter-example:
/// a full line under a heading runs on into the next line even when that one
/// starts with a capital (a name), and a short line after a sentence that
/// does not end stays in its paragraph.
#[test]
fn a_sub_heading_under_a_heading_without_blank_lines() {
    let t = "\
Datum 27 november 2026
Betreft Geannoteerde agenda Raad Buitenlandse Zaken
Geachte Voorzitter,
Hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken van 14
december 2026 en het verslag van de vorige Raad.
Russische agressie tegen Oekraïne
Geannoteerde agenda
De Raad zal spreken over de laatste ontwikkelingen in de oorlog en de sanctiedruk
op Rusland. De Hoge Vertegenwoordiger blikt terug op haar bezoek aan Kyiv.
Sudan
De Raad zal spreken over de humanitaire situatie in Sudan en over de inzet van de
Europese Unie op een staakt-het-vuren, waarover de Hoge Vertegenwoordiger Kaja
Kallas eerder berichtte. Het kabinet steunt haar inzet.
Tot slot
Het kabinet blijft de ontwikkelingen volgen en informeert uw Kamer over de
uitkomsten van de Raad
Buitenlandse Zaken in het verslag dat u na de Raad ontvangt.
Hoogachtend,
De Minister van Buitenlandse Zaken,
H.P.M. van Oudheusden
";
    let d = common::parse_named("own.txt", t.as_bytes().to_vec());
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let h = headings(&d);
    for want in [
        "Russische agressie tegen Oekraïne",
        "Geannoteerde agenda",
        "Sudan",
        "Tot slot",
    ] {
        assert!(h.iter().any(|x| x == want), "{want} not in {h:?}");
    }
    for not in [
        "Kallas eerder berichtte. Het kabinet steunt haar inzet.",
        "Buitenlandse Zaken in het verslag dat u na de Raad ontvangt.",
    ] {
        assert!(
            !h.iter().any(|x| x.starts_with(&not[..10])),
            "{not} in {h:?}"
        );
    }
    let text = reading(&d);
    assert!(
        text.contains("de uitkomsten van de Raad Buitenlandse Zaken in het verslag"),
        "{text}"
    );
    assert!(
        text.contains("de Hoge Vertegenwoordiger Kaja Kallas eerder"),
        "{text}"
    );
}

/// A sidebar line alone on the blank line between two paragraphs ends the
/// paragraph before it, as the PDF's own spacing does: in the interleaved
/// form of the IenW letter "We zetten met het NPCE" starts a paragraph after
/// "… een bijdrage te willen leveren." with the sidebar's five lines in the
/// gap. Counter-example: in the `-layout` form the sidebar's lines fall
/// between the body's one by one (their own line pitch), and "… in een visie
/// voor de" / sidebar / "lange termijn." stay one paragraph, as in the PDF.
/// The short line "lange termijn." ends its paragraph before "Het PBL stelt
/// voor" in every form (a line that short before a capital is a
/// paragraph's last, though no blank line follows).
#[test]
fn a_sidebar_line_in_the_gap_between_paragraphs_ends_the_first() {
    let pdf = {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/pdf/ienw-circulaire-economie-2023.pdf");
        let bytes = std::fs::read(&path).unwrap();
        brief::parse::document_from_bytes("ienw.pdf".into(), Origin::File(path), bytes).unwrap()
    };
    let interleaved = reading(&load("ienw-circulaire-economie-2023.interleaved.txt"));
    assert!(
        interleaved
            .contains("een bijdrage te willen leveren.\nWe zetten met het NPCE weer een stap"),
        "{interleaved}"
    );
    let layout = reading(&load("ienw-circulaire-economie-2023.layout.txt"));
    assert!(
        layout.contains("in een visie voor de lange termijn.\nHet PBL stelt voor"),
        "{layout}"
    );
    let text = reading(&pdf);
    assert!(
        text.contains("een bijdrage te willen leveren.\nWe zetten met het NPCE"),
        "{text}"
    );
    assert!(
        text.contains("in een visie voor de lange termijn.\nHet PBL stelt voor"),
        "{text}"
    );
    assert!(
        interleaved.contains("in een visie voor de lange termijn.\nHet PBL stelt voor"),
        "{interleaved}"
    );
}

/// In the `-layout` form the sidebar column stands beside the addressee, so
/// its lines alternate with the addressee's: the addressee reads as one
/// block and the column follows it, as in the other forms.
#[test]
fn an_addressee_beside_the_sidebar_column_is_one_block() {
    use brief::document::MetaField;
    let addressee = |d: &Document| -> Vec<String> {
        (0..d.blocks.len())
            .filter(|&i| d.blocks[i].kind == BlockKind::Metadata(MetaField::Addressee))
            .map(|i| d.block_text(i).to_string())
            .collect()
    };
    let ezk = load("ezk-herijkte-missies-2023.layout.txt");
    assert_eq!(
        addressee(&ezk),
        [
            "De Voorzitter van de Tweede Kamer der Staten-Generaal Prinses Irenestraat 6 2595 BD DEN HAAG"
        ]
    );
    let ienw = load("ienw-circulaire-economie-2023.layout.txt");
    assert_eq!(
        addressee(&ienw),
        ["De voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG"]
    );
    // A text of our own: a folded line of the body's own column (no sidebar
    // column beside it) between two addressee lines is left where it is.
    let own = "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\nDatum 3 maart 2026\nBetreft Een proef\n\nGeachte Voorzitter,\n\nIk schrijf u over een proef met een lange zin die doorloopt.\n\nHoogachtend,\n\nDe minister van Financiën,\n\nA. de Vries\n";
    let d = brief::parse::document_from_bytes(
        "own.txt".into(),
        Origin::File("own.txt".into()),
        own.as_bytes().to_vec(),
    )
    .unwrap();
    assert_eq!(
        addressee(&d),
        [
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG"
        ]
    );
}

/// Without blank lines (the interleaved form), a heading after a line that
/// ends in a footnote marker glued to its sentence is still a heading,
/// numbered or not; a line ending in a year is no finished sentence.
#[test]
fn a_heading_after_a_glued_footnote_marker() {
    let text = "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\nDatum 3 maart 2026\nBetreft Voortgang van het beleid\nGeachte Voorzitter,\nMet deze brief informeer ik uw Kamer over de voortgang van het beleid en\nde verdeling van de schaarse capaciteit op het net in de komende jaren.8\n1. De Europese regels\nDe Europese regels moeten het aandeel van de Unie vergroten tot twintig\nprocent. Het fonds verwacht in vijftien bedrijven te investeren.10\nTot slot\nDe sector staat er sterk voor en de regio werkt samen met het Rijk aan\nde plannen voor 2030\nTot slot van de reeks komt het laatste deel van de plannen aan bod in mei.\nHoogachtend,\nde minister van Economische Zaken,\nA. de Vries\n";
    let d = brief::parse::document_from_bytes(
        "own.txt".into(),
        Origin::File("own.txt".into()),
        text.as_bytes().to_vec(),
    )
    .unwrap();
    assert_eq!(headings(&d), ["1. De Europese regels", "Tot slot"]);
}

/// A numbered heading that ends a page's last paragraph with no blank line
/// above it, a blank line and the next page's sidebar under it, the text
/// going on after the sidebar ("Groep uitbreiden." / "4. Waterstof" / "" /
/// "Ons kenmerk" …, as plain `pdftotext` prints a KGG letter,
/// tests/fixtures/fresh30_kamerbrief_energie.txt). Counter-examples: a
/// numbered line after a sentence that goes on in lower case after the
/// blank line is no heading, nor a list's item after a lead-in.
#[test]
fn a_numbered_heading_before_a_page_sidebar() {
    let t = "\
> Retouradres Postbus 20401 2500 EK Den Haag
De Voorzitter van de Tweede Kamer
der Staten-Generaal
Datum 19 mei 2027
Betreft Voortgang van de dijkversterking
Geachte Voorzitter,
Met deze brief informeer ik u over de voortgang van de dijkversterking langs de
rivieren en de kust.
1. Rivierdijken
Langs de Lek zijn in 2026 twaalf kilometer dijk versterkt. De waterschappen
verwachten dat het tempo in 2027 hoger ligt dan in de jaren ervoor.
Het werk ligt op schema.
2. Kustdijken

Ons kenmerk
RWS-2027/118

Bij Petten en Callantsoog is de zandsuppletie afgerond. De kosten vielen lager uit
dan geraamd. De volgende stappen zijn
3. Planning

volgens de waterschappen haalbaar in het voorjaar.
Ik noem twee punten:
4. Financiering
5. Toezicht
Ik informeer u in het najaar opnieuw.
Hoogachtend,
De Minister van Infrastructuur en Waterstaat,
M. de Wit
";
    let d = common::parse_named("own.txt", t.as_bytes().to_vec());
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let h = headings(&d);
    for want in ["1. Rivierdijken", "2. Kustdijken"] {
        assert!(h.iter().any(|x| x == want), "{want} not in {h:?}");
    }
    for not in ["3. Planning", "4. Financiering", "5. Toezicht"] {
        assert!(!h.iter().any(|x| x == not), "{not} in {h:?}");
    }
    let text = reading(&d);
    assert!(!text.contains("schema. 2. Kustdijken"), "{text}");
    assert!(!text.contains("RWS-2027"), "{text}");

    let real = common::load_fixture("fresh30_kamerbrief_energie.txt");
    assert!(
        headings(&real).iter().any(|x| x == "4. Waterstof"),
        "{:?}",
        headings(&real)
    );
}

/// A page's short sidebar between the two halves of a court ruling's ECLI
/// ("… verklaard (ECLI:NL:RVS:" / "" / "Ons kenmerk" / … / "2027:1187).
/// De"): the paragraph runs on over the folded sidebar, and the code is
/// joined without a space. Counter-example in the unit tests of `reflow`:
/// a colon that opens a list ends its line.
#[test]
fn a_code_cut_by_a_page_sidebar_is_joined() {
    let d = common::load_fixture("fresh30_kamerbrief_energie.txt");
    let text = reading(&d);
    assert!(
        text.contains("grotendeels ongegrond heeft verklaard (ECLI:NL:RVS:2027:1187). De beroepen"),
        "{text}"
    );
}

/// Note numbers apart from their texts at a page's foot, as plain
/// `pdftotext` may print them: the numbers alone under the page's last
/// line, the texts one after another below ("1" / "2" / "" / "Kamerstuk …"
/// / "NZa, …"), or a number over two texts and the next number left at the
/// end ("3" / "" / "Nivel, …" / "NZa, …" / "4"); seen in
/// tests/fixtures/fresh33_kamerbrief_zorg.txt. The texts are shared out in
/// order and the page's last line stays in the paragraph it ends.
/// Counter-example: the texts printed before their numbers, the numbers
/// last ("Kamerstuk …" / "Kamerstuk …" / "1" / "2", as in the EZK letter)
/// take the lines above them.
#[test]
fn note_numbers_apart_from_their_texts() {
    let letter = |foot: &str| {
        format!(
            "\
> Retouradres Postbus 20350 2500 EJ Den Haag
De Voorzitter van de Tweede Kamer
der Staten-Generaal
Datum 17 juni 2027
Betreft Acute zorg in de regio
Geachte Voorzitter,
Met deze brief informeer ik uw Kamer over de acute zorg in de regio. De
spoedpost is sinds maart ’s nachts gesloten1 en de wachttijden zijn gestegen2, zodat
de huisartsen in de regio de zorg samen met het ziekenhuis
overnemen.
{foot}
Pagina 1 van 2

Het ziekenhuis en de verzekeraar werken samen aan een nieuwe regeling3 die de
zorg in de nacht regelt4. Ik informeer u in het najaar opnieuw.
3

Nivel, “Evaluatie acute zorg”, Utrecht, 19 mei 2027.
NZa, “Informatiekaart wachttijden”, 9 april 2027, https://puc.overheid.nl/nza/doc/
PUC_812377_22/
4

Pagina 2 van 2
Hoogachtend,
de minister van Volksgezondheid, Welzijn en Sport,
M.C. de Vries
"
        )
    };
    let notes = |d: &Document| -> Vec<(u32, String)> {
        d.footnotes
            .iter()
            .map(|n| (n.number, d.block_text(n.block).to_string()))
            .collect()
    };
    let d = common::parse_named(
        "own.txt",
        letter(
            "1\n2\n\nKamerstuk 31 765, nr. 918.\nNZa, “Zorg dichtbij”, Utrecht, 28 april 2027.\n",
        )
        .into_bytes(),
    );
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let got = notes(&d);
    let want = [
        (1, "Kamerstuk 31 765, nr. 918."),
        (2, "NZa, “Zorg dichtbij”, Utrecht, 28 april 2027."),
        (3, "Nivel, “Evaluatie acute zorg”, Utrecht, 19 mei 2027."),
        (
            4,
            "NZa, “Informatiekaart wachttijden”, 9 april 2027, https://puc.overheid.nl/nza/doc/PUC_812377_22/",
        ),
    ];
    assert_eq!(got.len(), 4, "{got:?}");
    for ((n, text), (wn, wtext)) in got.iter().zip(want) {
        assert_eq!(*n, wn);
        assert!(text.ends_with(wtext), "note {n}: {text:?}");
    }
    assert!(
        reading(&d).contains("ziekenhuis overnemen."),
        "{}",
        reading(&d)
    );

    // Counter-example: the texts first, the numbers after them.
    let d = common::parse_named(
        "own.txt",
        letter("Kamerstuk 31 765, nr. 918.\nNZa, “Zorg dichtbij”, Utrecht, 28 april 2027.\n1\n2\n")
            .into_bytes(),
    );
    let got = notes(&d);
    assert!(got[0].1.ends_with("Kamerstuk 31 765, nr. 918."), "{got:?}");
    assert!(got[1].1.ends_with("Utrecht, 28 april 2027."), "{got:?}");
    assert!(
        reading(&d).contains("ziekenhuis overnemen."),
        "{}",
        reading(&d)
    );
}

/// A numbered list under a lead-in, as pdftotext prints it with a hanging
/// indent: the first item after the colon and each item after a semicolon
/// open paragraphs of their own, and the paragraph after the list's last
/// item (a full stop, then a capital) is not the item's (seen in
/// tests/fixtures/fresh33_kamervragen_onderwijs.txt and the IenW letter's
/// "vier tussendoelen:"). Counter-example: a number that goes on a
/// sentence ("… in artikel" / "3. lid …" is no item: no colon or semicolon
/// before it).
#[test]
fn numbered_items_after_a_lead_in_are_paragraphs() {
    let t = "\
> Retouradres Postbus 16375 2500 BJ Den Haag
De Voorzitter van de Tweede Kamer
der Staten-Generaal
Datum 12 mei 2027
Betreft Lerarentekort in de regio
Geachte Voorzitter,
Met de schoolbesturen in de regio heb ik in maart overleg gevoerd over het tekort aan leraren. Daar is het volgende afgesproken:
1. de hogeschool start in september een deeltijdopleiding voor zij-instromers met
     120 plaatsen;
2. de gemeente geeft nieuwe leraren voorrang bij 150 middenhuurwoningen;
3. de besturen richten samen een invalpool in, naar het voorbeeld van
     Zwolle.
Uit het programma stel ik hiervoor 4,6 miljoen euro beschikbaar voor de jaren 2027 en
2028. Dat staat in de regeling, in artikel
3. lid 2, die ik in juni wijzig.
Hoogachtend,
de minister van Onderwijs, Cultuur en Wetenschap,
A.B. Jansen
";
    let d = common::parse_named("own.txt", t.as_bytes().to_vec());
    assert_eq!(d.kind, DocKind::Kamerbrief);
    let paras: Vec<&str> = (0..d.blocks.len())
        .filter(|&i| d.blocks[i].kind == BlockKind::Paragraph)
        .map(|i| d.block_text(i))
        .collect();
    let starts = |p: &&str, s: &str| p.starts_with(s);
    assert!(
        paras.iter().any(|p| p.ends_with("afgesproken:")),
        "{paras:?}"
    );
    for item in ["1. de hogeschool", "2. de gemeente", "3. de besturen"] {
        assert!(paras.iter().any(|p| starts(p, item)), "{item}: {paras:?}");
    }
    assert!(
        paras
            .iter()
            .any(|p| p.starts_with("Uit het programma") && p.contains("in artikel 3. lid 2")),
        "{paras:?}"
    );
}
