//! The signatures of a letter to parliament, in the forms letters use:
//! "Hoogachtend," then the role (often in capitals, ending in a comma) then the
//! name; the role then the name without a closing formula; the name then the
//! role ("M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat");
//! and two signatories side by side on the same lines. The signature need not
//! end the text: an appendix ("Bijlage") may follow it.

use super::paragraphs::Item;
use crate::document::lines::Line;
use crate::pattern::past_in_any_case;

/// One signature block: its lines, and the people who signed in it (two when
/// they stand side by side).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureBlock {
    pub lines: Vec<usize>,
    /// (name, role) in reading order; the role without "De" and the comma.
    pub people: Vec<(String, String)>,
}

impl SignatureBlock {
    /// The block's lines person by person, each role with the name it signs
    /// for, where roles stand stacked above as many names, one name a line
    /// ("de minister van …," / "Welzijn en Sport," / "de staatssecretaris
    /// van …," / "Welzijn en Sport," / name / name: the first role's lines
    /// and the first name, then the second's); otherwise the block's lines
    /// as one group, in their order.
    pub fn per_person(&self, text: &str, lines: &[Line]) -> Vec<Vec<usize>> {
        let n = self.people.len();
        let whole = || vec![self.lines.clone()];
        if n < 2 || self.lines.len() <= n {
            return whole();
        }
        let t = |l: usize| lines[l].text(text);
        let (roles, names) = self.lines.split_at(self.lines.len() - n);
        if !names
            .iter()
            .all(|&l| columns(t(l)).len() == 1 && is_name(t(l)))
            || !roles.first().is_some_and(|&l| is_role(t(l)))
        {
            return whole();
        }
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for &l in roles {
            match groups.last_mut() {
                Some(g) if !is_role(t(l)) => g.push(l),
                _ => groups.push(vec![l]),
            }
        }
        if groups.len() != n {
            return whole();
        }
        for (g, &name) in groups.iter_mut().zip(names) {
            g.push(name);
        }
        groups
    }
}

/// "Hoogachtend,", "Met vriendelijke groet,": the formula that closes a letter.
/// In any case, with a comma or without: as the pattern
/// `(?i)^(hoogachtend|met (vriendelijke|hartelijke) groet(en)?|met de meeste
/// hoogachting),?$` on the trimmed line.
pub fn is_closing(t: &str) -> bool {
    closing_formula(t.trim())
}

/// `t` is a closing formula, nothing before it or after it but a comma.
fn closing_formula(t: &str) -> bool {
    let body = t.strip_suffix(',').unwrap_or(t);
    // Each starts with an "h" or an "m", in either case (no other character
    // is either to a case-blind pattern): most lines are told by that.
    if !body
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'h' | b'm'))
    {
        return false;
    }
    CLOSINGS
        .iter()
        .any(|c| past_in_any_case(body, c) == Some(""))
}

/// The closing formulas, lower case.
const CLOSINGS: [&str; 6] = [
    "hoogachtend",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "met hartelijke groet",
    "met hartelijke groeten",
    "met de meeste hoogachting",
];

/// The roles a signature starts with, lower case.
const ROLES: [&str; 9] = [
    "minister",
    "staatssecretaris",
    "minister-president",
    "premier",
    "directeur",
    "directeur-generaal",
    "secretaris-generaal",
    "voorzitter",
    "ministers",
];

/// A role line: "De Minister van Buitenlandse Zaken,", at most 16 words,
/// not a sentence. The role as the pattern `(?i)^(de |het )?(minister|…|
/// ministers)\b` found it.
fn is_role(t: &str) -> bool {
    let t = t.trim().trim_end_matches(',');
    let role_at = |s: &str| {
        ROLES
            .iter()
            .any(|r| past_in_any_case(s, r).is_some_and(|rest| !crate::pattern::starts_word(rest)))
    };
    let article = ["de ", "het "].iter().find_map(|a| past_in_any_case(t, a));
    (article.is_some_and(role_at) || role_at(t))
        && t.split_whitespace().count() <= 16
        && !t.ends_with(['.', ':', ';'])
}

fn is_name(t: &str) -> bool {
    super::signatory_name::is_name(t.trim())
}

fn clean_role(t: &str) -> String {
    let t = t.trim().trim_end_matches(',').trim();
    let t = ["De ", "de ", "DE "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    // "STAATSSECRETARIS VAN INFRASTRUCTUUR" reads as "Staatssecretaris van Infrastructuur".
    if t.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        return t
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| {
                let lower = w.to_lowercase();
                if i > 0 && ["van", "voor", "en", "der", "de"].contains(&lower.as_str()) {
                    return lower;
                }
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            })
            .collect::<Vec<String>>()
            .join(" ");
    }
    t.to_string()
}

