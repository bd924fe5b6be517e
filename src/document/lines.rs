//! Splitting text into lines that remember where they are: the unit every
//! parser works on. Handles `\n`, `\r\n` and lone `\r` line ends.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The whole line without its line end.
    pub full: Range<usize>,
    /// The line without leading and trailing white space.
    pub content: Range<usize>,
    /// The line starts with white space before its content. In PDF extracts of
    /// Kamerbrieven this marks the first line of a new page.
    pub indented: bool,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.content.clone()]
    }
}

pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 60 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(make_line(text, start..i));
                start = i + 1;
            }
            b'\r' => {
                lines.push(make_line(text, start..i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(make_line(text, start..bytes.len()));
    }
    lines
}

fn make_line(text: &str, full: Range<usize>) -> Line {
    let s = &text[full.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    let content = if trimmed.is_empty() {
        full.end..full.end
    } else {
        let start = full.start + lead;
        start..start + trimmed.len()
    };
    Line {
        indented: lead > 0 && !trimmed.is_empty(),
        full,
        content,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_crlf_lone_cr_and_indent() {
        let t = "a b \r\n  c\rd\n\n";
        let l = split_lines(t);
        assert_eq!(l.len(), 4);
        assert_eq!(l[0].text(t), "a b");
        assert!(l[1].indented);
        assert_eq!(l[1].text(t), "c");
        assert_eq!(l[2].text(t), "d");
        assert!(l[3].is_blank());
    }
}
