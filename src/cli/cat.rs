//! `brief cat`: the clean reading text of one document, or its original bytes,
//! or (`--section TITLE`) one section of it with its subsections.
//! Making the reading text is contained ([`brief::contain`]): should it
//! panic (a bug), the file is named on stderr and the exit code is 1.

use anyhow::{Context, Result, bail};
use brief::contain::{Failure, contain};
use brief::corpus::{Corpus, Entry, is_stdin};
use brief::document::Document;
use brief::outline::clean_text;
use std::io::Write;
use std::path::PathBuf;

/// What `brief cat` prints of a document.
#[derive(Debug, Clone, Copy, Default)]
pub struct CatOptions<'a> {
    /// The original bytes, unchanged.
    pub raw: bool,
    /// Folded blocks too.
    pub all: bool,
    /// Paragraphs wrapped to this many columns.
    pub width: Option<usize>,
    /// Only the section this names (see [`find_section`]).
    pub section: Option<&'a str>,
}

pub fn cat(options: CatOptions, key: &str, paths: &[PathBuf]) -> Result<()> {
    let CatOptions {
        raw,
        all,
        width,
        section,
    } = options;
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
    if let (Some(title), Entry::Doc(d)) = (section, entry) {
        // Found before anything is written: a wrong title prints nothing.
        let s = find_section(d, title)?;
        write_entry(entry, What::Clean, &mut out, |d| {
            section_text(d, s, all, width)
        })?;
        return super::check_inputs(&corpus);
    }
    let what = if raw { What::Raw } else { What::Clean };
    write_entry(entry, what, &mut out, |d| clean_text(d, all, width))?;
    // The document was printed; other files named that could not be read
    // still fail the command, as in every subcommand.
    super::check_inputs(&corpus)
}

/// The section of `d` that `key` names: its title, case and diacritics
/// aside ("mh17", "Reisadvies Oekraine"); else the one title that starts
/// with it; else the one title that contains it. Several titles at a step:
/// an error that lists them. None at all: an error that lists every
/// section. Headings and brief's own parts ("Header", "Introduction",
/// "Footnotes") are sections alike.
pub fn find_section(d: &Document, key: &str) -> Result<usize> {
    let want = fold(key.trim());
    if want.is_empty() {
        bail!(
            "{}: --section needs a title; {}",
            d.id,
            listed(d, 0..d.sections.len())
        );
    }
    let titles: Vec<String> = d.sections.iter().map(|s| fold(s.title.trim())).collect();
    let steps: [&dyn Fn(&str) -> bool; 3] = [&|t| t == want, &|t| t.starts_with(&want), &|t| {
        t.contains(&want)
    }];
    for step in steps {
        let found: Vec<usize> = (0..titles.len()).filter(|&i| step(&titles[i])).collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(*one),
            many => bail!(
                "{}: section {key:?} matches {} sections: {}; give more of the title",
                d.id,
                many.len(),
                quoted(d, many.iter().copied())
            ),
        }
    }
    bail!(
        "{}: no section matches {key:?}; {}",
        d.id,
        listed(d, 0..d.sections.len())
    )
}

/// "its sections: "A", "B"" (or that it has none).
fn listed(d: &Document, sections: impl Iterator<Item = usize>) -> String {
    let all = quoted(d, sections);
    if all.is_empty() {
        "it has no sections".to_string()
    } else {
        format!("its sections: {all}")
    }
}

fn quoted(d: &Document, sections: impl Iterator<Item = usize>) -> String {
    sections
        .map(|i| format!("{:?}", d.sections[i].title))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Case and diacritics aside, runs of white space as one space.
fn fold(s: &str) -> String {
    brief::entities::fold::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reading text of section `s` and its subsections, laid out as the
/// whole document's is (see `clean_text`): the blocks in its range whose
/// own section is `s` or one under it (a pseudo-section's range, such as
/// the footnotes', may span blocks of other sections).
pub fn section_text(d: &Document, s: usize, all: bool, width: Option<usize>) -> String {
    let inside = |b: usize| {
        let mut at = d.section_of_block(b);
        while let Some(i) = at {
            if i == s {
                return true;
            }
            at = d.sections[i].parent;
        }
        false
    };
    let blocks = d.sections[s].blocks.clone().filter(|&b| inside(b));
    brief::outline::blocks_text(d, blocks, all, width)
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
        (Entry::Pending { origin, .. }, _) => bail!("{}: not read yet", origin.display()),
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
