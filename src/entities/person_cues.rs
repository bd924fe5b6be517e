//! Words before a name that say it is a person's: titles and roles
//! ("premier", "woordvoerder", "econoom"), compounds that end in a long one
//! ("privacyactivist", "CDA-Kamerlid"), and nouns for a people's member
//! ("de Noor Peder Kongshaug").

use super::cues::{set, with_lower};
use super::head_words::{HeadsByLast, by_last};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Titles and roles that precede a person's name (compared in lower case).
pub const PERSON_CUES: &[&str] = &[
    "premier",
    "minister-president",
    "president",
    "vicepresident",
    "vice-president",
    "minister",
    "ministers",
    "staatssecretaris",
    "secretaris-generaal",
    "sg",
    "kamerlid",
    "kamerleden",
    "europarlementariër",
    "senator",
    "lid",
    "leden",
    "woordvoerder",
    "woordvoerster",
    // ("Kinderombudsvrouw Margrite Kalverboer"; the ombudsman is also the
    // office, a body.)
    "ombudsvrouw",
    "ambassadeur",
    "gezant",
    "korpschef",
    "burgemeester",
    "wethouder",
    "gouverneur",
    "commissaris",
    "eurocommissaris",
    "generaal",
    "luitenant-generaal",
    "commandant",
    "admiraal",
    "kolonel",
    "majoor",
    "kapitein",
    "luitenant",
    "brigadegeneraal",
    "vertegenwoordiger",
    "afgezant",
    "gedeputeerde",
    "activist",
    "journalist",
    "deskundige",
    "contactpersoon",
    "ir",
    "ing",
    "koning",
    "koningin",
    "prins",
    "prinses",
    "paus",
    "kanselier",
    "bondskanselier",
    "heer",
    "mevrouw",
    "dhr",
    "mw",
    "mr",
    "dr",
    "prof",
    "drs",
    "directeur",
    "directeur-generaal",
    "voorzitter",
    "topman",
    "topvrouw",
    "ceo",
    "oud-premier",
    "oud-minister",
    "oud-president",
    "partijleider",
    "fractievoorzitter",
    "lijsttrekker",
    "officier",
    "rechter",
    "hoogleraar",
    "onderzoeker",
    "analist",
    "collega",
    "leider",
    "oppositieleider",
    "dictator",
    "opperbevelhebber",
    "chef",
    "adviseur",
    "hoofdaanklager",
    "aanklager",
    // Professions a name is introduced with: "econoom Jan de Boer".
    "econoom",
    "jurist",
    "advocaat",
    "arts",
    "psycholoog",
    "historicus",
    "politicoloog",
    "socioloog",
    "wetenschapper",
    "lector",
    "docent",
    "ondernemer",
    "dijkgraaf",
    // ("Heemraad Said El Khatib": a water board's members.)
    "heemraad",
    "hoogheemraad",
    // Roles in a club, a street or a village: "penningmeester Annemiek
    // Bakker-Schuitemaker", "buurvrouw Ria".
    "penningmeester",
    // Leaders of a party or a group: "NDP-fractieleider Marlon Vreedzaam".
    "fractieleider",
    "partijleider",
    "oppositieleider",
    "lijsttrekker",
    "buurvrouw",
    "buurman",
    "bewoonster",
    "oprichter",
    "oprichtster",
    "griffier",
    "correspondent",
    "verslaggever",
    "presentator",
    "columnist",
    "redacteur",
    "hoofdredacteur",
    "schrijver",
    "trainer",
    // The arts and sport: "regisseur Shirin Ghasemi-Rad", "middenvelder
    // Anan Khalaili". (Not "producent" nor "uitgever": as often a company.)
    "regisseur",
    "regisseuse",
    "schrijfster",
    "kunstenaar",
    "kunstenares",
    "schilder",
    "fotograaf",
    "choreograaf",
    "choreografe",
    "dirigent",
    "componist",
    "acteur",
    "actrice",
    "zanger",
    "zangeres",
    "muzikant",
    "auteur",
    "dichter",
    "dichteres",
    "cineast",
    "curator",
    "conservator",
    "directrice",
    "coach",
    "bondscoach",
    "aanvoerder",
    "doelman",
    "keeper",
    "middenvelder",
    "verdediger",
    "aanvaller",
    "renner",
    "wielrenner",
    "wielrenster",
    "schaatser",
    "schaatsster",
    "tennisser",
    "tennisster",
    "speler",
    "speelster",
    "scheidsrechter",
    "ploegleider",
    "atleet",
    "zwemmer",
    "zwemster",
    "voetballer",
    "voetbalster",
];

static PERSON_CUE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(PERSON_CUES));

/// Whether a word (any case) is a title before a person's name.
pub fn is_person_cue(word: &str) -> bool {
    with_lower(word, |w| {
        PERSON_CUE_SET.contains(w)
            || (is_compound_person_cue(w)
                && (!capital_after_hyphen(word) || titled_after_hyphen(w)))
            || party_before_title(word, w)
    })
}

