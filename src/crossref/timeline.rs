//! The timeline of a briefing: every date the reading text of a document
//! mentions, with the sentence that mentions it, in date order. This module
//! owns that order and what is left out of it:
//!
//! - Only the reading text counts: a date in folded chrome (another article's
//!   date in a news page's "read also") or in a block of metadata (a letter's
//!   "Datum 12 maart 2024", a news page's " date 2022-02" line, a header) is
//!   no statement of the document and is not listed.
//! - The dates come from the [`EntityIndex`], which resolves "26 januari jl."
//!   against the letter's own date. A date it leaves without a year (a bare
//!   month: "in mei", "eind januari") is resolved here: by the date it makes
//!   a range with ("april tot en met december 2022"), else against the
//!   document's date (see `yearless`); the entry says how ([`Resolution`]).
//! - What no year can be found for (a document without a date) is listed
//!   apart, after every dated entry: [`Resolution::Unknown`].

pub use super::date_text::DateText;
use super::yearless::{context, has_year, partial, resolve_month};
use crate::corpus::Corpus;
use crate::document::{BlockKind, Document, SectionKind};
use crate::entities::{EntityIndex, EntityType};
use rayon::prelude::*;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Sort key of dates whose year is unknown ("14 januari" in a document
/// without a date): after all others, where the document and position keep
/// them in text order. The overlay shows them apart, under their own heading.
pub const UNKNOWN: SortKey = (i32::MAX, 0, 0);

/// Where the year of an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The text says it: in the mention ("3 maart 2020", "2 okt '25", "2014"),
    /// or in the date it makes a range with ("april tot en met december
    /// 2022").
    Text,
    /// The text gives no year; it is taken from the document's own date:
    /// "26 januari jl." (resolved by the entity index) or "eind januari",
    /// "in mei" (resolved here) in a letter of 10 June 2024. Shown as
    /// "≈2024-05".
    DocumentDate,
    /// No year to be found: the document has no date. Listed apart, after
    /// every dated entry, with the mention's own text as its date.
    Unknown,
}

/// (year, month or 0, day or 0).
pub type SortKey = (i32, u8, u8);

/// A date mention of the reading text and the key its entity id gives.
pub(super) type Found = (Range<usize>, Option<SortKey>);

/// One date mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// ISO 8601 as precise as known ("2014", "2021-12", "2022-01-26"), or the
    /// mention's text when the year is unknown.
    pub date: DateText,
    /// (year, month or 0, day or 0); [`UNKNOWN`] without a year.
    pub sort_key: SortKey,
    /// Where the year comes from.
    pub resolution: Resolution,
    /// Corpus entry.
    pub doc: usize,
    /// The mention, in the document's clean text.
    pub mention: Range<usize>,
    /// The sentence holding the mention (clean range, trimmed).
    pub sentence: Range<usize>,
}

impl TimelineEntry {
    /// Has a year (its own or the document's), so it has a place in time.
    pub fn is_dated(&self) -> bool {
        self.resolution != Resolution::Unknown
    }
}

/// Where the entries without a year start in a list [`build`] made: the
/// dated come first.
pub fn undated_start(entries: &[TimelineEntry]) -> usize {
    entries.partition_point(TimelineEntry::is_dated)
}

/// (year, month, day) from an entity id "date:YYYY[-MM[-DD]]".
pub fn sort_key(id: &str) -> Option<SortKey> {
    let iso = id.strip_prefix("date:")?;
    let mut parts = iso.split('-');
    let year = parts.next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |p: Option<&str>| -> Option<u8> {
        match p {
            None => Some(0),
            Some(p) if p.len() == 2 => p.parse().ok(),
            Some(_) => None,
        }
    };
    let month = num(parts.next())?;
    let day = num(parts.next())?;
    if parts.next().is_some() || month > 12 || day > 31 {
        return None;
    }
    Some((year.parse().ok()?, month, day))
}

/// Documents a core reads at a time.
const DOCS_A_SLICE: usize = 64;

