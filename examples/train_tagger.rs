//! Trains the tagger (`brief::entities::tagger`) on the gold files of
//! `tests/gold` and writes `assets/tagger.bin`.
//!
//! Each set of gold files is opened as the gold test opens it (the set's
//! documents together, so names learned in one are found in the others),
//! read by the rules alone, and every document becomes an example: its
//! tokens, the rules' labels and the gold labels.
//!
//! ```text
//! cargo run --release --example train_tagger -- [--hold-out SET]... [--out FILE]
//! ```
//!
//! A set is named by its files' prefix (`fresh28`, `fresh`, `seeds` for the
//! five seeds, `held-out` for the eight first held-out texts); `--hold-out`
//! leaves a set out, so it stays unseen by the model.

use brief::corpus::Corpus;
use brief::entities::gold::{self, GoldFile};
use brief::entities::tagger::{RuleSpan, example, training::train};
use brief::entities::{EntityIndex, Recogniser};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Passes over the examples, and the seed of their order.
const EPOCHS: usize = 6;
const SEED: u64 = 0x5eed_b71e_f000_0001;

fn read_gold(path: &Path) -> GoldFile {
    let raw = std::fs::read_to_string(path).expect("a readable gold file");
    gold::parse(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The set a gold file belongs to, by its name.
fn set_of(name: &str) -> String {
    let prefix = name.split('_').next().unwrap_or(name);
    if prefix.starts_with("fresh") {
        prefix.to_string()
    } else if prefix.len() == 3 && prefix.bytes().all(|b| b.is_ascii_digit()) {
        "seeds".to_string()
    } else {
        "held-out".to_string()
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut hold_out: Vec<String> = Vec::new();
    let mut out = root.join("assets/tagger.bin");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--hold-out" => hold_out.push(args.next().expect("--hold-out SET")),
            "--out" => out = PathBuf::from(args.next().expect("--out FILE")),
            _ => panic!("unknown argument {a:?}"),
        }
    }
    let mut sets: BTreeMap<String, Vec<GoldFile>> = BTreeMap::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(root.join("tests/gold"))
        .expect("tests/gold")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.txt"))
        .collect();
    names.sort();
    for p in names {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let set = set_of(&name);
        if !hold_out.contains(&set) {
            sets.entry(set).or_default().push(read_gold(&p));
        }
    }
    let mut rec = Recogniser::bundled();
    rec.use_tagger = false;
    let mut examples = Vec::new();
    let (mut mentions, mut unaligned) = (0, 0);
    for (set, golds) in &sets {
        let paths: Vec<PathBuf> = golds.iter().map(|g| root.join(&g.source)).collect();
        let corpus = Corpus::open(&paths);
        let index = EntityIndex::build(&corpus, &rec);
        for g in golds {
            let (entry, doc) = g
                .document_in(&corpus)
                .unwrap_or_else(|e| panic!("{set}: {}", e.why));
            let rules: Vec<RuleSpan> = index
                .mentions(entry)
                .iter()
                .map(|m| (m.clean.clone(), m.ty, index.entities[m.entity].known))
                .collect();
            let (ex, left) = example(&doc.clean, &rules, &g.spans);
            mentions += g.spans.len();
            unaligned += left;
            examples.push(ex);
        }
    }
    let tokens: usize = examples.iter().map(|e| e.facts.len()).sum();
    let model = train(&examples, EPOCHS, SEED);
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).expect("the model file written");
    println!(
        "{} sets, {} documents, {tokens} tokens, {mentions} gold mentions ({unaligned} not on token ends); \
         held out: {}; {} features, {} bytes → {}",
        sets.len(),
        examples.len(),
        if hold_out.is_empty() {
            "none".to_string()
        } else {
            hold_out.join(", ")
        },
        model.features(),
        bytes.len(),
        out.display()
    );
}
