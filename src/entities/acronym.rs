//! Acronym definitions: "Planbureau voor de Leefomgeving (PBL)", "Nationaal
//! Programma Circulaire Economie 2023-2030 (NPCE)", and the glossary form of
//! a footnote, "HUF: handhaafbaarheid, uitvoerbaarheid en
//! fraudebestendigheid". The long form is found by the acronym's letters
//! (the algorithm of Schwartz and Hearst, 2003: each letter matched right to
//! left, the first at the start of a word), and it gives the acronym its
//! type: a name's type by its head word, none for a lower-case phrase.

use super::cues::{self, MISC_HEADS, ORG_HEADS};
use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, Link};
use std::ops::Range;

/// The long form of an acronym defined next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongForm {
    /// The name itself: "Nationaal Programma Circulaire Economie".
    pub name: Range<usize>,
    /// The name with a year or period that belongs to it: "… 2023-2030".
    pub full: Range<usize>,
}

/// What a long form makes of its acronym.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A name of this type.
    Name(EntityType),
    /// A common phrase ("handhaafbaarheid, uitvoerbaarheid en
    /// fraudebestendigheid"): the acronym is no entity either.
    Phrase,
}

/// The long form before "(ACR)", for the acronym at `acronym` in `text`
/// (the caller has checked the brackets). A year or period between the name
/// and the bracket belongs to the name.
pub fn long_form_before(text: &str, acronym: &Range<usize>) -> Option<LongForm> {
    let open = text[..acronym.start].trim_end_matches(' ');
    let open = open.strip_suffix('(')?;
    let full_end = open.trim_end().len();
    // Within the line and the sentence: "… helpt Oekraïne. De Sustainable
    // Products Regulation (ESPR)" does not spell its E with "EU".
    let line_start = text[..full_end].rfind('\n').map_or(0, |i| i + 1);
    let line_start = sentence_start(text, line_start..full_end);
    let before = &text[line_start..full_end];
    // "… Economie 2023-2030 (NPCE)": the period is not spelled by the letters.
    let name_end = line_start + before.trim_end_matches(is_period_char).trim_end().len();
    if name_end == line_start {
        return None;
    }
    // ("samen met Europol, het European Cybercrime Centre (EC3)": none runs
    // over a comma and an article, an apposition's start; the comma of a
    // portfolio's list stays: "Volksgezondheid, Welzijn en Sport (VWS)".)
    let line_start = [", het ", ", de ", ", een "]
        .iter()
        .filter_map(|a| before.rfind(a).map(|at| line_start + at + a.len()))
        .max()
        .unwrap_or(line_start);
    if name_end <= line_start {
        return None;
    }
    let letters = acronym_letters(&text[acronym.clone()])?;
    let start = match_letters(text, line_start..name_end, &letters)
        .or_else(|| title_chain(text, line_start..name_end, letters.len()))?;
    // ("Nys (BEL) en Iserbyt (BEL)": no long form runs out of a bracket;
    // "De Vereniging van Effectenbezitters (VEB)": none opens with a
    // connecting word, whose letter the acronym does not spell.)
    let first_word = text[start..name_end].split(' ').next().unwrap_or_default();
    if text[start..name_end].contains(')')
        || CONNECTORS.contains(&first_word)
        || matches!(first_word, "de" | "het" | "een" | "en")
    {
        return None;
    }
    let full_end = if text[name_end..full_end].chars().any(|c| c.is_ascii_digit()) {
        full_end
    } else {
        name_end
    };
    Some(LongForm {
        name: start..name_end,
        full: start..full_end,
    })
}

/// Whether the word right before `at` makes a named thing of the name
/// there ("programma", "subsidieregeling").
fn misc_cue_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let word = &before[before.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
    super::cues::is_misc_cue(word)
}

