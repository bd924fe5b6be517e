//! The words around a match, as a results list shows them: `(before, match,
//! after)` within the match's block, at most a given number of characters,
//! cut between grapheme clusters (between words when that costs little
//! room), with "…" where the block goes on.
//!
//! The work is bounded by the snippet, not by the block: a block may be a
//! 50 MB line holding half a million matches. Clusters are read lazily
//! outward from the match, only as many as can be shown, and never further
//! than a window of a few bytes per character (so even one cluster of a
//! million combining marks costs a bounded read).

use crate::document::Document;
use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// The text around a match, within its block: `(before, match, after)`, at
/// most `width_chars` characters in all, with "…" where the block's text
/// was cut. Cuts fall between grapheme clusters (between words when that
/// costs little room), and the match is widened to whole clusters. Line
/// breaks and other control characters become spaces, so a snippet is one
/// line.
pub fn snippet(doc: &Document, hit: &Range<usize>, width_chars: usize) -> (String, String, String) {
    let text = doc.clean.as_str();
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let (start, end) = (floor(hit.start), ceil(hit.end.max(hit.start)));
    // The block around the match (grown to hold all of it).
    let (bs, be) = if doc.blocks.is_empty() {
        (0, text.len())
    } else {
        let b = &doc.blocks[doc.block_at_clean(start)].clean;
        (b.start.min(start), b.end.max(end))
    };
    // A window, not the whole block: a block may be megabytes long.
    // Clusters are rarely more than a few bytes; 16 per character is ample.
    let width = width_chars.max(1);
    let reach = width.saturating_mul(16).saturating_add(64);
    let shown_end = if end - start > reach {
        ceil(start + reach)
    } else {
        end
    };
    let ws = floor(bs.max(start.saturating_sub(reach)));
    let we = if shown_end < end {
        shown_end
    } else {
        ceil(be.min(end.saturating_add(reach)))
    };
    let win = Window { text, ws, we };
    // The match's clusters: from the one holding its start to the one
    // holding its last shown byte; more than fit are not looked at.
    let m0 = win.boundary_at_or_before(start);
    let mut matched_gs = Vec::new();
    let mut m_cut = shown_end < end;
    if end > start {
        let mut n = 0;
        for g in win.forward(m0) {
            if g.start >= shown_end {
                break;
            }
            if n + g.chars > width {
                m_cut = true;
                break;
            }
            n += g.chars;
            matched_gs.push(g);
        }
    }
    let show = |r: &[Cluster]| match (r.first(), r.last()) {
        (Some(a), Some(b)) => one_line(&text[a.start..b.end]),
        _ => String::new(),
    };
    // The match first: whole if it fits, else cut with "…".
    if m_cut {
        while chars(&matched_gs) + 1 > width && matched_gs.pop().is_some() {}
        let mut matched = show(&matched_gs);
        matched.push('…');
        return (String::new(), matched, String::new());
    }
    let m_end = matched_gs.last().map_or(m0, |g| g.end);
    let room = width - chars(&matched_gs);
    // Then the context, one character more than can be shown on each side
    // (so a cut is seen): half of what is left before the match (more when
    // the text after it is short), the rest after it.
    let (before_all, block_start_seen) = win.backward_upto(m0, room + 1, bs);
    let (after_all, block_end_seen) = win.forward_upto(m_end, room + 1, be);
    let before_room = (room / 2).max(room.saturating_sub(chars(&after_all)));
    let from = keep_back(&before_all, before_room, block_start_seen);
    let mut before = show(&before_all[from..]);
    let cut_before = (from > 0 || !block_start_seen) && before_room > 0;
    if cut_before {
        before = ["…", before.trim_start()].concat();
    }
    let used = chars(&before_all[from..]) + usize::from(cut_before);
    let after_room = room.saturating_sub(used);
    let to = keep_front(&after_all, after_room, block_end_seen);
    let mut after = show(&after_all[..to]);
    if (to < after_all.len() || !block_end_seen) && after_room > 0 {
        after = [after.trim_end(), "…"].concat();
    }
    (before, show(&matched_gs), after)
}

