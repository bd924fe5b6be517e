//! Guards of [`super::versioned_names`]: where a plain number after a name
//! counts something in a table or a list (a row of figures, a scorer's
//! goals, a place in a ranking) and is no model's or edition's number.

/// Whether the text after a plain number goes on with another one: a
/// table's row ("Unitas 9 2 7 4 -35": played, won, lost, points), not a
/// model's number.
pub(super) fn row_of_figures(rest: &str) -> bool {
    rest.split(' ').next().is_some_and(|w| {
        let w = w.trim_start_matches(['-', '+', '−']);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether the name at `name_start` is an item of a list of names with a
/// count each ("Doelpunten PKC: Van der Wal 7, Mulder 6, Van de Velde 5"):
/// three items or more on its line, parted by commas, semicolons or "en",
/// each capitalised words and a number of one or two digits, and not all
/// the same name ("Windows 10, Windows 11 en Windows 12" are versions).
pub(super) fn in_count_list(text: &str, name_start: usize) -> bool {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..name_start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &b[name_start..]).map_or(b.len(), |p| name_start + p);
    let line = &text[line_start..line_end];
    let list = line.rsplit_once(": ").map_or(line, |(_, l)| l);
    let mut firsts = Vec::new();
    for item in list.split([',', ';']).flat_map(|p| p.split(" en ")) {
        let words: Vec<&str> = item.split_whitespace().collect();
        let Some((count, name)) = words.split_last() else {
            return false;
        };
        let count = count.trim_end_matches('.');
        let counted = (1..=2).contains(&count.len()) && count.bytes().all(|b| b.is_ascii_digit());
        if !counted || name.is_empty() || !name[0].starts_with(char::is_uppercase) {
            return false;
        }
        firsts.push(name[0]);
    }
    firsts.len() >= 3 && firsts.iter().any(|f| *f != firsts[0])
}

/// Whether a line's first token is a place in a ranking: "1.", "12".
pub(super) fn is_ranked_row(first: &str) -> bool {
    let digits = first.strip_suffix('.').unwrap_or(first);
    (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}
