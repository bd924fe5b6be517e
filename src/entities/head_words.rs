//! Head words: the words that make a capitalised name an organisation
//! ("Raad van State", "Opruimingsdienst") or a named thing ("Green Deal",
//! "Omgevingswet"), whole or as a word's end, kept by last letter to be
//! looked up fast; and the heads of a unit inside an organisation
//! ("Directie Woningbouw").

use super::cues::with_lower;
use std::sync::LazyLock;

/// Words that make an unknown capitalised name an organisation, as a whole
/// word or as the end of one ("Opruimingsdienst").
pub static ORG_HEADS: &[&str] = &[
    "ministerie",
    // A cooperative, a village's association, a consortium of builders:
    // "Coöperatie Wieringermeer Energie", "Dorpsbelang Slootdorp",
    // "Bouwcombinatie Vos & Lindeboom".
    "coöperatie",
    "dorpsbelang",
    "-combinatie",
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
    // A trader: "Oosterschelde Mosselhandel", "Houthandel Jongeneel"; only
    // as a word's end (a leading hyphen says so): "minister van Handel" is
    // a post.
    "-handel",
    // A union or federation: "Voetbalbond", "Wielerbond" ("Bond" alone is
    // also a surname).
    "-bond",
    "college",
    "orgaan",
    "raad",
    "commissie",
    "hof",
    "rechtbank",
    "bank",
    "agentschap",
    // Belgian and Flemish bodies: "Federaal Parket", "Departement Landbouw
    // en Visserij".
    "parket",
    "departement",
    // German bodies, whose "für" is the Dutch "voor": "Zentrum für Digitale
    // Souveränität", "Bundesamt für Sicherheit in der Informationstechnik".
    "zentrum",
    "institut",
    "bundesamt",
    "bundesanstalt",
    "bundesministerium",
    "landesamt",
    // German police and prosecutors: "Bundespolizei", "Landeskriminalamt
    // Niedersachsen", "Staatsanwaltschaft Osnabrück".
    "polizei",
    "kriminalamt",
    "staatsanwaltschaft",
    "stiftung",
    "gesellschaft",
    "dienst",
    // "Westflex Personeelsdiensten", "Van den Brink Logistiek".
    "-diensten",
    "logistiek",
    "organisatie",
    "partij",
    "unie",
    "instituut",
    "universiteit",
    // In the languages of neighbours: "Université Paris-Dauphine",
    // "Universität Hamburg", "Institut Pasteur".
    "université",
    // French bodies: "Direction générale de l’armement", "Agence
    // nationale de la recherche", "Autorité de la concurrence".
    "direction",
    "agence",
    "autorité",
    "universität",
    "universidad",
    "università",
    "universidade",
    "hochschule",
    "institut",
    // Scandinavian, Spanish and Italian bodies: "Karolinska Institutet",
    // "Lunds universitet", "Instituto Cervantes", "Istituto Superiore di
    // Sanità".
    "institutet",
    "universitet",
    "universitetet",
    "instituto",
    "istituto",
    "comité",
    "bureau",
    "autoriteit",
    "team",
    "force",
    "group",
    "groep",
    "trust",
    "stichting",
    "vereniging",
    "parlement",
    // "De Nationale Assemblée" (Suriname's parliament), "Assemblée
    // nationale".
    "assemblée",
    "kamer",
    "federatie",
    "inspectie",
    "politie",
    "marechaussee",
    "krijgsmacht",
    "leger",
    "brigade",
    "bataljon",
    // "Korps Nationale Reserve", "Korps Mariniers", "Legerkorps"; a
    // regiment, a squadron of ships (twenty-fifth round).
    "korps",
    "regiment",
    "eskader",
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
    // The old spelling ("Koninklijke Nederlandse Akademie van
    // Wetenschappen", "Akademie van Kunsten") and libraries as bodies
    // ("Koninklijke Bibliotheek", "Württembergische Landesbibliothek").
    "akademie",
    // "Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie".
    "maatschappij",
    "bibliotheek",
    "bibliothek",
    "school",
    "ziekenhuis",
    // A medical centre: "Frisius MC", "Amsterdam UMC", "Radboudumc".
    "mc",
    "umc",
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
    // "NL financial investments (NLFI)", "Brookfield Investments".
    "investments",
    // Firms of advisers and investors: "Bayshore Partners", "Prime
    // Ventures", "Brightwood Advisors", "Kepler Securities". (Not
    // "Capital": "Capital Requirements Regulation" is a law.)
    "partners",
    "ventures",
    "advisors",
    "securities",
    // "New York Stock Exchange", "London Metal Exchange".
    "exchange",
    "logistics",
    "industries",
    "technologies",
    // "Damen Naval Systems", "Thales Solutions".
    "systems",
    "solutions",
    "telecom",
    "pharma",
    "media",
    "research",
    "institute",
    "university",
    "foundation",
    "association",
    "federation",
    // More English bodies: "Amaury Sport Organisation", "Royal Society",
    // "Civil Aviation Authority", "Labour Party", "Royal Navy".
    "organisation",
    "organization",
    "society",
    "authority",
    "union",
    "party",
    "ministry",
    "department",
    "commission",
    "assembly",
    "congress",
    "navy",
    "army",
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
    // A choir: "Groot Omroepkoor", "Nederlands Kamerkoor" (only as a
    // word's end: "Koor" alone is no name).
    "-koor",
    // "Commissariaat voor de Media", "Commissariaat-generaal voor de
    // Vluchtelingen"; "Genootschap van Hoofdredacteuren".
    "commissariaat",
    "commissariaat-generaal",
    "genootschap",
];

