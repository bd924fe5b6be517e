//! What the parser makes of the five bundled seed documents: the Kamerbrief
//! (004) and the four scraped news articles (000-003).

use brief::corpus::Corpus;
use brief::document::{BlockKind, DocDate, DocKind, Document, FoldReason, MetaField, SectionKind};
use common::{block_with, clean_of, raw_of};
use std::ops::Range;

mod common;

fn corpus() -> Corpus {
    Corpus::bundled()
}

fn doc<'c>(c: &'c Corpus, prefix: &str) -> &'c Document {
    c.documents()
        .find(|d| d.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no bundled document {prefix}"))
}

fn raw_str(d: &Document, r: Range<usize>) -> &str {
    std::str::from_utf8(&d.bytes()[r]).expect("utf-8 seed")
}

#[test]
fn kinds_are_detected() {
    let c = corpus();
    assert_eq!(c.entries.len(), 5, "five bundled seeds");
    assert_eq!(doc(&c, "004").kind, DocKind::Kamerbrief);
    for id in ["000", "001", "002", "003"] {
        assert_eq!(doc(&c, id).kind, DocKind::News, "{id}");
    }
}

#[test]
fn kamerbrief_header_and_introduction() {
    let c = corpus();
    let d = doc(&c, "004");
    // No subject line: the title says who wrote it and when.
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022")
    );
    // The status bar's form: cut at a word, with an ellipsis.
    assert_eq!(d.short_title(32), "Kamerbrief van de Ministers van…");
    assert_eq!(d.short_title(200), d.display_title());
    assert_eq!(
        d.meta.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(d.meta.place.as_deref(), Some("Den Haag"));
    assert_eq!(
        d.meta.date,
        Some(DocDate {
            year: 2022,
            month: Some(2),
            day: Some(3)
        })
    );
    assert_eq!(d.meta.date.unwrap().to_string(), "2022-02-03");

    let addressee = block_with(d, "Aan de Voorzitter");
    assert_eq!(
        d.blocks[addressee].kind,
        BlockKind::Metadata(MetaField::Addressee)
    );
    let place = block_with(d, "Den Haag, 3 februari 2022");
    assert_eq!(
        d.blocks[place].kind,
        BlockKind::Metadata(MetaField::PlaceDate)
    );

    let header = d
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Header)
        .expect("header section");
    assert!(header.blocks.contains(&addressee) && header.blocks.contains(&place));

    let intro = d
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Introduction)
        .expect("introduction section");
    assert_eq!(intro.blocks.len(), 1, "the introduction is one paragraph");
    let text = d.block_text(intro.blocks.start);
    assert!(text.starts_with("Naar aanleiding van het verzoek van uw Kamer"));
    assert!(text.ends_with("voor een inval in Oekraïne (Kamerstuk 21 501-02, nr. 2449)."));
    assert_eq!(d.blocks[intro.blocks.start].kind, BlockKind::Paragraph);
}

#[test]
fn kamerbrief_headings_in_order() {
    let c = corpus();
    let d = doc(&c, "004");
    let headings: Vec<&str> = d
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Veiligheidsordening",
            "Politieke en diplomatieke ontwikkelingen",
            "Militaire steun",
            "Niet-militaire steun",
            "Reisadvies Oekraïne",
            "Bezoek aan Oekraïne en Moldavië",
            "MH17",
        ]
    );
    // The heading blocks are the same, in the same order.
    let blocks: Vec<&str> = d
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading { .. }))
        .map(|(i, _)| d.block_text(i))
        .collect();
    assert_eq!(blocks, headings);
    for s in d.sections.iter().filter(|s| s.kind == SectionKind::Heading) {
        assert_eq!(s.level, 1);
        assert_eq!(s.parent, None);
        assert_eq!(d.block_text(s.blocks.start), s.title);
        assert!(s.blocks.len() >= 2, "{}: heading without text", s.title);
    }
    // "Niet-militaire steun" starts a page (its line begins with a space), yet
    // the heading is not indented in the clean text.
    let i = block_with(d, "Niet-militaire steun");
    assert_eq!(d.block_text(i), "Niet-militaire steun");
}

