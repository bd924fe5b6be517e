//! A signatory's name as a letter prints it under the closing: titles
//! ("mr.", "drs."), initials or a given name, particles ("van", "de",
//! "in 't") and a surname, double names joined by a hyphen, and particles
//! with a second surname ("mr. drs. H.G.J. Bruins Slot", "W.B. Hoekstra",
//! "Liesje Schreinemacher", "C.A. van der Wal-Zeggelink").
//!
//! It was a regular expression (kept in the tests as this reader's oracle)
//! whose compilation was a quarter of opening a letter. Read by hand: the
//! places in the line where each part of the name can end are found part
//! after part, a set of places at a time, so that every way of reading the
//! line is tried once, as the pattern's automaton tries them.

/// A name: the whole of `t` (trimmed by the caller) reads as one.
pub fn is_name(t: &str) -> bool {
    // A name starts with a title or a capital, ends with a word's letter,
    // and holds nothing but letters, white space, points, apostrophes and
    // hyphens: most lines are told at a glance. (A line of 128 bytes or
    // more is not a name either; the pattern had no such bound.)
    if t.len() >= MAX_LEN
        || !t.starts_with(|c: char| matches!(c, 'm' | 'd' | 'i' | 'p') || is_capital(c))
        || !t.ends_with(in_word)
        || !t
            .chars()
            .all(|c| in_word(c) || c == '.' || c.is_whitespace())
    {
        return false;
    }
    let mut at: Places = 1;
    at = repeated(t, at, title);
    at = then(t, at, initials_first) | then(t, at, given_name_first);
    at = repeated(t, at, particle_before_surname);
    at = then(t, at, word);
    at = repeated(t, at, hyphenated_part);
    at = repeated(t, at, particles_and_surname);
    at & (1 << t.len()) != 0
}

/// Lines this long are not read as names: places fit in one number.
const MAX_LEN: usize = 128;

/// Byte offsets of `t` where the name read so far can end, one bit each.
type Places = u128;

/// A part of a name: given where it starts, adds every place it can end.
type Part = fn(&str, usize, &mut Places);

/// The places set in `at`, in order.
fn all(mut at: Places) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let p = at.trailing_zeros() as usize;
        at &= at.wrapping_sub(1);
        (p < MAX_LEN).then_some(p)
    })
}

fn add(ends: &mut Places, at: usize) {
    *ends |= 1 << at;
}

/// Where `part` ends, read once from any of the places `at`.
fn then(t: &str, at: Places, part: Part) -> Places {
    let mut next = 0;
    for p in all(at) {
        part(t, p, &mut next);
    }
    next
}

/// Where `part` ends, read any number of times (none too) from `at`.
fn repeated(t: &str, mut at: Places, part: Part) -> Places {
    let mut todo = at;
    while todo != 0 {
        let p = todo.trailing_zeros() as usize;
        todo &= todo - 1;
        let mut ends: Places = 0;
        part(t, p, &mut ends);
        let new = ends & !at;
        at |= new;
        todo |= new;
    }
    at
}

const TITLES: [&str; 8] = ["mr", "dr", "drs", "ir", "ing", "prof", "mw", "dhr"];
const PARTICLES: [&str; 13] = [
    "van", "de", "der", "den", "ten", "ter", "von", "la", "le", "du", "in 't", "el", "al",
];
/// Those that may follow a hyphen.
const HYPHEN_PARTICLES: [&str; 6] = ["van", "de", "der", "den", "ten", "ter"];
/// Those before a second surname.
const LATER_PARTICLES: [&str; 7] = ["van", "de", "der", "den", "ten", "ter", "von"];

/// "mr. ", "drs." with any white space after it.
fn title(t: &str, p: usize, ends: &mut Places) {
    for w in TITLES {
        if let Some(q) = past(t, p, w).and_then(|q| past(t, q, ".")) {
            add(ends, q);
            white_space(t, q, ends);
        }
    }
}

/// Initials ("H.G.J."), a white space or none, and a given name with one
/// white space after it or none ("W.B. Hoekstra", "A. Jetten Rob …").
fn initials_first(t: &str, p: usize, ends: &mut Places) {
    let mut q = p;
    let mut after = 0;
    while let Some(c) = capital_at(t, q)
        && let Some(r) = past(t, q + c, ".")
    {
        add(&mut after, r);
        if let Some(s) = one_space(t, r) {
            add(&mut after, s);
        }
        q = r;
    }
    *ends |= after;
    for g in all(then(t, after, word)) {
        if let Some(s) = one_space(t, g) {
            add(ends, s);
        }
    }
}

/// A given name and white space ("Liesje ").
fn given_name_first(t: &str, p: usize, ends: &mut Places) {
    let mut given = 0;
    word(t, p, &mut given);
    for g in all(given) {
        white_space(t, g, ends);
    }
}

/// "van ", "in 't " before the surname.
fn particle_before_surname(t: &str, p: usize, ends: &mut Places) {
    particle_and_space(t, p, &PARTICLES, ends);
}

/// A capital and one or more letters, apostrophes or hyphens: every end.
fn word(t: &str, p: usize, ends: &mut Places) {
    let Some(c) = capital_at(t, p) else { return };
    for (i, ch) in t[p + c..].char_indices() {
        if !in_word(ch) {
            return;
        }
        add(ends, p + c + i + ch.len_utf8());
    }
}

/// "-Zeggelink", "-van Dijk".
fn hyphenated_part(t: &str, p: usize, ends: &mut Places) {
    let Some(q) = past(t, p, "-") else { return };
    let mut starts = 0;
    add(&mut starts, q);
    particle_and_space(t, q, &HYPHEN_PARTICLES, &mut starts);
    *ends |= then(t, starts, word);
}

/// " van der Wal": white space, one or more particles, a surname.
fn particles_and_surname(t: &str, p: usize, ends: &mut Places) {
    let Some(q) = one_space(t, p) else { return };
    let mut spaced = 0;
    add(&mut spaced, q);
    white_space(t, q, &mut spaced);
    let later = |t: &str, p: usize, e: &mut Places| particle_and_space(t, p, &LATER_PARTICLES, e);
    let once = then(t, spaced, later);
    *ends |= then(t, repeated(t, once, later), word);
}

/// One of `particles` and one or more white spaces.
fn particle_and_space(t: &str, p: usize, particles: &[&str], ends: &mut Places) {
    for w in particles {
        if let Some(q) = past(t, p, w).and_then(|q| one_space(t, q)) {
            add(ends, q);
            white_space(t, q, ends);
        }
    }
}

/// Every place after further white space from `p` (not `p` itself).
fn white_space(t: &str, p: usize, ends: &mut Places) {
    let mut q = p;
    while let Some(r) = one_space(t, q) {
        add(ends, r);
        q = r;
    }
}

/// A letter, apostrophe or hyphen: what a word of a name is made of.
fn in_word(c: char) -> bool {
    crate::pattern::is_latin_letter(c) || matches!(c, '\'' | '’' | '-')
}

fn one_space(t: &str, p: usize) -> Option<usize> {
    let c = t[p..].chars().next()?;
    c.is_whitespace().then(|| p + c.len_utf8())
}

fn past(t: &str, p: usize, w: &str) -> Option<usize> {
    t[p..].starts_with(w).then(|| p + w.len())
}

/// The length of the capital at `p`, if one is there.
fn capital_at(t: &str, p: usize) -> Option<usize> {
    let c = t[p..].chars().next()?;
    is_capital(c).then(|| c.len_utf8())
}

fn is_capital(c: char) -> bool {
    crate::pattern::is_latin_capital(c)
}

#[cfg(test)]
mod tests;
