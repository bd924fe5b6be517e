//! Given names joined to the surname after them, where the layers found
//! them apart: the detector may not build on a known person, and a
//! sentence's first word is left alone ("Femke Kok", "Gedeputeerde Anne
//! Vos").

use super::detector;
use super::gazetteer::GazEntry;
use super::kind::EntityType;
use super::widening::join_neighbours;
use super::{Found, Link};
use rustc_hash::FxHashSet;

/// "Gedeputeerde Anne Vos": a person's first name found on its own
/// right before a surname found on its own (a known one, which the
/// detector may not build on) is one person: the known one when the
/// given name fits, a new one otherwise.
pub(super) fn join_given_names(
    text: &str,
    found: &mut Vec<Found>,
    given_names: &FxHashSet<String>,
    entries: &[GazEntry],
) {
    join_neighbours(found, |a, b| {
        let first = &text[a.range.clone()];
        // ("Paul Magnette": a known person's surname that is also a
        // given name, before another surname, is that given name.)
        let given_first = match a.link {
            Link::Key(_) => true,
            Link::Gazetteer(_) => given_names.contains(first),
        };
        let joinable = a.ty == EntityType::Person
            && b.ty == EntityType::Person
            && given_first
            && !first.contains(' ')
            && first.chars().count() > 1
            && &text[a.range.end..b.range.start] == " ";
        if !joinable {
            return None;
        }
        let fits = match &b.link {
            Link::Gazetteer(e) => entries[*e]
                .given
                .as_deref()
                .is_some_and(|g| g.split_whitespace().next() == Some(first)),
            Link::Key(_) => false,
        };
        let range = a.range.start..b.range.end;
        let link = if fits {
            b.link.clone()
        } else {
            detector::name_link(&text[range.clone()])
        };
        Some(Found {
            range,
            ty: EntityType::Person,
            link,
        })
    });
    // "Femke Kok": a given name the detector left alone (a sentence's
    // first word) right before a known person's bare surname.
    for i in 0..found.len() {
        let free_from = i.checked_sub(1).map_or(0, |p| found[p].range.end);
        let f = &mut found[i];
        let Link::Gazetteer(e) = f.link else { continue };
        if f.ty != EntityType::Person || text[f.range.clone()].contains(' ') {
            continue;
        }
        let Some(head) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let first = head
            .rsplit(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or_default();
        if first.is_empty() || !given_names.contains(first) {
            continue;
        }
        let range = f.range.start - 1 - first.len()..f.range.end;
        if range.start < free_from {
            continue;
        }
        let fits = entries[e]
            .given
            .as_deref()
            .is_some_and(|g| g.split_whitespace().next() == Some(first));
        if !fits {
            f.link = detector::name_link(&text[range.clone()]);
        }
        f.range = range;
    }
}
