//! Chain-search benchmarks on generated scale-free graphs (`cargo bench --bench paths`).
//!
//! No framework: each measurement runs once to warm up, then `N` times, and the table gives the
//! median and the minimum. Graphs are made in memory by a seeded Barabási–Albert generator
//! (m = 5, every link given a random direction — the scheme of `../shared/bench/gen_graphs.py`,
//! with a different random number generator, so not the same graphs), written as a links table
//! and loaded with `io::Loader::add_csv`, as a file would be.
//!
//! Sizes: 10k actors / 50k links and 100k / 500k; 1M / 5M too with `LINKCHART_BENCH_LARGE=1`.
//! The chains run from the smallest actor id to the largest in string order (`n0` → `n9999`),
//! as the peer harness picks them.
//!
//! Rows:
//! - `load csv`: `Loader::add_csv` + `finish` on the table's bytes (CSV → `ActorGraph`);
//! - `snapshot`: `Scope::default().view` (the CSR out- and in-adjacency every query builds);
//! - `shortest` / `k=5`: `paths::k_shortest` on a ready snapshot (bidirectional BFS; Yen);
//! - `find_chains`: the whole query as `linkchart paths` runs it (snapshot + search + chains).

#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use linkchart::algo::paths::{self, Cost, SearchGraph};
use linkchart::chains::{find_chains, ChainQuery};
use linkchart::io::Loader;
use linkchart::scope::{PassFilter, Scope};
use linkchart::ActorGraph;

/// splitmix64: a small, seeded, good-enough generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Barabási–Albert preferential attachment (m initial isolated nodes, m distinct targets per new
/// node), each edge given a random direction: simple, connected, about `m · n` edges.
fn scale_free_edges(n: usize, m: usize, seed: u64) -> Vec<(u32, u32)> {
    let mut rng = Rng(seed);
    let mut targets: Vec<u32> = (0..m as u32).collect();
    let mut repeated: Vec<u32> = Vec::with_capacity(2 * m * n);
    let mut edges = Vec::with_capacity(m * n);
    let mut chosen: Vec<u32> = Vec::with_capacity(m);
    for new in m as u32..n as u32 {
        for &t in &targets {
            edges.push(if rng.next() & 1 == 0 {
                (new, t)
            } else {
                (t, new)
            });
        }
        repeated.extend_from_slice(&targets);
        repeated.extend(std::iter::repeat_n(new, m));
        chosen.clear();
        while chosen.len() < m {
            let pick = repeated[rng.below(repeated.len())];
            if !chosen.contains(&pick) {
                chosen.push(pick);
            }
        }
        chosen.sort_unstable();
        targets.clone_from(&chosen);
    }
    edges
}

fn csv_text(edges: &[(u32, u32)]) -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::with_capacity(edges.len() * 16);
    out.extend_from_slice(b"source,target\n");
    for (u, v) in edges {
        writeln!(out, "n{u},n{v}").expect("writing to a Vec");
    }
    out
}

fn load(bytes: &[u8]) -> ActorGraph {
    let mut loader = Loader::default();
    loader.add_csv("bench.csv", bytes).expect("valid table");
    loader.finish().expect("valid table").graph
}

/// Median and minimum of `runs` timed calls of `f`, after one warm-up call.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    black_box(f());
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            black_box(f());
            started.elapsed()
        })
        .collect();
    times.sort_unstable();
    (times[times.len() / 2], times[0])
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

fn row(graph: &str, what: &str, runs: usize, (median, min): (Duration, Duration), note: &str) {
    println!(
        "| {graph} | {what} | {runs} | {} | {} | {note} |",
        ms(median),
        ms(min)
    );
}

fn bench_size(name: &str, n: usize, seed: u64, runs: usize) {
    let edges = scale_free_edges(n, 5, seed);
    let bytes = csv_text(&edges);
    let load_runs = runs.min(5);
    row(
        name,
        "load csv (add_csv + finish)",
        load_runs,
        time(load_runs, || load(&bytes)),
        &format!(
            "{} actors, {} links, {} MB of CSV",
            n,
            edges.len(),
            bytes.len() / 1_000_000
        ),
    );
    let graph = load(&bytes);
    let scope = Scope::default();
    row(
        name,
        "snapshot (Scope::view)",
        runs,
        time(runs, || scope.view(&graph)),
        "",
    );

    let view = scope.view(&graph);
    let passable = PassFilter::default().passable(&graph, &view.removed, |v| view.degree(v));
    let (s_id, t_id) = {
        let ids = || graph.actors().map(|(_, a)| a.id.as_str());
        (ids().min().expect("actors"), ids().max().expect("actors"))
    };
    let (s_node, t_node) = (graph.node(s_id).expect("s"), graph.node(t_id).expect("t"));
    let (s, t) = (s_node.index() as u32, t_node.index() as u32);
    for undirected in [false, true] {
        let way = if undirected { "undirected" } else { "directed" };
        let g = SearchGraph::snapshot(&view.out, &view.inc, undirected, &passable);
        for k in [1, 5] {
            let mut found = Vec::new();
            let timing = time(runs, || {
                found = paths::k_shortest(&g, s, t, k, Cost::Hops, usize::MAX);
                found.len()
            });
            let lengths: Vec<usize> = found.iter().map(|c| c.actors.len() - 1).collect();
            let what = if k == 1 {
                format!("shortest, {way} (bidirectional BFS)")
            } else {
                format!("k=5 shortest, {way} (Yen)")
            };
            row(
                name,
                &what,
                runs,
                timing,
                &format!("{s_id} → {t_id}: hops {lengths:?}"),
            );
        }
        for k in [1, 5] {
            let query = ChainQuery {
                k,
                undirected,
                ..ChainQuery::default()
            };
            row(
                name,
                &format!("find_chains k={k}, {way} (whole query, links read live)"),
                runs,
                time(runs, || find_chains(&graph, &scope, &query, s_node, t_node)),
                "",
            );
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument picks sizes by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let large = std::env::var("LINKCHART_BENCH_LARGE").is_ok_and(|v| v == "1");
    let mut sizes = vec![("ba_10k", 10_000, 2, 20), ("ba_100k", 100_000, 3, 10)];
    if large {
        sizes.push(("ba_1m", 1_000_000, 4, 5));
    }
    println!("| graph | measurement | runs | median ms | min ms | note |");
    println!("|---|---|---|---|---|---|");
    for (name, n, seed, runs) in sizes {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        bench_size(name, n, seed, runs);
    }
    if !large {
        println!("\n(1M actors / 5M links: set LINKCHART_BENCH_LARGE=1)");
    }
}
