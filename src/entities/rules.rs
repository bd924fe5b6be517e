//! Rules for the entities that have a shape rather than a name: dates,
//! amounts of money, parliamentary and document references; and URLs, which
//! are not entities but must not be cut into some.
//!
//! Word boundaries are ASCII (`(?-u:\b)`): Unicode boundaries would make the
//! regex engine leave its fast DFA on every accented letter.

use super::kind::EntityType;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

pub use crate::document::date::DUTCH_MONTHS as MONTHS;

/// A month name, lower case or capitalised (a sentence or heading may start with it).
fn month_alt() -> String {
    MONTHS
        .iter()
        .map(|m| format!("[{}{}]{}", m[..1].to_uppercase(), &m[..1], &m[1..]))
        .collect::<Vec<_>>()
        .join("|")
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_alt();
    // "2 okt '25": short month names, only after a day ("jan" alone is no month).
    let abbr = "jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";
    let day = r"(?:[1-9]|[0-2][0-9]|3[01])";
    let year = r"(?:1[5-9][0-9]{2}|20[0-9]{2})";
    let suffix = r"(?:\s+(?:jl\.|j\.l\.|a\.s\.|aanstaande|jongstleden))";
    // "16 en 17 februari", "7 tot en met 9 september", "de nacht van 19 op
    // 20 november".
    let days = format!(r"{day}(?:\s*(?:,|en|t/m|tot en met|tot|op|-|–)\s*{day})*");
    // A decade, a named period like a year: "de jaren zeventig", "de jaren
    // '80" (twenty-fifth round).
    let tens = r"(?:(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?-u:\b)|['’]?[1-9]0(?-u:\b))";
    let decade = format!(r"(?-u:\b)[Jj]aren\s+{tens}(?:\s+en\s+{tens})?");
    // "2026-12-06T19:05:00+01:00", a page's timestamp: its date (cut from
    // the time in `find`), not the year and month before the day.
    // "02-12-26", a news site's date stamp: day, month and a year of two
    // digits, each of two digits and joined by hyphens (not "1-2-3", a
    // score or a list's numbering, nor a part of a longer number).
    let short_numeric = r"(?:0[1-9]|[12][0-9]|3[01])-(?:0[1-9]|1[0-2])-[0-9]{2}(?-u:\b)";
    // "12 novimber 2026": the Frisian months whose names are not Dutch ones,
    // only with a day and a year (Frisian pages of Dutch broadcasters).
    let frisian = "jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber";
    crate::pattern::regex(&format!(
        r"(?-u:\b)(?:{days}\s+(?:{frisian})\s+{year}(?-u:\b)|{days}\s+(?:(?:{month})(?-u:\b)|(?:{abbr})(?:\.|(?-u:\b)))(?:\s+{year}(?-u:\b)|\s+['’][0-9]{{2}}(?-u:\b))?{suffix}?|(?:{month})(?-u:\b)(?:\s+{year}(?-u:\b)|{suffix})?|{year}-[01][0-9]-[0-3][0-9](?-u:\b)|{year}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]|{year}-(?:0[1-9]|1[0-2])(?-u:\b)|{day}[-/.](?:[1-9]|0[1-9]|1[0-2])[-/.]{year}(?-u:\b)|{short_numeric}|{decade}|{year}(?-u:\b))"
    ))
});

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    let num = r"[0-9]+(?:[.,][0-9]+)*";
    let mult = r"(?:mln\.?|mrd\.?|mld\.?|bln\.?|miljoen|miljard|biljoen|duizend)";
    // A full stop belongs to an abbreviated multiplier ("mln."), never to a
    // word: "€ 87 miljoen." ends a sentence.
    let mult_after =
        r"(?:(?:mln|mrd|mld|bln)(?-u:\b)\.?|(?:miljoen|miljard|biljoen|duizend)(?-u:\b))";
    // Currencies by their Dutch names ("1,2 miljard yen", "40 miljoen
    // Zwitserse frank"); not "won" nor "rand", which follow a number as
    // words too ("in 2019 won hij").
    let cur = r"(?:euro|dollar|pond|roebel|hryvnia|gulden|yuan|Euro|yen|frank|franc|kroon|kronen|zloty|lira|peso|pesos|roepie|roepies|dinar|dirham|sjekel|baht|real)";
    // A range of two numbers: "6 à 8 miljoen dollar", "10 tot 12 miljoen euro".
    let nums = format!(r"{num}(?:\s(?:à|a|tot)\s{num})?");
    crate::pattern::regex(&format!(
        r"(?:(?:{prefix})\s?{num}(?:,[-–])?(?:\s?{mult_after})?(?:\s{cur}(?-u:\b))?|(?-u:\b){nums}\s?(?:{mult}\s)?{cur}(?-u:\b))",
        prefix = super::currencies::prefix_pattern(),
    ))
});

