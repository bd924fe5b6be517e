//! Finding gazetteer names in text: one Aho-Corasick automaton over every
//! surface form, matched case-sensitively on word boundaries. A name inside a
//! hyphenated compound is a mention ("NAVO-bondgenoten" → NAVO); a person's
//! genitive belongs to the name ("Poetins"); a compass prefix makes a region
//! ("Oost-Oekraïne").

use super::gazetteer::{Gazetteer, Strength};
use super::kind::EntityType;
use super::words::is_word_char;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
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
    /// The first two bytes of every form, as a bit per pair: a search is
    /// started only where a form could begin (one in sixty places or so).
    pairs: Box<[u64; 1024]>,
    /// The first bytes of every form, for the places the pairs let through.
    prefixes: Prefixes,
}

/// How many of a form's first bytes [`Prefixes`] holds.
const PREFIX: usize = 6;

/// The first [`PREFIX`] bytes of every form (the whole of a shorter one), as
/// bits of a hashed set: "de " and "van " begin a few forms ("de Bilt") and
/// most Dutch sentences, but "de r" and "van he" begin no form. A form that
/// starts somewhere always has its prefix there, so the set never turns a
/// match away.
struct Prefixes {
    bits: Box<[u64]>,
    /// Bit `n` set when some prefix is `n` bytes long.
    lengths: u8,
}

impl Prefixes {
    /// 2^20 bits (128 KiB) for some 13,000 prefixes: about one place in a
    /// hundred passes a length by chance.
    const BITS: u32 = 20;

    fn new<'a>(forms: impl Iterator<Item = &'a str>) -> Self {
        let mut p = Prefixes {
            bits: vec![0u64; 1 << (Self::BITS - 6)].into_boxed_slice(),
            lengths: 0,
        };
        for f in forms {
            let head = &f.as_bytes()[..f.len().min(PREFIX)];
            if !head.is_empty() {
                let k = Self::bit(head.iter().fold(0, |h, &b| Self::step(h, b)));
                p.bits[k >> 6] |= 1 << (k & 63);
                p.lengths |= 1 << head.len();
            }
        }
        p
    }

    /// The hash of the bytes so far, `h`, with byte `b` after them.
    #[inline]
    fn step(h: u64, b: u8) -> u64 {
        (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }

    #[inline]
    fn bit(h: u64) -> usize {
        (h >> (64 - Self::BITS)) as usize
    }

    /// Whether some form may begin with `bytes[at..]`: the hash grows a
    /// byte at a time and is looked up at every length a prefix has.
    fn may_begin(&self, bytes: &[u8], at: usize) -> bool {
        let mut h = 0;
        for (i, &b) in bytes[at..].iter().take(PREFIX).enumerate() {
            h = Self::step(h, b);
            let k = Self::bit(h);
            if self.lengths & (1 << (i + 1)) != 0 && self.bits[k >> 6] & (1 << (k & 63)) != 0 {
                return true;
            }
        }
        false
    }
}

