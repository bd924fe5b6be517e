//! Re-anchoring: a mark found in a changed document takes the passage as it
//! is now (quote, position, byte range, document hash) and keeps what it had
//! in `previous`; the store saves and reads that back; a mark that never
//! moved is written exactly as before. And, for any deletion of a marked
//! passage, `locate` never places the mark on text unlike it or out of its
//! context.

mod common;

use brief::corpus::{Corpus, Entry, load_bytes};
use brief::document::{Document, Origin};
use brief::marks::anchor::{MIN_SIMILARITY, Placement, anchor, doc_sha256, locate, reanchor};
use brief::marks::store::{self, MarkStore};
use brief::marks::{Mark, TextQuote};
use common::clean_of;
use common::seeds::{doc_from, seed_text};
use proptest::prelude::*;
use std::ops::Range;

const KAMERBRIEF: &str = "004_425c361073e3d6d9";

fn mark_for(doc: &Document, clean: Range<usize>) -> Mark {
    let a = anchor(doc, clean);
    Mark {
        id: "anna-lq1x2y3z-abcd".into(),
        doc: doc.id.clone(),
        doc_sha256: doc_sha256(doc.bytes()),
        quote: a.quote,
        position: a.position,
        raw: a.raw,
        label: "vraag".into(),
        note: "klopt dit?".into(),
        reviewer: "anna".into(),
        created: "2024-05-01T10:00:00.000Z".into(),
        modified: "2024-05-01T10:00:00.000Z".into(),
        deleted: false,
        previous: Vec::new(),
    }
}

#[test]
fn a_mark_found_elsewhere_takes_the_new_selectors_and_keeps_the_old() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let passage = "Ook stelt het kabinet extra inlichtingencapaciteit ter beschikking van de NAVO.";
    let m = mark_for(&d, clean_of(&d, passage));
    // Unchanged: nothing to re-anchor.
    assert_eq!(reanchor(&d, &m, &locate(&d, &m)), None);

    // A paragraph inserted before it: found by its quote further on.
    let edited = text.replacen(
        "Veiligheidsordening \n",
        "Veiligheidsordening \n\nEen alinea die de redactie later heeft ingevoegd. \n\n",
        1,
    );
    let e = doc_from(KAMERBRIEF, &edited);
    let p = locate(&e, &m);
    assert!(matches!(p, Placement::Quote(_)), "{p:?}");
    let now = clean_of(&e, passage);
    let moved = reanchor(&e, &m, &p).expect("moved");
    let fresh = anchor(&e, now.clone());
    assert_eq!(moved.quote, fresh.quote);
    assert_eq!(moved.position, fresh.position);
    assert_ne!(moved.position, m.position);
    assert_eq!(moved.raw, fresh.raw);
    let raw = std::str::from_utf8(&e.bytes()[moved.raw.start..moved.raw.end]).unwrap();
    assert_eq!(
        folded(raw),
        folded(passage),
        "the passage in the file, line break and all"
    );
    assert_eq!(moved.doc_sha256, doc_sha256(e.bytes()));
    assert!(moved.modified > m.modified, "{}", moved.modified);
    // What it had, for the record.
    assert_eq!(moved.previous.len(), 1);
    let old = &moved.previous[0];
    assert_eq!(
        (&old.quote, old.position, old.raw, &old.doc_sha256),
        (&m.quote, m.position, m.raw, &m.doc_sha256)
    );
    assert_eq!(old.replaced, moved.modified);
    // Everything else is the mark's own.
    assert_eq!(
        (
            &moved.id,
            &moved.label,
            &moved.note,
            &moved.reviewer,
            &moved.created
        ),
        (&m.id, &m.label, &m.note, &m.reviewer, &m.created)
    );
    // From now on it is at its position; another change adds to the record.
    assert_eq!(locate(&e, &moved), Placement::Position(now));
    assert_eq!(reanchor(&e, &moved, &locate(&e, &moved)), None);
    let again = edited.replacen("Een alinea die", "Een korte alinea die", 1);
    let e2 = doc_from(KAMERBRIEF, &again);
    let twice = reanchor(&e2, &moved, &locate(&e2, &moved)).expect("moved again");
    assert_eq!(twice.previous.len(), 2);
    assert_eq!(twice.previous[0], moved.previous[0]);
    assert_eq!(twice.previous[1].position, moved.position);

    // A mark that is not placed keeps what it had.
    let gone = format!("{}{}", &edited[..moved.raw.start], &edited[moved.raw.end..]);
    let gone = doc_from(KAMERBRIEF, &gone);
    assert_eq!(locate(&gone, &m), Placement::Orphan);
    assert_eq!(reanchor(&gone, &m, &Placement::Orphan), None);
}

