//! Lines that are page furniture rather than text: the ministry's sidebar
//! (return address, "Kenmerk", "Bijlage(n)", contact details) that PDF extraction
//! interleaves with the running text of a Kamerbrief, and page footers
//! ("Pagina 1 van 7"). They are folded, never dropped.

use super::sidebar_lines::{is_sidebar, organisation, page_footer, site_address};
use crate::document::FoldReason;

/// A sidebar label whose value stands on the next line ("Kenmerk" /
/// "IENW/BSK-2023/33017", "Bijlage(n)" / "4").
pub fn value_label(line: &str) -> bool {
    super::sidebar_lines::value_label(line)
}

/// The head of an organisation's name in a sidebar, whose name may run on
/// over the next short lines ("Ministerie van" / "Infrastructuur en" /
/// "Waterstaat").
pub fn organisation_head(line: &str) -> bool {
    organisation(line) && line.split_whitespace().count() <= 6 && !line.ends_with('.')
}

/// Whether a Kamerbrief line is page furniture. `date_known`: the letter's date
/// was already read, so a later "Datum …" line is the sidebar repeating it.
pub fn kamerbrief_furniture(line: &str, date_known: bool) -> Option<FoldReason> {
    // A page footer starts with "p" or "P" (the pattern's first letter; no
    // other character folds to it): most lines are told by their first byte.
    if line.as_bytes().first().is_some_and(|b| b | 0x20 == b'p') && page_footer(line) {
        return Some(FoldReason::PageFooter);
    }
    // Sidebar lines are short: the shapes first (most lines have none),
    // then the words counted.
    let shaped = is_sidebar(line)
        || site_address(line)
        || (date_known && line.starts_with("Datum"))
        || correspondence_note(line);
    (shaped && crate::document::lines::count_words(line) <= 8).then_some(FoldReason::Sidebar)
}

/// The words of the sidebar's note on how to write back, which some
/// ministries print under "Uw brief" over four or five short lines:
/// "Correspondentie uitsluitend richten aan het retouradres met vermelding
/// van de datum en het kenmerk van deze brief."
pub(super) const NOTE_WORDS: [&str; 17] = [
    "Correspondentie",
    "uitsluitend",
    "richten",
    "aan",
    "het",
    "retouradres",
    "met",
    "vermelding",
    "van",
    "de",
    "datum",
    "en",
    "het",
    "kenmerk",
    "van",
    "deze",
    "brief.",
];

/// The first bytes of [`NOTE_WORDS`], as bits of an ASCII set.
pub(super) const NOTE_FIRST_BYTES: u128 = {
    let mut set = 0;
    let mut i = 0;
    while i < NOTE_WORDS.len() {
        set |= 1 << NOTE_WORDS[i].as_bytes()[0];
        i += 1;
    }
    set
};

/// A line of the sidebar's note on writing back ("Correspondentie
/// uitsluitend" / "richten aan het retouradres" / "met vermelding van de
/// datum" / "en het kenmerk van deze brief."): three words or more of it in
/// a row, or its first two. Read word by word where the line's first word
/// stands in the note, without collecting either (every line of a letter
/// is asked).
fn correspondence_note(line: &str) -> bool {
    // Most lines are told by their first byte: no word of the note starts so.
    let Some(&first_byte) = line.trim_start().as_bytes().first() else {
        return false;
    };
    if NOTE_FIRST_BYTES & (1 << (first_byte & 0x7F)) == 0 || !first_byte.is_ascii() {
        return false;
    }
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    (0..NOTE_WORDS.len())
        .filter(|&start| NOTE_WORDS[start] == first)
        .any(|start| match run_in_note(words.clone(), start + 1) {
            Some(count) => count >= 3 || start == 0 && count == 2,
            None => false,
        })
}

/// How many words a line has, counting one before `rest`, if `rest` goes
/// on as [`NOTE_WORDS`] from `at` to the line's end; `None` if it leaves
/// the note or runs past its end.
fn run_in_note<'a>(rest: impl Iterator<Item = &'a str>, at: usize) -> Option<usize> {
    let mut count = 1;
    for word in rest {
        if NOTE_WORDS.get(at + count - 1) != Some(&word) {
            return None;
        }
        count += 1;
    }
    Some(count)
}

