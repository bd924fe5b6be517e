//! Links of the names the detector finds: a name nobody listed by its
//! loose key, a known person or place by its name key, a longer name
//! through a known one it is built on ("NAVO Response Force" is the
//! gazetteer's "NATO Response Force"), and a dateline clipped of its first
//! letter to the place it is the rest of.

use super::Found;
use super::Link;
use super::detector_context::DetectorContext;
use super::fold::name_key;
use super::gazetteer::slug;
use std::ops::Range;

pub(super) fn person_link(surface: &str, ctx: &DetectorContext) -> Link {
    if let Some(&e) = ctx.name_keys.get(&name_key(surface)) {
        return Link::Gazetteer(e);
    }
    name_link(surface)
}

/// The link of a name built on known ones: their words replaced by their
/// entries ("NAVO Response Force" → "#12 Response Force").
pub(super) fn built_on_link(
    text: &str,
    range: &Range<usize>,
    swallowed: &[Range<usize>],
    known: &[Found],
    ctx: &DetectorContext,
) -> Link {
    if swallowed.is_empty() {
        return name_link(&text[range.clone()]);
    }
    // Another spelling of the known part may make a known name.
    let entry_of = |r: &Range<usize>| {
        known.iter().find_map(|f| match f.link {
            Link::Gazetteer(e) if f.range == *r => Some(e),
            _ => None,
        })
    };
    if let [r] = swallowed
        && let Some(entry) = entry_of(r).and_then(|e| ctx.entries.get(e))
    {
        let (head, tail) = (&text[range.start..r.start], &text[r.end..range.end]);
        for spelling in std::iter::once(&entry.name).chain(&entry.aliases) {
            let composed = format!("{head}{spelling}{tail}");
            if let Some(&e) = ctx.org_keys.get(&name_key(&composed)) {
                return Link::Gazetteer(e);
            }
        }
    }
    let mut key = String::new();
    let mut at = range.start;
    for r in swallowed {
        let Some(e) = entry_of(r) else {
            continue;
        };
        key.push_str(&text[at..r.start]);
        key.push_str(&format!("entry{e}"));
        at = r.end;
    }
    key.push_str(&text[at..range.end]);
    name_link(&key)
}

/// A dateline's place; one clipped of its first letter by the page
/// ("EN HAAG (ANP)") is the known place it is the rest of ("Den Haag").
pub(super) fn dateline_link(surface: &str, ctx: &DetectorContext) -> Link {
    let key = name_key(surface);
    if let Some(&e) = ctx.name_keys.get(&key) {
        return Link::Gazetteer(e);
    }
    let clipped: Vec<usize> = ctx
        .name_keys
        .iter()
        .filter(|(k, _)| {
            k.len() > key.len()
                && k.ends_with(key.as_str())
                && k[..k.len() - key.len()].chars().count() == 1
        })
        .map(|(_, &e)| e)
        .collect();
    match clipped.as_slice() {
        [e] if key.chars().count() >= 5 => Link::Gazetteer(*e),
        _ => name_link(surface),
    }
}

pub(super) fn place_link(surface: &str, ctx: &DetectorContext) -> Link {
    if let Some(&e) = ctx.name_keys.get(&name_key(surface)) {
        return Link::Gazetteer(e);
    }
    name_link(surface)
}

/// The link of a name nobody listed: its loose key, whatever type this
/// mention suggests ("Cyber Rapid Respons Teams" and "Cyber Rapid Response
/// Team" are one name; the index settles its type).
pub fn name_link(surface: &str) -> Link {
    Link::Key(format!("{NAME_PREFIX}{}", slug(&loose_key(surface))))
}

/// The prefix of links to names the detector found.
pub const NAME_PREFIX: &str = "name:";

/// A name key that also ignores a final "e" or "s" of each word.
pub fn loose_key(surface: &str) -> String {
    name_key(surface)
        .split(' ')
        .map(|w| {
            let w = if w.chars().count() > 3 {
                w.strip_suffix('e').unwrap_or(w)
            } else {
                w
            };
            if w.chars().count() > 3 {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
