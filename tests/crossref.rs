//! Cross-references on the bundled briefing and on small corpora of our own:
//! related passages, duplicated text and the timeline of dates.

mod common;

use brief::corpus::{Corpus, load_bytes};
use brief::crossref::duplicates::{self, Duplicate};
use brief::crossref::related::{Related, RelatedIndex};
use brief::crossref::timeline;
use brief::document::{BlockKind, Document, Origin};
use brief::entities::{EntityIndex, EntityType, Recogniser};
use common::block_with;
use std::collections::HashSet;
use std::ops::Range;

struct Seeds {
    corpus: Corpus,
    entities: EntityIndex,
}

fn seeds() -> Seeds {
    let corpus = Corpus::bundled();
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    Seeds { corpus, entities }
}

/// A corpus of our own texts, named as given.
fn corpus_of(texts: &[(&str, &str)]) -> Corpus {
    Corpus {
        entries: texts
            .iter()
            .map(|(id, text)| {
                load_bytes(
                    id.to_string(),
                    Origin::Bundled(format!("{id}.txt")),
                    text.as_bytes().to_vec(),
                )
            })
            .collect(),
        root: None,
    }
}

fn doc(c: &Corpus, i: usize) -> &Document {
    c.entries[i].doc().expect("a document")
}

/// The corpus entry whose clean text contains `needle`.
fn entry_with(c: &Corpus, needle: &str) -> usize {
    c.entries
        .iter()
        .position(|e| e.doc().is_some_and(|d| d.clean.contains(needle)))
        .unwrap_or_else(|| panic!("no document contains {needle:?}"))
}

/// The corpus entry whose id starts with `prefix`.
fn entry_id(c: &Corpus, prefix: &str) -> usize {
    c.entries
        .iter()
        .position(|e| e.id().starts_with(prefix))
        .unwrap_or_else(|| panic!("no entry {prefix}"))
}

fn show(s: &Seeds, what: &str, results: &[Related]) {
    println!("related to {what}:");
    for (rank, r) in results.iter().enumerate() {
        let d = doc(&s.corpus, r.doc);
        let shared: Vec<&str> = r
            .shared
            .iter()
            .map(|&e| s.entities.entities[e].name.as_str())
            .collect();
        let text: String = d.block_text(r.block).chars().take(70).collect();
        println!(
            "  #{} {} block {} score {:.2} shared {:?} terms {:?}\n      {text}…",
            rank + 1,
            d.id,
            r.block,
            r.score,
            shared,
            r.terms
        );
    }
}

/// The distinct documents among the first `n` results.
fn docs_in_top(s: &Seeds, results: &[Related], n: usize) -> HashSet<String> {
    results
        .iter()
        .take(n)
        .map(|r| doc(&s.corpus, r.doc).id[..3].to_string())
        .collect()
}

#[test]
fn cyber_paragraph_finds_the_news_on_dutch_cyber_help() {
    let s = seeds();
    let ix = RelatedIndex::build(&s.corpus, &s.entities);
    let letter = entry_with(&s.corpus, "CRRTs");
    let d = doc(&s.corpus, letter);
    let b = block_with(d, "Cyber Rapid Respons Teams (CRRTs)");
    let section = d.section_of_block(b).expect("in a section");
    assert_eq!(d.sections[section].title, "Militaire steun");
    let results = ix.related(&s.corpus, letter, d.blocks[b].clean.clone(), 10);
    show(&s, "the CRRT paragraph", &results);
    assert!(
        results.iter().all(|r| r.doc != letter),
        "other documents only"
    );
    // The top three are news passages on the cyber help: 002's, and the
    // passage 001 and 003 share (or 001's other one).
    let top = docs_in_top(&s, &results, 3);
    assert!(top.contains("002"), "{top:?}");
    assert!(top.contains("001") || top.contains("003"), "{top:?}");
    assert_eq!(doc(&s.corpus, results[0].doc).id[..3], *"002");
    for r in &results[..3] {
        let text = doc(&s.corpus, r.doc).block_text(r.block).to_lowercase();
        assert!(text.contains("cyber"), "{text}");
    }
    // Within one document, better passages come first.
    for (i, r) in results.iter().enumerate() {
        assert!(
            results[i + 1..]
                .iter()
                .all(|x| x.doc != r.doc || x.score <= r.score)
        );
    }
}