/// Amounts and dates as one automaton: one pass over the text instead of two.
/// Two years joined by a hyphen or an en dash.
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?-u:\b)(?:1[5-9][0-9]{2}|20[0-9]{2}) ?[-–] ?(?:1[5-9][0-9]{2}|20[0-9]{2})(?-u:\b)",
    )
});

/// Spans of years, amounts and dates in one automaton, tried in that order
/// at each place.
static MONEY_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(&format!(
        "(?:{})|(?:{})|(?:{})",
        YEAR_SPAN.as_str(),
        MONEY.as_str(),
        DATE.as_str()
    ))
});

/// A whole match of [`MONEY_OR_DATE`] that is a span of years.
static YEAR_SPAN_ALONE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(&format!("^(?:{})$", YEAR_SPAN.as_str())));

/// A whole match of [`MONEY_OR_DATE`] that is an amount.
static MONEY_ALONE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(&format!("^(?:{})$", MONEY.as_str())));

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let dossier = r"[0-9]{2}\s?[0-9]{3}(?:\s?[-–]\s?(?:[A-Z]{1,3}|[0-9]{1,3}[A-Z]?|[A-Z][0-9]{1,2})|\s(?:[IVXL]{1,5}|[A-Z])(?-u:\b))?";
    // "nr. 235", "nrs. 12 en 13"; the Eerste Kamer's letters: "nr. A".
    let nrs = r"(?:,?\s*nrs?\.\s*(?:[0-9]+(?:\s*(?:en|,|-)\s*[0-9]+)*|[A-Z](?-u:\b)))";
    let session = r"[0-9]{4}[-/–][0-9]{2,4}";
    // "Handelingen II 2021/22", "Aanhangsel Handelingen, vergaderjaar 2024–2025".
    let lead = r"(?:,\s*|\s+)(?:vergaderjaar\s+)?";
    // (Arabic particles are capitalised inside a name: "motie-El Idrissi".)
    // "motie-Inge van Dijk": after the hyphen, a given name and the
    // surname's particles.
    let given = r"\p{Lu}\p{Ll}+\s+(?:van|de|der|den|ten|ter)\s+(?:(?:der|den|de)\s+)?";
    let name = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Vv]on|[Ii]n\s+'t|El|Al|Ben|Abou|Abu|Ait)\s+)*\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*";
    crate::pattern::regex(&format!(
        r"(?-u:\b)(?:(?:Kamerstuk(?:ken)?)(?:\s+(?:I|II))?(?:{lead}{session},?)?\s+(?:{dossier}{nrs}?|{zaak})|(?:Aanhangsel\s+(?:van\s+de\s+)?)?Handelingen(?:\s+(?:I|II|EK|TK))?{lead}{session}(?:,?\s*(?:nr\.|nummer)\s*[0-9]+)?(?:,?\s*(?:item|blz\.|pag\.|p\.)\s*[0-9]+(?:\s*-\s*[0-9]+)?)?|(?:[Mm]otie|[Aa]mendement)(?:-(?:{given})?|\s+)(?:van\s+(?:het\s+lid|de\s+leden)\s+)?{name}(?:\s*(?:en|/)\s*{name})*(?:\s+c\.s\.)?|(?:Stb\.|Staatsblad|Stcrt\.|Staatscourant|Trb\.|Tractatenblad)\s+{session_or_year},?\s*(?:nr\.\s*)?[0-9]+|(?:PbEU|PbEG|Pb\s?EU|PB|OJ)\s+(?:(?:19|20)[0-9]{{2}},?\s+)?[LC]\s?[0-9]{{1,4}}(?:/[0-9]{{1,4}})?(?:,?\s+(?:van\s+)?[0-9]{{1,2}}\.[0-9]{{1,2}}\.(?:19|20)[0-9]{{2}})?(?-u:\b)|ECLI:[A-Z]{{2}}: ?[A-Z0-9]+: ?[0-9]{{4}}: ?[A-Z0-9]+(?:\.[A-Z0-9]+)*|{parket}|{proposal}|(?:[Tt]oezegging\s+)?TZ[0-9]{{6}}-[0-9]{{2,4}}|COM\([0-9]{{4}}\)\s?[0-9]{{1,4}}(?:\s+final)?(?-u:\b)|(?-u:\b)[Rr]esolutie\s+[1-9][0-9]{{2,3}}(?-u:\b))",
        session_or_year = r"[0-9]{4}(?:[-/][0-9]{2,4})?",
        // A criminal case's number at the public prosecutor's office
        // ("parketnummer 15/204113-24": the office, six digits, the year).
        parket = r"[0-9]{2}/[0-9]{6}-[0-9]{2}(?-u:\b)",
        // A province's or a council's proposal by its number ("Statenvoorstel
        // 63/26", "Raadsvoorstel RV-2026-14"): a code with a digit in it.
        proposal = r"(?:Staten|Raads)voorstel\s+(?:nr\.\s*)?[A-Z]{0,4}[-/]?[0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?-u:\b)",
        // The parliament's case and document numbers: "2022Z24775", "2022D22249".
        zaak = r"20[0-9]{2}[ZD][0-9]{5}(?-u:\b)"
    ))
});

