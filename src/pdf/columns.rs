//! Columns on one page, found from the gutters between them: an x-range
//! that no segment (or almost none) covers, with text on both sides. The
//! rightmost column is the rijkshuisstijl sidebar when it is narrow and
//! stands in the right part of the page beside a wider body; otherwise
//! the columns are body columns, read left to right.

use super::lines::Segment;

/// How a page's segments fall into columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// Where each column starts (the first is the page's left edge).
    pub starts: Vec<f32>,
    /// The last column is the sidebar.
    pub sidebar: bool,
}

/// Which column a segment is in: None when it crosses a gutter (a line
/// that spans columns).
pub fn column_of(columns: &Columns, s: &Segment) -> Option<usize> {
    let i = columns
        .starts
        .partition_point(|&x| x <= s.x + 0.5)
        .saturating_sub(1);
    match columns.starts.get(i + 1) {
        Some(&next) if s.x_end > next => None,
        _ => Some(i),
    }
}

/// A gutter is at least this wide, in points.
const MIN_GUTTER: f32 = 8.0;

/// The columns of a page from its segments.
pub fn find(segments: &[&Segment], page_width: f32) -> Columns {
    let single = Columns {
        starts: vec![f32::MIN],
        sidebar: false,
    };
    if segments.len() < 6 {
        return single;
    }
    if let Some(x) = sidebar_edge(segments, page_width) {
        return Columns {
            starts: vec![f32::MIN, x - 1.0],
            sidebar: true,
        };
    }
    let left = segments.iter().map(|s| s.x).fold(f32::MAX, f32::min);
    let right = segments.iter().map(|s| s.x_end).fold(f32::MIN, f32::max);
    if !(right - left).is_finite() || right - left < 2.0 * MIN_GUTTER {
        return single;
    }
    // Coverage per point of width.
    let width = (right - left).ceil() as usize + 1;
    let mut cover = vec![0u32; width.min(20_000)];
    for s in segments {
        let a = ((s.x - left).max(0.0) as usize).min(cover.len() - 1);
        let b = ((s.x_end - left).max(0.0) as usize).min(cover.len() - 1);
        for c in &mut cover[a..=b] {
            *c += 1;
        }
    }
    // A stray line (a heading across, a footer) may cross a gutter.
    let tolerance = (segments.len() / 30) as u32;
    let mut gutters: Vec<(f32, f32)> = Vec::new();
    let mut run: Option<usize> = None;
    for (i, &c) in cover.iter().enumerate() {
        match (c <= tolerance, run) {
            (true, None) => run = Some(i),
            (false, Some(start)) => {
                if (i - start) as f32 >= MIN_GUTTER {
                    gutters.push((left + start as f32, left + i as f32));
                }
                run = None;
            }
            _ => {}
        }
    }
    let mut starts = vec![f32::MIN];
    for (g0, g1) in gutters {
        let before = segments
            .iter()
            .filter(|s| s.x_end <= g0 + 0.5 && s.x >= *starts.last().unwrap_or(&f32::MIN))
            .count();
        let after = segments.iter().filter(|s| s.x >= g1 - 0.5).count();
        if before >= 3 && after >= 3 {
            starts.push(g1 - 0.5);
        }
    }
    if starts.len() == 1 {
        return single;
    }
    let last = *starts.last().expect("more than one column");
    let last_right = segments
        .iter()
        .filter(|s| s.x >= last)
        .map(|s| s.x_end)
        .fold(last, f32::max);
    let before_width = last - left;
    let sidebar = last > 0.55 * page_width
        && last_right - last < 0.35 * page_width
        && before_width > 1.5 * (last_right - last);
    // Two body columns need text enough on both sides: a small table's
    // columns are not a page layout.
    if !sidebar {
        let in_each = (0..starts.len()).map(|i| {
            let cols = Columns {
                starts: starts.clone(),
                sidebar: false,
            };
            segments
                .iter()
                .filter(|s| column_of(&cols, s) == Some(i))
                .count()
        });
        if in_each.clone().any(|n| n < 5) {
            return single;
        }
    }
    Columns { starts, sidebar }
}

