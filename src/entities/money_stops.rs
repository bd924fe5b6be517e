//! A full stop after an abbreviated multiplier ("mrd.", "mln.") is the
//! abbreviation's in a text that writes it with one, and the sentence's in
//! a text that writes the abbreviation bare ("€2,3 mrd, inclusief schulden
//! bijna €2,9 mrd." — the style of financial papers): there the amount ends
//! before the stop.

use super::kind::EntityType;
use super::rules::RuleMatch;

const ABBREVIATIONS: &[&str] = &["mln", "mrd", "mld", "bln"];

/// Takes the sentence's full stop off the amounts in `found` when the text
/// writes an abbreviated multiplier without a stop elsewhere.
pub(super) fn leave_sentence_stops(text: &str, found: &mut [RuleMatch]) {
    let is_money = |m: &RuleMatch| m.ty == EntityType::Money;
    let bare = found.iter().filter(|m| is_money(m)).any(|m| {
        let s = &text[m.range.clone()];
        ABBREVIATIONS.iter().any(|a| s.ends_with(a))
            && !text[m.range.end..].starts_with(|c: char| c.is_alphanumeric() || c == '.')
    });
    if !bare {
        return;
    }
    for m in found.iter_mut().filter(|m| m.ty == EntityType::Money) {
        let s = &text[m.range.clone()];
        let Some(stem) = s.strip_suffix('.') else {
            continue;
        };
        if !ABBREVIATIONS.iter().any(|a| stem.ends_with(a)) {
            continue;
        }
        if ends_sentence(&text[m.range.end..]) {
            m.range.end -= 1;
        }
    }
}

/// Whether the text after a full stop starts a new sentence: the end of the
/// line or text, or a space and a capital, digit or opening quote.
fn ends_sentence(after: &str) -> bool {
    match after.strip_prefix([' ', '\u{a0}']) {
        None => after.is_empty() || after.starts_with('\n'),
        Some(rest) => rest
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "‘“'\"(".contains(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(text: &str) -> Vec<&str> {
        let mut found = super::super::rules::find(text, &[]);
        leave_sentence_stops(text, &mut found);
        found
            .iter()
            .filter(|m| m.ty == EntityType::Money)
            .map(|m| &text[m.range.clone()])
            .collect()
    }

    #[test]
    fn a_bare_style_leaves_the_stop_to_the_sentence() {
        assert_eq!(
            money(
                "Het bedrijf is €2,3 mrd waard, met schulden bijna €2,9 mrd. Het bod ligt hoger."
            ),
            ["€2,3 mrd", "€2,9 mrd"]
        );
        assert_eq!(
            money(
                "De omzet steeg naar €412 mln, het resultaat was €51,3 mln.\nHet orderboek groeit."
            ),
            ["€412 mln", "€51,3 mln"]
        );
    }

    /// Counter-examples: a text that writes the stop keeps it, at a
    /// sentence's end too; in a bare text a stop before a lower-case word
    /// is still read with the amount.
    #[test]
    fn a_text_with_stops_keeps_them() {
        assert_eq!(
            money("Er is EUR 1,2 mrd. en EUR 31 mln. beschikbaar. Daarvan gaat EUR 5 mln. naar X."),
            ["EUR 1,2 mrd.", "EUR 31 mln.", "EUR 5 mln."]
        );
        assert_eq!(
            money("Het kost €3 mrd en €2 mln. per jaar, of €4 mrd. Dat is veel."),
            ["€3 mrd", "€2 mln.", "€4 mrd"]
        );
    }
}
