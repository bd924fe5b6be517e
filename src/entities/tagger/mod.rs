//! The tagger: a statistical pass after the rules. An averaged perceptron
//! ([`training`]), trained on the gold files of `tests/gold` (texts written
//! and annotated for brief, so the model is ours to ship), reads each token
//! with the label the rules gave it and its neighbours' words and shapes,
//! and settles which names are mentions, where they end and of what type:
//! it joins the parts of a name the rules split ("UAE Team Emirates" +
//! "XRG"), drops a find the rules' evidence does not carry, and finds a
//! place or a company no list holds. Dates, amounts and references keep the
//! rules' shapes; a name the gazetteer knows keeps its type.
//!
//! The model is `assets/tagger.bin`, embedded in the binary and read when
//! first used; `cargo run --release --example train_tagger` writes it again
//! (after the rules or the gold files change).

mod features;
mod labels;
mod model;
mod new_names;
mod tokens;
pub mod training;

pub use model::{BadModel, Model};

use super::kind::EntityType;
use super::name_links::name_link;
use super::{Found, Link};
use features::{LowerWords, token_facts};
use labels::{labels_of, token_spans};
use new_names::{may_be_new, trimmed, with_bang};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;
use training::Example;

/// The model brief ships.
pub fn bundled() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../../assets/tagger.bin"))
            .expect("the bundled tagger model reads (a test holds it)")
    })
}

/// Types whose shapes the rules settle alone.
fn is_shape(ty: EntityType) -> bool {
    matches!(
        ty,
        EntityType::Date | EntityType::Money | EntityType::Reference
    )
}

/// Mentions as the model reads them: a range of the clean text and a type.
pub type Span = (Range<usize>, EntityType);

/// A mention the rules made: its span and whether the gazetteer knows it.
pub type RuleSpan = (Range<usize>, EntityType, bool);

/// The tokens of `text[within]` and what the model reads of them: their
/// facts and the labels of the rules' mentions that lie wholly within.
/// `rules` sorted by start.
fn read(
    text: &str,
    within: Range<usize>,
    rules: &[RuleSpan],
    lower: &LowerWords,
) -> (Vec<tokens::Token>, Example) {
    let toks = tokens::tokens_in(text, within.clone());
    let inside = rules
        .iter()
        .filter(|(r, _, _)| within.start <= r.start && r.end <= within.end);
    let spans: Vec<Span> = inside.clone().map(|(r, t, _)| (r.clone(), *t)).collect();
    let known_spans: Vec<Span> = inside
        .filter(|(_, _, k)| *k)
        .map(|(r, t, _)| (r.clone(), *t))
        .collect();
    let mut facts = token_facts(text, &toks, lower);
    for (f, l) in facts.iter_mut().zip(labels_of(&toks, &known_spans).0) {
        f.set_known(l != labels::OUTSIDE);
    }
    let example = Example {
        facts,
        rules: labels_of(&toks, &spans).0,
        gold: Vec::new(),
    };
    (toks, example)
}

/// A training example: `text` with the rules' mentions and the gold ones.
/// The number of gold mentions whose ends are not token ends (left out) is
/// returned too.
pub fn example(text: &str, rules: &[RuleSpan], gold: &[Span]) -> (Example, usize) {
    let (toks, mut ex) = read(text, 0..text.len(), rules, &LowerWords::of(text));
    let (labels, unaligned) = labels_of(&toks, gold);
    ex.gold = labels;
    (ex, unaligned)
}

/// How far around a rules' name the model reads, in bytes each way: a name
/// it settles reaches a few words past the rules' name at most.
const MARGIN: usize = 64;
/// Tokens at each inner end of a part that are read as neighbours only
/// (the features look two tokens away).
const CONTEXT: usize = 2;

