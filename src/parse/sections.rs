//! Building the section tree from where sections start in the block list.

use crate::document::{Section, SectionKind};

/// A section begins at `block` and runs until the next start at the same or a
/// higher level (a lower number).
pub struct SectionStart {
    pub block: usize,
    pub level: u8,
    pub title: String,
    pub kind: SectionKind,
}

/// A paragraph of the body at `block`: the introduction begins there when
/// no section but the header has begun yet.
pub fn begin_introduction(starts: &mut Vec<SectionStart>, block: usize) {
    if !starts.iter().any(|s| s.kind != SectionKind::Header) {
        starts.push(SectionStart {
            block,
            level: 1,
            title: "Introduction".into(),
            kind: SectionKind::Introduction,
        });
    }
}

pub fn build(starts: Vec<SectionStart>, block_count: usize) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::with_capacity(starts.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, s) in starts.iter().enumerate() {
        let end = starts[i + 1..]
            .iter()
            .find(|n| n.level <= s.level)
            .map_or(block_count, |n| n.block);
        while let Some(&top) = stack.last() {
            if sections[top].level < s.level {
                break;
            }
            stack.pop();
        }
        let parent = stack.last().copied();
        let idx = sections.len();
        if let Some(p) = parent {
            sections[p].children.push(idx);
        }
        sections.push(Section {
            title: s.title.clone(),
            kind: s.kind,
            level: s.level,
            blocks: s.block..end.max(s.block),
            parent,
            children: Vec::new(),
            raw: 0..0,
        });
        stack.push(idx);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nests_by_level() {
        let st = |block, level, t: &str| SectionStart {
            block,
            level,
            title: t.into(),
            kind: SectionKind::Heading,
        };
        let s = build(
            vec![
                st(0, 1, "1"),
                st(2, 2, "1.1"),
                st(4, 2, "1.2"),
                st(6, 1, "2"),
            ],
            9,
        );
        assert_eq!(s[0].blocks, 0..6);
        assert_eq!(s[0].children, vec![1, 2]);
        assert_eq!(s[2].blocks, 4..6);
        assert_eq!(s[3].blocks, 6..9);
        assert_eq!(s[3].parent, None);
    }
}
