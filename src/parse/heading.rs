//! What a heading looks like: a short stand-alone line that does not end a
//! sentence, optionally numbered ("1.", "2.3", "a)"); the numbering gives the level.

/// The numbering that opens `s`, as `^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S`
/// would capture it ("2.3 Titel", "1. Titel"): groups of one or two digits
/// parted by full stops, an optional full stop, space and a word. Read by
/// hand: compiling that pattern was a tenth of opening a letter.
fn numbered(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    // The ends of the chain of groups, longest last.
    let mut ends = Vec::new();
    let mut at = 0;
    loop {
        let run = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 || run > 2 {
            break;
        }
        ends.push(at + run);
        at += run;
        if b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit) {
            at += 1;
        } else {
            break;
        }
    }
    // The longest chain that a space and a word follow (the pattern's
    // greedy choice), with its full stop or without.
    ends.into_iter().rev().find_map(|end| {
        let rest = &s[end..];
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        space_then_word(rest).then_some(&s[..end])
    })
}

/// `^[a-z][.)]\s+\S`: "a) Titel", "b. Titel".
fn lettered(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 2
        && b[0].is_ascii_lowercase()
        && matches!(b[1], b'.' | b')')
        && space_then_word(&s[2..])
}

/// `^\s+\S`: white space, then a character that is none.
fn space_then_word(s: &str) -> bool {
    let rest = s.trim_start();
    rest.len() < s.len() && !rest.is_empty()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    None,
    /// Depth of a numeric label: "2" is 1, "2.3" is 2.
    Numeric(u8),
    Letter,
}

/// Whether a one-line paragraph is shaped like a heading, and its numbering.
pub fn heading_shape(s: &str, max_words: usize) -> Option<Numbering> {
    let s = s.trim();
    // More than 100 characters is no heading; a paragraph is told so by its
    // length in bytes (a character is at most four) before it is counted.
    if s.len() > 400 || (s.len() > 100 && s.chars().count() > 100) {
        return None;
    }
    // A label heading may end in a colon ("Energietransitie:"); a lead-in
    // sentence ending in one ("De missies luiden:") is no heading.
    if s.ends_with(['.', ',', ';', ':', '"', '”', '\'', '’', '-', '(', '/'])
        && !s.ends_with("..")
        && !(s.ends_with(':') && crate::document::lines::count_words(s) <= 2)
    {
        return None;
    }
    // A sentence with a footnote marker glued after its stop ("… over de
    // voortgang.7"); not a numbered part ("Hoofdstuk 2.6").
    let unmarked = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if unmarked.len() < s.len()
        && let Some(stem) = unmarked.strip_suffix(['.', '!', '?'])
        && stem.ends_with(|c: char| c.is_alphabetic() || c == ')')
    {
        return None;
    }
    // "Genk - Sint-Truiden 2 - 0": a match's result, short and capitalised.
    if super::results_line::is_results_line(s) {
        return None;
    }
    // The patterns start with a digit, or a letter and "." or ")": most
    // lines are told apart by their first bytes.
    let b = s.as_bytes();
    let numbering = if let Some(label) = b
        .first()
        .is_some_and(u8::is_ascii_digit)
        .then(|| numbered(s))
        .flatten()
    {
        Numbering::Numeric(label.split('.').count() as u8)
    } else if lettered(s) {
        Numbering::Letter
    } else {
        Numbering::None
    };
    let first_word_start = match numbering {
        Numbering::None => s,
        _ => s
            .split_once(char::is_whitespace)
            .map_or("", |(_, r)| r.trim_start()),
    };
    let first = first_word_start.chars().next()?;
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    // Counted last: most lines of running text are told by the checks above.
    let words = crate::document::lines::count_words(s);
    if words == 0 || words > max_words {
        return None;
    }
    // A line of only numbers and symbols is no heading.
    if !s.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    Some(numbering)
}

