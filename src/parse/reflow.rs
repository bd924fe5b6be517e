//! Reflowing PDF lines into paragraphs: how two lines join (space, dropped
//! hyphen, kept hyphen) and when two blocks of lines are one paragraph that a
//! page break, a footnote block or a sidebar interrupted.
//!
//! Line-end hyphens are decided by rules plus evidence from the document itself:
//! if the joined word ("reisadviezen") occurs elsewhere the hyphen goes; if only
//! the hyphenated form ("de-escalatie") does, it stays.

use crate::document::builder::{CleanBuilder, Joiner};
use crate::document::lines::Line;
use rustc_hash::FxHashSet as HashSet;

/// Words of the document, as evidence for hyphenation decisions. Only the
/// candidate words are collected, so building it is one pass over the text.
#[derive(Debug, Default)]
pub struct HyphenEvidence {
    seen: HashSet<String>,
}

impl HyphenEvidence {
    /// Collects which of the joined and hyphenated forms of every line-end
    /// hyphenation in `lines` occur somewhere in `text` as whole words.
    pub fn collect(text: &str, lines: &[Line]) -> Self {
        let mut wanted: HashSet<String> = HashSet::default();
        for w in lines.windows(2) {
            let (a, b) = (w[0].text(text), w[1].text(text));
            // Only where the rules leave it to the evidence.
            // (A line without a hyphen at its end never does.)
            if let Some(Ok((left, right))) = a.ends_with('-').then(|| by_rules(a, b)) {
                wanted.insert([left, right].concat().to_lowercase());
                wanted.insert([left, "-", right].concat().to_lowercase());
            }
        }
        if wanted.is_empty() {
            return Self::default();
        }
        if wanted.len() <= FEW_WANTED
            && wanted.iter().all(|w| w.is_ascii())
            && !text.contains('\u{212A}')
        {
            return Self::by_search(text, wanted);
        }
        Self::read_words(text, &wanted)
    }

    /// [`HyphenEvidence::collect`] by reading every word of the text once.
    fn read_words(text: &str, wanted: &HashSet<String>) -> Self {
        // The length, first and last byte of the wanted words that are
        // ASCII: an ASCII token without them is not looked up.
        let ascii_keys: HashSet<u32> = wanted
            .iter()
            .filter(|w| w.is_ascii())
            .map(|w| ascii_key(w.as_bytes()))
            .collect();
        let max = wanted.iter().map(String::len).max().unwrap_or(0);
        let mut seen = HashSet::default();
        let mut lower = String::new();
        for token in word_tokens(text) {
            let token = trim_hyphens(token);
            if token.len() > max + 8 || token.is_empty() {
                continue;
            }
            // Lower-casing can change the byte length; check both lengths.
            if token.is_ascii() {
                if ascii_keys.contains(&ascii_key(token.as_bytes())) {
                    // Into one buffer: most tokens are not wanted.
                    lower.clear();
                    lower.push_str(token);
                    lower.make_ascii_lowercase();
                    if wanted.contains(&lower) && !seen.contains(&lower) {
                        seen.insert(lower.clone());
                    }
                }
            } else {
                let lower = token.to_lowercase();
                if wanted.contains(&lower) {
                    seen.insert(lower);
                }
            }
        }
        Self { seen }
    }

    /// [`HyphenEvidence::collect`] for a few wanted words, all ASCII: all
    /// looked for at once (aho-corasick's packed searcher) in the text with
    /// its ASCII letters lower-cased (the same offsets), each taken where it
    /// is a whole word (no letter or digit
    /// beyond the hyphens around it). An ASCII word is one of the text's
    /// words in any case only so, as no character outside ASCII lower-cases
    /// into ASCII but the Kelvin sign, which the caller rules out.
    fn by_search(text: &str, wanted: HashSet<String>) -> Self {
        let lower = text.as_bytes().to_ascii_lowercase();
        let word_at = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let whole = |start: usize, end: usize| {
            let b = text.as_bytes();
            let before = b[..start]
                .iter()
                .rposition(|&x| x != b'-')
                .map_or(0, |i| i + 1);
            let after = b[end..]
                .iter()
                .position(|&x| x != b'-')
                .map_or(b.len(), |i| end + i);
            !word_at(text[..before].chars().next_back()) && !word_at(text[after..].chars().next())
        };
        // All at once, the longest at each place: a whole word is never
        // inside a longer match (that one starts with a letter, and only
        // letters and hyphens lie between).
        let wanted: Vec<String> = wanted.into_iter().collect();
        let searcher = aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(&wanted)
            .build();
        let Some(searcher) = searcher else {
            // No vector instructions for Teddy: read the words instead.
            return Self::read_words(text, &wanted.into_iter().collect());
        };
        let mut found = vec![false; wanted.len()];
        for m in searcher.find_iter(&lower) {
            if whole(m.start(), m.end()) {
                found[m.pattern().as_usize()] = true;
            }
        }
        let seen = wanted
            .into_iter()
            .zip(found)
            .filter_map(|(w, f)| f.then_some(w))
            .collect();
        Self { seen }
    }

