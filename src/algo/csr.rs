//! A compact, index-based snapshot of a directed graph: compressed sparse rows of `u32`.
//!
//! The hot algorithms (centrality, shortest chains) run on this form rather than on the petgraph
//! graph: neighbours are contiguous slices, node ids are dense `u32`, and a snapshot of the
//! scoped graph is built once per query in O(n + m).

/// A directed graph in compressed sparse row form.
///
/// Row `v` lists the heads of the edges leaving `v` (`targets`) and, at the same positions, the
/// caller's id of each edge (`edge_ids`), so that an algorithm can report which original link it
/// used. Within a row, entries keep the order in which edges were given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Csr {
    offsets: Vec<u32>,
    targets: Vec<u32>,
    edge_ids: Vec<u32>,
}

impl Csr {
    /// Builds the snapshot of `node_count` nodes from `(tail, head)` pairs; the i-th pair gets
    /// edge id `i`.
    ///
    /// # Panics
    /// If an endpoint is `>= node_count` or there are more than `u32::MAX` edges.
    ///
    /// ```
    /// use linkchart::algo::Csr;
    /// let g = Csr::from_edges(3, [(0, 1), (0, 2), (2, 0)]);
    /// assert_eq!(g.neighbors(0), &[1, 2]);
    /// assert_eq!(g.edge_ids(2), &[2]);
    /// assert_eq!(g.reversed().neighbors(0), &[2]);
    /// ```
    pub fn from_edges(node_count: usize, edges: impl IntoIterator<Item = (u32, u32)>) -> Csr {
        let edges: Vec<(u32, u32)> = edges.into_iter().collect();
        u32::try_from(edges.len()).expect("too many edges");
        Csr::from_edge_passes(node_count, || {
            edges
                .iter()
                .enumerate()
                .map(|(id, &(tail, head))| (tail, head, id as u32))
        })
    }