#[test]
fn visit_paragraph_finds_the_articles_on_the_kiev_visit() {
    let s = seeds();
    let ix = RelatedIndex::build(&s.corpus, &s.entities);
    let letter = entry_with(&s.corpus, "CRRTs");
    let d = doc(&s.corpus, letter);
    let section = d
        .sections
        .iter()
        .position(|x| x.title == "Bezoek aan Oekraïne en Moldavië")
        .expect("the visit section");
    let b = block_with(
        d,
        "Rutte en Minister Hoekstra spraken met President Zelensky",
    );
    assert_eq!(d.section_of_block(b), Some(section));
    let results = ix.related(&s.corpus, letter, d.blocks[b].clean.clone(), 10);
    show(&s, "the first visit paragraph", &results);
    let top = docs_in_top(&s, &results, 3);
    assert_eq!(top, ["000", "001", "003"].map(String::from).into());
    // The shared names explain it: the prime minister and the president.
    let names: HashSet<&str> = results[..3]
        .iter()
        .flat_map(|r| &r.shared)
        .map(|&e| s.entities.entities[e].name.as_str())
        .collect();
    assert!(names.iter().any(|n| n.contains("Rutte")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("Zelensk")), "{names:?}");
}

#[test]
fn mh17_section_finds_the_mh17_passages() {
    let s = seeds();
    let ix = RelatedIndex::build(&s.corpus, &s.entities);
    let letter = entry_with(&s.corpus, "CRRTs");
    let d = doc(&s.corpus, letter);
    let section = d
        .sections
        .iter()
        .find(|x| x.title == "MH17")
        .expect("the MH17 section");
    let range =
        d.blocks[section.blocks.start].clean.start..d.blocks[section.blocks.end - 1].clean.end;
    let results = ix.related(&s.corpus, letter, range, 10);
    show(&s, "the MH17 section", &results);
    // The best match names MH17, and both articles that speak of MH17 have
    // their MH17 passage in the top three.
    assert!(
        doc(&s.corpus, results[0].doc)
            .block_text(results[0].block)
            .contains("MH17")
    );
    let mh17: HashSet<String> = results[..3]
        .iter()
        .filter(|r| doc(&s.corpus, r.doc).block_text(r.block).contains("MH17"))
        .map(|r| doc(&s.corpus, r.doc).id[..3].to_string())
        .collect();
    assert_eq!(mh17, ["000", "001"].map(String::from).into());
    let named: Vec<&str> = results[0]
        .shared
        .iter()
        .map(|&e| s.entities.entities[e].name.as_str())
        .collect();
    assert!(named.contains(&"MH17"), "{named:?}");
}

#[test]
fn a_position_queries_its_paragraph_and_results_explain_themselves() {
    let s = seeds();
    let ix = RelatedIndex::build(&s.corpus, &s.entities);
    let letter = entry_with(&s.corpus, "CRRTs");
    let d = doc(&s.corpus, letter);
    let b = block_with(d, "CRRTs");
    let at = common::clean_of(d, "CRRTs").start;
    let whole = ix.related(&s.corpus, letter, d.blocks[b].clean.clone(), 5);
    let point = ix.related(&s.corpus, letter, at..at, 5);
    assert_eq!(whole, point, "an empty range asks about its paragraph");
    for r in &whole {
        assert_eq!(doc(&s.corpus, r.doc).blocks[r.block].clean, r.clean);
        assert!(r.score > 0.0);
        assert!(!r.terms.is_empty() || !r.shared.is_empty());
        for e in &r.shared {
            assert!(s.entities.entities[*e].ty.is_name());
        }
    }
    // A range that cuts a character is widened, not a panic.
    let i = d.clean.find('ï').expect("a diaeresis in the letter");
    let _ = ix.related(&s.corpus, letter, i + 1..i + 40, 5);
    // Limits are honoured; a failed or missing entry gives nothing.
    assert!(
        ix.related(&s.corpus, letter, d.blocks[b].clean.clone(), 0)
            .is_empty()
    );
    assert!(ix.related(&s.corpus, 99, 0..10, 5).is_empty());
}