#[test]
fn kamerbrief_footnotes_and_markers() {
    let c = corpus();
    let d = doc(&c, "004");
    let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<_>>());

    let texts: Vec<&str> = d.footnotes.iter().map(|f| d.block_text(f.block)).collect();
    assert_eq!(texts[0], "1 Kamerstuk 21 501-04, nr. 2433");
    assert_eq!(texts[1], "2 20211216-euco-conclusions-nl.pdf (europa.eu)");
    assert_eq!(
        texts[2],
        "3 https://www.consilium.europa.eu/media/53949/st05591-en22.pdf"
    );
    assert_eq!(
        texts[3],
        "4 Volgens voorlopige importcijfers leverde Gazprom in januari 2022 ruim 40% minder gas \
         aan de EU t.o.v. januari 2021. EU-gasbedrijven importeerden juist aanzienlijk meer LNG, \
         waarbij geldt dat de VS inmiddels de grootste leverancier aan de EU is."
    );
    assert!(texts[4].starts_with("5 https://debatgemist.tweedekamer.nl/debatten/vragenuur-375. "));
    assert!(texts[4].ends_with("(Kamerstuk 21 501–33, nr. 895)."));
    assert_eq!(
        texts[5],
        "6 swd_2021_186_f1_joint_staff_working_paper_en_v2_p1_1356457_0.pdf (europa.eu)"
    );
    assert_eq!(
        texts[6],
        "7 «Strengthening national and local capacities for the effective delivery of security \
         justice and reintegration services in conflict-affected areas of Ukraine»"
    );
    assert_eq!(
        texts[7],
        "8 https://www.rijksoverheid.nl/documenten/diplomatieke-verklaringen/2022/02/02/\
         gezamenlijke-verklaring-van-president-volodymyr-zelensky-van-oekraine-en-minister-\
         president-mark-rutte"
    );
    for f in &d.footnotes {
        assert_eq!(
            d.blocks[f.block].kind,
            BlockKind::Footnote { number: f.number }
        );
    }
    let notes = d
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Footnotes)
        .expect("footnotes section");
    assert_eq!(notes.blocks.len(), 8);

    // Every marker is found, shown as a superscript, and maps back to the
    // digit(s) in the running text: (context in the file, digits, superscript).
    let cases = [
        ("Brekelmans c.s.1 voor", "Brekelmans c.s.", "¹"),
        ("16 december 20212 en", "16 december 2021", "²"),
        ("24 januari jl.3, waarin", "24 januari jl.", "³"),
        ("voorgaande jaren4 en", "voorgaande jaren", "⁴"),
        ("voorbereid te zijn5. Deze", "voorbereid te zijn", "⁵"),
        ("Partnerschap regio6, dat", "Partnerschap regio", "⁶"),
        ("oostelijke Oekraïne7 ", "oostelijke Oekraïne", "⁷"),
        ("van het bezoek8. ", "van het bezoek", "⁸"),
    ];
    for (f, (context, before, sup)) in d.footnotes.iter().zip(cases) {
        let marker = f
            .marker
            .clone()
            .unwrap_or_else(|| panic!("note {}: no marker", f.number));
        assert_eq!(&d.clean[marker.clone()], sup, "note {}", f.number);
        let raw = d.raw_range(marker.clone()).expect("marker maps to raw");
        let ctx = raw_of(d, context);
        let expected = ctx.start + before.len()..ctx.start + before.len() + 1;
        assert_eq!(raw, expected, "note {} marker raw range", f.number);
        assert_eq!(raw_str(d, raw), f.number.to_string());
        // The marker is inside a paragraph, right after the word it belongs to.
        let b = d.block_at_clean(marker.start);
        assert_eq!(d.blocks[b].kind, BlockKind::Paragraph, "note {}", f.number);
        let word = before.rsplit(' ').next().unwrap();
        assert!(
            d.clean[..marker.start].ends_with(word),
            "note {}: marker not after {word:?}",
            f.number
        );
    }
    // "2021" keeps its digits: only the glued "2" is the marker.
    assert!(d.clean.contains("16 december 2021² en"));
    // Numbers that are not markers stay as they are.
    assert!(d.clean.contains("Standing NATO Maritime Group 1 (SNMG1)"));
    assert!(d.clean.contains("vlucht MH17 en"));
}

