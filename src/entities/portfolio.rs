//! Portfolios in a minister's title: "de minister van Economische Zaken en
//! Klimaat", "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT". The words
//! after the title name the post, not the ministry as an organisation, so
//! mentions inside them are not entities; the title is a cue for the person
//! that may follow ("Minister van Buitenlandse Zaken Kuleba"), who stays.
//! The ministry itself is written "het ministerie van …" and is left alone.

use super::Found;
use super::cues;
use super::kind::EntityType;
use super::words::{Word, is_capitalised};
use std::ops::Range;

/// Titles whose "van"/"voor" is followed by a portfolio (compared in lower case).
const TITLES: &[&str] = &[
    "minister",
    "ministers",
    "staatssecretaris",
    "staatssecretarissen",
    "bewindspersoon",
    "bewindspersonen",
    "onderminister",
    "viceminister",
    "oud-minister",
    "oud-staatssecretaris",
    "eurocommissaris",
];

/// Titles of local and provincial posts, written with the portfolio right
/// after them: "wethouder Jeugd", "gedeputeerde Natuur en Milieu".
const LOCAL_TITLES: &[&str] = &["wethouder", "wethouders", "gedeputeerde", "gedeputeerden"];

/// The words Dutch portfolios are made of, national and local (compared in
/// lower case). A closed class: posts are named from these, and a name after
/// a post is not ("Minister van Justitie en Veiligheid Dilan Kaya").
const PORTFOLIO_WORDS: &[&str] = &[
    "algemene",
    "zaken",
    "binnenlandse",
    "buitenlandse",
    "economische",
    "sociale",
    "europese",
    "koninkrijksrelaties",
    "justitie",
    "veiligheid",
    "onderwijs",
    "cultuur",
    "wetenschap",
    "financiën",
    "defensie",
    "infrastructuur",
    "waterstaat",
    "klimaat",
    "energie",
    "groene",
    "groei",
    "landbouw",
    "natuur",
    "voedselkwaliteit",
    "voedselzekerheid",
    "visserij",
    "werkgelegenheid",
    "volksgezondheid",
    "welzijn",
    "sport",
    "asiel",
    "migratie",
    "handel",
    "ontwikkelingssamenwerking",
    // ("Minister van Economische Ontwikkeling", in the Caribbean
    // countries of the Kingdom.)
    "ontwikkeling",
    "ontwikkelingshulp",
    "volkshuisvesting",
    "ruimtelijke",
    "ordening",
    "wonen",
    "medische",
    "zorg",
    "langdurige",
    "jeugd",
    "preventie",
    "primair",
    "voortgezet",
    "hoger",
    "beroepsonderwijs",
    "media",
    "emancipatie",
    "rechtsbescherming",
    "toeslagen",
    "douane",
    "fiscaliteit",
    "belastingzaken",
    "herstel",
    "mijnbouw",
    "digitalisering",
    "armoedebeleid",
    "participatie",
    "pensioenen",
    "integratie",
    "milieu",
    "stikstof",
    "circulaire",
    "economie",
    "mobiliteit",
    "verkeer",
    "vervoer",
    "openbaar",
    "luchtvaart",
    "water",
    "erfgoed",
    "kunst",
    "werk",
    "inkomen",
    "innovatie",
    "duurzaamheid",
    "bestuur",
    "openbare",
    "ruimte",
    "armoede",
    "schuldhulpverlening",
];

/// The short names of the Dutch ministries, written in brackets after a
/// minister's name for the post ("minister Rademaker (BZK)").
const MINISTRY_SHORT_NAMES: &[&str] = &[
    "AZ", "BZ", "BZK", "DEF", "EZ", "EZK", "FIN", "IenW", "JenV", "J&V", "KGG", "LNV", "LVVN",
    "OCW", "SZW", "VRO", "VWS",
];

/// Whether `word` (any case) is a title a portfolio follows.
/// "NAVO-ministers", "EU-minister": a title after a hyphen counts too.
pub fn is_title(word: &str) -> bool {
    // Every title ends in one of these letters: most words stop here.
    if !word
        .bytes()
        .next_back()
        .is_some_and(|b| matches!(b | 0x20, b'r' | b's' | b'n'))
    {
        return false;
    }
    let last = word.rsplit('-').next().unwrap_or(word);
    TITLES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(word) || t.eq_ignore_ascii_case(last))
}

