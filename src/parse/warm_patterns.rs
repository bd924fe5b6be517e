//! Compiling the parsers' patterns is most of the work of opening one small
//! document: two thirds of the instructions of `brief outline` on seed 004,
//! with the patterns already limited to the Latin script (`pattern.rs`), and
//! the reader's first frame waits for it. Once the kind of the first document
//! parsed is known, a thread compiles the patterns of that kind's parser in
//! the reverse order of their first use, so that on two cores the parser and
//! that thread meet halfway; a pattern the parser needs while the thread
//! compiles it waits for that compilation (`LazyLock`), so nothing is
//! compiled twice. On one core no thread is started, nor for a letter, whose
//! patterns left compile in less time than a thread takes to start.

use crate::document::DocKind;
use std::sync::Once;

/// Starts the thread for the first document parsed, of kind `kind`, once
/// per process.
pub(super) fn start(kind: DocKind) {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        // A letter's patterns left (its headings') take less to compile
        // than a thread takes to start.
        if kind == DocKind::Kamerbrief {
            return;
        }
        // Not rayon's count: asked outside its pool (the reader reads the
        // first document on its main thread), that starts the pool.
        if crate::cores::cores() > 1 {
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
