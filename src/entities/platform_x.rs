//! "X", the platform once called Twitter, among the platforms a news site
//! lists ("Delen via Facebook / X / WhatsApp", "stopt met X en overstapt
//! naar Mastodon"). A single letter names nothing on its own, so it is a
//! mention only beside a platform the document names, or after "op" or "via"
//! as one posts on a platform ("Op X schreef hij", "Bekijk op X", "sprak op X
//! van …"), and it is never taught to other documents (it is added after
//! the names a document teaches).

use super::kind::EntityType;
use super::{Found, Link};
use std::ops::Range;

/// Platforms a letter "X" is listed with, as the gazetteer names them.
const PLATFORMS: &[&str] = &[
    "Bluesky",
    "Facebook",
    "Instagram",
    "LinkedIn",
    "Mastodon",
    "Pinterest",
    "Reddit",
    "Snapchat",
    "Telegram",
    "Threads",
    "TikTok",
    "Twitter",
    "WhatsApp",
    "YouTube",
];

/// At most this many words between "X" and the platform beside it
/// ("Deel artikel via Facebook Deel artikel via X").
const MAX_WORDS_BETWEEN: usize = 4;

/// Adds every "X" in `within` standing beside a platform mention in
/// `found` (kept sorted by start), as an organisation linked to `link` (the
/// gazetteer's Twitter, when it has one).
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>, link: impl Fn() -> Link) {
    let mut added = Vec::new();
    for at in memchr::memchr_iter(b'X', &text.as_bytes()[within.clone()]).map(|i| within.start + i)
    {
        let range = at..at + 1;
        let posted = posted_on(text, &range);
        if !posted && !stands_alone(text, &range) {
            continue;
        }
        let next = found.partition_point(|f| f.range.start < range.end);
        if next > 0 && found[next - 1].range.end > range.start {
            continue; // inside a mention ("XL", "Malcolm X")
        }
        let beside = |f: &Found| {
            f.ty == EntityType::Organisation && PLATFORMS.contains(&&text[f.range.clone()])
        };
        let before = next
            .checked_sub(1)
            .map(|p| &found[p])
            .filter(|f| beside(f) && close(&text[f.range.end..range.start]));
        let after = found
            .get(next)
            .filter(|f| beside(f) && close(&text[range.end..f.range.start]));
        if posted || before.is_some() || after.is_some() {
            added.push(Found {
                range,
                ty: EntityType::Organisation,
                link: link(),
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
}

/// "X" as a word of its own, not a letter of a word, a number ("X-as",
/// "Willem X", "X.", "2X") or a name's part: the word before it, on its
/// line, is not capitalised.
fn stands_alone(text: &str, x: &Range<usize>) -> bool {
    let before = &text[..x.start];
    let after = &text[x.end..];
    let free_before = before
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '(' | '/' | '|' | '•' | '·'));
    let free_after = after
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ')' | '/' | '|' | '•' | '·'));
    if !(free_before && free_after) {
        return false;
    }
    let line = before.rsplit('\n').next().unwrap_or("");
    let previous_word = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .rfind(|w| !w.is_empty());
    !previous_word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        || previous_word.is_some_and(|w| PLATFORMS.contains(&w))
}

/// "op X", "Op X", "via X": the platform one posts on, when "X" ends its
/// word and no letter or number follows it as a label would ("op X-as", "op
/// X 2").
fn posted_on(text: &str, x: &Range<usize>) -> bool {
    let Some(before) = text[..x.start].strip_suffix(' ') else {
        return false;
    };
    let word = before.rsplit([' ', '\n']).next().unwrap_or(before);
    let after = &text[x.end..];
    matches!(word, "op" | "Op" | "via" | "Via")
        && after
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ' ' | '\n' | ',' | '.' | ':' | ')'))
        && !after
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_digit())
}

/// Whether what stands between "X" and a platform keeps them in one list:
/// no sentence ends there, and few words do.
fn close(between: &str) -> bool {
    !between.contains(['.', '!', '?', ':', ';'])
        && between.matches("\n\n").count() == 0
        && between.split_whitespace().count() <= MAX_WORDS_BETWEEN
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(text: &str, name: &str) -> Found {
        let at = text.find(name).unwrap();
        Found {
            range: at..at + name.len(),
            ty: EntityType::Organisation,
            link: Link::Key(name.to_string()),
        }
    }

    fn xs(text: &str, names: &[&str]) -> Vec<usize> {
        let mut found: Vec<Found> = names.iter().map(|n| org(text, n)).collect();
        found.sort_by_key(|f| f.range.start);
        add(text, 0..text.len(), &mut found, || {
            Link::Key("twitter".into())
        });
        found
            .iter()
            .filter(|f| &text[f.range.clone()] == "X")
            .map(|f| f.range.start)
            .collect()
    }

    #[test]
    fn x_beside_platforms_is_the_platform() {
        let t = "Delen\nFacebook\nX\nLinkedIn\n";
        assert_eq!(xs(t, &["Facebook", "LinkedIn"]), vec![t.find("X").unwrap()]);
        let t = "Deel dit bericht via Bluesky, X of e-mail.";
        assert_eq!(xs(t, &["Bluesky"]).len(), 1);
        let t = "De gemeente stopt met X en overstapt naar Mastodon.";
        assert_eq!(xs(t, &["Mastodon"]).len(), 1);
    }

    #[test]
    fn x_one_posts_on_is_the_platform() {
        let t =
            "Op X schreef hij: nee.\nBekijk op X\nZij reageerde via X, en sprak op X van schande.";
        assert_eq!(xs(t, &[]).len(), 4);
        // Counter-examples: a label, an axis, a number after it.
        assert!(xs("kijk op X-as, zet op X 2 en Willem X kwam", &[]).is_empty());
    }

    #[test]
    fn other_xs_stay_letters() {
        // No platform beside it, or a sentence between, or part of a name.
        assert!(xs("Stel dat bedrijf X morgen failliet gaat.", &[]).is_empty());
        assert!(
            xs(
                "Zij zit op Facebook. Bedrijf X doet dat niet.",
                &["Facebook"]
            )
            .is_empty()
        );
        assert!(xs("Volg Malcolm X op Instagram", &["Instagram"]).is_empty());
        assert!(xs("Op Facebook staat de X-as verkeerd", &["Facebook"]).is_empty());
        assert!(xs("Facebook en Willem X", &["Facebook"]).is_empty());
        let far = "Facebook heeft in dat jaar veel meer dan X gebruikers gehad";
        assert!(xs(far, &["Facebook"]).is_empty());
    }
}
