//! News-site chrome: the parts of a scraped article page that are not the
//! article ("Lees ook: …" teasers, video embeds, "Volg dit onderwerp", photo
//! credits, related-article teasers with comment counts). Recognised as whole
//! lines, or inside a paragraph where the scraper glued them into the text.

use crate::document::FoldReason;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static READ_ALSO: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(Lees|Bekijk|Kijk|Luister) (ook|meer|hier)\b"));
static VIDEO: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^Bekijk (deze|de) video\b"));
static FOLLOW: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^Volg (dit onderwerp|ons)\b"));
/// A credit at the end of a line: "Foto: NU.nl", "Foto: Getty Images",
/// "Beeld: ANP / Lex van Lieshout" (agency, then the photographer's name).
static PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"\b(Foto|Beeld|Illustratie|Fotografie)\s*:\s*\S+(?:\s+\p{Lu}\S*){0,2}(?:\s*/\s*\p{Lu}[\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,4})?\s*$",
    )
});
static RELATED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r#"^\d{1,5} ['‘"“\p{Lu}]"#));
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\d+ (seconden|minuten|minuut|uur|dag|dagen) geleden")
});
static MORE_FROM: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^Meer (uit|over|van) \S+( \S+)?$"));
static SITE_MISC: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(Advertentie|Deel dit artikel|Delen via.*|Reageer|\d+ reacties)$")
});

/// A link that skips to a part of the page, alone on its line: "Ga direct
/// naar de inhoud", "Naar hoofdinhoud", "Spring naar het zoeken", "Skip to
/// main content". ("Ga naar de website van de gemeente." is none: the
/// place it goes to is one of the page's own parts.)
pub(super) fn is_skip_link(line: &str) -> bool {
    const GOES: &[&str] = &[
        "ga direct naar ",
        "ga naar ",
        "direct naar ",
        "naar ",
        "spring naar ",
        "skip to ",
    ];
    const PARTS: &[&str] = &[
        "inhoud",
        "hoofdinhoud",
        "content",
        "main content",
        "menu",
        "hoofdmenu",
        "navigatie",
        "zoeken",
        "het zoeken",
        "zoekfunctie",
        "footer",
        "navigation",
        "search",
    ];
    let line = line.trim();
    if line.len() > 40 {
        return false;
    }
    let lower = line.to_lowercase();
    GOES.iter().any(|g| {
        lower.strip_prefix(g).is_some_and(|rest| {
            let rest = rest.strip_prefix("de ").unwrap_or(rest);
            let rest = rest.strip_prefix("het ").unwrap_or(rest);
            PARTS.contains(&rest)
        })
    })
}

/// Whether a line ends in a video's length in brackets: "(2:41)", "(1:02:05)".
fn ends_in_duration(line: &str) -> bool {
    let Some(inner) = line
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .map(|(_, d)| d)
    else {
        return false;
    };
    let parts: Vec<&str> = inner.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "Meer uit Binnenland": everything after it is other news.
pub fn is_more_from(line: &str) -> bool {
    MORE_FROM.is_match(line)
}

/// Whether a whole line (a paragraph of its own) is chrome.
pub fn line_chrome(line: &str) -> Option<FoldReason> {
    // Counted up to what the checks below ask (a paragraph can be long),
    // and only when asked.
    let words = || line.split_whitespace().take(26).count();
    // The patterns are anchored at the line's start (but the credit's) and
    // begin with a few possible bytes: most lines are told by the first.
    let first = line.as_bytes().first().copied().unwrap_or(0);
    let digit = first.is_ascii_digit();
    if first == b'B' && VIDEO.is_match(line) {
        return Some(FoldReason::VideoEmbed);
    }
    // "Video: Boodschappen goedkoper, maar wie betaalt? (2:41)": an embed's
    // caption with its length.
    if first == b'V' && line.starts_with("Video:") && words() <= 20 && ends_in_duration(line) {
        return Some(FoldReason::VideoEmbed);
    }
    if matches!(first, b'L' | b'B' | b'K') && READ_ALSO.is_match(line) && words() <= 25 {
        return Some(FoldReason::ReadAlso);
    }
    if first == b'V' && FOLLOW.is_match(line) {
        return Some(FoldReason::FollowTopic);
    }
    if digit && AGO.is_match(line) {
        return Some(FoldReason::UnrelatedItem);
    }
    if (digit || matches!(first, b'A' | b'D' | b'R')) && SITE_MISC.is_match(line) {
        return Some(FoldReason::SiteNavigation);
    }
    if matches!(first, b'G' | b'D' | b'N' | b'S') && is_skip_link(line) {
        return Some(FoldReason::SiteNavigation);
    }
    // A credit has its colon and its word ("Fotografie" holds "Foto").
    let credit_words = || {
        ["Foto", "Beeld", "Illustratie"]
            .iter()
            .any(|w| line.contains(w))
    };
    if memchr::memchr(b':', line.as_bytes()).is_some()
        && credit_words()
        && words() <= 20
        && PHOTO.is_match(line)
    {
        return Some(FoldReason::PhotoCredit);
    }
    if digit
        && words() <= 20
        && RELATED.is_match(line)
        && !line.ends_with('.')
        && !line.ends_with(',')
    {
        return Some(FoldReason::RelatedArticle);
    }
    None
}

static INLINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(Lees ook|Lees meer|Bekijk ook|Kijk ook|Luister ook)\s*:|Bekijk (deze|de) video op\b|Volg dit onderwerp\b",
    )
});

