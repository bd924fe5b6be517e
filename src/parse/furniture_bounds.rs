//! Which lines squeezing out letter-spacing can make page furniture: told
//! from the line as it stands, before it is squeezed.
//!
//! Squeezing ([`super::letterspacing::squeeze`]) keeps a line's words and
//! runs some of them together; whatever it joins, the squeezed line holds
//! the words' characters in the same order (their "run", without white
//! space) and at least as many characters as they have. Every furniture
//! shape and label starts with fixed words or a digit, or is short, so most
//! lines of running text are told by the start of their run, its length and
//! where its first digit stands, without asking which words join (squeezing
//! was a tenth of a letter's parse, mostly of lines that cannot be
//! furniture however they are squeezed).

use super::boilerplate::{NOTE_FIRST_BYTES, NOTE_WORDS};

/// How many bytes of a line's run are looked at (a start asked for is
/// compared as far as that).
const HEAD: usize = 16;

/// The starts of a run (in any case, as far as [`HEAD`]) that some
/// furniture shape or label can have, by the run's first byte in small
/// letters: the sidebar's labels and heads, the return address, the site
/// address, the footer, the repeated date.
fn starts_for(first: u8) -> &'static [&'static str] {
    match first {
        b'>' => &[">"],
        b'a' => &["afdeling"],
        b'b' => &["bezoekadres", "bijlage"],
        b'c' => &["cluster", "contactpersoon", "correspondentie"],
        b'd' => &[
            "datum",
            "dienst",
            "directie",
            "directoraat",
            "doorkiesnummer",
        ],
        b'e' => &["e-mail", "email"],
        b'f' => &["fax"],
        b'h' => &["http"],
        b'i' => &["inlichtingen"],
        b'k' => &["kenmerk"],
        b'm' => &["ministerievan"],
        b'o' => &["ons", "onze", "overheidsidentificatienr"],
        b'p' => &["pagina", "postadres", "postbus"],
        b'r' => &["referentie", "retouradres", "rijksoverheid"],
        b't' => &["telefoon"],
        b'u' => &["uw"],
        b'w' => &["www."],
        _ => &[],
    }
}

/// What a street's name ends with ([`super::sidebar_lines`]'s `street`).
const STREET_ENDS: [&str; 9] = [
    "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "hof",
];

/// Whether `line`, its words run together or kept apart in any way, can be
/// page furniture ([`super::boilerplate::kamerbrief_furniture`]) or a label
/// ([`super::boilerplate::value_label`]): `false` only where no squeezing
/// makes it either. A run of at most 25 characters may be a label; a longer
/// one must start as a shape does (its fixed words, a postcode, a phone
/// number after "T", "F" or "M", the sidebar's note on writing back),
/// or have the first digit right after a street's name.
pub(super) fn may_join_into_furniture(line: &str) -> bool {
    if !long_run(line) {
        return true;
    }
    let head = run_head(line);
    let first = head[0].to_ascii_lowercase();
    starts_for(first).iter().any(|s| {
        let n = s.len().min(HEAD);
        head[..n].eq_ignore_ascii_case(&s.as_bytes()[..n])
    }) || postcode(&head)
        || matches!(head[0], b'T' | b'F' | b'M') && b"+0123456789()-".contains(&head[1])
        || note_run(&head)
        // A street's name starts with a capital.
        || !head[0].is_ascii_lowercase() && street_before_digit(line)
}

/// Whether the line's run (its characters without white space) has more
/// than 25 characters: its printable ASCII bytes counted first, eight at a
/// time (all characters of most lines), its characters where those are
/// too few.
pub(super) fn long_run(line: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = line.as_bytes();
    let mut printable = 0;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // From 0x21 to 0x7E: seven bits at least 0x21 and below 0x7F, the
        // eighth clear (no carry runs from one byte into the next).
        let small = x & !HIGH;
        let from_21 = small + ONES * (0x80 - 0x21);
        let from_7f = small + ONES; // 0x80 - 0x7F in each byte
        printable += (from_21 & !from_7f & !x & HIGH).count_ones();
        if printable > 25 {
            return true;
        }
    }
    printable += chunks
        .remainder()
        .iter()
        .filter(|x| (0x21..0x7F).contains(*x))
        .count() as u32;
    printable > 25
        || b.len() > 25
            && line
                .split_whitespace()
                .map(|w| w.chars().count())
                .sum::<usize>()
                > 25
}

