//! Companies named by their place and their trade: "Betuwe Metaal",
//! "Twente Staal". A place and a trade word after it inside a sentence name
//! a company, and the same pair does so elsewhere in the text.

use super::Found;
use super::detector::name_link;
use super::kind::EntityType;

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
];

/// "Betuwe Metaal", "Twente Staal": a place and a trade word right after it,
/// inside a sentence, name a company, and so does the same pair elsewhere
/// in the text (at a sentence's start too). Counter-examples: a trade word
/// in lower case ("Betuwe metaal"), a place before a word that is no trade,
/// and a pair seen only at sentences' starts, where the capital may be the
/// sentence's.
pub fn merge_trade_after_place(text: &str, found: &mut Vec<Found>) {
    // The trade word after each place, and whether the pair stands inside a
    // sentence.
    let trade_after = |f: &Found| -> Option<&'static str> {
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
    };
    let mut companies: Vec<(&str, &str)> = Vec::new();
    for f in found.iter() {
        if let Some(trade) = trade_after(f) {
            let inside = text[..f.range.start]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_lowercase() || c == ',' || c == '(');
            let pair = (&text[f.range.clone()], trade);
            if inside && !companies.contains(&pair) {
                companies.push(pair);
            }
        }
    }
    if companies.is_empty() {
        return;
    }
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut iter = std::mem::take(found).into_iter().peekable();
    while let Some(mut f) = iter.next() {
        if let Some(trade) = trade_after(&f)
            && companies.contains(&(&text[f.range.clone()], trade))
        {
            let range = f.range.start..f.range.end + 1 + trade.len();
            // The trade word found on its own is part of the name now; a
            // mention running past it keeps the place a place.
            let next_inside = iter.peek().filter(|n| n.range.start < range.end);
            if next_inside.is_none_or(|n| n.range.end <= range.end) {
                if next_inside.is_some() {
                    iter.next();
                }
                f.link = name_link(&text[range.clone()]);
                f.range = range;
                f.ty = EntityType::Organisation;
            }
        }
        out.push(f);
    }
    *found = out;
}
