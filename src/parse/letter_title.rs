//! A title for a letter that prints no subject line: who sent it and when,
//! as a reader would name it ("Kamerbrief van de Ministers van BZ en
//! Defensie, 3 februari 2022"). The senders come from the signatories'
//! titles, else from the ministry in the sidebar.

use crate::document::date::DUTCH_MONTHS;
use crate::document::{DocDate, Signatory};

/// The short names ministries go by in the Kamer and in the press.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("Algemene Zaken", "AZ"),
    ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK"),
    ("Buitenlandse Zaken", "BZ"),
    ("Economische Zaken en Klimaat", "EZK"),
    ("Economische Zaken", "EZ"),
    ("Infrastructuur en Waterstaat", "IenW"),
    ("Justitie en Veiligheid", "JenV"),
    ("Landbouw, Natuur en Voedselkwaliteit", "LNV"),
    ("Onderwijs, Cultuur en Wetenschap", "OCW"),
    ("Sociale Zaken en Werkgelegenheid", "SZW"),
    ("Volksgezondheid, Welzijn en Sport", "VWS"),
];

/// "Buitenlandse Zaken" → "BZ"; a portfolio without a short name as printed.
fn short(portfolio: &str) -> &str {
    SHORT_NAMES
        .iter()
        .find(|(long, _)| long.eq_ignore_ascii_case(portfolio))
        .map_or(portfolio, |(_, s)| s)
}

/// A signatory's title split into rank and portfolio: "Minister van
/// Defensie" → ("Minister", "van", "Defensie"); "Minister voor Klimaat en
/// Energie" keeps "voor".
fn office(role: &str) -> Option<(String, &'static str, String)> {
    let role = role.trim().trim_end_matches(',');
    // ASCII lower-casing keeps byte offsets, so a match indexes `role`.
    let lower = role.to_ascii_lowercase();
    for link in [" van ", " voor "] {
        if let Some(at) = lower.find(link) {
            let rank = role[..at].trim();
            let rank = rank
                .strip_prefix("De ")
                .or_else(|| rank.strip_prefix("DE "))
                .or_else(|| rank.strip_prefix("de "))
                .unwrap_or(rank);
            let rank = capitalised(rank);
            if !(rank.starts_with("Minister") || rank.starts_with("Staatssecretaris")) {
                return None;
            }
            let portfolio = role[at + link.len()..].trim();
            let portfolio = if portfolio.chars().any(char::is_lowercase) {
                portfolio.to_string()
            } else {
                title_case(portfolio)
            };
            return Some((rank, link.trim(), portfolio));
        }
    }
    None
}

/// "FINANCIËN" → "Financiën", "VOLKSHUISVESTING EN RUIMTELIJKE ORDENING" →
/// "Volkshuisvesting en Ruimtelijke Ordening".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| match w.to_lowercase().as_str() {
            l @ ("en" | "van" | "voor" | "de") => l.to_string(),
            _ => capitalised(w),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "MINISTER" or "minister" → "Minister".
fn capitalised(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut cs = lower.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// "3 februari 2022", as precise as the date is.
fn dutch(date: &DocDate) -> String {
    let month = date
        .month
        .and_then(|m| DUTCH_MONTHS.get(usize::from(m) - 1));
    match (date.day, month) {
        (Some(d), Some(m)) => format!("{d} {m} {}", date.year),
        (None, Some(m)) => format!("{m} {}", date.year),
        _ => date.year.to_string(),
    }
}

/// The title of a letter without a subject line.
pub fn derived_title(
    signatories: &[Signatory],
    sender: Option<&str>,
    date: Option<&DocDate>,
) -> String {
    let offices: Vec<(String, &str, String)> =
        signatories.iter().filter_map(|s| office(&s.role)).collect();
    let from = if offices.is_empty() {
        sender.map(|m| format!(" van het {m}")).unwrap_or_default()
    } else if offices
        .iter()
        .all(|(r, l, _)| *r == offices[0].0 && *l == offices[0].1)
    {
        // One rank: "de Ministers van BZ en Defensie".
        let (rank, link, _) = &offices[0];
        let plural = if offices.len() > 1 {
            if rank.ends_with("is") { "sen" } else { "s" }
        } else {
            ""
        };
        let names: Vec<&str> = offices.iter().map(|(_, _, p)| short(p)).collect();
        format!(" van de {rank}{plural} {link} {}", join_dutch(&names))
    } else {
        let each: Vec<String> = offices
            .iter()
            .map(|(r, l, p)| format!("de {r} {l} {}", short(p)))
            .collect();
        let each: Vec<&str> = each.iter().map(String::as_str).collect();
        format!(" van {}", join_dutch(&each))
    };
    match date {
        Some(d) => format!("Kamerbrief{from}, {}", dutch(d)),
        None => format!("Kamerbrief{from}"),
    }
}

/// "a", "a en b", "a, b en c".
fn join_dutch(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(role: &str) -> Signatory {
        Signatory {
            name: "X".into(),
            role: role.into(),
            block: 0,
        }
    }

    #[test]
    fn titles_from_senders_and_date() {
        let date = DocDate {
            year: 2022,
            month: Some(2),
            day: Some(3),
        };
        assert_eq!(
            derived_title(
                &[
                    sig("Minister van Buitenlandse Zaken"),
                    sig("Minister van Defensie")
                ],
                None,
                Some(&date)
            ),
            "Kamerbrief van de Ministers van BZ en Defensie, 3 februari 2022"
        );
        assert_eq!(
            derived_title(
                &[sig("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,")],
                None,
                None
            ),
            "Kamerbrief van de Staatssecretaris van IenW"
        );
        assert_eq!(
            derived_title(
                &[
                    sig("Minister voor Klimaat en Energie"),
                    sig("STAATSSECRETARIS VAN FINANCIËN"),
                    sig("Minister van Economische Zaken en Klimaat"),
                ],
                None,
                Some(&DocDate {
                    year: 2023,
                    month: Some(5),
                    day: None
                })
            ),
            "Kamerbrief van de Minister voor Klimaat en Energie, de Staatssecretaris van Financiën en de Minister van EZK, mei 2023"
        );
        // No signatory with an office: the ministry, else only the kind.
        assert_eq!(
            derived_title(&[sig("")], Some("Ministerie van Defensie"), None),
            "Kamerbrief van het Ministerie van Defensie"
        );
        assert_eq!(derived_title(&[], None, None), "Kamerbrief");
    }
}