/// The first [`HEAD`] bytes of a line's run (one with more than that);
/// white space is what `split_whitespace` takes for it.
fn run_head(line: &str) -> [u8; HEAD] {
    let mut head = [0u8; HEAD];
    let mut len = 0;
    let b = line.as_bytes();
    let mut at = 0;
    while len < HEAD {
        let x = b[at];
        if x.is_ascii() {
            if !matches!(x, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
                head[len] = x;
                len += 1;
            }
            at += 1;
            continue;
        }
        let c = line[at..].chars().next().expect("at a char boundary");
        if !c.is_whitespace() {
            for &y in &b[at..at + c.len_utf8()] {
                if len < HEAD {
                    head[len] = y;
                    len += 1;
                }
            }
        }
        at += c.len_utf8();
    }
    head
}

/// Whether a run starts as a postcode does: four digits, two capitals.
fn postcode(head: &[u8; HEAD]) -> bool {
    head[..4].iter().all(u8::is_ascii_digit) && head[4..6].iter().all(u8::is_ascii_uppercase)
}

/// Whether `head` (the start of a line's run) goes on as the sidebar's note
/// on writing back does from the start of one of its words.
fn note_run(head: &[u8]) -> bool {
    if NOTE_FIRST_BYTES & (1 << (head[0] & 0x7F)) == 0 {
        return false;
    }
    (0..NOTE_WORDS.len()).any(|start| {
        if NOTE_WORDS[start].as_bytes()[0] != head[0] {
            return false;
        }
        let mut rest = head;
        for word in &NOTE_WORDS[start..] {
            let n = word.len().min(rest.len());
            if rest[..n] != word.as_bytes()[..n] {
                return false;
            }
            rest = &rest[n..];
            if rest.is_empty() {
                return true;
            }
        }
        false
    })
}

