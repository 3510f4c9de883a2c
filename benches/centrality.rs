//! Benchmark: exact betweenness and closeness on a seeded Barabási–Albert graph, the algorithm
//! alone (no loading), as `cargo bench --bench centrality -- [nodes] [m] [seed]`
//! (defaults: 10 000 nodes, m = 5, seed 1: about 50 000 links). Whole-process comparisons with
//! the peer libraries are in BENCHMARKS.md.

#![allow(clippy::print_stdout)] // a benchmark reports on stdout

use std::time::Instant;

use linkchart::algo::centrality::{
    betweenness_centrality, closeness_centrality, BetweennessOptions, Direction, SplitMix64,
};
use linkchart::algo::Csr;

/// Barabási–Albert preferential attachment as networkx's `barabasi_albert_graph`: a star of
/// `m + 1` nodes, then each new node links to `m` distinct earlier nodes drawn with probability
/// proportional to their degree.
fn barabasi_albert(n: usize, m: usize, seed: u64) -> Csr {
    let mut rng = SplitMix64::new(seed);
    let mut edges: Vec<(u32, u32)> = (1..=m as u32).map(|v| (0, v)).collect();
    // Every edge end once: drawing from it is drawing by degree.
    let mut ends: Vec<u32> = edges.iter().flat_map(|&(a, b)| [a, b]).collect();
    let mut targets: Vec<u32> = Vec::with_capacity(m);
    for v in (m + 1) as u32..n as u32 {
        targets.clear();
        while targets.len() < m {
            let t = ends[rng.below(ends.len() as u64) as usize];
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
        for &t in &targets {
            edges.push((v, t));
            ends.extend([v, t]);
        }
    }
    Csr::from_edges(n, edges).simple()
}

fn main() {
    // cargo bench passes `--bench`; the numbers are the only other arguments.
    let numbers: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|s| s.parse().ok())
        .collect();
    let arg = |i: usize, default: u64| numbers.get(i - 1).copied().unwrap_or(default);
    let (n, m, seed) = (arg(1, 10_000) as usize, arg(2, 5) as usize, arg(3, 1));
    let g = barabasi_albert(n, m, seed);
    println!(
        "Barabási–Albert n = {n}, m = {m}, seed = {seed}: {} links, {} threads",
        g.edge_count(),
        rayon::current_num_threads()
    );
    let start = Instant::now();
    let b = betweenness_centrality(&g, &BetweennessOptions::new(Direction::Undirected));
    let bt = start.elapsed();
    let start = Instant::now();
    let c = closeness_centrality(&g, Direction::Undirected, true);
    let ct = start.elapsed();
    let max = |x: &[f64]| x.iter().copied().fold(f64::MIN, f64::max);
    println!(
        "exact undirected betweenness: {bt:.2?} (max {:.6})",
        max(&b)
    );
    println!(
        "undirected closeness:         {ct:.2?} (max {:.6})",
        max(&c)
    );
}
