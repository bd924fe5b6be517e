//! A news page's publication date, read from the stamp a site prints by its
//! headline: "Gepubliceerd op 21 januari 2027 · 10:05", "Za 5 december 2026,
//! 22:14", "Geplaatst: di 3 februari 2026 | 14:12", "Bijgewerkt vr 13 nov
//! 2026 09:12", "18-11-2026, 06:12", "Door Sanne Visser · 2026-11-18 06:12".
//!
//! A stamp is a short line, or a part of one between separators ("|", "·",
//! "•", "–"), that is a date and nothing else but labels before it
//! ("Gepubliceerd", "Geplaatst op", a weekday) and a time after it ("10:05",
//! "om 3.25 uur"). A sentence that holds a date ("Op 3 februari 2026 stopt
//! de pont.") is no stamp. The first stamp that is not an update
//! ("Bijgewerkt", "Laatst gewijzigd", "Update") dates the page; an update's
//! date only where the page has no other.

use crate::document::DocDate;
use crate::document::date::month_number;

/// A date read from a stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: DocDate,
    /// Labelled as an update ("Bijgewerkt op …"), not as the publication.
    pub update: bool,
    /// A time of day stands with the date ("10:05", "3.25 uur").
    pub clock: bool,
    /// A byline or a reading time stands beside it in the line ("Door …",
    /// "Leestijd 6 min.").
    pub web: bool,
}

/// The longest line read as a stamp, in bytes.
const LONGEST: usize = 160;

/// Words that may stand before a stamp's date, in lower case, without a
/// closing ":" or ",". ("Datum" is a letter's label, not a site's.)
const LABELS: &[&str] = &[
    "gepubliceerd",
    "publicatie",
    "publicatiedatum",
    "geplaatst",
    "gepost",
    "verschenen",
    "op",
    "om",
    "published",
    "posted",
    "on",
];

/// A site's label of the kind of item a page is, standing alone in a part
/// of the stamp's line ("Nieuwsbericht | 14-10-2026", as government and
/// municipal sites print it).
const ITEM_LABELS: &[&str] = &[
    "nieuwsbericht",
    "persbericht",
    "nieuws",
    "artikel",
    "blog",
    "column",
    "opinie",
    "interview",
    "achtergrond",
    "recensie",
];

/// Labels of an update.
const UPDATE_LABELS: &[&str] = &[
    "bijgewerkt",
    "gewijzigd",
    "laatst",
    "laatste",
    "update",
    "updated",
    "aangepast",
    "geüpdatet",
    "geactualiseerd",
    "bywurke",
];

/// Weekdays, whole and short, in lower case (and in Frisian, as Frisian
/// sites print them).
const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "moandei",
    "tiisdei",
    "woansdei",
    "tongersdei",
    "freed",
    "sneon",
    "snein",
];

/// Frisian month names that are not Dutch ones.
const FRISIAN_MONTHS: &[(&str, u8)] = &[
    ("jannewaris", 1),
    ("febrewaris", 2),
    ("maaie", 5),
    ("juny", 6),
    ("july", 7),
    ("septimber", 9),
    ("novimber", 11),
    ("desimber", 12),
];

/// Separators between a stamp's parts.
const SEPARATORS: &[char] = &['|', '·', '•', '–', '—'];

/// The stamp in `line`, if it has one.
pub fn stamp(line: &str) -> Option<Stamp> {
    let line = line.trim();
    if line.len() > LONGEST {
        return None;
    }
    let parts: Vec<&str> = line.split(SEPARATORS).collect();
    let (at, mut found) = parts
        .iter()
        .enumerate()
        .find_map(|(i, p)| stamp_part(p).map(|s| (i, s)))?;
    // ("Door Samira Ouali | 3 december 2026 | Leestijd 6 min.": a byline
    // or a reading time beside it.)
    // ("Nieuwsbericht | 14-10-2026": a site's label of its item.)
    found.web = parts.iter().any(|p| {
        let p = p.trim();
        p.starts_with("Door ")
            || p.starts_with("Leestijd")
            || ITEM_LABELS.contains(&p.to_lowercase().as_str())
    });
    // ("Vrijdag 12 februari 2027 | 23:14": the time in a part of its own.)
    found.clock |= parts.get(at + 1).is_some_and(|p| {
        let mut words = p.split_whitespace().peekable();
        words.peek().is_some() && words.all(|w| is_clock(w) || w == "uur")
    });
    Some(found)
}

