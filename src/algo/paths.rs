//! Chains between two actors on a scoped snapshot: the shortest (bidirectional BFS, or Dijkstra
//! on credibility costs), the k shortest distinct chains (Yen 1971), and a bounded enumeration of
//! simple chains for the constrained queries (intermediaries, kind patterns, time order).
//!
//! Chains are sequences of actors; parallel links between two consecutive actors form one hop.
//! The ends of a chain may be any actors; the actors in between must be *passable*.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};

use super::Csr;

/// Where a search reads the links at an actor.
#[derive(Clone, Copy)]
pub enum Adjacency<'a> {
    /// A snapshot: the links by tail (`out`) and by head (`inc`) as CSR arrays, edge ids being
    /// the caller's link ids. Built once in a pass over every link; the choice for searches that
    /// sweep the graph (cuts, Steiner trees, ego networks).
    Snapshot {
        /// Links by tail.
        out: &'a Csr,
        /// Links by head.
        inc: &'a Csr,
    },
    /// Links read on demand from the graph: no pass over every link first, so a search that
    /// touches a few thousand actors of a million-actor graph takes milliseconds.
    Live(&'a dyn LiveLinks),
}

impl std::fmt::Debug for Adjacency<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Adjacency::Snapshot { out, .. } => write!(f, "Snapshot({} links)", out.edge_count()),
            Adjacency::Live(live) => write!(f, "Live({} actors)", live.node_count()),
        }
    }
}

/// Links read on demand (see [`Adjacency::Live`]).
pub trait LiveLinks {
    /// The number of actors (ids run from 0).
    fn node_count(&self) -> usize;
    /// The number of links, or an upper bound.
    fn link_count(&self) -> usize;
    /// The `(other end, link id)` of every link leaving `v` (`outgoing`) or reaching it, in the
    /// order a snapshot lists them (searches break ties by that order): out-links by link id,
    /// in-links by tail, then link id.
    fn links_at(&self, v: u32, outgoing: bool) -> Vec<(u32, u32)>;
}

/// The graph a search walks: its links, whether direction is ignored, and which actors a chain
/// may pass through.
#[derive(Debug, Clone, Copy)]
pub struct SearchGraph<'a> {
    /// Where the links at an actor are read.
    pub links: Adjacency<'a>,
    /// Follow links in both directions.
    pub undirected: bool,
    /// For every actor, whether a chain may pass through it.
    pub passable: &'a [bool],
}

/// The steps out of an actor: slices of a snapshot, or a list read on demand.
enum Steps<S> {
    Snapshot(S),
    Live(std::vec::IntoIter<(u32, u32)>),
}

impl<S: Iterator<Item = (u32, u32)>> Iterator for Steps<S> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        match self {
            Steps::Snapshot(steps) => steps.next(),
            Steps::Live(steps) => steps.next(),
        }
    }
}

impl<'a> SearchGraph<'a> {
    /// A search on the snapshot `out` (links by tail) / `inc` (links by head).
    pub fn snapshot(out: &'a Csr, inc: &'a Csr, undirected: bool, passable: &'a [bool]) -> Self {
        SearchGraph {
            links: Adjacency::Snapshot { out, inc },
            undirected,
            passable,
        }
    }