/// Whether a post earlier in the sentence spells the acronym in brackets
/// with its capitals: "Hoge Vertegenwoordiger … (HV)", "Secretaris-Generaal
/// … (SG)". A run of capitalised words whose initials are the acronym's
/// letters and whose last word is a title.
fn post_spelled_before(text: &str, acronym: &Range<usize>) -> bool {
    let Some(letters) = acronym_letters(&text[acronym.clone()]) else {
        return false;
    };
    let open = text[..acronym.start].trim_end_matches(' ');
    let Some(open) = open.strip_suffix('(') else {
        return false;
    };
    let line_start = open.rfind('\n').map_or(0, |i| i + 1);
    let start = sentence_start(text, line_start..open.len());
    let words: Vec<&str> = text[start..open.len()].split(' ').collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let mut i = 0;
    while i < words.len() {
        if !capitalised(words[i]) {
            i += 1;
            continue;
        }
        let run_end = (i..words.len())
            .find(|&k| !capitalised(words[k]))
            .unwrap_or(words.len());
        let initials: Vec<char> = words[i..run_end]
            .iter()
            .flat_map(|w| w.split('-'))
            .filter_map(|part| part.chars().next())
            .filter(|c| c.is_uppercase())
            .flat_map(char::to_lowercase)
            .collect();
        let head = words[run_end - 1].trim_end_matches(',');
        if initials == letters && cues::is_person_cue(head) {
            return true;
        }
        i = run_end;
    }
    false
}

/// Where the last sentence within `span` starts: after a full stop, "?" or
/// "!" that ends a word of three letters or more and is followed by a space
/// and a capital ("Oekraïne. De"); not after an abbreviation or initial
/// ("jl. De", "o.a. Planbureau", "V. Heijnen"). The span's start if none.
fn sentence_start(text: &str, span: Range<usize>) -> usize {
    let part = &text[span.clone()];
    let mut start = span.start;
    for (i, c) in part.char_indices() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let after = &part[i + 1..];
        let Some(next) = after.strip_prefix(' ') else {
            continue;
        };
        if !next.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word = part[..i]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        let plain_word = !word.contains('.') && word.chars().count() >= 3;
        if c != '.' || plain_word {
            start = span.start + i + 2;
        }
    }
    start
}

/// The long form after "ACR:" or "ACR –" at the start of a line (a glossary
/// or a footnote), up to the end of the line or sentence.
pub fn long_form_after(text: &str, acronym: &Range<usize>) -> Option<LongForm> {
    let rest = &text[acronym.end..];
    let sep = [": ", " – ", " - ", " — "]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    // Only a footnote number may stand before it on its line.
    let lead = text[..acronym.start].trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    if !(lead.is_empty() || lead.ends_with('\n')) {
        return None;
    }
    let from = acronym.end + sep.len();
    let tail = &text[from..];
    let len = tail.find(['\n', '.', ';', '(']).unwrap_or(tail.len());
    let end = from + tail[..len].trim_end().len();
    let letters = acronym_letters(&text[acronym.clone()])?;
    let start = match_letters(text, from..end, &letters)?;
    // The long form must be the whole phrase, not its tail.
    (start == from).then_some(LongForm {
        name: from..end,
        full: from..end,
    })
}

/// A long form in another language than its acronym ("Instrument voor
/// Nabuurschap, Ontwikkeling en Internationale Samenwerking (NDICI)"): as
/// many capitalised words as the acronym has letters (one more or less),
/// joined by "en", "voor", "of" or commas, which a person's name never is.
fn title_chain(text: &str, span: Range<usize>, letters: usize) -> Option<usize> {
    const JOINS: &[&str] = &["en", "voor", "of", "op", "for", "and", "on"];
    const LINKS: &[&str] = &["van", "de", "het", "der", "the", "in"];
    let mut start = None;
    let mut capitals = 0;
    let mut joined = false;
    let mut end = span.end;
    for word in text[span.clone()].rsplit(' ') {
        let at = end - word.len();
        end = at.saturating_sub(1);
        let bare = word.strip_suffix(',').unwrap_or(word);
        if word.ends_with(',') && start.is_some() {
            joined = true;
        }
        if bare.chars().next().is_some_and(char::is_uppercase) {
            if cues::is_person_cue(bare) || cues::is_never_alone(bare) {
                break;
            }
            capitals += 1;
            start = Some(at);
        } else if JOINS.contains(&bare) {
            joined = true;
        } else if !LINKS.contains(&bare) {
            break;
        }
        if at <= span.start {
            break;
        }
    }
    let close = capitals + 1 >= letters && capitals <= letters + 1;
    (joined && capitals >= 3 && close).then_some(start?)
}