/// Words after which a headline cannot end: articles, prepositions,
/// conjunctions, auxiliaries. Used to find where a glued teaser stops.
const CONTINUES: &[&str] = &[
    "de", "het", "een", "en", "of", "maar", "van", "voor", "met", "in", "op", "aan", "bij", "naar",
    "tegen", "over", "uit", "om", "tot", "door", "onder", "na", "als", "dat", "die", "dit", "deze",
    "wil", "wilt", "willen", "moet", "moeten", "kan", "kunnen", "zal", "zullen", "is", "zijn",
    "was", "waren", "wordt", "worden", "heeft", "hebben", "gaat", "gaan", "mag", "mogen", "zijn",
    "haar", "hun", "ons", "onze", "mijn", "je", "jouw", "te", "er", "zo", "nog", "niet", "geen",
    "ook", "wel", "al", "the", "of", "and", "to",
];

/// Splits a paragraph's text into runs: `None` for article text, `Some(reason)`
/// for chrome glued into it. Offsets are relative to `s`.
pub fn split_inline(s: &str) -> Vec<(Range<usize>, Option<FoldReason>)> {
    let mut out: Vec<(Range<usize>, Option<FoldReason>)> = Vec::new();
    let mut pos = 0;
    let mut search = 0;
    while let Some(m) = INLINE.find_at(s, search) {
        let before = s[..m.start()].trim_end();
        let at_boundary = before.is_empty()
            || out
                .last()
                .is_some_and(|(r, k)| k.is_some() && s[r.end..m.start()].trim().is_empty())
            || before.ends_with(['.', '!', '?', '"', '”', '\'', '’']);
        if !at_boundary {
            search = m.end();
            continue;
        }
        let marker = m.as_str();
        let (reason, end) = if marker.starts_with("Bekijk de") {
            (FoldReason::VideoEmbed, video_end(s, m.end()))
        } else if marker.starts_with("Volg") {
            (FoldReason::FollowTopic, s.len())
        } else {
            (FoldReason::ReadAlso, teaser_end(s, m.end()))
        };
        let start = m.start();
        if start > pos {
            out.push((pos..start, None));
        }
        out.push((start..end, Some(reason)));
        pos = end;
        search = end.max(m.end());
        if search >= s.len() {
            break;
        }
    }
    if pos < s.len() {
        out.push((pos..s.len(), None));
    }
    // Trim white space between runs into the article runs' edges.
    out.retain(|(r, _)| !s[r.clone()].trim().is_empty());
    out
}

/// After "Bekijk deze video op": the platform's name, in capitals ("RTL XL").
fn video_end(s: &str, from: usize) -> usize {
    let mut end = from;
    let mut taken = 0;
    for (i, w) in word_spans(s, from) {
        let caps = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && w.len() <= 6;
        if caps || (taken == 0 && w.chars().next().is_some_and(char::is_uppercase)) {
            end = i + w.len();
            taken += 1;
            if !caps {
                break;
            }
        } else {
            break;
        }
    }
    end
}

/// After "Lees ook:": a headline runs until the next glued marker, or until a
/// capitalised word that starts a new sentence after a word a headline can end
/// on, or else to the end of the sentence.
fn teaser_end(s: &str, from: usize) -> usize {
    let next_marker = INLINE.find_at(s, from).map_or(s.len(), |m| m.start());
    // Only the words up to the next marker: a line of many glued teasers is
    // read in one pass, not once a teaser.
    let words: Vec<(usize, &str)> = word_spans(&s[..next_marker], from).collect();
    for k in 2..words.len() {
        let (i, w) = words[k];
        if i >= next_marker {
            break;
        }
        let prev = words[k - 1].1;
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
        let prev_plain = prev.chars().all(|c| c.is_alphanumeric() || c == '-')
            && prev.chars().next().is_some_and(|c| c.is_lowercase())
            && !CONTINUES.contains(&prev);
        if starts_upper && prev_plain {
            return words[k - 1].0 + prev.len();
        }
        if prev.ends_with(['.', '!', '?']) {
            return words[k - 1].0 + prev.len();
        }
    }
    next_marker.min(s.len())
}

