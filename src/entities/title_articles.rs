//! A title's own article: "het programma De Nieuwe Maan", "programma's als
//! Het Klokhuis", "de podcast De Mediakantine". After the word for a kind of
//! programme or work, a capitalised "De", "Het" or "Een" opens the title (in
//! the middle of a sentence the article would be written in lower case), so
//! it belongs to the named thing the detector found after it.

use super::Found;
use super::cues::is_misc_cue;
use super::kind::EntityType;

/// The articles a title may start with.
const ARTICLES: &[&str] = &["De ", "Het ", "Een "];

/// Widens every named thing of `found` (sorted by start) that a capitalised
/// article and a kind of programme or work stand right before, over the
/// article.
pub fn take_articles(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].ty != EntityType::Misc {
            continue;
        }
        let start = found[i].range.start;
        let Some(article) = ARTICLES.iter().find(|a| text[..start].ends_with(*a)) else {
            continue;
        };
        let article_start = start - article.len();
        if i > 0 && found[i - 1].range.end > article_start {
            continue;
        }
        if kind_before(text, article_start) {
            found[i].range.start = article_start;
        }
    }
}

/// Whether a kind of programme or work in lower case ends right before
/// `at` (after one space), or one followed by "als"/"zoals".
fn kind_before(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let last = |s: &str| {
        let from = s
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(p, c)| p + c.len_utf8());
        s.len() - from
    };
    let word = &head[head.len() - last(head)..];
    let kind = |w: &str| w.starts_with(char::is_lowercase) && is_misc_cue(w);
    if kind(word) {
        return true;
    }
    matches!(word, "als" | "zoals")
        && head[..head.len() - word.len()]
            .strip_suffix(' ')
            .is_some_and(|h| kind(&h[h.len() - last(h)..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::test_mention;

    fn titles(text: &str, named: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = named
            .iter()
            .map(|n| test_mention(text, n, EntityType::Misc, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        take_articles(text, &mut found);
        found
            .iter()
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_title_after_its_kind_keeps_its_article() {
        assert_eq!(
            titles(
                "Zij presenteerde het programma De Nieuwe Maan van AVROTROS.",
                &["Nieuwe Maan"]
            ),
            ["De Nieuwe Maan"]
        );
        assert_eq!(
            titles(
                "De NTR houdt programma’s als Het Klokhuis en Schooltv.",
                &["Klokhuis", "Schooltv"]
            ),
            ["Het Klokhuis", "Schooltv"]
        );
        assert_eq!(
            titles(
                "Luister naar de podcast De Mediakantine.",
                &["Mediakantine"]
            ),
            ["De Mediakantine"]
        );
    }

    #[test]
    fn an_article_without_a_kind_before_it_stays_out() {
        // A sentence's first word, and a capitalised article after a name.
        assert_eq!(
            titles(
                "De Nieuwe Maan stopt. Het Klokhuis blijft.",
                &["Nieuwe Maan", "Klokhuis"]
            ),
            ["Nieuwe Maan", "Klokhuis"]
        );
        // Another kind of word before the article ("de minister De Jonge"
        // is a person, and no named thing is widened over a title).
        assert_eq!(
            titles("Dat zei bestuurder De Vries over Het Parool.", &["Parool"]),
            ["Parool"]
        );
    }
}
