//! A news page's tag list: "Tags: PKC, TOP, Korfbal League", or a label
//! ("Tags", "Trefwoorden:", "Onderwerpen") alone on its line over the tags,
//! one a line or parted by "·", up to the next blank line. The news parser
//! folds it (its names stay in the clean text, folded): a list on its
//! label's line as the page's topic tags, one a line as a menu. Neither its
//! label nor a tag is a subheading.

use crate::document::lines::Line;

/// The labels a tag list opens with.
const LABELS: &[&str] = &["Tags", "Trefwoorden", "Onderwerpen", "Labels"];

/// The most words a tag (or a line of tags under a label) has.
const MAX_TAG_LINE_WORDS: usize = 16;

/// The label `t` opens with and what follows it, if it opens a tag list.
fn after_label(t: &str) -> Option<&str> {
    let t = t.trim();
    LABELS.iter().find_map(|label| {
        let rest = t.strip_prefix(label)?;
        match rest.strip_prefix(':') {
            Some(r) => Some(r.trim()),
            None => rest.is_empty().then_some(""),
        }
    })
}

/// Whether a line reads as tags: short, and no sentence.
fn is_tags(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.split_whitespace().nth(MAX_TAG_LINE_WORDS).is_none()
        && !t.ends_with(['.', '!', '?', ':', ';'])
}

/// The most words of one tag.
const MAX_TAG_WORDS: usize = 4;

/// Whether a line under a label reads as tags: one tag, or tags parted by
/// commas or dots, each of [`MAX_TAG_WORDS`] words at most; a teaser or
/// a line of the page's chrome ("Lees ook") ends the list.
fn is_tag_line(t: &str) -> bool {
    is_tags(t)
        && t.split([',', '·', '|', '•']).all(|tag| {
            let words = tag.split_whitespace().count();
            (1..=MAX_TAG_WORDS).contains(&words)
        })
        && super::chrome::line_chrome(t.trim()).is_none()
        && !super::chrome::is_more_from(t.trim())
}

/// A line's part in a tag list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TagLine {
    /// No tag list's.
    No,
    /// A list on its label's line ("Tags: PKC, TOP, Korfbal League"): the
    /// page's topics, read as a line of names.
    Inline,
    /// The label alone or a tag under it, one a line: a menu's shape.
    Listed,
}

/// Each line's part in a tag list.
pub(super) fn mark(text: &str, lines: &[Line]) -> Vec<TagLine> {
    let mut tags = vec![TagLine::No; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let Some(rest) = after_label(lines[i].text(text)) else {
            i += 1;
            continue;
        };
        if !rest.is_empty() {
            // "Tags: PKC, TOP, Korfbal League": the list on the label's line.
            if is_tags(rest) {
                tags[i] = TagLine::Inline;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len() && !lines[j].is_blank() && is_tag_line(lines[j].text(text)) {
            j += 1;
        }
        // A label with no tags under it is none.
        if j > i + 1 {
            tags[i..j].iter_mut().for_each(|t| *t = TagLine::Listed);
        }
        i = j;
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::split_lines;

    fn tag_lines(t: &str) -> Vec<bool> {
        mark(t, &split_lines(t))
            .into_iter()
            .map(|t| t != TagLine::No)
            .collect()
    }

    #[test]
    fn tag_lists_in_their_shapes() {
        assert_eq!(
            tag_lines("Tags: PKC, TOP, Korfbal League\n\nLees ook\n"),
            [true, false, false]
        );
        assert_eq!(
            tag_lines("Tags\nSchaatsen\nWorld Cup\nJordan Stolz\n\nDeel dit artikel\n"),
            [true, true, true, true, false, false]
        );
        assert_eq!(
            tag_lines("Trefwoorden:\nTransavia\nLelystad Airport\n"),
            [true, true, true]
        );
        assert_eq!(
            tag_lines("Tags\ninternationalisering · college van bestuur · psychologie\n"),
            [true, true]
        );
        // The list ends at the page's chrome or a teaser, blank line or not.
        assert_eq!(
            tag_lines(
                "Tags\nAmstel Gold Race\nTom Pidcock\nLees ook\nVan der Poel kiest na de Amstel voor rust\n"
            ),
            [true, true, true, false, false]
        );
    }

    #[test]
    fn words_that_only_look_like_a_label() {
        // Counter-examples: a label with nothing under it, a sentence
        // opening with the word, a label over a sentence, a word that
        // starts with a label's letters.
        for t in [
            "Tags\n\nHet artikel gaat verder.\n",
            "Onderwerpen: de begroting is volgens de minister niet op orde.\n",
            "Onderwerpen\nDe Kamer sprak over drie zaken die de minister uitwerkt.\n",
            "Labelsysteem\nHoofdklasse\n",
            "Tagsmeer: A, B\n",
        ] {
            assert!(tag_lines(t).iter().all(|x| !x), "{t}");
        }
    }
}
