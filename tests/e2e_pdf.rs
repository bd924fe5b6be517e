//! End to end on real PDFs: the real `brief` binary in a pseudo-terminal
//! opens a Kamerbrief PDF (a copy in a fresh temp dir, the home and XDG
//! folders in another), shows the letter's subject and its section tree,
//! opens a section from the tree, shows the section's page as the PDF lays
//! it out with `r`, and quits; the folder of the PDF then holds the PDF and
//! nothing else, byte for byte as it was. A Kamervragen PDF lists its
//! questions in the tree, with the answer under each.
//!
//! Expected text is the fixture's own (its headings, a sentence of a
//! section); the printed lines the raw view is held to come from the PDF's
//! text layer as the library reads it, not from this file.

#![cfg(unix)]

mod common;

use brief::tui::app::Pane;
use brief::tui::layout::{Hints, layout_with, tree_width};
use common::pty::{PtyCommand, Session};
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: a debug build reads a 7-page PDF while the CI machine is busy.
const TIMEOUT: Duration = Duration::from_secs(30);

const LETTER: &str = "ienw-circulaire-economie-2023.pdf";
const QUESTIONS: &str = "ah-bz-ceder-dobbe-jemen-2024.pdf";

/// A fixture PDF copied alone into a fresh folder, and a second folder for
/// brief's home, XDG folders and rescue files.
struct Isolated {
    pdf_dir: TempDir,
    home_dir: TempDir,
    pdf: PathBuf,
    original: Vec<u8>,
}

impl Isolated {
    fn new(fixture: &str) -> Isolated {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/pdf")
            .join(fixture);
        let original = std::fs::read(&src).unwrap();
        let pdf_dir = tempfile::Builder::new()
            .prefix("brief-e2e-pdf")
            .tempdir()
            .unwrap();
        let home_dir = tempfile::Builder::new()
            .prefix("brief-e2e-pdf-home")
            .tempdir()
            .unwrap();
        let pdf = pdf_dir.path().join(fixture);
        std::fs::write(&pdf, &original).unwrap();
        Isolated {
            pdf_dir,
            home_dir,
            pdf,
            original,
        }
    }

    /// `brief PDF`, started in the PDF's folder (so anything written to the
    /// working directory would land beside the PDF too), on a rows×cols
    /// terminal, colours allowed.
    fn spawn(&self, rows: u16, cols: u16) -> Session {
        let home = self.home_dir.path().join("home");
        PtyCommand::new(self.pdf_dir.path())
            .arg(&self.pdf)
            .size(rows, cols)
            .timeout(TIMEOUT)
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("BRIEF_REVIEWER", "tester")
            .env(
                brief::marks::rescue::RESCUE_DIR_ENV,
                self.home_dir.path().join("rescue"),
            )
            .env_remove("NO_COLOR")
            .spawn()
    }

    /// The PDF's folder holds the PDF alone, with the bytes it had.
    fn assert_untouched(&self) {
        let mut names: Vec<String> = std::fs::read_dir(self.pdf_dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let pdf_name = self.pdf.file_name().unwrap().to_string_lossy();
        assert_eq!(
            names,
            vec![pdf_name.into_owned()],
            "opening a PDF wrote something beside it"
        );
        assert!(
            std::fs::read(&self.pdf).unwrap() == self.original,
            "the PDF's bytes changed"
        );
    }
}

/// The tree and reader panes at COLS×ROWS with `pdf` open (the wide layout
/// places them the same whatever has the focus; the tree is as wide as the
/// document's titles ask).
fn panes(pdf: &Path) -> (Rect, Rect) {
    let entry = brief::corpus::load_file("pdf".into(), pdf);
    let hints = Hints {
        zoom: false,
        tree_width: entry.doc().map(tree_width),
        list_rows: None,
    };
    let l = layout_with(
        Rect::new(0, 0, COLS, ROWS),
        Pane::Reader,
        Pane::Tree,
        Pane::Tree,
        hints,
    );
    (
        l.tree.expect("a tree pane at 120 columns"),
        l.reader.expect("a reader pane"),
    )
}

/// Words separated by single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows inside a bordered pane's borders.
fn pane_rows(s: &vt100::Screen, pane: Rect) -> Vec<String> {
    let rows: Vec<String> = s.rows(pane.x + 1, pane.width.saturating_sub(2)).collect();
    rows[usize::from(pane.y + 1)..usize::from(pane.y + pane.height - 1)].to_vec()
}

/// The inside of a bordered pane as one line of text (wrapping undone).
fn pane_text(s: &vt100::Screen, pane: Rect) -> String {
    squash(&pane_rows(s, pane).join(" "))
}

fn status_row(s: &vt100::Screen) -> String {
    s.rows(0, COLS)
        .nth(usize::from(ROWS - 1))
        .unwrap_or_default()
}

/// A tree row's label: without the selection and fold markers before it.
fn label(row: &str) -> &str {
    row.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '▶' | '▼' | '▸' | '▾'))
        .trim_end()
}

