//! Sports results: "1 Femke ter Laak NED 1.54,08 60" (a table's row) and
//! "1. Stolz (USA) 1.07,12; 2. Van der Meulen (NED) 1.07,45" (a results
//! line). A place in the ranking, a name, an Olympic country code and a
//! result: the code is the rider's country (a place), the name a person.
//! One such entry is no evidence ("Tabel 2 Kosten PER 2025"): a part of a
//! document needs two at least.

use super::detector::name_link;
use super::gazetteer::is_particle;
use super::kind::EntityType;
use super::{Found, add_finds, drop_finds};
use std::ops::Range;

/// The Olympic (IOC) country codes.
const COUNTRY_CODES: &[&str] = &[
    "AFG", "ALB", "ALG", "AND", "ANG", "ANT", "ARG", "ARM", "ARU", "AUS", "AUT", "AZE", "BAH",
    "BAN", "BAR", "BDI", "BEL", "BEN", "BER", "BHU", "BIH", "BIZ", "BLR", "BOL", "BOT", "BRA",
    "BRN", "BRU", "BUL", "BUR", "CAF", "CAM", "CAN", "CAY", "CGO", "CHA", "CHI", "CHN", "CIV",
    "CMR", "COD", "COK", "COL", "COM", "CPV", "CRC", "CRO", "CUB", "CYP", "CZE", "DEN", "DJI",
    "DMA", "DOM", "ECU", "EGY", "ERI", "ESA", "ESP", "EST", "ETH", "FIJ", "FIN", "FRA", "FSM",
    "GAB", "GAM", "GBR", "GBS", "GEO", "GEQ", "GER", "GHA", "GRE", "GRN", "GUA", "GUI", "GUM",
    "GUY", "HAI", "HKG", "HON", "HUN", "INA", "IND", "IRI", "IRL", "IRQ", "ISL", "ISR", "ISV",
    "ITA", "IVB", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KIR", "KOR", "KOS", "KSA", "KUW",
    "LAO", "LAT", "LBA", "LBN", "LBR", "LCA", "LES", "LIE", "LTU", "LUX", "MAD", "MAR", "MAS",
    "MAW", "MDA", "MDV", "MEX", "MGL", "MHL", "MKD", "MLI", "MLT", "MNE", "MON", "MOZ", "MRI",
    "MTN", "MYA", "NAM", "NCA", "NED", "NEP", "NGR", "NIG", "NOR", "NRU", "NZL", "OMA", "PAK",
    "PAN", "PAR", "PER", "PHI", "PLE", "PLW", "PNG", "POL", "POR", "PRK", "PUR", "QAT", "ROU",
    "RSA", "RUS", "RWA", "SAM", "SEN", "SEY", "SGP", "SKN", "SLE", "SLO", "SMR", "SOL", "SOM",
    "SRB", "SRI", "SSD", "STP", "SUD", "SUI", "SUR", "SVK", "SWE", "SWZ", "SYR", "TAN", "TGA",
    "THA", "TJK", "TKM", "TLS", "TOG", "TPE", "TTO", "TUN", "TUR", "TUV", "UAE", "UGA", "UKR",
    "URU", "USA", "UZB", "VAN", "VEN", "VIE", "VIN", "YEM", "ZAM", "ZIM",
];

/// Where the words of exactly three capitals ("NED", "USA") start in
/// `text`: no ASCII letter, digit or underscore right before or after
/// (as the pattern `(?-u:\b)[A-Z]{3}(?-u:\b)`, held to it by a test). Read
/// by hand: a regular expression's word boundaries cost every byte of a
/// long letter a slow step, where this looks at a capital's neighbours only.
fn three_capital_words(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !b[i].is_ascii_uppercase() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_uppercase() {
                i += 1;
            }
            let free_before = start == 0 || !is_word(b[start - 1]);
            let free_after = i == b.len() || !is_word(b[i]);
            if i - start == 3 && free_before && free_after {
                return Some(start);
            }
            // (A word's capitals glued to letters or digits: past them.)
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
        }
        None
    })
}

/// The most words a rider's name has.
const MOST_NAME_WORDS: usize = 5;

/// One entry of a ranking: the name's and the code's ranges.
struct Entry {
    name: Range<usize>,
    code: Range<usize>,
}

