//! A document's finds kept small while the rest of the corpus is recognised.
//!
//! Names are learned across the whole briefing before any document's
//! mentions can be numbered, so every document's finds are held at once. As
//! [`Found`]s (48 bytes each, and a key on the heap for most names, dates
//! and amounts, with the ranges copied once more as the ranges no learned
//! name may take) they were about half of `brief entities`' peak memory.
//! Packed, a find is 16 bytes, a document's distinct keys are kept once,
//! and the blocked ranges are worked out again when they are needed
//! ([`PackedFinds::blocked`]).

use super::kind::EntityType;
use super::recogniser::DocFinds;
use super::{Found, Link};
use std::collections::HashMap;
use std::ops::Range;

/// One find: its clean range, its link (a gazetteer entry, or with
/// [`KEY`] set the number of one of the document's keys) and its type.
#[derive(Debug, Clone, Copy)]
struct Packed {
    start: u32,
    end: u32,
    link: u32,
    ty: EntityType,
}

/// The bit of [`Packed::link`] that says it is a key's number.
const KEY: u32 = 1 << 31;

/// One document's finds, packed ([`PackedFinds::pack`]).
#[derive(Debug, Default)]
pub struct PackedFinds {
    finds: Vec<Packed>,
    /// The document's distinct keys, one after the other; key `i` ends at
    /// `key_ends[i]`.
    keys: String,
    key_ends: Vec<u32>,
    /// URLs: no learned name may take them.
    urls: Vec<Range<usize>>,
    /// Unknown names found with evidence (see [`DocFinds::learned`]).
    pub learned: Vec<(String, EntityType, Link)>,
}

/// A link as a packed find gives it back, borrowing its key: equal and
/// hashed as the [`Link`] it was packed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkRef<'a> {
    Gazetteer(usize),
    Key(&'a str),
}

impl LinkRef<'_> {
    pub fn to_link(self) -> Link {
        match self {
            LinkRef::Gazetteer(e) => Link::Gazetteer(e),
            LinkRef::Key(k) => Link::Key(k.to_string()),
        }
    }
}

/// A packed find, read back.
#[derive(Debug, Clone, Copy)]
pub struct FoundRef<'a> {
    pub range: (usize, usize),
    pub ty: EntityType,
    pub link: LinkRef<'a>,
}

impl FoundRef<'_> {
    pub fn range(&self) -> Range<usize> {
        self.range.0..self.range.1
    }
}

impl PackedFinds {
    /// `f` packed. A clean text is under 4 GiB (a document is at most
    /// 512 MiB, and search refuses texts of 2 GiB), so its offsets fit in 32
    /// bits.
    pub fn pack(f: DocFinds) -> Self {
        let offset = |o: usize| u32::try_from(o).expect("a clean text under 4 GiB");
        let mut keys = String::new();
        let mut key_ends: Vec<u32> = Vec::new();
        let mut numbers: HashMap<&str, u32> = HashMap::new();
        let mut finds = Vec::with_capacity(f.found.len());
        for x in &f.found {
            let link = match &x.link {
                Link::Gazetteer(e) => {
                    let e = u32::try_from(*e).ok().filter(|&e| e < KEY);
                    e.expect("fewer than 2^31 gazetteer entries")
                }
                Link::Key(k) => {
                    let n = *numbers.entry(k.as_str()).or_insert_with(|| {
                        keys.push_str(k);
                        key_ends.push(offset(keys.len()));
                        (key_ends.len() - 1) as u32
                    });
                    n | KEY
                }
            };
            finds.push(Packed {
                start: offset(x.range.start),
                end: offset(x.range.end),
                link,
                ty: x.ty,
            });
        }
        drop(numbers);
        keys.shrink_to_fit();
        key_ends.shrink_to_fit();
        let mut urls = f.urls;
        urls.shrink_to_fit();
        Self {
            finds,
            keys,
            key_ends,
            urls,
            learned: f.learned,
        }
    }