    fn has(&self, word: &str) -> bool {
        self.seen.contains(&word.to_lowercase())
    }
}

/// Up to how many wanted words [`HyphenEvidence::collect`] looks each up
/// in the whole text rather than reading the text's words once.
const FEW_WANTED: usize = 64;

/// An ASCII word's length with its first and last byte lower-cased, as one
/// number (`word` is not empty).
fn ascii_key(word: &[u8]) -> u32 {
    let (first, last) = (word[0], word[word.len() - 1]);
    (word.len().min(0xFFFF) as u32) << 16
        | u32::from(first.to_ascii_lowercase()) << 8
        | u32::from(last.to_ascii_lowercase())
}

/// The runs of letters, digits and hyphens of `text`, in order: the
/// non-empty pieces of `text.split(|c: char| !(c.is_alphanumeric() || c ==
/// '-'))`. Read byte by byte, a character decoded only outside ASCII (every
/// line-end hyphen of a document looks through all its words).
fn word_tokens(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    // Whether the character at `i` is part of a word, and its length.
    let word_char = move |i: usize| -> (bool, usize) {
        match ASCII_WORD[usize::from(bytes[i])] {
            Ascii::Word => (true, 1),
            Ascii::Other => (false, 1),
            Ascii::Not => {
                let c = text[i..].chars().next().expect("at a char boundary");
                (c.is_alphanumeric(), c.len_utf8())
            }
        }
    };
    std::iter::from_fn(move || {
        // Past the characters between words.
        while at < bytes.len() {
            let (word, len) = word_char(at);
            if word {
                break;
            }
            at += len;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        // Runs of ASCII letters and digits without a call.
        loop {
            while at < bytes.len() && ASCII_WORD[usize::from(bytes[at])] == Ascii::Word {
                at += 1;
            }
            if at >= bytes.len() {
                break;
            }
            let (word, len) = word_char(at);
            if !word {
                break;
            }
            at += len;
        }
        Some(&text[start..at])
    })
}

/// `token` without hyphens at either end (`trim_matches('-')`, by bytes).
fn trim_hyphens(token: &str) -> &str {
    let b = token.as_bytes();
    let start = b.iter().position(|&x| x != b'-').unwrap_or(b.len());
    let end = b.iter().rposition(|&x| x != b'-').map_or(start, |e| e + 1);
    &token[start..end]
}

/// What a byte is to [`word_tokens`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ascii {
    /// An ASCII letter, digit or hyphen.
    Word,
    /// Any other ASCII character.
    Other,
    /// Part of a character outside ASCII.
    Not,
}

const ASCII_WORD: [Ascii; 256] = {
    let mut table = [Ascii::Not; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'-' {
            Ascii::Word
        } else {
            Ascii::Other
        };
        b += 1;
    }
    table
};

/// The word halves around a line-end hyphen: "reisad-" + "viezen …".
fn hyphen_halves<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    let stem = a.strip_suffix('-')?;
    let left = stem.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let right = b.split(|c: char| !c.is_alphabetic()).next()?;
    (!left.is_empty() && !right.is_empty()).then_some((left, right))
}

fn last_token(s: &str) -> &str {
    s.rsplit(char::is_whitespace).next().unwrap_or(s)
}

pub fn looks_like_url(token: &str) -> bool {
    token.contains("://")
        || token.starts_with("www.")
        || (token.contains('/') && token.contains('.'))
}

const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U'];

/// Dutch keeps a hyphen where two vowels would otherwise read as one sound:
/// "de-escalatie", "zee-egel", "auto-ongeluk".
fn vowel_clash(left: &str, right: &str) -> bool {
    let (Some(a), Some(b)) = (left.chars().last(), right.chars().next()) else {
        return false;
    };
    if !VOWELS.contains(&a) || !VOWELS.contains(&b) {
        return false;
    }
    let pair: String = [a.to_ascii_lowercase(), b.to_ascii_lowercase()]
        .iter()
        .collect();
    matches!(
        pair.as_str(),
        "aa" | "ee"
            | "oo"
            | "uu"
            | "ie"
            | "ei"
            | "eu"
            | "oe"
            | "ou"
            | "ui"
            | "au"
            | "ai"
            | "oi"
            | "ij"
    )
}

