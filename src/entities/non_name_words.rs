//! Capitalised words that name nothing on their own: function words,
//! titles and forms of address at a sentence start ("De", "Minister",
//! "Geachte"), the words of a letterhead and of a postal address, which end
//! the name before them ("Datum", "Postbus"), and adjectives of places and
//! peoples ("Russische").

use super::cues::{set, with_lower};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Capitalised words that are never a name on their own: function words at a
/// sentence start, titles, forms of address.
pub const NEVER_ALONE: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "of",
    "in",
    "op",
    "aan",
    "van",
    "voor",
    "met",
    "bij",
    "uit",
    "naar",
    "over",
    "om",
    "tot",
    "door",
    "als",
    "dat",
    "die",
    "dit",
    "deze",
    "er",
    "ook",
    "maar",
    "want",
    "dus",
    "toch",
    "nog",
    "wel",
    "niet",
    "geen",
    "zo",
    "daar",
    "hier",
    "toen",
    "nu",
    "wat",
    "wie",
    "waar",
    "hoe",
    "ik",
    "je",
    "jij",
    "u",
    "uw",
    "wij",
    "we",
    "zij",
    "ze",
    "hij",
    "zijn",
    "haar",
    "hun",
    "ons",
    "onze",
    "mijn",
    "volgens",
    "tijdens",
    "sinds",
    "na",
    "zoals",
    "omdat",
    "terwijl",
    "wanneer",
    "indien",
    "mocht",
    "dan",
    "verder",
    "daarnaast",
    "tevens",
    "echter",
    "bovendien",
    // Adverbs that open a sentence: "Zelfs Zondag met Lubach deed mee",
    // "Vooral Shell verloor".
    "zelfs",
    "vooral",
    "alleen",
    "juist",
    "slechts",
    "inmiddels",
    "intussen",
    "ondertussen",
    "vervolgens",
    "daarna",
    "eerder",
    "later",
    "helaas",
    "misschien",
    // Pronouns that open a title or a slogan: "Podium voor Iedereen".
    "iedereen",
    "niemand",
    "iets",
    "niets",
    "alles",
    "waarschijnlijk",
    "opnieuw",
    "minister",
    "premier",
    "president",
    "staatssecretaris",
    "voorzitter",
    "kamerlid",
    "koning",
    "koningin",
    "heer",
    "mevrouw",
    "geachte",
    "hoogachtend",
    "bijlage",
    "datum",
    "betreft",
    "kenmerk",
    "pagina",
    "lees",
    "bekijk",
    "meer",
    "foto",
    "video",
    "minister-president",
    "secretaris-generaal",
    "the",
    "of",
    "and",
];

static NEVER_ALONE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(NEVER_ALONE));

pub fn is_never_alone(word: &str) -> bool {
    with_lower(word, |w| NEVER_ALONE_SET.contains(w))
}

/// A news site's labels, written in capitals before an update or a clip.
const NEWS_LABELS: &[&str] = &[
    "LIVE",
    "LIVEBLOG",
    "UPDATE",
    "BREAKING",
    "NIEUW",
    "EXCLUSIEF",
    "UITGELICHT",
    "OPINIE",
    "ANALYSE",
    "COLUMN",
    "INTERVIEW",
    "PREMIUM",
    "VIDEO",
    "FOTO",
    "NIEUWS",
    "RECENSIE",
    "REPORTAGE",
    "ACHTERGROND",
    "LIVESTREAM",
];

/// "LIVE 67' | GOAL", "UPDATE 14.05", "BREAKING:": a label in capitals, no
/// body's acronym. (Only in capitals: "Live Nation" is a name.)
pub fn is_label_in_capitals(word: &str) -> bool {
    NEWS_LABELS.contains(&word)
}

/// Capitalised function words (articles, pronouns, conjunctions, adverbs a
/// sentence starts with) that continue a name only before another capital
/// ("Museum Het Schip"): "in Barneveld Een zwarte rookwolk" is a place and
/// a new sentence whose break an extractor lost. Not "De", "Den", "Van",
/// "Ter": Flemish surnames keep their particles capitalised.
pub fn is_function_capital(word: &str) -> bool {
    matches!(
        word,
        "Een"
            | "Het"
            | "Dit"
            | "Dat"
            | "Deze"
            | "Die"
            | "Hij"
            | "Zij"
            | "Wij"
            | "Ik"
            | "Er"
            | "Maar"
            | "Want"
            | "Dus"
            | "Toen"
            | "Ook"
            | "Daar"
            | "Hier"
            | "Wat"
            | "Wie"
            | "Hoe"
            | "Waarom"
            | "Welke"
            | "Omdat"
            | "Terwijl"
            | "Daarna"
            | "Daarom"
    )
}