    /// The finds as they were packed.
    pub fn unpack(self) -> DocFinds {
        let found = (0..self.len())
            .map(|i| {
                let f = self.get(i);
                Found {
                    range: f.range(),
                    ty: f.ty,
                    link: f.link.to_link(),
                }
            })
            .collect();
        DocFinds {
            found,
            urls: self.urls,
            learned: self.learned,
        }
    }

    pub fn len(&self) -> usize {
        self.finds.len()
    }

    /// Find `i`.
    pub fn get(&self, i: usize) -> FoundRef<'_> {
        let p = self.finds[i];
        let link = if p.link & KEY == 0 {
            LinkRef::Gazetteer(p.link as usize)
        } else {
            let k = (p.link & !KEY) as usize;
            let start = k.checked_sub(1).map_or(0, |j| self.key_ends[j] as usize);
            LinkRef::Key(&self.keys[start..self.key_ends[k] as usize])
        };
        FoundRef {
            range: (p.start as usize, p.end as usize),
            ty: p.ty,
            link,
        }
    }

    /// The first find that starts at `at` or after it (the finds are in
    /// order of their starts).
    pub fn first_at_or_after(&self, at: usize) -> usize {
        self.finds.partition_point(|p| (p.start as usize) < at)
    }

    /// The ranges no learned name may take: every find's and every URL's,
    /// by start (stably: a find before a URL that starts with it).
    pub fn blocked(&self) -> Vec<Range<usize>> {
        let mut blocked: Vec<Range<usize>> = self
            .finds
            .iter()
            .map(|p| p.start as usize..p.end as usize)
            .chain(self.urls.iter().cloned())
            .collect();
        blocked.sort_by_key(|r| r.start);
        blocked
    }

    /// Finds `from..to`, in order.
    pub fn iter(&self, range: Range<usize>) -> impl Iterator<Item = FoundRef<'_>> + '_ {
        range.map(|i| self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn link() -> impl Strategy<Value = Link> {
        prop_oneof![
            (0usize..5).prop_map(Link::Gazetteer),
            "(per:a|date:2022-01-26|k7|money:EUR 5|loc:oekraïne)".prop_map(Link::Key),
        ]
    }

    proptest! {
        /// Packing loses nothing, and a packed link is equal where the link was.
        #[test]
        fn finds_come_back_as_they_were_packed(
            found in proptest::collection::vec(
                (0usize..1000, 0usize..50, link(), 0usize..7),
                0..40,
            ),
            urls in proptest::collection::vec((0usize..1000, 1usize..30), 0..4),
        ) {
            let found: Vec<Found> = found
                .into_iter()
                .map(|(s, n, link, t)| Found { range: s..s + n, ty: EntityType::ALL[t], link })
                .collect();
            let urls: Vec<Range<usize>> = urls.into_iter().map(|(s, n)| s..s + n).collect();
            let learned = vec![("Janny Knol".to_string(), EntityType::Person, Link::Key("per:janny-knol".into()))];
            let f = DocFinds { found: found.clone(), urls: urls.clone(), learned: learned.clone() };
            let packed = PackedFinds::pack(f);
            for (i, a) in found.iter().enumerate() {
                for (j, b) in found.iter().enumerate() {
                    prop_assert_eq!(packed.get(i).link == packed.get(j).link, a.link == b.link);
                }
            }
            let back = packed.unpack();
            prop_assert_eq!(back.found, found);
            prop_assert_eq!(back.urls, urls);
            prop_assert_eq!(back.learned, learned);
        }
    }

    #[test]
    fn blocked_ranges_are_the_finds_and_urls_by_start() {
        let f = DocFinds {
            found: vec![
                Found {
                    range: 3..8,
                    ty: EntityType::Date,
                    link: Link::Key("date:x".into()),
                },
                Found {
                    range: 20..25,
                    ty: EntityType::Person,
                    link: Link::Gazetteer(1),
                },
            ],
            urls: vec![0..2, 3..30],
            learned: Vec::new(),
        };
        assert_eq!(
            PackedFinds::pack(f).blocked(),
            vec![0..2, 3..8, 3..30, 20..25]
        );
    }
}