#[test]
fn kamerbrief_pages() {
    let c = corpus();
    let d = doc(&c, "004");
    assert!(!d.pages.is_empty());
    // A page starts at every line that begins with a space, and nowhere else.
    let mut expected = Vec::new();
    for (i, &byte) in d.bytes().iter().enumerate() {
        if byte == b' ' && (i == 0 || d.bytes()[i - 1] == b'\n') && i + 1 < d.bytes().len() {
            let rest = &d.bytes()[i..];
            let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            if rest[..line_end].iter().any(|b| !b.is_ascii_whitespace()) {
                expected.push(i);
            }
        }
    }
    assert_eq!(expected.len(), 9, "the seed has nine pages");
    assert_eq!(d.pages, expected);
    for w in d.pages.windows(2) {
        assert!(w[0] < w[1]);
    }
    // Blocks know their page, pages never go backwards in the running text.
    assert_eq!(d.blocks[0].page, Some(1));
    let mh17 = (0..d.blocks.len())
        .find(|&i| d.block_text(i) == "MH17")
        .expect("MH17 heading");
    assert_eq!(d.blocks[mh17].page, Some(8));
    let last = d.page_at_raw(d.bytes().len() - 1);
    assert_eq!(last, Some(9));
    let mut page = 0;
    for b in d.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
        let p = b.page.expect("page known");
        assert!(p >= page, "paragraph pages go backwards");
        page = p;
    }
}

#[test]
fn kamerbrief_signatories() {
    let c = corpus();
    let d = doc(&c, "004");
    let sigs: Vec<(&str, &str)> = d
        .signatories
        .iter()
        .map(|s| (s.name.as_str(), s.role.as_str()))
        .collect();
    assert_eq!(
        sigs,
        [
            ("W.B. Hoekstra", "Minister van Buitenlandse Zaken"),
            ("K.H. Ollongren", "Minister van Defensie"),
        ]
    );
    for s in &d.signatories {
        assert_eq!(d.blocks[s.block].kind, BlockKind::Signature);
        assert!(d.block_text(s.block).ends_with(&s.name));
    }
    let sec = d
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Signatures)
        .expect("signatures section");
    assert!(sec.blocks.contains(&d.signatories[0].block));
    assert_eq!(
        d.source_label().as_deref(),
        Some("Buitenlandse Zaken, Defensie")
    );
    // The last paragraph of the letter stays a paragraph.
    let last = block_with(
        d,
        "hun ambities met betrekking tot hervormingen in Moldavië.",
    );
    assert_eq!(d.blocks[last].kind, BlockKind::Paragraph);
}