#[test]
fn ranking_on_a_synthetic_corpus() {
    let corpus = corpus_of(&[
        (
            "query",
            "De gemeente bouwt nieuwe fietspaden langs het kanaal. De fietspaden worden breder.\n\n\
             Het college wil meer bomen planten in de binnenstad.",
        ),
        (
            "bikes",
            "Langs het kanaal komt een breed fietspad. De gemeente legt de fietspaden volgend jaar aan.\n\n\
             De burgemeester opende een tentoonstelling over schilderkunst.",
        ),
        (
            "trees",
            "In de binnenstad worden honderd bomen geplant, zegt het college.\n\n\
             Een fietspad wordt elders ook aangelegd.",
        ),
        (
            "other",
            "De voetbalclub won zondag met drie doelpunten verschil van de rivaal.",
        ),
    ]);
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    let ix = RelatedIndex::build(&corpus, &entities);
    let q = doc(&corpus, 0);
    let first = q.blocks[block_with(q, "fietspaden langs")].clean.clone();
    let results = ix.related(&corpus, 0, first, 10);
    let ranked: Vec<(&str, usize)> = results
        .iter()
        .map(|r| (doc(&corpus, r.doc).id.as_str(), r.block))
        .collect();
    println!("synthetic: {ranked:?}");
    let bikes = doc(&corpus, 1);
    assert_eq!(ranked[0], ("bikes", block_with(bikes, "fietspad")));
    assert!(results[0].terms.iter().any(|t| t.starts_with("fietspad")));
    assert!(results[0].terms.iter().any(|t| t == "kanaal"));
    // The passage that shares one word ranks below the one that shares many.
    let trees = doc(&corpus, 2);
    let weak = ranked
        .iter()
        .position(|&x| x == ("trees", block_with(trees, "Een fietspad")))
        .expect("a passage naming a bike path still relates");
    assert!(weak > 0 && results[weak].score < results[0].score);
    assert!(
        ranked
            .iter()
            .all(|(id, _)| *id != "other" && *id != "query")
    );
    // The trees paragraph relates to the trees news.
    let second = q.blocks[block_with(q, "bomen planten")].clean.clone();
    let results = ix.related(&corpus, 0, second, 1);
    assert_eq!(doc(&corpus, results[0].doc).id, "trees");
}

#[test]
fn a_second_passage_of_one_document_is_discounted() {
    let corpus = corpus_of(&[
        (
            "q",
            "Het nieuwe fietspad langs het kanaal gaat over de brug.",
        ),
        (
            "twice",
            "Het nieuwe fietspad langs het kanaal gaat over de brug.\n\n\
             Het nieuwe fietspad langs het kanaal gaat over de brug.",
        ),
        (
            "once",
            "Het fietspad langs het kanaal gaat over de brug bij de haven.",
        ),
    ]);
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    let ix = RelatedIndex::build(&corpus, &entities);
    let results = ix.related(&corpus, 0, 0..doc(&corpus, 0).clean.len(), 10);
    let ids: Vec<&str> = results
        .iter()
        .map(|r| doc(&corpus, r.doc).id.as_str())
        .collect();
    assert_eq!(ids, vec!["twice", "once", "twice"]);
    assert!((results[2].score - results[0].score * 0.5).abs() < 1e-9);
    assert!(results[1].score > results[2].score);
}

#[test]
fn shared_rare_names_add_to_the_score() {
    // Same words everywhere; only the names differ.
    let corpus = corpus_of(&[
        ("q", "Minister Hoekstra sprak in Vilnius over de handel."),
        ("a", "Minister Jetten sprak in Groningen over de handel."),
        ("b", "Minister Hoekstra sprak in Vilnius over de handel."),
    ]);
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    let ix = RelatedIndex::build(&corpus, &entities);
    let results = ix.related(&corpus, 0, 0..doc(&corpus, 0).clean.len(), 5);
    assert_eq!(doc(&corpus, results[0].doc).id, "b");
    assert!(!results[0].shared.is_empty());
}

fn text_of(c: &Corpus, (d, r): &(usize, Range<usize>)) -> String {
    doc(c, *d).clean[r.clone()].to_string()
}

