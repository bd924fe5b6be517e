//! A site's menus as a web extractor gives them: one item a line, four or
//! more in a row ("Home", "Nieuws", "Binnenland", …; "Delen", "Facebook",
//! "WhatsApp", "Link kopiëren"; a tag list). Such a run is navigation, not
//! a title and sections: the news parser folds it.

use crate::document::lines::Line;

/// The fewest items a run of menu lines has.
const LEAST_ITEMS: usize = 4;

/// Buttons that share a page ("Deel", "Mail", "Kopieer link").
const SHARE_WORDS: &[&str] = &[
    "Deel",
    "Delen",
    "Mail",
    "E-mail",
    "Facebook",
    "WhatsApp",
    "LinkedIn",
    "Twitter",
    "X",
    "Bluesky",
    "Threads",
    "Telegram",
    "Print",
    "Kopieer link",
    "Link kopiëren",
];

/// Whether a line reads as one menu item: at most three words and 30
/// characters, starting with a capital (or a digit: "1 Binnenland"), and
/// ending as no sentence or clause does.
pub(super) fn is_item(t: &str) -> bool {
    let t = t.trim();
    // Thirty characters are at most 120 bytes: a longer line (a paragraph)
    // is told apart without counting its words. (No share word is as long.)
    if t.len() > 4 * MAX_ITEM_CHARS {
        return false;
    }
    is_item_by_words(t)
}

/// The most characters a menu item has.
const MAX_ITEM_CHARS: usize = 30;

/// [`is_item`] of a trimmed line, read whole (the test's oracle for the
/// length cut).
fn is_item_by_words(t: &str) -> bool {
    if SHARE_WORDS.contains(&t) {
        return true;
    }
    // Capitalised; of three words, every one ("Vraag & Aanbod", but "Net
    // binnen"): a label that opens a list ("Meer over dit onderwerp") is no
    // item of it.
    let words = t.split_whitespace().count();
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
    };
    // ("Uitslagen & standen": two words joined by "&".)
    let joined = || t.split_whitespace().nth(1) == Some("&");
    // ("🔍", "☰": a search or menu button's glyph.)
    // (A list's bullet alone on a line is none.)
    let glyph = t.chars().count() <= 2
        && t.chars().all(|c| !c.is_alphanumeric() && !c.is_ascii())
        && !t.contains(['•', '▪', '◦', '●', '■', '·', '–', '—', '→']);
    !t.is_empty()
        && t.chars().count() <= MAX_ITEM_CHARS
        && words <= 3
        // ("Foto: ANP" is a credit.)
        && !t.contains(':')
        && (glyph || t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && (words < 3 || joined() || t.split_whitespace().all(capital))
        && !t.ends_with(['.', ',', ';', ':', '?', '!', '"', '\'', '”', '’'])
}

/// A breadcrumb: two to six short parts joined by "›", ">", "/" or "|"
/// ("Home › Regio › Almelo", "VRT NWS / Binnenland / Politiek").
pub fn is_breadcrumb(t: &str) -> bool {
    let t = t.trim();
    // Each separator holds one of these bytes ("›" ends in 0xBA, "»" in
    // 0xBB): a line with none of them, as most are, is no breadcrumb.
    let b = t.as_bytes();
    if memchr::memchr3(b'>', b'/', b'|', b).is_none() && memchr::memchr2(0xBA, 0xBB, b).is_none() {
        return false;
    }
    // Cut at its separators, a line's words are its parts' (three at most
    // in each of six) and a separator's sign between two parts: a line of
    // more words (a paragraph) is none either.
    if t.split_whitespace().nth(MAX_CRUMB_WORDS).is_some() {
        return false;
    }
    // ("Nieuwsbericht | 14-10-2026": a stamp, the page's date.)
    is_breadcrumb_by_parts(t) && super::news_date::stamp(t).is_none()
}

/// The most words a breadcrumb line has: six parts of three words and the
/// five signs between them.
const MAX_CRUMB_WORDS: usize = 6 * 3 + 5;

/// [`is_breadcrumb`] of a trimmed line, cut at every separator (the test's
/// oracle for the cheap refusals before it).
fn is_breadcrumb_by_parts(t: &str) -> bool {
    [" › ", " > ", " / ", " | ", " » "].iter().any(|sep| {
        let parts: Vec<&str> = t.split(sep).collect();
        (2..=6).contains(&parts.len())
            // A word at least ("13 / 11 / 2026" is a date).
            && parts.iter().any(|p| p.starts_with(char::is_uppercase))
            && parts.iter().all(|p| {
                p.split_whitespace().count() <= 3
                    && !p.contains(':')
                    && p.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    && !p.ends_with(['.', ',', ';', ':', '?', '!'])
            })
    })
}

