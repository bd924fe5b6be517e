//! A regional broadcaster's channels and programmes named after its region:
//! "Helmond FM", "Zeeland Sport TV", "NH Radio" are channels (ORG), "Brabant
//! Vandaag", "Fryslân Hjoed" programmes (MISC). The place or acronym the
//! detector found is the first part of the name, not a name of its own.

use super::detector::name_link;
use super::kind::EntityType;
use super::{Found, drop_finds};

/// What makes a channel of the name before it ("Sport TV": a channel's
/// subject before its medium).
const CHANNELS: &[&str] = &[" FM", " TV", " Radio", " Sport TV", " Sport"];

/// What makes a programme of the name before it: "Vandaag" (and the
/// Frisian "Hjoed"), with a capital after a name.
const PROGRAMMES: &[&str] = &[" Vandaag", " Hjoed"];

/// The first words of a regional broadcaster's name ("Omroep Gelderland",
/// the Frisian "Omrop Fryslân").
const BROADCASTER_HEADS: &[&str] = &["Omroep ", "Omrop "];

/// Widens each place or acronym of `found` (sorted by start) that a
/// channel's or programme's word follows into that channel or programme.
pub(super) fn join(text: &str, found: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        let surface = &text[f.range.clone()];
        let acronym = surface.len() >= 2
            && surface
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        // ("Omrop Fryslân TV", "Omroep Brabant Radio": a broadcaster
        // found by its head names its channels too.)
        let broadcaster = f.ty == EntityType::Organisation
            && BROADCASTER_HEADS.iter().any(|h| surface.starts_with(h));
        if !(f.ty == EntityType::Location || acronym || broadcaster) {
            continue;
        }
        let rest = &text[f.range.end..];
        let word_ends = |w: &str| {
            rest.starts_with(w)
                && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        };
        let (len, ty) = if let Some(w) = CHANNELS.iter().find(|w| word_ends(w)) {
            (w.len(), EntityType::Organisation)
        } else if broadcaster {
            continue;
        } else if let Some(w) = PROGRAMMES.iter().find(|w| word_ends(w)) {
            (w.len(), EntityType::Misc)
        } else {
            continue;
        };
        // " Sport" alone makes no channel ("Zeeland Sport" may be a club);
        // "Sport TV" does.
        if rest[..len].trim() == "Sport" {
            continue;
        }
        let end = f.range.end + len;
        // The word after must not be taken by another mention.
        if found.get(i + 1).is_some_and(|n| n.range.start < end) {
            if found[i + 1].range.end <= end {
                gone.push(i + 1);
            } else {
                continue;
            }
        }
        let f = &mut found[i];
        f.range.end = end;
        f.ty = ty;
        f.link = name_link(&text[f.range.clone()]);
    }
    drop_finds(found, gone);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn joined(text: &str, parts: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut found: Vec<Found> = parts
            .iter()
            .map(|(s, ty)| test_mention(text, s, *ty, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        join(text, &mut found);
        found
            .iter()
            .map(|f| (text[f.range.clone()].to_string(), f.ty))
            .collect()
    }

    #[test]
    fn channels_and_programmes_after_a_region() {
        let text = "Luister naar Helmond FM of kijk Brabant Vandaag en NH Radio.";
        assert_eq!(
            joined(
                text,
                &[
                    ("Helmond", EntityType::Location),
                    ("Brabant", EntityType::Location),
                    ("NH", EntityType::Organisation),
                ]
            ),
            [
                ("Helmond FM".to_string(), EntityType::Organisation),
                ("Brabant Vandaag".to_string(), EntityType::Misc),
                ("NH Radio".to_string(), EntityType::Organisation),
            ]
        );
    }

    #[test]
    fn a_broadcasters_channels() {
        // Counter-examples: another body before "TV", a programme's word
        // after a broadcaster.
        let text = "No op Omrop Fryslân TV: Hjoed. Shell TV en Omroep Brabant Vandaag.";
        assert_eq!(
            joined(
                text,
                &[
                    ("Omrop Fryslân", EntityType::Organisation),
                    ("Shell", EntityType::Organisation),
                    ("Omroep Brabant", EntityType::Organisation),
                ]
            ),
            [
                ("Omrop Fryslân TV".to_string(), EntityType::Organisation),
                ("Shell".to_string(), EntityType::Organisation),
                ("Omroep Brabant".to_string(), EntityType::Organisation),
            ]
        );
    }

    #[test]
    fn other_words_after_a_place_stay_apart() {
        // Counter-examples: the adverb in lower case, a compound, "Sport"
        // alone, a person's name before "TV".
        let text = "In Brabant vandaag regen. Zeeland TV-programma. Jan TV kijkt.";
        let out = joined(
            text,
            &[
                ("Brabant", EntityType::Location),
                ("Zeeland", EntityType::Location),
                ("Jan", EntityType::Person),
            ],
        );
        assert_eq!(
            out,
            [
                ("Brabant".to_string(), EntityType::Location),
                ("Zeeland".to_string(), EntityType::Location),
                ("Jan".to_string(), EntityType::Person),
            ]
        );
        let text = "Zeeland Sport won.";
        assert_eq!(
            joined(text, &[("Zeeland", EntityType::Location)]),
            [("Zeeland".to_string(), EntityType::Location)]
        );
    }
}
