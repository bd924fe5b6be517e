//! What the reader types, and the matcher it compiles to.
//!
//! A query is matched against a folded view of the text (see
//! [`super::folded`]), never against the clean text itself: the query is
//! folded the same way, so "oekraine", "Oekraïne" and "OEKRAÏNE" meet
//! "Oekraïne" halfway. Smart case picks the view: a query without a capital
//! letter searches the lower-cased view (case-insensitive), a query with one
//! the cased view (case-sensitive). Either way the pattern handed to the
//! regex crate is case-sensitive, so a literal query stays a plain literal,
//! which the regex crate finds with `memchr::memmem` — the reason for
//! folding the text beforehand rather than asking the regex for `(?i)`.
//!
//! Whole words follow ripgrep's `-w`: no word character (Unicode `\w`)
//! right before or right after the match. A hyphen is not a word character,
//! so "EU" is a whole word in "EU-landen"; "Kamer" is not one in
//! "Kamerstuk".

use super::case_marks::{CaseMarks, same_length_lower};
use super::folded::{FoldedText, View, fold, fold_char};
use regex::{Regex, RegexBuilder};
use std::fmt;
use std::ops::{ControlFlow, Range};
use std::sync::LazyLock;
use unicode_normalization::char::is_combining_mark;

/// A search as typed: the text and its options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub text: String,
    /// The text is a regular expression (regex crate syntax) instead of
    /// literal text.
    pub regex: bool,
    /// Matches must be whole words.
    pub whole_word: bool,
}

/// Why a query does not compile: one line, fit for a status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    message: String,
}

impl QueryError {
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QueryError {}

/// A compiled query. Cheap to clone (the regex is shared).
#[derive(Debug, Clone)]
pub struct Matcher {
    kind: Kind,
    view: View,
}

#[derive(Debug, Clone)]
enum Kind {
    /// An empty query (or one that folds to nothing): matches nothing.
    Nothing,
    /// Literal text: the regex is a plain literal (memmem); whole words are
    /// checked around each match here, which keeps the literal fast path.
    /// With a capital, `case` searches texts whose cased view is kept as
    /// case marks.
    Literal {
        regex: Regex,
        whole_word: bool,
        case: Option<CaseCheck>,
    },
    /// A regular expression (whole words are in the pattern).
    Regex(Regex),
}

/// A literal with a capital, for a text whose cased view is kept as the
/// lower view's capitals ([`CaseMarks`]): its lower form is found in the
/// lower view, and each place kept where the cased view holds its cased
/// form. The views share offsets there, and every place of the cased form
/// is a place of the lower form, so the places kept, taken from left to
/// right, are the cased view's own matches.
#[derive(Debug, Clone)]
struct CaseCheck {
    /// The lower form as a plain literal; `None` when the cased form has a
    /// character whose cases differ in length, which such a text never
    /// holds.
    lower: Option<Regex>,
    /// The cased form.
    cased: String,
}

impl Query {
    /// A literal query.
    pub fn literal(text: impl Into<String>) -> Self {
        Query {
            text: text.into(),
            ..Query::default()
        }
    }