/// A short form in mixed case that may stand for a long form: two to five
/// letters, a capital first ("Wbni", "Cbw", "NZa").
pub fn is_short_form(word: &str) -> bool {
    let word = base(word);
    let n = word.chars().count();
    (2..=5).contains(&n)
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
}

/// "Lbv" of "Lbv-plus": a short form before a lower-case suffix, which the
/// long form does not spell.
fn base(word: &str) -> &str {
    match word.split_once('-') {
        Some((base, suffix))
            if (1..=6).contains(&suffix.chars().count())
                && suffix.chars().all(|c| c.is_lowercase()) =>
        {
            base
        }
        _ => word,
    }
}

/// Lower-case words that join a long form's head to what it is about.
const CONNECTORS: &[&str] = &[
    "van",
    "voor",
    "betreffende",
    "inzake",
    "op",
    "tot",
    "over",
    "ter",
    "tegen",
    "of",
    "for",
];

/// The type of the last head word among `words` (lower case; the parts of a
/// hyphenated word each count), read from the end.
fn last_head(words: &[&str]) -> Option<Meaning> {
    words
        .iter()
        .rev()
        .flat_map(|w| w.split('-').rev())
        .find_map(|w| {
            if cues::has_head(w, ORG_HEADS) {
                Some(Meaning::Name(EntityType::Organisation))
            } else if cues::has_head(w, MISC_HEADS) {
                Some(Meaning::Name(EntityType::Misc))
            } else {
                None
            }
        })
}

/// What a long form names: its head word's type, a named thing for a
/// capitalised name that goes on in lower case ("Wet stikstofreductie en
/// natuurverbetering"), an organisation for a name in capitals throughout,
/// and nothing for a phrase in lower case.
pub fn meaning(long_form: &str) -> Meaning {
    let Some(first) = long_form.chars().next() else {
        return Meaning::Phrase;
    };
    if !first.is_uppercase() {
        return Meaning::Phrase;
    }
    // "Hoge Vertegenwoordiger van de Unie … (HV)", "Secretaris-Generaal
    // (SG)": a post, held by a person, is no name.
    let head = long_form
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase))
        .last()
        .unwrap_or_default();
    if cues::is_person_cue(head) {
        return Meaning::Phrase;
    }
    let lower = long_form.to_lowercase();
    // "Verdrag betreffende de werking van de Europese Unie (VWEU)",
    // "Europees Fonds voor Regionale Ontwikkeling": a head before the first
    // connecting word heads the whole; the names after it are its object.
    let words: Vec<&str> = lower.split(' ').collect();
    // "Baseline Informatiebeveiliging Overheid (BIO)": a name that opens
    // with its head is what that head says (see `name_heads::head_type`).
    if words.len() > 1
        && !words[0].contains('-')
        && let Some(m) = last_head(&words[..1])
    {
        return m;
    }
    let head_phrase = words.iter().take_while(|w| !CONNECTORS.contains(w)).count();
    if head_phrase < words.len()
        && let Some(m) = last_head(&words[..head_phrase])
    {
        return m;
    }
    if let Some(m) = last_head(&words) {
        return m;
    }
    // "Schengeninformatiesysteem (SIS)": a system with no other head is a
    // thing. (Not a head word of the detector's: "Zorgsysteem is duur" at a
    // sentence's start names nothing; a long form is a name already.)
    if lower
        .split([' ', '-'])
        .any(|w| w.len() > 9 && w.ends_with("systeem"))
    {
        return Meaning::Name(EntityType::Misc);
    }
    let lower_content = long_form
        .split([' ', ','])
        .skip(1)
        .filter(|w| w.chars().count() > 3 && !cues::is_never_alone(w))
        // "al-Islam", "l'Azawad": a particle glued to a capitalised word.
        .any(|w| !w.chars().any(char::is_uppercase));
    if lower_content {
        Meaning::Name(EntityType::Misc)
    } else {
        Meaning::Name(EntityType::Organisation)
    }
}

