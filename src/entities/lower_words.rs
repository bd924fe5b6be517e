//! The words a document writes in lower case. A capitalised word that the
//! same document also writes in lower case ("Over" beside "over") is a
//! common word where it stands capitalised, at a line's or a sentence's
//! start, in a menu or a title, not a name. Collected once per document, on
//! first use, as most documents never ask.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Mutex, OnceLock};

/// How many different words [`LowerWords::contains_once`] looks for by
/// searching the text before it collects the words instead: a search costs
/// a read of the text (a fast one), collecting some forty instructions a
/// byte.
const SEARCHES_AT_MOST: usize = 8;

/// The lower-case words of one document's clean text, collected lazily.
pub struct LowerWords<'t> {
    text: &'t str,
    words: OnceLock<FxHashSet<&'t str>>,
    /// The words [`LowerWords::contains_once`] has searched for, with the
    /// answers.
    searched: Mutex<FxHashMap<String, bool>>,
}

impl<'t> LowerWords<'t> {
    pub fn new(text: &'t str) -> Self {
        LowerWords {
            text,
            words: OnceLock::new(),
            searched: Mutex::new(FxHashMap::default()),
        }
    }

    /// `word` (in lower case) stands somewhere in the text as a word of its
    /// own that starts with a lower-case letter.
    pub fn contains(&self, word: &str) -> bool {
        self.words.get_or_init(|| collect(self.text)).contains(word)
    }

    /// The same answer as [`LowerWords::contains`], without collecting the
    /// words when no one has yet: a search of the text for `word` alone, for
    /// the passes that ask about a word or two in a document. Where they ask
    /// many times (an "&" in every copy of a long letter), each search would
    /// read the whole text: after a few the words are collected, once.
    pub fn contains_once(&self, word: &str) -> bool {
        if let Some(words) = self.words.get() {
            return words.contains(word);
        }
        if !word.starts_with(char::is_lowercase) {
            return false;
        }
        let mut searched = self.searched.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&answer) = searched.get(word) {
            return answer;
        }
        if searched.len() >= SEARCHES_AT_MOST {
            drop(searched);
            return self.contains(word);
        }
        let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
        let answer = memchr::memmem::find_iter(self.text.as_bytes(), word.as_bytes()).any(|at| {
            let before = self.text[..at].chars().next_back();
            let after = self.text[at + word.len()..].chars().next();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        });
        searched.insert(word.to_string(), answer);
        answer
    }
}

/// Words are runs of letters, digits, hyphens and apostrophes.
fn collect(text: &str) -> FxHashSet<&str> {
    let mut words = FxHashSet::with_capacity_and_hasher(text.len() / 8, Default::default());
    for_each_run(
        text,
        |b| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'',
        char::is_alphanumeric,
        |w| {
            if w.starts_with(char::is_lowercase) {
                words.insert(w);
            }
        },
    );
    words
}

/// Calls `f` with every run of `text`'s word characters, in order: an
/// ASCII byte is one when `ascii` says so (read as a byte, no decoding),
/// any other character when `other` does.
pub(super) fn for_each_run<'t>(
    text: &'t str,
    ascii: impl Fn(u8) -> bool,
    other: impl Fn(char) -> bool,
    mut f: impl FnMut(&'t str),
) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (in_word, len) = if b < 0x80 {
            (ascii(b), 1)
        } else {
            let c = text[i..].chars().next().expect("a char at a boundary");
            (other(c), c.len_utf8())
        };
        if in_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            f(&text[s..i]);
        }
        i += len;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

#[cfg(test)]
mod tests {
    use super::{LowerWords, SEARCHES_AT_MOST};

    /// The words as `str::split` cuts them: what [`super::collect`] reads
    /// byte by byte.
    fn split_words(text: &str) -> rustc_hash::FxHashSet<&str> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| w.starts_with(char::is_lowercase))
            .collect()
    }

    #[test]
    fn words_are_cut_as_split_cuts_them() {
        for text in [
            "",
            "de",
            "Oekraïne en oekraïne; al-gemene zaken's avonds",
            "één ĳssel ΑΘΗΝΑ αθήνα 東京 co2 x_y café\u{301} é",
            "eind\u{a0}mei—begin juni…en ‘zo’ verder 2024-heden",
        ] {
            assert_eq!(super::collect(text), split_words(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_cut_as_split_cuts_it(text in "(\\PC|[a-zA-Z0-9 '_\\-.éĳÉ]){0,60}") {
            proptest::prop_assert_eq!(super::collect(&text), split_words(&text));
        }
    }

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

    #[test]
    fn one_word_asked_without_collecting_gives_the_same_answer() {
        let text = "Lees meer over de top.\n\nNOS Over de NOS, al-gemene zaken; overal";
        let w = LowerWords::new(text);
        for word in [
            "over",
            "al-gemene",
            "zaken",
            "nos",
            "lees",
            "Over",
            "gemene",
            "overa",
        ] {
            assert_eq!(
                w.contains_once(word),
                LowerWords::new(text).contains(word),
                "{word}"
            );
        }
        // The same word asked again is not searched again; many different
        // words make it collect the words, with the same answers.
        let w = LowerWords::new(text);
        for _ in 0..SEARCHES_AT_MOST + 2 {
            assert!(w.contains_once("zaken"));
        }
        assert!(w.words.get().is_none());
        for k in 0..SEARCHES_AT_MOST {
            assert!(!w.contains_once(&format!("woord{k}")));
        }
        assert!(w.contains_once("over") && !w.contains_once("Over"));
        assert!(w.words.get().is_some());
    }
}