    /// The steps from `v` in the direction of travel (`forward`: `(next actor, link)`) or
    /// against it (`(previous actor, link)`); undirected, both ways either way.
    fn steps(&self, v: u32, forward: bool) -> impl Iterator<Item = (u32, u32)> + '_ {
        match self.links {
            Adjacency::Snapshot { out, inc } => {
                let (ahead, behind) = if forward { (out, inc) } else { (inc, out) };
                let (back, back_ids): (&[u32], &[u32]) = if self.undirected {
                    (behind.neighbors(v), behind.edge_ids(v))
                } else {
                    (&[], &[])
                };
                Steps::Snapshot(
                    pairs(ahead.neighbors(v), ahead.edge_ids(v)).chain(pairs(back, back_ids)),
                )
            }
            Adjacency::Live(live) => {
                let mut steps = live.links_at(v, forward);
                if self.undirected {
                    steps.extend(live.links_at(v, !forward));
                }
                Steps::Live(steps.into_iter())
            }
        }
    }

    /// The `(next actor, link)` steps out of `v` in the direction of travel.
    fn forward(&self, v: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.steps(v, true)
    }

    /// The `(previous actor, link)` steps into `v` in the direction of travel.
    fn backward(&self, v: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.steps(v, false)
    }

    /// The actors one step from `v` in the direction of travel (repeated for parallel links).
    pub fn forward_steps(&self, v: u32) -> impl Iterator<Item = u32> + '_ {
        self.forward(v).map(|(w, _)| w)
    }

    /// Every link that carries the hop `u → v` in the direction of travel, in id order.
    pub fn hop_links(&self, u: u32, v: u32) -> Vec<u32> {
        let mut links: Vec<u32> = self
            .forward(u)
            .filter(|&(w, _)| w == v)
            .map(|(_, e)| e)
            .collect();
        links.sort_unstable();
        links.dedup();
        links
    }

    /// The number of actors.
    pub fn node_count(&self) -> usize {
        match self.links {
            Adjacency::Snapshot { out, .. } => out.node_count(),
            Adjacency::Live(live) => live.node_count(),
        }
    }

    /// The number of links (for a live graph, an upper bound).
    pub fn link_count(&self) -> usize {
        match self.links {
            Adjacency::Snapshot { out, .. } => out.edge_count(),
            Adjacency::Live(live) => live.link_count(),
        }
    }
}

fn pairs<'a>(targets: &'a [u32], ids: &'a [u32]) -> impl Iterator<Item = (u32, u32)> + 'a {
    targets.iter().copied().zip(ids.iter().copied())
}

/// How a chain's length is measured.
#[derive(Debug, Clone, Copy)]
pub enum Cost<'a> {
    /// Every hop costs 1.
    Hops,
    /// A hop costs the least of its links' costs, indexed by link id (e.g. −ln of the grade
    /// weight, so that the cheapest chain is the most credible).
    Weighted(&'a [f64]),
}

/// Actors and hops a search must not use (Yen's spur searches).
#[derive(Debug, Default, Clone)]
struct Blocks {
    nodes: Vec<u32>,
    hops: Vec<(u32, u32)>,
}

/// A chain found, with its cost.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundChain {
    /// The actors, from the first to the last.
    pub actors: Vec<u32>,
    /// Its cost: hops, or the sum of hop costs.
    pub cost: f64,
}

/// One side of a search: the actors it labelled in the current generation, the actor each was
/// reached from, and its depth in hops.
struct Side {
    stamp: Vec<u32>,
    parent: Vec<u32>,
    depth: Vec<u32>,
}

impl Side {
    fn new(n: usize) -> Side {
        Side {
            stamp: vec![0; n],
            parent: vec![NONE; n],
            depth: vec![0; n],
        }
    }

    fn has(&self, x: u32, generation: u32) -> bool {
        self.stamp[x as usize] == generation
    }

    fn label(&mut self, x: u32, generation: u32, parent: u32, depth: u32) {
        self.stamp[x as usize] = generation;
        self.parent[x as usize] = parent;
        self.depth[x as usize] = depth;
    }

    /// The actors from `x` back to the side's start, `x` first.
    fn trail(&self, x: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(Some(x), |&y| {
            Some(self.parent[y as usize]).filter(|&p| p != NONE)
        })
    }
}

/// Reusable scratch space for searches: the side from the start (Dijkstra uses it alone), the
/// side from the end, and Dijkstra's distances.
struct Searcher {
    from_start: Side,
    from_end: Side,
    dist: Vec<f64>,
    generation: u32,
}

const NONE: u32 = u32::MAX;

impl Searcher {
    fn new(n: usize) -> Searcher {
        Searcher {
            from_start: Side::new(n),
            from_end: Side::new(n),
            dist: vec![f64::INFINITY; n],
            generation: 0,
        }
    }

    fn next_generation(&mut self) -> u32 {
        self.generation += 1;
        self.generation
    }