#[test]
fn kamerbrief_hyphenation() {
    let c = corpus();
    let d = doc(&c, "004");
    for word in [
        "reisadviezen",
        "Nederlanders",
        "Minister-President",
        "«militair-technisch»-antwoord",
        "Buitenlandse Zaken heeft",
        "veiligheidsordening in Europa",
        "geweldverbod",
        "bondgenootschap.",
        "gepresenteerd",
        "transparantie",
        "diplomatieke inzet",
        "Internationale Samenwerking (NDICI)",
        "noodsituaties",
        "verantwoordelijkheid",
        "Nederlandse kennis",
        "gezamenlijke-verklaring-van-president",
        "oekraine-en-minister-president-mark-rutte",
        "(PESCO-)project",
        "de-escalatie",
    ] {
        assert!(d.clean.contains(word), "clean text lacks {word:?}");
    }
    for broken in [
        "reisad-",
        "reisad viezen",
        "Neder-",
        "Neder landers",
        "Minister- President",
        "MinisterPresident",
        "Buiten-",
        "bondgenoot-",
        "veiligheids-",
        "gepresen-",
        "transpa-",
        "Samen-",
        "noodsitu-",
        "gezamenlijke- verklaring",
        "gezamenlijkeverklaring",
        "-\n",
    ] {
        assert!(!d.clean.contains(broken), "clean text has {broken:?}");
    }
    // The whole URL of note 8, unbroken.
    let url = "https://www.rijksoverheid.nl/documenten/diplomatieke-verklaringen/2022/02/02/\
               gezamenlijke-verklaring-van-president-volodymyr-zelensky-van-oekraine-en-\
               minister-president-mark-rutte";
    assert!(d.clean.contains(url));
}

#[test]
fn kamerbrief_paragraphs_joined_across_page_breaks_and_notes() {
    let c = corpus();
    let d = doc(&c, "004");
    // Broken by the footnotes 1 and 2 and a page break.
    let i = block_with(d, "24 januari jl.³, waarin lidstaten onderstrepen dat");
    assert_eq!(d.blocks[i].kind, BlockKind::Paragraph);
    let t = d.block_text(i);
    assert!(t.starts_with("Het uitgangspunt blijven de conclusies"));
    assert!(t.ends_with("over een pakket in te stellen sancties."));
    // Broken by a blank line.
    let i = block_with(d, "steun aan oostelijke Oekraïne⁷ verlengen. Tot slot");
    assert_eq!(d.blocks[i].kind, BlockKind::Paragraph);
    // Broken by a page break alone, mid-sentence: "… echter of Moskou".
    block_with(d, "open te blijven. De vraag is echter of Moskou");
    block_with(
        d,
        "gestuurd op de door Rusland gedane veiligheidsvoorstellen",
    );
    block_with(
        d,
        "Uiteraard houdt het kabinet de ontwikkelingen aan de grens",
    );
}

#[test]
fn kamerbrief_page_break_between_sentences_keeps_paragraphs_apart() {
    let c = corpus();
    let d = doc(&c, "004");
    // A page begins with a new paragraph after a full stop.
    let a = block_with(d, "Oekraïense veteranen in Doorn voortzetten.");
    let b = block_with(d, "Verder kwamen de bilaterale betrekkingen");
    assert_ne!(a, b);
    assert!(d.block_text(b).starts_with("Verder kwamen"));
    // After a note block and a page break, a capitalised line starts anew.
    let a = block_with(d, "(Kamerstuk 28 676, nr. 387)");
    let b = block_with(d, "Deze bijdragen maken onderdeel uit");
    assert_ne!(a, b);
}

#[test]
fn blocks_map_back_to_raw_bytes() {
    let c = corpus();
    for d in c.documents() {
        assert!(!d.blocks.is_empty(), "{}", d.id);
        let mut prev_end = 0;
        for (i, b) in d.blocks.iter().enumerate() {
            assert!(b.raw.start <= b.raw.end && b.raw.end <= d.bytes().len());
            assert!(b.clean.start >= prev_end && b.clean.end <= d.clean.len());
            prev_end = b.clean.end;
            assert!(!d.block_text(i).is_empty(), "{}: empty block {i}", d.id);
            assert!(
                d.raw_range(b.clean.clone())
                    .is_some_and(|r| b.raw.start <= r.start && r.end <= b.raw.end),
                "{}: block {i} maps outside its hull",
                d.id
            );
        }
        // Every word maps to raw bytes that are that word, unless a line join,
        // a superscript or a control picture made it.
        let mut checked = 0;
        for (i, b) in d.blocks.iter().enumerate() {
            let text = d.block_text(i);
            let mut pos = 0;
            for w in text.split(' ') {
                let start = b.clean.start + pos;
                pos += w.len() + 1;
                if w.is_empty() {
                    continue;
                }
                let r = d.raw_range(start..start + w.len()).expect("word maps");
                let raw = raw_str(d, r.clone());
                if raw.contains('\n')
                    || w.chars()
                        .any(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c) || ('\u{2400}'..='\u{2421}').contains(&c))
                {
                    continue;
                }
                assert_eq!(raw, w, "{}: word at clean {start}", d.id);
                checked += 1;
            }
        }
        assert!(checked > 200, "{}: only {checked} words checked", d.id);
    }
}

