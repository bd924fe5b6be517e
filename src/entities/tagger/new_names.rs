//! The names the model makes where the rules found none, and the trims
//! every name the model settles goes through: signs and lone letters off
//! its ends, a sentence-initial word that never names alone, a compound's
//! lower-case tail; and the guards that keep a new name to a place, a
//! company or a named thing the rules' evidence stands beside.

use super::super::EntityType;
use super::super::head_words::{MISC_HEADS, MISC_HEADS_IN_NAMES, ORG_HEADS, has_head};
use super::super::matcher::COMPASS;
use super::super::non_name_words::is_inflected_adjective;
use super::features::{TokenFacts, starts_sentence};
use super::tokens;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// A name the model made that the rules did not, without the signs at its
/// ends ("KAMPEN -", "Gezira-"), without a word that is never a name alone
/// at a sentence's start ("Op Wall Street") and without single letters at
/// its end ("P. de Wit E p": a contact label's letters); `None` when
/// nothing is left, or only a head word that names nothing alone ("Raad",
/// "Holding", "Wet", "SERverkenning").
pub(super) fn trimmed(
    text: &str,
    toks: &[tokens::Token],
    facts: &[TokenFacts],
    t: Range<usize>,
    starts_place: impl Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let word = |i: usize| &text[toks[i].range.clone()];
    let is_word = |i: usize| word(i).chars().next().is_some_and(char::is_alphanumeric);
    let (mut first, mut end) = (t.start, t.end);
    while first < end
        && (!is_word(first) || (facts[first].is_never_alone() && starts_sentence(facts, first)))
    {
        first += 1;
    }
    while end > first && (!is_word(end - 1) || word(end - 1).chars().count() == 1) {
        end -= 1;
    }
    // A compound's lower-case tail ("DQA-richtlijn") and a compass word
    // before a place the rules found ("Oost Nederland") are the rules' to
    // read: they know the heads and the regions.
    let glued = |i: usize| i > 0 && toks[i - 1].range.end == toks[i].range.start;
    if end >= first + 3
        && word(end - 2) == "-"
        && glued(end - 1)
        && glued(end - 2)
        && word(end - 1).starts_with(char::is_lowercase)
    {
        end -= 2;
    }
    if end > first + 1 && COMPASS.contains(&word(first)) && starts_place(first + 1) {
        return None;
    }
    if end == first + 1 && is_head_alone(word(first)) {
        return None;
    }
    (first < end).then(|| toks[first].range.start..toks[end - 1].range.end)
}

/// May the model make a name where the rules found none? Not of a code
/// with digits (roads, forms, masks: the rules read their cues), not of
/// an inflected adjective and one noun unless a place (a role or a
/// department: "Persoonlijke Gezant"), not of one word before a bracketed
/// acronym (its last word: "Vluchtelingen (UNHCR)"), not of
/// one word in capitals (an acronym: the rules read its definition), not of
/// one word alone on its line (a heading or a label), not of one word that
/// is a word of a longer name the rules found ("Brennan" beside "Brennan
/// Walsh": the rules decide which it stands for), and one word only as a
/// place or a named thing: a person or a body of one word is the rules'
/// to see, by a given name, a title or a cue.
pub(super) fn may_be_new(
    text: &str,
    range: &Range<usize>,
    ty: EntityType,
    words_of_longer: &FxHashSet<&str>,
) -> bool {
    let name = &text[range.clone()];
    if name.chars().any(|c| c.is_numeric()) {
        return false;
    }
    if let Some((first, rest)) = name.split_once(' ') {
        // An adjective before one noun and no cue: a role, a title or a
        // department ("Persoonlijke Gezant", "Centrale Ondernemingsraad"),
        // unless a place ("Grote Markt"); a longer name says more.
        let two_words = !rest.contains(' ');
        return ty == EntityType::Location || !(two_words && is_inflected_adjective(first));
    }
    if name.contains('-') {
        return true;
    }
    if matches!(ty, EntityType::Person | EntityType::Organisation) {
        return false;
    }
    // One word before an acronym in brackets is the acronym's last word,
    // what it stands for the rules' to read ("het fonds voor de
    // Vluchtelingen (UNHCR)").
    let after = text[range.end..].trim_start_matches(' ');
    if let Some(inner) = after.strip_prefix('(') {
        let acronym = inner.split(')').next().unwrap_or("");
        if acronym.len() >= 2 && acronym.chars().all(|c| c.is_uppercase() || c == '-') {
            return false;
        }
    }
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let alone = text[line_start..line_end].trim() == name;
    !(alone || name.chars().all(|c| !c.is_lowercase()) || words_of_longer.contains(name))
}

/// `range` with an exclamation mark glued to its end when the sentence
/// goes on after it: "Versnellingshuis Nederland Circulair!;", "Yahoo! kondigde".
pub(super) fn with_bang(text: &str, range: Range<usize>) -> Range<usize> {
    let rest = &text[range.end..];
    let Some(after) = rest.strip_prefix('!') else {
        return range;
    };
    let goes_on = after.starts_with([';', ',', ':', ')'])
        || after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_lowercase));
    if goes_on {
        range.start..range.end + 1
    } else {
        range
    }
}