#[test]
fn a_changed_file_with_the_passage_in_place_records_the_new_hash() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let m = mark_for(&d, clean_of(&d, "14.000 slachtoffers heeft geëist"));
    // Trailing spaces on the last line: another file, the same clean text.
    let e = doc_from(KAMERBRIEF, &format!("{text}   "));
    assert_ne!(doc_sha256(e.bytes()), m.doc_sha256);
    let p = locate(&e, &m);
    assert!(matches!(p, Placement::Position(_)));
    let hash = doc_sha256(e.bytes());
    assert_eq!(e.sha256(), hash);
    let moved = reanchor(&e, &m, &p).expect("the hash changed");
    assert_eq!(moved.doc_sha256, hash);
    assert_eq!(
        (&moved.quote, moved.position, moved.raw),
        (&m.quote, m.position, m.raw)
    );
    assert_eq!(moved.previous[0].doc_sha256, m.doc_sha256);
}

#[test]
fn re_anchored_marks_are_saved_and_read_back_and_unmoved_ones_are_written_as_before() {
    let text = seed_text(KAMERBRIEF);
    let d = doc_from(KAMERBRIEF, &text);
    let still = mark_for(&d, clean_of(&d, "14.000 slachtoffers heeft geëist"));
    let mut moving = mark_for(
        &d,
        clean_of(
            &d,
            "Oekraïne is zonder precedent, maar staat niet op zichzelf.",
        ),
    );
    moving.id = "anna-lq1x2y3z-efgh".into();

    // A mark that never moved: its line is the one brief wrote before marks
    // had a `previous` (keys sorted, no `previous` key), byte for byte.
    let line = store::serialise([&still]);
    let expected = format!(
        "{{\"version\": 1, \"marks\": [\n{}\n]}}\n",
        serde_json::json!({
            "created": still.created, "deleted": false, "doc": still.doc,
            "doc_sha256": still.doc_sha256, "id": still.id, "label": still.label,
            "modified": still.modified, "note": still.note,
            "position": {"end": still.position.end, "start": still.position.start},
            "quote": {"exact": still.quote.exact, "prefix": still.quote.prefix, "suffix": still.quote.suffix},
            "raw": {"end": still.raw.end, "start": still.raw.start},
            "reviewer": still.reviewer,
        })
    );
    assert_eq!(line, expected);
    // And such a line reads as a mark without a record.
    let read = store::parse(std::path::Path::new("m.json"), expected.as_bytes()).unwrap();
    assert_eq!(read, vec![still.clone()]);

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("marks.json");
    let mut s = MarkStore::open(&path).unwrap();
    s.add(still.clone()).unwrap();
    s.add(moving.clone()).unwrap();

    let e = doc_from(
        KAMERBRIEF,
        &text.replacen("zonder precedent, maar", "zonder weerga, maar", 1),
    );
    let moved = reanchor(&e, &moving, &locate(&e, &moving)).expect("re-anchored");
    assert!(
        moved.quote.exact.contains("zonder weerga"),
        "{:?}",
        moved.quote.exact
    );
    s.put(moved.clone()).unwrap();

    let back = MarkStore::open(&path).unwrap();
    let got = back.get(&moved.id).unwrap();
    assert_eq!(got.quote, moved.quote);
    assert_eq!(got.position, moved.position);
    assert_eq!(got.raw, moved.raw);
    assert_eq!(got.previous, moved.previous);
    assert_eq!(got.previous[0].quote, moving.quote);
    let bytes = std::fs::read_to_string(&path).unwrap();
    let still_line = bytes.lines().find(|l| l.contains(&still.id)).unwrap();
    assert!(!still_line.contains("previous"), "{still_line}");
    assert!(
        bytes
            .lines()
            .find(|l| l.contains(&moved.id))
            .unwrap()
            .contains("\"previous\":[{")
    );
}

// ---------------------------------------------------------------------------
// Property: a deleted passage is placed only on text like it, in its context

