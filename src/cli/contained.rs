//! Documents a command could not process because the work on them panicked
//! (a bug, contained per document by [`brief::contain`]): each is named on
//! stderr with what failed, the other documents' output stands, and the exit
//! code is non-zero.

use brief::contain::Failure;
use brief::corpus::Corpus;

/// Names each failed document ("brief: FILE: entity recognition failed:
/// …") and fails if there was one. `what` is the stage: "entity
/// recognition", "outline", "search".
pub fn report(corpus: &Corpus, what: &str, failed: &[(usize, Failure)]) -> anyhow::Result<()> {
    let named: Vec<(String, &Failure)> = failed
        .iter()
        .map(|(doc, f)| {
            let file = corpus
                .entries
                .get(*doc)
                .map_or_else(|| format!("document {doc}"), |e| e.origin().display());
            (file, f)
        })
        .collect();
    report_files(what, &named)
}

/// [`report`] for documents named already (their file as shown).
pub fn report_files(what: &str, failed: &[(String, &Failure)]) -> anyhow::Result<()> {
    for (file, f) in failed {
        super::warn(&format!(
            "{file}: {what} failed: {}; this document is left out, the others are complete",
            f.summary()
        ));
    }
    match failed.len() {
        0 => Ok(()),
        1 => anyhow::bail!("{what} failed for 1 document"),
        n => anyhow::bail!("{what} failed for {n} documents"),
    }
}

/// What a command that reads the corpus a slice at a time says after its
/// output: the entries that could not be read and the documents whose work
/// failed.
#[derive(Default)]
pub struct Left {
    pub unread: Vec<brief::corpus::Entry>,
    pub failed: Vec<(String, Failure)>,
}

impl Left {
    /// Names them on stderr; fails if there is one (`what` as in
    /// [`report`]).
    pub fn finish(self, what: &str) -> anyhow::Result<()> {
        let inputs = super::check_entries(&self.unread);
        let failed: Vec<(String, &Failure)> =
            self.failed.iter().map(|(f, x)| (f.clone(), x)).collect();
        report_files(what, &failed)?;
        inputs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brief::contain::contain;
    use brief::corpus::load_bytes;
    use brief::document::Origin;

    #[test]
    fn a_failed_document_fails_the_command() {
        let corpus = Corpus {
            entries: vec![load_bytes(
                "a".into(),
                Origin::Bundled("a.txt".into()),
                b"Vergaderjaar 2023\xe2\x80\x932024\n".to_vec(),
            )],
            root: None,
        };
        let text = "Vergaderjaar 2023–2024";
        let failure = contain(|| text[18..].len()).unwrap_err();
        let e = report(&corpus, "entity recognition", &[(0, failure)]).unwrap_err();
        assert_eq!(e.to_string(), "entity recognition failed for 1 document");
        assert!(report(&corpus, "entity recognition", &[]).is_ok());
    }
}
