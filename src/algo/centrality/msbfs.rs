//! Multi-source breadth-first search: the distance sums of many sources in one bit-parallel
//! sweep of the graph.
//!
//! A batch of up to [`BATCH`] sources gives each source one bit of a [`Bits`] word array per
//! node. One sweep of the graph per level moves every source's frontier at once, so in a graph
//! of short distances, where the sources' searches keep meeting at the same nodes on the same
//! level, an edge is read once per level for the whole batch rather than once per source. A
//! level expands top-down (each frontier node pushes its bits to its neighbours) or bottom-up
//! (each node some source has not reached pulls the bits of its in-neighbours), whichever
//! reads fewer edges. In long thin graphs (paths, grids, chains of brokers) the searches
//! rarely meet, a bit costs more than a plain search's visit, and a batch whose sweep finds too
//! little overlap is searched again one source at a time.
//!
//! # References
//! * M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and
//!   H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal", *PVLDB* 8(4),
//!   449–460, 2014 (`seen`, `visit`, `visitNext`; here `seen`, `frontier`, `next`).
//! * S. Beamer, K. Asanović and D. Patterson, "Direction-Optimizing Breadth-First Search",
//!   *SC '12*, 2012 (top-down and bottom-up levels).

use std::ops::Range;

use super::bfs::Bfs;
use super::{chunked, view, Csr, Direction};

/// 64-bit words per node: one bit per source of a batch.
const LANES: usize = 4;

/// Sources per batch.
const BATCH: usize = LANES * 64;

/// Passes over the graph's nodes and edges a sweep may read before it judges whether its
/// searches overlap enough: in trees and other sparse graphs the overlap builds up over the
/// first levels.
const TRIAL_PASSES: usize = 8;

/// Past its trial, a sweep carries on while each node and edge it reads stands, on average, for
/// at least this many that one search per source would have read (about where the two cost the
/// same); otherwise its batch is searched one source at a time.
const MIN_OVERLAP: usize = 4;

/// One bit per source of a batch.
type Bits = [u64; LANES];

const NONE: Bits = [0; LANES];

/// What a breadth-first search from one node finds.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) struct Reach {
    /// Nodes reached, the source included.
    pub(super) reached: u64,
    /// Sum of the hop distances to the reached nodes.
    pub(super) distance_sum: u64,
    /// Sum of `1 / d` over the reached nodes other than the source.
    pub(super) inverse_distance_sum: f64,
}

/// How a level finds the nodes its frontier reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expansion {
    /// Top-down or bottom-up per level, whichever reads fewer edges; a batch whose searches
    /// barely overlap is searched one source at a time.
    Adaptive,
    /// Always top-down (only to test both ways against each other).
    #[cfg(test)]
    TopDown,
    /// Always bottom-up (only to test both ways against each other).
    #[cfg(test)]
    BottomUp,
}

/// For every node `v`, what a breadth-first search finds among the nodes that reach `v`
/// (directed: the distances from them to `v`, as networkx's closeness; undirected: the
/// symmetric view). Sequential below `threshold` nodes, otherwise batches of sources run on the
/// rayon pool.
pub(super) fn inward_reach(g: &Csr, direction: Direction, threshold: usize) -> Vec<Reach> {
    inward_reach_with(g, direction, threshold, Expansion::Adaptive)
}

fn inward_reach_with(
    g: &Csr,
    direction: Direction,
    threshold: usize,
    expansion: Expansion,
) -> Vec<Reach> {
    // `down` leads from a node to the nodes that reach it; `up` is its reverse, the graph a
    // bottom-up level reads.
    let reversed;
    let symmetric;
    let (down, up): (&Csr, &Csr) = match direction {
        Direction::Directed => {
            reversed = g.reversed();
            (&reversed, g)
        }
        Direction::Undirected => {
            symmetric = view(g, direction);
            (&symmetric, &symmetric)
        }
    };
    let n = g.node_count();
    let batch_threshold = if n < threshold { usize::MAX } else { 0 };
    let graphs = Graphs { down, up };
    chunked(
        n.div_ceil(BATCH),
        batch_threshold,
        || Sweep::new(n),
        |sweep, batches| {
            batches
                .flat_map(|b| {
                    let sources = b * BATCH..((b + 1) * BATCH).min(n);
                    sweep
                        .run(graphs, sources.clone(), expansion)
                        .unwrap_or_else(|| {
                            sources.map(|s| sweep.search_from(down, s as u32)).collect()
                        })
                })
                .collect::<Vec<Reach>>()
        },
    )
    .concat()
}