/// The label of the selected tree row (the row that starts with the
/// highlight symbol; the others start with blanks).
fn tree_selection(s: &vt100::Screen, tree: Rect) -> Option<String> {
    pane_rows(s, tree)
        .iter()
        .find(|r| r.starts_with('▶'))
        .map(|r| label(r).to_string())
}

/// The tree row that shows `heading`: whole, or cut at the pane's edge
/// (with or without an ellipsis) after at least 12 characters of it.
fn tree_row_of(rows: &[String], heading: &str) -> Option<usize> {
    rows.iter().position(|r| {
        let l = label(r).trim_end_matches('…');
        l == heading || (l.chars().count() >= 12 && heading.starts_with(l))
    })
}

/// Presses `key` until the tree's selection is `want`.
fn select_in_tree(s: &mut Session, tree: Rect, want: &str, key: &str) {
    for _ in 0..40 {
        let selected = tree_selection(&s.screen(), tree);
        if selected
            .as_deref()
            .is_some_and(|l| l == want || l.starts_with(&format!("{want}:")))
        {
            return;
        }
        s.press(key);
        s.wait_until(
            &format!("the tree selection to move on from {selected:?}"),
            |sc| tree_selection(sc, tree) != selected,
        );
    }
    panic!("{want:?} not reached in the tree\n{}", s.dump());
}

/// Presses q; brief exits with success.
fn quit(s: &mut Session) {
    s.press("q");
    let status = s.wait_exit();
    assert!(
        status.success(),
        "brief exited with {status:?}\n{}",
        s.dump()
    );
}

/// A row without the mark a cut line may end with.
fn unmarked(row: &str) -> &str {
    row.trim_end_matches(['…', '→', '↩', '»', '>']).trim_end()
}

