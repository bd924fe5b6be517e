//! Grouping lines into paragraphs and folded runs, in reading order. A blank
//! line or a page break ends a paragraph unless the text plainly runs on (no
//! sentence end before, a lower-case word after); folded lines and footnotes that
//! interrupt a paragraph are set aside and emitted after it.

use super::reflow::{ends_in_cut_code, ends_sentence, starts_lowercase};
use crate::document::FoldReason;
use crate::document::lines::Line;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Para(Vec<usize>),
    Folded {
        lines: Vec<usize>,
        reason: FoldReason,
    },
}

/// Bullets that open a list item: the usual ones, and the private-use code
/// points of Word's Symbol and Wingdings bullets as extractors print them.
const BULLETS: &[char] = &[
    '•', '▪', '◦', '➢', '❖', '✓', '→', '●', '■', '*', '-', '\u{F0B7}', '\u{F0A7}', '\u{F0D8}',
];

/// A line that starts with a bullet and a space ("• Voor meer …", "- In 2040 …").
/// An en dash is left out: it also opens a line inside a sentence ("– zoals
/// gezegd –").
pub fn starts_list_item(line: &str) -> bool {
    let mut cs = line.trim_start().chars();
    cs.next().is_some_and(|c| BULLETS.contains(&c)) && cs.next().is_some_and(char::is_whitespace)
}

/// Whether a line opens with an item's number: "1. ", "12) ".
fn starts_numbered_item(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
        && t[digits + 2..].starts_with(|c: char| c.is_alphabetic())
}

pub struct Grouper<'a> {
    text: &'a str,
    lines: &'a [Line],
    /// Every line is a paragraph of its own (news scraped one paragraph a line).
    line_per_paragraph: bool,
    items: Vec<Item>,
    current: Option<Vec<usize>>,
    after: Vec<Item>,
    gap_blank: bool,
    gap_page: bool,
    /// The widest body line so far, in characters: the measure of a
    /// one-line list item, whose own paragraph has no other line.
    widest: usize,
}

impl<'a> Grouper<'a> {
    pub fn new(text: &'a str, lines: &'a [Line], line_per_paragraph: bool) -> Self {
        Self {
            text,
            lines,
            line_per_paragraph,
            items: Vec::new(),
            current: None,
            after: Vec::new(),
            gap_blank: false,
            gap_page: false,
            widest: 0,
        }
    }

    pub fn blank(&mut self) {
        self.gap_blank = true;
    }

    pub fn page_break(&mut self) {
        self.gap_page = true;
    }

    pub fn folded(&mut self, line: usize, reason: FoldReason) {
        // Folded lines of a letter (a sidebar) run together; in one-paragraph-
        // a-line news every line is an item of its own.
        self.push_folded(line, reason, !self.line_per_paragraph);
    }

    /// A folded line that goes on the folded item before it (a site's menu,
    /// one item a line, is one folded block even where every other line is
    /// a paragraph of its own).
    pub fn folded_on(&mut self, line: usize, reason: FoldReason) {
        self.push_folded(line, reason, true);
    }

    /// Adds a folded line, to the folded item before it when `join` and the
    /// reasons agree, else as an item of its own.
    fn push_folded(&mut self, line: usize, reason: FoldReason, join: bool) {
        let target = if self.current.is_some() {
            &mut self.after
        } else {
            &mut self.items
        };
        if let Some(Item::Folded { lines, reason: r }) = target.last_mut()
            && *r == reason
            && join
        {
            lines.push(line);
            return;
        }
        target.push(Item::Folded {
            lines: vec![line],
            reason,
        });
    }