#[test]
fn kamerbrief_raw_offsets_round_trip() {
    let c = corpus();
    let d = doc(&c, "004");
    let i = block_with(d, "Veiligheidsordening");
    let r = d.raw_range(d.blocks[i].clean.clone()).unwrap();
    assert_eq!(
        r,
        raw_of(d, "Veiligheidsordening \n").start..raw_of(d, "Veiligheidsordening \n").start + 19
    );
    assert_eq!(raw_str(d, r.clone()), "Veiligheidsordening");
    assert_eq!(d.blocks[i].raw, r);
    // Words in running text, a heading that starts a page, a signatory, a note.
    for (clean_needle, raw_needle) in [
        ("Gazprom zich", "Gazprom zich"),
        ("Niet-militaire steun", "Niet-militaire steun"),
        ("K.H. Ollongren", "K.H. Ollongren"),
        ("nederlandwereldwijd.nl", "nederlandwereldwijd.nl"),
        (
            "Kamerstuk 21 501-04, nr. 2433",
            "Kamerstuk 21 501-04, nr. 2433",
        ),
        ("LNG, waarbij", "LNG, waarbij"),
    ] {
        let cr = clean_of(d, clean_needle);
        let rr = raw_of(d, raw_needle);
        assert_eq!(d.raw_range(cr.clone()), Some(rr.clone()), "{clean_needle}");
        assert_eq!(d.clean_at_raw(rr.start), cr.start, "{clean_needle} back");
        assert_eq!(
            d.clean_at_raw(rr.start + 3),
            cr.start + 3,
            "{clean_needle} +3"
        );
    }
    // A joined word spans the hyphen and the line break in the file.
    let cr = clean_of(d, "reisadviezen met");
    let rr = d
        .raw_range(cr.start..cr.start + "reisadviezen".len())
        .unwrap();
    assert_eq!(raw_str(d, rr), "reisad-\nviezen");
    let cr = clean_of(
        d,
        "Minister-President en de Minister van Buitenlandse Zaken aan Kiev",
    );
    let rr = d
        .raw_range(cr.start..cr.start + "Minister-President".len())
        .unwrap();
    assert_eq!(raw_str(d, rr), "Minister-\nPresident");
    // Sections' raw hulls are inside the file and in order for the headings.
    let mut last = 0;
    for s in d.sections.iter().filter(|s| s.kind == SectionKind::Heading) {
        assert!(s.raw.start >= last && s.raw.end <= d.bytes().len());
        last = s.raw.start;
        assert!(raw_str(d, s.raw.clone()).starts_with(&s.title));
    }
}

fn folded_with<'d>(d: &'d Document, needle: &str) -> (FoldReason, &'d str) {
    let i = block_with(d, needle);
    match d.blocks[i].kind {
        BlockKind::Folded(r) => (r, d.block_text(i)),
        k => panic!("{}: {needle:?} is in a {k:?} block, not folded", d.id),
    }
}

fn paragraph_with<'d>(d: &'d Document, needle: &str) -> &'d str {
    let i = block_with(d, needle);
    assert_eq!(
        d.blocks[i].kind,
        BlockKind::Paragraph,
        "{}: {needle:?}",
        d.id
    );
    d.block_text(i)
}