/// The acronym at `acronym` when it is defined where it stands: `None` when
/// it is not, `Some(None)` when its long form is a common phrase, and
/// `Some(Some(..))` with the type and link of the name it stands for. The
/// long form becomes one mention in `out` (the detector's mentions so far in
/// this block), and what lay inside it is dropped or `absorbed`.
pub fn define(
    text: &str,
    acronym: &Range<usize>,
    known: &[Found],
    out: &mut Vec<Found>,
    absorbed: &mut Vec<Range<usize>>,
) -> Option<Option<(EntityType, Link)>> {
    let in_brackets = text[..acronym.start].trim_end_matches(' ').ends_with('(')
        && text[acronym.end..].starts_with(')');
    let long = if in_brackets {
        match long_form_before(text, acronym) {
            Some(long) => long,
            // "de Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken
            // en veiligheidsbeleid (HV)": too far for the letters' search.
            None if post_spelled_before(text, acronym) => return Some(None),
            None => return None,
        }
    } else {
        long_form_after(text, acronym)?
    };
    let inside = |r: &Range<usize>| long.full.start <= r.start && r.end <= long.full.end;
    // A name found already as exactly the long form keeps its type and link.
    let same = known
        .iter()
        .chain(out.iter())
        .find(|f| f.ty.is_name() && (f.range == long.name || f.range == long.full))
        .map(|f| (f.ty, f.link.clone()));
    if same
        .as_ref()
        .is_some_and(|(ty, _)| *ty == EntityType::Person)
    {
        // "… Mulder (CDA)" spelled by chance: a person has no acronym.
        return None;
    }
    let (mut ty, link) = match same {
        Some(x) => x,
        None => match meaning(&text[long.name.clone()]) {
            Meaning::Phrase => return Some(None),
            Meaning::Name(ty) => (ty, name_link(&text[long.name.clone()])),
        },
    };
    // "het programma Handen aan het Bed (HaB)", "de subsidieregeling
    // Regionale Arbeidsmarktaanpak Zorg (RAZ)": a named thing, whatever
    // its last word.
    if ty == EntityType::Organisation && misc_cue_before(text, long.name.start) {
        ty = EntityType::Misc;
    }
    // Nothing may straddle the long form's edges.
    let straddles =
        |r: &Range<usize>| r.start < long.full.end && long.full.start < r.end && !inside(r);
    if known.iter().chain(out.iter()).any(|f| straddles(&f.range)) {
        return Some(Some((ty, link)));
    }
    out.retain(|f| !inside(&f.range));
    absorbed.extend(
        known
            .iter()
            .filter(|f| inside(&f.range))
            .map(|f| f.range.clone()),
    );
    out.push(Found {
        range: long.full.clone(),
        ty,
        link: link.clone(),
    });
    Some(Some((ty, link)))
}

fn is_period_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '-' | '–' | '/' | ' ')
}

/// The acronym's letters and digits in lower case, when it has at least two
/// and starts with a letter.
fn acronym_letters(acronym: &str) -> Option<Vec<char>> {
    let letters: Vec<char> = base(acronym)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (letters.len() >= 2 && letters[0].is_alphabetic()).then_some(letters)
}

