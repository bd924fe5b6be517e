//! Building a [`Recogniser`]: the gazetteer's automaton and name keys, the
//! given names, and the lists of places it reads from `assets/`, for the
//! bundled gazetteer alone or with a corpus's own entries.

use super::fold::name_key;
use super::gazetteer::Gazetteer;
use super::kind::EntityType;
use super::matcher::GazetteerMatcher;
use super::recogniser::Recogniser;
use rustc_hash::FxHashSet;
use std::collections::{HashMap, HashSet};

/// Dutch places (assets/places_nl.txt, from Faker, MIT).
const PLACES: &str = include_str!("../../assets/places_nl.txt");
/// Belgian places (assets/places_be.txt, from Faker, MIT).
const BELGIAN_PLACES: &str = include_str!("../../assets/places_be.txt");

/// Dutch and Belgian districts and villages the two lists above lack
/// (assets/places_nl_be_geonames.txt, from GeoNames, CC BY 4.0).
const GEONAMES_NL_BE_PLACES: &str = include_str!("../../assets/places_nl_be_geonames.txt");
/// Cities of the world (assets/places_world.txt, from GeoNames, CC BY 4.0).
const WORLD_PLACES: &str = include_str!("../../assets/places_world.txt");
/// European towns of 40,000 or more (assets/places_europe_geonames.txt, from
/// GeoNames, CC BY 4.0).
const EUROPEAN_PLACES: &str = include_str!("../../assets/places_europe_geonames.txt");
/// Dutch names of places abroad (assets/places_exonyms_nl.txt).
const DUTCH_EXONYMS: &str = include_str!("../../assets/places_exonyms_nl.txt");

/// Given names from many languages (assets/given_names.txt, from Faker, MIT).
const GIVEN_NAMES: &str = include_str!("../../assets/given_names.txt");

impl Recogniser {
    pub fn new(gazetteer: Gazetteer) -> Self {
        let matcher = GazetteerMatcher::new(&gazetteer);
        let mut given_names = FxHashSet::default();
        let mut keys: HashMap<String, Option<usize>> = HashMap::new();
        let mut add_key = |k: String, e: usize| {
            if k.len() < 3 {
                return;
            }
            keys.entry(k)
                .and_modify(|v| {
                    if *v != Some(e) {
                        *v = None
                    }
                })
                .or_insert(Some(e));
        };
        for (i, e) in gazetteer.entries.iter().enumerate() {
            match e.ty {
                EntityType::Person => {
                    if let Some(g) = &e.given
                        && let Some(first) = g.split_whitespace().next()
                    {
                        given_names.insert(first.to_string());
                    }
                    add_key(name_key(&e.name), i);
                    for a in &e.aliases {
                        add_key(name_key(a), i);
                    }
                    if let Some(s) = &e.surname {
                        add_key(name_key(s), i);
                    }
                }
                EntityType::Location => {
                    add_key(name_key(&e.name), i);
                    for a in &e.aliases {
                        add_key(name_key(a), i);
                    }
                }
                _ => {}
            }
        }
        // Given names from the list, unless the gazetteer knows the word as
        // something else (a place, an organisation).
        let other_names: HashSet<&str> = gazetteer
            .entries
            .iter()
            .filter(|e| e.ty != EntityType::Person)
            .flat_map(|e| {
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
            })
            .collect();
        given_names.extend(
            GIVEN_NAMES
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .filter(|n| !other_names.contains(n))
                .map(str::to_string),
        );
        let name_keys = keys
            .into_iter()
            .filter_map(|(k, v)| v.map(|e| (k, e)))
            .collect();
        let find = |n: &str| {
            gazetteer.entries.iter().position(|e| {
                e.ty == EntityType::Organisation
                    && (e.name == n || e.aliases.iter().any(|a| a == n))
            })
        };
        let mut org_keys: HashMap<String, Option<usize>> = HashMap::new();
        for (i, e) in gazetteer.entries.iter().enumerate() {
            if matches!(e.ty, EntityType::Organisation | EntityType::Misc) {
                for n in std::iter::once(&e.name).chain(&e.aliases) {
                    org_keys
                        .entry(name_key(n))
                        .and_modify(|v| {
                            if *v != Some(i) {
                                *v = None
                            }
                        })
                        .or_insert(Some(i));
                }
            }
        }
        let org_keys = org_keys
            .into_iter()
            .filter_map(|(k, v)| v.map(|e| (k, e)))
            .collect();
        // Dutch and Belgian places and cities of the world, unless the gazetteer knows
        // the name as something else.
        let places: FxHashSet<String> = PLACES
            .lines()
            .chain(BELGIAN_PLACES.lines())
            .chain(GEONAMES_NL_BE_PLACES.lines())
            .chain(WORLD_PLACES.lines())
            .chain(EUROPEAN_PLACES.lines())
            .chain(DUTCH_EXONYMS.lines())
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter(|n| !other_names.contains(n))
            .map(str::to_string)
            .collect();
        let tweede_kamer = find("Tweede Kamer");
        let eerste_kamer = find("Eerste Kamer");
        let twitter = find("Twitter");
        Recogniser {
            matcher,
            given_names,
            name_keys,
            tweede_kamer,
            eerste_kamer,
            twitter,
            org_keys,
            connected_places: super::connected_places::ConnectedPlaces::new(&places),
            places,
            gazetteer,
            use_tagger: true,
            tagger_makes_names: true,
        }
    }

    /// The recogniser for a corpus: the bundled gazetteer, extended by the
    /// user's file and the corpus's own `.brief/entities.toml`.
    pub fn for_corpus(corpus: &crate::corpus::Corpus) -> Result<Self, super::GazetteerError> {
        Ok(Self::new(Gazetteer::load(corpus.root.as_deref())?))
    }

    /// The recogniser of the bundled gazetteer alone.
    pub fn bundled() -> Self {
        Self::new(Gazetteer::bundled())
    }
}