/// The publication date of the stamps in `lines` (in order): the first that
/// is no update, else the first update.
pub fn page_date<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<DocDate> {
    let mut update = None;
    for l in lines {
        match stamp(l) {
            Some(s) if !s.update => return Some(s.date),
            Some(s) => update = update.or(Some(s.date)),
            None => {}
        }
    }
    update
}

/// One part of a line: labels, a date, a time.
fn stamp_part(part: &str) -> Option<Stamp> {
    let words: Vec<&str> = part.split_whitespace().collect();
    let mut update = false;
    let mut at = 0;
    while at < words.len() {
        let w = words[at].trim_end_matches([':', ',']).to_lowercase();
        if UPDATE_LABELS.contains(&w.as_str()) {
            update = true;
        } else if !(LABELS.contains(&w.as_str()) || WEEKDAYS.contains(&w.as_str())) {
            break;
        }
        at += 1;
    }
    let (date, used) = date_at(&words[at..])?;
    let rest = &words[at + used..];
    let mut clock = false;
    for w in rest {
        let w = w.trim_end_matches([',', '.', ')']).trim_start_matches('(');
        if is_clock(w) {
            clock = true;
        } else if UPDATE_LABELS.contains(&w.trim_end_matches(':').to_lowercase().as_str()) {
            // ("14-04-2026, 18:47 Laatste update: 15-04-2026, 07:05": an
            // update's stamp follows.)
            break;
        } else if !(matches!(w, "om" | "uur" | "u" | "h" | "CET" | "CEST")
            || w.chars().all(|c| !c.is_alphanumeric()))
        {
            return None;
        }
    }
    Some(Stamp {
        date,
        update,
        clock,
        web: false,
    })
}

/// A date at the start of `words` and how many words it takes: "21 januari
/// 2027", "13 nov. 2026", "21-01-2027", "21/01/2027", "2027-01-21" (also
/// "2027-01-21T10:05").
fn date_at(words: &[&str]) -> Option<(DocDate, usize)> {
    let first = words.first()?.trim_end_matches(',');
    if let Some(d) = numeric(first) {
        return Some((d, 1));
    }
    let day: u8 = first
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d) && first.len() <= 2)?;
    let month_word = words.get(1)?.trim_end_matches([',', '.']).to_lowercase();
    let month = month_number(&month_word).or_else(|| {
        FRISIAN_MONTHS
            .iter()
            .find(|(s, _)| *s == month_word)
            .map(|&(_, m)| m)
    })?;
    let year = year(words.get(2)?.trim_end_matches([',', '.']))?;
    Some((
        DocDate {
            year,
            month: Some(month),
            day: Some(day),
        },
        3,
    ))
}

