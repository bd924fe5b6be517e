//! Roles of lines by position and repetition: page furniture (a running
//! header or footer that comes back on most pages at the same height, a
//! "Pagina N van M" or a bare page number in the top or bottom margin) and
//! the footnote zone (small print at the page foot, below all body-size
//! text, that starts with a number).

use super::LineRole;
use super::lines::Segment;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A line with its page and role, before reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub page: u32,
    pub page_height: f32,
    pub line: Segment,
    pub role: LineRole,
}

/// The margins where a page number stands: this share of the page height
/// at the top and at the bottom (body text may start at 8.5 % of the page,
/// as in the Handelingen).
const MARGIN: f32 = 0.08;
/// Running headers and footers may stand a little further in.
const RUNNING_MARGIN: f32 = 0.12;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(?:(?:pagina|page|blad|p\.)\s*\d+(?:\s*(?:van|of|/)\s*\d+)?|-?\s*\d{1,4}\s*-?|\d+\s*/\s*\d+)$",
    )
});

fn in_margin(p: &Placed, share: f32) -> bool {
    p.line.y < share * p.page_height || p.line.y > (1.0 - share) * p.page_height
}

/// True when one of the numbers in the text is the page's number.
fn names_page(text: &str, page: u32) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.parse::<u32>() == Ok(page))
}

/// A line's text with digits as `#`: page numbers differ, the rest repeats.
fn shape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// Marks running headers, footers and page numbers as furniture. A running
/// line comes back on at least half the pages (two at least) at about the
/// same height, the same text but for its numbers, and where its numbers
/// differ one of them is the page number ("Aanhangsel 2" on page 2; not
/// "Vraag 3" opening page 2).
pub fn mark_furniture(pages: &mut [Vec<Placed>]) {
    // The texts of margin lines of one shape at about one height, per page.
    let mut seen: HashMap<(String, i32), Vec<(u32, String)>> = HashMap::new();
    for p in pages
        .iter()
        .flatten()
        .filter(|p| in_margin(p, RUNNING_MARGIN))
    {
        let key = (shape(&p.line.text), (p.line.y / 6.0).round() as i32);
        let on = seen.entry(key).or_default();
        if on.last().is_none_or(|(page, _)| *page != p.page) {
            on.push((p.page, p.line.text.clone()));
        }
    }
    let count = pages.len();
    for p in pages.iter_mut().flatten() {
        let key = (shape(&p.line.text), (p.line.y / 6.0).round() as i32);
        let running = seen.get(&key).is_some_and(|on| {
            let same = on.iter().all(|(_, t)| *t == on[0].1);
            let numbered = on.iter().all(|(page, t)| names_page(t, *page));
            count >= 2 && on.len() >= 2 && on.len() * 2 >= count && (same || numbered)
        });
        let number = in_margin(p, MARGIN) && PAGE_NUMBER.is_match(p.line.text.trim());
        if running || number {
            p.role = LineRole::Furniture;
        }
    }
}

/// The size most body text has (weighted by characters).
pub fn body_size(pages: &[Vec<Placed>]) -> f32 {
    let mut sizes: HashMap<i32, usize> = HashMap::new();
    for p in pages.iter().flatten().filter(|p| p.role == LineRole::Body) {
        *sizes.entry((p.line.size * 4.0).round() as i32).or_default() += p.line.text.len();
    }
    sizes
        .into_iter()
        .max_by_key(|&(size, n)| (n, size))
        .map_or(10.0, |(size, _)| size as f32 / 4.0)
}

/// Marks the footnote zone of each page: from the first small line that
/// starts with a number, below which no body-size line follows, to the foot.
pub fn mark_footnotes(pages: &mut [Vec<Placed>], body: f32) {
    for page in pages.iter_mut() {
        let mut order: Vec<usize> = (0..page.len())
            .filter(|&i| page[i].role == LineRole::Body)
            .collect();
        order.sort_by(|&a, &b| page[a].line.y.total_cmp(&page[b].line.y));
        let small = |p: &Placed| p.line.size < body - 0.25;
        // The zone is the run of small lines at the foot of the body.
        let mut zone_start = order.len();
        while zone_start > 0 && small(&page[order[zone_start - 1]]) {
            zone_start -= 1;
        }
        let Some(first) = (zone_start..order.len()).find(|&k| starts_with_number(&page[order[k]]))
        else {
            continue;
        };
        // Only in the lower part of the page.
        if page[order[first]].line.y < 0.4 * page[order[first]].page_height {
            continue;
        }
        // The zone ends where a wide gap comes before a line that starts
        // no note (a colophon under the notes).
        let mut prev_y = page[order[first]].line.y;
        for &i in &order[first..] {
            let p = &page[i];
            if p.line.y - prev_y > 2.5 * p.line.size && !starts_with_number(p) {
                break;
            }
            prev_y = p.line.y;
            page[i].role = LineRole::Footnote;
        }
    }
}

