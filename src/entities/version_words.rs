//! The words that decide whether a number after a name makes a versioned
//! name ([`super::versioned_names`]): words a number only counts after,
//! words after a model's number, units, the ends of yearly papers, the small
//! words inside a title, and chemical formulas that look like models.

use super::cues::{set, with_lower};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// [`COUNTED`], to look a word up in (every capitalised word before a
/// number is asked about).
static COUNTED_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(COUNTED));

/// Whether `word` (any case) is one of [`COUNTED`]: lowered without
/// allocating when it is ASCII, as `str::to_lowercase` otherwise.
pub(super) fn is_counted(word: &str) -> bool {
    if word.is_ascii() {
        with_lower(word, |w| COUNTED_SET.contains(w))
    } else {
        COUNTED_SET.contains(word.to_lowercase().as_str())
    }
}

/// Words of a document's structure or of counting that a number follows
/// without making a name: "Vraag 4", "Bijlage 2", "Fase 3" (compared in
/// lower case).
const COUNTED: &[&str] = &[
    "vraag",
    "handelingen",
    "kamerstukken",
    "stuk",
    "vragen",
    "antwoord",
    "aanhangsel",
    "bijlagen",
    "leestijd",
    "issn",
    "isbn",
    "iban",
    "bsn",
    "kvk",
    "ecli",
    "postbus",
    "huisnummer",
    "pagina's",
    "pagina",
    "bijlage",
    "artikel",
    "artikelen",
    "hoofdstuk",
    "paragraaf",
    "tabel",
    "figuur",
    "grafiek",
    "fase",
    "stap",
    "box",
    "groep",
    "ronde",
    "punt",
    "lid",
    "sectie",
    "onderdeel",
    "nummer",
    "nr",
    "versie",
    "deel",
    "boek",
    "titel",
    "afdeling",
    "categorie",
    "klasse",
    "niveau",
    "scenario",
    "optie",
    "variant",
    "annex",
    "article",
    "section",
    "chapter",
    "table",
    "figure",
    "level",
    "stage",
    "phase",
    "step",
    "tier",
    "pijler",
    "module",
    "week",
    "dag",
    "jaar",
    "kwartaal",
    "zone",
    "terminal",
    "perron",
    "spoor",
    "lijn",
    "kamerstuk",
    "motie",
    "amendement",
    "stb",
    "stcrt",
    "noot",
    "voetnoot",
    "kader",
    "bladzijde",
    "regel",
    "item",
    "agendapunt",
    "cluster",
    "blok",
    "kavel",
    "perceel",
    "etappe",
    "speeldag",
    "speelronde",
    "seizoen",
    "editie",
    "aflevering",
    "serie",
    "jaargang",
    "uitgave",
    "klas",
    "leerjaar",
    "schaal",
    "trede",
    "code",
    "status",
    "prioriteit",
    "type",
    "model",
    "kabinet",
    "begroting",
    "omzet",
    "winst",
    "nettowinst",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "voorjaar",
    "najaar",
    "pasen",
    "kerst",
    "vanaf",
    "voor",
    "na",
    "tot",
    "sinds",
    "in",
    "per",
    "eind",
    "begin",
    "medio",
    "half",
    "halverwege",
    "uiterlijk",
    "rond",
    "anno",
    "q",
    "kw",
    "bouwjaar",
];

/// Words after a version that belong to a product's name: "Llama 4 Scout",
/// "RTX 5080 Super", "Galaxy S26 Ultra".
pub(super) const SUFFIXES: &[&str] = &[
    "Super", "Ultra", "Pro", "Max", "Mini", "Plus", "Lite", "Ti", "Scout", "Turbo", "XL", "SE",
    "Air", "Maverick", "Edge", "Neo",
];

/// Words a plain number before which is a quantity, not a model (compared
/// in lower case): "Concerta 36 mg".
pub(super) const UNITS: &[&str] = &[
    "mg", "ml", "g", "gram", "kg", "km", "m", "cm", "mm", "gb", "tb", "mb", "%", "procent", "uur",
    "minuten", "min", "jaar", "euro", "miljoen", "miljard", "dollar", "stuks", "personen",
    "mensen", "kinderen", "punten", "keer", "x",
];

/// The ends of a one-word name that a year after it belongs to: a paper, a
/// plan or a law of that year ("Voorjaarsnota 2026", "Kottervisie 2030",
/// "Mediawet 2008"), not an event's edition ("Boekenweek 2026").
pub(super) const YEARLY_HEADS: &[&str] = &[
    "-nota",
    "-visie",
    "-plan",
    "-agenda",
    "-programma",
    "-rapport",
    "-rapportage",
    "-verslag",
    "-wet",
    "-akkoord",
    "-strategie",
    "-monitor",
    "-kader",
];

/// Lower-case words a title may hold between its capitalised words: "Staat
/// van de Volkshuisvesting 2025".
pub(super) const TITLE_JOINS: &[&str] =
    &["van", "de", "het", "der", "voor", "en", "of", "the", "for"];

/// Chemical formulas, which have the shape of a model ("Mton CO2").
pub(super) const FORMULAS: &[&str] = &[
    "CO2", "NO2", "SO2", "CH4", "N2O", "NH3", "H2", "O2", "O3", "N2", "PM10", "PM2", "H2O", "NOx",
    "CO2e", "CO2-eq",
];

#[cfg(test)]
mod tests {
    use super::{COUNTED, is_counted};

    proptest::proptest! {
        /// The set and the lowering without allocating answer as the list
        /// and `to_lowercase` do.
        #[test]
        fn counted_as_in_the_list(w in "(Vraag|BIJLAGE|fase|Ǆ|İ|É|é|ß|e|x|-|'){0,4}") {
            let by_list = COUNTED.contains(&w.to_lowercase().as_str());
            proptest::prop_assert_eq!(is_counted(&w), by_list);
        }
    }

    #[test]
    fn every_counted_word_is_counted_in_any_case() {
        for w in COUNTED {
            assert!(is_counted(w) && is_counted(&w.to_uppercase()), "{w}");
        }
    }
}
