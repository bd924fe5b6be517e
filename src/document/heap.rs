//! What a document holds on the heap, part by part: for the memory bench
//! (`benches/briefing_memory.rs`), which says which part of a large folder's
//! memory is clean text, maps or structure.

use super::{Block, Document, Raw, Section};
use std::mem::size_of;

/// Heap bytes of a document's parts (capacities, not lengths).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapBytes {
    /// The decoded source text and any original bytes of their own.
    pub source: usize,
    /// The clean reading text.
    pub clean: usize,
    /// The maps clean → decoded → raw.
    pub maps: usize,
    /// Blocks, sections (with their titles), footnotes and signatories.
    pub structure: usize,
}

impl HeapBytes {
    pub fn total(&self) -> usize {
        self.source + self.clean + self.maps + self.structure
    }
}

/// The parts of two documents (or sums) added up.
impl std::ops::Add for HeapBytes {
    type Output = HeapBytes;

    fn add(self, o: HeapBytes) -> HeapBytes {
        HeapBytes {
            source: self.source + o.source,
            clean: self.clean + o.clean,
            maps: self.maps + o.maps,
            structure: self.structure + o.structure,
        }
    }
}

impl Document {
    /// What this document holds on the heap (a PDF's text layer aside).
    pub fn heap_bytes(&self) -> HeapBytes {
        let own = match &self.raw {
            Raw::Own(bytes) => bytes.capacity(),
            Raw::Text | Raw::Released(_) => 0,
        };
        let sections: usize = self
            .sections
            .iter()
            .map(|s| {
                size_of::<Section>()
                    + s.title.capacity()
                    + s.children.capacity() * size_of::<usize>()
            })
            .sum();
        let signatories: usize = self
            .signatories
            .iter()
            .map(|s| size_of_val(s) + s.name.capacity() + s.role.capacity())
            .sum();
        HeapBytes {
            source: self.text.capacity() + own,
            clean: self.clean.capacity(),
            maps: self.text_to_raw.heap_bytes() + self.clean_to_text.heap_bytes(),
            structure: self.blocks.capacity() * size_of::<Block>()
                + sections
                + self.footnotes.capacity() * size_of::<super::Footnote>()
                + signatories
                + self.pages.capacity() * size_of::<usize>(),
        }
    }
}
