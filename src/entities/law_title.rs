//! Dutch laws and regulations named by their title, which is written in
//! sentence case: "Wet op het primair onderwijs", "Wet versterking regie
//! volkshuisvesting", "Besluit kwaliteit leefomgeving", "Regeling
//! onderwijsregio's". The title runs from its capitalised head over the
//! lower-case words after it and ends at punctuation, at a capital, or at a
//! word that goes on with the sentence ("is", "wordt", "die", "in").

use super::words::Word;

/// Heads of a title in sentence case (an EU act's too: "Verordening
/// ontbossingsvrije producten", "Richtlijn hernieuwbare energie").
const HEADS: &[&str] = &["Wet", "Besluit", "Regeling", "Verordening", "Richtlijn"];

/// Heads of two words: "Tijdelijke regeling uitfasering partnerschappen",
/// "Tijdelijke wet taakverwaarlozing" (the adjective, then a head in lower
/// case; a title needs a word after both).
fn is_two_word_head(first: &str, second: &str) -> bool {
    first == "Tijdelijke" && matches!(second, "regeling" | "wet" | "besluit")
}

/// Words a title has inside, never at its end ("Wet op het …").
#[rustfmt::skip]
const INSIDE: &[&str] = &[
    "op", "van", "tot", "inzake", "ter", "de", "het", "der", "en", "voor", "houdende",
    "betreffende",
];

/// Words that go on with the sentence, not the title: verbs and the
/// particles of separable ones ("passen de Regeling … toe"), pronouns,
/// conjunctions, adverbs and the prepositions of a sentence.
#[rustfmt::skip]
const ENDS: &[&str] = &[
    "is", "was", "wordt", "werd", "worden", "werden", "zijn", "waren", "heeft", "hebben", "had",
    "kan", "kunnen", "zal", "zullen", "moet", "moeten", "mag", "treedt", "trad", "geldt", "gaat",
    "blijft", "regelt", "biedt", "maakt", "ligt", "lag", "staat", "stond", "komt", "kwam", "geeft",
    "gaf", "krijgt", "kreeg", "zorgt", "vraagt", "bepaalt", "voorziet", "beoogt", "wijzigt",
    "verplicht", "vereist", "stelt", "legt", "houdt", "neemt", "leidt", "gold", "bevat", "noemt",
    "moest", "kon", "zou", "wil", "wilde", "mocht", "bleef", "blijkt", "lijkt", "loopt", "volgt",
    "dient", "betekent", "verbiedt", "beschermt", "toe", "af", "mee", "terug", "vast", "weg", "die",
    "dat", "wat", "waarin", "waarmee", "waarbij", "waardoor", "om", "als", "omdat", "maar", "of",
    "nog", "niet", "ook", "al", "er", "wel", "nu", "dan", "zo", "per", "sinds", "vanaf", "in",
    "bij", "met", "door", "na", "naar", "over", "uit", "aan", "onder", "tegen", "binnen", "zoals",
    "waar", "wanneer", "te", "een", "deze", "dit", "zich", "hij", "zij", "ze", "wij", "we", "u",
    "daarom", "dus", "echter",
    // Participles that end a sentence's verb after the title ("heb de
    // Tijdelijke regeling … ingesteld").
    "ingesteld", "vastgesteld", "opgesteld", "aangenomen", "gewijzigd", "ingediend", "ingetrokken",
    "gepubliceerd", "aangekondigd", "uitgevoerd", "verlengd", "aangepast", "genoemd", "bedoeld",
    "beschreven", "toegepast", "verwezen", "ingevoerd", "afgeschaft",
];

/// Subject pronouns: the word before one is a verb put first ("… stuur ik").
const SUBJECTS: &[&str] = &[
    "ik", "we", "wij", "u", "hij", "zij", "ze", "men", "jij", "je",
];

/// Titles run at most this many words after the head.
const MAX_WORDS: usize = 8;