#[test]
fn the_reprinted_article_is_found_block_by_block() {
    let s = seeds();
    let dups = duplicates::find(&s.corpus);
    for x in &dups {
        println!(
            "duplicate: {} {:?} ~ {} {:?}: {} words, {:.2}",
            doc(&s.corpus, x.a.0).id,
            x.a.1,
            doc(&s.corpus, x.b.0).id,
            x.b.1,
            x.words,
            x.similarity
        );
    }
    let (n1, n3) = (entry_id(&s.corpus, "001"), entry_id(&s.corpus, "003"));
    let (d1, d3) = (doc(&s.corpus, n1), doc(&s.corpus, n3));
    let hull = |d: &Document, first: &str, last: &str| {
        d.blocks[block_with(d, first)].clean.start..d.blocks[block_with(d, last)].clean.end
    };
    let expected = [
        (
            hull(d1, "bestrijding van cyberaanvallen", "sprak woensdagmorgen"),
            hull(d3, "bestrijding van cyberaanvallen", "sprak woensdagmorgen"),
        ),
        (
            hull(d1, "gezegd \"welwillend\"", "gezegd \"welwillend\""),
            hull(d3, "gezegd \"welwillend\"", "heel gevoelige kwestie"),
        ),
    ];
    let between: Vec<&Duplicate> = dups.iter().filter(|x| x.a.0 == n1 && x.b.0 == n3).collect();
    assert_eq!(between.len(), expected.len(), "{between:?}");
    for (x, (a, b)) in between.iter().zip(expected) {
        assert_eq!(x.a.1, a);
        assert_eq!(x.b.1, b);
        assert!(x.similarity >= 0.6 && x.similarity <= 1.0);
        assert!(x.words >= 30);
    }
    // The letter copies no article, and the articles copy no letter.
    let letter = entry_with(&s.corpus, "CRRTs");
    let with_letter: Vec<&Duplicate> = dups
        .iter()
        .filter(|x| x.a.0 == letter || x.b.0 == letter)
        .collect();
    assert!(with_letter.is_empty(), "{with_letter:?}");
    // "Also appears in": from either side, anywhere in the run.
    let at = common::clean_of(d3, "De premier sprak woensdagmorgen").start + 5;
    let also = duplicates::also_in(&dups, n3, at);
    assert_eq!(also, vec![between[0].a.clone()]);
    assert!(text_of(&s.corpus, &also[0]).contains("Rutte sprak woensdagmorgen"));
    let at = common::clean_of(d1, "Het kabinet heeft eerder").start;
    assert_eq!(
        duplicates::also_in(&dups, n1, at),
        vec![between[1].b.clone()]
    );
    let at = common::clean_of(d1, "Premier Rutte waarschuwde").start;
    assert!(duplicates::also_in(&dups, n1, at).is_empty());
}

#[test]
fn a_copied_paragraph_with_a_few_words_changed_is_a_duplicate() {
    let original = "De gemeenteraad heeft dinsdagavond ingestemd met het plan om het oude \
        stadhuis te verbouwen tot een bibliotheek met een leeszaal, een café en ruimte \
        voor tentoonstellingen van lokale kunstenaars.";
    let changed = "De gemeenteraad heeft dinsdag ingestemd met het plan om het oude \
        stadhuis te verbouwen tot een bibliotheek met een leeszaal, een restaurant en ruimte \
        voor tentoonstellingen van lokale kunstenaars.";
    let a = format!(
        "Het weer was slecht deze week, met veel regen en wind in het hele land.\n\n{original}"
    );
    let b = format!(
        "{changed}\n\nDe wethouder verwacht dat de verbouwing twee jaar gaat duren en veel geld kost.\n\n\
         Kort: de kermis komt."
    );
    let c = "De gemeenteraad heeft dinsdagavond een ander besluit genomen over de begroting \
        van volgend jaar, na een lang debat over de kosten van de zorg.";
    let corpus = corpus_of(&[("a", &a), ("b", &b), ("c", c)]);
    let dups = duplicates::find(&corpus);
    assert_eq!(dups.len(), 1, "{dups:?}");
    let x = &dups[0];
    assert_eq!(text_of(&corpus, &x.a), original);
    assert_eq!(text_of(&corpus, &x.b), changed);
    assert!(
        x.similarity >= 0.6 && x.similarity < 1.0,
        "{}",
        x.similarity
    );
    assert_eq!(x.words, 29);
    assert_eq!(
        duplicates::also_in(&dups, 0, x.a.1.start + 3),
        vec![x.b.clone()]
    );
    assert_eq!(
        duplicates::also_in(&dups, 1, x.b.1.start),
        vec![x.a.clone()]
    );
    assert!(duplicates::also_in(&dups, 2, 0).is_empty());
}

