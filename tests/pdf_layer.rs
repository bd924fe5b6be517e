//! The text layer of real PDFs (`tests/fixtures/pdf/`, see SOURCES.md):
//! lines with page and position, the rijkshuisstijl sidebar read after the
//! body and marked, letter-spacing read as words, "Pagina N van M" and
//! running footers marked as furniture, the footnote zone and superscript
//! markers found; and the documents made from them (`brief outline --json`
//! finds the same kind as for pdftotext's text of the same PDF).

mod common;

use brief::document::{DocKind, Origin};
use brief::pdf::{LineRole, TextLayer, text_layer};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn layer(name: &str) -> TextLayer {
    text_layer(&std::fs::read(fixture(&format!("pdf/{name}.pdf"))).unwrap()).unwrap()
}

fn lines(l: &TextLayer, role: LineRole) -> Vec<(u32, &str)> {
    l.lines
        .iter()
        .filter(|x| x.role == role)
        .map(|x| (x.page, &l.text[x.range.clone()]))
        .collect()
}

#[test]
fn a_rijkshuisstijl_letter_reads_body_then_sidebar_with_words_whole() {
    let l = layer("ienw-circulaire-economie-2023");
    assert_eq!(l.text.matches('\x0c').count(), 6, "seven pages");
    // Letter-spaced sidebar and footer lines read as words.
    for bad in ["D en Haag", "P agina", "Inf rastructuur", "I E NW"] {
        assert!(!l.text.contains(bad), "{bad:?} in the text layer");
    }
    // Every page has its "Pagina N van 7" as furniture, nothing else is.
    let furniture = lines(&l, LineRole::Furniture);
    let expected: Vec<(u32, String)> = (1..=7).map(|n| (n, format!("Pagina {n} van 7"))).collect();
    let got: Vec<(u32, String)> = furniture.iter().map(|(p, t)| (*p, t.to_string())).collect();
    assert_eq!(got, expected);
    // The sidebar is marked, on every page, and comes after the body.
    let sidebar = lines(&l, LineRole::Sidebar);
    for page in 1..=7 {
        assert!(
            sidebar
                .iter()
                .any(|(p, t)| *p == page && t.contains("Kenmerk")),
            "page {page}"
        );
        let on: Vec<_> = l.page_lines(page).iter().map(|x| x.role).collect();
        let first_side = on.iter().position(|r| *r == LineRole::Sidebar).unwrap();
        assert!(
            on[first_side..]
                .iter()
                .all(|r| matches!(r, LineRole::Sidebar | LineRole::Furniture)),
            "page {page}: {on:?}"
        );
    }
    // No body line holds sidebar text glued to it.
    for x in l.lines.iter().filter(|x| x.role == LineRole::Body) {
        assert!(
            x.x < 300.0,
            "a body line at x {}: {:?}",
            x.x,
            &l.text[x.range.clone()]
        );
    }
    // Shown as laid out (the raw view): the sidebar stands far right of the body.
    let side = l
        .lines
        .iter()
        .find(|x| x.role == LineRole::Sidebar)
        .unwrap();
    let body = l
        .lines
        .iter()
        .find(|x| x.role == LineRole::Body && x.page == 1)
        .unwrap();
    assert_eq!(l.indent_at(body.range.start), 0);
    assert!(
        l.indent_at(side.range.start) > 60,
        "{}",
        l.indent_at(side.range.start)
    );
    // The body keeps its bold headings, at the body's left edge.
    assert!(
        l.lines
            .iter()
            .any(|x| x.bold && x.role == LineRole::Body && x.size > 8.5)
    );
}

#[test]
fn footnote_zones_and_superscript_markers_are_found_on_real_pages() {
    let l = layer("ezk-herijkte-missies-2023");
    let notes = lines(&l, LineRole::Footnote);
    // Every note of the letter starts a footnote line, in order.
    let numbers: Vec<u32> = notes
        .iter()
        .filter_map(|(_, t)| t.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=15).collect::<Vec<_>>(), "{notes:#?}");
    // Each note's marker in the running text is a superscript.
    let markers: Vec<&str> = l
        .lines
        .iter()
        .filter(|x| x.role == LineRole::Body)
        .flat_map(|x| x.superscripts.iter().map(|r| &l.text[r.clone()]))
        .collect();
    for n in 1..=15 {
        assert!(
            markers.contains(&n.to_string().as_str()),
            "marker {n} not found: {markers:?}"
        );
    }
    // Body lines that start with a number (list items, years) are not notes.
    assert!(
        l.lines
            .iter()
            .filter(|x| x.role == LineRole::Footnote)
            .all(|x| x.size < 8.0)
    );
}

#[test]
fn kamervragen_running_footers_are_furniture_and_notes_are_marked() {
    let l = layer("ah-vws-westerveld-jongeren-2024");
    let furniture = lines(&l, LineRole::Furniture);
    assert!(furniture.len() >= 5, "{furniture:?}");
    assert!(
        furniture.iter().all(|(p, t)| t.ends_with(&format!(" {p}"))),
        "{furniture:?}"
    );
    // "Vraag N" and "Antwoord N" stay body text, wherever they stand.
    assert!(
        l.lines
            .iter()
            .filter(|x| l.text[x.range.clone()].starts_with("Vraag "))
            .all(|x| x.role == LineRole::Body)
    );
    let starts: Vec<u32> = lines(&l, LineRole::Footnote)
        .iter()
        .filter_map(|(_, t)| t.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(starts, (1..=17).collect::<Vec<_>>());
}

#[test]
fn a_pdf_document_keeps_its_bytes_and_refers_raw_offsets_to_its_text_layer() {
    let path = fixture("pdf/ah-bz-ceder-dobbe-jemen-2024.pdf");
    let bytes = std::fs::read(&path).unwrap();
    let d =
        brief::parse::document_from_bytes("a".into(), Origin::File(path), bytes.clone()).unwrap();
    assert_eq!(
        d.bytes(),
        bytes,
        "the PDF's own bytes, for marks to recognise"
    );
    let layout = d.layout.as_ref().unwrap();
    assert_eq!(d.text, layout.text);
    assert_eq!(d.pages.len(), 3);
    // A word of the clean text maps to the same word of the text layer.
    let at = d.clean.find("Jemen").unwrap();
    let raw = d.raw_range(at..at + 5).unwrap();
    assert_eq!(&d.source_text_bytes()[raw.clone()], b"Jemen");
    assert_eq!(layout.line_at(raw.start).unwrap().page, 1);
}

/// The kind `brief outline --json` gives a file.
fn kind_of(path: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = common::cli::isolated_brief(dir.path())
        .args(["outline", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["documents"][0]["kind"].as_str().unwrap().to_string()
}

#[test]
fn outline_of_a_pdf_finds_the_kind_its_pdftotext_text_gets() {
    for name in [
        "ienw-circulaire-economie-2023",
        "ah-bz-ceder-dobbe-jemen-2024",
        "ah-vws-westerveld-jongeren-2024",
    ] {
        let pdf = kind_of(&fixture(&format!("pdf/{name}.pdf")));
        let text = kind_of(&fixture(&format!("corpus/{name}.pdftotext.txt")));
        assert_eq!(pdf, text, "{name}");
    }
    // And in the library: the Kamerbrief with a sidebar is one.
    let path = fixture("pdf/ezk-herijkte-missies-2023.pdf");
    let d = brief::parse::document_from_bytes(
        "e".into(),
        Origin::File(path.clone()),
        std::fs::read(&path).unwrap(),
    )
    .unwrap();
    assert_eq!(d.kind, DocKind::Kamerbrief);
}
