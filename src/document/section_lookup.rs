//! The innermost section holding a block, found by halving.
//!
//! A page key asks it twice (the section tree follows the reading, the status
//! bar names the section), so it must not grow with the document: a 50 MB
//! letter has some 100,000 sections, and scanning them all was a fifth of a
//! key there. Sections come in reading order, a parent before its children
//! and holding their blocks (the parser's invariants, held by
//! `tests/parse_props.rs` on generated texts and every fixture), so the
//! innermost section holding a block is the last one to start at or before
//! it, or one of that one's parents: any section between a holding parent
//! and that last one starts no later than the block, so if it held the block
//! too it would hold the last one, and be among its parents.

use super::Section;

/// The innermost section of `sections` whose blocks hold `block`: the last
/// one in order that holds it.
pub fn innermost(sections: &[Section], block: usize) -> Option<usize> {
    let starting = sections.partition_point(|s| s.blocks.start <= block);
    let mut at = starting.checked_sub(1);
    while let Some(i) = at {
        let s = &sections[i];
        if s.blocks.contains(&block) {
            return Some(i);
        }
        at = s.parent;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SectionKind;
    use std::ops::Range;

    fn section(blocks: Range<usize>, parent: Option<usize>) -> Section {
        Section {
            title: String::new(),
            kind: SectionKind::Heading,
            level: if parent.is_some() { 2 } else { 1 },
            blocks,
            parent,
            children: Vec::new(),
            raw: 0..0,
        }
    }

    fn scanned(sections: &[Section], block: usize) -> Option<usize> {
        sections.iter().rposition(|s| s.blocks.contains(&block))
    }

    #[test]
    fn a_parent_holds_the_blocks_after_its_child() {
        // 0: [0, 10) with child 1: [2, 4) and child 2: [4, 6); 3: [12, 15);
        // blocks 6..10 are the parent's own after its children, 10..12 none's.
        let sections = vec![
            section(0..10, None),
            section(2..4, Some(0)),
            section(4..6, Some(0)),
            section(12..15, None),
        ];
        let want = [0, 0, 1, 1, 2, 2, 0, 0, 0, 0];
        for (b, w) in want.iter().enumerate() {
            assert_eq!(innermost(&sections, b), Some(*w), "block {b}");
        }
        assert_eq!(innermost(&sections, 10), None);
        assert_eq!(innermost(&sections, 11), None);
        assert_eq!(innermost(&sections, 13), Some(3));
        assert_eq!(innermost(&sections, 15), None);
        for b in 0..20 {
            assert_eq!(innermost(&sections, b), scanned(&sections, b), "block {b}");
        }
    }

    #[test]
    fn a_grandchild_then_its_parent_then_a_sibling() {
        // 0: [0, 10); 1: [2, 5) under it, 2: [2, 3) under 1; 3: [5, 6) under 0.
        let mut sections = vec![
            section(0..10, None),
            section(2..5, Some(0)),
            section(2..3, Some(1)),
            section(5..6, Some(0)),
        ];
        sections[2].level = 3;
        let want = [0, 0, 2, 1, 1, 3, 0, 0, 0, 0];
        for (b, w) in want.iter().enumerate() {
            assert_eq!(innermost(&sections, b), Some(*w), "block {b}");
            assert_eq!(innermost(&sections, b), scanned(&sections, b), "block {b}");
        }
    }

    #[test]
    fn empty_sections_and_none() {
        assert_eq!(innermost(&[], 0), None);
        let sections = vec![
            section(0..0, None),
            section(0..3, None),
            section(3..3, None),
        ];
        assert_eq!(innermost(&sections, 0), Some(1));
        assert_eq!(innermost(&sections, 2), Some(1));
        assert_eq!(innermost(&sections, 3), None);
    }
}