#[test]
fn news_dates_and_titles() {
    let c = corpus();
    let month = Some(DocDate {
        year: 2022,
        month: Some(2),
        day: None,
    });
    for id in ["001", "003"] {
        let d = doc(&c, id);
        assert_eq!(d.meta.date, month, "{id}");
        assert_eq!(d.meta.date.unwrap().to_string(), "2022-02");
        // The metadata is its own block, and the text after it a paragraph.
        let m = block_with(d, "date 2022-02");
        assert_eq!(d.blocks[m].kind, BlockKind::Metadata(MetaField::Date));
        assert_eq!(d.block_text(m), "date 2022-02");
        assert_eq!(d.blocks[m].raw, 1..13);
        assert_eq!(d.blocks[m + 1].kind, BlockKind::Paragraph);
        assert!(!d.block_text(m + 1).contains("date"));
    }
    let d = doc(&c, "001");
    assert!(
        d.block_text(1)
            .starts_with("Nederland is bereid Oekraïne te helpen bij de bestrijding")
    );
    assert_eq!(doc(&c, "000").meta.date, None);

    let d = doc(&c, "002");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Oekraïne accepteert aanbod voor hulp tegen cyberaanvallen")
    );
    assert_eq!(d.blocks[0].kind, BlockKind::Title);
    assert_eq!(d.display_title(), d.meta.title.clone().unwrap());
    let dl = d.meta.dateline.as_ref().expect("dateline");
    assert_eq!(dl.agency, "ANP");
    assert_eq!(&d.clean[dl.clean.clone()], "EN HAAG (ANP) -");
    assert_eq!(d.source_label().as_deref(), Some("ANP"));
    // The dateline belongs to the article's first paragraph, not to the
    // unrelated items after "Meer uit Binnenland".
    assert_eq!(d.block_at_clean(dl.clean.start), 1);
}

#[test]
fn news_subheadings() {
    let c = corpus();
    let titles = |d: &Document| -> Vec<String> {
        d.sections
            .iter()
            .filter(|s| s.kind == SectionKind::Heading)
            .map(|s| s.title.clone())
            .collect()
    };
    let d = doc(&c, "001");
    assert_eq!(
        titles(d),
        [
            "Nederland kijkt naar welke wapens het kan leveren",
            "Rutte sprak ook met premier Shmyhal"
        ]
    );
    let d = doc(&c, "003");
    assert_eq!(
        titles(d),
        [
            "Rusland ontkent plannen te hebben om Oekraïne binnen te vallen",
            "Nederland is bereid Oekraïne te helpen rond cyberaanvallen",
            "Nederland bekijkt welke wapens het kan leveren",
        ]
    );
    for id in ["001", "003"] {
        let d = doc(&c, id);
        for s in d.sections.iter().filter(|s| s.kind == SectionKind::Heading) {
            assert_eq!(
                d.blocks[s.blocks.start].kind,
                BlockKind::Heading { level: 1 }
            );
            assert!(s.blocks.len() >= 2, "{id}: {} has no text", s.title);
        }
        let intro = &d.sections[0];
        assert_eq!(intro.kind, SectionKind::Introduction);
    }
    // Sentences and related-article teasers are not subheadings.
    assert!(titles(doc(&c, "000")).is_empty());
    assert!(titles(doc(&c, "002")).is_empty());
}

