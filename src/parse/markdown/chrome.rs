//! A Markdown page's chrome, folded as the plain-text news parser folds it
//! (`parse/chrome.rs`, `parse/menu_runs.rs`): a skip link ("[Ga naar de
//! inhoud](#main)"), menus, footers and share buttons written as lists of
//! links (or links on one line), a breadcrumb, "Lees ook" and "Meest
//! gelezen" lists under their label, a teaser that is one link, images
//! and their captions, and the lines the plain parser folds ("Lees ook:
//! …", "Foto: …", "Meer uit …" and what follows it). Read from each block's
//! visible text and its links, never from the markup.

use super::blocks::Shape;
use crate::document::FoldReason;
use crate::parse::chrome::{is_more_from, line_chrome};
use crate::parse::menu_runs::{is_breadcrumb, is_item};

/// What the chrome rules know of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub shape: Shape,
    /// Its text as the clean text shows it.
    pub visible: String,
    /// Links and images at its top level.
    pub links: usize,
    /// Nothing but links (and separators between them).
    pub link_only: bool,
    /// Nothing but images (linked or not).
    pub image_only: bool,
    /// Images inside links (a logo, a teaser's picture).
    pub linked_image: bool,
    /// One link to a place on the page itself ("#main").
    pub skip: bool,
    /// A link to a share service ("facebook.com/sharer", "wa.me").
    pub share: bool,
    /// The whole text is one emphasis: `*…*` (1) or `**…**` (2).
    pub wrapped: Option<usize>,
    /// An item's list: its bullet or the character after its number.
    pub list: Option<u8>,
}

/// Labels above a list of links, and what the list is.
const LABELS: &[(&str, FoldReason)] = &[
    ("lees ook", FoldReason::ReadAlso),
    ("lees meer", FoldReason::ReadAlso),
    ("lees verder", FoldReason::ReadAlso),
    ("bekijk ook", FoldReason::ReadAlso),
    ("kijk ook", FoldReason::ReadAlso),
    ("luister ook", FoldReason::ReadAlso),
    ("ook interessant", FoldReason::ReadAlso),
    ("gerelateerd", FoldReason::ReadAlso),
    ("gerelateerde artikelen", FoldReason::ReadAlso),
    ("meer over dit onderwerp", FoldReason::SiteNavigation),
    ("meest gelezen", FoldReason::UnrelatedItem),
    ("meest bekeken", FoldReason::UnrelatedItem),
    ("populair", FoldReason::UnrelatedItem),
    ("net binnen", FoldReason::UnrelatedItem),
    ("meer nieuws", FoldReason::UnrelatedItem),
    ("ander nieuws", FoldReason::UnrelatedItem),
    ("laatste nieuws", FoldReason::UnrelatedItem),
    ("het laatste nieuws", FoldReason::UnrelatedItem),
    ("uitgelicht", FoldReason::UnrelatedItem),
    ("deel dit artikel", FoldReason::SiteNavigation),
    ("deel dit bericht", FoldReason::SiteNavigation),
    ("delen", FoldReason::SiteNavigation),
    ("deel", FoldReason::SiteNavigation),
    ("volg ons", FoldReason::SiteNavigation),
    ("tags", FoldReason::SiteNavigation),
    ("onderwerpen", FoldReason::SiteNavigation),
    ("menu", FoldReason::SiteNavigation),
    ("navigatie", FoldReason::SiteNavigation),
    ("service", FoldReason::SiteNavigation),
    ("over ons", FoldReason::SiteNavigation),
];

/// Where share buttons point.
const SHARE_LINKS: &[&str] = &[
    "facebook.com/sharer",
    "facebook.com/share",
    "twitter.com/intent",
    "twitter.com/share",
    "x.com/intent",
    "linkedin.com/share",
    "linkedin.com/sharing",
    "wa.me/",
    "api.whatsapp.com/send",
    "whatsapp://",
    "t.me/share",
    "pinterest.com/pin/create",
    "reddit.com/submit",
    "mailto:",
];

/// Whether a link's destination shares the page.
pub fn is_share_link(dest: &str) -> bool {
    SHARE_LINKS.iter().any(|s| dest.contains(s))
}

/// The fewest link items in a row that make a menu or a list of teasers
/// (two when one shares the page).
const LEAST_ITEMS: usize = 3;

