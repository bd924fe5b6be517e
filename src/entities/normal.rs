//! Normal forms of dates, amounts and references, so that "26 januari jl."
//! in a letter of February 2022 and "26 januari 2022" in an article are one
//! entity, and "EUR 31 mln." and "31 miljoen euro" are one amount.

use super::fold::fold;
use super::rules::MONTHS;
use crate::document::DocDate;

/// A date as precise as the text says, in ISO form ("2022-01-26", "2021-12",
/// "2014"); the year of "jl." and "a.s." comes from the document's date.
/// `None` when there is nothing to anchor it to (a bare month).
pub fn date(text: &str, doc_date: Option<DocDate>) -> Option<String> {
    let lower = fold(text);
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(iso) = iso(&lower) {
        return Some(iso);
    }
    let month = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|m| m == w))
        .map(|m| m as u8 + 1);
    let year: Option<u16> = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|w| w.parse().ok());
    // The last day of "16 en 17 februari" is the day of a range's end; the first is its start.
    let day: Option<u8> = words
        .iter()
        .take_while(|w| month.is_none() || !MONTHS.contains(w))
        .find_map(|w| w.parse().ok())
        .filter(|d| (1..=31).contains(d));
    let past = words
        .iter()
        .any(|w| matches!(*w, "jl." | "j.l." | "jongstleden"));
    let coming = words.iter().any(|w| matches!(*w, "a.s." | "aanstaande"));
    let year = match (year, month, doc_date) {
        (Some(y), _, _) => Some(y),
        (None, Some(m), Some(d)) if past || coming => {
            let dm = d.month.unwrap_or(if past { 12 } else { 1 });
            Some(match (past, m > dm, m < dm) {
                (true, true, _) => d.year - 1,
                (false, _, true) => d.year + 1,
                _ => d.year,
            })
        }
        // "de aanval van 14 januari" in a letter of February 2022: a day
        // without a year is the one nearest the document's date.
        (None, Some(m), Some(d)) if day.is_some() && d.month.is_some() => {
            let at = |y: u16| i32::from(y) * 12 + i32::from(m);
            let doc = i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(1));
            [d.year.saturating_sub(1), d.year, d.year + 1]
                .into_iter()
                .min_by_key(|y| (at(*y) - doc).abs())
        }
        _ => None,
    }?;
    Some(
        DocDate {
            year,
            month,
            day: month.and(day),
        }
        .to_string(),
    )
}

fn iso(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if s.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        return Some(s.to_string());
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() == 3
        && parts[2].len() == 4
        && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()))
    {
        let d: u8 = parts[0].parse().ok()?;
        let m: u8 = parts[1].parse().ok()?;
        return Some(format!("{}-{m:02}-{d:02}", parts[2]));
    }
    None
}

/// "EUR 31 mln." → "EUR 31000000"; "300 miljoen euro" → "EUR 300000000".
pub fn money(text: &str) -> String {
    let lower = text.to_lowercase();
    let currency = if let Some(code) = super::currencies::of_prefix(text) {
        code.to_string()
    } else if lower.contains("eur") || lower.contains('€') {
        "EUR".to_string()
    } else if lower.contains("dollar") || lower.contains('$') || lower.contains("usd") {
        "USD".to_string()
    } else if lower.contains("pond") || lower.contains('£') || lower.contains("gbp") {
        "GBP".to_string()
    } else {
        lower.split_whitespace().last().unwrap_or("").to_uppercase()
    };
    let number: String = lower
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let number = number.trim_end_matches(['.', ',']);
    // Dutch: "." groups thousands, "," marks decimals.
    let value: f64 = number
        .replace('.', "")
        .replace(',', ".")
        .parse()
        .unwrap_or(0.0);
    let factor = if lower.contains("mrd") || lower.contains("miljard") || lower.contains("mld") {
        1e9
    } else if lower.contains("mln") || lower.contains("miljoen") {
        1e6
    } else if lower.contains("bln") || lower.contains("biljoen") {
        1e12
    } else if lower.contains("duizend") {
        1e3
    } else {
        1.0
    };
    format!("{currency} {}", (value * factor).round() as u64)
}

/// A reference without its spacing and punctuation: "Kamerstuk 21 501-08, nr. 235"
/// and "Kamerstuk 21501-08 nr. 235" meet.
pub fn reference(text: &str) -> String {
    fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '/' || *c == '-')
        .map(|c| if c == '–' { '-' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_resolve_against_the_document() {
        let feb = Some(DocDate {
            year: 2022,
            month: Some(2),
            day: Some(3),
        });
        assert_eq!(date("26 januari jl.", feb).unwrap(), "2022-01-26");
        assert_eq!(date("december jl.", feb).unwrap(), "2021-12");
        assert_eq!(date("16 en 17 februari a.s.", feb).unwrap(), "2022-02-16");
        assert_eq!(date("17 december 2021", None).unwrap(), "2021-12-17");
        assert_eq!(date("2014", None).unwrap(), "2014");
        assert_eq!(date("februari", None), None);
        assert_eq!(date("14 januari", feb).unwrap(), "2022-01-14");
        assert_eq!(date("28 december", feb).unwrap(), "2021-12-28");
        assert_eq!(date("03-02-2022", None).unwrap(), "2022-02-03");
    }

    #[test]
    fn amounts_and_references_meet() {
        assert_eq!(money("EUR 31 mln."), money("31 miljoen euro"));
        assert_eq!(money("EUR 1,2 mrd."), "EUR 1200000000");
        assert_eq!(
            reference("Kamerstuk 21 501-08, nr. 235"),
            reference("Kamerstuk 21501-08 nr. 235")
        );
    }
}