/// "21-01-2027", "21/01/2027", "21.01.2027" or an ISO date "2027-01-21"
/// (with a time after a "T").
fn numeric(w: &str) -> Option<DocDate> {
    let w = w.split('T').next()?;
    let parts: Vec<&str> = w.split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let num = |s: &str| -> Option<u16> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (day, month, year) = if a.len() == 4 {
        (num(c)?, num(b)?, self::year(a)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (num(a)?, num(b)?, self::year(c)?)
    } else {
        return None;
    };
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(DocDate {
        year,
        month: Some(month as u8),
        day: Some(day as u8),
    })
}

/// A year of four digits, 1900–2099, or two after an apostrophe ("'26":
/// 2026).
fn year(w: &str) -> Option<u16> {
    if let Some(short) = w.strip_prefix(['\'', '’']) {
        return (short.len() == 2 && short.bytes().all(|b| b.is_ascii_digit()))
            .then(|| short.parse::<u16>().ok().map(|y| 2000 + y))
            .flatten();
    }
    (w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .then(|| w.parse().ok())
        .flatten()
}

/// A time of day: "10:05", "3.25", "22u14".
fn is_clock(w: &str) -> bool {
    let Some(sep) = w.find([':', '.', 'u', 'h']) else {
        return false;
    };
    let (h, m) = (&w[..sep], &w[sep + 1..]);
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(line: &str) -> Option<String> {
        stamp(line).map(|s| s.date.to_string())
    }

    #[test]
    fn stamps_give_their_dates() {
        for (line, want) in [
            ("Gepubliceerd op 21 januari 2027 · 10:05", "2027-01-21"),
            ("Za 5 december 2026, 22:14", "2026-12-05"),
            ("Geplaatst: di 3 februari 2026 | 14:12", "2026-02-03"),
            ("Bijgewerkt vr 13 nov 2026 09:12", "2026-11-13"),
            ("vrijdag 11 december 2026 om 3.25 uur", "2026-12-11"),
            ("18-11-2026, 06:12", "2026-11-18"),
            ("Door Sanne Visser · 2026-11-18T06:12", "2026-11-18"),
            ("3 mrt. 2027", "2027-03-03"),
            ("03/12/2026 - 09:15", "2026-12-03"),
            ("wo 18 nov '26, 17:05 · Bijgewerkt 19-11-2026", "2026-11-18"),
            (
                "14-04-2026, 18:47 Laatste update: 15-04-2026, 07:05",
                "2026-04-14",
            ),
            (
                "Tongersdei 12 novimber 2026, 07:15 · Bywurke 12-11-2026",
                "2026-11-12",
            ),
            (
                "Door Samira Ouali | 3 december 2026 | Leestijd 6 min.",
                "2026-12-03",
            ),
            (
                "Vrijdag 12 februari 2027 | 23:14 | Laatst gewijzigd: 13-02-2027 09:02",
                "2027-02-12",
            ),
        ] {
            assert_eq!(date(line).as_deref(), Some(want), "{line}");
        }
        assert!(
            stamp("Bijgewerkt op 21 januari 2027 · 15:30")
                .unwrap()
                .update
        );
        assert!(!stamp("Gepubliceerd op 21 januari 2027").unwrap().update);
        assert!(stamp("Za 5 december 2026, 22:14").unwrap().clock);
        assert!(!stamp("21 januari 2027").unwrap().clock);
        assert!(
            stamp("Gepubliceerd op 21 januari 2027 · 10:05")
                .unwrap()
                .clock
        );
        assert!(!stamp("Nummer 49 · 2 december 2026 · Boeken").unwrap().clock);
        assert!(stamp("Door Samira Ouali | 3 december 2026").unwrap().web);
        assert!(!stamp("Nummer 49 · 2 december 2026 · Boeken").unwrap().web);
    }

    #[test]
    fn sentences_and_other_numbers_are_no_stamps() {
        for line in [
            "Op 3 februari 2026 stopt de pont tussen Urk en Enkhuizen.",
            "De pont vaart sinds 1998 van mei tot en met september.",
            "Datum 21 januari 2027 en verder niets bijzonders",
            "Kamerstuk 32 847, nr. 1318",
            "6 LDODK/Rinsma Modeplein 8 3 5 6 -11",
            "Tel. 0527-123456 | KvK 12345678",
            "Uitslag 25-23 | 19-18",
            "31 februari 2027 is geen datum",
            "3 december 2026 - de dag dat alles anders werd",
        ] {
            assert_eq!(date(line), None, "{line}");
        }
    }

    #[test]
    fn the_publication_goes_before_an_update() {
        let lines = [
            "Door Marloes van Dijk",
            "Bijgewerkt op 22 januari 2027 · 15:30",
            "Gepubliceerd op 21 januari 2027 · 10:05",
        ];
        assert_eq!(page_date(lines).unwrap().to_string(), "2027-01-21");
        assert_eq!(
            page_date(["Laatst gewijzigd: di 3 februari 2026 | 17:40"])
                .unwrap()
                .to_string(),
            "2026-02-03"
        );
        assert_eq!(page_date(["Door Marloes van Dijk"]), None);
    }
}
