//! Web pages as extractors give them, on texts written for these tests: the
//! headline found among the page's widgets by the byline or time stamp under
//! it, and the site's cookie notice folded (never deleted). Each rule has
//! its counter-examples here.

use brief::document::{BlockKind, DocKind, Document, FoldReason, Origin};

fn parse(t: &str) -> Document {
    brief::parse::document_from_bytes(
        "x".into(),
        Origin::Bundled("x".into()),
        t.as_bytes().to_vec(),
    )
    .unwrap()
}

fn folded_cookie_lines(d: &Document) -> Vec<String> {
    (0..d.blocks.len())
        .filter(|&i| d.blocks[i].kind == BlockKind::Folded(FoldReason::CookieNotice))
        .map(|i| d.block_text(i).to_string())
        .collect()
}

/// A regional site: cookie notice, menus, weather and radio widgets, a
/// breadcrumb, a section label, then the headline, the lead, the reporters'
/// names without "Door" and the time stamp with a weekday.
const REGIONAL: &str = "\
Omroep Zuidwest gebruikt cookies
Wij en onze partners gebruiken cookies om de site te laten werken en advertenties te tonen.
Akkoord
Instellingen aanpassen

Omroep Zuidwest
Nieuws
Sport
Weer
Zoeken
Menu
5°C Regen · Goes
Nu op Radio Zuidwest: De Middag met Anke Verhulst
Home › Nieuws › Goes

Verkeer

Brug bij Wemeldinge maandenlang dicht na aanvaring door binnenvaartschip

De brug over het kanaal door Zuid-Beveland blijft tot de zomer dicht. Dat meldt Rijkswaterstaat.

Kees de Vries en Lotte Maas
dinsdag 8 december 2026 om 9.12 uur

Een binnenvaartschip voer maandagavond tegen de brug. De schade is groot, zegt een woordvoerder.

Omleiding
Verkeer moet omrijden via Kapelle.
";

#[test]
fn the_headline_stands_above_its_byline_and_stamp() {
    let d = parse(REGIONAL);
    assert_eq!(d.kind, DocKind::News, "a cookie notice is a web page's");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Brug bij Wemeldinge maandenlang dicht na aanvaring door binnenvaartschip")
    );
    // One folded block for the notice's lines, the menus after it apart.
    assert_eq!(
        folded_cookie_lines(&d),
        [
            "Omroep Zuidwest gebruikt cookies Wij en onze partners gebruiken cookies om de site te \
          laten werken en advertenties te tonen. Akkoord Instellingen aanpassen"
        ]
    );
    // The widgets above the headline are no sections.
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(
        !sections
            .iter()
            .any(|s| s.contains("5°C") || s.starts_with("Nu op")),
        "{sections:?}"
    );
    assert!(sections.contains(&"Omleiding"), "{sections:?}");
    // Folded, not deleted: the notice is in the clean text.
    assert!(d.clean.starts_with("Omroep Zuidwest gebruikt cookies"));
}

/// Counter-example: a headline with a subtitle under it, then the stamp —
/// the headline, not the subtitle, is the title.
#[test]
fn a_subtitle_between_headline_and_stamp_is_no_title() {
    let d = parse(
        "\
Nieuws
Economie
Sport
Zoeken

Luchthaven Maastricht krijgt vier nieuwe bestemmingen

Vanaf april vliegt een Spaanse maatschappij drie keer per week; de provincie betaalt mee

12 december 2026 · 08:15

Vanaf april vertrekken er vluchten naar Málaga en Alicante.

Het gaat om een proef van twee jaar.
",
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Luchthaven Maastricht krijgt vier nieuwe bestemmingen")
    );
}

/// Counter-example: a site's tagline above its menus, and a prices
/// widget's time stamp under them: no headline (menus stand between).
#[test]
fn a_tagline_above_the_menus_is_no_headline() {
    let d = parse(
        "\
Boerenblad
Vakinformatie voor de melkveehouder
Nieuws
Melkvee
Akkerbouw
Markt
Marktprijzen · vr 4 december 2026, 08:15
Melkprijs € 51,75 per 100 kg

Melkprijs zakt voor de tweede maand op rij

De garantieprijs daalt in december met een halve euro. Lees ook: de prognose.

Boeren reageren teleurgesteld op de daling.
",
    );
    assert_ne!(
        d.meta.title.as_deref(),
        Some("Vakinformatie voor de melkveehouder")
    );
}

