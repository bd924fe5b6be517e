//! The reader re-anchors marks when it places them: a mark found again in a
//! changed document is saved with the passage as it is now and its old
//! selectors in `previous`; a mark whose passage was deleted is listed as
//! not placed and stays as it was on disk.

use brief::corpus::Corpus;
use brief::marks::anchor::{anchor, doc_sha256};
use brief::marks::store::MarkStore;
use brief::marks::{Mark, clock};
use brief::tui::marks_state::MarksState;
use std::fs;
use std::path::PathBuf;

const TEXT: &str = "Eerste alinea met een inleiding over de inzet van de krijgsmacht. \n\n\
Het kabinet stelt voor de missie in Mali te verlengen met twee helikopters en een team. \n\
Het kabinet stelt voor de missie in Irak te verlengen met twee helikopters en een team. \n\
Daarover besluit de ministerraad later dit voorjaar. \n\n\
Slotalinea over de kosten en de planning van het geheel. \n";

fn mark_on(corpus: &Corpus, passage: &str, id: &str) -> Mark {
    let d = corpus.documents().next().unwrap();
    let at = d.clean.find(passage).unwrap();
    let a = anchor(d, at..at + passage.len());
    Mark {
        id: id.into(),
        doc: d.id.clone(),
        doc_sha256: doc_sha256(d.bytes()),
        quote: a.quote,
        position: a.position,
        raw: a.raw,
        label: "vraag".into(),
        note: String::new(),
        reviewer: "tester".into(),
        created: clock::now_rfc3339(),
        modified: "2024-01-01T00:00:00.000Z".into(),
        deleted: false,
        previous: Vec::new(),
    }
}

#[test]
fn opening_the_reader_saves_re_anchored_marks_and_leaves_orphans_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("brief.txt");
    fs::write(&file, TEXT).unwrap();
    let paths = vec![tmp.path().to_path_buf()];
    let corpus = Corpus::from_args(&paths);
    let moving = "Slotalinea over de kosten en de planning van het geheel.";
    let mali =
        "Het kabinet stelt voor de missie in Mali te verlengen met twee helikopters en een team.";
    let marks_file: PathBuf = tmp.path().join("marks.json");
    let mut store = MarkStore::open(&marks_file).unwrap();
    let m1 = mark_on(&corpus, moving, "tester-1");
    let m2 = mark_on(&corpus, mali, "tester-2");
    store.add(m1.clone()).unwrap();
    store.add(m2.clone()).unwrap();
    drop(store);

    // A paragraph inserted at the top; the Mali sentence deleted (the Irak
    // one, a word apart, stays next to where it was).
    let edited = format!(
        "Nieuwe eerste alinea. \n\n{}",
        TEXT.replace(&format!("{mali} \n"), "")
    );
    fs::write(&file, &edited).unwrap();
    let corpus = Corpus::from_args(&paths);
    let state = MarksState::open(&corpus, marks_file.clone(), "tester".into());
    assert_eq!(state.orphans, vec!["tester-2".to_string()]);
    let placed = &state.placed[0];
    assert_eq!(placed.len(), 1);
    let d = corpus.documents().next().unwrap();
    assert_eq!(&d.clean[placed[0].range.clone()], moving);

    // On disk: the moved mark with its new selectors and its old ones.
    let back = MarkStore::open(&marks_file).unwrap();
    let got = back.get("tester-1").unwrap();
    assert_eq!(got.quote.exact, moving);
    let at = d.clean.find(moving).unwrap();
    assert_eq!(got.position.start, d.clean[..at].chars().count());
    assert_ne!(got.position, m1.position);
    assert_eq!(got.doc_sha256, doc_sha256(edited.as_bytes()));
    assert_eq!(
        &edited.as_bytes()[got.raw.start..got.raw.end],
        moving.as_bytes()
    );
    assert_eq!(got.previous.len(), 1);
    assert_eq!(got.previous[0].position, m1.position);
    assert!(got.modified > m1.modified);
    // The orphan: exactly as it was.
    assert_eq!(back.get("tester-2").unwrap(), &m2);

    // Opening again changes nothing more.
    let bytes = fs::read(&marks_file).unwrap();
    let again = MarksState::open(&corpus, marks_file.clone(), "tester".into());
    assert_eq!(again.orphans, vec!["tester-2".to_string()]);
    assert_eq!(fs::read(&marks_file).unwrap(), bytes);
}