/// The two readings of the searched graph: `down` for top-down levels, `up` (its reverse) for
/// bottom-up ones.
#[derive(Clone, Copy)]
struct Graphs<'g> {
    down: &'g Csr,
    up: &'g Csr,
}

/// The per-node bit arrays of one batch, reused from batch to batch. Names follow the paper:
/// `seen`, `frontier` (*visit*) and `next` (*visitNext*).
struct Sweep {
    seen: Vec<Bits>,
    frontier: Vec<Bits>,
    next: Vec<Bits>,
    /// Nodes whose `frontier` is not empty.
    active: Vec<u32>,
    /// Nodes whose `next` is not empty.
    touched: Vec<u32>,
    counter: LevelCounter,
    /// For batches whose searches barely overlap: one search per source.
    bfs: Bfs,
}

impl Sweep {
    fn new(n: usize) -> Sweep {
        Sweep {
            seen: vec![NONE; n],
            frontier: vec![NONE; n],
            next: vec![NONE; n],
            active: Vec::new(),
            touched: Vec::new(),
            counter: LevelCounter::new(n),
            bfs: Bfs::new(n),
        }
    }

    /// Searches from the nodes `sources` at once over `g.down`; one [`Reach`] per source, or
    /// `None` when an [`Expansion::Adaptive`] sweep gives up for lack of overlap.
    fn run(
        &mut self,
        g: Graphs<'_>,
        sources: Range<usize>,
        expansion: Expansion,
    ) -> Option<Vec<Reach>> {
        let mut reach = vec![
            Reach {
                reached: 1,
                ..Reach::default()
            };
            sources.len()
        ];
        let all = batch_mask(sources.len());
        self.seen.fill(NONE);
        for (bit, s) in sources.enumerate() {
            set_bit(&mut self.seen[s], bit);
            set_bit(&mut self.frontier[s], bit);
            self.active.push(s as u32);
        }
        // In-edges of the nodes some source has not reached yet: what a bottom-up level reads.
        let mut unfinished_edges: usize = (0..g.up.node_count() as u32)
            .filter(|&v| self.seen[v as usize] != all)
            .map(|v| g.up.out_degree(v))
            .sum();
        // Nodes and edges this sweep has read, against what one search per source would have
        // read to find the same nodes.
        let (mut sweep_work, mut per_source_work) = (0usize, 0usize);
        let trial_work = TRIAL_PASSES * (g.down.node_count() + g.down.edge_count());
        let mut depth = 0u64;
        while !self.active.is_empty() {
            depth += 1;
            let frontier_edges: usize = self.active.iter().map(|&v| g.down.out_degree(v)).sum();
            let bottom_up = match expansion {
                // A bottom-up level reads its edges sequentially and writes nothing at random,
                // so it pays off a little before it reads fewer edges.
                Expansion::Adaptive => 2 * frontier_edges > unfinished_edges,
                #[cfg(test)]
                Expansion::TopDown => false,
                #[cfg(test)]
                Expansion::BottomUp => true,
            };
            if bottom_up {
                sweep_work += self.seen.len() + unfinished_edges;
                self.pull(g.up, all);
            } else {
                sweep_work += self.active.len() + frontier_edges;
                self.push(g.down);
            }
            for &v in &self.active {
                self.frontier[v as usize] = NONE;
            }
            self.active.clear();
            sweep_work += self.touched.len();
            for &v in &self.touched {
                let v = v as usize;
                let new = and_not(self.next[v], self.seen[v]);
                self.next[v] = NONE;
                if new == NONE {
                    continue;
                }
                or_assign(&mut self.seen[v], new);
                if self.seen[v] == all {
                    unfinished_edges -= g.up.out_degree(v as u32);
                }
                per_source_work += count_ones(new) * (1 + g.down.out_degree(v as u32));
                self.frontier[v] = new;
                self.active.push(v as u32);
                self.counter.add(new);
            }
            self.touched.clear();
            let inverse_depth = 1.0 / depth as f64;
            self.counter.drain(|source, count| {
                let r = &mut reach[source];
                r.reached += count;
                r.distance_sum += depth * count;
                r.inverse_distance_sum += count as f64 * inverse_depth;
            });
            if expansion == Expansion::Adaptive
                && sweep_work > trial_work
                && sweep_work * MIN_OVERLAP > per_source_work
            {
                for &v in &self.active {
                    self.frontier[v as usize] = NONE;
                }
                self.active.clear();
                return None;
            }
        }
        Some(reach)
    }

