//! The entities of a corpus: every document's mentions, each pointing to an
//! entity shared across documents. Names the detector learned in one document
//! (with a title or a place cue) are looked for in all of them, also where a
//! capital says nothing, such as at the start of a sentence.

use super::gazetteer::{GazEntry, Gazetteer};
use super::kind::EntityType;
use super::matcher::{GazetteerMatcher, Hit};
use super::packed_finds::PackedFinds;
use super::recogniser::Recogniser;
use super::rules::overlaps;
use super::widening::take_periods;
use super::{Found, Link, PIECE, numbering, pieces};
use crate::contain::{Failure, contain};
use crate::corpus::{Corpus, Entry};
use crate::document::Document;
use crate::progress::Progress;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Bytes of the document's clean text.
    pub clean: Range<usize>,
    pub ty: EntityType,
    /// Index into [`EntityIndex::entities`].
    pub entity: usize,
    /// Inside folded boilerplate (news-site chrome, a letter's sidebar).
    pub boilerplate: bool,
}

#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable across runs: "per:mark-rutte", "date:2022-01-26".
    pub id: String,
    pub name: String,
    pub ty: EntityType,
    /// Other forms: the gazetteer's aliases and the forms the texts use.
    pub aliases: Vec<String>,
    pub description: Option<String>,
    /// An entry of the gazetteer (not a name found in the texts).
    pub known: bool,
    pub mentions: usize,
    /// In how many documents it is mentioned.
    pub documents: usize,
}

#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    pub entities: Vec<Entity>,
    /// Mentions per corpus entry (empty for entries that failed to load),
    /// sorted by position.
    pub docs: Vec<Vec<Mention>>,
}

impl EntityIndex {
    /// Recognises, learns across documents and links. A panic in any
    /// document's work unwinds out of it (tests want to see it); the reader
    /// and the commands use [`EntityIndex::build_contained`].
    pub fn build(corpus: &Corpus, rec: &Recogniser) -> Self {
        Self::build_guarded(corpus, rec, false, &Progress::default()).0
    }

    /// [`EntityIndex::build`] with each document's work contained: a
    /// document that trips a bug gets no mentions and is listed (corpus
    /// entry, failure); the other documents' mentions are complete.
    pub fn build_contained(corpus: &Corpus, rec: &Recogniser) -> (Self, Vec<(usize, Failure)>) {
        Self::build_contained_with_progress(corpus, rec, &Progress::default())
    }

    /// [`EntityIndex::build_contained`], counting the documents recognised
    /// in `progress` (for a reader that shows how far it has come).
    pub fn build_contained_with_progress(
        corpus: &Corpus,
        rec: &Recogniser,
        progress: &Progress,
    ) -> (Self, Vec<(usize, Failure)>) {
        Self::build_guarded(corpus, rec, true, progress)
    }