    /// The shortest chain from `s` to `t` avoiding `blocks`, within `max_hops` hops.
    fn shortest(
        &mut self,
        g: &SearchGraph<'_>,
        s: u32,
        t: u32,
        blocks: &Blocks,
        cost: Cost<'_>,
        max_hops: usize,
    ) -> Option<FoundChain> {
        match cost {
            Cost::Hops => self.bidirectional_bfs(g, s, t, blocks, max_hops),
            Cost::Weighted(costs) if max_hops < g.node_count() => {
                hop_limited_cheapest(g, s, t, blocks, costs, max_hops)
            }
            Cost::Weighted(costs) => self.dijkstra(g, s, t, blocks, costs),
        }
    }

    /// Breadth-first search from both ends, a whole level at a time on the smaller frontier;
    /// the first level on which the frontiers meet holds the shortest chain.
    fn bidirectional_bfs(
        &mut self,
        g: &SearchGraph<'_>,
        s: u32,
        t: u32,
        blocks: &Blocks,
        max_hops: usize,
    ) -> Option<FoundChain> {
        let gen = self.next_generation();
        let allowed =
            |x: u32| (x == t || x == s || g.passable[x as usize]) && !blocks.nodes.contains(&x);
        self.from_start.label(s, gen, NONE, 0);
        self.from_end.label(t, gen, NONE, 0);
        let (mut front_start, mut front_end) = (vec![s], vec![t]);
        let (mut level_start, mut level_end) = (0u32, 0u32);
        let mut next = Vec::new();
        loop {
            if front_start.is_empty()
                || front_end.is_empty()
                || (level_start + level_end) as usize >= max_hops
            {
                return None;
            }
            next.clear();
            // The meeting actor with the shortest total, over the whole level.
            let mut meet: Option<(u32, u32)> = None;
            let forward = front_start.len() <= front_end.len();
            let (this, other, frontier, level) = if forward {
                (
                    &mut self.from_start,
                    &self.from_end,
                    &front_start,
                    &mut level_start,
                )
            } else {
                (
                    &mut self.from_end,
                    &self.from_start,
                    &front_end,
                    &mut level_end,
                )
            };
            for &v in frontier {
                for (w, _) in g.steps(v, forward) {
                    // The hop in the direction of travel.
                    let hop = if forward { (v, w) } else { (w, v) };
                    if this.has(w, gen) || !allowed(w) || blocks.hops.contains(&hop) {
                        continue;
                    }
                    this.label(w, gen, v, *level + 1);
                    if other.has(w, gen) {
                        let total = *level + 1 + other.depth[w as usize];
                        if meet.is_none_or(|(_, best)| total < best) {
                            meet = Some((w, total));
                        }
                    }
                    next.push(w);
                }
            }
            *level += 1;
            std::mem::swap(
                if forward {
                    &mut front_start
                } else {
                    &mut front_end
                },
                &mut next,
            );
            if let Some((m, _)) = meet {
                let mut actors: Vec<u32> = self.from_start.trail(m).collect();
                actors.reverse();
                actors.extend(self.from_end.trail(m).skip(1));
                let cost = (actors.len() - 1) as f64;
                return (actors.len() - 1 <= max_hops).then_some(FoundChain { actors, cost });
            }
        }
    }

    /// Dijkstra from `s`, stopping when `t` is settled.
    fn dijkstra(
        &mut self,
        g: &SearchGraph<'_>,
        s: u32,
        t: u32,
        blocks: &Blocks,
        costs: &[f64],
    ) -> Option<FoundChain> {
        let gen = self.next_generation();
        let allowed =
            |x: u32| (x == t || x == s || g.passable[x as usize]) && !blocks.nodes.contains(&x);
        let mut heap = BinaryHeap::new();
        self.from_start.label(s, gen, NONE, 0);
        self.dist[s as usize] = 0.0;
        heap.push(Entry(0.0, s));
        while let Some(Entry(d, v)) = heap.pop() {
            // The end side's labels mark the settled actors in this generation.
            if self.from_end.has(v, gen) || d > self.dist[v as usize] {
                continue;
            }
            self.from_end.stamp[v as usize] = gen;
            if v == t {
                let mut actors: Vec<u32> = self.from_start.trail(t).collect();
                actors.reverse();
                return Some(FoundChain { actors, cost: d });
            }
            for (w, e) in g.forward(v) {
                if !allowed(w) || blocks.hops.contains(&(v, w)) {
                    continue;
                }
                let candidate = d + costs[e as usize];
                let better = !self.from_start.has(w, gen) || candidate < self.dist[w as usize];
                if better {
                    self.from_start.stamp[w as usize] = gen;
                    self.dist[w as usize] = candidate;
                    self.from_start.parent[w as usize] = v;
                    heap.push(Entry(candidate, w));
                }
            }
        }
        None
    }
}

