//! Word shapes that say what a capitalised word is, or is not, before any
//! context is read: a postcode's letters, a street, a brand in camel case,
//! a chemical formula, a kind of thing after "een".

use super::words::Word;
use std::ops::Range;

/// Two capitals right after four digits and a space, the first not a zero:
/// a Dutch postcode ("2595 BD"), not an acronym.
pub(super) fn is_postcode_letters(text: &str, range: &Range<usize>) -> bool {
    let letters = &text[range.clone()];
    let before = &text.as_bytes()[..range.start];
    letters.len() == 2
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && before.len() >= 5
        && before[before.len() - 1] == b' '
        && before[before.len() - 5..before.len() - 1]
            .iter()
            .all(u8::is_ascii_digit)
        && before[before.len() - 5] != b'0'
        && (before.len() == 5 || !before[before.len() - 6].is_ascii_alphanumeric())
}

/// A street's name: "Irenestraat", "Bezuidenhoutseweg", "Lange Voorhout"
/// does not count (no suffix), which only costs a missed street.
pub(super) fn is_street(surface: &str) -> bool {
    let last = surface.rsplit(' ').next().unwrap_or(surface).as_bytes();
    // (Asked of many names: compared in place, without lowering a copy.)
    let ends = |s: &str| {
        last.len() > s.len() + 2 && last[last.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
    };
    // Words with such an end that are no streets: verbs ("Opslaan",
    // "Omslaan"), "Loopbaan", "Onderweg", and surnames of "Ver" and a
    // street's word ("Verkade", "Verlaan", "Verbaan": "ver" is "van der").
    let ver_surname = last.len() > 3
        && last[..3].eq_ignore_ascii_case(b"ver")
        && [
            "straat", "weg", "laan", "baan", "plein", "kade", "gracht", "singel", "steeg", "dreef",
        ]
        .iter()
        .any(|s| last[3..].eq_ignore_ascii_case(s.as_bytes()));
    if ver_surname
        || (last.len() >= 5 && last[last.len() - 5..].eq_ignore_ascii_case(b"slaan"))
        || ["loopbaan", "onderweg", "halfweg"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w.as_bytes()))
    {
        return false;
    }
    [
        "straat", "weg", "laan", "baan", "plein", "kade", "gracht", "singel", "steeg", "dreef",
    ]
    .iter()
    .any(|s| ends(s))
}

/// "Zwartendijk", "Turfmarkt", "Hessenpoort", "Waalhaven": one word ending
/// in a dike, a market square, a gate or a harbour, a place as a street is.
/// Asked of a single word only (a surname may end so: "Peter Zomerdijk",
/// "Petra de Lange-Hoogendijk"), and not of one the document also writes
/// in lower case (a common compound: "de arbeidsmarkt", "een jachthaven").
pub(super) fn is_dike_market_or_harbour(word: &str) -> bool {
    let b = word.as_bytes();
    !word.contains([' ', '-'])
        && word.starts_with(char::is_uppercase)
        && ["dijk", "markt", "poort", "haven"].iter().any(|s| {
            b.len() > s.len() + 2 && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
        })
}

/// "Prinses Irenestraat", "Koningin Wilhelminalaan": a capitalised word
/// right before a street's name that is not a function word ("De
/// Julianastraat", "Via Turnhoutsebaan") is the title it is named by.
pub(super) fn title_before_street(text: &str, words: &[Word], at: usize) -> bool {
    let prev = &text[words[at - 1].range.clone()];
    words[at].joined_to_prev
        && prev.starts_with(char::is_uppercase)
        && !matches!(
            prev.to_lowercase().as_str(),
            "de" | "het"
                | "een"
                | "deze"
                | "die"
                | "dit"
                | "dat"
                | "in"
                | "op"
                | "aan"
                | "van"
                | "naar"
                | "over"
                | "bij"
                | "uit"
                | "via"
                | "langs"
                | "door"
                | "tot"
                | "en"
                | "of"
                | "met"
                | "voor"
                | "vanaf"
                | "richting"
        )
}

