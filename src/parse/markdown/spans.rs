//! Where Markdown's inline constructs end, read byte by byte from an
//! offset: matching brackets (found for a whole block in one pass), the
//! backtick run that closes a code span, a link's `(destination "title")`,
//! an autolink `<https://…>` and a character reference `&amp;`. Each is
//! bounded (a destination at [`MAX_DEST`] bytes), so a block is read in
//! time linear in its length.

use crate::document::builder::control_picture;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// The longest link destination read, in bytes.
pub const MAX_DEST: usize = 2048;
/// The longest link title or reference label read, in bytes.
pub const MAX_LABEL: usize = 999;

/// The length of the run of `c` at `i` (before `limit`).
pub fn run(b: &[u8], i: usize, limit: usize, c: u8) -> usize {
    b[i..limit].iter().take_while(|&&x| x == c).count()
}

/// Matching brackets, in one pass: `[`'s offset to its `]`'s.
pub fn brackets(b: &[u8]) -> FxHashMap<usize, usize> {
    let mut out = FxHashMap::default();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => stack.push(i),
            b']' => {
                if let Some(o) = stack.pop() {
                    out.insert(o, i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The runs of backticks of a text, each with the next run of the same
/// length: a code span's closer is found in constant time.
pub struct Ticks {
    /// (offset, length, index of the next run of that length)
    runs: Vec<(usize, usize, Option<usize>)>,
    cursor: usize,
}

impl Ticks {
    pub fn of(b: &[u8]) -> Ticks {
        let mut runs: Vec<(usize, usize, Option<usize>)> = Vec::new();
        let mut i = 0;
        while let Some(k) = memchr::memchr(b'`', &b[i..]) {
            let at = i + k;
            let n = run(b, at, b.len(), b'`');
            runs.push((at, n, None));
            i = at + n;
        }
        let mut last: FxHashMap<usize, usize> = FxHashMap::default();
        for k in (0..runs.len()).rev() {
            runs[k].2 = last.insert(runs[k].1, k);
        }
        Ticks { runs, cursor: 0 }
    }

    /// The offset of the run that closes the one at `at` (of length `n`).
    /// Asked in increasing order of `at`.
    pub fn closing(&mut self, at: usize, n: usize) -> Option<usize> {
        while self.runs.get(self.cursor).is_some_and(|r| r.0 < at) {
            self.cursor += 1;
        }
        let run = self
            .runs
            .get(self.cursor)
            .filter(|r| r.0 == at && r.1 == n)?;
        run.2.map(|k| self.runs[k].0)
    }
}

/// White space inside a link's brackets: spaces, tabs, a line break.
fn past_space(b: &[u8], mut j: usize, limit: usize) -> usize {
    while j < limit && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r') {
        j += 1;
    }
    j
}

/// `(dest "title")` at `at` (its `(`): the end and the destination.
pub fn inline_dest(b: &[u8], at: usize, limit: usize) -> Option<(usize, Range<usize>)> {
    let mut j = past_space(b, at + 1, limit);
    let dest;
    if j < limit && b[j] == b'<' {
        let k = b[j + 1..limit.min(j + 1 + MAX_DEST)]
            .iter()
            .position(|&c| matches!(c, b'>' | b'<' | b'\n' | b'\r'))
            .map(|k| j + 1 + k)
            .filter(|&k| b[k] == b'>')?;
        dest = j + 1..k;
        j = k + 1;
    } else {
        let start = j;
        let mut depth = 0usize;
        while j < limit {
            match b[j] {
                c if c.is_ascii_whitespace() || c.is_ascii_control() => break,
                b'\\' => j += 1,
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                _ => {}
            }
            j += 1;
            if j - start > MAX_DEST || depth > 32 {
                return None;
            }
        }
        if depth != 0 || j > limit {
            return None;
        }
        dest = start..j;
    }
    let spaced = j;
    j = past_space(b, j, limit);
    if j > spaced
        && j < limit
        && let Some(close) = match b[j] {
            b'"' => Some(b'"'),
            b'\'' => Some(b'\''),
            b'(' => Some(b')'),
            _ => None,
        }
    {
        let k = b[j + 1..limit.min(j + 1 + MAX_LABEL)]
            .iter()
            .position(|&c| c == close)
            .map(|k| j + 1 + k)?;
        j = past_space(b, k + 1, limit);
    }
    (j < limit && b[j] == b')').then_some((j + 1, dest))
}

/// `<https://…>` or `<naam@example.nl>` at `i`: its end.
pub fn autolink(b: &[u8], i: usize, limit: usize) -> Option<usize> {
    let limit = limit.min(i + MAX_DEST);
    let end = b[i + 1..limit]
        .iter()
        .position(|&c| matches!(c, b'>' | b'<') || c.is_ascii_whitespace() || c.is_ascii_control())
        .map(|k| i + 1 + k)
        .filter(|&k| b[k] == b'>')?;
    let inner = &b[i + 1..end];
    let scheme = inner.iter().position(|&c| c == b':').filter(|&n| {
        (2..=32).contains(&n)
            && inner[0].is_ascii_alphabetic()
            && inner[..n]
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
    });
    let email = || {
        let at = inner.iter().position(|&c| c == b'@')?;
        let (local, domain) = (&inner[..at], &inner[at + 1..]);
        (!local.is_empty()
            && local
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&c))
            && domain.contains(&b'.')
            && domain
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.')))
        .then_some(())
    };
    (scheme.is_some() || email().is_some()).then_some(end + 1)
}

/// A character reference at `i` ("&amp;", "&#8217;", "&#x2019;"): its end
/// and the character, when it is one the clean text may show.
pub fn reference(s: &str, i: usize, limit: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let semi = b[i + 1..limit.min(i + 12)]
        .iter()
        .position(|&c| c == b';')
        .map(|k| i + 1 + k)?;
    let name = &s[i + 1..semi];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = name.strip_prefix('#')?;
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) if !hex.is_empty() && hex.len() <= 6 => u32::from_str_radix(hex, 16),
                None if !num.is_empty() && num.len() <= 7 => num.parse(),
                _ => return None,
            }
            .ok()?;
            char::from_u32(n)
                .filter(|&c| c != '\0' && !c.is_whitespace() && control_picture(c).is_none())?
        }
    };
    Some((semi + 1, c))
}
