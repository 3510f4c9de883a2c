//! Breadth-first distances with buffers reused across sources.

use super::Csr;

/// Marks a node not reached by the current traversal.
const UNREACHED: u32 = u32::MAX;

/// Reusable breadth-first search: after [`Bfs::run`], `order` holds the reached nodes in
/// visiting order (so by non-decreasing distance) and `dist` their hop distances.
pub(super) struct Bfs {
    dist: Vec<u32>,
    order: Vec<u32>,
}

impl Bfs {
    pub(super) fn new(node_count: usize) -> Bfs {
        Bfs {
            dist: vec![UNREACHED; node_count],
            order: Vec::with_capacity(node_count),
        }
    }

    /// Runs from `source` over the out-edges of `g` and calls `visit(node, distance)` for every
    /// reached node, the source (distance 0) first.
    pub(super) fn run(&mut self, g: &Csr, source: u32, mut visit: impl FnMut(u32, u32)) {
        for &v in &self.order {
            self.dist[v as usize] = UNREACHED;
        }
        self.order.clear();
        self.dist[source as usize] = 0;
        self.order.push(source);
        let mut head = 0;
        while let Some(&v) = self.order.get(head) {
            head += 1;
            let next = self.dist[v as usize] + 1;
            visit(v, next - 1);
            for &w in g.neighbors(v) {
                let d = &mut self.dist[w as usize];
                if *d == UNREACHED {
                    *d = next;
                    self.order.push(w);
                }
            }
        }
    }
}
