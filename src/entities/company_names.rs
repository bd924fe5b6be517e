//! Companies' names: a capitalised name before a legal form ("Veluwezoom
//! Zorgadvies B.V.") is a company, the legal form with it; and a business
//! article names "Meridian Controls Inc." once and "Meridian" from then on,
//! "Kronenburg Technologies" once and "Kronenburg" after: the name without
//! its legal form and the words before a trade word ("Technologies",
//! "Holding") name the same company, and are taught as it.

use super::name_links::name_link;
use super::{EntityType, Found};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Legal forms after a company's name, as written (with and without
/// periods).
const LEGAL_FORMS: &[&str] = &[
    "Inc.", "Inc", "N.V.", "NV", "B.V.", "BV", "Ltd.", "Ltd", "AG", "GmbH", "SE", "S.A.", "SA",
    "plc", "PLC", "LLC", "Corp.", "Corp", "Co.", "Oyj", "ASA", "AB", "SpA", "S.p.A.",
];

/// Trade words that end a company's name and are not its distinctive part:
/// "Kronenburg Technologies", "Vopak Holding", "Aalberts Industries".
const TRADE_WORDS: &[&str] = &[
    "Technologies",
    "Technology",
    "Holding",
    "Holdings",
    "Group",
    "Groep",
    "Industries",
    "Logistics",
    "Pharma",
    "Pharmaceuticals",
    "Systems",
    "Solutions",
    "Ventures",
    "Capital",
    "Partners",
    "Controls",
    "Electronics",
    "Semiconductors",
    "Semiconductor",
    "Personeelsdiensten",
    "Logistiek",
    "Robotics",
    "Software",
    "Bidco",
    // Life sciences and industry: "Norvexa Therapeutics", "Argenx
    // Biosciences", "Tata Chemicals".
    "Therapeutics",
    "Biotech",
    "Biosciences",
    "Diagnostics",
    "Genomics",
    "Labs",
    "Laboratories",
    "Chemicals",
    "Materials",
    "Aerospace",
    "Automotive",
    "Engineering",
    "Networks",
    "Motors",
    // "Brennan Dynamics", "Kessler Instruments" (twenty-fifth round).
    "Dynamics",
    "Instruments",
    "Devices",
    "Sensors",
    "Photonics",
    "Optics",
];

/// Whether `word` is a trade word, a legal form or a group's country part
/// after a company's first word ("Meridian Controls", "Beekhold B.V",
/// "Meridian Netherlands"): the same group's name, not another's.
pub(super) fn is_company_word(word: &str) -> bool {
    TRADE_WORDS.contains(&word)
        || LEGAL_FORMS.contains(&word)
        || LEGAL_FORMS.iter().any(|f| f.trim_end_matches('.') == word)
        || matches!(
            word,
            "Netherlands" | "Nederland" | "Europe" | "International" | "Benelux" | "B.V" | "N.V"
        )
}

/// "Ardent Harbor Capital", "Jansen Holding": a name taken for a person's
/// that a trade word follows is a company's, the trade word included.
/// Counter-examples: a trade word glued on ("Jansen Holding-directeur"), in
/// lower case ("Jansen holding"), after a line's end.
pub(super) fn take_trade_words_after_people(text: &str, found: &mut Vec<Found>) {
    let mut grown = false;
    for f in found.iter_mut() {
        if f.ty != EntityType::Person {
            continue;
        }
        let Some(rest) = text[f.range.end..].strip_prefix(' ') else {
            continue;
        };
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if !TRADE_WORDS.contains(&word) || rest[len..].starts_with('-') {
            continue;
        }
        f.range.end += 1 + len;
        f.ty = EntityType::Organisation;
        f.link = name_link(&text[f.range.clone()]);
        grown = true;
    }
    if grown {
        // (A trade word found on its own inside a grown name goes.)
        let mut reach = 0;
        found.retain(|f| {
            let keep = f.range.start >= reach;
            if keep {
                reach = f.range.end;
            }
            keep
        });
    }
}

