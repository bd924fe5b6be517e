//! Named entities: people, organisations, places, dates, amounts, references
//! and other names, recognised in the clean text of every document and linked
//! across the briefing, so that "Rutte", "Mark Rutte" and "premier Rutte" in
//! any document are one person.
//!
//! Three layers find mentions, each testable on its own: the [`gazetteer`]
//! (names the program and its users know, matched by [`matcher`]), [`rules`]
//! for shapes (dates, amounts, references, URLs), and the [`detector`] for
//! names nobody listed. [`Recogniser`] runs them on one document;
//! [`EntityIndex`] runs it on a corpus, lets names learned in one document be
//! found in the others, and gives every mention an entity shared by all.

mod acronym;
mod acronym_councils;
mod acronym_type;
mod acronyms_of_things;
mod affiliation_tails;
mod ampersand_names;
mod anonymised_names;
mod bare_amounts;
mod body_name_parts;
mod bracketed_given_names;
mod branch_names;
mod bylines;
mod cabinet_names;
mod championships;
mod club_prefixes;
mod committees;
mod company_names;
mod company_places;
mod compound_ends;
mod connected_places;
mod context_cues;
mod cover;
pub mod cues;
pub(crate) mod currencies;
pub mod detector;
mod detector_context;
mod document_surnames;
mod employers;
mod english_titles;
mod eu_acts;
pub mod fold;
pub mod gazetteer;
mod given_name_joins;
mod given_name_places;
pub mod gold;
mod group_regions;
mod head_words;
mod index;
mod internal_organs;
pub mod kind;
mod law_title;
mod line_ups;
pub mod lower_words;
pub mod matcher;
mod media_channels;
mod medical_centres;
mod medicine_names;
mod member_party;
mod menu_lines;
mod money_stops;
mod money_words;
mod name_heads;
mod name_links;
mod names_by_context;
mod nature_areas;
pub(crate) mod non_name_words;
pub mod normal;
mod numbered_surnames;
mod numbering;
mod org_lists;
mod org_place;
mod packed_finds;
mod particle_surnames;
mod person_cues;
mod person_name_shapes;
mod photo_credit;
mod place_lists;
mod platform_x;
mod police_units;
pub mod portfolio;
pub(super) mod post_places;
mod postcode_places;
mod product_models;
mod publisher_names;
mod quoted_titles;
mod rail_lines;
mod recogniser;
mod recogniser_building;
mod refine_parts;
mod refining;
mod region_parts;
mod repeated_names;
pub mod report;
mod results_rows;
mod rewrite;
mod road_numbers;
pub(crate) mod roman_numerals;
pub mod rules;
mod shapes;
mod ship_names;
mod site_names;
mod sponsor_teams;
mod sports_clubs;
mod summit_names;
mod surname_places;
pub mod tagger;
mod teaching;
mod team_rows;
mod title_articles;
mod title_cues;
mod treaty_parties;
mod unit_numbers;
mod units_of_bodies;
mod version_guards;
mod version_words;
mod versioned_names;
mod widening;
pub(super) mod word_places;
pub mod words;

pub use gazetteer::{Gazetteer, GazetteerError};
pub use index::{Entity, EntityIndex, Mention};
pub use kind::EntityType;
pub use recogniser::Recogniser;

use std::ops::Range;

/// What a mention names, before entities are numbered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Link {
    /// An entry of the gazetteer.
    Gazetteer(usize),
    /// A name or value the gazetteer does not know, by its normal form:
    /// "per:janny-knol", "date:2022-01-26", "money:EUR 31000000".
    Key(String),
}

/// A mention as a layer finds it: a clean-text range, a type, a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub range: Range<usize>,
    pub ty: EntityType,
    pub link: Link,
}

/// Widens `found[i]` (of `found`, sorted by start) to end at `end`,
/// dropping the mentions after it that lie inside; `false`, and nothing
/// changed, when one of them reaches past `end`.
fn widen_to(found: &mut Vec<Found>, i: usize, end: usize) -> bool {
    let inside = found[i + 1..]
        .iter()
        .take_while(|g| g.range.start < end)
        .count();
    if found[i + 1..i + 1 + inside]
        .iter()
        .any(|g| g.range.end > end)
    {
        return false;
    }
    found.drain(i + 1..i + 1 + inside);
    found[i].range.end = end;
    true
}

/// A test's mention: the first `surface` in `text`, of type `ty`, known to
/// the gazetteer (`known`) or found by its shape.
#[cfg(test)]
fn test_mention(text: &str, surface: &str, ty: EntityType, known: bool) -> Found {
    let at = text.find(surface).unwrap();
    Found {
        range: at..at + surface.len(),
        ty,
        link: if known {
            Link::Gazetteer(0)
        } else {
            detector::name_link(surface)
        },
    }
}

/// Long texts are worked on in pieces of this many bytes on all cores.
const PIECE: usize = 1 << 20;

/// `text` in pieces of about `size` bytes, each ending at a line break.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        let mut cut = size;
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let Some(nl) = rest[cut..].find('\n') else {
            break;
        };
        let (head, tail) = rest.split_at(cut + nl + 1);
        out.push(head);
        rest = tail;
    }
    out.push(rest);
    out
}

/// Adds the finds `added` to `found` (sorted by start, and left so): each
/// takes the place of the finds inside it, and one that runs over the edge
/// of a find in `found` is not added.
fn put_over_inner(found: &mut Vec<Found>, mut added: Vec<Found>) {
    added.retain(|a| {
        !found.iter().any(|f| {
            f.range.start < a.range.end
                && a.range.start < f.range.end
                && !(a.range.start <= f.range.start && f.range.end <= a.range.end)
        })
    });
    found.retain(|f| {
        !added
            .iter()
            .any(|a| a.range.start <= f.range.start && f.range.end <= a.range.end)
    });
    found.extend(added);
    found.sort_by_key(|f| f.range.start);
}

/// Takes the finds at the indices `gone` (in any order, repeats allowed)
/// out of `found`, keeping the others in their order: what a pass that
/// merged some finds into others leaves behind.
/// Whether a mention of `found` (sorted by start, not overlapping) covers
/// part of `range`.
fn is_covered(found: &[Found], range: &Range<usize>) -> bool {
    let next = found.partition_point(|f| f.range.start < range.end);
    next > 0 && found[next - 1].range.end > range.start
}

/// Adds the mentions of `added` to `found`, kept sorted by start.
fn add_finds(found: &mut Vec<Found>, added: Vec<Found>) {
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
}

/// The run of letters glued by a hyphen right after `end` of `text`
/// ("Brouwers-Tak": "Tak"), and what follows it; `None` without a hyphen.
fn letters_after_hyphen(text: &str, end: usize) -> Option<(&str, &str)> {
    let rest = text[end..].strip_prefix('-')?;
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    Some(rest.split_at(len))
}

/// The letters after a hyphen at `at` of `text` ("Overvecht" of
/// "Utrecht-Overvecht" after "Utrecht"), possibly none; `None` when no
/// hyphen stands there. The text after them follows at `at + 1 + len`.
fn word_after_hyphen(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].strip_prefix('-')?;
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    Some(&rest[..len])
}

/// The start of the run of letters that ends at `end` of `text` (`end` when
/// none does).
fn letters_before(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(end, |(i, _)| i)
}

fn drop_finds(found: &mut Vec<Found>, mut gone: Vec<usize>) {
    if gone.is_empty() {
        return;
    }
    gone.sort_unstable();
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        gone.binary_search(&(i - 1)).is_err()
    });
}
