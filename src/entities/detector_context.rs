//! What the detector knows before it reads a document: the gazetteer's
//! given names, name keys, places and entries, the chamber "uw Kamer"
//! means, and the words the document writes in lower case.

use super::cues;
use super::gazetteer::GazEntry;
use super::lower_words::LowerWords;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashSet;

/// What the detector knows from the gazetteer.
pub struct DetectorContext<'a> {
    /// Given names of known people, for "Janny Knol"-shaped names.
    pub given_names: &'a FxHashSet<String>,
    /// Name keys of known people and places, so a new spelling links to them.
    pub name_keys: &'a FxHashMap<String, usize>,
    pub stop: &'a HashSet<String>,
    /// The chamber "uw Kamer" means in this document.
    pub chamber: Option<usize>,
    /// Name keys of the names and aliases of known organisations and named
    /// things, and the entries themselves, to link a name built on a known
    /// one spelled another way ("NAVO Response Force").
    pub org_keys: &'a FxHashMap<String, usize>,
    /// Dutch places (assets/places_nl.txt), for places named without a cue.
    pub places: &'a FxHashSet<String>,
    pub entries: &'a [GazEntry],
    /// The words the document writes in lower case.
    pub lower_words: &'a LowerWords<'a>,
}

impl DetectorContext<'_> {
    /// A given name of the lists, or a double one whose halves are
    /// ("Jean-Baptiste", "Anne-Marie", "Jan-Willem"); a name with accents
    /// also by its letters without them ("Róisín" as "Roisin").
    pub fn is_given(&self, w: &str) -> bool {
        self.given_names.contains(w)
            || (!w.is_ascii() && known_without_marks(w, self.given_names))
            || (w.contains('-')
                && w.split('-')
                    .all(|part| !part.is_empty() && self.given_names.contains(part)))
    }
}

/// Whether `w` without its diacritics, its case kept ("Ciarán" →
/// "Ciaran"), is in `names` (the lists write some names only without
/// them). Folded on the stack: most words asked are not names.
fn known_without_marks(w: &str, names: &FxHashSet<String>) -> bool {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut fits = true;
    let mut push = |c: char| {
        let n = c.len_utf8();
        if len + n > buf.len() {
            fits = false;
        } else {
            c.encode_utf8(&mut buf[len..len + n]);
            len += n;
        }
    };
    for c in w.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    push(d);
                }
            });
        }
    }
    fits && std::str::from_utf8(&buf[..len]).is_ok_and(|bare| bare != w && names.contains(bare))
}

/// A place of the lists that the document does not also write in lower
/// case (as a word of its own).
pub(super) fn is_listed_place(surface: &str, ctx: &DetectorContext) -> bool {
    ctx.places.contains(surface) && !ctx.lower_words.contains(cues::lower(surface).as_ref())
}
