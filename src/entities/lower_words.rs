//! The words a document writes in lower case. A capitalised word that the
//! same document also writes in lower case ("Over" beside "over") is a
//! common word where it stands capitalised, at a line's or a sentence's
//! start, in a menu or a title, not a name. Collected once per document, on
//! first use, as most documents never ask.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The lower-case words of one document's clean text, collected lazily.
pub struct LowerWords<'t> {
    text: &'t str,
    words: OnceLock<FxHashSet<&'t str>>,
}

impl<'t> LowerWords<'t> {
    pub fn new(text: &'t str) -> Self {
        LowerWords {
            text,
            words: OnceLock::new(),
        }
    }

    /// `word` (in lower case) stands somewhere in the text as a word of its
    /// own that starts with a lower-case letter.
    pub fn contains(&self, word: &str) -> bool {
        self.words.get_or_init(|| collect(self.text)).contains(word)
    }
}

/// Words are runs of letters, digits, hyphens and apostrophes.
fn collect(text: &str) -> FxHashSet<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::LowerWords;

    #[test]
    fn words_written_in_lower_case_anywhere_in_the_text() {
        let w = LowerWords::new("Lees meer over de top.\n\nNOS Over de NOS, al-gemene zaken");
        assert!(w.contains("over"));
        assert!(w.contains("al-gemene"));
        assert!(w.contains("zaken"));
        // Only as written: the capitalised forms are not words of the set.
        assert!(!w.contains("nos"));
        assert!(!w.contains("lees"));
        assert!(!w.contains("Over"));
    }
}
