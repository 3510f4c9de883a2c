//! Degree centrality and weighted degree.

use super::{view, Csr, Direction};

/// Number of edges at each node: `out` and `in` entries, a self-loop counting in both.
fn in_out(g: &Csr) -> (Vec<usize>, Vec<usize>) {
    let n = g.node_count();
    let mut indeg = vec![0usize; n];
    let outdeg = (0..n as u32).map(|v| g.out_degree(v)).collect();
    for (_, w, _) in g.edges() {
        indeg[w as usize] += 1;
    }
    (indeg, outdeg)
}

/// The number of values in both of two sorted slices of distinct values.
fn common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both
}

/// Divides by `n - 1`, or gives every node 1 when `n <= 1`, as networkx does.
fn normalize(degrees: Vec<usize>) -> Vec<f64> {
    let n = degrees.len();
    if n <= 1 {
        return vec![1.0; n];
    }
    let s = 1.0 / (n as f64 - 1.0);
    degrees.into_iter().map(|d| d as f64 * s).collect()
}

/// Degree centrality, as `nx.degree_centrality(G)`: the degree of each node divided by `n - 1`.
///
/// Directed, the degree is in-degree plus out-degree; undirected, it is the number of incident
/// links. Either way a self-loop counts 2. With at most one node every score is 1.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `direction` – how edges are read.
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(n + m)` (undirected: `O(n + m log m)` for the symmetric view).
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{degree_centrality, Direction};
/// // A star 0 -> 1, 0 -> 2, 0 -> 3 with a self-loop on 3.
/// let g = Csr::from_edges(4, [(0, 1), (0, 2), (0, 3), (3, 3)]).simple();
/// assert_eq!(degree_centrality(&g, Direction::Undirected), vec![1.0, 1.0 / 3.0, 1.0 / 3.0, 1.0]);
/// assert_eq!(degree_centrality(&g, Direction::Directed), vec![1.0, 1.0 / 3.0, 1.0 / 3.0, 1.0]);
/// // Reciprocal links are one neighbour undirected: 0 <-> 1 -> 2 with a self-loop on 2.
/// let g = Csr::from_edges(3, [(0, 1), (1, 0), (1, 2), (2, 2)]).simple();
/// assert_eq!(degree_centrality(&g, Direction::Undirected), vec![0.5, 1.0, 1.5]);
/// ```
///
/// # Reference
/// S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge
/// University Press, 1994, §5.2.1.
pub fn degree_centrality(g: &Csr, direction: Direction) -> Vec<f64> {
    let degrees = match direction {
        Direction::Directed => {
            let (indeg, outdeg) = in_out(g);
            indeg.iter().zip(&outdeg).map(|(i, o)| i + o).collect()
        }
        // The neighbours in the symmetric simple view are the union of the (sorted, distinct)
        // out- and in-neighbours; a self-loop is in both and counts twice. Counting the union
        // row by row avoids building that view, twice the size of the graph.
        Direction::Undirected => {
            let inc = g.reversed();
            (0..g.node_count() as u32)
                .map(|v| {
                    let (out, into) = (g.neighbors(v), inc.neighbors(v));
                    out.len() + into.len() - common(out, into)
                        + usize::from(out.binary_search(&v).is_ok())
                })
                .collect()
        }
    };
    normalize(degrees)
}

/// In-degree centrality, as `nx.in_degree_centrality(G)`: the in-degree of each node divided by
/// `n - 1` (1 for every node when `n <= 1`). Directed graphs only.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(n + m)`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::in_degree_centrality;
/// let g = Csr::from_edges(3, [(0, 1), (2, 1), (1, 1)]).simple();
/// assert_eq!(in_degree_centrality(&g), vec![0.0, 1.5, 0.0]);
/// ```
///
/// # Reference
/// S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge
/// University Press, 1994, §5.2.1.
pub fn in_degree_centrality(g: &Csr) -> Vec<f64> {
    normalize(in_out(g).0)
}

/// Out-degree centrality, as `nx.out_degree_centrality(G)`: the out-degree of each node divided
/// by `n - 1` (1 for every node when `n <= 1`). Directed graphs only.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
///
/// # Returns
/// One score per node.
///
/// # Complexity
/// `O(n)`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::out_degree_centrality;
/// let g = Csr::from_edges(3, [(0, 1), (0, 2), (1, 1)]).simple();
/// assert_eq!(out_degree_centrality(&g), vec![1.0, 0.5, 0.0]);
/// ```
///
/// # Reference
/// S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge
/// University Press, 1994, §5.2.1.
pub fn out_degree_centrality(g: &Csr) -> Vec<f64> {
    normalize(in_out(g).1)
}