/// Counter-example: an article about cookies keeps its text, and a page
/// without any cookie notice or news sign stays plain text.
#[test]
fn an_article_about_cookies_is_no_notice() {
    let d = parse(
        "\
Toezichthouder beboet sites om cookies

De Autoriteit Persoonsgegevens beboet drie sites die cookies plaatsen zonder toestemming.
De boetes lopen op tot een ton.

Akkoord
",
    );
    assert!(folded_cookie_lines(&d).is_empty());
    assert_eq!(d.kind, DocKind::Text);
}

/// A weather widget right above the headline and the stamp right under it:
/// the widget (parts parted by "·") is no headline, nor a subtitle's.
#[test]
fn a_widget_above_the_headline_is_no_title() {
    let d = parse(
        "\
Nieuws
Sport
Regio
Zoeken
4°C Motregen · Almelo
Home › Regio › Almelo
Rechtbank legt garagehouder uit Almelo taakstraf op na brand in werkplaats
Vrijdag 27 november 2026, 16:20
Door Ilse ter Horst
ALMELO - De rechtbank heeft een garagehouder veroordeeld. Lees ook: de brand.
Hij moet ook de schade betalen.
",
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Rechtbank legt garagehouder uit Almelo taakstraf op na brand in werkplaats")
    );
}

/// A trade journal's page with no "Lees ook" and no agency: its stamp under
/// the headline (publication, then an update) makes it a web page, dated
/// by the publication, not the update.
const JOURNAL: &str = "Inloggen  |  Abonneren  |  Nieuwsbrief
WATERBODE
Vakblad voor het waterbeheer

Nieuws
Dijken
Zoetwater
Opinie

Bemalingsbedrijf Van Dalen neemt drie gemalen over van waterschap

Door Ilse Verbeek
Bijgewerkt op 12 maart 2027 · 16:10
Gepubliceerd op 11 maart 2027 · 09:30
Leestijd 3 minuten

Het waterschap verkoopt op 1 april 2027 drie gemalen in de Alblasserwaard aan Van Dalen.

Het bedrijf betaalt 4 miljoen euro.
";

#[test]
fn a_page_is_dated_by_the_stamp_under_its_headline() {
    let d = parse(JOURNAL);
    assert_eq!(
        d.kind,
        DocKind::News,
        "a stamp with its time is a web page's"
    );
    assert_eq!(
        d.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2027-03-11")
    );
    // Counter-examples: the date in the lede is no stamp, and without the
    // stamps the page has no date; a memo's "Datum: …, 14:00" does not make
    // it a web page.
    let unstamped: String = JOURNAL
        .lines()
        .filter(|l| !l.contains(" · "))
        .map(|l| format!("{l}\n"))
        .collect();
    let d = parse(&unstamped);
    assert_eq!(d.meta.date, None);
    let memo = "Verslag overleg dijkversterking\n\nDatum: 11 maart 2027, 14:00\nAanwezig: \
                waterschap, provincie\n\nHet overleg begon om 14:00 uur.\n";
    assert_eq!(parse(memo).kind, DocKind::Text);
}

/// A page's fact box, credits, a table's rows and a comment's author line
/// are no sections; a subheading with a colon standing alone, or with two
/// numbers, still is.
const FACTS: &str = "De Veerbode
Home
Nieuws
Sport
Cultuur

Pont tussen Urk en Enkhuizen stopt na dertig jaar

Door Jolanda Kramer
3 februari 2026, 14:12
Tekst: Jolanda Kramer | Foto's: Albert Hoekstra

URK - De zomerse veerdienst tussen Urk en Enkhuizen stopt na dit seizoen.

Reactie wethouder: geen extra geld

De wethouder wil geen geld bijleggen. Hij zoekt een andere rederij.

FEITEN VEERPONT
Start: 1998
Schip: MS Zuiderzee
Passagiers 2025: 31.000

De rederij zoekt nog een koper voor het schip.

Foto's: Albert Hoekstra

Het schip ligt nu in de haven van Enkhuizen.

STAND
#\tClub\tG\tW\tV\tPnt
1\tUrk/Visserij\t9\t8\t1\t16
2\tEnkhuizen\t9\t5\t4\t10

Top 10 van 2026 en 2027

De lijst van dit jaar volgt in januari.

Reacties (1)
Gerrit Pasterkamp, Urk
3 februari 2026 om 15:02
Heel jammer voor het dorp.

Plaats een reactie
";

