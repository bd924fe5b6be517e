//! Finding gazetteer names in text: one Aho-Corasick automaton over every
//! surface form, matched case-sensitively on word boundaries. A name inside a
//! hyphenated compound is a mention ("NAVO-bondgenoten" → NAVO); a person's
//! genitive belongs to the name ("Poetins"); a compass prefix makes a region
//! ("Oost-Oekraïne").

use super::gazetteer::{Gazetteer, Strength};
use super::kind::EntityType;
use super::words::is_word_char;
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// One distinct surface form and the entries it may name.
#[derive(Debug, Clone)]
pub struct Form {
    pub text: String,
    pub candidates: Vec<(usize, Strength)>,
    pub person: bool,
    pub location: bool,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub range: Range<usize>,
    pub form: usize,
    /// "Oost-" before a place: the mention is a region of its own.
    pub compass: bool,
}

pub struct GazetteerMatcher {
    ac: AhoCorasick,
    pub forms: Vec<Form>,
}

const COMPASS: &[&str] = &[
    "Noord",
    "Oost",
    "Zuid",
    "West",
    "Midden",
    "Noordoost",
    "Noordwest",
    "Zuidoost",
    "Zuidwest",
    "Centraal",
];

impl GazetteerMatcher {
    pub fn new(g: &Gazetteer) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut forms: Vec<Form> = Vec::new();
        for s in g.surfaces() {
            let ty = g.entries[s.entry].ty;
            let i = *index.entry(s.text.clone()).or_insert_with(|| {
                forms.push(Form {
                    text: s.text.clone(),
                    candidates: Vec::new(),
                    person: false,
                    location: false,
                });
                forms.len() - 1
            });
            let f = &mut forms[i];
            if !f.candidates.iter().any(|(e, _)| *e == s.entry) {
                f.candidates.push((s.entry, s.strength));
            }
            f.person |= ty == EntityType::Person;
            f.location |= ty == EntityType::Location;
        }
        for f in &mut forms {
            f.candidates.sort_by_key(|(e, s)| (*s, *e));
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(forms.iter().map(|f| f.text.as_str()))
            .expect("gazetteer automaton");
        GazetteerMatcher { ac, forms }
    }

    /// Non-overlapping hits in `text`, the longest name where several start
    /// at one place. A hit that fails its word boundaries ("Nederland" in
    /// "Nederlands") is skipped and the search goes on from the next character.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(m) = self.ac.find(Input::new(text).span(at..text.len())) else {
                break;
            };
            let form = &self.forms[m.pattern().as_usize()];
            match self.accept(text, m.range(), form) {
                Some(range) => {
                    at = range.end;
                    out.push(Hit {
                        range,
                        form: m.pattern().as_usize(),
                        compass: false,
                    });
                }
                None => {
                    at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        for h in &mut out {
            if self.forms[h.form].location
                && let Some(start) = compass_start(text, h.range.start)
            {
                h.range.start = start;
                h.compass = true;
            }
        }
        out
    }

    /// The mention's range when `range` stands on word boundaries.
    fn accept(&self, text: &str, range: Range<usize>, form: &Form) -> Option<Range<usize>> {
        let before = text[..range.start].chars().next_back();
        // Scraped pages glue an all-caps dateline to the text before it:
        // "16 uur geledenDEN HAAG (ANP)".
        let all_caps = form
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && form.text.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        let glued = before.is_some_and(char::is_lowercase) && all_caps;
        if !glued && before.is_some_and(|c| is_word_char(c) || c == '.' && form.text.len() <= 2) {
            return None;
        }
        let rest = &text[range.end..];
        // "Hoogendoorn-Visser", "Visser-Hoogendoorn": a surname in a double
        // surname is part of another person's name, not this one.
        if form.person && (double_surname_before(text, range.start) || double_surname_after(rest)) {
            return None;
        }
        let mut chars = rest.chars();
        match chars.next() {
            None => Some(range),
            Some(c) if !is_word_char(c) => {
                if form.person && matches!(c, '\'' | '’') && rest[c.len_utf8()..].starts_with('s')
                {
                    let after = rest[c.len_utf8() + 1..].chars().next();
                    if !after.is_some_and(is_word_char) {
                        return Some(range.start..range.end + c.len_utf8() + 1);
                    }
                }
                // "EU.nl" is not EU; "NAVO." is.
                if c == '.' && chars.next().is_some_and(|d| d.is_alphanumeric()) {
                    return None;
                }
                Some(range)
            }
            Some('s') if form.person && !form.text.ends_with('s') => {
                let after = chars.next();
                (!after.is_some_and(is_word_char)).then(|| range.start..range.end + 1)
            }
            Some(_) => None,
        }
    }
}

/// "Hoogendoorn-" right before: a capitalised word joined by a hyphen.
fn double_surname_before(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix('-') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !is_word_char(c))
        .next()
        .unwrap_or_default();
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "-Hoogendoorn" or "-van Ommen" right after.
fn double_surname_after(rest: &str) -> bool {
    let Some(tail) = rest.strip_prefix('-') else {
        return false;
    };
    tail.chars().next().is_some_and(char::is_uppercase)
        || ["van ", "de ", "den ", "der ", "ter ", "ten "]
            .iter()
            .any(|p| tail.starts_with(p))
}

/// Start of "Oost-" right before a place.
fn compass_start(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].strip_suffix('-')?;
    COMPASS.iter().find_map(|c| {
        let start = head.strip_suffix(c).map(|h| h.len())?;
        let before = text[..start].chars().next_back();
        (!before.is_some_and(is_word_char)).then_some(start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.add_source(
            "t",
            r#"
[[entity]]
name = "NAVO"
type = "ORG"
aliases = ["NATO"]
[[entity]]
name = "Oekraïne"
type = "LOC"
[[entity]]
name = "Vladimir Poetin"
type = "PER"
given = "Vladimir"
surname = "Poetin"
known_by_surname = true
[[entity]]
name = "Noord-Atlantische Raad"
type = "ORG"
aliases = ["Noord-Atlantische Raad (NAR)"]
"#,
        )
        .unwrap();
        g
    }

    fn found(text: &str) -> Vec<&str> {
        let m = GazetteerMatcher::new(&g());
        m.find(text).into_iter().map(|h| &text[h.range]).collect()
    }

    #[test]
    fn boundaries_compounds_and_genitives() {
        assert_eq!(
            found("NAVO-bondgenoten en -NATO- met Poetins plannen in Oost-Oekraïne"),
            vec!["NAVO", "NATO", "Poetins", "Oost-Oekraïne"]
        );
        assert!(found("NAVOland Oekraïnebeleid Poetinisme").is_empty());
        // A double surname is another person; a compound is still the person.
        assert!(found("Anna Jansen-Poetin en Poetin-van Dijk").is_empty());
        assert_eq!(found("het Poetin-regime"), vec!["Poetin"]);
        assert_eq!(
            found("de Noord-Atlantische Raad"),
            vec!["Noord-Atlantische Raad"]
        );
    }
}