/// The shorter names a company found as `name` is also known by, longest
/// first: the name without its legal form, and the words before a trade
/// word. `is_other` says a word names something else (a place, a given
/// name, an ordinary word): a short form that is one such word is not
/// taught ("Amsterdam Capital" does not make "Amsterdam" a company).
pub(super) fn short_forms(name: &str, is_other: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut forms = Vec::new();
    // "Xinwei Semiconductor Co., Ltd.": both parts of the form.
    let mut rest = name;
    if let Some(before) = rest.strip_suffix(" Co., Ltd.") {
        rest = before;
        forms.push(rest);
    } else if let Some((before, last)) = rest.rsplit_once(' ')
        && LEGAL_FORMS.contains(&last)
    {
        rest = before.trim_end_matches(',');
        forms.push(rest);
    }
    // "Kronenburg Technologies": the words before the trade word. Not for
    // a subsidiary named by its country ("Meridian Netherlands Bidco"):
    // its short form would be the group's.
    let words: Vec<&str> = rest.split(' ').collect();
    if let Some(i) = words.iter().rposition(|w| TRADE_WORDS.contains(w))
        && i > 0
        && !matches!(
            words[i - 1],
            "Netherlands" | "Nederland" | "Europe" | "International" | "Benelux"
        )
    {
        let len: usize = words[..i].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        forms.push(&rest[..len]);
    }
    forms.retain(|f| {
        let words: Vec<&str> = f.split(' ').collect();
        words.len() <= 3
            && f.chars().count() > 2
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
            && !(words.len() == 1 && is_other(f))
    });
    forms.dedup();
    forms
}

/// "Amerikaanse Halvorsen Controls Inc.": a company's name found with an
/// adjective of a people before it starts after the adjective, when the
/// name has a legal form or a trade word. Other names keep theirs
/// ("Nederlandse Vereniging van Banken").
pub(super) fn drop_leading_adjective(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if f.ty != EntityType::Organisation {
            continue;
        }
        let surface = &text[f.range.clone()];
        let Some((first, rest)) = surface.split_once(' ') else {
            continue;
        };
        if super::cues::is_adjective_form(first)
            && rest.starts_with(char::is_uppercase)
            && !short_forms(rest, |_| false).is_empty()
        {
            f.range.start += first.len() + 1;
            f.link = name_link(rest);
        }
    }
}

/// Legal forms that make the capitalised words before them a company
/// wherever they stand.
const LEGAL_FORM_CUES: &[&str] = &[
    "Co., Ltd.",
    "B.V.",
    "N.V.",
    "Inc.",
    "Ltd.",
    "GmbH",
    "plc",
    "S.A.",
    "LLC",
    "Corp.",
    "S.p.A.",
];

/// A searcher for all of [`LEGAL_FORM_CUES`] at once.
static LEGAL_FORM_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(LEGAL_FORM_CUES)
        .expect("the legal forms make a searcher")
});

/// Words a company's name may hold without a capital.
const NAME_JOINERS: &[&str] = &["&", "van", "de", "der", "den"];

/// "Veluwezoom Zorgadvies B.V.", "Kuijpers & Zonen B.V.": the capitalised words before a legal form, with it, are one
/// company. Finds inside are taken into it; one that starts before it is
/// widened to take the legal form ("ASML Holding" + "N.V."). `is_common`
/// says a word is an ordinary word of the text (a sentence's first word
/// before the name): it does not start the name. Returns the companies
/// made or widened.
pub(super) fn take_legal_forms(
    text: &str,
    found: &mut Vec<Found>,
    is_common: impl Fn(&str) -> bool,
) -> Vec<Found> {
    let mut made = Vec::new();
    let mut gone = Vec::new();
    // One pass for all the forms (a long text is read once, not once a
    // form); `found` is sorted by start, so each name looks only at the
    // finds around it.
    for m in LEGAL_FORM_SEARCH.find_iter(text) {
        let (at, end) = (m.start(), m.end());
        if !text[..at].ends_with(' ') || text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(start) = name_start(text, at - 1, &is_common) else {
            continue;
        };
        if let Some(f) = take(found, start..end, text, &mut gone) {
            made.push(f);
        }
    }
    if !made.is_empty() {
        super::drop_finds(found, gone);
        found.extend(made.iter().cloned());
        found.sort_by_key(|f| f.range.start);
    }
    made
}

/// Where the capitalised words ending at `end` (a space before the legal
/// form) start: at most five words on the same line, none of them lower
/// case but the joiners inside, the first not an ordinary word.
fn name_start(text: &str, end: usize, is_common: &impl Fn(&str) -> bool) -> Option<usize> {
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..end];
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = line.len();
    for w in line.rsplit(' ') {
        let start = pos - w.len();
        pos = start.saturating_sub(1);
        let bare = w.trim_end_matches(',');
        // Not a number: "© 2026 DPG Media B.V.".
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        // Another company's legal form ends the name: "Vopak N.V. en Signify N.V.".
        let legal = LEGAL_FORMS.contains(&bare);
        if bare.is_empty()
            || legal
            || words.len() == 5
            || !(capital || NAME_JOINERS.contains(&bare))
        {
            break;
        }
        // A comma ends the name: "de adviseurs, Kuijpers B.V." starts after it.
        if w.ends_with(',') {
            break;
        }
        words.push((start, bare));
    }
    // Not a joiner or an ordinary word first; a trade word before the
    // owner's name is the name's ("Bakkerij Van Wijngaarden B.V.", "Garage
    // De Vries B.V.") though the text writes it in lower case too.
    while let Some(&(_, w)) = words.last() {
        if words.len() >= 2 && is_trade_word(w) {
            break;
        }
        if NAME_JOINERS.contains(&w) || is_common(w) {
            words.pop();
        } else {
            break;
        }
    }
    words.last().map(|&(start, _)| line_start + start)
}

