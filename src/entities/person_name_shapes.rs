//! Shapes of a person's name that say so with no title before it: "Van"
//! and one surname inside a sentence ("Van Campen", "Van der Poel"), and a
//! first name, "van der" or "van den", and one surname ("Dolf van den
//! Brink"); and the surname a full name teaches ("Janny Knol" → "Knol").

use super::cover::Cover;
use super::cues;
use super::detector_context::DetectorContext;
use super::name_heads::head_type;
use super::words::{Word, is_acronym, is_capitalised};

/// Whether the name `from..=end` is "Van" and one surname after it, maybe
/// through "der", "den", "de" or "'t": no more capitalised words (a company
/// "Van Doorn Tankbouw"), none of them a known name or a body's head.
pub(super) fn surname_after_van(
    text: &str,
    words: &[Word],
    cover: &[Cover],
    from: usize,
    end: usize,
) -> bool {
    let mut k = from + 1;
    while k < end && matches!(&text[words[k].range.clone()], "der" | "den" | "de" | "'t") {
        k += 1;
    }
    k == end
        && cover[k] == Cover::Free
        && words[k].joined_to_prev
        && is_capitalised(&text[words[k].range.clone()])
        && head_type(&text[words[k].range.clone()]).is_none()
        && !words
            .get(k + 1)
            .is_some_and(|n| n.joined_to_prev && is_capitalised(&text[n.range.clone()]))
}

/// Whether `start..=last` is a first name, "van der" or "van den" (or "van
/// 't", "in 't"), and one surname: the shape of a Dutch person's name, which
/// no body, place or named thing has ("Raad van State", "Staat van de
/// Veiligheid" and "Huis ten Bosch" take other particles). Neither word may
/// be a head word, a listed place or a word the document writes in lower
/// case.
pub(super) fn is_dutch_name_shape(
    text: &str,
    words: &[Word],
    start: usize,
    last: usize,
    ctx: &DetectorContext,
) -> bool {
    let word = |k: usize| &text[words[k].range.clone()];
    let plain = |k: usize| {
        let w = word(k);
        w.chars().count() >= 2
            && is_capitalised(w)
            && !is_acronym(w)
            && head_type(w).is_none()
            && !ctx.places.contains(w)
            && !cues::is_never_alone(w)
            && !ctx.lower_words.contains(cues::lower(w).as_ref())
    };
    let particles = (last == start + 3
        && matches!(
            (word(start + 1), word(start + 2)),
            ("van", "der" | "den" | "'t") | ("in", "'t")
        ))
        // "Jenning de Boo": "de" alone only when the document writes the
        // surname with its capital particle elsewhere inside a sentence
        // ("op De Boo", "voor De Boo,"): "Tour de France" has no "De France".
        || (last == start + 2 && word(start + 1) == "de");
    particles
        && (start + 1..=last).all(|k| words[k].joined_to_prev)
        && plain(start)
        && plain(last)
        && (last == start + 3 || {
            // (Looked for near the name: the work stays the same however
            // long the document is.)
            let at = words[start].range.start;
            let mut from = at.saturating_sub(NEAR);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (at + NEAR).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            capital_particle_inside_a_sentence(&text[from..to], "De", word(last))
        })
}

/// How far from a name its surname written alone is looked for, in bytes.
const NEAR: usize = 20_000;

/// Whether `text` writes `particle` and `surname` ("De Boo") somewhere after
/// a lower-case word or a comma, as a surname is written alone.
fn capital_particle_inside_a_sentence(text: &str, particle: &str, surname: &str) -> bool {
    let needle = format!("{particle} {surname}");
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).any(|at| {
        let end = at + needle.len();
        let whole = !text[end..].starts_with(|c: char| c.is_alphanumeric());
        let before = text[..at].strip_suffix(' ').is_some_and(|b| {
            b.ends_with(',')
                || b.chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .last()
                    .is_some_and(char::is_lowercase)
        });
        whole && before
    })
}

/// "Janny Knol" → "Knol"; "Sanne van der Wal" → "Van der Wal" is not taught
/// (a lower-case particle starts it mid-sentence), "van der Wal" is. A
/// particle written with a capital inside the name belongs to the surname
/// ("Raphaël Van den Bossche" → "Van den Bossche"), and so does a word before
/// the particles that is no given name (`is_given`): a double surname
/// ("Jesús Ortega de la Fuente" → "Ortega de la Fuente", but "Jan Willem de
/// Jong" → "de Jong").
pub(super) fn surname_of<'t>(full: &'t str, is_given: &dyn Fn(&str) -> bool) -> Option<&'t str> {
    let words: Vec<(usize, &str)> = full
        .split(' ')
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .collect();
    if words.len() < 2 {
        return None;
    }
    let last = words.len() - 1;
    let mut start = last;
    while start > 1 && super::gazetteer::is_particle(&words[start - 1].1.to_lowercase()) {
        start -= 1;
    }
    let before = words[start - 1].1;
    if start > 1
        && start < last
        && words[start].1.starts_with(char::is_lowercase)
        && before.starts_with(char::is_uppercase)
        && before.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_given(before)
    {
        start -= 1;
    }
    let s = &full[words[start].0..];
    (s.chars().count() > 2).then_some(s)
}

/// The form a surname that starts with a lower-case particle takes at the
/// start of a sentence or in Flemish style: "van Lieshout" → "Van Lieshout".
pub(super) fn capitalised_particle(surname: &str) -> Option<String> {
    let first = surname.chars().next()?;
    let (particle, _) = surname.split_once(' ')?;
    (first.is_lowercase() && super::gazetteer::is_particle(particle)).then(|| {
        let mut s: String = first.to_uppercase().collect();
        s.push_str(&surname[first.len_utf8()..]);
        s
    })
}
