//! Shortest-path betweenness (Brandes 2001), exact or estimated from sampled sources, and the
//! pair-by-pair explanation of one node's score.

use super::bfs::Bfs;
use super::rng::SplitMix64;
use super::{chunked, view, Csr, Direction, PARALLEL_THRESHOLD};

/// Marks a node not reached by the current traversal.
const UNREACHED: u32 = u32::MAX;

/// Settings of [`betweenness_centrality`]; [`BetweennessOptions::new`] gives networkx's
/// defaults (`normalized=True`, every node a source).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BetweennessOptions {
    /// How edges are read.
    pub direction: Direction,
    /// Divide by the number of pairs that could run through a node (networkx `normalized`).
    pub normalized: bool,
    /// `Some((k, seed))`: estimate from `k` source nodes drawn by [`SplitMix64::sample`] with
    /// `seed` (networkx `k`); `None`: exact, from every node.
    pub sample: Option<(usize, u64)>,
    /// Runs with fewer sources than this stay on the calling thread; see [`PARALLEL_THRESHOLD`].
    pub parallel_threshold: usize,
}

impl BetweennessOptions {
    /// Exact, normalized betweenness read with `direction`.
    pub fn new(direction: Direction) -> BetweennessOptions {
        BetweennessOptions {
            direction,
            normalized: true,
            sample: None,
            parallel_threshold: PARALLEL_THRESHOLD,
        }
    }

    /// Sets [`BetweennessOptions::normalized`].
    pub fn normalized(self, normalized: bool) -> BetweennessOptions {
        BetweennessOptions { normalized, ..self }
    }

    /// Sets [`BetweennessOptions::sample`] to `k` sources drawn with `seed`.
    pub fn sample(self, k: usize, seed: u64) -> BetweennessOptions {
        BetweennessOptions {
            sample: Some((k, seed)),
            ..self
        }
    }

    /// Sets [`BetweennessOptions::parallel_threshold`].
    pub fn parallel_threshold(self, parallel_threshold: usize) -> BetweennessOptions {
        BetweennessOptions {
            parallel_threshold,
            ..self
        }
    }
}

/// Shortest-path betweenness centrality, as `nx.betweenness_centrality(G, k, normalized,
/// endpoints=False)`.
///
/// The betweenness of `v` is the sum, over ordered pairs `(s, t)` of other nodes, of the share
/// `σ_st(v) / σ_st` of the shortest `s`–`t` paths that pass through `v`. As in networkx:
///
/// * undirected and not normalized, the sum is halved (each unordered pair once);
/// * normalized, it is divided by `(n - 1)(n - 2)` (directed and undirected alike, so an
///   undirected score is `2 / ((n-1)(n-2))` times the unordered sum);
/// * with fewer than 3 nodes every score is 0.
///
/// With `options.sample = Some((k, seed))`, only the `k` drawn sources are traversed and the
/// sums are scaled up as networkx 3.6 does: a node that is not a source by `n / k`
/// (normalized: by `1 / (k (n - 2))`), a node that is a source, which never counts its own
/// traversal, by `(n - 1) / (k - 1)` (normalized: `1 / ((k - 1)(n - 2))`; `NaN` when `k = 1`).
/// With `k = n` the estimate is the exact value. Sampling cannot reproduce networkx's own draw,
/// which uses Python's `random`.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `options` – direction, normalization, sampling and the sequential threshold.
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(k (n + m))` time for `k` sources (`k = n` when exact) over the available threads;
/// `O(n + m)` memory per thread chunk.
///
/// # Panics
/// If the sample size exceeds the node count.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{betweenness_centrality, BetweennessOptions, Direction};
/// // The path 0 - 1 - 2 - 3.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2), (2, 3)]).simple();
/// let raw = betweenness_centrality(&g, &BetweennessOptions::new(Direction::Undirected).normalized(false));
/// assert_eq!(raw, vec![0.0, 2.0, 2.0, 0.0]);
/// let norm = betweenness_centrality(&g, &BetweennessOptions::new(Direction::Undirected));
/// assert_eq!(norm, vec![0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0]);
/// // Directed, only the pairs (0, 2), (0, 3), (1, 3) have paths: node 1 lies on two of them.
/// let dir = betweenness_centrality(&g, &BetweennessOptions::new(Direction::Directed).normalized(false));
/// assert_eq!(dir, vec![0.0, 2.0, 2.0, 0.0]);
/// ```
///
/// # Reference
/// U. Brandes, "A faster algorithm for betweenness centrality", *Journal of Mathematical
/// Sociology* 25(2), 163–177, 2001.
pub fn betweenness_centrality(g: &Csr, options: &BetweennessOptions) -> Vec<f64> {
    let g = view(g, options.direction);
    let n = g.node_count();
    let sources: Vec<u32> = match options.sample {
        Some((k, seed)) if k != n => SplitMix64::new(seed).sample(n, k),
        _ => (0..n as u32).collect(),
    };
    let pred_start = in_offsets(&g);
    let partials = chunked(
        sources.len(),
        options.parallel_threshold,
        || Brandes::new(&g, &pred_start),
        |state, range| {
            let mut scores = vec![0.0; n];
            for &s in &sources[range] {
                state.accumulate(s, &mut scores);
            }
            scores
        },
    );
    let mut scores = vec![0.0; n];
    for partial in partials {
        for (total, x) in scores.iter_mut().zip(partial) {
            *total += x;
        }
    }
    rescale(&mut scores, &sources, options);
    scores
}

