//! A fact box on a news page: short lines in a row, no blank line between
//! them, two or more of them facts — a key and its value ("Kaarten" over
//! "Groen: Floris Ramakers (Bloemendaal)" and "Geel: Sven Otten"), a
//! match's score ("Bloemendaal 2 – 3 Amsterdam") or a line opening with a
//! match's minute ("14' 0-1 Thijs van Dalsum (sc)"). No line of a box is a
//! subheading: its label ("Doelpunten", "Kaarten") heads the box, not the
//! article below it.

use crate::document::lines::Line;

/// The longest line a box holds (a paragraph is longer).
const MAX_BOX_LINE: usize = 120;

/// The fewest facts in a box.
const LEAST_FACTS: usize = 2;

/// A key and its value: "Start: 1998", "Passagiers 2025: 31.000", "Foto's:
/// Albert Hoekstra" (a key of one to three words, a capital first).
pub(super) fn is_key_value(t: &str) -> bool {
    t.split_once(": ").is_some_and(|(key, value)| {
        let words = key.split_whitespace().count();
        (1..=3).contains(&words) && key.starts_with(char::is_uppercase) && !value.trim().is_empty()
    })
}

/// Whether a line states a fact as a box does. A key whose value is a
/// sentence or a quote ("De Vries: 'Dit is onacceptabel.'", as an interview
/// or a live blog quotes) is none.
fn is_fact(t: &str) -> bool {
    let t = t.trim();
    let quoted = t.split_once(": ").is_some_and(|(_, v)| {
        v.starts_with(['\'', '"', '‘', '“', '„'])
            || v.ends_with(['.', '!', '?', '\'', '"', '’', '”'])
    });
    (is_key_value(t) && !quoted)
        || super::results_line::is_score(t)
        || super::results_line::opens_with_minute(t)
}

/// A line's place in a fact box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Boxed {
    /// In no box.
    No,
    /// The box's first line when it states no fact: its label ("Kaarten",
    /// "Bavaria in cijfers", "Wat staat er in het verdrag?"). A label
    /// inside an article heads a section; one in the page's head, over a
    /// match box, heads nothing (the article below is not the box's).
    Label,
    /// A fact of the box, or a line between its facts: no subheading.
    Inside,
}

/// Each line's place in a fact box.
pub(super) fn mark(text: &str, lines: &[Line]) -> Vec<Boxed> {
    let mut boxed = vec![Boxed::No; lines.len()];
    // (A sentence, one a line as some extracts give them, is no box's.)
    let short = |l: &Line| {
        !l.is_blank() && l.content.len() <= MAX_BOX_LINE && !l.text(text).trim_end().ends_with('.')
    };
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && short(&lines[j]) {
            j += 1;
        }
        let facts = (i..j).filter(|&k| is_fact(lines[k].text(text))).count();
        // ("Kaarten" over one fact, a blank line after them: a box too; a
        // live blog's "18:15" over an entry's "Peilingen: …" is none.)
        let closed = lines.get(j).is_none_or(Line::is_blank);
        let label = lines[i].text(text);
        let labelled = closed
            && j >= i + 2
            && facts == j - i - 1
            && !is_fact(label)
            && label.trim_start().starts_with(char::is_uppercase);
        if j - i >= 2 && (facts >= LEAST_FACTS || labelled) {
            boxed[i..j].iter_mut().for_each(|b| *b = Boxed::Inside);
            if !is_fact(lines[i].text(text)) {
                boxed[i] = Boxed::Label;
            }
        }
        i = j.max(i + 1);
    }
    boxed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    fn boxes(t: &str) -> Vec<Boxed> {
        mark(t, &split_lines(t))
    }

    #[test]
    fn a_match_box_is_one_box() {
        let t = "Bloemendaal 2 – 3 Amsterdam\nSportpark 't Kopje | 2.100 toeschouwers\n\
                 Scheidsrechters: Marloes Kuijpers en Dennis ter Horst\n\nDoelpunten\n\
                 14' 0-1 Thijs van Dalsum (sc)\n29' 1-1 Mees Hoogendijk\n\nKaarten\n\
                 Groen: Floris Ramakers (Bloemendaal)\nGeel: Sven Otten (Bloemendaal, 5 min)\n\n\
                 BLOEMENDAAL – In de kraker van de zevende speelronde.\n";
        use Boxed::{Inside as I, Label as L, No as N};
        assert_eq!(boxes(t), [I, I, I, N, L, I, I, N, L, I, I, N, N]);
    }

    #[test]
    fn a_heading_over_one_fact_or_quotes_is_no_box() {
        // Counter-examples: a subheading over a paragraph that opens with a
        // key; a live blog's quotes; practical facts of one line.
        let t = "Reactie minister\nMinister: ja\nHet kabinet wil het onderzoeken en komt voor de zomer met een brief.\n\n\
                 Het debat\nDe Vries: 'Dit is onacceptabel.'\nJansen: \"Wij steunen het plan\"\n";
        assert!(boxes(t).iter().all(|b| *b == Boxed::No), "{:?}", boxes(t));
        // A heading over sentences one a line, results under them: the box
        // is the results' (their label ends in a colon).
        let t = "Genk wint Limburgse derby\nIn de Pro League heeft Genk met 2 - 0 gewonnen .\n\
                 Uitslagen :\nGenk - Sint-Truiden 2 - 0\nGent - Union 0 - 2\n";
        use Boxed::{Inside as I, Label as L, No as N};
        assert_eq!(boxes(t), [N, N, L, I, I]);
        // A label over one fact is a box when a blank line closes it, not
        // when the article's text goes on under it.
        let t = "Kaarten\nGeel: Ruben Stam (Heracles)\n\nReactie\nMinister: nee\nHet kabinet wil het onderzoeken en komt met een brief\n";
        assert_eq!(boxes(t), [L, I, N, N, N, N]);
        let t = "18:15\nPeilingen: coalitie verliest terrein\n\nHet debat vindt plaats.\n";
        assert_eq!(boxes(t), [N, N, N, N]);
    }
}