/// The parts of `text` the model reads: around each rules' name (not a
/// shape, not in folded text) [`MARGIN`] bytes each way, from a word's
/// start, merged where they meet. `found` sorted by start.
fn parts(text: &str, found: &[Found], folded: &Sorted) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for f in found.iter().filter(|f| !is_shape(f.ty)) {
        if folded.overlapping(&f.range).next().is_some() {
            continue;
        }
        let start = word_start_before(text, f.range.start.saturating_sub(MARGIN));
        let mut end = (f.range.end + MARGIN).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// Byte `at` of `text`, or the end of the character there, or the text's end.
fn char_end_at(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The start of the word at or after byte `at` (not before a space a few
/// bytes back): a part of the text begins at a whole word.
fn word_start_before(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut back = at.saturating_sub(24);
    while !text.is_char_boundary(back) {
        back += 1;
    }
    text[back..at].rfind(char::is_whitespace).map_or(at, |i| {
        back + i + text[back + i..].chars().next().map_or(1, char::len_utf8)
    })
}

/// The finds of `text` after the model. The model settles the names the
/// rules found: it joins names they split ("UAE Team Emirates" + "XRG"),
/// takes in the words they left out ("Benin" → "Benin City"), types the
/// whole, and leaves out words they wrongly took in; a rules' name the
/// model's names overlap gives way to them. It makes no name where the
/// rules saw none (unless `makes_names`: then as [`may_be_new`] allows,
/// near the rules' names), and does not shrink a name the rules read whole; dates,
/// amounts and references stay as the rules found them, and so does
/// everything in `folded` text (a letter's sidebar, a site's menus: the
/// model learned from running text). A name on the same span as a rules'
/// name is that name, with its type and link; another is linked as the
/// rules linked the same words elsewhere in the text, else by its words.
/// The model reads only the text around the rules' names ([`parts`]), so
/// its work is in proportion to them. Sorted by start.
pub fn refine(
    model: &Model,
    text: &str,
    folded: &[Range<usize>],
    mut found: Vec<Found>,
    makes_names: bool,
) -> Vec<Found> {
    found.sort_by_key(|f| (f.range.start, f.range.end));
    let mut folded = folded.to_vec();
    folded.sort_by_key(|r| r.start);
    let folded_at = Sorted::new(&folded);
    let parts = parts(text, &found, &folded_at);
    if parts.is_empty() {
        return found;
    }
    let spans: Vec<RuleSpan> = found
        .iter()
        .map(|f| (f.range.clone(), f.ty, matches!(f.link, Link::Gazetteer(_))))
        .collect();
    // The finds are sorted by (start, end): one with given ends, or
    // starting at a byte, is found by a binary search.
    // (Of finds on the same span, the last.)
    let exact = |r: &Range<usize>| -> Option<&Found> {
        let i = found.partition_point(|f| (f.range.start, f.range.end) <= (r.start, r.end));
        found[..i].last().filter(|f| f.range == *r)
    };
    let starting_at = |at: usize| {
        let from = found.partition_point(|f| f.range.start < at);
        found[from..]
            .iter()
            .take_while(move |f| f.range.start == at)
    };
    let found_ranges: Vec<Range<usize>> = found.iter().map(|f| f.range.clone()).collect();
    let found_at = Sorted::new(&found_ranges);
    let lower = LowerWords::of(text);
    // The words of the rules' names of more than one word.
    let words_of_longer: FxHashSet<&str> = found
        .iter()
        .filter(|f| !is_shape(f.ty))
        .map(|f| &text[f.range.clone()])
        .filter(|w| w.contains(' '))
        .flat_map(|w| w.split(' '))
        .collect();
    // Each part is read on its own, in parallel; a part a name runs over the
    // end of goes on into the parts after it (which are then left out).
    let read_part = |k: usize| -> (usize, Vec<Span>) {
        let mut part = parts[k].clone();
        let mut last_part = k;
        let (toks, ex, labels) = loop {
            let from = found_ranges.partition_point(|r| r.start < part.start);
            let to = found_ranges.partition_point(|r| r.start < part.end);
            let (toks, ex) = read(text, part.clone(), &spans[from..to], &lower);
            let n = toks.len();
            let at_end = part.end == text.len();
            let decoded = if part.start == 0 { 0 } else { CONTEXT.min(n) }..if at_end {
                n
            } else {
                n.saturating_sub(CONTEXT)
            };
            let last = decoded.end.checked_sub(1).filter(|&l| l >= decoded.start);
            let labels = model.decode_within(&ex.facts, &ex.rules, decoded);
            if at_end || last.is_none_or(|l| labels[l] == labels::OUTSIDE) {
                break (toks, ex, labels);
            }
            part.end = char_end_at(text, part.end + MARGIN);
            while parts
                .get(last_part + 1)
                .is_some_and(|next| next.start <= part.end)
            {
                last_part += 1;
                part.end = part.end.max(parts[last_part].end);
            }
        };
        let starts_place =
            |i: usize| starting_at(toks[i].range.start).any(|f| f.ty == EntityType::Location);
        let names = token_spans(&labels)
            .into_iter()
            .filter(|(_, ty)| !is_shape(*ty))
            .filter_map(|(t, ty)| {
                let whole = toks[t.start].range.start..toks[t.end - 1].range.end;
                if exact(&whole).is_some() {
                    return Some((whole, ty));
                }
                if folded_at.overlapping(&whole).next().is_some() {
                    return None;
                }
                let range = with_bang(text, trimmed(text, &toks, &ex.facts, t, starts_place)?);
                let mut touched = found_at.overlapping(&range).map(|i| &found[i]).peekable();
                if touched.peek().is_none()
                    && !(makes_names && may_be_new(text, &range, ty, &words_of_longer))
                {
                    return None;
                }
                // Shrinking a name the rules read whole is theirs to do, and a
                // person takes in no place or body ("Anouk van Rijswijk NED").
                let refused = touched.any(|f| {
                    (f.range != range && f.range.start <= range.start && range.end <= f.range.end)
                        || (ty == EntityType::Person && f.ty != EntityType::Person)
                });
                (!refused).then_some((range, ty))
            })
            .collect();
        (last_part, names)
    };
    let per_part: Vec<(usize, Vec<Span>)> = (0..parts.len())
        .into_par_iter()
        .with_min_len(16)
        .map(read_part)
        .collect();
    let mut names: Vec<Span> = Vec::new();
    let mut k = 0;
    while let Some((last_part, part_names)) = per_part.get(k) {
        names.extend(part_names.iter().cloned());
        k = last_part + 1;
    }
    // The links of the rules' names by their words, gathered when a name
    // the model made first asks.
    let mut by_words: Option<FxHashMap<(&str, EntityType), &Link>> = None;
    let name_ranges: Vec<Range<usize>> = names.iter().map(|(r, _)| r.clone()).collect();
    let names_at = Sorted::new(&name_ranges);
    // A name gives way to a shape (always kept).
    let shapes: Vec<Range<usize>> = found
        .iter()
        .filter(|f| is_shape(f.ty))
        .map(|f| f.range.clone())
        .collect();
    let shapes_at = Sorted::new(&shapes);
    let mut made: Vec<Found> = Vec::new();
    for (range, ty) in names {
        if shapes_at.overlapping(&range).next().is_some() {
            continue;
        }
        let words = &text[range.clone()];
        made.push(match exact(&range) {
            Some(f) if !is_shape(f.ty) => f.clone(),
            _ => Found {
                link: by_words
                    .get_or_insert_with(|| {
                        found
                            .iter()
                            .filter(|f| !is_shape(f.ty))
                            .map(|f| ((&text[f.range.clone()], f.ty), &f.link))
                            .collect()
                    })
                    .get(&(words, ty))
                    .map_or_else(|| name_link(words), |l| (*l).clone()),
                range,
                ty,
            },
        });
    }
    drop(by_words);
    // The rules' finds the names leave: all but the names a name the model
    // made overlaps.
    let mut out: Vec<Found> = found
        .into_iter()
        .filter(|f| is_shape(f.ty) || names_at.overlapping(&f.range).next().is_none())
        .collect();
    out.extend(made);
    out.sort_by_key(|f| (f.range.start, f.range.end));
    out
}

/// Ranges sorted by start, asked which overlap a range: a binary search and
/// a walk over those that start within the longest range's length before
/// it, so a text's work stays in proportion to its finds.
struct Sorted<'a> {
    ranges: &'a [Range<usize>],
    longest: usize,
}

impl<'a> Sorted<'a> {
    fn new(ranges: &'a [Range<usize>]) -> Self {
        let longest = ranges
            .iter()
            .map(|r| r.end.saturating_sub(r.start))
            .max()
            .unwrap_or(0);
        Sorted { ranges, longest }
    }

    /// The indices of the ranges that overlap `r`.
    fn overlapping(&self, r: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = self
            .ranges
            .partition_point(|x| x.start + self.longest <= r.start);
        let (start, end) = (r.start, r.end);
        self.ranges[from..]
            .iter()
            .enumerate()
            .take_while(move |(_, x)| x.start < end)
            .filter(move |(_, x)| start < x.end)
            .map(move |(i, _)| from + i)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::labels::spans_of;
    use super::*;

    #[test]
    fn the_bundled_model_reads() {
        assert!(bundled().features() > 1000);
    }

    fn find(text: &str, words: &str, ty: EntityType, link: Link) -> Found {
        let at = text.find(words).unwrap();
        Found {
            range: at..at + words.len(),
            ty,
            link,
        }
    }

    /// With a model that sees no names the rules' finds stay as they were,
    /// also a find that cuts a word.
    #[test]
    fn a_model_that_sees_no_names_leaves_the_rules_finds() {
        let text = "Op 3 maart 2027 sprak Jan Kromhout in SERverkenning.";
        let found = vec![
            find(
                text,
                "3 maart 2027",
                EntityType::Date,
                Link::Key("date:2027-03-03".into()),
            ),
            find(
                text,
                "Jan Kromhout",
                EntityType::Person,
                name_link("Jan Kromhout"),
            ),
            find(text, "SER", EntityType::Organisation, name_link("SER")),
        ];
        assert_eq!(
            refine(&Model::default(), text, &[], found.clone(), true),
            found
        );
        let ranges = [0..4, 2..9, 10..12, 20..30];
        let sorted = Sorted::new(&ranges);
        assert_eq!(
            sorted.overlapping(&(3..11)).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
        assert_eq!(sorted.overlapping(&(12..20)).count(), 0);
        assert_eq!(sorted.overlapping(&(29..40)).collect::<Vec<_>>(), vec![3]);
    }

    /// Texts where the rules split a two-word company into two places, or
    /// saw nothing of it, and the gold reads one company.
    pub(super) fn company_examples() -> Vec<Example> {
        let mut examples = Vec::new();
        for (a, b) in [
            ("Aldor", "Breda"),
            ("Vemo", "Delft"),
            ("Kirov", "Assen"),
            ("Tamsa", "Venlo"),
        ] {
            let name = format!("{a} {b}");
            let text = format!("Het bedrijf {name} meldt winst. Ook {name} groeit.");
            let at = |w: &str| {
                let i = text.find(w).unwrap();
                i..i + w.len()
            };
            let rules = [
                (at(a), EntityType::Location, false),
                (at(b), EntityType::Location, true),
            ];
            let gold = [(at(&name), EntityType::Organisation)];
            examples.push(example(&text, &rules, &gold).0);
            let text = format!("Het bedrijf {name} meldt verlies.");
            examples.push(
                example(
                    &text,
                    &[],
                    &[(12..12 + name.len(), EntityType::Organisation)],
                )
                .0,
            );
        }
        examples
    }

    fn company_model() -> Model {
        training::train(&company_examples(), 5, 3)
    }

    #[test]
    fn the_model_joins_what_the_rules_split_and_makes_no_name_of_its_own() {
        let model = company_model();
        let text = "Het bedrijf Olmen Gouda meldt winst.";
        let found = vec![
            find(text, "Olmen", EntityType::Location, name_link("Olmen")),
            find(text, "Gouda", EntityType::Location, Link::Gazetteer(3)),
        ];
        let out = refine(&model, text, &[], found.clone(), false);
        assert_eq!(
            out,
            vec![find(
                text,
                "Olmen Gouda",
                EntityType::Organisation,
                name_link("Olmen Gouda")
            )]
        );
        // In folded text the rules' finds stand.
        assert_eq!(
            refine(
                &model,
                text,
                std::slice::from_ref(&(0..text.len())),
                found,
                false
            ),
            vec![
                find(text, "Olmen", EntityType::Location, name_link("Olmen")),
                find(text, "Gouda", EntityType::Location, Link::Gazetteer(3)),
            ]
        );
        // The same words with no rules' finds: the model reads a name, but
        // makes none the rules did not see.
        let (toks, ex) = read(text, 0..text.len(), &[], &LowerWords::of(text));
        let labels = model.decode(&ex.facts, &ex.rules);
        assert_ne!(spans_of(&toks, &labels), vec![]);
        assert_eq!(refine(&model, text, &[], Vec::new(), false), vec![]);
        // Allowed to, it makes the company the rules did not see, near a
        // name they did.
        let text = "Het bedrijf Olmen Gouda meldt winst in Europa.";
        let europa = find(text, "Europa", EntityType::Location, Link::Gazetteer(1));
        let made = |makes| -> Vec<String> {
            refine(&model, text, &[], vec![europa.clone()], makes)
                .iter()
                .map(|f| text[f.range.clone()].to_string())
                .collect()
        };
        assert_eq!(made(false), vec!["Europa"]);
        assert_eq!(made(true), vec!["Olmen Gouda", "Europa"]);
    }
}
