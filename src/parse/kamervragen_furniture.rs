//! Page furniture of Kamervragen as the Tweede Kamer publishes them (the
//! "Aanhangsel van de Handelingen"): the running footer "Tweede Kamer,
//! vergaderjaar 2023–2024, Aanhangsel" with its page number, and on the first
//! page the publication id ("ah-tk-20232024-2129"), the ISSN and the printer's
//! "’s-Gravenhage 2024". These lines are folded, never dropped; they also mark
//! where pages end when the text has no form feeds.

use crate::document::lines::Line;
use regex::Regex;
use std::sync::LazyLock;

/// "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", optionally with the page
/// number beside it (after it, or before it where the page prints it at the
/// left margin) and the printer's line before it (`pdftotext -layout`).
static RUNNING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?:\d{1,5}\s+)?(?:['’]s-Gravenhage \d{4}\s+)?(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–—-]\s*\d{4}, Aanhangsel(?:\s+\d{1,5})?$",
    )
});
static DOCUMENT_ID: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^ah-[a-z]{2}-\d{8}-\d{1,6}$"));
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(?:ISSN\s+\d{4}\s*[-–]?\s*\d{3}[\dXx]|['’]s-Gravenhage \d{4})$")
});
/// The three on one line, as an extractor that joins a block's lines gives
/// them: "ah-tk-20262027-612 ISSN 0921 - 7398 ’s-Gravenhage 2026".
static JOINED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^ah-[a-z]{2}-\d{8}-\d{1,6}\s+ISSN\s+\d{4}\s*[-–]?\s*\d{3}[\dXx](?:\s+['’]s-Gravenhage \d{4})?$",
    )
});

/// The running footer, which ends a page.
pub fn is_running_footer(line: &str) -> bool {
    RUNNING.is_match(line)
}

/// The publication id printed on the first page, if this line is it.
pub fn document_id(line: &str) -> Option<&str> {
    if DOCUMENT_ID.is_match(line) {
        Some(line)
    } else if JOINED.is_match(line) {
        line.split_whitespace().next()
    } else {
        None
    }
}

/// Which lines are furniture: the patterns above, and a bare page number
/// right after a running footer. (Not one right before it: pdftotext prints
/// a page's footnote numbers there, after the notes.)
pub fn mark(text: &str, lines: &[Line]) -> Vec<bool> {
    let mut furniture = vec![false; lines.len()];
    let mut after_footer = false;
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            continue;
        }
        let t = l.text(text);
        if is_running_footer(t) {
            furniture[i] = true;
            after_footer = true;
            continue;
        }
        let page_number = after_footer && is_bare_number(t);
        if page_number || DOCUMENT_ID.is_match(t) || OTHER.is_match(t) || JOINED.is_match(t) {
            furniture[i] = true;
        }
        after_footer = false;
    }
    furniture
}

