//! Numbering the entities of a corpus: every distinct link becomes one
//! entity with a number, a name, aliases and counts, in the order of first
//! mention. Each document is digested on its own (its distinct links, their
//! counts and forms) on all cores; only the digests are merged in order.

use super::detector::NAME_PREFIX;
use super::gazetteer::Gazetteer;
use super::index::{Entity, EntityIndex, Mention};
use super::kind::EntityType;
use super::recogniser::DocFinds;
use super::{Found, Link};
use crate::document::Document;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};

/// A run of one document's mentions, by distinct link.
struct Digest<'a> {
    /// Distinct links in order of first mention: the first mention's index
    /// in the document, the number of mentions and the distinct forms (in
    /// the document's clean text, not copied: there are millions of them
    /// in a large corpus).
    links: Vec<(usize, usize, Vec<&'a str>)>,
    /// Per mention: the index of its link in `links` (a run is at most
    /// [`RUN`] mentions).
    local: Vec<u32>,
}

/// Mentions are digested in runs of this many, on all cores.
const RUN: usize = 1 << 16;

/// The digest of `found`, the mentions of `doc` from its `from`th on.
fn digest<'a>(doc: &'a Document, found: &[Found], from: usize, entries: usize) -> Digest<'a> {
    // Known entities by number (in a table when the run is long enough to
    // pay for one), other names by key.
    let mut known: Vec<Option<usize>> = if found.len() * 8 > entries {
        vec![None; entries]
    } else {
        Vec::new()
    };
    let mut sparse: HashMap<usize, usize> = HashMap::new();
    let mut keyed: HashMap<&str, usize> = HashMap::new();
    let mut links: Vec<(usize, usize, Vec<&'a str>)> = Vec::new();
    let mut forms: Vec<(&str, HashSet<&str>)> = Vec::new();
    let mut local = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let seen = match &f.link {
            Link::Gazetteer(e) if known.is_empty() => sparse.get(e).copied(),
            Link::Gazetteer(e) => known.get(*e).copied().flatten(),
            Link::Key(k) => keyed.get(k.as_str()).copied(),
        };
        let l = seen.unwrap_or_else(|| {
            links.push((from + i, 0, Vec::new()));
            forms.push(("", HashSet::new()));
            let l = links.len() - 1;
            match &f.link {
                Link::Gazetteer(e) if known.is_empty() => {
                    sparse.insert(*e, l);
                }
                Link::Gazetteer(e) => {
                    if let Some(slot) = known.get_mut(*e) {
                        *slot = Some(l);
                    }
                }
                Link::Key(k) => {
                    keyed.insert(k.as_str(), l);
                }
            }
            l
        });
        links[l].1 += 1;
        // Most mentions repeat the form before them: no hashing for those.
        let form = &doc.clean[f.range.clone()];
        if forms[l].0 != form {
            forms[l].0 = form;
            forms[l].1.insert(form);
        }
        local.push(l as u32);
    }
    for (l, (_, f)) in links.iter_mut().zip(forms) {
        l.2 = f.into_iter().collect();
    }
    Digest { links, local }
}

/// Runs made into mentions at a time (see [`number`]).
const MENTION_SLICE: usize = 256;

/// The mentions of one run of `doc`: what was `found`, each with the entity
/// of its link (`local`: the run's link of each, `of_link`: their entities).
fn mentions_of(doc: &Document, found: &[Found], local: &[u32], of_link: &[usize]) -> Vec<Mention> {
    // The mentions are in order: the block of each is found by walking on
    // from the one before.
    let mut block = found
        .first()
        .map_or(0, |f| doc.block_at_clean(f.range.start));
    let last = doc.blocks.len().saturating_sub(1);
    found
        .iter()
        .zip(local)
        .map(|(f, &l)| {
            while block < last && doc.blocks[block].clean.end < f.range.start {
                block += 1;
            }
            Mention {
                clean: f.range.clone(),
                ty: f.ty,
                entity: of_link[l as usize],
                boilerplate: doc.blocks.get(block).is_some_and(|b| b.kind.is_folded()),
            }
        })
        .collect()
}

