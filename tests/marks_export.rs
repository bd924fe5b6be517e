//! Exports of review marks: every field of every mark must survive a round
//! trip through JSON, W3C Web Annotation and CSV (parsed back here with
//! serde_json and a small RFC 4180 reader), and the Markdown must show every
//! passage, label, note and reviewer, grouped by document and section.

mod common;

use brief::corpus::{Corpus, ReadingKey};
use brief::document::Document;
use brief::marks::Mark;
use brief::marks::anchor::{anchor, doc_sha256};
use brief::marks::export::{self, MarkView, csv, json, markdown, w3c};
use common::clean_of;
use serde_json::Value;

const KAMERBRIEF: &str = "004_425c361073e3d6d9";
const NEWS: &str = "000_41a71a60a2f546d1";

fn seeds() -> Vec<Document> {
    Corpus::bundled().documents().cloned().collect()
}

fn doc<'a>(docs: &'a [Document], id: &str) -> &'a Document {
    docs.iter().find(|d| d.id == id).unwrap()
}

fn mark(d: &Document, passage: &str, id: &str, label: &str, note: &str, reviewer: &str) -> Mark {
    let a = anchor(d, clean_of(d, passage));
    Mark {
        id: id.into(),
        doc: d.id.clone(),
        doc_sha256: doc_sha256(d.bytes()),
        quote: a.quote,
        position: a.position,
        raw: a.raw,
        label: label.into(),
        note: note.into(),
        reviewer: reviewer.into(),
        created: "2026-11-22T15:04:05.123Z".into(),
        modified: "2026-11-23T08:00:00.000Z".into(),
        deleted: false,
        previous: Vec::new(),
    }
}

/// The section a mark's passage is in, as the caller of the exports finds it.
fn section_of(d: &Document, m: &Mark) -> Option<String> {
    let at = d
        .clean
        .char_indices()
        .nth(m.position.start)
        .map_or(d.clean.len(), |(i, _)| i);
    d.section_of_block(d.block_at_clean(at))
        .map(|s| d.sections[s].title.clone())
}

/// The marks of the tests, with every awkward character an export can meet.
fn marks(docs: &[Document]) -> Vec<Mark> {
    let k = doc(docs, KAMERBRIEF);
    let n = doc(docs, NEWS);
    let mut orphan = mark(
        k,
        "Oekraïne",
        "anne-orphan-00000004",
        "verdwenen",
        "Stond hier eerst.\r\nNu niet meer.",
        "Anne de Vries",
    );
    orphan.quote.exact = "Een passage die\nniet meer bestaat, met \"aanhalingstekens\"".into();
    orphan.position.start = 1_000_000;
    orphan.position.end = 1_000_050;
    let mut deleted = mark(
        k,
        "MH17",
        "anne-deleted-00000005",
        "weg",
        "DEZE NOTITIE IS VERWIJDERD",
        "Anne de Vries",
    );
    deleted.deleted = true;
    vec![
        // Given out of order: the exports sort.
        mark(
            k,
            "Ook stelt het kabinet extra inlichtingencapaciteit ter beschikking van de NAVO.",
            "anne-de-vries-mg1a2b3-0a1b2c3d",
            "zorg",
            "Eerste regel\nTweede regel, met komma en \"aanhalingstekens\".\n\nNa een lege regel.",
            "Anne de Vries",
        ),
        mark(
            n,
            "Oekraïne helpen",
            "jorg-mg1a2b4-11111111",
            "🇺🇦 steun",
            "Goed punt 👍; café\u{301} en geëist, ok?",
            "Jörg Müller",
        ),
        mark(
            k,
            "14.000 slachtoffers heeft geëist",
            "anne-de-vries-mg1a2b5-22222222",
            "cijfer",
            "",
            "Anne de Vries",
        ),
        orphan,
        deleted,
        mark(
            k,
            "Het kabinet blijft volop inzetten op de-escalatie en dialoog.",
            "piet-mg1a2b6-33333333",
            "kern*punt",
            ",begint met een komma",
            "Piet, \"de\" Jong",
        ),
    ]
}

