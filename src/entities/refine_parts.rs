//! A long document's sorted mentions cut into parts of the text that the
//! refining passes ([`super::refining`]) may work on side by side, on all
//! cores, and then put back together in order.
//!
//! A part ends at a line break after a line that ends a sentence (".", "!",
//! "?", ":" or ";") or is empty, where no mention runs over: the passes join
//! and widen mentions only within a line, and the one that looks across
//! lines ([`super::platform_x`]) never past a sentence's end or an empty
//! line. Every pass still reads the whole text; one that searches the text
//! itself searches its part's span only. What a pass learns from the whole
//! document (the company pairs of [`super::company_places`], the clubs of
//! [`super::sports_clubs`]) is gathered from all parts between two runs.

use super::Found;
use rayon::prelude::*;
use std::ops::Range;

/// The mentions of one document, in parts of its text.
pub(super) struct Parts {
    /// Each part's span of the text and its mentions (sorted by start),
    /// in the text's order; the spans cover the text.
    parts: Vec<(Range<usize>, Vec<Found>)>,
}

impl Parts {
    /// `found` (sorted by start) in parts of at least `size` bytes of
    /// `text` where the text allows a cut; one part when `size` is at
    /// least the text's length.
    pub(super) fn cut(text: &str, found: Vec<Found>, size: usize) -> Self {
        let bytes = text.as_bytes();
        let mut parts = Vec::new();
        let mut start: usize = 0;
        let mut current: Vec<Found> = Vec::new();
        // The furthest end of the mentions taken into the current part.
        let mut reach = 0;
        for f in found {
            if f.range.start >= start.saturating_add(size)
                && let Some(at) = cut_between(bytes, reach.max(start), f.range.start)
            {
                parts.push((start..at, std::mem::take(&mut current)));
                start = at;
            }
            reach = reach.max(f.range.end);
            current.push(f);
        }
        parts.push((start..text.len(), current));
        Parts { parts }
    }

    /// Runs `work` on every part (its span and its mentions), on all cores
    /// when there are several, and gives what each returned, in order.
    pub(super) fn map<T: Send>(
        &mut self,
        work: impl Fn(Range<usize>, &mut Vec<Found>) -> T + Sync,
    ) -> Vec<T> {
        if self.parts.len() > 1 {
            self.parts
                .par_iter_mut()
                .with_max_len(1)
                .map(|(span, found)| work(span.clone(), found))
                .collect()
        } else {
            self.parts
                .iter_mut()
                .map(|(span, found)| work(span.clone(), found))
                .collect()
        }
    }

    /// The mentions of all parts, in order.
    pub(super) fn join(self) -> Vec<Found> {
        let mut parts = self.parts.into_iter();
        let Some((_, mut all)) = parts.next() else {
            return Vec::new();
        };
        all.reserve(parts.as_slice().iter().map(|(_, f)| f.len()).sum());
        for (_, found) in parts {
            all.extend(found);
        }
        all
    }
}

/// A place to cut in `from..to`: right after a line break that follows a
/// sentence's end or another line break.
fn cut_between(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    if from >= to {
        return None;
    }
    memchr::memchr_iter(b'\n', &bytes[from..to])
        .map(|i| from + i)
        .find(|&nl| nl > 0 && matches!(bytes[nl - 1], b'.' | b'!' | b'?' | b':' | b';' | b'\n'))
        .map(|nl| nl + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Origin};
    use crate::entities::Recogniser;
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    fn recogniser() -> &'static Recogniser {
        static REC: OnceLock<Recogniser> = OnceLock::new();
        REC.get_or_init(Recogniser::bundled)
    }

    /// The texts of the fixtures (their corpus too) and of the seeds.
    fn texts() -> &'static [(PathBuf, String)] {
        static TEXTS: OnceLock<Vec<(PathBuf, String)>> = OnceLock::new();
        TEXTS.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let mut paths = Vec::new();
            for dir in ["tests/fixtures", "tests/fixtures/corpus", "seeds"] {
                let entries = std::fs::read_dir(root.join(dir)).expect("a folder of texts");
                paths.extend(
                    entries
                        .map(|e| e.expect("a file").path())
                        .filter(|p| p.extension().is_some_and(|x| x == "txt")),
                );
            }
            paths.sort();
            paths
                .into_iter()
                .map(|p| {
                    let text = std::fs::read_to_string(&p).expect("a text");
                    (p, text)
                })
                .collect()
        })
    }

    fn document(id: &str, text: &str) -> Document {
        crate::parse::document_from_bytes(
            id.into(),
            Origin::Bundled("parts.txt".into()),
            text.as_bytes().to_vec(),
        )
        .expect("a document")
    }

    /// The mentions of `doc` refined in parts of `size` bytes equal those
    /// refined in one, and the text was cut in `parts` at least.
    fn assert_same_in_parts(doc: &Document, size: usize) {
        let rec = recogniser();
        let whole = rec.recognise_refined_in(doc, usize::MAX);
        let parted = rec.recognise_refined_in(doc, size);
        assert_eq!(parted.found, whole.found, "{} in parts of {size}", doc.id);
        assert_eq!(parted.learned, whole.learned);
        assert_eq!(parted.urls, whole.urls);
    }

    #[test]
    fn parts_cover_the_text_and_keep_every_mention_whole() {
        let (_, text) = texts().iter().max_by_key(|(_, t)| t.len()).expect("texts");
        let doc = document("longest", text);
        let found = recogniser().recognise(&doc).found;
        let parts = Parts::cut(&doc.clean, found.clone(), 1);
        assert!(parts.parts.len() > 10, "a fixture is cut in many parts");
        let mut at = 0;
        for (span, part) in &parts.parts {
            assert_eq!(span.start, at);
            at = span.end;
            assert!(
                part.iter()
                    .all(|f| span.start <= f.range.start && f.range.end <= span.end)
            );
        }
        assert_eq!(at, doc.clean.len());
        assert_eq!(parts.join(), found);
    }

    /// Every fixture and seed, in parts as small as the text allows and in
    /// parts of a few kilobytes: the mentions of one run over the whole.
    #[test]
    fn every_text_refined_in_parts_as_in_one() {
        for (path, text) in texts() {
            let doc = document(&path.display().to_string(), text);
            for size in [1, 4096] {
                assert_same_in_parts(&doc, size);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(32))]

        /// A text of lines drawn from the fixtures and seeds, in any
        /// order, refined in parts of any size as in one.
        #[test]
        fn mixed_lines_refined_in_parts_as_in_one(
            picks in proptest::collection::vec((0usize..1000, 0usize..100_000, 1usize..40), 1..12),
            size in 1usize..3000,
        ) {
            let texts = texts();
            let mut text = String::new();
            for (t, from, lines) in picks {
                let (_, t) = &texts[t % texts.len()];
                let all: Vec<&str> = t.lines().collect();
                let from = from % all.len();
                for line in all.iter().skip(from).take(lines) {
                    text.push_str(line);
                    text.push('\n');
                }
            }
            // (Lines drawn from blank stretches make no document at all.)
            let doc = crate::parse::document_from_bytes(
                "mixed".into(),
                Origin::Bundled("parts.txt".into()),
                text.into_bytes(),
            );
            proptest::prop_assume!(doc.is_ok());
            assert_same_in_parts(&doc.expect("a document"), size);
        }
    }
}
