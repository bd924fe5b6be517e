//! Word lists the recogniser reads context with. Here: the words before a
//! name that say what it names (people of an organisation, verbs of working
//! and of saying, prepositions of place, kinds of things and of bodies), and
//! the lower-casing every list is looked up with. Titles before a person are
//! in `person_cues`, head words in `head_words`, capitalised words that name
//! nothing in `non_name_words`; their public items are re-exported here.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

pub use super::head_words::{MISC_HEADS, ORG_HEADS, has_head, is_bare_org_head, is_unit_head};
pub use super::non_name_words::{
    NEVER_ALONE, is_address_word, is_adjective_form, is_function_capital, is_letter_word,
    is_never_alone,
};
pub use super::person_cues::{PERSON_CUES, is_demonym_noun, is_person_cue};

/// People and parts of an organisation, before "van" and its name: "een
/// woordvoerder van Voltarix", "de klanten van Tulpix". (Not the offices
/// of a place or a country: "burgemeester", "president", "minister".)
pub const ORG_MEMBER_CUES: &[&str] = &[
    "woordvoerder",
    "woordvoerders",
    "woordvoerster",
    "topman",
    "topvrouw",
    "bestuursvoorzitter",
    "ceo",
    "cfo",
    "oprichter",
    "oprichters",
    "medeoprichter",
    "eigenaar",
    "eigenaren",
    "medewerker",
    "medewerkers",
    "werknemer",
    "werknemers",
    "personeel",
    "klant",
    "klanten",
    "aandeelhouder",
    "aandeelhouders",
    "dochterbedrijf",
    "moederbedrijf",
];

/// Verbs of working somewhere, before "bij" and an organisation: "werkt
/// bij Meridiaan Zorg".
pub const WORK_VERBS: &[&str] = &[
    "werkt",
    "werkte",
    "werken",
    "werkten",
    "werkzaam",
    "solliciteerde",
];

/// Prepositions after which a capitalised word is a place.
pub const PLACE_CUES: &[&str] = &["in", "naar", "te", "vanuit", "nabij"];

/// Words before a name that make it a named thing: "het project Cyber Rapid
/// Response Teams", "het programma Prins Claus".
pub const MISC_CUES: &[&str] = &[
    "project",
    "programma",
    "missie",
    "operatie",
    "verdrag",
    "akkoord",
    "fonds",
    "initiatief",
    "instrument",
    "format",
    "pesco-project",
    // Plurals before a list ("de missies EUCAP Sahel en EUTM Mali") and
    // military exercises ("de oefeningen Cold Eagle en Arctic Challenge").
    "projecten",
    "programma's",
    "programma’s",
    "missies",
    "operaties",
    "oefening",
    "oefeningen",
    "eu-project",
    "eu-programma",
    // Storms by their name: "orkaan Gonzalo", "storm Ciarán" (twenty-sixth
    // round).
    "orkaan",
    "tyfoon",
    "cycloon",
    // Programmes by their kind: "de talkshow Laat op Eén", "de podcast De
    // Mediakantine", "de rubriek Pointer".
    "talkshow",
    "podcast",
    "rubriek",
    // Software by its kind: "de leeromgeving Brightspace", "de
    // studentenadministratie Osiris". (Not "type": "treinen van het type
    // Lint 41" name more than the word after it.)
    "leeromgeving",
    "studentenadministratie",
    "roostersysteem",
    "besturingssysteem",
    // Works by their kind: "haar bundel Salann", "het album Zoutwater", "de
    // roman Koeienwinter", "de documentaire Onderstroom".
    "roman",
    "romans",
    "debuutroman",
    "bundel",
    "dichtbundel",
    "verhalenbundel",
    "album",
    "albums",
    "debuutalbum",
    "single",
    "documentaire",
    "toneelstuk",
];

