//! The scriptable subcommands: each prints what the library computes, through
//! the same corpus, parsers and stores the reader uses.
//!
//! What every subcommand shares: plain text goes out inert (control
//! characters in file names, ids and marks as visible pictures, see
//! [`brief::output::inert`]), JSON through [`brief::output::json`], and a
//! file that could not be read is named on stderr and makes the exit code
//! non-zero, after everything that could be printed was ([`check_inputs`]).

pub mod cat;
pub mod contained;
pub mod entities;
pub mod marks;
pub mod outline;
pub mod search;

use brief::corpus::{Corpus, Entry};
use brief::output::inert::inert_line;

/// Files that could not be read; main prints this and exits with 1.
#[derive(Debug)]
pub struct Unreadable(pub usize);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            1 => write!(f, "1 file could not be read"),
            n => write!(f, "{n} files could not be read"),
        }
    }
}

impl std::error::Error for Unreadable {}

/// "brief: MESSAGE" on stderr, the message inert and on one line.
pub fn warn(message: &str) {
    eprintln!("brief: {}", inert_line(message));
}

/// Names every entry of the corpus that could not be read ("brief: FILE:
/// REASON") and fails if there was one. Called after the output, so what
/// could be read is printed all the same.
pub fn check_inputs(corpus: &Corpus) -> anyhow::Result<()> {
    check_entries(&corpus.entries)
}

/// [`check_inputs`] for entries kept from a corpus read a slice at a time
/// (the others need not be given).
pub fn check_entries(entries: &[Entry]) -> anyhow::Result<()> {
    let mut n = 0;
    for e in entries {
        if let Entry::Failed { origin, error, .. } = e {
            warn(&format!("{}: {error}", origin.display()));
            n += 1;
        }
    }
    if n > 0 {
        return Err(Unreadable(n).into());
    }
    Ok(())
}

/// Whether the error is, anywhere in its chain, a write to a closed pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// An error with its causes, as "context: cause: cause". Errors that put
/// their cause in their own message (as `StoreError::Io` does) do not also
/// return it as their `source`, so nothing is told twice.
pub fn error_text(e: &anyhow::Error) -> String {
    format!("{e:#}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn context_and_cause_both_shown() {
        let e = Err::<(), _>(std::io::Error::from_raw_os_error(13))
            .context("cannot save")
            .unwrap_err();
        let os = std::io::Error::from_raw_os_error(13).to_string();
        assert_eq!(error_text(&e), format!("cannot save: {os}"));
    }
}