    fn build_guarded(
        corpus: &Corpus,
        rec: &Recogniser,
        contained: bool,
        progress: &Progress,
    ) -> (Self, Vec<(usize, Failure)>) {
        let guarded = |work: &mut dyn FnMut()| {
            if contained {
                contain(work)
            } else {
                work();
                Ok(())
            }
        };
        let mut failures = Vec::new();
        let docs: Vec<Option<&Document>> = corpus.entries.iter().map(Entry::doc).collect();
        progress.start(docs.len());
        // Documents are recognised on all cores, each contained on its own.
        // Each document's finds are packed as soon as they are made: all of
        // them are held until names are learned and numbered.
        let recognised: Vec<Result<Option<PackedFinds>, Failure>> = docs
            .par_iter()
            .map(|d| {
                let mut found = None;
                if let Some(d) = d {
                    let done = guarded(&mut || found = Some(PackedFinds::pack(rec.recognise(d))));
                    progress.step();
                    done?;
                } else {
                    progress.step();
                }
                Ok(found)
            })
            .collect();
        let mut finds: Vec<Option<PackedFinds>> = Vec::with_capacity(docs.len());
        for (i, r) in recognised.into_iter().enumerate() {
            match r {
                Ok(found) => finds.push(found),
                Err(e) => {
                    failures.push((i, e));
                    finds.push(None);
                }
            }
        }
        let common = common_words(&docs, &finds);
        // A later pass works on each document's finds on its own, contained:
        // a document whose pass fails loses its finds (reported).
        let per_document =
            |finds: &mut [Option<PackedFinds>],
             work: &(dyn Fn(&Document, &mut PackedFinds) + Sync)| {
                docs.par_iter()
                    .zip(finds.par_iter_mut())
                    .enumerate()
                    .filter_map(|(i, (doc, f))| {
                        let (Some(doc), Some(found)) = (doc, f.as_mut()) else {
                            return None;
                        };
                        let e = guarded(&mut || work(doc, found)).err()?;
                        *f = None;
                        Some((i, e))
                    })
                    .collect::<Vec<(usize, Failure)>>()
            };
        if let Some((taught, matcher)) = taught_names(&finds, rec, &common) {
            failures.extend(per_document(&mut finds, &|doc, found| {
                add_learned(doc, found, &taught, &matcher, &common)
            }));
        }
        if rec.use_tagger {
            let model = super::tagger::bundled();
            failures.extend(per_document(&mut finds, &|doc, found| {
                let mut doc_finds = std::mem::take(found).unpack();
                let folded: Vec<Range<usize>> = doc
                    .blocks
                    .iter()
                    .filter(|b| b.kind.is_folded())
                    .map(|b| b.clean.clone())
                    .collect();
                doc_finds.found = super::tagger::refine(
                    model,
                    &doc.clean,
                    &folded,
                    doc_finds.found,
                    rec.tagger_makes_names,
                );
                // (The model's names too: a table's header names nothing.)
                super::team_rows::drop_headers(&doc.clean, &mut doc_finds.found);
                *found = PackedFinds::pack(doc_finds);
            }));
        }
        (numbering::number(&docs, finds, &rec.gazetteer), failures)
    }

    /// The mentions of the corpus entry `doc`, sorted.
    pub fn mentions(&self, doc: usize) -> &[Mention] {
        self.docs.get(doc).map_or(&[], Vec::as_slice)
    }

    /// Mentions overlapping the clean range, in order.
    pub fn mentions_in(&self, doc: usize, range: Range<usize>) -> &[Mention] {
        let m = self.mentions(doc);
        let from = m.partition_point(|x| x.clean.end <= range.start);
        let to = m.partition_point(|x| x.clean.start < range.end);
        &m[from..to.max(from)]
    }

    /// Every mention of `entity`, as (corpus entry, mention), in reading order.
    pub fn occurrences(&self, entity: usize) -> Vec<(usize, &Mention)> {
        self.docs
            .iter()
            .enumerate()
            .flat_map(|(d, ms)| {
                ms.iter()
                    .filter(move |m| m.entity == entity)
                    .map(move |m| (d, m))
            })
            .collect()
    }

    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }
}

/// A name one document taught: its form, type and link.
type Taught = (String, EntityType, Link);

/// The one-word names learned anywhere that the briefing also uses as
/// ordinary words, written in lower case ("Het", "Eigen", "Top"): a name
/// learned from one span never spreads to them.
fn common_words(docs: &[Option<&Document>], finds: &[Option<PackedFinds>]) -> HashSet<String> {
    let mut lower: Vec<String> = finds
        .iter()
        .flatten()
        .flat_map(|f| f.learned.iter())
        .map(|(s, _, _)| s.as_str())
        .filter(|s| !s.contains(char::is_whitespace))
        .map(str::to_lowercase)
        .filter(|l| l.chars().any(char::is_lowercase))
        .collect();
    lower.sort_unstable();
    lower.dedup();
    if lower.is_empty() {
        return HashSet::new();
    }
    // Whole words only, so matches never overlap: the longest at each place
    // (a search with a prefilter, far faster than an overlapping one).
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&lower)
    else {
        return HashSet::new();
    };
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // Every document, and every megabyte of a long one, on all cores.
    let pieces: Vec<&str> = docs
        .iter()
        .flatten()
        .flat_map(|d| pieces(&d.clean, PIECE))
        .collect();
    let found: HashSet<usize> = pieces
        .par_iter()
        .map(|text| {
            let mut seen = HashSet::new();
            for m in ac.find_iter(*text) {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                if !is_letter(before) && !is_letter(after) {
                    seen.insert(m.pattern().as_usize());
                }
            }
            seen
        })
        .reduce(HashSet::new, |mut a, b| {
            a.extend(b);
            a
        });
    found.into_iter().map(|i| lower[i].clone()).collect()
}

