//! A folder of many documents for the benchmarks, made from the five seeds:
//! copy N of a seed is dated N days after 1 January 2015 (the letter's
//! "Den Haag, 3 februari 2022", a news article's " date 2022-02" line), so
//! every document has a date of its own and the timeline something to sort.
//!
//! Copies share their words, which flatters everything that grows with the
//! vocabulary (search views, the related-passages index, shingles for
//! duplicates: a word seen 2,000 times is one posting list). A year of real
//! letters is mostly text written once. So a folder can also be made
//! *reworded*: in every copy, each lower-case word of three letters or more
//! on a line without digits is, with a chance of one half, replaced by a word
//! drawn from the seeds' own vocabulary (a fixed pseudo-random sequence per
//! copy, so the folder is the same on every run). The layout stays the seed's
//! (headers, headings, footnote markers, dates and questions are on lines with
//! digits or capitals, and are kept), the sentences become new ones: five
//! words in a row survive together one time in 32. The first file is left
//! as it is: it is the letter whose first page `vs_less` waits for.

use std::path::{Path, PathBuf};

use brief::document::date::DUTCH_MONTHS as MONTHS;

/// The bundled Kamerbrief, the first file of a folder.
const LETTER_ID: &str = "004_425c361073e3d6d9";

/// What [`generate`] wrote.
pub struct Folder {
    /// The files, in the order made (a Kamerbrief first).
    pub files: Vec<PathBuf>,
    /// Their bytes together.
    pub bytes: u64,
}

/// Writes `docs` documents into `folder` (made if missing).
pub fn generate(folder: &Path, docs: usize, reworded: bool) -> Folder {
    std::fs::create_dir_all(folder).expect("the documents folder");
    let seeds = read_seeds();
    let vocabulary = vocabulary(&seeds);
    let mut files = Vec::with_capacity(docs);
    let mut bytes = 0;
    for i in 0..docs {
        let (name, text) = &seeds[i % seeds.len()];
        let copy = i / seeds.len();
        let mut text = dated_copy(name, text, copy);
        // The first file, the letter both programs of `vs_less` show, keeps
        // its words: its first page is what the first frame waits for.
        if reworded && i > 0 {
            text = reword(&text, &vocabulary, i as u64);
        }
        // Named in the order made (the letter first): the first file in a
        // folder, which brief shows while it reads the rest, is the first
        // argument `less` gets.
        let path = folder.join(format!("{copy:05}_{}_{name}.txt", i % seeds.len()));
        std::fs::write(&path, &text).expect("write a document");
        bytes += text.len() as u64;
        files.push(path);
    }
    Folder { files, bytes }
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The seeds, the Kamerbrief first (so that `less`, given the files in the
/// order they were made, opens a letter).
fn read_seeds() -> Vec<(String, String)> {
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(seeds_dir())
        .expect("the seeds folder")
        .map(|e| e.expect("a seed").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("a seed is UTF-8 text");
            (stem, text)
        })
        .collect();
    seeds.sort_by_key(|(stem, _)| (stem != LETTER_ID, stem.clone()));
    assert_eq!(seeds.len(), 5, "five seeds");
    seeds
}

/// Copy `copy` of a seed, dated `copy` days after 1 January 2015: the
/// letter's "Den Haag, 3 februari 2022", a news article's " date 2022-02"
/// line (added where the seed has none).
fn dated_copy(name: &str, text: &str, copy: usize) -> String {
    let (y, m, d) = civil_date(copy);
    if name == LETTER_ID {
        let month = MONTHS[m - 1];
        let was = "Den Haag, 3 februari 2022";
        assert!(text.contains(was), "the letter's date line");
        let date = format!("Den Haag, {d} {month} {y}");
        return text.replacen(was, &date, 1);
    }
    let date = format!(" date {y}-{m:02}-{d:02}");
    match text.strip_prefix(" date 2022-02") {
        Some(rest) => format!("{date}{rest}"),
        None => format!("{date}\n{text}"),
    }
}

/// Year, month and day of `days` after 1 January 2015.
fn civil_date(days: usize) -> (usize, usize, usize) {
    let leap = |y: usize| y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let (mut y, mut left) = (2015, days);
    while left >= 365 + usize::from(leap(y)) {
        left -= 365 + usize::from(leap(y));
        y += 1;
    }
    let february = 28 + usize::from(leap(y));
    let lengths = [31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut m = 0;
    while left >= lengths[m] {
        left -= lengths[m];
        m += 1;
    }
    (y, m + 1, left + 1)
}

/// A word [`reword`] may replace, and may put in: lower-case letters only
/// (diacritics included), three or more.
fn replaceable(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(char::is_lowercase)
}

/// The seeds' replaceable words, each once, in a fixed order.
fn vocabulary(seeds: &[(String, String)]) -> Vec<String> {
    let mut words: Vec<String> = seeds
        .iter()
        .flat_map(|(_, text)| text.split_whitespace())
        .filter(|w| replaceable(w))
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// `text` with about half of its replaceable words, on lines without
/// digits, replaced by words of `vocabulary`; `seed` picks which and by
/// what. White space and every other character stay as they are.
fn reword(text: &str, vocabulary: &[String], seed: u64) -> String {
    // splitmix64: a fixed sequence per seed, no dependency.
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5851_f42d_4c95_7f2d;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        if line.bytes().any(|b| b.is_ascii_digit()) {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while !rest.is_empty() {
            let space = rest.len() - rest.trim_start().len();
            out.push_str(&rest[..space]);
            rest = &rest[space..];
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            let r = next();
            if replaceable(word) && r & 1 == 1 {
                out.push_str(&vocabulary[(r >> 1) as usize % vocabulary.len()]);
            } else {
                out.push_str(word);
            }
            rest = &rest[end..];
        }
    }
    out
}