/// The part of the text a snippet may look at, `ws..we`, segmented as if
/// it were the whole text (a cluster cut by its edge is never shown).
struct Window<'a> {
    text: &'a str,
    ws: usize,
    we: usize,
}

impl Window<'_> {
    fn slice(&self) -> &str {
        &self.text[self.ws..self.we]
    }

    /// The cluster boundary at `at` or the nearest one before it.
    fn boundary_at_or_before(&self, at: usize) -> usize {
        let w = self.slice();
        let rel = at.clamp(self.ws, self.we) - self.ws;
        let mut c = GraphemeCursor::new(rel, w.len(), true);
        if c.is_boundary(w, 0).unwrap_or(true) {
            return self.ws + rel;
        }
        self.ws + c.prev_boundary(w, 0).ok().flatten().unwrap_or(0)
    }

    fn cluster(&self, base: usize, (i, g): (usize, &str)) -> Cluster {
        note_cluster_read();
        let mut cs = g.chars();
        let (chars, space) = match (cs.next(), cs.as_str().is_empty()) {
            (Some(c), true) => (1, c.is_whitespace()),
            _ => (g.chars().count(), g.chars().all(char::is_whitespace)),
        };
        Cluster {
            start: base + i,
            end: base + i + g.len(),
            chars,
            space,
        }
    }

    /// The clusters from the boundary `from` on, lazily.
    fn forward(&self, from: usize) -> impl Iterator<Item = Cluster> + '_ {
        clusters_forward(&self.text[from..self.we]).map(move |x| self.cluster(from, x))
    }

    /// Clusters after `from`, at most `want` characters of them, and whether
    /// they reach the block's end `be`.
    fn forward_upto(&self, from: usize, want: usize, be: usize) -> (Vec<Cluster>, bool) {
        // A cluster is one character or more: room for all at once.
        let mut out = Vec::with_capacity(want.min(1024) + 1);
        let mut n = 0;
        for g in self.forward(from) {
            if n >= want {
                return (out, false);
            }
            n += g.chars;
            out.push(g);
        }
        // Ran into the window's edge: the last cluster may be cut there.
        if self.we < be {
            out.pop();
            return (out, false);
        }
        (out, true)
    }

    /// Clusters before `to`, at most `want` characters of them, in text
    /// order, and whether they reach the block's start `bs`.
    fn backward_upto(&self, to: usize, want: usize, bs: usize) -> (Vec<Cluster>, bool) {
        let mut out = Vec::with_capacity(want.min(1024) + 1);
        let mut n = 0;
        let mut whole = true;
        for x in clusters_backward(&self.text[self.ws..to]) {
            if n >= want {
                whole = false;
                break;
            }
            let g = self.cluster(self.ws, x);
            n += g.chars;
            out.push(g);
        }
        if whole && self.ws > bs {
            out.pop();
            whole = false;
        }
        out.reverse();
        (out, whole)
    }
}

/// Whether a boundary always falls between `c` and a neighbour that is
/// also simple (unless they are CR and LF): characters below the combining
/// marks (U+0300), the dashes, quotes, bullets and ellipsis of General
/// Punctuation (U+2010–U+2027) and the euro sign. None of them is Extend,
/// ZWJ, SpacingMark, Prepend, a regional indicator or Hangul, the only
/// grapheme-break classes that can join two characters; they are nearly all
/// of a Dutch text.
fn simple(c: char) -> bool {
    c < '\u{300}' || matches!(c, '\u{2010}'..='\u{2027}' | '€')
}

/// Whether the segmenter puts a boundary between `a` and `b`, as far as
/// [`simple`] tells: `true` means it surely does.
fn surely_apart(a: char, b: char) -> bool {
    simple(a) && simple(b) && !(a == '\r' && b == '\n')
}

