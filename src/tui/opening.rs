//! What the reader reads before its first frame, on the main thread while
//! another takes the terminal: the corpus and the reading places. A small
//! corpus is read whole, its list in reading order at once; a large one, or
//! a single file longer than a first screen, is opened pending with the
//! document shown first read now (a long file only its start, see
//! [`FirstRead`]) and the rest read while the reader is open.

use super::arriving::FirstRead;
use super::loading::READ_FIRST_BYTES;
use crate::corpus::Corpus;
use crate::corpus::plan::Plan;
use crate::reading_places::ReadingPlaces;
use std::path::PathBuf;

/// What the reader opens: the bundled briefing, or files and folders.
#[derive(Debug, Clone)]
pub enum Opening {
    Bundled,
    Paths(Vec<PathBuf>),
}

/// What was read before the first frame.
pub struct Opened {
    pub corpus: Corpus,
    /// A corpus read while the reader is open: the plan, and the document
    /// shown first, read already.
    pub reading: Option<(Plan, Option<FirstRead>)>,
    pub places: ReadingPlaces,
    /// Why the reading places were not taken, for the status bar.
    pub places_warning: Option<String>,
}

/// Reads what the first frame needs, on a screen that shows about `screen`
/// bytes of a document ([`super::arriving::first_screen_bytes`]).
pub fn open(opening: Opening, screen: usize) -> Opened {
    let plan = match opening {
        // The letter first, then the press by date.
        Opening::Bundled => return complete(Corpus::bundled().into_reading_order()),
        Opening::Paths(paths) => Plan::of(&paths),
    };
    if reads_whole_first(&plan, screen) {
        return complete(plan.read_all().into_reading_order());
    }
    let corpus = plan.pending();
    let (places, places_warning) = ReadingPlaces::load(&corpus);
    // The document read last, or the first.
    let first = places
        .last
        .as_deref()
        .and_then(|id| corpus.entries.iter().position(|e| e.id() == id))
        .unwrap_or(0);
    let first = FirstRead::of(&plan, first, screen);
    Opened {
        corpus,
        reading: Some((plan, first)),
        places,
        places_warning,
    }
}

fn complete(corpus: Corpus) -> Opened {
    let (places, places_warning) = ReadingPlaces::load(&corpus);
    Opened {
        corpus,
        reading: None,
        places,
        places_warning,
    }
}

/// A corpus of a few megabytes is read before the first frame (its list is
/// in reading order from the start), unless it is one file longer than a
/// first screen: that one is shown from its start.
fn reads_whole_first(plan: &Plan, screen: usize) -> bool {
    let one_long_file = plan.len() == 1 && plan.bytes_of(0) > screen as u64;
    plan.bytes_on_disk() <= READ_FIRST_BYTES && !one_long_file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::arriving::FIRST_SCREEN_BYTES;

    #[test]
    fn one_long_file_is_shown_from_its_start_and_a_few_short_ones_read_first() {
        let dir = tempfile::tempdir().unwrap();
        let short = dir.path().join("kort.txt");
        std::fs::write(&short, "Geachte voorzitter,\n\nKort.\n").unwrap();
        let long = dir.path().join("lang.txt");
        let para = "Geachte voorzitter,\n\nDit is een alinea van een lange brief.\n\n";
        std::fs::write(&long, para.repeat(1000)).unwrap();

        let opened = open(Opening::Paths(vec![short.clone()]), FIRST_SCREEN_BYTES);
        assert!(opened.reading.is_none());
        assert!(opened.corpus.entries[0].doc().is_some());

        let opened = open(Opening::Paths(vec![long.clone()]), FIRST_SCREEN_BYTES);
        let (_, first) = opened.reading.expect("read while open");
        let first = first.expect("the document shown first");
        assert_eq!(first.start_of, Some((para.len() * 1000) as u64));
        let start = first.entry.doc().unwrap().bytes().len();
        assert!(start <= FIRST_SCREEN_BYTES && start > 0);

        // Two files, one of them long: a small corpus, read whole first.
        let opened = open(Opening::Paths(vec![short, long]), FIRST_SCREEN_BYTES);
        assert!(opened.reading.is_none());
        assert!(opened.corpus.entries.iter().all(|e| e.doc().is_some()));
    }
}