/// «Normandië 4»-format: a quoted name compounded with the kind of thing it names.
static QUOTED_THING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"[«“\x22‘']([\p{Lu}][^«»“”\x22‘’'\n]{1,40})[»”\x22’']-(?:format|akkoord|overleg|verdrag|plan|programma|project|missie|operatie|top|pakket|fonds)(?-u:\b)",
    )
});

/// Addresses with a scheme or "www.".
static URL: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?:https?://|www\.)[^\s<>«»]+"));

/// The end of a bare domain or file name: ".nl", ".eu/…", ".pdf". Found by
/// its literal dot first (fast), then widened back over the name before it.
static DOMAIN_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"\.(?:nl|eu|com|org|net|int|gov|be|de|uk|ua|ru|fr|pdf|html?|docx?)(?-u:\b)(?:/[^\s<>«»]*)?",
    )
});

/// A span found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    pub range: Range<usize>,
    pub ty: EntityType,
}

/// URL spans in `text` (with a scheme, "www.", or a bare domain or file
/// name such as "nederlandwereldwijd.nl"), without trailing punctuation.
pub fn urls(text: &str) -> Vec<Range<usize>> {
    let trim = |r: Range<usize>| {
        let s = text[r.clone()].trim_end_matches(['.', ',', ')', ';', ':', '!', '?']);
        r.start..r.start + s.len()
    };
    let schemed: Vec<Range<usize>> = URL.find_iter(text).map(|m| trim(m.range())).collect();
    let mut out = schemed.clone();
    for m in DOMAIN_END.find_iter(text) {
        let head = &text[..m.start()];
        let name = head
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            .count();
        if name == 0 || overlaps(&schemed, &(m.start()..m.end())) {
            continue;
        }
        out.push(trim(m.start() - name..m.end()));
    }
    out.retain(|r| !r.is_empty());
    out.sort_unstable_by_key(|r| r.start);
    out
}