/// `s.grapheme_indices(true)`, with two [`simple`] characters in a row
/// told apart without the segmenter.
fn clusters_forward(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut rest = s.get(i..)?.chars();
        let c = rest.next()?;
        let start = i;
        if rest.next().is_none_or(|n| surely_apart(c, n)) {
            i += c.len_utf8();
        } else {
            let mut cur = GraphemeCursor::new(i, s.len(), true);
            i = cur.next_boundary(s, 0).ok().flatten().unwrap_or(s.len());
        }
        Some((start, &s[start..i]))
    })
}

/// `s.grapheme_indices(true).rev()`, as [`clusters_forward`] reads it.
fn clusters_backward(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut j = s.len();
    std::iter::from_fn(move || {
        let mut rest = s.get(..j)?.chars();
        let c = rest.next_back()?;
        let end = j;
        if rest.next_back().is_none_or(|p| surely_apart(p, c)) {
            j -= c.len_utf8();
        } else {
            let mut cur = GraphemeCursor::new(j, s.len(), true);
            j = cur.prev_boundary(s, 0).ok().flatten().unwrap_or(0);
        }
        Some((j, &s[j..end]))
    })
}

#[cfg(test)]
thread_local! {
    static CLUSTERS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts the clusters a snippet reads, in tests: the bound on its work.
fn note_cluster_read() {
    #[cfg(test)]
    CLUSTERS_READ.with(|c| c.set(c.get() + 1));
}

/// A grapheme cluster of a snippet's window.
#[derive(Debug, Clone, Copy)]
struct Cluster {
    start: usize,
    end: usize,
    chars: usize,
    space: bool,
}

fn chars(gs: &[Cluster]) -> usize {
    gs.iter().map(|g| g.chars).sum()
}

/// Where to start showing the clusters before a match so that they, and a
/// "…" if cut, fit in `room`: preferably at a word's start.
fn keep_back(gs: &[Cluster], room: usize, complete: bool) -> usize {
    if complete && chars(gs) <= room {
        return 0;
    }
    // One character for the "…".
    let room = room.saturating_sub(1);
    let mut from = gs.len();
    let mut used = 0;
    while from > 0 && used + gs[from - 1].chars <= room {
        from -= 1;
        used += gs[from].chars;
    }
    // Start after a space if that gives up at most a third of the room.
    let limit = (from + room / 3).min(gs.len());
    (from..limit)
        .find(|&k| k > 0 && gs[k - 1].space && !gs[k].space)
        .unwrap_or(from)
}

/// How many clusters after a match to show so that they, and a "…" if cut,
/// fit in `room`: preferably ending at a word's end.
fn keep_front(gs: &[Cluster], room: usize, complete: bool) -> usize {
    if complete && chars(gs) <= room {
        return gs.len();
    }
    let room = room.saturating_sub(1);
    let mut to = 0;
    let mut used = 0;
    while to < gs.len() && used + gs[to].chars <= room {
        used += gs[to].chars;
        to += 1;
    }
    if to == gs.len() {
        return to;
    }
    let limit = to.saturating_sub(room / 3);
    (limit..=to)
        .rev()
        .find(|&k| k < gs.len() && gs[k].space && k > 0 && !gs[k - 1].space)
        .unwrap_or(to)
}

/// Control characters (line breaks, tabs) as spaces.
fn one_line(s: &str) -> String {
    // C0 controls and DEL are bytes below 0x20 or 0x7F; C1 controls are
    // 0xC2 then 0x80–0x9F.
    let b = s.as_bytes();
    let control = b.iter().enumerate().any(|(i, &x)| {
        x < 0x20 || x == 0x7F || (x == 0xC2 && b.get(i + 1).is_some_and(|&y| y < 0xA0))
    });
    if !control {
        return s.to_owned();
    }
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Origin;
    use unicode_segmentation::UnicodeSegmentation;

    proptest::proptest! {
        #[test]
        fn clusters_are_the_segmenters(
            s in "(a|Z| |\r|\n|\r\n|é|e\u{301}|\u{600}|\u{200D}|🇳|🇱|👍|\u{1F3FD}|각|\u{1161}|ĳ|\u{FE0F}|#|1|“|—|…|€|\u{AD}|\u{85}|ʰ|\u{2FF}|\u{2028}|\u{200B}|\u{200C}|\u{2066}|\u{903}|क|\u{94D}){0,14}"
        ) {
            let want: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
            proptest::prop_assert_eq!(clusters_forward(&s).collect::<Vec<_>>(), want.clone());
            let back: Vec<(usize, &str)> = want.into_iter().rev().collect();
            proptest::prop_assert_eq!(clusters_backward(&s).collect::<Vec<_>>(), back);
        }

        #[test]
        fn one_line_turns_exactly_the_controls_into_spaces(
            s in "(a| |\t|\r|\n|\u{7F}|\u{80}|\u{9F}|\u{A0}|\u{AD}|é|Ā|\u{2028}|—){0,12}"
        ) {
            let want: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            proptest::prop_assert_eq!(one_line(&s), want);
        }
    }

    fn clusters_read(f: impl FnOnce()) -> usize {
        CLUSTERS_READ.with(|c| c.set(0));
        f();
        CLUSTERS_READ.with(|c| c.get())
    }

    /// One line of a few megabytes with a match every few hundred bytes:
    /// each snippet reads a bounded number of clusters, whatever the size
    /// of the block (the whole search costs in proportion to its hits).
    #[test]
    fn snippet_work_is_bounded_by_its_width_not_the_block() {
        let words = [
            "de",
            "minister",
            "Rutte",
            "zei",
            "dat",
            "het",
            "kabinet",
            "Oekraïne",
        ];
        let mut text = String::new();
        let mut i = 0usize;
        while text.len() < 2_000_000 {
            text.push_str(words[(i * 7 + i / 5) % words.len()]);
            text.push(' ');
            i += 1;
        }
        let d = crate::parse::document_from_bytes(
            "one".into(),
            Origin::Bundled("one.txt".into()),
            text.into(),
        )
        .unwrap();
        assert_eq!(d.blocks.len(), 1, "one block");
        let hits: Vec<Range<usize>> = d
            .clean
            .match_indices("Rutte")
            .map(|(i, m)| i..i + m.len())
            .step_by(97)
            .collect();
        assert!(hits.len() > 100);
        for width in [1, 8, 40, 72] {
            for h in &hits {
                let mut out = (String::new(), String::new(), String::new());
                let read = clusters_read(|| out = snippet(&d, h, width));
                let shown = out.0.chars().count() + out.1.chars().count() + out.2.chars().count();
                assert!(shown <= width, "{out:?}");
                assert!(
                    read <= 3 * (width + 2),
                    "{read} clusters read for width {width}"
                );
            }
        }
        // A match as long as the block: still a bounded read.
        let all = 0..d.clean.len();
        let read = clusters_read(|| {
            let (_, m, _) = snippet(&d, &all, 72);
            assert!(m.ends_with('…') && m.chars().count() == 72, "{m}");
        });
        assert!(read <= 73, "{read}");
    }

    /// One cluster of a hundred thousand combining marks: read up to the
    /// window's edge, never further.
    #[test]
    fn a_giant_cluster_costs_a_window() {
        let mut text = String::from("Rutte e");
        text.push_str(&"\u{301}".repeat(100_000));
        text.push_str(" zei het.");
        let d = crate::parse::document_from_bytes(
            "g".into(),
            Origin::Bundled("g.txt".into()),
            text.into(),
        )
        .unwrap();
        let (b, m, a) = snippet(&d, &(0..5), 20);
        assert_eq!(m, "Rutte");
        assert!(b.is_empty(), "{b:?}");
        assert!(a.chars().count() <= 15, "{a:?}");
    }
}