fn starts_with_number(p: &Placed) -> bool {
    let text = p.line.text.trim_start();
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && text[digits..]
            .chars()
            .next()
            .is_some_and(|c| c == ' ' || c.is_alphabetic() || c == '.' || c == ')')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(page: u32, y: f32, size: f32, text: &str) -> Placed {
        Placed {
            page,
            page_height: 842.0,
            line: Segment {
                x: 80.0,
                x_end: 300.0,
                y,
                size,
                bold: false,
                italic: false,
                text: text.into(),
                superscripts: vec![],
            },
            role: LineRole::Body,
        }
    }

    fn roles(pages: &[Vec<Placed>]) -> Vec<Vec<LineRole>> {
        pages
            .iter()
            .map(|p| p.iter().map(|l| l.role).collect())
            .collect()
    }

    #[test]
    fn running_footers_and_page_numbers_are_furniture_body_lines_are_not() {
        let mut pages: Vec<Vec<Placed>> = (1..=3)
            .map(|n| {
                vec![
                    placed(n, 60.0, 8.0, "Rapport over het jaar"),
                    placed(n, 300.0, 10.0, "Rapport over het jaar"),
                    placed(n, 800.0, 8.0, &format!("Pagina {n} van 3")),
                ]
            })
            .collect();
        pages[1].push(placed(2, 790.0, 10.0, "12"));
        for (n, page) in pages.iter_mut().enumerate() {
            let n = n + 1;
            page.push(placed(
                n as u32,
                772.0,
                9.0,
                &format!("Kamer, 2023–2024, Aanhangsel {n}"),
            ));
        }
        mark_furniture(&mut pages);
        use LineRole::*;
        assert_eq!(
            roles(&pages),
            [
                vec![Furniture, Body, Furniture, Furniture],
                vec![Furniture, Body, Furniture, Furniture, Furniture],
                vec![Furniture, Body, Furniture, Furniture]
            ]
        );
    }

    #[test]
    fn numbered_body_lines_at_the_top_of_the_body_are_not_running_headers() {
        // "Vraag 3" and "Vraag 5" open pages 2 and 3 just below the margin.
        let mut pages = vec![
            vec![placed(1, 300.0, 8.5, "Vraag 1")],
            vec![placed(2, 99.7, 8.5, "Vraag 3")],
            vec![placed(3, 99.7, 8.5, "Vraag 5")],
        ];
        mark_furniture(&mut pages);
        assert!(pages.iter().flatten().all(|p| p.role == LineRole::Body));
    }

    #[test]
    fn a_margin_line_on_one_page_only_stays_body() {
        let mut pages = vec![
            vec![placed(1, 60.0, 10.0, "Geachte voorzitter,")],
            vec![placed(2, 300.0, 10.0, "Tekst")],
            vec![placed(3, 300.0, 10.0, "Tekst")],
        ];
        mark_furniture(&mut pages);
        assert_eq!(pages[0][0].role, LineRole::Body);
    }

    #[test]
    fn small_numbered_lines_at_the_foot_are_footnotes() {
        let mut pages = vec![vec![
            placed(1, 300.0, 10.0, "Het kabinet zet in op 2030 als doel."),
            placed(1, 312.0, 10.0, "2 doelen worden herzien."),
            placed(1, 700.0, 7.0, "1 Kamerstuk 32 813, nr. 1"),
            placed(1, 708.0, 7.0, "vervolg van de noot"),
            placed(1, 716.0, 7.0, "2 Zie de bijlage"),
            placed(1, 760.0, 6.0, "ISSN 0921 - 7398"),
        ]];
        let body = body_size(&pages);
        mark_footnotes(&mut pages, body);
        use LineRole::*;
        assert_eq!(
            roles(&pages),
            [vec![Body, Body, Footnote, Footnote, Footnote, Body]]
        );
    }

    #[test]
    fn small_print_followed_by_body_text_is_not_a_footnote() {
        let mut pages = vec![vec![
            placed(1, 300.0, 10.0, "Tekst van de brief."),
            placed(1, 600.0, 7.0, "3 kleine regels in een kader"),
            placed(1, 620.0, 10.0, "En de brief gaat verder."),
            placed(1, 632.0, 10.0, "Nog een regel."),
        ]];
        let body = body_size(&pages);
        mark_footnotes(&mut pages, body);
        assert!(pages[0].iter().all(|p| p.role == LineRole::Body));
    }
}
