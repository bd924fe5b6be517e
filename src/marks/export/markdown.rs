//! The Markdown export: the marks grouped by document and section, each a
//! block quote of its passage with its label, reviewer, date and note, ready
//! to paste into a memo.

use super::{MarkView, ordered};
use crate::output::inert::inert_text;

/// Markdown ready to paste into a memo: a heading per document (title and
/// id), a sub-heading per section, each mark as a block quote of the passage
/// followed by its label, reviewer, date and note. Marks that could not be
/// placed close the text under "Could not be placed", with their quote.
///
/// Passages and notes are kept verbatim (they are text, and escaping would
/// show as backslashes when pasted into a word processor), except that a
/// note line Markdown would read as a heading, quote, fence or rule is
/// escaped so it cannot break the grouping. A note keeps its line breaks
/// (see [`push_note`]).
/// Titles and labels are escaped, as they sit inside headings and bold text.
/// Control characters but line feed, tab and CR LF line ends show as
/// pictures (␛, a lone CR as ␍), in every text export: a shared marks file
/// never drives the terminal.
pub fn markdown(views: &[MarkView]) -> String {
    let all = ordered(views);
    let mut out = String::from("# Review marks\n");
    if all.is_empty() {
        out.push_str("\nNo marks.\n");
        return out;
    }
    let mut last_doc: Option<&str> = None;
    let mut last_section: Option<Option<&str>> = None;
    for v in all.iter().filter(|v| !v.orphaned) {
        let m = v.mark;
        if last_doc != Some(m.doc.as_str()) {
            out.push_str(&format!(
                "\n## {} — `{}`\n",
                escape_inline(&v.doc_title),
                m.doc
            ));
            last_doc = Some(&m.doc);
            last_section = None;
        }
        let section = v.section.as_deref();
        if last_section != Some(section) {
            let title = section.map_or_else(|| "(no section)".to_string(), escape_inline);
            out.push_str(&format!("\n### {title}\n"));
            last_section = Some(section);
        }
        push_mark(&mut out, v, false);
    }
    let orphans: Vec<&&MarkView> = all.iter().filter(|v| v.orphaned).collect();
    if !orphans.is_empty() {
        out.push_str("\n## Could not be placed\n");
        out.push_str(
            "\nThese passages are no longer in their documents; the marks are kept with their quote.\n",
        );
        for v in orphans {
            push_mark(&mut out, v, true);
        }
    }
    inert_text(&out).into_owned()
}

fn push_mark(out: &mut String, v: &MarkView, with_doc: bool) {
    let m = v.mark;
    out.push('\n');
    for line in m.quote.exact.trim().split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str(&format!("> {line}\n"));
        }
    }
    let mut meta = Vec::new();
    if !m.label.is_empty() {
        meta.push(format!("**{}**", escape_inline(&m.label)));
    }
    if let Some(pages) = &v.pages {
        meta.push(pages.clone());
    }
    meta.push(escape_inline(&m.reviewer));
    meta.push(date_of(&m.created).to_string());
    if with_doc {
        meta.push(format!("{} (`{}`)", escape_inline(&v.doc_title), m.doc));
    }
    out.push_str(&format!("\n{}\n", meta.join(" · ")));
    if !m.note.trim().is_empty() {
        out.push('\n');
        push_note(out, &m.note);
    }
}

/// A note as Markdown that keeps its lines: within a paragraph of the note
/// every line but the last ends in two spaces, Markdown's hard line break
/// (invisible when the text is pasted as it is, unlike a backslash); a blank
/// line stays a paragraph break. A line that Markdown would take for the
/// start of a heading, a quote, a code fence or (under a line of text) a
/// heading underline is escaped with a backslash, so a note cannot break
/// the grouping of the marks after it. Leading blank lines are dropped, and
/// runs of blank lines are one.
fn push_note(out: &mut String, note: &str) {
    let lines: Vec<&str> = note
        .trim_end()
        .lines()
        .map(str::trim_end)
        .skip_while(|l| l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            if i > 0 && !lines[i - 1].is_empty() {
                out.push('\n');
            }
            continue;
        }
        if starts_a_block(line) {
            // The backslash goes before the marker, after any indent.
            let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
            out.push_str(indent);
            out.push('\\');
            out.push_str(rest);
        } else {
            out.push_str(line);
        }
        if lines.get(i + 1).is_some_and(|next| !next.is_empty()) {
            out.push_str("  ");
        }
        out.push('\n');
    }
}

/// Whether Markdown would read a line of a note as more than text that
/// belongs to the note: a heading (`#`), a block quote (`>`), a code fence
/// (three backticks or tildes), or a line of `=`, `-`, `*` or `_` alone (a
/// heading underline or a rule). List items are left alone: a note may
/// hold a list, and it ends at the next mark's quote.
fn starts_a_block(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('#') || t.starts_with('>') || t.starts_with("```") || t.starts_with("~~~") {
        return true;
    }
    let marks: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    !marks.is_empty()
        && ['=', '-', '*', '_']
            .iter()
            .any(|&c| marks.chars().all(|x| x == c))
}

/// Escapes characters that Markdown would read as formatting inside a line.
fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // Headings and bold text are one line.
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The date part of an RFC 3339 timestamp ("2026-11-22T…" → "2026-11-22").
fn date_of(ts: &str) -> &str {
    ts.split('T').next().unwrap_or(ts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_keeps_its_line_breaks_and_cannot_break_the_grouping() {
        let mut out = String::new();
        push_note(&mut out, "eerste regel\ntweede regel");
        assert_eq!(out, "eerste regel  \ntweede regel\n");
        let mut out = String::new();
        push_note(
            &mut out,
            "\n\nkop\n---\n\n\n# geen kop\n> geen citaat\n```\n- een punt\n  * * *\n",
        );
        assert_eq!(
            out,
            "kop  \n\\---\n\n\\# geen kop  \n\\> geen citaat  \n\\```  \n- een punt  \n  \\* * *\n"
        );
    }
}
