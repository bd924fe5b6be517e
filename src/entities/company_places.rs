//! Companies named by their place and their trade: "Betuwe Metaal",
//! "Twente Staal". A place and a trade word after it inside a sentence name
//! a company, and the same pair does so elsewhere in the text. And bodies
//! with an English name that starts with their place: "Wageningen Marine
//! Research", "Eindhoven Hendrik Casimir Institute". And a place's name
//! after the kind of body or trade that bears it: "zakenbank Kempen",
//! "de ploeg Jumbo", "bierbrouwer Bavaria".

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;
use super::rewrite::Rewrite;

/// Trades a company names itself by after its place: "Betuwe Metaal",
/// "Twente Staal", "Zeeland Transport".
const TRADE_WORDS: &[&str] = &[
    "Metaal",
    "Staal",
    "Bouw",
    "Techniek",
    "Transport",
    "Logistiek",
    "Installatie",
    "Installaties",
    "Installatietechniek",
    "Vastgoed",
    "Recycling",
    "Infra",
    "Engineering",
    "Beton",
    "Asfalt",
    "Glas",
    "Hout",
    "Textiel",
    "Foods",
    "Food",
    "Dairy",
    "Agri",
    "Catering",
    "Bakkerij",
    // In English: "Helmond Drives", "Twente Systems", "Delft Precision"
    // (twenty-fifth round).
    "Drives",
    "Systems",
    "Dynamics",
    "Precision",
    "Automation",
    "Plastics",
    "Packaging",
    "Composites",
    "Machinery",
    "Robotics",
];

/// The trade word after a place `f` names ("Betuwe Metaal"), if one does.
fn trade_after(text: &str, f: &Found) -> Option<&'static str> {
    if f.ty != EntityType::Location {
        return None;
    }
    let rest = text[f.range.end..].strip_prefix(' ')?;
    // (Most places are followed by a word in lower case: asked first.)
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let word = &rest[..rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())];
    let glued = rest[word.len()..].starts_with('-');
    TRADE_WORDS.iter().copied().find(|t| *t == word && !glued)
}

/// The pairs of a place and a trade word right after it that stand inside
/// a sentence among `found`: the companies [`merge_trade_after_place`]
/// takes (of a whole document, gathered from all its parts).
pub fn trade_companies<'t>(text: &'t str, found: &[Found]) -> Vec<(&'t str, &'static str)> {
    let mut companies = Vec::new();
    for f in found {
        if let Some(trade) = trade_after(text, f) {
            let inside = text[..f.range.start]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_lowercase() || c == ',' || c == '(');
            let pair = (&text[f.range.clone()], trade);
            if inside && !companies.contains(&pair) {
                companies.push(pair);
            }
        }
    }
    companies
}

/// "Betuwe Metaal", "Twente Staal": a place and a trade word right after it,
/// inside a sentence, name a company, and so does the same pair elsewhere
/// in the text (at a sentence's start too): `companies` are the pairs the
/// document has inside a sentence ([`trade_companies`]). Counter-examples: a
/// trade word in lower case ("Betuwe metaal"), a place before a word that
/// is no trade, and a pair seen only at sentences' starts, where the
/// capital may be the sentence's.
pub fn merge_trade_after_place(text: &str, found: &mut Vec<Found>, companies: &[(&str, &str)]) {
    if companies.is_empty() {
        return;
    }
    let mut out = Rewrite::of_finds(found);
    while let Some(mut f) = out.next() {
        if let Some(trade) = trade_after(text, &f)
            && companies.contains(&(&text[f.range.clone()], trade))
        {
            let range = f.range.start..f.range.end + 1 + trade.len();
            // The trade word found on its own is part of the name now; a
            // mention running past it keeps the place a place.
            let next_inside = out.peek().filter(|n| n.range.start < range.end);
            if next_inside.is_none_or(|n| n.range.end <= range.end) {
                if next_inside.is_some() {
                    out.next();
                }
                f.link = name_link(&text[range.clone()]);
                f.range = range;
                f.ty = EntityType::Organisation;
            }
        }
        out.push(f);
    }
}

/// The last words of an English body's name that its place may lead:
/// "Wageningen Marine Research", "Utrecht University", "Rotterdam School of
/// Management" (compared as written).
const ENGLISH_BODY_ENDS: &[&str] = &[
    "Research",
    "Institute",
    "University",
    "College",
    "School",
    "Centre",
    "Center",
    "Lab",
    "Labs",
    "Laboratory",
    "Foundation",
    "Campus",
    // Companies with an English name after their place: "Twente Sensor
    // Systems", "Brabant Water Technologies" (twenty-fifth round).
    "Systems",
    "Technologies",
    "Dynamics",
    "Industries",
    "Solutions",
    // "New York Stock Exchange", "London Metal Exchange".
    "Exchange",
];