/// The lines of the PDF's text layer (what brief reads of it) from the
/// line `first` on, up to the first blank line: one printed paragraph.
fn printed_paragraph(pdf: &[u8], first: &str) -> Vec<String> {
    let layer = brief::pdf::text_layer(pdf).expect("the fixture has a text layer");
    let lines: Vec<&str> = layer.text.split('\n').collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == first)
        .unwrap_or_else(|| panic!("no printed line {first:?}"));
    lines[at..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn a_kamerbrief_pdf_shows_its_sections_a_section_and_its_page_and_stays_untouched() {
    let iso = Isolated::new(LETTER);
    let (tree, reader) = panes(&iso.pdf);
    let mut s = iso.spawn(ROWS, COLS);

    // 1. The letter: its subject, and its section tree with the real headings.
    s.wait_until("the letter in the status bar", |sc| {
        status_row(sc).contains("Nationaal Programma Circulaire… · Kamerbrief")
    });
    s.wait_until("the subject in the reader", |sc| {
        pane_text(sc, reader).contains(
            "Betreft Nationaal Programma Circulaire Economie 2023-2030 (NPCE) \
             incl. kabinetsreactie op ICER en SER-verkenning",
        )
    });
    let title_row = s.screen().rows(0, COLS).next().unwrap_or_default();
    assert!(
        title_row.contains("Nationaal Programma Circulaire Economie 2023-2030 (NPCE)"),
        "the reader's title is not the letter's subject\n{}",
        s.dump()
    );
    let headings = [
        "Het Nationaal Programma Circulaire Economie 2023-2030 (NPCE)",
        "ICER en SER-verkenning",
        "Uitwerking ambitieus klimaatdoel voor de circulaire economie",
        "Data en monitoring",
        "Kabinetsbrede inzet op circulaire economie",
        "Tot slot",
    ];
    s.wait_until("the letter's headings in the section tree", |sc| {
        let rows = pane_rows(sc, tree);
        headings.iter().all(|h| tree_row_of(&rows, h).is_some())
    });
    let rows = pane_rows(&s.screen(), tree);
    let at: Vec<usize> = headings
        .iter()
        .map(|h| tree_row_of(&rows, h).unwrap())
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "the headings are not in the letter's order: rows {at:?}\n{}",
        s.dump()
    );

    // 2. The tree, down to "Data en monitoring"; Enter reads it.
    focus_tree(&mut s, tree);
    select_in_tree(&mut s, tree, "Data en monitoring", "j");
    s.press("\r");
    s.wait_until("the section at the top of the reader", |sc| {
        let rows = pane_rows(sc, reader);
        let first = rows.iter().find(|r| !r.trim().is_empty());
        first.is_some_and(|r| r.trim() == "Data en monitoring")
            && pane_text(sc, reader).contains("Bij het opstellen van het NPCE")
    });
    s.wait_until("the section and its page in the status bar", |sc| {
        let st = status_row(sc);
        st.contains("· Data en monitoring ·") && st.contains("p. 5/7") && !st.contains("RAW")
    });
    // The reading text joins the printed lines: "door de" ends a line on
    // the page, "transitieteams" starts the next.
    let clean = pane_text(&s.screen(), reader);
    assert!(
        clean.contains(
            "Bij het opstellen van het NPCE (en eerder de adviesroutekaarten door de transitieteams"
        ),
        "the section's first sentence is not read as one text\n{}",
        s.dump()
    );

    // 3. r: the page's lines as the PDF prints them, from the same place.
    let printed = printed_paragraph(&iso.original, "Data en monitoring");
    assert!(printed.len() >= 5, "{printed:?}");
    let last_line = printed.last().unwrap().clone();
    assert!(
        !pane_rows(&s.screen(), reader)
            .iter()
            .any(|r| r.trim() == last_line),
        "the reading view already shows the printed line {last_line:?} as a row: \
         the check below would prove nothing\n{}",
        s.dump()
    );
    s.press("r");
    s.wait_until("the raw view in the status bar", |sc| {
        status_row(sc).contains("RAW")
    });
    s.wait_until("the printed lines of the section in the reader", |sc| {
        let rows = pane_rows(sc, reader);
        let Some(h) = rows.iter().position(|r| r.trim() == "Data en monitoring") else {
            return false;
        };
        // The heading and the first printed line follow each other with no
        // blank between (the reading view puts one there) ...
        rows.get(h + 1)
            .is_some_and(|r| r.trim_start().starts_with("Bij het opstellen van het NPCE"))
            // ... the line after it starts a row, with the footnote number
            // printed as the PDF prints it ...
            && rows
                .iter()
                .any(|r| r.trim_start().starts_with("transitieteams4) bleek dat nog veel data"))
            // ... and the paragraph's last printed line is a row of its own.
            && rows.iter().any(|r| r.trim() == last_line)
    });
    let st = status_row(&s.screen());
    assert!(
        st.contains("· Data en monitoring ·") && st.contains("p. 5/7"),
        "the raw view does not say which section and page it shows: {st:?}\n{}",
        s.dump()
    );
    // r again: back to the reading text, at the same section.
    s.press("r");
    s.wait_until("the reading view again", |sc| {
        !status_row(sc).contains("RAW")
            && pane_text(sc, reader).contains(
                "Bij het opstellen van het NPCE (en eerder de adviesroutekaarten door de transitieteams",
            )
    });

    // 4. Quit: beside the PDF there is the PDF, unchanged, and nothing else.
    quit(&mut s);
    iso.assert_untouched();
}