    /// Compiles the query. Never panics: a bad regular expression is a
    /// [`QueryError`].
    pub fn compile(&self) -> Result<Matcher, QueryError> {
        let tokens = tokens(&self.text, self.regex);
        // Smart case: a capital letter anywhere in the text (in a regex: in
        // its literal characters, not in escapes such as \W or \p{Lu}).
        let capital = tokens.iter().any(|t| match t {
            Token::Literal(c, _) => {
                c.is_uppercase()
                    || fold(c.encode_utf8(&mut [0; 4]), View::Cased)
                        .chars()
                        .any(char::is_uppercase)
            }
            Token::Verbatim(_) => false,
        });
        let view = if capital { View::Cased } else { View::Lower };
        let nothing = Matcher {
            kind: Kind::Nothing,
            view,
        };
        if !self.regex {
            let folded = fold(&self.text, view);
            if folded.is_empty() {
                return Ok(nothing);
            }
            let regex = build(&regex::escape(&folded), &self.text)?;
            let case = match view {
                View::Lower => None,
                View::Cased => {
                    let aligned = folded
                        .chars()
                        .all(|c| same_length_lower(c, is_combining_mark).is_some());
                    let lower = fold(&self.text, View::Lower);
                    Some(CaseCheck {
                        lower: match aligned {
                            true => Some(build(&regex::escape(&lower), &self.text)?),
                            false => None,
                        },
                        cased: folded,
                    })
                }
            };
            return Ok(Matcher {
                kind: Kind::Literal {
                    regex,
                    whole_word: self.whole_word,
                    case,
                },
                view,
            });
        }
        if self.text.is_empty() {
            return Ok(nothing);
        }
        let mut pattern = String::with_capacity(self.text.len() + 32);
        for t in &tokens {
            match t {
                Token::Verbatim(s) => pattern.push_str(s),
                Token::Literal(c, in_class) => push_folded(&mut pattern, *c, *in_class, view),
            }
        }
        if self.whole_word {
            pattern = format!(r"\b{{start-half}}(?:{pattern})\b{{end-half}}");
        }
        Ok(Matcher {
            kind: Kind::Regex(build(&pattern, &self.text)?),
            view,
        })
    }
}

/// The regex for a folded pattern; errors speak of what the user typed.
fn build(pattern: &str, typed: &str) -> Result<Regex, QueryError> {
    // Quoted as typed (`\d`, not `\\d`), control characters escaped so the
    // message stays on one line.
    let typed: String = typed
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    RegexBuilder::new(pattern)
        // ^ and $ at line ends: in the clean text, at block ends.
        .multi_line(true)
        .build()
        .map_err(|e| QueryError {
            message: match &e {
                regex::Error::Syntax(s) => {
                    let why = s
                        .lines()
                        .find_map(|l| l.strip_prefix("error: "))
                        .unwrap_or("syntax error");
                    format!("invalid regex \"{typed}\": {why}")
                }
                regex::Error::CompiledTooBig(_) => {
                    format!("regex \"{typed}\" is too big to search with")
                }
                other => {
                    let first = other.to_string();
                    let first = first.lines().next().unwrap_or("").to_string();
                    format!("invalid regex \"{typed}\": {first}")
                }
            },
        })
}

/// Appends the folded form of a literal character of a regex pattern,
/// escaped. Outside a class a character that folds to several ("ﬁ") is
/// grouped so a quantifier after it applies to all of them; inside a class
/// only a one-character fold can stand in for it (else it stays as typed).
fn push_folded(pattern: &mut String, c: char, in_class: bool, view: View) {
    let mut f = String::new();
    fold_char(c, view, &mut f);
    let one = f.chars().count() == 1;
    if in_class {
        let c = if one { &f } else { &*c.to_string() };
        pattern.push_str(&regex::escape(c));
    } else if one {
        pattern.push_str(&regex::escape(&f));
    } else {
        pattern.push_str("(?:");
        pattern.push_str(&regex::escape(&f));
        pattern.push(')');
    }
}

/// A piece of a query: a literal character (to fold; `true` inside a
/// character class), or regex syntax to keep as typed.
#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    Literal(char, bool),
    Verbatim(&'a str),
}

/// Splits a query into literal characters and regex syntax. Syntax is kept
/// as typed because folding it would change its meaning: lower-casing `\W`,
/// `\P{..}` or `(?U)` inverts them. The split need not judge validity: the
/// regex crate does that afterwards.
fn tokens(text: &str, regex: bool) -> Vec<Token<'_>> {
    if !regex {
        return text.chars().map(|c| Token::Literal(c, false)).collect();
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut class_depth = 0usize;
    // Byte offset just past the `[` or `[^` that opened the innermost class:
    // a `]` there is a literal.
    let mut class_open = usize::MAX;
    let char_at = |i: usize| text[i..].chars().next().expect("char boundary");
    // Up to the first `close` byte at or after `from`, inclusive.
    let through = |from: usize, close: u8| {
        b[from..]
            .iter()
            .position(|&x| x == close)
            .map_or(b.len(), |p| from + p + 1)
    };
    while i < b.len() {
        let start = i;
        match b[i] {
            b'\\' => {
                i += 1;
                if i < b.len() {
                    let e = char_at(i);
                    i += e.len_utf8();
                    match e {
                        'p' | 'P' | 'x' | 'u' | 'U' | 'b' | 'B' if b.get(i) == Some(&b'{') => {
                            i = through(i, b'}');
                        }
                        'p' | 'P' if i < b.len() => i += char_at(i).len_utf8(),
                        'x' | 'u' | 'U' => {
                            let max = match e {
                                'x' => 2,
                                'u' => 4,
                                _ => 8,
                            };
                            i += b[i..]
                                .iter()
                                .take(max)
                                .take_while(|x| x.is_ascii_hexdigit())
                                .count();
                        }
                        _ => {}
                    }
                }
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'[' if class_depth > 0 && b.get(i + 1) == Some(&b':') => {
                // [:alpha:]
                let end = text[i..].find(":]").map_or(b.len(), |p| i + p + 2);
                i = end;
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'[' => {
                class_depth += 1;
                i += 1;
                if b.get(i) == Some(&b'^') {
                    i += 1;
                }
                class_open = i;
                out.push(Token::Verbatim(&text[start..i]));
            }
            b']' if class_depth > 0 && i != class_open => {
                class_depth -= 1;
                i += 1;
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'-' | b'&' | b'~' if class_depth > 0 => {
                i += 1;
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'(' if class_depth == 0 && b.get(i + 1) == Some(&b'?') => {
                // Flags or a group name: (?i), (?x-u:, (?P<name>, (?<name>.
                let named = text[i + 2..].starts_with("P<") || text[i + 2..].starts_with('<');
                i = if named {
                    through(i, b'>')
                } else {
                    b[i..]
                        .iter()
                        .position(|&x| x == b')' || x == b':')
                        .map_or(b.len(), |p| i + p + 1)
                };
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'{' if class_depth == 0 => {
                i = through(i, b'}');
                out.push(Token::Verbatim(&text[start..i]));
            }
            b'.' | b'^' | b'$' | b'|' | b'(' | b')' | b'*' | b'+' | b'?' if class_depth == 0 => {
                i += 1;
                out.push(Token::Verbatim(&text[start..i]));
            }
            _ => {
                let c = char_at(i);
                i += c.len_utf8();
                out.push(Token::Literal(c, class_depth > 0));
            }
        }
    }
    out
}

/// Unicode `\w`, as the regex crate has it, for the whole-word check of a
/// literal query: ASCII answered at once, other characters by the regex
/// crate itself so both kinds of query agree on what a word is.
fn is_word_char(c: char) -> bool {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\w\z").expect("valid"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    WORD.is_match(c.encode_utf8(&mut [0; 4]))
}

impl Matcher {
    /// The folded view this matcher searches (smart case).
    pub fn view(&self) -> View {
        self.view
    }

    /// True for an empty query: it matches nothing.
    pub fn matches_nothing(&self) -> bool {
        matches!(self.kind, Kind::Nothing)
    }

    /// Whether the query is a regex that can match empty text ("x*", "\b").
    /// Such matches are skipped, but finding the others then means a search
    /// from every character that does not start one: about a second for
    /// 50 MB, so a caller searching as the user types may want to wait.
    /// Found by probing the few contexts an empty match depends on (text
    /// edges, words, spaces, line ends).
    pub fn matches_empty(&self) -> bool {
        let Kind::Regex(regex) = &self.kind else {
            return false;
        };
        ["", "a", " ", "a a", "\n", "a\n", "\na", "0", "-"]
            .iter()
            .any(|probe| {
                let mut at = 0;
                while at <= probe.len() {
                    match regex.find_at(probe, at) {
                        Some(m) if m.is_empty() => return true,
                        Some(m) => at = m.end().max(at + 1),
                        None => break,
                    }
                }
                false
            })
    }

    /// The pattern given to the regex crate (folded; for diagnostics).
    pub fn pattern(&self) -> Option<&str> {
        match &self.kind {
            Kind::Nothing => None,
            Kind::Literal { regex, .. } | Kind::Regex(regex) => Some(regex.as_str()),
        }
    }

    /// Every match in the clean text: clean ranges on character boundaries,
    /// sorted, not overlapping, never empty.
    pub fn find_all(&self, folded: &FoldedText) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let _ = self.each_clean(folded, None, |r| {
            out.push(r);
            ControlFlow::Continue(())
        });
        out
    }

    /// The matches inside a clean range (a block), as clean ranges.
    pub fn find_in(&self, folded: &FoldedText, clean: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let _ = self.each_clean(folded, Some(clean), |r| {
            out.push(r);
            ControlFlow::Continue(())
        });
        out
    }

    /// How many matches there are in the whole text.
    pub fn count(&self, folded: &FoldedText) -> usize {
        let mut n = 0;
        let _ = self.each_clean(folded, None, |_| {
            n += 1;
            ControlFlow::Continue(())
        });
        n
    }

    /// Calls `f` with every match as a clean range, in order, until it
    /// breaks; `within` limits the search to a clean range. Allocates
    /// nothing per match.
    pub(crate) fn each_clean(
        &self,
        folded: &FoldedText,
        within: Option<Range<usize>>,
        mut f: impl FnMut(Range<usize>) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let view = self.view;
        // A literal with a capital in a text kept with case marks: its lower
        // form in the lower view, checked (the views share offsets and map).
        let check = match (&self.kind, folded.case_marks()) {
            (Kind::Literal { case: Some(c), .. }, Some(marks)) => Some((c, marks)),
            _ => None,
        };
        let text = match check {
            Some(_) => folded.text(View::Lower),
            None => folded.text(view),
        };
        let span = match within {
            Some(c) => folded.to_folded(view, c),
            None => 0..text.len(),
        };
        let mut cursor = folded.cursor(view);
        // Matches next to each other in the view can fall in one clean
        // character ("f" and "f" of "ﬀ"): they are merged into one.
        let mut pending: Option<Range<usize>> = None;
        self.each_folded(text, span, check, |r| {
            let start = cursor.offset(r.start, false);
            let end = cursor.offset(r.end, true);
            match &mut pending {
                Some(p) if start < p.end => p.end = p.end.max(end),
                _ => {
                    if let Some(p) = pending.replace(start..end) {
                        f(p)?;
                    }
                }
            }
            ControlFlow::Continue(())
        })?;
        match pending {
            Some(p) => f(p),
            None => ControlFlow::Continue(()),
        }
    }

    /// Calls `f` with every non-empty match in `text[span]`, as ranges of
    /// `text`. The text around the span counts for whole words.
    /// With `check`, `text` is the lower view of a text kept with case
    /// marks, and a literal's matches are those of its [`CaseCheck`].
    fn each_folded(
        &self,
        text: &str,
        span: Range<usize>,
        check: Option<(&CaseCheck, &CaseMarks)>,
        mut f: impl FnMut(Range<usize>) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let hay = &text[..span.end];
        match &self.kind {
            Kind::Nothing => ControlFlow::Continue(()),
            Kind::Literal {
                regex, whole_word, ..
            } => {
                let regex = match check {
                    None => regex,
                    Some((CaseCheck { lower: None, .. }, _)) => return ControlFlow::Continue(()),
                    Some((
                        CaseCheck {
                            lower: Some(lower), ..
                        },
                        _,
                    )) => lower,
                };
                // find_at keeps the search's start, so the iterator can
                // start mid-text without losing a lookbehind's context.
                let mut at = span.start;
                while let Some(m) = regex.find_at(hay, at) {
                    let cased =
                        check.is_none_or(|(c, marks)| marks.cased_is(text, m.range(), &c.cased));
                    let word = !*whole_word || {
                        let before = text[..m.start()].chars().next_back();
                        let after = text[m.end()..].chars().next();
                        before.is_none_or(|c| !is_word_char(c))
                            && after.is_none_or(|c| !is_word_char(c))
                    };
                    if cased && word {
                        f(m.range())?;
                        at = m.end();
                    } else {
                        // Not the cased form or not a word here; a later,
                        // overlapping one may be.
                        at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                    }
                }
                ControlFlow::Continue(())
            }
            Kind::Regex(regex) => {
                let mut at = span.start;
                while at <= hay.len() {
                    let Some(m) = regex.find_at(hay, at) else {
                        break;
                    };
                    if m.is_empty() {
                        // Empty matches show nothing: step over a character.
                        at = m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8);
                        continue;
                    }
                    f(m.range())?;
                    at = m.end();
                }
                ControlFlow::Continue(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(q: &Query, text: &str) -> Vec<String> {
        let f = FoldedText::new(text);
        let m = q.compile().unwrap();
        m.find_all(&f)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    fn lit(s: &str) -> Query {
        Query::literal(s)
    }

    fn re(s: &str) -> Query {
        Query {
            text: s.into(),
            regex: true,
            whole_word: false,
        }
    }

    #[test]
    fn diacritics_never_matter() {
        let t = "Oekraïne, OEKRAÏNE en oekraine; geëist";
        assert_eq!(
            find(&lit("oekraine"), t),
            ["Oekraïne", "OEKRAÏNE", "oekraine"]
        );
        assert_eq!(
            find(&lit("oekraïne"), t),
            ["Oekraïne", "OEKRAÏNE", "oekraine"]
        );
        assert_eq!(find(&lit("Oekraïne"), t), ["Oekraïne"]);
        assert_eq!(find(&lit("Oekraine"), t), ["Oekraïne"]);
        assert_eq!(find(&lit("geeist"), t), ["geëist"]);
    }

    #[test]
    fn smart_case() {
        let t = "Rutte zei: rutte. NAVO, navo.";
        assert_eq!(find(&lit("rutte"), t), ["Rutte", "rutte"]);
        assert_eq!(find(&lit("Rutte"), t), ["Rutte"]);
        assert_eq!(find(&lit("NAVO"), t), ["NAVO"]);
        assert_eq!(lit("navo").compile().unwrap().view(), View::Lower);
        // Escapes are not capitals; literal capitals in a regex are.
        assert_eq!(re(r"\W\p{Lu}").compile().unwrap().view(), View::Lower);
        assert_eq!(re(r"(?U)a+").compile().unwrap().view(), View::Lower);
        assert_eq!(re(r"R.tte").compile().unwrap().view(), View::Cased);
    }

    #[test]
    fn whole_words() {
        let w = |s: &str| Query {
            text: s.into(),
            regex: false,
            whole_word: true,
        };
        let t = "de Kamer, het Kamerstuk en de EU-landen; EU. _eu_ ëu";
        assert_eq!(find(&w("Kamer"), t), ["Kamer"]);
        assert_eq!(find(&w("EU"), t), ["EU", "EU"]);
        assert_eq!(find(&w("eu"), t), ["EU", "EU", "ëu"]);
        // A failed candidate does not hide an overlapping whole word.
        assert_eq!(find(&w("ab ab"), "xab ab ab"), ["ab ab"]);
        // Regex queries agree.
        let r = Query {
            text: "Kamer|EU".into(),
            regex: true,
            whole_word: true,
        };
        assert_eq!(find(&r, t), ["Kamer", "EU", "EU"]);
        // A letter with a diacritic is a word character.
        assert_eq!(find(&w("e"), "é e"), ["é", "e"]);
        assert_eq!(find(&w("u"), "ëu u"), ["u"]);
    }

    #[test]
    fn regex_queries_fold_their_literals_only() {
        let t = "in 2022 geëist, 1994 en Ωmega";
        assert_eq!(find(&re("[0-9]{4}"), t), ["2022", "1994"]);
        assert_eq!(find(&re(r"\d{4}"), t), ["2022", "1994"]);
        assert_eq!(find(&re("ge[ëe]ist"), t), ["geëist"]);
        assert_eq!(find(&re("g.eist"), t), ["geëist"]);
        assert_eq!(find(&re(r"\bω\w+"), t), ["Ωmega"]);
        assert_eq!(find(&re(r"\D{2}\d"), t), ["n 2", ", 1"]);
        assert_eq!(find(&re(r"(?P<Jaar>\d+)"), "1 22"), ["1", "22"]);
        assert_eq!(find(&re(r"[[:digit:]]+"), "a12b"), ["12"]);
        assert_eq!(find(&re(r"[]a]+"), "x]a]"), ["]a]"]);
        // A ligature in a pattern is grouped: "ﬁ+" means "(?:fi)+".
        assert_eq!(find(&re("ﬁ+"), "fifi fii"), ["fifi", "fi"]);
        // Empty matches are skipped.
        assert_eq!(find(&re("x*"), "axxb"), ["xx"]);
    }

    #[test]
    fn bad_regex_is_an_error_of_one_line() {
        for bad in ["(", "[a", "a{2", r"\p{Nope}", "*", "(?P<>a)", r"\"] {
            let e = re(bad).compile().unwrap_err();
            assert!(!e.to_string().contains('\n'), "{e}");
            assert!(e.to_string().contains("invalid regex"), "{e}");
        }
        assert_eq!(
            re("(").compile().unwrap_err().to_string(),
            "invalid regex \"(\": unclosed group"
        );
        // The same text as a literal is fine.
        assert_eq!(find(&lit("("), "a (b)"), ["("]);
    }

    #[test]
    fn regexes_that_match_empty_text_are_told() {
        for p in ["x*", r"\b", "^", "$", "a|", "(?:Oekraïne)?", r"\B"] {
            assert!(re(p).compile().unwrap().matches_empty(), "{p}");
        }
        for p in ["x+", r"\bx", "[0-9]{4}", "^a"] {
            assert!(!re(p).compile().unwrap().matches_empty(), "{p}");
        }
        assert!(!lit("x").compile().unwrap().matches_empty());
    }

    #[test]
    fn empty_queries_match_nothing() {
        assert!(lit("").compile().unwrap().matches_nothing());
        assert!(re("").compile().unwrap().matches_nothing());
        assert!(lit("\u{0301}").compile().unwrap().matches_nothing());
        assert_eq!(find(&lit(""), "abc"), Vec::<String>::new());
    }

    #[test]
    fn literals_stay_literals_for_the_fast_path() {
        let m = lit("Oekraïne (a.b)").compile().unwrap();
        assert_eq!(m.pattern(), Some(r"Oekraine \(a\.b\)"));
        assert_eq!(m.view(), View::Cased);
    }

    #[test]
    fn overlapping_folds_merge() {
        // "ﬀ" folds to "ff": two matches of "f" in one character.
        assert_eq!(find(&lit("f"), "aﬀb f"), ["ﬀ", "f"]);
    }

    #[test]
    fn find_in_a_range() {
        let t = "Oekraïne\nOekraïne\nOekraïne";
        let f = FoldedText::new(t);
        let m = lit("oekraine").compile().unwrap();
        let second = 10..19;
        assert_eq!(&t[second.clone()], "Oekraïne");
        assert_eq!(m.find_in(&f, second.clone()), vec![second]);
        assert_eq!(m.count(&f), 3);
    }

    #[test]
    fn tokens_keep_syntax_verbatim() {
        let t = tokens(r"\x{C9}\u00e9(?i:É)[^É-Ü]", true);
        assert_eq!(t[0], Token::Verbatim(r"\x{C9}"));
        assert_eq!(t[1], Token::Verbatim(r"\u00e9"));
        assert_eq!(t[2], Token::Verbatim("(?i:"));
        assert_eq!(t[3], Token::Literal('É', false));
        assert_eq!(t[6], Token::Literal('É', true));
    }
}