/// Gives every distinct link an entity number, name and aliases.
pub(super) fn number(
    docs: &[Option<&Document>],
    finds: Vec<Option<DocFinds>>,
    gazetteer: &Gazetteer,
) -> EntityIndex {
    let entries = gazetteer.entries.len();
    // (document, first mention of the run): every run of every document.
    let runs: Vec<(usize, usize)> = finds
        .iter()
        .enumerate()
        .filter(|(d, _)| docs[*d].is_some())
        .filter_map(|(d, f)| Some((d, f.as_ref()?.found.len())))
        .flat_map(|(d, n)| (0..n.max(1)).step_by(RUN).map(move |from| (d, from)))
        .collect();
    let found_of = |d: usize| finds[d].as_ref().map_or(&[][..], |f| f.found.as_slice());
    let digests: Vec<Digest> = runs
        .par_iter()
        .map(|&(d, from)| {
            let found = found_of(d);
            let to = (from + RUN).min(found.len());
            digest(
                docs[d].expect("only loaded documents"),
                &found[from..to],
                from,
                entries,
            )
        })
        .collect();
    let mut ids: HashMap<&Link, usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut surfaces: Vec<BTreeSet<String>> = Vec::new();
    let mut in_docs: Vec<usize> = Vec::new();
    let mut last_doc: Vec<usize> = Vec::new();
    let mut from_gazetteer: Vec<bool> = Vec::new();
    // Per run: the entity of each of its distinct links.
    let mut global: Vec<Vec<usize>> = Vec::with_capacity(digests.len());
    for (&(d, _), digest) in runs.iter().zip(&digests) {
        let doc = docs[d].expect("only loaded documents");
        let found = found_of(d);
        let mut of_link = Vec::with_capacity(digest.links.len());
        for (first, count, forms) in &digest.links {
            let f = &found[*first];
            let idx = *ids.entry(&f.link).or_insert_with(|| {
                entities.push(new_entity(f, &doc.clean[f.range.clone()], gazetteer));
                surfaces.push(BTreeSet::new());
                in_docs.push(0);
                last_doc.push(usize::MAX);
                from_gazetteer.push(matches!(f.link, Link::Gazetteer(_)));
                entities.len() - 1
            });
            entities[idx].mentions += count;
            if last_doc[idx] != d {
                last_doc[idx] = d;
                in_docs[idx] += 1;
            }
            for &form in forms {
                if !surfaces[idx].contains(form) {
                    surfaces[idx].insert(form.to_string());
                }
            }
            of_link.push(idx);
        }
        global.push(of_link);
    }
    // The runs' distinct links and forms are numbered: only each mention's
    // link is still needed (the links held as much as the mentions).
    let mut locals: Vec<Vec<u32>> = digests.into_iter().map(|d| d.local).collect();
    // What was found becomes mentions a slice of runs at a time, and what
    // was found in a document is let go once its mentions are made: the two
    // are never all held at once.
    let mut found_by_doc: Vec<Vec<Found>> = finds
        .into_iter()
        .map(|f| f.map_or_else(Vec::new, |f| f.found))
        .collect();
    let mut out_docs: Vec<Vec<Mention>> = vec![Vec::new(); docs.len()];
    let mut at = 0;
    while at < runs.len() {
        let end = (at + MENTION_SLICE).min(runs.len());
        let made: Vec<(usize, Vec<Mention>)> = runs[at..end]
            .par_iter()
            .zip(locals[at..end].par_iter().zip(global[at..end].par_iter()))
            .map(|(&(d, from), (local, of_link))| {
                let doc = docs[d].expect("only loaded documents");
                let found = &found_by_doc[d][from..from + local.len()];
                (d, mentions_of(doc, found, local, of_link))
            })
            .collect();
        for (d, ms) in made {
            // A document of more than one run gets its runs in order.
            if out_docs[d].is_empty() {
                out_docs[d] = ms;
            } else {
                out_docs[d].extend(ms);
            }
        }
        // Documents whose every run is done.
        let next = runs.get(end).map_or(docs.len(), |&(d, _)| d);
        for found in &mut found_by_doc[runs[at].0..next] {
            *found = Vec::new();
        }
        for local in &mut locals[at..end] {
            *local = Vec::new();
        }
        at = end;
    }
    settle_name_types(&mut entities, &mut out_docs);
    for (i, e) in entities.iter_mut().enumerate() {
        e.documents = in_docs[i];
        let known = from_gazetteer[i];
        let iso_date = e.ty == EntityType::Date && e.name.starts_with(|c: char| c.is_ascii_digit());
        if !known
            && !iso_date
            && let Some(longest) = surfaces[i].iter().max_by_key(|s| s.chars().count())
        {
            // Unknown to the gazetteer: named by its longest form in the texts.
            e.name = super::fold::strip_genitive(longest).to_string();
        }
        let mut aliases: BTreeSet<String> = e.aliases.iter().cloned().collect();
        aliases.extend(surfaces[i].iter().cloned());
        aliases.remove(&e.name);
        e.aliases = aliases.into_iter().collect();
    }
    EntityIndex {
        entities,
        docs: out_docs,
    }
}

/// A name the detector found is one entity with one type: the type most of
/// its mentions suggest (an acronym defined after a "project" is MISC in
/// every document, even where "Team" alone would suggest ORG).
fn settle_name_types(entities: &mut [Entity], docs: &mut [Vec<Mention>]) {
    let mut votes = vec![[0usize; 7]; entities.len()];
    for m in docs.iter().flatten() {
        votes[m.entity][m.ty.index()] += 1;
    }
    for (i, e) in entities.iter_mut().enumerate() {
        let Some(rest) = e.id.strip_prefix(NAME_PREFIX) else {
            continue;
        };
        let best = EntityType::ALL
            .into_iter()
            .max_by_key(|t| (votes[i][t.index()], *t == e.ty))
            .unwrap_or(e.ty);
        e.ty = best;
        e.id = format!("{}:{rest}", best.code().to_lowercase());
    }
    for m in docs.iter_mut().flatten() {
        m.ty = entities[m.entity].ty;
    }
}

fn new_entity(found: &Found, surface: &str, g: &Gazetteer) -> Entity {
    match &found.link {
        Link::Gazetteer(e) => {
            let entry = &g.entries[*e];
            Entity {
                id: entry.id(),
                name: entry.name.clone(),
                ty: entry.ty,
                aliases: entry.aliases.clone(),
                description: entry.description.clone(),
                mentions: 0,
                documents: 0,
            }
        }
        Link::Key(key) => {
            let name = match found.ty {
                EntityType::Date => key
                    .strip_prefix("date:")
                    .filter(|k| k.starts_with(|c: char| c.is_ascii_digit()))
                    .map_or_else(|| surface.to_string(), str::to_string),
                _ => surface.to_string(),
            };
            Entity {
                id: key.clone(),
                name,
                ty: found.ty,
                aliases: Vec::new(),
                description: None,
                mentions: 0,
                documents: 0,
            }
        }
    }
}