/// How line `a` joins the next line `b` of the same paragraph.
pub fn joiner(a: &str, b: &str, evidence: &HyphenEvidence) -> Joiner {
    let (left, right) = match by_rules(a, b) {
        Ok(halves) => halves,
        Err(decided) => return decided,
    };
    let joined = [left, right].concat();
    let hyphenated = [left, "-", right].concat();
    match (evidence.has(&joined), evidence.has(&hyphenated)) {
        (true, _) => Joiner::DropHyphen,
        (false, true) => Joiner::Glue,
        _ if vowel_clash(left, right) => Joiner::Glue,
        _ => Joiner::DropHyphen,
    }
}

/// How line `a` joins line `b` where the rules decide it, or the word
/// halves around the hyphen whose fate the document's own words decide
/// (the only halves [`HyphenEvidence::collect`] looks for).
fn by_rules<'a>(a: &'a str, b: &'a str) -> Result<(&'a str, &'a str), Joiner> {
    // A line ending in none of these joins with a space, address or not
    // (most lines: asked before the address is looked for).
    if !a.ends_with(['-', '/', '_', '=', '&', '?', '#', '.', '%']) {
        // "(ECLI:NL:RVS:" / "2027:1187)": a code goes on without a space.
        if ends_in_cut_code(a) && b.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(Joiner::Glue);
        }
        return Err(Joiner::Space);
    }
    let tail = last_token(a);
    if looks_like_url(tail) {
        return Err(
            if tail.ends_with(['-', '/', '_', '=', '&', '?', '#', '.', '%']) {
                Joiner::Glue
            } else {
                Joiner::Space
            },
        );
    }
    let Some(stem) = a.strip_suffix('-') else {
        return Err(Joiner::Space);
    };
    let Some(before) = stem.chars().last() else {
        return Err(Joiner::Space);
    };
    if before.is_whitespace() {
        return Err(Joiner::Space); // a dash, not a hyphen
    }
    let Some(first) = b.chars().next() else {
        return Err(Joiner::Space);
    };
    if !before.is_alphabetic() || !first.is_alphabetic() || first.is_uppercase() {
        return Err(Joiner::Glue);
    }
    // "Buitenland- en Veiligheidsbeleid", "land- of tuinbouw": a hyphen
    // for the part of a compound left out, before a conjunction, stays.
    let next_word = b.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if matches!(next_word, "en" | "of" | "tot" | "noch") {
        return Err(Joiner::Space);
    }
    let Some((left, right)) = hyphen_halves(a, b) else {
        return Err(Joiner::Glue);
    };
    if left.chars().count() >= 2 && left.chars().all(|c| c.is_uppercase()) {
        return Err(Joiner::Glue); // "NAVO-/bondgenoten"
    }
    // "Wlz-/indicatie", "Zvw-/premie": a left half without a vowel is no
    // syllable but an abbreviation, which keeps its hyphen.
    if !left
        .chars()
        .any(|c| VOWELS.contains(&c) || matches!(c, 'é' | 'ë' | 'è' | 'ï' | 'ö' | 'ü' | 'á' | 'à'))
    {
        return Err(Joiner::Glue);
    }
    // "REPowerEU-/routekaart": a word ending in a capital takes a hyphen
    // before a lower-case part (a syllable break never has one there).
    if left.chars().count() >= 2 && left.chars().last().is_some_and(char::is_uppercase) {
        return Err(Joiner::Glue);
    }
    // "directeur-/generaal", "secretarissen-/generaal": titles that Dutch
    // writes with a hyphen.
    if matches!(right, "generaal" | "generaals") {
        return Err(Joiner::Glue);
    }
    if super::name_hyphen::joins_surnames(a, b) {
        return Err(Joiner::Glue); // "Şahin-/van der Laan"
    }
    Ok((left, right))
}

/// Whether `line` ends in a code cut at its colon ("… verklaard
/// (ECLI:NL:RVS:" / "2027:1187)"): a last word with a colon inside it too,
/// which no clause's end has ("als volgt:", "Let op:").
pub fn ends_in_cut_code(line: &str) -> bool {
    let last = line.trim_end().rsplit(' ').next().unwrap_or("");
    last.strip_suffix(':')
        .is_some_and(|code| code.contains(':') && !code.ends_with(':'))
}