#[test]
fn a_fact_box_and_credits_are_no_sections() {
    let d = parse(FACTS);
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    for yes in [
        "Reactie wethouder: geen extra geld",
        "Top 10 van 2026 en 2027",
    ] {
        assert!(sections.contains(&yes), "{yes}: {sections:?}");
    }
    for not in [
        "Start: 1998",
        "Schip: MS Zuiderzee",
        "Passagiers 2025: 31.000",
        "Tekst: Jolanda Kramer | Foto's: Albert Hoekstra",
        "Gerrit Pasterkamp, Urk",
        "Foto's: Albert Hoekstra",
        "1 Urk/Visserij 9 8 1 16",
    ] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
}

/// A municipality's press release: skip links, a menu of topics, a
/// breadcrumb, the headline and the site's "Nieuwsbericht | date" stamp.
const PRESS_RELEASE: &str = "Ga direct naar de inhoud
Ga naar het zoeken
Gemeente Veenhoven
Menu
Zoeken

Home > Nieuws > Persberichten

Raad stemt in met nieuwe brug over het Stadskanaal

Nieuwsbericht | 21-09-2026

De gemeenteraad van Veenhoven heeft dinsdag ingestemd met een nieuwe fietsbrug.

Wat gaat er gebeuren?

De bouw begint in 2027 en kost 3,4 miljoen euro.

Was deze informatie nuttig?
Ja
Nee

Deel dit bericht
";

#[test]
fn a_press_release_is_dated_and_its_skip_links_fold() {
    let d = parse(PRESS_RELEASE);
    assert_eq!(d.kind, DocKind::News, "a site's item label beside its date");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Raad stemt in met nieuwe brug over het Stadskanaal")
    );
    assert_eq!(
        d.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-09-21")
    );
    let folded: Vec<&str> = (0..d.blocks.len())
        .filter(|&i| matches!(d.blocks[i].kind, BlockKind::Folded(_)))
        .map(|i| d.block_text(i))
        .collect();
    assert!(folded.contains(&"Ga direct naar de inhoud"), "{folded:?}");
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(sections.contains(&"Wat gaat er gebeuren?"), "{sections:?}");
    for not in ["Nieuwsbericht | 21-09-2026", "Ja", "Nee"] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
    assert!(
        !folded.contains(&"Nieuwsbericht | 21-09-2026"),
        "{folded:?}"
    );
    // Counter-example: without the item's label the date alone is no web
    // page's stamp, and a link to somewhere else is no skip link.
    let plain = PRESS_RELEASE
        .replace("Nieuwsbericht | ", "")
        .replace("Ga naar het zoeken", "Ga naar de website van de provincie");
    let d = parse(&plain);
    assert_eq!(d.kind, DocKind::Text);
    let kept = (0..d.blocks.len()).any(|i| {
        d.block_text(i) == "Ga naar de website van de provincie"
            && !matches!(d.blocks[i].kind, BlockKind::Folded(_))
    });
    assert!(kept);
}

/// A sports page: a score ticker whose last match shows its starting time
/// above the menus, the headline above the byline with its date, a credit
/// line between; the reading time and a table's rows are no sections.
const MATCH_REPORT: &str = "Wij gebruiken cookies
Deze site gebruikt cookies voor statistieken en advertenties.
Alles accepteren

LIVE | Hoofdklasse dames
Laren 2 – 1 Hurley | Einde
Tilburg – Oranje-Rood | 15:30

SPORTPLEIN
Heren
Dames
Jeugd

Hoofdklasse dames / Verslag

Laren wint nipt van Hurley na late strafcorner

Foto: Sanne Dekker
Door Ruben Mol – zondag 11 oktober 2026, 17:48 – 4 min leestijd

Laren heeft zondag met 2-1 van Hurley gewonnen.

Stand
1 | Laren | 6 | 15
2 | Hurley | 6 | 12

De volgende ronde is over twee weken.
";

#[test]
fn a_score_ticker_is_no_headline_and_a_reading_time_no_section() {
    let d = parse(MATCH_REPORT);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Laren wint nipt van Hurley na late strafcorner")
    );
    assert_eq!(
        d.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-10-11")
    );
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    for not in ["1 | Laren | 6 | 15", "Tilburg – Oranje-Rood | 15:30"] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
    // Counter-example: with no byline or dated stamp the time in the
    // ticker is still all the page has, and the headline is still found
    // after the menus.
    let undated = MATCH_REPORT.replace(" – zondag 11 oktober 2026, 17:48 – 4 min leestijd", "");
    let d = parse(&undated);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Laren wint nipt van Hurley na late strafcorner")
    );
}

