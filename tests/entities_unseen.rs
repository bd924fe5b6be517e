//! Entities on text the rules were not written for (issue 12): one test per
//! class of error measured on unseen letters and articles, on texts of our
//! own. Each says what must be found and what must not.

mod common;

use brief::entities::{EntityIndex, EntityType, Recogniser};
use common::corpus_of as corpus;
use common::entity_mentions::{has, mentions, tagged};

/// Class 1: a name found once never turns a common word into an entity
/// everywhere: "Eigen" after a person's name is not learned as a surname
/// when the briefing writes "eigen" as a word.
#[test]
fn a_bad_span_does_not_spread_a_common_word() {
    let docs = mentions(&[
        "De burgemeester sprak met Karel Eigen over de begroting van de stad.",
        "Eigen initiatief is belangrijk. Iedereen heeft een eigen rol in de wijk.",
    ]);
    assert!(!tagged(&docs[1], "Eigen"), "{:?}", docs[1]);
    // Counter-example: a real surname learned in one document is found in
    // the next.
    let docs = mentions(&[
        "De raad sprak met Karel Brinkhorst over de begroting.",
        "Volgens Brinkhorst is het plan haalbaar.",
    ]);
    assert!(
        has(&docs[1], "Brinkhorst", EntityType::Person),
        "{:?}",
        docs[1]
    );
}

/// Class 2: capitalised two- and three-word sequences with no cue are no
/// people; a given name, a title or a role compound makes one.
#[test]
fn capitalised_sequences_without_a_cue_are_no_people() {
    let docs = mentions(&[
        "Het overleg vond plaats in het Bestuurlijk Overleg Stedelijke Vernieuwing. Daarna liepen zij door Hoog Catharijne naar de trein. Volgens Privacyactivist Ilse Vermeulen is dat zorgelijk, en ook Gedeputeerde Susan Top maakt zich zorgen.",
    ]);
    let d = &docs[0];
    assert!(!has(d, "Hoog Catharijne", EntityType::Person), "{d:?}");
    assert!(
        !d.iter()
            .any(|(t, y)| t.contains("Bestuurlijk Overleg") && *y == EntityType::Person),
        "{d:?}"
    );
    assert!(has(d, "Ilse Vermeulen", EntityType::Person), "{d:?}");
    assert!(has(d, "Susan Top", EntityType::Person), "{d:?}");
}

