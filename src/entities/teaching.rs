//! What a document teaches the others: every name the detector found that
//! no list knows ("Janny Knol"), a person's surname ("Knol"), a company's
//! short forms ("Kronenburg Technologies" → "Kronenburg"). The index looks
//! for them in every document of the briefing.

use super::company_names;
use super::kind::EntityType;
use super::person_name_shapes::{capitalised_particle, surname_of};
use super::{Found, Link};
use rustc_hash::{FxHashMap, FxHashSet};

/// A name taught: its form, type and link.
pub(super) type Lesson = (String, EntityType, Link);

/// The lessons of one document, gathered from its finds.
pub(super) struct Lessons<'t> {
    learned: Vec<Lesson>,
    /// Companies' short forms, by the company's link.
    companies: FxHashMap<&'t str, Link>,
    /// The document's text: a given name that also starts another name in
    /// it is no company's short form ("Brennan" of "Brennan Dynamics" is
    /// the company where no "Brennan Walsh" is named).
    text: &'t str,
}

impl<'t> Lessons<'t> {
    /// The names `detected` teaches. `is_other` says a word names
    /// something else (a place, a stop word): no company's short form; nor
    /// is a word that starts another name in the text ("Brennan" beside
    /// "Brennan Walsh").
    pub(super) fn new(
        text: &'t str,
        detected: &[Found],
        is_other: impl Fn(&str) -> bool,
        is_given: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut lessons = Lessons {
            learned: Vec::new(),
            companies: FxHashMap::default(),
            text,
        };
        // Each form and name once: a long document repeats them by thousands.
        let mut taught: FxHashSet<(&str, &Link)> = FxHashSet::default();
        for f in detected {
            let surface = &text[f.range.clone()];
            if !f.ty.is_name()
                || !matches!(f.link, Link::Key(_))
                || !taught.insert((surface, &f.link))
            {
                continue;
            }
            lessons
                .learned
                .push((surface.to_string(), f.ty, f.link.clone()));
            // "Kronenburg Technologies" teaches "Kronenburg".
            if f.ty == EntityType::Organisation {
                lessons.add_short_forms(surface, &f.link, &is_other);
            }
            // "Janny Knol" teaches "Knol"; "Joost van Lieshout" teaches
            // "van Lieshout" and, for the start of a sentence, "Van Lieshout".
            if f.ty == EntityType::Person
                && let Some(surname) = surname_of(surface, is_given)
            {
                lessons
                    .learned
                    .push((surname.to_string(), f.ty, f.link.clone()));
                if let Some(capitalised) = capitalised_particle(surname) {
                    lessons.learned.push((capitalised, f.ty, f.link.clone()));
                }
            }
        }
        lessons
    }

    /// A company found after the detector ("Veluwezoom Zorgadvies B.V."),
    /// taught with its short forms.
    pub(super) fn add_company(
        &mut self,
        text: &'t str,
        f: &Found,
        is_other: impl Fn(&str) -> bool,
    ) {
        let surface = &text[f.range.clone()];
        self.learned
            .push((surface.to_string(), f.ty, f.link.clone()));
        self.add_short_forms(surface, &f.link, &is_other);
    }

    /// (A short form two companies of the document share is the first
    /// one's.)
    fn add_short_forms(&mut self, surface: &'t str, link: &Link, is_other: &impl Fn(&str) -> bool) {
        let text = self.text;
        let shorts = company_names::short_forms(surface, |w| {
            is_other(w) || starts_another_name(text, w, surface)
        });
        for short in shorts {
            if self.companies.contains_key(short) {
                continue;
            }
            self.companies.insert(short, link.clone());
            self.learned
                .push((short.to_string(), EntityType::Organisation, link.clone()));
        }
    }

    /// The lessons, once a company's short form has won over a person's
    /// surname: it is the company, also when a person of the document
    /// bears it (its founder, "Hendrik Kronenburg", is named in full), in
    /// the lessons and in `found`.
    pub(super) fn finish(mut self, text: &str, found: &mut [Found]) -> Vec<Lesson> {
        if self.companies.is_empty() {
            return self.learned;
        }
        let companies = &self.companies;
        self.learned
            .retain(|(s, ty, _)| *ty != EntityType::Person || !companies.contains_key(s.as_str()));
        for f in found.iter_mut() {
            if f.ty == EntityType::Person
                && let Some(link) = companies.get(&text[f.range.clone()])
            {
                f.ty = EntityType::Organisation;
                f.link = link.clone();
            }
        }
        self.learned
    }
}

/// Whether `word` also starts another capitalised name in `text` than the
/// company's `name` ("Brennan Walsh" beside "Brennan Dynamics"): then a
/// person may bear it, and it is no short form of the company. A name of
/// the same group ("Meridian Netherlands Bidco" beside "Meridian Controls")
/// or a legal form ("Beekhold B.V.") is no other name.
fn starts_another_name(text: &str, word: &str, name: &str) -> bool {
    let next_word = |s: &str| -> String {
        s.trim_start()
            .split([' ', ',', '\n'])
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ':', ';'])
            .to_string()
    };
    let company_next = next_word(&name[word.len()..]);
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|at| {
        let free_before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let Some(rest) = text[at + word.len()..].strip_prefix(' ') else {
            return false;
        };
        let next = next_word(rest);
        free_before
            && next.starts_with(char::is_uppercase)
            && next != company_next
            && !company_names::is_company_word(&next)
    })
}
