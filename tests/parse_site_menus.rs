//! News pages as an extractor gives them with the site around the article:
//! menus one item a line, breadcrumbs, share buttons, a section label above
//! the headline, a byline and a time stamp. The headline is the title; the
//! site's navigation is folded (never dropped) and no section; the byline
//! and the stamp are no subheadings. Texts of our own.

use brief::document::{BlockKind, Document, FoldReason, Origin};

fn parse(text: &str) -> Document {
    brief::parse::document_from_bytes(
        "pagina".into(),
        Origin::File("pagina.txt".into()),
        text.as_bytes().to_vec(),
    )
    .expect("the page opens")
}

const PAGE: &str = "Omroep Veluwe\nHome\nNieuws\nSport\nRegio\nWeer\nZoeken\n\nHome › Regio › Apeldoorn\n\nApeldoorn\n\nRaad van Apeldoorn stemt in met nieuw zwembad aan de Kanaalstraat\n\nDoor Inge Kamphuis en Bas Reinders\nVandaag, 14:32\n\nDeel\nMail\nKopieer link\n\nDe gemeenteraad van Apeldoorn heeft dinsdagavond ingestemd met de bouw van een nieuw zwembad. Het oude bad sluit in 2028.\n\nKosten lopen op\n\nDe bouw kost 24 miljoen euro, vier miljoen meer dan eerder geraamd. De oppositie vindt dat te veel.\n\nMeer over dit onderwerp\nApeldoorn\nZwembaden\nGemeenteraad\nSport\n";

#[test]
fn the_headline_after_the_sites_menus_is_the_title() {
    let d = parse(PAGE);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Raad van Apeldoorn stemt in met nieuw zwembad aan de Kanaalstraat")
    );
    let titles: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(titles.contains(&"Kosten lopen op"), "{titles:?}");
    for chrome in ["Home", "Nieuws", "Apeldoorn", "Deel", "Zwembaden"] {
        assert!(
            !titles.contains(&chrome),
            "{chrome} is a section: {titles:?}"
        );
    }
    assert!(
        !titles
            .iter()
            .any(|t| t.starts_with("Door ") || t.contains("14:32")),
        "{titles:?}"
    );
    // Folded, never dropped: the menu, the breadcrumb, the label, the share
    // buttons and the tag list are in the clean text as navigation.
    let navigation: Vec<&str> = d
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Folded(FoldReason::SiteNavigation))
        .map(|b| &d.clean[b.clean.clone()])
        .collect();
    for part in [
        "Omroep Veluwe Home Nieuws Sport Regio Weer Zoeken",
        "Home › Regio › Apeldoorn",
        "Apeldoorn",
        "Deel Mail Kopieer link",
        "Apeldoorn Zwembaden Gemeenteraad Sport",
    ] {
        assert!(
            navigation.contains(&part),
            "{part:?} not folded: {navigation:?}"
        );
    }
}

#[test]
fn a_page_without_menus_keeps_its_first_line_as_title() {
    // Counter-example: an article whose first line is its headline, with a
    // short list in its text that is no menu (three items, then a sentence).
    let d = parse(
        "Zwembad Apeldoorn duurder dan gedacht\n\nDe raad besprak drie opties:\nRenoveren\nNieuwbouw\nSluiten\n\nDe keuze valt in maart.\n\nReacties\n\nDe oppositie is kritisch.\n",
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Zwembad Apeldoorn duurder dan gedacht")
    );
    assert!(
        !d.blocks
            .iter()
            .any(|b| b.kind == BlockKind::Folded(FoldReason::SiteNavigation)),
        "{:?}",
        d.blocks
    );
}
