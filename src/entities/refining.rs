//! The last step of recognising a document: mentions found by the three
//! layers are joined, widened, retyped or added to by passes that need them
//! all (a body and the place in its name, a person's initials, a list of
//! places, amounts written out). Each pass is a module of its own; this file
//! gives their order, which matters: a pass sees what the ones before it did.
//! A long document's mentions go through the passes in parts of its text on
//! all cores ([`Parts`]), in phases where a pass needs what the whole
//! document holds.

use super::fold::name_key;
use super::given_name_joins::{
    join_given_names, join_particle_places, join_particle_surnames, join_prefixed_surnames,
    take_double_surname_ends, take_hyphened_surname_ends, take_shortened_articles,
};
use super::kind::EntityType;
use super::recogniser::Recogniser;
use super::refine_parts::Parts;
use super::widening::{
    code_genitive, drop_dutch_adjective_before_english, generation_suffix, possessive_apostrophe,
    take_english_and_parts, take_glued_initials, take_initials, take_periods, take_place_fields,
    take_place_parts, take_suspended_parts,
};
use super::{
    Found, Link, acronyms_of_things, ampersand_names, anonymised_names, bare_amounts,
    body_name_parts, bracketed_given_names, branch_names, bylines, cabinet_names, championships,
    club_prefixes, committees, company_places, compound_ends, detector, employers, english_titles,
    given_name_places, group_regions, law_title, media_channels, medical_centres, medicine_names,
    money_words, names_by_context, nature_areas, numbered_surnames, org_lists, org_place,
    particle_surnames, photo_credit, place_lists, platform_x, police_units, post_places,
    product_models, publisher_names, quoted_titles, rail_lines, region_parts, repeated_names,
    results_rows, road_numbers, roman_numerals, ship_names, site_names, sponsor_teams,
    sports_clubs, title_articles, title_cues, treaty_parties, unit_numbers, units_of_bodies,
    versioned_names, word_places,
};
use rustc_hash::FxHashMap;
use std::ops::Range;

