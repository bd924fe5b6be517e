//! Numbering the entities of a corpus: every distinct link becomes one
//! entity with a number, a name, aliases and counts, in the order of first
//! mention. Each document is digested on its own (its distinct links, their
//! counts and forms) on all cores; only the digests are merged in order.

use super::detector::NAME_PREFIX;
use super::gazetteer::Gazetteer;
use super::index::{Entity, EntityIndex, Mention};
use super::kind::EntityType;
use super::packed_finds::{FoundRef, LinkRef, PackedFinds};
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

/// The digest of the mentions `from..to` of `doc`, found as `finds`.
fn digest<'a>(
    doc: &'a Document,
    finds: &'a PackedFinds,
    (from, to): (usize, usize),
    entries: usize,
) -> Digest<'a> {
    // Known entities by number (in a table when the run is long enough to
    // pay for one), other names by key.
    let mut known: Vec<Option<usize>> = if (to - from) * 8 > entries {
        vec![None; entries]
    } else {
        Vec::new()
    };
    let mut sparse: HashMap<usize, usize> = HashMap::new();
    let mut keyed: HashMap<&'a str, usize> = HashMap::new();
    let mut links: Vec<(usize, usize, Vec<&'a str>)> = Vec::new();
    let mut forms: Vec<(&str, HashSet<&str>)> = Vec::new();
    let mut local = Vec::with_capacity(to - from);
    for (i, f) in finds.iter(from..to).enumerate() {
        let seen = match f.link {
            LinkRef::Gazetteer(e) if known.is_empty() => sparse.get(&e).copied(),
            LinkRef::Gazetteer(e) => known.get(e).copied().flatten(),
            LinkRef::Key(k) => keyed.get(k).copied(),
        };
        let l = seen.unwrap_or_else(|| {
            links.push((from + i, 0, Vec::new()));
            forms.push(("", HashSet::new()));
            let l = links.len() - 1;
            match f.link {
                LinkRef::Gazetteer(e) if known.is_empty() => {
                    sparse.insert(e, l);
                }
                LinkRef::Gazetteer(e) => {
                    if let Some(slot) = known.get_mut(e) {
                        *slot = Some(l);
                    }
                }
                LinkRef::Key(k) => {
                    keyed.insert(k, l);
                }
            }
            l
        });
        links[l].1 += 1;
        // Most mentions repeat the form before them: no hashing for those.
        let form = &doc.clean[f.range()];
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

/// Runs digested, and made into mentions, at a time (see [`number`]).
const SLICE: usize = 256;

/// The mentions of the run of `doc` from its `from`th find: what was
/// found, each with the entity of its link (`local`: the run's link of
/// each, `of_link`: their entities).
fn mentions_of(
    doc: &Document,
    finds: &PackedFinds,
    from: usize,
    local: &[u32],
    of_link: &[usize],
) -> Vec<Mention> {
    let found = finds.iter(from..from + local.len());
    // The mentions are in order: the block of each is found by walking on
    // from the one before.
    let mut block = (!local.is_empty())
        .then(|| finds.get(from))
        .map_or(0, |f| doc.block_at_clean(f.range.0));
    let last = doc.blocks.len().saturating_sub(1);
    found
        .zip(local)
        .map(|(f, &l)| {
            while block < last && doc.blocks[block].clean.end < f.range.0 {
                block += 1;
            }
            Mention {
                clean: f.range(),
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
    finds: Vec<Option<PackedFinds>>,
    gazetteer: &Gazetteer,
) -> EntityIndex {
    let entries = gazetteer.entries.len();
    // (document, first mention of the run): every run of every document.
    let runs: Vec<(usize, usize)> = finds
        .iter()
        .enumerate()
        .filter(|(d, _)| docs[*d].is_some())
        .filter_map(|(d, f)| Some((d, f.as_ref()?.len())))
        .flat_map(|(d, n)| (0..n.max(1)).step_by(RUN).map(move |from| (d, from)))
        .collect();
    let found_of = |d: usize| finds[d].as_ref().expect("runs of documents with finds");
    let mut ids: HashMap<LinkRef, usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut surfaces: Vec<BTreeSet<String>> = Vec::new();
    let mut in_docs: Vec<usize> = Vec::new();
    let mut last_doc: Vec<usize> = Vec::new();
    let mut from_gazetteer: Vec<bool> = Vec::new();
    // Per run: the entity of each of its distinct links, and the link of
    // each mention.
    let mut global: Vec<Vec<usize>> = Vec::with_capacity(runs.len());
    let mut locals: Vec<Vec<u32>> = Vec::with_capacity(runs.len());
    // A slice of runs is digested on all cores, then numbered in order and
    // its digests let go (the distinct links and forms of every run at
    // once held more than the mentions).
    for slice in runs.chunks(SLICE) {
        let digests: Vec<Digest> = slice
            .par_iter()
            .map(|&(d, from)| {
                let found = found_of(d);
                let to = (from + RUN).min(found.len());
                digest(
                    docs[d].expect("only loaded documents"),
                    found,
                    (from, to),
                    entries,
                )
            })
            .collect();
        for (&(d, _), digest) in slice.iter().zip(digests) {
            let doc = docs[d].expect("only loaded documents");
            let found = found_of(d);
            let mut of_link = Vec::with_capacity(digest.links.len());
            for (first, count, forms) in &digest.links {
                let f = found.get(*first);
                let idx = *ids.entry(f.link).or_insert_with(|| {
                    entities.push(new_entity(f, &doc.clean[f.range()], gazetteer));
                    surfaces.push(BTreeSet::new());
                    in_docs.push(0);
                    last_doc.push(usize::MAX);
                    from_gazetteer.push(matches!(f.link, LinkRef::Gazetteer(_)));
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
            locals.push(digest.local);
        }
    }
    // What was found becomes mentions a slice of runs at a time, and what
    // was found in a document is let go once its mentions are made: the two
    // are never all held at once.
    let mut found_by_doc: Vec<PackedFinds> =
        finds.into_iter().map(Option::unwrap_or_default).collect();
    let mut out_docs: Vec<Vec<Mention>> = vec![Vec::new(); docs.len()];
    let mut at = 0;
    while at < runs.len() {
        let end = (at + SLICE).min(runs.len());
        let made: Vec<(usize, Vec<Mention>)> = runs[at..end]
            .par_iter()
            .zip(locals[at..end].par_iter().zip(global[at..end].par_iter()))
            .map(|(&(d, from), (local, of_link))| {
                let doc = docs[d].expect("only loaded documents");
                (d, mentions_of(doc, &found_by_doc[d], from, local, of_link))
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
            *found = PackedFinds::default();
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

fn new_entity(found: FoundRef, surface: &str, g: &Gazetteer) -> Entity {
    match found.link {
        LinkRef::Gazetteer(e) => {
            let entry = &g.entries[e];
            Entity {
                id: entry.id(),
                name: entry.name.clone(),
                ty: entry.ty,
                aliases: entry.aliases.clone(),
                description: entry.description.clone(),
                known: true,
                mentions: 0,
                documents: 0,
            }
        }
        LinkRef::Key(key) => {
            let name = match found.ty {
                EntityType::Date => key
                    .strip_prefix("date:")
                    .filter(|k| k.starts_with(|c: char| c.is_ascii_digit()))
                    .map_or_else(|| surface.to_string(), str::to_string),
                _ => surface.to_string(),
            };
            Entity {
                id: key.to_string(),
                name,
                ty: found.ty,
                aliases: Vec::new(),
                description: None,
                known: false,
                mentions: 0,
                documents: 0,
            }
        }
    }
}
