//! Search: diacritics never matter, case only with a capital letter (smart
//! case), whole words, regular expressions and their errors, folded
//! boilerplate left out unless asked for, snippets and section titles, and
//! `brief search --json` whose raw offsets point at the same text in the
//! original file.
//!
//! Whole words: a hyphen is a word boundary, so "EU" is a whole word in
//! "EU-landen" (as in ripgrep -w and most editors); "Kamer" is not one in
//! "Kamerstuk".

mod common;
use common::squeeze;

use brief::corpus::Corpus;
use brief::document::{Document, Origin};
use brief::search::folded::fold;
use brief::search::{FoldedText, Hit, Query, SearchIndex, View, section_title, snippet};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};
use unicode_segmentation::UnicodeSegmentation;

fn lit(s: &str) -> Query {
    Query::literal(s)
}

fn word(s: &str) -> Query {
    Query {
        text: s.into(),
        regex: false,
        whole_word: true,
    }
}

fn re(s: &str) -> Query {
    Query {
        text: s.into(),
        regex: true,
        whole_word: false,
    }
}

struct Seeds {
    corpus: Corpus,
    index: SearchIndex,
}

impl Seeds {
    fn new() -> Self {
        let corpus = Corpus::bundled();
        let index = SearchIndex::build(&corpus);
        Seeds { corpus, index }
    }

    fn search(&self, q: &Query, include_folded: bool) -> Vec<Hit> {
        let m = q.compile().unwrap();
        self.index.search_all(&self.corpus, &m, include_folded)
    }

    fn doc(&self, h: &Hit) -> &Document {
        self.corpus.entries[h.doc].doc().unwrap()
    }

    fn text(&self, h: &Hit) -> &str {
        &self.doc(h).clean[h.clean.clone()]
    }

    fn texts(&self, hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| self.text(h)).collect()
    }
}

/// A letter without its diacritic, lower case: a deliberately plain table,
/// independent of the folding under test.
fn base(c: char) -> char {
    let c = c.to_lowercase().next().unwrap();
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    }
}