/// The cheapest chain from `s` to `t` with at most `max_hops` hops: Bellman–Ford by hop layers,
/// relaxing at layer h only the actors improved at layer h − 1. With non-negative costs a strict
/// improvement never closes a cycle, so the chain read back is simple.
fn hop_limited_cheapest(
    g: &SearchGraph<'_>,
    s: u32,
    t: u32,
    blocks: &Blocks,
    costs: &[f64],
    max_hops: usize,
) -> Option<FoundChain> {
    use std::collections::HashMap;
    let allowed =
        |x: u32| (x == t || x == s || g.passable[x as usize]) && !blocks.nodes.contains(&x);
    let mut best: HashMap<u32, f64> = HashMap::from([(s, 0.0)]);
    // For each actor, the layers at which it improved, with the actor it came from.
    let mut history: HashMap<(u32, usize), u32> = HashMap::new();
    let mut frontier: Vec<(u32, f64)> = vec![(s, 0.0)];
    let mut reached_t: Option<usize> = None;
    for layer in 1..=max_hops {
        let mut improved: HashMap<u32, (f64, u32)> = HashMap::new();
        for &(u, du) in &frontier {
            if u == t {
                continue;
            }
            for (w, e) in g.forward(u) {
                if w == s || !allowed(w) || blocks.hops.contains(&(u, w)) {
                    continue;
                }
                let candidate = du + costs[e as usize];
                if candidate < best.get(&w).copied().unwrap_or(f64::INFINITY) {
                    best.insert(w, candidate);
                    improved.insert(w, (candidate, u));
                }
            }
        }
        if improved.is_empty() {
            break;
        }
        let mut next: Vec<(u32, f64)> = Vec::with_capacity(improved.len());
        for (w, (cost, parent)) in improved {
            history.insert((w, layer), parent);
            if w == t {
                reached_t = Some(layer);
            }
            next.push((w, cost));
        }
        next.sort_unstable_by_key(|&(w, _)| w);
        frontier = next;
    }
    let layer = reached_t?;
    let mut actors = vec![t];
    let (mut v, mut at) = (t, layer);
    while at > 0 {
        v = history[&(v, at)];
        at -= 1;
        actors.push(v);
    }
    actors.reverse();
    Some(FoundChain {
        actors,
        cost: best[&t],
    })
}

/// A heap entry ordered by smallest cost first, then smallest actor.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry(f64, u32);

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The cost of the hop `u → v`: the least of its links' costs.
fn hop_cost(g: &SearchGraph<'_>, u: u32, v: u32, cost: Cost<'_>) -> f64 {
    match cost {
        Cost::Hops => 1.0,
        Cost::Weighted(costs) => g
            .forward(u)
            .filter(|&(w, _)| w == v)
            .map(|(_, e)| costs[e as usize])
            .fold(f64::INFINITY, f64::min),
    }
}

fn chain_cost(g: &SearchGraph<'_>, actors: &[u32], cost: Cost<'_>) -> f64 {
    actors
        .windows(2)
        .map(|w| hop_cost(g, w[0], w[1], cost))
        .sum()
}

/// A candidate chain ordered by cost, then hops, then actor sequence (deterministic ties).
#[derive(Debug, Clone, PartialEq)]
struct Candidate(FoundChain);

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
            .cost
            .total_cmp(&self.0.cost)
            .then(other.0.actors.len().cmp(&self.0.actors.len()))
            .then(other.0.actors.cmp(&self.0.actors))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The `k` cheapest distinct simple chains from `s` to `t`, cheapest first, each with at most