/// The left edge of a sidebar: in the right part of the page, where at
/// least three segments start (within 2 pt) and from where the text to
/// its right stays narrow, while most body segments end before it (a few
/// may cross it: footnotes or a colophon set over the full width).
fn sidebar_edge(segments: &[&Segment], page_width: f32) -> Option<f32> {
    let mut starts: Vec<f32> = segments
        .iter()
        .map(|s| s.x)
        .filter(|&x| x > 0.55 * page_width)
        .collect();
    starts.sort_by(f32::total_cmp);
    // The leftmost start shared by three segments.
    let edge = starts
        .windows(3)
        .find(|w| w[2] - w[0] <= 2.0)
        .map(|w| w[0])?;
    let (side, body): (Vec<&&Segment>, Vec<&&Segment>) =
        segments.iter().partition(|s| s.x >= edge - 0.5);
    let right = side.iter().map(|s| s.x_end).fold(edge, f32::max);
    let crossing = body.iter().filter(|s| s.x_end > edge - 0.5).count();
    let beside = body.iter().filter(|s| s.x_end < edge - MIN_GUTTER).count();
    let narrow = right - edge < 0.35 * page_width;
    (narrow && beside >= 3 && crossing * 4 <= body.len()).then_some(edge)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(x: f32, x_end: f32, y: f32) -> Segment {
        Segment {
            x,
            x_end,
            y,
            size: 9.0,
            bold: false,
            italic: false,
            text: "tekst".into(),
            superscripts: vec![],
        }
    }

    #[test]
    fn a_narrow_right_column_beside_the_body_is_the_sidebar() {
        let mut s: Vec<Segment> = (0..20)
            .map(|i| seg(80.0, 380.0 + (i % 5) as f32 * 10.0, 100.0 + 12.0 * i as f32))
            .collect();
        s.extend((0..6).map(|i| seg(470.0, 540.0, 100.0 + 9.0 * i as f32)));
        let refs: Vec<&Segment> = s.iter().collect();
        let c = find(&refs, 595.0);
        assert!(c.sidebar);
        assert_eq!(c.starts.len(), 2);
        assert_eq!(column_of(&c, &s[0]), Some(0));
        assert_eq!(column_of(&c, &s[25]), Some(1));
    }

    #[test]
    fn a_sidebar_is_found_though_full_width_footnotes_cross_it() {
        let mut s: Vec<Segment> = (0..20)
            .map(|i| seg(78.0, 420.0, 150.0 + 12.0 * i as f32))
            .collect();
        s.extend((0..8).map(|i| seg(458.6, 540.0, 150.0 + 9.0 * i as f32)));
        s.extend((0..4).map(|i| seg(78.0, 520.0, 750.0 + 9.0 * i as f32)));
        let refs: Vec<&Segment> = s.iter().collect();
        let c = find(&refs, 595.0);
        assert!(c.sidebar);
        assert_eq!(column_of(&c, &s[0]), Some(0));
        assert_eq!(column_of(&c, &s[21]), Some(1));
        assert_eq!(column_of(&c, &s[29]), None, "a footnote line spans");
    }

    #[test]
    fn text_starting_right_of_the_middle_in_a_wide_block_is_no_sidebar() {
        // A right-aligned signature block: three lines start at one x,
        // but the body runs under it to the same right edge.
        let mut s: Vec<Segment> = (0..20)
            .map(|i| seg(78.0, 520.0, 150.0 + 12.0 * i as f32))
            .collect();
        s.extend((0..3).map(|i| seg(350.0, 480.0, 450.0 + 12.0 * i as f32)));
        let refs: Vec<&Segment> = s.iter().collect();
        assert!(!find(&refs, 595.0).sidebar);
    }

    #[test]
    fn two_equal_columns_are_body_columns() {
        let mut s: Vec<Segment> = (0..20)
            .map(|i| seg(60.0, 280.0, 100.0 + 12.0 * i as f32))
            .collect();
        s.extend((0..20).map(|i| seg(310.0, 530.0, 100.0 + 12.0 * i as f32)));
        let refs: Vec<&Segment> = s.iter().collect();
        let c = find(&refs, 595.0);
        assert!(!c.sidebar);
        assert_eq!(c.starts.len(), 2);
    }

    #[test]
    fn ragged_right_body_text_is_one_column() {
        // Lines of many lengths leave no x-range empty.
        let s: Vec<Segment> = (0..30)
            .map(|i| seg(80.0, 200.0 + (i * 37 % 300) as f32, 100.0 + 12.0 * i as f32))
            .collect();
        let refs: Vec<&Segment> = s.iter().collect();
        assert_eq!(find(&refs, 595.0).starts.len(), 1);
    }

    #[test]
    fn a_small_table_in_the_body_is_not_two_columns() {
        let mut s: Vec<Segment> = (0..20)
            .map(|i| seg(80.0, 450.0, 100.0 + 12.0 * i as f32))
            .collect();
        for i in 0..3 {
            s.push(seg(80.0, 150.0, 400.0 + 12.0 * i as f32));
            s.push(seg(300.0, 350.0, 400.0 + 12.0 * i as f32));
        }
        let refs: Vec<&Segment> = s.iter().collect();
        assert_eq!(find(&refs, 595.0).starts.len(), 1);
    }
}