/// Words of a letter's head ("Ons kenmerk", "Uw brief", "Datum"): a
/// capital on one starts a new line of the letterhead, never a name's next word.
pub fn is_letter_word(word: &str) -> bool {
    [
        "ons",
        "onze",
        "uw",
        "datum",
        "kenmerk",
        "betreft",
        "bijlage",
        "bijlagen",
        "pagina",
        // A Kamerstuk's masthead: "Tweede Kamer der Staten-Generaal Vergaderjaar 2024–2025".
        "vergaderjaar",
        "aanhangsel",
    ]
    .iter()
    .any(|a| a.eq_ignore_ascii_case(word))
}

/// Words of a postal address, which end any name before them: "Tweede
/// Kamer der Staten-Generaal Postbus 20018".
pub fn is_address_word(word: &str) -> bool {
    [
        "postbus",
        "antwoordnummer",
        "retouradres",
        "bezoekadres",
        "postadres",
    ]
    .iter()
    .any(|a| a.eq_ignore_ascii_case(word))
}

/// "Kleine", "Centrale", "Persoonlijke", "Permanente": a Dutch adjective in
/// its inflected form, by a common word or a derivational ending. Capitalised
/// before a noun with no cue it begins a role, a title or a department
/// ("Persoonlijke Gezant", "Permanente Vertegenwoordiging"), which the rules
/// read by their head words; a place may begin so too ("Grote Markt").
pub fn is_inflected_adjective(word: &str) -> bool {
    let lower = word.to_lowercase();
    const COMMON: &[&str] = &[
        "kleine",
        "grote",
        "nieuwe",
        "oude",
        "hoge",
        "lage",
        "brede",
        "korte",
        "lange",
        "goede",
        "vrije",
        "eerste",
        "tweede",
        "derde",
        "laatste",
        "volgende",
        "algemene",
        "bijzondere",
        "speciale",
        "vaste",
        "hele",
        "halve",
        "diverse",
        "andere",
        "zelfde",
    ];
    const ENDINGS: &[&str] = &[
        "lijke", "ische", "ale", "ele", "aire", "ieve", "ente", "ante", "ige", "bare", "loze",
        "rijke", "matige", "erende",
    ];
    COMMON.contains(&lower.as_str())
        || (lower.chars().count() > 5 && ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// "Russische", "Nederlandse", "Oekraïense", "Europese": adjectives of
/// places and peoples, capitalised in Dutch but not names on their own.
pub fn is_adjective_form(word: &str) -> bool {
    // ("in Europees verband", "een Chinees bedrijf".)
    ["se", "sche", "ische", "ese", "ees"]
        .iter()
        .any(|s| word.ends_with(s))
        && word.chars().count() > 4
}

/// Languages by their Dutch names that no adjective's ending gives away
/// ("Duits", "Frans", "Engels"; "Chinees" and "Portugees" end like one):
/// a word a text about teaching or translation repeats mid-sentence ("het
/// aantal leraren Duits"), no name of a body or a place. ("Frans" and
/// "Engels" are a given name and a surname too: this list is asked only
/// of a word standing alone.)
pub fn is_language(word: &str) -> bool {
    matches!(
        word,
        "Nederlands"
            | "Duits"
            | "Frans"
            | "Engels"
            | "Spaans"
            | "Italiaans"
            | "Pools"
            | "Russisch"
            | "Arabisch"
            | "Turks"
            | "Fries"
            | "Grieks"
            | "Latijn"
            | "Hebreeuws"
            | "Zweeds"
            | "Noors"
            | "Deens"
            | "Fins"
            | "Hongaars"
            | "Tsjechisch"
            | "Roemeens"
            | "Oekraïens"
            | "Papiaments"
            | "Sranantongo"
            | "Japans"
            | "Koreaans"
            | "Vlaams"
            | "Limburgs"
            | "Afrikaans"
            | "Indonesisch"
            | "Perzisch"
            | "Koerdisch"
            | "Somalisch"
            | "Hindi"
            | "Swahili"
    )
}

/// The sections of a news site, capitalised in its menus and in "Ook in
/// Cultuur", "Meer in Economie": common nouns, not places after "in".
pub fn is_news_section(word: &str) -> bool {
    [
        "Binnenland",
        "Buitenland",
        "Politiek",
        "Economie",
        "Cultuur",
        "Media",
        "Sport",
        "Tech",
        "Wetenschap",
        "Opinie",
        "Regio",
        "Muziek",
        "Film",
        "Boeken",
        "Gezondheid",
        "Onderwijs",
        "Klimaat",
        "Achtergrond",
        "Podcasts",
        "Video",
    ]
    .contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_adjectives_by_word_or_ending() {
        for adjective in [
            "Kleine",
            "Grote",
            "Centrale",
            "Persoonlijke",
            "Permanente",
            "Militaire",
        ] {
            assert!(is_inflected_adjective(adjective), "{adjective}");
        }
        // Nouns, names and uninflected forms are not.
        for other in [
            "Zaal",
            "Commando",
            "Groot",
            "Lange-Otten",
            "Tabanan",
            "Wale",
            "Politie",
        ] {
            assert!(!is_inflected_adjective(other), "{other}");
        }
    }
}