/// A word naming a trade that starts a small business's name: a shop or
/// works ("Bakkerij", "Drukkerij", "Kwekerij"), a firm ("Transportbedrijf",
/// "Autohandel") or a garage.
fn is_trade_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (["erij", "bedrijf", "handel"]
            .iter()
            .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end))
            || lower == "garage")
}

/// Makes `range` one company: the finds inside go (their indices into
/// `gone`), one that starts before it and ends inside is widened to its end
/// (and keeps its link if it was an organisation, as does a company found
/// at the name's start). None when a find runs past the legal form or is
/// the name already.
fn take(
    found: &[Found],
    range: std::ops::Range<usize>,
    text: &str,
    gone: &mut Vec<usize>,
) -> Option<Found> {
    // Finds that start before the name's end; those that end after its
    // start overlap it (a find is short: a few words back is enough).
    let to = found.partition_point(|f| f.range.start < range.end);
    let from = found[..to].partition_point(|f| f.range.start < range.start.saturating_sub(256));
    let overlapping: Vec<usize> = (from..to)
        .filter(|&i| found[i].range.end > range.start)
        .collect();
    if overlapping
        .iter()
        .any(|&i| found[i].range == range || found[i].range.end > range.end)
    {
        return None;
    }
    let mut start = range.start;
    let mut link = None;
    for &i in &overlapping {
        let f = &found[i];
        if f.range.start <= range.start && f.ty == EntityType::Organisation {
            link = Some(f.link.clone());
        }
        start = start.min(f.range.start);
        gone.push(i);
    }
    let range = start..range.end;
    Some(Found {
        link: link.unwrap_or_else(|| name_link(&text[range.clone()])),
        range,
        ty: EntityType::Organisation,
    })
}

#[cfg(test)]
mod tests {
    use super::{
        drop_leading_adjective, short_forms, take_legal_forms, take_trade_words_after_people,
    };
    use crate::entities::{EntityType, Found, Link};

    fn org_spans(text: &str, found: Vec<Found>) -> Vec<String> {
        let mut found = found;
        take_legal_forms(text, &mut found, |w| matches!(w, "Daarom" | "Het" | "Ook"));
        found
            .iter()
            .map(|f| format!("{:?} {}", f.ty, &text[f.range.clone()]))
            .collect()
    }

    #[test]
    fn names_before_a_legal_form_are_companies() {
        let text = "De fraude liep via Veluwezoom Zorgadvies B.V. in Arnhem.";
        assert_eq!(
            org_spans(text, vec![]),
            ["Organisation Veluwezoom Zorgadvies B.V."]
        );
        let text = "© 2026 DPG Media B.V.";
        assert_eq!(org_spans(text, vec![]), ["Organisation DPG Media B.V."]);
        let text = "Daarom Kuijpers & Zonen B.V. tekende, met de adviseurs, Arps Legal LLC.";
        assert_eq!(
            org_spans(text, vec![]),
            [
                "Organisation Kuijpers & Zonen B.V.",
                "Organisation Arps Legal LLC"
            ]
        );
        // A find before it is widened: "ASML Holding" + " N.V.".
        let text = "Ook ASML Holding N.V. deed mee.";
        let asml = Found {
            range: 4..16,
            ty: EntityType::Organisation,
            link: Link::Gazetteer(7),
        };
        assert_eq!(
            org_spans(text, vec![asml]),
            ["Organisation ASML Holding N.V."]
        );
        // Two companies joined by "en" are two.
        let text = "Ook Koninklijke Vopak N.V. en Signify N.V. deden mee.";
        assert_eq!(
            org_spans(text, vec![]),
            [
                "Organisation Koninklijke Vopak N.V.",
                "Organisation Signify N.V."
            ]
        );
    }