/// "SP-leider", "D66-wethouder", "PvdA-raadslid": a party's short name
/// (capitals inside it or a digit) before a title of any length is the
/// title. ("Oud-leider" has no party; "Energie-econoom" is a field.)
/// `w` is `word` lower-cased.
fn party_before_title(word: &str, w: &str) -> bool {
    // (Most words the detector asks about have no hyphen: a look at the
    // bytes before the searches.)
    if !word.bytes().any(|b| b == b'-') {
        return false;
    }
    let (Some((prefix, title)), Some((_, ending))) = (word.rsplit_once('-'), w.rsplit_once('-'))
    else {
        return false;
    };
    let mut chars = prefix.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(|c| c.is_uppercase() || c.is_ascii_digit())
        && prefix.chars().all(|c| c.is_alphanumeric() || c == '-')
        && ending != "generaal"
        && title.starts_with(char::is_lowercase)
        && PERSON_CUE_SET.contains(ending)
}

/// "CDA-Kamerlid", "GroenLinks-PvdA-Kamerlid": a party before a title
/// written with a capital is still the title ("Staten-Generaal" is a name:
/// "generaal" is not taken after a hyphen). `w` is lower-cased.
fn titled_after_hyphen(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, ending)| ending != "generaal" && PERSON_CUE_SET.contains(ending))
}

/// "Staten-Generaal": a capital after the hyphen makes a compound a name.
fn capital_after_hyphen(word: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|part| part.chars().next().is_some_and(char::is_uppercase))
}

/// A compound that ends in a long title: "privacyactivist", "oud-woordvoerder",
/// "klimaatgezant". Short titles ("lid", "heer") do not count as an ending.
fn is_compound_person_cue(w: &str) -> bool {
    // The shortest ending counted has seven letters, and a prefix three more.
    if w.len() < 10 {
        return false;
    }
    // A hyphen joins only a title's own prefixes ("oud-woordvoerder"), not a
    // body ("directoraat-generaal").
    // ("Energie-econoom" is a title with a field before it.)
    if let Some((prefix, ending)) = w.rsplit_once('-')
        && !matches!(
            prefix,
            "oud" | "ex" | "vice" | "adjunct" | "waarnemend" | "co"
        )
        && (ending == "generaal" || !PERSON_CUES.contains(&ending))
    {
        return false;
    }
    // A member of a council or an assembly: "Statenlid", "Assembleelid",
    // "gemeenteraadslid" (a prefix of four letters or more).
    if let Some(prefix) = w.strip_suffix("lid").or_else(|| w.strip_suffix("leden"))
        && prefix.chars().count() >= 4
        && prefix.chars().all(char::is_alphabetic)
    {
        return true;
    }
    let Some(&last) = w.as_bytes().last() else {
        return false;
    };
    // Only the long titles that end in the word's last letter can match.
    LONG_PERSON_CUES_BY_LAST[usize::from(last)].iter().any(|c| {
        w.len() > c.len() + 2
            && w.ends_with(c)
            && w[..w.len() - c.len()]
                .chars()
                .all(|ch| ch.is_alphabetic() || ch == '-')
    })
}

/// The titles of seven letters or more, which a compound may end in.
static LONG_PERSON_CUES_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| {
    let long: Vec<&'static str> = PERSON_CUES
        .iter()
        .copied()
        .filter(|c| c.len() >= 7)
        .collect();
    by_last(&long)
});

/// Nouns for a people's member ("de Noor Peder Kongshaug", "de Nederlander
/// Beau Snellink"): before a name they say it is a person's, as a title does.
const DEMONYM_NOUNS: &[&str] = &[
    "amerikaan",
    "argentijn",
    "australiër",
    "belg",
    "braziliaan",
    "brit",
    "canadees",
    "chinees",
    "colombiaan",
    "deen",
    "duitser",
    "engelsman",
    "est",
    "fin",
    "fransman",
    "hongaar",
    "ier",
    "indiër",
    "iraniër",
    "israëliër",
    "italiaan",
    "japanner",
    "keniaan",
    "let",
    "litouwer",
    "marokkaan",
    "mexicaan",
    "nederlander",
    "nieuw-zeelander",
    "noor",
    "oekraïner",
    "oostenrijker",
    "palestijn",
    "pool",
    "portugees",
    "roemeen",
    "rus",
    "schot",
    "spanjaard",
    "surinamer",
    "syriër",
    "tsjech",
    "turk",
    "zuid-afrikaan",
    "zuid-koreaan",
    "zweed",
    "zwitser",
];

static DEMONYM_NOUN_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(DEMONYM_NOUNS));

/// A noun for a people's member ("Noor", "Nederlander"), any case.
pub fn is_demonym_noun(word: &str) -> bool {
    with_lower(word, |w| DEMONYM_NOUN_SET.contains(w))
}
