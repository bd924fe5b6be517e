//! A Kamerbrief's page furniture after its head, and what its sidebar says:
//! sidebar and footer lines (also letter-spaced), labels with the value
//! under them, a ministry's name running over short lines, the sidebar
//! repeating the letter's date; the reference ("Kenmerk") and the sender
//! ("Ministerie van …") read from the folded sidebar. Split from
//! [`super::kamerbrief`], which decides the lines' roles in this order.

use super::boilerplate::{
    kamerbrief_furniture, may_be_furniture, may_be_label, organisation_head, value_label,
};
use super::kamerbrief::Role;
use super::letterspacing::Squeezed;
use super::reflow::ends_sentence;
use crate::document::lines::Line;
use crate::document::{DocDate, FoldReason, Meta};

/// Folds the page furniture after the head: sidebar and footer lines (also
/// letter-spaced), labels with the value under them, an organisation's name
/// running over short lines, and short lines repeated on page after page (a
/// sidebar printed on every page).
pub(super) fn fold_furniture(
    text: &str,
    lines: &[Line],
    in_column: &[bool],
    squeezed: &Squeezed,
    from: usize,
    date_known: bool,
    roles: &mut [Role],
) {
    let n = lines.len();
    let furniture = |i: usize| {
        let t = lines[i].text(text);
        // Most lines have nothing to squeeze: asked once, and only of a
        // line that may be furniture at all.
        kamerbrief_furniture(t, date_known).or_else(|| {
            (may_be_furniture(t) && &squeezed[i] != t)
                .then(|| kamerbrief_furniture(&squeezed[i], date_known))
                .flatten()
        })
    };
    let short = |i: usize| {
        let t = lines[i].text(text);
        t.split_whitespace().count() <= 6 && !ends_sentence(t) && !t.ends_with(',')
    };
    let next_line = |i: usize| (i + 1..n).find(|&k| !lines[k].is_blank());
    let mut i = from;
    while i < n {
        if roles[i] != Role::Body {
            i += 1;
            continue;
        }
        if in_column[i] {
            roles[i] = Role::Folded(furniture(i).unwrap_or(FoldReason::Sidebar));
        } else if let Some(r) = furniture(i) {
            roles[i] = Role::Folded(r);
            if value_label(&squeezed[i])
                && let Some(j) = next_line(i)
                && roles[j] == Role::Body
                && short(j)
            {
                roles[j] = Role::Folded(FoldReason::Sidebar);
            }
            // A ministry or directorate's name runs on over short lines.
            if organisation_head(&squeezed[i]) {
                let mut k = i;
                while let Some(j) = next_line(k) {
                    let prev = squeezed[k].to_lowercase();
                    let runs_on =
                        prev.ends_with(" van") || prev.ends_with(" en") || prev.ends_with('&');
                    // Furniture ("Ons kenmerk") folds on its own, with its value.
                    if roles[j] != Role::Body
                        || furniture(j).is_some()
                        || !short(j)
                        || lines[j].text(text).split_whitespace().count() > 4
                        || !(runs_on || k == i && lines[j].full.start == lines[k].full.end + 1)
                    {
                        break;
                    }
                    roles[j] = Role::Folded(FoldReason::Sidebar);
                    k = j;
                }
            }
        } else if may_be_label(lines[i].text(text)) && value_label(&squeezed[i]) {
            roles[i] = Role::Folded(FoldReason::Sidebar);
            if let Some(j) = next_line(i)
                && roles[j] == Role::Body
                && short(j)
            {
                roles[j] = Role::Folded(FoldReason::Sidebar);
            }
        }
        i += 1;
    }
    // "Datum" / "12 november 2025" at a page's top: a date alone on its
    // line right after folded sidebar lines is the sidebar repeating the
    // letter's date, once the letter's date is known.
    if date_known {
        for j in from..n {
            if roles[j] != Role::Body {
                continue;
            }
            let t = lines[j].text(text).trim();
            let after_sidebar = (from..j)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .is_some_and(|k| roles[k] == Role::Folded(FoldReason::Sidebar));
            if after_sidebar && DocDate::find_dutch(t).is_some_and(|(_, r)| r == (0..t.len())) {
                roles[j] = Role::Folded(FoldReason::Sidebar);
            }
        }
    }
}

/// The letter's reference and sender as its sidebar gives them: the value
/// under (or after) "Kenmerk", and "Ministerie van …" with its run-on lines.
pub(super) fn read_sidebar_meta(
    text: &str,
    lines: &[Line],
    in_column: &[bool],
    squeezed: &Squeezed,
    roles: &[Role],
    meta: &mut Meta,
) {
    let folded = |i: usize| matches!(roles[i], Role::Folded(_)) || in_column[i];
    // The next line of the same sidebar: in a column, the column's next
    // piece; interleaved, the next line if it is folded too.
    let next_folded = |i: usize| {
        if in_column[i] {
            (i + 1..lines.len()).find(|&k| in_column[k] && !lines[k].is_blank())
        } else {
            (i + 1..lines.len())
                .find(|&k| !lines[k].is_blank())
                .filter(|&k| folded(k))
        }
    };
    for i in 0..lines.len() {
        if !folded(i) {
            continue;
        }
        let sq = &squeezed[i];
        let lower = sq.to_lowercase();
        if meta.kenmerk.is_none() && (lower.ends_with("kenmerk") || lower.starts_with("kenmerk ")) {
            if let Some(rest) = sq.strip_prefix("Kenmerk ") {
                meta.kenmerk = Some(rest.trim().to_string());
            } else if let Some(k) = next_folded(i) {
                meta.kenmerk = Some(squeezed[k].to_string());
            }
        }
        if meta.sender.is_none() && sq.starts_with("Ministerie van") {
            let mut name = sq.to_string();
            let mut k = i;
            while name.ends_with(" van") || name.ends_with(" en") {
                let Some(j) = next_folded(k) else { break };
                name.push(' ');
                name.push_str(&squeezed[j]);
                k = j;
            }
            meta.sender = Some(name);
        }
    }
    let _ = text;
}
