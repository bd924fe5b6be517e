//! A news page's headline: the first line, the first paragraph after the
//! page's menus, or the headline-shaped paragraph right above the page's
//! byline or time stamp (with widgets and a section label above it), and
//! the shapes a headline, a byline's names and a time stamp have.

use super::chrome::is_skip_link;
use super::news::{is_byline_or_stamp, is_credit};
use super::paragraphs::Item;
use crate::document::FoldReason;
use crate::document::lines::Line;

/// Which paragraphs of a news page are its headline and the section label
/// above it, by their index among the grouped items.
pub(super) struct Headline {
    /// The item that is the page's title.
    pub title: Option<usize>,
    /// A word or two alone right above the title ("Rechtbank", "PLUS"):
    /// the site's navigation.
    pub label: Option<usize>,
}

/// The headline among `items`, the paragraphs and folds of `lines`;
/// `menus` and `cookies` say which lines are menus and a cookie notice.
pub(super) fn choose(
    text: &str,
    lines: &[Line],
    items: &[Item],
    menus: &[bool],
    cookies: &[bool],
) -> Headline {
    let paras: Vec<usize> = (0..items.len())
        .filter(|&k| matches!(items[k], Item::Para(_)))
        .collect();
    // The title: the first line, or the first paragraph after a page's
    // leading menus and a section label ("Economie") above it.
    let first_text = lines.iter().position(|l| !l.is_blank());
    let leading_chrome = |f: usize| {
        let t = lines[f].text(text);
        menus[f] || cookies[f] || super::menu_runs::is_breadcrumb(t) || is_skip_link(t)
    };
    let after_menus = match first_text {
        Some(f) if leading_chrome(f) => paras.iter().copied().enumerate().find(|&(n, k)| {
            let Item::Para(ls) = &items[k] else {
                return false;
            };
            let t = lines[ls[0]].text(text);
            // A label of one or two words before it is no title.
            !(n + 1 < paras.len() && ls.len() == 1 && is_label(t))
        }),
        _ => None,
    };
    let para_text = |k: usize| match &items[k] {
        Item::Para(ls) => Some((ls.len(), lines[ls[0]].text(text))),
        Item::Folded { .. } => None,
    };
    // A headline stands right above its byline or time stamp (names alone,
    // a reporter's post and the lead may stand between): where a page's
    // first paragraphs have one and the first paragraph after the menus is
    // not among the two above it (a headline and its subtitle), the title is
    // the nearest
    // headline-shaped paragraph of the five above the stamp, whatever widgets stand before it ("3°C Mist · Den
    // Bosch", "Nu live: …").
    // A dated stamp or a byline comes first; a time of day alone only where
    // the page has none ("Tilburg – Den Bosch | 15:30" in a score widget
    // above the headline is no stamp of it).
    let stamp_where = |is_stamp: &dyn Fn(&str) -> bool| {
        paras.iter().take(24).position(|&k| match &items[k] {
            // (Names and the stamp under them may be one paragraph.)
            Item::Para(ls) => ls.iter().take(3).any(|&l| is_stamp(lines[l].text(text))),
            Item::Folded { .. } => false,
        })
    };
    let stamp_at = stamp_where(&is_dated_stamp).or_else(|| stamp_where(&is_byline_or_stamp));
    let stamped = stamp_at
        .filter(|&n| {
            !after_menus.is_some_and(|(m, k)| {
                m < n
                    && m + 2 >= n
                    && para_text(k).is_some_and(|(_, t)| is_long_title(t) && !is_names(t))
            })
        })
        .and_then(|n| {
            (n.saturating_sub(5)..n)
                .rev()
                .map(|m| (m, paras[m]))
                .filter(|&(_, k)| {
                    !para_text(k).is_some_and(|(_, t)| {
                        is_names(t) || is_credit(t) || super::news_date::stamp(t).is_some()
                    })
                })
                .find(|&(_, k)| {
                    let headline =
                        para_text(k).is_some_and(|(len, t)| len == 1 && is_long_title(t));
                    // (No menu between: a site's tagline above its menus and
                    // a prices widget's stamp are no headline's. A photo's
                    // credit may stand between.)
                    headline
                        && items[k..paras[n]].iter().all(|it| match it {
                            Item::Para(_) => true,
                            Item::Folded { reason, .. } => *reason == FoldReason::PhotoCredit,
                        })
                })
        });
    let title_item = match (stamped, after_menus) {
        (Some((_, k)), _) => Some(k),
        (None, Some((_, k))) => Some(k),
        (None, None) => paras.first().copied(),
    }
    .filter(|&k| {
        let Item::Para(ls) = &items[k] else {
            return false;
        };
        let t = lines[ls[0]].text(text);
        ls.len() == 1
            && paras.len() > 1
            && (is_title(t) || stamp_at.is_some() && is_long_title(t))
            && (stamped.is_some() || after_menus.is_some() || Some(ls[0]) == first_text)
    });
    // The section label above such a title is the site's navigation too: a
    // word or two alone ("Rechtbank", "PLUS").
    let label_item = match stamped {
        Some((m, _)) => m
            .checked_sub(1)
            .map(|l| paras[l])
            .filter(|&k| para_text(k).is_some_and(|(len, t)| len == 1 && is_label(t))),
        None => after_menus
            .filter(|&(n, _)| n > 0 && title_item.is_some())
            .map(|(n, _)| paras[n - 1]),
    };

    Headline {
        title: title_item,
        label: label_item,
    }
}

