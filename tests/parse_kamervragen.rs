//! Kamervragen through the whole parser: the real Aanhangsel texts in
//! tests/fixtures/corpus/ (pdftotext and layout forms), a ministry's numbered
//! questions written for this test, and letters that only mention "Vraag 1".

use brief::document::{BlockKind, DocKind, Document, FoldReason, Origin, SectionKind};
use brief::outline::clean_text;

fn load(path: &str) -> Document {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    brief::parse::document_from_bytes(path.into(), Origin::File(full.into()), bytes).unwrap()
}

fn parse(text: &str) -> Document {
    brief::parse::document_from_bytes("t".into(), Origin::Stdin, text.as_bytes().to_vec()).unwrap()
}

/// (title, level) of every heading section, in order.
fn headings(d: &Document) -> Vec<(String, u8)> {
    d.sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| (s.title.clone(), s.level))
        .collect()
}

#[test]
fn aanhangsel_questions_answers_and_levels_in_both_text_forms() {
    for form in ["pdftotext", "layout"] {
        let d = load(&format!("corpus/ah-bz-ceder-dobbe-jemen-2024.{form}.txt"));
        assert_eq!(d.kind, DocKind::Kamervragen, "{form}");
        let h = headings(&d);
        assert_eq!(h.len(), 18, "{form}: {h:?}");
        for (k, (title, level)) in h.iter().enumerate() {
            let n = k / 2 + 1;
            if k % 2 == 0 {
                assert!(title.starts_with(&format!("Vraag {n}: ")), "{title}");
                assert_eq!(*level, 1);
            } else {
                assert_eq!(title, &format!("Antwoord {n}"));
                assert_eq!(*level, 2);
            }
        }
        assert_eq!(h[4].0, "Vraag 3: Bent u bekend met de grote zorgen die…");
        // Every answer is a child of its question.
        let q3 = d
            .sections
            .iter()
            .position(|s| s.title.starts_with("Vraag 3"))
            .unwrap();
        assert_eq!(d.sections[d.sections[q3].children[0]].title, "Antwoord 3");
    }
}

#[test]
fn aanhangsel_metadata() {
    let d = load("corpus/ah-bz-ceder-dobbe-jemen-2024.pdftotext.txt");
    assert_eq!(d.meta.date.unwrap().to_string(), "2024-06-28");
    // Titled as the parliament names questions, the subject kept apart.
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Vragen van Ceder en Dobbe over ontwikkelingen in Jemen")
    );
    assert_eq!(d.meta.subject.as_deref(), Some("ontwikkelingen in Jemen"));
    let kv = d.meta.kamervragen.as_ref().unwrap();
    assert_eq!(kv.number.as_deref(), Some("2129"));
    assert_eq!(kv.vergaderjaar.as_deref(), Some("2023–2024"));
    assert_eq!(kv.document_id.as_deref(), Some("ah-tk-20232024-2129"));
    let names: Vec<&str> = kv.questioners.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["Ceder", "Dobbe"]);
    assert_eq!(kv.date_submitted.unwrap().to_string(), "2024-06-05");
    assert_eq!(kv.answered_by.len(), 2);
    assert_eq!(kv.answered_by[1].name, "Schreinemacher");
}

#[test]
fn aanhangsel_furniture_is_folded_and_paragraphs_run_across_pages() {
    for form in ["pdftotext", "layout"] {
        let d = load(&format!("corpus/ah-bz-ceder-dobbe-jemen-2024.{form}.txt"));
        let clean = clean_text(&d, false, None);
        for furniture in [
            "vergaderjaar 2023–2024, Aanhangsel",
            "ISSN",
            "ah-tk-",
            "’s-Gravenhage 2024",
        ] {
            assert!(
                !clean.contains(furniture),
                "{form}: {furniture} in the text"
            );
        }
        assert!(
            d.blocks
                .iter()
                .any(|b| b.kind == BlockKind::Folded(FoldReason::PageFooter)),
            "{form}: furniture is folded, not dropped"
        );
        // Page 1 ends "… overwogen. De", page 2 goes on "bijdrage van ECHO".
        assert!(clean.contains("overwogen. De bijdrage van ECHO"), "{form}");
        assert_eq!(d.pages.len(), 3, "{form}");
    }
}

#[test]
fn aanhangsel_footnotes_with_detached_numbers_and_markers() {
    // pdftotext puts note numbers on their own lines, some after their text.
    let d = load("corpus/ah-vws-westerveld-jongeren-2024.pdftotext.txt");
    assert_eq!(d.footnotes.len(), 17);
    let text = |n: usize| d.block_text(d.footnotes[n - 1].block).to_string();
    assert!(
        text(2).starts_with("2 Zie de website www.firsteetkit.nl"),
        "{}",
        text(2)
    );
    assert!(text(3).starts_with("3 Zie www.zorgkaart"), "{}", text(3));
    assert!(text(4).starts_with("4 Kamerstukken II, 2023/2024, 31 839, nr. 1024"));
    assert!(text(14).ends_with("mid-term-review-iza"), "{}", text(14));
    assert!(text(15).starts_with("15 Het werkplan van K-EET"));
    assert!(d.footnotes.iter().all(|f| f.marker.is_some()));
    // The marker after a question mark: "«code zwart» is?¹".
    assert!(d.clean.contains("«code zwart» is?¹"));
    // Numbered headings inside answer 6 are level 3.
    let h = headings(&d);
    assert!(h.contains(&(
        "2. Specifieke adviezen van de Gezondheidsraad t.a.v. comorbiditeit".into(),
        3
    )));
    assert_eq!(h.iter().filter(|x| x.1 == 3).count(), 3);
}