pub(super) const COMPASS: &[&str] = &[
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
    // Frisian: "Súdwest-Fryslân", "Noardeast-Fryslân".
    "Noard",
    "East",
    "Súd",
    "Noardeast",
    "Noardwest",
    "Súdeast",
    "Súdwest",
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
            .start_kind(StartKind::Anchored)
            .build(forms.iter().map(|f| f.text.as_str()))
            .expect("gazetteer automaton");
        let mut pairs = Box::new([0u64; 1024]);
        for f in &forms {
            match *f.text.as_bytes() {
                [a, b, ..] => set_pair(&mut pairs, a, b),
                // A one-byte form: any byte may follow, or none.
                [a] => (0..=255).for_each(|b| set_pair(&mut pairs, a, b)),
                [] => {}
            }
        }
        let prefixes = Prefixes::new(forms.iter().map(|f| f.text.as_str()));
        GazetteerMatcher {
            ac,
            forms,
            pairs,
            prefixes,
        }
    }

    /// Whether a form could start at byte `at`: its first two bytes begin
    /// one, and it stands where a name may start (after a non-word character,
    /// or a capital glued to lower case: "geledenDEN HAAG").
    fn may_start(&self, text: &str, at: usize) -> bool {
        let bytes = text.as_bytes();
        let a = bytes[at];
        let b = bytes.get(at + 1).copied().unwrap_or(0);
        let pair = usize::from(a) << 8 | usize::from(b);
        if self.pairs[pair >> 6] & (1 << (pair & 63)) == 0 {
            return false;
        }
        let stands = match text[..at].chars().next_back() {
            None => true,
            Some(prev) => !is_word_char(prev) || (prev.is_lowercase() && !a.is_ascii_lowercase()),
        };
        stands && self.prefixes.may_begin(bytes, at)
    }

    /// Non-overlapping hits in `text`, the longest name where several start
    /// at one place. A hit that fails its word boundaries ("Nederland" in
    /// "Nederlands") is skipped and the search goes on from the next character.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Lower-case letters inside a word start nothing: skipped in a
            // tight loop (most of any text).
            if at > 0 && bytes[at].is_ascii_lowercase() && bytes[at - 1].is_ascii_alphanumeric() {
                at += 1;
                while at < bytes.len() && bytes[at].is_ascii_lowercase() {
                    at += 1;
                }
                continue;
            }
            // Inside a character, or where no form may start: on.
            if bytes[at] & 0xC0 == 0x80 || !self.may_start(text, at) {
                at += 1;
                continue;
            }
            let input = Input::new(text)
                .span(at..text.len())
                .anchored(Anchored::Yes);
            if let Some(m) = self.ac.find(input) {
                let form = &self.forms[m.pattern().as_usize()];
                if let Some(range) = self.accept(text, m.range(), form) {
                    at = range.end;
                    out.push(Hit {
                        range: range.start + kind_prefix_len(&form.text)..range.end,
                        form: m.pattern().as_usize(),
                        compass: false,
                    });
                    continue;
                }
            }
            at += 1;
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
                // "EU.nl" is not EU; "NAVO." is, and so is "Spanje.⁴" (a
                // footnote's marker after the stop).
                if c == '.' && chars.next().is_some_and(is_word_char) {
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

/// The length of a lower-case kind word that begins a form ("provincie
/// Groningen", "gemeente Utrecht"): it tells which entity the form names
/// (the province, not the city), but the mention is the name after it, as
/// a title before a person is not the person.
fn kind_prefix_len(form: &str) -> usize {
    ["provincie ", "gemeente "]
        .iter()
        .find(|k| form.starts_with(**k))
        .map_or(0, |k| k.len())
}

/// "Hoogendoorn-" right before: a capitalised word joined by a hyphen,
/// also with the particles of the second surname between ("Bakker-van
/// Dijk", "Hiemstra-van der Wal", "Oyelaran-de Groot").
fn double_surname_before(text: &str, at: usize) -> bool {
    let mut head = &text[..at];
    // At most two particles: "-van der ", "-van den ", "-de ".
    for _ in 0..2 {
        let Some(h) = head.strip_suffix(' ') else {
            break;
        };
        match ["van", "de", "den", "der", "ter", "ten", "het", "'t"]
            .iter()
            .find_map(|p| h.strip_suffix(p))
        {
            Some(h) if h.ends_with([' ', '-']) => head = h,
            _ => break,
        }
    }
    let Some(head) = head.strip_suffix('-') else {
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

fn set_pair(pairs: &mut [u64; 1024], a: u8, b: u8) {
    let pair = usize::from(a) << 8 | usize::from(b);
    pairs[pair >> 6] |= 1 << (pair & 63);
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
[[entity]]
name = "Europese Unie"
type = "ORG"
aliases = ["EU", "X"]
[[entity]]
name = "de Bilt"
type = "LOC"
aliases = ["de Biltse"]
"#,
        )
        .unwrap();
        g
    }

    fn found(text: &str) -> Vec<&str> {
        let m = GazetteerMatcher::new(&g());
        m.find(text).into_iter().map(|h| &text[h.range]).collect()
    }

    /// The search as it was before it started only where a form may begin:
    /// an unanchored automaton over every place.
    fn reference(m: &GazetteerMatcher, text: &str) -> Vec<Range<usize>> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(m.forms.iter().map(|f| f.text.as_str()))
            .unwrap();
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(h) = ac.find(Input::new(text).span(at..text.len())) else {
                break;
            };
            match m.accept(text, h.range(), &m.forms[h.pattern().as_usize()]) {
                Some(r) => {
                    at = r.end;
                    out.push(r);
                }
                None => at = h.start() + text[h.start()..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn starting_only_where_a_form_may_begin_finds_the_same(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "NAVO", "NATO", "Oekraïne", "Poetin", "Poetins", "Vladimir Poetin",
                    "Noord-Atlantische Raad", " ", "-", "s", "land", "geleden", "DEN",
                    "Oost-", "é", "’s", ".", "\n", "nl", "Raad", "x", "EU", "E", "X",
                    "de ", "de Bilt", "de Biltse", "Bilt", "d",
                ]),
                0..24,
            )
        ) {
            let text: String = parts.concat();
            let m = GazetteerMatcher::new(&g());
            let ours: Vec<Range<usize>> = m
                .find(&text)
                .into_iter()
                .filter(|h| !h.compass)
                .map(|h| h.range)
                .collect();
            let theirs: Vec<Range<usize>> = reference(&m, &text)
                .into_iter()
                .filter(|r| ours.contains(r) || compass_start(&text, r.start).is_none())
                .collect();
            proptest::prop_assert_eq!(ours, theirs);
        }
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
        // Also with the second surname's particles between.
        assert!(found("Anna Jansen-van Poetin, Piet Bakker-van der Poetin").is_empty());
        // Counter-example: particles not after a hyphen leave the name.
        assert_eq!(found("de heer van Poetin"), vec!["Poetin"]);
        assert_eq!(found("het Poetin-regime"), vec!["Poetin"]);
        assert_eq!(
            found("de Noord-Atlantische Raad"),
            vec!["Noord-Atlantische Raad"]
        );
    }
}