#[test]
fn news_chrome_is_folded_not_deleted() {
    let c = corpus();
    let d = doc(&c, "000");
    let (r, t) = folded_with(d, "Lees ook: VVD en D66");
    assert_eq!(r, FoldReason::ReadAlso);
    assert_eq!(
        t,
        "Lees ook: VVD en D66: Nederland moet Oekraïne steunen tegen cyberaanvallen"
    );
    let (r, t) = folded_with(d, "Bekijk ook:");
    assert_eq!(r, FoldReason::ReadAlso);
    assert_eq!(t, "Bekijk ook: Emotionele Rutte in Kiev");
    let (r, t) = folded_with(d, "Bekijk deze video");
    assert_eq!(r, FoldReason::VideoEmbed);
    assert_eq!(t, "Bekijk deze video op RTL XL");
    // The article text around the glued chrome stays.
    let p = paragraph_with(d, "Rutte en Hoekstra legden eerder vandaag bloemen");
    assert!(p.starts_with("Rutte en Hoekstra legden eerder vandaag bloemen"));
    assert!(p.ends_with("zoals in 2014 gebeurde bij het schiereiland de Krim."));
    let p = paragraph_with(d, "Volgens Kiev zit Moskou achter de hacks.");
    assert!(p.ends_with("Volgens Kiev zit Moskou achter de hacks."));
    let p = paragraph_with(d, "Premier Mark Rutte is zichtbaar geraakt");
    assert!(p.starts_with("Premier Mark Rutte"));
    // Folded blocks keep their raw bytes.
    let i = block_with(d, "Bekijk deze video");
    assert_eq!(
        raw_str(d, d.blocks[i].raw.clone()),
        "Bekijk deze video op RTL XL"
    );

    let d = doc(&c, "001");
    let (r, t) = folded_with(d, "39 Rutte:");
    assert_eq!(r, FoldReason::RelatedArticle);
    assert_eq!(
        t,
        "39 Rutte: 'Verdere agressie tegen Oekraïne zal serieuze consequenties hebben'"
    );
    assert_eq!(d.blocks.iter().filter(|b| b.kind.is_folded()).count(), 1);

    let d = doc(&c, "003");
    let (r, t) = folded_with(d, "224 Wat heeft");
    assert_eq!(r, FoldReason::RelatedArticle);
    assert_eq!(
        t,
        "224 Wat heeft Nederland te zoeken in het Oekraïneconflict?"
    );
    let (r, t) = folded_with(d, "Foto: NU.nl");
    assert_eq!(r, FoldReason::PhotoCredit);
    assert_eq!(t, "De regio in beeld De regio in beeld Foto: NU.nl");
    let (r, t) = folded_with(d, "Volg dit onderwerp");
    assert_eq!(r, FoldReason::FollowTopic);
    assert!(t.ends_with("over de spanningen tussen Oekraïne en Rusland"));
    assert_eq!(d.blocks.iter().filter(|b| b.kind.is_folded()).count(), 3);
    paragraph_with(d, "Het land wil dat NAVO-troepen Oost-Europa verlaten");

    let d = doc(&c, "002");
    let (r, t) = folded_with(d, "Meer uit Binnenland");
    assert_eq!(r, FoldReason::SiteNavigation);
    assert_eq!(t, "Meer uit Binnenland");
    let more = raw_of(d, "Meer uit Binnenland").start;
    // Every block from there on is folded, and they cover the rest of the file.
    let mut covered = more;
    for (i, b) in d.blocks.iter().enumerate() {
        if b.raw.start >= more {
            assert!(
                b.kind.is_folded(),
                "002: block {i} after Meer uit is {:?}",
                b.kind
            );
            assert!(b.raw.start <= covered + 1, "gap in folded items");
            covered = covered.max(b.raw.end);
        } else {
            assert!(b.raw.end <= more);
        }
    }
    assert!(
        covered + 1 >= d.bytes().len(),
        "items after Meer uit not all folded"
    );
    for item in [
        "7 uur geleden",
        "Dorcas deelt noodpakketten",
        "Korpschef Janny Knol",
        "ZWOLLE (ANP)",
        "18 uur geleden",
        "Nederland is vlak na de Russische inval",
    ] {
        let (r, _) = folded_with(d, item);
        assert_eq!(r, FoldReason::UnrelatedItem, "{item}");
    }
    paragraph_with(d, "aldus de woordvoerder.");
}

