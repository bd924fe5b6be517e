//! Glyphs to lines on one page. Glyphs are grouped into bands by their
//! baseline; raised, smaller digits (footnote markers) join the band they
//! stand over and are kept as superscripts. Within a band, glyphs sorted by
//! x are split into segments where the gap is wide (a column gutter or a
//! tab stop), and within a segment a space is put where the gap between two
//! glyphs is wide for their size: spaces come from positions, never from
//! the PDF's own spacing alone: a gap wider than [`SPACE_GAP`] of the size
//! is a space, and so is a gap wider than [`HINTED_SPACE_GAP`] where the
//! PDF put a space character. Letter-spacing is narrower than both, so a
//! letter-spaced "Den Haag" reads as it looks.

use super::glyphs::Glyph;
use std::ops::Range;

/// A gap wider than this share of the font size between two glyphs is a space.
pub const SPACE_GAP: f32 = 0.25;
/// With a space character in it, a gap this wide (tight justified text) is a space.
pub const HINTED_SPACE_GAP: f32 = 0.14;
/// A gap wider than this share of the font size splits a band into segments
/// (justified body text next to the sidebar may leave only 1.2 em).
pub const SEGMENT_GAP: f32 = 0.9;

/// A run of glyphs on one baseline with no wide gap inside: a line of one
/// column, or part of one.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub x: f32,
    pub x_end: f32,
    /// The baseline of the band (superscripts stand above it).
    pub y: f32,
    /// The size most of its characters have.
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    pub text: String,
    /// Byte ranges in `text` of raised, smaller digits.
    pub superscripts: Vec<Range<usize>>,
}

/// The segments of one page, band by band from the top; each band's
/// segments from the left.
pub fn segments(glyphs: &[Glyph]) -> Vec<Vec<Segment>> {
    let mut sorted: Vec<&Glyph> = glyphs.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut bands: Vec<Vec<&Glyph>> = Vec::new();
    for g in sorted {
        match bands.last_mut() {
            Some(band) if g.y - band[0].y <= 0.2 * g.size.min(band[0].size) => band.push(g),
            _ => bands.push(vec![g]),
        }
    }
    let bands = merge_raised(bands);
    bands.iter().map(|band| split_band(band)).collect()
}

/// The typical size of a band's glyphs (the median).
fn median_size(band: &[&Glyph]) -> f32 {
    let mut sizes: Vec<f32> = band
        .iter()
        .filter(|g| g.ch != ' ')
        .map(|g| g.size)
        .collect();
    if sizes.is_empty() {
        return band.first().map_or(10.0, |g| g.size);
    }
    sizes.sort_by(f32::total_cmp);
    sizes[sizes.len() / 2]
}

/// Bands of only small digits standing just above the next band, within its
/// width, are that band's superscripts.
fn merge_raised(bands: Vec<Vec<&Glyph>>) -> Vec<Vec<&Glyph>> {
    let mut out: Vec<Vec<&Glyph>> = bands;
    for k in 0..out.len() {
        // Groups of small marker characters in this band, apart from the
        // rest of it (a sidebar line may share the height of a raised
        // marker in the body).
        for group in marker_groups(&out[k]) {
            let Some(j) = (k + 1..out.len().min(k + 4))
                .find(|&j| !out[j].is_empty() && stands_over(&group, &out[j]))
            else {
                continue;
            };
            out[k].retain(|g| !group.iter().any(|m| std::ptr::eq(*m, *g)));
            out[j].extend(group);
        }
    }
    out.retain(|band| !band.is_empty());
    out
}

/// A band's glyphs in groups separated by more than two of their sizes,
/// keeping the groups of only marker characters (digits, "*", ")").
fn marker_groups<'g>(band: &[&'g Glyph]) -> Vec<Vec<&'g Glyph>> {
    let mut by_x: Vec<&Glyph> = band.to_vec();
    by_x.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut groups: Vec<Vec<&Glyph>> = Vec::new();
    for g in by_x {
        match groups.last_mut() {
            Some(last) if g.x - last[last.len() - 1].end() <= 2.0 * g.size => last.push(g),
            _ => groups.push(vec![g]),
        }
    }
    groups.retain(|group| {
        let mut marks = group.iter().filter(|g| g.ch != ' ').peekable();
        marks.peek().is_some() && marks.all(|g| is_marker_char(g.ch)) && group.len() <= 12
    });
    groups
}

fn is_marker_char(c: char) -> bool {
    c.is_ascii_digit() || c == '*' || c == ')'
}

fn stands_over(raised: &[&Glyph], band: &[&Glyph]) -> bool {
    let size = median_size(band);
    let (left, right) = band.iter().fold((f32::MAX, f32::MIN), |(l, r), g| {
        (l.min(g.x), r.max(g.end()))
    });
    raised.iter().filter(|g| g.ch != ' ').all(|g| {
        let lift = band[0].y - g.y;
        g.size <= 0.85 * size
            && lift > 0.0
            && lift <= 0.6 * size
            && g.x >= left - 2.0 * size
            && g.x <= right + size
    })
}

