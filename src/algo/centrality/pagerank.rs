//! PageRank and the breakdown of one node's score.

use rayon::prelude::*;

use super::{view, CentralityError, Csr, Direction};

/// Nodes per block of the parallel iteration: fixed, so that sums do not depend on the number
/// of threads.
const BLOCK: usize = 4096;

/// Settings of [`pagerank`]; [`PageRankOptions::new`] gives `alpha = 0.85`,
/// `tolerance = 1e-10`, `max_iterations = 1000`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankOptions {
    /// How edges are read (undirected: each link is followed both ways, as networkx does).
    pub direction: Direction,
    /// Damping factor: the probability of following a link rather than teleporting.
    pub alpha: f64,
    /// Stop when the L1 norm of the change of the whole score vector falls below this.
    pub tolerance: f64,
    /// Give up with [`CentralityError::NotConverged`] after this many iterations.
    pub max_iterations: usize,
}

impl PageRankOptions {
    /// The defaults, read with `direction`.
    pub fn new(direction: Direction) -> PageRankOptions {
        PageRankOptions {
            direction,
            alpha: 0.85,
            tolerance: 1e-10,
            max_iterations: 1000,
        }
    }
}

/// The result of [`pagerank`].
#[derive(Debug, Clone, PartialEq)]
pub struct PageRank {
    /// One score per node; they sum to 1.
    pub scores: Vec<f64>,
    /// Power iterations run.
    pub iterations: usize,
}

/// PageRank, with the semantics of `nx.pagerank(G, alpha)`: uniform teleport and uniform
/// redistribution of the rank of dangling nodes (no out-edges), a self-loop counting as an
/// out-edge, power iteration from the uniform vector.
///
/// Each iteration maps `x` to `alpha (xᵀP + (Σ_dangling x) / n) + (1 - alpha) / n`. Unlike
/// networkx, which stops when the L1 change is below `n · tol`, it stops when the L1 change of
/// the whole vector is below `options.tolerance`, so the result is as accurate on large graphs
/// as on small ones: with the default `1e-10` it agrees with `nx.pagerank(G, tol=1e-13)` to
/// well within `1e-9` per node.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `options` – direction, damping, tolerance and iteration cap.
///
/// # Returns
/// The scores and the number of iterations; an empty graph gives no scores after 0
/// iterations.
///
/// # Errors
/// [`CentralityError::InvalidArgument`] if `alpha` is not in `[0, 1]`;
/// [`CentralityError::NotConverged`] if the tolerance is not reached in `max_iterations`.
///
/// # Complexity
/// `O(n + m)` per iteration; about `log(tolerance) / log(alpha)` iterations.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{pagerank, Direction, PageRankOptions};
/// // 0 -> 1 -> 2 -> 0: every node gets a third.
/// let cycle = Csr::from_edges(3, [(0, 1), (1, 2), (2, 0)]).simple();
/// let pr = pagerank(&cycle, &PageRankOptions::new(Direction::Directed))?;
/// assert!(pr.scores.iter().all(|&x| (x - 1.0 / 3.0).abs() < 1e-12));
/// // 0 -> 1 with 1 dangling: x0 = 0.15/2 + 0.85 x1/2 and x0 + x1 = 1, so x0 = 1/2.85.
/// let pair = Csr::from_edges(2, [(0, 1)]).simple();
/// let pr = pagerank(&pair, &PageRankOptions::new(Direction::Directed))?;
/// let x0 = 1.0 / 2.85;
/// assert!((pr.scores[0] - x0).abs() < 1e-10 && (pr.scores[1] - 1.85 * x0).abs() < 1e-10);
/// # Ok::<(), linkchart::algo::centrality::CentralityError>(())
/// ```
///
/// # Reference
/// L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing order
/// to the web", Stanford InfoLab technical report 1999-66, 1999.
pub fn pagerank(g: &Csr, options: &PageRankOptions) -> Result<PageRank, CentralityError> {
    if !(0.0..=1.0).contains(&options.alpha) {
        return Err(CentralityError::InvalidArgument("alpha must be in [0, 1]"));
    }
    let g = view(g, options.direction);
    let n = g.node_count();
    if n == 0 {
        return Ok(PageRank {
            scores: Vec::new(),
            iterations: 0,
        });
    }
    let alpha = options.alpha;
    let uniform = 1.0 / n as f64;
    let inv_outdeg: Vec<f64> = (0..n as u32)
        .map(|v| match g.out_degree(v) {
            0 => 0.0,
            d => 1.0 / d as f64,
        })
        .collect();
    // Pull form, parallel over fixed blocks of nodes: each node sums the shares of its
    // in-neighbours in ascending order (as a push over the nodes in order would), so the scores
    // do not depend on the number of threads.
    let inc = g.reversed();
    let mut x = vec![uniform; n];
    let mut next = vec![0.0; n];
    let mut share = vec![0.0; n];
    let mut change = f64::INFINITY;
    for iteration in 1..=options.max_iterations {
        let dangling: f64 = share
            .par_chunks_mut(BLOCK)
            .zip(x.par_chunks(BLOCK))
            .zip(inv_outdeg.par_chunks(BLOCK))
            .map(|((share, x), inv)| {
                let mut dangling = 0.0;
                for ((s, &xv), &inv) in share.iter_mut().zip(x).zip(inv) {
                    if inv == 0.0 {
                        dangling += xv;
                    }
                    *s = xv * inv;
                }
                dangling
            })
            .collect::<Vec<f64>>()
            .iter()
            .sum();
        let base = alpha * dangling * uniform + (1.0 - alpha) * uniform;
        change = next
            .par_chunks_mut(BLOCK)
            .zip(x.par_chunks(BLOCK))
            .enumerate()
            .map(|(block, (next, x))| {
                let mut change = 0.0;
                for (i, (y, &xv)) in next.iter_mut().zip(x).enumerate() {
                    let w = (block * BLOCK + i) as u32;
                    let pulled: f64 = inc.neighbors(w).iter().map(|&v| share[v as usize]).sum();
                    *y = alpha * pulled + base;
                    change += (*y - xv).abs();
                }
                change
            })
            .collect::<Vec<f64>>()
            .iter()
            .sum();
        std::mem::swap(&mut x, &mut next);
        if change < options.tolerance {
            return Ok(PageRank {
                scores: x,
                iterations: iteration,
            });
        }
    }
    Err(CentralityError::NotConverged {
        iterations: options.max_iterations,
        last_change: change,
    })
}