/// Whether a line that starts as `line` does can be furniture
/// ([`kamerbrief_furniture`]) or a label ([`value_label`]) at all, squeezed
/// or not: a line turned away here needs no squeezing. Both tell most lines
/// by their first byte, and no small letter but these starts either
/// (squeezing out letter-spacing, [`super::letterspacing::squeeze`], keeps
/// a line's first character); of the others, a line whose characters no
/// joining of its words makes furniture
/// ([`super::furniture_bounds::may_join_into_furniture`]) is turned away
/// too.
pub fn may_be_furniture(line: &str) -> bool {
    !matches!(
        line.as_bytes().first(),
        Some(
            b'a' | b'd' | b'f' | b'g' | b'j' | b'l' | b'n' | b'q' | b's' | b't' | b'v' | b'x'
                ..=b'z'
        )
    ) && super::furniture_bounds::may_join_into_furniture(line)
}

/// Whether a line that starts as `line` does can be a label
/// ([`value_label`]), squeezed or not: [`may_be_furniture`]'s first byte,
/// and at most 25 characters besides white space.
pub fn may_be_label(line: &str) -> bool {
    !matches!(
        line.as_bytes().first(),
        Some(
            b'a' | b'd' | b'f' | b'g' | b'j' | b'l' | b'n' | b'q' | b's' | b't' | b'v' | b'x'
                ..=b'z'
        )
    ) && !super::furniture_bounds::long_run(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The note as one line, as [`correspondence_note_by_windows`] had it.
    const CORRESPONDENCE: &str = "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum en het kenmerk van deze brief.";

    /// [`correspondence_note`] as it was first written, collecting the
    /// line's and the note's words (the property test's oracle).
    fn correspondence_note_by_windows(line: &str) -> bool {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() < 2 || !CORRESPONDENCE.contains(words[0]) {
            return false;
        }
        let note: Vec<&str> = CORRESPONDENCE.split(' ').collect();
        (words.len() >= 3 || words == ["Correspondentie", "uitsluitend"])
            && note.windows(words.len()).any(|w| w == words.as_slice())
    }

    /// Lines of the note's words and others like them, in any order.
    fn note_like_line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let mut pieces: Vec<String> = NOTE_WORDS.iter().map(|w| w.to_string()).collect();
        pieces.extend(
            [
                "Corr", "brief", "de ", "  ", "\t", "Het", "e", "x", "van de", "\u{a0}", "",
            ]
            .map(String::from),
        );
        let word = proptest::sample::select(pieces);
        let gap = proptest::sample::select(vec![" ", "  ", "\t", "\u{2003}", ""]);
        proptest::collection::vec((word, gap), 0..20).prop_map(|v| {
            v.into_iter()
                .map(|(w, g)| format!("{w}{g}"))
                .collect::<String>()
        })
    }

    #[test]
    fn the_note_words_are_the_note() {
        assert_eq!(NOTE_WORDS.join(" "), CORRESPONDENCE);
    }

    proptest::proptest! {
        /// Read word by word, the note is told as the windows told it.
        #[test]
        fn the_note_is_told_as_by_windows(line in note_like_line()) {
            proptest::prop_assert_eq!(
                correspondence_note(&line),
                correspondence_note_by_windows(&line)
            );
        }

        /// Runs of the note itself, cut anywhere.
        #[test]
        fn runs_of_the_note_are_told_as_by_windows(from in 0usize..17, len in 0usize..19) {
            let line = NOTE_WORDS.iter().skip(from).take(len).copied().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(
                correspondence_note(&line),
                correspondence_note_by_windows(&line)
            );
        }

        /// What `may_be_furniture` turns away is neither furniture nor a
        /// label, however it goes on.
        #[test]
        fn a_line_turned_away_is_no_furniture(
            line in "[adfgjlnqstvxyz](agina [0-9] van [0-9]|ww\\.x\\.nl|ttps://a\\.nl|enmerk|ostbus 1|atum 1 mei|[a-zA-Z0-9 ./():-]{0,30})",
            date_known: bool
        ) {
            proptest::prop_assert!(!may_be_furniture(&line));
            proptest::prop_assert_eq!(kamerbrief_furniture(&line, date_known), None);
            proptest::prop_assert!(!value_label(&line));
        }
    }

    #[test]
    fn the_note_on_writing_back_is_furniture() {
        for l in [
            "Correspondentie uitsluitend",
            "richten aan het retouradres",
            "met vermelding van de datum",
            "en het kenmerk van deze brief.",
        ] {
            assert!(may_be_furniture(l), "{l}");
            assert_eq!(
                kamerbrief_furniture(l, true),
                Some(FoldReason::Sidebar),
                "{l}"
            );
        }
        // Counter-examples: two words of it in running text, the words in
        // another order, a sentence of the letter that merely has them.
        for l in [
            "met vermelding",
            "en het kenmerk van de brief van 3 mei",
            "met de datum van vermelding",
            "De minister zal uitsluitend richten op het retouradres.",
        ] {
            assert_eq!(kamerbrief_furniture(l, true), None, "{l}");
        }
    }

    #[test]
    fn the_first_bytes_of_furniture_may_be_furniture() {
        for l in [
            "pagina 2 van 7",
            "www.rijksoverheid.nl",
            "https://x.nl",
            "kenmerk",
            "referentie",
            "ons kenmerk",
            "uw brief",
            "bijlage",
            "contactpersoon",
            "inlichtingen",
            "overheidsidentificatienr",
        ] {
            assert!(may_be_furniture(l), "{l}");
            assert!(
                kamerbrief_furniture(l, true).is_some() || value_label(l),
                "{l}"
            );
        }
    }

    #[test]
    fn a_site_address_has_at_most_one_short_path_segment() {
        for l in [
            "www.rijksoverheid.nl/oekraïne",
            "https://www.rijksoverheid.nl/ienw/",
            "www.x.nl/abcdefghijklmnopqrstuvwx",
        ] {
            assert!(site_address(l), "{l}");
        }
        for l in [
            "www.x.nl/abcdefghijklmnopqrstuvwxy",
            "https://www.rijksoverheid.nl/ienw/documenten",
            "https://www.rijksoverheid.nl/zoeken?q=oekraine",
            "zie www.rijksoverheid.nl",
        ] {
            assert!(!site_address(l), "{l}");
        }
    }

    #[test]
    fn sidebar_and_footer() {
        for l in [
            "> Retouradres Postbus 20061 2500 EB Den Haag",
            "Postbus 20061",
            "2515 XP Den Haag",
            "Kenmerk BZ2300123",
            "Bijlage(n) 2",
            "Onze referentie MinBuZa.2023.1",
            "www.rijksoverheid.nl",
            "www.rijksoverheid.nl/ienw",
            "https://www.government.nl/",
            "Directie Europa",
            "Rijnstraat 8",
        ] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::Sidebar),
                "{l}"
            );
        }
        assert_eq!(
            kamerbrief_furniture("Pagina 2 van 7", false),
            Some(FoldReason::PageFooter)
        );
        // Spaces lost by an extractor, a phone number with its label.
        assert_eq!(
            kamerbrief_furniture("Pagina2 van7", false),
            Some(FoldReason::PageFooter)
        );
        // In any case, as the pattern says; a line that does not start with
        // the word is no footer.
        for l in ["PAGINA 3 van 9", "pagina 4/9", "pAGINA 5 van 9"] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::PageFooter),
                "{l}"
            );
        }
        for l in [" Pagina 2 van 7", "Zie pagina 2 van 7", "Qagina 2 van 7"] {
            assert_ne!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::PageFooter),
                "{l}"
            );
        }
        for l in [
            "T 070 379 8911 (algemeen)",
            "Bezoekadres",
            "Overheidsidentificatienr",
        ] {
            assert_eq!(
                kamerbrief_furniture(l, false),
                Some(FoldReason::Sidebar),
                "{l}"
            );
        }
        // Counter-example: a deep link (a footnote's source) is text.
        assert_eq!(
            kamerbrief_furniture(
                "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D222",
                false
            ),
            None
        );
        assert!(value_label("Ons kenmerk") && value_label("Bijlage(n)"));
        assert!(!value_label("Kenmerk van dit beleid is de aanpak"));
        assert!(organisation_head("Ministerie van"));
        assert!(!organisation_head(
            "Directie en bestuur hebben het plan besproken."
        ));
        assert_eq!(
            kamerbrief_furniture("Datum 3 februari 2022", true),
            Some(FoldReason::Sidebar)
        );
        assert_eq!(kamerbrief_furniture("Datum 3 februari 2022", false), None);
        for l in [
            "Veiligheidsordening",
            "Militaire steun",
            "Het kabinet heeft besloten het Matra-programma, waarmee Nederland",
            "2019, met Oekraïne en Rusland aan tafel gezeten in het «Normandië",
            // An appendix's title is a heading, not the sidebar's "Bijlage(n)".
            "Bijlage: Mogelijke aanvullende maatregelen op het NPCE",
        ] {
            assert_eq!(kamerbrief_furniture(l, true), None, "{l}");
        }
    }
}