/// The names the documents taught (to be looked for in all of them), and a
/// matcher for them; None when there are none.
fn taught_names(
    finds: &[Option<PackedFinds>],
    rec: &Recogniser,
    common: &HashSet<String>,
) -> Option<(Vec<Taught>, GazetteerMatcher)> {
    let mut taught: Vec<(String, EntityType, Link)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for f in finds.iter().flatten() {
        for (surface, ty, link) in &f.learned {
            if rec.gazetteer.stop.contains(surface)
                || super::cues::is_never_alone(surface)
                // ("Frans" found after "naar" teaches no place.)
                || super::non_name_words::is_language(surface)
                || (!surface.contains(char::is_whitespace)
                    && common.contains(&surface.to_lowercase()))
            {
                continue;
            }
            match seen.get(surface) {
                Some(&i) if taught[i].2 != *link => {
                    let own = super::name_links::name_link(surface);
                    if taught[i].2 == own {
                        // A surname form found on its own ("Van Hoydonck
                        // volgde") and taught by the full name ("Jonas Van
                        // Hoydonck"): the full name's.
                        taught[i].1 = *ty;
                        taught[i].2 = link.clone();
                    } else if *link != own {
                        // The same form for two different names: neither
                        // is taught.
                        taught[i].1 = EntityType::Misc;
                    }
                }
                Some(_) => {}
                None => {
                    seen.insert(surface.clone(), taught.len());
                    taught.push((surface.clone(), *ty, link.clone()));
                }
            }
        }
    }
    taught.retain(|(s, ty, _)| *ty != EntityType::Misc || !seen.contains_key(s));
    if taught.is_empty() {
        return None;
    }
    let g = Gazetteer {
        entries: taught
            .iter()
            .map(|(s, ty, _)| GazEntry {
                name: s.clone(),
                ty: *ty,
                aliases: Vec::new(),
                description: None,
                given: None,
                initials: None,
                surname: None,
                known_by_surname: false,
                roles: Vec::new(),
            })
            .collect(),
        ..Gazetteer::default()
    };
    let matcher = GazetteerMatcher::new(&g);
    Some((taught, matcher))
}

/// The person a surname the detector found on its own stands for ("Van
/// Hoydonck volgde" after "Jonas Van Hoydonck"): the find is a person's,
/// linked by its own spelling, and the briefing taught the form for one
/// person.
fn person_behind_surname(
    doc: &Document,
    packed: &PackedFinds,
    taught: &[Taught],
    matcher: &GazetteerMatcher,
    h: &Hit,
) -> Option<Link> {
    let &(entry, _) = matcher.forms[h.form].candidates.first()?;
    let (_, ty, link) = &taught[entry];
    if *ty != EntityType::Person {
        return None;
    }
    let own = super::name_links::name_link(&doc.clean[h.range.clone()]);
    if *link == own {
        return None;
    }
    let Link::Key(own_key) = &own else {
        return None;
    };
    packed
        .iter(packed.first_at_or_after(h.range.start)..packed.len())
        .take_while(|x| x.range.0 == h.range.start)
        .any(|x| {
            x.range() == h.range
                && x.ty == EntityType::Person
                && matches!(x.link, super::packed_finds::LinkRef::Key(k) if k == own_key)
        })
        .then(|| link.clone())
}