/// Ends a sentence or a clause that cannot run on into the next line.
pub fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '»', '\'', '’'])
}

/// `s` without a footnote marker glued to its sentence's end: "…
/// capaciteit.8" → "… capaciteit." (one to three digits right after a
/// sentence's closing mark; "artikel 8" and "in 2030" keep theirs).
pub fn without_glued_marker(s: &str) -> &str {
    let s = s.trim_end();
    let bare = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = s.len() - bare.len();
    if (1..=3).contains(&digits) && bare.ends_with(['.', '!', '?', '"', '”', '»', '\'', '’', ')'])
    {
        bare
    } else {
        s
    }
}

pub fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// What a parser makes blocks of: the text, its lines and the evidence for
/// undoing hyphens at line ends. Held once per parse, so that a block is one
/// short call.
pub struct LineSource<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    pub evidence: HyphenEvidence,
}

impl<'a> LineSource<'a> {
    /// The lines of a hard-wrapped text (a PDF's, an extractor's), with the
    /// evidence its own words give for the hyphens at line ends.
    pub fn new(text: &'a str, lines: &'a [Line]) -> Self {
        LineSource {
            text,
            lines,
            evidence: HyphenEvidence::collect(text, lines),
        }
    }

    /// The lines of a text whose lines are paragraphs (a web page's): no
    /// hyphen at a line end is a break.
    pub fn unwrapped(text: &'a str, lines: &'a [Line]) -> Self {
        LineSource {
            text,
            lines,
            evidence: HyphenEvidence::default(),
        }
    }
}

impl LineSource<'_> {
    /// One block of `kind` made of the lines numbered `which`, joined; its
    /// index.
    pub fn block(
        &self,
        b: &mut CleanBuilder<'_>,
        which: &[usize],
        kind: crate::document::BlockKind,
    ) -> usize {
        self.block_with(b, which, &[], kind)
    }

    /// [`LineSource::block`] with replacements (sorted text ranges) applied.
    pub fn block_with(
        &self,
        b: &mut CleanBuilder<'_>,
        which: &[usize],
        replacements: &[(std::ops::Range<usize>, String)],
        kind: crate::document::BlockKind,
    ) -> usize {
        let group: Vec<&Line> = which.iter().map(|&l| &self.lines[l]).collect();
        b.begin_block();
        push_lines(b, self.text, &group, &self.evidence, replacements);
        b.end_block(kind)
    }
}