/// Whether a one-line paragraph is shaped like a numbered heading ("2.1
/// Uitvoering", "a) Handhaving"): [`heading_shape`] with a numbering, asked
/// only of a line that starts as the numbering's patterns do (a digit, or a
/// small letter and "." or ")"), which most lines do not.
pub fn numbered_heading(s: &str, max_words: usize) -> bool {
    let b = s.trim().as_bytes();
    let may_be = b.first().is_some_and(u8::is_ascii_digit)
        || (b.len() > 2 && b[0].is_ascii_lowercase() && matches!(b[1], b'.' | b')'));
    may_be
        && matches!(
            heading_shape(s, max_words),
            Some(Numbering::Numeric(_) | Numbering::Letter)
        )
}

/// Words a heading does not end with: it would run on into the next line.
const RUNS_ON: &[&str] = &[
    "de", "het", "een", "en", "of", "van", "voor", "met", "aan", "op", "in", "te", "tot", "door",
    "naar", "bij", "om", "dat", "die", "als", "maar", "over", "uit", "zijn", "is", "wordt",
    "worden", "dan", "of", "ook", "niet", "we", "wij", "ik", "hij", "zij", "u", "er", "zo",
];

/// Whether a line inside running text is a heading with no blank line under
/// it: heading-shaped, not ending in a word that runs on, after a finished
/// sentence (or at the start of a paragraph), before a line that starts a new
/// sentence, and ended short of the full line `width` (the next line's first
/// word would have fitted). In a text that sets paragraphs apart with blank
/// lines (`blank_paragraphs`) a heading has a blank line above it too.
pub fn inline_heading(
    prev: Option<&str>,
    line: &str,
    next: &str,
    width: usize,
    blank_paragraphs: bool,
) -> bool {
    // The neighbours first, the line's own shape after: each test only
    // says no, and in running text the cheap ones most often do.
    if let Some(p) = prev {
        if blank_paragraphs {
            return false;
        }
        // (A footnote marker glued to the sentence's end: "… investeren.10".)
        let p = super::reflow::without_glued_marker(p.trim());
        // After a bullet alone, or a lead-in ending in a colon, comes an item.
        if !p.ends_with(['.', '!', '?', '”', '"', '’', ')'])
            || p.chars().all(|c| !c.is_alphanumeric())
        {
            return false;
        }
        if p.ends_with(')') && !p.ends_with(".)") {
            return false;
        }
    }
    let next = next.trim();
    let Some(first) = next.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || "‘“'\"(".contains(first)) {
        return false;
    }
    let line = line.trim();
    if heading_shape(line, 14).is_none() || line.starts_with(['-', '•', '–', '*', '·']) {
        return false;
    }
    let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    if RUNS_ON.contains(&last.as_str()) {
        return false;
    }
    // With a margin: proportional type makes character counts approximate.
    let next_word = next.split_whitespace().next().unwrap_or("");
    line.chars().count() + 1 + next_word.chars().count() + 4 <= width
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The hand-read numbering is the pattern it replaced, on lines of
        /// digits, full stops, brackets, letters and white space.
        #[test]
        fn numbering_read_as_the_pattern_reads_it(s in "[0-9.a-z) \t\u{a0}Xé]{0,12}|([0-9]{1,3}\\.?){0,4}[.)a-z]?[ \t\u{a0}]{0,2}[Xéa-z. 0-9]{0,3}") {
            let numbered_re = regex::Regex::new(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S").unwrap();
            let lettered_re = regex::Regex::new(r"^[a-z][.)]\s+\S").unwrap();
            let want = numbered_re.captures(&s).map(|c| c.get(1).unwrap().as_str().to_string());
            proptest::prop_assert_eq!(numbered(&s).map(str::to_string), want);
            proptest::prop_assert_eq!(lettered(&s), lettered_re.is_match(&s));
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(
            heading_shape("Veiligheidsordening", 12),
            Some(Numbering::None)
        );
        assert_eq!(heading_shape("MH17", 12), Some(Numbering::None));
        assert_eq!(
            heading_shape("2.3 Militaire steun", 12),
            Some(Numbering::Numeric(2))
        );
        assert_eq!(
            heading_shape("1. Inleiding", 12),
            Some(Numbering::Numeric(1))
        );
        assert_eq!(heading_shape("a) Sancties", 12), Some(Numbering::Letter));
        assert_eq!(heading_shape("De Minister van Defensie,", 12), None);
        assert_eq!(heading_shape("dit is geen kop", 12), None);
        assert_eq!(heading_shape("Het kabinet steunt dit.", 12), None);
        assert_eq!(heading_shape("2019", 12), None);
        // A sentence whose stop has a footnote marker after it; counter-
        // example: a numbered part.
        assert_eq!(heading_shape("Ik informeer u voor de zomer.7", 12), None);
        assert_eq!(heading_shape("Hoofdstuk 2.6", 12), Some(Numbering::None));
        assert_eq!(
            heading_shape("Energietransitie:", 12),
            Some(Numbering::None)
        );
        assert_eq!(
            heading_shape("De missies voor energietransitie luiden:", 12),
            None
        );
    }

    proptest::proptest! {
        /// The first bytes' test of `numbered_heading` turns away only lines
        /// that `heading_shape` gives no numbering.
        #[test]
        fn numbered_heading_is_heading_shape_with_a_numbering(
            s in "[ \u{a0}]{0,2}([0-9]{1,3}|[a-zA-Zé])?[.)]?[ \u{a0}]{0,2}(Uitvoering|de|Sancties|2\\.3|a\\))?( [A-Za-z.]{1,6}){0,3}[.:]?"
        ) {
            proptest::prop_assert_eq!(
                numbered_heading(&s, 12),
                matches!(heading_shape(&s, 12), Some(Numbering::Numeric(_) | Numbering::Letter))
            );
        }
    }

    #[test]
    fn a_matchs_result_is_no_heading() {
        for s in [
            "Genk - Sint-Truiden 2 - 0",
            "Heerenveen - Go Ahead Eagles 1-0",
            "Ajax – PSV 3–1",
        ] {
            assert_eq!(heading_shape(s, 12), None, "{s}");
        }
        // Counter-examples: periods, numbered parts, a span of years.
        for s in [
            "Fase 1-2",
            "Uitvoering 2023 - 2030",
            "Artikel 5",
            "Noord - Zuid",
            "Hoofdstuk 3 - 4",
        ] {
            assert!(heading_shape(s, 12).is_some(), "{s}");
        }
    }

    #[test]
    fn headings_inside_running_text() {
        let w = 82;
        assert!(inline_heading(
            Some("welvaart” van de Sociaal-Economische Raad (SER)."),
            "De circulaire transitie versnellen",
            "De manier waarop we op dit moment met grondstoffen omgaan is niet houdbaar.",
            w,
            false
        ));
        assert!(inline_heading(
            None,
            "Tot slot",
            "We gaan met dit NPCE een volgende fase in.",
            w,
            true
        ));
        // In a text with blank lines between paragraphs, a line right after
        // a sentence is the start of a paragraph, not a heading.
        assert!(!inline_heading(
            Some("welvaart van de Raad (SER)."),
            "Het kabinet wijst erop dat Rusland in het zogeheten Budapest",
            "Memorandum (1994) de onafhankelijkheid heeft erkend.",
            w,
            true
        ));
        // A role over two lines in a signature: "… Handel en" runs on.
        assert!(!inline_heading(
            None,
            "De Minister voor Buitenlandse Handel en",
            "Ontwikkelingssamenwerking,",
            w,
            true
        ));
        // Counter-examples: a full line that happens to start a sentence and
        // run on into a name; a line after a lead-in; a line in a sentence.
        assert!(!inline_heading(
            Some("werken aan innovatieve oplossingen."),
            "In de eerdere Kamerbrief Innovatie en Impact, van 11 november jl. heb ik met de",
            "Minister van OCW de inzet toegelicht.",
            w,
            false
        ));
        assert!(!inline_heading(
            Some("Voorbeelden van maatregelen in het NPCE zijn:"),
            "Vermindering gebruik grondstoffen",
            "In 2030 koopt de overheid meer circulair in.",
            w,
            false
        ));
        assert!(!inline_heading(
            Some("Het kabinet heeft besloten om de"),
            "Nationale Grondstoffenstrategie",
            "Te herzien.",
            w,
            false
        ));
        assert!(!inline_heading(
            Some("•"),
            "Veiligheid: Nederland is veilig",
            "En verder.",
            w,
            false
        ));
    }
}
