//! Timestamps and ids for marks, from the standard library alone.
//!
//! Owns the RFC 3339 rendering of UTC times (millisecond precision, always
//! `Z`, so timestamps compare correctly as plain strings — the store's merge
//! relies on that) and the mark ids, which must stay unique when several
//! reviewers, or several processes of one reviewer, create marks at once.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch, now. A clock set before 1970 reads as 0
/// rather than failing: a wrong timestamp is better than a lost mark.
pub fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// UTC now as `2026-11-22T15:04:05.123Z`.
pub fn now_rfc3339() -> String {
    rfc3339_from_millis(now_millis())
}

/// Today's date where the reviewer is, `YYYY-MM-DD`: the local time zone
/// (as `TZ` or the system says), UTC where it cannot be read. For names
/// people read (export files), never for timestamps, which stay UTC.
pub fn today_local() -> String {
    let ms = now_millis();
    local_date(ms / 1000).unwrap_or_else(|| rfc3339_from_millis(ms)[..10].to_string())
}

#[cfg(unix)]
fn local_date(secs: u64) -> Option<String> {
    let t = libc::time_t::try_from(secs).ok()?;
    // SAFETY: `tm` is plain data (integers and a pointer that
    // localtime_r sets); all zeroes is a valid value for it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: localtime_r reads `t` and writes only `tm`, both alive for
    // the call; it returns null on failure, checked below.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return None;
    }
    Some(format!(
        "{:04}-{:02}-{:02}",
        i64::from(tm.tm_year) + 1900,
        tm.tm_mon + 1,
        tm.tm_mday
    ))
}

#[cfg(not(unix))]
fn local_date(_secs: u64) -> Option<String> {
    None
}

/// A time in milliseconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
///
/// Always the same width (for years 0–9999) so that string order is time
/// order.
pub fn rfc3339_from_millis(ms: u64) -> String {
    let secs = ms / 1000;
    let millis = ms % 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Year, month (1–12) and day (1–31) of a day count since 1970-01-01, in the
/// proleptic Gregorian calendar. Howard Hinnant's `civil_from_days`: it works
/// in 400-year eras that start on 1 March, so the leap day is the last day of
/// the (shifted) year and needs no special case.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468; // days from 0000-03-01 to 1970-01-01
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // day of era, 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of (March-based) year
    let mp = (5 * doy + 2) / 153; // month, March = 0
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A new mark id: `<reviewer slug>-<unix millis base36>-<8 hex random>`.
pub fn new_id(reviewer: &str) -> String {
    new_id_at(reviewer, now_millis())
}

/// A new mark id for a mark created at `ms` (so the id and `created` can
/// share one reading of the clock).
///
/// The reviewer slug keeps two reviewers apart; the random part keeps apart
/// two processes of the same reviewer in the same millisecond, and a
/// per-process counter keeps apart two ids made in one process.
pub fn new_id_at(reviewer: &str, ms: u64) -> String {
    format!("{}-{}-{:08x}", slug(reviewer), base36(ms), random_u32())
}

/// The reviewer's name as lower-case ASCII letters, digits and single dashes
/// (diacritics dropped: "Jörg Müller" → "jorg-muller"), at most 32
/// characters; "anon" when nothing is left. Ids stay readable and safe in
/// file names, URNs and CSV.
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in name.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
            if out.len() >= 32 {
                break;
            }
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("anon");
    }
    out
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = Vec::new();
    loop {
        buf.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    buf.reverse();
    String::from_utf8(buf).unwrap_or_default()
}

/// The id's last part: a per-process random start plus a per-process
/// counter. Two ids made in one process therefore never share it (for 2^32
/// ids), and two processes start at random points of the 32-bit circle.
///
/// The start is 32 random bits without a random-number crate: `RandomState`
/// is seeded from the operating system's randomness once per process, and
/// we feed it the time in nanoseconds and the process id, so that two
/// processes differ even when they start in the same instant.
fn random_u32() -> u32 {
    static START: OnceLock<u32> = OnceLock::new();
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let start = *START.get_or_init(|| {
        let mut h = RandomState::new().build_hasher();
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        let x = h.finish();
        // Fold the high half in: both halves carry entropy.
        (x ^ (x >> 32)) as u32
    });
    start.wrapping_add(COUNTER.fetch_add(1, Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const DAY_MS: u64 = 86_400_000;

    #[test]
    fn epoch() {
        assert_eq!(rfc3339_from_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339_from_millis(999), "1970-01-01T00:00:00.999Z");
        assert_eq!(rfc3339_from_millis(DAY_MS - 1), "1970-01-01T23:59:59.999Z");
        assert_eq!(rfc3339_from_millis(DAY_MS), "1970-01-02T00:00:00.000Z");
    }

    #[test]
    fn known_dates() {
        // Values checked against `date -u -d @<secs>`.
        assert_eq!(
            rfc3339_from_millis(951_782_400_000),
            "2000-02-29T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(951_868_800_000),
            "2000-03-01T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(1_795_359_845_123),
            "2026-11-22T15:04:05.123Z"
        );
        // 1900 is not a leap year but 2000 is; 2100 is not.
        assert_eq!(
            rfc3339_from_millis(4_107_456_000_000),
            "2100-02-28T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(4_107_456_000_000 + DAY_MS),
            "2100-03-01T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(1_709_164_800_000),
            "2024-02-29T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(1_735_689_599_999),
            "2024-12-31T23:59:59.999Z"
        );
    }

    #[test]
    fn civil_matches_a_day_by_day_count() {
        // Walk every day from 1970 to 2100 and compare with a naive calendar.
        let (mut y, mut m, mut d) = (1970i64, 1u32, 1u32);
        for day in 0..(130 * 366) {
            assert_eq!(civil_from_days(day), (y, m, d), "day {day}");
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let len = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            d += 1;
            if d > len {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }

    #[test]
    fn now_is_well_formed() {
        let s = now_rfc3339();
        assert_eq!(s.len(), 24, "{s}");
        assert!(s.ends_with('Z') && s.as_bytes()[10] == b'T', "{s}");
        assert!(s.as_str() > "2020");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Jörg Müller"), "jorg-muller");
        assert_eq!(slug("  anne--de Vries "), "anne-de-vries");
        assert_eq!(slug("😀"), "anon");
        assert_eq!(slug(""), "anon");
        assert!(slug(&"x".repeat(100)).len() <= 32);
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let ms = 1_795_359_845_123;
        let id = new_id_at("Anne de Vries", ms);
        let parts: Vec<&str> = id.rsplitn(3, '-').collect();
        assert_eq!(parts[2], "anne-de-vries");
        assert_eq!(u64::from_str_radix(parts[1], 36), Ok(ms));
        assert_eq!(parts[0].len(), 8);
        assert!(parts[0].chars().all(|c| c.is_ascii_hexdigit()));

        // Many ids in the same millisecond, from several threads, never
        // collide: 200,000 of them, where 32 random bits alone would collide
        // with a probability of 99%.
        let handles: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(move || {
                    (0..50_000)
                        .map(|_| new_id_at("same", ms))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut seen = HashSet::new();
        for h in handles {
            for id in h.join().unwrap() {
                assert!(seen.insert(id.clone()), "duplicate {id}");
            }
        }
        assert_ne!(new_id("a"), new_id("b"));
    }
}