/// Kinds of organisation a name is introduced with, as a word or the end of
/// one: "netbeheerder Stedin", "de drinkwaterbedrijven Vitens en Evides",
/// "kennisinstituut Deltares".
pub const ORG_CLASS_CUES: &[&str] = &[
    "bedrijf",
    "bedrijven",
    // A chain of shops or hotels: "modeketen Grootjans", "de
    // supermarktketen Plus".
    "keten",
    "ketens",
    "netbeheerder",
    "netbeheerders",
    "leverancier",
    "leveranciers",
    "instelling",
    "instellingen",
    "instituut",
    "organisatie",
    "organisaties",
    "omroep",
    "zender",
    "krant",
    "persbureau",
    "tijdschrift",
    "weekblad",
    "nieuwssite",
    "bank",
    "banken",
    "verzekeraar",
    "verzekeraars",
    "producent",
    "producenten",
    "fabrikant",
    "fabrikanten",
    "concern",
    "vakbond",
    "vakbonden",
    "club",
    "clubs",
    "partij",
    "partijen",
    "aanbieder",
    "aanbieders",
    "ziekenhuis",
    "hogeschool",
    "coöperatie",
    "denktank",
    "supermarkt",
    "supermarktketen",
    "winkelketen",
    "uitgever",
    "uitgeverij",
    "maatschappij",
    "rederij",
    "brouwerij",
    "adviesbureau",
    "onderzoeksbureau",
    "advocatenkantoor",
    "dienstverlener",
    "vervoerder",
    "vervoerders",
    "exploitant",
    "corporatie",
    "multinational",
    "start-up",
    "startup",
    "ploeg",
    "afdeling",
    // "eierverwerker Ovoterra", "champignonkwekerij Peelhof", "uitzendbureau
    // Agrostaff": trades that name a firm.
    "verwerker",
    "verwerkers",
    "kwekerij",
    "kwekerijen",
    "uitzendbureau",
    "uitzendbureaus",
    "uitzender",
    "uitzenders",
    "transporteur",
    "importeur",
    "projectontwikkelaar",
    "softwareontwikkelaar",
    "firma",
    // "ontwikkelaar Windkracht Kroon", "technologiefederatie Agoria", "de
    // staallobby Eurofer", "de koepel Aedes".
    "ontwikkelaar",
    "federatie",
    "lobby",
    "koepel",
    // "kaasfabriek Noardmolke", "het handelshuis Orient Precision
    // Trading", "de flitsbezorger Flink", "chipmaker Nexperia".
    "fabriek",
    "fabrieken",
    "handelshuis",
    "bezorger",
    "bezorgers",
    "bezorgdienst",
    "bezorgdiensten",
    "chipmaker",
    "chipmakers",
    // "het consortium Kership", "scheepsbouwer Naval Group", "de
    // dochteronderneming Saft".
    "consortium",
    "scheepsbouwer",
    "scheepswerf",
    "dochteronderneming",
    "onderneming",
];

/// A group a name is introduced with ("de criminele groep Ravenloft", "de
/// hackersgroep Akira"): "groep", "groepering" or a word ending in "groep".
/// Only for a name that is no plural of people ("een groep Syriërs"): the
/// caller checks that.
pub fn is_group_cue(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(w, "groep" | "groepering" | "bende")
            || (w.len() > "groep".len() + 2 && w.ends_with("groep"))
    })
}

