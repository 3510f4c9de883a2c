//! Harmonic centrality.

use super::{inward_search_scores, Csr, Direction, PARALLEL_THRESHOLD};

/// Harmonic centrality, as `nx.harmonic_centrality(G)`: for each node `v`, the sum of `1 / d(u, v)`
/// over the other nodes `u` that reach it (directed: distances *from* `u` *to* `v`, as
/// networkx). Unreached nodes add 0; the scores are not normalized.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `direction` – how edges are read.
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(n (n + m))` time over the available threads (sequential below [`PARALLEL_THRESHOLD`]
/// nodes), `O(n)` memory per thread chunk.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{harmonic_centrality, Direction};
/// // The path 0 - 1 - 2 and a separate node 3.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2)]).simple();
/// assert_eq!(harmonic_centrality(&g, Direction::Undirected), vec![1.5, 2.0, 1.5, 0.0]);
/// assert_eq!(harmonic_centrality(&g, Direction::Directed), vec![0.0, 1.0, 1.5, 0.0]);
/// ```
///
/// # Reference
/// M. Marchiori and V. Latora, "Harmony in the small-world", *Physica A* 285(3–4), 539–546,
/// 2000.
pub fn harmonic_centrality(g: &Csr, direction: Direction) -> Vec<f64> {
    harmonic_with(g, direction, PARALLEL_THRESHOLD)
}

fn harmonic_with(g: &Csr, direction: Direction, threshold: usize) -> Vec<f64> {
    inward_search_scores(g, direction, threshold, |search, walk, v| {
        let mut sum = 0.0;
        search.run(walk, v, |_, d| {
            if d > 0 {
                sum += 1.0 / f64::from(d);
            }
        });
        sum
    })
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
                harmonic_with(&g, direction, usize::MAX),
                harmonic_with(&g, direction, 0)
            );
        }
    }
}
