//! File names as text: bytes that are not UTF-8 are shown as `\xFF` escapes
//! instead of being replaced, so two names that differ only there still read
//! differently (and the name can be typed back into a shell as `$'\xFF'`).

use std::ffi::OsStr;

/// `name` as text, every byte that is not part of valid UTF-8 written `\xHH`.
pub fn escaped(name: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::with_capacity(name.len());
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn invalid_bytes_are_escaped_and_valid_text_kept() {
        use std::os::unix::ffi::OsStrExt;
        let name = OsStr::from_bytes(b"nota \xFF\xFEe\xCC.txt");
        assert_eq!(escaped(name), "nota \\xFF\\xFEe\\xCC.txt");
        assert_eq!(escaped(OsStr::new("Oekraïne.txt")), "Oekraïne.txt");
    }
}