/// Kinds of place a name is introduced with, as a whole word: "bedrijventerrein
/// Harselaar", "recreatiepark De Zilverreiger", "de woonwijken De Burgt en
/// Bloemendal", "de provincie Guangdong". (Whole words only: "Harderwijk"
/// ends in "wijk" and is a town.)
pub const PLACE_KIND_CUES: &[&str] = &[
    "bedrijventerrein",
    "industrieterrein",
    "recreatiepark",
    "vakantiepark",
    "sportpark",
    "woonwijk",
    "woonwijken",
    "wijk",
    "wijken",
    "buurt",
    "stadsdeel",
    "provincie",
    "deelstaat",
    "eiland",
    "natuurgebied",
    // "dorpshuis De Brink", "het dorp Slootdorp".
    "dorp",
    "dorpen",
    "dorpshuis",
    "buurthuis",
    "wijkcentrum",
    // "de polder Rijnenburg", "knooppunt Oudenrijn", "de buurtschap
    // Reijerscop", "het gehucht Den Hool".
    "polder",
    "polders",
    "knooppunt",
    "verkeersknooppunt",
    "buurtschap",
    "gehucht",
    // Venues and buildings: "zaal De Koekoek", "sporthal De Schans", "café
    // De Gouden Leeuw", "kasteel Doorwerth" (twenty-fifth round).
    "zaal",
    "sporthal",
    "sportcomplex",
    "zwembad",
    // "Sportpark Het Holt", "Sportbad De Lindehof", "ijsbaan De Bonte
    // Wever" (thirty-third round).
    "sportpark",
    "sportbad",
    "sportcentrum",
    "ijsbaan",
    "café",
    "kasteel",
    "landgoed",
    "kapel",
];

/// Verbs of saying, lower case: before a name, its speaker
/// ("zegt Boudewijn Siemons").
pub const SPEECH_VERBS: &[&str] = &[
    "zegt",
    "zei",
    "zeggen",
    "aldus",
    "vertelt",
    "vertelde",
    "schrijft",
    "schreef",
    "stelt",
    "stelde",
    "benadrukt",
    "benadrukte",
    "waarschuwt",
    "waarschuwde",
    "reageert",
    "reageerde",
    "erkent",
    "erkende",
    "verklaart",
    "verklaarde",
    "vindt",
    "vond",
    "denkt",
    "dacht",
    "volgens",
];

/// A word in lower case, without allocating when it already is.
pub fn lower(w: &str) -> Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Calls `f` with `w` in lower case, without allocating for a short ASCII
/// word (most capitalised words the detector asks about).
pub(super) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lowered.
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&lower(w))
    }
}

pub(super) fn set(words: &'static [&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

static MISC_CUE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(MISC_CUES));

/// A kind of organisation before a name ("energieleverancier Eneco"): the
/// word (any case; the caller knows whether a capital may start it) is one
/// of [`ORG_CLASS_CUES`] or ends in one.
pub fn is_org_class_cue(word: &str) -> bool {
    with_lower(word, |word| {
        ORG_CLASS_CUE_SET.contains(word)
            || word
                .char_indices()
                .skip_while(|&(i, _)| i < 3)
                .any(|(i, _)| ORG_CLASS_CUE_SET.contains(&word[i..]))
    })
}

static ORG_CLASS_CUE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(ORG_CLASS_CUES));

/// A kind of place before a name ("bedrijventerrein Harselaar"): one of
/// [`PLACE_KIND_CUES`], in any case.
pub fn is_place_kind_cue(word: &str) -> bool {
    with_lower(word, |w| PLACE_KIND_CUES.contains(&w))
}

pub fn is_misc_cue(word: &str) -> bool {
    with_lower(word, |w| {
        MISC_CUE_SET.contains(w)
            || MISC_CUE_ENDS
                .iter()
                .any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
    })
}

/// Kinds of programme and series as the end of a compound: "spelprogramma
/// Max Geheugenspel", "onderzoeksrubriek Pointer", "documentairereeks
/// Andere Tijden", "dramaserie Diepe Gronden", "de talkshow Laat op Eén".
/// ("Reeks" and "serie" alone count a number of things: "een reeks
/// Kamervragen".)
const MISC_CUE_ENDS: &[&str] = &[
    "programma",
    "programma's",
    "programma’s",
    "rubriek",
    "reeks",
    "serie",
    "talkshow",
    "podcast",
    // Frameworks and schemes: "het beleidskader Versterking Maatschappelijk
    // Middenveld", "de subsidieregeling Groen Beleggen".
    "kader",
    "regeling",
];