/// Pushes the lines of one paragraph into the builder, joined, with the given
/// replacements (sorted text ranges) applied.
pub fn push_lines(
    b: &mut CleanBuilder<'_>,
    text: &str,
    lines: &[&Line],
    evidence: &HyphenEvidence,
    replacements: &[(std::ops::Range<usize>, String)],
) {
    for (i, line) in lines.iter().enumerate() {
        let mut content = line.content.clone();
        let join = lines
            .get(i + 1)
            .map(|next| (joiner(line.text(text), next.text(text), evidence), next));
        if let Some((Joiner::DropHyphen, _)) = join {
            content.end -= 1;
        }
        // Replacements are sorted: take only those inside this line.
        let from = replacements.partition_point(|(r, _)| r.start < content.start);
        let reps: Vec<_> = replacements[from..]
            .iter()
            .take_while(|(r, _)| r.start < content.end)
            .filter(|(r, _)| r.end <= content.end)
            .cloned()
            .collect();
        b.push_text(content.clone(), &reps);
        if let Some((j, next)) = join {
            b.push_join(j, content.end..next.content.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(a: &str, b: &str) -> Joiner {
        joiner(a, b, &HyphenEvidence::default())
    }

    #[test]
    fn a_code_cut_at_its_colon_ends_no_sentence() {
        assert!(ends_in_cut_code("ongegrond heeft verklaard (ECLI:NL:RVS:"));
        assert!(ends_in_cut_code("zie urn:nbn:"));
        // Counter-examples: a colon that opens a list, a time, a label.
        assert!(!ends_in_cut_code("Dit gaat als volgt:"));
        assert!(!ends_in_cut_code("Let op:"));
        assert!(!ends_in_cut_code("Om 10:30 begon de zitting."));
        assert!(!ends_in_cut_code("een teken ::"));
        let none = HyphenEvidence::default();
        assert_eq!(
            joiner("verklaard (ECLI:NL:RVS:", "2027:1187).", &none),
            Joiner::Glue
        );
        assert_eq!(
            joiner("Dit gaat als volgt:", "2027 wordt", &none),
            Joiner::Space
        );
    }

    #[test]
    fn hyphen_rules() {
        assert_eq!(j("op reisad-", "viezen met"), Joiner::DropHyphen);
        // A left-out part of a compound before a conjunction keeps its hyphen.
        assert_eq!(
            j("Gemeenschappelijk Buitenland-", "en Veiligheidsbeleid"),
            Joiner::Space
        );
        assert_eq!(j("de land-", "of tuinbouw"), Joiner::Space);
        assert_eq!(j("zij ver-", "enigden zich"), Joiner::DropHyphen);
        assert_eq!(j("de Minister-", "President en"), Joiner::Glue);
        assert_eq!(j("«militair-technisch»-", "antwoord,"), Joiner::Glue);
        assert_eq!(j("met NAVO-", "bondgenoten"), Joiner::Glue);
        // A word ending in a capital and the "-generaal" titles keep their
        // hyphen; a syllable break before "generaal"'s letters does not.
        assert_eq!(j("de REPowerEU-", "routekaart"), Joiner::Glue);
        assert_eq!(j("de directeur-", "generaal van"), Joiner::Glue);
        assert_eq!(j("de ge-", "neraal van"), Joiner::DropHyphen);
        assert_eq!(j("de Europe-", "se Unie"), Joiner::DropHyphen);
        assert_eq!(j("van de-", "escalatie"), Joiner::Glue);
        // A double-barrelled surname whose second name opens with
        // particles keeps its hyphen; a capitalised word before a word that
        // is no particle joins as any other ("Rijksoverheid").
        assert_eq!(
            j("staatssecretaris J.C. Şahin-", "van der Laan heeft"),
            Joiner::Glue
        );
        assert_eq!(j("het be-", "leid van"), Joiner::DropHyphen);
        assert_eq!(j("in Noord-", "Holland"), Joiner::Glue);
        assert_eq!(j("de Rijks-", "overheid en"), Joiner::DropHyphen);
        // An abbreviation without a vowel keeps its hyphen; a syllable
        // always has one ("Gezondheids-/zorg", "pro-/cent").
        assert_eq!(j("een Wlz-", "indicatie"), Joiner::Glue);
        assert_eq!(j("de Zvw-", "premie"), Joiner::Glue);
        assert_eq!(j("de Gezondheids-", "zorg"), Joiner::DropHyphen);
        assert_eq!(j("twintig pro-", "cent"), Joiner::DropHyphen);
        assert_eq!(
            j(
                "https://x.nl/diplomatieke-verklaringen/gezamenlijke-",
                "verklaring-van"
            ),
            Joiner::Glue
        );
        assert_eq!(j("zie https://x.nl/a", "voor meer"), Joiner::Space);
        assert_eq!(j("een zin –", "verder"), Joiner::Space);
        assert_eq!(j("tekst", "verder"), Joiner::Space);
    }

    proptest::proptest! {
        #[test]
        fn word_tokens_are_the_pieces_split_gives(t in "[a-zA-Z09 ,.ëïé’–\\-\u{A0}\u{2028}\u{0660}\u{1D400}\n]{0,40}") {
            let split: Vec<&str> = t
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(word_tokens(&t).collect::<Vec<_>>(), split);
            proptest::prop_assert_eq!(trim_hyphens(&t), t.trim_matches('-'));
        }
    }

    proptest::proptest! {
        #[test]
        fn searching_finds_what_reading_the_words_finds(
            text in "(zee|olifant|Zee-olifant|ZEEOLIFANT|-|--|x|é|1| |,|\n){0,12}",
            words in proptest::collection::vec("(zee|olifant|zee-olifant|zeeolifant|x1|ab)", 1..4),
        ) {
            let wanted: HashSet<String> = words.into_iter().collect();
            let read = HyphenEvidence::read_words(&text, &wanted);
            let searched = HyphenEvidence::by_search(&text, wanted);
            proptest::prop_assert_eq!(read.seen, searched.seen);
        }
    }

    #[test]
    fn evidence_overrides_rules() {
        use crate::document::lines::split_lines;
        let t = "de zee-\nolifant en de zee-olifant";
        let lines = split_lines(t);
        let ev = HyphenEvidence::collect(t, &lines);
        assert_eq!(
            joiner(lines[0].text(t), lines[1].text(t), &ev),
            Joiner::Glue
        );
        let t = "de ontwik-\nkelings en ontwikkelings";
        let lines = split_lines(t);
        let ev = HyphenEvidence::collect(t, &lines);
        assert_eq!(
            joiner(lines[0].text(t), lines[1].text(t), &ev),
            Joiner::DropHyphen
        );
    }
}
