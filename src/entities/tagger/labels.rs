//! The tagger's labels: outside a mention, or the beginning or inside of a
//! mention of one of the seven types (B-PER, I-PER, …), and the mentions a
//! sequence of labels spells.

use super::tokens::Token;
use crate::entities::kind::EntityType;
use std::ops::Range;

/// 0 is outside; `1 + 2t` begins and `2 + 2t` continues a mention of the
/// type with index `t`.
pub type Label = u8;

pub const OUTSIDE: Label = 0;
pub const LABELS: usize = 1 + 2 * EntityType::ALL.len();
/// Stands for the label before the first token (a feature's value only).
pub const START: Label = LABELS as Label;

pub fn begin(t: EntityType) -> Label {
    1 + 2 * t.index() as Label
}

pub fn inside(t: EntityType) -> Label {
    2 + 2 * t.index() as Label
}

pub fn type_of(l: Label) -> Option<EntityType> {
    (l != OUTSIDE && (l as usize) < LABELS).then(|| EntityType::ALL[(l as usize - 1) / 2])
}

pub fn is_inside(l: Label) -> bool {
    l != OUTSIDE && (l as usize) < LABELS && l.is_multiple_of(2)
}

/// May `l` follow `prev`? An inside label only continues its own type, and
/// never across a line break.
pub fn may_follow(prev: Label, l: Label, after_break: bool) -> bool {
    !is_inside(l) || (!after_break && type_of(prev) == type_of(l))
}

/// The labels of `tokens` for `spans` (sorted or not). A span whose ends
/// are not token ends is left out; the count of those is returned too.
pub fn labels_of(tokens: &[Token], spans: &[(Range<usize>, EntityType)]) -> (Vec<Label>, usize) {
    let mut labels = vec![OUTSIDE; tokens.len()];
    let mut unaligned = 0;
    for (range, ty) in spans {
        let first = tokens.partition_point(|t| t.range.start < range.start);
        let last = tokens.partition_point(|t| t.range.end <= range.end);
        let aligned = tokens
            .get(first)
            .is_some_and(|t| t.range.start == range.start)
            && last > first
            && tokens[last - 1].range.end == range.end;
        if !aligned {
            unaligned += 1;
            continue;
        }
        labels[first] = begin(*ty);
        for l in &mut labels[first + 1..last] {
            *l = inside(*ty);
        }
    }
    (labels, unaligned)
}

/// The mentions `labels` spell over `tokens`: byte ranges and types.
#[cfg(test)]
pub fn spans_of(tokens: &[Token], labels: &[Label]) -> Vec<(Range<usize>, EntityType)> {
    token_spans(labels)
        .into_iter()
        .map(|(t, ty)| (tokens[t.start].range.start..tokens[t.end - 1].range.end, ty))
        .collect()
}

/// The mentions `labels` spell: ranges of token indices and types.
pub fn token_spans(labels: &[Label]) -> Vec<(Range<usize>, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let Some(ty) = type_of(labels[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < labels.len() && labels[j] == inside(ty) {
            j += 1;
        }
        out.push((i..j, ty));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    #[test]
    fn spans_go_through_labels_and_back() {
        let text = "Minister Van Weel (BZ) sprak in Den Haag.";
        let toks = tokens(text);
        let spans = vec![
            (9..17, EntityType::Person),
            (19..21, EntityType::Organisation),
            (32..40, EntityType::Location),
        ];
        let (labels, unaligned) = labels_of(&toks, &spans);
        assert_eq!(unaligned, 0);
        assert_eq!(spans_of(&toks, &labels), spans);
        // A span cutting a word cannot be labelled.
        let (_, unaligned) = labels_of(&toks, &[(10..17, EntityType::Person)]);
        assert_eq!(unaligned, 1);
    }

    #[test]
    fn inside_continues_its_own_type_on_its_line() {
        let per = begin(EntityType::Person);
        assert!(may_follow(per, inside(EntityType::Person), false));
        assert!(!may_follow(per, inside(EntityType::Person), true));
        assert!(!may_follow(per, inside(EntityType::Location), false));
        assert!(!may_follow(OUTSIDE, inside(EntityType::Person), false));
        assert!(may_follow(OUTSIDE, begin(EntityType::Misc), true));
    }
}