/// A university paper: a label with a sign ("NIEUWS · BESTUUR"), the
/// headline, the lead, credits, then the stamp and the reading time.
#[test]
fn credits_between_headline_and_stamp_keep_the_headline() {
    let d = parse(
        "English version
Nieuwsbrief

DE TOREN
Onafhankelijk nieuws over de universiteit

Nieuws
Wetenschap
Opinie

NIEUWS · BESTUUR

Faculteit schrapt drie masters na bezuiniging

De faculteit stopt met drie Engelstalige masters. Studenten zijn boos.

Tekst: Femke Jacobs
Foto: Ruud Hendriks
Gepubliceerd op 9 oktober 2026 · Bijgewerkt 10 oktober 2026
Leestijd: 6 minuten

Het college van bestuur maakte het besluit woensdag bekend.

Geld en kamers

De faculteit loopt 4 miljoen euro mis.
",
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Faculteit schrapt drie masters na bezuiniging")
    );
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(sections.contains(&"Geld en kamers"), "{sections:?}");
    for not in [
        "Leestijd: 6 minuten",
        "NIEUWS · BESTUUR",
        "Tekst: Femke Jacobs",
    ] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
}

/// A football site's report: a menu that goes on in items of two words
/// and a search glyph, a match box at the top (the score, the ground, the
/// goals by minute, the cards under their labels), the article with a
/// fact box of its own, then tags, a share row and comments.
const MATCH_BOX: &str = "\
VOETBALPLEIN
Eredivisie
Keuken Kampioen
Europa
Uitslagen & standen
Video
🔍
Inloggen

Eredivisie / Verslag

Heracles wint Twentse derby in slotfase

Door Anouk Terpstra – zaterdag 17 oktober 2026, 21:05

Heracles Almelo 2 – 1 FC Twente
Erve Asito, Almelo | 12.000 toeschouwers
Scheidsrechter: Jochem Kamphuis

Doelpunten
12' 0-1 Mats Oudhuis
55' 1-1 Youri Baas
89' 2-1 Lars Veldwijk

Kaarten
Geel: Ruben Stam (Heracles), Kees Mulder (FC Twente)

ALMELO – Heracles Almelo heeft zaterdagavond de Twentse derby gewonnen. In een kolkend Erve Asito maakte invaller Lars Veldwijk een minuut voor tijd het winnende doelpunt, nadat FC Twente lang de betere ploeg was geweest.

Twente begon sterk en kwam na twaalf minuten op voorsprong via een kopbal van Mats Oudhuis. Heracles kwam pas na rust in het spel, toen trainer Jeroen Dijk twee aanvallers bracht.

Heracles in cijfers
Thuiszeges: 5
Doelsaldo: +7

De ploeg van Dijk staat nu derde, twee punten achter koploper PSV, en speelt volgende week in Eindhoven tegen de koploper.

Tags: Eredivisie, Heracles Almelo, FC Twente, Lars Veldwijk

Delen: Facebook · X · WhatsApp · Link kopiëren

Reacties (3)
Tukker_74 · 2 uur geleden
Eindelijk weer eens een derby gewonnen.
";

#[test]
fn a_match_box_its_tags_and_its_share_row_are_no_sections() {
    let d = parse(MATCH_BOX);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Heracles wint Twentse derby in slotfase")
    );
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    for not in [
        "Heracles Almelo 2 – 1 FC Twente",
        "Erve Asito, Almelo | 12.000 toeschouwers",
        "Scheidsrechter: Jochem Kamphuis",
        "Doelpunten",
        "12' 0-1 Mats Oudhuis",
        "Kaarten",
        "Thuiszeges: 5",
        "Tags: Eredivisie, Heracles Almelo, FC Twente, Lars Veldwijk",
        "Delen: Facebook · X · WhatsApp · Link kopiëren",
        "Tukker_74 · 2 uur geleden",
    ] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
    // Counter-example: a fact box's label inside the article heads its
    // section; the article's own subheading too.
    assert!(sections.contains(&"Heracles in cijfers"), "{sections:?}");
    assert!(sections.contains(&"Reacties (3)"), "{sections:?}");
    // The menu folds whole, its two-word item and glyph with it; the share
    // row folds as navigation, the tags as the page's topics (their words
    // stay in the clean text).
    let folded: Vec<&str> = (0..d.blocks.len())
        .filter(|&i| d.blocks[i].kind == BlockKind::Folded(FoldReason::SiteNavigation))
        .map(|i| d.block_text(i))
        .collect();
    assert!(
        folded.iter().any(|f| f.contains("Uitslagen & standen")
            && f.contains("🔍")
            && f.contains("Inloggen")),
        "{folded:?}"
    );
    let tags: Vec<&str> = (0..d.blocks.len())
        .filter(|&i| d.blocks[i].kind == BlockKind::Folded(FoldReason::TopicTags))
        .map(|i| d.block_text(i))
        .collect();
    assert_eq!(
        tags,
        ["Tags: Eredivisie, Heracles Almelo, FC Twente, Lars Veldwijk"]
    );
    assert!(
        folded.iter().any(|f| f.starts_with("Delen: Facebook")),
        "{folded:?}"
    );
    assert!(d.clean.contains("Lars Veldwijk"));
}