/// References, amounts and dates in `text`, sorted and not overlapping;
/// references win over the dates and numbers inside them.
pub fn find(text: &str, masked: &[Range<usize>]) -> Vec<RuleMatch> {
    let mut out: Vec<RuleMatch> = Vec::new();
    let mut taken: Vec<Range<usize>> = masked.to_vec();
    // References first: they swallow the dates and numbers inside them.
    for m in REFERENCE.find_iter(text) {
        let r = m.start()..trim_reference(text, m.range());
        // "een motie van Tweede Kamerlid Mulder": a title, not a motion's name.
        let titled = text[r.end..].starts_with(" Kamer");
        // "de motie van GroenLinks-PvdA", "de motie van Vermeij-Doorn": the
        // motion of a party or a member, no motion's name ("de motie van
        // het lid Beckerman" and "de motie Van der Lee" are).
        let of = [
            "motie van ",
            "Motie van ",
            "amendement van ",
            "Amendement van ",
        ]
        .iter()
        .any(|p| text[r.clone()].starts_with(p))
            && !["het lid ", "de leden "].iter().any(|p| {
                text[r.clone()]
                    .split_once(" van ")
                    .is_some_and(|(_, rest)| rest.starts_with(p))
            });
        if !overlaps(&taken, &r) && !titled && !of {
            out.push(RuleMatch {
                range: r,
                ty: EntityType::Reference,
            });
        }
    }
    // European acts by number: before the dates, whose years they hold.
    let mut acts = super::eu_acts::find(text);
    acts.extend(super::eu_acts::by_acronym(text));
    for r in acts {
        let in_reference = out
            .iter()
            .any(|o| o.range.start < r.end && r.start < o.range.end);
        if !overlaps(&taken, &r) && !in_reference {
            out.push(RuleMatch {
                range: r,
                ty: EntityType::Misc,
            });
        }
    }
    taken.extend(out.iter().map(|m| m.range.clone()));
    taken.sort_unstable_by_key(|r| r.start);
    // Amounts and dates in one pass (amounts are tried first at each place),
    // told apart afterwards on the match alone.
    for m in MONEY_OR_DATE.find_iter(text) {
        let mut r = m.range();
        // A timestamp's date: the ten bytes before its "T".
        if m.as_str().len() > 10 && m.as_str().as_bytes()[10] == b'T' {
            r.end = r.start + 10;
        }
        let matched = &text[r.clone()];
        let span = matched.len() >= 9 && YEAR_SPAN_ALONE.is_match(matched);
        let ty = if !span && MONEY_ALONE.is_match(matched) {
            EntityType::Money
        } else {
            EntityType::Date
        };
        let plausible = match ty {
            EntityType::Money => money_is_plausible(text, r.clone()),
            // "de periode 2025-2030", "Vergaderjaar 2024–2025": one date.
            _ if span => span_is_plausible(text, r.clone()),
            _ => date_is_plausible(text, r.clone()),
        };
        if plausible && !overlaps(&taken, &r) {
            out.push(RuleMatch { range: r, ty });
        }
    }
    out.sort_unstable_by_key(|m| m.range.start);
    taken = masked.to_vec();
    taken.extend(out.iter().map(|m| m.range.clone()));
    taken.sort_unstable_by_key(|r| r.start);
    for c in QUOTED_THING.captures_iter(text) {
        let r = c.get(1).map_or(0..0, |m| m.range());
        if !r.is_empty() && !overlaps(&taken, &r) {
            out.push(RuleMatch {
                range: r,
                ty: EntityType::Misc,
            });
        }
    }
    out.sort_unstable_by_key(|m| m.range.start);
    out
}

/// Whether `r` overlaps any range in the sorted-by-start list `taken`.
pub fn overlaps(taken: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = taken.partition_point(|t| t.end <= r.start);
    taken.get(i).is_some_and(|t| t.start < r.end)
}

fn trim_reference(text: &str, r: Range<usize>) -> usize {
    let s = &text[r.clone()];
    r.start + s.trim_end_matches([',', ' ']).len()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Two years in order, not glued to other numbers or codes.
fn span_is_plausible(text: &str, r: Range<usize>) -> bool {
    let years: Vec<u32> = text[r.clone()]
        .split(['-', '–'])
        .filter_map(|y| y.trim().parse().ok())
        .collect();
    let ordered = matches!(years[..], [a, b] if a < b && b - a <= 50);
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "_/.,-–@".contains(c));
    let after = next_char(text, r.end);
    // "2025-2030." ends a sentence; "2025-2030.5" is something else.
    let after_glued = glued(after)
        && (!matches!(after, Some('.' | ','))
            || next_char(text, r.end + 1).is_some_and(|d| d.is_alphanumeric()));
    ordered
        && !glued(prev_char(text, r.start))
        && !after_glued
        && !number_label_before(text, r.start)
}

/// "nr. 2023", "artikel 2014", "€ 2030": a label that makes a number no year.
fn number_label_before(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    let word_before = head
        .rfind(char::is_whitespace)
        .map_or(head, |i| &head[i + 1..]);
    matches!(
        word_before,
        "nr."
            | "nrs."
            | "nummer"
            | "item"
            | "artikel"
            | "art."
            | "blz."
            | "pagina"
            | "€"
            | "EUR"
            | "code"
    )
}

/// "won de 1500", "de 2000 die meededen": a number right after an article
/// counts or measures something; a year is written without one.
fn article_before(text: &str, at: usize) -> bool {
    let head = text[..at].strip_suffix(' ').unwrap_or("");
    let word_before = head
        .rfind(char::is_whitespace)
        .map_or(head, |i| &head[i + 1..]);
    matches!(word_before, "de" | "De" | "het" | "Het")
}

/// The number of an appendix to the Handelingen, alone on the line after
/// "Vragen gesteld door de leden der Kamer, met de daarop door de regering
/// gegeven antwoorden" (every set of answered Kamervragen has one): a
/// serial number, not a year.
fn is_appendix_number(text: &str, r: Range<usize>) -> bool {
    let line_start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
    text[line_start..r.start].trim().is_empty()
        && text[r.end..line_end].trim().is_empty()
        && text[..line_start]
            .trim_end()
            .ends_with("gegeven antwoorden")
}

