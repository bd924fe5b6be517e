//! A site's menu as an extractor leaves it: a line of capitalised words
//! and nothing else ("Omroep Gelderland Nieuws Sport Regio Tv Radio",
//! "Trouw Nieuws Verdieping Cultuur & Media Opinie"). Each word is an item
//! of its own, so the detector builds no name across them; the names the
//! gazetteer knows on such a line ("Omroep Gelderland") stay as they are.
//! A menu may also stand one item a line ("Nieuws", "Cultuur & Media",
//! "Tv & Radio", "Zoeken"): an item joined by "&" in a run of such lines
//! is two items too.

use super::words::Word;

/// A menu has at least this many items on its line.
const MIN_ITEMS: usize = 4;

/// For each of `words`, whether it stands on a menu line.
pub fn on_menu_lines(text: &str, words: &[Word]) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let line = line_at(text, words[i].range.start);
        let mut j = i;
        while j < words.len() && words[j].range.start < line.end {
            j += 1;
        }
        if is_menu_line(&text[line.clone()]) || is_joined_item_of_a_menu(text, line) {
            out[i..j].fill(true);
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether the line at byte `at` is a menu (its items are no name, and no
/// place joins one: "… Tv Radio Gelderland Helpt Zoeken").
pub fn on_menu_line(text: &str, at: usize) -> bool {
    is_menu_line(&text[line_at(text, at)])
}

/// The line that holds byte `at`, without its line break.
fn line_at(text: &str, at: usize) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |n| at + n);
    start..end
}

/// Whether a line is only capitalised words (and separators such as "&",
/// "|", "•"), at least [`MIN_ITEMS`] of them, or two after "Home" (a
/// breadcrumb): no small word, no punctuation of a sentence, no number.
pub fn is_menu_line(line: &str) -> bool {
    // (Breadcrumbs are short: a paragraph's long line is not read for one.)
    if line.len() <= MAX_BREADCRUMB && is_breadcrumb(line) {
        return true;
    }
    let mut items = 0;
    for w in line.split_whitespace() {
        if matches!(w, "&" | "|" | "•" | "·" | "/" | "-" | "–") {
            continue;
        }
        let mut cs = w.chars();
        let capital = cs.next().is_some_and(char::is_uppercase);
        if !capital || cs.any(|c| !(c.is_alphabetic() || c == '-' || c == '&')) {
            return false;
        }
        items += 1;
    }
    items >= MIN_ITEMS || (items >= 2 && line.trim_start().starts_with("Home "))
}

/// The longest line read as a breadcrumb.
const MAX_BREADCRUMB: usize = 200;

/// The longest line read as a menu's item on a line of its own.
const MAX_ITEM_LINE: usize = 30;

/// Lines one item each, in a run, make a menu: at least this many.
const MIN_ITEM_LINES: usize = 4;

/// Whether `line` is an item of two words joined by "&" ("Cultuur &
/// Media") in a run of at least [`MIN_ITEM_LINES`] item lines (a name of
/// the gazetteer's stays one, as on any menu line).
fn is_joined_item_of_a_menu(text: &str, line: std::ops::Range<usize>) -> bool {
    let here = &text[line.clone()];
    if here.len() > MAX_ITEM_LINE || !(here.contains(" & ") && is_item_line(here)) {
        return false;
    }
    let b = text.as_bytes();
    let mut run = 1;
    // Up, then down, a line at a time, as far as the run could need.
    let mut start = line.start;
    while run < MIN_ITEM_LINES && start > 0 {
        let prev_start = memchr::memrchr(b'\n', &b[..start - 1]).map_or(0, |n| n + 1);
        if !is_item_line(&text[prev_start..start - 1]) {
            break;
        }
        run += 1;
        start = prev_start;
    }
    let mut end = line.end;
    while run < MIN_ITEM_LINES && end < text.len() {
        let next_end = memchr::memchr(b'\n', &b[end + 1..]).map_or(text.len(), |n| end + 1 + n);
        if !is_item_line(&text[end + 1..next_end]) {
            break;
        }
        run += 1;
        end = next_end;
    }
    run >= MIN_ITEM_LINES
}