/// The columns of a line: one, or several side by side, apart by three or
/// more white-space characters (as a split at `\s{3,}`).
fn columns(t: &str) -> Vec<&str> {
    let t = t.trim();
    let mut out = Vec::new();
    let (mut from, mut gap_at, mut gap) = (0, 0, 0);
    for (at, c) in t.char_indices() {
        if c.is_whitespace() {
            if gap == 0 {
                gap_at = at;
            }
            gap += 1;
        } else {
            if gap >= 3 {
                out.push(&t[from..gap_at]);
                from = at;
            }
            gap = 0;
        }
    }
    out.push(&t[from..]);
    out.retain(|s| !s.is_empty());
    out
}

/// People from role lines and name lines: one role per column of the role
/// lines (or per role line), matched in order with the names.
fn people(role_texts: &[&str], names: &[&str]) -> Option<Vec<(String, String)>> {
    // The names first: most lines asked are running text, which no name
    // reading takes (a paragraph's last lines are asked whether they sign).
    let name_cols: Vec<&str> = names.iter().flat_map(|t| columns(t)).collect();
    if !name_cols.iter().all(|n| is_name(n)) {
        return None;
    }
    let mut roles: Vec<String> = Vec::new();
    let role_cols: Vec<Vec<&str>> = role_texts.iter().map(|t| columns(t)).collect();
    let width = role_cols.iter().map(Vec::len).max().unwrap_or(0);
    if width > 1 {
        for c in 0..width {
            let r: Vec<&str> = role_cols.iter().filter_map(|l| l.get(c).copied()).collect();
            roles.push(r.join(" "));
        }
    } else if role_texts.len() == names.len()
        && names.len() > 1
        && role_texts.iter().all(|t| is_role(t))
    {
        roles = role_texts.iter().map(|t| t.to_string()).collect();
    } else if name_cols.len() > 1
        && role_texts.len() > name_cols.len()
        && role_texts.first().is_some_and(|t| is_role(t))
        && role_texts.iter().filter(|t| is_role(t)).count() == name_cols.len()
    {
        // "de minister van Volksgezondheid," / "Welzijn en Sport," / "de
        // staatssecretaris van …" / "Welzijn en Sport,": stacked roles, each
        // wrapped over lines, one per name under them.
        for t in role_texts {
            if is_role(t) || roles.is_empty() {
                roles.push(t.to_string());
            } else if let Some(last) = roles.last_mut() {
                last.push(' ');
                last.push_str(t.trim());
            }
        }
    } else {
        roles.push(role_texts.join(" "));
    }
    if roles.len() != name_cols.len() || !roles.iter().all(|r| is_role(r)) {
        return None;
    }
    Some(
        name_cols
            .iter()
            .map(|n| n.trim().to_string())
            .zip(roles.iter().map(|r| clean_role(r)))
            .collect(),
    )
}

/// A line that ends a sentence, also with a footnote marker glued after the
/// stop ("… over de voortgang.7"), as extractors print a raised marker.
fn ends_sentence_or_marker(t: &str) -> bool {
    let unmarked = t.trim_end().trim_end_matches(|c: char| c.is_ascii_digit());
    super::reflow::ends_sentence(unmarked) && !unmarked.ends_with(char::is_whitespace)
}

/// Where no blank line sets the signature apart (some extractors print none),
/// a paragraph that ends in a name and a role (either order) after a finished
/// sentence is split before them.
fn split_off_signatures(text: &str, lines: &[Line], items: &mut Vec<Item>) {
    let t = |l: usize| lines[l].text(text);
    let mut k = 0;
    while k < items.len() {
        if let Item::Para(ls) = &items[k]
            && ls.len() > 2
        {
            let n = ls.len();
            let tail: Vec<&str> = ls[n - 2..].iter().map(|&l| t(l)).collect();
            let signs = people(&tail[..1], &tail[1..]).is_some()
                || (is_name(tail[0]) && people(&tail[1..], &tail[..1]).is_some());
            if signs && ends_sentence_or_marker(t(ls[n - 3])) {
                let (head, rest) = (ls[..n - 2].to_vec(), ls[n - 2..].to_vec());
                items[k] = Item::Para(head);
                items.insert(k + 1, Item::Para(rest));
                k += 1;
            }
        }
        k += 1;
    }
}