/// Scales the raw sums as networkx's `_rescale` with `endpoints=False`.
fn rescale(scores: &mut [f64], sources: &[u32], options: &BetweennessOptions) {
    let n = scores.len();
    if n < 3 {
        return;
    }
    let pairs = (n - 1) as f64;
    let correction = match options.direction {
        Direction::Directed => 1.0,
        Direction::Undirected => 2.0,
    };
    let scale = |k: f64| {
        if options.normalized {
            1.0 / (k * (pairs - 1.0))
        } else {
            pairs / (k * correction)
        }
    };
    let k = sources.len();
    if k == n {
        let s = scale(pairs);
        scores.iter_mut().for_each(|x| *x *= s);
        return;
    }
    let as_source = if k > 1 {
        scale((k - 1) as f64)
    } else {
        f64::NAN
    };
    let as_other = scale(k as f64);
    let mut is_source = vec![false; n];
    for &s in sources {
        is_source[s as usize] = true;
    }
    for (x, source) in scores.iter_mut().zip(is_source) {
        *x *= if source { as_source } else { as_other };
    }
}

/// `offsets[v]..offsets[v + 1]`: room for the in-neighbours of `v`, so for its predecessors in
/// any shortest-path DAG.
fn in_offsets(g: &Csr) -> Vec<u32> {
    let n = g.node_count();
    let mut offsets = vec![0u32; n + 1];
    for (_, w, _) in g.edges() {
        offsets[w as usize + 1] += 1;
    }
    for v in 0..n {
        offsets[v + 1] += offsets[v];
    }
    offsets
}

/// Per-thread buffers of Brandes' algorithm, reset in `O(reached)` after each source.
///
/// The predecessor lists form one flat array: node `w`'s predecessors fill the first
/// `pred_len[w]` places of its range `pred_start[w]..pred_start[w + 1]`, sized by its
/// in-degree, which bounds its predecessors in any shortest-path DAG.
struct Brandes<'a> {
    g: &'a Csr,
    pred_start: &'a [u32],
    pred_len: Vec<u32>,
    preds: Vec<u32>,
    dist: Vec<u32>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    /// Reached nodes in BFS order: the queue going forward, the stack going back.
    order: Vec<u32>,
}

impl<'a> Brandes<'a> {
    fn new(g: &'a Csr, pred_start: &'a [u32]) -> Brandes<'a> {
        let n = g.node_count();
        Brandes {
            g,
            pred_start,
            pred_len: vec![0; n],
            preds: vec![0; pred_start[n] as usize],
            dist: vec![UNREACHED; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
        }
    }

    /// Distances, shortest-path counts and predecessor lists from `s`.
    fn search(&mut self, s: u32) {
        for &v in &self.order {
            let v = v as usize;
            self.dist[v] = UNREACHED;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
            self.pred_len[v] = 0;
        }
        self.order.clear();
        self.dist[s as usize] = 0;
        self.sigma[s as usize] = 1.0;
        self.order.push(s);
        let mut head = 0;
        while let Some(&v) = self.order.get(head) {
            head += 1;
            let next = self.dist[v as usize] + 1;
            let sigma_v = self.sigma[v as usize];
            for &w in self.g.neighbors(v) {
                let w_ = w as usize;
                if self.dist[w_] == UNREACHED {
                    self.dist[w_] = next;
                    self.order.push(w);
                }
                if self.dist[w_] == next {
                    self.sigma[w_] += sigma_v;
                    self.preds[(self.pred_start[w_] + self.pred_len[w_]) as usize] = v;
                    self.pred_len[w_] += 1;
                }
            }
        }
    }

