//! The general detector: names the gazetteer does not know, found as
//! capitalised word sequences (with Dutch particles and initials), typed by
//! their context (a title before a person, a preposition before a place, a
//! head word that makes an organisation or a named thing) and by their shape
//! (acronyms, codes). A capital at the start of a sentence, a heading or a
//! list item says nothing on its own, so such words need more evidence.

mod lead;
mod run;
mod typing;

use super::cover::{Cover, covers};
use super::kind::EntityType;
use super::menu_lines;
use super::portfolio::is_portfolio_word;
use super::title_cues::title_of_portfolio_before;
use super::words::{Word, is_acronym, is_capitalised};
use super::{Found, Link};
use rustc_hash::FxHashMap;
use std::ops::Range;

pub use super::acronym_type::dateline_start;
pub use super::detector_context::DetectorContext;
pub use super::name_links::{NAME_PREFIX, loose_key, name_link};

/// The detector's result: new mentions, and the gazetteer mentions they
/// swallowed ("NAVO" inside "NAVO Response Force").
pub struct Detection {
    pub found: Vec<Found>,
    pub absorbed: Vec<Range<usize>>,
    /// Acronyms defined in brackets after a name: they name it wherever they stand.
    /// `None`: its long form is a common phrase, and it is no entity.
    pub acronyms: FxHashMap<String, Option<(EntityType, Link)>>,
}

/// Unknown names in `text`, outside the `hard` ranges (sorted by start).
/// `soft` mentions (sorted) may be swallowed by a longer name built on them;
/// `known` holds every mention found so far (sorted), to type an acronym
/// that follows a name in brackets: "Very High Readiness Joint Task Force (VJTF)".
pub fn detect(
    text: &str,
    words: &[Word],
    hard: &[Range<usize>],
    soft: &[Range<usize>],
    known: &[Found],
    ctx: &DetectorContext,
) -> Detection {
    let cover: Vec<Cover> = covers(words, hard, soft);
    let scan = Scan {
        text,
        words,
        cover: &cover,
        hard,
        soft,
        known,
        ctx,
    };
    let word = |i: usize| &text[words[i].range.clone()];
    let mut names = Names {
        out: Vec::new(),
        absorbed: Vec::new(),
        acronyms: FxHashMap::default(),
    };
    // A site's menu is a list of items: no name is built across them.
    let menu = menu_lines::on_menu_lines(text, words);
    let mut i = 0;
    while i < words.len() {
        if cover[i] == Cover::Hard || !is_capitalised(word(i)) || menu[i] {
            i += 1;
            continue;
        }
        // Most capitals start a sentence and nothing more: skip them cheaply.
        if cover[i] == Cover::Free
            && words[i].sentence_start
            && !next_is_capitalised(text, words, i)
            && !is_acronym(word(i))
            && !ctx.is_given(word(i))
            && !ctx.places.contains(word(i))
            // ("Zeelandbrug dicht": a bridge named after a place.)
            && crate::entities::name_heads::place_compound_stem(word(i)).is_none()
        {
            i += 1;
            continue;
        }
        // "Staatssecretaris van Koninkrijksrelaties Hester van den Akker":
        // the post's words name nothing; the holder's name after them is
        // a run of its own.
        if let Some(holder) = holder_after_post(text, words, i) {
            i = holder;
            continue;
        }
        let (end, has_free) = run::run_end(&scan, i);
        let next = end + 1;
        let has_soft = (i..=end).any(|x| matches!(cover[x], Cover::Soft(_)));
        if has_soft && !has_free {
            i = next;
            continue;
        }
        let Some(lead) = lead::lead(&scan, i, end) else {
            i = next;
            continue;
        };
        let extended = typing::name(&scan, lead, end, &mut names);
        i = next.max(extended + 1);
    }
    Detection {
        found: names.out,
        absorbed: names.absorbed,
        acronyms: names.acronyms,
    }
}

/// What every step of the detector reads: the block's text and words, what
/// covers each word, the mentions found so far and what the gazetteer knows.
#[derive(Clone, Copy)]
struct Scan<'a, 'c> {
    text: &'a str,
    words: &'a [Word],
    cover: &'a [Cover],
    hard: &'a [Range<usize>],
    soft: &'a [Range<usize>],
    known: &'a [Found],
    ctx: &'a DetectorContext<'c>,
}

/// What the detector makes as it goes: new mentions, the known mentions
/// they swallowed, and the acronyms defined on the way.
struct Names {
    out: Vec<Found>,
    absorbed: Vec<Range<usize>>,
    acronyms: FxHashMap<String, Option<(EntityType, Link)>>,
}

/// The fixed mentions inside `r` (`hard` is sorted), if each is a year.
pub(super) fn years_inside(
    text: &str,
    hard: &[Range<usize>],
    r: Range<usize>,
) -> Option<Vec<Range<usize>>> {
    let from = hard.partition_point(|h| h.end <= r.start);
    let mut years = Vec::new();
    for h in hard[from..].iter().take_while(|h| h.start < r.end) {
        let year = h.start >= r.start
            && h.end <= r.end
            && h.len() == 4
            && text.as_bytes()[h.clone()].iter().all(u8::is_ascii_digit);
        if !year {
            return None;
        }
        years.push(h.clone());
    }
    Some(years)
}

pub(super) fn next_is_capitalised(text: &str, words: &[Word], at: usize) -> bool {
    words
        .get(at + 1)
        .is_some_and(|w| w.joined_to_prev && is_capitalised(&text[w.range.clone()]))
}

/// Where the holder's name starts when the post's words start at `i` after
/// a title ("Minister van Economische Zaken Jan de Vries"): the first
/// capitalised word after the post's words that is none of them, right
/// after one. None when no name follows the post.
fn holder_after_post(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let word = |j: usize| &text[words[j].range.clone()];
    if !is_portfolio_word(word(i)) || !title_of_portfolio_before(text, words, i) {
        return None;
    }
    let mut j = i + 1;
    while j < words.len() && words[j].joined_to_prev {
        let w = word(j);
        if is_portfolio_word(w)
            || ((w.eq_ignore_ascii_case("en") || w == "&") && j + 1 < words.len())
        {
            j += 1;
            continue;
        }
        let spaced = text[words[j - 1].range.end..words[j].range.start]
            .chars()
            .all(|c| c == ' ');
        return (spaced && is_capitalised(w) && is_portfolio_word(word(j - 1))).then_some(j);
    }
    None
}