    /// One plain breadth-first search from `source` over `down`.
    fn search_from(&mut self, down: &Csr, source: u32) -> Reach {
        let mut reach = Reach::default();
        self.bfs.run(down, source, |_, d| {
            reach.reached += 1;
            reach.distance_sum += u64::from(d);
            if d > 0 {
                reach.inverse_distance_sum += 1.0 / f64::from(d);
            }
        });
        reach
    }

    /// Top-down: every frontier node ORs its bits into its neighbours' `next`.
    fn push(&mut self, down: &Csr) {
        for &v in &self.active {
            let bits = self.frontier[v as usize];
            for &w in down.neighbors(v) {
                let next = &mut self.next[w as usize];
                if *next == NONE {
                    self.touched.push(w);
                }
                or_assign(next, bits);
            }
        }
    }

    /// Bottom-up: every node not yet reached by all sources ORs its in-neighbours' frontiers.
    fn pull(&mut self, up: &Csr, all: Bits) {
        for (w, seen) in self.seen.iter().enumerate() {
            if *seen == all {
                continue;
            }
            let mut bits = NONE;
            for &v in up.neighbors(w as u32) {
                or_assign(&mut bits, self.frontier[v as usize]);
            }
            if and_not(bits, *seen) != NONE {
                self.next[w] = bits;
                self.touched.push(w as u32);
            }
        }
    }
}

/// Per-source counts of the nodes a level reaches, kept bit-sliced: plane `i` holds bit `i` of
/// every source's count, so adding a node's new bits is a ripple-carry over a few words rather
/// than one increment per set bit.
struct LevelCounter {
    planes: Vec<Bits>,
    /// Planes that may hold a set bit.
    used: usize,
}

impl LevelCounter {
    /// A counter for counts up to `n`.
    fn new(n: usize) -> LevelCounter {
        let bits = (usize::BITS - n.leading_zeros()).max(1) as usize;
        LevelCounter {
            planes: vec![NONE; bits],
            used: 0,
        }
    }

    /// Adds one to the count of every source whose bit is set in `bits`.
    fn add(&mut self, bits: Bits) {
        for (lane, &word) in bits.iter().enumerate() {
            let mut carry = word;
            let mut plane = 0;
            while carry != 0 {
                let p = &mut self.planes[plane][lane];
                let overflow = *p & carry;
                *p ^= carry;
                carry = overflow;
                plane += 1;
            }
            self.used = self.used.max(plane);
        }
    }

    /// Calls `visit(source, count)` for every source with a non-zero count, in source order,
    /// and resets the counts.
    fn drain(&mut self, mut visit: impl FnMut(usize, u64)) {
        let planes = &mut self.planes[..self.used];
        for lane in 0..LANES {
            let mut any = planes.iter().fold(0, |acc, p| acc | p[lane]);
            while any != 0 {
                let bit = any.trailing_zeros();
                any &= any - 1;
                let count = planes
                    .iter()
                    .enumerate()
                    .map(|(i, p)| ((p[lane] >> bit) & 1) << i)
                    .sum();
                visit(lane * 64 + bit as usize, count);
            }
        }
        planes.fill(NONE);
        self.used = 0;
    }
}

/// The bits of the first `len` sources.
fn batch_mask(len: usize) -> Bits {
    let mut mask = NONE;
    for (lane, word) in mask.iter_mut().enumerate() {
        let bits = len.saturating_sub(lane * 64).min(64);
        *word = if bits == 64 { !0 } else { (1 << bits) - 1 };
    }
    mask
}

