//! Timestamps of marks read as points in time: a mark's `modified` decides
//! which version wins a merge, so it is compared in time, not as a string
//! ("12:00:00Z" sorts after "12:00:00.5Z" as text, and a file edited by hand
//! may hold any offset), and a change is stamped strictly after what it
//! replaces.

use super::clock;
use std::cmp::Ordering;

/// An RFC 3339 timestamp as (seconds since the epoch, nanoseconds).
fn parse_stamp(s: &str) -> Option<(i64, u32)> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) && !t.is_empty() {
            t.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut i = 19;
    let mut nanos: u32 = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let frac = &s[start..i];
        if frac.is_empty() {
            return None;
        }
        let digits: String = frac.chars().chain("000000000".chars()).take(9).collect();
        nanos = digits.parse().ok()?;
    }
    let offset_secs = match &s[i..] {
        "Z" | "z" => 0,
        off if off.len() == 6 && matches!(&off[..1], "+" | "-") && &off[3..4] == ":" => {
            let oh = num(i + 1..i + 3)?;
            let om = num(i + 4..i + 6)?;
            let sign = if off.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let days = days_from_civil(y, mo, d);
    Some((days * 86400 + h * 3600 + mi * 60 + sec - offset_secs, nanos))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Compares two timestamps in time; unreadable ones sort first (so a mark
/// with a readable time wins over a hand-mangled one), then as text.
pub fn compare_stamps(a: &str, b: &str) -> Ordering {
    parse_stamp(a).cmp(&parse_stamp(b)).then_with(|| a.cmp(b))
}

/// Now, or one millisecond after the latest of `previous` if the clock has
/// not moved past it (two changes in one millisecond, a clock set back): a
/// change must be strictly newer than what it replaces to win the merge.
pub(super) fn stamp_after<'a>(previous: impl IntoIterator<Item = &'a str>) -> String {
    let now = i64::try_from(clock::now_millis()).unwrap_or(i64::MAX);
    let latest = previous
        .into_iter()
        .filter_map(parse_stamp)
        .map(|(secs, nanos)| secs.saturating_mul(1000) + i64::from(nanos / 1_000_000))
        .max();
    let ms = match latest {
        Some(last) if last >= now => last + 1,
        _ => now,
    };
    clock::rfc3339_from_millis(u64::try_from(ms).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_compare_in_time() {
        assert_eq!(
            compare_stamps("2024-05-01T12:00:00.5Z", "2024-05-01T12:00:00Z"),
            Ordering::Greater
        );
        assert_eq!(
            parse_stamp("2024-05-01T14:00:00+02:00"),
            parse_stamp("2024-05-01T12:00:00Z")
        );
        assert!(parse_stamp("yesterday").is_none());
    }

    #[test]
    fn stamps_read_what_the_clock_writes() {
        for ms in [0, 951_782_400_001, 1_709_251_199_999, 1_795_361_188_210] {
            let (secs, nanos) = parse_stamp(&clock::rfc3339_from_millis(ms)).unwrap();
            assert_eq!(secs * 1000 + i64::from(nanos / 1_000_000), ms as i64);
        }
    }

    #[test]
    fn a_change_is_stamped_after_what_it_replaces() {
        let far = "2999-01-01T00:00:00.999Z";
        let s = stamp_after([far]);
        assert_eq!(s, "2999-01-01T00:00:01.000Z");
    }
}