/// " 8", " 147": a house number after a street's name.
pub(super) fn before_house_number(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// "LinkedIn", "WhatsApp", "ForFarmers": letters only, a capital, then
/// lower case, then a capital again with lower case after it. Not a
/// Scottish or Irish surname ("McDonald", "MacArthur", "O'Brien").
pub(super) fn is_camel_case(word: &str) -> bool {
    if word.len() < 5
        || !word.starts_with(char::is_uppercase)
        || word.starts_with("Mc")
        || word.starts_with("Mac")
        || !word.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let mut chars = word.chars().skip(1).peekable();
    while let Some(c) = chars.next() {
        if c.is_lowercase()
            && chars.next_if(|n| n.is_uppercase()).is_some()
            && chars.peek().is_some_and(|n| n.is_lowercase())
        {
            return true;
        }
    }
    false
}

/// "Binnenhof 4 2513 AA": a street with its number before a postcode, which
/// ends the name before it ("Tweede Kamer der Staten-Generaal Binnenhof 4").
pub(super) fn is_street_before_postcode(text: &str, words: &[Word], at: usize) -> bool {
    let w = |k: usize| words.get(at + k).map_or("", |x| &text[x.range.clone()]);
    is_number_and_postcode(w(1), w(2), w(3))
}

/// "ing. S.M. Brouwer-Lont T 070 370 79 11": a contact block's label
/// letter before a telephone number ("T", "F", "M") or an address ("E"
/// before the mail address), no initial of a name.
pub(super) fn is_contact_label(text: &str, words: &[Word], at: usize) -> bool {
    let label = &text[words[at].range.clone()];
    let rest = text[words[at].range.end..].strip_prefix(' ').unwrap_or("");
    match label {
        "T" | "F" | "M" => rest.starts_with(|c: char| c.is_ascii_digit() || c == '+'),
        "E" => rest
            .split(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains('@')),
        _ => false,
    }
}

/// "Binnenhof 4 2513 AA Den Haag": a name right before a house number and a
/// Dutch postcode is the street of an address, which names no entity (a
/// known place may be a street too: "Binnenhof", "Lange Voorhout"). The
/// words after the name are read as [`is_street_before_postcode`] reads them.
pub(super) fn is_street_of_address(text: &str, range: &Range<usize>) -> bool {
    // "1234a 2513 AA" and the spaces around: the longest a number and a
    // postcode take.
    let mut end = (range.end + 16).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // The house number is the first word there, and starts with a digit:
    // with no digit there is none (most names), and no words are listed.
    if !text.as_bytes()[range.end..end]
        .iter()
        .any(u8::is_ascii_digit)
    {
        return false;
    }
    street_of_address_by_words(text, range.end..end)
}

/// [`is_street_of_address`] without its look for a digit: the words of
/// `after` (the bytes after the name) read.
fn street_of_address_by_words(text: &str, after: Range<usize>) -> bool {
    let after = super::words::words_in(text, after);
    let w = |k: usize| after.get(k).map_or("", |x| &text[x.range.clone()]);
    is_number_and_postcode(w(0), w(1), w(2))
}

/// A house number ("4", "12a"), then a Dutch postcode's four digits and two
/// capitals.
fn is_number_and_postcode(number: &str, digits: &str, letters: &str) -> bool {
    number.len() <= 4
        && number.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_alphanumeric())
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && letters.len() == 2
        && letters.bytes().all(|b| b.is_ascii_uppercase())
}

/// "CO2", "NOx", "CH4", "CO₂": element symbols with a count glued on are a
/// chemical formula, not an organisation.
pub(super) fn is_formula(text: &str, range: &Range<usize>) -> bool {
    const ELEMENTS: &[&str] = &[
        "H", "He", "Li", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
        "Ar", "K", "Ca", "Fe", "Cu", "Zn", "Pb", "Hg",
    ];
    let after = &text[range.end..];
    let glued = after
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '₀'..='₉') || c == 'x');
    // "CO 2-reductie": a PDF's text layer sets the lowered count apart.
    let mut spaced = after.chars();
    let spaced = spaced.next() == Some(' ')
        && spaced.next().is_some_and(|c| c.is_ascii_digit())
        && spaced.next() == Some('-');
    // "CO₂": a word may hold its subscript count.
    let word = &text[range.clone()];
    let symbols = word.trim_end_matches(|c| matches!(c, '₀'..='₉'));
    let counted = glued || spaced || symbols.len() < word.len();
    let mut rest = symbols;
    while !rest.is_empty() {
        let two = rest
            .get(..2)
            .filter(|p| ELEMENTS.contains(p) && p.len() == 2);
        let one = rest.get(..1).filter(|p| ELEMENTS.contains(p));
        match two.or(one) {
            Some(p) => rest = &rest[p.len()..],
            None => return false,
        }
    }
    counted
}