/// Where the long form within `span` starts: every letter of the acronym
/// found right to left, the first at the start of a word, within as many
/// words as the acronym may stand for (min(|A| + 5, 2|A|)).
fn match_letters(text: &str, span: Range<usize>, letters: &[char]) -> Option<usize> {
    let chars: Vec<(usize, char)> = text[span.clone()]
        .char_indices()
        .map(|(i, c)| (span.start + i, c))
        .collect();
    let mut l = chars.len();
    for (k, &a) in letters.iter().enumerate().rev() {
        loop {
            if l == 0 {
                return None;
            }
            l -= 1;
            let (_, c) = chars[l];
            let at_word_start = l == 0 || !chars[l - 1].1.is_alphanumeric();
            if c.to_lowercase().eq(std::iter::once(a)) && (k > 0 || at_word_start) {
                break;
            }
        }
    }
    let start = chars[l].0;
    let words = text[start..span.end].split_whitespace().count();
    let max = (letters.len() + 5).min(letters.len() * 2);
    (words <= max && words >= 1 && start < span.end).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str) -> Option<(&str, &str)> {
        let open = text.rfind('(').unwrap();
        let close = text.rfind(')').unwrap();
        long_form_before(text, &(open + 1..close)).map(|l| (&text[l.name], &text[l.full]))
    }

    /// Counter-example: letters spelled from a connecting word on are no
    /// long form ("van Effectenbezitters" for VEB).
    #[test]
    fn no_long_form_opens_with_a_connecting_word() {
        assert_eq!(
            before("De koers.\nDe Vereniging van Effectenbezitters (VEB) is"),
            None
        );
    }

    #[test]
    fn long_forms_are_found_by_their_letters() {
        assert_eq!(
            before("het rapport van het Planbureau voor de Leefomgeving (PBL)"),
            Some((
                "Planbureau voor de Leefomgeving",
                "Planbureau voor de Leefomgeving"
            ))
        );
        assert_eq!(
            before("de Inspectie voor Leefomgeving en Transport (ILT)"),
            Some((
                "Inspectie voor Leefomgeving en Transport",
                "Inspectie voor Leefomgeving en Transport"
            ))
        );
        assert_eq!(
            before("het Nationaal Programma Circulaire Economie 2023-2030 (NPCE)"),
            Some((
                "Nationaal Programma Circulaire Economie",
                "Nationaal Programma Circulaire Economie 2023-2030"
            ))
        );
    }

    /// A long form runs over no apposition's comma and article; a
    /// portfolio's list keeps its comma.
    #[test]
    fn a_long_form_runs_over_no_apposition() {
        assert_eq!(
            before("samen met Europol, het Europees Cybercrimecentrum (EC) in"),
            Some(("Europees Cybercrimecentrum", "Europees Cybercrimecentrum"))
        );
        assert_eq!(
            before("samen met Europol, het European Cybercrime Centre (EC3) in"),
            None
        );
        assert_eq!(
            before("het Ministerie van Volksgezondheid, Welzijn en Sport (VWS)"),
            Some((
                "Volksgezondheid, Welzijn en Sport",
                "Volksgezondheid, Welzijn en Sport"
            ))
        );
    }

    #[test]
    fn a_long_form_runs_out_of_no_bracket() {
        assert_eq!(before("2. Nys (BEL) en Iserbyt (BEL)"), None);
        // Counter-example: brackets before the long form are no matter.
        assert_eq!(
            before("Zie (bijlage) Planbureau voor de Leefomgeving (PBL)").map(|b| b.0),
            Some("Planbureau voor de Leefomgeving")
        );
    }

    #[test]
    fn a_long_form_stays_in_its_sentence() {
        // Counter-example: the letters would spell it across the full stop.
        assert_eq!(
            before("Het team van de EU helpt Oekraïne. De Sustainable Products Regulation (ESPR)"),
            None
        );
        // In its own sentence it is found, also after an abbreviation or
        // an initial that is no sentence end.
        assert_eq!(
            before("Dat meldt het ministerie. Het Nationaal Programma Circulaire Economie (NPCE)")
                .map(|x| x.0),
            Some("Nationaal Programma Circulaire Economie")
        );
        assert_eq!(
            before("zie o.a. Planbureau voor de Leefomgeving (PBL)").map(|x| x.0),
            Some("Planbureau voor de Leefomgeving")
        );
        assert_eq!(
            before("aldus 26 januari jl. Inspectie Leefomgeving en Transport (ILT)").map(|x| x.0),
            Some("Inspectie Leefomgeving en Transport")
        );
    }

    #[test]
    fn a_long_form_in_another_language_is_its_capitalised_words() {
        assert_eq!(
            before(
                "via het Instrument voor Nabuurschap, Ontwikkeling en Internationale Samenwerking (NDICI)"
            )
            .map(|x| x.0),
            Some("Instrument voor Nabuurschap, Ontwikkeling en Internationale Samenwerking")
        );
        // Counter-example: a person's name and title, with as many capitals.
        assert_eq!(before("volgens Minister Van Weel (JenV)"), None);
        assert_eq!(before("aldus Jan Peter Balkenende (CDA)"), None);
    }

    #[test]
    fn a_party_after_a_name_is_no_definition() {
        // Counter-examples: a member's party and a news agency after a dateline.
        assert_eq!(before("een motie van het lid Bontenbal (CDA)"), None);
        assert_eq!(before("Kamerlid Six Dijkstra (NSC)"), None);
        assert_eq!(before("DEN HAAG (ANP)"), None);
    }

    #[test]
    fn a_glossary_line_defines_its_acronym() {
        let text = "6 HUF: handhaafbaarheid, uitvoerbaarheid en fraudebestendigheid";
        let at = text.find("HUF").unwrap();
        let l = long_form_after(text, &(at..at + 3)).unwrap();
        assert_eq!(
            &text[l.name.clone()],
            "handhaafbaarheid, uitvoerbaarheid en fraudebestendigheid"
        );
        assert_eq!(meaning(&text[l.name]), Meaning::Phrase);
        // A sentence that merely starts with an acronym defines nothing.
        let text = "NPCE: het kabinet kiest voor een aanpak in vijf stappen.";
        assert_eq!(long_form_after(text, &(0..4)), None);
    }

    #[test]
    fn a_thing_word_before_the_long_form_makes_a_thing() {
        let typed = |text: &str| {
            let open = text.rfind('(').unwrap();
            let close = text.rfind(')').unwrap();
            let mut out = Vec::new();
            define(text, &(open + 1..close), &[], &mut out, &mut Vec::new())
                .flatten()
                .map(|(ty, _)| ty)
        };
        assert_eq!(
            typed("over het programma Handen aan het Bed (HaB), dat"),
            Some(EntityType::Misc)
        );
        assert_eq!(
            typed("via de subsidieregeling Regionale Arbeidsmarktaanpak Zorg (RAZ)."),
            Some(EntityType::Misc)
        );
        // Counter-example: a body after an ordinary word.
        assert_eq!(
            typed("volgens het Planbureau voor de Leefomgeving (PBL)."),
            Some(EntityType::Organisation)
        );
    }

    #[test]
    fn the_long_form_gives_the_type() {
        assert_eq!(
            meaning("Rijksdienst voor Ondernemend Nederland"),
            Meaning::Name(EntityType::Organisation)
        );
        assert_eq!(
            meaning("Wet stikstofreductie en natuurverbetering"),
            Meaning::Name(EntityType::Misc)
        );
        assert_eq!(
            meaning("Nationaal Programma Circulaire Economie"),
            Meaning::Name(EntityType::Misc)
        );
        assert_eq!(
            meaning("Coordination des Mouvements de l'Azawad"),
            Meaning::Name(EntityType::Organisation)
        );
        assert_eq!(
            meaning("Mobilisation for the Environment"),
            Meaning::Name(EntityType::Organisation)
        );
        // A system is a thing; a body named after one is a body.
        assert_eq!(
            meaning("Schengeninformatiesysteem"),
            Meaning::Name(EntityType::Misc)
        );
        assert_eq!(
            meaning("Dienst Betalingssysteem"),
            Meaning::Name(EntityType::Organisation)
        );
    }

    #[test]
    fn a_post_far_before_its_acronym_defines_nothing() {
        let text = "De Raad wordt voorgezeten door de Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid (HV), Kaja Kallas.";
        let at = text.find("HV").unwrap();
        let (mut out, mut absorbed) = (Vec::new(), Vec::new());
        assert_eq!(
            define(text, &(at..at + 2), &[], &mut out, &mut absorbed),
            Some(None)
        );
        // Counter-example: a body's capitals spelling an acronym far off
        // are left to the other rules.
        let text = "De zaak ligt bij de Europese Commissie van de Unie voor buitenlandse zaken en veiligheidsbeleid (EC).";
        let at = text.find("EC)").unwrap();
        assert_eq!(
            define(text, &(at..at + 2), &[], &mut out, &mut absorbed),
            None
        );
    }

    /// A post is no name: "de HV" is the person who holds it. Counter-
    /// examples: a body whose name has a title inside it, not at its head
    /// ("Nationaal Coördinator Terrorismebestrijding en Veiligheid", "Raad
    /// van Commissarissen").
    #[test]
    fn a_post_defines_no_name() {
        for post in [
            "Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid",
            "Secretaris-Generaal",
            "Officier van Justitie",
        ] {
            assert_eq!(meaning(post), Meaning::Phrase, "{post}");
        }
        for body in [
            "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
            "Raad van Commissarissen",
        ] {
            assert_eq!(
                meaning(body),
                Meaning::Name(EntityType::Organisation),
                "{body}"
            );
        }
    }
}