fn views<'a>(docs: &[Document], marks: &'a [Mark]) -> Vec<MarkView<'a>> {
    marks
        .iter()
        .map(|m| {
            let d = doc(docs, &m.doc);
            let orphaned = m.id.contains("orphan");
            MarkView {
                mark: m,
                doc_title: d.display_title(),
                section: if orphaned { None } else { section_of(d, m) },
                orphaned,
                pages: None,
                order: ReadingKey::UNKNOWN,
            }
        })
        .collect()
}

/// The order every export uses: documents as first given, then position.
fn expected_order(marks: &[Mark]) -> Vec<&str> {
    let mut docs: Vec<&str> = Vec::new();
    for m in marks {
        if !docs.contains(&m.doc.as_str()) {
            docs.push(&m.doc);
        }
    }
    let mut live: Vec<&Mark> = marks.iter().filter(|m| !m.deleted).collect();
    live.sort_by_key(|m| {
        (
            docs.iter().position(|d| *d == m.doc).unwrap(),
            m.position.start,
        )
    });
    live.iter().map(|m| m.id.as_str()).collect()
}

#[test]
fn json_keeps_every_field() {
    let docs = seeds();
    let marks = marks(&docs);
    let views = views(&docs, &marks);
    let out = json(&views);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let rows = v["marks"].as_array().unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, expected_order(&marks));
    for r in rows {
        let view = views.iter().find(|v| v.mark.id == r["id"]).unwrap();
        let m = view.mark;
        let obj = r.as_object().unwrap();
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let mut want = vec![
            "id",
            "doc",
            "doc_title",
            "section",
            "label",
            "note",
            "reviewer",
            "created",
            "modified",
            "quote",
            "prefix",
            "suffix",
            "start",
            "end",
            "raw_start",
            "raw_end",
            "orphaned",
        ];
        let mut got = keys.clone();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
        assert_eq!(r["doc"], m.doc.as_str());
        assert_eq!(r["doc_title"], view.doc_title.as_str());
        assert_eq!(r["section"].as_str(), view.section.as_deref());
        assert_eq!(r["label"], m.label.as_str());
        assert_eq!(r["note"], m.note.as_str());
        assert_eq!(r["reviewer"], m.reviewer.as_str());
        assert_eq!(r["created"], m.created.as_str());
        assert_eq!(r["modified"], m.modified.as_str());
        assert_eq!(r["quote"], m.quote.exact.as_str());
        assert_eq!(r["prefix"], m.quote.prefix.as_str());
        assert_eq!(r["suffix"], m.quote.suffix.as_str());
        assert_eq!(r["start"], m.position.start);
        assert_eq!(r["end"], m.position.end);
        assert_eq!(r["raw_start"], m.raw.start);
        assert_eq!(r["raw_end"], m.raw.end);
        assert_eq!(r["orphaned"], view.orphaned);
    }
    assert!(!out.contains("DEZE NOTITIE IS VERWIJDERD"));
    assert_eq!(json(&views), out, "deterministic");
}