/// Takes the signature blocks and the closing formula out of the items: the
/// last place in the letter where they stand.
pub fn take_signatures(
    text: &str,
    lines: &[Line],
    items: &mut Vec<Item>,
) -> (Option<Vec<usize>>, Vec<SignatureBlock>) {
    let t = |l: usize| lines[l].text(text);
    let para = |items: &[Item], k: usize| match &items[k] {
        Item::Para(ls) => Some(ls.clone()),
        _ => None,
    };
    split_off_signatures(text, lines, items);
    let mut found: Vec<(Vec<usize>, SignatureBlock)> = Vec::new(); // (item indices, block)
    let mut closing: Option<Vec<usize>> = None;
    let mut k = items.len();
    while k > 0 {
        k -= 1;
        let Some(ls) = para(items, k) else { continue };
        // A closing formula opening the paragraph is not part of the role.
        let (close, rest): (Option<usize>, &[usize]) = if closing_formula(t(ls[0])) {
            (Some(ls[0]), &ls[1..])
        } else {
            (None, &ls[..])
        };
        let texts: Vec<&str> = rest.iter().map(|&l| t(l)).collect();
        let mut block: Option<(Vec<usize>, SignatureBlock, Option<usize>)> = None;
        // Role lines then names in one paragraph; or name(s) then role(s).
        // Names must be names in every column: known per line once, so a
        // long paragraph is not split into columns at every split point.
        let names_only: Vec<bool> = texts
            .iter()
            .map(|x| columns(x).iter().all(|c| is_name(c)))
            .collect();
        for split in 1..texts.len() {
            let (a, b) = texts.split_at(split);
            let (a_names, b_names) = names_only.split_at(split);
            let role_then_name = || b_names.iter().all(|&n| n).then(|| people(a, b)).flatten();
            let name_then_role = || {
                a_names
                    .iter()
                    .all(|&n| n)
                    .then(|| people(b, a))
                    .flatten()
                    .filter(|_| a.iter().all(|x| is_name(x) || columns(x).len() > 1))
            };
            if let Some(p) = role_then_name().or_else(name_then_role) {
                block = Some((
                    vec![k],
                    SignatureBlock {
                        lines: rest.to_vec(),
                        people: p,
                    },
                    close,
                ));
                break;
            }
        }
        // Names alone, after the white space left for the signature: their
        // roles are the paragraph before.
        if block.is_none()
            && close.is_none()
            && !texts.is_empty()
            && texts.iter().all(|x| columns(x).iter().all(|c| is_name(c)))
            && let Some(p) = (0..k).rev().find(|&j| matches!(items[j], Item::Para(_)))
            && let Some(role_ls) = para(items, p)
        {
            let (rclose, rrest): (Option<usize>, &[usize]) = if closing_formula(t(role_ls[0])) {
                (Some(role_ls[0]), &role_ls[1..])
            } else {
                (None, &role_ls[..])
            };
            let role_texts: Vec<&str> = rrest.iter().map(|&l| t(l)).collect();
            if !role_texts.is_empty()
                && let Some(pp) = people(&role_texts, &texts)
            {
                let mut all = rrest.to_vec();
                all.extend(rest);
                block = Some((
                    vec![p, k],
                    SignatureBlock {
                        lines: all,
                        people: pp,
                    },
                    rclose,
                ));
            }
        }
        // Roles alone, right under the names (name then role, split apart).
        if block.is_none()
            && close.is_none()
            && !texts.is_empty()
            && texts.iter().all(|x| columns(x).iter().all(|c| is_role(c)))
            && k > 0
            && let Some(name_ls) = para(items, k - 1)
        {
            let names: Vec<&str> = name_ls.iter().map(|&l| t(l)).collect();
            if names.iter().all(|x| columns(x).iter().all(|c| is_name(c)))
                && let Some(pp) = people(&texts, &names)
            {
                let mut all = name_ls.clone();
                all.extend(rest);
                block = Some((
                    vec![k - 1, k],
                    SignatureBlock {
                        lines: all,
                        people: pp,
                    },
                    None,
                ));
            }
        }
        match block {
            Some((idx, b, close)) => {
                k = idx[0];
                found.push((idx, b));
                if let Some(c) = close {
                    closing = Some(vec![c]);
                    break;
                }
            }
            None if !found.is_empty() => {
                if ls.len() == 1
                    && (closing_formula(t(ls[0]))
                        || (t(ls[0]).ends_with(',') && t(ls[0]).split_whitespace().count() <= 4))
                {
                    closing = Some(ls.clone());
                    found.push((
                        vec![k],
                        SignatureBlock {
                            lines: vec![],
                            people: vec![],
                        },
                    ));
                }
                break;
            }
            None => {}
        }
    }
    let mut remove: Vec<usize> = found.iter().flat_map(|(i, _)| i.clone()).collect();
    remove.sort_unstable();
    remove.dedup();
    for &r in remove.iter().rev() {
        items.remove(r);
    }
    let mut blocks: Vec<SignatureBlock> = found
        .into_iter()
        .map(|(_, b)| b)
        .filter(|b| !b.people.is_empty())
        .collect();
    blocks.reverse();
    (closing, blocks)
}

#[cfg(test)]
mod tests;
