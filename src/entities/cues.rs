//! Word lists the recogniser reads context with: titles that announce a
//! person, head words that make a name an organisation or a named thing,
//! prepositions that announce a place, and the function words a capital at
//! the start of a sentence says nothing about.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
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

/// Words that make an unknown capitalised name an organisation, as a whole
/// word or as the end of one ("Opruimingsdienst").
pub static ORG_HEADS: &[&str] = &[
    "ministerie",
    // A ministry's units: "Directie Woningbouw", "Directoraat-generaal
    // Natuur", "Afdeling bestuursrechtspraak".
    "directie",
    "directoraat",
    "afdeling",
    // Trades named in a company's name: "Brouwerij Vermaat", "Uitgeverij
    // Prometheus", "Rederij Doeksen".
    "brouwerij",
    "uitgeverij",
    "rederij",
    "drukkerij",
    "college",
    "orgaan",
    "raad",
    "commissie",
    "hof",
    "rechtbank",
    "bank",
    "agentschap",
    "dienst",
    "organisatie",
    "partij",
    "unie",
    "instituut",
    "universiteit",
    // In the languages of neighbours: "Université Paris-Dauphine",
    // "Universität Hamburg", "Institut Pasteur".
    "université",
    "universität",
    "universidad",
    "università",
    "universidade",
    "hochschule",
    "institut",
    "comité",
    "bureau",
    "autoriteit",
    "team",
    "teams",
    "force",
    "group",
    "groep",
    "trust",
    "stichting",
    "vereniging",
    "parlement",
    "kamer",
    "federatie",
    "inspectie",
    "politie",
    "marechaussee",
    "krijgsmacht",
    "leger",
    "brigade",
    "bataljon",
    "gemeente",
    "provincie",
    "regering",
    "kabinet",
    "ambassade",
    "consulaat",
    "council",
    "committee",
    "agency",
    "office",
    "service",
    "services",
    "corporation",
    "company",
    "nv",
    "bv",
    "inc",
    "ltd",
    "alliantie",
    "coalitie",
    "nieuws",
    "krant",
    "omroep",
    "tribunaal",
    "academie",
    "school",
    "ziekenhuis",
    "centrum",
    "center",
    "centre",
    "overleg",
    "staten",
    "bedrijf",
    "dagblad",
    // Company names in English ("Xinlong Energy", "Groningen Seaports").
    "energy",
    // Carriers: "Wizz Air", "Strukton Rail", "Corendon Airlines".
    "air",
    "rail",
    "airways",
    "seaports",
    "ports",
    "airlines",
    "airport",
    "holding",
    "holdings",
    "logistics",
    "industries",
    "technologies",
    "telecom",
    "pharma",
    "media",
    "research",
    "institute",
    "university",
    "foundation",
    "association",
    "federation",
    "museum",
    // Newspapers: "Leeuwarder Courant", "Provinciale Zeeuwse Courant".
    "courant",
    // Water boards: "Waterschap Rivierenland", "Hoogheemraadschap van Delfland".
    "waterschap",
    "hoogheemraadschap",
    // A pension fund is an institution, not a budget ("Pensioenfonds Zorg
    // en Welzijn", "Bedrijfstakpensioenfonds"; see "fonds" below).
    "pensioenfonds",
    // Companies of the stage: "Nederlands Dans Theater", "Residentie
    // Orkest", "Concertgebouworkest", "De Nationale Opera".
    "theater",
    "orkest",
    "opera",
    "ensemble",
];

/// Words that make an unknown capitalised name a named thing (MISC).
pub static MISC_HEADS: &[&str] = &[
    "akkoord",
    "akkoorden",
    "verdrag",
    "memorandum",
    "act",
    "akte",
    "handvest",
    "programma",
    "missie",
    "operatie",
    "pact",
    "plan",
    "agenda",
    "strategie",
    "kompas",
    "conventie",
    "verklaring",
    "top",
    "summit",
    "conferentie",
    "richtlijn",
    "verordening",
    "wet",
    "pakket",
    "energiepakket",
    "partnerschap",
    "initiatief",
    "format",
    "cooperation",
    "treaty",
    "agreement",
    "programme",
    "program",
    "mission",
    "operation",
    "faciliteit",
    "facility",
    "regeling",
    "instrument",
    "maatregel",
    // Government funds are budgets ("Transitiefonds", "Stabiliteitsfonds").
    "fonds",
    // Named days ("Landelijke Stikstofdag", "Prinsjesdag").
    "dag",
    "regulation",
    "directive",
    "rapport",
    "rapportage",
    "verslag",
    // Decrees and policy papers: "Waterbesluit", "Nota Ruimte".
    "besluit",
    "nota",
    // Named events: "Olympische Winterspelen", "Elfstedentocht",
    // "Olympisch Kwalificatietoernooi", "Europees Kampioenschap".
    "spelen",
    "tocht",
    "toernooi",
    "kampioenschap",
    "kampioenschappen",
    "festival",
    "games",
    // Prizes and competitions: "Tiger Award", "Libris Literatuur Prijs",
    // "Nobelprijs", "Champions League", "Croky Cup", "Beker van België".
    "award",
    "awards",
    "prijs",
    "league",
    "cup",
    "beker",
    "trofee",
    "trophy",
    "championship",
    "championships",
    // Names in English of plans and agreements: "European Sky Shield
    // Initiative", "Nordic Defence Strategy", "Green Deal".
    "initiative",
    "strategy",
    "partnership",
    "framework",
    "exercise",
    "declaration",
    "charter",
    "protocol",
    "deal",
];

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
    "missies",
    "operaties",
    "oefening",
    "oefeningen",
    "eu-project",
    "eu-programma",
];