/// `max_hops` hops (Yen 1971).
///
/// Two chains are distinct when their actor sequences differ. Each spur search runs on the
/// snapshot with the root's actors and the hops already taken from that root blocked.
///
/// Complexity: O(k · L · S), where L is the length of a chain and S the cost of one search
/// (bidirectional BFS, or Dijkstra with weights).
///
/// ```
/// use linkchart::algo::{paths, Csr};
/// // 0 → 1 → 3, 0 → 2 → 3, 0 → 3 → (nothing)
/// let out = Csr::from_edges(4, [(0, 1), (1, 3), (0, 2), (2, 3), (0, 3)]);
/// let inc = out.reversed();
/// let passable = vec![true; 4];
/// let g = paths::SearchGraph::snapshot(&out, &inc, false, &passable);
/// let chains = paths::k_shortest(&g, 0, 3, 5, paths::Cost::Hops, usize::MAX);
/// let actors: Vec<Vec<u32>> = chains.into_iter().map(|c| c.actors).collect();
/// assert_eq!(actors, [vec![0, 3], vec![0, 1, 3], vec![0, 2, 3]]);
/// ```
pub fn k_shortest(
    g: &SearchGraph<'_>,
    s: u32,
    t: u32,
    k: usize,
    cost: Cost<'_>,
    max_hops: usize,
) -> Vec<FoundChain> {
    let mut searcher = Searcher::new(g.node_count());
    let mut found: Vec<FoundChain> = Vec::new();
    if k == 0 || s == t {
        return found;
    }
    let Some(first) = searcher.shortest(g, s, t, &Blocks::default(), cost, max_hops) else {
        return found;
    };
    let mut first = first;
    first.cost = chain_cost(g, &first.actors, cost);
    found.push(first);
    let mut candidates: BinaryHeap<Candidate> = BinaryHeap::new();
    let mut seen: HashSet<Vec<u32>> = found.iter().map(|c| c.actors.clone()).collect();
    while found.len() < k {
        let previous = found.last().expect("at least one").actors.clone();
        for i in 0..previous.len() - 1 {
            let spur = previous[i];
            let root = &previous[..=i];
            let mut blocks = Blocks {
                nodes: root[..i].to_vec(),
                hops: Vec::new(),
            };
            for chain in &found {
                if chain.actors.len() > i + 1 && chain.actors[..=i] == *root {
                    blocks.hops.push((chain.actors[i], chain.actors[i + 1]));
                }
            }
            let Some(spur_chain) =
                searcher.shortest(g, spur, t, &blocks, cost, max_hops.saturating_sub(i))
            else {
                continue;
            };
            let mut actors = root[..i].to_vec();
            actors.extend_from_slice(&spur_chain.actors);
            if actors.len() - 1 > max_hops || !seen.insert(actors.clone()) {
                continue;
            }
            let total = chain_cost(g, &actors, cost);
            candidates.push(Candidate(FoundChain {
                actors,
                cost: total,
            }));
        }
        match candidates.pop() {
            Some(Candidate(best)) => found.push(best),
            None => break,
        }
    }
    found
}

/// A time-respecting constraint: each hop no earlier than the hop before, at most `max_gap`
/// days after it.
#[derive(Debug, Clone, Copy)]
pub struct TimeOrder<'a> {
    /// The days `(first, last)` each link covers, by link id; `None` when undated.
    pub days: &'a [Option<(i32, i32)>],
    /// Whether undated links may be used (as "any time").
    pub allow_undated: bool,
    /// The longest wait between two hops, in days.
    pub max_gap: Option<i32>,
}

impl TimeOrder<'_> {
    /// The window of times a chain can be at after taking link `e`, having been within
    /// `(lo, hi)`; `None` when the link breaks time order.
    fn step(&self, (lo, hi): (i32, i32), e: u32) -> Option<(i32, i32)> {
        let reach = self.max_gap.map_or(i32::MAX, |gap| hi.saturating_add(gap));
        match self.days[e as usize] {
            Some((a, b)) => {
                let new = (a.max(lo), b.min(reach));
                (new.0 <= new.1).then_some(new)
            }
            None if self.allow_undated => Some((lo, reach)),
            None => None,
        }
    }
}