impl Recogniser {
    /// Runs the passes, in order, on a document's sorted mentions, in
    /// parts of at least `size` bytes of the text ([`Parts`]): the passes
    /// that need the whole document's mentions split the work into phases,
    /// and what they learn from each part is gathered between two phases.
    /// The mentions come out as one run over the whole would leave them.
    /// `is_common` tells a word that is no part of a name before it;
    /// `is_common_once` answers the same for passes that ask rarely.
    pub(super) fn refine(
        &self,
        text: &str,
        found: &mut Vec<Found>,
        size: usize,
        is_common: impl Fn(&str) -> bool + Copy + Sync,
        is_common_once: impl Fn(&str) -> bool + Copy + Sync,
    ) -> Vec<Range<usize>> {
        let is_country = |f: &Found| match f.link {
            Link::Gazetteer(e) => self.gazetteer.entries[e]
                .description
                .as_deref()
                .is_some_and(|d| d.starts_with("land")),
            Link::Key(_) => false,
        };
        let is_known_place = |w: &str| {
            self.places.contains(w)
                || self
                    .name_keys
                    .get(&name_key(w))
                    .is_some_and(|&e| self.gazetteer.entries[e].ty == EntityType::Location)
        };
        let mut parts = Parts::cut(text, std::mem::take(found), size);
        // A place and a trade word after it name a company everywhere once
        // they do inside a sentence: the pairs of the whole document.
        let companies: Vec<(&str, &str)> = parts
            .map(|_, found| {
                org_place::merge(text, found, is_country);
                org_place::merge_of_place(text, found);
                org_place::merge_before_place(text, found);
                company_places::trade_companies(text, found)
            })
            .concat();
        let companies = first_of_each(companies);
        // A town that is a club in one match's sentence is the club in the
        // document's other sentences: the clubs of the whole document; and
        // the people it names with an initial for a surname, whose bare
        // initial ("B. verklaarde") may stand in another part.
        let (clubs, suspects): (Vec<_>, Vec<_>) = parts
            .map(|within, found| {
                company_places::merge_trade_after_place(text, found, &companies);
                company_places::merge_place_before_english_body(text, found, |w| {
                    self.places.contains(w)
                });
                org_place::merge_court_place(text, found);
                law_title::join_subject_place(text, found);
                treaty_parties::join(text, found);
                region_parts::join(text, found, is_known_place);
                branch_names::join(text, found);
                super::acronym_councils::join(text, found, is_known_place);
                region_parts::join_region_pairs(text, found, is_country, is_known_place);
                region_parts::join_adjective_regions(text, found, is_known_place);
                region_parts::join_street_adjectives(text, found);
                region_parts::join_listed_places(text, found, |w| self.places.contains(w));
                org_place::airports_are_places(text, found);
                police_units::join(text, found);
                medical_centres::take_names(text, found, is_common);
                platform_x::add(text, within.clone(), found, || match self.twitter {
                    Some(e) => Link::Gazetteer(e),
                    None => detector::name_link("X"),
                });
                photo_credit::add(text, within.clone(), found);
                bylines::add(text, within.clone(), found, is_common);
                cabinet_names::add(text, within.clone(), found);
                committees::add(text, within.clone(), found);
                english_titles::add(text, within.clone(), found);
                title_articles::take_articles(text, found);
                road_numbers::add(text, within.clone(), found);
                medicine_names::add(text, within.clone(), found);
                // (A river too, whose name a person may share: "Maas".)
                rail_lines::add(text, within.clone(), found, |w| {
                    is_known_place(w)
                        || self
                            .gazetteer
                            .entries
                            .iter()
                            .any(|e| e.ty == EntityType::Location && e.name == w)
                });
                ampersand_names::add(text, within.clone(), found, is_common_once);
                compound_ends::cut(text, found);
                compound_ends::drop_code_ends(text, found);
                // (After the cut: a class keeps its "-klasse".)
                ship_names::add(text, within.clone(), found);
                // (Before the versions: a result is no version number.)
                results_rows::add(text, within.clone(), found);
                versioned_names::add(text, within.clone(), found, is_common_once);
                roman_numerals::join(text, found);
                money_words::add(text, within.clone(), found);
                bare_amounts::add(text, within.clone(), found);
                word_places::add(text, within.clone(), found);
                club_prefixes::add(text, within.clone(), found);
                self.connected_places.add(text, within.clone(), found);
                nature_areas::add(text, within.clone(), found);
                nature_areas::add_parks(text, within.clone(), found);
                super::summit_names::add(text, within.clone(), found, is_common);
                group_regions::join(text, found, |w| {
                    is_common(w) || is_known_place(w) || self.given_names.contains(w)
                });
                site_names::add(text, within.clone(), found);
                names_by_context::add(text, within.clone(), found, |w| {
                    self.given_names.contains(w)
                });
                let suspects = anonymised_names::people(text, found);
                title_cues::drop_titles_before_names(text, found);
                post_places::add_places_served(
                    text,
                    found,
                    |w| self.given_names.contains(w),
                    |w| is_known_place(w) || word_places::is_word_place(w),
                );
                company_places::retype_places_after_a_kind(text, found);
                super::line_ups::add(text, within.clone(), found, is_common_once);
                super::team_rows::add(text, within, found);
                sports_clubs::retype(text, found, is_country);
                (sports_clubs::clubs(text, found), suspects)
            })
            .into_iter()
            .unzip();
        // (Each list once per name: a long document names the same club or
        // suspect thousands of times, and each entry is looked for in every
        // part.)
        let (clubs, suspects) = (
            first_of_each(clubs.concat()),
            first_of_each(suspects.concat()),
        );
        // The site's own name, as its page states who publishes it.
        let publishers = publisher_names::search(&publisher_names::names(text));
        let clubs_search = sports_clubs::search(&clubs);
        // Lone words the whole document keeps using: its names.
        // (The document's lower-case words are looked for by
        // `repeated_names::names` itself, in one search.)
        let is_other_word = |w: &str| {
            super::cues::is_never_alone(w)
                || super::cues::is_adjective_form(w)
                || self.gazetteer.stop.contains(w)
                || self.given_names.contains(w)
                || is_known_place(w)
                || word_places::is_word_place(w)
                || super::cues::is_function_capital(w)
                || super::cues::is_letter_word(w)
                || super::cues::is_address_word(w)
                || super::non_name_words::is_language(w)
        };
        let repeated = repeated_names::names(
            text,
            parts.map(|within, found| repeated_names::counts(text, within, found)),
            is_other_word,
        );
        // (The surnames of the people the document names in full: such a
        // repeated word is the person, unless it also starts a body's name.)
        let people: FxHashMap<&str, Link> = if repeated.is_empty() {
            FxHashMap::default()
        } else {
            let is_given = |w: &str| self.given_names.contains(w);
            let (people, bodies): (Vec<_>, Vec<_>) = parts
                .map(|_, found| repeated_names::surnames(text, found, &is_given))
                .into_iter()
                .unzip();
            let bodies: rustc_hash::FxHashSet<&str> = bodies.concat().into_iter().collect();
            people
                .concat()
                .into_iter()
                .filter(|(w, _)| !bodies.contains(w))
                .collect()
        };
        // Whether a German body's name grew anywhere: then the mentions
        // inside a longer one go, all over the document.
        let grown = parts
            .map(|within, found| {
                // (People shortened to an initial, of the whole document.)
                anonymised_names::add(text, within.clone(), found, &suspects);
                repeated_names::add(text, within.clone(), found, &repeated, &people);
                // (After the document's repeated names are counted: a name
                // in a cited article's title is still evidence of it.)
                quoted_titles::add(text, within.clone(), found);
                sports_clubs::retype_the_same_towns(text, found, &clubs);
                sports_clubs::add_the_same_names(
                    text,
                    within.clone(),
                    found,
                    clubs_search.as_ref(),
                );
                publisher_names::add(text, within, found, publishers.as_ref());
                place_lists::take_list_items(text, found, is_common);
                take_initials(text, found);
                take_glued_initials(text, found);
                bracketed_given_names::join(text, found);
                take_place_parts(text, found);
                region_parts::take_districts(text, found, is_common);
                take_suspended_parts(text, found);
                take_english_and_parts(text, found);
                body_name_parts::take_english_of_parts(text, found);
                body_name_parts::take_german_parts(text, found)
            })
            .contains(&true);
        parts.map(|within, found| {
            if grown {
                body_name_parts::drop_inside_longer(found);
            }
            body_name_parts::take_and_parts(text, found, |w| {
                self.places.contains(w)
                    || self.given_names.contains(w)
                    || self.gazetteer.stop.contains(w)
            });
            media_channels::join(text, found);
            product_models::join(text, found);
            super::portfolio::drop_headings(text, found);
            championships::join_disciplines(text, found);
            championships::join_organisers(text, found);
            sponsor_teams::join(text, found);
            sponsor_teams::join_team_words(text, found);
            nature_areas::join_parks_and_places(text, found);
            unit_numbers::take_numbers(text, found);
            super::company_names::take_trade_words_after_people(text, found);
            drop_dutch_adjective_before_english(text, found);
            take_place_fields(text, found, is_known_place);
            super::postcode_places::take_postcode_letters(text, found);
            take_periods(text, found);
            employers::add(text, found, |w| {
                is_common(w) || self.given_names.contains(w) || is_known_place(w)
            });
            given_name_places::join(
                text,
                found,
                |w| self.given_names.contains(w),
                |w| is_common(w) || is_known_place(w),
            );
            join_given_names(
                text,
                found,
                &self.given_names,
                &self.gazetteer.entries,
                |w| {
                    is_common(w)
                        || is_known_place(w)
                        || super::cues::is_person_cue(w)
                        || super::cues::is_function_capital(w)
                },
            );
            join_particle_places(text, found, &self.given_names, is_country);
            join_particle_surnames(text, found);
            take_double_surname_ends(text, found);
            take_hyphened_surname_ends(text, found);
            join_prefixed_surnames(text, found);
            units_of_bodies::split(
                text,
                found,
                |n| {
                    self.name_keys
                        .get(&name_key(n))
                        .copied()
                        .filter(|&e| self.gazetteer.entries[e].ty == EntityType::Organisation)
                },
                |w| self.given_names.contains(w),
            );
            // (After the bodies' own "en" and fields are joined: "Directie
            // Media en Creatieve Industrie" is one name, no list.)
            org_lists::take_list_items(text, within, found, |w| {
                is_common(w) || self.given_names.contains(w) || is_known_place(w)
            });
        });
        // An acronym in brackets after a named thing is its short form,
        // wherever in the document it stands.
        let short_forms = first_of_each(
            parts
                .map(|_, found| acronyms_of_things::short_forms(text, found))
                .concat(),
        );
        if !short_forms.is_empty() {
            parts.map(|_, found| acronyms_of_things::retype(found, &short_forms));
        }
        *found = parts.join();
        // A surname after particles is the document's person of that name,
        // wherever in the document that person is named.
        particle_surnames::link(text, found);
        // ("Sandra Oudejans-Pinto van Antes": the person, then where she
        // works.)
        super::affiliation_tails::cut(text, found, is_known_place);
        // ("’t Hart": also a surname the line before linked.)
        take_shortened_articles(text, found);
        numbered_surnames::drop(text, found);
        results_rows::drop_record_codes(text, found);
        super::team_rows::drop_headers(text, found);
        let organs = super::internal_organs::drop_organs(text, found);
        // A language standing alone ("vertaald in het Duits en het Frans",
        // "naar Frans voorbeeld") is no place, body or thing; a person may
        // bear such a given name ("zegt Frans").
        found.retain(|f| {
            matches!(f.ty, EntityType::Person)
                || !matches!(f.link, Link::Key(_))
                || !super::non_name_words::is_language(&text[f.range.clone()])
        });
        for f in found {
            // Not a name quoted on its own: "‘Klaas’".
            let quoted = text[..f.range.start].ends_with(['\'', '‘']);
            if f.ty == EntityType::Person && !quoted {
                f.range.end += generation_suffix(text, f.range.end);
                f.range.end += possessive_apostrophe(text, f.range.end);
            } else if !quoted && f.ty.is_name() {
                f.range.end += code_genitive(text, f.range.end);
            }
        }
        organs
    }
}

/// `items` with each value kept at its first place only: what a pass gathers
/// from every part of a document, asked of once per value.
fn first_of_each<T: Eq + std::hash::Hash + Clone>(items: Vec<T>) -> Vec<T> {
    let mut seen = rustc_hash::FxHashSet::default();
    items
        .into_iter()
        .filter(|x| seen.insert(x.clone()))
        .collect()
}
