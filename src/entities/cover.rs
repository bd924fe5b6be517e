//! How the mentions found so far cover each word of a text: free words a
//! new name may take, the words of a known organisation or named thing a
//! longer name may be built on ("NAVO Response Force"), and words no new
//! name may touch.

use super::words::Word;
use std::ops::Range;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cover {
    Free,
    /// Inside a known organisation or named thing that a longer unknown
    /// name may be built on; the index of its last word.
    Soft(usize),
    Hard,
}

pub(super) fn covers(words: &[Word], hard: &[Range<usize>], soft: &[Range<usize>]) -> Vec<Cover> {
    // Both lists are sorted: one walk over the words for each.
    let mut cover = vec![Cover::Free; words.len()];
    for ranges in [hard, soft] {
        let mut r = 0;
        for (i, w) in words.iter().enumerate() {
            while r < ranges.len() && ranges[r].end <= w.range.start {
                r += 1;
            }
            if ranges.get(r).is_some_and(|x| x.start < w.range.end) {
                cover[i] = Cover::Hard;
            }
        }
    }
    for r in soft {
        let from = words.partition_point(|w| w.range.end <= r.start);
        let to = words.partition_point(|w| w.range.start < r.end);
        if from >= to {
            continue;
        }
        // Only whole words: "NAVO" in "NAVO-bondgenoten" stays as it is.
        if words[from].range.start != r.start || words[to - 1].range.end != r.end {
            continue;
        }
        for c in &mut cover[from..to] {
            *c = Cover::Soft(to - 1);
        }
    }
    cover
}