/// The index of the last word of the title that starts at `words[at]`, if
/// a head stands there followed by at least one word of the title.
pub fn title_end(text: &str, words: &[Word], at: usize) -> Option<usize> {
    let word = |i: usize| &text[words[i].range.clone()];
    // "Verzamelwet pensioenen 2026", "het wetsvoorstel Invoeringswet
    // stelselherziening": a compound head takes words only when they end
    // in a year or a bill names it (its own name is one word: "de Jeugdwet
    // schiet tekort").
    let two_words = words
        .get(at + 1)
        .is_some_and(|n| n.joined_to_prev && is_two_word_head(word(at), &text[n.range.clone()]));
    let compound = !HEADS.contains(&word(at)) && !two_words && is_compound_head(word(at));
    if !HEADS.contains(&word(at)) && !compound && !two_words {
        return None;
    }
    let billed = at > 0
        && words[at].joined_to_prev
        && matches!(
            word(at - 1),
            "wetsvoorstel" | "ontwerpbesluit" | "conceptbesluit" | "ontwerpregeling"
        );
    // The title's first word: a word of its own or a preposition that
    // starts one ("Wet op …"), not "en" ("Wet en regelgeving"); at a
    // sentence's start only the latter ("Besluit nemen wij later" is none).
    let first = words
        .get(at + 1)
        .filter(|n| n.joined_to_prev)
        .map(|n| &text[n.range.clone()])?;
    let opens = matches!(first, "op" | "tot" | "inzake" | "ter" | "houdende");
    if !opens && (INSIDE.contains(&first) || words[at].sentence_start) {
        return None;
    }
    let mut last = at;
    let mut j = at + 1;
    // "landbouw- en voedselvoorzieningsketen": a suspended hyphen goes on
    // over "en" (the hyphen parts the words there).
    let suspended =
        |j: usize| word(j) == "en" && &text[words[j - 1].range.end..words[j].range.start] == "- ";
    while j < words.len() && j - at <= MAX_WORDS && (words[j].joined_to_prev || suspended(j)) {
        let w = word(j);
        let year = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        // "Wet overbruggingsregeling box 3": one digit after a word of the
        // title closes it, when the sentence goes on after it ("box 3 in
        // strijd", not "fase 2 jaar").
        let digit = w.len() == 1
            && w.as_bytes()[0].is_ascii_digit()
            && last == j - 1
            && words.get(j + 1).is_none_or(|n| {
                !n.joined_to_prev || {
                    let n = &text[n.range.clone()];
                    ENDS.contains(&n) || !n.starts_with(char::is_lowercase)
                }
            });
        // "Wanneer wordt de Wet … van kracht?": the sentence's "van".
        let sentence_van = w == "van"
            && words.get(j + 1).is_some_and(|n| {
                matches!(&text[n.range.clone()], "kracht" | "toepassing" | "belang")
            });
        // "… stikstofreductie stuur ik naar uw Kamer": a word before a
        // subject pronoun is the sentence's verb, put first.
        let verb_first = words
            .get(j + 1)
            .is_some_and(|n| n.joined_to_prev && SUBJECTS.contains(&&text[n.range.clone()]));
        // "Wet op Buitenlandse Agenten": after its opening preposition a
        // title may be written in capitals throughout (not once it went on
        // in lower case: "Wet op de zorgtoeslag Rutte …").
        let title_case = opens
            && w.starts_with(char::is_uppercase)
            && (at + 2..j).all(|k| {
                let k = word(k);
                INSIDE.contains(&k) || k.starts_with(char::is_uppercase)
            });
        // "de Wet bankenbelasting stijgt het tarief": inside a title an
        // article follows a preposition ("Wet op het …"); after any other
        // word that word was the sentence's verb, and the title ended before
        // it.
        if matches!(w, "de" | "het" | "der")
            && j > at + 1
            && !matches!(
                word(j - 1),
                "op" | "van"
                    | "tot"
                    | "inzake"
                    | "ter"
                    | "voor"
                    | "betreffende"
                    | "houdende"
                    | "en"
            )
        {
            last = (at + 1..j - 1)
                .rev()
                .find(|&k| !INSIDE.contains(&word(k)))
                .unwrap_or(at);
            break;
        }
        if !(w.starts_with(char::is_lowercase) || year || digit || title_case)
            || ENDS.contains(&w)
            || sentence_van
            || verb_first
        {
            break;
        }
        if !INSIDE.contains(&w) {
            last = j;
        }
        // A year closes the title: "Wet inkomstenbelasting 2001 voor …";
        // so does the word that ends a suspended hyphen's pair.
        if year || digit || (j >= 2 && suspended(j - 1)) {
            break;
        }
        j += 1;
    }
    if compound && !billed {
        let w = word(last);
        let year = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        if !year {
            return None;
        }
    }
    (last > at + usize::from(two_words)).then_some(last)
}

