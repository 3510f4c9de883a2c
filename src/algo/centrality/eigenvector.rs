//! Eigenvector centrality.

use super::{view, CentralityError, Csr, Direction};

/// Settings of [`eigenvector_centrality`]; [`EigenvectorOptions::new`] gives
/// `tolerance = 1e-12`, `max_iterations = 10_000`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EigenvectorOptions {
    /// How edges are read (directed: a node is central when central nodes link *to* it).
    pub direction: Direction,
    /// Stop when the L1 norm of the change of the whole (unit-length) vector falls below this.
    pub tolerance: f64,
    /// Give up with [`CentralityError::NotConverged`] after this many iterations.
    pub max_iterations: usize,
}

impl EigenvectorOptions {
    /// The defaults, read with `direction`.
    pub fn new(direction: Direction) -> EigenvectorOptions {
        EigenvectorOptions {
            direction,
            tolerance: 1e-12,
            max_iterations: 10_000,
        }
    }
}

/// Eigenvector centrality, as `nx.eigenvector_centrality(G)`: the principal left eigenvector of
/// the adjacency matrix (`x_v ∝ Σ_{u -> v} x_u`: directed graphs use in-edges), scaled to unit
/// Euclidean length.
///
/// Computed as networkx does, by power iteration on `A + I` from the uniform vector, each
/// iterate divided by its Euclidean norm, so the two agree also on graphs whose eigenvector is
/// not unique (disconnected graphs). It stops when the L1 change of the whole vector is below
/// `options.tolerance` (networkx: below `n · tol`).
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `options` – direction, tolerance and iteration cap.
///
/// # Returns
/// One score per node (empty for the empty graph, where networkx raises an error).
///
/// # Errors
/// [`CentralityError::NotConverged`] if the tolerance is not reached in `max_iterations`.
///
/// # Complexity
/// `O(n + m)` per iteration; the number of iterations grows as the gap between the two largest
/// eigenvalues of `A + I` closes.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{eigenvector_centrality, Direction, EigenvectorOptions};
/// // A star 0 - 1, 0 - 2, 0 - 3, 0 - 4: the centre scores 1/sqrt(2), each leaf 1/sqrt(8).
/// let g = Csr::from_edges(5, [(0, 1), (0, 2), (0, 3), (0, 4)]).simple();
/// let x = eigenvector_centrality(&g, &EigenvectorOptions::new(Direction::Undirected))?;
/// let expected = [0.5f64.sqrt(), 0.125f64.sqrt(), 0.125f64.sqrt(), 0.125f64.sqrt(), 0.125f64.sqrt()];
/// assert!(x.iter().zip(expected).all(|(a, b)| (a - b).abs() < 1e-10));
/// # Ok::<(), linkchart::algo::centrality::CentralityError>(())
/// ```
///
/// # Reference
/// P. Bonacich, "Power and centrality: a family of measures", *American Journal of Sociology*
/// 92(5), 1170–1182, 1987; S. Wasserman and K. Faust, *Social Network Analysis*, 1994, §5.3.
pub fn eigenvector_centrality(
    g: &Csr,
    options: &EigenvectorOptions,
) -> Result<Vec<f64>, CentralityError> {
    let g = view(g, options.direction);
    let n = g.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut x = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    let mut change = f64::INFINITY;
    for _ in 0..options.max_iterations {
        next.copy_from_slice(&x);
        for (v, &xv) in x.iter().enumerate() {
            for &w in g.neighbors(v as u32) {
                next[w as usize] += xv;
            }
        }
        let norm = next.iter().map(|y| y * y).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        change = 0.0;
        for (y, &xv) in next.iter_mut().zip(&x) {
            *y /= norm;
            change += (*y - xv).abs();
        }
        std::mem::swap(&mut x, &mut next);
        if change < options.tolerance {
            return Ok(x);
        }
    }
    Err(CentralityError::NotConverged {
        iterations: options.max_iterations,
        last_change: change,
    })
}
