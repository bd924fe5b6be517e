//! A large, deterministic, Kamerbrief-shaped document for the benchmarks, grown
//! from the bundled Kamerbrief (seeds/004_425c361073e3d6d9.txt).
//!
//! The letter's header is kept once and its signatures once, at the end. In
//! between, the body (introduction to the end of the last section) is repeated:
//! every copy after the first starts on a new page (a line that begins with a
//! space) with a heading of its own ("Deel N"), its headings are renamed
//! ("MH17 (deel N)"), and its footnotes, both the notes at the page feet and the
//! markers in the running text, are renumbered so the numbering stays
//! sequential over the whole document (copy N's note 1 is note 8N+1).
//!
//! Where the headings, notes and markers are is learnt by parsing the seed once
//! with the library itself; the generator checks what it found.

use brief::document::{BlockKind, DocKind, Origin, SectionKind};
use std::ops::Range;

pub const SEED: &[u8] = include_bytes!("../../seeds/004_425c361073e3d6d9.txt");
pub const SEED_ID: &str = "004_425c361073e3d6d9";

/// The size to generate: 50 MiB, or BRIEF_BENCH_MIB MiB (to study scaling).
pub fn min_bytes() -> usize {
    let mib = std::env::var("BRIEF_BENCH_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    mib * 1024 * 1024
}

/// What the generator made.
pub struct Generated {
    pub bytes: Vec<u8>,
    /// Copies of the body.
    pub copies: usize,
    /// Footnotes per copy (those of the seed).
    pub notes_per_copy: usize,
    /// Headings per copy (those of the seed), without the "Deel N" headings.
    pub headings_per_copy: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Edit {
    /// A heading line's text (title).
    Heading,
    /// The number at the start of a footnote, or its marker in the text.
    Note(u32),
}

/// A document of at least `min_bytes`.
pub fn kamerbrief(min_bytes: usize) -> Generated {
    let seed = std::str::from_utf8(SEED).expect("the seed is UTF-8");
    let doc = brief::parse::document_from_bytes(
        SEED_ID.into(),
        Origin::Bundled("seed".into()),
        SEED.to_vec(),
    )
    .expect("the seed parses");
    assert_eq!(doc.kind, DocKind::Kamerbrief, "the seed is a Kamerbrief");

    let line_start = |raw: usize| seed[..raw].rfind('\n').map_or(0, |i| i + 1);
    let section = |kind: SectionKind| {
        doc.sections
            .iter()
            .find(|s| s.kind == kind)
            .unwrap_or_else(|| panic!("the seed has no {kind:?} section"))
    };
    let body = line_start(section(SectionKind::Introduction).raw.start)
        ..line_start(section(SectionKind::Signatures).raw.start);

    // Edits, as ranges of the seed inside the body.
    let mut edits: Vec<(Range<usize>, Edit)> = Vec::new();
    for s in doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
    {
        let b = &doc.blocks[s.blocks.start];
        assert!(
            matches!(b.kind, BlockKind::Heading { .. }),
            "section {:?} starts with its heading",
            s.title
        );
        assert_eq!(
            &seed[b.raw.clone()],
            s.title,
            "the heading's bytes are its title"
        );
        edits.push((b.raw.clone(), Edit::Heading));
    }
    let headings_per_copy = edits.len();
    for f in &doc.footnotes {
        let number = f.number.to_string();
        let at = doc.blocks[f.block].raw.start;
        assert!(
            seed[at..].starts_with(&format!("{number} ")),
            "footnote {number} starts with its number: {:?}",
            &seed[at..at + 20]
        );
        edits.push((at..at + number.len(), Edit::Note(f.number)));
        if let Some(m) = &f.marker {
            let raw = doc
                .raw_range(m.clone())
                .expect("the marker maps to the bytes");
            assert_eq!(&seed[raw.clone()], number, "marker {number} in the bytes");
            edits.push((raw, Edit::Note(f.number)));
        }
    }
    edits.sort_by_key(|(r, _)| r.start);
    for (r, _) in &edits {
        assert!(
            body.start <= r.start && r.end <= body.end,
            "edit {r:?} inside the body {body:?}"
        );
    }
    let notes_per_copy = doc.footnotes.len() as u32;

    let header = &seed[..body.start];
    let signatures = &seed[body.end..];
    let mut out = String::with_capacity(min_bytes + 2 * body.len());
    out.push_str(header);
    let mut copies = 0;
    while out.len() + signatures.len() < min_bytes {
        let k = copies;
        if k > 0 {
            // A new page, opened by the copy's own heading.
            out.push_str(&format!(" Deel {} \n\n", k + 1));
        }
        let mut at = body.start;
        for (r, edit) in &edits {
            out.push_str(&seed[at..r.start]);
            match *edit {
                Edit::Heading if k == 0 => out.push_str(&seed[r.clone()]),
                Edit::Heading => out.push_str(&format!("{} (deel {})", &seed[r.clone()], k + 1)),
                Edit::Note(n) => out.push_str(&(n + notes_per_copy * k as u32).to_string()),
            }
            at = r.end;
        }
        out.push_str(&seed[at..body.end]);
        copies += 1;
    }
    out.push_str(signatures);
    Generated {
        bytes: out.into_bytes(),
        copies,
        notes_per_copy: notes_per_copy as usize,
        headings_per_copy,
    }
}
