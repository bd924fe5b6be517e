//! Alignment kernels for approximate matching, on code points: where a
//! pattern ends in a text within k edits (Myers' bit-parallel algorithm),
//! where such a match starts, and a banded edit distance. Pure functions
//! with no notion of marks; [`super::fuzzy`] decides what a match means.

use std::collections::HashMap;

/// The edit distance between `a` and `b` if it is at most `k`: a table
/// banded to `k` cells off the diagonal, O((len(a) + len(b)) × k).
pub fn bounded_distance(a: &[char], b: &[char], k: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > k {
        return None;
    }
    const INF: usize = usize::MAX / 2;
    let n = b.len();
    let mut row: Vec<usize> = (0..=n).map(|j| if j <= k { j } else { INF }).collect();
    let mut next = vec![INF; n + 1];
    for (i, &ac) in a.iter().enumerate() {
        let i = i + 1;
        let lo = i.saturating_sub(k);
        let hi = (i + k).min(n);
        next.iter_mut().for_each(|v| *v = INF);
        if lo == 0 {
            next[0] = i;
        }
        let mut row_min = next[0];
        for j in lo.max(1)..=hi {
            let v = (row[j - 1] + usize::from(ac != b[j - 1]))
                .min(row[j] + 1)
                .min(next[j - 1] + 1);
            next[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return None;
        }
        std::mem::swap(&mut row, &mut next);
    }
    (row[n] <= k).then_some(row[n])
}

/// The end with the least edit distance (see [`match_ends`]).
#[cfg(test)]
fn best_end(pattern: &[char], text: &[char], k: usize, prefer: usize) -> Option<(usize, usize)> {
    match_ends(pattern, text, k, prefer, 1).first().copied()
}

/// Myers' bit-parallel approximate matching (Hyyrö's multi-word form): the
/// ends (exclusive, in `text`) of substrings within `k` edits of `pattern`,
/// with their edit distance. Consecutive ends within `k` are one match, of
/// which the best end is kept (ties: nearest `prefer`). At most `limit`
/// matches, fewest edits first, then nearest `prefer`.
/// O(len(text) × len(pattern) / 64).
pub fn match_ends(
    pattern: &[char],
    text: &[char],
    k: usize,
    prefer: usize,
    limit: usize,
) -> Vec<(usize, usize)> {
    let m = pattern.len();
    if m == 0 {
        return Vec::new();
    }
    let words = m.div_ceil(64);
    // Match masks per pattern character; index `alphabet.len()` (all zero)
    // stands for every character not in the pattern.
    let mut alphabet: HashMap<char, usize> = HashMap::new();
    let mut ascii = [usize::MAX; 128];
    for &c in pattern {
        let n = alphabet.len();
        let id = *alphabet.entry(c).or_insert(n);
        if (c as u32) < 128 {
            ascii[c as usize] = id;
        }
    }
    let other = alphabet.len();
    let mut peq = vec![0u64; (other + 1) * words];
    for (i, c) in pattern.iter().enumerate() {
        peq[alphabet[c] * words + i / 64] |= 1 << (i % 64);
    }
    let last_bit = ((m - 1) % 64) as u32;

    // Column 0: D[i][0] = i, all vertical deltas +1.
    let mut pv = vec![!0u64; words];
    let mut mv = vec![0u64; words];
    let mut score = m; // D[m][j]
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    for (j, &c) in text.iter().enumerate() {
        let id = if (c as u32) < 128 && ascii[c as usize] != usize::MAX {
            ascii[c as usize]
        } else {
            alphabet.get(&c).copied().unwrap_or(other)
        };
        let eq = &peq[id * words..(id + 1) * words];
        // Row 0 is all zeros (the match may start anywhere): no carry in.
        let mut hin = 0i64;
        for b in 0..words {
            let bit = if b + 1 == words { last_bit } else { 63 };
            let (hout, at) = advance_block(&mut pv[b], &mut mv[b], eq[b], hin, bit);
            hin = hout;
            if b + 1 == words {
                score = (score as i64 + at) as usize;
            }
        }
        if score <= k {
            let end = j + 1;
            let better = match run {
                None => true,
                Some((e, d)) => {
                    score < d || (score == d && end.abs_diff(prefer) < e.abs_diff(prefer))
                }
            };
            if better {
                run = Some((end, score));
            }
        } else if let Some(r) = run.take() {
            out.push(r);
        }
    }
    out.extend(run);
    out.sort_by_key(|&(end, d)| (d, end.abs_diff(prefer)));
    out.truncate(limit);
    out
}

/// One 64-row block of one column. `hin` is the horizontal delta entering at
/// the top (−1, 0 or +1); returns the delta leaving at the bottom row and the
/// one at row `bit` (the pattern's last row sits inside the last block).
#[inline]
fn advance_block(pv: &mut u64, mv: &mut u64, eq: u64, hin: i64, bit: u32) -> (i64, i64) {
    let hin_neg = u64::from(hin < 0);
    let xv = eq | *mv;
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let hout = (ph >> 63) as i64 - (mh >> 63) as i64;
    let at = ((ph >> bit) & 1) as i64 - ((mh >> bit) & 1) as i64;
    ph <<= 1;
    mh <<= 1;
    mh |= hin_neg;
    ph |= u64::from(hin > 0);
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    (hout, at)
}

/// Where the best match ending at `end` with `dist` edits starts: the pattern
/// and the text before `end`, both reversed, aligned from `end` backwards.
/// Only cells within `dist` of the diagonal can be on such an alignment, so
/// the table is banded: O(len(pattern) × dist).
pub fn best_start(pattern: &[char], text: &[char], end: usize, dist: usize) -> usize {
    let m = pattern.len();
    let width = (m + dist).min(end);
    const INF: usize = usize::MAX / 2;
    // row[j] = edit distance of the last i pattern chars and the j text chars
    // before `end`.
    let mut row: Vec<usize> = (0..=width)
        .map(|j| if j <= dist { j } else { INF })
        .collect();
    let mut next = vec![INF; width + 1];
    for i in 1..=m {
        let pc = pattern[m - i];
        let lo = i.saturating_sub(dist);
        let hi = (i + dist).min(width);
        next.iter_mut().for_each(|v| *v = INF);
        if lo == 0 {
            next[0] = i;
        }
        for j in lo.max(1)..=hi {
            let tc = text[end - j];
            let sub = row[j - 1] + usize::from(pc != tc);
            let del = row[j] + 1;
            let ins = next[j - 1] + 1;
            next[j] = sub.min(del).min(ins);
        }
        std::mem::swap(&mut row, &mut next);
    }
    let mut best_j = m.min(width);
    let mut best_v = INF;
    for (j, &v) in row.iter().enumerate() {
        if v < best_v || (v == best_v && j.abs_diff(m) < best_j.abs_diff(m)) {
            best_v = v;
            best_j = j;
        }
    }
    end - best_j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_best(p: &[char], t: &[char]) -> Vec<usize> {
        // D[m][j] for every j, semi-global (free start in the text).
        let m = p.len();
        let mut col: Vec<usize> = (0..=m).collect();
        let mut out = vec![m];
        for &tc in t {
            let mut next = vec![0; m + 1];
            for i in 1..=m {
                next[i] = (col[i - 1] + usize::from(p[i - 1] != tc))
                    .min(col[i] + 1)
                    .min(next[i - 1] + 1);
            }
            out.push(next[m]);
            col = next;
        }
        out
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn myers_agrees_with_the_table() {
        let mut seed = 7;
        let alphabet: Vec<char> = "abcë é".chars().collect();
        for round in 0..300 {
            let m = 1 + (lcg(&mut seed) % if round % 3 == 0 { 200 } else { 70 }) as usize;
            let n = (lcg(&mut seed) % 300) as usize;
            let p: Vec<char> = (0..m)
                .map(|_| alphabet[(lcg(&mut seed) % alphabet.len() as u64) as usize])
                .collect();
            let t: Vec<char> = (0..n)
                .map(|_| alphabet[(lcg(&mut seed) % alphabet.len() as u64) as usize])
                .collect();
            let table = naive_best(&p, &t);
            let min = *table.iter().min().unwrap();
            match best_end(&p, &t, m, 0) {
                Some((end, d)) => {
                    assert_eq!(d, min, "round {round}");
                    assert_eq!(table[end], d);
                    // And the start found gives an alignment of that cost.
                    let start = best_start(&p, &t, end, d);
                    assert_eq!(
                        crate::edit_distance::to_start(&p, &t[start..end], true),
                        d,
                        "round {round}"
                    );
                }
                None => assert!(t.is_empty(), "round {round}: min {min}"),
            }
            // With a tighter bound: found exactly when the best is within it.
            let k = m / 4;
            assert_eq!(
                best_end(&p, &t, k, 0).map(|(_, d)| d),
                (min <= k && !t.is_empty()).then_some(min)
            );
        }
    }

    #[test]
    fn bounded_distance_agrees_with_the_table() {
        let mut seed = 11;
        let alphabet: Vec<char> = "abë ".chars().collect();
        for _ in 0..500 {
            let draw = |seed: &mut u64| -> Vec<char> {
                let n = (lcg(seed) % 30) as usize;
                (0..n)
                    .map(|_| alphabet[(lcg(seed) % alphabet.len() as u64) as usize])
                    .collect()
            };
            let (a, b) = (draw(&mut seed), draw(&mut seed));
            let d = crate::edit_distance::to_start(&a, &b, true);
            let k = (lcg(&mut seed) % 12) as usize;
            assert_eq!(
                bounded_distance(&a, &b, k),
                (d <= k).then_some(d),
                "{a:?} {b:?} {k}"
            );
        }
    }
}
