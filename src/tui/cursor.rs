//! The reading cursor and the selection: a word, sentence or paragraph of the
//! clean text that moves with w/b, s/( and p/{, and a selection that grows
//! from where `v` was pressed to the cursor. Kept per document.

use crate::document::Document;
use crate::document::units::{self, Unit};
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The unit under the cursor (clean bytes).
    pub at: Option<Range<usize>>,
    /// Where the selection started, when one is being made.
    pub from: Option<Range<usize>>,
}

impl Cursor {
    /// The selected passage: from the start unit to the cursor, either way round.
    pub fn selection(&self) -> Option<Range<usize>> {
        let (a, b) = (self.from.as_ref()?, self.at.as_ref()?);
        Some(a.start.min(b.start)..a.end.max(b.end))
    }

    /// Moves by one unit forward or back, starting from `fallback` (the top of
    /// the view) when there is no cursor yet or it is out of sight.
    pub fn step(
        &mut self,
        doc: &Document,
        unit: Unit,
        forward: bool,
        visible: Option<Range<usize>>,
        fallback: usize,
    ) {
        let current = self.at.clone().filter(|c| {
            visible
                .as_ref()
                .is_none_or(|v| c.start >= v.start && c.start < v.end)
        });
        let next = match current {
            None => units::unit_at(doc, fallback, unit),
            Some(c) if forward => units::next(doc, &c, unit).or(Some(c)),
            // Back from inside a larger unit (a word or a search match in a
            // sentence): to the start of that unit first, as vim's `(`.
            Some(c) => units::unit_at(doc, c.start, unit)
                .filter(|u| u.start < c.start)
                .or_else(|| units::prev(doc, &c, unit))
                .or(Some(c)),
        };
        if let Some(n) = next {
            self.at = Some(n);
        }
    }

    /// `v`: starts a selection at the cursor (placing the cursor first if
    /// needed), or ends it.
    pub fn toggle_selection(&mut self, doc: &Document, fallback: usize) {
        if self.from.is_some() {
            self.from = None;
            return;
        }
        if self.at.is_none() {
            self.at = units::unit_at(doc, fallback, Unit::Word);
        }
        self.from = self.at.clone();
    }

    /// What `m` marks and `y` copies: the selection, or else the sentence
    /// under the cursor, or, when there is none or it was scrolled out of
    /// `visible` (the clean text on screen), the sentence at the top of the
    /// view (`fallback`): never a passage the reader cannot see, unless
    /// selected.
    pub fn passage(
        &self,
        doc: &Document,
        fallback: usize,
        visible: Option<&Range<usize>>,
    ) -> Option<Range<usize>> {
        self.selection().or_else(|| {
            let seen =
                |c: &&Range<usize>| visible.is_none_or(|v| c.start >= v.start && c.start < v.end);
            let at = self.at.as_ref().filter(seen).map_or(fallback, |c| c.start);
            units::unit_at(doc, at, Unit::Sentence)
        })
    }

    /// Selects a given passage, as when a mark's passage is to be changed:
    /// from its first word, with the cursor on its last, so w/b grow and
    /// shrink it at the end.
    pub fn select(&mut self, doc: &Document, range: Range<usize>) {
        let first = units::unit_at(doc, range.start, Unit::Word)
            .filter(|w| w.end <= range.end)
            .unwrap_or(range.start..range.start);
        let last = units::prev(doc, &(range.end..range.end), Unit::Word)
            .filter(|w| w.start >= range.start)
            .unwrap_or(range.clone());
        self.from = Some(first);
        self.at = Some(last);
    }

    /// Esc: no cursor and no selection; the next w/s/p starts at the top
    /// of the view again.
    pub fn clear(&mut self) {
        *self = Cursor::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Origin};

    fn doc() -> Document {
        let text = "Eerste zin hier. Rutte zei dat het robuust moet. Derde zin volgt.\n";
        crate::parse::document_from_bytes("t".into(), Origin::Bundled("t.txt".into()), text.into())
            .unwrap()
    }

    fn text(d: &Document, r: &Option<Range<usize>>) -> String {
        d.clean[r.clone().unwrap()].to_string()
    }

    /// The cursor on the first `word` of the text.
    fn on_word(d: &Document, word: &str) -> Cursor {
        let at = d.clean.find(word).unwrap();
        Cursor {
            at: Some(at..at + word.len()),
            from: None,
        }
    }

    #[test]
    fn back_from_a_word_goes_to_the_start_of_its_sentence_first() {
        let d = doc();
        let mut c = on_word(&d, "robuust");
        c.step(&d, Unit::Sentence, false, None, 0);
        assert_eq!(text(&d, &c.at), "Rutte zei dat het robuust moet.");
        c.step(&d, Unit::Sentence, false, None, 0);
        assert_eq!(text(&d, &c.at), "Eerste zin hier.");
        c.step(&d, Unit::Sentence, false, None, 0);
        assert_eq!(text(&d, &c.at), "Eerste zin hier.", "stays at the first");
    }

    #[test]
    fn forward_from_a_word_goes_to_the_next_sentence() {
        let d = doc();
        let mut c = on_word(&d, "robuust");
        c.step(&d, Unit::Sentence, true, None, 0);
        assert_eq!(text(&d, &c.at), "Derde zin volgt.");
    }

    #[test]
    fn back_from_the_first_word_of_a_sentence_goes_to_the_one_before() {
        let d = doc();
        let mut c = on_word(&d, "Rutte");
        c.step(&d, Unit::Sentence, false, None, 0);
        assert_eq!(text(&d, &c.at), "Eerste zin hier.");
    }

    #[test]
    fn m_takes_the_cursor_on_screen_else_the_top_of_the_view_and_a_selection_always() {
        let d = doc();
        let c = on_word(&d, "Eerste");
        let derde = d.clean.find("Derde").unwrap();
        let rest = derde..d.clean.len();
        // The cursor on screen: its sentence.
        let all = 0..d.clean.len();
        let got = c.passage(&d, 0, Some(&all));
        assert_eq!(text(&d, &got), "Eerste zin hier.");
        // Scrolled out of sight: the sentence at the top of the view.
        let got = c.passage(&d, derde, Some(&rest));
        assert_eq!(text(&d, &got), "Derde zin volgt.");
        // A selection is the reader's choice, wherever it is.
        let mut s = on_word(&d, "Eerste");
        s.select(&d, 0..d.clean.find(" Rutte").unwrap());
        let got = s.passage(&d, derde, Some(&rest));
        assert_eq!(text(&d, &got), "Eerste zin hier");
    }
}
