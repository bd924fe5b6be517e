//! A line-end hyphen inside a double-barrelled surname whose second name
//! opens with particles: "staatssecretaris J.C. Şahin-" / "van der Laan
//! heeft …" is "Şahin-van der Laan", a real hyphen. Ordinary hyphenation
//! ("be-" / "leid") and other capitalised words ("Rijks-" / "overheid") are
//! left to the rest of [`super::reflow`]; this module only says when the
//! hyphen is a name's.

/// Particles a second surname may open with ("van der Laan", "ter Horst",
/// "'t Hart"). `in` and `op` open one only with another particle after them
/// ("in 't Veld", "op de Beek"), see [`particles_then_name`].
const PARTICLES: [&str; 15] = [
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "het", "von", "la", "le", "du", "da",
];

/// Whether the hyphen ending line `a` joins two surnames: the word before it
/// is capitalised and stands inside a sentence, and line `b` opens with
/// particles and a capitalised name.
pub fn joins_surnames(a: &str, b: &str) -> bool {
    let Some(stem) = a.strip_suffix('-') else {
        return false;
    };
    let left = stem
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut chars = left.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    capitalised && !at_sentence_start(stem, left) && particles_then_name(b)
}

/// Whether `left`, the word at the end of `stem` (a line without its
/// hyphen), opens a sentence: the word before it ends in a full stop, a question or
/// exclamation mark or a colon and is no initials ("J.C.", "Th."). "Zon-" /
/// "der de Kamer …" after ". " is "Zonder", not a name.
fn at_sentence_start(stem: &str, left: &str) -> bool {
    let before_word = stem.strip_suffix(left).unwrap_or(stem).trim_end();
    let Some(prev) = before_word.split_whitespace().next_back() else {
        return false;
    };
    prev.ends_with(['.', '?', '!', ':']) && !initials(prev)
}

/// "J.C.", "A.", "Th.": capitals (a letter or two each) with a full stop
/// after each.
fn initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split_terminator('.').collect();
    word.ends_with('.')
        && !parts.is_empty()
        && parts.iter().all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase)
                && p.chars().count() <= 2
                && c.all(char::is_lowercase)
        })
}

/// Whether `b` opens with one to three particles ("van der", "in 't", "op
/// de", "ter") and then a capitalised word. "in" and "op" alone are
/// prepositions ("Şahin-" / "in Den Haag"): they count only first and with a
/// particle after them.
fn particles_then_name(b: &str) -> bool {
    let words: Vec<&str> = b.split_whitespace().take(5).collect();
    let lead = usize::from(words.first().is_some_and(|w| matches!(*w, "in" | "op")));
    let particles = words[lead..]
        .iter()
        .take_while(|w| PARTICLES.contains(w))
        .count();
    let name = words.get(lead + particles);
    particles > 0
        && lead + particles <= 3
        && name.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_surname_after_particles() {
        assert!(joins_surnames(
            "staatssecretaris J.C. Şahin-",
            "van der Laan heeft"
        ));
        assert!(joins_surnames("mevrouw Jansen-", "ter Horst sprak"));
        assert!(joins_surnames("de heer Bakker-", "van 't Hek en"));
        assert!(joins_surnames("met Smit-", "in 't Veld over"));
        assert!(joins_surnames("met Smit-", "op de Beek over"));
        assert!(joins_surnames("Th. Smit-", "de Vries schreef"));
    }

    #[test]
    fn no_name_no_particles_or_a_sentence_start() {
        // Lower case before the hyphen: ordinary hyphenation.
        assert!(!joins_surnames("het be-", "van de Raad"));
        // A capitalised word before a word that is no particle.
        assert!(!joins_surnames("de Rijks-", "overheid en"));
        // Particles, then no capitalised word.
        assert!(!joins_surnames("de Smit-", "van het jaar"));
        // "in" or "op" alone is a preposition.
        assert!(!joins_surnames("met Smit-", "in Den Haag"));
        // A sentence's first word split by hyphenation: "Zonder de Kamer".
        assert!(!joins_surnames("Dat is gedaan. Zon-", "der de Kamer"));
        // An acronym.
        assert!(!joins_surnames("de NAVO-", "van de Raad"));
    }
}