const NUMBERED: &str = "Antwoorden van de Minister van Justitie en Veiligheid op vragen van het lid Jansen (PVV) aan de Minister van Justitie en Veiligheid over fietsendiefstal (ingezonden 3 maart 2024).

1
Bent u bekend met het bericht «Fietsendiefstal neemt toe»?1

Antwoord
Ja.

2
Hoeveel fietsen zijn vorig jaar gestolen?

Antwoord
Dat is niet bekend, om drie redenen:
1. De politie registreert het merk niet.
2. Veel diefstallen worden niet gemeld.
3. Gemeenten tellen verschillend.

3
Bent u bereid hier iets aan te doen?

Antwoord
Ja, ik stuur de Kamer voor de zomer een brief.

1 NOS, 2 maart 2024.
";

#[test]
fn ministry_numbered_questions_with_bare_antwoord() {
    let d = parse(NUMBERED);
    assert_eq!(d.kind, DocKind::Kamervragen);
    let h = headings(&d);
    let titles: Vec<&str> = h.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Vraag 1: Bent u bekend met het bericht «Fietsendiefstal neemt…",
            "Antwoord 1",
            "Vraag 2: Hoeveel fietsen zijn vorig jaar gestolen?",
            "Antwoord 2",
            "Vraag 3: Bent u bereid hier iets aan te doen?",
            "Antwoord 3",
        ]
    );
    // The list inside answer 2 stays text of that answer.
    assert!(d.clean.contains("2. Veel diefstallen worden niet gemeld."));
    let kv = d.meta.kamervragen.as_ref().unwrap();
    assert_eq!(kv.questioners[0].name, "Jansen");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Vragen van Jansen over fietsendiefstal")
    );
    assert_eq!(d.footnotes.len(), 1);
    assert!(d.footnotes[0].marker.is_some());
}

#[test]
fn a_letter_that_mentions_vraag_1_stays_a_kamerbrief() {
    let letter = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 februari 2024\n\nGeachte voorzitter,\n\nIn mijn brief over de motie ging ik in op\nVraag 1 van het lid Jansen. Het antwoord daarop volgt.\nAntwoord 1 staat in de bijlage.\n\nDe Minister van Justitie en Veiligheid,\n\nJ. Jansen\n";
    assert_eq!(parse(letter).kind, DocKind::Kamerbrief);
    // One question quoted with its answer, as headings, is still a letter.
    let quoted = letter.replace(
        "In mijn brief",
        "Vraag 1\nIs de motie uitgevoerd?\n\nAntwoord 1\nJa.\n\nIn mijn brief",
    );
    assert_eq!(parse(&quoted).kind, DocKind::Kamerbrief);
}

#[test]
fn a_numbered_list_without_antwoord_is_no_kamervragen() {
    let t = "Het kabinet neemt drie maatregelen.\n\n1. Meer handhaving.\n\n2. Meer geld.\n\n3. Betere voorlichting.\n";
    assert_ne!(parse(t).kind, DocKind::Kamervragen);
}

#[test]
fn control_characters_in_the_head_do_not_reach_the_metadata() {
    let t = "Vragen van het lid Jans\u{1b}[31men (PVV) aan de Minister van Financi\u{7}en over geld (ingezonden 3 maart 2024).\n\nVraag 1\nWaarom?\n\nAntwoord 1\nDaarom.\n";
    let d = parse(t);
    assert_eq!(d.kind, DocKind::Kamervragen);
    let kv = d.meta.kamervragen.as_ref().unwrap();
    let all = format!("{kv:?}");
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    assert!(kv.questioners[0].name.contains('␛'));
}

/// The masthead keeps the blocks the page sets apart: the Aanhangsel's
/// number is not glued to "… gegeven antwoorden".
#[test]
fn the_masthead_keeps_its_parts_apart() {
    use brief::document::MetaField;
    for form in ["pdftotext", "layout"] {
        let d = load(&format!("corpus/ah-bz-ceder-dobbe-jemen-2024.{form}.txt"));
        let masthead: Vec<String> = (0..d.blocks.len())
            .filter(|&i| d.blocks[i].kind == BlockKind::Metadata(MetaField::Masthead))
            .map(|i| d.block_text(i).to_string())
            .collect();
        assert!(masthead.len() >= 3, "{form}: {masthead:?}");
        assert!(masthead.iter().any(|t| t == "2129"), "{form}: {masthead:?}");
    }
}
