//! [`IdIndex`]: actor id → node, built for loading tables of millions of links.
//!
//! An open-addressing table with linear probing, at most half full, whose slots hold the id
//! inline (when it is up to 24 bytes long), a tag from its hash and the node. Slots are 32
//! bytes and probing starts at an even slot, at the start of a 64-byte cache line: a lookup
//! almost always ends within two lines. Callers that look many ids up hash them ahead ([`IdIndex::hash`], on
//! another thread if they like) and [`IdIndex::prefetch`] the slot of an id some rows before
//! they look it up, so that the memory reads of several lookups overlap instead of waiting one
//! after another: on a million-actor table that read is the whole cost of a lookup.

use compact_str::CompactString;
use foldhash::fast::FixedState;
use petgraph::graph::NodeIndex;
use prefetch_index::prefetch_index;
use std::hash::BuildHasher;

/// Actor ids by node, and node by id.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    /// A power of two many slots (or none), at most half of them filled.
    slots: Vec<Slot>,
    /// How many slots are filled.
    len: usize,
}

/// One slot of the table: empty, or an id with its node. Two to a cache line.
#[derive(Debug, Clone, Default)]
#[repr(align(32))]
struct Slot {
    id: CompactString,
    /// The high half of the id's hash: most slots of other ids are told apart without
    /// comparing ids.
    tag: u32,
    /// The node, plus one; 0 when the slot is empty.
    node: u32,
}

impl IdIndex {
    /// An empty index with room for `ids` ids.
    pub(crate) fn with_capacity(ids: usize) -> IdIndex {
        let mut index = IdIndex::default();
        index.reserve(ids);
        index
    }

    /// The hash the index files `id` under. Foldhash with a fixed seed: ids are not secret, and
    /// hashing is on the loading path of every link of a large table.
    pub(crate) fn hash(id: &[u8]) -> u64 {
        FixedState::default().hash_one(id)
    }

    /// The first slot to probe for `hash`: an even one.
    fn home(&self, hash: u64) -> usize {
        hash as usize & (self.slots.len() - 2)
    }

    /// Starts reading the two cache lines where a lookup of an id hashing to `hash` begins.
    pub(crate) fn prefetch(&self, hash: u64) {
        if !self.slots.is_empty() {
            let home = self.home(hash);
            prefetch_index(&self.slots, home);
            prefetch_index(&self.slots, (home + 2) & (self.slots.len() - 1));
        }
    }

    /// The node of `id`, whose [`IdIndex::hash`] is `hash`.
    pub(crate) fn get(&self, id: &[u8], hash: u64) -> Option<NodeIndex> {
        if self.slots.is_empty() {
            return None;
        }
        let tag = (hash >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        loop {
            let slot = &self.slots[at];
            if slot.node == 0 {
                return None;
            }
            if slot.tag == tag && slot.id.as_bytes() == id {
                return Some(NodeIndex::new(slot.node as usize - 1));
            }
            at = (at + 1) & mask;
        }
    }

    /// Files `id` (hash `hash`, not yet in the index) under `node`.
    pub(crate) fn insert(&mut self, id: &str, hash: u64, node: NodeIndex) {
        debug_assert!(self.get(id.as_bytes(), hash).is_none());
        self.reserve(1);
        let slot = Slot {
            id: CompactString::from(id),
            tag: (hash >> 32) as u32,
            node: node.index() as u32 + 1,
        };
        self.place(slot, hash);
        self.len += 1;
    }

    /// Puts `slot`, whose id hashes to `hash`, in the first empty slot from its home on.
    fn place(&mut self, slot: Slot, hash: u64) {
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        while self.slots[at].node != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    /// Makes room for `additional` more ids, keeping the table at most half full.
    fn reserve(&mut self, additional: usize) {
        let wanted = ((self.len + additional) * 2).next_power_of_two().max(16);
        if wanted <= self.slots.len() {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); wanted]);
        for slot in old.into_iter().filter(|slot| slot.node != 0) {
            let hash = IdIndex::hash(slot.id.as_bytes());
            self.place(slot, hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IdIndex;
    use petgraph::graph::NodeIndex;

    fn insert(index: &mut IdIndex, id: &str, node: usize) {
        index.insert(id, IdIndex::hash(id.as_bytes()), NodeIndex::new(node));
    }

    fn get(index: &IdIndex, id: &str) -> Option<usize> {
        let id = id.as_bytes();
        index.get(id, IdIndex::hash(id)).map(NodeIndex::index)
    }

    #[test]
    fn finds_every_id_after_growing_and_none_other() {
        let mut index = IdIndex::default();
        assert_eq!(get(&index, "empty"), None);
        index.prefetch(IdIndex::hash(b"empty"));
        let ids: Vec<String> = (0..5000).map(|i| format!("actor-{i}")).collect();
        for (node, id) in ids.iter().enumerate() {
            insert(&mut index, id, node);
        }
        assert_eq!(index.len, 5000);
        assert_eq!(index.slots.len(), 16384);
        for (node, id) in ids.iter().enumerate() {
            index.prefetch(IdIndex::hash(id.as_bytes()));
            assert_eq!(get(&index, id), Some(node));
        }
        let long = "an id longer than twenty-four bytes, kept on the heap";
        assert_eq!(get(&index, long), None);
        assert_eq!(get(&index, "actor-5000"), None);
        assert_eq!(get(&index, ""), None);
        insert(&mut index, long, 5000);
        insert(&mut index, "", 5001);
        assert_eq!(get(&index, long), Some(5000));
        assert_eq!(get(&index, ""), Some(5001));
    }

    #[test]
    fn reserved_room_is_not_regrown() {
        let mut index = IdIndex::with_capacity(100);
        assert_eq!(index.slots.len(), 256);
        for node in 0..100 {
            insert(&mut index, &node.to_string(), node);
        }
        assert_eq!(index.slots.len(), 256);
        assert_eq!(get(&index, "99"), Some(99));
    }
}