/// A band's glyphs, left to right, as segments.
fn split_band(band: &[&Glyph]) -> Vec<Segment> {
    let size = median_size(band);
    let baseline = {
        let mut ys: Vec<f32> = band
            .iter()
            .filter(|g| g.size > 0.85 * size)
            .map(|g| g.y)
            .collect();
        ys.sort_by(f32::total_cmp);
        ys.get(ys.len() / 2).copied().unwrap_or(band[0].y)
    };
    let raised =
        |g: &Glyph| is_marker_char(g.ch) && g.size <= 0.85 * size && baseline - g.y > 0.15 * size;
    let mut glyphs: Vec<&Glyph> = band.to_vec();
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut out: Vec<Segment> = Vec::new();
    let mut current: Vec<&Glyph> = Vec::new();
    for g in glyphs {
        if g.ch != ' '
            && let Some(prev) = current.iter().rev().find(|p| p.ch != ' ')
        {
            // Two glyphs at one place (a bold face drawn twice) count once.
            if prev.ch == g.ch && (g.x - prev.x).abs() < 0.1 * g.size {
                continue;
            }
            if g.x - prev.end() > SEGMENT_GAP * size {
                out.extend(segment(&current, baseline, &raised));
                current.clear();
            }
        }
        current.push(g);
    }
    out.extend(segment(&current, baseline, &raised));
    out
}

/// The segment of these glyphs; None when they are only white space.
fn segment(glyphs: &[&Glyph], baseline: f32, raised: &dyn Fn(&Glyph) -> bool) -> Option<Segment> {
    // A space character as wide as a font's space is the PDF's own; a
    // narrower one only fills a kerning gap (letter-spacing), no hint.
    let hints = glyphs
        .iter()
        .filter(|g| g.ch == ' ' && g.advance >= 0.2 * g.size)
        .map(|g| g.x)
        .collect::<Vec<f32>>();
    let glyphs: Vec<&Glyph> = glyphs.iter().copied().filter(|g| g.ch != ' ').collect();
    let first = *glyphs.first()?;
    let mut text = String::new();
    let mut superscripts: Vec<Range<usize>> = Vec::new();
    let (mut chars, mut bold, mut italic) = (0usize, 0usize, 0usize);
    let mut sizes = Vec::new();
    let mut prev: Option<&Glyph> = None;
    for &g in &glyphs {
        let up = raised(g);
        if let Some(p) = prev {
            let gap = g.x - p.end();
            let size = p.size.max(g.size);
            let hinted = hints.iter().any(|&x| x >= p.x && x < g.x);
            let space = gap > SPACE_GAP * size || (hinted && gap > HINTED_SPACE_GAP * size);
            if space && !text.ends_with(' ') {
                text.push(' ');
            }
        }
        let start = text.len();
        push_expanded(&mut text, g.ch);
        if up {
            match superscripts.last_mut() {
                Some(r) if r.end == start => r.end = text.len(),
                _ => superscripts.push(start..text.len()),
            }
        } else {
            chars += 1;
            bold += g.bold as usize;
            italic += g.italic as usize;
            sizes.push(g.size);
        }
        prev = Some(g);
    }
    // A marker at the very start (a footnote's own number) is followed by
    // its text: keep them apart as the footnote block shows them.
    if let Some(first) = superscripts.first()
        && first.start == 0
        && text.len() > first.end
        && !text[first.end..].starts_with(' ')
    {
        text.insert(first.end, ' ');
    }
    sizes.sort_by(f32::total_cmp);
    let last = glyphs.last().unwrap_or(&first);
    Some(Segment {
        x: first.x,
        x_end: last.end(),
        y: baseline,
        size: sizes.get(sizes.len() / 2).copied().unwrap_or(first.size),
        bold: chars > 0 && bold * 2 > chars,
        italic: chars > 0 && italic * 2 > chars,
        text,
        superscripts,
    })
}

