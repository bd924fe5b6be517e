//! A list rewritten in its own memory: a pass reads its items in order and
//! keeps, merges or replaces them, as it would from a list's iterator into a
//! new list, but the kept items are written back over the ones already read.
//! A long document's mentions (hundreds of thousands) are then not copied
//! into fresh memory by each of the passes that merge neighbours.

use super::kind::EntityType;
use super::{Found, Link};

/// A rewrite of `list`: what [`Rewrite::next`] and [`Rewrite::peek`] read is
/// what an iterator over the old list would give, what
/// [`Rewrite::last`], [`Rewrite::pop`] and [`Rewrite::push`] see is the new
/// list written so far. When the rewrite is dropped the list is the new one,
/// followed by whatever was not read.
pub(super) struct Rewrite<'a, T> {
    list: &'a mut Vec<T>,
    /// The next item to read.
    read: usize,
    /// The new list is `list[..written]`; `list[written..read]` are holes.
    written: usize,
    /// What a read or popped item leaves in its place.
    hole: fn() -> T,
}

impl<'a> Rewrite<'a, Found> {
    /// A rewrite of a document's mentions.
    pub(super) fn of_finds(list: &'a mut Vec<Found>) -> Self {
        Rewrite::new(list, || Found {
            range: 0..0,
            ty: EntityType::Misc,
            link: Link::Gazetteer(usize::MAX),
        })
    }
}

impl<'a, T> Rewrite<'a, T> {
    pub(super) fn new(list: &'a mut Vec<T>, hole: fn() -> T) -> Self {
        Rewrite {
            list,
            read: 0,
            written: 0,
            hole,
        }
    }

    /// The next item of the old list, taken.
    pub(super) fn next(&mut self) -> Option<T> {
        let slot = self.list.get_mut(self.read)?;
        self.read += 1;
        Some(std::mem::replace(slot, (self.hole)()))
    }

    /// The next item of the old list, left to read.
    pub(super) fn peek(&self) -> Option<&T> {
        self.list.get(self.read)
    }

    /// The last item of the new list.
    pub(super) fn last(&self) -> Option<&T> {
        self.written.checked_sub(1).map(|i| &self.list[i])
    }

    /// The last item of the new list, taken off it.
    pub(super) fn pop(&mut self) -> Option<T> {
        self.written = self.written.checked_sub(1)?;
        Some(std::mem::replace(
            &mut self.list[self.written],
            (self.hole)(),
        ))
    }

    /// Adds an item to the new list: over a hole, or (when the new list has
    /// caught up with the reading) before the items still to read.
    pub(super) fn push(&mut self, item: T) {
        if self.written < self.read {
            self.list[self.written] = item;
        } else {
            self.list.insert(self.written, item);
            self.read += 1;
        }
        self.written += 1;
    }
}

impl<T> Drop for Rewrite<'_, T> {
    fn drop(&mut self) {
        self.list.drain(self.written..self.read);
    }
}

#[cfg(test)]
mod tests {
    use super::Rewrite;

    /// One step of a pass.
    #[derive(Debug, Clone)]
    enum Step {
        Next,
        Peek,
        Last,
        Pop,
        Push(u32),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            3 => Just(Step::Next),
            1 => Just(Step::Peek),
            1 => Just(Step::Last),
            1 => Just(Step::Pop),
            2 => any::<u32>().prop_map(Step::Push),
        ]
    }

    proptest::proptest! {
        /// The same steps give the same answers and the same list as an
        /// iterator over the old list pushing into a new one, the oracle.
        #[test]
        fn rewrites_as_into_a_new_list(
            old in proptest::collection::vec(0u32..1000, 0..12),
            steps in proptest::collection::vec(step(), 0..40),
        ) {
            let mut out: Vec<u32> = Vec::new();
            let mut iter = old.clone().into_iter().peekable();
            let mut list = old;
            {
                let mut rw = Rewrite::new(&mut list, || u32::MAX);
                for s in &steps {
                    match s {
                        Step::Next => proptest::prop_assert_eq!(rw.next(), iter.next()),
                        Step::Peek => proptest::prop_assert_eq!(rw.peek(), iter.peek()),
                        Step::Last => proptest::prop_assert_eq!(rw.last(), out.last()),
                        Step::Pop => proptest::prop_assert_eq!(rw.pop(), out.pop()),
                        Step::Push(x) => {
                            rw.push(*x);
                            out.push(*x);
                        }
                    }
                }
            }
            out.extend(iter);
            proptest::prop_assert_eq!(list, out);
        }
    }
}
