//! Currencies written before an amount: ISO 4217 codes ("SRD 38,12", "ANG
//! 85 miljoen") and the local abbreviations of the Kingdom's guilders and
//! of dollars ("NAf 380 miljoen", "Cg 95 miljoen", "Afl. 38 miljoen", "NT$ 231
//! miljard"). A
//! code alone ("de koers van de SRD") names a currency, not a body.

/// ISO 4217 codes that Dutch and Flemish texts write before amounts.
pub const CODES: &[&str] = &[
    "EUR", "USD", "GBP", "JPY", "CHF", "CNY", "SEK", "NOK", "DKK", "PLN", "BRL", "INR", "AUD",
    "CAD", "ANG", "AWG", "SRD", "XCG", "TRY", "RUB", "UAH", "HKD", "SGD", "NZD", "ZAR", "MXN",
    "KRW", "HUF", "CZK", "RON", "BGN", "ISK", "TWD", "IDR", "THB", "ILS", "AED", "SAR", "QAR",
    "EGP", "NGN", "KES", "MAD", "ARS", "CLP", "COP", "RMB",
];

/// The regex alternatives for a currency before an amount: the codes, the
/// guilders' abbreviations (with or without a full stop) and the signs.
pub fn prefix_pattern() -> String {
    let codes = CODES.join("|");
    // Letters start at a word's start ("MANG 5" holds no code) and a space
    // follows them ("COP30" is a climate summit); signs anywhere.
    // ("Afl. 38 miljoen": Aruba's florin, with its stop only; "afl. 3" is
    // a programme's episode.)
    format!(
        r"(?-u:\b)(?:(?:{codes}|(?:NAf|Naf|naf)\.?|Afl\.|Cg)(?:\s)|NT\$|HK\$|US\$|R\$)|€|\$|£|¥"
    )
}

/// The currency of an amount whose currency is written first ("NAf 380
/// miljoen" → "ANG", "SRD 38,12" → "SRD"), or None.
pub fn of_prefix(amount: &str) -> Option<&'static str> {
    let first = amount
        .split(|c: char| c.is_whitespace() || c.is_ascii_digit())
        .next()?;
    let first = first.trim_end_matches('.');
    if let Some(code) = CODES.iter().find(|c| **c == first) {
        return Some(code);
    }
    match first {
        "NAf" | "Naf" | "naf" => Some("ANG"),
        "Cg" => Some("XCG"),
        "Afl" => Some("AWG"),
        "NT$" => Some("TWD"),
        "HK$" => Some("HKD"),
        "R$" => Some("BRL"),
        _ => None,
    }
}

/// Whether `word` is a currency's code.
pub fn is_code(word: &str) -> bool {
    CODES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_capitals() {
        assert!(
            CODES
                .iter()
                .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
        );
        assert!(is_code("SRD"));
        assert!(!is_code("SP"));
        assert!(!is_code("NAVO"));
        assert_eq!(of_prefix("NAf 380 miljoen"), Some("ANG"));
        assert_eq!(of_prefix("naf. 610 miljoen"), Some("ANG"));
        assert_eq!(of_prefix("Afl. 38 miljoen"), Some("AWG"));
        assert_eq!(of_prefix("DKK 1,2 miljard"), Some("DKK"));
        assert_eq!(of_prefix("R$ 12 miljard"), Some("BRL"));
        assert_eq!(of_prefix("€ 5"), None);
    }
}