/// "een" right before the word at `at`.
pub(super) fn after_indefinite_article(text: &str, words: &[Word], at: usize) -> bool {
    at > 0
        && words[at].joined_to_prev
        && matches!(&text[words[at - 1].range.clone()], "een" | "Een")
}

/// Words before a plural: "de SEH's", "alle GGD's", "twee ROC's".
const PLURAL_DETERMINERS: &[&str] = &[
    "de", "De", "alle", "Alle", "andere", "deze", "Deze", "die", "enkele", "Enkele", "meer",
    "meerdere", "Meerdere", "minder", "sommige", "Sommige", "veel", "Veel", "vele", "welke",
    "Welke", "hoeveel", "Hoeveel", "weinig", "geen", "Geen", "twee", "drie", "vier", "vijf", "zes",
    "zeven", "acht", "negen", "tien", "beide", "Beide", "onze", "hun", "uw",
];

/// "de SEH's", "alle regionale GGD's": an acronym with a plural "'s"
/// after a word that counts or points at several (and an adjective between)
/// is a kind of thing, not a name. A genitive without such a word stays a
/// name: "KLM's vloot", "NAVO's rol".
pub(super) fn plural_after_determiner(text: &str, words: &[Word], at: usize) -> bool {
    let surface = &text[words[at].range.clone()];
    if !(surface.ends_with("'s") || surface.ends_with("’s")) || at == 0 || !words[at].joined_to_prev
    {
        return false;
    }
    let prev = &text[words[at - 1].range.clone()];
    if PLURAL_DETERMINERS.contains(&prev) {
        return true;
    }
    // "alle regionale GGD's": one adjective between.
    at > 1
        && words[at - 1].joined_to_prev
        && prev.ends_with('e')
        && prev.starts_with(char::is_lowercase)
        && PLURAL_DETERMINERS.contains(&&text[words[at - 2].range.clone()])
}