/// A site's menu printed in one row: [`LEAST_ITEMS`] or more menu items
/// parted by " | ", " • " or " · " ("Home | Nieuws | 112 | Sport | Uit &
/// Thuis | E-paper"), each of two characters or more and at most one a
/// number. A table's row ("Ploeg | G | W | V | Pnt", "PKC | 9 | 7 | 2 |
/// 14") and a stamp ("3 december 2026 | 14:12 | Leestijd 4 min.") are none.
pub fn is_menu_row(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 16 * 4 * MAX_ITEM_CHARS {
        return false;
    }
    [" | ", " • ", " · "].iter().any(|sep| {
        let parts: Vec<&str> = t.split(sep).map(str::trim).collect();
        let numbers = parts
            .iter()
            .filter(|p| !p.starts_with(char::is_alphabetic))
            .count();
        parts.len() >= LEAST_ITEMS
            && numbers <= 1
            && parts
                .iter()
                .all(|p| p.chars().count() >= 2 && is_item_by_words(p))
    })
}

/// A row of buttons that share the page, led by its label: "Deel: Facebook
/// · LinkedIn · Mail", "Delen: LinkedIn · X · Bluesky · Link kopiëren"
/// (two or more buttons, each a share word).
pub fn is_share_row(t: &str) -> bool {
    let Some((label, rest)) = t.trim().split_once(": ") else {
        return false;
    };
    let buttons: Vec<&str> = rest.split(['·', '|', '•']).map(str::trim).collect();
    matches!(label.split_whitespace().next(), Some("Deel" | "Delen"))
        && label.split_whitespace().count() <= 4
        && buttons.len() >= 2
        && buttons.iter().all(|b| SHARE_WORDS.contains(b))
}

/// A breadcrumb led by "Je bent hier:" (or "U bent hier:", "You are
/// here:"): the words are the site's, the parts after them a breadcrumb.
pub fn is_labelled_breadcrumb(t: &str) -> bool {
    let t = t.trim();
    [
        "Je bent hier:",
        "U bent hier:",
        "Jij bent hier:",
        "You are here:",
    ]
    .iter()
    .any(|label| t.strip_prefix(label).is_some_and(is_breadcrumb))
}