/// Which blocks are chrome, and why. `news`: the page is news (the plain
/// parser's line rules hold only for news too).
pub fn fold(seen: &[Seen], news: bool) -> Vec<Option<FoldReason>> {
    let n = seen.len();
    let mut out: Vec<Option<FoldReason>> = vec![None; n];
    let mut k = 0;
    let mut other_news = false;
    while k < n {
        let s = &seen[k];
        if other_news {
            out[k] = Some(FoldReason::UnrelatedItem);
            k += 1;
            continue;
        }
        // A label and the links under it.
        if !matches!(s.shape, Shape::Item | Shape::Code | Shape::Row)
            && let Some(reason) = label(&s.visible)
        {
            let run = links_from(seen, k + 1, |_| true);
            if run > 0 {
                out[k..=k + run].iter_mut().for_each(|o| *o = Some(reason));
                k += run + 1;
                continue;
            }
        }
        // Items that are links, in a row: a menu, or a list of teasers.
        if s.shape == Shape::Item && s.link_only {
            let run = links_from(seen, k, |t| t.shape == Shape::Item);
            let items = &seen[k..k + run];
            let share = items.iter().any(|t| t.share);
            if run >= LEAST_ITEMS || (run >= 2 && share) {
                let menu = items.iter().all(|t| t.share || is_item(&t.visible));
                let reason = if menu {
                    FoldReason::SiteNavigation
                } else {
                    FoldReason::RelatedArticle
                };
                out[k..k + run].iter_mut().for_each(|o| *o = Some(reason));
                k += run;
                continue;
            }
        }
        out[k] = one(s, news);
        if news && s.shape != Shape::Item && is_more_from(&s.visible) {
            out[k] = Some(FoldReason::SiteNavigation);
            other_news = true;
        }
        k += 1;
    }
    // A caption in italics under an image goes with it.
    for k in 1..n {
        if out[k].is_none()
            && seen[k - 1].image_only
            && out[k - 1] == Some(FoldReason::PhotoCredit)
            && seen[k].shape == Shape::Paragraph
            && seen[k].wrapped == Some(1)
        {
            out[k] = Some(FoldReason::PhotoCredit);
        }
    }
    out
}

/// How many blocks from `from` on are links only (items, paragraphs or
/// teaser headings) and fit `also`.
fn links_from(seen: &[Seen], from: usize, also: impl Fn(&Seen) -> bool) -> usize {
    let rest = seen.get(from..).unwrap_or_default();
    // One list: the next list (a footer under "Meest gelezen") is not its.
    let list = rest.first().and_then(|t| t.list);
    rest.iter()
        .take_while(|t| {
            t.link_only
                && matches!(t.shape, Shape::Item | Shape::Paragraph | Shape::Heading(_))
                && t.list == list
                && also(t)
        })
        .count()
}

/// A block on its own.
fn one(s: &Seen, news: bool) -> Option<FoldReason> {
    if matches!(s.shape, Shape::Code | Shape::Row) {
        return None;
    }
    if s.image_only {
        return Some(if s.linked_image && is_item(&s.visible) {
            // A logo that links home.
            FoldReason::SiteNavigation
        } else {
            FoldReason::PhotoCredit
        });
    }
    if s.link_only && (s.skip || s.share) {
        return Some(FoldReason::SiteNavigation);
    }
    // (An item that is one link is a list's, as a source under an article.)
    if s.link_only && matches!(s.shape, Shape::Paragraph | Shape::Heading(_)) {
        if s.links >= 2 || is_item(&s.visible) {
            return Some(FoldReason::SiteNavigation);
        }
        if news {
            // A teaser: a headline that is a link and nothing else.
            return Some(FoldReason::RelatedArticle);
        }
    }
    if matches!(s.shape, Shape::Paragraph | Shape::Heading(_)) && is_breadcrumb(&s.visible) {
        return Some(FoldReason::SiteNavigation);
    }
    if news {
        if let Some(r) = line_chrome(&s.visible) {
            return Some(r);
        }
        if s.visible.starts_with('©') || s.visible.starts_with("Copyright ") {
            return Some(FoldReason::SiteNavigation);
        }
    }
    None
}

