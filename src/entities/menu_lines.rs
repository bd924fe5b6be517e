//! A site's menu as an extractor leaves it: a line of capitalised words
//! and nothing else ("Omroep Gelderland Nieuws Sport Regio Tv Radio",
//! "Trouw Nieuws Verdieping Cultuur & Media Opinie"). Each word is an item
//! of its own, so the detector builds no name across them; the names the
//! gazetteer knows on such a line ("Omroep Gelderland") stay as they are.

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
        if is_menu_line(&text[line]) {
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