/// Every DATE mention in the reading text of the corpus: the dated by date,
/// then corpus entry, then position; then those without a year, by corpus
/// entry and position. The documents are read on every core, in slices.
pub fn build(corpus: &Corpus, entities: &EntityIndex) -> Vec<TimelineEntry> {
    let n = corpus.entries.len();
    let slices: Vec<Range<usize>> = (0..n.div_ceil(DOCS_A_SLICE))
        .map(|i| i * DOCS_A_SLICE..((i + 1) * DOCS_A_SLICE).min(n))
        .collect();
    let found: Vec<Vec<TimelineEntry>> = slices
        .into_par_iter()
        .map(|docs| {
            let mut out = Vec::new();
            for d in docs {
                if let Some(doc) = corpus.entries[d].doc() {
                    out.extend(resolve(doc, d, &date_mentions(doc, d, entities)));
                }
            }
            out
        })
        .collect();
    let mut out = Vec::with_capacity(found.iter().map(Vec::len).sum());
    for slice in found {
        out.extend(slice);
    }
    // The slices were made on the workers, whose heaps keep what they free.
    crate::free_memory::give_back();
    sort_stably(&mut out);
    out
}

/// The date mentions of document `d`'s reading text, in text order.
pub(super) fn date_mentions(doc: &Document, d: usize, entities: &EntityIndex) -> Vec<Found> {
    entities
        .mentions(d)
        .iter()
        .filter(|m| m.ty == EntityType::Date && !m.boilerplate)
        .filter(|m| in_reading_text(doc, m.clean.start))
        .filter_map(|m| {
            let entity = entities.entities.get(m.entity)?;
            Some((m.clean.clone(), sort_key(&entity.id)))
        })
        .collect()
}

/// Sorts by (sort key, corpus entry, mention start), entries equal in that
/// in the order they come: as a stable sort does, but in place, through
/// the order of their numbers (a stable sort of the entries took room for
/// half of them again).
fn sort_stably(entries: &mut [TimelineEntry]) {
    let mut order: Vec<u32> = (0..entries.len() as u32).collect();
    order.sort_unstable_by_key(|&i| {
        let e = &entries[i as usize];
        (e.sort_key, e.doc, e.mention.start, i)
    });
    // Entry `order[k]` goes to place `k`: each cycle of the order in turn,
    // by swaps; a place done is marked.
    const DONE: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at] as usize;
            order[at] = DONE;
            if from == start {
                break;
            }
            entries.swap(at, from);
            at = from;
        }
    }
}

/// Whether a clean offset lies in what is read as the document's text: not
/// in folded chrome, not in a block of metadata ("Datum 12 maart 2024", a
/// news page's " date 2022-02"), not in a letter's header.
fn in_reading_text(doc: &Document, clean: usize) -> bool {
    if doc.blocks.is_empty() {
        return true;
    }
    let b = doc.block_at_clean(clean);
    let kind = doc.blocks[b].kind;
    let header = doc
        .section_of_block(b)
        .is_some_and(|s| doc.sections[s].kind == SectionKind::Header);
    !(kind.is_folded() || matches!(kind, BlockKind::Metadata(_)) || header)
}

/// Whether a date's own words say it is past or coming ("26 januari jl.",
/// "3 maart a.s."): then the entity index's year stands.
fn says_which_way(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["jl", "j.l.", "jongstleden", "a.s", "aanstaande"]
        .iter()
        .any(|w| {
            lower
                .split_whitespace()
                .any(|t| t.trim_end_matches('.') == w.trim_end_matches('.'))
        })
}