    /// Builds the snapshot from the `(tail, head, id)` edges that `edges()` yields, in two
    /// passes (count the rows, then place the edges) with no list of the edges in between: on a
    /// million-link graph that list would be as large as the snapshot. Within a row, entries
    /// keep the order of the iterator, which must yield the same edges both times.
    ///
    /// # Panics
    /// If an endpoint is `>= node_count`, or the passes differ.
    ///
    /// ```
    /// use linkchart::algo::Csr;
    /// let links = [(0, 1), (2, 0), (0, 2), (1, 1)];
    /// let g = Csr::from_edge_passes(3, || {
    ///     links.iter().enumerate().filter(|(_, l)| l.0 != l.1).map(|(i, &(u, v))| (u, v, i as u32))
    /// });
    /// assert_eq!((g.neighbors(0), g.edge_ids(0)), (&[1, 2][..], &[0, 2][..]));
    /// assert_eq!(g.edge_count(), 3);
    /// ```
    pub fn from_edge_passes<I>(node_count: usize, edges: impl Fn() -> I) -> Csr
    where
        I: Iterator<Item = (u32, u32, u32)>,
    {
        let mut offsets = vec![0u32; node_count + 1];
        for (tail, head, _) in edges() {
            assert!(
                (head as usize) < node_count,
                "edge head {head} out of range"
            );
            offsets[tail as usize + 1] += 1;
        }
        for v in 0..node_count {
            offsets[v + 1] += offsets[v];
        }
        let m = offsets[node_count] as usize;
        let mut fill: Vec<u32> = offsets[..node_count].to_vec();
        let mut targets = vec![0u32; m];
        let mut edge_ids = vec![0u32; m];
        for (tail, head, id) in edges() {
            let slot = &mut fill[tail as usize];
            targets[*slot as usize] = head;
            edge_ids[*slot as usize] = id;
            *slot += 1;
        }
        assert!(
            fill.iter().zip(&offsets[1..]).all(|(f, o)| f == o),
            "the passes differ"
        );
        Csr {
            offsets,
            targets,
            edge_ids,
        }
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Number of edges (entries).
    pub fn edge_count(&self) -> usize {
        self.targets.len()
    }

    /// Heads of the edges leaving `v`.
    #[inline]
    pub fn neighbors(&self, v: u32) -> &[u32] {
        let v = v as usize;
        &self.targets[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }

    /// Caller ids of the edges leaving `v`, parallel to [`Csr::neighbors`].
    #[inline]
    pub fn edge_ids(&self, v: u32) -> &[u32] {
        let v = v as usize;
        &self.edge_ids[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }

    /// Number of edges leaving `v`.
    #[inline]
    pub fn out_degree(&self, v: u32) -> usize {
        (self.offsets[v as usize + 1] - self.offsets[v as usize]) as usize
    }

    /// Every edge as `(tail, head, id)`, row by row.
    pub fn edges(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        (0..self.node_count() as u32).flat_map(move |v| {
            self.neighbors(v)
                .iter()
                .zip(self.edge_ids(v))
                .map(move |(&w, &id)| (v, w, id))
        })
    }

    /// The same graph with every edge turned around (ids kept).
    pub fn reversed(&self) -> Csr {
        // The two passes of `from_edge_passes`, written over the arrays: the heads are counted
        // straight from `targets`, and each row is walked as a slice.
        let n = self.node_count();
        let mut offsets = vec![0u32; n + 1];
        for &w in &self.targets {
            offsets[w as usize + 1] += 1;
        }
        for v in 0..n {
            offsets[v + 1] += offsets[v];
        }
        let mut fill: Vec<u32> = offsets[..n].to_vec();
        let mut targets = vec![0u32; self.targets.len()];
        let mut edge_ids = vec![0u32; self.targets.len()];
        for v in 0..n as u32 {
            for (&w, &id) in self.neighbors(v).iter().zip(self.edge_ids(v)) {
                let slot = &mut fill[w as usize];
                targets[*slot as usize] = v;
                edge_ids[*slot as usize] = id;
                *slot += 1;
            }
        }
        Csr {
            offsets,
            targets,
            edge_ids,
        }
    }

    /// The undirected view: every edge in both directions (a self-loop once).
    pub fn undirected(&self) -> Csr {
        Csr::from_edge_passes(self.node_count(), || {
            self.edges().flat_map(|(v, w, id)| {
                std::iter::once((v, w, id)).chain((v != w).then_some((w, v, id)))
            })
        })
    }

    /// The simple graph: each row sorted by head, parallel edges merged into the first one given
    /// (self-loops are kept, once). This is the graph networkx builds from the same edge list.
    pub fn simple(&self) -> Csr {
        // Rows come out in order, so they are appended directly.
        let mut offsets = Vec::with_capacity(self.offsets.len());
        offsets.push(0);
        let mut targets = Vec::with_capacity(self.edge_count());
        let mut edge_ids = Vec::with_capacity(self.edge_count());
        let mut row: Vec<(u32, u32)> = Vec::new();
        for v in 0..self.node_count() as u32 {
            row.clear();
            row.extend(
                self.neighbors(v)
                    .iter()
                    .copied()
                    .zip(self.edge_ids(v).iter().copied()),
            );
            row.sort_unstable();
            row.dedup_by_key(|&mut (w, _)| w);
            for &(w, id) in &row {
                targets.push(w);
                edge_ids.push(id);
            }
            offsets.push(targets.len() as u32);
        }
        targets.shrink_to_fit();
        edge_ids.shrink_to_fit();
        Csr {
            offsets,
            targets,
            edge_ids,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_merges_parallel_edges_and_keeps_first_id() {
        let g = Csr::from_edges(3, [(0, 2), (0, 1), (0, 2), (1, 1), (1, 1)]);
        let s = g.simple();
        assert_eq!(s.neighbors(0), &[1, 2]);
        assert_eq!(s.edge_ids(0), &[1, 0]);
        assert_eq!(s.neighbors(1), &[1]);
        assert_eq!(s.edge_count(), 3);
    }

    #[test]
    fn undirected_doubles_edges_but_not_self_loops() {
        let g = Csr::from_edges(2, [(0, 1), (1, 1)]).undirected();
        assert_eq!(g.neighbors(0), &[1]);
        assert_eq!(g.neighbors(1), &[0, 1]);
        assert_eq!(g.edge_count(), 3);
    }

    #[test]
    fn empty_graph() {
        let g = Csr::from_edges(0, []);
        assert_eq!(g.node_count(), 0);
        assert_eq!(g.edges().count(), 0);
    }
}