/// Looks for the taught names in one document (its finds unpacked only
/// when that adds or takes away some).
fn add_learned(
    doc: &Document,
    packed: &mut PackedFinds,
    taught: &[Taught],
    matcher: &GazetteerMatcher,
    common: &HashSet<String>,
) {
    let mut added = Vec::new();
    let mut swallowed: Vec<Range<usize>> = Vec::new();
    let mut relinked: Vec<(Range<usize>, Link)> = Vec::new();
    // A long document is searched a megabyte at a time on all cores; names
    // never cross a line break, where the pieces end.
    let text = doc.clean.as_str();
    let hits: Vec<Hit> = pieces(text, PIECE)
        .par_iter()
        .flat_map_iter(|p| {
            let offset = p.as_ptr() as usize - text.as_ptr() as usize;
            matcher.find(p).into_iter().map(move |mut h| {
                h.range = h.range.start + offset..h.range.end + offset;
                h
            })
        })
        .collect();
    if hits.is_empty() {
        return;
    }
    let blocked = packed.blocked();
    for h in hits {
        if h.compass {
            continue;
        }
        if overlaps(&blocked, &h.range) {
            if let Some(link) = person_behind_surname(doc, packed, taught, matcher, &h) {
                relinked.push((h.range.clone(), link));
                continue;
            }
            // "Nationaal Programma Circulaire Economie 2023-2030": a learned
            // name takes the dates inside it, and nothing else.
            let from = blocked.partition_point(|b| b.end <= h.range.start);
            let to = blocked.partition_point(|b| b.start < h.range.end);
            let dates = &blocked[from..to.max(from)];
            let all_dates = dates.iter().all(|b| {
                h.range.start <= b.start
                    && b.end <= h.range.end
                    && packed
                        .iter(packed.first_at_or_after(b.start)..packed.len())
                        .take_while(|x| x.range.0 == b.start)
                        .any(|x| x.range() == *b && x.ty == EntityType::Date)
            });
            if !all_dates {
                continue;
            }
            swallowed.extend(dates.iter().cloned());
        }
        // A taught name's surname form that is also an ordinary word.
        let surface = &doc.clean[h.range.clone()];
        // "Vleuten-De Meern": a name opening with an article, glued by a
        // hyphen to the word before, is the end of a longer name.
        if ["De ", "Den ", "Het "]
            .iter()
            .any(|a| surface.starts_with(a))
            && text[..h.range.start]
                .strip_suffix('-')
                .and_then(|b| b.chars().next_back())
                .is_some_and(char::is_alphabetic)
        {
            continue;
        }
        if !surface.contains(char::is_whitespace) && common.contains(&surface.to_lowercase()) {
            continue;
        }
        let Some(&(entry, _)) = matcher.forms[h.form].candidates.first() else {
            continue;
        };
        let (_, ty, link) = &taught[entry];
        let mut found = Found {
            range: h.range,
            ty: *ty,
            link: link.clone(),
        };
        // "Putters’ pleidooi": a genitive's apostrophe after a learned
        // person's sibilant is the name's, as in the document that taught
        // it (not a name quoted on its own: "‘Klaas’").
        if found.ty == EntityType::Person && !text[..found.range.start].ends_with(['\'', '‘']) {
            found.range.end += super::widening::possessive_apostrophe(text, found.range.end);
        }
        // A town learned as a place is still a club in "Genk-trainer".
        if found.ty == EntityType::Location
            && super::sports_clubs::names_club_people(text, found.range.end)
        {
            super::sports_clubs::make_club(text, &mut found);
        }
        added.push(found);
    }
    if swallowed.is_empty() && added.is_empty() && relinked.is_empty() {
        return;
    }
    let mut f = std::mem::take(packed).unpack();
    for (range, link) in relinked {
        if let Some(x) = f.found.iter_mut().find(|x| x.range == range) {
            x.link = link;
        }
    }
    if !swallowed.is_empty() {
        f.found.retain(|x| !swallowed.contains(&x.range));
    }
    if !added.is_empty() {
        // Both lists are in order: merged, not sorted again.
        let old = std::mem::take(&mut f.found);
        let mut merged = Vec::with_capacity(old.len() + added.len());
        let mut new = added.into_iter().peekable();
        for x in old {
            while let Some(a) = new.next_if(|a| a.range.start < x.range.start) {
                merged.push(a);
            }
            merged.push(x);
        }
        merged.extend(new);
        f.found = merged;
        take_periods(&doc.clean, &mut f.found);
    }
    *packed = PackedFinds::pack(f);
}