/// The entries of one document's date mentions (in text order), each with
/// the sort key its entity id gives, if any.
pub(super) fn resolve(doc: &Document, d: usize, found: &[Found]) -> Vec<TimelineEntry> {
    // First what each mention says by itself.
    let mut keys: Vec<Option<(SortKey, Resolution)>> = found
        .iter()
        .map(|(r, key)| {
            let text = &doc.clean[r.clone()];
            let own = if has_year(text) {
                Resolution::Text
            } else {
                Resolution::DocumentDate
            };
            match key {
                // A day and month the entity index placed in the year
                // nearest the document's date, with no "jl." or "a.s." to
                // say which way: the sentence's tense decides below, as for
                // a bare month ("op 2 november zullen …" is the coming one).
                Some(_) if own == Resolution::DocumentDate && !says_which_way(text) => None,
                Some(k) => Some((*k, own)),
                None => partial(text)
                    .and_then(|p| Some(((p.year?, p.month, p.day.unwrap_or(0)), Resolution::Text))),
            }
        })
        .collect();
    // A month in a range takes the year of the other end: "april tot en met
    // december 2022" backwards (so "april, mei en juni 2024" chains), "van
    // december 2021 tot maart" forwards.
    for i in (0..found.len().saturating_sub(1)).rev() {
        if keys[i].is_none()
            && let Some((end, how)) = keys[i + 1]
            && ranged(doc, &found[i].0, &found[i + 1].0)
            && let Some(p) = partial(&doc.clean[found[i].0.clone()])
        {
            let year = if end.1 != 0 && p.month > end.1 {
                end.0 - 1
            } else {
                end.0
            };
            keys[i] = Some(((year, p.month, p.day.unwrap_or(0)), how));
        }
    }
    for i in 1..found.len() {
        if keys[i].is_none()
            && let Some((start, how)) = keys[i - 1]
            && ranged(doc, &found[i - 1].0, &found[i].0)
            && let Some(p) = partial(&doc.clean[found[i].0.clone()])
        {
            let year = if start.1 != 0 && p.month < start.1 {
                start.0 + 1
            } else {
                start.0
            };
            keys[i] = Some(((year, p.month, p.day.unwrap_or(0)), how));
        }
    }
    found
        .iter()
        .zip(keys)
        .map(|((r, _), key)| {
            let sentence = sentence_around(doc, r.clone());
            let text = &doc.clean[r.clone()];
            let key = key.or_else(|| {
                let p = partial(text)?;
                let year = resolve_month(p.month, doc.meta.date?, &context(doc, r, &sentence));
                Some((
                    (year, p.month, p.day.unwrap_or(0)),
                    Resolution::DocumentDate,
                ))
            });
            let (sort_key, resolution, date) = match key {
                Some((k, how)) => (k, how, iso(k)),
                None => (UNKNOWN, Resolution::Unknown, DateText::new(text)),
            };
            TimelineEntry {
                date,
                sort_key,
                resolution,
                doc: d,
                mention: r.clone(),
                sentence,
            }
        })
        .collect()
}

/// "2024", "2024-04", "2024-04-14".
fn iso((year, month, day): SortKey) -> DateText {
    DateText::from(match (month, day) {
        (0, _) => format!("{year:04}"),
        (m, 0) => format!("{year:04}-{m:02}"),
        (m, d) => format!("{year:04}-{m:02}-{d:02}"),
    })
}

/// Two date mentions joined as the ends of a range or a list: "april tot
/// en met december 2022", "mei en juni 2024".
fn ranged(doc: &Document, a: &Range<usize>, b: &Range<usize>) -> bool {
    let Some(gap) = doc.clean.get(a.end..b.start) else {
        return false;
    };
    matches!(
        gap.trim().to_lowercase().as_str(),
        "tot en met" | "t/m" | "tot" | "-" | "–" | "en" | "," | "of"
    )
}

/// The sentence (or sentences, if the mention spans a boundary) around a
/// clean range, within its block: a date is read with what happened on it.
fn sentence_around(doc: &crate::document::Document, mention: Range<usize>) -> Range<usize> {
    if doc.blocks.is_empty() {
        return mention;
    }
    let block = &doc.blocks[doc.block_at_clean(mention.start)];
    if block.clean.start > mention.start || mention.end > block.clean.end {
        return mention;
    }
    let text = &doc.clean[block.clean.clone()];
    let base = block.clean.start;
    let mut hull: Option<Range<usize>> = None;
    for r in sentences(text) {
        let r = base + r.start..base + r.end;
        let overlaps = r.start < mention.end && mention.start < r.end;
        if overlaps || r.contains(&mention.start) {
            hull = Some(match hull {
                Some(h) => h.start.min(r.start)..h.end.max(r.end),
                None => r,
            });
        }
    }
    hull.unwrap_or(mention)
}

/// Abbreviations after which Dutch official prose goes on with the same
/// sentence; UAX #29 breaks after them when a capital or a parenthesis follows
/// ("op 25 januari jl. (Handelingen II …)").
const ABBREVIATIONS: &[&str] = &[
    "jl.", "a.s.", "nr.", "o.a.", "mln.", "mrd.", "c.s.", "cf.", "t.o.v.", "e.d.", "bijv.",
    "resp.", "art.", "z.s.m.", "m.b.t.", "i.v.m.",
];