/// "Wageningen Marine Research": a place right before an English body's
/// name whose last word is one of [`ENGLISH_BODY_ENDS`] is the start of that
/// name. Counter-examples: a place after a preposition of place ("in
/// Eindhoven Hendrik Casimir Institute" may say where), a comma between, a
/// Dutch body ("Wageningen Universiteit" is found whole or not at all).
pub fn merge_place_before_english_body(
    text: &str,
    found: &mut Vec<Found>,
    is_place: impl Fn(&str) -> bool,
) {
    let leads = |a: &Found, b: &Found| {
        a.ty == EntityType::Location
            && b.ty == EntityType::Organisation
            && b.range.start == a.range.end + 1
            && text.as_bytes()[a.range.end] == b' '
            && text[..b.range.end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| ENGLISH_BODY_ENDS.contains(&w))
            && !text[..a.range.start]
                .trim_end_matches(' ')
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| matches!(w, "in" | "te" | "naar" | "vanuit" | "bij" | "nabij"))
    };
    // A place the detector left alone ("van Wageningen" may start a
    // surname): the word before the body, known as a place.
    for k in 0..found.len() {
        let f = &found[k];
        let english = f.ty == EntityType::Organisation
            && text[..f.range.end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| ENGLISH_BODY_ENDS.contains(&w));
        let Some(head) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let word_start = head.rfind([' ', '\n', '(']).map_or(0, |p| p + 1);
        let word = &head[word_start..];
        let free = k == 0 || found[k - 1].range.end <= word_start;
        if english && free && word.starts_with(char::is_uppercase) && is_place(word) {
            let range = word_start..f.range.end;
            found[k].link = name_link(&text[range.clone()]);
            found[k].range = range;
        }
    }
    if !found.windows(2).any(|w| leads(&w[0], &w[1])) {
        return;
    }
    let mut out = Rewrite::of_finds(found);
    while let Some(f) = out.next() {
        if let Some(body) = out.peek()
            && leads(&f, body)
        {
            let range = f.range.start..body.range.end;
            out.next();
            out.push(Found {
                link: name_link(&text[range.clone()]),
                range,
                ty: EntityType::Organisation,
            });
            continue;
        }
        out.push(f);
    }
}

/// "de Nederlandse zakenbank Kempen": a place's name right after a kind of
/// organisation in lower case ([`super::cues::is_org_class_cue`]) names the
/// organisation. Counter-examples: the kind before a preposition ("de bank
/// in Kempen"), a capitalised word before the place ("Bank Kempen" may be a
/// name of two words, left to the other rules).
pub fn retype_places_after_a_kind(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        if f.ty != EntityType::Location {
            continue;
        }
        let Some(before) = text[..f.range.start].strip_suffix(' ') else {
            continue;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or_default();
        if word.starts_with(char::is_lowercase) && super::cues::is_org_class_cue(word) {
            f.ty = EntityType::Organisation;
            f.link = name_link(&text[f.range.clone()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn merged(text: &str, names: &[(&str, EntityType)]) -> Vec<String> {
        let mut found: Vec<Found> = names
            .iter()
            .map(|(s, ty)| test_mention(text, s, *ty, false))
            .collect();
        merge_place_before_english_body(text, &mut found, |w| w == "Wageningen");
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_place_leads_an_english_body_name() {
        let text = "Onderzoekers van Wageningen Marine Research en het Eindhoven Hendrik Casimir Institute.";
        assert_eq!(
            merged(
                text,
                &[
                    ("Marine Research", EntityType::Organisation),
                    ("Eindhoven", EntityType::Location),
                    ("Hendrik Casimir Institute", EntityType::Organisation)
                ]
            ),
            [
                "Wageningen Marine Research",
                "Eindhoven Hendrik Casimir Institute"
            ]
        );
    }

    #[test]
    fn a_place_that_says_where_stays_apart() {
        // Counter-examples: after "in", after a comma, before a Dutch body.
        let text = "Zij werkt in Delft Marine Research, Leiden, Bio Science Institute en Utrecht Nieuwe Universiteit.";
        assert_eq!(
            merged(
                text,
                &[
                    ("Delft", EntityType::Location),
                    ("Marine Research", EntityType::Organisation),
                    ("Leiden", EntityType::Location),
                    ("Bio Science Institute", EntityType::Organisation),
                    ("Utrecht", EntityType::Location),
                    ("Nieuwe Universiteit", EntityType::Organisation)
                ]
            ),
            [
                "Delft",
                "Marine Research",
                "Leiden",
                "Bio Science Institute",
                "Utrecht",
                "Nieuwe Universiteit"
            ]
        );
    }

    #[test]
    fn a_place_after_a_kind_of_body_is_the_body() {
        let t = "geadviseerd door de Nederlandse zakenbank Kempen en de bank in Kempen, bij Bank Kempen";
        let mut found: Vec<Found> = t
            .match_indices("Kempen")
            .map(|(at, _)| Found {
                range: at..at + 6,
                ty: EntityType::Location,
                link: name_link("Kempen"),
            })
            .collect();
        retype_places_after_a_kind(t, &mut found);
        let types: Vec<EntityType> = found.iter().map(|f| f.ty).collect();
        assert_eq!(
            types,
            [
                EntityType::Organisation,
                EntityType::Location,
                EntityType::Location
            ]
        );
    }
}