/// What the enumeration may keep, besides being a simple chain from `s` to `t`.
#[derive(Debug, Clone, Default)]
pub struct ChainFilter<'a> {
    /// Every chain must pass through all of these.
    pub via: Vec<u32>,
    /// Kinds the chain's actors must have, in order (the chain then has `len − 1` hops).
    pub pattern: Option<(&'a [u8], Vec<u8>)>,
}

/// A chain found by enumeration: its actors, the link used for each hop when time order chose
/// one, and the earliest time it can arrive.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumeratedChain {
    /// The actors.
    pub actors: Vec<u32>,
    /// For time-ordered chains, the link each hop takes.
    pub links: Vec<u32>,
    /// For time-ordered chains, the earliest day it can reach the end (`None` when undated).
    pub arrival: Option<i32>,
}

/// The outcome of an enumeration.
#[derive(Debug, Clone, Default)]
pub struct Enumeration {
    /// The chains kept, in the order found (depth first).
    pub chains: Vec<EnumeratedChain>,
    /// True when the search stopped at `limit` chains or at its work budget.
    pub cut: bool,
}

/// How many actor expansions one enumeration may make before it stops (and says so).
pub const WORK_BUDGET: usize = 5_000_000;

/// Every simple chain from `s` to `t` with at most `max_hops` hops that the filter and the time
/// order accept, depth first, stopping after `limit` chains or [`WORK_BUDGET`] expansions.
///
/// Branches that cannot reach `t` within the hops left are pruned with the hop distances to `t`
/// (one backward BFS), so the search never wanders the whole graph the way an unbounded
/// all-simple-paths does.
///
/// ```
/// use linkchart::algo::{paths, Csr};
/// let out = Csr::from_edges(4, [(0, 1), (1, 3), (0, 2), (2, 3), (1, 2)]);
/// let inc = out.reversed();
/// let passable = vec![true; 4];
/// let g = paths::SearchGraph::snapshot(&out, &inc, false, &passable);
/// let found = paths::enumerate(&g, 0, 3, 3, 100, &Default::default(), None);
/// let actors: Vec<Vec<u32>> = found.chains.into_iter().map(|c| c.actors).collect();
/// assert_eq!(actors, [vec![0, 1, 2, 3], vec![0, 1, 3], vec![0, 2, 3]]);
/// ```
pub fn enumerate(
    g: &SearchGraph<'_>,
    s: u32,
    t: u32,
    max_hops: usize,
    limit: usize,
    filter: &ChainFilter<'_>,
    time: Option<&TimeOrder<'_>>,
) -> Enumeration {
    let mut max_hops = max_hops;
    if let Some((_, pattern)) = &filter.pattern {
        max_hops = max_hops.min(pattern.len().saturating_sub(1));
    }
    let distance = hops_to(g, t, max_hops);
    let mut walk = Walk {
        g,
        t,
        max_hops,
        limit,
        filter,
        time,
        distance,
        on_chain: vec![false; g.node_count()],
        actors: vec![s],
        links: Vec::new(),
        work: 0,
        seen: std::collections::HashMap::new(),
        out: Enumeration::default(),
    };
    if s != t && walk.kind_fits(0, s) {
        walk.on_chain[s as usize] = true;
        // Before the first hop the chain may be at any time.
        walk.extend(s, (i32::MIN, i32::MAX));
    }
    walk.out
}

/// Hop distances to `t` against the direction of travel, up to `max_hops` (`u32::MAX` beyond).
fn hops_to(g: &SearchGraph<'_>, t: u32, max_hops: usize) -> Vec<u32> {
    let mut distance = vec![u32::MAX; g.node_count()];
    distance[t as usize] = 0;
    let mut frontier = vec![t];
    let mut level = 0;
    while !frontier.is_empty() && level < max_hops {
        level += 1;
        let mut next = Vec::new();
        for &v in &frontier {
            for (u, _) in g.backward(v) {
                if distance[u as usize] == u32::MAX {
                    distance[u as usize] = level as u32;
                    if g.passable[u as usize] {
                        next.push(u);
                    }
                }
            }
        }
        frontier = next;
    }
    distance
}