/// A number alone on its line, as page and part numbers stand: "2".
pub fn is_bare_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// Line indices where pages start (the first is 0): a form feed, or else the
/// first line after a running footer and its page number.
pub fn page_starts(text: &str, lines: &[Line], furniture: &[bool]) -> Vec<usize> {
    let mut starts = vec![0];
    let push = |i: usize, starts: &mut Vec<usize>| {
        // A form feed after the last text starts no page.
        let more = (i..lines.len()).any(|k| !lines[k].is_blank());
        if i > 0 && more && starts.last() != Some(&i) {
            starts.push(i);
        }
    };
    for (i, l) in lines.iter().enumerate() {
        let lead = &text[l.full.start..l.content.start.max(l.full.start)];
        let whole = &text[l.full.clone()];
        if lead.contains('\u{c}') || (l.is_blank() && whole.contains('\u{c}')) {
            push(i, &mut starts);
        } else if is_running_footer(l.text(text)) {
            let next = (i + 1..lines.len())
                .find(|&k| !lines[k].is_blank() && !furniture[k])
                .unwrap_or(lines.len());
            // A form feed between the footer and the next text starts the page.
            let ff = (i + 1..next).any(|k| text[lines[k].full.clone()].contains('\u{c}'));
            if !ff {
                push(next, &mut starts);
            }
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&JOINED);
    LazyLock::force(&OTHER);
    LazyLock::force(&DOCUMENT_ID);
    LazyLock::force(&RUNNING);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    #[test]
    fn footers_ids_and_page_numbers_are_furniture() {
        let t = "De tekst gaat door.\n\nah-tk-20232024-2129\nISSN 0921 - 7398\n’s-Gravenhage 2024\n\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n1\n\u{c}verder op pagina 2\n";
        let lines = split_lines(t);
        let f = mark(t, &lines);
        let folded: Vec<&str> = (0..lines.len())
            .filter(|&i| f[i])
            .map(|i| lines[i].text(t))
            .collect();
        assert_eq!(
            folded,
            [
                "ah-tk-20232024-2129",
                "ISSN 0921 - 7398",
                "’s-Gravenhage 2024",
                "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel",
                "1"
            ]
        );
        assert_eq!(page_starts(t, &lines, &f), vec![0, 9]);
    }

    #[test]
    fn layout_footer_with_page_number_ends_a_page_without_form_feed() {
        let t = "eind van pagina een.\n’s-Gravenhage 2024       Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel      1\nbegin van pagina twee\n";
        let lines = split_lines(t);
        let f = mark(t, &lines);
        assert_eq!(f, vec![false, true, false]);
        assert_eq!(page_starts(t, &lines, &f), vec![0, 2]);
    }

    #[test]
    fn layout_footer_with_the_page_number_at_the_left_is_furniture() {
        // The page number at the left margin, beside the footer; a page
        // number of five digits.
        let t = "eind van pagina twee.\n\n2                      Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel\nbegin van pagina drie\nTweede Kamer, vergaderjaar 2026–2027, Aanhangsel          12345\nverder\n";
        let lines = split_lines(t);
        let f = mark(t, &lines);
        assert_eq!(f, vec![false, false, true, false, true, false]);
        assert_eq!(page_starts(t, &lines, &f), vec![0, 3, 5]);
        // Counter-examples: a sentence after a number that names the
        // Aanhangsel; a footnote's number printed after the notes, right
        // above the footer (pdftotext), is the note's, not furniture.
        let t = "2 Zie Tweede Kamer, vergaderjaar 2026–2027, Aanhangsel 612.\n3\nTweede Kamer, vergaderjaar 2026–2027, Aanhangsel\n\n2\n";
        assert_eq!(
            mark(t, &split_lines(t)),
            vec![false, false, true, false, true]
        );
    }

    #[test]
    fn the_first_pages_block_joined_on_one_line_is_furniture() {
        let t = "2 Een rapport, september 2026.\n\nah-tk-20262027-612 ISSN 0921 - 7398 ’s-Gravenhage 2026\nAntwoord 3\n";
        let lines = split_lines(t);
        assert_eq!(mark(t, &lines), vec![false, false, true, false]);
        assert_eq!(
            document_id("ah-tk-20262027-612 ISSN 0921 - 7398 ’s-Gravenhage 2026"),
            Some("ah-tk-20262027-612")
        );
        // Counter-example: a sentence citing the publication.
        let t = "Zie ah-tk-20262027-612 ISSN 0921 - 7398 voor de tekst.\n";
        assert_eq!(mark(t, &split_lines(t)), vec![false]);
    }

    #[test]
    fn body_lines_that_look_alike_are_not_furniture() {
        // A bare number not after a footer (a footnote number), a sentence that
        // names the Aanhangsel, and a year alone are text.
        let t = "Zie Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2147.\n12\nIn ’s-Gravenhage 2024 werd besloten.\n2024\n";
        let lines = split_lines(t);
        assert_eq!(mark(t, &lines), vec![false; 4]);
    }
}