/// A menu's item on a line of its own: one to three words, the first
/// capitalised, no digits and no punctuation of a sentence ("Zoeken",
/// "Luister live", "Vraag & Aanbod").
fn is_item_line(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    (1..=3).contains(&words)
        && line.len() <= MAX_ITEM_LINE
        && line.starts_with(char::is_uppercase)
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '&' || c == '-')
}

/// A breadcrumb: "Home › Nieuws › 112 en Misdaad", "Nieuws › Overheid ›
/// Cloud": items of a few words, each starting with a capital or a digit,
/// between at least two arrows ("›", "»", ">"), or one after "Home".
fn is_breadcrumb(line: &str) -> bool {
    let line = line.trim();
    let arrows = line.matches(['›', '»', '>']).count();
    if arrows == 0 || (arrows < 2 && !line.starts_with("Home")) {
        return false;
    }
    line.split(['›', '»', '>']).all(|item| {
        let item = item.trim();
        let words = item.split_whitespace().count();
        (1..=5).contains(&words)
            && item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !item.ends_with(['.', '?', '!'])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words::words;

    #[test]
    fn menus_are_lines_of_capitalised_items() {
        assert!(is_menu_line(
            "Omroep Gelderland Nieuws Sport Regio Tv Radio"
        ));
        assert!(is_menu_line(
            "Trouw Nieuws Verdieping Cultuur & Media Religie & Filosofie"
        ));
        assert!(is_menu_line("Home | Nieuws | Sport | Weer"));
        // A breadcrumb from the home page.
        assert!(is_menu_line("Home Nieuws Rivierenland"));
        assert!(is_menu_line("Home › Nieuws › 112 en Misdaad"));
        assert!(is_menu_line("Nieuws › Overheid › Cloud"));
    }

    #[test]
    fn names_and_sentences_are_no_menus() {
        // Counter-examples: a long name with a small word, a title in title
        // case that ends a sentence, a name of three words, a dateline.
        assert!(!is_menu_line(
            "Ministerie van Sociale Zaken en Werkgelegenheid"
        ));
        assert!(!is_menu_line("Kabinet Trekt Extra Geld Uit."));
        assert!(!is_menu_line("Rotterdams Philharmonisch Orkest"));
        assert!(!is_menu_line("Den Haag 12 Maart 2025 Redactie"));
        assert!(!is_menu_line("Home"));
        // Counter-examples: an arrow in a sentence, a comparison.
        assert!(!is_menu_line(
            "Klik op Instellingen › Privacy om dat te wijzigen."
        ));
        assert!(!is_menu_line("De groei was 3 > 2 procent, zei Knot."));
    }

    #[test]
    fn an_item_joined_by_an_ampersand_in_a_menu_one_item_a_line() {
        let t = "Nieuws\nSport\nCultuur & Media\nZoeken\nMenu\nHet Stedelijk opent.";
        let w = words(t);
        let marks = on_menu_lines(t, &w);
        let marked: Vec<&str> = w
            .iter()
            .zip(&marks)
            .filter(|(_, m)| **m)
            .map(|(w, _)| &t[w.range.clone()])
            .collect();
        assert_eq!(marked, ["Cultuur", "Media"]);
        // Counter-example: a name with "&" among sentences.
        let t = "Het rapport kwam.\nEssent & Partners\nDaarna volgde een debat.\n";
        let w = words(t);
        assert!(!on_menu_lines(t, &w).contains(&true));
    }

    #[test]
    fn every_word_of_a_menu_line_is_marked() {
        let t = "Trouw Nieuws Sport Cultuur Opinie\nHet Stedelijk Museum opent vandaag.";
        let w = words(t);
        let marks = on_menu_lines(t, &w);
        assert_eq!(
            marks,
            [
                true, true, true, true, true, false, false, false, false, false
            ]
        );
    }
}
