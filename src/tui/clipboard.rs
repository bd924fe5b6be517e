//! `y`: the passage at the reading cursor (the selection, or else the
//! sentence under the cursor or at the top of the view: what `m` marks) with
//! its citation ([`crate::document::citation`]), to the system clipboard.
//!
//! The clipboard is reached through the terminal, with OSC 52
//! (`ESC ] 52 ; c ; <base64> ESC \`): it works over ssh and needs no
//! clipboard program. The app only builds the sequence and keeps it in
//! [`App::clipboard`]; the event loop, which owns the terminal, writes it
//! after the next draw. The document's text travels in base64 only, so
//! nothing in it can act on the terminal.
//!
//! A terminal that does not take OSC 52 ignores it. Inside tmux it reaches
//! the outer terminal only with `set -g set-clipboard on`.

use super::app::App;
use crate::corpus::Entry;
use crate::document::citation::{Citation, cited_passage};
use crate::output::inert::inert_line;
use base64::Engine;

/// The most text `y` copies, in bytes (before base64). A longer passage is
/// not copied, and the status bar says so: a passage cut short under a
/// citation would misquote, and terminals drop or choke on very long OSC 52
/// sequences (tmux, for one, has a limit).
pub const MAX_COPY: usize = 100 * 1024;

/// The OSC 52 sequence that puts `text` on the clipboard: printable ASCII
/// between its ESC-led opening and closing, whatever `text` holds.
pub fn osc52(text: &str) -> String {
    let data = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{data}\x1b\\")
}

impl App {
    /// `y`: copies the passage with its citation, or says why not.
    pub(super) fn copy_passage(&mut self) {
        let (top, visible) = self.in_view();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            self.message = Some("Nothing to copy here".into());
            return;
        };
        let cursor = &self.views[self.selected].cursor;
        let Some(range) = cursor.passage(doc, top, visible.as_ref()) else {
            self.message = Some("Nothing to copy here".into());
            return;
        };
        let Some(text) = cited_passage(doc, range.clone()) else {
            self.message = Some("Nothing to copy here".into());
            return;
        };
        if text.len() > MAX_COPY {
            self.message = Some(format!(
                "Not copied: {} KB is more than the {} KB a copy may hold; select less",
                text.len().div_ceil(1024),
                MAX_COPY / 1024
            ));
            return;
        }
        let words = doc.clean[range.clone()].split_whitespace().count();
        let citation = Citation::of(doc, range);
        let place: Vec<String> = [citation.section.clone(), citation.page_label()]
            .into_iter()
            .flatten()
            .map(|s| inert_line(&s).into_owned())
            .collect();
        let place = if place.is_empty() {
            String::new()
        } else {
            format!(" ({})", place.join(", "))
        };
        self.requests.clipboard = Some(osc52(&text));
        self.message = Some(format!(
            "Copied {words} word{} with citation{place} to the clipboard",
            if words == 1 { "" } else { "s" }
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(seq: &str) -> String {
        let data = seq
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix("\x1b\\"))
            .expect("an OSC 52 sequence");
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64");
        String::from_utf8(bytes).expect("UTF-8")
    }

    #[test]
    fn the_sequence_carries_the_text_in_base64_only() {
        // Escapes, a bell and a C1 control in the text must not reach the
        // terminal as they are.
        let text = "Oekraïne — MH17 · p. 8\n\x1b]52;c;aGk=\x07\u{9b}2J";
        let seq = osc52(text);
        assert_eq!(decode(&seq), text);
        let inner = &seq["\x1b]52;c;".len()..seq.len() - 2];
        assert!(
            inner
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='),
            "{seq:?}"
        );
        assert_eq!(osc52(""), "\x1b]52;c;\x1b\\");
    }
}
