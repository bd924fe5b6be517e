//! European acts named by their number: "Verordening (EU) 2024/1747",
//! "Richtlijn 2010/75/EU", "Verordening (EU) nr. 1169/2011", "Regulation
//! (EU) 2024/1689", "Uitvoeringsverordening (EU) 2019/2072". Named things
//! (MISC); the rules keep them before the dates, whose years they hold.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A European act by its number (see the module): "Verordening (EU) 2024/1747", "Richtlijn
/// 2010/75/EU", "Verordening (EU) nr. 1169/2011", "Regulation (EU)
/// 2024/1689", "Uitvoeringsverordening (EU) 2019/2072". Named things
/// (MISC); a decision ("Besluit", "Beschikking", "Decision") only with its
/// "(EU)" or "/EU", as a council or a town numbers its decisions too.
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    // (Matched from the head word, so that the regex engine can look for
    // the heads' letters first; what goes before is read by `eu_act_start`.)
    crate::pattern::regex(
        r"(?:[Vv]erordening|[Rr]ichtlijn|[Bb]esluit|[Bb]eschikking|Regulation|Directive|Decision)\s+(?:\((?:EU|EG|EEG|Euratom|EU,\s?Euratom)\)\s+)?(?:(?:nr\.|No\.?|nummer)\s*)?(?:19[5-9][0-9]|20[0-9]{2}|[0-9]{2,4})/[0-9]{1,4}(?:/(?:EU|EG|EEG|Euratom|JBZ))?(?-u:\b)",
    )
});

/// Where an [`EU_ACT`] match starting at `at` begins: at its head word, or
/// at "Gedelegeerde " or "Uitvoerings" before it; `None` when the head is
/// the end of another word.
fn eu_act_start(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    for lead in [
        "Uitvoerings",
        "uitvoerings",
        // "Kaderbesluit 2009/829/JBZ": a framework decision of justice and
        // home affairs.
        "Kader",
        "kader",
        "Gedelegeerde ",
        "gedelegeerde ",
    ] {
        if let Some(head) = before.strip_suffix(lead)
            && !head.ends_with(char::is_alphanumeric)
        {
            return Some(head.len());
        }
    }
    (!before.ends_with(char::is_alphanumeric)).then_some(at)
}

/// Whether an [`EU_ACT`] match is one: a decision must say it is the
/// Union's.
fn eu_act_is_plausible(found: &str) -> bool {
    let head = found.split_whitespace().next().unwrap_or("");
    let decision = ["esluit", "eschikking", "Decision"]
        .iter()
        .any(|d| head.ends_with(d));
    !decision || found.contains("(E") || found.contains("/E") || found.ends_with("/JBZ")
}

/// The European acts in `text`, in order.
pub(super) fn find(text: &str) -> Vec<Range<usize>> {
    EU_ACT
        .find_iter(text)
        .filter(|m| eu_act_is_plausible(m.as_str()))
        .filter_map(|m| Some(eu_act_start(text, m.start())?..m.end()))
        .collect()
}

/// European regulations named by their acronym: "AI-verordening",
/// "eIDAS-verordening", "EU-Dual-use-verordening" — one named thing with
/// its head, as "Chipsverordening" is one word. The Union's own acronym
/// alone names no regulation ("een EU-verordening" is any of them), nor
/// does a word without two capitals ("de Europese-verordening").
pub(super) fn by_acronym(text: &str) -> Vec<Range<usize>> {
    const HEAD: &str = "-verordening";
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), HEAD.as_bytes()) {
        let end = at + HEAD.len();
        // (Not "-verordeningen" or "-verordeningsvoorstel": a compound.)
        if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let before = &text[..at];
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
            .last()
            .map_or(at, |(i, _)| i);
        let name = &text[start..at];
        let first = name.split('-').next().unwrap_or("");
        let capitals = first.chars().filter(char::is_ascii_uppercase).count();
        // "de Uitvoeringswet AI-verordening": the name of a capitalised word
        // before it is that longer one's (an adjective is no name: "de
        // Europese AI-verordening").
        let word_before = text[..start]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .unwrap_or("");
        let in_longer_name = word_before.starts_with(char::is_uppercase)
            && !super::cues::is_adjective_form(word_before)
            && !super::cues::is_never_alone(word_before);
        if capitals >= 2
            && !matches!(name, "EU" | "EG" | "EEG" | "EER")
            && !name.starts_with('-')
            && !in_longer_name
        {
            out.push(start..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::kind::EntityType;
    use super::super::rules::tests::spans;

    #[test]
    fn european_acts_by_number() {
        use EntityType::Misc;
        assert_eq!(
            spans("Met Verordening (EU) 2023/956 en richtlijn 2003/87/EG is dat geregeld."),
            vec![
                (Misc, "Verordening (EU) 2023/956"),
                (Misc, "richtlijn 2003/87/EG")
            ]
        );
        assert_eq!(
            spans("volgens Uitvoeringsverordening (EU) nr. 540/2011 en Regulation (EU) 2022/2065"),
            vec![
                (Misc, "Uitvoeringsverordening (EU) nr. 540/2011"),
                (Misc, "Regulation (EU) 2022/2065")
            ]
        );
        // A decision is the Union's only when it says so.
        assert_eq!(
            spans("Besluit (EU) 2021/1093 van de Raad"),
            vec![(Misc, "Besluit (EU) 2021/1093")]
        );
        // A framework decision of justice and home affairs.
        assert_eq!(
            spans("het Kaderbesluit 2009/829/JBZ over het toezichtsbevel"),
            vec![(Misc, "Kaderbesluit 2009/829/JBZ")]
        );
        // Counter-examples: a council's numbered decision (also a
        // "kaderbesluit" of a town, without /JBZ), a directive
        // without a number, a date after the word.
        assert_eq!(
            spans("het besluit 2019/14 van de gemeenteraad"),
            Vec::<(EntityType, &str)>::new()
        );
        assert_eq!(
            spans("het kaderbesluit 2019/14 van de gemeenteraad"),
            Vec::<(EntityType, &str)>::new()
        );
        assert_eq!(
            spans("De richtlijn is in 2019 herzien."),
            vec![(EntityType::Date, "2019")]
        );
        assert_eq!(
            spans("de verordening 12 maart 2024 vastgesteld"),
            vec![(EntityType::Date, "12 maart 2024")]
        );
    }

    #[test]
    fn european_regulations_by_their_acronym() {
        use EntityType::Misc;
        assert_eq!(
            spans("De AI-verordening, de eIDAS-verordening en de EU-Dual-use-verordening"),
            vec![
                (Misc, "AI-verordening"),
                (Misc, "eIDAS-verordening"),
                (Misc, "EU-Dual-use-verordening")
            ]
        );
        // Counter-examples: any regulation of the Union, a compound after
        // the head, a word without two capitals; and one inside a longer
        // name, which the detector reads whole.
        assert_eq!(
            spans("een EU-verordening, de AI-verordeningsvoorstellen, de Chips-verordening"),
            Vec::<(EntityType, &str)>::new()
        );
        assert_eq!(
            spans("de Uitvoeringswet AI-verordening"),
            Vec::<(EntityType, &str)>::new()
        );
    }
}