/// A section's label: one or two words, perhaps parted by a sign
/// ("Rechtbank", "NIEUWS · BESTUUR", "Binnenland / Politiek").
fn is_label(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.contains(char::is_alphanumeric))
        .count()
        <= 2
}

/// A stamp with its date ("Gepubliceerd op 9 oktober 2026 · 10:05",
/// "Nieuwsbericht | 14-10-2026") or a byline ("Door Ruben Verstappen – …").
/// A date alone ("Vrijdag 4 december 2026 | 7°C bewolkt", a site's header)
/// is no stamp: it needs a time, a byline, a label or a publication word.
fn is_dated_stamp(t: &str) -> bool {
    (is_byline_or_stamp(t) && !is_clock_only(t))
        || is_time_stamp(t)
        || super::news_date::stamp(t).is_some_and(|s| s.clock || s.web)
}

/// A line that [`is_byline_or_stamp`] takes for a stamp by its time of day
/// alone: it does not open with a byline or a publication word.
fn is_clock_only(t: &str) -> bool {
    !(t.starts_with("Door")
        || super::news::is_byline(t)
        || t.starts_with("Leestijd")
        || t.ends_with("leestijd")
        || ["Bijgewerkt", "Aangepast", "Gepubliceerd", "Geplaatst"]
            .iter()
            .any(|w| t.starts_with(w)))
}

/// A time stamp that opens with its date: "1 desimber 2026, 07.12 ·
/// Bijgewerkt om 12.40", "vrijdag 11 december 2026 om 3.25 uur" (a weekday
/// perhaps, a day, a month's word, a year, a clock with a colon or a full
/// stop).
fn is_time_stamp(t: &str) -> bool {
    let mut words = t.split_whitespace().peekable();
    // ("vrijdag 11 december 2026 om 3.25 uur": a weekday first.)
    if words
        .peek()
        .is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == ','))
    {
        words.next();
    }
    let day = words.next().unwrap_or("");
    let _month = words.next();
    let year = words.next().unwrap_or("").trim_end_matches(',');
    let clock = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 4
            && b[..b.len() - 3].iter().all(u8::is_ascii_digit)
            && matches!(b[b.len() - 3], b'.' | b':')
            && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
    };
    (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && words.any(|w| clock(w.trim_end_matches([',', '·'])))
}

/// Names alone, as a byline without "Door" gives them ("Marloes Nijhuis en
/// Rik Oude Luttikhuis", "Pieter-Jan De Smedt, met Belga", "Marieke Ploeg ·
/// Den Haag / Brussel") or a site's label ("VRT NWS"): every word
/// capitalised but the particles, links and signs between names. A headline has a word in lower case (its verb).
fn is_names(t: &str) -> bool {
    const LINKS: &[&str] = &[
        "en", "van", "der", "de", "den", "ter", "ten", "te", "el", "al", "met", "'t", "’t", "von",
        "le", "la", "du", "di", "da", "bin", "&",
    ];
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= 12
        && !t.contains(':')
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || LINKS.contains(&w.trim_end_matches(','))
                || !w.contains(char::is_alphanumeric)
        })
}

/// A headline right above its time stamp may be longer than [`is_title`]
/// allows: up to 30 words and 220 characters.
fn is_long_title(t: &str) -> bool {
    headline_shaped(t, 30, 220)
}

/// A headline: short, no sentence end (a question is fine), capitalised,
/// not in parts.
fn is_title(t: &str) -> bool {
    headline_shaped(t, 16, 140)
}

/// Two to `most_words` words and at most `most_chars` characters, no
/// sentence or clause end, capitalised (or a digit or a quote first), and
/// not in parts parted by "·" (a widget's or a stamp's: "4°C Motregen ·
/// Enschede", "NOS Nieuws · Politiek · Liveblog").
fn headline_shaped(t: &str, most_words: usize, most_chars: usize) -> bool {
    let words = t.split_whitespace().take(most_words + 1).count();
    (2..=most_words).contains(&words)
        && t.chars().count() <= most_chars
        && !t.ends_with(['.', ',', ';', ':'])
        && !t.contains(" · ")
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "'‘\"“".contains(c))
}
