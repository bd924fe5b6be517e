//! One document through the three layers: rules first (a reference swallows
//! the name in "motie Brekelmans c.s."), then the gazetteer, then the
//! detector on what is left. Person surnames that several people share are
//! resolved here, from the document's context.

use super::company_names;
use super::detector::{self, DetectorContext};
use super::document_surnames;
use super::gazetteer::{Gazetteer, Strength};
use super::kind::EntityType;
use super::lower_words::LowerWords;
use super::matcher::{GazetteerMatcher, Hit};
use super::rules::{self, overlaps};
use super::teaching::Lessons;
use super::title_cues::cue_before;
use super::widening::short_forms;
use super::words;
use super::{Found, Link, PIECE, cues, normal, pieces, portfolio, shapes};
use crate::document::Document;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashSet;
use std::ops::Range;

pub struct Recogniser {
    pub gazetteer: Gazetteer,
    pub(super) matcher: GazetteerMatcher,
    pub(super) given_names: FxHashSet<String>,
    pub(super) name_keys: FxHashMap<String, usize>,
    pub(super) tweede_kamer: Option<usize>,
    pub(super) eerste_kamer: Option<usize>,
    /// The platform "X" once was, which an "X" beside platforms links to.
    pub(super) twitter: Option<usize>,
    pub(super) org_keys: FxHashMap<String, usize>,
    pub(super) places: FxHashSet<String>,
    /// The places of [`Self::places`] whose names hold a lower-case word.
    pub(super) connected_places: super::connected_places::ConnectedPlaces,
    /// Whether the index settles names with the [`super::tagger`] after the
    /// rules (on unless the tagger is being trained on the rules' finds).
    pub use_tagger: bool,
    /// Whether the tagger may also make names where the rules found none
    /// (near the rules' names, as `tagger::may_be_new` allows). On: it
    /// raised recall on every held-out set at precision within 0.01; the
    /// gold test measures without it with `BRIEF_GOLD_NO_NEW_NAMES=1`.
    pub tagger_makes_names: bool,
}

/// What one document gave: its mentions, the ranges no mention may take
/// (URLs and the mentions themselves), and the names it taught.
pub struct DocFinds {
    pub found: Vec<Found>,
    /// URLs: with the mentions, the ranges no learned name may take
    /// (`PackedFinds::blocked`).
    pub urls: Vec<Range<usize>>,
    /// Unknown names found with evidence, to be looked for everywhere:
    /// surface, type, link.
    pub learned: Vec<(String, EntityType, Link)>,
}

/// Sorts `items` by their start, stably (mentions that start together keep
/// the order they were found in, whichever way the document is read): on all
/// cores for a big document. The lists are runs of sorted mentions, which a
/// merge sort takes in about one pass.
fn sort_by_start<T: Send>(items: &mut [T], big: bool, start: impl Fn(&T) -> usize + Sync) {
    if big {
        items.par_sort_by_key(start);
    } else {
        items.sort_by_key(start);
    }
}

/// From this many bytes of clean text on, a document is recognised on all cores.
const PARALLEL_FROM: usize = 1 << 20;

impl Recogniser {
    /// The three layers on one document's clean text.
    pub fn recognise(&self, doc: &Document) -> DocFinds {
        // A big document's mentions are refined in parts on all cores.
        let parts = if doc.clean.len() >= PARALLEL_FROM {
            PIECE
        } else {
            usize::MAX
        };
        self.recognise_refined_in(doc, parts)
    }

