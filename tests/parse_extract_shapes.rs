//! The whole parser on texts written for these tests in the shapes PDF
//! extractors give real pages: a surname's hyphen at a line end before
//! particles, the Aanhangsel's page foot and masthead number in `pdftotext
//! -layout`, the interleaved form's footnotes followed by the sidebar's
//! address and the signature, and a footnote marker glued after a year at a
//! sentence end. Each with the counter-examples where nothing may change.

use brief::document::{BlockKind, DocKind, Document, FoldReason, MetaField, Origin};
use brief::outline::clean_text;

fn parse(text: &str) -> Document {
    brief::parse::document_from_bytes("t".into(), Origin::Stdin, text.as_bytes().to_vec()).unwrap()
}

/// The clean text of a document's footnote `n`.
fn note_text(d: &Document, n: u32) -> &str {
    let f = d
        .footnotes
        .iter()
        .find(|f| f.number == n)
        .unwrap_or_else(|| panic!("no footnote {n}"));
    let text = &d.clean[d.blocks[f.block].clean.clone()];
    text.strip_prefix(&format!("{n} ")).unwrap_or(text)
}

/// The kind of the block whose clean text contains `needle`.
fn kind_of(d: &Document, needle: &str) -> BlockKind {
    let at = d
        .clean
        .find(needle)
        .unwrap_or_else(|| panic!("clean text lacks {needle:?}"));
    d.blocks[d.block_at_clean(at)].kind
}

/// A Kamerbrief in the interleaved form (sidebar lines among the text, no
/// blank lines): page 1 ends with two notes and then the sidebar, whose
/// first line is a street the sidebar's shapes do not know; page 2 ends with
/// a note that wraps (a link) and then the signature.
const INTERLEAVED_LETTER: &str = "\
> Retouradres Postbus 20201 2500 EE Den Haag
De voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA Den Haag
Datum 12 maart 2027
Betreft Voortgang herstel toeslagen
Geachte voorzitter,
Met deze brief informeer ik uw Kamer over de voortgang van het herstel voor
ouders die gedupeerd zijn door de toeslagenaffaire. In de vorige brief1 heb ik
toegezegd uw Kamer elk half jaar te informeren. Dat doe ik hierbij. De nieuwe
regeling geldt per 1 januari 2028.6 Tot die datum blijft de oude regeling van
kracht, zoals in versie 2.6 van het handboek en artikel 3.6 van de regeling staat.
Samen met staatssecretaris J.C. Şahin-
van der Laan heeft het kabinet besloten de termijnen te verlengen. Het be-
leid voor de hersteloperatie wordt daarmee eenvoudiger. De uitvoering in Noord-
Holland begint als eerste, daarna volgt de Rijks-
overheid als geheel.
1 Kamerstuk 31 066, nr. 1400.
6 Staatsblad 2027, nr. 88, met de wijziging van de Uitvoeringsregeling
hersteloperatie toeslagen
Korte Voorhout 7
2511 CW Den Haag
Postbus 20201
2500 EE Den Haag
www.rijksoverheid.nl/fin
Ons kenmerk
2027-0000012345
Pagina 1 van 2
Directie Algemene Fiscale Politiek
Ons kenmerk
2027-0000012345
Ik zal uw Kamer voor de zomer opnieuw informeren over de voortgang.7
7 Zie de voortgangsrapportage op https://www.rijksoverheid.nl/onderwerpen/
toeslagen/documenten/rapporten/2027/03/12/voortgangsrapportage
J.C. ter Horst
Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst
Pagina 2 van 2
";

#[test]
fn a_surnames_hyphen_before_particles_is_kept() {
    let d = parse(INTERLEAVED_LETTER);
    assert_eq!(d.kind, DocKind::Kamerbrief);
    assert!(
        d.clean
            .contains("staatssecretaris J.C. Şahin-van der Laan heeft")
    );
    // Counter-examples: ordinary hyphenation joins, a compound place name
    // keeps its hyphen, a capitalised word before a word that is no
    // particle joins as before.
    assert!(d.clean.contains("Het beleid voor"));
    assert!(d.clean.contains("in Noord-Holland begint"));
    assert!(d.clean.contains("de Rijksoverheid als geheel"));
}