/// Adds the people and countries of the rankings in `within`, replacing
/// what `found` (sorted by start) held inside them.
pub(super) fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    // Only the lines holding a word of three capitals that is a code are
    // read (one search over the text; most lines hold none).
    let mut entries = Vec::new();
    let mut last_line = usize::MAX;
    for start in three_capital_words(&text[within.clone()]) {
        let at = within.start + start;
        if !is_code(&text[at..at + 3]) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[within.start..at])
            .map_or(within.start, |i| within.start + i + 1);
        if line_start == last_line {
            continue;
        }
        last_line = line_start;
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..within.end])
            .map_or(within.end, |i| at + i + 1);
        entries.extend(line_entries(&text[line_start..line_end], line_start));
    }
    if entries.len() < 2 {
        return;
    }
    let mut gone = Vec::new();
    let mut added = Vec::new();
    for e in entries {
        let whole = e.name.start..e.code.end;
        let from = found.partition_point(|f| f.range.end <= whole.start);
        let inside: Vec<usize> = (from..found.len())
            .take_while(|&i| found[i].range.start < whole.end)
            .collect();
        // A mention reaching out of the entry: leave the entry as found.
        if inside
            .iter()
            .any(|&i| found[i].range.start < whole.start || found[i].range.end > whole.end)
        {
            continue;
        }
        let same_person = inside
            .iter()
            .find(|&&i| found[i].range == e.name && found[i].ty == EntityType::Person);
        for &i in &inside {
            if Some(&i) != same_person {
                gone.push(i);
            }
        }
        if same_person.is_none() {
            added.push(Found {
                link: name_link(&text[e.name.clone()]),
                range: e.name,
                ty: EntityType::Person,
            });
        }
        added.push(Found {
            link: name_link(&text[e.code.clone()]),
            range: e.code,
            ty: EntityType::Location,
        });
    }
    drop_finds(found, gone);
    add_finds(found, added);
}

/// The records a result may set, written after it: world, Olympic,
/// European, national, track and personal records, personal and season
/// bests.
const RECORD_CODES: &[&str] = &["WR", "OR", "ER", "NR", "BR", "PR", "PB", "SB", "CR"];

/// "Jutta Leerdam (NED) 36,49 BR", "37,02 NR": drops the mentions of
/// `found` that are a record's code right after a result (a number and a
/// space). Not the same capitals elsewhere ("de NR", "PR-bureau").
pub(super) fn drop_record_codes(text: &str, found: &mut Vec<Found>) {
    found.retain(|f| {
        let code = &text[f.range.clone()];
        let after_result = text[..f.range.start]
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        let ends = text[f.range.end..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, ')' | ',' | ';'));
        !(is_record_code(code) && after_result && ends)
    });
}

/// Whether `w` is one of the records' codes.
pub(super) fn is_record_code(w: &str) -> bool {
    RECORD_CODES.contains(&w)
}

fn is_code(w: &str) -> bool {
    w.len() == 3 && COUNTRY_CODES.binary_search(&w).is_ok()
}

/// The entries of one line starting at `offset` of the text.
fn line_entries(line: &str, offset: usize) -> Vec<Entry> {
    let words: Vec<(usize, &str)> = line
        .split([' ', '\t'])
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w.trim_end_matches('\n')))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut entries = Vec::new();
    for (k, &(at, word)) in words.iter().enumerate() {
        let bracketed = word.starts_with('(');
        let code = if bracketed {
            let Some(inner) = word
                .strip_prefix('(')
                .map(|w| w.trim_end_matches([';', ',']))
                .and_then(|w| w.strip_suffix(')'))
            else {
                continue;
            };
            inner
        } else {
            word
        };
        if !is_code(code) {
            continue;
        }
        // A result after it (a time, points, "+0.19", "z.t."), or, in
        // brackets, a list going on or the line's end.
        let next = words.get(k + 1).map(|w| w.1);
        let result_after = next.is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit() || c == '+') || n == "z.t."
        });
        let goes_on = word.ends_with([';', ',']) || next.is_none() || next == Some("en");
        if !(result_after || (bracketed && goes_on)) {
            continue;
        }
        let Some(name_from) = name_start(&words[..k], bracketed) else {
            continue;
        };
        let code_start = offset + at + usize::from(bracketed);
        let name_end = offset + words[k - 1].0 + words[k - 1].1.len();
        entries.push(Entry {
            name: offset + words[name_from].0..name_end,
            code: code_start..code_start + 3,
        });
    }
    entries
}