/// Sentences of a block's text (trimmed byte ranges), UAX #29 boundaries
/// joined again where they fall after an abbreviation or before a lower-case
/// word or an opening parenthesis.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, s) in text.split_sentence_bound_indices() {
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        if t.is_empty() {
            continue;
        }
        let r = i + lead..i + lead + t.len();
        let glue = out.last().is_some_and(|prev| {
            let before = text[prev.clone()].trim_end_matches([')', '"', '\'', '»', '’', '”']);
            let after = t.chars().next().unwrap_or(' ');
            let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            ABBREVIATIONS
                .iter()
                .any(|a| last_word.eq_ignore_ascii_case(a))
                || after.is_lowercase()
                || after == '('
        });
        match out.last_mut() {
            Some(prev) if glue => prev.end = r.end,
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Entry, load_bytes};
    use crate::document::Origin;
    use crate::entities::Recogniser;

    /// A letter dated 10 June 2024: a header with its date, then one date
    /// a sentence.
    const LETTER: &str = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\
        Postbus 20018\n2500 EA Den Haag\n\n\
        Datum 10 juni 2024\n\
        Betreft Voortgang van de regeling\n\n\
        Geachte Voorzitter,\n\n\
        In april is de regeling gestart. \
        Eind januari besprak ik dit met de provincies. \
        Begin maart volgde een tweede overleg. \
        Half februari kwam er een derde. \
        Afgelopen december werd het plan al aangekondigd. \
        In juli werd het plan nog eens besproken. \
        In september zal ik uw Kamer opnieuw informeren. \
        Komende oktober volgt een evaluatie. \
        De wet gaat in per komende januari. \
        Het begon in mei vorig jaar. \
        Op 2 okt '25 sluit de regeling. \
        Het overleg van 14 januari verliep goed. \
        Het loket is open van april tot en met december 2022. \
        Op 2 december zullen de afspraken worden ondertekend. \
        Op 3 december werd het convenant getekend.\n\n\
        Hoogachtend,\n\n\
        de minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\
        J. Jansen\n";

    /// A news page dated February 2022 with another article's date in its chrome.
    const NEWS: &str = " date 2022-02 Kabinet stuurt brief\n\
        DEN HAAG (ANP) - Het kabinet heeft eind januari een brief gestuurd. \
        Nederland zal daarnaast in mei een handelsmissie organiseren.\n\
        Lees ook: Protest op het Malieveld op 20 september 2025\n";

    /// A note without a date.
    const NOTE: &str = "Aantekening bij het overleg\n\n\
        Het overleg van 14 januari verliep goed. In maart volgt meer. \
        Dat was in 2019 al zo.\n";

    fn timeline_of(texts: &[&str]) -> (Corpus, Vec<TimelineEntry>) {
        let corpus = Corpus {
            entries: texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    load_bytes(
                        format!("d{i}"),
                        Origin::Bundled(format!("d{i}.txt")),
                        t.as_bytes().to_vec(),
                    )
                })
                .collect(),
            root: None,
        };
        let entities = EntityIndex::build(&corpus, &Recogniser::bundled());
        let entries = build(&corpus, &entities);
        (corpus, entries)
    }

    fn doc(c: &Corpus, d: usize) -> &Document {
        match &c.entries[d] {
            Entry::Doc(doc) => doc,
            Entry::Failed { .. } | Entry::Pending { .. } => panic!("d{d} did not load"),
        }
    }

    /// The one entry of document `d` whose sentence holds `needle`.
    fn entry<'a>(
        c: &Corpus,
        entries: &'a [TimelineEntry],
        d: usize,
        needle: &str,
    ) -> &'a TimelineEntry {
        let found: Vec<&TimelineEntry> = entries
            .iter()
            .filter(|e| e.doc == d && doc(c, d).clean[e.sentence.clone()].contains(needle))
            .collect();
        assert_eq!(found.len(), 1, "{needle:?}: {found:?}");
        found[0]
    }

    fn mentions(c: &Corpus, entries: &[TimelineEntry], d: usize) -> Vec<String> {
        entries
            .iter()
            .filter(|e| e.doc == d)
            .map(|e| doc(c, d).clean[e.mention.clone()].to_string())
            .collect()
    }

    #[test]
    fn only_the_reading_text_is_listed() {
        let (c, entries) = timeline_of(&[LETTER, NEWS]);
        // The letter's "Datum 10 juni 2024" is a header block, the news
        // page's " date 2022-02" a metadata line, "20 september 2025" another
        // article's date in the folded "Lees ook".
        assert!(doc(&c, 0).clean.contains("Datum 10 juni 2024"));
        let letter = mentions(&c, &entries, 0);
        assert!(!letter.iter().any(|m| m.contains("10 juni")), "{letter:?}");
        assert!(letter.contains(&"april".to_string()), "{letter:?}");
        let news = mentions(&c, &entries, 1);
        assert!(doc(&c, 1).clean.contains("20 september 2025"));
        assert_eq!(news, vec!["januari", "mei"]);
        assert!(!entries.iter().any(|e| e.date == "2025-09-20"));
    }

    #[test]
    fn bare_months_take_the_year_of_the_document_date() {
        let (c, entries) = timeline_of(&[LETTER, NEWS]);
        let from_doc = [
            // At or before June 2024.
            (0, "In april is", "2024-04"),
            (0, "Eind januari", "2024-01"),
            (0, "Begin maart", "2024-03"),
            (0, "Half februari", "2024-02"),
            // After June, told in the past: the year before.
            (0, "Afgelopen december", "2023-12"),
            (0, "In juli werd", "2023-07"),
            // What will happen: at or after June.
            (0, "In september zal", "2024-09"),
            (0, "Komende oktober", "2024-10"),
            (0, "komende januari", "2025-01"),
            (0, "mei vorig jaar", "2023-05"),
            // A day without a year, resolved by the entity index.
            (0, "van 14 januari", "2024-01-14"),
            // Half a year either way: the tense decides, not the tie.
            (0, "2 december zullen", "2024-12-02"),
            (0, "3 december werd", "2023-12-03"),
            // A news page dated February 2022.
            (1, "eind januari", "2022-01"),
            (1, "zal daarnaast in mei", "2022-05"),
        ];
        for (d, needle, date) in from_doc {
            let e = entry(&c, &entries, d, needle);
            assert_eq!(
                (e.date.as_str(), e.resolution),
                (date, Resolution::DocumentDate),
                "{needle}"
            );
            assert_eq!(e.sort_key, sort_key(&format!("date:{date}")).unwrap());
        }
        // The text gives the year: a short one, or the end of a range.
        let told = [("2 okt '25", "2025-10-02"), ("april tot en met", "2022-04")];
        for (needle, date) in told {
            let e = entries
                .iter()
                .find(|e| e.doc == 0 && doc(&c, 0).clean[e.mention.start..].starts_with(needle))
                .unwrap_or_else(|| panic!("{needle}"));
            assert_eq!(
                (e.date.as_str(), e.resolution),
                (date, Resolution::Text),
                "{needle}"
            );
        }
        let end = entries
            .iter()
            .find(|e| e.date == "2022-12")
            .expect("december 2022");
        assert_eq!(end.resolution, Resolution::Text);
        // Resolved dates sort among the others.
        assert!(entries.iter().all(TimelineEntry::is_dated));
        assert!(entries.windows(2).all(|w| w[0].sort_key <= w[1].sort_key));
    }

    #[test]
    fn dates_without_a_year_go_apart_after_the_dated() {
        let (c, entries) = timeline_of(&[NOTE, LETTER]);
        let undated = undated_start(&entries);
        assert!(undated > 0 && undated < entries.len());
        let (dated, apart) = entries.split_at(undated);
        assert!(dated.iter().all(TimelineEntry::is_dated));
        assert!(apart.iter().all(|e| e.resolution == Resolution::Unknown));
        assert!(apart.iter().all(|e| e.sort_key == UNKNOWN));
        // The note has no date: its days and months have no year, and keep
        // their own words, in text order.
        let words: Vec<(usize, &str)> = apart.iter().map(|e| (e.doc, e.date.as_str())).collect();
        assert_eq!(words, vec![(0, "14 januari"), (0, "maart")]);
        // Its year stands among the dated.
        let y = entry(&c, &entries, 0, "in 2019");
        assert_eq!((y.date.as_str(), y.resolution), ("2019", Resolution::Text));
        assert!(dated.iter().any(|e| e.doc == 1));
    }

    #[test]
    fn keys_from_ids() {
        assert_eq!(sort_key("date:2022-01-26"), Some((2022, 1, 26)));
        assert_eq!(sort_key("date:2021-12"), Some((2021, 12, 0)));
        assert_eq!(sort_key("date:2014"), Some((2014, 0, 0)));
        assert_eq!(sort_key("date:14 januari"), None);
        assert_eq!(sort_key("date:januari"), None);
        assert_eq!(sort_key("per:mark-rutte"), None);
        assert!(sort_key("date:2014").unwrap() < sort_key("date:2014-01").unwrap());
    }

    #[test]
    fn sentences_go_on_after_abbreviations() {
        let text =
            "In het vragenuur op 25 januari jl. (Handelingen II) gaf hij uitleg. Dat was goed.";
        let s: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            s,
            vec![
                "In het vragenuur op 25 januari jl. (Handelingen II) gaf hij uitleg.",
                "Dat was goed."
            ]
        );
    }
}