#[test]
fn duplicates_scale_to_many_documents() {
    // 2000 documents of varied text, one paragraph copied into three of them.
    let words = [
        "regering", "gemeente", "haven", "school", "brug", "markt", "rivier", "trein", "boer",
        "fabriek", "museum", "kerk", "plein", "dijk", "molen", "zee", "stad", "dorp", "veld",
        "bos",
    ];
    let copied = "Dit is de gekopieerde alinea over de nieuwe brug bij de haven die het \
        verkeer tussen de twee oevers van de rivier sneller moet maken.";
    let mut texts: Vec<(String, String)> = Vec::new();
    for i in 0..2000usize {
        let mut paragraphs = Vec::new();
        for p in 0..4usize {
            let mut s = String::new();
            for w in 0..30usize {
                let k = (i * 7919 + p * 104_729 + w * w * 31 + w * 17) % words.len();
                s.push_str(words[k]);
                s.push_str(if w % 10 == 9 { ". " } else { " " });
            }
            paragraphs.push(format!("Bericht {i} deel {p}: {s}"));
        }
        if i % 700 == 3 {
            paragraphs.push(copied.to_string());
        }
        texts.push((format!("doc{i}"), paragraphs.join("\n\n")));
    }
    let refs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let corpus = corpus_of(&refs);
    let started = std::time::Instant::now();
    let dups = duplicates::find(&corpus);
    let took = started.elapsed();
    println!("duplicates in 2000 documents: {} in {took:?}", dups.len());
    let copies: Vec<&Duplicate> = dups
        .iter()
        .filter(|x| text_of(&corpus, &x.a) == copied)
        .collect();
    assert_eq!(copies.len(), 3, "three pairs among three copies");
    assert!(took.as_secs_f64() < 10.0, "{took:?}");
    // Related passages on the same corpus: built once, queried quickly.
    let started = std::time::Instant::now();
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    let ix = RelatedIndex::build(&corpus, &entities);
    let built = started.elapsed();
    let started = std::time::Instant::now();
    let q = doc(&corpus, 3);
    let results = ix.related(&corpus, 3, 0..q.clean.len(), 10);
    let asked = started.elapsed();
    println!(
        "related over {} passages: entities and index {built:?}, query {asked:?}",
        ix.len()
    );
    assert_eq!(results.len(), 10);
    assert!(
        results
            .iter()
            .any(|r| text_of(&corpus, &(r.doc, r.clean.clone())) == copied)
    );
    assert!(asked.as_secs_f64() < 5.0, "{asked:?}");
}