/// Byte offsets where `word` occurs, compared character by character
/// through [`base`].
fn occurrences(text: &str, word: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let w: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + w.len() <= chars.len() {
        if (0..w.len()).all(|j| base(chars[i + j].1) == w[j]) {
            out.push(chars[i].0);
            i += w.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a clean offset lies in a folded block.
fn in_folded_block(d: &Document, at: usize) -> bool {
    d.blocks
        .iter()
        .any(|b| b.kind.is_folded() && b.clean.contains(&at))
}

#[test]
fn oekraine_finds_every_oekraine() {
    let s = Seeds::new();
    let m = lit("oekraine").compile().unwrap();
    let (mut all, mut shown) = (0, 0);
    for (i, e) in s.corpus.entries.iter().enumerate() {
        let d = e.doc().unwrap();
        let expected = occurrences(&d.clean, "oekraine");
        let with = s.index.search_doc(&s.corpus, i, &m, true);
        let starts: Vec<usize> = with.iter().map(|h| h.clean.start).collect();
        assert_eq!(starts, expected, "{}", d.id);
        for h in &with {
            assert_eq!(fold(s.text(h), View::Lower), "oekraine");
            assert_eq!(h.boilerplate, in_folded_block(d, h.clean.start));
        }
        let without = s.index.search_doc(&s.corpus, i, &m, false);
        let expected: Vec<usize> = expected
            .into_iter()
            .filter(|&at| !in_folded_block(d, at))
            .collect();
        let starts: Vec<usize> = without.iter().map(|h| h.clean.start).collect();
        assert_eq!(starts, expected, "{}", d.id);
        all += with.len();
        shown += without.len();
    }
    // The seeds say "Oekraïne" well over a hundred times, a few of them in
    // folded chrome, and once "oekraine" in a URL.
    assert!(shown > 100, "{shown}");
    assert!(all > shown, "{all} {shown}");
    let texts = s.search(&lit("oekraine"), true);
    assert!(s.texts(&texts).contains(&"oekraine"));
    assert!(s.texts(&texts).contains(&"Oekraïne"));
    // The query with its diaeresis, or in capitals after folding, too.
    assert_eq!(s.search(&lit("oekraïne"), true), texts);
    let cased = s.search(&lit("Oekraïne"), true);
    assert!(s.texts(&cased).iter().all(|t| *t == "Oekraïne"));
    assert_eq!(cased.len(), texts.len() - 1, "all but the URL's");
}

#[test]
fn geeist_finds_geeist_with_diaeresis() {
    let s = Seeds::new();
    let hits = s.search(&lit("geeist"), true);
    assert!(!hits.is_empty());
    assert!(s.texts(&hits).iter().all(|t| *t == "geëist"));
    let expected: usize = s
        .corpus
        .documents()
        .map(|d| occurrences(&d.clean, "geeist").len())
        .sum();
    assert_eq!(hits.len(), expected);
    assert_eq!(s.search(&lit("geëist"), true), hits);
}

#[test]
fn smart_case() {
    let s = Seeds::new();
    let upper = s.search(&lit("Rutte"), true);
    let lower = s.search(&lit("rutte"), true);
    assert!(upper.len() >= 20, "{}", upper.len());
    assert!(s.texts(&upper).iter().all(|t| *t == "Rutte"));
    // A lower-case query finds the capitalised text, and the lower-case
    // "rutte" of a URL.
    assert!(upper.iter().all(|h| lower.contains(h)));
    assert!(s.texts(&lower).contains(&"rutte"));
    let expected: usize = s
        .corpus
        .documents()
        .map(|d| occurrences(&d.clean, "rutte").len())
        .sum();
    assert_eq!(lower.len(), expected);

    // "NAVO" is case-sensitive: not the "navo" inside "gisterenavond".
    let navo = s.search(&lit("NAVO"), true);
    assert!(!navo.is_empty());
    assert!(s.texts(&navo).iter().all(|t| *t == "NAVO"));
    let any = s.search(&lit("navo"), true);
    assert!(any.iter().any(|h| s.text(h) == "navo"));
    assert_eq!(any.len(), navo.len() + 1);
}

#[test]
fn whole_words() {
    let s = Seeds::new();
    let kamer = s.search(&word("Kamer"), true);
    let inside = s.search(&lit("Kamer"), true);
    assert!(!kamer.is_empty());
    assert!(inside.len() > kamer.len(), "Kamerstuk, Kamerbrief...");
    for h in &kamer {
        let d = s.doc(h);
        assert_eq!(s.text(h), "Kamer");
        let next = d.clean[h.clean.end..].chars().next();
        assert!(next.is_none_or(|c| !c.is_alphanumeric()), "{next:?}");
    }
    let stuk = s.search(&lit("Kamerstuk"), true);
    assert!(!stuk.is_empty());
    for st in &stuk {
        assert!(
            !kamer
                .iter()
                .any(|k| k.doc == st.doc && k.clean.start == st.clean.start),
            "Kamer of Kamerstuk"
        );
    }

    // A hyphen separates words: "EU" in "EU-landen" is a whole word; the
    // "EU" of "EUTM" is not.
    let eu = s.search(&word("EU"), true);
    let landen = s.search(&lit("EU-landen"), true);
    assert_eq!(landen.len(), 1);
    assert!(
        eu.iter()
            .any(|h| h.doc == landen[0].doc && h.clean.start == landen[0].clean.start)
    );
    let eutm = s.search(&lit("EUTM"), true);
    assert!(!eutm.is_empty());
    assert!(
        !eu.iter()
            .any(|h| h.doc == eutm[0].doc && h.clean.start == eutm[0].clean.start)
    );
    // Regex queries agree with literal ones about words.
    let r = Query {
        text: "Kamer".into(),
        regex: true,
        whole_word: true,
    };
    assert_eq!(s.search(&r, true), kamer);
}

#[test]
fn regex_queries_and_bad_ones() {
    let s = Seeds::new();
    let years = s.search(&re("[0-9]{4}"), true);
    assert!(years.len() > 10);
    assert!(
        s.texts(&years)
            .iter()
            .all(|t| t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()))
    );
    // Diacritic-insensitive inside a regex too; capitals make it cased.
    let oek = s.search(&re("oekra.ne"), true);
    assert_eq!(oek, s.search(&lit("oekraine"), true));
    let ruttes = s.search(&re(r"R\w+e\b"), false);
    assert!(s.texts(&ruttes).contains(&"Rutte"));
    assert!(s.texts(&ruttes).iter().all(|t| t.starts_with('R')));

    for bad in [
        "(",
        ")",
        "[",
        "a{2",
        "*a",
        r"\p{Nope}",
        r"\",
        "(?P<>x)",
        r"(\w{500}){500}",
    ] {
        let e = re(bad).compile().expect_err(bad);
        let msg = e.to_string();
        assert!(!msg.is_empty() && !msg.contains('\n'), "{bad}: {msg}");
    }
    assert!(
        re("(")
            .compile()
            .unwrap_err()
            .to_string()
            .contains("unclosed group")
    );
    // As literals they are fine.
    assert!(lit("(").compile().is_ok());
    assert!(lit("").compile().unwrap().matches_nothing());
    assert!(s.search(&lit(""), true).is_empty());
    assert!(s.search(&re(""), true).is_empty());
}

#[test]
fn folded_boilerplate_only_when_asked() {
    let s = Seeds::new();
    // "Bekijk deze video op RTL XL" is a folded video embed.
    assert!(s.search(&lit("RTL XL"), false).is_empty());
    let with = s.search(&lit("RTL XL"), true);
    assert_eq!(with.len(), 1);
    assert!(with[0].boilerplate);
    assert!(s.doc(&with[0]).blocks[with[0].block].kind.is_folded());
    // A match that runs from the text into a folded block is boilerplate
    // too: the last word before such a block, and its first word.
    let (i, d, b) = s
        .corpus
        .documents()
        .enumerate()
        .find_map(|(i, d)| {
            let b = (1..d.blocks.len())
                .find(|&b| d.blocks[b].kind.is_folded() && !d.blocks[b - 1].kind.is_folded())?;
            Some((i, d, b))
        })
        .expect("a folded block after the text");
    let last = d.block_text(b - 1).split_whitespace().last().unwrap();
    let first = d.block_text(b).split_whitespace().next().unwrap();
    let across = re(&format!(
        r"{}\n{}",
        regex::escape(last),
        regex::escape(first)
    ));
    let m = across.compile().unwrap();
    assert!(s.index.search_doc(&s.corpus, i, &m, false).is_empty());
    let hits = s.index.search_doc(&s.corpus, i, &m, true);
    assert_eq!(hits.len(), 1, "{across:?}");
    assert!(hits[0].boilerplate);
    assert_eq!(hits[0].block, b - 1);

    for h in s.search(&lit("de"), false) {
        assert!(!h.boilerplate);
        assert!(!s.doc(&h).blocks[h.block].kind.is_folded());
    }
}

#[test]
fn limited_search_counts_everything() {
    let s = Seeds::new();
    let m = lit("de").compile().unwrap();
    let all = s.index.search_all(&s.corpus, &m, false);
    let (first, total) = s.index.search_all_limited(&s.corpus, &m, false, 25);
    assert_eq!(total, all.len());
    assert_eq!(first, all[..25]);
    let (none, total) = s.index.search_all_limited(&s.corpus, &m, false, 0);
    assert!(none.is_empty());
    assert_eq!(total, all.len());
}

#[test]
fn find_in_a_block_agrees_with_find_all() {
    let s = Seeds::new();
    let m = lit("oekraine").compile().unwrap();
    for (i, d) in s.corpus.documents().enumerate() {
        let f = s.index.folded(i).unwrap();
        let all = m.find_all(f);
        for b in &d.blocks {
            let inside: Vec<_> = all
                .iter()
                .filter(|r| b.clean.start <= r.start && r.end <= b.clean.end)
                .cloned()
                .collect();
            assert_eq!(m.find_in(f, b.clean.clone()), inside);
        }
    }
}

#[test]
fn hits_know_their_block_and_section() {
    let s = Seeds::new();
    for h in s.search(&lit("de"), true) {
        let d = s.doc(&h);
        let b = &d.blocks[h.block].clean;
        assert!(b.start <= h.clean.start && h.clean.end <= b.end);
        let expected = d
            .section_of_block(d.block_at_clean(h.clean.start))
            .map(|i| d.sections[i].title.clone());
        assert_eq!(section_title(d, h.clean.start), expected);
    }
    for d in s.corpus.documents() {
        for (i, b) in d.blocks.iter().enumerate() {
            let expected = d.section_of_block(i).map(|k| d.sections[k].title.clone());
            assert_eq!(section_title(d, b.clean.start), expected, "{} {i}", d.id);
        }
    }
}

/// Checks a snippet: its width, its "…" marks, and that its text is whole
/// grapheme clusters of the block around the match.
fn check_snippet(d: &Document, hit: &std::ops::Range<usize>, width: usize) {
    let (before, matched, after) = snippet(d, hit, width);
    let total = before.chars().count() + matched.chars().count() + after.chars().count();
    assert!(
        total <= width.max(1),
        "{total} > {width}: {before}|{matched}|{after}"
    );
    let one_line = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let b = d.block_at_clean(hit.start);
    let block = &d.clean[d.blocks[b].clean.clone()];
    let shown = format!(
        "{}{}{}",
        before.trim_start_matches('…'),
        matched.trim_end_matches('…'),
        after.trim_end_matches('…')
    );
    let line = one_line(block);
    // "…" may replace a space that was trimmed; compare piecewise.
    for piece in shown.split(' ').filter(|p| !p.is_empty()) {
        assert!(line.contains(piece), "{piece:?} not in the block");
    }
    if !matched.ends_with('…') {
        assert!(
            matched.contains(&one_line(&d.clean[hit.clone()])),
            "{matched:?}"
        );
    }
    // Every piece starts and ends on a cluster boundary of the block.
    let bounds: Vec<usize> = block
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([block.len()])
        .collect();
    let text = one_line(block);
    for part in [&before, &matched, &after] {
        let core = part.trim_matches('…');
        if core.trim().is_empty() {
            continue;
        }
        let at = text.find(core).expect("part of the block");
        assert!(bounds.contains(&at), "{core:?} starts inside a cluster");
        assert!(
            bounds.contains(&(at + core.len())),
            "{core:?} ends inside a cluster"
        );
    }
}

#[test]
fn snippets_fit_and_keep_clusters_whole() {
    let s = Seeds::new();
    for h in s.search(&lit("oekraine"), true).iter().take(40) {
        for width in [0, 1, 5, 8, 9, 20, 60, 500] {
            check_snippet(s.doc(h), &h.clean, width);
        }
    }
    let h = &s.search(&lit("oekraine"), false)[1];
    let (before, matched, after) = snippet(s.doc(h), &h.clean, 60);
    assert_eq!(matched, "Oekraïne");
    assert!(before.starts_with('…'), "{before}");
    assert!(after.ends_with('…'), "{after}");

    // Emoji with joiners, flags, combining marks: never split.
    let text = "Intro.\n\nDe familie 👩‍👩‍👧‍👦 en 🇳🇱 met e\u{301}e\u{301}n 👍🏽 Oekraïne 👩‍💻👩‍💻👩‍💻 en ﬁnale.\n";
    let d =
        brief::parse::document_from_bytes("t".into(), Origin::Bundled("t.txt".into()), text.into())
            .unwrap();
    let f = FoldedText::new(&d.clean);
    for q in ["oekraine", "een", "en", "e", "finale", "i"] {
        let m = lit(q).compile().unwrap();
        for r in m.find_all(&f) {
            for width in [1, 3, 4, 7, 10, 13, 16, 25, 80] {
                check_snippet(&d, &r, width);
            }
        }
    }
    let at = d.clean.find("👩‍💻").unwrap();
    // A match of half a cluster shows the whole cluster.
    let (_, matched, _) = snippet(&d, &(at..at + "👩".len()), 40);
    assert_eq!(matched, "👩‍💻");
}

/// Runs brief.
fn brief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .output()
        .expect("run brief")
}

#[test]
fn cli_json_raw_offsets_point_at_the_text() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut checked = 0;
    for args in [
        &["search", "--json", "--all", "oekraine"][..],
        &["search", "--json", "Rutte"],
        &["search", "--json", "--regex", "[0-9]{4}"],
        &["search", "--json", "--word", "EU"],
        &["search", "--json", "--regex", r"minister\s+van\s+\w+"],
        &["search", "--json", "geeist"],
    ] {
        let out = brief(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["query"], *args.last().unwrap());
        let hits = v["hits"].as_array().unwrap();
        assert!(!hits.is_empty(), "{args:?}");
        for h in hits {
            let id = h["doc"].as_str().unwrap();
            let raw = std::fs::read(seeds.join(format!("{id}.txt"))).unwrap();
            let (s, e) = (
                h["raw_start"].as_u64().unwrap() as usize,
                h["raw_end"].as_u64().unwrap() as usize,
            );
            let text = h["text"].as_str().unwrap();
            let original = String::from_utf8_lossy(&raw[s..e]);
            assert_eq!(squeeze(&original), squeeze(text), "{id} {h}");
            assert!(h["clean_end"].as_u64() > h["clean_start"].as_u64());
            assert!(h["snippet"].as_str().unwrap().contains(text.trim()) || text.contains('\n'));
            assert!(h["boilerplate"].is_boolean());
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked}");
}

#[test]
fn cli_text_output_bad_regex_and_no_hits() {
    let out = brief(&["search", "oekraine"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first = stdout.lines().next().unwrap();
    let cols: Vec<&str> = first.split("  ").collect();
    assert_eq!(cols[0], "000_41a71a60a2f546d1", "{first}");
    assert!(cols[2].contains('-'), "{first}");
    assert!(first.contains("Oekraïne"), "{first}");

    let out = brief(&["search", "--regex", "("]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("unclosed group"), "{err}");

    let out = brief(&["search", "qqqzzz"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let out = brief(&["search", "--json", "qqqzzz"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 0);

    // Folded chrome only with --all.
    let out = brief(&["search", "RTL XL"]);
    assert!(out.stdout.is_empty());
    let out = brief(&["search", "--all", "RTL XL"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("[folded]"));
}

/// Characters for random texts: Dutch letters with and without diacritics,
/// combining marks, capitals, wide characters, emoji, spaces and hyphens.
const PLAIN: &[char] = &[
    'a', 'e', 'i', 'k', 'n', 'o', 'r', 'A', 'E', 'O', 'K', 'ë', 'ï', 'é', 'Ë', 'Ï', 'É', 'ü',
    '\u{301}', '\u{308}', ' ', '-', '\n', '北', 'ж', 'Ж', 'Ω', '👍', '🏽', '\u{200d}', 'ß',
];
/// And characters that fold to more than one ("ﬁ", "Ĳ", "½").
const EXPANDING: &[char] = &['ﬁ', 'ﬀ', 'Ĳ', 'ĳ', '½', '…', 'ǅ', 'İ', '\u{212A}'];

fn text_from(alphabet: &'static [char], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..max)
        .prop_map(|v| v.into_iter().collect())
}

fn alphabet_all() -> &'static [char] {
    static ALL: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| PLAIN.iter().chain(EXPANDING).copied().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Without expanding characters every hit, folded, is the folded query,
    /// and there are as many as the folded query occurs in the folded text.
    #[test]
    fn literal_hits_fold_to_the_query(
        text in text_from(PLAIN, 120),
        query in text_from(PLAIN, 4),
    ) {
        let f = FoldedText::new(&text);
        let m = lit(&query).compile().unwrap();
        let view = m.view();
        let q = fold(&query, view);
        let hits = m.find_all(&f);
        let mut last_end = 0;
        for r in &hits {
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            prop_assert!(r.start < r.end && r.start >= last_end);
            last_end = r.end;
            prop_assert_eq!(fold(&text[r.clone()], view), q.clone());
        }
        let expected = if q.is_empty() { 0 } else { f.text(view).matches(q.as_str()).count() };
        prop_assert_eq!(hits.len(), expected);
    }

    /// With them, hits still lie on character boundaries, in order, and
    /// hold the query once folded.
    #[test]
    fn literal_hits_hold_the_query(
        text in text_from(alphabet_all(), 120),
        query in text_from(alphabet_all(), 4),
        whole_word in any::<bool>(),
    ) {
        let f = FoldedText::new(&text);
        let q = Query { text: query.clone(), regex: false, whole_word };
        let m = q.compile().unwrap();
        let view = m.view();
        let folded_query = fold(&query, view);
        let mut last_end = 0;
        for r in m.find_all(&f) {
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            prop_assert!(r.start < r.end && r.start >= last_end);
            last_end = r.end;
            let hit = fold(&text[r.clone()], view);
            prop_assert!(hit.contains(folded_query.as_str()), "{:?} in {:?}", folded_query, hit);
        }
    }

    /// Random regexes never panic: they compile or give a one-line error.
    #[test]
    fn random_regexes_never_panic(
        pattern in "[a-zA-Zëï()\\[\\]{}*+?.|^$\\\\dwbpPx0-9:<>-]{0,12}",
        text in text_from(alphabet_all(), 60),
        whole_word in any::<bool>(),
    ) {
        let q = Query { text: pattern, regex: true, whole_word };
        match q.compile() {
            Ok(m) => {
                let f = FoldedText::new(&text);
                for r in m.find_all(&f) {
                    prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                }
            }
            Err(e) => prop_assert!(!e.to_string().contains('\n')),
        }
    }
}