    pub fn body(&mut self, line: usize) {
        let this = self.lines[line].text(self.text);
        let join = match &self.current {
            None => false,
            Some(_) if self.line_per_paragraph => false,
            // A bullet opens a list item of its own.
            Some(_) if starts_list_item(this) => false,
            Some(cur) => {
                let prev = self.lines[*cur.last().unwrap()].text(self.text);
                let first = self.lines[cur[0]].text(self.text);
                // A numbered item after a lead-in's colon or an item's
                // semicolon ("afgesproken:" / "1. Windesheim start …"), and
                // a capital after a numbered item's full stop (the list has
                // ended: "… Lerarenpool Zwolle." / "Uit het Programma …"),
                // open paragraphs of their own.
                let item_opens =
                    starts_numbered_item(this) && prev.trim_end().ends_with([':', ';']);
                let list_ends = starts_numbered_item(first)
                    && prev.trim_end().ends_with('.')
                    && this.trim_start().starts_with(char::is_uppercase)
                    && !starts_numbered_item(this);
                if item_opens || list_ends {
                    self.gap_blank = false;
                    self.gap_page = false;
                    self.widest = self.widest.max(this.trim().chars().count());
                    self.close();
                    self.current = Some(vec![line]);
                    return;
                }
                let lifted = self.gap_page || !self.after.is_empty();
                let ends = ends_sentence(prev) && !ends_in_cut_code(prev);
                match (self.gap_blank, self.gap_page) {
                    (false, false) => !self.ends_short(cur, prev, this),
                    (false, true) => !ends,
                    (true, _) => {
                        !ends
                            && (starts_lowercase(this)
                                || (lifted && self.runs_on_over_furniture(cur, prev, this)))
                    }
                }
            }
        };
        self.gap_blank = false;
        self.gap_page = false;
        self.widest = self.widest.max(this.trim().chars().count());
        if join {
            self.current.as_mut().unwrap().push(line);
        } else {
            self.close();
            self.current = Some(vec![line]);
        }
    }

