//! Where a footnote's text ends before the page does. A note is one numbered
//! note; in the interleaved form (sidebar and signature lines mixed in with
//! the text, no blank lines) the lines after a page's last note may be a
//! sidebar's address ("Korte Voorhout 7") or the signature block ("J.C. ter
//! Horst" / "Staatssecretaris van Financiën – …"). Such a line ends the note;
//! a note that wraps (a long reference, a link) goes on.

/// Whether `line`, after the note line `prev`, starts something that is not
/// the note's: a short address line, a person's name with initials, or a
/// title line ("Minister …", "Staatssecretaris …", "De minister van …").
/// Never after a line that leads on to the next ("… brief van de").
pub fn ends_note(prev: &str, line: &str) -> bool {
    let line = line.trim();
    !leads_on(prev) && (is_address(line) || initials_and_name(line) || title_line(line))
}

/// Lower-case words after which a note's text must go on.
const LEADING_ON: &[&str] = &[
    "de", "het", "een", "van", "der", "den", "en", "of", "door", "aan", "naar", "over", "bij",
    "met", "voor", "zie", "in", "op", "te", "tot", "om", "als", "dat", "die", "namens",
];

fn leads_on(prev: &str) -> bool {
    let t = prev.trim_end();
    t.ends_with([',', '-', '–', '(', '/', ':'])
        || t.split_whitespace()
            .next_back()
            .is_some_and(|w| LEADING_ON.contains(&w))
}

/// Words that open a reference, not a street: "Kamerstuk 36", "Bijlage 2".
const NOT_STREETS: &[&str] = &[
    "Kamerstuk",
    "Kamerstukken",
    "Handelingen",
    "Aanhangsel",
    "Staatsblad",
    "Staatscourant",
    "Stb",
    "Stcrt",
    "Artikel",
    "Bijlage",
    "Hoofdstuk",
    "Paragraaf",
    "Pagina",
    "Tabel",
    "Figuur",
    "Versie",
    "Motie",
    "Amendement",
    "Vraag",
    "Antwoord",
    "Nr",
];

/// "Korte Voorhout 7", "Turfmarkt 147", "Bezuidenhoutseweg 73a": one to
/// three capitalised words and a house number, nothing else.
pub fn is_address(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((number, name)) = words.split_last() else {
        return false;
    };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &number[digits..];
    (1..=3).contains(&name.len())
        && (1..=4).contains(&digits)
        && suffix.len() <= 2
        && suffix.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_STREETS.contains(&name[0])
        && name.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// "J.C. ter Horst", "mr. drs. H.G.J. Bruins Slot": initials (after any
/// titles), then a name as a signature prints it.
fn initials_and_name(line: &str) -> bool {
    let after_titles = line
        .split_whitespace()
        .find(|w| !matches!(*w, "mr." | "dr." | "drs." | "ir." | "ing." | "prof."))
        .unwrap_or("");
    let mut c = after_titles.chars();
    c.next().is_some_and(char::is_uppercase)
        && c.next() == Some('.')
        && super::signatory_name::is_name(line)
}

/// The roles a title line opens with, after "De " or not.
const ROLES: &[&str] = &[
    "Minister",
    "Staatssecretaris",
    "Minister-President",
    "Minister-president",
    "minister",
    "staatssecretaris",
    "minister-president",
];

/// "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst", "De
/// minister van Onderwijs, Cultuur en Wetenschap,": a capitalised role and
/// its portfolio; no digits (a reference's "Minister van Financiën, 3 mei
/// 2026" is the note's), no full stop at the end, at most twelve words.
fn title_line(line: &str) -> bool {
    let rest = line.strip_prefix("De ").unwrap_or(line);
    let role = rest.split_whitespace().next().unwrap_or("");
    let capital = line.starts_with(|c: char| c.is_uppercase());
    capital
        && ROLES.contains(&role.trim_end_matches(','))
        && !line.contains(|c: char| c.is_ascii_digit())
        && !line.ends_with(['.', ':', ';'])
        && line.split_whitespace().count() <= 12
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_names_and_titles_end_a_note() {
        let prev = "6 Staatsblad 2027, nr. 88.";
        assert!(ends_note(prev, "Korte Voorhout 7"));
        assert!(ends_note(prev, "Bezuidenhoutseweg 73a"));
        assert!(ends_note(prev, "J.C. ter Horst"));
        assert!(ends_note(prev, "mr. drs. H.G.J. Bruins Slot"));
        assert!(ends_note(
            prev,
            "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst"
        ));
        assert!(ends_note(
            prev,
            "De minister van Onderwijs, Cultuur en Wetenschap,"
        ));
        assert!(ends_note(prev, "Minister van Economische Zaken en Klimaat"));
    }

    #[test]
    fn a_wrapped_note_goes_on() {
        let prev = "4 Meer informatie over de aanpak is te vinden op het OESO-platform voor";
        // A wrapped reference, a link, a title with a date, a lower-case
        // role, a name without initials.
        assert!(!ends_note(prev, "Mission-Oriented Innovation Policies"));
        assert!(!ends_note(
            "7 Zie https://www.rijksoverheid.nl/a/",
            "b/c/rapport"
        ));
        assert!(!ends_note("3 Brief", "Minister van Financiën, 3 mei 2026"));
        assert!(!ends_note("3 Zie de brief", "minister van Financiën"));
        assert!(!ends_note("2 Geschreven door", "Liesje Schreinemacher"));
        // References that look like an address.
        assert!(!ends_note("5 Zie ook", "Kamerstuk 36"));
        assert!(!ends_note("5 Wet van 3 mei 2026,", "Staatsblad 2026"));
        assert!(!ends_note("5 Opgenomen als", "Bijlage 2"));
        // Whatever the line, after a word that leads on.
        assert!(!ends_note("3 Brief van de", "Minister van Financiën"));
        assert!(!ends_note("3 Een gesprek met", "J.C. ter Horst"));
    }
}