/// The heads that name one body on their own, capitalised: "uw Kamer",
/// "de Raad", "de Commissie", "de Unie". Any other head alone ("Media",
/// "Holding", "Groep", "Department") names nothing.
const NAMES_ALONE: &[&str] = &["kamer", "raad", "commissie", "unie", "union"];

/// Whether `word` is an organisation's head word and nothing more
/// ("Media", "Holding"), other than the few that name a body alone.
pub fn is_bare_org_head(word: &str) -> bool {
    let Some(&last) = word.as_bytes().last() else {
        return false;
    };
    // Only the heads ending in the word's last letter (asked of many words).
    let candidates = &ORG_HEADS_BY_LAST[usize::from(last.to_ascii_lowercase())];
    !candidates.is_empty()
        && with_lower(word, |w| {
            candidates.contains(&w) && !NAMES_ALONE.contains(&w)
        })
}

/// Words that make an unknown capitalised name a named thing (MISC).
pub static MISC_HEADS: &[&str] = &[
    "akkoord",
    "akkoorden",
    "verdrag",
    // "Overeenkomst van Dublin", "Overeenkomst van Parijs".
    "overeenkomst",
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
    // Parliament's yearly debates: "Algemene Politieke Beschouwingen",
    // "Algemene Financiële Beschouwingen".
    "beschouwingen",
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
    "prize",
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
    // Rules and arrangements named in English: "Common Reporting
    // Standard", "Wassenaar Arrangement".
    "standard",
    "arrangement",
    // Funds and reviews in English: "Brexit Adjustment Reserve", "Impact
    // Assessment Mensenrechten en Algoritmes", "Digital Omnibus".
    "reserve",
    "assessment",
    "omnibus",
    // A register, a framework, a vision as a word's end: "Algoritmeregister",
    // "Algoritmekader", "Kottervisie".
    "-register",
    "-kader",
    "-visie",
    // A programme's boost: "Startbouwimpuls", "Vernieuwingsimpuls".
    "-impuls",
    // A mechanism named in English ("Carbon Border Adjustment Mechanism").
    "mechanism",
    // Codes of law ("Burgerlijk Wetboek", "Wetboek van Strafvordering") and
    // approaches, alone or as a word's end ("Programmatische Aanpak
    // Stikstof", "Stimuleringsaanpak Verduurzaming Huurwoningen"); reports
    // published under a name ("Monitor Brede Welvaart").
    "wetboek",
    "aanpak",
    "monitor",
    // Norms and registries: "Baseline Informatiebeveiliging Overheid",
    // "Basisregistratie Personen", "Kentekenregistratie".
    "baseline",
    "-registratie",
];

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
        if let Some(end) = h.strip_prefix('-') {
            let h = end.as_bytes();
            return b.len() > h.len() + 2 && b[b.len() - h.len()..].eq_ignore_ascii_case(h);
        }
        let h = h.as_bytes();
        b.eq_ignore_ascii_case(h)
            // "Omgevingswet": laws compound on the short "wet" too.
            || ((h.len() >= 4 || matches!(h, b"wet" | b"dag"))
                && b.len() > h.len() + 2
                && b[b.len() - h.len()..].eq_ignore_ascii_case(h))
    })
}

/// Ends of a word that head a named thing only inside a name of more than
/// one word: "Prognosemodel Justitiële Ketens", "Defensie
/// Projectenoverzicht", "Gemeenschappelijk Landbouwbeleid" (twenty-fifth
/// round); alone, "Sportbeleid" and "Rekenmodel" are a heading's or a
/// sentence's common nouns. Forecasts published under a name: "Macro
/// Economische Verkenning", "Klimaat- en Energieverkenning" (twenty-eighth
/// round; "de SERverkenning", pdftotext's join of "SER-verkenning", is the
/// council's exploration, no name).
pub(super) const MISC_HEADS_IN_NAMES: &[&str] = &["-model", "-overzicht", "-beleid", "verkenning"];

/// Head words by their last byte (ASCII letters lowered).
pub(super) type HeadsByLast = Vec<Vec<&'static str>>;

pub(super) fn by_last(heads: &[&'static str]) -> HeadsByLast {
    let mut table = vec![Vec::new(); 256];
    for h in heads {
        if let Some(&last) = h.as_bytes().last() {
            table[usize::from(last.to_ascii_lowercase())].push(*h);
        }
    }
    table
}

static ORG_HEADS_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| by_last(ORG_HEADS));
static MISC_HEADS_BY_LAST: LazyLock<HeadsByLast> = LazyLock::new(|| by_last(MISC_HEADS));

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

#[cfg(test)]
mod tests {
    use super::{ORG_HEADS, has_head};

    #[test]
    fn a_head_with_a_hyphen_counts_only_as_a_words_end() {
        assert!(has_head("Mosselhandel", ORG_HEADS));
        assert!(has_head("Houthandel", ORG_HEADS));
        assert!(!has_head("Handel", ORG_HEADS));
        assert!(has_head("Wielerbond", ORG_HEADS));
        assert!(!has_head("Bond", ORG_HEADS));
        // Heads without one count whole too.
        assert!(has_head("Stichting", ORG_HEADS));
        assert!(has_head("Opruimingsdienst", ORG_HEADS));
    }
}