/// The list a label stands above ("Lees ook", "**Meest gelezen:**").
fn label(visible: &str) -> Option<FoldReason> {
    if visible.len() > 40 {
        return None;
    }
    let t = visible
        .trim()
        .trim_end_matches(':')
        .trim_end()
        .to_lowercase();
    LABELS.iter().find(|(l, _)| *l == t).map(|&(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(shape: Shape, visible: &str, links: usize) -> Seen {
        Seen {
            shape,
            visible: visible.into(),
            links,
            link_only: links > 0,
            image_only: false,
            linked_image: false,
            skip: false,
            share: false,
            wrapped: None,
            list: (shape == Shape::Item).then_some(b'*'),
        }
    }

    #[test]
    fn a_menu_of_links_and_a_list_of_teasers() {
        let page = [
            seen(Shape::Item, "Nieuws", 1),
            seen(Shape::Item, "Sport", 1),
            seen(Shape::Item, "Net binnen", 1),
            seen(Shape::Heading(1), "Veerpont vaart weer", 0),
            seen(Shape::Paragraph, "De veerpont vaart weer.", 0),
            seen(Shape::Item, "Brand in loods in Goes snel onder controle", 1),
            seen(
                Shape::Item,
                "Nieuwe sluis bij Terneuzen open voor schepen",
                1,
            ),
            seen(Shape::Item, "Zeeuwse mosselen dit jaar duurder", 1),
        ];
        let r = fold(&page, true);
        assert_eq!(r[..3], [Some(FoldReason::SiteNavigation); 3]);
        assert_eq!(r[3..5], [None, None]);
        assert_eq!(r[5..], [Some(FoldReason::RelatedArticle); 3]);
    }

    #[test]
    fn a_label_takes_its_links_along() {
        let page = [
            seen(Shape::Paragraph, "De raad besluit in maart.", 0),
            seen(Shape::Heading(2), "Lees ook", 0),
            seen(Shape::Item, "Raad wil nieuwe brug", 1),
            seen(Shape::Heading(2), "Meest gelezen", 0),
            seen(Shape::Item, "Files op de A58", 1),
            seen(Shape::Item, "Storm op komst", 1),
        ];
        let r = fold(&page, true);
        assert_eq!(
            r,
            [
                None,
                Some(FoldReason::ReadAlso),
                Some(FoldReason::ReadAlso),
                Some(FoldReason::UnrelatedItem),
                Some(FoldReason::UnrelatedItem),
                Some(FoldReason::UnrelatedItem),
            ]
        );
    }

    #[test]
    fn lists_that_are_article_text() {
        // Counter-examples: items with words beside their link, two links
        // in a row, a label with no links under it, a heading of the text.
        let page = [
            seen(Shape::Heading(2), "Wat verandert er", 0),
            seen(Shape::Item, "De bus rijdt vaker (zie dienstregeling)", 0),
            seen(Shape::Item, "De pont vaart tot middernacht", 0),
            seen(Shape::Item, "Kaartjes worden duurder", 0),
            seen(Shape::Item, "Website van de provincie", 1),
            seen(Shape::Item, "Dienstregeling van de veerdienst", 1),
            seen(Shape::Heading(2), "Populair", 0),
            seen(Shape::Paragraph, "Het plan is populair bij bewoners.", 0),
        ];
        let r = fold(&page, true);
        assert_eq!(r, vec![None; 8]);
    }

    #[test]
    fn skip_links_shares_and_captions() {
        let mut skip = seen(Shape::Paragraph, "Ga naar de inhoud", 1);
        skip.skip = true;
        let mut fb = seen(Shape::Item, "Deel op Facebook", 1);
        fb.share = true;
        let mut image = seen(Shape::Paragraph, "Rook boven de loods", 1);
        image.image_only = true;
        let mut caption = seen(Shape::Paragraph, "De loods brandde uit.", 0);
        caption.wrapped = Some(1);
        let page = [
            skip,
            fb.clone(),
            fb,
            image,
            caption,
            seen(Shape::Paragraph, "De brandweer kwam snel.", 0),
        ];
        let r = fold(&page, true);
        assert_eq!(
            r,
            [
                Some(FoldReason::SiteNavigation),
                Some(FoldReason::SiteNavigation),
                Some(FoldReason::SiteNavigation),
                Some(FoldReason::PhotoCredit),
                Some(FoldReason::PhotoCredit),
                None,
            ]
        );
        assert!(is_share_link(
            "https://www.facebook.com/sharer/sharer.php?u=x"
        ));
        assert!(!is_share_link("https://www.facebook.com/omroepzeeland"));
    }
}
