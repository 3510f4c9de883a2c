//! Closeness centrality.

use super::bfs::Bfs;
use super::msbfs::inward_reach;
use super::{view, Csr, Direction, PARALLEL_THRESHOLD};

/// Closeness centrality, as `nx.closeness_centrality(G, wf_improved=...)`.
///
/// For a node `v` that `r - 1` other nodes reach, at total distance `D` (directed: distances
/// *from* the others *to* `v`, as networkx), the closeness is `(r - 1) / D`, multiplied by
/// `(r - 1) / (n - 1)` when `wf_improved` (Wasserman and Faust's correction for graphs that are
/// not connected). A node nobody reaches scores 0.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `direction` – how edges are read.
/// * `wf_improved` – apply the Wasserman–Faust scaling (networkx's default is `true`).
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(n (n + m))` time in the worst case, over the available threads (sequential below
/// [`PARALLEL_THRESHOLD`] nodes); `O(n)` memory per thread chunk. The searches run as a
/// bit-parallel multi-source breadth-first search, 256 sources per sweep of the graph, which in
/// a graph of short distances costs about `O(n / 256 · D · (n + m))` for a diameter `D`;
/// batches of sources whose searches barely overlap fall back to one search per source.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{closeness_centrality, Direction};
/// // The path 0 - 1 - 2 and a separate node 3.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2)]).simple();
/// assert_eq!(
///     closeness_centrality(&g, Direction::Undirected, true),
///     vec![2.0 / 3.0 * 2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0 * 2.0 / 3.0, 0.0]
/// );
/// assert_eq!(
///     closeness_centrality(&g, Direction::Undirected, false),
///     vec![2.0 / 3.0, 1.0, 2.0 / 3.0, 0.0]
/// );
/// // Directed, node 2 is reached by 1 (distance 1) and 0 (distance 2).
/// assert_eq!(
///     closeness_centrality(&g, Direction::Directed, false),
///     vec![0.0, 1.0, 2.0 / 3.0, 0.0]
/// );
/// ```
///
/// # References
/// * S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge
///   University Press, 1994, §5.3.1 (and eq. 5.3 for the correction).
/// * M. Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal", *PVLDB*
///   8(4), 449–460, 2014, for the multi-source search.
pub fn closeness_centrality(g: &Csr, direction: Direction, wf_improved: bool) -> Vec<f64> {
    closeness_with(g, direction, wf_improved, PARALLEL_THRESHOLD)
}

fn closeness_with(g: &Csr, direction: Direction, wf_improved: bool, threshold: usize) -> Vec<f64> {
    let n = g.node_count();
    inward_reach(g, direction, threshold)
        .into_iter()
        .map(|reach| {
            if reach.distance_sum == 0 || n <= 1 {
                return 0.0;
            }
            let others = reach.reached as f64 - 1.0;
            let closeness = others / reach.distance_sum as f64;
            if wf_improved {
                closeness * (others / (n as f64 - 1.0))
            } else {
                closeness
            }
        })
        .collect()
}

/// The actors that reach `v` and how far they are, as [`closeness_centrality`] and
/// [`harmonic_centrality`](super::harmonic_centrality) count them: `(actor, hops to v)` by
/// distance, then actor; `v` itself is left out. Directed, the hops follow the links; undirected,
/// either way.
///
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{distances_to, Direction};
/// // 0 -> 1 -> 2 and 3 -> 2: who reaches 2, and in how many hops.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2), (3, 2)]).simple();
/// assert_eq!(distances_to(&g, Direction::Directed, 2), [(1, 1), (3, 1), (0, 2)]);
/// assert_eq!(distances_to(&g, Direction::Directed, 0), []);
/// ```
pub fn distances_to(g: &Csr, direction: Direction, v: u32) -> Vec<(u32, u32)> {
    let inward = match direction {
        Direction::Directed => g.reversed(),
        Direction::Undirected => view(g, direction).into_owned(),
    };
    let mut found = Vec::new();
    Bfs::new(inward.node_count()).run(&inward, v, |u, d| {
        if u != v {
            found.push((u, d));
        }
    });
    found.sort_unstable_by_key(|&(u, d)| (d, u));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_and_parallel_agree() {
        let edges: Vec<(u32, u32)> = (0..300u32).map(|i| (i, (i * 7 + 3) % 300)).collect();
        let g = Csr::from_edges(300, edges).simple();
        for direction in [Direction::Directed, Direction::Undirected] {
            assert_eq!(
                closeness_with(&g, direction, true, usize::MAX),
                closeness_with(&g, direction, true, 0)
            );
        }
    }
}
