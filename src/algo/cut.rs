//! The smallest set of intermediary actors whose removal leaves no chain between two actors: a
//! minimum vertex cut, by maximum flow (petgraph's Dinic) on the split graph.

use petgraph::algo::dinics;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use super::paths::SearchGraph;

/// A minimum vertex cut between two actors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VertexCut {
    /// The intermediaries to remove, in actor order.
    pub cut: Vec<u32>,
    /// True when the two actors are directly linked: no intermediary can cut that link, and the
    /// cut covers only the chains through intermediaries.
    pub direct: bool,
}

/// The smallest set of passable intermediaries meeting every chain from `s` to `t` (in the
/// direction of travel of `g`), ignoring direct links between `s` and `t`.
///
/// Each actor `v` becomes `v_in → v_out` with capacity 1 (intermediaries) or unbounded (`s`,
/// `t`); each link `u → w` becomes `u_out → w_in`, unbounded. The maximum flow equals the number
/// of actor-disjoint chains (Menger), and the actors whose `in` side the residual graph reaches
/// from `s` but whose `out` side it does not form a minimum cut.
///
/// Complexity: that of Dinic's algorithm on 2n nodes and n + m edges, O(√n · (n + m)) for unit
/// capacities.
///
/// ```
/// use linkchart::algo::{cut, paths::SearchGraph, Csr};
/// // 0 → 1 → 3, 0 → 2 → 3: both 1 and 2 must go.
/// let out = Csr::from_edges(4, [(0, 1), (1, 3), (0, 2), (2, 3)]);
/// let inc = out.reversed();
/// let passable = vec![true; 4];
/// let g = SearchGraph::snapshot(&out, &inc, false, &passable);
/// assert_eq!(cut::min_vertex_cut(&g, 0, 3).cut, [1, 2]);
/// ```
pub fn min_vertex_cut(g: &SearchGraph<'_>, s: u32, t: u32) -> VertexCut {
    let n = g.node_count();
    let unbounded = n as u32 + 1;
    let mut network: DiGraph<(), u32> = DiGraph::with_capacity(2 * n, n + g.link_count());
    for _ in 0..2 * n {
        network.add_node(());
    }
    let inside = |v: u32| NodeIndex::new(2 * v as usize);
    let outside = |v: u32| NodeIndex::new(2 * v as usize + 1);
    for v in 0..n as u32 {
        let capacity = if v == s || v == t {
            unbounded
        } else if g.passable[v as usize] {
            1
        } else {
            continue;
        };
        network.add_edge(inside(v), outside(v), capacity);
    }
    let mut direct = false;
    for u in 0..n as u32 {
        for w in g.forward_steps(u) {
            if u == s && w == t {
                direct = true;
                continue;
            }
            if u != w {
                network.add_edge(outside(u), inside(w), unbounded);
            }
        }
    }
    let (_, flows) = dinics(&network, outside(s), inside(t));
    // Residual reachability from s.
    let mut reached = vec![false; 2 * n];
    let mut stack = vec![outside(s)];
    reached[outside(s).index()] = true;
    while let Some(x) = stack.pop() {
        let forward = network
            .edges_directed(x, petgraph::Direction::Outgoing)
            .filter(|e| flows[e.id().index()] < *e.weight())
            .map(|e| e.target());
        let backward = network
            .edges_directed(x, petgraph::Direction::Incoming)
            .filter(|e| flows[e.id().index()] > 0)
            .map(|e| e.source());
        let next: Vec<NodeIndex> = forward.chain(backward).collect();
        for y in next {
            if !reached[y.index()] {
                reached[y.index()] = true;
                stack.push(y);
            }
        }
    }
    let cut = (0..n as u32)
        .filter(|&v| v != s && v != t && reached[inside(v).index()] && !reached[outside(v).index()])
        .collect();
    VertexCut { cut, direct }
}
