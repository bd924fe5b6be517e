//! A known person's surname after particles, where the document names a
//! person by those particles and that surname: "Van de Kamp levert" after
//! "Gerrit-Willem van de Kamp" is that farmer, not the known Henk Kamp, and
//! so is the genitive "Van de Kamps bedrijf". Without such a person in the
//! document the known person stays ("Henk Kamp … Kamp zei").

use super::gazetteer::is_particle;
use super::kind::EntityType;
use super::{Found, Link};
use rustc_hash::FxHashMap;

/// Widens the known persons' bare surnames in `found` over the particles
/// before them, and links them to the document's person of that name.
pub(super) fn link(text: &str, found: &mut [Found]) {
    let people: FxHashMap<&str, Link> = found
        .iter()
        .filter(|f| f.ty == EntityType::Person && matches!(f.link, Link::Key(_)))
        .filter_map(|f| Some((particle_tail(&text[f.range.clone()])?, f.link.clone())))
        .collect();
    if people.is_empty() {
        return;
    }
    for i in 0..found.len() {
        let f = &found[i];
        let surface = &text[f.range.clone()];
        if f.ty != EntityType::Person
            || !matches!(f.link, Link::Gazetteer(_))
            || surface.contains(' ')
        {
            continue;
        }
        let free_from = i.checked_sub(1).map_or(0, |p| found[p].range.end);
        let Some(start) = particles_before(text, f.range.start) else {
            continue;
        };
        if start < free_from {
            continue;
        }
        let particles = lower_first(&text[start..f.range.start]);
        let key = |s: &str| format!("{particles}{s}");
        let link = people.get(key(surface).as_str()).or_else(|| {
            let bare = surface.strip_suffix('s')?;
            people.get(key(bare).as_str())
        });
        if let Some(link) = link {
            let link = link.clone();
            let f = &mut found[i];
            f.range.start = start;
            f.link = link;
        }
    }
}

/// The particles and surname that end a person's name ("van de Kamp" of
/// "Gerrit-Willem van de Kamp"), if a lower-case particle is among its
/// words after the first.
fn particle_tail(name: &str) -> Option<&str> {
    let mut words = Vec::new();
    let mut at = 0;
    for w in name.split(' ') {
        words.push((at, w));
        at += w.len() + 1;
    }
    if words.len() < 3 || is_particle(words[0].1) {
        return None;
    }
    // The first particle after the given names, with only particles
    // between it and the surname.
    let first = (1..words.len() - 1)
        .rev()
        .take_while(|&k| is_particle(words[k].1))
        .last()?;
    Some(&name[words[first].0..])
}

/// Where the one to three particles right before `at` begin ("Van de " or
/// "van 't " before "Kamp"), the first one of them capitalised or not.
fn particles_before(text: &str, at: usize) -> Option<usize> {
    let mut start = at;
    let mut count = 0;
    while count < 3 {
        let Some(head) = text[..start].strip_suffix(' ') else {
            break;
        };
        let word_start = head
            .rfind(|c: char| !(c.is_alphabetic() || c == '\''))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[word_start..];
        let lower = lower_first(word);
        if word.is_empty() || !(is_particle(&lower) || lower == "'t") {
            break;
        }
        start = word_start;
        count += 1;
    }
    (count > 0).then_some(start)
}

/// `s` with its first letter in lower case ("Van de " → "van de ").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_is_the_particles_and_the_surname() {
        assert_eq!(
            particle_tail("Gerrit-Willem van de Kamp"),
            Some("van de Kamp")
        );
        assert_eq!(particle_tail("Arjen van 't Zand"), Some("van 't Zand"));
        assert_eq!(particle_tail("Henk Kamp"), None);
        assert_eq!(particle_tail("van de Kamp"), None);
    }

    #[test]
    fn particles_are_found_before_a_word() {
        let t = "Toen zei Van de Kamp het.";
        assert_eq!(particles_before(t, t.find("Kamp").unwrap()), Some(9));
        let t = "Toen zei Henk Kamp het.";
        assert_eq!(particles_before(t, t.find("Kamp").unwrap()), None);
    }
}
