//! `brief cat`: the clean reading text of one document, or its original bytes.
//! Making the reading text is contained ([`brief::contain`]): should it
//! panic (a bug), the file is named on stderr and the exit code is 1.

use anyhow::{Context, Result, bail};
use brief::contain::{Failure, contain};
use brief::corpus::{Corpus, Entry, is_stdin};
use brief::document::Document;
use brief::outline::clean_text;
use std::io::Write;
use std::path::PathBuf;

pub fn cat(raw: bool, all: bool, width: Option<usize>, key: &str, paths: &[PathBuf]) -> Result<()> {
    let path = PathBuf::from(key);
    // A path (or `-`, standard input) alone needs no corpus around it; a
    // path that is not a file is read too, to say what it is instead.
    let alone =
        paths.is_empty() && (is_stdin(&path) || path.symlink_metadata().is_ok_and(|m| !m.is_dir()));
    let corpus = if alone {
        Corpus::open(&[path])
    } else {
        Corpus::from_args(paths)
    };
    let entry = if alone {
        corpus.entries.first().context("nothing to read")?
    } else {
        corpus.lookup(key)?
    };
    let mut out = std::io::stdout().lock();
    let what = if raw { What::Raw } else { What::Clean };
    write_entry(entry, what, &mut out, |d| clean_text(d, all, width))?;
    // The document was printed; other files named that could not be read
    // still fail the command, as in every subcommand.
    super::check_inputs(&corpus)
}

/// The original bytes, or the reading text.
#[derive(Clone, Copy)]
enum What {
    Raw,
    Clean,
}

/// Writes the entry to `out`: its bytes, or the reading text `clean`
/// makes (contained), else an error naming the file and why.
fn write_entry(
    entry: &Entry,
    what: What,
    out: &mut impl Write,
    clean: impl FnOnce(&Document) -> String,
) -> Result<()> {
    match (entry, what) {
        (Entry::Failed { origin, error, .. }, _) => bail!("{}: {error}", origin.display()),
        (Entry::Doc(d), What::Raw) => out.write_all(d.source_text_bytes())?,
        (Entry::Doc(d), What::Clean) => {
            let text = contain(|| clean(d)).map_err(|f| failed(d, &f))?;
            out.write_all(text.as_bytes())?
        }
    }
    Ok(out.flush()?)
}

/// The error for a reading text that could not be made: the file, what
/// failed, and where.
fn failed(d: &Document, f: &Failure) -> anyhow::Error {
    anyhow::anyhow!(
        "{}: brief hit a bug while making the reading text ({}); please report it",
        d.origin.display(),
        f.summary()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Unreadable, check_inputs, error_text};
    use brief::corpus::load_bytes;
    use brief::document::Origin;
    use brief::document::source::LoadError;

    fn kamerbrief() -> Entry {
        let bytes = "Vergaderjaar 2023–2024\n\nGeachte voorzitter,\n".as_bytes();
        load_bytes("kb".into(), Origin::File("kb.txt".into()), bytes.to_vec())
    }

    #[test]
    fn a_panic_making_the_reading_text_names_the_file_and_prints_nothing() {
        let mut out = Vec::new();
        let e = write_entry(&kamerbrief(), What::Clean, &mut out, |d| {
            let at = d.text.find('–').unwrap() + 1;
            d.text[at..].to_string()
        })
        .unwrap_err();
        let said = error_text(&e);
        assert!(
            said.starts_with("kb.txt: brief hit a bug while making the reading text (")
                && said.contains("is not a char boundary")
                && said.ends_with("); please report it"),
            "{said}"
        );
        assert!(out.is_empty(), "nothing half-made is printed");
        assert!(!brief::contain::is_contained());
    }

    #[test]
    fn the_reading_text_is_printed_as_made() {
        let mut out = Vec::new();
        write_entry(&kamerbrief(), What::Clean, &mut out, |_| "tekst\n".into()).unwrap();
        assert_eq!(out, b"tekst\n");
    }

    #[test]
    fn a_document_that_tripped_a_bug_while_loading_is_named_and_fails() {
        let entry = Entry::Failed {
            id: "kb".into(),
            origin: Origin::File("kb.txt".into()),
            error: LoadError::Bug("byte index 3 is not a char boundary (at src/x.rs:1:2)".into()),
        };
        let e = write_entry(&entry, What::Raw, &mut Vec::new(), |_| unreachable!()).unwrap_err();
        assert_eq!(
            error_text(&e),
            "kb.txt: brief hit a bug while reading this document (byte index 3 is not a \
             char boundary (at src/x.rs:1:2)); please report it"
        );
        // Every other subcommand names it (on stderr) and fails the same way.
        let corpus = Corpus {
            entries: vec![kamerbrief(), entry],
            root: None,
        };
        let e = check_inputs(&corpus).unwrap_err();
        assert_eq!(e.downcast_ref::<Unreadable>().map(|u| u.0), Some(1));
    }
}