#[test]
fn timeline_orders_every_date_of_the_seeds() {
    let s = seeds();
    let entries = timeline::build(&s.corpus, &s.entities);
    for e in &entries {
        let d = doc(&s.corpus, e.doc);
        println!(
            "{:12} {} {:?} | {}",
            e.date,
            &d.id[..3],
            &d.clean[e.mention.clone()],
            &d.clean[e.sentence.clone()]
        );
    }
    // Every DATE mention of the reading text once: none from folded chrome
    // or a block of metadata (a news page's " date 2022-02", the letter's
    // "Den Haag, 3 februari 2022").
    let mut mentions: Vec<(usize, Range<usize>)> = Vec::new();
    for (d, entry) in s.corpus.entries.iter().enumerate() {
        let Some(doc) = entry.doc() else { continue };
        for m in s.entities.mentions(d) {
            let kind = doc.blocks[doc.block_at_clean(m.clean.start)].kind;
            let reading = !kind.is_folded() && !matches!(kind, BlockKind::Metadata(_));
            if m.ty == EntityType::Date && reading {
                mentions.push((d, m.clean.clone()));
            }
        }
    }
    let mut listed: Vec<(usize, Range<usize>)> =
        entries.iter().map(|e| (e.doc, e.mention.clone())).collect();
    assert_eq!(listed.len(), mentions.len());
    listed.sort_by_key(|(d, r)| (*d, r.start));
    mentions.sort_by_key(|(d, r)| (*d, r.start));
    assert_eq!(listed, mentions);
    assert!(
        !entries
            .iter()
            .any(|e| doc(&s.corpus, e.doc).clean[e.sentence.clone()].starts_with("date 2022-02"))
    );
    // Sorted by key, then document and position.
    assert!(entries.windows(2).all(|w| {
        (w[0].sort_key, w[0].doc, w[0].mention.start)
            <= (w[1].sort_key, w[1].doc, w[1].mention.start)
    }));
    let first = |date: &str| {
        entries
            .iter()
            .position(|e| e.date == date)
            .unwrap_or_else(|| panic!("no {date}"))
    };
    assert!(first("2014") < first("2021-12-17"));
    assert!(first("2021-12-17") < first("2022-01-26"));
    assert!(first("2022-01-26") < first("2022-02-16"));
    // "26 januari jl." in the letter sorts at its resolved date, with its sentence.
    let letter = entry_with(&s.corpus, "CRRTs");
    let d = doc(&s.corpus, letter);
    let jl = common::clean_of(d, "26 januari jl.");
    let e = entries
        .iter()
        .find(|e| e.doc == letter && e.mention.start == jl.start)
        .expect("the jl. date is listed");
    assert_eq!(e.date, "2022-01-26");
    assert_eq!(e.sort_key, (2022, 1, 26));
    let sentence = &d.clean[e.sentence.clone()];
    assert!(
        sentence.starts_with("De NAVO heeft Rusland op 26 januari jl."),
        "{sentence}"
    );
    assert!(sentence.ends_with("veiligheidsvoorstellen."), "{sentence}");
    // Every seed has a date, so a month the text gives without a year takes
    // the document's: "eind januari" in 003 (February 2022), "in mei" in the
    // letter (3 February 2022, "zal": still to come); "april tot en met
    // december 2022" is April 2022.
    let at = |d: usize, needle: &str| {
        let r = common::clean_of(doc(&s.corpus, d), needle);
        entries
            .iter()
            .find(|e| e.doc == d && r.contains(&e.mention.start))
            .unwrap_or_else(|| panic!("{needle} is listed"))
    };
    let eind = at(entry_id(&s.corpus, "003"), "januari al op korte");
    assert_eq!(
        (eind.date.as_str(), eind.resolution),
        ("2022-01", timeline::Resolution::DocumentDate)
    );
    let mei = at(letter, "mei een handelsmissie");
    assert_eq!(
        (mei.date.as_str(), mei.resolution),
        ("2022-05", timeline::Resolution::DocumentDate)
    );
    let april = at(letter, "april tot en met december 2022");
    assert_eq!(
        (april.date.as_str(), april.resolution),
        ("2022-04", timeline::Resolution::Text)
    );
    assert_eq!(e.resolution, timeline::Resolution::DocumentDate);
    assert!(entries.iter().all(timeline::TimelineEntry::is_dated));
    // The news site's unrelated items are not the page's statements.
    assert!(
        doc(&s.corpus, entry_id(&s.corpus, "002"))
            .clean
            .contains("20 september 2025")
    );
    assert!(!entries.iter().any(|e| e.date == "2025-09-20"));
    // Sentences hold their mentions.
    for e in &entries {
        assert!(e.sentence.start <= e.mention.start && e.mention.end <= e.sentence.end);
    }
}

#[test]
fn timeline_of_a_text_of_our_own() {
    let corpus = corpus_of(&[(
        "t",
        "Op 3 maart 2020 begon het. Het eindigde in 2019, vreemd genoeg. Op 1 januari 2021 niet.",
    )]);
    let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
    let entries = timeline::build(&corpus, &entities);
    let dates: Vec<&str> = entries.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, vec!["2019", "2020-03-03", "2021-01-01"]);
    let d = doc(&corpus, 0);
    assert_eq!(
        &d.clean[entries[0].sentence.clone()],
        "Het eindigde in 2019, vreemd genoeg."
    );
    assert!(
        entries
            .iter()
            .all(|e| e.resolution == timeline::Resolution::Text)
    );
}