/// Class 3 (part): the letters of a Dutch postcode are no organisation.
#[test]
fn postcode_letters_are_no_acronym() {
    let docs = mentions(&[
        "Ministerie van Justitie en Veiligheid\nTurfmarkt 147\n2511 DP Den Haag\n\nDe NCTV en de AIVD werken samen.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "DP"), "{d:?}");
    // Counter-example: acronyms elsewhere are still organisations.
    assert!(has(d, "AIVD", EntityType::Organisation), "{d:?}");
}

/// The entity a mention links to, by the mention's text.
fn entity_of(texts: &[&str], doc: usize, text: &str) -> Option<String> {
    let c = corpus(texts);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    let d = c.entries[doc].doc().unwrap();
    index
        .mentions(doc)
        .iter()
        .find(|m| &d.clean[m.clean.clone()] == text)
        .map(|m| index.entities[m.entity].id.clone())
}

/// Class 3: an organisation named after its place is one organisation, and
/// a brand written in camel case is one too.
#[test]
fn organisations_named_after_a_place_stay_whole() {
    let docs = mentions(&[
        "Het onderzoek werd gedaan door TNO Zwolle en uitgezonden door Omroep Brabant. \
         De zuivelcoöperatie werkt samen met SnelVracht aan het vervoer.",
    ]);
    let d = &docs[0];
    assert!(has(d, "TNO Zwolle", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Omroep Brabant", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "Brabant"), "{d:?}");
    assert!(has(d, "SnelVracht", EntityType::Organisation), "{d:?}");
    // Counter-example: a known organisation before a place is two names.
    let docs = mentions(&["De steun van de NAVO Roemenië aan de oostgrens groeit."]);
    assert!(
        has(&docs[0], "Roemenië", EntityType::Location),
        "{:?}",
        docs[0]
    );
}

/// Class 4: letter-spaced fragments of a letterhead are never names.
#[test]
fn letter_spacing_fragments_are_no_names() {
    let docs = mentions(&["Kenmerk\nJ E NW/DGW-2024/1234\nP agina 2 van 5\nR x"]);
    for f in ["J E", "J", "E", "R x", "P agina"] {
        assert!(!tagged(&docs[0], f), "{f}: {:?}", docs[0]);
    }
}

/// Class 5: the portfolio in a minister's title is a post, not the
/// ministry; the person after it is still a person, and the ministry
/// written as such is still an organisation.
#[test]
fn portfolios_in_titles_are_no_organisations() {
    let docs = mentions(&[
        "Mede namens de minister voor Wonen en Ruimtelijke Ordening en de staatssecretaris \
         van Financiën schrijf ik u. Minister van Justitie en Veiligheid Dilan Kaya sprak \
         met het ministerie van Financiën.\n\nDE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID,",
    ]);
    let d = &docs[0];
    for f in [
        "Wonen en Ruimtelijke Ordening",
        "Ruimtelijke Ordening",
        "Justitie en Veiligheid",
    ] {
        assert!(!tagged(d, f), "{f}: {d:?}");
    }
    assert!(!d.iter().any(|(t, _)| t.contains("SOCIALE")), "{d:?}");
    assert!(has(d, "Dilan Kaya", EntityType::Person), "{d:?}");
    assert!(
        d.iter()
            .any(|(t, y)| t.ends_with("Financiën") && *y == EntityType::Organisation),
        "the ministry itself: {d:?}"
    );
}

/// Class 6: an acronym takes its long form's type, also with a year between;
/// a long form in lower case makes no entity; a year is no acronym's type.
#[test]
fn acronyms_take_the_type_of_their_long_form() {
    let docs = mentions(&[
        "Het Landelijk Actieplan Bodemkwaliteit 2024-2028 (LABK) is klaar. Het LABK \
         loopt vier jaar. De Integrale Bodem Monitor 2024 (IBM) meet dat. De IBM \
         verschijnt jaarlijks. Dat vraagt een TUV-toets.\n\n\
         1 TUV: toetsbaarheid, uitvoerbaarheid en verantwoording",
    ]);
    let d = &docs[0];
    assert!(has(d, "LABK", EntityType::Misc), "{d:?}");
    assert!(
        has(
            d,
            "Landelijk Actieplan Bodemkwaliteit 2024-2028",
            EntityType::Misc
        ),
        "{d:?}"
    );
    assert!(!has(d, "IBM", EntityType::Date), "{d:?}");
    assert!(!tagged(d, "TUV"), "{d:?}");
    // A short form in mixed case is found wherever it stands; a law
    // compounded on "-wet" is a named thing, and "in de" joins no names.
    let docs = mentions(&[
        "De Wet langdurige zorg (Wlz) en de Zorgverzekeringswet (Zvw) gelden.          De Wlz wordt herzien; onder de Zvw valt meer. De Wlz-indicatie blijft.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Wet langdurige zorg", EntityType::Misc), "{d:?}");
    assert!(has(d, "Zorgverzekeringswet", EntityType::Misc), "{d:?}");
    // (And inside a compound, as the guidelines want: "{{MISC|Wlz}}-indicatie".)
    assert_eq!(d.iter().filter(|(t, _)| t == "Wlz").count(), 3, "{d:?}");
    assert_eq!(d.iter().filter(|(t, _)| t == "Zvw").count(), 2, "{d:?}");
    assert!(!d.iter().any(|(t, _)| t.contains(" in de ")), "{d:?}");
    let docs = mentions(&["De NIS2-richtlijn in de Cyberbeveiligingswet is omgezet."]);
    assert!(
        !tagged(&docs[0], "NIS2-richtlijn in de Cyberbeveiligingswet"),
        "{:?}",
        docs[0]
    );
    // Counter-example: a word in brackets that does not spell its long form.
    let docs = mentions(&["Het kabinet steunt het voorstel (Adam) niet."]);
    assert!(!tagged(&docs[0], "Adam"), "{:?}", docs[0]);
    // A kind of thing after "een", and a formula split by a PDF's text layer.
    let docs = mentions(&[
        "We willen een AVR voor matrassen. De NO 2-uitstoot en CO2-uitstoot dalen. De ACM waakt.",
    ]);
    for f in ["AVR", "NO", "CO"] {
        assert!(!tagged(&docs[0], f), "{f}: {:?}", docs[0]);
    }
    assert!(tagged(&docs[0], "ACM"), "{:?}", docs[0]);
    // Counter-example: an organisation's long form makes an organisation.
    let docs = mentions(&[
        "De Nederlandse Zorgautoriteit (NZa) en de Dienst Toeslagen (DT) zijn het eens. De DT betaalt.",
    ]);
    assert!(
        has(&docs[0], "DT", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
}

/// Class 7: a genitive belongs to the name; initials before a surname are
/// part of it; a name never runs over an address or a paragraph break.
#[test]
fn genitives_initials_and_breaks() {
    let docs = mentions(&[
        "Het advies sluit aan bij Kamerlid Claes' voorstel en bij het rapport van \
         minister Van Dijk.\n\nHoogachtend,\n\nDE STAATSSECRETARIS VAN WONEN,\n\nmr. P.Q.R. Zwanenburg",
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Postbus 20017 2500 EA Den Haag",
    ]);
    assert!(has(&docs[0], "Claes'", EntityType::Person), "{:?}", docs[0]);
    assert!(
        has(&docs[0], "P.Q.R. Zwanenburg", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        !docs[1]
            .iter()
            .any(|(t, y)| *y == EntityType::Person || t.contains("Postbus")),
        "{:?}",
        docs[1]
    );
    // Counter-example: a quoted name keeps its closing quote outside.
    let docs = mentions(&["De minister noemde het ‘plan Jansens’ een goed begin."]);
    assert!(
        !docs[0].iter().any(|(t, _)| t.ends_with('’')),
        "{:?}",
        docs[0]
    );
}

/// Class 8: spellings of one name are one entity: a dateline clipped of its
/// first letter and an alliance's name in two languages.
#[test]
fn one_name_in_two_spellings_is_one_entity() {
    let texts = [
        "EN HAAG (ANP) - De NAVO Response Force wordt versterkt.",
        "Den Haag stuurt troepen naar de NATO Response Force.",
    ];
    assert_eq!(
        entity_of(&texts, 0, "EN HAAG"),
        entity_of(&texts, 1, "Den Haag")
    );
    assert_eq!(
        entity_of(&texts, 0, "NAVO Response Force"),
        entity_of(&texts, 1, "NATO Response Force")
    );
    // Counter-example: a clipped dateline too short to be sure of is not
    // taken for the place it might be the rest of.
    let texts = ["DE (ANP) - Het regent.", "In Ede regent het."];
    assert_ne!(entity_of(&texts, 0, "DE"), entity_of(&texts, 1, "Ede"));
}

/// Places named without a cue are places when the list of Dutch places
/// knows them; a surname that is also a village stays a surname.
#[test]
fn dutch_places_without_a_cue() {
    let docs = mentions(&[
        "Bewoners rond Winsum en een inwoner van Uithuizen klagen. Volgens Jan Willem de Vries \
         en het Dagblad van het Noorden valt het mee.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Winsum", EntityType::Location), "{d:?}");
    assert!(has(d, "Uithuizen", EntityType::Location), "{d:?}");
    assert!(has(d, "Jan Willem de Vries", EntityType::Person), "{d:?}");
    // Counter-examples: "de Vries" and "het Noorden" are no villages here.
    assert!(!has(d, "Vries", EntityType::Location), "{d:?}");
    assert!(!has(d, "Noorden", EntityType::Location), "{d:?}");
}

/// Names built as "head van place", funds and named days are named things
/// (or places, or organisations) of their own.
#[test]
fn heads_of_a_place_funds_and_days() {
    let docs = mentions(&[
        "Het Verdrag van Lissabon en de Golf van Mexico kwamen ter sprake, net als het \
         Klimaatfonds en de Landelijke Waterdag. Ons kenmerk blijft gelijk.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Verdrag van Lissabon", EntityType::Misc), "{d:?}");
    assert!(has(d, "Golf van Mexico", EntityType::Location), "{d:?}");
    assert!(has(d, "Klimaatfonds", EntityType::Misc), "{d:?}");
    assert!(has(d, "Landelijke Waterdag", EntityType::Misc), "{d:?}");
    // Counter-example: a title before "van" and a place is no name.
    let docs = mentions(&["De ambassadeur van Frankrijk sprak."]);
    assert!(
        has(&docs[0], "Frankrijk", EntityType::Location),
        "{:?}",
        docs[0]
    );
}

/// People named after a rank, set off by commas after a title, or signed
/// with initials before a surname that has particles or that the gazetteer
/// knows.
#[test]
fn ranks_appositions_and_signatures() {
    let docs = mentions(&[
        "Onder leiding van kolonel Bakary Touré en de Ghanese minister van Financiën, \
         Kwame Mensah, is gesproken.\n\nDe Minister van Klimaat,\n\nir. B.C. van der Heijden-Smit\n\n\
         De staatssecretaris,\n\nE.N.A.J. Schreinemacher",
    ]);
    let d = &docs[0];
    assert!(has(d, "Bakary Touré", EntityType::Person), "{d:?}");
    assert!(has(d, "Kwame Mensah", EntityType::Person), "{d:?}");
    assert!(
        has(d, "B.C. van der Heijden-Smit", EntityType::Person),
        "{d:?}"
    );
    assert!(
        has(d, "E.N.A.J. Schreinemacher", EntityType::Person),
        "{d:?}"
    );
    // Counter-example: posts listed after a title are no people.
    let docs = mentions(&["Namens de ministers van Defensie, Buitenlandse Zaken en Financiën."]);
    assert!(
        !docs[0].iter().any(|(_, t)| *t == EntityType::Person),
        "{:?}",
        docs[0]
    );
}

/// Bodies and streets that start like a title are no people: "Gedeputeerde
/// Staten", "Directoraat-generaal Water", "Prinses Beatrixlaan".
#[test]
fn bodies_and_streets_after_a_title_word() {
    let docs = mentions(&[
        "Directoraat-generaal Water,\nPrinses Beatrixlaan 2\n\nGedeputeerde Staten van Utrecht \
         hebben laten weten dat zij instemmen.",
    ]);
    let d = &docs[0];
    assert!(!d.iter().any(|(_, t)| *t == EntityType::Person), "{d:?}");
    assert!(
        has(
            d,
            "Gedeputeerde Staten van Utrecht",
            EntityType::Organisation
        ),
        "{d:?}"
    );
    // Counter-example: a title before a name still makes a person.
    let docs = mentions(&["Gedeputeerde Anne Vos en oud-woordvoerder Piet Kramer spraken."]);
    assert!(
        has(&docs[0], "Anne Vos", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Piet Kramer", EntityType::Person),
        "{:?}",
        docs[0]
    );
}

/// Organisations by an English company word, a place before their head, or
/// "head van het name": "Zhenghua Energy", "Delfzijl Seaports",
/// "Havenbedrijf Amsterdam", "Courant van het Oosten".
#[test]
fn organisations_by_their_head_word() {
    let docs = mentions(&[
        "Het Chinese bedrijf Zhenghua Energy huurt grond van Delfzijl Seaports en \
         Havenbedrijf Amsterdam, meldt het Dagblad van het Oosten.",
    ]);
    let d = &docs[0];
    for org in [
        "Zhenghua Energy",
        "Delfzijl Seaports",
        "Havenbedrijf Amsterdam",
        "Dagblad van het Oosten",
    ] {
        assert!(has(d, org, EntityType::Organisation), "{org}: {d:?}");
    }
    // Counter-example: "het" joins no name without such a head.
    let docs = mentions(&["Zij woonde in Zwolle in het Oosten van het land."]);
    assert!(
        !docs[0].iter().any(|(t, _)| t.contains("in het")),
        "{:?}",
        docs[0]
    );
}

/// A post written after the person ("minister Ruud Kok van Financiën") or
/// right after a local title ("wethouder Wonen"), and a post whose words
/// are listed with commas: the portfolio is no person and no organisation.
#[test]
fn posts_after_a_name_and_after_local_titles() {
    let docs = mentions(&[
        "Inleiding.\n\nMinister Ruud Kok van Sociale Zaken en Werkgelegenheid sprak met de minister van Landbouw, Visserij, Voedselzekerheid en Natuur. Wethouder Wonen van Deventer, Petra Lodder, was er ook.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ruud Kok", EntityType::Person), "{d:?}");
    assert!(has(d, "Petra Lodder", EntityType::Person), "{d:?}");
    for post in [
        "Visserij",
        "Voedselzekerheid",
        "Wonen",
        "Sociale Zaken en Werkgelegenheid",
        "Werkgelegenheid",
    ] {
        assert!(!tagged(d, post), "{post}: {d:?}");
    }
    // Counter-example: "van" after a name starts a surname's particle or a
    // place when no portfolio word follows.
    let docs =
        mentions(&["Inleiding.\n\nDe minister sprak met burgemeester Anna van Wijk van Zwolle."]);
    assert!(
        has(&docs[0], "Anna van Wijk", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Zwolle", EntityType::Location),
        "{:?}",
        docs[0]
    );
}

/// A kind of organisation before a name makes it one, also for every item
/// of a list; a double surname is one person; a span of years is a date.
#[test]
fn kinds_of_organisation_double_surnames_and_periods() {
    let docs = mentions(&[
        "Inleiding.\n\nDe zorgverzekeraars Zilveren Kruis, Menzis en Univé betalen mee, net als adviesbureau Berenschot. Directeur Lieke Dam-Veenstra en Dam-Veenstra zelf. Voor de periode 2026-2029 is geld gereserveerd.",
    ]);
    let d = &docs[0];
    for org in ["Menzis", "Univé", "Berenschot"] {
        assert!(has(d, org, EntityType::Organisation), "{org}: {d:?}");
    }
    assert!(has(d, "Lieke Dam-Veenstra", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Veenstra"), "{d:?}");
    assert!(has(d, "2026-2029", EntityType::Date), "{d:?}");
    // Counter-examples: places after a noun that is no kind of organisation,
    // and numbers that are no span of years.
    let docs =
        mentions(&["Inleiding.\n\nDe bedrijven in Zwolle en Deventer groeien; zie nr. 2019-2023."]);
    assert!(
        has(&docs[0], "Zwolle", EntityType::Location),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Deventer", EntityType::Location),
        "{:?}",
        docs[0]
    );
    assert!(!tagged(&docs[0], "2019-2023"), "{:?}", docs[0]);
}

/// Bodies named "Raad voor …", laws with their year, decrees, a branch
/// named after the country, and the labels of numbers.
#[test]
fn bodies_laws_branches_and_number_labels() {
    let docs = mentions(&[
        "Inleiding.\n\nHet College voor Toetsing gaf advies over de Drinkwaterwet 2011 en het Bouwbesluit, net als Techniek Nederland. Zie ook het Verslag van de Raad. ISSN 1234-5678. Kenmerk OCW/DGO-2026/456789",
    ]);
    let d = &docs[0];
    assert!(
        has(d, "College voor Toetsing", EntityType::Organisation),
        "{d:?}"
    );
    assert!(has(d, "Drinkwaterwet 2011", EntityType::Misc), "{d:?}");
    assert!(has(d, "Bouwbesluit", EntityType::Misc), "{d:?}");
    assert!(
        has(d, "Techniek Nederland", EntityType::Organisation),
        "{d:?}"
    );
    for not in ["Verslag", "ISSN", "OCW", "DGO-2026", "2011"] {
        assert!(!tagged(d, not), "{not}: {d:?}");
    }
    // Counter-examples: "voor" after a compound introduces what a service
    // serves, and a quantifier before the country is no name.
    let docs = mentions(&[
        "Inleiding.\n\nDe Reddingsdienst voor de Waddenzee hielp; het is goed voor heel Nederland en Oost Nederland.",
    ]);
    let d = &docs[0];
    assert!(!tagged(d, "Reddingsdienst voor de Waddenzee"), "{d:?}");
    assert!(has(d, "Waddenzee", EntityType::Location), "{d:?}");
    assert_eq!(
        d.iter()
            .filter(|(t, y)| t == "Nederland" && *y == EntityType::Location)
            .count(),
        2,
        "{d:?}"
    );
}

/// A kind of organisation written first in a sentence ("Netbeheerder
/// Voltarix", a name no list knows) still makes an organisation, and an
/// unknown acronym leads the name of a broadcaster or company ("RTV
/// Drenthe"); letter-spaced
/// fragments of a postcode line never do.
#[test]
fn sentence_initial_kinds_and_acronym_led_names() {
    let docs = mentions(&[
        "Inleiding.\n\nNetbeheerder Voltarix meldt een storing. Vandaag meldde RTV Drenthe dat ook.\n\n2500 EX D en Haag",
    ]);
    let d = &docs[0];
    assert!(has(d, "Voltarix", EntityType::Organisation), "{d:?}");
    assert!(has(d, "RTV Drenthe", EntityType::Organisation), "{d:?}");
    assert!(!tagged(d, "EX D"), "{d:?}");
    // Counter-example: a capitalised word that is no kind of organisation
    // at a sentence start leaves the name after it untyped.
    let docs = mentions(&["Inleiding.\n\nGisteren Voltarix gebeld."]);
    assert!(
        !has(&docs[0], "Voltarix", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
}

/// An unknown acronym before a lower-case word is a name of its own
/// ("TKO-boete" → TKO), unless the word is an organisation's head
/// ("HALO-trust"); a short form with a suffix is defined by its letters
/// ("Sde-plus"); a law's head takes no "in" ("richtlijn in de …wet").
#[test]
fn acronym_compounds_suffixed_short_forms_and_laws() {
    let docs = mentions(&[
        "Inleiding.\n\nDe TKO-boete volgt uit de DQA-richtlijn in de Marktwet. De Regeling duurzame energieproductie (Rdep-plus) loopt door; de Rdep-plus is populair. De WAKE-trust helpt.",
    ]);
    let d = &docs[0];
    assert!(has(d, "TKO", EntityType::Organisation), "{d:?}");
    assert!(has(d, "DQA", EntityType::Organisation), "{d:?}");
    assert!(has(d, "Marktwet", EntityType::Misc), "{d:?}");
    assert!(!tagged(d, "DQA-richtlijn in de Marktwet"), "{d:?}");
    assert!(has(d, "Rdep-plus", EntityType::Misc), "{d:?}");
    assert!(has(d, "WAKE-trust", EntityType::Organisation), "{d:?}");
}

/// Class 6: acronyms that are not names. The languages a cited report is
/// published in ("[EN/AR]") are no organisation; an unknown acronym in a
/// bracket of party names still is.
#[test]
fn the_languages_of_a_cited_report_are_not_organisations() {
    let docs = mentions(&[
        "Zie «Donors must stay committed to the millions in need [EN/AR]» van de \
         hulporganisaties. Ook de fracties (PVK/DLU) vroegen erom.",
    ]);
    assert!(!tagged(&docs[0], "AR"), "{:?}", docs[0]);
    assert!(!tagged(&docs[0], "EN"), "{:?}", docs[0]);
    assert!(
        has(&docs[0], "DLU", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
}

/// An amount in words at the end of a sentence ends before the full stop:
/// "€ 3,2 miljard." is "€ 3,2 miljard"; an abbreviated multiplier keeps its
/// own stop ("EUR 40 mln.").
#[test]
fn a_full_stop_after_an_amount_in_words_ends_the_sentence() {
    let docs = mentions(&[
        "De gemeente leende € 3,2 miljard. Daarna volgde nog $ 12 miljoen. Het fonds kreeg EUR 40 mln. extra.",
    ]);
    let ms = &docs[0];
    // The last is the counter-example: the abbreviation's stop stays.
    let amounts = ["€ 3,2 miljard", "$ 12 miljoen", "EUR 40 mln."];
    let found = amounts.map(|a| has(ms, a, EntityType::Money));
    assert_eq!(found, [true; 3], "{ms:?}");
    assert!(!tagged(ms, "€ 3,2 miljard."), "{ms:?}");
}

/// Class 7, people in news text: a nationality before a name ("de
/// Amerikaanse Erin Jackson", "de Noor Peder Kongshaug") is context, and a
/// given name before a known person's surname is someone else ("Femke Kok"
/// is not Wim Kok). Counter-examples: an adjective before a company keeps
/// it a company, a nationality alone is nothing, and the known person
/// written in full is still the known person.
#[test]
fn a_nationality_or_another_given_name_before_a_name_says_who_it_is() {
    let docs = mentions(&[
        "Uitslag\n\nHEERENVEEN - Femke Kok won voor de Amerikaanse Erin Jackson. \
         Bij de mannen was de Noor Peder Kongshaug tweede. De Noor reed sterk.",
        "Terugblik\n\nWim Kok was premier. Het Russische Gazprom zweeg.",
    ]);
    let (news, history) = (&docs[0], &docs[1]);
    for name in ["Femke Kok", "Erin Jackson", "Peder Kongshaug"] {
        assert!(has(news, name, EntityType::Person), "{name}: {news:?}");
    }
    assert!(!tagged(news, "Amerikaanse Erin Jackson"), "{news:?}");
    assert!(!tagged(news, "Noor"), "{news:?}");
    assert!(has(history, "Wim Kok", EntityType::Person), "{history:?}");
    assert!(!tagged(history, "Russische Gazprom"), "{history:?}");
    // Femke Kok and Wim Kok are two people.
    let c = corpus(&[
        "Uitslag\n\nHEERENVEEN - Femke Kok won.",
        "Terugblik\n\nWim Kok was premier.",
    ]);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    let people: Vec<&str> = index
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(
        people.contains(&"Femke Kok") && people.contains(&"Wim Kok"),
        "{people:?}"
    );
}

/// Class 7, particles: a given name and one more word take a surname's
/// particles ("Jan Derck van Karnebeek", "José Antônio dos Santos"), also
/// after a sentence's first word ("Boer Jan Derck …"). Counter-examples:
/// "van" before a body's name ("Lotte Verbeek van Omroep Gelderland") and
/// "in" before a place ("Bob Corby in Milwaukee") end the name.
#[test]
fn particles_join_a_surname_not_a_body_or_a_place() {
    let docs = mentions(&[
        "Boeren\n\nBoer Jan Derck van Karnebeek is boos. De minister José Antônio dos Santos \
         sprak. Het debat werd geleid door Lotte Verbeek van Omroep Gelderland. \
         Hij traint met coach Bob Corby in Milwaukee.",
    ]);
    let ms = &docs[0];
    for name in [
        "Jan Derck van Karnebeek",
        "José Antônio dos Santos",
        "Lotte Verbeek",
        "Bob Corby",
    ] {
        assert!(has(ms, name, EntityType::Person), "{name}: {ms:?}");
    }
    assert!(
        has(ms, "Omroep Gelderland", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(has(ms, "Milwaukee", EntityType::Location), "{ms:?}");
}

/// Class 2 and 7: after a verb of saying, two capitalised words with no
/// head word are the speaker ("zegt Boudewijn Siemons"). Counter-example:
/// words the text also writes in lower case are common words ("aldus
/// Nieuwe Oogst" in a text about "een nieuwe oogst").
#[test]
fn a_speaker_after_a_verb_of_saying_is_a_person_unless_the_words_are_common() {
    let docs = mentions(&[
        "Handel\n\nDe prijzen dalen, zegt Boudewijn Siemons van de vakbond.",
        "Landbouw\n\nDe boeren wachten op nieuwe plannen. Dat wil het kabinet, aldus Nieuwe Plannen.",
    ]);
    assert!(
        has(&docs[0], "Boudewijn Siemons", EntityType::Person),
        "{:?}",
        docs[0]
    );
    // (Words the document writes in lower case. "Nieuwe Oogst" was the
    // example until the gazetteer learned the farmers' weekly of that name.)
    assert!(!tagged(&docs[1], "Nieuwe Plannen"), "{:?}", docs[1]);
}

/// Class 3: organisations by their head word, also built on a given name or
/// a place ("Frans Hals Museum", "Wageningen Economic Research",
/// "Leeuwarder Courant"), and a body's field after "en" ("Inspectie
/// Overheidsinformatie en Erfgoed"). Counter-example: a known body after
/// "en" is a second body; named events by theirs ("Elfstedentocht").
#[test]
fn head_words_make_bodies_and_events_of_names_built_on_people_and_places() {
    let docs = mentions(&[
        "Cultuur\n\nHet Frans Hals Museum en Wageningen Economic Research werkten samen, \
         meldt de Leeuwarder Courant. De Inspectie Overheidsinformatie en Erfgoed keek mee. \
         De Autoriteit Persoonsgegevens en Europol waren er ook. Komt er een Elfstedentocht?",
    ]);
    let ms = &docs[0];
    for name in [
        "Frans Hals Museum",
        "Wageningen Economic Research",
        "Leeuwarder Courant",
        "Inspectie Overheidsinformatie en Erfgoed",
        "Europol",
    ] {
        assert!(has(ms, name, EntityType::Organisation), "{name}: {ms:?}");
    }
    assert!(
        !tagged(ms, "Autoriteit Persoonsgegevens en Europol"),
        "{ms:?}"
    );
    assert!(has(ms, "Elfstedentocht", EntityType::Misc), "{ms:?}");
}

/// Class 3, spans: "in" before a known place says where a body is, it is
/// not part of its name ("Gemechaniseerde Brigade in Havelte"). Counter-
/// example: a body's "voor" and a person's "van" still join.
#[test]
fn in_before_a_place_ends_a_body_s_name() {
    let docs = mentions(&[
        "Defensie\n\nDe Gemechaniseerde Brigade in Havelte oefent. Het Rivierenland Medisch \
         Centrum in Tiel werd aangevallen. Minister Jan van der Berg sprak met de Raad voor Cultuur.",
    ]);
    let ms = &docs[0];
    assert!(
        has(ms, "Gemechaniseerde Brigade", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(has(ms, "Havelte", EntityType::Location), "{ms:?}");
    assert!(
        has(ms, "Rivierenland Medisch Centrum", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(has(ms, "Tiel", EntityType::Location), "{ms:?}");
    assert!(has(ms, "Jan van der Berg", EntityType::Person), "{ms:?}");
    assert!(
        has(ms, "Raad voor Cultuur", EntityType::Organisation),
        "{ms:?}"
    );
}

/// Class 5 and 7: a word before a given name and a surname is context, not
/// part of the name ("minister van Verdediging Boris Pistorius"). Counter-
/// examples: a body's head keeps the name it is built on ("Stichting Anne
/// Frank"), and an initial stays with the name ("M. El Khatib-Verhoeven").
#[test]
fn a_word_before_a_given_name_and_surname_is_context_unless_a_head_or_an_initial() {
    let docs = mentions(&[
        "Overleg\n\nDe Duitse minister van Verdediging Boris Pistorius kwam langs. \
         Ook de Stichting Anne Frank was er. De brief is getekend door M. El Khatib-Verhoeven.",
    ]);
    let ms = &docs[0];
    assert!(has(ms, "Boris Pistorius", EntityType::Person), "{ms:?}");
    assert!(!tagged(ms, "Verdediging Boris Pistorius"), "{ms:?}");
    assert!(
        has(ms, "Stichting Anne Frank", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(
        has(ms, "M. El Khatib-Verhoeven", EntityType::Person),
        "{ms:?}"
    );
}

/// Class 3: organisations with no cue word at all — companies, utilities,
/// clubs, platforms, broadcasters and Belgian parties — are known by name
/// (the gazetteer's lists by kind), and a club named like a town abroad is
/// the club. Counter-examples: "AZ" in a government text is the ministry of
/// Algemene Zaken, "Den Bosch" stays a place and "Lely" inside a person's
/// name is the person's.
#[test]
fn organisations_without_a_cue_word_are_known_by_name() {
    let docs = mentions(&[
        "Sport en bedrijven\n\nNa de nederlaag van Ajax tegen Go Ahead Eagles meldde \
         Omroep Gelderland dat Stedin en Vitens de stroom- en waterleidingen bij het \
         stadion vervangen. Heijmans bouwt, Deloitte rekent na. De beelden gingen rond \
         op Instagram en WhatsApp. In Brussel reageerden Open Vld en CD&V.",
        "Kabinet\n\nHet ministerie van AZ coördineert. Het overleg is in Den Bosch. \
         Ingenieur Cornelis Lely ontwierp de Afsluitdijk.",
    ]);
    let ms = &docs[0];
    for name in [
        "Ajax",
        "Go Ahead Eagles",
        "Omroep Gelderland",
        "Stedin",
        "Vitens",
        "Heijmans",
        "Deloitte",
        "Instagram",
        "WhatsApp",
        "Open Vld",
        "CD&V",
    ] {
        assert!(has(ms, name, EntityType::Organisation), "{name}: {ms:?}");
    }
    assert!(!has(ms, "Ajax", EntityType::Location), "{ms:?}");
    let gov = &docs[1];
    assert!(has(gov, "AZ", EntityType::Organisation), "{gov:?}");
    assert!(has(gov, "Den Bosch", EntityType::Location), "{gov:?}");
    assert!(!tagged(gov, "Bosch"), "{gov:?}");
    assert!(!has(gov, "Lely", EntityType::Organisation), "{gov:?}");
}

/// Class 7, spans: a letterhead's lines run together in a sidebar, and the
/// head of a unit ("Directie", "Directoraat-generaal") before a name starts a
/// name of its own instead of running on from the ministry's. Counter-
/// examples: after an adjective the unit is one name ("Algemene Directie
/// Statistiek"), and a unit's head with no name after it stays in the name
/// ("Rijksdienst voor Ondernemend Nederland").
#[test]
fn a_unit_of_a_ministry_is_a_name_of_its_own() {
    let docs = mentions(&[
        "Ministerie van Onderwijs, Cultuur en Wetenschap Directoraat-generaal Hoger Onderwijs          Muzenstraat 1 2511 WB Den Haag\n\nBrief\n\nDe Algemene Directie Statistiek meldde het.          Ook de Europese Commissie Directie Handel keek mee.",
    ]);
    let ms = &docs[0];
    assert!(
        has(
            ms,
            "Directoraat-generaal Hoger Onderwijs",
            EntityType::Organisation
        ),
        "{ms:?}"
    );
    assert!(
        !ms.iter().any(|(t, _)| t.contains("Wetenschap Directoraat")),
        "{ms:?}"
    );
    assert!(
        has(ms, "Algemene Directie Statistiek", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(
        has(ms, "Directie Handel", EntityType::Organisation),
        "{ms:?}"
    );
    assert!(!tagged(ms, "Europese Commissie Directie Handel"), "{ms:?}");
}

/// Class 3 and 7, names next to known bodies: a person "van de" a known
/// body works there ("Prof. J.M. de Wit-Smit van de TU Delft" is a person
/// and a body), a known acronym after a body's name restates it
/// ("Internationale Schaatsunie ISU" are two mentions), a known acronym
/// leads a body of its own ("FNV Metaal"), and a unit's field after "en"
/// stays in it before the next unit ("Directoraat-generaal Wonen en Bouwen
/// Directie Huur"). Counter-examples: a body's own "van" goes on ("Hof van
/// Justitie"), and a known acronym alone stays what it is.
#[test]
fn names_next_to_known_bodies_keep_their_own_span() {
    let docs = mentions(&[
        "Onderzoek\n\nVolgens prof. J.M. de Wit-Smit van de TU Delft en Remco Visser van \
         de KNSB is het veilig. De Internationale Schaatsunie ISU volgt. Ook FNV Metaal \
         en de FNV reageerden. Het Hof van Justitie oordeelde.\n\n\
         Directoraat-generaal Wonen en Bouwen Directie Huur Turfmarkt 147 2511 DP Den Haag",
    ]);
    let ms = &docs[0];
    for (name, ty) in [
        ("J.M. de Wit-Smit", EntityType::Person),
        ("TU Delft", EntityType::Organisation),
        ("Remco Visser", EntityType::Person),
        ("KNSB", EntityType::Organisation),
        ("Internationale Schaatsunie", EntityType::Organisation),
        ("ISU", EntityType::Organisation),
        ("FNV Metaal", EntityType::Organisation),
        ("FNV", EntityType::Organisation),
        ("Hof van Justitie", EntityType::Organisation),
        (
            "Directoraat-generaal Wonen en Bouwen",
            EntityType::Organisation,
        ),
        ("Directie Huur", EntityType::Organisation),
    ] {
        assert!(has(ms, name, ty), "{name}: {ms:?}");
    }
    assert!(
        !ms.iter().any(|(t, _)| t.ends_with("van de KNSB")),
        "{ms:?}"
    );
}

/// Class 2 and 7, named things and foreign names: a list after a kind of
/// named thing takes its type ("de oefeningen Frozen Hammer, Steel Lynx en
/// Polar Dawn"), English plans by their head ("Nordic Defence Strategy"), an
/// Arabic name keeps its patronymic and its article ("Faisal bin Farhan
/// al-Saud"), and "El" starts a place, not a person. Counter-examples: a
/// list after a common noun stays untyped, a known acronym before a common
/// word leads no name ("NOS Over de NOS"), and a lower-case "al-" word
/// alone is no name.
#[test]
fn lists_of_named_things_and_arabic_names() {
    let docs = mentions(&[
        "Oefenen\n\nDe mariniers namen deel aan de oefeningen Frozen Hammer, Steel Lynx en \
         Polar Dawn. De Nordic Defence Strategy is klaar. Volgens de Saudische minister van \
         Buitenlandse Zaken Faisal bin Farhan al-Saud en generaal Abdel Fattah al-Burhan is \
         het rustig in El Geneina. Volgens de collega's Grote Markt en Kleine Zaal niet. Het \
         al-gemene beeld is goed. Lees meer over de top of neem contact op.\n\nNOS Over de NOS \
         Contact",
    ]);
    let ms = &docs[0];
    for (name, ty) in [
        ("Frozen Hammer", EntityType::Misc),
        ("Steel Lynx", EntityType::Misc),
        ("Polar Dawn", EntityType::Misc),
        ("Nordic Defence Strategy", EntityType::Misc),
        ("Faisal bin Farhan al-Saud", EntityType::Person),
        ("Abdel Fattah al-Burhan", EntityType::Person),
        ("NOS", EntityType::Organisation),
    ] {
        assert!(has(ms, name, ty), "{name}: {ms:?}");
    }
    for never in [
        "El Geneina",
        "Grote Markt",
        "Kleine Zaal",
        "NOS Over",
        "NOS Contact",
    ] {
        assert!(
            !ms.iter()
                .any(|(t, y)| t == never && *y != EntityType::Location),
            "{never}: {ms:?}"
        );
    }
    assert!(!ms.iter().any(|(t, _)| t.contains("al-gemene")), "{ms:?}");
}

/// Class 3 (places): Belgian towns are places without a cue, as Dutch ones
/// are ("Aarschot en Waregem", "Moeskroen"), also under their Dutch names
/// ("Doornik"). Counter-examples: a town that is also a Dutch word is not
/// a place without a cue ("Boom" at a clause's start after "De"), and one
/// that is a surname stays the person's ("Jan Thys").
#[test]
fn belgian_towns_are_places() {
    let docs = mentions(&[
        "Verkiezingen\n\nDe burgemeesters van Aarschot en Waregem spraken met collega's uit \
         Moeskroen en Doornik. Volgens Jan Thys is het Boom-festival verplaatst. De Boom \
         bleef staan.",
    ]);
    let ms = &docs[0];
    for place in ["Aarschot", "Waregem", "Moeskroen", "Doornik"] {
        assert!(has(ms, place, EntityType::Location), "{place}: {ms:?}");
    }
    assert!(has(ms, "Jan Thys", EntityType::Person), "{ms:?}");
    assert!(!tagged(ms, "Thys"), "{ms:?}");
    assert!(!tagged(ms, "Boom"), "{ms:?}");
}

/// Class 6 (laws): a law or regulation by its title in sentence case is a
/// named thing, up to the sentence's own words ("De Wet betaalbare huur
/// ligt …"). Counter-examples: "Wet" alone, "Wet en regelgeving" at a
/// sentence's start, and the word in lower case name nothing.
#[test]
fn laws_by_their_title_in_sentence_case() {
    let docs = mentions(&[
        "Wetgeving\n\nDe Wet betaalbare huur ligt bij de Eerste Kamer. Gemeenten passen de \
         Regeling specifieke uitkering sportaccommodaties toe. Wet en regelgeving schieten \
         tekort, want volgens de Wet is dat niet nodig en de wet op de zorg is oud.",
    ]);
    let ms = &docs[0];
    for name in [
        "Wet betaalbare huur",
        "Regeling specifieke uitkering sportaccommodaties",
    ] {
        assert!(has(ms, name, EntityType::Misc), "{name}: {ms:?}");
    }
    for never in ["Wet", "Wet en regelgeving", "wet op de zorg"] {
        assert!(!tagged(ms, never), "{never}: {ms:?}");
    }
}

/// Class 3: what people speak for, own or work at is an organisation ("een
/// woordvoerder van Voltarix", "de klanten van de Tulpix", "werkt bij
/// Meridiaan Zorg"). Counter-examples: the office of a place stays with the
/// place ("de burgemeester van Aarschot"), and the spokesman of a person the
/// text has named speaks for that person ("Mohamed Hamdan Dagalo … een
/// woordvoerder van Dagalo").
#[test]
fn members_and_staff_name_their_organisation() {
    let docs = mentions(&[
        "Nieuws\n\nEen woordvoerder van Voltarix bevestigt dat de klanten van de Tulpix boos \
         zijn. Zijn zus werkt bij Meridiaan Zorg, zijn broer bij Uitgeverij Zandbank. De \
         burgemeester van Aarschot reageerde.",
        "Soedan\n\nDe RSF van Mohamed Hamdan Dagalo rukt op.\n\nEen woordvoerder van Dagalo \
         ontkende dat.",
    ]);
    let ms = &docs[0];
    for name in [
        "Voltarix",
        "Tulpix",
        "Meridiaan Zorg",
        "Uitgeverij Zandbank",
    ] {
        assert!(has(ms, name, EntityType::Organisation), "{name}: {ms:?}");
    }
    assert!(has(ms, "Aarschot", EntityType::Location), "{ms:?}");
    let sd = &docs[1];
    assert!(has(sd, "Dagalo", EntityType::Person), "{sd:?}");
    assert!(!has(sd, "Dagalo", EntityType::Organisation), "{sd:?}");
}

/// News-site chrome lists "X" (once Twitter) among the platforms to share on;
/// the letter names the platform only there, and is never learned.
#[test]
fn x_among_platforms_is_the_platform() {
    let docs = mentions(&[
        "Wethouder stopt met sociale media\nDelen\nFacebook\nX\nWhatsApp\n\nDe gemeente stopt met X en gaat naar Mastodon.",
        "Stel dat leverancier X failliet gaat: dan neemt leverancier Y het over.",
    ]);
    let xs = docs[0].iter().filter(|(t, _)| t == "X").count();
    assert_eq!(xs, 2, "{:?}", docs[0]);
    assert!(has(&docs[0], "X", EntityType::Organisation));
    // Counter-example: a letter standing for anything, in another document.
    assert!(!tagged(&docs[1], "X"), "{:?}", docs[1]);
}

/// Class 7, names in the Flemish and party-title forms: a capitalised
/// particle before a surname that looks like an adjective ("Van
/// Driessche"), a party glued to a capitalised title ("CDA-Kamerlid"), and
/// a given name that is also a known politician's surname ("Paul").
#[test]
fn flemish_particles_party_titles_and_given_names_that_are_surnames() {
    let docs = mentions(&[
        "Scheidsrechter Bram Van Driessche floot af. Het CDA-Kamerlid Derk Boswijk wil opheldering. In Charleroi sprak PS-voorzitter Paul Magnette.",
        "De Oekraïense regering en de Russische ambassade reageerden. Kamerlid Paul stelde vragen.",
    ]);
    for name in ["Bram Van Driessche", "Derk Boswijk", "Paul Magnette"] {
        assert!(
            has(&docs[0], name, EntityType::Person),
            "{name}: {:?}",
            docs[0]
        );
    }
    // Counter-examples: adjectives before a noun, and the known surname on
    // its own.
    assert!(!tagged(&docs[1], "Oekraïense"), "{:?}", docs[1]);
    assert!(!tagged(&docs[1], "Russische"), "{:?}", docs[1]);
    assert!(has(&docs[1], "Paul", EntityType::Person), "{:?}", docs[1]);
}

/// Class 3, organisations named after their place: an unknown word or a
/// known company right before a city or region is one organisation; a
/// word that makes a place ("Station") is not.
#[test]
fn organisations_named_after_their_town() {
    let docs = mentions(&[
        "De corporaties Portaal, Woonstad Rotterdam en Ymere bouwen meer. De Rabobank Rivierenland financiert het. Reizigers op Station Utrecht merkten er niets van.",
    ]);
    assert!(
        has(&docs[0], "Woonstad Rotterdam", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Rabobank Rivierenland", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
    assert!(!tagged(&docs[0], "Station Utrecht"), "{:?}", docs[0]);
    assert!(
        has(&docs[0], "Utrecht", EntityType::Location),
        "{:?}",
        docs[0]
    );
}

/// News chrome: the photographer beside the agency in a credit line.
#[test]
fn photographers_in_credit_lines() {
    let docs = mentions(&[
        "De fabriek aan de rand van de stad.\nBeeld ANP / Annelot Prins\n\nDe raad vergaderde. (Foto: Remko de Waal / ANP)\n\nHet ANP / de NOS meldden het.",
    ]);
    assert!(
        has(&docs[0], "Annelot Prins", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Remko de Waal", EntityType::Person),
        "{:?}",
        docs[0]
    );
    // Counter-example: a slash between bodies in running text.
    assert!(
        !docs[0]
            .iter()
            .any(|(t, y)| t.starts_with("de NOS") && *y == EntityType::Person)
    );
}

/// Heads of names seen on unseen text: a pension fund is an institution
/// (a fund of the budget stays a named thing), the stage's companies are
/// organisations, prizes and competitions are named things.
#[test]
fn pension_funds_orchestras_and_prizes() {
    let docs = mentions(&[
        "Het Pensioenfonds Zorg en Welzijn stapt over. Het Residentie Orkest speelde, het Nederlands Dans Theater danste. De Tiger Award ging naar een debutant; de Libris Literatuur Prijs ook. De Croky Cup begint.",
        "Het kabinet stort geld in het Klimaatfonds en het Groeifonds.",
    ]);
    for (name, ty) in [
        ("Pensioenfonds Zorg en Welzijn", EntityType::Organisation),
        ("Residentie Orkest", EntityType::Organisation),
        ("Nederlands Dans Theater", EntityType::Organisation),
        ("Tiger Award", EntityType::Misc),
        ("Libris Literatuur Prijs", EntityType::Misc),
        ("Croky Cup", EntityType::Misc),
    ] {
        assert!(has(&docs[0], name, ty), "{name}: {:?}", docs[0]);
    }
    // Counter-example: a budget fund is no organisation.
    assert!(
        !docs[1].iter().any(|(_, t)| *t == EntityType::Organisation),
        "{:?}",
        docs[1]
    );
}

/// News chrome: a site's menu is a list of items, not one long name.
#[test]
fn a_menu_line_is_no_name() {
    let docs = mentions(&[
        "Omroep Gelderland Nieuws Sport Regio Tv Radio Zoeken Menu\nFabriek in Tiel dicht\nDe fabriek van Omroep Gelderland Nieuws is dicht, meldt RTV Oost Nieuws.",
    ]);
    assert!(
        !docs[0].iter().any(|(t, _)| t.contains("Sport")),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Omroep Gelderland", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
}

/// Class 3 in match reports: a town that plays, or is played against, is
/// its club; the town where the match is played stays a place. Squares,
/// parks, stations and stadiums are places; a village of the place lists
/// that is a person's surname in the document is the person.
#[test]
fn clubs_by_their_town_and_named_places() {
    let docs = mentions(&[
        "Genk verloor zaterdag met 1 - 0 bij Sint-Truiden . KV Mechelen won met 0 - 2 in Oostende . De supporters verzamelden op het Jubelpark en in het Jan Breydelstadion .",
        "Kjeld Nuis won de 1500 meter. Nuis was tevreden. In Genk wonen veel mensen.",
    ]);
    for (name, ty) in [
        ("Genk", EntityType::Organisation),
        ("Sint-Truiden", EntityType::Organisation),
        ("Oostende", EntityType::Location),
        ("Jubelpark", EntityType::Location),
        ("Jan Breydelstadion", EntityType::Location),
    ] {
        assert!(has(&docs[0], name, ty), "{name}: {:?}", docs[0]);
    }
    assert!(has(&docs[1], "Nuis", EntityType::Person), "{:?}", docs[1]);
    // Counter-example: the town outside a match.
    assert!(has(&docs[1], "Genk", EntityType::Location), "{:?}", docs[1]);
}

/// Class 7: a person's particles before a body's name end the person
/// ("Pierre Wunsch van de Nationale Bank van België").
#[test]
fn a_body_after_the_particles_ends_the_person() {
    let docs = mentions(&[
        "Gouverneur Pierre Wunsch van de Nationale Bank van België waarschuwde. Ook Jan van der Heijden sprak.",
    ]);
    assert!(
        has(&docs[0], "Pierre Wunsch", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(
            &docs[0],
            "Nationale Bank van België",
            EntityType::Organisation
        ),
        "{:?}",
        docs[0]
    );
    // Counter-example: particles before a surname.
    assert!(
        has(&docs[0], "Jan van der Heijden", EntityType::Person),
        "{:?}",
        docs[0]
    );
}

/// Class 7, people named without a listed given name: after a title of
/// the arts or of sport ("regisseur", "middenvelder"), with a double given
/// name whose halves are given names ("Jean-Baptiste"), and by a surname
/// whose particle is capitalised inside a sentence ("Van Campen").
#[test]
fn people_by_arts_and_sports_titles_double_given_names_and_capital_van() {
    let docs = mentions(&[
        "De prijs ging naar regisseur Shirin Ghasemi-Rad. Het rapport van Jean-Baptiste Moreau verscheen. Vragen van de leden Vedder en Van Campen. Middenvelder Anan Khalaili kreeg rood.",
        "Het bedrijf Van Doorn Tankbouw sluit. Van Gelder kwam niet. De producent Betuwe Metaal stopt.",
    ]);
    for name in [
        "Shirin Ghasemi-Rad",
        "Jean-Baptiste Moreau",
        "Van Campen",
        "Anan Khalaili",
    ] {
        assert!(
            has(&docs[0], name, EntityType::Person),
            "{name}: {:?}",
            docs[0]
        );
    }
    // Counter-examples: a company named after a family, a sentence that
    // opens with "Van", a producer that is a company.
    assert!(
        !docs[1].iter().any(|(_, t)| *t == EntityType::Person),
        "{:?}",
        docs[1]
    );
}

/// Class 7: a capitalised title before a given name leaves the surname's
/// particles to the person ("Wethouder Economie Jaap den Hartog"); a place
/// takes the compass part after its hyphen ("Brussel-Zuid").
#[test]
fn titles_before_given_names_and_compass_parts_of_places() {
    let docs = mentions(&[
        "Wethouder Economie Jaap den Hartog zegt dat. De trein vertrok uit Brussel-Zuid naar Antwerpen. De Brussel-gezinde partijen zwegen.",
    ]);
    assert!(
        has(&docs[0], "Jaap den Hartog", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Brussel-Zuid", EntityType::Location),
        "{:?}",
        docs[0]
    );
    // Counter-example: a lower-case compound after the hyphen.
    assert!(
        !docs[0].iter().any(|(t, _)| t.starts_with("Brussel-g")),
        "{:?}",
        docs[0]
    );
}

/// Class 7 (people's names): a party in brackets after a member's name
/// names the party and makes the name a person's, also for a surname with a
/// capital particle ("De Hoop", "Ter Laak") and an unknown given name.
#[test]
fn a_party_in_brackets_names_a_member_not_an_alias() {
    let docs = mentions(&[
        "Vragen van de leden Ter Meulen (GroenLinks-PvdA) en Wobbe van Tuinen (NSC) aan de minister. Ook de Oostenrijkse Europarlementariër Hanna Gruber (ÖVP) reageerde; de ÖVP is kritisch.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ter Meulen", EntityType::Person), "{d:?}");
    assert!(has(d, "Wobbe van Tuinen", EntityType::Person), "{d:?}");
    assert!(has(d, "Hanna Gruber", EntityType::Person), "{d:?}");
    assert!(!has(d, "ÖVP", EntityType::Person), "{d:?}");
    assert!(has(d, "ÖVP", EntityType::Organisation), "{d:?}");
    // A surname alone before its party, also one of capitals and digits.
    let docs =
        mentions(&["Vragen van de leden Hoekveld (D66) en Staphorsius (NSC) aan de minister."]);
    assert!(
        has(&docs[0], "Hoekveld", EntityType::Person),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Staphorsius", EntityType::Person),
        "{:?}",
        docs[0]
    );
    // Counter-examples: a body before its own acronym, a place in brackets,
    // a title of a book.
    let docs = mentions(&[
        "Het rapport van Lokaal Sterk Noord (LSN) ligt er. Hij zat in De Bunker (Amsterdam). Het boek De Aanslag is bekend. De Inspectie Bodem en Kanalen (IBK) en de Dienst Wegen en Rivieren (DWR) zwegen.",
    ]);
    let d = &docs[0];
    assert!(!d.iter().any(|(_, y)| *y == EntityType::Person), "{d:?}");
}

/// Class 7 (people's names): a people's noun that is also a given name is
/// the given name without an article before it; a place after the
/// particles of a full name is where the person is from.
#[test]
fn given_names_that_are_peoples_and_places_after_a_full_name() {
    let docs = mentions(&[
        "Volgens fractieleider Noor Bakkali is dat zo. In de tweede helft scoorde de Noor Sørloth. Coach Bernd Krauss van Genk was tevreden.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Noor Bakkali", EntityType::Person), "{d:?}");
    assert!(has(d, "Sørloth", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Noor Sørloth"), "{d:?}");
    assert!(has(d, "Bernd Krauss", EntityType::Person), "{d:?}");
    // Counter-example: a given name, then "van" and a place-named surname.
    let docs = mentions(&["Volgens Jan Peter van Gent is dat zo."]);
    assert!(
        has(&docs[0], "Jan Peter van Gent", EntityType::Person),
        "{:?}",
        docs[0]
    );
}

/// Class 3 (organisations with a place in the name): a court named by its
/// district is one organisation; a club named by its town is an
/// organisation on a results line and in a compound of its people.
#[test]
fn courts_and_clubs_named_after_places() {
    let docs = mentions(&[
        "De rechtbank Noord-Holland doet uitspraak; in hoger beroep oordeelt het gerechtshof Den Haag. De rechtbank in Haarlem zat vol.",
        "Uitslagen :\nGenk - Sint-Truiden 2 - 0\nGent - Anderlecht 1 - 1\nGenk-trainer Kees Pronk was tevreden .\nIn Gent regende het .\nTrainer Bert Smulders van Genk bleef thuis .",
    ]);
    assert!(
        has(
            &docs[0],
            "rechtbank Noord-Holland",
            EntityType::Organisation
        ),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "gerechtshof Den Haag", EntityType::Organisation),
        "{:?}",
        docs[0]
    );
    assert!(
        has(&docs[0], "Haarlem", EntityType::Location),
        "{:?}",
        docs[0]
    );
    let d = &docs[1];
    for club in ["Genk", "Sint-Truiden", "Anderlecht"] {
        assert!(has(d, club, EntityType::Organisation), "{club}: {d:?}");
    }
    // Counter-example: the town where it rains.
    assert!(has(d, "Gent", EntityType::Location), "{d:?}");
    // Once Genk is the club in this report, "Trainer … van Genk" is the club
    // too (issue 12, twelfth round: a club's trainer, as the gold of the
    // ninth set has it), while "In Gent" stays the town.
    let genk_clubs = d
        .iter()
        .filter(|(t, y)| t == "Genk" && *y == EntityType::Organisation)
        .count();
    assert_eq!(genk_clubs, 3, "{d:?}");
}

/// Class 5 (portfolios in titles): a deputy minister's portfolio names the
/// post, and the name after it keeps its particles.
#[test]
fn a_deputy_ministers_post_and_the_name_after_it() {
    let docs = mentions(&[
        "In Caïro sprak hij met onderminister van Buitenlandse Zaken Ana Lucía de la Vega en viceminister van Defensie Piotr Nowicki.",
    ]);
    let d = &docs[0];
    assert!(has(d, "Ana Lucía de la Vega", EntityType::Person), "{d:?}");
    assert!(has(d, "Piotr Nowicki", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "Buitenlandse Zaken"), "{d:?}");
    assert!(!tagged(d, "Defensie"), "{d:?}");
    // Counter-example: the ministry itself is an organisation.
    let docs = mentions(&["Het ministerie van Buitenlandse Zaken reageerde niet."]);
    assert!(
        docs[0]
            .iter()
            .any(|(t, y)| t.contains("Buitenlandse Zaken") && *y == EntityType::Organisation),
        "{:?}",
        docs[0]
    );
}

/// Class 7 (initials): longer initials glued before a known person's
/// initials form are part of the name, and name someone else.
#[test]
fn longer_initials_before_a_known_initials_form() {
    let docs =
        mentions(&["Het verslag is van A.J.H. Wiersma, de oud-schaatser H. Wiersma las mee."]);
    let d = &docs[0];
    assert!(has(d, "A.J.H. Wiersma", EntityType::Person), "{d:?}");
    assert!(has(d, "H. Wiersma", EntityType::Person), "{d:?}");
    assert!(!tagged(d, "J.H. Wiersma"), "{d:?}");
}