    /// Adds the dependencies of source `s` on every other node to `scores`.
    fn accumulate(&mut self, s: u32, scores: &mut [f64]) {
        self.search(s);
        for &w in self.order.iter().rev() {
            let w_ = w as usize;
            let coeff = (1.0 + self.delta[w_]) / self.sigma[w_];
            let start = self.pred_start[w_] as usize;
            for &v in &self.preds[start..start + self.pred_len[w_] as usize] {
                self.delta[v as usize] += self.sigma[v as usize] * coeff;
            }
            if w != s {
                scores[w_] += self.delta[w_];
            }
        }
    }
}

/// One pair of nodes whose shortest paths run through the explained node.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairShare {
    /// Start of the paths.
    pub source: u32,
    /// End of the paths.
    pub target: u32,
    /// `σ_st(v) / σ_st`: the fraction of the shortest `source`–`target` paths through `v`.
    pub share: f64,
}

/// Explains the betweenness of `v`: every pair `(s, t)` with `s`, `t`, `v` distinct and at
/// least one shortest `s`–`t` path through `v`, with the share of those paths through `v`.
///
/// Directed, the pairs are ordered; undirected, each unordered pair is listed once, with
/// `source < target`. Either way the shares add up to the *unnormalized* betweenness of `v`
/// (`BetweennessOptions::new(direction).normalized(false)`), and the normalized score is that
/// sum times `1 / ((n-1)(n-2))` directed, `2 / ((n-1)(n-2))` undirected.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `direction` – how edges are read.
/// * `v` – the node to explain.
///
/// # Returns
/// The pairs sorted by share, largest first, then by `(source, target)` ascending.
///
/// # Complexity
/// `O(r (n + m))` time for the `r` nodes that reach `v`, on the calling thread; the output can
/// hold up to `(n-1)(n-2)` pairs (half that undirected).
///
/// # Panics
/// If `v` is not a node of `g`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{betweenness_pairs, Direction, PairShare};
/// // A 4-cycle 0 - 1 - 2 - 3 - 0: node 1 carries half the paths between 0 and 2.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2), (2, 3), (3, 0)]).simple();
/// assert_eq!(
///     betweenness_pairs(&g, Direction::Undirected, 1),
///     vec![PairShare { source: 0, target: 2, share: 0.5 }]
/// );
/// // Directed (0 -> 1 -> 2 -> 3 -> 0), every path from 0 to 2, from 0 to 3 and from 3 to 2
/// // runs through node 1.
/// assert_eq!(
///     betweenness_pairs(&g, Direction::Directed, 1),
///     vec![
///         PairShare { source: 0, target: 2, share: 1.0 },
///         PairShare { source: 0, target: 3, share: 1.0 },
///         PairShare { source: 3, target: 2, share: 1.0 },
///     ]
/// );
/// ```
///
/// # Reference
/// U. Brandes, "A faster algorithm for betweenness centrality", *Journal of Mathematical
/// Sociology* 25(2), 163–177, 2001 (σ_st(v) = σ_sv σ_vt when d(s,v) + d(v,t) = d(s,t)).
pub fn betweenness_pairs(g: &Csr, direction: Direction, v: u32) -> Vec<PairShare> {
    let g = view(g, direction);
    let n = g.node_count();
    assert!((v as usize) < n, "node {v} out of range");
    let pred_start = in_offsets(&g);
    let mut paths = Brandes::new(&g, &pred_start);
    // Distances and path counts from v to every t.
    paths.search(v);
    let from_v: Vec<(u32, u32, f64)> = paths
        .order
        .iter()
        .map(|&t| (t, paths.dist[t as usize], paths.sigma[t as usize]))
        .filter(|&(t, _, _)| t != v)
        .collect();
    // The nodes s that reach v.
    let reversed = g.reversed();
    let mut sources = Vec::new();
    Bfs::new(n).run(&reversed, v, |s, _| {
        if s != v {
            sources.push(s);
        }
    });
    let mut pairs = Vec::new();
    for s in sources {
        paths.search(s);
        let (d_sv, sigma_sv) = (paths.dist[v as usize], paths.sigma[v as usize]);
        for &(t, d_vt, sigma_vt) in &from_v {
            if t == s || (direction == Direction::Undirected && t < s) {
                continue;
            }
            if paths.dist[t as usize] == d_sv + d_vt {
                pairs.push(PairShare {
                    source: s,
                    target: t,
                    share: sigma_sv * sigma_vt / paths.sigma[t as usize],
                });
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.share
            .total_cmp(&a.share)
            .then(a.source.cmp(&b.source))
            .then(a.target.cmp(&b.target))
    });
    pairs
}