#[test]
fn folded_text_stays_in_the_clean_text() {
    let c = corpus();
    for d in c.documents() {
        for (i, b) in d.blocks.iter().enumerate() {
            if b.kind.is_folded() {
                let t = d.block_text(i);
                assert!(!t.trim().is_empty());
                assert!(d.clean.contains(t));
                // The clean text of folded chrome is its raw text, spaces normalised.
                let raw = raw_str(d, b.raw.clone());
                let norm: Vec<&str> = raw.split_whitespace().collect();
                assert_eq!(norm.join(" "), t, "{}: folded block {i}", d.id);
            }
        }
    }
}

fn reparse(d: &Document, bytes: Vec<u8>) -> Document {
    brief::parse::document_from_bytes(d.id.clone(), d.origin.clone(), bytes).expect("parses")
}

fn shape(d: &Document) -> Vec<(BlockKind, Option<u32>)> {
    d.blocks.iter().map(|b| (b.kind, b.page)).collect()
}

#[test]
fn seeds_with_cr_or_crlf_line_ends_parse_the_same() {
    let c = corpus();
    for d in c.documents() {
        let text = std::str::from_utf8(d.bytes()).unwrap();
        let cr = reparse(d, text.replace('\n', "\r").into_bytes());
        assert_eq!(cr.kind, d.kind, "{} CR", d.id);
        assert_eq!(cr.clean, d.clean, "{} CR", d.id);
        assert_eq!(shape(&cr), shape(d), "{} CR", d.id);
        assert_eq!(cr.footnotes, d.footnotes, "{} CR", d.id);
        let crlf = reparse(d, text.replace('\n', "\r\n").into_bytes());
        assert_eq!(crlf.kind, d.kind, "{}", d.id);
        assert_eq!(crlf.clean, d.clean, "{}", d.id);
        assert_eq!(crlf.meta, d.meta, "{}", d.id);
        assert_eq!(shape(&crlf), shape(d), "{}", d.id);
        assert_eq!(crlf.signatories, d.signatories, "{}", d.id);
        assert_eq!(crlf.footnotes, d.footnotes, "{}", d.id);
        assert_eq!(crlf.pages.len(), d.pages.len(), "{}", d.id);
        // Raw offsets shift by one byte a line.
        for (a, b) in crlf.blocks.iter().zip(&d.blocks) {
            let lines_before = d.bytes()[..b.raw.start]
                .iter()
                .filter(|&&x| x == b'\n')
                .count();
            assert_eq!(a.raw.start, b.raw.start + lines_before, "{}", d.id);
        }
    }
}

#[test]
fn seeds_in_windows_1252_parse_the_same() {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    let encode = |s: &str| -> Vec<u8> {
        s.chars()
            .map(|c| match HIGH.iter().position(|&h| h == c) {
                Some(i) => 0x80 + i as u8,
                None => u8::try_from(c as u32).expect("encodable"),
            })
            .collect()
    };
    let c = corpus();
    for d in c.documents() {
        let text = std::str::from_utf8(d.bytes()).unwrap();
        let bytes = encode(text);
        if bytes.is_ascii() {
            continue;
        }
        let w = reparse(d, bytes);
        assert_eq!(w.encoding, brief::document::source::Encoding::Windows1252);
        assert!(w.note.is_some());
        assert_eq!(w.kind, d.kind, "{}", d.id);
        assert_eq!(w.clean, d.clean, "{}", d.id);
        assert_eq!(w.meta, d.meta, "{}", d.id);
        assert_eq!(shape(&w), shape(d), "{}", d.id);
        assert_eq!(w.footnotes, d.footnotes, "{}", d.id);
        // Every block's raw bytes decode to the same text as in the UTF-8 file.
        for (a, b) in w.blocks.iter().zip(&d.blocks) {
            let orig = std::str::from_utf8(&d.bytes()[b.raw.clone()]).unwrap();
            assert_eq!(w.bytes()[a.raw.clone()], encode(orig)[..], "{}", d.id);
        }
        for f in &w.footnotes {
            let m = w.raw_range(f.marker.clone().unwrap()).unwrap();
            assert_eq!(w.bytes()[m].to_vec(), f.number.to_string().into_bytes());
        }
    }
}