    /// [`Recogniser::recognise`], its mentions refined in parts of at
    /// least `parts` bytes of the text (see [`Recogniser::refine`]): the
    /// same mentions whatever the size.
    pub(super) fn recognise_refined_in(&self, doc: &Document, parts: usize) -> DocFinds {
        let text = doc.clean.as_str();
        // A big document's work is shared among the cores; a small one's is
        // not worth the hand-over.
        let big = text.len() >= PARALLEL_FROM;
        // URLs, references, amounts and dates never cross a line: a big
        // document's are found a piece at a time.
        let (urls, rule_matches) = if big {
            let per_piece: Vec<(Vec<Range<usize>>, Vec<rules::RuleMatch>)> = pieces(text, PIECE)
                .par_iter()
                .map(|p| {
                    let at = p.as_ptr() as usize - text.as_ptr() as usize;
                    let urls = rules::urls(p);
                    let mut found = rules::find(p, &urls);
                    for m in &mut found {
                        m.range = m.range.start + at..m.range.end + at;
                    }
                    (
                        urls.into_iter().map(|r| r.start + at..r.end + at).collect(),
                        found,
                    )
                })
                .collect();
            let mut urls = Vec::new();
            let mut found = Vec::new();
            for (u, f) in per_piece {
                urls.extend(u);
                found.extend(f);
            }
            (urls, found)
        } else {
            let urls = rules::urls(text);
            let found = rules::find(text, &urls);
            (urls, found)
        };
        let hits = if big {
            // Names never cross blocks: the gazetteer pass splits by block too.
            let names = || -> Vec<_> {
                doc.blocks
                    .par_iter()
                    .with_min_len(256)
                    .flat_map_iter(|b| {
                        let at = b.clean.start;
                        self.matcher
                            .find(&text[b.clean.clone()])
                            .into_iter()
                            .map(move |mut h| {
                                h.range.start += at;
                                h.range.end += at;
                                h
                            })
                    })
                    .collect()
            };
            names()
        } else {
            self.matcher.find(text)
        };
        let mut rule_matches = rule_matches;
        super::money_stops::leave_sentence_stops(text, &mut rule_matches);
        let to_found = |m: rules::RuleMatch| -> Option<Found> {
            if text[m.range.clone()].contains('\n') {
                return None;
            }
            let link = rule_link(m.ty, &text[m.range.clone()], doc);
            Some(Found {
                range: m.range,
                ty: m.ty,
                link,
            })
        };
        let mut found: Vec<Found> = if big {
            rule_matches
                .into_par_iter()
                .with_min_len(4096)
                .filter_map(to_found)
                .collect()
        } else {
            rule_matches.into_iter().filter_map(to_found).collect()
        };
        let rule_ranges: Vec<Range<usize>> = found.iter().map(|f| f.range.clone()).collect();
        // "Natura 2000", "Agenda 2030": a known name with a year in it is
        // the name, the year no date of its own.
        let years_inside = |h: &Range<usize>| {
            text[h.clone()].bytes().any(|b| b.is_ascii_digit()) && {
                let from = rule_ranges.partition_point(|t| t.end <= h.start);
                found[from..]
                    .iter()
                    .take_while(|f| f.range.start < h.end)
                    .all(|f| {
                        f.ty == EntityType::Date && f.range.start > h.start && f.range.end <= h.end
                    })
            }
        };
        let keep = |h: &Hit| {
            !text[h.range.clone()].contains('\n')
                && (!overlaps(&rule_ranges, &h.range) || years_inside(&h.range))
                // "OCW/DGO-2026/456789": a known acronym inside a file number.
                && !shapes::in_file_number(text, &h.range)
                // "Binnenhof 4 2513 AA": a street of an address.
                && !shapes::is_street_of_address(text, &h.range)
                // "2500 EK Den Haag": a postcode's letters, not "EK" or "EU".
                && !shapes::is_postcode_letters(text, &h.range)
                // A name that is itself the whole "URL" (NU.nl) stands.
                && (!overlaps(&urls, &h.range) || urls.contains(&h.range))
        };
        let hits: Vec<Hit> = if big {
            hits.into_par_iter()
                .with_min_len(4096)
                .filter(keep)
                .collect()
        } else {
            hits.into_iter().filter(keep).collect()
        };
        let known_people: HashSet<usize> = hits
            .iter()
            .flat_map(|h| {
                self.matcher.forms[h.form]
                    .candidates
                    .iter()
                    .filter(|(e, s)| {
                        *s == Strength::Full && self.gazetteer.entries[*e].ty == EntityType::Person
                    })
                    .map(|(e, _)| *e)
            })
            .collect();
        let hit_found = |h: &Hit| -> Option<Found> {
            let surface = &text[h.range.clone()];
            if h.compass {
                return Some(Found {
                    range: h.range.clone(),
                    ty: EntityType::Location,
                    link: detector::name_link(surface),
                });
            }
            let link = self.resolve(doc, h.range.clone(), h.form, &known_people)?;
            let ty = match &link {
                Link::Gazetteer(e) => self.gazetteer.entries[*e].ty,
                Link::Key(_) => EntityType::Person,
            };
            // "Koning Willem-Alexander": a list's form with the title, the
            // title outside the name.
            let mut range = h.range.clone();
            if ty == EntityType::Person
                && let Some((title, rest)) = surface.split_once(' ')
                && rest.starts_with(char::is_uppercase)
                && super::person_cues::is_person_cue(title)
            {
                range.start += title.len() + 1;
            }
            Some(Found { range, ty, link })
        };
        if big {
            found.par_extend(hits.par_iter().with_min_len(4096).filter_map(hit_found));
        } else {
            found.extend(hits.iter().filter_map(hit_found));
        }
        // The years inside known names go (see `years_inside`).
        let named_years: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| overlaps(&rule_ranges, &h.range))
            .map(|h| h.range.clone())
            .collect();
        if !named_years.is_empty() {
            found.retain(|f| {
                f.ty != EntityType::Date
                    || !named_years
                        .iter()
                        .any(|h| h.start < f.range.start && f.range.end <= h.end)
            });
        }
        sort_by_start(&mut found, big, |f| f.range.start);
        super::surname_places::drop_places_in_double_surnames(text, &mut found, |w| {
            self.given_names.contains(w)
        });
        // Known organisations and named things may be built on by a longer
        // unknown name; everything else is fixed.
        let is_soft = |f: &Found| {
            matches!(f.link, Link::Gazetteer(_))
                && matches!(f.ty, EntityType::Organisation | EntityType::Misc)
        };
        let (soft, mut hard): (Vec<Range<usize>>, Vec<Range<usize>>) = if big {
            rayon::join(
                || {
                    found
                        .par_iter()
                        .with_min_len(4096)
                        .filter(|f| is_soft(f))
                        .map(|f| f.range.clone())
                        .collect()
                },
                || {
                    found
                        .par_iter()
                        .with_min_len(4096)
                        .filter(|f| !is_soft(f))
                        .map(|f| f.range.clone())
                        .chain(urls.par_iter().cloned())
                        .collect()
                },
            )
        } else {
            (
                found
                    .iter()
                    .filter(|f| is_soft(f))
                    .map(|f| f.range.clone())
                    .collect(),
                found
                    .iter()
                    .filter(|f| !is_soft(f))
                    .map(|f| f.range.clone())
                    .chain(urls.iter().cloned())
                    .collect(),
            )
        };
        sort_by_start(&mut hard, big, |r| r.start);
        let chamber = match &doc.meta.addressee {
            Some(a) if a.contains("Eerste Kamer") => self.eerste_kamer,
            _ => self.tweede_kamer,
        };
        let lower_words = LowerWords::new(text);
        let ctx = DetectorContext {
            given_names: &self.given_names,
            name_keys: &self.name_keys,
            stop: &self.gazetteer.stop,
            chamber,
            org_keys: &self.org_keys,
            places: &self.places,
            entries: &self.gazetteer.entries,
            lower_words: &lower_words,
        };
        // The detector reads one block at a time: sentences never cross
        // blocks, and a block's words stay small and in cache.
        let mut detected: Vec<Found> = Vec::new();
        let mut absorbed: FxHashSet<Range<usize>> = FxHashSet::default();
        let mut acronyms: FxHashMap<String, Option<(EntityType, Link)>> = FxHashMap::default();
        let mut portfolios: Vec<Range<usize>> = Vec::new();
        let within = |list: &[Range<usize>], r: &Range<usize>| {
            let from = list.partition_point(|x| x.end <= r.start);
            let to = list.partition_point(|x| x.start < r.end);
            from..to.max(from)
        };
        // Blocks are independent: detected on all cores, merged in order.
        let detect_block = |block: &crate::document::Block| {
            let r = block.clean.clone();
            (!r.is_empty()).then(|| {
                let mut words = words::words_in(text, r.clone());
                // A site's menu, one folded block: its items were lines of
                // their own, and no name runs from one into the next.
                if block.kind
                    == crate::document::BlockKind::Folded(
                        crate::document::FoldReason::SiteNavigation,
                    )
                {
                    for w in &mut words {
                        w.sentence_start = true;
                        w.joined_to_prev = false;
                    }
                }
                // A cookie notice's buttons after its last sentence
                // ("… onderaan de pagina. Akkoord Weigeren Instellingen")
                // are items too.
                if block.kind
                    == crate::document::BlockKind::Folded(crate::document::FoldReason::CookieNotice)
                {
                    let last_stop = text[r.clone()]
                        .rfind(['.', '!', '?'])
                        .map_or(r.start, |i| r.start + i);
                    for w in words.iter_mut().filter(|w| w.range.start > last_stop) {
                        w.sentence_start = true;
                        w.joined_to_prev = false;
                    }
                }
                let known_from = found.partition_point(|f| f.range.end <= r.start);
                let known_to = found.partition_point(|f| f.range.start < r.end);
                let d = detector::detect(
                    text,
                    &words,
                    &hard[within(&hard, &r)],
                    &soft[within(&soft, &r)],
                    &found[known_from..known_to.max(known_from)],
                    &ctx,
                );
                (d, portfolio::spans(text, &words))
            })
        };
        let per_block: Vec<_> = if big {
            doc.blocks
                .par_iter()
                .with_min_len(64)
                .filter_map(detect_block)
                .collect()
        } else {
            doc.blocks.iter().filter_map(detect_block).collect()
        };
        for (d, spans) in per_block {
            portfolios.extend(spans);
            detected.extend(d.found);
            absorbed.extend(d.absorbed);
            acronyms.extend(d.acronyms);
        }
        // "bedrijf A", "leverancier X": a single letter after a kind of body
        // stands for any one of them; it names nothing.
        // "R&D", "M&A": the abbreviation of a common phrase names nothing.
        detected.retain(|f| {
            let surface = &text[f.range.clone()];
            surface.chars().nth(1).is_some() && !super::ampersand_names::is_phrase(surface)
        });
        if !absorbed.is_empty() {
            found.retain(|f| !absorbed.contains(&f.range));
        }
        // An acronym defined in brackets names the same thing everywhere in the document.
        if !acronyms.is_empty() {
            // Or, spelled out as a common phrase, nothing anywhere.
            detected.retain_mut(|f| match acronyms.get(&text[f.range.clone()]) {
                Some(Some((ty, link))) => {
                    f.ty = *ty;
                    f.link = link.clone();
                    true
                }
                Some(None) => false,
                None => true,
            });
        }
        // "de minister van Economische Zaken": a post, not the ministry.
        let shorts = short_forms(text, &acronyms, &found, &detected, |w| {
            self.gazetteer.stop.contains(w)
        });
        detected.extend(shorts);
        sort_by_start(&mut portfolios, big, |r| r.start);
        portfolio::drop_inside(text, &mut found, &portfolios);
        portfolio::drop_inside(text, &mut detected, &portfolios);
        let is_given = |w: &str| self.given_names.contains(w);
        document_surnames::retype(text, &mut detected, &is_given);
        company_names::drop_leading_adjective(text, &mut detected);
        // (A given name may be a company's short form, unless another name
        // in the text starts with it: `Lessons` asks that itself.)
        let is_other = |w: &str| self.places.contains(w) || self.gazetteer.stop.contains(w);
        let mut lessons = Lessons::new(text, &detected, is_other, &is_given);
        found.extend(detected);
        sort_by_start(&mut found, big, |f| f.range.start);
        // A word before a name that is no part of it: a function word, an
        // adjective of a people, a word the text writes in lower case.
        let is_common = |w: &str| {
            super::cues::is_never_alone(w)
                || super::cues::is_adjective_form(w)
                || self.gazetteer.stop.contains(w)
                || lower_words.contains(&w.to_lowercase())
        };
        // "Veluwezoom Zorgadvies B.V.": a company, taught with its short forms.
        // The same question for the passes that ask about few words in a
        // document: the text's lower-case words are not collected for them.
        let is_common_once = |w: &str| {
            super::cues::is_never_alone(w)
                || super::cues::is_adjective_form(w)
                || self.gazetteer.stop.contains(w)
                || lower_words.contains_once(&w.to_lowercase())
        };
        for f in company_names::take_legal_forms(text, &mut found, is_common) {
            lessons.add_company(text, &f, is_other);
        }
        let mut learned = lessons.finish(text, &mut found);
        let organs = self.refine(text, &mut found, parts, is_common, is_common_once);
        // (An organ of a body, a record's code after a result: the refining
        // dropped them here, and they are looked for nowhere else.)
        learned.retain(|(surface, _, _)| {
            !super::internal_organs::is_organ(surface)
                && !super::results_rows::is_record_code(surface)
        });
        // (Nor does a name learned elsewhere take an organ's words: "de Raad
        // van Bestuur" is no "Raad".)
        let mut urls = urls;
        urls.extend(organs);
        DocFinds {
            found,
            urls,
            learned,
        }
    }

    /// Which entry a gazetteer hit names, or none when a bare surname has no
    /// support in its context.
    fn resolve(
        &self,
        doc: &Document,
        range: Range<usize>,
        form: usize,
        known_people: &HashSet<usize>,
    ) -> Option<Link> {
        let text = doc.clean.as_str();
        let cands = &self.matcher.forms[form].candidates;
        if let Some((e, _)) = cands.iter().find(|(_, s)| *s == Strength::Full) {
            return Some(Link::Gazetteer(*e));
        }
        if let Some((e, _)) = cands.iter().find(|(e, _)| known_people.contains(e)) {
            return Some(Link::Gazetteer(*e));
        }
        // The words just before the name, within its block.
        let block = doc.blocks[doc.block_at_clean(range.start)].clean.start;
        // A title and its post ("Minister van Buitenlandse Zaken en
        // Klimaat", 43 bytes) fit in 80 bytes.
        let mut from = range.start.saturating_sub(80).max(block);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let words = words::words_in(text, from..range.start);
        let cue = cue_before(text, &words, range.start);
        if let Some(cue) = &cue
            && let Some((e, _)) = cands
                .iter()
                .find(|(e, _)| self.gazetteer.entries[*e].roles.contains(cue))
        {
            return Some(Link::Gazetteer(*e));
        }
        if let Some((e, _)) = cands.iter().find(|(_, s)| *s == Strength::Surname) {
            return Some(Link::Gazetteer(*e));
        }
        let cued = cue.is_some_and(|c| cues::is_person_cue(&c) || c.ends_with("minister"));
        match (cued, cands.as_slice()) {
            (true, [(e, _)]) => Some(Link::Gazetteer(*e)),
            (true, _) => Some(detector::name_link(&text[range])),
            (false, _) => None,
        }
    }
}

fn rule_link(ty: EntityType, surface: &str, doc: &Document) -> Link {
    let key = match ty {
        EntityType::Date => match normal::date(surface, doc.meta.date) {
            Some(iso) => format!("date:{iso}"),
            None => format!("date:{}", super::fold::fold(surface)),
        },
        EntityType::Money => format!("money:{}", normal::money(surface)),
        EntityType::Reference => format!("ref:{}", normal::reference(surface)),
        _ => return detector::name_link(surface),
    };
    Link::Key(key)
}