/// Whether the line's run can be a street's name and a number: letters
/// and hyphens up to its first digit, ending as a street's name does
/// ("Rijnstr aat 8"). A character outside ASCII counts as a letter (one
/// that is white space is passed over, as squeezing drops it).
fn street_before_digit(line: &str) -> bool {
    // The run's last bytes so far, the last one lowest (0x80 for a
    // character outside ASCII).
    let mut tail = 0u64;
    let b = line.as_bytes();
    // Most lines have no digit: told without stopping (the compiler reads
    // many bytes at once).
    if !b.iter().fold(false, |any, x| any | x.is_ascii_digit()) {
        return false;
    }
    let mut at = 0;
    while at < b.len() {
        let x = b[at];
        match x {
            b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => {}
            b'0'..=b'9' => {
                return STREET_ENDS.iter().any(|e| {
                    let end = e.bytes().fold(0u64, |n, c| n << 8 | u64::from(c));
                    tail & ((1 << (8 * e.len())) - 1) == end
                });
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'-' => tail = tail << 8 | u64::from(x),
            0x80.. => {
                let c = line[at..].chars().next().expect("at a char boundary");
                if !c.is_whitespace() {
                    tail = tail << 8 | 0x80;
                }
                at += c.len_utf8();
                continue;
            }
            // Any other character before the number: no street's name.
            _ => return false,
        }
        at += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::boilerplate::{kamerbrief_furniture, value_label};

    /// Pieces of furniture, labels and running text, to be cut into
    /// fragments and run together in any way.
    const PIECES: [&str; 45] = [
        "Pagina 12345678901 van 12345678901234",
        "T 070 379 8911 0000 0000 (algemeen)",
        "Burgemeester-van-Karnebeeklaan 12",
        "2515 XP Den Haag Nederland Europa",
        "Overheidsidentificatienr. 00000001003214345000",
        "Pagina 2 van 7",
        "pagina 4/9",
        "Postbus 20061",
        "2515 XP Den Haag",
        "T 070 379 8911 (algemeen)",
        "F +31 (0)70-456",
        "M 06-12345678",
        "Kenmerk",
        "Ons kenmerk",
        "Onze referentie",
        "Uw brief van",
        "Bijlage(n) 2",
        "Bezoekadres",
        "Overheidsidentificatienr.",
        "Contactpersoon",
        "E-mail",
        "Directie Europa en Veiligheid",
        "Ministerie van Buitenlandse Zaken",
        "Directoraat-generaal Politieke Zaken",
        "> Retouradres Postbus 20061 2500 EB Den Haag",
        "Rijksoverheid",
        "Rijnstraat 8",
        "Bezuidenhoutseweg 73a",
        "www.rijksoverheid.nl/ienw",
        "https://www.government.nl/",
        "Datum 3 februari 2022",
        "Correspondentie uitsluitend",
        "richten aan het retouradres",
        "met vermelding van de datum",
        "en het kenmerk van deze brief.",
        "uitsluitend richten aan het retouradres met vermelding",
        "Het kabinet blijft volop inzetten op de-escalatie en dialoog.",
        "opgelopen spanningen door de Russische troepenopbouw aan de grens",
        "met Oekraïne. Gezien de toezeggingen tijdens het commissiedebat",
        "44, item 22) zal het kabinet tevens ingaan op het bezoek van de",
        "Oekraïne is zonder precedent, maar staat niet op zichzelf.",
        "in een militair conflict dat naar schatting 14.000 slachtoffers",
        "ons land en de Minister van Defensie, mede namens de",
        "\u{212A}enmerk",
        "contactpersoon",
    ];

    /// A piece with white space put in here and there (letter-spacing,
    /// other spaces), and one way of running its words together again: the
    /// piece itself, or any other. A line as it stands, and a squeezing of
    /// it.
    fn spaced_and_joined() -> impl proptest::strategy::Strategy<Value = (String, String)> {
        use proptest::strategy::Strategy;
        let piece = proptest::sample::select(PIECES.to_vec());
        let mut gap_choices = vec![""; 12];
        gap_choices.extend([" ", " ", "  ", "\t", "\u{a0}", "\u{2003}"]);
        let gaps = proptest::collection::vec(proptest::sample::select(gap_choices), 80);
        let joins = proptest::collection::vec(proptest::bool::ANY, 80);
        let lead = proptest::sample::select(vec!["", " ", "\u{a0}"]);
        let as_piece = proptest::bool::ANY;
        (piece, gaps, joins, lead, as_piece).prop_map(|(piece, gaps, joins, lead, as_piece)| {
            let mut line = lead.to_string();
            for (i, c) in piece.chars().enumerate() {
                line.push(c);
                line.push_str(gaps[i % gaps.len()]);
            }
            if as_piece {
                return (line, piece.to_string());
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            let mut joined = String::new();
            for (i, w) in words.iter().enumerate() {
                if i > 0 && !joins[i % joins.len()] {
                    joined.push(' ');
                }
                joined.push_str(w);
            }
            (line, joined)
        })
    }

    proptest::proptest! {
        /// A line turned away is neither furniture nor a label, however
        /// its words are run together.
        #[test]
        fn a_line_turned_away_joins_into_no_furniture(
            (line, joined) in spaced_and_joined(),
            date_known: bool
        ) {
            if long_run(&line) {
                proptest::prop_assert!(!value_label(&joined));
            }
            if !may_join_into_furniture(&line) {
                proptest::prop_assert_eq!(kamerbrief_furniture(&joined, date_known), None);
                proptest::prop_assert!(!value_label(&joined));
            }
        }
    }

    #[test]
    fn furniture_may_be_joined_into_running_text_not() {
        for l in [
            "P agina 3 van 7 en meer woorden dan een label heeft",
            "Rijnstr aat 8 en meer woorden dan een label heeft",
            "met vermelding van de datum en het k enmerk",
            "2 5 15 XP D en Haag en meer woorden dan een label",
            "T 0 70 379 8911 0000 (algemeen)",
        ] {
            assert!(may_join_into_furniture(l), "{l}");
        }
        for l in [
            "Het kabinet blijft volop inzetten op de-escalatie en dialoog.",
            "opgelopen spanningen door de Russische troepenopbouw aan de grens",
            "44, item 22) zal het kabinet tevens ingaan op het bezoek van de",
            "onwenselijke scenario dat de gesprekken met Rusland niet slagen en de",
        ] {
            assert!(!may_join_into_furniture(l), "{l}");
        }
    }
}