// KNOWN PRODUCT DEFECT (reported; this test fails until it is fixed): at
// 120x40 the reader pane is 70 columns wide and the raw view wraps every
// printed line that is longer, so "…adviesroutekaarten door de" shows as
// "…adviesroutekaarten door" and then a row holding only "de", which reads
// as a line of the page that the PDF does not have. Any fix that keeps each
// printed line on a row of its own passes: a wider raw view, cutting at the
// edge with a mark ("…", "→"), or marking the wrapped rest ("↪ de").
#[test]
fn the_raw_view_shows_each_printed_line_of_a_pdf_page_as_one_line() {
    let iso = Isolated::new(LETTER);
    let (tree, reader) = panes(&iso.pdf);
    let mut s = iso.spawn(ROWS, COLS);
    s.wait_until("the letter's tree", |sc| {
        tree_row_of(&pane_rows(sc, tree), "Data en monitoring").is_some()
    });
    focus_tree(&mut s, tree);
    select_in_tree(&mut s, tree, "Data en monitoring", "j");
    s.press("\r");
    s.wait_until("the section's page in the status bar", |sc| {
        status_row(sc).contains("p. 5/7")
    });
    s.press("r");
    s.wait_until("the raw view at the section", |sc| {
        status_row(sc).contains("RAW")
            && pane_rows(sc, reader)
                .iter()
                .any(|r| r.trim() == "Data en monitoring")
    });

    let printed = printed_paragraph(&iso.original, "Data en monitoring");
    let rows = pane_rows(&s.screen(), reader);
    let h = rows
        .iter()
        .position(|r| r.trim() == "Data en monitoring")
        .unwrap();
    let mut row = h + 1;
    for (n, line) in printed.iter().enumerate().skip(1) {
        let Some(shown) = rows.get(row).map(|r| r.trim()) else {
            break; // the paragraph runs past the pane's foot
        };
        let cut = unmarked(shown);
        assert!(
            !cut.is_empty() && line.starts_with(cut),
            "printed line {n} {line:?} does not start row {row}: {shown:?}\n{}",
            s.dump()
        );
        row += 1;
        if shown == line.as_str() {
            continue;
        }
        // The line did not fit: what is left of it may follow only as
        // rows marked as its rest, or its cut must be marked.
        let next = printed.get(n + 1);
        let starts_next = |r: &str| {
            let c = unmarked(r);
            !c.is_empty() && next.is_some_and(|l| l.starts_with(c))
        };
        let mut rest_rows = 0;
        while let Some(rest) = rows.get(row).map(|r| r.trim()) {
            if rest.is_empty() || starts_next(rest) {
                break;
            }
            assert!(
                rest.starts_with(|c: char| !c.is_alphanumeric()),
                "printed line {n} {line:?} is broken over rows that read as two printed \
                 lines: {shown:?}, then {rest:?}\n{}",
                s.dump()
            );
            rest_rows += 1;
            row += 1;
        }
        assert!(
            rest_rows > 0 || cut != shown,
            "printed line {n} {line:?} is cut to {shown:?} without a mark\n{}",
            s.dump()
        );
    }
    quit(&mut s);
    iso.assert_untouched();
}

#[test]
fn a_kamervragen_pdf_lists_its_questions_with_the_answer_under_each() {
    let iso = Isolated::new(QUESTIONS);
    let (tree, _) = panes(&iso.pdf);
    let mut s = iso.spawn(ROWS, COLS);
    s.wait_until("the questions in the status bar", |sc| {
        let status = status_row(sc);
        status.contains("Vragen van Ceder en Dobbe") && status.contains("· Kamervragen")
    });
    s.wait_until("Vraag 1 and Vraag 2 in the section tree", |sc| {
        let rows = pane_rows(sc, tree);
        let at = |v: &str| rows.iter().position(|r| label(r).starts_with(v));
        matches!((at("Vraag 1:"), at("Vraag 2:")), (Some(a), Some(b)) if a < b)
    });
    // The answer sits under its question: l opens the question.
    focus_tree(&mut s, tree);
    select_in_tree(&mut s, tree, "Vraag 1", "j");
    s.press("l");
    s.wait_until("Antwoord 1 under Vraag 1", |sc| {
        let rows = pane_rows(sc, tree);
        let at = |v: &str| rows.iter().position(|r| label(r).starts_with(v));
        matches!(
            (at("Vraag 1:"), at("Antwoord 1"), at("Vraag 2:")),
            (Some(q), Some(a), Some(q2)) if q < a && a < q2
        )
    });
    quit(&mut s);
    iso.assert_untouched();
}

/// Gives the section tree the focus: a single document opens with the
/// reader focused (issue 10), and Tab goes from the reader to the list, then
/// to the tree.
fn focus_tree(s: &mut Session, tree: Rect) {
    s.press("\t");
    s.press("\t");
    s.wait_until("the tree's selection", |sc| {
        tree_selection(sc, tree).is_some()
    });
}