    /// Whether a paragraph interrupted by a page break or by lines set aside
    /// (a sidebar's "Ons kenmerk", a page's footer) runs on into `this`
    /// although it starts with a capital or a digit: `prev` ends in a word broken at a
    /// hyphen ("drs. M.L. van Bommel-" / "Timmermans"), or is a full line of
    /// the paragraph (as long as its longest, and not short) with no
    /// sentence's end ("… Natuurmonumenten en Het Geldersch" / "Landschap
    /// sinds 2021", "… Ondernemend Nederland" / "(RVO) zijn", "… verklaard
    /// (ECLI:NL:RVS:" / "2027:1187). De"). A short line
    /// without a full stop is a paragraph's end (a list's item, a
    /// heading-like line), and a new paragraph after it stays one.
    fn runs_on_over_furniture(&self, cur: &[usize], prev: &str, this: &str) -> bool {
        let first = this.trim_start().chars().next();
        if !first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '(')
            || starts_list_item(this)
        {
            return false;
        }
        let prev = prev.trim_end();
        let mut tail = prev.chars().rev();
        let broken = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
        let width = |l: &usize| self.lines[*l].text(self.text).trim().chars().count();
        let longest = cur.iter().map(width).max().unwrap_or(0);
        let prev_width = prev.trim_start().chars().count();
        broken || (prev_width >= 50 && prev_width * 10 >= longest * 9)
    }

    /// Whether a paragraph ends at `prev` though no blank line follows (some
    /// extractors print none): `prev` ends a sentence, `this` starts with a
    /// capital, and `this`'s first word would have fitted on `prev`'s line
    /// with room to spare (`prev`, a space and the word under nine tenths
    /// of the paragraph's longest line, itself a full line of 50 characters
    /// or more). A line that wraps inside a paragraph is broken because the
    /// next word did not fit; the tenth is room for a proportional font's
    /// letters, which a count of characters does not see. A list item of
    /// one line is measured against the widest body line so far.
    fn ends_short(&self, cur: &[usize], prev: &str, this: &str) -> bool {
        let this = this.trim_start();
        if !ends_sentence(prev) || !this.starts_with(char::is_uppercase) {
            return false;
        }
        let width = |l: &usize| self.lines[*l].text(self.text).trim().chars().count();
        let longest = match cur {
            [] => return false,
            [only] if starts_list_item(self.lines[*only].text(self.text)) => self.widest,
            [_] => return false,
            _ => cur.iter().map(width).max().unwrap_or(0),
        };
        let prev_width = prev.trim().chars().count();
        let next_word = this.split(' ').next().unwrap_or("").chars().count();
        longest >= 50 && (prev_width + 1 + next_word) * 10 < longest * 9
    }

    /// Ends the open paragraph, as a heading or other fixed boundary does.
    pub fn close(&mut self) {
        if let Some(p) = self.current.take() {
            self.items.push(Item::Para(p));
        }
        self.items.append(&mut self.after);
    }

    pub fn finish(mut self) -> Vec<Item> {
        self.close();
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items() {
        assert!(starts_list_item("• Voor meer productgroepen"));
        assert!(starts_list_item("- In 2040 is de ziektelast"));
        assert!(starts_list_item("\u{F0B7} Inzet op data"));
        // Counter-examples: a dash inside a sentence, a hyphenated word.
        assert!(!starts_list_item("– zoals gezegd – is dat"));
        assert!(!starts_list_item("-reductie van 2 Mton"));
        assert!(!starts_list_item("Voor meer"));
    }

    #[test]
    fn a_bullet_opens_a_paragraph() {
        let t = "De maatregelen:\n• Circulair uitvoeren van transities;\n• Opschaling van de regeling;\nen verder.\n";
        let lines = crate::document::lines::split_lines(t);
        let mut g = Grouper::new(t, &lines, false);
        for i in 0..lines.len() {
            g.body(i);
        }
        let items = g.finish();
        assert_eq!(
            items,
            vec![
                Item::Para(vec![0]),
                Item::Para(vec![1]),
                Item::Para(vec![2, 3])
            ]
        );
    }

    #[test]
    fn a_short_line_ending_a_sentence_ends_a_paragraph_without_a_blank_line() {
        // No blank lines (an interleaved extraction): the short last line
        // of a paragraph before a capital ends it.
        let t = "De kern van onze aanpak is dat zorgaanbieders in een regio de krapte niet
langer ieder voor zich oplossen.
De eerste resultaten zijn bemoedigend. In West-Brabant delen vier
ziekenhuizen een flexpool.
";
        let lines = crate::document::lines::split_lines(t);
        let mut g = Grouper::new(t, &lines, false);
        for i in 0..lines.len() {
            g.body(i);
        }
        assert_eq!(
            g.finish(),
            vec![Item::Para(vec![0, 1]), Item::Para(vec![2, 3])]
        );
        // Counter-examples: a full line that ends a sentence, a short line
        // without a sentence's end, a short line before a small letter.
        for t in [
            "De kern van onze aanpak is dat zorgaanbieders in een regio de krapte niet
langer ieder voor zich oplossen. Zij werken samen in een regionaal netwerk.
De eerste resultaten zijn bemoedigend.
",
            "De kern van onze aanpak is dat zorgaanbieders in een regio de krapte niet
langer ieder voor zich
De eerste resultaten zijn bemoedigend.
",
            "De kern van onze aanpak is dat zorgaanbieders in een regio de krapte niet
langer ieder voor zich oplossen.
de eerste resultaten zijn bemoedigend.
",
        ] {
            let lines = crate::document::lines::split_lines(t);
            let mut g = Grouper::new(t, &lines, false);
            for i in 0..lines.len() {
                g.body(i);
            }
            assert_eq!(g.finish(), vec![Item::Para(vec![0, 1, 2])], "{t}");
        }
    }

    fn grouped(t: &str) -> Vec<Item> {
        let lines = crate::document::lines::split_lines(t);
        let mut g = Grouper::new(t, &lines, false);
        for i in 0..lines.len() {
            g.body(i);
        }
        g.finish()
    }

    #[test]
    fn a_paragraph_ends_where_the_next_word_would_have_fitted() {
        // The last line is three quarters of the longest: "De" would have
        // fitted after it, so the line was ended, not wrapped.
        let t = "Het college van de gemeente heeft de bewoners van de wijk op 3 maart jl.
ingelicht over de plannen en de termijnen voor de bouw.
De bewoners hebben daarop een petitie aangeboden aan de gemeenteraad.
";
        assert_eq!(
            grouped(t),
            vec![Item::Para(vec![0, 1]), Item::Para(vec![2])]
        );
        // Counter-example: as long a line, but the next word is long and
        // would not have fitted: the line wrapped inside the paragraph.
        let t = "Het college van de gemeente heeft de bewoners van de wijk op 3 maart jl.
ingelicht over de plannen en de termijnen voor de bouw.
Informatievoorzieningsproblemen bleven daarbij helaas nog buiten beeld.
";
        assert_eq!(grouped(t), vec![Item::Para(vec![0, 1, 2])]);
        // A list item of one line ending a sentence is measured against the
        // widest line before it; one that fills the line runs on.
        let t = "Het college van de gemeente heeft de bewoners van de wijk op 3 maart jl.
ingelicht over drie projecten:
• de kering bij de haven.
Het waterschap begint in het voorjaar van 2028 met de uitvoering daarvan.
";
        assert_eq!(grouped(t).last(), Some(&Item::Para(vec![3])));
        let t = "Het college van de gemeente heeft de bewoners van de wijk op 3 maart jl.
ingelicht over drie projecten:
• de kering bij de haven, waarvan de bouw in het voorjaar begint met sloop.
Het waterschap begint in het voorjaar van 2028 met de uitvoering daarvan.
";
        assert_eq!(grouped(t).last(), Some(&Item::Para(vec![2, 3])));
    }

    /// Body lines 0..=1, a sidebar line set aside (2) after a blank line,
    /// then a blank line and body line 3.
    fn around_a_sidebar(t: &str) -> Vec<Item> {
        let lines = crate::document::lines::split_lines(t);
        let mut g = Grouper::new(t, &lines, false);
        g.body(0);
        g.body(1);
        g.blank();
        g.folded(2, FoldReason::Sidebar);
        g.blank();
        g.body(3);
        g.finish()
    }

    #[test]
    fn a_full_line_runs_on_over_a_sidebar_into_a_capital() {
        let t = "De herstelmaatregelen die de beheerders van de natuur samen met de provincie\nen met de boeren nemen, worden uitgevoerd door het Geldersch Landschap en Het\nOns kenmerk DGNVGW / 96531247\nNoord-Hollands Landschap sinds 2021.\n";
        let items = around_a_sidebar(t);
        assert_eq!(items[0], Item::Para(vec![0, 1, 3]));
        // A word broken at a hyphen runs on too, whatever its length.
        let t = "Dat heeft de voorzitter, drs. M.L. van Bommel-\nTimmermans, mij bevestigd. En dat zegt ook de heer Van der Berg-\nOns kenmerk DGNVGW / 96531247\nPietersen, de secretaris.\n";
        assert_eq!(around_a_sidebar(t)[0], Item::Para(vec![0, 1, 3]));
    }

    #[test]
    fn a_short_line_or_a_sentence_end_before_a_sidebar_ends_the_paragraph() {
        // A line much shorter than the paragraph's: its end.
        let t = "De herstelmaatregelen die de beheerders van de natuur samen met de provincie\nnemen werken\nOns kenmerk DGNVGW / 96531247\nNoord-Holland volgt later dit jaar met een eigen plan.\n";
        let items = around_a_sidebar(t);
        assert_eq!(items[0], Item::Para(vec![0, 1]));
        assert_eq!(items.last(), Some(&Item::Para(vec![3])));
        // A full line that ends a sentence.
        let t = "De herstelmaatregelen die de beheerders van de natuur samen met de provincie\nen met de boeren nemen, worden uitgevoerd door het Geldersch Landschap zelf.\nOns kenmerk DGNVGW / 96531247\nNoord-Holland volgt later dit jaar met een eigen plan.\n";
        assert_eq!(around_a_sidebar(t)[0], Item::Para(vec![0, 1]));
    }
}
