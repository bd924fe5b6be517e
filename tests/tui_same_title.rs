//! A folder with several extractions of one letter (the corpus's layout):
//! their titles are the same, so the document list names each one's file,
//! keeping the end of a long name, where the names differ. A document with
//! a title of its own shows no file name.

mod common;
use common::{screen, screen_text as text};

use brief::corpus::Corpus;
use brief::tui::{App, Theme};
use std::path::PathBuf;

fn app() -> App {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let files: Vec<PathBuf> = [
        "ezk-herijkte-missies-2023.interleaved.txt",
        "ezk-herijkte-missies-2023.layout.txt",
        "ezk-herijkte-missies-2023.pdftotext.txt",
        "ah-vws-westerveld-jongeren-2024.pdftotext.txt",
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect();
    App::new(Corpus::open(&files), Theme::plain())
}

#[test]
fn extractions_of_one_letter_are_told_apart_by_their_file_160x48() {
    let mut a = app();
    let t = screen(&mut a, 160, 48);
    let s = text(&t);
    // The list is 30 columns wide: the names keep their ends (and the
    // line's end says more facts follow).
    for end in [
        "…ssies-2023.interleaved.txt…",
        "…te-missies-2023.layout.txt…",
        "…missies-2023.pdftotext.txt…",
    ] {
        assert!(s.contains(end), "{end} not in the list:\n{s}");
    }
    assert!(
        !s.contains("ah-vws-westerveld"),
        "a title of its own needs no file name:\n{s}"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn a_narrow_list_keeps_the_end_of_the_file_name_80x24() {
    let mut a = app();
    let t = screen(&mut a, 80, 24);
    let s = text(&t);
    for end in ["interleaved.txt", "layout.txt", "pdftotext.txt"] {
        assert!(s.contains(end), "{end}:\n{s}");
    }
    insta::assert_snapshot!(t.backend());
}