/// A bare four-digit number is a year unless its neighbours say it is part
/// of another number, a code or a file name.
fn date_is_plausible(text: &str, r: Range<usize>) -> bool {
    let s = &text[r.clone()];
    let bare_year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let before = prev_char(text, r.start);
    let after = next_char(text, r.end);
    let glued = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '/' | '.' | ',' | '-' | '–' | '@')
        })
    };
    if bare_year {
        if before.is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '/' | '.' | ',' | '-' | '–' | '@')
        }) {
            return false;
        }
        // "2014." ends a sentence; "2014.5" or "2021/22" are something else.
        // The character after the one after the year (past its own length:
        // an en dash is three bytes).
        let second_is_digit =
            |c: char| next_char(text, r.end + c.len_utf8()).is_some_and(|d| d.is_ascii_digit());
        let after_glued = match after {
            Some(c @ ('.' | ',' | '-' | '–')) => second_is_digit(c),
            c => glued(c),
        };
        if after_glued {
            return false;
        }
        if number_label_before(text, r.start)
            || article_before(text, r.start)
            || is_appendix_number(text, r.clone())
        {
            return false;
        }
        let tail = text[r.end..].trim_start();
        if [
            "euro", "mln", "mrd", "miljoen", "miljard", "%", "procent", "dollar",
        ]
        .iter()
        .any(|w| tail.starts_with(w))
        {
            return false;
        }
        // "1500 meter", "2000 ton": a measure, not a year.
        let next_word = tail
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '²' | '³')))
            .next()
            .unwrap_or("");
        return !is_unit_of_measure(next_word);
    }
    // "Mei-inoar foarút", "Juni-actie": a month's name compounded with a
    // word is not the month ("mei-juni" is two months).
    if let Some(rest) = text[r.end..].strip_prefix(['-', '–'])
        && MONTHS.iter().any(|m| s.eq_ignore_ascii_case(m))
        && rest.starts_with(char::is_lowercase)
        && !MONTHS.iter().any(|m| {
            rest.get(..m.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(m))
                && !rest[m.len()..].starts_with(char::is_alphabetic)
        })
    {
        return false;
    }
    // "2026-12" of "2026-12-06T9": a year and month are no part of a longer
    // date or code.
    let year_month = s.len() == 7
        && s.as_bytes()[4] == b'-'
        && s.bytes().filter(u8::is_ascii_digit).count() == 6;
    if year_month
        && text[r.end..]
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // "Julián", "Meiër": a month's name is no word's start. (The automaton's
    // word boundaries are ASCII ones, which a letter such as "á" passes.)
    if s.ends_with(char::is_alphabetic) && after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    // "02-12-26": not a part of a longer code ("02-12-26-4", "02-12-26/b").
    let short_numeric = s.len() == 8 && s.as_bytes()[2] == b'-' && s.as_bytes()[5] == b'-';
    if short_numeric && after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '–'))
    {
        return false;
    }
    !glued(before)
}

/// A unit a number measures in, written out or abbreviated.
fn is_unit_of_measure(word: &str) -> bool {
    matches!(
        word,
        "meter"
            | "meters"
            | "m"
            | "m2"
            | "m²"
            | "m3"
            | "m³"
            | "kilometer"
            | "kilometers"
            | "km"
            | "centimeter"
            | "cm"
            | "millimeter"
            | "mm"
            | "mijl"
            | "ton"
            | "kilo"
            | "kilogram"
            | "kg"
            | "gram"
            | "liter"
            | "hectare"
            | "ha"
            | "kuub"
            | "megawatt"
            | "MW"
            | "kWh"
            | "graden"
    )
}