struct Walk<'a, 'b> {
    g: &'a SearchGraph<'b>,
    t: u32,
    max_hops: usize,
    limit: usize,
    filter: &'a ChainFilter<'b>,
    time: Option<&'a TimeOrder<'b>>,
    distance: Vec<u32>,
    on_chain: Vec<bool>,
    actors: Vec<u32>,
    links: Vec<u32>,
    work: usize,
    seen: std::collections::HashMap<Vec<u32>, usize>,
    out: Enumeration,
}

impl Walk<'_, '_> {
    fn kind_fits(&self, position: usize, v: u32) -> bool {
        match &self.filter.pattern {
            Some((kinds, pattern)) => pattern.get(position) == Some(&kinds[v as usize]),
            None => true,
        }
    }

    fn done(&self) -> bool {
        self.out.cut
    }

    /// Extends the chain ending at `v`, whose time window is `window`.
    fn extend(&mut self, v: u32, window: (i32, i32)) {
        self.work += 1;
        if self.work > WORK_BUDGET {
            self.out.cut = true;
            return;
        }
        let depth = self.actors.len() - 1;
        // The steps out of v, grouped by next actor (parallel links form one hop).
        let mut steps: Vec<(u32, u32)> = self.g.forward(v).collect();
        steps.sort_unstable();
        let mut i = 0;
        while i < steps.len() && !self.done() {
            let w = steps[i].0;
            let mut j = i;
            while j < steps.len() && steps[j].0 == w {
                j += 1;
            }
            let group = &steps[i..j];
            i = j;
            if self.on_chain[w as usize]
                || (w != self.t && !self.g.passable[w as usize])
                || depth + 1 + self.distance[w as usize] as usize > self.max_hops
                || !self.kind_fits(depth + 1, w)
            {
                continue;
            }
            // Under time order each parallel link may open a different window; try every window
            // not dominated by another (starting no earlier and ending no later).
            let mut options: Vec<(u32, (i32, i32))> = match self.time {
                None => vec![(group[0].1, window)],
                Some(time) => group
                    .iter()
                    .filter_map(|&(_, e)| time.step(window, e).map(|next| (e, next)))
                    .collect(),
            };
            options.sort_by(|a, b| {
                a.1 .0
                    .cmp(&b.1 .0)
                    .then(b.1 .1.cmp(&a.1 .1))
                    .then(a.0.cmp(&b.0))
            });
            let mut widest_end = i32::MIN;
            options.retain(|&(_, (_, hi))| {
                let keep = hi > widest_end;
                widest_end = widest_end.max(hi);
                keep
            });
            for (link, next_window) in options {
                if self.done() {
                    break;
                }
                self.actors.push(w);
                self.links.push(link);
                if w == self.t {
                    self.accept(next_window);
                } else {
                    self.on_chain[w as usize] = true;
                    self.extend(w, next_window);
                    self.on_chain[w as usize] = false;
                }
                self.actors.pop();
                self.links.pop();
            }
        }
    }

    fn accept(&mut self, window: (i32, i32)) {
        if let Some((_, pattern)) = &self.filter.pattern {
            if self.actors.len() != pattern.len() {
                return;
            }
        }
        if !self.filter.via.iter().all(|x| self.actors.contains(x)) {
            return;
        }
        let arrival = (self.time.is_some() && window.0 != i32::MIN).then_some(window.0);
        let links = if self.time.is_some() {
            self.links.clone()
        } else {
            Vec::new()
        };
        // Under time order one actor sequence may be reached through several parallel links:
        // keep it once, with its earliest arrival.
        if let Some(&index) = self.seen.get(&self.actors) {
            let kept = &mut self.out.chains[index];
            let earlier = match (arrival, kept.arrival) {
                (Some(new), Some(old)) => new < old,
                (Some(_), None) => true,
                _ => false,
            };
            if earlier {
                kept.arrival = arrival;
                kept.links = links;
            }
            return;
        }
        if self.out.chains.len() >= self.limit {
            self.out.cut = true;
            return;
        }
        self.seen.insert(self.actors.clone(), self.out.chains.len());
        self.out.chains.push(EnumeratedChain {
            actors: self.actors.clone(),
            links,
            arrival,
        });
    }
}