/// "IENW/BSK-2025/118432": parts of a reference number joined by slashes;
/// also "DGKE-NS / 102736418" and "DGED / 104583327", a code before a number
/// with a spaced slash (a code without a hyphen before a number of six digits
/// or more: "VVD / 40" or "NAVO / EU" are no file numbers).
pub(super) fn in_file_number(text: &str, range: &Range<usize>) -> bool {
    let is_part = |c: char| !c.is_whitespace() && !matches!(c, '(' | ')' | ',' | ';');
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_part(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .find(|c: char| !is_part(c))
        .map_or(text.len(), |i| range.end + i);
    let token = &text[start..end];
    if token.contains('/') && token.chars().filter(char::is_ascii_digit).count() >= 5 {
        return true;
    }
    // "DGKE-NS / 102736418": a code, a spaced slash and a number.
    let number = text[end..]
        .strip_prefix(" / ")
        .map(|n| n.bytes().take_while(u8::is_ascii_digit).count());
    number.is_some_and(|n| n >= if token.contains('-') { 5 } else { 6 })
}

/// Two-letter ISO 639-1 codes of the languages a report is published in.
const LANGUAGE_CODES: &[&str] = &[
    "AR", "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FA", "FI", "FR", "HE", "HI", "HR", "HU",
    "IT", "JA", "KO", "KU", "LT", "LV", "NL", "NO", "PL", "PS", "PT", "RO", "RU", "SK", "SL", "SO",
    "SR", "SV", "SW", "TR", "UK", "UR", "ZH",
];

/// "[EN/AR]", "(FR, EN)": the languages a cited report comes in, a bracket
/// holding two or more language codes and nothing else; none of them is a
/// name. ("(VVD/CDA)", "(EU/VN)" hold names.)
pub(super) fn in_language_tags(text: &str, range: &Range<usize>) -> bool {
    let Some(open) = text[..range.start].rfind(['[', '(']) else {
        return false;
    };
    let close = if text.as_bytes()[open] == b'[' {
        ']'
    } else {
        ')'
    };
    let Some(len) = text[open + 1..].find(close) else {
        return false;
    };
    let inside = &text[open + 1..open + 1 + len];
    if open + 1 + len < range.end || inside.len() > 40 {
        return false;
    }
    let codes: Vec<&str> = inside.split(['/', ',']).map(str::trim).collect();
    codes.len() >= 2 && codes.iter().all(|c| LANGUAGE_CODES.contains(c))
}

#[cfg(test)]
mod tests {
    use super::{in_language_tags, is_street_of_address, street_of_address_by_words};

    fn tags(text: &str, word: &str) -> bool {
        let at = text.find(word).unwrap();
        in_language_tags(text, &(at..at + word.len()))
    }

    #[test]
    fn the_languages_of_a_report_are_not_names() {
        assert!(tags("in Yemen [EN/AR]» (https://reliefweb.int)", "AR"));
        assert!(tags("Security Council (FR, EN, AR)", "FR"));
        // Counter-examples: brackets that hold names.
        assert!(!tags("de moties (VVD/CDA) werden", "CDA"));
        assert!(!tags("samenwerking (EU/VN) in", "EU"));
        assert!(!tags("het rapport (AR) zegt", "AR"), "one code alone");
        assert!(!tags("AR en EN", "AR"), "no bracket");
    }

    #[test]
    fn streets_by_their_end_but_not_ver_surnames() {
        use super::{is_dike_market_or_harbour, is_street};
        assert!(is_street("Prinsenkade"));
        assert!(is_street("Prinses Irenestraat"));
        assert!(is_street("Vermeerstraat"));
        // Counter-examples: "Ver" and a street's word is a surname.
        assert!(!is_street("Verkade"));
        assert!(!is_street("Pieter Verlaan"));
        assert!(!is_street("Loopbaan"));
        assert!(is_dike_market_or_harbour("Zwartendijk"));
        assert!(is_dike_market_or_harbour("Turfmarkt"));
        assert!(is_dike_market_or_harbour("Koornmarktspoort"));
        assert!(is_dike_market_or_harbour("Waalhaven"));
        // Counter-examples: a surname after a given name or in a double
        // surname, a word too short to hold a name before its end.
        assert!(!is_dike_market_or_harbour("Peter Zomerdijk"));
        assert!(!is_dike_market_or_harbour("Lange-Hoogendijk"));
        assert!(!is_dike_market_or_harbour("Markt"));
        assert!(!is_dike_market_or_harbour("Dijk"));
    }

    #[test]
    fn a_street_before_a_number_and_a_postcode_is_an_address() {
        let street = |text: &str, name: &str| {
            let at = text.find(name).unwrap();
            is_street_of_address(text, &(at..at + name.len()))
        };
        assert!(street(
            "Tweede Kamer Binnenhof 4 2513 AA Den Haag",
            "Binnenhof"
        ));
        assert!(street(
            "Lange Voorhout 9\n2514 EA Den Haag",
            "Lange Voorhout"
        ));
        // Counter-examples: a number that is no house's, no postcode.
        assert!(!street("het Binnenhof 4 keer bezocht", "Binnenhof"));
        assert!(!street("in Utrecht 2025 NL en meer", "Utrecht"));
        assert!(!street("op het Binnenhof.", "Binnenhof"));
    }

    proptest::proptest! {
        /// The look for a digit before the words are read changes no
        /// answer: the words alone are the oracle.
        #[test]
        fn a_street_without_a_digit_after_it_is_none(
            s in "(Binnenhof|A|EA|4|12a|2513| |\\.|,|\n|é|x|9){0,14}",
            at in 0usize..40,
        ) {
            let ends: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let name_end = ends[at % ends.len()];
            let mut end = (name_end + 16).min(s.len());
            while !s.is_char_boundary(end) {
                end += 1;
            }
            proptest::prop_assert_eq!(
                is_street_of_address(&s, &(0..name_end)),
                street_of_address_by_words(&s, name_end..end)
            );
        }
    }
}