fn money_is_plausible(text: &str, r: Range<usize>) -> bool {
    !prev_char(text, r.start).is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn a_short_numeric_date_stamp() {
        assert_eq!(
            spans("Laatste update: 02-12-26, 14:12"),
            vec![(EntityType::Date, "02-12-26")]
        );
        // Counter-examples: a longer code, a score, a day over 31.
        assert!(spans("kenmerk 02-12-26-4 en 1-2-3").is_empty());
        assert!(spans("zaak 41-12-26 is gesloten").is_empty());
    }

    #[test]
    fn frisian_dates_month_compounds_counts_and_appendix_numbers() {
        use EntityType::{Date, Money};
        assert_eq!(
            spans("Publisearre op 12 novimber 2026 om 10.00 oere"),
            vec![(Date, "12 novimber 2026")]
        );
        // Counter-example: a Frisian month without a day and a year is left.
        assert!(spans("yn novimber wie it kâld").is_empty());
        assert!(spans("Campagne Mei-inoar foarút en de Juni-actie").is_empty());
        // Counter-examples: a month range, a month at a sentence's end.
        assert_eq!(spans("in mei-juni")[0], (Date, "mei"));
        assert_eq!(spans("Sinds mei. Daarna"), vec![(Date, "mei")]);
        assert!(spans("Beune wint de 1500\nOp de 1000 won Stolz").is_empty());
        // Counter-example: a year after a preposition.
        assert_eq!(
            spans("in 1500 en sinds 2014"),
            vec![(Date, "1500"), (Date, "2014")]
        );
        let appendix = "Vragen gesteld door de leden der Kamer, met de daarop door de regering \
                        gegeven antwoorden\n1642\nVragen van het lid X (ingezonden 3 maart 2027).";
        assert_eq!(spans(appendix), vec![(Date, "3 maart 2027")]);
        // Counter-example: a year alone on a line elsewhere.
        assert_eq!(spans("Jaarverslag\n2026\nInhoud"), vec![(Date, "2026")]);
        assert_eq!(
            spans("een bijdrage van € 12.500,- per woning en € 5,– per jaar"),
            vec![(Money, "€ 12.500,-"), (Money, "€ 5,–")]
        );
    }

    #[test]
    fn a_timestamp_gives_its_date() {
        use EntityType::Date;
        assert_eq!(
            spans("Published Time: 2026-12-06T19:05:00+01:00 en 2025-01-31T08:00Z"),
            vec![(Date, "2026-12-06"), (Date, "2025-01-31")]
        );
        // Counter-examples: a date and a month alone, a code with a "T".
        assert_eq!(
            spans("op 2026-12-06 en in 2026-12; code 2026-12-06T9"),
            vec![(Date, "2026-12-06"), (Date, "2026-12")]
        );
    }

    #[test]
    fn a_month_is_no_start_of_a_longer_word() {
        use EntityType::Date;
        // The automaton's word boundaries are ASCII: "Juli" + "á" passed.
        assert!(spans("de spits Julián Echeverry en Meiër").is_empty());
        // Counter-examples: a month before a space, a stop or a quote.
        assert_eq!(
            spans("Juli 2026. In juli, mei… en «juni»"),
            vec![
                (Date, "Juli 2026"),
                (Date, "juli"),
                (Date, "mei"),
                (Date, "juni")
            ]
        );
    }

    /// The rules' spans in `text`, with URLs masked as `find` is called.
    pub(in crate::entities) fn spans(text: &str) -> Vec<(EntityType, &str)> {
        let masked = urls(text);
        find(text, &masked)
            .into_iter()
            .map(|m| (m.ty, &text[m.range]))
            .collect()
    }

    #[test]
    fn dates() {
        use EntityType::Date;
        assert_eq!(
            spans("Op 17 december 2021 en 26 januari jl. sprak hij, sinds 2014."),
            vec![
                (Date, "17 december 2021"),
                (Date, "26 januari jl."),
                (Date, "2014")
            ]
        );
        assert_eq!(
            spans("op 16 en 17 februari a.s. in mei, (1975) en 2022-02-03"),
            vec![
                (Date, "16 en 17 februari a.s."),
                (Date, "mei"),
                (Date, "1975"),
                (Date, "2022-02-03")
            ]
        );
        // A night from one day to the next is one date; a ratio is none
        // ("1 op 5 mei" only where a month follows the second number).
        assert_eq!(
            spans("in de nacht van 19 op 20 november jl. en 1 op de 5 huishoudens"),
            vec![(Date, "19 op 20 november jl.")]
        );
        assert_eq!(
            spans("date 2022-02 en 2014-2022"),
            vec![(Date, "2022-02"), (Date, "2014-2022")]
        );
        assert!(spans("14.000 slachtoffers, nr. 2022, 2019,5 en 12345").is_empty());
        // Decades, alone and two in a row; not a count of years.
        assert_eq!(
            spans(
                "in de jaren zeventig, de jaren '80 en de jaren tachtig en negentig; vijf jaren later"
            ),
            vec![
                (Date, "jaren zeventig"),
                (Date, "jaren '80"),
                (Date, "jaren tachtig en negentig")
            ]
        );
        // A year clipped to two digits, as news sites write it.
        assert_eq!(
            spans("13 mei '24, 17:45 en 2 okt ’25, op 3 mei."),
            vec![(Date, "13 mei '24"), (Date, "2 okt ’25"), (Date, "3 mei")]
        );
    }

    #[test]
    fn money() {
        use EntityType::Money;
        assert_eq!(
            spans("EUR 1,2 mrd. en EUR 31 mln. goed, € 5 miljoen en ruim 300 miljoen euro"),
            vec![
                (Money, "EUR 1,2 mrd."),
                (Money, "EUR 31 mln."),
                (Money, "€ 5 miljoen"),
                (Money, "300 miljoen euro")
            ]
        );
        // Other currencies, by code, sign or name, and a range.
        assert_eq!(
            spans("Het kost 1,2 miljard yen, CHF 40 mln., ¥ 300 en 6 à 8 miljoen dollar."),
            vec![
                (Money, "1,2 miljard yen"),
                (Money, "CHF 40 mln."),
                (Money, "¥ 300"),
                (Money, "6 à 8 miljoen dollar")
            ]
        );
        // A measure is no year; counter-example: a year before a noun.
        assert_eq!(spans("zege op de 1500 meter en 2000 m²"), vec![]);
        assert_eq!(
            spans("in 1500 meerden er schepen aan"),
            vec![(EntityType::Date, "1500")]
        );
        // Counter-examples: "won" after a year, a range of years.
        assert!(
            !spans("In 2019 won hij, van 2010 tot 2012 zat hij in de rand van 3 a 4 meter.")
                .iter()
                .any(|(t, _)| *t == Money)
        );
    }

    #[test]
    fn references() {
        use EntityType::Reference as R;
        // A Commission document. (A parliament's case number or an
        // answer's id on its own stays untagged: the gold of our own texts
        // splits on them.)
        assert_eq!(
            spans("Zie COM(2025) 690 en 2022D22249."),
            vec![(R, "COM(2025) 690")]
        );
        // The Commission's own suffix is part of the number; a Dutch word
        // after it is not.
        assert_eq!(
            spans("Zie COM(2026) 514 final, bijlage."),
            vec![(R, "COM(2026) 514 final")]
        );
        assert_eq!(
            spans("in COM(2026) 514 finale voorstellen"),
            vec![(R, "COM(2026) 514")]
        );
        // Counter-example: the abbreviation without a year in brackets.
        assert_eq!(spans("de COM van 2025"), vec![(EntityType::Date, "2025")]);
        // Criminal cases' numbers; counter-examples: a fraction, a session
        // and a date with slashes.
        assert_eq!(
            spans("(parketnummers 15/204113-24 en 13/751035-22)"),
            vec![(R, "15/204113-24"), (R, "13/751035-22")]
        );
        assert!(spans("15/20 van de stemmen, 12/123456 en 15/204113-245").is_empty());
        assert_eq!(
            spans("(Kamerstuk 21 501-08, nr. 235) en Kamerstuk 28 676 nr. 386 van 20 januari 2022"),
            vec![
                (R, "Kamerstuk 21 501-08, nr. 235"),
                (R, "Kamerstuk 28 676 nr. 386"),
                (EntityType::Date, "20 januari 2022")
            ]
        );
        assert_eq!(
            spans(
                "(Aanhangsel Handelingen II 2021/22, nr. 1547) en (Handelingen II 2021/22, nr. 44, item 22)"
            ),
            vec![
                (R, "Aanhangsel Handelingen II 2021/22, nr. 1547"),
                (R, "Handelingen II 2021/22, nr. 44, item 22")
            ]
        );
        assert_eq!(
            spans(
                "cf. de motie Brekelmans c.s. voor, de motie-Van der Lee en de motie van wantrouwen"
            ),
            vec![(R, "motie Brekelmans c.s."), (R, "motie-Van der Lee")]
        );
        // The motion of a party or a member is no motion's name; a member's
        // motion by its form is.
        assert_eq!(
            spans(
                "de motie van GroenLinks-PvdA, de motie van Vermeij-Doorn en de motie van het lid Beckerman"
            ),
            vec![(R, "motie van het lid Beckerman")]
        );
        // An Arabic particle inside the name; a name alone after it.
        assert_eq!(
            spans("de motie-El Idrissi en de motie-El Fassed c.s. en het amendement-Ben Ali"),
            vec![
                (R, "motie-El Idrissi"),
                (R, "motie-El Fassed c.s."),
                (R, "amendement-Ben Ali")
            ]
        );
        // A given name and particles after the hyphen; not after a space.
        assert_eq!(
            spans("de motie-Inge van Dijk en de motie Brekelmans van de VVD"),
            vec![(R, "motie-Inge van Dijk"), (R, "motie Brekelmans")]
        );
        // A Security Council resolution by its number; a small number or
        // a resolution without one is none.
        assert_eq!(
            spans("volgens resolutie 2722 van de Veiligheidsraad; resolutie 12 en de resolutie"),
            vec![(R, "resolutie 2722")]
        );
        // A commitment in the parliament's register.
        assert_eq!(
            spans("(toezegging TZ202311-017) en TZ202402-041"),
            vec![(R, "toezegging TZ202311-017"), (R, "TZ202402-041")]
        );
        // A budget chapter after the dossier: "36 200 V", "36 410 XIV".
        assert_eq!(
            spans("(Kamerstuk 36 200 V, nr. 37) en Kamerstuk 36 410 XIV, nr. 5"),
            vec![
                (R, "Kamerstuk 36 200 V, nr. 37"),
                (R, "Kamerstuk 36 410 XIV, nr. 5")
            ]
        );
        // The Eerste Kamer numbers some papers by letter; a capitalised word
        // after "nr." is none.
        assert_eq!(
            spans("Kamerstuk 36 671, nr. A; Kamerstuk 36 672, nr. Als bijlage"),
            vec![(R, "Kamerstuk 36 671, nr. A"), (R, "Kamerstuk 36 672")]
        );
        assert_eq!(
            spans("de nota (Kamerstuk 2023Z01234) en een motie van Tweede Kamerlid Jansen"),
            vec![(R, "Kamerstuk 2023Z01234")]
        );
        // The form of the official publications: the session year written out.
        assert_eq!(
            spans(
                "(Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1618) en Kamerstukken II, \
                 vergaderjaar 2023–2024, 36 410, nr. 5"
            ),
            vec![
                (
                    R,
                    "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1618"
                ),
                (R, "Kamerstukken II, vergaderjaar 2023–2024, 36 410, nr. 5")
            ]
        );
        // Counter-example: a session year on its own is a date.
        assert_eq!(
            spans("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel"),
            vec![(EntityType::Date, "2024–2025")]
        );
        // Counter-example: a year and a number are no case number.
        assert_eq!(
            spans("Kamerstuk 2023 Z01234"),
            vec![(EntityType::Date, "2023")]
        );
        // The treaty series is cited like the Staatsblad.
        assert_eq!(
            spans("(Trb. 2021, 88) en Tractatenblad 2019, nr. 7"),
            vec![
                (EntityType::Reference, "Trb. 2021, 88"),
                (EntityType::Reference, "Tractatenblad 2019, nr. 7")
            ]
        );
        // Counter-example: the abbreviation alone, with a year only.
        assert_eq!(
            spans("zie het Trb. van 2021"),
            vec![(EntityType::Date, "2021")]
        );
        // The EU's Official Journal, in its Dutch and English abbreviations.
        assert_eq!(
            spans("(PbEU 2024, L 1689), PB L 119 van 4.5.2016 en OJ L 88."),
            vec![
                (EntityType::Reference, "PbEU 2024, L 1689"),
                (EntityType::Reference, "PB L 119 van 4.5.2016"),
                (EntityType::Reference, "OJ L 88")
            ]
        );
        // Counter-example: a party's or a page's letters before a year.
        assert_eq!(
            spans("de PB 2024 en OJ 12"),
            vec![(EntityType::Date, "2024")]
        );
    }

    #[test]
    fn quoted_names_of_formats_and_plans() {
        assert_eq!(
            spans("in het «Normandië 4»-format en het “Delta”-plan"),
            vec![
                (EntityType::Misc, "Normandië 4"),
                (EntityType::Misc, "Delta")
            ]
        );
    }

    #[test]
    fn urls_are_not_cut_into_entities() {
        let t = "zie https://www.consilium.europa.eu/media/53949/st05591-en22.pdf en 20211216-euco-conclusions-nl.pdf (europa.eu).";
        assert!(spans(t).is_empty(), "{:?}", spans(t));
        assert_eq!(urls(t).len(), 3);
    }

    /// The head of every Kamervragen answer: a session year with an en dash
    /// (three bytes) used to be sliced inside the dash.
    #[test]
    fn session_years_with_an_en_dash_are_not_dates() {
        let t = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\nAanhangsel van de Handelingen";
        assert_eq!(spans(t), vec![(EntityType::Date, "2023–2024")]);
        // Counter-examples: numbers that are no span of years.
        assert!(spans("nr. 2023-2024, code 2030-2020 en 2024-2025/3").is_empty());
        assert_eq!(
            spans("Vergaderjaar 2023–"),
            vec![(EntityType::Date, "2023")]
        );
        assert_eq!(
            spans("in 2023– en in 2024—daarna"),
            vec![(EntityType::Date, "2023"), (EntityType::Date, "2024")]
        );
    }
}