/// Joins a law or decree named by one compound word to the place after it
/// that names its subject: "Luchthavenbesluit Maastricht", "Aanwijzingsbesluit
/// Schiphol". `found` is sorted by start; the place goes into the name.
/// (A place after a law that is not its subject comes after a preposition:
/// "de Omgevingswet in Utrecht".)
pub fn join_subject_place(text: &str, found: &mut Vec<super::Found>) {
    use super::kind::EntityType;
    let mut gone = Vec::new();
    for i in 1..found.len() {
        let (law, place) = (&found[i - 1], &found[i]);
        let surface = &text[law.range.clone()];
        if law.ty != EntityType::Misc
            || place.ty != EntityType::Location
            || surface.contains(' ')
            || !is_compound_head(surface)
            || text.get(law.range.end..place.range.start) != Some(" ")
            || text[place.range.clone()].contains(' ')
        {
            continue;
        }
        let range = law.range.start..place.range.end;
        found[i - 1] = super::Found {
            link: super::detector::name_link(&text[range.clone()]),
            range,
            ty: EntityType::Misc,
        };
        gone.push(i);
    }
    super::drop_finds(found, gone);
}

/// A capitalised compound whose last part is a head: "Verzamelwet",
/// "Codebesluit", "Subsidieregeling".
fn is_compound_head(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        && HEADS.iter().any(|h| {
            let h = h.to_lowercase();
            w.len() > h.len() + 2 && w.ends_with(h.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::{join_subject_place, title_end};
    use crate::entities::words::words;

    fn title(text: &str) -> Option<&str> {
        let w = words(text);
        let at = w
            .iter()
            .position(|x| &text[x.range.clone()] == "Wet")
            .or_else(|| {
                w.iter()
                    .position(|x| matches!(&text[x.range.clone()], "Besluit" | "Regeling"))
            })?;
        title_end(text, &w, at).map(|end| &text[w[at].range.start..w[end].range.end])
    }

    #[test]
    fn titles_in_sentence_case() {
        assert_eq!(
            title("Zo regelt de Wet op het primair onderwijs dat."),
            Some("Wet op het primair onderwijs")
        );
        assert_eq!(
            title("De Tweede Kamer nam de Wet versterking regie volkshuisvesting aan."),
            Some("Wet versterking regie volkshuisvesting")
        );
        assert_eq!(
            title("Het Besluit kwaliteit leefomgeving is gewijzigd."),
            Some("Besluit kwaliteit leefomgeving")
        );
        assert_eq!(
            title("Zie de Wet inkomstenbelasting 2001, artikel 3."),
            Some("Wet inkomstenbelasting 2001")
        );
        // A suspended hyphen goes on over "en"; a plain "en" does not.
        assert_eq!(
            title("Met de Wet eerlijke handel akker- en tuinbouwketen ons daar toezicht."),
            Some("Wet eerlijke handel akker- en tuinbouwketen")
        );
        assert_eq!(
            title("Met de Wet natuurbescherming en de Waterwet komt er toezicht."),
            Some("Wet natuurbescherming")
        );
        // An article after a word other than a preposition: that word was
        // the sentence's verb.
        assert_eq!(
            title("Op grond van de Wet bankenbelasting stijgt het tarief in 2027."),
            Some("Wet bankenbelasting")
        );
        assert_eq!(
            title("Zo regelt de Wet op het hoger onderwijs en het wetenschappelijk onderzoek dat."),
            Some("Wet op het hoger onderwijs en het wetenschappelijk onderzoek")
        );
        // After its preposition a title may be in capitals throughout.
        assert_eq!(
            title("Georgië nam de Wet op Buitenlandse Agenten aan."),
            Some("Wet op Buitenlandse Agenten")
        );
        assert_eq!(
            title("Zo regelt de Wet op de Raad van State dat."),
            Some("Wet op de Raad van State")
        );
    }

    #[test]
    fn a_decree_takes_the_place_it_is_about() {
        use crate::entities::kind::EntityType;
        use crate::entities::{Found, test_mention};
        let text =
            "Het Luchthavenbesluit Maastricht en de Omgevingswet in Utrecht, de Wet Utrecht.";
        let mut found: Vec<Found> = [
            ("Luchthavenbesluit", EntityType::Misc),
            ("Maastricht", EntityType::Location),
            ("Omgevingswet", EntityType::Misc),
            ("Utrecht", EntityType::Location),
        ]
        .iter()
        .map(|(s, ty)| test_mention(text, s, *ty, false))
        .collect();
        join_subject_place(text, &mut found);
        let names: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        // Counter-example: a place after a preposition is where, not what.
        assert_eq!(
            names,
            ["Luchthavenbesluit Maastricht", "Omgevingswet", "Utrecht"]
        );
    }

    #[test]
    fn no_title_without_one() {
        // A head alone, before a verb, a capital or punctuation.
        assert_eq!(title("Volgens de Wet is dat verboden."), None);
        assert_eq!(title("Die Wet, zei hij, is oud."), None);
        assert_eq!(title("De Wet Bibob geldt."), None);
        // A title ends before the sentence's own words.
        assert_eq!(
            title("De Wet op de jeugdzorg in Nederland werkt."),
            Some("Wet op de jeugdzorg")
        );
        assert_eq!(title("Is de Wet op de?"), None);
        // "van kracht" is the sentence's; a digit after a title word
        // closes the title only where the sentence goes on.
        assert_eq!(
            title("Wanneer wordt de Wet toezicht kinderopvang van kracht?"),
            Some("Wet toezicht kinderopvang")
        );
        assert_eq!(
            title("Dan is de Wet bescherming van persoonsgegevens van toepassing."),
            Some("Wet bescherming van persoonsgegevens")
        );
        assert_eq!(
            title("De Wet overbruggingsregeling box 3 is in strijd met het EVRM."),
            Some("Wet overbruggingsregeling box 3")
        );
        assert_eq!(
            title("De Wet langdurige zorg 2 jaar later."),
            Some("Wet langdurige zorg")
        );
        assert_eq!(title("Wet en regelgeving schieten tekort."), None);
        assert_eq!(
            title("De Wet versterking regie volkshuisvesting ligt ter behandeling."),
            Some("Wet versterking regie volkshuisvesting")
        );
        assert_eq!(title("Besluit nemen wij later."), None);
        // A verb put before its subject is the sentence's, not the title's.
        assert_eq!(
            title("De Wet versterking natuur en stikstofreductie stuur ik voor de zomer."),
            Some("Wet versterking natuur en stikstofreductie")
        );
        // A capital after a title gone on in lower case ends it.
        assert_eq!(
            title("Volgens de Wet op de zorgtoeslag Rutte zei dat."),
            Some("Wet op de zorgtoeslag")
        );
        assert_eq!(
            title("Zie de Wet inkomstenbelasting 2001 voor de regels."),
            Some("Wet inkomstenbelasting 2001")
        );
    }

    #[test]
    fn compound_heads_take_a_year_or_a_bill() {
        let t = |text: &'static str, head: &str| {
            let w = words(text);
            let at = w.iter().position(|x| &text[x.range.clone()] == head)?;
            title_end(text, &w, at).map(|end| &text[w[at].range.start..w[end].range.end])
        };
        assert_eq!(
            t(
                "Het kabinet stuurt de Verzamelwet pensioenen 2026 op.",
                "Verzamelwet"
            ),
            Some("Verzamelwet pensioenen 2026")
        );
        assert_eq!(
            t(
                "Het wetsvoorstel Invoeringswet stelselherziening ligt er.",
                "Invoeringswet"
            ),
            Some("Invoeringswet stelselherziening")
        );
        // Counter-examples: a compound law is one word otherwise, and a
        // year after a word of the sentence is the sentence's.
        assert_eq!(t("De Jeugdwet schiet tekort.", "Jeugdwet"), None);
        assert_eq!(t("De Jeugdwet schiet in 2015 tekort.", "Jeugdwet"), None);
        assert_eq!(
            t("Wij noemen Subsidieregeling vaak.", "Subsidieregeling"),
            None
        );
    }
}