/// The first word of the name that ends `before` (the words before a
/// code): capitalised words and particles after a place in the ranking
/// ("3", "3.") or, in a results line, after "en".
fn name_start(before: &[(usize, &str)], bracketed: bool) -> Option<usize> {
    let mut i = before.len();
    while i > 0 && before.len() - i < MOST_NAME_WORDS {
        let w = before[i - 1].1;
        if is_name_word(w) || (i < before.len() && is_particle(w)) {
            i -= 1;
        } else {
            break;
        }
    }
    if i == before.len() || !before[i].1.starts_with(char::is_uppercase) {
        return None;
    }
    let lead = before.get(i.checked_sub(1)?)?.1;
    let place = lead.trim_end_matches('.');
    let ranked = !place.is_empty() && place.len() <= 3 && place.bytes().all(|b| b.is_ascii_digit());
    (ranked || (bracketed && lead == "en")).then_some(i)
}

/// A capitalised word of letters, hyphens and apostrophes ("Laroche-
/// Tremblay", "Sørli"), or "'t" in a name.
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_records_code_after_a_result_is_no_body() {
        let text = "1. Jutta Leerdam (NED) 36,49 BR\n3. Kaja Ziomek-Nogal (POL) 37,02 NR\n\
                    De NR meldt het; 2 PR-bureaus en 4 WR's.";
        let mut found: Vec<Found> = ["BR", "NR", "De NR", "PR"]
            .iter()
            .map(|s| crate::entities::test_mention(text, s, EntityType::Organisation, false))
            .collect();
        drop_record_codes(text, &mut found);
        let kept: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // Counter-examples: the same capitals after a word, glued to a hyphen.
        assert_eq!(kept, ["De NR", "PR"]);
    }

    proptest::proptest! {
        /// The hand-read words of three capitals are the pattern's.
        #[test]
        fn three_capital_words_are_the_patterns(text in "[A-Ea-c0-9_ É\n.-]{0,40}") {
            let pattern = regex::Regex::new(r"(?-u:\b)[A-Z]{3}(?-u:\b)").unwrap();
            let by_pattern: Vec<usize> = pattern.find_iter(&text).map(|m| m.start()).collect();
            let by_hand: Vec<usize> = three_capital_words(&text).collect();
            proptest::prop_assert_eq!(by_hand, by_pattern);
        }
    }

    fn tagged(text: &str) -> Vec<(EntityType, &str)> {
        let mut found = Vec::new();
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .map(|f| (f.ty, &text[f.range.clone()]))
            .collect()
    }

    #[test]
    fn the_codes_are_sorted() {
        assert!(COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_table_of_riders() {
        let text = "Pos Naam Land Tijd Punten\n1 Femke ter Laak NED 1.54,08 60\n\
                    2 Yui Morishige JPN 1.54,31 54\n3 Sanne van 't Wout NED 1.54,67 48\n";
        use EntityType::{Location as L, Person as P};
        assert_eq!(
            tagged(text),
            [
                (P, "Femke ter Laak"),
                (L, "NED"),
                (P, "Yui Morishige"),
                (L, "JPN"),
                (P, "Sanne van 't Wout"),
                (L, "NED")
            ]
        );
    }

    #[test]
    fn a_results_line() {
        let text = "Vrouwen 1500 m: 1. Ter Laak (NED) 1.54,08; 2. Morishige (JPN) 1.54,31; \
                    3. Van 't Wout (NED) en Kowalczyk (POL) 1.54,67\n";
        let names: Vec<&str> = tagged(text).into_iter().map(|t| t.1).collect();
        assert_eq!(
            names,
            [
                "Ter Laak",
                "NED",
                "Morishige",
                "JPN",
                "Van 't Wout",
                "NED",
                "Kowalczyk",
                "POL"
            ]
        );
    }

    #[test]
    fn one_entry_or_no_ranking_is_no_evidence() {
        // Counter-examples: a lone row; a party in brackets; a code not
        // after a place in a ranking; a dateline.
        assert!(tagged("Tabel 2 Kosten PER 2025\n").is_empty());
        assert!(tagged("Jan de Vries (CDA) 3 keer, Piet Jansen (VVD) 2 keer\n").is_empty());
        assert!(tagged("Het bedrijf Horizon (NED) 12 en Sol (PER) 14\n").is_empty());
        assert!(tagged("DEN HAAG 3 februari\nDEN HAAG 4 februari\n").is_empty());
    }
}