/// Kinds of organisation a name is introduced with, as a word or the end of
/// one: "netbeheerder Stedin", "de drinkwaterbedrijven Vitens en Evides",
/// "kennisinstituut Deltares".
pub const ORG_CLASS_CUES: &[&str] = &[
    "bedrijf",
    "bedrijven",
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
];

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
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
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

fn set(words: &'static [&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

static PERSON_CUE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(PERSON_CUES));
static NEVER_ALONE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(NEVER_ALONE));
static MISC_CUE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(MISC_CUES));

/// Whether a word (any case) is a title before a person's name.
pub fn is_person_cue(word: &str) -> bool {
    with_lower(word, |w| {
        PERSON_CUE_SET.contains(w)
            || (is_compound_person_cue(w)
                && (!capital_after_hyphen(word) || titled_after_hyphen(w)))
    })
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

/// The head of a unit inside an organisation ("Directie", "Programmadirectie",
/// "Directoraat-generaal", "Afdeling"): before a capitalised word it starts a
/// name of its own, as a letterhead's lines run together ("Ministerie van
/// Buitenlandse Zaken Directie Sub-Sahara Afrika" are two).
pub fn is_unit_head(word: &str) -> bool {
    with_lower(word, |w| {
        w.ends_with("directie")
            || matches!(
                w,
                "directoraat-generaal" | "directorate-general" | "afdeling" | "hoofdafdeling"
            )
    })
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

pub fn is_never_alone(word: &str) -> bool {
    with_lower(word, |w| NEVER_ALONE_SET.contains(w))
}

/// A kind of organisation before a name ("energieleverancier Eneco"): the
/// word (any case; the caller knows whether a capital may start it) is one
/// of [`ORG_CLASS_CUES`] or ends in one.
pub fn is_org_class_cue(word: &str) -> bool {
    with_lower(word, |word| {
        ORG_CLASS_CUES
            .iter()
            .any(|c| word == *c || (word.len() > c.len() + 2 && word.ends_with(c)))
    })
}

pub fn is_misc_cue(word: &str) -> bool {
    with_lower(word, |w| MISC_CUE_SET.contains(w))
}

/// The head word list `heads` names `word` (any case of its ASCII
/// letters), whole or as its end ("Opruimingsdienst").
pub fn has_head(word: &str, heads: &[&str]) -> bool {
    let b = word.as_bytes();
    let Some(&last) = b.last() else {
        return false;
    };
    // Only the heads that end in the word's last letter can match: the two
    // lists are kept by last letter (this runs for every word of every
    // capitalised sequence).
    let by_last = if std::ptr::eq(heads, ORG_HEADS) {
        Some(&*ORG_HEADS_BY_LAST)
    } else if std::ptr::eq(heads, MISC_HEADS) {
        Some(&*MISC_HEADS_BY_LAST)
    } else {
        None
    };
    let candidates: &[&str] = match by_last {
        Some(table) => &table[usize::from(last.to_ascii_lowercase())],
        None => heads,
    };
    candidates.iter().any(|h| {
        let h = h.as_bytes();
        b.eq_ignore_ascii_case(h)
            // "Omgevingswet": laws compound on the short "wet" too.
            || ((h.len() >= 4 || matches!(h, b"wet" | b"dag"))
                && b.len() > h.len() + 2
                && b[b.len() - h.len()..].eq_ignore_ascii_case(h))
    })
}

/// Head words by their last byte (ASCII letters lowered).
type HeadsByLast = Vec<Vec<&'static str>>;

fn by_last(heads: &[&'static str]) -> HeadsByLast {
    let mut table = vec![Vec::new(); 256];
    for h in heads {
        if let Some(&last) = h.as_bytes().last() {
            table[usize::from(last.to_ascii_lowercase())].push(*h);
        }
    }
    table
}

static ORG_HEADS_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| by_last(ORG_HEADS));
/// The titles of seven letters or more, which a compound may end in.
static LONG_PERSON_CUES_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| {
    let long: Vec<&'static str> = PERSON_CUES
        .iter()
        .copied()
        .filter(|c| c.len() >= 7)
        .collect();
    by_last(&long)
});
static MISC_HEADS_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| by_last(MISC_HEADS));

/// "Russische", "Nederlandse", "Oekraïense", "Europese": adjectives of
/// places and peoples, capitalised in Dutch but not names on their own.
pub fn is_adjective_form(word: &str) -> bool {
    ["se", "sche", "ische", "ese"]
        .iter()
        .any(|s| word.ends_with(s))
        && word.chars().count() > 4
}