fn is_local_title(word: &str) -> bool {
    matches!(word.as_bytes()[0] | 0x20, b'w' | b'g')
        && matches!(
            word.as_bytes()[word.len() - 1] | 0x20,
            b'r' | b's' | b'e' | b'n'
        )
        && LOCAL_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// A cheap first look: whether `word` could be a title (national or local)
/// by its length and its first and last letters. Most words are not.
#[inline]
fn may_be_title(b: &[u8]) -> bool {
    (8..=20).contains(&b.len())
        && matches!(b[b.len() - 1] | 0x20, b'r' | b's' | b'n' | b'e')
        && (matches!(b[0] | 0x20, b'm' | b's' | b'b' | b'o' | b'e' | b'w' | b'g')
            // ("viceminister": the one title starting with a v.)
            || (b[0] | 0x20 == b'v' && b.len() == "viceminister".len())
            || b.contains(&b'-'))
}

/// Whether `word` (any case) is a word portfolios are made of.
pub fn is_portfolio_word(word: &str) -> bool {
    is_capitalised(word) && PORTFOLIO_WORDS.contains(&cues::lower(word).as_ref())
}

/// The portfolio spans in a block's `words`: from the first word after
/// "<title> van|voor" through its capitalised words joined by "en", "&" or
/// commas.
pub fn spans(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Titles and connectors are ASCII: compared without allocating.
    let is = |i: usize, list: &[&str]| {
        let w = &text[words[i].range.clone()];
        list.iter().any(|t| t.eq_ignore_ascii_case(w))
    };
    // The titles, national and local, found once: most words are ruled out
    // by their length and letters before any compare.
    let bytes = text.as_bytes();
    let titles: Vec<usize> = (0..words.len())
        .filter(|&i| {
            let b = &bytes[words[i].range.clone()];
            may_be_title(b) && {
                let w = &text[words[i].range.clone()];
                is_title(w) || is_local_title(w)
            }
        })
        .collect();
    let mut from = 0;
    for &i in &titles {
        if i < from || i + 2 >= words.len() {
            continue;
        }
        let gap = |j: usize| text[words[j - 1].range.end..words[j].range.start].trim();
        if !is_title(&text[words[i].range.clone()])
            || !is(i + 1, &["van", "voor"])
            || !gap(i + 1).is_empty()
            || !gap(i + 2).is_empty()
        {
            continue;
        }
        let first = i + 2;
        // "Minister Van Boxtel-Amrani": a capitalised "Van" that no
        // portfolio word follows starts the surname.
        if matches!(&text[words[i + 1].range.clone()], "Van" | "Voor")
            && !is_portfolio_word(&text[words[first].range.clone()])
        {
            continue;
        }
        let mut last = None;
        let mut j = first;
        // A line break may fall anywhere in it ("de minister van\nLandbouw").
        while j < words.len() {
            let w = &text[words[j].range.clone()];
            // "Financiën – Fiscaliteit en Belastingdienst": a part of the
            // post after a dash, when it is made of the portfolio words.
            let dash_part = matches!(gap(j), "-" | "–" | "—") && is_portfolio_word(w);
            if j > first && !matches!(gap(j), "" | ",") && !dash_part {
                break;
            }
            // "Staatssecretaris van Koninkrijksrelaties Hester van den
            // Akker": after a portfolio word, a capitalised word that is
            // none, with no "en" between, starts the holder's name.
            if j > first
                && gap(j).is_empty()
                && is_capitalised(w)
                && !is_portfolio_word(w)
                && !w.eq_ignore_ascii_case("en")
                && last == Some(j - 1)
                && is_portfolio_word(&text[words[j - 1].range.clone()])
            {
                break;
            }
            if is_capitalised(w) {
                last = Some(j);
            } else if !is(j, &["en", "&"]) || j == first {
                break;
            }
            j += 1;
        }
        if let Some(last) = last {
            out.push(words[first].range.start..words[last].range.end);
        }
        from = j.max(i + 1);
    }
    out.extend(posts_after_names(text, words, &titles));
    out.sort_by_key(|r| r.start);
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Portfolios of the closed class written elsewhere than after "<title>
/// van": after the person ("Minister Sophie Hermans van Klimaat en Groene
/// Groei", "Minister Hermans (Klimaat en Groene Groei)") and right after a local title ("de wethouder Jeugd van Apeldoorn").
/// `titles` are the indices of the words that are titles, in order.
fn posts_after_names(text: &str, words: &[Word], titles: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let w = |i: usize| &text[words[i].range.clone()];
    let joined = |i: usize| text[words[i - 1].range.end..words[i].range.start] == *" ";
    // Between a name's words: a space, or a double name's hyphen
    // ("Yılmaz-de Bruin").
    let in_name_gap = |i: usize| {
        matches!(
            &text[words[i - 1].range.end..words[i].range.start],
            " " | "-"
        )
    };
    for &i in titles {
        let first = if is_local_title(w(i))
            && words
                .get(i + 1)
                .is_some_and(|n| is_portfolio_word(&text[n.range.clone()]))
        {
            i + 1
        } else if is_title(w(i)) || is_local_title(w(i)) {
            // Up to four words of a name, then "van" or "voor". (A
            // surname's particles are the name's: "Van der Sluijs", "van 't
            // Hek"; "van" only before another particle.)
            let in_name = |j: usize| {
                is_capitalised(w(j))
                    || matches!(w(j), "der" | "den" | "ter" | "'t")
                    || (w(j) == "de" && &text[words[j - 1].range.end..words[j].range.start] == "-")
                    || (w(j) == "van"
                        && words.get(j + 1).is_some_and(|n| {
                            matches!(&text[n.range.clone()], "der" | "den" | "de" | "'t")
                        }))
            };
            let mut j = i + 1;
            while j < words.len() && j <= i + 6 && in_name(j) && in_name_gap(j) {
                j += 1;
            }
            if j == i + 1 || j >= words.len() {
                continue;
            }
            // "Antwoord van Minister Van Boxtel-Amrani (Volkshuisvesting en
            // Ruimtelijke Ordening)": the post in brackets after the name.
            if &text[words[j - 1].range.end..words[j].range.start] == " (" {
                j
            } else if matches!(w(j), "van" | "voor") && joined(j) {
                j + 1
            } else {
                continue;
            }
        } else {
            continue;
        };
        let opens = |k: usize| text[words[k - 1].range.end..words[k].range.start] == *" (";
        // "minister Rademaker (BZK)": a ministry's short name in brackets
        // after the name is the post too.
        if first < words.len()
            && opens(first)
            && MINISTRY_SHORT_NAMES.contains(&w(first))
            && text[words[first].range.end..].starts_with(')')
        {
            out.push(words[first].range.clone());
            continue;
        }
        if first >= words.len() || !(joined(first) || opens(first)) || !is_portfolio_word(w(first))
        {
            continue;
        }
        let mut last = first;
        let mut j = first + 1;
        while j < words.len()
            && matches!(
                text[words[j - 1].range.end..words[j].range.start].trim(),
                "" | ","
            )
        {
            if is_portfolio_word(w(j)) {
                last = j;
            } else if !matches!(w(j), "en" | "&") {
                break;
            }
            j += 1;
        }
        out.push(words[first].range.start..words[last].range.end);
    }
    out
}

/// Drops a ministry's portfolio standing alone on its line, a section's
/// heading or a topic's tag ("5. Financiën", "Defensie"): it names the
/// subject, not the ministry. (In a sentence it may be the ministry:
/// "Defensie koopt …".)
pub fn drop_headings(text: &str, found: &mut Vec<Found>) {
    found.retain(|f| {
        let surface = &text[f.range.clone()];
        if f.ty != super::kind::EntityType::Organisation || !is_portfolio_word(surface) {
            return true;
        }
        let line_start = text[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[f.range.end..]
            .find('\n')
            .map_or(text.len(), |i| f.range.end + i);
        let before = text[line_start..f.range.start]
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        let after = text[f.range.end..line_end].trim();
        !(before.is_empty() && after.is_empty())
    });
}

/// Drops the organisations and named things that lie inside a portfolio,
/// and the people that are only a post's own words ("Visserij" in "Landbouw,
/// Visserij en Natuur"), never the name after it. `portfolios` is sorted by start.
pub fn drop_inside(text: &str, found: &mut Vec<Found>, portfolios: &[Range<usize>]) {
    if portfolios.is_empty() {
        return;
    }
    // The spans do not overlap: the one that could hold a mention is the
    // last that starts at or before it.
    found.retain(|f| {
        let i = portfolios.partition_point(|p| p.start <= f.range.start);
        if i == 0 || f.range.end > portfolios[i - 1].end {
            return true;
        }
        let droppable = match f.ty {
            EntityType::Organisation | EntityType::Misc => true,
            EntityType::Person => text[f.range.clone()]
                .split([' ', '\n'])
                .all(is_portfolio_word),
            _ => false,
        };
        !droppable
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words::words;

    fn portfolio_texts(text: &str) -> Vec<&str> {
        spans(text, &words(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_portfolio_runs_through_its_capitalised_words() {
        assert_eq!(
            portfolio_texts(
                "mede namens de minister van Landbouw, Natuur en Voedselkwaliteit, de minister voor Klimaat en Energie en de staatssecretaris van Financiën."
            ),
            [
                "Landbouw, Natuur en Voedselkwaliteit",
                "Klimaat en Energie",
                "Financiën"
            ]
        );
        assert_eq!(
            portfolio_texts("de minister van\nLandbouw, Natuur en\nVoedselkwaliteit en de"),
            ["Landbouw, Natuur en\nVoedselkwaliteit"]
        );
        assert_eq!(
            portfolio_texts("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,"),
            ["INFRASTRUCTUUR EN WATERSTAAT"]
        );
    }

    #[test]
    fn a_part_of_the_post_after_a_dash() {
        assert_eq!(
            portfolio_texts(
                "DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES - DIGITALISERING EN KONINKRIJKSRELATIES,"
            ),
            ["BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES - DIGITALISERING EN KONINKRIJKSRELATIES"]
        );
        assert_eq!(
            portfolio_texts("De staatssecretaris van Financiën – Fiscaliteit en Belastingdienst,"),
            ["Financiën – Fiscaliteit en Belastingdienst"]
        );
        // Counter-examples: a name or a body after the dash is no part of the post.
        assert_eq!(
            portfolio_texts("de minister van Financiën – Eelco Heinen – zei"),
            ["Financiën"]
        );
        assert_eq!(
            portfolio_texts("de minister van Defensie - NAVO overlegt"),
            ["Defensie"]
        );
    }

    #[test]
    fn a_post_after_the_name_and_after_a_local_title() {
        assert_eq!(
            portfolio_texts("Minister Sophie Hermans van Klimaat en Groene Groei wil dat."),
            ["Klimaat en Groene Groei"]
        );
        assert_eq!(
            portfolio_texts("De wethouder Jeugd van Apeldoorn, Jeroen Bosch,"),
            ["Jeugd"]
        );
        assert_eq!(
            portfolio_texts(
                "Antwoord van Minister Van Boxtel-Amrani (Volkshuisvesting en Ruimtelijke Ordening)"
            ),
            ["Volkshuisvesting en Ruimtelijke Ordening"]
        );
        // Counter-example: a party in brackets after a minister's name.
        assert!(portfolio_texts("minister Jansen (VVD) zei").is_empty());
        // A ministry's short name, and a local post after a double name.
        assert_eq!(
            portfolio_texts("die minister Thijs Rademaker (BZK) dinsdag stuurde"),
            ["BZK"]
        );
        assert_eq!(
            portfolio_texts("Wethouder Ayşe Yılmaz-de Bruin (Financiën) noemt dat pijnlijk."),
            ["Financiën"]
        );
        // Counter-example: a party after a local post's name.
        assert!(portfolio_texts("Wethouder Ayşe Yılmaz (D66) noemt dat.").is_empty());
    }

    #[test]
    fn a_portfolio_alone_on_its_line_is_no_body() {
        use crate::entities::kind::EntityType;
        let text = "5. Financiën\nVoor de regeling is geld.\nDefensie koopt schepen.\nDefensie";
        let mention = |word: &str, nth: usize| {
            let at = text.match_indices(word).nth(nth).unwrap().0;
            Found {
                range: at..at + word.len(),
                ty: EntityType::Organisation,
                link: crate::entities::detector::name_link(word),
            }
        };
        let mut found = vec![
            mention("Financiën", 0),
            mention("Defensie", 0),
            mention("Defensie", 1),
        ];
        drop_headings(text, &mut found);
        let left: Vec<usize> = found.iter().map(|f| f.range.start).collect();
        // Counter-example: the ministry acting in a sentence stays.
        assert_eq!(left, [text.find("Defensie koopt").unwrap()]);
    }

    #[test]
    fn a_surname_with_van_is_no_post() {
        // Counter-examples: "van" after a name starts a surname or a place,
        // unless a portfolio word follows.
        assert!(portfolio_texts("minister Sophie van Dijk sprak met wethouder Jansen.").is_empty());
        assert!(portfolio_texts("minister Kaya van Nederland").is_empty());
        assert_eq!(
            portfolio_texts("de NAVO-ministers van Defensie op 16 februari"),
            ["Defensie"]
        );
    }

    #[test]
    fn a_ministry_and_a_lower_case_phrase_are_no_portfolio() {
        // Counter-examples: the ministry is an organisation, and "voor" before
        // a common word is no title.
        assert!(portfolio_texts("het ministerie van Defensie meldt").is_empty());
        assert!(portfolio_texts("de minister voor het eerst in Kyiv").is_empty());
    }
}