#[test]
fn interleaved_notes_end_at_the_sidebar_address_and_the_signature() {
    let d = parse(INTERLEAVED_LETTER);
    let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 6, 7]);
    // A note that wraps over two lines (prose, a link) stays one note.
    assert_eq!(
        note_text(&d, 6),
        "Staatsblad 2027, nr. 88, met de wijziging van de Uitvoeringsregeling hersteloperatie toeslagen"
    );
    assert_eq!(
        note_text(&d, 7),
        "Zie de voortgangsrapportage op https://www.rijksoverheid.nl/onderwerpen/toeslagen/documenten/rapporten/2027/03/12/voortgangsrapportage"
    );
    // The address is the sidebar's, the name and title the signature's.
    assert_eq!(
        kind_of(&d, "Korte Voorhout 7"),
        BlockKind::Folded(FoldReason::Sidebar)
    );
    assert_eq!(d.signatories.len(), 1);
    assert_eq!(d.signatories[0].name, "J.C. ter Horst");
    assert_eq!(
        d.signatories[0].role,
        "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst"
    );
    // The reference value under a label after a directorate's name is
    // folded with it, not glued to the text.
    assert!(d.clean.contains("\nIk zal uw Kamer voor de zomer"));
}

#[test]
fn a_marker_glued_after_a_year_at_a_sentence_end() {
    let d = parse(INTERLEAVED_LETTER);
    assert!(d.clean.contains("per 1 januari 2028.⁶ Tot die datum"));
    let six = d.footnotes.iter().find(|f| f.number == 6).unwrap();
    assert_eq!(six.marker.as_ref().map(|m| &d.clean[m.clone()]), Some("⁶"));
    // Counter-examples: a version and an article number stay as they are.
    assert!(
        d.clean
            .contains("in versie 2.6 van het handboek en artikel 3.6 van")
    );
    // Without a note 6 on the page, the year and the digit stay text.
    let without = INTERLEAVED_LETTER.replace(
        "6 Staatsblad 2027, nr. 88, met de wijziging van de Uitvoeringsregeling\nhersteloperatie toeslagen\n",
        "",
    );
    let d = parse(&without);
    assert!(d.footnotes.iter().all(|f| f.number != 6));
    assert!(d.clean.contains("per 1 januari 2028.6 Tot die datum"));
}

/// Kamervragen in `pdftotext -layout`: the masthead with the part number at
/// the right margin on a line of its own, the page foot with its page number
/// after it (page 1, with the printer's line) and before it (page 2, printed
/// at the left margin).
const LAYOUT_KAMERVRAGEN: &str = "\
Tweede Kamer der Staten-Generaal
                                                                                                                 2
Vergaderjaar 2026–2027   Aanhangsel van de Handelingen




                         Vragen gesteld door de leden der Kamer, met de daarop door de
                         regering gegeven antwoorden



                         612

                         Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Onderwijs,
                         Cultuur en Wetenschap over het lerarentekort (ingezonden 4 september 2026).
                         Antwoord van Minister De Vries (Onderwijs, Cultuur en Wetenschap)
                         (ontvangen 1 oktober 2026).

                         Vraag 1
                         Bent u bekend met het bericht over het lerarentekort in de Randstad?

                         Antwoord 1
                         Ja.

                         Vraag 2
                         Hoeveel voltijdbanen zijn er dit schooljaar niet vervuld?

                         Antwoord 2
                         Het tekort is dit schooljaar ruim 9.000 voltijdbanen, zie ook
                         Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel 498.




ah-tk-20262027-612
ISSN 0921 - 7398
’s-Gravenhage 2026       Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel                                                   1
\u{c}Vraag 3
Wat doet u om meer leraren op te leiden?

Antwoord 3
Het kabinet werft meer zij-instromers en verlengt de subsidieregeling.



2                                                  Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel
\u{c}Vraag 4
Wanneer informeert u de Kamer opnieuw?

Antwoord 4
Voor de zomer.
";

#[test]
fn layout_kamervragen_page_foot_and_masthead_number_are_no_text() {
    let d = parse(LAYOUT_KAMERVRAGEN);
    assert_eq!(d.kind, DocKind::Kamervragen);
    let text = clean_text(&d, false, None);
    // The page foot, with its page number after it or before it, is folded.
    for foot in [
        "Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel 1",
        "2 Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel",
    ] {
        assert_eq!(
            kind_of(&d, foot),
            BlockKind::Folded(FoldReason::PageFooter),
            "{foot}"
        );
    }
    assert!(!text.contains("Aanhangsel 1"), "{text}");
    assert!(!text.contains("2 Tweede Kamer"), "{text}");
    assert!(text.contains("\nVraag 4\n"));
    // The masthead's part number is a block of its own, not glued into it.
    let masthead: Vec<&str> = d
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Metadata(MetaField::Masthead))
        .map(|b| &d.clean[b.clean.clone()])
        .collect();
    assert_eq!(
        masthead[..3],
        [
            "Tweede Kamer der Staten-Generaal",
            "2",
            "Vergaderjaar 2026–2027 Aanhangsel van de Handelingen"
        ]
    );
    // Counter-example: an answer that names the Aanhangsel stays text.
    assert!(text.contains("zie ook Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel 498."));
}