#[test]
fn w3c_is_a_web_annotation_collection() {
    let docs = seeds();
    let marks = marks(&docs);
    let views = views(&docs, &marks);
    let iri = |m: &Mark| format!("urn:brief:doc:{}", m.doc);
    let out = w3c(&views, iri);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    let live = marks.iter().filter(|m| !m.deleted).count();
    assert_eq!(v["total"], live);
    assert_eq!(v["first"]["type"], "AnnotationPage");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), live);
    let ids: Vec<&str> = items
        .iter()
        .map(|a| {
            a["id"]
                .as_str()
                .unwrap()
                .strip_prefix("urn:brief:mark:")
                .unwrap()
        })
        .collect();
    assert_eq!(ids, expected_order(&marks));
    for a in items {
        let id = a["id"]
            .as_str()
            .unwrap()
            .strip_prefix("urn:brief:mark:")
            .unwrap();
        let m = marks.iter().find(|m| m.id == id).unwrap();
        assert_eq!(a["type"], "Annotation");
        let motivation = if m.note.is_empty() {
            "tagging"
        } else {
            "commenting"
        };
        assert_eq!(a["motivation"], motivation);
        assert_eq!(a["created"], m.created.as_str());
        assert_eq!(a["modified"], m.modified.as_str());
        assert_eq!(a["creator"]["type"], "Person");
        assert_eq!(a["creator"]["name"], m.reviewer.as_str());

        let body = a["body"].as_array().unwrap();
        let tag: Vec<&Value> = body.iter().filter(|b| b["purpose"] == "tagging").collect();
        assert_eq!(tag.len(), 1);
        assert_eq!(tag[0]["type"], "TextualBody");
        assert_eq!(tag[0]["value"], m.label.as_str());
        let comment: Vec<&Value> = body
            .iter()
            .filter(|b| b["purpose"] == "commenting")
            .collect();
        if m.note.is_empty() {
            assert!(comment.is_empty());
        } else {
            assert_eq!(comment.len(), 1);
            assert_eq!(comment[0]["type"], "TextualBody");
            assert_eq!(comment[0]["value"], m.note.as_str());
            assert_eq!(comment[0]["format"], "text/plain");
        }

        let target = &a["target"];
        assert_eq!(target["source"], format!("urn:brief:doc:{}", m.doc));
        let selectors = target["selector"].as_array().unwrap();
        let by_type = |t: &str| selectors.iter().find(|s| s["type"] == t).unwrap();
        let q = by_type("TextQuoteSelector");
        assert_eq!(q["exact"], m.quote.exact.as_str());
        assert_eq!(q["prefix"], m.quote.prefix.as_str());
        assert_eq!(q["suffix"], m.quote.suffix.as_str());
        let p = by_type("TextPositionSelector");
        assert_eq!(p["start"], m.position.start);
        assert_eq!(p["end"], m.position.end);
        let raw = by_type("DataPositionSelector");
        assert_eq!(raw["start"], m.raw.start);
        assert_eq!(raw["end"], m.raw.end);
    }
    // No label and no note: a highlight, without a body.
    let mut bare = marks[0].clone();
    bare.label.clear();
    bare.note.clear();
    let one = [MarkView {
        mark: &bare,
        doc_title: "t".into(),
        section: None,
        orphaned: false,
        pages: None,
        order: ReadingKey::UNKNOWN,
    }];
    let v: Value = serde_json::from_str(&w3c(&one, |_| "file:///x.txt".into())).unwrap();
    let a = &v["first"]["items"][0];
    assert_eq!(a["motivation"], "highlighting");
    assert!(a.get("body").is_none());
}

/// RFC 4180 reader: records end in LF (CRLF accepted), quoted fields may hold
/// commas, doubled quotes and line breaks.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("a quote inside an unquoted field: {field:?}"),
            ',' => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(
        field.is_empty() && row.is_empty(),
        "last record lacks its line end"
    );
    rows
}

#[test]
fn csv_keeps_every_field() {
    let docs = seeds();
    let marks = marks(&docs);
    let views = views(&docs, &marks);
    let out = csv(&views);
    let rows = parse_csv(&out);
    assert_eq!(
        rows[0],
        [
            "id",
            "doc",
            "doc_title",
            "section",
            "label",
            "note",
            "reviewer",
            "created",
            "modified",
            "quote",
            "start",
            "end",
            "raw_start",
            "raw_end",
            "orphaned"
        ]
    );
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, expected_order(&marks));
    for r in &rows[1..] {
        assert_eq!(r.len(), 15);
        let view = views.iter().find(|v| v.mark.id == r[0]).unwrap();
        let m = view.mark;
        assert_eq!(r[1], m.doc);
        assert_eq!(r[2], view.doc_title);
        assert_eq!(r[3], view.section.clone().unwrap_or_default());
        assert_eq!(r[4], m.label);
        assert_eq!(r[5], m.note);
        assert_eq!(r[6], m.reviewer);
        assert_eq!(r[7], m.created);
        assert_eq!(r[8], m.modified);
        assert_eq!(r[9], m.quote.exact);
        assert_eq!(r[10], m.position.start.to_string());
        assert_eq!(r[11], m.position.end.to_string());
        assert_eq!(r[12], m.raw.start.to_string());
        assert_eq!(r[13], m.raw.end.to_string());
        assert_eq!(r[14], view.orphaned.to_string());
    }
    // Records end in LF; the only CR is the one inside a note.
    assert_eq!(out.matches('\r').count(), 1);
    assert!(out.ends_with('\n'));
    assert!(!out.contains("DEZE NOTITIE IS VERWIJDERD"));
    // A plain field is not quoted; one with a comma or quote is.
    assert!(out.contains(",zorg,"));
    assert!(out.contains("\"Piet, \"\"de\"\" Jong\""));
}