/// Where one node's PageRank comes from; see [`pagerank_contributions`].
#[derive(Debug, Clone, PartialEq)]
pub struct PageRankContributions {
    /// `(u, alpha · pr[u] / outdeg(u))` for each in-neighbour `u` (itself, for a self-loop), by
    /// `u` ascending.
    pub neighbors: Vec<(u32, f64)>,
    /// `(1 - alpha) / n`: the teleport share.
    pub teleport: f64,
    /// `alpha · (Σ pr over dangling nodes) / n`: the redistributed rank of dangling nodes.
    pub dangling: f64,
}

impl PageRankContributions {
    /// The sum of all the parts, which is the node's score at the fixed point.
    pub fn total(&self) -> f64 {
        self.neighbors.iter().map(|&(_, x)| x).sum::<f64>() + self.teleport + self.dangling
    }
}

/// Breaks the PageRank of `v` into its parts: the share passed on by each in-neighbour, the
/// teleport share and the dangling-node share.
///
/// The parts are one application of the PageRank map to `pr`, so for `pr` from [`pagerank`]
/// with the same `options` they sum to `pr[v]` to within `options.tolerance`.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`, rows sorted) the scores were computed on.
/// * `options` – the options the scores were computed with (direction and `alpha` are used).
/// * `pr` – the scores, one per node.
/// * `v` – the node to explain.
///
/// # Returns
/// The parts of `pr[v]`.
///
/// # Complexity
/// `O(n + m)`.
///
/// # Panics
/// If `v` is not a node of `g` or `pr` does not hold one score per node.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{pagerank, pagerank_contributions, Direction, PageRankOptions};
/// // A star: 1, 2 and 3 link to 0, which is dangling.
/// let g = Csr::from_edges(4, [(1, 0), (2, 0), (3, 0)]).simple();
/// let options = PageRankOptions::new(Direction::Directed);
/// let pr = pagerank(&g, &options)?.scores;
/// let parts = pagerank_contributions(&g, &options, &pr, 0);
/// assert_eq!(parts.neighbors.iter().map(|&(u, _)| u).collect::<Vec<_>>(), vec![1, 2, 3]);
/// assert_eq!(parts.teleport, (1.0 - 0.85) / 4.0);
/// assert_eq!(parts.dangling, 0.85 * pr[0] / 4.0);
/// assert!((parts.total() - pr[0]).abs() < 1e-10);
/// # Ok::<(), linkchart::algo::centrality::CentralityError>(())
/// ```
///
/// # Reference
/// L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing order
/// to the web", Stanford InfoLab technical report 1999-66, 1999.
pub fn pagerank_contributions(
    g: &Csr,
    options: &PageRankOptions,
    pr: &[f64],
    v: u32,
) -> PageRankContributions {
    let g = view(g, options.direction);
    let n = g.node_count();
    assert!((v as usize) < n, "node {v} out of range");
    assert_eq!(pr.len(), n, "one score per node");
    let alpha = options.alpha;
    let mut neighbors = Vec::new();
    let mut dangling = 0.0;
    for u in 0..n as u32 {
        let heads = g.neighbors(u);
        if heads.is_empty() {
            dangling += pr[u as usize];
        } else if heads.binary_search(&v).is_ok() {
            neighbors.push((u, alpha * pr[u as usize] / heads.len() as f64));
        }
    }
    PageRankContributions {
        neighbors,
        teleport: (1.0 - alpha) / n as f64,
        dangling: alpha * dangling / n as f64,
    }
}