/// Pushes a character with typographic ligatures written out as letters, and
/// the private-use code points that Word's Symbol and Wingdings bullets get
/// in many PDFs (U+F0B7 for "•") as the characters they show.
pub fn push_expanded(text: &mut String, c: char) {
    let letters = match c {
        '\u{F0B7}' => "•",
        '\u{F0A7}' => "▪",
        '\u{F0D8}' => "➢",
        '\u{F076}' => "❖",
        '\u{F0FC}' => "✓",
        '\u{F0E0}' => "→",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'ĳ' => "ij",
        'Ĳ' => "IJ",
        _ => {
            text.push(c);
            return;
        }
    };
    text.push_str(letters);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(
        text: &str,
        x: f32,
        y: f32,
        size: f32,
        advance: f32,
        letter_space: f32,
    ) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut at = x;
        for c in text.chars() {
            if c == ' ' {
                at += 0.28 * size;
                continue;
            }
            out.push(Glyph {
                ch: c,
                x: at,
                y,
                advance,
                size,
                bold: false,
                italic: false,
            });
            at += advance + letter_space;
        }
        out
    }

    #[test]
    fn spaces_come_from_gaps_and_letter_spacing_is_not_a_space() {
        // Letter-spaced by a tenth of the size: still one word each.
        let g = glyphs("Den Haag", 10.0, 100.0, 7.0, 4.0, 0.7);
        let s = segments(&g);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0][0].text, "Den Haag");
    }

    #[test]
    fn a_tight_gap_is_a_space_only_where_the_pdf_put_a_space_character() {
        // 1.2 pt at 7 pt: wider than letter-spacing, narrower than a plain space.
        let mut g = glyphs("ab", 10.0, 100.0, 7.0, 4.0, 0.0);
        g.extend(glyphs("cd", 19.2, 100.0, 7.0, 4.0, 0.0));
        assert_eq!(segments(&g)[0][0].text, "abcd");
        // A space character that only fills the gap (kerning) is no hint.
        let mut space = g[1].clone();
        (space.ch, space.x, space.advance) = (' ', 18.0, 1.2);
        g.push(space.clone());
        assert_eq!(segments(&g)[0][0].text, "abcd");
        // One as wide as a space is.
        space.advance = 2.4;
        g.push(space);
        assert_eq!(segments(&g)[0][0].text, "ab cd");
    }

    #[test]
    fn wide_gaps_split_segments_and_ligatures_are_letters() {
        let mut g = glyphs("ﬁnanciële", 50.0, 100.0, 10.0, 5.0, 0.0);
        g.extend(glyphs("Kenmerk", 400.0, 100.5, 6.5, 3.5, 0.0));
        let s = segments(&g);
        assert_eq!(s.len(), 1, "one band");
        let texts: Vec<&str> = s[0].iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["financiële", "Kenmerk"]);
    }

    #[test]
    fn word_symbol_bullets_are_shown_as_bullets() {
        let mut t = String::new();
        for c in "\u{F0B7} a \u{F0A7} b \u{E000}".chars() {
            push_expanded(&mut t, c);
        }
        // Counter-example: other private-use code points stay as they are.
        assert_eq!(t, "• a ▪ b \u{E000}");
    }

    #[test]
    fn raised_small_digits_are_superscripts_of_the_line_below_them() {
        let mut g = glyphs("jaren", 50.0, 200.0, 10.0, 5.0, 0.0);
        g.extend(glyphs("4", 75.0, 196.5, 6.0, 3.0, 0.0));
        g.extend(glyphs(" en", 78.0, 200.0, 10.0, 5.0, 0.0));
        let s = segments(&g);
        assert_eq!(s.len(), 1);
        let seg = &s[0][0];
        assert_eq!(seg.text, "jaren4 en");
        assert_eq!(seg.superscripts, vec![5..6]);
        assert_eq!(seg.size, 10.0);
    }

    #[test]
    fn a_small_number_on_its_own_line_is_not_a_superscript() {
        // A page number well above the next line is a line of its own.
        let mut g = glyphs("3", 50.0, 100.0, 6.0, 3.0, 0.0);
        g.extend(glyphs("Tekst", 50.0, 120.0, 10.0, 5.0, 0.0));
        let s = segments(&g);
        assert_eq!(s.len(), 2);
        assert!(s[0][0].superscripts.is_empty());
        assert_eq!(s[0][0].text, "3");
    }

    #[test]
    fn a_marker_finds_its_line_past_a_sidebar_line_between() {
        // The body line at y 154 has a raised "2" at y 150.5; a sidebar line
        // at x 470 sits at y 151, in one band with the "2" by height.
        let mut g = glyphs("ESPR", 80.0, 154.0, 9.0, 5.0, 0.0);
        g.extend(glyphs("2", 100.0, 150.5, 6.0, 3.0, 0.0));
        g.extend(glyphs("), en", 103.0, 154.0, 9.0, 5.0, 0.0));
        g.extend(glyphs("Waterstaat", 470.0, 151.0, 6.5, 3.5, 0.0));
        let s = segments(&g);
        let texts: Vec<&str> = s.iter().flatten().map(|x| x.text.as_str()).collect();
        assert!(texts.contains(&"ESPR2), en"), "{texts:?}");
        assert!(!texts.contains(&"2"), "{texts:?}");
        // Counter-example: with nothing below it to stand over, a small
        // number stays a line of its own.
        let mut g = glyphs("2", 104.0, 150.5, 6.0, 3.0, 0.0);
        g.extend(glyphs("Waterstaat", 470.0, 151.0, 6.5, 3.5, 0.0));
        let s = segments(&g);
        let texts: Vec<&str> = s.iter().flatten().map(|x| x.text.as_str()).collect();
        assert!(texts.contains(&"2"), "{texts:?}");
    }
}