/// A review site's page: a skip link and a menu glyph, a masthead, a
/// label, a headline that opens with a quoted title, stars, a lead, a
/// lowercase byline over a weekday date, the review's facts ("Gezien: …"),
/// the text, a key figures table with tabs and a fund's price row.
const REVIEW: &str = "\
Skip to content
☰ Menu
PODIUMLICHT
kritiek op theater en film

RECENSIE THEATER

'De Zoutkeet': een familie zwijgt zich kapot

★★★★☆

Het Noord Nederlands Toneel brengt de eerste tekst van Wieke Algra. Alleen het slot is te netjes.

door Floor Mulder-Kazemi
zaterdag 7 november 2026

Gezien: 5 november 2026, Stadsschouwburg, Groningen (première)

Een zolder vol zakken zout en een moeder die al veertig jaar niet buiten komt. Meer heeft Algra niet nodig om een hele familiegeschiedenis open te breken, en regisseur Casper Vonk laat de stiltes lang duren.

Het decor
De vloer loopt schuin af en het zout sijpelt de hele voorstelling lang van het plafond. Het is een beeld dat je niet snel vergeet, zeker niet in de tweede helft.

De tournee in cijfers
Voorstellingen\t42\t+8%
Bezoekers\t18.000\t+11%
Cultuurfonds Noord (CFN) € 36,95 +21,3%
";

#[test]
fn a_review_with_a_lowercase_byline_is_news_with_its_headline() {
    let d = parse(REVIEW);
    assert_eq!(d.kind, DocKind::News);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("'De Zoutkeet': een familie zwijgt zich kapot")
    );
    assert_eq!(
        d.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-07")
    );
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    for not in [
        "Gezien: 5 november 2026, Stadsschouwburg, Groningen (première)",
        "Voorstellingen\t42\t+8%",
        "Cultuurfonds Noord (CFN) € 36,95 +21,3%",
    ] {
        assert!(!sections.contains(&not), "{not}: {sections:?}");
    }
    // Counter-examples: the review's subheading and the table's label
    // inside the text stay sections.
    for yes in ["Het decor", "De tournee in cijfers"] {
        assert!(sections.contains(&yes), "{yes}: {sections:?}");
    }
}

/// A live blog with its date only in the masthead above the headline, and
/// entries of a time and a heading.
const LIVE_BLOG: &str = "\
DE AVONDPOST
woensdag 16 september 2026

Voorpagina | Binnenland | Politiek | Buitenland | Economie

Liveblog Algemene Beschouwingen: premier verdedigt bezuiniging

Door onze politieke redactie
Laatste update: 22:51

22:51
Vergadering geschorst
De Kamervoorzitter heeft de vergadering rond 22.50 uur geschorst tot donderdagochtend, als de premier antwoordt.

17:48
Peiling: meerderheid steunt huurtoeslag
Uit een nieuwe peiling blijkt dat een meerderheid van de kiezers de huurtoeslag boven de bezuiniging verkiest.

Lees ook: Wat staat er in de Miljoenennota?
";

#[test]
fn a_live_blog_is_dated_by_its_masthead() {
    let d = parse(LIVE_BLOG);
    assert_eq!(
        d.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-09-16")
    );
    let sections: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    // Counter-example: an entry's heading under its time, a key and a
    // value in shape, is a section.
    assert!(
        sections.contains(&"Peiling: meerderheid steunt huurtoeslag"),
        "{sections:?}"
    );
    // Counter-example: a dated teaser above the headline dates nothing.
    let teaser = LIVE_BLOG.replace(
        "woensdag 16 september 2026",
        "22-09-2026 | Kabinet valt over asiel",
    );
    assert_eq!(parse(&teaser).meta.date, None);
}