#[test]
fn markdown_groups_by_document_and_section() {
    let docs = seeds();
    let marks = marks(&docs);
    let views = views(&docs, &marks);
    let out = markdown(&views);
    assert!(out.starts_with("# Review marks\n"));
    assert_eq!(markdown(&views), out, "deterministic");
    assert!(!out.contains("DEZE NOTITIE IS VERWIJDERD"));

    let orphans_at = out
        .find("\n## Could not be placed\n")
        .expect("orphans section");
    let (placed, orphans) = out.split_at(orphans_at);

    // Documents in the order given, each heading once, with title and id.
    let k = doc(&docs, KAMERBRIEF);
    let n = doc(&docs, NEWS);
    let k_head = format!("\n## {} — `{}`\n", k.display_title(), k.id);
    let n_head = format!("\n## {} — `{}`\n", n.display_title(), n.id);
    assert_eq!(placed.matches(&k_head).count(), 1, "{out}");
    assert_eq!(placed.matches(&n_head).count(), 1, "{out}");
    let k_at = placed.find(&k_head).unwrap();
    let n_at = placed.find(&n_head).unwrap();
    assert!(k_at < n_at);

    for v in &views {
        let m = v.mark;
        if m.deleted {
            continue;
        }
        let part = if v.orphaned { orphans } else { placed };
        // The passage as a block quote, line by line.
        let mut last = 0;
        for line in m.quote.exact.lines() {
            let q = format!("> {line}\n");
            let at = part[last..]
                .find(&q)
                .unwrap_or_else(|| panic!("{q:?} in\n{out}"));
            last += at;
        }
        let passage_at = last;
        // Then label, reviewer and date; then the note, every line of it.
        let label = m.label.replace('*', "\\*");
        let meta = format!("**{label}** · {} · 2026-11-22", m.reviewer);
        let meta_at = passage_at
            + part[passage_at..]
                .find(&meta)
                .unwrap_or_else(|| panic!("{meta:?} in\n{out}"));
        for line in m.note.lines() {
            let line = line.trim_end();
            assert!(part[meta_at..].contains(line), "{line:?} in\n{out}");
        }
        if !v.orphaned {
            // Under its document's heading and its section's.
            let doc_at = if m.doc == k.id { k_at } else { n_at };
            assert!(doc_at < passage_at);
            let section = v.section.as_deref().unwrap();
            let sec = format!("\n### {section}\n");
            let sec_at = placed[..passage_at]
                .rfind(&sec)
                .unwrap_or_else(|| panic!("{sec:?} in\n{out}"));
            assert!(doc_at < sec_at);
            // No other heading between the section's and the passage.
            assert!(!placed[sec_at + sec.len()..passage_at].contains("\n#"));
        } else {
            assert!(part.contains(&format!("(`{}`)", m.doc)));
        }
    }

    // Within the letter, marks in text order, each section heading once.
    let letter = &placed[k_at..n_at];
    assert_eq!(letter.matches("\n### Veiligheidsordening\n").count(), 1);
    let a = letter.find("de-escalatie en dialoog").unwrap();
    let b = letter.find("14.000 slachtoffers").unwrap();
    let c = letter.find("inlichtingencapaciteit").unwrap();
    assert!(a < b && b < c);
    assert!(letter.find("\n### Militaire steun\n").unwrap() < c);

    // Nothing to export.
    assert_eq!(markdown(&[]), "# Review marks\n\nNo marks.\n");
}