    #[test]
    fn a_trade_word_starts_a_small_business_name() {
        // The text writes "bakkerij" and "garage" in lower case as well.
        let common = |w: &str| matches!(w, "Ook" | "Bakkerij" | "Garage" | "Het" | "Bedrijf");
        let spans = |text: &str| {
            let mut found = Vec::new();
            take_legal_forms(text, &mut found, common);
            found
                .iter()
                .map(|f| text[f.range.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            spans("Ook Bakkerij Van Wijngaarden B.V. en Garage De Vries B.V. wachten."),
            ["Bakkerij Van Wijngaarden B.V.", "Garage De Vries B.V."]
        );
        // Counter-examples: a trade word alone before the form, and an
        // ordinary word before a name.
        assert_eq!(spans("Ook Bakkerij B.V. wacht."), Vec::<String>::new());
        assert_eq!(spans("Het Bedrijf Jansen B.V. wacht."), ["Jansen B.V."]);
    }

    #[test]
    fn an_adjective_before_a_company_is_no_part_of_it() {
        let cut = |text: &str| {
            let mut found = vec![Found {
                range: 0..text.len(),
                ty: EntityType::Organisation,
                link: Link::Key(String::new()),
            }];
            drop_leading_adjective(text, &mut found);
            text[found[0].range.clone()].to_string()
        };
        assert_eq!(
            cut("Amerikaanse Halvorsen Controls Inc."),
            "Halvorsen Controls Inc."
        );
        assert_eq!(cut("Duitse Brenner Holding"), "Brenner Holding");
        // Counter-examples: no company's shape, or no name after it.
        assert_eq!(
            cut("Nederlandse Vereniging van Banken"),
            "Nederlandse Vereniging van Banken"
        );
        assert_eq!(
            cut("Europese Investeringsbank"),
            "Europese Investeringsbank"
        );
    }

    #[test]
    fn no_name_before_the_legal_form_makes_nothing() {
        // Lower case before it, a line start, an ordinary word alone.
        for text in [
            "een nieuwe B.V. werd opgericht",
            "B.V. aan het begin",
            "Het B.V.-register",
            "Daarom N.V. zeggen we",
            "en B.V. Nederland",
            "de Inc.-bedrijven",
            "© 2026 B.V.",
        ] {
            assert_eq!(org_spans(text, vec![]), Vec::<String>::new(), "{text}");
        }
    }

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn a_trade_word_after_a_person_makes_a_company() {
        let text =
            "de belegger Ardent Harbor Capital en Jansen Holding-directeur Piet Jansen holding";
        let mut found: Vec<Found> = ["Ardent Harbor", "Jansen", "Piet Jansen"]
            .iter()
            .map(|p| crate::entities::test_mention(text, p, EntityType::Person, false))
            .collect();
        take_trade_words_after_people(text, &mut found);
        let got: Vec<(&str, EntityType)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.ty))
            .collect();
        assert_eq!(
            got,
            [
                ("Ardent Harbor Capital", EntityType::Organisation),
                ("Jansen", EntityType::Person),
                ("Piet Jansen", EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_legal_form_and_a_trade_word_leave_the_name() {
        assert_eq!(
            short_forms("Meridian Controls Inc.", none),
            ["Meridian Controls", "Meridian"]
        );
        assert_eq!(short_forms("Kronenburg Technologies", none), ["Kronenburg"]);
        assert_eq!(short_forms("Norvexa Therapeutics", none), ["Norvexa"]);
        assert_eq!(short_forms("Hoshida Chemicals", none), ["Hoshida"]);
        assert_eq!(
            short_forms("Veluwezoom Zorgadvies B.V.", none),
            ["Veluwezoom Zorgadvies"]
        );
        assert_eq!(
            short_forms("Meridian Netherlands Bidco B.V.", none),
            ["Meridian Netherlands Bidco"]
        );
    }

    #[test]
    fn counter_examples_teach_nothing() {
        // No legal form or trade word.
        assert!(short_forms("Tata Steel", none).is_empty());
        assert!(short_forms("Raad van State", none).is_empty());
        // The trade word alone, or first.
        assert!(short_forms("Group", none).is_empty());
        assert!(short_forms("Capital Markets", none).is_empty());
        // A place or an ordinary word before it names something else.
        let place = |w: &str| w == "Amsterdam";
        assert!(short_forms("Amsterdam Capital", place).is_empty());
        assert!(short_forms("Amsterdam Therapeutics", place).is_empty());
        // Lower-case words inside are a description, not a name.
        assert!(short_forms("Bank of America Holdings", none).is_empty());
        // Too short to stand alone.
        assert!(short_forms("GE Holdings", none).is_empty());
    }
}