fn word_spans(s: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    s[from..]
        .split(' ')
        .scan(from, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&INLINE);
    LazyLock::force(&SITE_MISC);
    LazyLock::force(&MORE_FROM);
    LazyLock::force(&AGO);
    LazyLock::force(&RELATED);
    LazyLock::force(&PHOTO);
    LazyLock::force(&FOLLOW);
    LazyLock::force(&VIDEO);
    LazyLock::force(&READ_ALSO);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern asked of every line, as before the first-byte checks.
    fn line_chrome_by_patterns(line: &str) -> Option<FoldReason> {
        let words = line.split_whitespace().take(26).count();
        if VIDEO.is_match(line) {
            return Some(FoldReason::VideoEmbed);
        }
        if line.starts_with("Video:") && words <= 20 && ends_in_duration(line) {
            return Some(FoldReason::VideoEmbed);
        }
        if READ_ALSO.is_match(line) && words <= 25 {
            return Some(FoldReason::ReadAlso);
        }
        if FOLLOW.is_match(line) {
            return Some(FoldReason::FollowTopic);
        }
        if AGO.is_match(line) {
            return Some(FoldReason::UnrelatedItem);
        }
        if SITE_MISC.is_match(line) || is_skip_link(line) {
            return Some(FoldReason::SiteNavigation);
        }
        if words <= 20 && PHOTO.is_match(line) {
            return Some(FoldReason::PhotoCredit);
        }
        if words <= 20 && RELATED.is_match(line) && !line.ends_with('.') && !line.ends_with(',') {
            return Some(FoldReason::RelatedArticle);
        }
        None
    }

    #[test]
    fn skip_links_are_navigation() {
        for l in [
            "Ga direct naar de inhoud",
            "Ga naar het zoeken",
            "Naar hoofdinhoud",
            "Direct naar het menu",
            "Skip to main content",
            "Spring naar navigatie",
        ] {
            assert_eq!(line_chrome(l), Some(FoldReason::SiteNavigation), "{l}");
        }
        // Counter-examples: a link elsewhere, a subheading, a sentence.
        for l in [
            "Ga naar de website van de gemeente",
            "Direct naar huis",
            "Naar de inhoud van het akkoord.",
            "Ga direct naar de inhoud van het rapport",
        ] {
            assert_eq!(line_chrome(l), None, "{l}");
        }
    }

    proptest::proptest! {
        #[test]
        fn first_bytes_tell_what_the_patterns_tell(
            line in "(Bekijk |Lees |Kijk |Volg |Advertentie|Reageer|Deel dit artikel|12 |3 reacties|5 minuten geleden|deze video|ook|ons|dit onderwerp|Foto: |ANP / |Lex van Lieshout|Het kabinet|\\.|,| ){0,8}"
        ) {
            proptest::prop_assert_eq!(line_chrome(&line), line_chrome_by_patterns(&line));
        }
    }

    #[test]
    fn a_videos_caption_with_its_length() {
        assert_eq!(
            line_chrome("Video: Waarom de boodschappen duurder worden (2:41)"),
            Some(FoldReason::VideoEmbed)
        );
        // Counter-examples: no length, a time of day in the text.
        assert_eq!(line_chrome("Video: de beelden van de storm"), None);
        assert_eq!(
            line_chrome("Video's van de storm gingen rond (om 12:30)"),
            None
        );
    }

    #[test]
    fn whole_lines() {
        assert_eq!(
            line_chrome(
                "39 Rutte: 'Verdere agressie tegen Oekraïne zal serieuze consequenties hebben'"
            ),
            Some(FoldReason::RelatedArticle)
        );
        assert_eq!(
            line_chrome("224 Wat heeft Nederland te zoeken in het Oekraïneconflict?"),
            Some(FoldReason::RelatedArticle)
        );
        assert_eq!(
            line_chrome("De regio in beeld De regio in beeld Foto: NU.nl"),
            Some(FoldReason::PhotoCredit)
        );
        assert_eq!(
            line_chrome("Volg dit onderwerp Volgen Ontvang meldingen bij belangrijk nieuws"),
            Some(FoldReason::FollowTopic)
        );
        assert_eq!(
            line_chrome("Beeld: ANP / Lex van Lieshout"),
            Some(FoldReason::PhotoCredit)
        );
        assert_eq!(
            line_chrome("Demonstranten op het Malieveld. Foto: Getty Images"),
            Some(FoldReason::PhotoCredit)
        );
        assert_eq!(line_chrome("8.500 militairen gaan naar Polen."), None);
        assert_eq!(
            line_chrome("Nederland kijkt naar welke wapens het kan leveren"),
            None
        );
    }

    #[test]
    fn glued_teasers_and_video() {
        let s = "tegen Rusland. Lees ook: VVD en D66: Nederland moet Oekraïne steunen tegen cyberaanvallen Rutte en Hoekstra legden bloemen.";
        let runs = split_inline(s);
        assert_eq!(runs.len(), 3);
        assert_eq!(
            &s[runs[1].0.clone()],
            "Lees ook: VVD en D66: Nederland moet Oekraïne steunen tegen cyberaanvallen"
        );
        assert_eq!(runs[1].1, Some(FoldReason::ReadAlso));
        let s = "in 2014. Bekijk ook: Emotionele Rutte in Kiev Bekijk deze video op RTL XL Premier Mark Rutte is geraakt.";
        let runs = split_inline(s);
        let texts: Vec<&str> = runs.iter().map(|(r, _)| s[r.clone()].trim()).collect();
        assert_eq!(
            texts,
            [
                "in 2014.",
                "Bekijk ook: Emotionele Rutte in Kiev",
                "Bekijk deze video op RTL XL",
                "Premier Mark Rutte is geraakt."
            ]
        );
    }
}
