//! The smallest network that joins a set of actors: a Steiner tree, approximated by the
//! Kou–Markowsky–Berman construction (within twice the optimum).

use std::collections::BTreeSet;

use super::paths::SearchGraph;

/// A connecting network: the hops it uses and the terminals it could not join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SteinerTree {
    /// The hops `(u, v)` of the tree, in the direction of travel.
    pub hops: Vec<(u32, u32)>,
    /// The terminals outside the largest joined group (gaps in the evidence).
    pub unreached: Vec<u32>,
}

/// Breadth-first hop distances and parents from `s`, through passable actors only.
fn bfs(g: &SearchGraph<'_>, s: u32, terminals: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = g.node_count();
    let mut distance = vec![u32::MAX; n];
    let mut parent = vec![u32::MAX; n];
    distance[s as usize] = 0;
    let mut queue = std::collections::VecDeque::from([s]);
    while let Some(v) = queue.pop_front() {
        if v != s && !g.passable[v as usize] {
            // A terminal that is not passable still ends chains, but none pass through it.
            if !terminals.contains(&v) {
                continue;
            }
        }
        for w in g.forward_steps(v) {
            if distance[w as usize] == u32::MAX
                && (g.passable[w as usize] || terminals.contains(&w))
            {
                distance[w as usize] = distance[v as usize] + 1;
                parent[w as usize] = v;
                queue.push_back(w);
            }
        }
    }
    (distance, parent)
}

/// A tree joining `terminals` with few intermediaries (Kou, Markowsky & Berman 1981): the
/// minimum spanning tree of the terminals' distance graph, each of its edges expanded to a
/// shortest chain, then pruned of intermediaries that became leaves.
///
/// Terminals that no chain joins to the largest group are returned as `unreached`; the tree
/// still joins the other groups among themselves.
///
/// Complexity: O(|T| · (n + m)) for the searches, plus O(|T|²) for the spanning tree.
///
/// ```
/// use linkchart::algo::{connect, paths::SearchGraph, Csr};
/// // A star around 0 plus a far leaf 4 behind 3; terminals 1, 2, 4.
/// let out = Csr::from_edges(6, [(0, 1), (0, 2), (0, 3), (3, 4)]);
/// let inc = out.reversed();
/// let passable = vec![true; 6];
/// let g = SearchGraph::snapshot(&out, &inc, true, &passable);
/// let tree = connect::steiner_tree(&g, &[1, 2, 4, 5]);
/// assert_eq!(tree.hops.len(), 4);
/// assert_eq!(tree.unreached, [5]);
/// ```
pub fn steiner_tree(g: &SearchGraph<'_>, terminals: &[u32]) -> SteinerTree {
    let searches: Vec<(Vec<u32>, Vec<u32>)> =
        terminals.iter().map(|&t| bfs(g, t, terminals)).collect();
    // Prim's algorithm on the distance graph, one tree per group of mutually reachable terminals.
    let k = terminals.len();
    let mut in_tree = vec![false; k];
    let mut group = vec![usize::MAX; k];
    let mut tree_edges: Vec<(usize, usize)> = Vec::new();
    for start in 0..k {
        if in_tree[start] {
            continue;
        }
        in_tree[start] = true;
        group[start] = start;
        loop {
            let mut best: Option<(u32, usize, usize)> = None;
            for a in (0..k).filter(|&a| in_tree[a] && group[a] == start) {
                for b in (0..k).filter(|&b| !in_tree[b]) {
                    let d = searches[a].0[terminals[b] as usize];
                    if d != u32::MAX && best.is_none_or(|(bd, _, _)| d < bd) {
                        best = Some((d, a, b));
                    }
                }
            }
            let Some((_, a, b)) = best else { break };
            in_tree[b] = true;
            group[b] = start;
            tree_edges.push((a, b));
        }
    }
    // Expand each spanning-tree edge into its shortest chain.
    let mut hops: BTreeSet<(u32, u32)> = BTreeSet::new();
    for &(a, b) in &tree_edges {
        let parent = &searches[a].1;
        let mut v = terminals[b];
        while v != terminals[a] {
            let u = parent[v as usize];
            hops.insert((u, v));
            v = u;
        }
    }
    // Prune intermediaries left as leaves (and hops duplicated in both directions).
    let mut hops: Vec<(u32, u32)> = hops.into_iter().collect();
    hops.dedup_by(|a, b| a == b);
    loop {
        let degree =
            |v: u32, hops: &[(u32, u32)]| hops.iter().filter(|&&(a, b)| a == v || b == v).count();
        let leaf = hops
            .iter()
            .flat_map(|&(a, b)| [a, b])
            .find(|&v| !terminals.contains(&v) && degree(v, &hops) == 1);
        match leaf {
            Some(v) => hops.retain(|&(a, b)| a != v && b != v),
            None => break,
        }
    }
    let largest = (0..k)
        .max_by_key(|&a| {
            (
                group.iter().filter(|&&g| g == group[a]).count(),
                std::cmp::Reverse(a),
            )
        })
        .map(|a| group[a]);
    let unreached = (0..k)
        .filter(|&a| Some(group[a]) != largest)
        .map(|a| terminals[a])
        .collect();
    SteinerTree { hops, unreached }
}

/// The actors within `max_hops` of `center` in the direction of travel, with their distance
/// and the actor they were reached from, in breadth-first order (the center first).
///
/// ```
/// use linkchart::algo::{connect, paths::SearchGraph, Csr};
/// let out = Csr::from_edges(4, [(0, 1), (1, 2), (2, 3)]);
/// let inc = out.reversed();
/// let passable = vec![true; 4];
/// let g = SearchGraph::snapshot(&out, &inc, true, &passable);
/// assert_eq!(connect::ego_network(&g, 1, 1), [(1, 0, None), (2, 1, Some(1)), (0, 1, Some(1))]);
/// ```
pub fn ego_network(
    g: &SearchGraph<'_>,
    center: u32,
    max_hops: usize,
) -> Vec<(u32, usize, Option<u32>)> {
    let n = g.node_count();
    let mut distance = vec![usize::MAX; n];
    distance[center as usize] = 0;
    let mut reached = vec![(center, 0, None)];
    let mut frontier = vec![center];
    for level in 1..=max_hops {
        let mut next = Vec::new();
        for &v in &frontier {
            for w in g.forward_steps(v) {
                if distance[w as usize] == usize::MAX && g.passable[w as usize] {
                    distance[w as usize] = level;
                    reached.push((w, level, Some(v)));
                    next.push(w);
                }
            }
        }
        frontier = next;
    }
    reached
}