/// A note of two lines stays two lines in every format: Markdown breaks the
/// line (two spaces, a hard break) instead of running the lines together,
/// JSON, W3C and CSV keep the newline as it is.
#[test]
fn a_multi_line_note_stays_multi_line_everywhere() {
    let docs = seeds();
    let k = doc(&docs, KAMERBRIEF);
    let note = "eerste regel\ntweede regel";
    let m = mark(k, "MH17", "anne-mh17-1", "vraag", note, "Anne de Vries");
    let marks = [m];
    let views = views(&docs, &marks);

    let md = markdown(&views);
    assert!(
        md.contains("\n\neerste regel  \ntweede regel\n"),
        "a hard break between the lines:\n{md}"
    );

    let v: Value = serde_json::from_str(&json(&views)).unwrap();
    assert_eq!(v["marks"][0]["note"], note);

    let v: Value = serde_json::from_str(&w3c(&views, |_| "urn:x".into())).unwrap();
    let body = v["first"]["items"][0]["body"].as_array().unwrap();
    let comment = body.iter().find(|b| b["purpose"] == "commenting").unwrap();
    assert_eq!(comment["value"], note);

    let rows = parse_csv(&csv(&views));
    assert_eq!(
        rows.len(),
        2,
        "one record, its note quoted across two lines"
    );
    assert_eq!(rows[1][5], note);
}

/// A mark on a PDF names the page of the original in the Markdown export:
/// "Tot slot" of the circular-economy letter starts on page 5 (as
/// `pdftotext` pages it); MH17 in the bundled letter's text is on its page
/// 8. An article without pages names none.
#[test]
fn markdown_names_the_page_of_a_mark_on_a_pdf() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf/ienw-circulaire-economie-2023.pdf");
    let corpus = Corpus::open(&[path]);
    let d = corpus.documents().next().expect("the letter");
    let m = mark(
        d,
        "We gaan met dit NPCE een volgende fase",
        "m1",
        "actie",
        "",
        "r",
    );
    let range = clean_of(d, "We gaan met dit NPCE een volgende fase");
    let view = brief::marks::export::view(&corpus, &m, Some(range));
    assert_eq!(view.pages.as_deref(), Some("p. 5"));
    let md = markdown(&[view]);
    assert!(md.contains("**actie** · p. 5 · r · 2026-11-22"), "{md}");

    let seeds = Corpus::bundled();
    let letter = seeds.documents().find(|d| d.id.starts_with("004")).unwrap();
    let passage = "Tijdens het bezoek was er bijzondere aandacht voor MH17";
    let m = mark(letter, passage, "m2", "vraag", "", "r");
    let view = brief::marks::export::view(&seeds, &m, Some(clean_of(letter, passage)));
    assert_eq!(
        view.pages.as_deref(),
        Some("p. 8"),
        "the letter's page marks"
    );
    let news = seeds.documents().find(|d| d.id.starts_with("000")).unwrap();
    let words: String = news
        .clean
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    let m = mark(news, &words, "m3", "vraag", "", "r");
    let view = brief::marks::export::view(&seeds, &m, Some(clean_of(news, &words)));
    assert_eq!(view.pages, None, "an article has no pages");
}

/// Marks given news first (as a store may hold them) export in the
/// briefing's reading order: the letter first, as the reader lists it.
#[test]
fn exports_follow_the_reading_order_of_the_briefing() {
    let corpus = Corpus::bundled();
    let docs = seeds();
    let (k, n) = (doc(&docs, KAMERBRIEF), doc(&docs, NEWS));
    let given = [
        mark(n, "robuust sanctiepakket", "n1", "betwist", "", "anna"),
        mark(k, "Militaire steun", "k1", "vraag", "", "anna"),
    ];
    let views: Vec<MarkView> = given
        .iter()
        .map(|m| export::view(&corpus, m, Some(m.position.start..m.position.end)))
        .collect();
    let md = markdown(&views);
    let (letter, news) = (md.find(KAMERBRIEF).unwrap(), md.find(NEWS).unwrap());
    assert!(letter < news, "{md}");
    let v: Value = serde_json::from_str(&json(&views)).unwrap();
    let ids: Vec<&str> = v["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["k1", "n1"]);
}
