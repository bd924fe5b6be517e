//! Writing text that a terminal or a script reads safely. File names, ids,
//! titles and the fields of a shared marks file are untrusted: they may hold
//! escape sequences that would set the clipboard or the window title.
//!
//! - [`inert`]: control characters (C0 but newline and tab, DEL, C1, bidi
//!   controls) as the visible pictures the reader shows, for plain text.
//! - [`json`]: a pretty JSON writer that also escapes DEL, C1, bidi controls
//!   and the line separators as `\uXXXX`, so JSON is inert too and parses to
//!   the same value.

pub mod inert;
pub mod json;