/// Weighted degree (strength), as `G.degree(weight=...)`: the sum of the weights of the edges
/// at each node, not normalized.
///
/// Directed, in- and out-edges both count; undirected, each link counts once at each end, and
/// two opposite edges make one link carrying the weight of the smaller edge id (see the module
/// conventions). A self-loop counts twice either way.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`); its edge ids index `weights`.
/// * `direction` – how edges are read.
/// * `weights` – the weight of each edge, by edge id.
///
/// # Returns
/// One weighted degree per node.
///
/// # Complexity
/// `O(n + m)` (undirected: `O(n + m log m)` for the symmetric view).
///
/// # Panics
/// If an edge id of `g` is not an index of `weights`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{weighted_degree, Direction};
/// let g = Csr::from_edges(3, [(0, 1), (1, 2), (2, 2)]).simple();
/// let w = [0.5, 2.0, 4.0];
/// assert_eq!(weighted_degree(&g, Direction::Directed, &w), vec![0.5, 2.5, 10.0]);
/// assert_eq!(weighted_degree(&g, Direction::Undirected, &w), vec![0.5, 2.5, 10.0]);
/// ```
///
/// # Reference
/// T. Opsahl, F. Agneessens and J. Skvoretz, "Node centrality in weighted networks:
/// generalizing degree and shortest paths", *Social Networks* 32(3), 245–251, 2010.
pub fn weighted_degree(g: &Csr, direction: Direction, weights: &[f64]) -> Vec<f64> {
    match direction {
        Direction::Directed => weighted_in_degree(g, weights)
            .into_iter()
            .zip(weighted_out_degree(g, weights))
            .map(|(i, o)| i + o)
            .collect(),
        Direction::Undirected => {
            let sym = view(g, direction);
            let mut strength = weighted_out_degree(&sym, weights);
            for (v, w, id) in sym.edges() {
                if v == w {
                    strength[v as usize] += weights[id as usize];
                }
            }
            strength
        }
    }
}

/// Weighted in-degree, as `G.in_degree(weight=...)`: the sum of the weights of the edges
/// entering each node. Directed graphs only.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`); its edge ids index `weights`.
/// * `weights` – the weight of each edge, by edge id.
///
/// # Returns
/// One weighted in-degree per node.
///
/// # Complexity
/// `O(n + m)`.
///
/// # Panics
/// If an edge id of `g` is not an index of `weights`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::weighted_in_degree;
/// let g = Csr::from_edges(3, [(0, 1), (2, 1), (1, 1)]).simple();
/// assert_eq!(weighted_in_degree(&g, &[0.5, 2.0, 4.0]), vec![0.0, 6.5, 0.0]);
/// ```
///
/// # Reference
/// T. Opsahl, F. Agneessens and J. Skvoretz, "Node centrality in weighted networks:
/// generalizing degree and shortest paths", *Social Networks* 32(3), 245–251, 2010.
pub fn weighted_in_degree(g: &Csr, weights: &[f64]) -> Vec<f64> {
    let mut strength = vec![0.0; g.node_count()];
    for (_, w, id) in g.edges() {
        strength[w as usize] += weights[id as usize];
    }
    strength
}

/// Weighted out-degree, as `G.out_degree(weight=...)`: the sum of the weights of the edges
/// leaving each node. Directed graphs only.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`); its edge ids index `weights`.
/// * `weights` – the weight of each edge, by edge id.
///
/// # Returns
/// One weighted out-degree per node.
///
/// # Complexity
/// `O(n + m)`.
///
/// # Panics
/// If an edge id of `g` is not an index of `weights`.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::weighted_out_degree;
/// let g = Csr::from_edges(3, [(0, 1), (0, 2), (1, 1)]).simple();
/// assert_eq!(weighted_out_degree(&g, &[0.5, 2.0, 4.0]), vec![2.5, 4.0, 0.0]);
/// ```
///
/// # Reference
/// T. Opsahl, F. Agneessens and J. Skvoretz, "Node centrality in weighted networks:
/// generalizing degree and shortest paths", *Social Networks* 32(3), 245–251, 2010.
pub fn weighted_out_degree(g: &Csr, weights: &[f64]) -> Vec<f64> {
    (0..g.node_count() as u32)
        .map(|v| g.edge_ids(v).iter().map(|&id| weights[id as usize]).sum())
        .collect()
}
