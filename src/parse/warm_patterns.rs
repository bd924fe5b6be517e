//! Compiling the parsers' patterns is most of the work of opening one small
//! document: two thirds of the instructions of `brief outline` on seed 004,
//! with the patterns already limited to the Latin script (`pattern.rs`), and
//! the reader's first frame waits for it. Once the kind of the first document
//! parsed is known, a thread compiles the patterns of that kind's parser in
//! the reverse order of their first use, so that on two cores the parser and
//! that thread meet halfway; a pattern the parser needs while the thread
//! compiles it waits for that compilation (`LazyLock`), so nothing is
//! compiled twice. On one core (or one rayon thread) no thread is started.

use crate::document::DocKind;
use std::sync::Once;

/// Starts the thread for the first document parsed, of kind `kind`, once
/// per process.
pub(super) fn start(kind: DocKind) {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        // Rayon's count (the pool that reads the documents is up by now):
        // `available_parallelism` reads four cgroup files on every call.
        if rayon::current_num_threads() > 1 {
            // A thread that cannot be started leaves the patterns to the parser.
            let _ = std::thread::Builder::new()
                .name("brief patterns".into())
                .spawn(move || compile_for(kind));
        }
    });
}

/// The patterns the parser of `kind` uses, its last-used first. Other
/// kinds' are left to their parsers: compiled here while this document is
/// parsed, they only slowed it (a news article by a tenth).
fn compile_for(kind: DocKind) {
    match kind {
        DocKind::Kamerbrief => {
            super::signatures::warm_patterns();
            super::heading::warm_patterns();
        }
        DocKind::Kamervragen => {
            super::kamervragen_meta::warm_patterns();
            super::kamervragen_qa::warm_patterns();
            super::kamervragen_furniture::warm_patterns();
        }
        _ => {
            super::news::warm_patterns();
            super::chrome::warm_patterns();
        }
    }
}
