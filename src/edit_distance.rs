//! Levenshtein distance, the one copy: how many characters to insert,
//! delete or change to turn one text into another. Marks use it to judge a
//! passage's context after an edit; `keys.toml` to suggest the name meant.

/// The edit distance between `a` and `b`, character by character.
pub fn between(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    to_start(&a, &b, true)
}

/// The edit distance between `a` and a start of `b`: the best over every
/// length of `b` (`b` may go on past what `a` covers), or all of `b` when
/// `whole`.
pub fn to_start(a: &[char], b: &[char], whole: bool) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ac) in a.iter().enumerate() {
        let mut next = vec![i + 1; b.len() + 1];
        for (j, &bc) in b.iter().enumerate() {
            next[j + 1] = (row[j] + usize::from(ac != bc))
                .min(row[j + 1] + 1)
                .min(next[j] + 1);
        }
        row = next;
    }
    if whole {
        row[b.len()]
    } else {
        row.iter().copied().min().unwrap_or(a.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_inserts_deletes_and_changes_by_character() {
        assert_eq!(between("page_up", "pag_up"), 1);
        assert_eq!(between("kitten", "sitting"), 3);
        assert_eq!(
            between("Oekraïne", "Oekraine"),
            1,
            "a character, not a byte"
        );
        assert_eq!(between("", "abc"), 3);
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        // "de Kamer" starts "de Kamerbrief": no edit, unless all of it counts.
        assert_eq!(to_start(&c("de Kamer"), &c("de Kamerbrief"), false), 0);
        assert_eq!(to_start(&c("de Kamer"), &c("de Kamerbrief"), true), 5);
    }
}