/// Runs of white space as one space, trimmed.
fn folded(s: &str) -> Vec<char> {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect()
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    brief::edit_distance::to_start(a, b, true)
}

fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (folded(a), folded(b));
    let longer = a.len().max(b.len()).max(1);
    1.0 - levenshtein(&a, &b) as f64 / longer as f64
}

/// The stored context of one side against the same number of (folded)
/// characters of the text next to the range: a plainer measure than the
/// code's, which lets the text's side end anywhere. Theirs at 0.75 implies
/// at least 0.5 here.
fn side_similarity(stored: &str, next_to: impl Iterator<Item = char>) -> Option<f64> {
    let stored: Vec<char> = folded(stored);
    if stored.is_empty() {
        return None;
    }
    let actual: String = next_to.take(stored.len() * 3).collect();
    let actual: Vec<char> = folded(&actual).into_iter().take(stored.len()).collect();
    Some(1.0 - levenshtein(&stored, &actual) as f64 / stored.len() as f64)
}

fn check_placement(e: &Document, q: &TextQuote, p: &Placement) -> Result<(), TestCaseError> {
    let Some(r) = p.range() else {
        return Ok(());
    };
    let found = &e.clean[r.clone()];
    let sim = similarity(found, &q.exact);
    prop_assert!(
        sim >= MIN_SIMILARITY,
        "{:?} placed on {:?} ({sim})",
        q.exact,
        found
    );
    let before: String = e.clean[..r.start].chars().rev().collect();
    let before_stored: String = q.prefix.chars().rev().collect();
    let sides = [
        side_similarity(&before_stored, before.chars()),
        side_similarity(&q.suffix, e.clean[r.end..].chars()),
    ];
    let agreeing = sides.iter().flatten().filter(|&&s| s >= 0.5).count();
    let present = sides.iter().flatten().count();
    prop_assert!(
        agreeing >= 1 || present == 0,
        "{:?} placed on {:?} out of context: {sides:?}",
        q.exact,
        found
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_deleted_passage_is_orphaned_or_placed_on_its_like_in_context(
        which in 0usize..5,
        at in 0usize..1_000_000,
        words in 1usize..40,
        extra_before in 0usize..3,
        extra_after in 0usize..3,
    ) {
        thread_local!(static SEEDS: Vec<Document> = Corpus::bundled().documents().cloned().collect());
        SEEDS.with(|seeds| {
            let d = &seeds[which % seeds.len()];
            // A selection of whole words, as the reader makes them.
            let starts: Vec<usize> = d.clean.char_indices()
                .filter(|&(i, c)| !c.is_whitespace()
                    && d.clean[..i].chars().next_back().is_none_or(char::is_whitespace))
                .map(|(i, _)| i)
                .collect();
            let first = at % starts.len();
            let last = (first + words).min(starts.len()) - 1;
            let end = d.clean[starts[last]..]
                .find(char::is_whitespace)
                .map_or(d.clean.len(), |n| starts[last] + n);
            let m = mark_for(d, starts[first]..end);
            prop_assume!(!m.quote.exact.trim().is_empty() && m.raw.start < m.raw.end);
            // Delete its bytes from the file, and maybe a word more on either side.
            let text = std::str::from_utf8(d.bytes()).unwrap();
            let mut from = m.raw.start;
            for _ in 0..extra_before {
                from = text[..from].trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
            }
            let mut to = m.raw.end;
            for _ in 0..extra_after {
                let rest = &text[to..];
                let skip = rest.len() - rest.trim_start().len();
                to += skip + rest[skip..].find(char::is_whitespace).unwrap_or(rest.len() - skip);
            }
            let edited = format!("{}{}", &text[..from], &text[to..]);
            prop_assume!(!edited.trim().is_empty());
            let e = match load_bytes(d.id.clone(), Origin::Bundled("x.txt".into()), edited.into_bytes()) {
                Entry::Doc(e) => *e,
                Entry::Failed { .. } | Entry::Pending { .. } => return Ok(()),
            };
            let p = locate(&e, &m);
            check_placement(&e, &m.quote, &p)?;
            // Re-anchored, it is what was found.
            if let Some(moved) = reanchor(&e, &m, &p) {
                prop_assert_eq!(Some(moved.quote.exact.as_str()), p.range().map(|r| &e.clean[r]));
                prop_assert_eq!(moved.previous.len(), 1);
            }
            Ok(())
        })?;
    }
}