/// A body's or a named thing's head word, whole ("Raad", "Wet"), or a word
/// ending in a head that makes a name only beside other words.
fn is_head_alone(word: &str) -> bool {
    let lower = word.to_lowercase();
    let whole = |heads: &[&str]| heads.iter().any(|h| !h.starts_with('-') && *h == lower);
    whole(ORG_HEADS) || whole(MISC_HEADS) || has_head(word, MISC_HEADS_IN_NAMES)
}

#[cfg(test)]
mod tests {
    use super::super::features::{LowerWords, token_facts};
    use super::*;

    #[test]
    fn a_new_name_is_no_code_acronym_heading_part_or_lone_person() {
        let longer: FxHashSet<&str> = ["Brennan", "Walsh"].into_iter().collect();
        let may = |text: &str, name: &str, ty| {
            let at = text.find(name).unwrap();
            may_be_new(text, &(at..at + name.len()), ty, &longer)
        };
        use EntityType::*;
        assert!(may(
            "langs het Wilhelminakanaal naar",
            "Wilhelminakanaal",
            Location
        ));
        assert!(may(
            "het bod van Harbourline Capital",
            "Harbourline Capital",
            Organisation
        ));
        assert!(!may("op formulier E211 staat", "E211", Location));
        assert!(!may("volgens het DNA van", "DNA", Organisation));
        assert!(!may("tekst.\nInkoop\nDe maskers", "Inkoop", Misc));
        assert!(!may("Volgens Brennan is het", "Brennan", Location));
        assert!(!may(
            "in het Oostenrijkse Obertauern.",
            "Obertauern",
            Organisation
        ));
        assert!(!may("Toen kwam Gelder niet.", "Gelder", Person));
        // An adjective and one noun: a role or a department, unless a
        // place; three words say more.
        assert!(!may(
            "de Persoonlijke Gezant van",
            "Persoonlijke Gezant",
            Misc
        ));
        assert!(!may("de Kleine Zaal was vol", "Kleine Zaal", Organisation));
        assert!(may("op de Grote Markt stond", "Grote Markt", Location));
        assert!(may(
            "de Koninklijke Nederlandse Hockey Bond meldt",
            "Koninklijke Nederlandse Hockey Bond",
            Organisation
        ));
        assert!(may("bij Olmen Gouda", "Olmen Gouda", Organisation));
        // One word before a bracketed acronym is its last word; a place
        // before a bracketed place, a person's double name before a party,
        // are not.
        assert!(!may(
            "de Vluchtelingen (UNHCR) en",
            "Vluchtelingen",
            Location
        ));
        assert!(may("in Tabanan (Bali) werd", "Tabanan", Location));
        assert!(may(
            "het lid Patijn-Öztürk (VVD) vroeg",
            "Patijn-Öztürk",
            Person
        ));
    }

    fn trim(text: &str, from: &str, to: &str, places: &[&str]) -> Option<String> {
        let toks = tokens::tokens(text);
        let facts = token_facts(text, &toks, &LowerWords::of(text));
        let a = text.find(from).unwrap();
        let b = text.find(to).unwrap() + to.len();
        let t =
            toks.partition_point(|t| t.range.start < a)..toks.partition_point(|t| t.range.end <= b);
        let starts_place = |i: usize| {
            places
                .iter()
                .any(|p| text[toks[i].range.start..].starts_with(p))
        };
        trimmed(text, &toks, &facts, t, starts_place).map(|r| text[r].to_string())
    }

    #[test]
    fn a_name_the_model_made_is_trimmed_to_its_words() {
        let t = |text, from, to| trim(text, from, to, &[]);
        assert_eq!(
            t("KAMPEN - In de kampen", "KAMPEN", "-").as_deref(),
            Some("KAMPEN")
        );
        assert_eq!(
            t("Op Wall Street daalt het.", "Op", "Street").as_deref(),
            Some("Wall Street")
        );
        // Mid-sentence a capital article stays: "Museum Het Schip".
        assert_eq!(
            t("naar Museum Het Schip.", "Museum", "Schip").as_deref(),
            Some("Museum Het Schip")
        );
        assert_eq!(
            t("mr. P. de Wit E p.dewit@x.nl", "P.", " p").as_deref(),
            Some("P. de Wit")
        );
        assert_eq!(
            t("volgt uit de DQA-richtlijn in", "DQA", "richtlijn").as_deref(),
            Some("DQA")
        );
        assert_eq!(
            t("de Lidl-Trek ploeg", "Lidl", "Trek").as_deref(),
            Some("Lidl-Trek")
        );
        assert_eq!(t("Volgens de Raad is het", "Raad", "Raad"), None);
        assert_eq!(with_bang("het Huis Circulair!; de", 4..18), 4..19);
        assert_eq!(with_bang("Yahoo! kondigde", 0..5), 0..6);
        assert_eq!(with_bang("naar Groningen! Daar", 5..14), 5..14);
        assert_eq!(
            t("de SERverkenning van", "SERverkenning", "SERverkenning"),
            None
        );
        assert_eq!(
            trim("in Oost Nederland.", "Oost", "Nederland", &["Nederland"]),
            None
        );
        assert_eq!(
            trim("in Oost Nederland.", "Oost", "Nederland", &[]).as_deref(),
            Some("Oost Nederland")
        );
    }
}