fn set_bit(bits: &mut Bits, bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

#[inline]
fn or_assign(a: &mut Bits, b: Bits) {
    for (x, y) in a.iter_mut().zip(b) {
        *x |= y;
    }
}

fn count_ones(bits: Bits) -> usize {
    bits.iter().map(|w| w.count_ones() as usize).sum()
}

#[inline]
fn and_not(a: Bits, b: Bits) -> Bits {
    std::array::from_fn(|i| a[i] & !b[i])
}

#[cfg(test)]
mod tests {
    use super::super::bfs::Bfs;
    use super::super::SplitMix64;
    use super::*;

    /// The same sums from one plain breadth-first search per node.
    fn per_source(g: &Csr, direction: Direction) -> Vec<Reach> {
        let walk = match direction {
            Direction::Directed => g.reversed(),
            Direction::Undirected => g.undirected(),
        };
        let mut search = Bfs::new(g.node_count());
        (0..g.node_count() as u32)
            .map(|v| {
                let mut reach = Reach::default();
                search.run(&walk, v, |_, d| {
                    reach.reached += 1;
                    reach.distance_sum += u64::from(d);
                    if d > 0 {
                        reach.inverse_distance_sum += 1.0 / f64::from(d);
                    }
                });
                reach
            })
            .collect()
    }

    /// `edges` random links among `n` nodes (self-loops and parallel links included), and a
    /// path through the first `path` nodes so that some searches run many levels.
    fn random_graph(rng: &mut SplitMix64, n: usize, edges: usize, path: usize) -> Csr {
        let mut pairs: Vec<(u32, u32)> = (0..edges)
            .map(|_| (rng.below(n as u64) as u32, rng.below(n as u64) as u32))
            .collect();
        pairs.extend((1..path.min(n) as u32).map(|v| (v - 1, v)));
        Csr::from_edges(n, pairs)
    }

    fn assert_same(found: &[Reach], expected: &[Reach], what: &str) {
        assert_eq!(found.len(), expected.len(), "{what}");
        for (v, (f, e)) in found.iter().zip(expected).enumerate() {
            assert_eq!(
                (f.reached, f.distance_sum),
                (e.reached, e.distance_sum),
                "{what}: node {v}"
            );
            let tolerance = 1e-12 * e.inverse_distance_sum.max(1.0);
            assert!(
                (f.inverse_distance_sum - e.inverse_distance_sum).abs() <= tolerance,
                "{what}: node {v}: {} vs {}",
                f.inverse_distance_sum,
                e.inverse_distance_sum
            );
        }
    }

    #[test]
    fn equals_one_search_per_source() {
        let mut rng = SplitMix64::new(7);
        // Sizes around the word and the batch width; sparse (many components, long paths)
        // to dense.
        for n in [0, 1, 2, 63, 64, 65, 255, 256, 257, 300, 600] {
            for (edges, path) in [(n / 3, n), (n, 0), (3 * n, n / 2), (12 * n, 0)] {
                let g = random_graph(&mut rng, n, edges, path);
                for direction in [Direction::Directed, Direction::Undirected] {
                    let expected = per_source(&g, direction);
                    for expansion in [Expansion::Adaptive, Expansion::TopDown, Expansion::BottomUp]
                    {
                        for threshold in [0, usize::MAX] {
                            let what = format!(
                                "n {n}, {edges} random links, path {path}, {direction:?}, \
                                 {expansion:?}, threshold {threshold}"
                            );
                            let found = inward_reach_with(&g, direction, threshold, expansion);
                            assert_same(&found, &expected, &what);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_batch_of_barely_overlapping_searches_gives_up() {
        let n = 2000;
        let path = Csr::from_edges(n, (1..n as u32).map(|v| (v - 1, v))).undirected();
        let mut rng = SplitMix64::new(11);
        let dense = random_graph(&mut rng, n, 10 * n, 0).undirected();
        let mut sweep = Sweep::new(n);
        for (g, overlaps) in [(&path, false), (&dense, true)] {
            let graphs = Graphs { down: g, up: g };
            let found = sweep.run(graphs, 0..BATCH, Expansion::Adaptive);
            assert_eq!(found.is_some(), overlaps);
            // Forced expansions never give up.
            assert!(sweep.run(graphs, 0..BATCH, Expansion::TopDown).is_some());
        }
    }

    #[test]
    fn level_counter_counts_every_bit() {
        let mut counter = LevelCounter::new(1000);
        let mut expected = vec![0u64; BATCH];
        let mut rng = SplitMix64::new(3);
        for _ in 0..1000 {
            let bits: Bits = std::array::from_fn(|_| rng.next_u64() & rng.next_u64());
            for (source, count) in expected.iter_mut().enumerate() {
                *count += (bits[source / 64] >> (source % 64)) & 1;
            }
            counter.add(bits);
        }
        let mut found = vec![0u64; BATCH];
        counter.drain(|source, count| found[source] = count);
        assert_eq!(found, expected);
        counter.drain(|_, _| panic!("drained counts are reset"));
    }

    #[test]
    fn batch_mask_covers_exactly_the_sources() {
        for len in [0, 1, 63, 64, 65, 130, BATCH - 1, BATCH] {
            let mut expected = NONE;
            for bit in 0..len {
                set_bit(&mut expected, bit);
            }
            assert_eq!(batch_mask(len), expected, "{len} sources");
        }
    }
}
