//! Burt's constraint.

use super::{view, Csr, Direction};

/// Burt's constraint, as `nx.constraint(G)`: how much a node's contacts tie it up.
///
/// With `N(v)` the neighbours of `v` (directed: in- and out-neighbours; `v` itself when it has a
/// self-loop), the mutual weight `a_uv + a_vu` of two nodes (a self-loop weighs 2; undirected,
/// every link weighs 2), and `p_uv` the mutual weight of `u` and `v` divided by the sum of `u`'s
/// mutual weights,
///
/// `c(v) = Σ_{j ∈ N(v)} (p_vj + Σ_{q ∈ N(v)} p_vq p_qj)²`.
///
/// Constraint is undefined for a node with no neighbour other than itself; networkx gives `NaN`
/// there and this function `None`, so that an undefined score can neither be mistaken for a
/// number nor poison a sort.
///
/// # Arguments
/// * `g` – the simple snapshot (`Csr::simple`).
/// * `direction` – how edges are read.
///
/// # Returns
/// One score per node, `None` where undefined.
///
/// # Complexity
/// `O(m log m + Σ_v Σ_{q ∈ N(v)} |N(q)|)` time (the paths of length two), `O(n + m)` memory.
///
/// # Example
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{constraint, Direction};
/// // The path 0 - 1 - 2, and 3 alone.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2)]).simple();
/// assert_eq!(constraint(&g, Direction::Undirected), vec![Some(1.0), Some(0.5), Some(1.0), None]);
/// // Directed, the opposite edges 0 -> 1 and 1 -> 0 weigh twice the edge 1 -> 2.
/// let g = Csr::from_edges(3, [(0, 1), (1, 0), (1, 2)]).simple();
/// let c = constraint(&g, Direction::Directed);
/// assert_eq!(c, vec![Some(1.0), Some((2.0f64 / 3.0).powi(2) + (1.0f64 / 3.0).powi(2)), Some(1.0)]);
/// ```
///
/// # Reference
/// R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard University
/// Press, 1992, ch. 2.
pub fn constraint(g: &Csr, direction: Direction) -> Vec<Option<f64>> {
    let g = view(g, direction);
    let n = g.node_count();
    let mutual = Mutual::new(&g);
    let mut dyads = Dyads::new(n);
    (0..n as u32)
        .map(|v| {
            let contacts = dyads.of(&mutual, v)?;
            Some(
                contacts
                    .iter()
                    .map(|&j| dyads.local[j as usize].powi(2))
                    .sum(),
            )
        })
        .collect()
}

/// The parts of node `v`'s [`constraint`]: each contact `j` with its dyadic constraint
/// `c_vj = (p_vj + Σ_q p_vq p_qj)²`, in contact order; they sum to the score. Empty when `v` has
/// no contact but itself (its constraint is undefined).
///
/// ```
/// use linkchart::algo::Csr;
/// use linkchart::algo::centrality::{constraint, constraint_contacts, Direction};
/// // A triangle 0-1-2 with a pendant 3 on 0.
/// let g = Csr::from_edges(4, [(0, 1), (1, 2), (2, 0), (0, 3)]).simple();
/// let parts = constraint_contacts(&g, Direction::Undirected, 0);
/// let total: f64 = parts.iter().map(|&(_, c)| c).sum();
/// assert_eq!(parts.iter().map(|&(j, _)| j).collect::<Vec<_>>(), [1, 2, 3]);
/// assert!((total - constraint(&g, Direction::Undirected)[0].unwrap()).abs() < 1e-12);
/// ```
pub fn constraint_contacts(g: &Csr, direction: Direction, v: u32) -> Vec<(u32, f64)> {
    let g = view(g, direction);
    let mutual = Mutual::new(&g);
    let mut dyads = Dyads::new(g.node_count());
    dyads.of(&mutual, v).map_or_else(Vec::new, |contacts| {
        contacts
            .iter()
            .map(|&j| (j, dyads.local[j as usize].powi(2)))
            .collect()
    })
}

/// Scratch for the dyadic constraints of one node at a time.
struct Dyads {
    /// `p_vj + Σ_q p_vq p_qj` of the current node's contacts `j`.
    local: Vec<f64>,
    /// Which node `local[j]` was last written for.
    stamp: Vec<u32>,
}

impl Dyads {
    fn new(n: usize) -> Dyads {
        Dyads {
            local: vec![0.0; n],
            stamp: vec![u32::MAX; n],
        }
    }

    /// Fills `local` for `v`'s contacts and gives them; `None` when `v` has no contact but
    /// itself.
    fn of<'m>(&mut self, mutual: &'m Mutual, v: u32) -> Option<&'m [u32]> {
        let (nbrs, p) = mutual.row(v);
        if nbrs.iter().all(|&j| j == v) {
            return None;
        }
        for (&j, &p_vj) in nbrs.iter().zip(p) {
            self.stamp[j as usize] = v;
            self.local[j as usize] = p_vj;
        }
        for (&q, &p_vq) in nbrs.iter().zip(p) {
            let (q_nbrs, q_p) = mutual.row(q);
            for (&j, &p_qj) in q_nbrs.iter().zip(q_p) {
                if self.stamp[j as usize] == v {
                    self.local[j as usize] += p_vq * p_qj;
                }
            }
        }
        Some(nbrs)
    }
}

/// Each node's distinct in- and out-neighbours with the normalized mutual weights `p`.
struct Mutual {
    offsets: Vec<usize>,
    nbrs: Vec<u32>,
    p: Vec<f64>,
}

impl Mutual {
    fn new(g: &Csr) -> Mutual {
        let n = g.node_count();
        // Every edge u -> w in both rows: a pair of opposite edges, or a self-loop, appears
        // twice in a row, which is its mutual weight.
        let both = Csr::from_edges(n, g.edges().flat_map(|(u, w, _)| [(u, w), (w, u)]));
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        let (mut nbrs, mut p) = (Vec::new(), Vec::new());
        let mut row = Vec::new();
        for v in 0..n as u32 {
            row.clear();
            row.extend_from_slice(both.neighbors(v));
            row.sort_unstable();
            let total = row.len() as f64;
            for group in row.chunk_by(|a, b| a == b) {
                nbrs.push(group[0]);
                p.push(group.len() as f64 / total);
            }
            offsets.push(nbrs.len());
        }
        Mutual { offsets, nbrs, p }
    }

    fn row(&self, v: u32) -> (&[u32], &[f64]) {
        let range = self.offsets[v as usize]..self.offsets[v as usize + 1];
        (&self.nbrs[range.clone()], &self.p[range])
    }
}
