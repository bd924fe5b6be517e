//! The lines a footnote's marker may stand on: the body lines from the
//! cursor (after the last marker) up to the note, those of them that hold
//! the note's digits, or a raised marker where the layout shows one. Found
//! from the digits' occurrences, not by asking every line: a note's cursor
//! may be hundreds of lines before it.

use super::layout_evidence::LayoutEvidence;
use crate::document::lines::Line;
use std::ops::Range;

/// What [`holding_lines`] found: a raised marker, or the body lines whose
/// searchable part holds the number's digits.
pub(super) enum Holding {
    Raised((usize, Range<usize>)),
    Lines(Vec<(usize, Range<usize>)>),
}

/// The searchable part of each body line from `from` (line, byte: the
/// cursor) up to line `before` that holds `digits`, in order; or a raised
/// marker, where the layout shows one. Without raised digits in reach, the
/// lines are found from the digits' occurrences (lines in text order): a
/// note's cursor may be hundreds of lines before it, and asking each of
/// them whether it is a body line was most of finding the notes.
pub(super) fn holding_lines(
    text: &str,
    lines: &[Line],
    from: (usize, usize),
    before: usize,
    digits: &[u8],
    evidence: &LayoutEvidence,
    is_body: &dyn Fn(usize) -> bool,
) -> Holding {
    let before = before.min(lines.len());
    if from.0 >= before {
        return Holding::Lines(Vec::new());
    }
    let reach = &lines[from.0..before];
    let first = reach[0].content.start.max(from.1)..reach[0].content.end;
    let all = first.start.min(reach[0].content.end)..reach[reach.len() - 1].content.end;
    let in_order = reach.windows(2).all(|w| w[0].full.end <= w[1].full.start);
    if in_order
        && evidence
            .superscripts_in(all.start..all.end.max(all.start))
            .is_empty()
    {
        let finder = memchr::memmem::Finder::new(digits);
        let mut out: Vec<(usize, Range<usize>)> = Vec::new();
        // The cursor's line from the cursor on.
        if first.start < first.end
            && finder.find(&text.as_bytes()[first.clone()]).is_some()
            && is_body(from.0)
        {
            out.push((from.0, first));
        }
        // The other lines, found from the digits' occurrences.
        if let Some(next) = reach.get(1) {
            let rest = next.full.start..all.end.max(next.full.start);
            for p in finder.find_iter(&text.as_bytes()[rest.clone()]) {
                let p = rest.start + p;
                // The line the digits stand on (the last one starting at
                // or before them: not the cursor's, as `p` is past its end),
                // if they are inside its content.
                let k = reach.partition_point(|l| l.full.start <= p) - 1;
                let (li, line) = (from.0 + k, &reach[k]);
                if p < line.content.start
                    || p + digits.len() > line.content.end
                    || out.last().is_some_and(|(l, _)| *l == li)
                    || !is_body(li)
                {
                    continue;
                }
                out.push((li, line.content.clone()));
            }
        }
        return Holding::Lines(out);
    }
    let spans = body_spans(lines, from, before, is_body);
    for (li, span) in &spans {
        let raised = evidence.superscripts_in(span.clone());
        if let Some(r) = raised
            .iter()
            .find(|r| text.as_bytes().get((*r).clone()) == Some(digits))
        {
            return Holding::Raised((*li, r.clone()));
        }
    }
    // Every finder wants the number's digits: only the lines that hold them
    // are asked (one search each, not one per finder).
    Holding::Lines(
        holding_digits(text, &spans, digits)
            .into_iter()
            .cloned()
            .collect(),
    )
}

/// The searchable part of each body line from `from` (line, byte: the
/// cursor) up to line `before`.
fn body_spans(
    lines: &[Line],
    from: (usize, usize),
    before: usize,
    is_body: &dyn Fn(usize) -> bool,
) -> Vec<(usize, Range<usize>)> {
    lines
        .iter()
        .enumerate()
        .take(before)
        .skip(from.0)
        .filter(|&(li, line)| is_body(li) && !line.is_blank())
        .map(|(li, line)| {
            let start = line
                .content
                .start
                .max(if li == from.0 { from.1 } else { 0 });
            (li, start..line.content.end)
        })
        .filter(|(_, r)| r.start < r.end)
        .collect()
}

/// The spans (in text order, not overlapping) that hold `digits`: one
/// search from a span's start finds the first occurrence at or after it,
/// and the spans before that occurrence are passed without a search of
/// their own (a search per line was most of finding the notes).
fn holding_digits<'s>(
    text: &str,
    spans: &'s [(usize, Range<usize>)],
    digits: &[u8],
) -> Vec<&'s (usize, Range<usize>)> {
    let finder = memchr::memmem::Finder::new(digits);
    let bytes = text.as_bytes();
    let end = spans.last().map_or(0, |(_, s)| s.end);
    // The first occurrence at or after the last place searched from.
    let mut next: Option<Option<usize>> = None;
    let mut out = Vec::new();
    for entry in spans {
        let span = &entry.1;
        let stale = match next {
            None => true,
            Some(None) => false,
            Some(Some(p)) => p < span.start,
        };
        if stale {
            next = Some(finder.find(&bytes[span.start..end]).map(|p| p + span.start));
        }
        // The first occurrence at or after the span's start: if it does not
        // end inside the span, no later one does.
        if let Some(Some(p)) = next
            && p + digits.len() <= span.end
        {
            out.push(entry);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// One search from a span's start answers as a search of each span.
        #[test]
        fn holding_digits_is_a_search_of_each_span(
            text in "[0-9a ]{0,80}",
            cuts in proptest::collection::vec(0usize..80, 0..12),
            digits in "[0-9]{1,3}",
        ) {
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(text.len())).collect();
            cuts.sort_unstable();
            cuts.dedup();
            // Spans from every other pair of cuts: gaps between them.
            let spans: Vec<(usize, Range<usize>)> = cuts
                .chunks_exact(2)
                .enumerate()
                .map(|(i, c)| (i, c[0]..c[1]))
                .collect();
            let want: Vec<&(usize, Range<usize>)> = spans
                .iter()
                .filter(|(_, r)| text[r.clone()].contains(digits.as_str()))
                .collect();
            proptest::prop_assert_eq!(holding_digits(&text, &spans, digits.as_bytes()), want);
        }

        /// The lines found from the digits' occurrences are the lines a
        /// look at each line finds.
        #[test]
        fn holding_lines_are_found_from_the_occurrences(
            text in "([0-9a ]{0,12}\n){0,12}",
            body in proptest::collection::vec(proptest::prelude::any::<bool>(), 12),
            from_line in 0usize..14,
            from_byte in 0usize..160,
            before in 0usize..14,
            digits in "[0-9]{1,2}",
        ) {
            let lines = crate::document::lines::split_lines(&text);
            let from = (from_line, from_byte.min(text.len()));
            let is_body = |k: usize| body[k % body.len()];
            // A look at each line.
            let oracle: Vec<(usize, Range<usize>)> = body_spans(&lines, from, before, &is_body)
                .into_iter()
                .filter(|(_, r)| text[r.clone()].contains(digits.as_str()))
                .collect();
            let got = match holding_lines(&text, &lines, from, before, digits.as_bytes(), &LayoutEvidence::default(), &is_body) {
                Holding::Lines(l) => l,
                Holding::Raised(_) => panic!("no raised digits"),
            };
            proptest::prop_assert_eq!(got, oracle);
        }

    }
}