/// Which lines are in a run of [`LEAST_ITEMS`] or more menu items in a
/// row (no blank line between them).
pub fn mark(text: &str, lines: &[Line]) -> Vec<bool> {
    let mut menu = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && !lines[j].is_blank() && is_item(lines[j].text(text)) {
            j += 1;
        }
        // Three are enough when one is a button to share the page.
        let shares = (i..j).any(|k| SHARE_WORDS.contains(&lines[k].text(text).trim()));
        if j - i >= LEAST_ITEMS || (j - i >= 3 && shares) {
            menu[i..j].iter_mut().for_each(|m| *m = true);
        }
        i = j.max(i + 1);
    }
    menu
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;
    use proptest::strategy::Strategy;

    fn menus(t: &str) -> Vec<bool> {
        mark(t, &split_lines(t))
    }

    #[test]
    fn a_run_of_menu_items_is_a_menu() {
        let t =
            "RTL Nieuws\nHome\nNet binnen\nBinnenland\nLink kopiëren\n\nDe titel van het stuk\n";
        assert_eq!(menus(t), [true, true, true, true, true, false, false]);
        // Items of two words joined by "&" and a search button's glyph go
        // on with the run; a glyph or an "&" line alone is no menu, nor is
        // a line of three words with one lowercase.
        let t = "Heren\nDames\nUitslagen & standen\nVideo\n🔍\nInloggen\n\n\
                 Ajax wint\n🔍\nDe kern & de rand\n\nOok de kern\nVan de zaak\nNet binnen\nHome\n";
        assert_eq!(
            menus(t),
            [
                true, true, true, true, true, true, false, false, false, false, false, false,
                false, false, false
            ]
        );
        assert!(is_item("🔍") && is_item("☰"));
        assert!(!is_item("•") && !is_item("–") && !is_item("*"));
    }

    /// Lines of menu words, separators, punctuation and long runs.
    fn line() -> impl proptest::strategy::Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            "Home",
            "Nieuws",
            "regio",
            "13",
            " ",
            "  ",
            " › ",
            " > ",
            " / ",
            " | ",
            " » ",
            "›",
            "/",
            "Deel",
            "Link kopiëren",
            "Foto: ANP",
            "é",
            "Ü",
            ".",
            ",",
            "\t",
            "een heel lange zin over de begroting van het kabinet en de Kamer",
            "X",
        ]);
        proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn cheap_refusals_change_nothing(t in line()) {
            let trimmed = t.trim();
            proptest::prop_assert_eq!(
                is_breadcrumb(&t),
                is_breadcrumb_by_parts(trimmed) && super::super::news_date::stamp(trimmed).is_none()
            );
            proptest::prop_assert_eq!(is_item(&t), is_item_by_words(trimmed));
        }
    }

    #[test]
    fn share_rows() {
        assert!(is_share_row(
            "Delen: LinkedIn · X · Bluesky · E-mail · Link kopiëren"
        ));
        assert!(is_share_row(
            "Deel dit artikel: LinkedIn · X · E-mail · Kopieer link"
        ));
        assert!(is_share_row("Deel: Facebook | Mail"));
        // Counter-examples: a sentence after the label, one button, a
        // label that is no share.
        assert!(!is_share_row(
            "Deel: de minister deelt het rapport · morgen"
        ));
        assert!(!is_share_row("Delen: Facebook"));
        assert!(!is_share_row("Volg ons: Facebook · X"));
        assert!(!is_share_row("Deelnemers: Mail · X"));
    }

    #[test]
    fn breadcrumbs() {
        assert!(is_breadcrumb("Home › Regio › Almelo"));
        assert!(is_breadcrumb("VRT NWS / Binnenland / Politiek"));
        assert!(is_breadcrumb("Home › Nieuws › 112 en Misdaad"));
        // Counter-examples: a headline with a slash, a date, a ratio.
        assert!(!is_breadcrumb(
            "Kabinet / Kamer botsen opnieuw over de begroting van 2027"
        ));
        assert!(!is_breadcrumb("13 / 11 / 2026"));
        assert!(!is_breadcrumb("Nieuwsbericht | 14-10-2026"));
        assert!(!is_breadcrumb("Beeld: ANP / Lex van Lieshout"));
        assert!(!is_breadcrumb("Zon en wind / de stroom van morgen"));
    }

    #[test]
    fn menus_in_one_row() {
        assert!(is_menu_row(
            "Home | Nieuws | 112 | Sport | Uit & Thuis | Ondernemen | Adverteren | E-paper"
        ));
        assert!(is_menu_row("Nieuws • Sport • Cultuur • Weer"));
        assert!(is_labelled_breadcrumb("Je bent hier: Home / Nieuws / Urk"));
        assert!(is_labelled_breadcrumb(
            "U bent hier: Home › Actueel › Nieuws"
        ));
        // Counter-examples: a table's header and row, a stamp, a byline
        // with credits, three items, a sentence after the label.
        assert!(!is_menu_row("Ploeg | G | W | V | Pnt"));
        assert!(!is_menu_row("PKC | 9 | 7 | 2 | 14"));
        assert!(!is_menu_row(
            "Door Ilse Verbeek | 3 december 2026 | 14:12 | Leestijd 4 min."
        ));
        assert!(!is_menu_row(
            "Tekst: Jolanda Kramer | Foto's: Albert Hoekstra"
        ));
        assert!(!is_menu_row("Home | Nieuws | Sport"));
        assert!(!is_labelled_breadcrumb(
            "Je bent hier: op de plek waar het allemaal begon."
        ));
    }

    #[test]
    fn short_lines_that_are_no_menu() {
        // Counter-examples: three items, a blank line inside the run, a
        // wrapped sentence, a list of dashes, a heading and its paragraph.
        assert!(!menus("Home\nNieuws\nSport\n\nTekst\n").contains(&true));
        // (But three with a share button are: "Deel", "Mail", "Kopieer link".)
        assert_eq!(menus("Deel\nMail\nKopieer link\n"), [true, true, true]);
        assert!(!menus("Home\nNieuws\n\nSport\nWeer\n").contains(&true));
        assert!(!menus("Het kabinet\nwil dat\nde regels\nsneller gaan.\n").contains(&true));
        assert!(!menus("- een\n- twee\n- drie\n- vier\n").contains(&true));
        // A label before a tag list is not one of its items.
        assert_eq!(
            menus("Meer over dit onderwerp\nKunst\nMusea\nFestivals\nBoeken\n"),
            [false, true, true, true, true]
        );
        assert!(
            !menus("Boeren ongerust\nDe boeren zijn ongerust over de plannen van de minister.\nZij willen\nmeer geld\n")
                .contains(&true)
        );
    }
}
